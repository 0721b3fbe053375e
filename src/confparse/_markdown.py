"""Markdown captures to plain lines, one line at a time.

Reader services and HTML-to-markdown converters wrap the same page text in markdown:
headings, bullets, rules, links, images, emphasis, escapes and hard breaks. `to_plain` turns
each line into what a browser's copy would show, keeping the line count (so line numbers in
diagnostics still point into the capture) and collecting the links it removes.

Every pattern here is anchored or bounded and runs on one line.
"""

from __future__ import annotations

import re

from .models import Link

__all__ = ["looks_like_markdown", "to_plain"]

_ANCHOR = re.compile(r"\s{0,8}<a\s[^<>]{0,200}>\s{0,3}</a>\s{0,8}")
_HEADING = re.compile(r"\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*")
_RULE = re.compile(r"\s{0,3}(?:(?:\*\s{0,3}){3,}|(?:-\s{0,3}){3,}|(?:_\s{0,3}){3,}|={3,})\s*")
_BULLET = re.compile(r"\s{0,12}(?:[*+]|-(?=\s))\s{1,8}(?=\S)")
_DEFINITION = re.compile(r"\s{0,3}\[([^\]]{1,100})\]:\s{0,4}(\S{1,2000})(?:\s.{0,300})?")
_IMAGE = re.compile(r"!\[[^\]]{0,300}\]\([^()\s]{0,2000}(?:\s\"[^\"]{0,300}\")?\)")
_PLACEHOLDER = re.compile(r"\[(?:图片|圖片|Image|image)[:\uff1a][^\]]{0,200}\]\s?")
_LINK = re.compile(r"\[([^\[\]]{0,1000})\]\(([^()\s]{0,2000})(?:\s\"[^\"]{0,300}\")?\)")
_REFERENCE = re.compile(r"\[([^\[\]]{1,1000})\]\[([^\[\]]{0,100})\]")
_OPEN_LINK = re.compile(r"\s{0,8}\[(?=[^\]]{0,5000}$)")
_CLOSE_LINK = re.compile(r"(.{0,50000}?)\]\(([^()\s]{0,2000})(?:\s\"[^\"]{0,300}\")?\)\s{0,8}")
_STRONG = re.compile(r"\*\*(?=\S)(.{1,2000}?)(?<=\S)\*\*|__(?=\S)(.{1,2000}?)(?<=\S)__")
# Only what converters escape in running text; LaTeX in abstracts keeps \%, \{, \$ ...
_ESCAPE = re.compile(r"\\([*\[\]`_|<> ])")
_HARD_BREAK = re.compile(r"(?:\\\\|\\)\s{0,4}$")
_BARE_URL = re.compile(r"\s{0,8}(https?://\S{1,2000})\s{0,8}")

_UNRESOLVED = "\x00ref:"  # marks a reference link whose table entry comes later

_HEADING_SIGNAL = re.compile(r"\s{0,3}#{1,6}\s")


def looks_like_markdown(lines: list[str], limit: int = 300) -> bool:
    """True when the first *limit* lines carry several markdown signals (headings, links,
    rules, reader-service headers)."""
    signals = 0
    for line in lines[:limit]:
        if not line:
            continue
        if line.startswith(("Title: ", "URL Source: ", "Markdown Content:")):
            signals += 2
        elif (
            "](http" in line
            or (line[:1] in " #" and _HEADING_SIGNAL.match(line) is not None)
            or (line[:1] in " *-_=" and _RULE.fullmatch(line) is not None)
        ):
            signals += 1
        if signals >= 3:
            return True
    return False


def _links(line: str, found: list[Link]) -> str:
    def keep(match: re.Match[str]) -> str:
        text = match.group(1)
        found.append(Link(text=text.strip() or None, url=match.group(2)))
        start = match.start()
        if start and text[:1].isdigit() and line[start - 1].isdigit():
            return " " + text  # "May 29[6](#community)": a count glued to a date
        return text

    return _LINK.sub(keep, line)


