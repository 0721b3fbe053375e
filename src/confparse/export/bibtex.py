"""BibTeX entries for papers: `to_bibtex` (standard library only).

>>> import confparse
>>> page = confparse.parse(confparse.examples.load("icml2021-session"), year=2021)
>>> print("\\n".join(confparse.to_bibtex(page).splitlines()[:5]))
@misc{tian2021understanding,
  title = {{Understanding self-supervised learning dynamics without contrastive pairs}},
  author = {Yuandong Tian and Xinlei Chen and Surya Ganguli},
  year = {2021},
  note = {Outstanding Paper Honorable Mention},

Text is escaped for LaTeX only where it is not LaTeX already (`latex_escape`): abstracts
that print ``\\emph{non-contrastive}`` or ``$2.5\\%$`` keep them, while a bare ``%``, ``&``,
``#``, ``_`` or ``^`` outside math is escaped.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

from ..catalog import Catalog, CatalogEntry, build_catalog
from ..models import Award, Page, Paper, Session, Talk
from .ids import arxiv_year
from .records import Recordable

__all__ = ["Bibliography", "bibliography", "cite_key", "latex_escape", "to_bibtex"]

# A backslash followed by one of these is a LaTeX control symbol (\%, \&, \~n, \ ...).
_CONTROL_SYMBOLS = frozenset("%&#_${}~^\\ ,;:!'\"`=.-|/@")
_VERBATIM_COMMANDS = frozenset({"url", "path", "nolinkurl"})
_ESCAPES = {"%": r"\%", "&": r"\&", "#": r"\#", "_": r"\_", "^": r"\^{}", "$": r"\$"}
_TILDE = r"\textasciitilde{}"
_BACKSLASH = r"\textbackslash{}"


def _balanced(text: str) -> bool:
    depth = 0
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                return False
        index += 1
    return depth == 0


def _next_unescaped(text: str, char: str, start: int) -> int:
    """The index of the next *char* at or after *start* that no backslash escapes, or -1."""
    index = text.find(char, start)
    while index > 0 and text[index - 1] == "\\":
        index = text.find(char, index + 1)
    return index


class _Escaper:
    """One left-to-right pass over a text; see `latex_escape`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[str] = []
        self.open_braces: list[int] = []  # indexes in out of "{" not closed yet
        self.no_display_close = False  # memo: no "$$" closer after some point
        self.no_paren_close = {"(": False, "[": False}

    def run(self) -> str:
        text, out = self.text, self.out
        index = 0
        while index < len(text):
            char = text[index]
            if char == "\\":
                index = self._backslash(index)
            elif char == "$":
                index = self._dollar(index)
            elif char == "{":
                self.open_braces.append(len(out))
                out.append(char)
                index += 1
            elif char == "}":
                out.append("}" if self.open_braces else r"\}")
                if self.open_braces:
                    self.open_braces.pop()
                index += 1
            elif char == "~":
                tie = 0 < index < len(text) - 1 and not (
                    text[index - 1].isspace() or text[index + 1].isspace()
                )
                out.append("~" if tie else _TILDE)
                index += 1
            else:
                out.append(_ESCAPES.get(char, char))
                index += 1
        for position in self.open_braces:
            out[position] = r"\{"
        return "".join(out)

    def _keep(self, start: int, stop: int) -> bool:
        """Copy ``text[start:stop]`` unchanged if its braces balance; say whether it did."""
        chunk = self.text[start:stop]
        if _balanced(chunk):
            self.out.append(chunk)
            return True
        return False

    def _backslash(self, index: int) -> int:
        text = self.text
        after = index + 1
        if after >= len(text):
            self.out.append(_BACKSLASH)
            return after
        char = text[after]
        if char.isascii() and char.isalpha():
            stop = after
            while stop < len(text) and text[stop].isascii() and text[stop].isalpha():
                stop += 1
            if text[after:stop] in _VERBATIM_COMMANDS and text.startswith("{", stop):
                close = text.find("}", stop)
                if close > 0 and self._keep(index, close + 1):
                    return close + 1
            self.out.append(text[index:stop])
            return stop
        if char in "([":
            closer = "\\)" if char == "(" else "\\]"
            if not self.no_paren_close[char]:
                close = text.find(closer, after + 1)
                if close > 0 and self._keep(index, close + 2):
                    return close + 2
                self.no_paren_close[char] = close < 0
        if char in _CONTROL_SYMBOLS:  # \{ and \} included: escaped braces group nothing
            self.out.append(text[index : after + 1])
            return after + 1
        self.out.append(_BACKSLASH)
        return after

    def _dollar(self, index: int) -> int:
        text = self.text
        if text.startswith("$$", index):
            if not self.no_display_close:
                close = text.find("$$", index + 2)
                if close > index + 2 and self._keep(index, close + 2):
                    return close + 2
                self.no_display_close = close < 0
            self.out.append(r"\$\$")
            return index + 2
        # Inline math as pandoc reads it: "$" then a non-space, up to the next unescaped
        # "$" that follows a non-space and is not followed by a digit ("$5 and $10" is not).
        after = index + 1
        if after < len(text) and not text[after].isspace():
            close = _next_unescaped(text, "$", after)
            if (
                close > after
                and not text[close - 1].isspace()
                and not text.startswith("$", close + 1)
                and not (close + 1 < len(text) and text[close + 1].isdigit())
                and "\n\n" not in text[after:close]
                and self._keep(index, close + 1)
            ):
                return close + 1
        self.out.append(r"\$")
        return after


