"""A long text in pieces: what a substitution over a whole page would cost in memory.

`re.sub` builds the list of a text's pieces between its matches before it joins them: on a
page of many small matches that list takes several times the page's size. A capture
step that rewrites a page's syntax (`confparse.capture.pandoc`,
`confparse.capture.reflinks`) rewrites it a piece at a time: `PIECE` characters or so, cut
after a blank line (a construct stands inside a paragraph), else after a line's end.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["PIECE", "pieces"]

PIECE = 32_768
"""About how many characters a piece holds."""


def _never(_text: str, _line: int) -> bool:
    return False


def pieces(text: str, *, whole_line: Callable[[str, int], bool] = _never) -> list[tuple[int, int]]:
    """Where the pieces of *text* start and stop (``text[start:stop]``, in order, together
    the whole text): after a blank line, else after a line's end. A line of more than four
    pieces' length is cut at a space, for no page has such a line of text, unless
    *whole_line* (given the text and where the line starts) says that it goes whole."""
    found: list[tuple[int, int]] = []
    start, end = 0, len(text)
    while start < end:
        most = start + 4 * PIECE
        stop = text.find("\n\n", start + PIECE, most)
        if stop < 0:
            stop = text.find("\n", start + PIECE, most)
        if stop < 0 and most < end:
            if whole_line(text, text.rfind("\n", 0, most) + 1):
                stop = text.find("\n", most)
                stop = stop if stop >= 0 else end - 1
            else:
                stop = text.rfind(" ", start + PIECE, most)
                stop = stop if stop >= 0 else most - 1
        stop = end if stop < 0 else stop + 1
        found.append((start, stop))
        start = stop
    return found
