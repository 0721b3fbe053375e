"""Lines that a capture tool wraps around a page, known by their own text.

A reader service starts its markdown with ``Title:``, ``URL Source:`` (and sometimes
``Published Time:``) and ``Markdown Content:``; note-taking and clipping tools put the page
under a header of their own (``# Web source`` / ``- URL:`` / ``- Captured (UTC):`` and a
code fence; or ``# **Title**`` / ``**URL:**`` / ``**Page Title:**``); capture tools mark a cut
with ``[Content truncated]``; a text-mode browser ends its dump with a numbered
``References`` list of URLs; notebook and static-site tools start the file with YAML front
matter (``---``, ``key: value`` lines, ``---``); a repository's extraction script puts a
``# Title`` over bullets of its own fields (``- Source HTML:``, ``- Source URL:`` ...) and a
``## Extracted Text`` heading over the page; a converter that keeps the text of a page's
``<script>`` elements (turndown, by default) prints their code as paragraphs, each on one
line. These lines are furniture of the capture, not of the page: `wrapper_lines` names
each, once, for every layout, by its own text (`script_lines` the script's, in markdown),
and `header_data` keeps the page's URL and title that a header names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from .document import Embedded

__all__ = ["header_data", "script_lines", "wrapper_lines"]

_HEADER_FIELDS = ("Title:", "URL Source:", "Published Time:", "Warning:", "Markdown Content:")
_HEADER_LINES = 12
"""A reader-service header stands in the first lines of a capture."""
_READER_START = re.compile(
    r"(?:[^\S\n]*\n){0,11}(?:" + "|".join(map(re.escape, _HEADER_FIELDS)) + ")"
)
"""How a capture with a reader-service header starts: blank lines, then one of its fields
(`_reader_header` reads no further when the first other line is not one)."""
_TAIL_CHARS = 2048
"""A text-mode browser's reference list ends within this many characters of the end."""
_TRUNCATED = frozenset(("[Content truncated]", "[content truncated]", "[Truncated]"))
_LISTED_URL = r"(?:https?|file|mailto|ftp):\S(?:[^\n]{0,2000}\S)?\s*"
"""A URL as a text-mode browser lists it (a space in a link's href stays)."""
_REFERENCE = re.compile(r"\s{0,6}\d{1,5}\.\s{1,3}" + _LISTED_URL)
"""A numbered URL of the list, as the browser prints it."""
_TITLED_URL = re.compile(r"\t" + _LISTED_URL)
_BARE_URL = re.compile(_LISTED_URL)
"""A URL of lynx's list without numbers, at the start of its line."""
_HEADLESS_ENTRIES = 3
"""How many bare URLs at a line's start make lynx's list of links with no heading."""
_LIST_HEADINGS = frozenset(
    ("References", "Visible links", "Hidden links:", "Visible links:", "Hidden links")
)
"""The headings of a text-mode browser's list of links."""
_TITLED_ENTRY = re.compile(r"\s{0,6}\d{1,5}\.\s{1,3}\S[^\n]{0,2000}")
"""elinks lists a link with a title as ``66. OpenReview`` over a tab and its URL."""


def _reader_header(lines: list[str]) -> dict[int, str]:
    """The reader-service header: its ``Title:`` and ``URL Source:`` lines (both must be
    there, so that a page line that happens to start with "Title:" is not taken), the other
    fields of the header, and the ``Markdown Content:`` line that ends it."""
    head = lines[:_HEADER_LINES]
    if not any(line.startswith("URL Source:") for line in head):
        return {}
    found: dict[int, str] = {}
    for index, line in enumerate(head):
        if line.startswith(_HEADER_FIELDS):
            found[index] = "capture-header"
            if line.startswith("Markdown Content:"):
                break
        elif line.strip():
            break
    return found if any(lines[i].startswith("Title:") for i in found) or len(found) > 1 else {}


_CLIP_FIELD = re.compile(
    r"(?:>\s{0,3})?(?:[-*]\s{1,3})?(?:\*\*)?(?P<key>[A-Z][\w()/ -]{0,30}?):(?:\*\*)?"
    r"(?:\s{1,4}(?P<value>\S.{0,2000}))?"
)
"""A field of a clipping tool's header: ``- URL: …``, ``**Page Title:** …``,
``- Source SHA256: `…```, ``> Source: …`` (in a block quote): a short capitalised key, a
colon, its value."""
_CLIP_LINES = ("### (Raw Extraction Fallback)",)
_CONTENT_HEADING = re.compile(r"#{1,3}\s{1,3}(?:Extracted|Page|Main|Raw)?\s?(?:Text|Content)\s*")
"""The heading a tool puts between its fields and the page (``## Extracted Text``)."""
_FENCE = "```"