def latex_escape(text: str) -> str:
    """*text* with the characters that are special to LaTeX escaped, unless already LaTeX.

    Kept as they are: math (``$...$``, ``$$...$$``, ``\\(...\\)``, ``\\[...\\]``; a ``$``
    opens math when a non-space follows it and closes it when a non-space precedes it and
    no digit follows it, as pandoc reads dollars), commands (``\\emph``), control symbols
    (``\\%``, ``\\~n``), the argument of ``\\url{...}``, balanced braces, and a ``~``
    between two non-spaces (a tie, ``ones~--~by``). Escaped: ``%``, ``&``, ``#``, ``_``
    (``\\_``), ``^`` (``\\^{}``) and a ``$`` that opens no math, a ``~`` next to a space
    (``\\textasciitilde{}``), a backslash that starts no command (``\\textbackslash{}``),
    and a brace without its partner (``\\{``, ``\\}``). So the result always has balanced
    braces, as a BibTeX field needs. Non-ASCII characters are kept (write the file as
    UTF-8).

    >>> print(latex_escape(r"by $2.5\\%$ with \\emph{no} R&D at 100% on ell_1 #1"))
    by $2.5\\%$ with \\emph{no} R\\&D at 100\\% on ell\\_1 \\#1
    """
    return _Escaper(text).run()


