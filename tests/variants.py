"""Re-captures of real text pages, made the ways capture tools make them.

`variants(text, layout, title)` gives ``(name, text)`` pairs, each only where a tool would
produce it for that page:

- ``crlf``: Windows line ends (every page);
- ``wrap80`` / ``wrap120``: a text-mode browser's hard wraps of long paragraph lines at 80 or
  120 columns (pages with such lines; short structured lines are not wrapped by those tools
  either: they fit); not for listings, whose plain captures are a browser's copy, never
  wrapped, and whose text dumps come wrapped already (tests/test_family_listing.py);
- ``atx`` / ``setext``: a markdown converter's title heading (``# title``; ``title`` over
  ``=====``), for plain-text detail pages whose title stands on a line of its own;
- ``blank-runs``: an extractor that keeps the page source's newlines around each text node
  (BeautifulSoup's ``get_text()``): every line of a plain page over a run of blank lines;
- ``no-blanks``: an extractor that prints one text node a line and no blank line
  (``get_text("\\n", strip=True)``), or a copy that drops them: a plain page without its
  blank lines;
- ``trailing-spaces``: a copy that keeps the space after each line's text (a browser's copy
  of inline elements, a text-node extractor that does not strip): a plain page with a space
  at the end of every line that has text;
- ``capitals``: a browser's copy of a page whose style sheet prints its labels and buttons
  in capitals (ICLR 2024 prints its kind so, ``POSTER``): a plain page with its
  ``Abstract``, ``Lay Summary``, ``Show more`` and ``View full details`` lines in capitals;
- ``kind-after-title`` is not made: the platform always prints the kind above the title (the
  orders it uses are covered by tests/test_family_detail_session.py on the ICML 2026 page).

The texts are the page's own lines; nothing is invented.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

WIDTHS = (80, 120)
_PARAGRAPH_CHARS = 150
"""Lines at least this long that hold a sentence break are paragraph text a browser wraps."""


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def trailing_spaces(text: str) -> str:
    """*text* with a space after each line that has text."""
    return "\n".join(line + " " if line.strip() else line for line in text.split("\n"))


LABELS = frozenset(("Abstract", "Abstract:", "Lay Summary", "Show more", "View full details"))
"""The labels and buttons that `capitals` prints in capitals."""


def capitals(text: str) -> str:
    """*text* with each line that is one of `LABELS` in capitals."""
    return "\n".join(line.upper() if line.strip() in LABELS else line for line in text.split("\n"))


def indented(text: str) -> str:
    """*text* with each line that has text two spaces in (an extractor that keeps the page
    source's indentation of each text node, as BeautifulSoup's ``get_text()`` does)."""
    return "\n".join("  " + line if line.strip() else line for line in text.split("\n"))


def _is_paragraph(line: str, width: int) -> bool:
    return len(line) > max(width, _PARAGRAPH_CHARS) and ". " in line and "\u00b7" not in line


def wrap(text: str, width: int) -> str:
    """*text* with its long paragraph lines hard-wrapped at *width* columns."""
    out: list[str] = []
    for line in text.split("\n"):
        if _is_paragraph(line, width):
            out.extend(textwrap.wrap(line, width=width, break_long_words=False))
        else:
            out.append(line)
    return "\n".join(out)


def blank_runs(text: str) -> str:
    """*text* with two blank lines after each of its lines."""
    return text.replace("\n", "\n\n\n")


def no_blanks(text: str) -> str:
    """*text* without its blank lines."""
    return "\n".join(line for line in text.split("\n") if line.strip())


def has_paragraphs(text: str, width: int) -> bool:
    return any(_is_paragraph(line, width) for line in text.split("\n"))


def heading(text: str, title: str, style: str) -> str | None:
    """*text* with the line that is exactly *title* made a markdown heading (``atx`` or
    ``setext``), or ``None`` when no line is the title alone."""
    lines = text.split("\n")
    found = [i for i, line in enumerate(lines) if line.strip() == title]
    if not found:
        return None
    at = found[0]
    made = [f"# {title}"] if style == "atx" else [title, "=" * len(title)]
    return "\n".join([*lines[:at], "", *made, "", *lines[at + 1 :]])


def variants(
    text: str, layout: str, title: str | None, markdown: bool
) -> Iterator[tuple[str, str]]:
    """The re-captures of one page (see the module)."""
    yield "crlf", crlf(text)
    if not markdown:
        yield "blank-runs", blank_runs(text)
        yield "no-blanks", no_blanks(text)
        yield "trailing-spaces", trailing_spaces(text)
        if capitals(text) != text:
            yield "capitals", capitals(text)
    for width in WIDTHS if layout != "listing" else ():
        if has_paragraphs(text, width):
            yield f"wrap{width}", wrap(text, width)
    if layout == "detail" and title is not None and not markdown:
        for style in ("atx", "setext"):
            made = heading(text, title, style)
            if made is not None:
                yield style, made
