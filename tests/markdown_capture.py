"""Turn a plain page capture into a typical markdown capture of the same page.

Used by the tests that check that the same records come out of both. The helper knows the
page's parsed records (to tell titles from abstracts) and writes what reader services and
HTML-to-markdown converters write: headings, bold kinds, inline or reference links around
titles with a link table at the end, rules between blocks, escaped markdown characters,
hard breaks and trailing spaces.
"""

from __future__ import annotations

import random

from confparse import Page
from confparse.times import match_time_line


def _titles(page: Page) -> set[str]:
    titles = {p.title for p in page.papers if p.title}
    for session in page.sessions:
        for talk in session.talks:
            if talk.paper is not None and talk.paper.title:
                titles.add(talk.paper.title)
    return titles


def _escape(line: str) -> str:
    return "".join("\\" + ch if ch in "*_[]`" else ch for ch in line)


def markdown_capture(text: str, page: Page, *, seed: int = 0, reference: bool = False) -> str:
    rng = random.Random(seed)
    titles = _titles(page)
    header = {s.title for s in page.sessions if s.title}
    kinds = {t.kind for s in page.sessions for t in s.talks if t.kind}
    kinds |= {t.award for s in page.sessions for t in s.talks if t.award}
    award_names = {a.name for a in page.awards}
    out: list[str] = []
    table: list[str] = []
    count = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            out.append("")
            continue
        if stripped.startswith("Subscribe") and stripped[len("Subscribe") :] in titles:
            # a browser copy glues the button to the first title; markdown keeps it a link
            out.append("[Subscribe](https://huggingface.co/login?next=%2Fpapers)")
            stripped = stripped[len("Subscribe") :]
        if match_time_line(stripped):
            if out and rng.random() < 0.5:
                out += ["* * *", ""]
            out.append("##### " + stripped)
        elif stripped in header:
            if rng.random() < 0.5:
                out.append("# " + stripped)
            else:
                out += [stripped, "=" * len(stripped)]
        elif stripped in titles:
            count += 1
            number = 1000 + count
            url = (
                f"https://huggingface.co/papers/2406.{number:05d}"
                if page.layout == "listing"
                else f"https://icml.cc/virtual/2021/poster/{number}"
            )
            if out and out[-1] and page.layout == "listing":
                out.append("")  # a heading after a paragraph starts a block of its own
            if reference:
                table.append(f"[{len(table) + 1}]: {url}")
                out.append(f"### [{stripped}][{len(table)}]")
            else:
                out.append(f"### [{stripped}]({url})")
            if page.layout == "listing":
                out.append("")  # and ends one
        elif stripped in award_names:
            if out:
                out += ["* * *", ""]
            out.append("### " + stripped)
        elif stripped in kinds:
            out.append(f"**{stripped}**")
        else:
            trail = rng.choice(["", "", "  ", "\\"])
            out.append(_escape(stripped) + trail)
    if table:
        out += ["", *table]
    return "\n".join(out)