def _plain_line(line: str, found: list[Link], references: dict[str, str]) -> str:
    if "<" in line and _ANCHOR.fullmatch(line):
        return ""
    stripped = line.strip()
    if not stripped:
        return ""
    if stripped[0] in "*-_=" and _RULE.fullmatch(line):
        return ""
    if stripped[0] == "#":
        heading = _HEADING.fullmatch(line)
        if heading is not None:
            line = heading.group(1) or ""
    elif stripped[0] in "*+-":
        bullet = _BULLET.match(line)
        if bullet is not None:
            line = line[bullet.end() :]
    elif stripped[0] == "[":
        definition = _DEFINITION.fullmatch(line)
        if definition is not None:
            references[definition.group(1).casefold()] = definition.group(2)
            return ""
    elif stripped[0] == "h":
        bare = _BARE_URL.fullmatch(line) if "](" not in line else None
        if bare is not None:  # exporters put each link's URL on a line of its own
            found.append(Link(text=None, url=bare.group(1)))
            return ""
    if "[" in line or "]" in line:
        if "![" in line:
            line = _IMAGE.sub("", line)
        if "[" in line and ("图片" in line or "圖片" in line or "mage" in line):
            line = _PLACEHOLDER.sub("", line)
        for _ in range(3):  # nested links such as [[OpenReview](url)]
            replaced = _links(line, found)
            if replaced == line:
                break
            line = replaced
        if "][" in line:
            line = _REFERENCE.sub(lambda m: _reference(m, found, references), line)
        opened = _OPEN_LINK.match(line)
        if opened is not None:
            line = line[opened.end() :]
        closed = _CLOSE_LINK.fullmatch(line) if "](" in line else None
        if closed is not None:
            text = closed.group(1)
            if text[:9].lstrip().startswith("[") and text.count("[") > text.count("]"):
                text = text.lstrip()[1:]  # the opening "[" of a link text too long for _LINK
            found.append(Link(text=text.strip() or None, url=closed.group(2)))
            line = text
    if "**" in line or "__" in line:
        line = _STRONG.sub(lambda m: m.group(1) or m.group(2), line)
    if "\\" in line:
        line = _HARD_BREAK.sub("", line)
        line = _ESCAPE.sub(lambda m: m.group(1), line)
    return line


_CONNECTORS = frozenset(
    (
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
        "the", "to", "via", "vs", "with", "without",
    )
)  # fmt: skip


def _continued(first: str, second: str) -> bool:
    """Whether heading *second* carries on heading *first* rather than starting another:
    it starts in lower case, or *first* stops on a connecting word or a colon."""
    first, second = first.rstrip(), second.strip()
    if not first or not second:
        return False
    last_word = first.rsplit(None, 1)[-1].casefold()
    return second[0].islower() or last_word in _CONNECTORS or first.endswith((":", "-", "\u2013"))


def _heading_level(line: str) -> int:
    """How many ``#`` open an ATX heading line (0 when it is none)."""
    stripped = line.lstrip(" ")
    if not stripped.startswith("#") or len(line) - len(stripped) > 3:
        return 0
    level = len(stripped) - len(stripped.lstrip("#"))
    return level if level <= 6 and stripped[level : level + 1] in (" ", "") else 0


def _reference(match: re.Match[str], found: list[Link], references: dict[str, str]) -> str:
    text = match.group(1)
    label = (match.group(2) or text).casefold()
    url = references.get(label)
    found.append(Link(text=text.strip() or None, url=url if url else _UNRESOLVED + label))
    return text


def to_plain(lines: list[str]) -> tuple[list[str], dict[int, tuple[Link, ...]]]:
    """Plain versions of markdown *lines* (same count) and the links of each line (by
    1-based line number). Reference links are resolved against the link table, wherever
    it stands in the capture. A heading continued on the next line as a heading of the same
    level (a long title wrapped by the writer: the next part starts in lower case, or the
    first stops on "with", "of", ":" ...) is one heading on the first line; the second line
    becomes blank."""
    references: dict[str, str] = {}
    plain: list[str] = []
    links: dict[int, tuple[Link, ...]] = {}
    previous_level = 0  # heading level of the line before, 0 when it was no heading
    for number, line in enumerate(lines, 1):
        found: list[Link] = []
        text = _plain_line(line, found, references)
        level = _heading_level(line)
        if level and level == previous_level and text and plain[-1] and _continued(plain[-1], text):
            # a heading continued on a second heading line: one heading, the line emptied
            plain[-1] = plain[-1] + " " + text.strip()
            if found:
                links[number - 1] = links.get(number - 1, ()) + tuple(found)
            plain.append("")
            previous_level = level
            continue
        previous_level = level
        plain.append(text)
        if found:
            links[number] = tuple(found)
    for number, found_links in links.items():  # a link table after the links that use it
        if any(link.url.startswith(_UNRESOLVED) for link in found_links):
            links[number] = tuple(_resolve(link, references) for link in found_links)
    return plain, links


def _resolve(link: Link, references: dict[str, str]) -> Link:
    if not link.url.startswith(_UNRESOLVED):
        return link
    return Link(text=link.text, url=references.get(link.url[len(_UNRESOLVED) :], ""))