# -- keys ---------------------------------------------------------------------------------
_FOLD = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "\u0131": "i", "ß": "ss",
     "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th"}
)  # fmt: skip
_STOPWORDS = frozenset(
    ("a", "an", "and", "are", "as", "at", "by", "can", "do", "does", "for", "from", "how",
     "in", "is", "of", "on", "or", "the", "to", "toward", "towards", "via", "what", "when",
     "where", "which", "why", "with")
)  # fmt: skip
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _ascii_words(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    plain = "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c.isspace()))
    return [word for word in plain.lower().replace("-", " ").split() if word]


def _last_name(name: str) -> str:
    words = [w for w in _ascii_words(name.replace("-", "")) if w not in _SUFFIXES]
    return words[-1] if words else ""


def cite_key(paper: Paper, year: int | None = None) -> str:
    """The base citation key of *paper*: first author's last name, year, first title word.

    Like Google Scholar's keys (``tian2021understanding``): letters folded to ASCII
    (``Łojasiewicz`` → ``lojasiewicz``), lower case, stop words skipped in the title;
    ``paper`` stands in when no part gives a word. The key depends only on the paper's
    first author, its title and *year*, so it stays the same from run to run.
    """
    author = _last_name(paper.authors[0].name) if paper.authors else ""
    words = [w for w in _ascii_words(paper.title or "") if w not in _STOPWORDS]
    title = next((w for w in words if w.isalpha()), words[0] if words else "")
    key = f"{author}{year if year is not None else ''}{title}"
    return key if author or title else f"paper{key}"


def _suffix(number: int) -> str:
    """``""`` for the first use of a key, then ``b`` ... ``z``, then ``27``, ``28`` ..."""
    if number == 0:
        return ""
    return chr(ord("a") + number) if number < 26 else str(number + 1)


# -- entries ------------------------------------------------------------------------------
def _entries(obj: Recordable) -> list[CatalogEntry]:
    if isinstance(obj, Page):
        return list(build_catalog([obj]).entries)
    if isinstance(obj, CatalogEntry):
        return [obj]
    if isinstance(obj, Paper):
        return [CatalogEntry(paper=obj)]
    if isinstance(obj, Talk):
        return [CatalogEntry(paper=obj.paper, talks=(obj,))] if obj.paper else []
    if isinstance(obj, Award):
        return [CatalogEntry(paper=obj.paper, awards=(obj,))]
    if isinstance(obj, Session):
        return [entry for talk in obj.talks for entry in _entries(talk)]
    if isinstance(obj, Catalog):
        return list(obj.entries)
    if isinstance(obj, Iterable) and not isinstance(obj, (str, bytes)):
        items = list(obj)
        if items and all(isinstance(item, Page) for item in items):
            return list(build_catalog(items).entries)  # type: ignore[arg-type]
        return [entry for item in items for entry in _entries(item)]
    raise TypeError(f"cannot make BibTeX entries of {type(obj).__name__}")


def _year(entry: CatalogEntry) -> int | None:
    for talk in entry.talks:
        if talk.start is not None:
            return talk.start.year
    paper = entry.paper
    if entry.year is not None:  # the paper's links', else the year its page prints
        return entry.year
    for copy in (paper, *entry.listings):
        if copy.published is not None:
            return copy.published.year
    return arxiv_year(paper.arxiv_id) if paper.arxiv_id is not None else None


def _author(name: str) -> str:
    """One author for BibTeX's ``and`` list: a comma or a lone ``and`` would split it."""
    escaped = latex_escape(name)
    if "," in name or "and" in name.lower().split():
        return "{" + escaped + "}"
    return escaped


def _url(entry: CatalogEntry) -> str | None:
    for link in entry.paper.links:
        url = link.url
        if url.startswith(("http://", "https://")) and not any(c in url for c in " {}\\"):
            return url
    return None


def _field(name: str, value: str) -> str:
    return f"  {name} = {{{value}}},"


class Bibliography(NamedTuple):
    """What `bibliography` made: the BibTeX ``text``, the number of entries ``written``,
    and the papers ``skipped`` because they cannot be cited (no title, or no authors)."""

    text: str
    written: int
    skipped: tuple[Paper, ...]


def _of_conference(entry: CatalogEntry) -> bool:
    """Whether a conference shows the paper: a talk, an award, a link to its site, or a
    page that prints the conference's name."""
    return bool(entry.talks or entry.awards or entry.venue or entry.paper.event_id)


def bibliography(obj: Recordable, *, booktitle: str | None = None) -> Bibliography:
    """`to_bibtex`, with the count of entries written and the papers skipped.

    Raises:
        TypeError: *obj* is not a record or an iterable of records, or *booktitle* is not
            a str.
    """
    if booktitle is not None and not isinstance(booktitle, str):
        raise TypeError(f"booktitle must be a str or None, not {type(booktitle).__name__}")
    used: dict[str, int] = {}
    blocks = []
    skipped = []
    for entry in _entries(obj):
        paper = entry.paper
        if paper.title is None or not paper.authors:
            skipped.append(paper)
            continue
        year = _year(entry)
        arxiv = paper.arxiv_id
        conference = _of_conference(entry)
        venue = entry.venue  # the paper's links', else the page's (`CatalogEntry.venue`)
        book = booktitle if booktitle and (conference or arxiv is None) else None
        if book is None and conference and venue is not None:
            book = f"{venue} {entry.year}" if entry.year is not None else venue
        kind = "inproceedings" if book else "misc"
        base = cite_key(paper, year)
        count = used.get(base, 0)
        used[base] = count + 1
        lines = [f"@{kind}{{{base}{_suffix(count)},"]
        lines.append(_field("title", "{" + latex_escape(paper.title) + "}"))
        lines.append(_field("author", " and ".join(_author(p.name) for p in paper.authors)))
        if book:
            lines.append(_field("booktitle", latex_escape(book)))
        if year is not None:
            lines.append(_field("year", str(year)))
        if arxiv is not None:
            lines.append(_field("eprint", arxiv))
            lines.append(_field("archivePrefix", "arXiv"))
        if entry.award_names:
            lines.append(_field("note", latex_escape("; ".join(entry.award_names))))
        if paper.abstract is not None:
            more = r" \ldots{}" if paper.abstract_truncated else ""
            lines.append(_field("abstract", latex_escape(paper.abstract) + more))
        url = _url(entry)
        if url is not None:
            lines.append(_field("url", url))
        lines.append("}")
        blocks.append("\n".join(lines) + "\n")
    return Bibliography("\n".join(blocks), len(blocks), tuple(skipped))


def to_bibtex(obj: Recordable, *, booktitle: str | None = None) -> str:
    """BibTeX entries for the papers of *obj* that can be cited (a title and authors).

    *obj* is a page, several pages, a `Catalog`, or records (papers, talks, awards).
    Pages are joined first (`confparse.build_catalog`), so a paper that several pages show, or
    that a page shows twice, gives one entry, with every field any copy had. Entries are in
    the order of the catalog:

    - ``@inproceedings`` for a paper of a conference, with ``booktitle`` *booktitle*
      (e.g. ``"ICML 2021"``) or, without it, the venue and year its links name
      (``"ICML 2025"``, see `Paper.venue`); a paper is of a conference when a talk or an
      award shows it or a link goes to a conference's site; with *booktitle*, also a
      paper that shows no arXiv id;
    - ``@misc`` otherwise: an arXiv paper of a listing, with ``eprint`` (its arXiv id) and
      ``archivePrefix = {arXiv}`` (which every entry with an arXiv id has), and a paper
      nothing places.

    Fields: the key of `cite_key` (first author's last name, year, first title word),
    followed by ``b``, ``c`` ... when an earlier entry has the same key; ``title`` in
    double braces, so that styles keep its case; ``author`` joined by ``and``; ``year``
    from the first talk's start, else the year of a conference link, the date a listing
    printed, or the arXiv id (``2309.…`` is 2023); ``note`` the paper's award names;
    ``abstract`` (`` \\ldots`` when the page cut it); ``url`` the first http(s) link.

    Text goes through `latex_escape`. A paper without a title or without authors cannot be
    cited and is left out (`bibliography` counts them). The result is empty when no paper
    qualifies.

    Raises:
        TypeError: *obj* is not a record or an iterable of records.
    """
    return bibliography(obj, booktitle=booktitle).text
