"""The documentation site: ``mkdocs build --strict`` passes, and every page is in it."""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"
CONFIG = ROOT / "mkdocs.yml"


@pytest.mark.parametrize(
    "name",
    [
        "confparse.export.records",
        "confparse.export.bibtex",
        "confparse.export.schema",
        "confparse.parallel",
    ],
)
def test_module_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    failures, attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert attempted > 0
    assert failures == 0


def nav_pages() -> list[str]:
    """The pages the nav of mkdocs.yml lists (read without a YAML parser)."""
    text = CONFIG.read_text(encoding="utf-8")
    nav = text.split("\nnav:\n", 1)[1].split("\n\n", 1)[0]
    return re.findall(r":\s+(\S+\.md)$", nav, re.MULTILINE)


def test_every_page_is_in_the_nav_and_exists() -> None:
    pages = nav_pages()
    on_disk = sorted(str(path.relative_to(DOCS)) for path in DOCS.rglob("*.md"))
    assert sorted(pages) == on_disk
    assert len(pages) == len(set(pages))
    for required in ("cli.md", "recipes.md", "api.md", "plugins.md", "index.md"):
        assert required in pages


def test_index_and_readme_link_the_docs() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for page in ("cli.md", "recipes.md", "api.md", "usage.md", "plugins.md"):
        assert f"]({page})" in index
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for page in ("docs/index.md", "docs/cli.md", "docs/recipes.md", "docs/api.md"):
        assert f"]({page})" in readme


@pytest.mark.skipif(
    importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("mkdocstrings") is None,
    reason="the docs extra (mkdocs, mkdocstrings) is not installed",
)
def test_site_builds_strictly(tmp_path: Path) -> None:
    """Broken links, pages left out of the nav and docstrings that mkdocstrings cannot read
    are warnings, which --strict turns into a failed build."""
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(CONFIG),
         "--site-dir", str(tmp_path / "site")],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    site = tmp_path / "site"
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    for name in ("confparse.parse_many", "confparse.to_ics", "confparse.to_bibtex",
                 "confparse.json_schema", "confparse.to_dataframe", "confparse.Page",
                 "confparse.parallel.map_pages"):  # fmt: skip
        assert f'id="{name}"' in api, name
    assert "Getting started" in (site / "index.html").read_text(encoding="utf-8")
    assert (site / "cli" / "index.html").is_file()
    assert (site / "recipes" / "index.html").is_file()