def _url_field(line: str) -> bool:
    """Whether *line* is the header field that names the captured page: a key that ends
    in ``URL`` (``URL:``, ``Source URL:``), or ``Source``, with a web address for its
    value."""
    field = _CLIP_FIELD.fullmatch(line)
    if field is None:
        return False
    key = field.group("key").upper()
    if not key.endswith("URL") and key != "SOURCE":
        return False
    value = field.group("value") or ""
    return value.startswith(("http://", "https://"))


def _clipping_header(lines: list[str]) -> dict[int, str]:
    """A clipping tool's header: a heading line (``# Web source``, ``# **Title**``,
    ``# Hugging Face - 2026 - Trending Papers``) followed by fields (``- URL:``,
    ``**Page Title:**``, ``- Source SHA256:`` ...) of which one names the page's URL, then
    maybe a rule, a heading over the content (``## Extracted Text``), and a code fence that
    wraps the page (its closing fence at the end is the wrapper's too)."""
    head = lines[:_HEADER_LINES]
    if not head[0].startswith("# "):
        return {}
    fields: dict[int, str] = {}
    rest = 1  # the first line after the fields
    while rest < len(head):
        line = head[rest].strip()
        if line and (line.startswith(_CLIP_LINES) or _CLIP_FIELD.fullmatch(line)):
            fields[rest] = "capture-header"
        elif line:
            break
        rest += 1
    if not fields or not any(_url_field(head[at].strip()) for at in fields):
        return {}
    found = {0: "capture-header", **fields}
    fenced = False
    for index in range(rest, len(head)):
        line = head[index].strip()
        if line.startswith(_CLIP_LINES) or (line and set(line) <= set("-=*_") and len(line) >= 3):
            found[index] = "capture-header"
        elif line.startswith(_FENCE):
            found[index], fenced = "capture-header", True
            break
        elif _CONTENT_HEADING.fullmatch(line):
            found[index] = "capture-header"
            break
        elif line:
            break
    if fenced:
        last = len(lines) - 1
        while last > 0 and not lines[last].strip():
            last -= 1
        if lines[last].strip() == _FENCE:
            found[last] = "capture-header"
    return found


def _reference_list(lines: list[str]) -> dict[int, str]:
    """A text-mode browser's ``References`` list at the end: the heading and the numbered
    URL lines after it, or elinks' numbered link titles over their tab-indented URLs (any
    other numbered line ends the list's claim), or lynx's list without numbers
    (``-nonumbers``): bare URLs under ``Visible links:`` and ``Hidden links:``, which only
    such a heading makes a list, or a run of them (`_HEADLESS_ENTRIES` at least) right
    under the page's last line, which lynx printed with its margin (a page fragment's
    list has no heading)."""
    found: dict[int, str] = {}
    bare = headed = False
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if not line.strip():
            continue
        if (
            _REFERENCE.fullmatch(line)
            or _TITLED_URL.fullmatch(line)
            or (index + 1 in found and _TITLED_ENTRY.fullmatch(line)
                and _TITLED_URL.fullmatch(lines[index + 1]))
        ):  # fmt: skip
            found[index] = "link-table"
            continue
        if _BARE_URL.fullmatch(line):
            found[index] = "link-table"
            bare = True
            continue
        if found and line.strip() in _LIST_HEADINGS:
            found[index] = "link-table"
            headed = True
            continue
        if bare and not headed and line[:1] == " " and len(found) >= _HEADLESS_ENTRIES:
            headed = True  # under a page that lynx printed with its margin: its list
        break
    if bare and not headed:
        return {}
    return found if len(found) >= 2 else {}


_FRONT_MATTER_LINES = 60
"""Front matter longer than this is not looked for (a notebook's runs to a dozen lines)."""
_FRONT_MATTER_KEY = re.compile(r"[A-Za-z_][\w.-]{0,40}:(?:\s.{0,2000})?")
_FRONT_MATTER_MORE = re.compile(r"(?:\s{1,12}|\s{0,12}-\s).{0,2000}")


def _front_matter(lines: list[str]) -> dict[int, str]:
    """YAML front matter at the very top: a ``---`` line, ``key: value`` lines (a value
    may go on over indented lines or ``- item`` lines), and a closing ``---`` or ``...``.
    Notebook exports and static-site sources put the page's metadata there."""
    found = {0: "front-matter"}
    keys = 0
    for index in range(1, min(len(lines), _FRONT_MATTER_LINES)):
        line = lines[index].rstrip()
        if line in ("---", "..."):
            if not keys:
                return {}
            found[index] = "front-matter"
            return found
        if _FRONT_MATTER_KEY.fullmatch(line):
            keys += 1
        elif line and (not keys or not _FRONT_MATTER_MORE.fullmatch(line)):
            return {}  # not YAML: a rule over a paragraph, a table's head...
        found[index] = "front-matter"
    return {}


