"""Lines a capture tool adds around a page (capture/wrappers.py), one rule a test."""

from __future__ import annotations

import pytest

from confparse.capture import read


@pytest.mark.parametrize(
    "line",
    [
        '$(function () { if ($(".editable").length == 0) { $("#editFooter").hide(); } })',
        'function accept\\_cookies() { $.ajax({ method: "POST" }) }',
        "Daily Papers - Hugging Face window.plausible = window.plausible || function () { }",
        "html { scroll-padding-top: 70px; }  window.MathJax = { tex: {} };",
        "embed = new SlidesLiveEmbed('presentation-embed-1', { autoPlay: false, });",
        "add\\_bookmark\\_click( 71081, 1, 'bookmark-number-1', 'Add/Remove bookmark' )",
        "if (!!moment.tz.zone('')) { window.localStorage.setItem('tz', '') }",
    ],
)
def test_a_pages_script_code_that_a_converter_printed_is_capture_furniture(line: str) -> None:
    """turndown keeps the text of ``<script>`` elements, each script one line: the line
    is furniture by its own text, wherever it stands (here, after an abstract)."""
    document = read(f"## A title\n\nThe abstract ends here.\n\n{line}\n\nChat is not available.\n")
    assert document.furniture == {4: "script-text"}


@pytest.mark.parametrize(
    "line",
    [
        "We study the loss function (a convex one) of a sliding window.",
        "The new_model(x) baseline outperforms the function f(x) = g(x) {in two cases}.",
        "Our code: https://github.com/a/b (see the document. It helps).",
    ],
)
def test_running_text_about_functions_and_windows_is_no_script(line: str) -> None:
    assert read(f"## A title\n\n{line}\n").furniture == {}
