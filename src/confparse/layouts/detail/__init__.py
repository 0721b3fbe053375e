"""Detail pages: one poster, oral or invited talk of the virtual conference sites.

icml.cc, neurips.cc, iclr.cc, mlsys.org and cvpr.thecvf.com print the same page per event::

    Poster
    The Curious Price of Distributional Robustness in Reinforcement Learning with a ...
    Laixi Shi · Gen Li · Yuting Wei · Yuxin Chen · Matthieu Geist · Yuejie Chi
    Great Hall & Hall B1+B2 (level 1) #410
    [ Abstract ]
    [ Paper]  [ Poster]  [ OpenReview]
    Tue 12 Dec 8:45 a.m. PST — 10:45 a.m. PST
    Abstract: This paper investigates model robustness in reinforcement learning ...
    Chat is not available.

The **head** is the kind line, the title and the author line. It is found at the first
author line (names joined by ``·`` or ``⋅``): the title is the line above it (copies of
the title right above are one title), the kind the line above that. A page without such a
line needs a kind line, a title and at most one name. Everything before the head is the
**preamble**: page titles (``ICML Poster <title>``, ``Title: ...``), the conference banner
(``ICML 2025``) and the navigation menu. Between the head and the first section lie the
**slots**: time lines (a kind may lead them: ``Oral  Thu, Dec 4, 2025 • ...``), rooms or
poster boards and parent events (``Oral presentation: Oral 6B``), plus the link buttons.
Then the **sections** (``Abstract``, ``Lay Summary``, ``Video`` ...) and the **tail**
(page-load marker, cookie notice, footer, the "bytez" widget that repeats the paper).

The page becomes ``Page(papers=(paper,), sessions=(Session(talks=...),))`` with one `Talk`
per time slot in page order, each carrying the same paper. A page with a kind, room or
event but no time has one untimed talk; a page with none of these has no session.

One module a stage: `recognise` (what a line is by its own text: slot fields, section
lines, the site's furniture), `lines` (the two views of a page's lines that the head search
reads), `head` (finding the head), `detection`, `reader` (preamble, slots, sections and tail
of one parse), `assemble` (`parse`: the records) and `rendering`. Their names are the
package's own; other code imports what this module exports.
"""

from __future__ import annotations

from ..kit.heads import is_kind_label, split_kind_time
from ..kit.vocabulary import VIRTUAL_SITE
from .assemble import parse
from .detection import detect, detect_text
from .recognise import furniture_rule
from .rendering import format_slot_time, render

__all__ = [
    "api_version",
    "detect",
    "detect_text",
    "format_slot_time",
    "furniture_rule",
    "is_kind_label",
    "name",
    "parse",
    "render",
    "split_kind_time",
    "vocabulary",
]

name = "detail"
api_version = 2
vocabulary = VIRTUAL_SITE
"""The site whose furniture this layout's ledger knows (see `Vocabulary`)."""
