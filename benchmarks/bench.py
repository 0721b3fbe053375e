"""confparse benchmark: throughput, scaling, memory and import time, in one run.

Run from anywhere (paths are relative to the repository)::

    python benchmarks/bench.py                 # 50 MB corpora, about 2 minutes
    python benchmarks/bench.py --quick         # 5 MB corpora
    python benchmarks/bench.py --profile session   # cProfile of parse on one layout's corpus

The corpora are built from the real pages in ``tests/pages`` only (``*.txt`` and ``*.md``,
subfolders included, READMEs left out), grouped by the layout that
detection picks for each page (pages that no layout parses are skipped and listed). Every
registered layout is picked up, so new layouts are measured without changing this script.
docs/performance.md explains each figure; results are written as JSON
(``benchmarks/results/latest.json`` by default).

Each timing is the best of five runs (``time.perf_counter``), with the garbage collector
disabled inside the timed region and a full collection before it. 1 MB is 10**6 bytes of
UTF-8 page text.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import json
import os
import platform
import pstats
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import confparse
from confparse import ConfparseError, Page

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "pages"
DEFAULT_JSON = ROOT / "benchmarks" / "results" / "latest.json"

MB = 1_000_000
REPEATS = 5
IMPORT_RUNS = 5
SCALES = (1, 10, 100)
SCALE_UNIT_CHARS = 32_000
"""The repeated part of a scaling page is cut to about this many characters."""
MEMORY_SLICE_MB = 10
"""tracemalloc slows parsing several times over: memory is measured on at most this much."""
MIXED = "mixed"

T = TypeVar("T")


def _layout_names() -> tuple[str, ...]:
    """The registered layouts; versions before 0.3 named the function ``layouts()``."""
    names = getattr(confparse, "layout_names", None)
    return tuple(names() if names is not None else confparse.layouts())  # type: ignore[operator]


# -- corpus -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Sample:
    """One real page that a layout parses."""

    name: str
    layout: str
    data: bytes
    records: int


@dataclass
class Corpus:
    """A list of page texts (as UTF-8 bytes) with the layout of each."""

    name: str
    samples: list[Sample]

    @property
    def pages(self) -> list[bytes]:
        return [sample.data for sample in self.samples]

    @property
    def nbytes(self) -> int:
        return sum(len(sample.data) for sample in self.samples)

    @property
    def records(self) -> int:
        return sum(sample.records for sample in self.samples)


def count_records(page: Page) -> int:
    """Talks + awards + papers: the records a page yields."""
    talks = sum(len(session.talks) for session in page.sessions)
    return talks + len(page.awards) + len(page.papers)


def load_samples(directory: Path) -> tuple[list[Sample], list[dict[str, str]]]:
    """Every page in *directory* that detection assigns to a layout, and the skipped ones."""
    samples: list[Sample] = []
    skipped: list[dict[str, str]] = []
    paths = [*directory.rglob("*.txt"), *directory.rglob("*.md")]
    for path in sorted(p for p in paths if p.name != "README.md"):
        data = path.read_bytes()
        try:
            page = confparse.parse(data)
        except ConfparseError as exc:
            name = str(path.relative_to(directory))
            skipped.append({"page": name, "reason": f"{type(exc).__name__}: {exc}"})
            continue
        samples.append(
            Sample(str(path.relative_to(directory)), page.layout, data, count_records(page))
        )
    return samples, skipped


def repeat_to_size(name: str, samples: Sequence[Sample], size: int) -> Corpus:
    """*samples* repeated in turn until the corpus holds at least *size* bytes."""
    chosen: list[Sample] = []
    total = 0
    while total < size:
        for sample in samples:
            chosen.append(sample)
            total += len(sample.data)
            if total >= size:
                break
    return Corpus(name, chosen)


def interleave(corpora: Sequence[Corpus], size: int) -> Corpus:
    """A mixed corpus of about *size* bytes: equal byte shares per layout, interleaved."""
    cursors = [0] * len(corpora)
    shares = [0] * len(corpora)
    chosen: list[Sample] = []
    while sum(shares) < size:
        k = min(range(len(corpora)), key=shares.__getitem__)
        samples = corpora[k].samples
        sample = samples[cursors[k] % len(samples)]
        cursors[k] += 1
        shares[k] += len(sample.data)
        chosen.append(sample)
    return Corpus(MIXED, chosen)


# -- timing -------------------------------------------------------------------------------
@dataclass
class Timing:
    best: float
    runs: list[float]


TIMED = {"wall": 0.0, "cpu": 0.0}
"""Wall and process CPU seconds of all timed regions: CPU well below wall means the machine
was busy with other work and the figures are pessimistic."""


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    """One timed call of *fn*: gc collected before, disabled during."""
    gc.collect()
    gc.disable()
    try:
        cpu, start = time.process_time(), time.perf_counter()
        result = fn()
        wall = time.perf_counter() - start
        TIMED["wall"] += wall
        TIMED["cpu"] += time.process_time() - cpu
        return wall, result
    finally:
        gc.enable()


def best_of(fn: Callable[[], T], repeats: int = REPEATS) -> tuple[Timing, T]:
    """Time *fn* *repeats* times and keep the best; return the last result."""
    runs: list[float] = []
    result: T | None = None
    for _ in range(repeats):
        result = None  # free the previous run's output outside the timed region
        seconds, result = timed(fn)
        runs.append(seconds)
    assert result is not None
    return Timing(min(runs), runs), result


Step = Callable[[dict[str, Any]], Any]


def best_of_rounds(
    steps: Sequence[tuple[str, Step]], repeats: int = REPEATS
) -> tuple[dict[str, Timing], dict[str, Any]]:
    """Run the whole sequence of *steps* *repeats* times; keep each step's best time.

    A step gets the outputs of the steps before it in the same round. Repeating whole rounds
    (rather than one step three times, then the next) spreads a noisy machine's slow spells
    over all steps, so that ratios between steps (detection overhead, x floor) stay fair.
    """
    runs: dict[str, list[float]] = {name: [] for name, _ in steps}
    outputs: dict[str, Any] = {}
    for _ in range(repeats):
        outputs = {}  # free the previous round's outputs outside the timed regions
        for name, step in steps:
            seconds, outputs[name] = timed(partial(step, outputs))
            runs[name].append(seconds)
    return {name: Timing(min(times), times) for name, times in runs.items()}, outputs


def floor(pages: Sequence[bytes]) -> list[list[str]]:
    """The least any parser must do: decode the bytes and split them into lines."""
    return [data.decode("utf-8").split("\n") for data in pages]


def render_all(pages: Sequence[Page]) -> tuple[list[str], int]:
    out: list[str] = []
    failures = 0
    for page in pages:
        try:
            out.append(confparse.render(page))
        except ConfparseError:  # RenderError, or a page whose layout is gone
            failures += 1
    return out, failures


HTML_REPEATS = 7


def bench_html(directory: Path) -> dict[str, Any] | None:
    """Saved HTML pages: `confparse.parse` of the HTML against what a user would otherwise
    write, ``BeautifulSoup(html, "lxml").get_text("\\n")`` then `confparse.parse` of that
    text (the benchmark's own extra: ``pip install -e '.[bench]'``), on the same pages in
    the same rounds. None when BeautifulSoup or lxml is missing."""
    try:
        from bs4 import BeautifulSoup
    except ImportError:
        return None
    paths = sorted((directory / "html").glob("*.html"))  # the saved pages of the dev set
    pages = [(path, path.read_bytes()) for path in paths]
    pages = [(path, data) for path, data in pages if _parses(data)]
    if not pages:
        return None

    def ours(_: dict[str, Any]) -> int:
        return sum(len(confparse.parse(data).diagnostics) >= 0 for _path, data in pages)

    def soup_then_parse(_: dict[str, Any]) -> int:
        done = 0
        for _path, data in pages:
            text = BeautifulSoup(data, "lxml").get_text("\n")
            # what that text gives is the user's problem; only its cost counts here
            with contextlib.suppress(ConfparseError):
                confparse.parse(text)
            done += 1
        return done

    def soup_alone(_: dict[str, Any]) -> int:
        return sum(len(BeautifulSoup(data, "lxml").get_text("\n")) for _path, data in pages)

    steps: list[tuple[str, Step]] = [
        ("confparse", ours),
        ("bs4+parse", soup_then_parse),
        ("bs4 alone", soup_alone),
    ]
    timings, _ = best_of_rounds(steps, HTML_REPEATS)
    nbytes = sum(len(data) for _path, data in pages)
    return {
        "pages": [str(path.relative_to(directory)) for path, _ in pages],
        "bytes": nbytes,
        "seconds": {name: timing.best for name, timing in timings.items()},
        "mb_per_s": {name: nbytes / MB / timing.best for name, timing in timings.items()},
    }


def _parses(data: bytes) -> bool:
    try:
        confparse.parse(data)
    except ConfparseError:
        return False
    return True


def bench_corpus(corpus: Corpus) -> dict[str, Any]:
    """Time floor, parse (named, detected), to_json, from_json and render on *corpus*."""
    pages = corpus.pages
    layouts = [sample.layout for sample in corpus.samples]
    nbytes, records = corpus.nbytes, corpus.records
    rows, out = best_of_rounds(
        [
            ("floor", lambda _: floor(pages)),
            (
                "parse",
                lambda _: [confparse.parse(d, n) for d, n in zip(pages, layouts, strict=True)],
            ),
            ("parse_detect", lambda _: [confparse.parse(data) for data in pages]),
            ("to_json", lambda out: [confparse.to_json(page) for page in out["parse"]]),
            ("from_json", lambda out: [confparse.from_json(t, Page) for t in out["to_json"]]),
            ("render", lambda out: render_all(out["parse"])),
        ]
    )
    parsed, texts, render_failures = out["parse"], out["to_json"], out["render"][1]

    floor_time = rows["floor"].best
    ops = {
        op: {
            "seconds": timing.best,
            "runs": timing.runs,
            "mb_per_s": nbytes / MB / timing.best,
            "us_per_record": timing.best / records * 1e6 if records else None,
            "x_floor": timing.best / floor_time,
        }
        for op, timing in rows.items()
    }
    return {
        "pages": len(pages),
        "distinct_pages": len({sample.name for sample in corpus.samples}),
        "mb": nbytes / MB,
        "records": records,
        "json_mb": sum(len(text.encode("utf-8")) for text in texts) / MB,
        "render_failures": render_failures,
        "diagnostics": sum(len(page.diagnostics) for page in parsed),
        "ops": ops,
    }


# -- scaling ------------------------------------------------------------------------------
def record_starts(page: Page) -> list[int]:
    """0-based first lines of the page's records, in page order."""
    spans = [talk.span for session in page.sessions for talk in session.talks]
    spans += [award.span for award in page.awards] + [paper.span for paper in page.papers]
    return sorted(span.first - 1 for span in spans if span is not None)


def scaled_page(sample: Sample, factor: int) -> tuple[str, int] | None:
    """*sample* grown by repeating its record blocks *factor* times, and its record count.

    The page is kept up to the start of its second record (header and first record); the
    blocks from the second record on (at most about `SCALE_UNIT_CHARS`, never the last
    record, each with the blank lines that follow it on the page) are the repeated unit.
    ``None`` when the page has fewer than three records with spans.
    """
    text = sample.data.decode("utf-8")
    starts = record_starts(confparse.parse(text, sample.layout))
    if len(starts) < 3:
        return None
    lines = text.split("\n")
    end = 2  # the unit is records 1 .. end-1
    while end < len(starts) - 1 and sum(map(len, lines[starts[1] : starts[end]])) < (
        SCALE_UNIT_CHARS
    ):
        end += 1
    head, unit = lines[: starts[1]], lines[starts[1] : starts[end]]
    return "\n".join(head + unit * factor), 1 + (end - 1) * factor


def parse_many(data: bytes, layout: str, calls: int) -> list[Page]:
    return [confparse.parse(data, layout) for _ in range(calls)]


def bench_scaling(sample: Sample) -> dict[str, Any] | None:
    """Per-byte parse time of *sample* at 1x, 10x and 100x its size (equal bytes per size)."""
    sizes: dict[str, Any] = {}
    for factor in SCALES:
        built = scaled_page(sample, factor)
        if built is None:
            return None
        text, expected = built
        data = text.encode("utf-8")
        calls = SCALES[-1] // factor
        records = count_records(confparse.parse(data, sample.layout))
        timing, _ = best_of(partial(parse_many, data, sample.layout, calls))
        sizes[f"{factor}x"] = {
            "bytes": len(data),
            "calls": calls,
            "records": records,
            "records_expected": expected,
            "seconds": timing.best,
            "ns_per_byte": timing.best / (calls * len(data)) * 1e9,
        }
    base = sizes[f"{SCALES[0]}x"]["ns_per_byte"]
    for entry in sizes.values():
        entry["ratio_to_1x"] = entry["ns_per_byte"] / base
    return {"page": sample.name, "sizes": sizes}


# -- memory and import --------------------------------------------------------------------
def peak_memory(fn: Callable[[], object]) -> int:
    """Peak bytes that Python allocated while *fn* ran (results kept until it returns)."""
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def bench_memory(corpus: Corpus, limit: int) -> dict[str, Any]:
    """Peak memory of parsing the first *limit* bytes of *corpus*, keeping every Page."""
    chosen: list[Sample] = []
    total = 0
    for sample in corpus.samples:
        if total >= limit:
            break
        chosen.append(sample)
        total += len(sample.data)
    pages = [(sample.data, sample.layout) for sample in chosen]
    peak = peak_memory(lambda: [confparse.parse(data, name) for data, name in pages])
    return {
        "corpus": corpus.name,
        "slice_mb": total / MB,
        "whole_corpus": len(chosen) == len(corpus.samples),
        "peak_mb": peak / MB,
        "ratio": peak / total,
    }


def bench_page_memory(sample: Sample) -> dict[str, Any] | None:
    """Peak memory of parsing *sample* grown 100x, as one page."""
    built = scaled_page(sample, SCALES[-1])
    if built is None:
        return None
    data = built[0].encode("utf-8")
    peak = peak_memory(lambda: confparse.parse(data, sample.layout))
    return {
        "page": sample.name,
        "mb": len(data) / MB,
        "peak_mb": peak / MB,
        "ratio": peak / len(data),
    }


FAMILY_BYTES = 1 << 20
FAMILY_BOUND = 6.0
"""The robustness promise (docs/robustness.md): peak memory under 6x the input."""


def bench_family_memory() -> dict[str, Any] | None:
    """Peak memory of parsing (with detection) each adversarial family of
    ``tests/test_linear_time.py`` at 1 MiB, as the memory test measures it."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        import test_linear_time as families  # needs pytest (pip install -e '.[test]')
    except ImportError:
        return None
    finally:
        sys.path.pop(0)
    makers = {
        **families.ADVERSARIAL,
        **families.CAPTURE_ONLY,
        **getattr(families, "MEMORY_ONLY", {}),
    }
    ratios = {}
    for name in sorted(makers):
        text = makers[name](FAMILY_BYTES)

        def run(text: str = text) -> None:
            with contextlib.suppress(ConfparseError):
                confparse.parse(text)

        ratios[name] = peak_memory(run) / len(text.encode("utf-8"))
    return {"bytes": FAMILY_BYTES, "bound": FAMILY_BOUND, "ratios": ratios}


_IMPORT = (
    "import time; start = time.perf_counter(); import confparse{extra}; "
    "print(time.perf_counter() - start)"
)


def import_seconds(extra: str = "") -> tuple[float, list[float]]:
    """Best of `IMPORT_RUNS` times to import confparse in a fresh interpreter."""
    runs = []
    for _ in range(IMPORT_RUNS):
        out = subprocess.run(
            [sys.executable, "-c", _IMPORT.format(extra=extra)],
            check=True,
            capture_output=True,
            text=True,
        )
        runs.append(float(out.stdout.strip()))
    return min(runs), runs


# -- targets ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Target:
    key: str
    label: str
    goal: str
    unit: str
    passes: Callable[[float], bool]


TARGETS = (
    Target("parse_mb_s", "parse(layout=) throughput", ">= 50", "MB/s", lambda v: v >= 50),
    Target("parse_mb_s_stretch", "  stretch goal", ">= 100", "MB/s", lambda v: v >= 100),
    Target("parse_x_floor", "parse(layout=) vs floor", "<= 6", "x", lambda v: v <= 6),
    Target("detect_overhead", "detection overhead", "<= 10", "%", lambda v: v <= 10),
    Target("parse_us_record", "parse per record", "<= 10", "us", lambda v: v <= 10),
    Target("to_json_us_record", "to_json per record", "<= 4", "us", lambda v: v <= 4),
    Target("scaling_100x", "per-byte time 100x / 1x", "<= 1.2", "x", lambda v: v <= 1.2),
    Target("memory_ratio", "peak memory / input (corpus)", "< 4", "x", lambda v: v < 4),
    Target("page_memory_ratio", "  one 100x page (extra)", "< 4", "x", lambda v: v < 4),
    Target("import_ms", "import confparse", "< 150", "ms", lambda v: v < 150),
)


def target_values(report: dict[str, Any]) -> dict[str, dict[str, float]]:
    """Measured value of each target per column (mixed corpus first, then each layout)."""
    values: dict[str, dict[str, float]] = {t.key: {} for t in TARGETS}
    for name, result in report["corpora"].items():
        ops = result["ops"]
        values["parse_mb_s"][name] = ops["parse"]["mb_per_s"]
        values["parse_mb_s_stretch"][name] = ops["parse"]["mb_per_s"]
        values["parse_x_floor"][name] = ops["parse"]["x_floor"]
        overhead = ops["parse_detect"]["seconds"] / ops["parse"]["seconds"] - 1
        values["detect_overhead"][name] = 100 * overhead
        if result["records"]:
            values["parse_us_record"][name] = ops["parse"]["us_per_record"]
            values["to_json_us_record"][name] = ops["to_json"]["us_per_record"]
    for name, result in report["scaling"].items():
        if result is not None:
            values["scaling_100x"][name] = result["sizes"][f"{SCALES[-1]}x"]["ratio_to_1x"]
    scaled = [values["scaling_100x"][name] for name in values["scaling_100x"]]
    if scaled:
        values["scaling_100x"][MIXED] = max(scaled)
    values["memory_ratio"][MIXED] = report["memory"]["corpus"]["ratio"]
    for name, result in report["memory"]["pages"].items():
        if result is not None:
            values["page_memory_ratio"][name] = result["ratio"]
    pages = [values["page_memory_ratio"][name] for name in values["page_memory_ratio"]]
    if pages:
        values["page_memory_ratio"][MIXED] = max(pages)
    values["import_ms"][MIXED] = 1000 * report["import"]["seconds"]
    return values


# -- output -------------------------------------------------------------------------------
OP_LABELS = {
    "floor": "floor (decode + split)",
    "parse": "parse(layout=name)",
    "parse_detect": "parse (detected)",
    "to_json": "to_json",
    "from_json": "from_json",
    "render": "render",
}


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        cells = [
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        return "  ".join(cells).rstrip()

    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def fmt(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def print_report(report: dict[str, Any]) -> None:
    meta = report["meta"]
    print(
        f"confparse {meta['confparse']} benchmark, {meta['date']}, {meta['cpu']}, "
        f"{meta['nproc']} cores, Python {meta['python']}"
    )
    for skipped in report["skipped_pages"]:
        print(f"skipped {skipped['page']}: {skipped['reason']}")
    measured = set(report["corpora"])
    missing = [name for name in meta["layouts"] if name not in measured]
    if missing:
        print(f"registered layouts with no page in tests/pages: {', '.join(missing)}")
    print()
    names = list(report["corpora"])
    print(
        table(
            ["corpus", "pages", "distinct", "MB", "records", "diagnostics", "render errors"],
            [
                [
                    name,
                    str(c["pages"]),
                    str(c["distinct_pages"]),
                    fmt(c["mb"]),
                    f"{c['records']:,}",
                    f"{c['diagnostics']:,}",
                    str(c["render_failures"]),
                ]
                for name, c in report["corpora"].items()
            ],
        )
    )
    print()
    rows = []
    for name in names:
        for op, entry in report["corpora"][name]["ops"].items():
            rows.append(
                [
                    f"{name}: {OP_LABELS[op]}",
                    fmt(entry["seconds"], 3),
                    fmt(entry["mb_per_s"]),
                    fmt(entry["us_per_record"], 2),
                    fmt(entry["x_floor"]),
                ]
            )
    print(table(["operation", "seconds", "MB/s", "us/record", "x floor"], rows))
    print()
    rows = []
    for name, result in report["scaling"].items():
        if result is None:
            rows.append([name, "(fewer than three records: not scaled)", "", "", ""])
            continue
        for size, entry in result["sizes"].items():
            rows.append(
                [
                    f"{name} {size} ({result['page']})",
                    f"{entry['bytes']:,}",
                    f"{entry['records']:,}/{entry['records_expected']:,}",
                    fmt(entry["ns_per_byte"], 2),
                    fmt(entry["ratio_to_1x"], 2),
                ]
            )
    print(table(["scaling", "bytes", "records/expected", "ns/byte", "vs 1x"], rows))
    print()
    memory = report["memory"]["corpus"]
    which = "whole corpus" if memory["whole_corpus"] else f"first {memory['slice_mb']:.1f} MB"
    print(
        f"memory: parsing the {memory['corpus']} corpus ({which}), keeping every Page: "
        f"peak {memory['peak_mb']:.1f} MB = {memory['ratio']:.2f}x input (tracemalloc)"
    )
    for name, entry in report["memory"]["pages"].items():
        if entry is not None:
            print(
                f"memory: one {entry['mb']:.2f} MB {name} page: peak {entry['peak_mb']:.1f} MB "
                f"= {entry['ratio']:.2f}x input"
            )
    families = report["memory"].get("families")
    if families is not None:
        ratios = families["ratios"]
        over = {name: ratio for name, ratio in ratios.items() if ratio >= families["bound"]}
        print(
            f"memory: adversarial families (tests/test_linear_time.py, 1 MiB each): "
            f"{len(ratios) - len(over)} of {len(ratios)} under {families['bound']:.0f}x, "
            f"worst {max(ratios.values()):.2f}x"
        )
        print(
            "  "
            + ", ".join(
                f"{name} {ratio:.2f}x" + (" (OVER)" if name in over else "")
                for name, ratio in sorted(ratios.items(), key=lambda item: -item[1])
            )
        )
    html_result = report.get("html")
    if html_result is None:
        print("saved HTML: skipped (pip install -e '.[bench]' for BeautifulSoup and lxml)")
    else:
        seconds = html_result["seconds"]
        print(
            f"saved HTML ({len(html_result['pages'])} pages, {html_result['bytes'] / MB:.2f} MB): "
            f"confparse.parse {1000 * seconds['confparse']:.1f} ms; "
            f"BeautifulSoup(lxml).get_text + parse {1000 * seconds['bs4+parse']:.1f} ms "
            f"({seconds['bs4+parse'] / seconds['confparse']:.2f}x ours); "
            f"BeautifulSoup alone {1000 * seconds['bs4 alone']:.1f} ms"
        )
    imp = report["import"]
    print(
        f"import confparse: {1000 * imp['seconds']:.1f} ms (best of {IMPORT_RUNS}); "
        f"with the layout registry loaded: {1000 * imp['with_registry_seconds']:.1f} ms"
    )
    print()
    columns = [MIXED, *(n for n in names if n != MIXED)]
    rows = []
    for target in TARGETS:
        row = [target.label, f"{target.goal} {target.unit}"]
        for column in columns:
            value = report["targets"][target.key].get(column)
            if value is None:
                row.append("-")
            else:
                row.append(f"{fmt(value, 2)} {'PASS' if target.passes(value) else 'MISS'}")
        rows.append(row)
    print(table(["target", "goal", *columns], rows))
    print("\n(mixed column for scaling and the one-page memory row: the worst layout)")
    busy = meta["cpu_over_wall"]
    note = "" if busy >= 0.9 else ": the machine was busy, the timings are pessimistic"
    print(f"CPU time / wall time in the timed regions: {busy:.2f}{note}")
    print(f"total wall time {report['meta']['wall_seconds']:.0f} s")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def git_commit() -> str | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip() or None


# -- main ---------------------------------------------------------------------------------
def build_corpora(
    size: int, pages: Path = PAGES
) -> tuple[dict[str, Corpus], dict[str, Sample], list[dict[str, str]]]:
    """Per-layout corpora of *size* bytes each, the mixed one, and the largest page of each."""
    samples, skipped = load_samples(pages)
    corpora: dict[str, Corpus] = {}
    largest: dict[str, Sample] = {}
    for layout in _layout_names():
        mine = [sample for sample in samples if sample.layout == layout]
        if mine:
            corpora[layout] = repeat_to_size(layout, mine, size)
            largest[layout] = max(mine, key=lambda sample: sample.records)
    if not corpora:
        raise SystemExit(f"no page in {pages} parses with any layout")
    mixed = interleave(list(corpora.values()), size)
    return {MIXED: mixed, **corpora}, largest, skipped


def profile(corpus: Corpus, lines: int = 25) -> None:
    """Print where parse spends its time on *corpus* (cumulative and own time, in %)."""
    pages = [(sample.data, sample.layout) for sample in corpus.samples]
    profiler = cProfile.Profile()
    profiler.enable()
    for data, name in pages:
        confparse.parse(data, name)
    profiler.disable()
    stats = pstats.Stats(profiler)
    entries = stats.stats  # type: ignore[attr-defined]
    total = sum(tt for _cc, _nc, tt, _ct, _callers in entries.values())
    print(
        f"profile of parse on the {corpus.name} corpus ({corpus.nbytes / MB:.1f} MB), "
        f"{total:.2f} s profiled"
    )
    for key, title in ((3, "cumulative"), (2, "own time")):
        ranked = sorted(entries.items(), key=lambda item: -item[1][key])[:lines]
        rows = [
            [
                f"{Path(file).name}:{line}({func})",
                f"{nc:,}",
                fmt(100 * tt / total),
                fmt(100 * ct / total),
            ]
            for (file, line, func), (_cc, nc, tt, ct, _callers) in ranked
        ]
        print(f"\nby {title}")
        print(table(["function", "calls", "own %", "cumulative %"], rows))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=50.0, help="corpus size (default 50)")
    parser.add_argument("--quick", action="store_true", help="5 MB corpora")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write results")
    parser.add_argument("--profile", metavar="LAYOUT", help="only profile parse on LAYOUT")
    parser.add_argument(
        "--pages",
        type=Path,
        default=PAGES,
        help="the folder of real pages to build corpora from (default tests/pages; pass an "
        "older checkout's folder to compare two versions on the same pages)",
    )
    args = parser.parse_args(argv)
    size = int((5.0 if args.quick else args.size_mb) * MB)
    started = time.perf_counter()
    corpora, largest, skipped = build_corpora(size, args.pages)
    if args.profile:
        if args.profile not in corpora:
            parser.error(f"no corpus for {args.profile!r}; have: {', '.join(corpora)}")
        profile(corpora[args.profile])
        return 0

    report: dict[str, Any] = {
        "meta": {
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "confparse": confparse.__version__,
            "commit": git_commit(),
            "python": platform.python_version(),
            "implementation": platform.python_implementation(),
            "platform": platform.platform(),
            "cpu": cpu_model(),
            "nproc": os.cpu_count(),
            "size_mb": size / MB,
            "repeats": REPEATS,
            "layouts": list(_layout_names()),
        },
        "skipped_pages": skipped,
        "corpora": {},
    }
    for name, corpus in corpora.items():
        print(f"timing the {name} corpus ({corpus.nbytes / MB:.1f} MB)...", file=sys.stderr)
        report["corpora"][name] = bench_corpus(corpus)
    print("saved HTML against BeautifulSoup...", file=sys.stderr)
    report["html"] = bench_html(args.pages)
    print("scaling, memory, import...", file=sys.stderr)
    report["scaling"] = {name: bench_scaling(sample) for name, sample in largest.items()}
    report["memory"] = {
        "corpus": bench_memory(corpora[MIXED], min(size, MEMORY_SLICE_MB * MB)),
        "pages": {name: bench_page_memory(sample) for name, sample in largest.items()},
        "families": bench_family_memory(),
    }
    seconds, runs = import_seconds()
    registry_seconds, registry_runs = import_seconds(
        "; (getattr(confparse, 'layout_names', None) or confparse.layouts)()"
    )
    report["import"] = {
        "seconds": seconds,
        "runs": runs,
        "with_registry_seconds": registry_seconds,
        "with_registry_runs": registry_runs,
    }
    report["targets"] = target_values(report)
    report["meta"]["wall_seconds"] = time.perf_counter() - started
    report["meta"]["cpu_over_wall"] = TIMED["cpu"] / TIMED["wall"]
    print_report(report)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"results written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
