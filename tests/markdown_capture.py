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
    kinds |= {a.name for a in page.awards}
    out: list[str] = []
    table: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            out.append("")
            continue
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
            url = f"https://icml.cc/virtual/2021/poster/{len(table) + 1000}"
            if reference:
                table.append(f"[{len(table) + 1}]: {url}")
                out.append(f"### [{stripped}][{len(table)}]")
            else:
                out.append(f"### [{stripped}]({url})")
        elif stripped in kinds:
            out.append(f"**{stripped}**")
        else:
            trail = rng.choice(["", "", "  ", "\\"])
            out.append(_escape(stripped) + trail)
    if table:
        out += ["", *table]
    return "\n".join(out)
