"""Markdown's reference links: ``[text][label]`` and a ``[label]: url`` definition.

A converter asked for reference links (html2text with ``inline_links = False``) writes each
link as ``[Title][12]`` and its URL on a definition line of its own, ``   [12]:
/virtual/2023/poster/71081``: all of them at the end of the page, or after each paragraph
(``links_each_paragraph``). `has_reference_links` tells such a capture by its references;
`with_inline_links` writes each reference whose label has a definition as the inline link
it stands for (``[Title](/virtual/2023/poster/71081)``, an image's too, and the end of a
link whose text runs over lines, ``][19]``), and takes off the definition lines, line
for line, those whose links the capture no longer holds too (it was cut below them): the
markdown reader then reads the links as it reads a converter's inline ones. A reference
numbered as a converter numbers them whose definition is not there (a capture cut short
before its definitions) is its text, as a definition without a URL gives; another
reference without a definition stays as it is, for the markdown reader, which takes its
syntax off.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .pieces import PIECE, pieces

__all__ = ["has_reference_links", "with_inline_links"]

_DEFINITION = re.compile(
    r"^[ ]{0,3}\[([^\[\]\n]{1,100})\]:[ \t]*<?([^\s<>]{0,4000})>?"
    r"""(?:[ \t]+(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'|\([^()\n]{0,300}\)))?[ \t]*$""",
    re.MULTILINE,
)
"""A definition line: ``[12]: /url``, ``[label]: <url> "title"`` (up to three spaces in;
html2text writes an empty ``href`` as ``[63]:``)."""
_REFERENCE = re.compile(r"(!?)\[((?:[^\[\]\\\n]|\\.){0,1000})\]\[([^\[\]\n]{0,100})\]")
"""A full or collapsed reference, ``[text][label]`` or ``[label][]`` (an image's with ``!``),
its text without brackets: an image in a link (``[![thumb][2]][3]``) is read first."""
_OUTER_REFERENCE = re.compile(
    r"(!?)\[((?:[^\[\]\\\n]|\\.|\[[^\[\]\n]{0,500}\]){0,1000})\]\[([^\[\]\n]{0,100})\]"
)
"""A reference whose text holds brackets in pairs: the link around an image that is read
already, or a text with brackets (``[Creative AI 1 [4:30-6:00] ][82]``)."""
_LINK_END = re.compile(r"\]\[([^\[\]\n]{1,100})\]")
"""``][label]`` left after the references are read: the end of a link whose text the
converter wrote over several lines (``[`` / ``  * · 533 authors`` / ``][19]``)."""
_SIGNS = 3
"""How many references in a capture's start make it one with reference links."""
_NO_LABEL_STARTS = frozenset(("", " ", "_", "]"))
"""How the ``[`` after a ``]`` starts no label: a text browser's form field after its link
number (``[71][ ______ ]``, ``[72][__]``), an empty pair."""
_LABEL = re.compile(r"[^\[\]\n]{1,100}(?=\])")
_CLOSES_LOOKED_AT = 512
"""How many of a head's ``]`` `_labels` looks at."""
_CLOSES_BEFORE_PAIRS = 16
"""How many ``]`` `_labels` looks at one by one before it asks whether a ``][`` follows at
all (a search for two characters, slower than for one on text past Latin-1)."""


def _labels(head: str) -> list[str]:
    """The labels of the first references (``][12]``) among the first `_CLOSES_LOOKED_AT`
    ``]`` of *head*, at most ten times `_SIGNS`: each ``]`` is found by a search for one
    character (on text past Latin-1 a search for two costs a nanosecond a character), and
    only the label after it is read."""
    labels: list[str] = []
    at = head.find("]")
    for looked in range(_CLOSES_LOOKED_AT):
        if at < 0 or len(labels) >= _SIGNS * 10:
            break
        if looked == _CLOSES_BEFORE_PAIRS and not labels and head.find("][", at) < 0:
            break  # many links and no reference (a converter's inline links): one search
        if head.startswith("[", at + 1) and head[at + 2 : at + 3] not in _NO_LABEL_STARTS:
            found = _LABEL.match(head, at + 2)
            if found is not None:
                labels.append(_label(found.group()))
        at = head.find("]", at + 1)
    return labels


def has_reference_links(head: str, tail: Callable[[], str] = str) -> bool:
    """Whether *head*, a capture's start, holds `_SIGNS` references (``[text][label]``)
    whose labels a definition in *head* or in *tail()* (the capture's end, where a converter
    writes them all; asked for only when references are there) names, or that a converter
    numbered (`_numbered_from_one`: the definitions were cut off): a text browser's form
    field after its link number (``[71][ ______ ]``) is none."""
    labels = _labels(head)
    if len(labels) < _SIGNS:
        return False
    defined = {_label(m.group(1)) for m in _DEFINITION.finditer(head)}
    if sum(label in defined for label in labels) >= _SIGNS:
        return True
    defined.update(_label(m.group(1)) for m in _DEFINITION.finditer(tail()))
    return sum(label in defined for label in labels) >= _SIGNS or _numbered_from_one(labels)


def _numbered_from_one(labels: list[str]) -> bool:
    """Whether *labels* number links as a converter does, each new one the next number
    from 1 (``[Home][1]``, ``[Papers][2]``, ``[Home][1]``, ``[Title][3]``), or from the
    first of them on in a part cut from the middle (``[Title][62]``, ``[Name][63]``): the
    references of a capture cut short before its definitions. A text browser's link
    numbers never give such labels: the ``][`` of ``[1][2]`` comes after a number of its
    own."""
    if not labels or not labels[0].isdigit():
        return False
    first = seen = int(labels[0]) - 1  # (a part also names links above it: lower numbers)
    for label in labels:
        if not label.isdigit():
            return False
        number = int(label)
        if number > seen + 1:
            return False
        seen = max(seen, number)
    return seen - first >= _SIGNS


def _label(text: str) -> str:
    """A label as markdown matches it: case and runs of whitespace do not count."""
    return " ".join(text.split()).casefold()


def _destination(url: str) -> str:
    """*url* as an inline link's destination, which ends at a space or a ``)``."""
    return url.replace(" ", "%20").replace(")", "%29")


def with_inline_links(text: str) -> str:
    """*text* with each reference whose label a definition names written as an inline link,
    and every definition line blank, used or not (the lines stay where they were); a long
    text is rewritten a piece at a time (see `pieces`)."""
    definitions: dict[str, str] = {}
    for match in _DEFINITION.finditer(text):
        definitions.setdefault(_label(match.group(1)), match.group(2))
    cuts = pieces(text) if len(text) > PIECE else [(0, len(text))]
    read = [_inline(text[start:stop], definitions) for start, stop in cuts]
    return "".join([_DEFINITION.sub("", piece) for piece in read])


def _inline(text: str, definitions: dict[str, str]) -> str:
    """*text* with its references to *definitions* as inline links. A reference whose
    label is a number that no definition names (a converter's, whose definition was cut
    off) is its text, unless its text starts with a bracket (``[[microsoft] Microsoft][67]``:
    a text browser's picture, which layouts read)."""

    def target(label: str) -> str | None:
        """The destination for *label* (``""``: a definition without URL), else ``None``."""
        url = definitions.get(_label(label))
        return url if not url else _destination(url)

    def inline(match: re.Match[str]) -> str:
        bang, shown, label = match.group(1), match.group(2), match.group(3)
        url = target(label or shown)
        if url is None and not ((label or shown).isdigit() and shown[:1] != "["):
            return match.group()
        return f"{bang}[{shown}]({url})" if url else shown  # (no link: its text)

    def close(match: re.Match[str]) -> str:  # the end of a link whose text runs over lines
        url = target(match.group(1))
        if url is None:
            return match.group()
        return f"]({url})" if url else "]"

    text = _OUTER_REFERENCE.sub(inline, _REFERENCE.sub(inline, text))
    return _LINK_END.sub(close, text) if "][" in text else text
