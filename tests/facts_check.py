"""Compare a parsed page with the facts checked by hand for it (tests/facts/*.json).

Each facts file names a page, its layout, how many records it shows, and a few records
(by index) with the fields a reader sees on the page. `problems` lists every fact that the
parsed page gets wrong, in words, so that a failing test says what is wrong.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import confparse

HERE = Path(__file__).parent
FACTS = HERE / "facts"
PAGES = HERE / "pages"
TODAY = date(2026, 11, 22)


def facts_files() -> list[Path]:
    return sorted(FACTS.glob("*.json"))


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def items(page: confparse.Page) -> list[Any]:
    """The records a reader counts on *page*: talks, else awards, else papers."""
    talks = [talk for session in page.sessions for talk in session.talks]
    if page.layout == "detail":
        return list(page.papers)
    return talks or list(page.awards) or list(page.papers)


def _view(record: Any) -> dict[str, Any]:
    """The fields of a talk, award or paper under the names the facts files use."""
    paper = getattr(record, "paper", None) if not isinstance(record, confparse.Paper) else record
    view: dict[str, Any] = {}
    if isinstance(record, confparse.Talk):
        view.update(kind=record.kind, award=record.award, room=record.location,
                    position=record.position, time=record.start)  # fmt: skip
    elif isinstance(record, confparse.Award):
        view.update(award=record.name)
    if paper is not None:
        view.update(
            title=paper.title,
            authors=[person.name for person in paper.authors],
            abstract=paper.abstract,
            truncated=paper.abstract_truncated,
            urls=[link.url for link in paper.links],
        )
        for name in ("votes", "comments", "submitted_by", "author_count"):
            view[name] = getattr(paper, name, None)
    return view


def _detail_view(page: confparse.Page) -> dict[str, Any]:
    view = _view(page.papers[0]) if page.papers else {}
    talks = [talk for session in page.sessions for talk in session.talks]
    if talks:
        talk = _view(talks[0])
        for name in ("kind", "award", "room", "position", "time"):
            view[name] = talk.get(name)
    return view


def _zone_unknown(page: confparse.Page, printed: str) -> bool:
    """Whether the page kept a time printed without a zone in a ``zone-unknown``
    diagnostic (nothing is invented without ``default_zone``), whatever runs of spaces the
    capture kept (``08:30  -- 10:30 AM``, as the page source has it)."""
    printed = " ".join(printed.split())
    return any(
        d.code == "zone-unknown" and printed in " ".join(d.text.split()) for d in page.diagnostics
    )


def _time_kept(page: confparse.Page, record: Any) -> bool:
    """Whether a ``zone-unknown`` diagnostic keeps a time printed within *record*'s lines."""
    span = getattr(record, "span", None)
    return span is not None and any(
        d.code == "zone-unknown" and span.first <= d.line <= span.last for d in page.diagnostics
    )


def _room_matches(fact: str, view: dict[str, Any]) -> bool:
    room, position = view.get("room"), view.get("position")
    if room == fact:
        return True
    return room is not None and position is None and room.startswith(fact + " #")


def problems(facts: dict[str, Any], page: confparse.Page) -> list[str]:
    found: list[str] = []
    if facts.get("layout") and page.layout != facts["layout"] and facts["layout"] != "cards":
        found.append(f"layout {page.layout!r}, not {facts['layout']!r}")
    records = items(page)
    if len(records) != facts["count"] and page.papers:
        merged = list(confparse.dedupe(page.papers))
        if len(merged) == facts["count"]:  # a page that prints each entry twice
            records = merged
    if len(records) != facts["count"]:
        found.append(f"{len(records)} records, not {facts['count']}")
    session = facts.get("session")
    if session:
        got = page.sessions[0] if page.sessions else None
        for name in ("kind", "title", "room"):
            if name in session:
                value = (
                    None if got is None else getattr(got, "location" if name == "room" else name)
                )
                if value != session[name]:
                    found.append(f"session {name} {value!r}, not {session[name]!r}")
    for fact in facts.get("records", []):
        index = fact["index"]
        if page.layout == "detail" and index == 0:
            view = _detail_view(page)
        elif index < len(records):
            view = _view(records[index])
        else:
            found.append(f"record {index} is missing")
            continue
        for name, value in fact.items():
            if name in ("index", "time"):
                if name == "time" and value is None:  # the page prints no time for it
                    if view.get("time") is not None or _time_kept(page, records[index]):
                        found.append(f"record {index}: a time, where the page prints none")
                elif name == "time" and view.get("time") is None and not _zone_unknown(page, value):
                    found.append(f"record {index}: no time for {value!r}")
                continue
            if name == "room":
                if not _room_matches(value, view):
                    found.append(f"record {index}: room {view.get('room')!r}, not {value!r}")
                continue
            if (
                name == "position"
                and view.get("position") is None
                and _room_matches(fact.get("room", "\x00"), view)
            ):
                continue
            if name == "abstract_start":
                ok = (view.get("abstract") or "").startswith(value)
            elif name == "abstract_end":
                if view.get("truncated"):  # the page's "…" is the truncation mark
                    value = value.removesuffix("\u2026").rstrip()
                ok = (view.get("abstract") or "").endswith(value)
            elif name == "authors_first":
                ok = view.get("authors", [])[: len(value)] == value
            elif name == "url":
                ok = any(url.endswith(value) or value.endswith(url) for url in view.get("urls", []))
            else:
                ok = view.get(name) == value
            if not ok:
                shown = view.get("abstract") if name.startswith("abstract") else view.get(name)
                found.append(f"record {index}: {name} {str(shown)[:80]!r}, not {value!r}")
    return found


def check(path: Path) -> list[str]:
    facts = load(path)
    try:
        page = confparse.parse(
            PAGES / facts["page"], today=__import__("datetime").date(2026, 11, 22)
        )
    except confparse.ConfparseError as exc:
        return [f"{type(exc).__name__}: {exc}"]
    return problems(facts, page)
