"""Sources and the normalisation step in front of every layout."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import confparse
from confparse import DecodeError, LimitError
from confparse.capture.normalize import normalize
from confparse.capture.source import read_source

from conftest import PAGES, TODAY, page_text


def test_every_source_kind_gives_the_same_page(tmp_path: Path) -> None:
    text = page_text("001")
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    expected = confparse.parse(text, today=TODAY)
    sources: list[object] = [
        text.encode("utf-8"),
        b"\xef\xbb\xbf" + text.encode("utf-8"),
        path,
        io.StringIO(text),
        io.BytesIO(text.encode("utf-8")),
        text.replace("\n", "\r\n"),
        text.replace("\n", "\r"),
    ]
    for source in sources:
        assert confparse.parse(source, today=TODAY) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_their_byte_order_mark_are_read(codec: str) -> None:
    """A page that a Windows shell wrote (PowerShell 5's ``Out-File`` writes UTF-16)."""
    text = page_text("001")
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(codec, b"")
    data = bom + text.encode(codec)  # ("utf-16" and "utf-32" write their own BOM)
    assert confparse.parse(data, today=TODAY) == confparse.parse(text, today=TODAY)
    # without a BOM the bytes are no UTF-8: an error, never a guess
    with pytest.raises(DecodeError):
        read_source(text.encode("utf-16-le"))


def test_a_bad_unit_after_a_byte_order_mark_names_line_and_column() -> None:
    data = b"\xff\xfe" + "ab\ncd".encode("utf-16-le") + b"\x00\xd8"  # a lone surrogate
    with pytest.raises(DecodeError) as raised:
        read_source(data)
    assert (raised.value.line, raised.value.column, raised.value.code) == (
        2, 3, "invalid-encoding")  # fmt: skip


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="windows-1252">',
        "<meta charset=ISO-8859-1>",
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    ],
)
def test_html_saved_in_the_charset_it_declares_is_read_in_it(meta: str) -> None:
    """A real page saved as windows-1252 (a script that wrote ``requests``' text with the
    platform's encoding), its head declaring so: the same records as the UTF-8 page."""
    html = (PAGES / "html" / "01_icml2025_session_poster-session-3-west.html").read_text(
        encoding="utf-8"
    )
    declared = html.replace('<meta charset="utf-8">', meta, 1)
    assert declared != html and "\u2014" in html and "\u00fc" in html  # ("—", "ü")
    data = declared.encode("cp1252")
    assert confparse.parse(data, today=TODAY).sessions == confparse.parse(
        html, today=TODAY).sessions  # fmt: skip
    # valid UTF-8 stays UTF-8 whatever the head says; so do undeclared bytes an error
    assert read_source(declared.encode("utf-8")) == declared
    with pytest.raises(DecodeError):
        read_source(html.encode("cp1252"))


def test_invalid_utf8_names_line_and_column() -> None:
    data = b"Moderator: A B\n\nWed 21 July 17:00 - 17:20 PDT\nab\xffc"
    with pytest.raises(DecodeError) as raised:
        confparse.parse(data)
    assert (raised.value.line, raised.value.column, raised.value.code) == (4, 3, "invalid-utf8")
    assert "pass the text (a str)" in str(raised.value)  # what the user can do about it
    assert isinstance(raised.value, confparse.ConfparseError)


def test_normalize_spaces_and_invisibles() -> None:
    raw = "\ufeffA\u00a0B\u200bC\r\nD\rE\u00adF"
    assert normalize(raw) == "A BC\nD\nEF"


def test_the_delete_character_is_taken_out_as_a_browser_shows_nothing_for_it() -> None:
    """The 2016 schedule's source spells a name ``Y\\x7faniv Tenzer``; browsers and lynx show
    ``Yaniv``. ASCII text too (it skips the other invisible characters' search)."""
    assert normalize("Y\x7faniv Tenzer") == "Yaniv Tenzer"
    assert normalize("Y\x7faniv Ten\u00a0zer") == "Yaniv Ten zer"
    assert confparse.capture.read("Y\x7faniv").lines == ["Yaniv"]


