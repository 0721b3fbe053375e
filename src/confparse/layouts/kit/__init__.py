"""The layout kit: what a layout, built-in or third-party, is written with.

A layout (protocol version 2, see `confparse.Layout`) receives a `Document` and a
`Ledger`, accounts for its lines on the ledger, and returns `Records`. This module is the
public, stable part of the kit; import from here, not from its submodules.

- The ledger: `Ledger` (``use``, ``skip``, ``report``, ``paragraphs``, ``starting``,
  ``note_year``; the core creates it and calls ``finish``), `BOILERPLATE` (site furniture
  known by its text).
- Records: `Records`.
- Fields: `split_authors`, `join_authors`, `looks_like_authors`, `AUTHOR_SEPARATORS`,
  `is_kind`, `kind_text`, `is_award`, `is_room`, `split_truncation`, `ELLIPSIS`.
- Blocks: `author_paragraph`, `join_abstract`, `check_abstract`, `check_line`,
  `check_wall_times`.
- Markdown fields: `markdown_fields` (a paragraph is one `Field`, whatever lines a
  converter broke it in), `markdown_spans` (where each stands), `markdown_field`.
- Times: `is_time_line`, `match_time_line`, `TimeLine`, `PageTimes`, `zone_for`,
  `format_session_time`.
- Vocabularies: `Vocabulary` (one site's furniture lines, known in capitals too),
  `VIRTUAL_SITE`, `VIRTUAL_SITE_MENU`, `HUGGING_FACE`, `HUGGING_FACE_MENU`, `ALL_SITES`,
  over the shared core `WEEKDAYS`, `MONTHS`, `AUTHOR_SEPARATORS`; `with_capitals`.
"""

from ...capture.document import Document, Element, Embedded, Hint
from ...times import TimeLine, format_session_time, is_time_line, match_time_line, zone_for
from .blocks import (
    PageTimes,
    author_paragraph,
    check_abstract,
    check_line,
    check_wall_times,
    join_abstract,
)
from .fields import (
    AUTHOR_SEPARATORS,
    ELLIPSIS,
    is_award,
    is_kind,
    is_room,
    join_authors,
    kind_text,
    looks_like_authors,
    split_authors,
    split_truncation,
)
from .ledger import BOILERPLATE, Ledger
from .paragraphs import Field, markdown_field, markdown_fields, markdown_spans
from .records import Records
from .vocabulary import (
    ALL_SITES,
    HUGGING_FACE,
    HUGGING_FACE_MENU,
    MONTHS,
    VIRTUAL_SITE,
    VIRTUAL_SITE_MENU,
    WEEKDAYS,
    Vocabulary,
    with_capitals,
)

__all__ = [
    "ALL_SITES",
    "AUTHOR_SEPARATORS",
    "BOILERPLATE",
    "ELLIPSIS",
    "HUGGING_FACE",
    "HUGGING_FACE_MENU",
    "MONTHS",
    "VIRTUAL_SITE",
    "VIRTUAL_SITE_MENU",
    "WEEKDAYS",
    "Document",
    "Element",
    "Embedded",
    "Field",
    "Hint",
    "Ledger",
    "PageTimes",
    "Records",
    "TimeLine",
    "Vocabulary",
    "author_paragraph",
    "check_abstract",
    "check_line",
    "check_wall_times",
    "format_session_time",
    "is_award",
    "is_kind",
    "is_room",
    "is_time_line",
    "join_abstract",
    "join_authors",
    "kind_text",
    "looks_like_authors",
    "markdown_field",
    "markdown_fields",
    "markdown_spans",
    "match_time_line",
    "split_authors",
    "split_truncation",
    "with_capitals",
    "zone_for",
]
