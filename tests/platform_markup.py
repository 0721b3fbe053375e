"""The conference platform's markup, written from records: the HTML side of the round-trip
properties (tests/test_html_roundtrip.py).

`detail_html` writes a poster page the way the virtual site lays one out (see
tests/pages/html/README.md): the kind in an ``h3``, the title in ``h2.main-title``, the
authors in ``h3.card-subtitle`` joined by `` · ``, the room in ``h5.text-muted`` (or after the
time's ``@``, as until 2022, when it reads as no room alone), the link buttons, the time,
and the abstract in ``#abstractExample``, inside the site's navigation.
"""

from __future__ import annotations

import html

from confparse import Page
from confparse.layouts.detail import format_slot_time
from confparse.layouts.detail.recognise import slot_field

_NAV = (
    '<nav class="navbar"><ul><li class="dropdown-item"><a href="/Conferences/2023">2023</a></li>'
    '<li class="dropdown-item"><a href="/virtual/2023/papers.html">Papers</a></li></ul></nav>'
)


def detail_html(page: Page) -> str:
    """The virtual site's poster page for a one-paper, one-slot detail *page*."""
    esc = html.escape
    paper = page.papers[0]
    talks = [talk for session in page.sessions for talk in session.talks]
    talk = talks[0] if talks else None
    body = []
    if talk is not None and talk.kind:
        body.append(f'<h3 class="text-center">{esc(talk.kind)}</h3>')
    body.append(f'<h2 class="card-title main-title text-center">{esc(paper.title or "")}</h2>')
    if paper.authors:
        names = " &middot; ".join(esc(person.name) for person in paper.authors)
        body.append(f'<h3 class="card-subtitle mb-2 text-muted text-center">{names}</h3>')
    room_after_time = (
        talk is not None
        and talk.start is not None
        and talk.location is not None
        and slot_field(talk.location) != "room"
    )
    if talk is not None and talk.location and not room_after_time:
        body.append(f'<h5 class="text-center text-muted">{esc(talk.location)}</h5>')
    buttons = "  ".join(
        f'<a href="{esc(link.url)}">[ {esc(link.text or "")}]</a>' for link in paper.links
    )
    body.append(f'<div class="text-center p-4">{buttons}</div>')
    if talk is not None and talk.start is not None:
        at = f" @ {talk.location}" if room_after_time else ""  # as the sites did until 2022
        body.append(f"<div>{esc(format_slot_time(talk) + at)}</div>")
    if paper.abstract:
        cut = " \u2026" if paper.abstract_truncated else ""
        paragraphs = "".join(f"<p>{esc(text)}</p>" for text in (paper.abstract + cut).split("\n\n"))
        body.append(f'<div id="abstractExample"><p>Abstract:</p>{paragraphs}</div>')
    body.append("<div>Chat is not available.</div>")
    inner = "\n".join(body)
    return (
        "<!DOCTYPE html>\n<html><head><title>Poster</title></head><body>\n"
        f'{_NAV}\n<div class="container"><div class="card">\n{inner}\n</div></div>\n'
        "</body></html>"
    )