def test_normalize_keeps_latex_and_punctuation() -> None:
    raw = "$2.5\\%$ \\emph{x} \u2014 \u00b7 \u22c5 \u2026"
    assert normalize(raw) == raw


def test_limits_raise_typed_errors() -> None:
    with pytest.raises(LimitError) as raised:
        normalize("x" * 11, max_chars=10)
    assert raised.value.code == "input-too-large"


def test_long_line_limit_names_the_line() -> None:
    from confparse.layouts.kit.ledger import LineState
    from confparse.options import ParseOptions

    with pytest.raises(LimitError) as raised:
        LineState("ok\n" + "x" * 11, ParseOptions(max_line_chars=10))
    assert (raised.value.line, raised.value.code) == (2, "line-too-long")


def test_str_is_text_not_a_path(tmp_path: Path) -> None:
    assert read_source(str(tmp_path)) == str(tmp_path)


def test_nfd_input_equals_nfc() -> None:
    import unicodedata

    text = page_text("000")
    assert normalize(unicodedata.normalize("NFD", text)) == normalize(text)


def test_cp1252_mojibake_is_repaired_when_unambiguous() -> None:
    original = "Paul Vicol \u00b7 Nikolas N\u00fcsken \u2026"
    mojibake = original.encode("utf-8").decode("cp1252")
    assert "\u00c2\u00b7" in mojibake
    assert normalize(mojibake) == original
    # a lone "Â" in real text is left alone
    assert normalize("\u00c2 la carte") == "\u00c2 la carte"


def test_limits_are_configurable_from_parse() -> None:
    text = page_text("001")
    with pytest.raises(LimitError) as raised:
        confparse.parse(text, max_chars=1_000)
    assert raised.value.code == "input-too-large"
    with pytest.raises(LimitError) as raised:
        confparse.parse(text, max_line_chars=500)
    assert raised.value.code == "line-too-long"
    assert raised.value.line > 1
    with pytest.raises(LimitError) as raised:
        confparse.parse(text, max_records=3)
    assert raised.value.code == "too-many-records"
    assert len(confparse.parse(text, max_records=8, today=TODAY).sessions[0].talks) == 8


@pytest.mark.parametrize("limit", ["max_chars", "max_line_chars", "max_records"])
@pytest.mark.parametrize("value", [0, -1, 2.5, True])
def test_a_limit_below_one_or_not_a_whole_number_is_refused(limit: str, value: object) -> None:
    with pytest.raises(ValueError, match=limit):
        confparse.parse("Poster Session", **{limit: value})  # type: ignore[arg-type]


def test_long_runs_of_combining_marks_are_normalised_in_pieces() -> None:
    import unicodedata

    from confparse.capture.normalize import _nfc

    ordinary = "Cafe\u0301 Nu\u0308sken \u1e69\u0323 " * 50
    assert _nfc(ordinary) == unicodedata.normalize("NFC", ordinary)
    run = "a" + "\u0301\u0316" * 40  # 80 marks: far beyond any script
    pieced = _nfc(run)
    assert len(pieced) == len(unicodedata.normalize("NFC", run))
    assert sorted(pieced) == sorted(unicodedata.normalize("NFC", run))  # the same marks
    assert normalize(run) == pieced


