"""The registry: detection, lookup errors, run-time registration and entry-point plugins."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import confparse
from confparse import Page, UnknownLayoutError, registry

from conftest import page_text


@pytest.fixture
def fresh_registry() -> Iterator[None]:
    """Reload the registry from scratch, and restore it afterwards."""
    saved = dict(registry._registry), registry._loaded
    registry._registry.clear()
    registry._loaded = False
    yield
    registry._registry.clear()
    registry._registry.update(saved[0])
    registry._loaded = saved[1]


def test_builtin_layouts_are_registered() -> None:
    assert confparse.layout_names()[0] == "session"
    assert len(set(confparse.layout_names())) == len(confparse.layout_names())


@pytest.mark.parametrize("prefix", ["001", "002", "004"])
def test_session_pages_detect_as_session(prefix: str) -> None:
    scores = confparse.detect(page_text(prefix))
    assert scores[0][0] == "session"
    assert scores[0][1] >= registry.DETECT_THRESHOLD
    assert [s for _, s in scores] == sorted((s for _, s in scores), reverse=True)


@pytest.mark.parametrize("junk", ["", "\n\n", "hello world", "x" * 50_000, "\u00b7" * 1000])
def test_every_layout_scores_junk_in_range(junk: str) -> None:
    for name, score in confparse.detect(junk):
        assert name in confparse.layout_names()
        assert 0.0 <= score <= 1.0


def test_unknown_page_lists_scores() -> None:
    with pytest.raises(UnknownLayoutError) as raised:
        confparse.parse("nothing to see here")
    assert {name for name, _ in raised.value.scores} == set(confparse.layout_names())
    assert "scores:" in str(raised.value)


def test_unknown_layout_name_lists_known_ones() -> None:
    with pytest.raises(UnknownLayoutError, match="known layouts: session"):
        confparse.parse("x", layout="nope")


class _Shouty:
    """A toy layout: every line is a paper title."""

    name = "shouty"

    def detect(self, text: str) -> float:
        return 1.0 if text.startswith("SHOUT") else 0.0

    def parse(self, text: str, options: confparse.ParseOptions) -> Page:
        titles = [line for line in text.split("\n") if line.strip()]
        return Page(layout=self.name, papers=tuple(confparse.Paper(title=t) for t in titles))

    def render(self, page: Page) -> str:
        return "\n".join(p.title or "" for p in page.papers)


def test_runtime_registration_and_detection(fresh_registry: None) -> None:
    layout = _Shouty()
    confparse.register(layout)
    assert "shouty" in confparse.layout_names()
    page = confparse.parse("SHOUT\nLOUDER")
    assert page.layout == "shouty"
    assert [p.title for p in page.papers] == ["SHOUT", "LOUDER"]
    assert confparse.render(page) == "SHOUT\nLOUDER"
    with pytest.raises(ValueError, match="already registered"):
        confparse.register(layout)


def test_register_rejects_non_layouts(fresh_registry: None) -> None:
    with pytest.raises(TypeError, match="not a layout"):
        confparse.register(object())  # type: ignore[arg-type]


def test_crashing_detector_scores_zero(fresh_registry: None) -> None:
    class Broken(_Shouty):
        name = "broken"

        def detect(self, text: str) -> float:
            raise RuntimeError("boom")

    confparse.register(Broken())
    assert dict(confparse.detect("SHOUT"))["broken"] == 0.0


def test_crashing_parser_becomes_internal_error(fresh_registry: None) -> None:
    class Crashing(_Shouty):
        name = "crashing"

        def parse(self, text: str, options: confparse.ParseOptions) -> Page:
            return [][1]  # type: ignore[no-any-return]

    confparse.register(Crashing())
    with pytest.raises(confparse.InternalError, match="IndexError") as raised:
        confparse.parse("x", layout="crashing")
    assert isinstance(raised.value.__cause__, IndexError)


def test_entry_point_plugin_is_loaded(
    tmp_path: Path, fresh_registry: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A third-party package adds a layout through the entry-point group, no edit needed."""
    package = tmp_path / "cp_plugin_demo"
    package.mkdir()
    (package / "__init__.py").write_text(
        textwrap.dedent(
            '''
            """Demo plugin layout: one paper title per line after a PLUGIN header."""
            from confparse import Page, Paper, ParseOptions

            name = "plugin-demo"

            def detect(text: str) -> float:
                return 0.9 if text.startswith("PLUGIN") else 0.0

            def parse(text: str, options: ParseOptions) -> Page:
                lines = [l for l in text.split("\\n")[1:] if l.strip()]
                return Page(layout=name, papers=tuple(Paper(title=l) for l in lines))

            def render(page: Page) -> str:
                return "\\n".join(["PLUGIN", *(p.title or "" for p in page.papers)])
            '''
        ),
        encoding="utf-8",
    )
    dist = tmp_path / "cp_plugin_demo-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: cp-plugin-demo\nVersion: 1.0\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text(
        "[confparse.layouts]\nplugin-demo = cp_plugin_demo\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert "plugin-demo" in confparse.layout_names()
    page = confparse.parse("PLUGIN\nA paper\nAnother")
    assert page.layout == "plugin-demo"
    assert [p.title for p in page.papers] == ["A paper", "Another"]
    assert confparse.render(page) == "PLUGIN\nA paper\nAnother"
    sys.modules.pop("cp_plugin_demo", None)


def test_broken_plugin_warns_and_is_skipped(
    tmp_path: Path, fresh_registry: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    dist = tmp_path / "cp_broken-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: cp-broken\nVersion: 1.0\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text(
        "[confparse.layouts]\nbroken = cp_no_such_module\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.warns(RuntimeWarning, match="cp_no_such_module"):
        names = confparse.layout_names()
    assert "broken" not in names
    assert "session" in names


def test_parse_stops_detecting_at_a_certain_layout(fresh_registry: None) -> None:
    calls: list[str] = []

    class Certain(_Shouty):
        name = "certain"

        def detect(self, text: str) -> float:
            calls.append(self.name)
            return 1.0

    class Later(_Shouty):
        name = "later"

        def detect(self, text: str) -> float:
            calls.append(self.name)
            return 1.0

    for layout in (Certain(), Later()):
        confparse.register(layout)
    calls.clear()
    assert confparse.parse("SHOUT").layout == "certain"
    assert "later" not in calls
    calls.clear()
    assert {name for name, _ in confparse.detect("SHOUT")} >= {"certain", "later"}
    assert calls[-2:] == ["certain", "later"]
