"""The command line: every command, every format, diagnostics, exit codes, --jobs, progress."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import confparse
from confparse import Page
from confparse.catalog import Catalog
from confparse.cli import build_parser, main
from confparse.export.records import COLUMNS

from conftest import PAGES

REAL = sorted(PAGES.glob("*.txt"))
SESSION_2021 = next(PAGES.glob("001*"))
DIAGNOSTIC = re.compile(
    r"(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (error|warning|info)\[[a-z0-9-]+\]: .+"
)
BAD = "Moderator: A B\n\nWed 21 July 17:00 - 17:20 XYZ\n\nOral\nT"
# A wrong weekday is a warning only: Monday 21 July 2021 was a Wednesday.
WARNING_ONLY = "Hall G\n\nMon 21 July 17:00 - 17:20 PDT\n\nOral\nA talk\n\nAnn Lee · Bo Chen\n"

Capture = pytest.CaptureFixture[str]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- parse --------------------------------------------------------------------------------
def test_parse_example_prints_json(capsys: Capture) -> None:
    assert main(["parse", "--example", "icml2021-session", "--year", "2021"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["layout"] == "session"
    assert data["sessions"][0]["title"] == "Deep Learning Optimization"


def test_parse_file_with_diagnostics_exits_1(tmp_path: Path, capsys: Capture) -> None:
    page = write(tmp_path, "bad.txt", BAD)
    assert main(["parse", str(page)]) == 1
    err = capsys.readouterr().err
    assert f"{page}:3:1: error[unknown-zone]: unknown time-zone abbreviation 'XYZ'\n" in err


def test_warnings_alone_exit_0(tmp_path: Path, capsys: Capture) -> None:
    page = write(tmp_path, "warn.txt", WARNING_ONLY)
    assert main(["parse", str(page), "--year", "2021"]) == 0
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{page}:3:1: warning[weekday-mismatch]: ")


def test_strict_reports_the_first_error_like_a_compiler(tmp_path: Path, capsys: Capture) -> None:
    page = write(tmp_path, "bad.txt", BAD)
    assert main(["parse", str(page), "--strict"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert (
        captured.err == f"{page}:3:1: error[unknown-zone]: unknown time-zone abbreviation 'XYZ'\n"
    )


def test_every_stderr_line_is_a_diagnostic(tmp_path: Path, capsys: Capture) -> None:
    files = [write(tmp_path, f"{n}.txt", text) for n, text in enumerate([BAD, WARNING_ONLY])]
    unknown = write(tmp_path, "junk.txt", "nothing to see")
    undecodable = tmp_path / "latin1.txt"
    undecodable.write_bytes(b"Hall G\n\xe9t\xe9\n")
    assert main(["parse", *map(str, [*files, unknown, undecodable]), "--year", "2021"]) == 1
    lines = capsys.readouterr().err.splitlines()
    located = [line for line in lines if DIAGNOSTIC.fullmatch(line)]
    assert len(located) == 3  # unknown-zone, weekday-mismatch, invalid-utf8 (line 2, col 1)
    assert f"{undecodable}:2:1: error[invalid-utf8]: " in "\n".join(located)
    (whole_file,) = set(lines) - set(located)  # no line to point at: file: severity[code]
    assert whole_file.startswith(f"{unknown}: error[unknown-layout]: no layout recognises")


def test_jsonl_and_render_round_trip(tmp_path: Path, capsys: Capture) -> None:
    assert main(["parse", str(SESSION_2021), "--format", "jsonl", "--year", "2021"]) == 0
    out = capsys.readouterr().out
    assert len(out.strip().split("\n")) == 1
    saved = write(tmp_path, "page.json", out)
    assert main(["render", str(saved)]) == 0
    rendered = capsys.readouterr().out
    assert rendered.startswith("Session\n\nDeep Learning Optimization\n")


def test_several_pages_as_json_array_and_jsonl(capsys: Capture) -> None:
    assert main(["parse", *map(str, REAL), "--format", "json"]) == 0
    pages = json.loads(capsys.readouterr().out)
    assert [page["layout"] for page in pages] == [
        "awards",
        "session",
        "session",
        "listing",
        "session",
    ]
    assert main(["parse", *map(str, REAL), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [confparse.from_json(line, Page) for line in lines] == [
        confparse.from_json(json.dumps(page), Page) for page in pages
    ]


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SESSION_2021.read_bytes())))
    assert main(["parse", "-", "--format", "jsonl"]) == 0
    assert (
        json.loads(capsys.readouterr().out)["sessions"][0]["title"] == "Deep Learning Optimization"
    )


def test_csv_has_one_row_per_record(capsys: Capture) -> None:
    assert main(["parse", str(REAL[0]), str(SESSION_2021), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == ["file", *[c for c in COLUMNS if c != "author_list"]]
    assert len(rows) == 10 + 8
    assert {row["file"] for row in rows} == {str(REAL[0]), str(SESSION_2021)}
    talk = rows[10]
    assert (talk["record"], talk["start"], talk["kind"]) == (
        "talk",
        "2021-07-21T17:00:00-07:00",
        "Oral",
    )
    assert talk["authors"] == "Yuandong Tian, Xinlei Chen, Surya Ganguli"
    assert rows[-1]["title"] == ""  # the Q&A slot: None is an empty cell


def test_csv_of_one_page_has_the_same_columns(capsys: Capture) -> None:
    assert main(["parse", "--example", "icml2021-awards", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0])[:3] == ["file", "record", "page"]
    assert {row["file"] for row in rows} == {"example:icml2021-awards"}
    assert [row["virtual"] for row in rows[:2]] == ["False", "True"]


def test_table_is_aligned(capsys: Capture) -> None:
    assert main(["parse", "--example", "icml2021-session", "--format", "table"]) == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.split() == ["record", "start", "kind", "award", "title", "authors"]
    assert len(lines) == 8
    column = header.index("title")
    assert lines[0][column:].startswith("Understanding self-supervised learning dynamics")
    assert lines[1][column:].startswith("Learning by Turning")
    assert "2021-07-21 17:00 PDT" in lines[0]


def test_table_leaves_out_empty_columns(capsys: Capture) -> None:
    assert main(["parse", "--example", "hf-papers", "--format", "table"]) == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.split() == ["record", "title"]
    assert len(lines) == 217


def test_bibtex_and_ics_formats(capsys: Capture) -> None:
    assert main(["parse", str(SESSION_2021), "--format", "bibtex", "--booktitle", "ICML 2021"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("@inproceedings{tian2021understanding,\n")
    assert out.count("@inproceedings{") == 7
    icalendar = pytest.importorskip("icalendar")
    assert main(["parse", str(SESSION_2021), "--format", "ics"]) == 0
    calendar = icalendar.Calendar.from_ical(capsys.readouterr().out)
    assert len(calendar.walk("VEVENT")) == 8


def test_ics_without_icalendar_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    monkeypatch.setitem(sys.modules, "icalendar", None)  # import icalendar raises ImportError
    assert main(["parse", str(SESSION_2021), "--format", "ics"]) == 2
    assert "pip install 'confparse-pages[ics]'" in capsys.readouterr().err


# -- --jobs and the progress bar ----------------------------------------------------------
def test_jobs_output_equals_serial_output(tmp_path: Path, capsys: Capture) -> None:
    files = [*map(str, REAL), str(write(tmp_path, "bad.txt", BAD)), str(tmp_path / "missing.txt")]
    for fmt in ("jsonl", "csv"):
        assert main(["parse", *files, "--format", fmt]) == 2  # the missing file
        serial = capsys.readouterr()
        assert main(["parse", *files, "--format", fmt, "--jobs", "2"]) == 2
        parallel = capsys.readouterr()
        assert parallel.out == serial.out
        assert parallel.err == serial.err
        assert (
            len(serial.out.splitlines()) == {"jsonl": 6, "csv": 1 + 10 + 8 + 15 + 217 + 15 + 1}[fmt]
        )


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    files = [*map(str, REAL), str(write(tmp_path, "bad.txt", BAD))]
    assert main(["parse", *files, "--format", "jsonl"]) == 1
    plain = capsys.readouterr().err
    assert "\r" not in plain and "files" not in plain
    assert plain == f"{files[-1]}:3:1: error[unknown-zone]: unknown time-zone abbreviation 'XYZ'\n"

    terminal = FakeTTY()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["parse", *files, "--format", "jsonl"]) == 1
    drawn = terminal.getvalue()
    assert "\r" in drawn
    assert "6/6 files" in drawn
    assert drawn.endswith("\r\x1b[K")  # the bar is erased at the end
    # the diagnostic is printed on a line of its own, above the bar
    shown = [part for part in re.split(r"\r\x1b\[K|\r", drawn) if part]
    assert plain in shown
    assert "[" + "#" * 10 in drawn


def test_no_progress_bar_for_one_file(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = FakeTTY()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["parse", str(SESSION_2021), "--format", "jsonl"]) == 0
    assert terminal.getvalue() == ""


# -- catalog ------------------------------------------------------------------------------
def test_catalog_formats(capsys: Capture) -> None:
    files = list(map(str, REAL))
    assert main(["catalog", *files]) == 0
    book = confparse.from_json(capsys.readouterr().out, Catalog)
    assert len(book.entries) == 258
    assert book == confparse.build_catalog(confparse.parse(Path(f)) for f in files)
    assert main(["catalog", *files, "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 258
    assert main(["catalog", *files, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 258 and {row["record"] for row in rows} == {"entry"}
    tian = next(row for row in rows if row["authors"].startswith("Yuandong Tian"))
    assert tian["award"] == "Outstanding Paper Honorable Mention"
    assert main(["catalog", *files, "--format", "bibtex"]) == 0
    assert capsys.readouterr().out.count("@misc{tian2021understanding,") == 1


def test_catalog_of_examples_and_usage(capsys: Capture) -> None:
    assert main(["catalog", "--example", "icml2021-awards", "--example", "icml2021-session",
                 "--format", "table"]) == 0  # fmt: skip
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["record", "start"]
    assert len(lines) == 1 + 5 + 7 - 1  # 5 awarded papers, 7 talks with a paper, one shared
    assert main(["catalog"]) == 2


# -- the other commands -------------------------------------------------------------------
def test_detect_layouts_and_examples(capsys: Capture) -> None:
    source = next(PAGES.glob("002*"))
    assert main(["detect", str(source)]) == 0
    assert "session=" in capsys.readouterr().out
    assert main(["layouts"]) == 0
    assert capsys.readouterr().out.startswith("session\t")
    assert main(["examples"]) == 0
    assert "icml2021-session" in capsys.readouterr().out.split()


def test_detect_missing_file_is_a_usage_error(tmp_path: Path, capsys: Capture) -> None:
    assert main(["detect", str(tmp_path / "nope.txt"), str(SESSION_2021)]) == 2
    captured = capsys.readouterr()
    assert f"{tmp_path / 'nope.txt'}: error[io-error]: " in captured.err
    assert captured.out.startswith(f"{SESSION_2021}: session=1.00")


def test_render_reads_arrays_and_json_lines(tmp_path: Path, capsys: Capture) -> None:
    assert main(["parse", *map(str, REAL[1:3]), "--format", "json"]) == 0
    array = write(tmp_path, "pages.json", capsys.readouterr().out)
    assert main(["render", str(array)]) == 0
    out = capsys.readouterr().out
    assert out.count("Deep Learning Optimization") == 1
    assert out.count("\nSession\n") + out.startswith("Session\n") >= 1
    assert main(["parse", *map(str, REAL[1:3]), "--format", "jsonl"]) == 0
    lines = write(tmp_path, "pages.jsonl", capsys.readouterr().out)
    assert main(["render", str(lines)]) == 0
    assert capsys.readouterr().out == out


def test_render_errors(tmp_path: Path, capsys: Capture) -> None:
    lines = write(
        tmp_path, "lines.jsonl", '{"layout": "session"}\n{"layout": "session"}\n{"x": }\n'
    )
    assert main(["render", str(lines)]) == 1
    assert capsys.readouterr().err.startswith(f"{lines}:3:7: error[invalid-json]: ")
    broken = write(tmp_path, "broken.json", '{"layout": "session",\n  "sessions": [}')
    assert main(["render", str(broken)]) == 1
    assert capsys.readouterr().err.startswith(f"{broken}:2:16: error[invalid-json]: ")
    invalid = write(tmp_path, "invalid.json", '{"layout": "session", "sessions": 3}')
    assert main(["render", str(invalid)]) == 1
    assert f"{invalid}: error[invalid-page]: not a valid Page" in capsys.readouterr().err
    untimed = Page(layout="session", sessions=(confparse.Session(talks=(confparse.Talk(),)),))
    cannot = write(tmp_path, "cannot.json", confparse.to_json(untimed))
    assert main(["render", str(cannot)]) == 1
    assert f"{cannot}: error[render-error]: " in capsys.readouterr().err
    assert main(["render", str(tmp_path / "missing.json")]) == 2


def test_schema_command(capsys: Capture) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$ref"] == "#/$defs/Page"
    assert schema == json.loads(json.dumps(confparse.json_schema()))
    assert main(["schema", "--catalog"]) == 0
    assert json.loads(capsys.readouterr().out)["$ref"] == "#/$defs/Catalog"


def test_usage_errors_exit_2(capsys: Capture) -> None:
    assert main(["parse"]) == 2
    assert main(["parse", "--example", "nope"]) == 2
    assert "no example page named 'nope'" in capsys.readouterr().err
    for argv in (["frobnicate"], ["parse", "x", "--jobs", "-1"], ["parse", "--format", "xml"], []):
        with pytest.raises(SystemExit) as raised:
            main(argv)
        assert raised.value.code == 2


@pytest.mark.parametrize(
    "command", ["parse", "catalog", "detect", "layouts", "examples", "render", "schema"]
)
def test_every_command_has_help_with_examples(command: str, capsys: Capture) -> None:
    with pytest.raises(SystemExit) as raised:
        main([command, "--help"])
    assert raised.value.code == 0
    out = capsys.readouterr().out
    assert f"usage: confparse {command}" in out
    assert re.search(r"^examples?:\n  confparse ", out, re.MULTILINE)


def test_top_level_help_lists_every_command() -> None:
    text = build_parser().format_help()
    for command in ("parse", "catalog", "detect", "layouts", "examples", "render", "schema"):
        assert f"    {command}" in text


def test_python_dash_m_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "confparse", "layouts"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "session" in result.stdout


def test_broken_pipe_is_quiet() -> None:
    """'confparse parse ... | head -1': no traceback when the reader goes away."""
    code = (
        "import sys; from confparse.cli import main; "
        "sys.exit(main(['parse', '--example', 'hf-papers', '--format', 'table']))"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    assert process.wait(timeout=60) in (0, 1)
    assert b"Traceback" not in process.stderr.read()


def test_limits_are_options_of_parse_and_catalog(capsys: Capture) -> None:
    args = ["--example", "icml2021-session", "--year", "2021", "--max-records", "3"]
    assert main(["parse", *args]) == 1
    assert "error[too-many-records]" in capsys.readouterr().err
    assert main(["catalog", *args]) == 1
    assert "error[too-many-records]" in capsys.readouterr().err
    assert main(["parse", "--example", "icml2021-session", "--max-records", "8"]) == 0
    with pytest.raises(SystemExit) as refused:
        main(["parse", "--example", "icml2021-session", "--max-chars", "0"])
    assert refused.value.code == 2
    assert "--max-chars: must be 1 or more" in capsys.readouterr().err


@pytest.mark.parametrize("year", ["99999", "0", "x"])
def test_a_year_out_of_range_is_a_usage_error(year: str, capsys: Capture) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["parse", "--year", year, "--example", "icml2021-session"])
    assert raised.value.code == 2
    assert "--year" in capsys.readouterr().err


CARDS = PAGES / "found" / "03_icml2026_cards_journal-track.html"


def test_default_zone_reads_the_times_cards_print_without_one(capsys: Capture) -> None:
    assert main(["parse", str(CARDS), "--format", "csv", "--quiet"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 74 and not any(row["start"] for row in rows)
    for command in ("parse", "catalog"):
        argv = [command, str(CARDS), "--format", "csv", "--default-zone", "Asia/Seoul"]
        assert main(argv) == 0
        captured = capsys.readouterr()
        rows = list(csv.DictReader(io.StringIO(captured.out)))
        assert rows[0]["start"] == "2026-07-07T10:30:00+09:00"
        assert "zone-unknown" not in captured.err


def test_without_default_zone_the_message_names_the_option(capsys: Capture) -> None:
    main(["parse", str(CARDS), "--format", "csv"])
    err = capsys.readouterr().err
    assert "pass --default-zone to read it" in err and "default_zone=" not in err


@pytest.mark.parametrize("zone", ["Asia/Seol", "../etc/passwd", "UTC+15", "PDT x", ""])
def test_a_bad_default_zone_is_a_usage_error(zone: str, capsys: Capture) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["parse", str(CARDS), "--default-zone", zone])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert f"argument --default-zone: no time zone: {zone!r}" in err
    assert "default_zone" not in err


# -- issue 15: a newcomer's first hour ----------------------------------------------------
def test_directories_globs_and_output_file(tmp_path: Path, capsys: Capture) -> None:
    out = tmp_path / "pages.jsonl"
    detail = PAGES / "detail"
    assert main(["parse", str(detail), "--format", "jsonl", "-o", str(out)]) != 2
    assert capsys.readouterr().out == ""
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3  # the three captures of detail/, its README.md left out
    assert [json.loads(line)["source"] for line in lines] == [
        str(p) for p in sorted(detail.glob("0*"))
    ]
    assert main(["parse", str(PAGES / "detail" / "*.txt"), "--format", "jsonl"]) != 2
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_unknown_layout_is_one_usage_error(capsys: Capture) -> None:
    assert main(["parse", str(PAGES / "detail"), "--layout", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "unknown --layout 'nope'" in err


def test_messages_use_the_command_lines_spelling() -> None:
    from confparse.cli import cli_spelling

    assert cli_spelling("no year printed (pass year= to set it)") == (
        "no year printed (pass --year to set it)"
    )


def test_quiet_keeps_errors_only(tmp_path: Path, capsys: Capture) -> None:
    page = PAGES / "found" / "07_hf_papers_search_long-context-asr_textdump.md"  # info only
    main(["parse", str(page), "--format", "jsonl"])
    loud = capsys.readouterr().err
    assert "warning" in loud or "info" in loud
    main(["parse", str(page), "--format", "jsonl", "--quiet"])
    assert "warning" not in capsys.readouterr().err


def test_empty_bibtex_and_calendar_say_so(capsys: Capture) -> None:
    listing = PAGES / "003_8cf2b43c4247ae07.txt"
    assert main(["parse", str(listing), "--format", "bibtex"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "skipped 217 of 217 papers" in captured.err
    assert "no BibTeX entries" in captured.err
    pytest.importorskip("icalendar")
    main(["parse", str(listing), "--format", "ics"])
    assert "no events" in capsys.readouterr().err


def test_table_on_a_terminal_json_into_a_pipe(
    monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    assert main(["parse", "--example", "icml2021-session"]) == 0
    json.loads(capsys.readouterr().out)  # not a terminal: JSON
    import confparse.cli

    monkeypatch.setattr(confparse.cli, "_isatty", lambda _stream: True)
    assert main(["parse", "--example", "icml2021-session"]) == 0
    assert capsys.readouterr().out.startswith("record")


def test_export_sqlite_twice_adds_nothing(tmp_path: Path, capsys: Capture) -> None:
    import sqlite3

    db = tmp_path / "pages.db"
    assert main(["export", str(PAGES / "detail"), str(PAGES / "html"), "--sqlite", str(db)]) != 2
    assert "added 8 pages" in capsys.readouterr().err
    with sqlite3.connect(db) as con:
        count = con.execute("SELECT count(*) FROM talks").fetchone()[0]
    assert main(["export", str(PAGES / "detail"), "--sqlite", str(db)]) != 2
    assert "added 0 pages, 0 talks, 0 awards, 0 papers" in capsys.readouterr().err
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM talks").fetchone()[0] == count
    assert main(["export", str(PAGES / "detail")]) == 2


def test_export_parquet_without_pyarrow_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow raises ImportError
    assert main(["export", str(PAGES / "detail"), "--parquet", str(tmp_path / "t")]) == 2
    assert "pip install 'confparse-pages[parquet]'" in capsys.readouterr().err
    assert not (tmp_path / "t").exists()


def test_export_parquet(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    assert main(["export", str(PAGES / "detail"), "--parquet", str(tmp_path / "t"), "-q"]) != 2
    assert (tmp_path / "t" / "papers.parquet").exists()


HTML_DETAIL = PAGES / "html" / "02_neurips2023_poster_71095.html"
HTML_CARDS = PAGES / "html" / "05_neurips2023_poster-cards_dom-fragment.html"


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table", "bibtex", "ics"])
def test_saved_html_in_every_format(fmt: str, capsys: Capture) -> None:
    if fmt == "ics":
        pytest.importorskip("icalendar")
    assert main(["parse", str(HTML_DETAIL), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "The Curious Price of Distributional Robustness" in out


def test_saved_html_on_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(HTML_CARDS.read_bytes())))
    assert main(["parse", "-", "--format", "jsonl"]) == 0
    page = json.loads(capsys.readouterr().out)
    assert page["layout"] == "cards"
    assert len(page["sessions"][0]["talks"]) == 119