# Text made of what normalisation must tell apart: ASCII, line ends, precomposed and
# decomposed letters, marks out of canonical order, Hangul jamo and Oriya vowels that
# compose, a mark that composes with '<', the ideographic and other spaces, invisible
# characters, and the marks of mojibake.
_FORM_CHARS = (
    "aeo \n\u00e9\u00fc\u0301\u0308\u0323\u0316\u1e69\u2026\u00b7"
    "\u1100\u1161\u11a8\uac00<\u0338\u0b47\u0b3e\u3000\u00a0\u200b"
)
_FORM_TEXT = st.text(alphabet=st.sampled_from(list(_FORM_CHARS)), max_size=60)
_MOJIBAKE = st.lists(
    st.sampled_from(["a", "\n", "\u3000", "\u00a0", "\u00b7", "\u00c2\u00b7", "\u00e2\u20ac\u00a6"])
).map("".join)


@given(_FORM_TEXT | _MOJIBAKE, st.integers(min_value=1, max_value=8))
def test_the_check_on_lines_or_pieces_is_normalize_on_the_text(text: str, piece: int) -> None:
    from confparse.capture import normalize as module

    chars = module.normalize_chars(text, wide_space=False)
    unchanged = normalize(chars) == chars
    assert normalize(chars) == normalize(text)
    assert module.is_normal(chars, chars.split("\n")) is unchanged
    saved = module._PIECE
    module._PIECE = piece  # pieces of a few characters: cut at many line ends
    try:
        assert module.is_normal(chars) is unchanged
    finally:
        module._PIECE = saved
    assert normalize(text) == module._nfc(module.normalize_chars(text, wide_space=True))


@pytest.mark.parametrize(
    "text",
    [
        "Outstanding Paper\nA Lee \u00b7 Nu\u0308sken\n\nAn abstract",  # plain, short
        "# Title\n\n[a](http://x.org) **b** Cafe\u0301\n\n* [c](http://y.org)",  # markdown
        "<html><body><p>Cafe\u0301</p></body></html>",  # HTML
        "Outstanding Paper\nA Lee\u3000\u00b7 Bob Ray\n\nAn abstract",  # a wide space
        "Outstanding Paper\nA Lee \u00c2\u00b7 Bob\u3000Ray\n\nAn abstract",  # and mojibake
        ("Cafe\u0301 line\n" * 6000),  # past the sniffed start: checked in pieces
        ("plain line\n" * 6000) + "Cafe\u0301",
    ],
)
def test_a_capture_reads_as_its_normal_form(text: str) -> None:
    from confparse.capture import read, read_document

    document = read(text)
    expected = read_document(normalize(text))
    assert (document.text, document.format) == (expected.text, expected.format)
    assert document.lines == expected.lines
    assert dict(document.links) == dict(expected.links)


def test_a_safari_web_archive_gives_its_pages_records() -> None:
    """Safari saves a page as a binary property list (``.webarchive``) whose main resource
    holds the page's bytes and their encoding's name."""
    import plistlib

    path = PAGES / "html" / "01_icml2025_session_poster-session-3-west.html"
    main = {
        "WebResourceData": path.read_bytes(),
        "WebResourceMIMEType": "text/html",
        "WebResourceTextEncodingName": "UTF-8",
        "WebResourceURL": "https://icml.cc/virtual/2025/session/50274",
    }
    archive = plistlib.dumps({"WebMainResource": main}, fmt=plistlib.FMT_BINARY)
    assert archive.startswith(b"bplist00")
    page = confparse.parse(archive, today=TODAY)
    assert page.sessions == confparse.parse(path, today=TODAY).sessions
    for damaged in (archive[:40], plistlib.dumps({"other": 1}, fmt=plistlib.FMT_BINARY)):
        with pytest.raises(DecodeError) as raised:
            read_source(damaged)
        assert raised.value.code == "webarchive-unreadable"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xdf\xff", "a ZIP archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG picture"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xed", "a gzip-compressed file"),
    ],
)
def test_a_binary_file_is_named_in_its_error(data: bytes, kind: str) -> None:
    """A file that is no text (a page printed to PDF, a picture) says what it is."""
    with pytest.raises(DecodeError) as raised:
        confparse.parse(data)
    assert raised.value.code == "binary-input" and kind in str(raised.value)
