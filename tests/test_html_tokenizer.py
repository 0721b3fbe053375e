"""The HTML reader's tokenizer: html.parser's events, found in one pass in linear time.

- On every HTML page under tests/pages, and on generated markup (well-formed and malformed
  tags, attributes quoted every way, character references, comments, declarations, raw
  text, constructs cut by the end of the input), the tokenizer gives the events that
  `html.parser` gave the earlier reader (on its input as that reader prepared it, with
  ``<![`` rewritten and a construct left open at the end cut off). Text is compared with
  adjacent pieces joined, as html.parser splits it at every ``<``; the reader does not see
  the difference. The reference is html.parser as the earlier reader ran on it: where the
  running Python's html.parser reads markup otherwise (later releases follow the HTML
  standard more closely), the comparisons are skipped.
- Literal examples pin the rules (and the two differences from the earlier reader that the
  module docstring names) independently of any html.parser.
- Long tags, long whitespace runs in a tag and tags with many attributes take linear time.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import html_reader_before
from confparse.capture import html as reader
from confparse.capture.html import read_html
from confparse.capture.normalize import normalize
from test_capture_html import linear_enough
from test_html_same_documents import html_pages

Event = tuple[Any, ...]


def _merge_data(events: list[Event], data: str, line: int) -> None:
    """Append a text event, joined to the one before it if that is text too."""
    if events and events[-1][0] == "data":
        events[-1] = ("data", events[-1][1] + data, events[-1][2])
    else:
        events.append(("data", data, line))


class _Events(reader._Tokenizer):
    """The tokenizer's events: (kind, tag or text, attributes, input line)."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[Event] = []

    def handle_starttag(self, tag: str, attributes: dict[str, str | None]) -> None:
        self.events.append(("start", tag, dict(attributes), self.input_line()))

    def handle_startendtag(self, tag: str, attributes: dict[str, str | None]) -> None:
        self.events.append(("startend", tag, dict(attributes), self.input_line()))

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("end", tag))

    def handle_data(self, data: str) -> None:
        _merge_data(self.events, data, self.input_line())


class _ParserEvents(HTMLParser):
    """html.parser's events, in the same form."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[Event] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("start", tag, dict(attrs), self.getpos()[0]))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("startend", tag, dict(attrs), self.getpos()[0]))

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("end", tag))

    def handle_data(self, data: str) -> None:
        _merge_data(self.events, data, self.getpos()[0])


def events(markup: str) -> list[Event]:
    """The tokenizer's events for *markup*."""
    tokenizer = _Events()
    tokenizer.feed(markup)
    return tokenizer.events


def parser_events(markup: str) -> list[Event]:
    """html.parser's events for *markup* as the earlier reader prepared it."""
    parser = _ParserEvents()
    parser.feed(html_reader_before._tame(markup))
    parser.close()
    return parser.events


_PROBE = "<a b='c'd=e/><!-- x -- >y<!-->z-->"
_PROBE_EVENTS = [("start", "a", {"b": "c", "d": "e/"}, 1), ("data", "y", 1)]
"""Markup that html.parser read as below when the reader was made to match it (Python
3.11.7); later html.parser releases read its comments and attributes otherwise."""
same_parser = pytest.mark.skipif(
    parser_events(_PROBE) != _PROBE_EVENTS,
    reason="this Python's html.parser reads malformed markup otherwise than the reference",
)


# -- the pages ----------------------------------------------------------------------------


@same_parser
@pytest.mark.parametrize("page", html_pages(), ids=lambda page: page.name)
def test_page_gives_the_events_of_html_parser(page: Path) -> None:
    """Both read the page with ``<![`` rewritten as the earlier reader did (it changes
    script bodies only: in markup the tokenizer reads ``<![`` and ``<!-[`` alike)."""
    text = normalize(page.read_text(encoding="utf-8")).replace("<![", "<!-[")
    assert events(text) == parser_events(text)


# -- generated markup ---------------------------------------------------------------------

_NAMES = ("div", "p", "A", "Li", "SPAN", "br", "x-card", "h1", "svg:g", "td", "p<b", "img")
_ATTRIBUTES = (
    *(' href="/x?a=1&amp;b=2"', " class='card x'", " id=main", " hidden", ' data-props="[1]"'),
    *(" CLASS=navbar", ' b="c"d', ' b=c"d', " b==c", " =x", " b= 'c'", " b = c", "/b", " 'b'"),
    *(" b=", ' b=""', " b=&quot;x&quot;", "\n\tb=c", " b=c/", ' b="x>y"', " b='a\"b'"),
)
_ENDS = (">", ">", "/>", " />", "/ >", "//>", " >", "\n>")
_END_TAGS = ("</div>", "</p >", "</ a>", "</a b>", "</A\n>", "</3>", "</>", "</a<b>", "</li>")
_TEXTS = (
    *("Paper", " ", "\n", "\n\n ", "a < b", "<1", "<<", " > ", "&amp;", "&lt;p&gt;", "&copy"),
    *("&bogus;", "& ", "&#233;", "&#x2014;", "&#;", "\x00", "caf\u00e9", "\t"),
)
_OTHER = (
    *("<!-- a comment -->", "<!---->", "<!-- x -- >", "<!DOCTYPE html>", "<?pi x?>"),
    *("<![CDATA[a>b]]>", "<!x y>", '<a b="c>', "<a b='c>", "<a\x00>", "<b c=d\x00e>"),
)
_CUT = ("", "<div class='a", '<div b="', "<!-- open", "</sp", "<?x", "<!x", "<p", "<a b=c d")


