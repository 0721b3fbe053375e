"""The command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from confparse.cli import main

from conftest import PAGES


def test_parse_example_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--example", "icml2021-session", "--year", "2021"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["layout"] == "session"
    assert data["sessions"][0]["title"] == "Deep Learning Optimization"


def test_parse_file_with_diagnostics_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "bad.txt"
    page.write_text("Moderator: A B\n\nWed 21 July 17:00 - 17:20 XYZ\n\nOral\nT", encoding="utf-8")
    assert main(["parse", str(page)]) == 1
    err = capsys.readouterr().err
    assert f"{page}:3:1: error[unknown-zone]:" in err


def test_jsonl_and_render_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = next(PAGES.glob("001*"))
    assert main(["parse", str(source), "--format", "jsonl", "--year", "2021"]) == 0
    out = capsys.readouterr().out
    assert len(out.strip().split("\n")) == 1
    saved = tmp_path / "page.json"
    saved.write_text(out, encoding="utf-8")
    assert main(["render", str(saved)]) == 0
    rendered = capsys.readouterr().out
    assert rendered.startswith("Session\n\nDeep Learning Optimization\n")


def test_detect_layouts_and_examples(capsys: pytest.CaptureFixture[str]) -> None:
    source = next(PAGES.glob("002*"))
    assert main(["detect", str(source)]) == 0
    assert "session=" in capsys.readouterr().out
    assert main(["layouts"]) == 0
    assert capsys.readouterr().out.startswith("session\t")
    assert main(["examples"]) == 0
    assert "icml2021-session" in capsys.readouterr().out.split()


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse"]) == 2
    assert main(["parse", "--example", "nope"]) == 2
    with pytest.raises(SystemExit) as raised:
        main(["frobnicate"])
    assert raised.value.code == 2


def test_python_dash_m_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "confparse", "layouts"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "session" in result.stdout
