"""The virtual site's calendar: one column per day, time boxes, events and sessions.

The calendar page of the conference platform (``/virtual/<year>/calendar`` on nips.cc,
icml.cc, iclr.cc) shows one column per day (``SUN 10 DEC``), and in it a time box per
start time (``9 a.m.``). A time box holds event boxes (a kind label, ``Tutorial:``; the
title, linked to the event's page; the speakers of an invited talk; ``(ends 9:50 AM)``),
breaks (``Lunch (On Your Own)``) and session boxes (``Oral 1A RL [8:00-8:45]``, their
chairs, and a collapsed list of their papers: ``[8:15] Title`` or a title linked to the
poster's page).

The package reads it in steps: `recognise` (what a line is, by its text and, in HTML, its
markup), `markup` (the boxes of an HTML page), `text` (the boxes of a text capture: a
browser's copy, a text-mode browser's dump), `boxes` (what the readers fill), `assemble`
(records and times), `detection` and `rendering`.
"""

from __future__ import annotations

from ..kit.vocabulary import VIRTUAL_SITE
from .assemble import parse
from .detection import detect
from .rendering import render

__all__ = ["api_version", "detect", "name", "parse", "render"]

name = "calendar"
api_version = 2
vocabulary = VIRTUAL_SITE
"""The site whose furniture this layout's ledger knows (see `Vocabulary`)."""