_BRACKETS_WALKED = 32
"""How many ``[`` of a text `_may_be_truncated` looks at one by one before it searches."""
_DENSE = (2048, 8)
"""A text with more than 8 ``[`` in the 2048 characters from its first one is searched at
once (markdown: most of its lines hold a link)."""
_AFTER_BRACKET = tuple(marker[1:] for marker in _TRUNCATED)


def _may_be_truncated(text: str) -> bool:
    """Whether *text* may hold a `_TRUNCATED` marker: a ``[`` followed by the rest of one,
    or, where it is searched at once, ``runcated]``, the end of every marker.

    Most plain captures hold few ``[`` or none: they are visited one by one (a search for
    one character is a fast scan); a text with many (markdown) is searched at once."""
    at = text.find("[")
    if at < 0:
        return False
    window, most = _DENSE
    if text.count("[", at, at + window) > most:
        return text.find("runcated]", at) >= 0
    for _ in range(_BRACKETS_WALKED):
        if text.startswith(_AFTER_BRACKET, at + 1):
            return True
        at = text.find("[", at + 1)
        if at < 0:
            return False
    return text.find("runcated]", at) >= 0


_SCRIPT_WORDS = (("function", "{"), ("window.", ""), ("document.", ""), ("= new ", "="))
"""What a line of script code that `_SCRIPT_IN` finds holds (searched for as plain text; a
minified ``=new X(`` stands in a script that holds ``function`` too), each with a character
that its way of `_SCRIPT_IN` needs besides: a text without it is not searched for the word
(a search for one character costs a tenth of one for a word)."""
_SCRIPT_IN = re.compile(
    r"function\s{0,4}[\w$\\]{0,60}\s{0,4}\([^()]{0,200}\)\s{0,4}\{"
    r"|(?:window|document)\.[\w$.\\]{1,80}\s{0,4}(?:=|\()"
    r"|=\s{0,4}new\s{1,4}[A-Z][\w$]{0,60}\s{0,4}\("
)
"""Script code inside a line: a function with its body (``function (a) {``,
``$(function () {``), an assignment to or a call on the browser's ``window`` or
``document`` (``window.plausible = …``, ``document.getElementById(``), or an object made
with ``new`` (``embed = new SlidesLiveEmbed(``)."""
_SNAKE_MARK = re.compile(r"_[a-z]{1,40}\(")
_SNAKE_CALL = re.compile(
    r"\s{0,20}[a-z$][\w$]{0,40}(?:\\?_[\w$]{1,40}){1,8}\s{0,4}\(.{0,2000}\)\s{0,4};?\s{0,20}"
)
"""A line that is one call of a function whose name joins words with ``_``
(``add\\_bookmark\\_click( 71081, 1, … )``)."""


_UNDERSCORES_WALKED = 16
"""How many ``_`` `_snake_mark` tries one by one before it searches with the pattern."""


def _snake_mark(text: str, start: int) -> int:
    """The offset of the first `_SNAKE_MARK` in *text* at or after *start*, or -1. Most
    text holds few ``_``: the first `_UNDERSCORES_WALKED` are found by a search for one
    character (a tenth of the pattern's search) and tried where they stand; past them, the
    pattern searches."""
    at = text.find("_", start)
    for _ in range(_UNDERSCORES_WALKED):
        if at < 0 or _SNAKE_MARK.match(text, at) is not None:
            return at
        at = text.find("_", at + 1)
    if at < 0:
        return -1
    found = _SNAKE_MARK.search(text, at)
    return -1 if found is None else found.start()


def script_lines(text: str) -> dict[int, str]:
    """The lines of *text* (by 0-based index) that are a page's script code, which an
    HTML-to-markdown converter printed as text (its whitespace collapsed, so one script is
    one line): a line that holds `_SCRIPT_IN`, or that is a `_SNAKE_CALL`. Running text
    holds none of these. Only where one of `_SCRIPT_WORDS` or a `_SNAKE_MARK` stands is the
    text read further (they are found by plain searches, at C speed), and the text is not
    split. The markdown reader asks for them: the text extractors and browsers whose plain
    text the corpus holds print no script (a search costs about 1 ns a character)."""
    starts: set[int] = set()
    for word, needs in _SCRIPT_WORDS:
        at = text.find(word) if needs in text else -1
        while at >= 0:
            if _SCRIPT_IN.match(text, at) is not None:  # each way starts with its word
                starts.add(text.rfind("\n", 0, at) + 1)
            at = text.find(word, at + 1)
    at = _snake_mark(text, 0)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if _SNAKE_CALL.fullmatch(text, start, end) is not None:
            starts.add(start)
        at = _snake_mark(text, end)
    found: dict[int, str] = {}
    index = counted = 0  # the index of the line that starts at offset `counted`
    for start in sorted(starts):
        index += text.count("\n", counted, start)
        counted = start
        found[index] = "script-text"
    return found