@st.composite
def _tag(draw: st.DrawFn) -> str:
    attributes = "".join(draw(st.lists(st.sampled_from(_ATTRIBUTES), max_size=3)))
    return f"<{draw(st.sampled_from(_NAMES))}{attributes}{draw(st.sampled_from(_ENDS))}"


@st.composite
def _raw_text(draw: st.DrawFn) -> str:
    tag = draw(st.sampled_from(("script", "style", "Script")))
    body = draw(st.sampled_from(("", "a < b && c > d", "<p>&amp;</p>", "</b>", "x\ny")))
    return f"<{tag}>{body}{draw(st.sampled_from(('</script>', '</style >', '</SCRIPT>')))}"


@st.composite
def markup(draw: st.DrawFn) -> str:
    """Markup of every kind the tokenizer reads like html.parser."""
    pieces = st.one_of(
        _tag(), _tag(), st.sampled_from(_END_TAGS), st.sampled_from(_TEXTS),
        st.sampled_from(_TEXTS), st.sampled_from(_OTHER), _raw_text(),
    )  # fmt: skip
    return "".join(draw(st.lists(pieces, max_size=25))) + draw(st.sampled_from(_CUT))


@same_parser
@given(markup())
def test_generated_markup_gives_the_events_of_html_parser(text: str) -> None:
    """With ``<![`` rewritten for both, as on the pages (a script may hold one here)."""
    text = text.replace("<![", "<!-[")
    assert events(text) == parser_events(text)


# -- the rules, by example ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<br/>", [("startend", "br", {}, 1)]),
        ("<br / >", [("start", "br", {}, 1)]),
        ("<a href=x/>", [("start", "a", {"href": "x/"}, 1)]),
        ('<a b="c"/>', [("startend", "a", {"b": "c"}, 1)]),
        ("<A HREF='X' b=c b=d>", [("start", "a", {"href": "X", "b": "d"}, 1)]),
        ('<p c d= e=f g="">', [("start", "p", {"c": None, "d": "e=f", "g": ""}, 1)]),
        ('<p b="&amp;&lt;&eacute;" c=&quot;>', [("start", "p", {"b": "&<é", "c": '"'}, 1)]),
        ("a &amp; &lt;b&gt; &copy &bogus; <1 a < b", [("data", "a & <b> © &bogus; <1 a < b", 1)]),
        (
            "<script>a</b><p>&amp;</SCRIPT >x",
            [
                ("start", "script", {}, 1),
                ("data", "a</b><p>&amp;", 1),
                ("end", "script"),
                ("data", "x", 1),
            ],
        ),
        ("<p>a<style>x</p>", [("start", "p", {}, 1), ("data", "a", 1), ("start", "style", {}, 1)]),
        ("<!-- c -- >x<!DOCTYPE html><?pi?><!x>y", [("data", "xy", 1)]),
        ("<![CDATA[a>b]]>", [("data", "b]]>", 1)]),
        ("</a b></ p></3></>", [("end", "a"), ("end", "p")]),
        ("<a\x00>", [("data", "<a\x00>", 1)]),
        ('<div class="x>y', [("data", '<div class="x>y', 1)]),
        ("x<div class='y", [("data", "x", 1)]),
        ("x<!-- y", [("data", "x", 1)]),
        ("x</p", [("data", "x", 1)]),
        ("x<?y", [("data", "x", 1)]),
        ("x<", [("data", "x<", 1)]),
        (
            "a\n<p\nclass=x>\nb",
            [("data", "a\n", 1), ("start", "p", {"class": "x"}, 2), ("data", "\nb", 3)],
        ),
    ],
)
def test_tokens_by_example(text: str, expected: list[Event]) -> None:
    assert events(text) == expected


def test_an_unclosed_comment_in_a_script_is_no_comment() -> None:
    """The earlier reader cut the page at a ``<!--`` that no ``-->`` follows wherever it
    stood; in a script body a browser reads it as script."""
    markup = "<script>var open = '<!--';</script><p>after</p>"
    assert read_html(markup).lines == ["after"]
    assert html_reader_before.read_html(markup).text == ""


def test_a_marked_section_in_an_attribute_is_kept() -> None:
    """The earlier reader rewrote ``<![`` everywhere, attribute values included."""
    markup = '<a href="/x?q=<![y">t</a>'
    assert read_html(markup).links[0][0].url == "/x?q=<![y"
    assert html_reader_before.read_html(markup).links[0][0].url == "/x?q=<!-[y"


# -- linear time --------------------------------------------------------------------------

LONG_TAGS = {
    "many-attributes": lambda n: "<div" + " a=b" * (n // 4) + ">KEEP after",
    "quoted-attributes": lambda n: "<div" + ' a="b"' * (n // 6) + ">KEEP after",
    "space-run": lambda n: "<div a" + " " * n + ">KEEP after",
    "slash-runs": lambda n: "<div a" + " /" * (n // 2) + ">KEEP after",
    "attributes-open-to-the-end": lambda n: "<p>KEEP after</p><div" + " a=b <c" * (n // 7),
}


@pytest.mark.parametrize("name", sorted(LONG_TAGS))
def test_long_tags_take_linear_time(name: str) -> None:
    """A 1 MB tag takes less than 40x the time of a 64 KB one (16x is linear; one regular
    expression over all of its attributes took 70x)."""
    make = LONG_TAGS[name]
    assert "KEEP after" in read_html(make(4096)).text
    assert linear_enough(make)
