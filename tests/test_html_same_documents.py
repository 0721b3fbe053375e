"""The HTML reader gives the same `Document` as the reader on `html.parser` did.

- Every HTML input under tests/pages (the ``*.html`` pages and found/01, a papers list saved
  as ``.txt``) gives the fingerprint recorded in tests/golden/html_reader: one digest per
  field of its `Document` (text, format, links, headings, items, hints, furniture, origin,
  embedded). They were recorded with the reader on `html.parser` (tests/html_reader_before.py)
  and the rules added since (`frozen`: a saved page's ``saved from url`` mark; in the frozen
  reader, typeset math read as its TeX source);
  a difference names the fields that changed. Record again (only after checking that a
  change is wanted) with ``python tests/test_html_same_documents.py``.
- On generated HTML (tags from a small vocabulary, attributes quoted three ways and
  valueless, text with character references, stray ``<`` and ``>``, comments, declarations,
  script and style bodies, unclosed and stray tags, a construct cut by the end of the
  input) the reader gives exactly the `Document` of the frozen `html.parser` reader. The
  generator leaves out the malformed input on which they differ by design (see the
  reader's module docstring): it is tested on its own in tests/test_html_tokenizer.py.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import html_reader_before
from confparse.capture.document import Document, Element, Embedded, Hint
from confparse.capture.html import _SAVED_FROM, _SAVED_FROM_CHARS, read_html
from confparse.capture.normalize import normalize

HERE = Path(__file__).parent
PAGES = HERE / "pages"
RECORDED = HERE / "golden" / "html_reader" / "documents.json"


def html_pages() -> list[Path]:
    """The HTML inputs under tests/pages: every ``*.html`` file and found/01."""
    return sorted([*PAGES.rglob("*.html"), PAGES / "found" / "01_iclr2020_papers_titles.txt"])


def _element(element: Element) -> list[Any]:
    return [element.tag, list(element.classes), element.id, element.serial]


def _hint(hint: Hint) -> list[Any]:
    return [_element(hint.element), [_element(e) for e in hint.ancestors]]


def canonical(document: Document) -> dict[str, Any]:
    """Every field of *document* as JSON data (keys in line order)."""
    return {
        "text": document.text,
        "format": document.format,
        "links": [
            [i, [[link.text, link.url] for link in links]]
            for i, links in sorted(document.links.items())
        ],
        "headings": sorted(document.headings.items()),
        "items": sorted(document.items),
        "hints": [[i, _hint(hint)] for i, hint in sorted(document.hints.items())],
        "furniture": sorted(document.furniture.items()),
        "origin": list(document.origin or ()),
        "embedded": [[e.kind, e.data, e.line] for e in document.embedded],
        "source": document.source,
    }


def fingerprint(document: Document) -> dict[str, str]:
    """A digest of each field of *document* (`canonical`), by field name."""
    return {
        field: hashlib.sha256(
            json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")
        ).hexdigest()
        for field, value in canonical(document).items()
    }


def _input(page: Path) -> str:
    """What `confparse.capture.read` gives the reader for *page*: its normalised text."""
    return normalize(page.read_text(encoding="utf-8"))


def _name(page: Path) -> str:
    return page.relative_to(PAGES).as_posix()


@pytest.fixture(scope="module")
def recorded() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(RECORDED.read_text(encoding="utf-8"))
    return data


def test_every_html_page_is_recorded(recorded: dict[str, dict[str, str]]) -> None:
    assert sorted(recorded) == [_name(page) for page in html_pages()]


@pytest.mark.parametrize("page", html_pages(), ids=_name)
def test_page_gives_the_recorded_document(page: Path, recorded: dict[str, dict[str, str]]) -> None:
    found = fingerprint(read_html(_input(page)))
    expected = recorded[_name(page)]
    changed = sorted(field for field in expected if found.get(field) != expected[field])
    assert changed == [], f"{_name(page)}: {', '.join(changed)} differ from the recording"


def _changed(before: str, after: str) -> list[str]:
    """The fields whose digests differ between the documents of two pieces of markup."""
    old, new = fingerprint(read_html(before)), fingerprint(read_html(after))
    return sorted(field for field in old if old[field] != new[field])


def test_a_fingerprint_sees_a_change_in_one_field() -> None:
    base = "<div class='a'>\n<p>x</p></div>"
    assert _changed(base, base) == []
    assert _changed(base, "<div class='b'>\n<p>x</p></div>") == ["hints"]
    assert _changed(base, "<div class='a'>\n\n<p>x</p></div>") == ["origin"]


# -- generated HTML ----------------------------------------------------------------------

_TAGS = (
    *("div", "p", "span", "a", "li", "ul", "ol", "h1", "h3", "pre", "table", "tr", "td"),
    *("th", "section", "article", "nav", "footer", "header", "main", "head", "title", "body"),
    *("html", "b", "i", "svg", "template", "noscript", "dl", "dt", "dd", "select", "option"),
    *("iframe", "blockquote", "x-card", "br", "hr", "img", "meta", "link", "wbr"),
    *("math", "annotation"),
)
_CLASSES = ("card", "x-card", "displaycards", "navbar", "js-cookie-bar", "main-title", "a b")
_CLASSES += ("MathJax_Preview", "katex-mathml", "katex-html", "MathJax-Element-1-Frame")
_WORDS = ("Paper", "title", "Ünï", "caf\u00e9", "x", "12:30", "·", "—", "a\u00a0b", "\u200b")
_REFERENCES = ("&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&nbsp;", "&eacute;", "&#233;")
_REFERENCES += ("&#xE9;", "&copy", "&bogus;", "& ", "&#;", "&amp", "&#8203;", "&shy;")
_SPACES = (" ", "  ", "\n", "\t", " \n  ", "\n\n")
_JSON = ('{"name": "A &amp; B", "n": [1, 2]}', '{"bad": ', "[1,\n2]", "")


def _case(draw: st.DrawFn, name: str) -> str:
    """*name* as it is, upper-cased or capitalised: tag and attribute names fold case."""
    return draw(st.sampled_from((name, name.upper(), name.capitalize())))


def _value(draw: st.DrawFn) -> str:
    return draw(
        st.one_of(
            st.sampled_from(_CLASSES),
            st.sampled_from(("/x", "https://a.b/c?d=1&amp;e=2", "navigation", "canonical")),
            st.sampled_from(("application/ld+json", "og:url", "Cookie", "x&quot;y", "")),
            st.sampled_from(("application/x-tex",)),
            st.sampled_from(_JSON).map(lambda raw: raw.replace('"', "&quot;")),
        )
    )


_NAMES = ("class", "id", "href", "role", "data-props", "data-target", "type", "rel")
_NAMES += ("property", "content", "title", "hidden", "encoding")


@st.composite
def _attribute(draw: st.DrawFn) -> str:
    """An attribute: double, single or no quotes, or no value."""
    name, value = _case(draw, draw(st.sampled_from(_NAMES))), _value(draw)
    space = draw(st.sampled_from((" ", "\n", "  ")))
    quote = draw(st.sampled_from(('"', "'", "", None)))
    if quote is None:
        return f"{space}{name}"
    if quote == "" and (not value or any(c in value for c in " \t\n'\"=<>`")):
        quote = '"'
    if quote in value:
        quote = "'" if quote == '"' else '"'
    return f"{space}{name}={quote}{value}{quote}"


@st.composite
def _start_tag(draw: st.DrawFn) -> str:
    tag = _case(draw, draw(st.sampled_from(_TAGS)))
    names: set[str] = set()
    attributes = []
    for attribute in draw(st.lists(_attribute(), max_size=3)):
        name = attribute.split("=")[0].strip().lower()
        if name not in names:  # duplicate attributes: see the module docstring
            names.add(name)
            attributes.append(attribute)
    close = draw(st.sampled_from((">", ">", "/>", " />", "\n>")))
    return f"<{tag}{''.join(attributes)}{close}"


@st.composite
def _end_tag(draw: st.DrawFn) -> str:
    return f"</{_case(draw, draw(st.sampled_from(_TAGS)))}{draw(st.sampled_from(('>', ' >')))}"


@st.composite
def _text(draw: st.DrawFn) -> str:
    pieces = st.one_of(
        st.sampled_from(_WORDS), st.sampled_from(_REFERENCES), st.sampled_from(_SPACES)
    )
    return "".join(draw(st.lists(pieces, min_size=1, max_size=6)))


@st.composite
def _raw_text(draw: st.DrawFn) -> str:
    """A script or style element, its body holding markup that must not be read."""
    tag = draw(st.sampled_from(("script", "style", "SCRIPT")))
    kinds = ("", ' type="application/ld+json"', " type='text/javascript'", ' type="math/tex"')
    kind = draw(st.sampled_from((*kinds, ' type="math/tex; mode=display"')))
    body = draw(st.sampled_from(("", "if (a < b && c > d) {}", "<p>no</p> &amp;", *_JSON)))
    end = draw(st.sampled_from((f"</{tag}>", f"</{tag.lower()} >", "</Script>")))
    return f"<{tag}{kind}>{body}{end}"


_OTHER = (
    "<!-- a comment -->",
    "<!---->",
    "<!-- <p>x</p> - -- >",
    "<!DOCTYPE html>",
    "<?xml version='1.0'?>",
    "<![CDATA[x]]>",
    "<!x y>",
    "</>",
    "</ 3>",
    "a < b",
    "<1",
    "<<",
    " > ",
    "<br/>",
)
_CUT_AT_END = ("", "", "<div class='a", "<!-- open", "</sp", "<?x", "<!x", "<p")


@st.composite
def html_documents(draw: st.DrawFn) -> str:
    """A page of markup on which both readers must agree."""
    pieces = st.one_of(
        _start_tag(), _start_tag(), _end_tag(), _text(), _text(), _raw_text(),
        st.sampled_from(_OTHER),
    )  # fmt: skip
    return "".join(draw(st.lists(pieces, max_size=30))) + draw(st.sampled_from(_CUT_AT_END))


@given(html_documents())
def test_generated_html_gives_the_document_of_the_html_parser_reader(markup: str) -> None:
    expected = canonical(frozen(markup))
    assert canonical(read_html(markup)) == expected


def frozen(markup: str) -> Document:
    """The frozen reader's `Document` with the one rule added since: the URL that a browser
    notes at the top of a saved page (``<!-- saved from url=(N)URL -->``) is embedded data,
    after the page's own."""
    document = html_reader_before.read_html(markup)
    saved = _SAVED_FROM.search(markup, 0, _SAVED_FROM_CHARS)
    if saved is None or not saved.group(1).startswith(("http://", "https://")):
        return document
    line = markup.count("\n", 0, saved.start()) + 1
    embedded = (*document.embedded, Embedded("url", saved.group(1), line))
    return attrs.evolve(document, embedded=embedded)


def _record() -> None:
    """Record the fingerprints of the pages with the frozen reader on `html.parser`."""
    RECORDED.parent.mkdir(exist_ok=True)
    data = {_name(page): fingerprint(frozen(_input(page))) for page in html_pages()}
    RECORDED.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"recorded {len(data)} pages in {RECORDED}")


if __name__ == "__main__":
    sys.exit(_record())