def wrapper_lines(text: str, lines: Callable[[], list[str]]) -> dict[int, str]:
    """The capture tool's own lines of *text*, by 0-based index, with their rule names.

    *lines* gives the lines of *text*. It is called only when the text holds what some
    wrapper starts or ends with: a page that has none is not split here (a page that no
    layout reads is then refused without ever holding its lines)."""
    found = _reader_header(lines()) if _READER_START.match(text) else {}
    if text.startswith("---") and lines()[0].rstrip() == "---":
        found.update(_front_matter(lines()))
    if text.startswith("# "):
        found.update(_clipping_header(lines()))
    if _may_be_truncated(text):
        for index, line in enumerate(lines()):
            if line[:1] == "[" and line.strip() in _TRUNCATED:
                found[index] = "capture-truncated"
    # a reference list ends the dump: its last line is a URL, with a ":" near the end
    # (a search for one character is a fast scan, one for several is not)
    if text.find(":", len(text) - _TAIL_CHARS) >= 0:
        found.update(_reference_list(lines()))
    # a reader service's summary of links or images ends the page: its last line is one
    end = len(text)
    while end and text[end - 1] in " \t\n":  # (no copy of the text: it may be large)
        end -= 1
    if text.startswith("- ", text.rfind("\n", 0, end) + 1) and any(
        text.rfind(heading) >= 0 for heading in _SUMMARY_HEADINGS
    ):
        found.update(_links_summary(lines()))
    return found


_SUMMARY_HEADINGS = frozenset(("Links/Buttons:", "Images:"))
"""The headings of the summaries a reader service adds at a page's end when asked
(``X-With-Links-Summary``, ``X-With-Images-Summary``)."""
_SUMMARY_ENTRY = re.compile(r"- (?:!?\[[^\n]{0,2000}\]\([^\n]{0,4000}\)|- \S{1,4000})\s*")
"""One entry of such a summary: ``- [text](url)``, ``- ![Image 3: alt](url)``, ``- - url``."""


def _links_summary(lines: list[str]) -> dict[int, str]:
    """A reader service's summary of the page's links or images at its end: a heading of
    `_SUMMARY_HEADINGS` over `_SUMMARY_ENTRY` lines (the two summaries one after the
    other). Lines of entries under no such heading are the page's own."""
    found: dict[int, str] = {}
    entries: list[int] = []
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if not line.strip():
            continue
        if _SUMMARY_ENTRY.fullmatch(line):
            entries.append(index)
            continue
        if entries and line.strip() in _SUMMARY_HEADINGS:
            found.update(dict.fromkeys((index, *entries), "capture-links-summary"))
            entries = []
            continue
        break
    return found


_URL_FIELDS = ("URL Source:", "- URL:", "**URL:**", "> Source:")
_TITLE_FIELDS = ("Title:", "- Title:", "**Page Title:**")
_HEADER_VALUE = re.compile(
    "(?:(" + "|".join(map(re.escape, _URL_FIELDS)) + ")|"
    + "|".join(map(re.escape, _TITLE_FIELDS)) + ")(.*)"
)  # fmt: skip
"""A header line that names the page's URL (group 1 set) or its title, and the value."""


def header_data(lines: list[str], found: Mapping[int, str]) -> tuple[Embedded, ...]:
    """The page's URL and title that a capture tool's header names (*found*: the wrapper
    lines of `wrapper_lines`), as `Embedded` data of kinds ``url`` and ``title`` at their
    1-based line, as the HTML reader keeps a page's canonical link and ``<title>``."""
    data: list[Embedded] = []
    for index in sorted(found):
        if found[index] != "capture-header":
            continue
        field = _HEADER_VALUE.match(lines[index].strip())
        value = field.group(2).strip() if field is not None else ""
        if value:
            url = field is not None and field.group(1) is not None
            data.append(
                Embedded("url" if url else "title", value.split()[0] if url else value, index + 1)
            )
    return tuple(data)
