"""Web archives (capture/mhtml.py): a page saved as one MHTML file reads as its HTML."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest

import confparse
from confparse import DecodeError
from confparse.capture import read
from confparse.capture.mhtml import looks_like_mhtml

from conftest import PAGES, TODAY

BOUNDARY = "----MultipartBoundary--bLdyVGHs2lNuaUdcc9uQcDIOGXEOkhf0nu3S9Tee8T----"
HTML_PAGES = sorted((PAGES / "html").glob("*.html"))


def archive(html: str, *, url: str = "https://neurips.cc/virtual/2023/poster/71095",
            encoding: str = "quoted-printable") -> bytes:  # fmt: skip
    """*html* saved as Chrome's "Webpage, Single File" writes it: the MIME header, the page
    as a quoted-printable part (soft breaks at 76 columns), a picture as a base64 part."""
    if encoding == "base64":
        body = base64.encodebytes(html.encode("utf-8")).decode("ascii")
    else:
        body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    body = body.replace("\n", "\r\n")  # (Blink ends every line with CRLF)
    parts = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {url}",
        "Subject: =?utf-8?Q?A=20page?=",
        "Date: Sun, 6 Dec 2026 22:00:00 -0000",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{BOUNDARY}"',
        "",
        "",
        f"--{BOUNDARY}",
        "Content-Type: text/html",
        "Content-ID: <frame-0A1B@mhtml.blink>",
        f"Content-Transfer-Encoding: {encoding}",
        f"Content-Location: {url}",
        "",
        body,
        f"--{BOUNDARY}",
        "Content-Type: image/png",
        "Content-Transfer-Encoding: base64",
        "Content-Location: https://neurips.cc/static/core/img/logo.png",
        "",
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk",
        "",
        f"--{BOUNDARY}--",
        "",
    ]
    return "\r\n".join(parts).encode("ascii")


@pytest.mark.parametrize("path", HTML_PAGES, ids=lambda path: path.name[:2])
def test_a_saved_page_as_a_web_archive_gives_the_pages_records(path: Path) -> None:
    html = path.read_text(encoding="utf-8")
    saved = confparse.parse(path, today=TODAY)
    archived = confparse.parse(archive(html), today=TODAY)
    assert archived.layout == saved.layout
    assert (archived.sessions, archived.awards, archived.papers) == (
        saved.sessions, saved.awards, saved.papers)  # fmt: skip
    assert [d.code for d in archived.diagnostics] == [d.code for d in saved.diagnostics]


def test_each_line_keeps_the_archives_line_through_the_soft_breaks() -> None:
    path = PAGES / "html" / "02_neurips2023_poster_71095.html"
    data = archive(path.read_text(encoding="utf-8"))
    lines = data.decode("ascii").split("\r\n")
    page, saved = confparse.parse(data, today=TODAY), confparse.parse(path, today=TODAY)
    html_lines = path.read_text(encoding="utf-8").split("\n")
    for archived, html in (
        (page.papers[0].span, saved.papers[0].span),
        (page.sessions[0].talks[0].span, saved.sessions[0].talks[0].span),
    ):
        assert archived is not None and html is not None
        # the archive's line where a record starts, its soft breaks joined and decoded, is
        # the saved page's line where it starts
        start = archived.first - 1
        stop = next(i for i in range(start, len(lines)) if not lines[i].endswith("=")) + 1
        joined = quopri.decodestring("\n".join(lines[start:stop]).encode()).decode("utf-8")
        assert joined == html_lines[html.first - 1] and archived.first > html.first
    document = read(data)
    assert document.format == "html"
    assert ("url", "https://neurips.cc/virtual/2023/poster/71095", 2) in [
        (item.kind, item.data, item.line) for item in document.embedded
    ]
    assert page.venue == "NeurIPS" and page.year == 2023


def test_a_base64_html_part_is_read_too() -> None:
    path = PAGES / "html" / "02_neurips2023_poster_71095.html"
    html = path.read_text(encoding="utf-8")
    archived = confparse.parse(archive(html, encoding="base64"), today=TODAY)
    assert archived.papers == confparse.parse(path, today=TODAY).papers


def test_an_archive_without_html_is_a_clear_error() -> None:
    data = archive("<p>x</p>").replace(b"Content-Type: text/html", b"Content-Type: text/css")
    with pytest.raises(DecodeError) as raised:
        confparse.parse(data)
    assert raised.value.code == "mhtml-without-html"


@pytest.mark.parametrize(
    "text",
    [
        "Subject: Re: the program\nFrom: a@b.c\n\nSee you at ICML.\n",  # an e-mail, no archive
        "MIME-Version: 1.0\nContent-Type: text/plain\n\nHello\n",  # one part only
        "# Notes\n\nContent-Type: multipart/related; boundary=x\nMIME-Version: 1.0\n",
        "  MIME-Version: 1.0\n  Content-Type: multipart/related; boundary=x\n",
        # a first line with a colon that is no field's name (a poster page's title)
        "ICML Poster RZ-NAS: Search\nMIME-Version: 1.0\n"
        "Content-Type: multipart/related; boundary=x\n",
    ],
)
def test_other_texts_are_no_web_archive(text: str) -> None:
    assert not looks_like_mhtml(text)


def test_an_archives_header_is_known_by_its_fields() -> None:
    head = archive("<p>x</p>").decode("ascii").replace("\r\n", "\n")
    assert looks_like_mhtml(head)
    assert looks_like_mhtml(head.replace("From: <Saved by Blink>\n", ""))  # (Edge, others)


def test_an_older_archives_header_names_the_page_with_its_x_field() -> None:
    """Chrome of 2020 wrote ``X-Snapshot-Content-Location`` (with ``X-Snapshot-Version``)."""
    path = PAGES / "html" / "02_neurips2023_poster_71095.html"
    data = archive(path.read_text(encoding="utf-8")).replace(
        b"\r\nSnapshot-Content-Location:",
        b"\r\nX-Snapshot-Version: 1.0\r\nX-Snapshot-Content-Location:",
    )
    urls = [(item.data, item.line) for item in read(data).embedded if item.kind == "url"]
    assert ("https://neurips.cc/virtual/2023/poster/71095", 3) in urls


def test_the_html_parts_charset_is_read_as_a_browser_reads_it() -> None:
    """``charset=iso-8859-1`` reads as windows-1252 (as `<meta>` declarations do: its
    ``0x97`` is a dash); an unknown charset is a clear error."""
    html = "<html><body><h1>Caf\u00e9 \u2014 a title</h1></body></html>"
    utf8 = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    latin = quopri.encodestring(html.encode("cp1252")).decode("ascii")
    plain = archive(html).decode("ascii").replace(utf8, latin)
    declared = plain.replace(
        "Content-Type: text/html\r\n", "Content-Type: text/html; charset=iso-8859-1\r\n", 1
    )
    assert "Caf\u00e9 \u2014 a title" in read(declared).lines
    unknown = declared.replace("charset=iso-8859-1", "charset=x-nope")
    with pytest.raises(DecodeError) as raised:
        read(unknown)
    assert raised.value.code == "mhtml-undecodable"
