"""Mutants of real pages for the robustness suite.

A `Mutant` is a damaged copy of a page plus the original line numbers it touched
(``touched``; empty when every record must survive unchanged) and whether its records can be
compared with the original's at all (``comparable``; false when the damage changes the text
of every line, like an inserted U+2028 inside words).
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Iterator

import attrs


@attrs.frozen
class Mutant:
    name: str
    source: str | bytes
    touched: frozenset[int] = frozenset()  # 1-based original line numbers
    comparable: bool = True


Mutator = Callable[[list[str], random.Random], Mutant]


def _pick(lines: list[str], rng: random.Random, *, non_blank: bool = True) -> int:
    candidates = [i for i, line in enumerate(lines) if line.strip()] if non_blank else None
    return rng.choice(candidates) if candidates else rng.randrange(len(lines))


def _join(lines: list[str]) -> str:
    return "\n".join(lines)


def delete(lines: list[str], rng: random.Random) -> Mutant:
    k = _pick(lines, rng)
    return Mutant("delete", _join(lines[:k] + lines[k + 1 :]), frozenset({k + 1}))


def duplicate(lines: list[str], rng: random.Random) -> Mutant:
    k = _pick(lines, rng)
    return Mutant("duplicate", _join(lines[: k + 1] + lines[k:]), frozenset({k + 1}))


def swap(lines: list[str], rng: random.Random) -> Mutant:
    k = rng.randrange(max(1, len(lines) - 1))
    out = list(lines)
    if k + 1 < len(out):
        out[k], out[k + 1] = out[k + 1], out[k]
    return Mutant("swap", _join(out), frozenset({k + 1, k + 2}))


def join(lines: list[str], rng: random.Random) -> Mutant:
    k = rng.randrange(max(1, len(lines) - 1))
    out = list(lines)
    if k + 1 < len(out):
        out[k : k + 2] = [out[k] + " " + out[k + 1]]
    return Mutant("join", _join(out), frozenset({k + 1, k + 2}))


def split(lines: list[str], rng: random.Random) -> Mutant:
    k = _pick(lines, rng)
    line = lines[k]
    cut = rng.randrange(len(line) + 1)
    out = [*lines[:k], line[:cut], line[cut:], *lines[k + 1 :]]
    return Mutant("split", _join(out), frozenset({k + 1}))


def cut_bytes(lines: list[str], rng: random.Random) -> Mutant:
    data = _join(lines).encode("utf-8")
    cut = rng.randrange(len(data) + 1)
    kept = data[:cut]
    last_line = kept.count(b"\n") + 1
    touched = frozenset(range(last_line, len(lines) + 1))
    return Mutant("cut-bytes", kept, touched)


def _whole(name: str, change: Callable[[str], str], comparable: bool = True) -> Mutator:
    def mutate(lines: list[str], rng: random.Random) -> Mutant:
        return Mutant(name, change(_join(lines)), frozenset(), comparable)

    mutate.__name__ = name
    return mutate


def _each_line(name: str, change: Callable[[str, random.Random], str]) -> Mutator:
    def mutate(lines: list[str], rng: random.Random) -> Mutant:
        return Mutant(name, _join([change(line, rng) for line in lines]))

    mutate.__name__ = name
    return mutate


def _mojibake(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


WHOLE_TEXT: list[Mutator] = [
    _whole("crlf", lambda t: t.replace("\n", "\r\n")),
    _whole("lone-cr", lambda t: t.replace("\n", "\r")),
    _whole("bom", lambda t: "\ufeff" + t),
    _whole("bom-bytes", lambda t: t),  # replaced below by a bytes variant
    _whole("nbsp", lambda t: t.replace(" ", "\u00a0")),
    _whole("zero-width", lambda t: t.replace(" ", " \u200b")),
    _whole("nfd", lambda t: unicodedata.normalize("NFD", t)),
    _whole("mojibake", _mojibake, comparable=False),
    _whole("u2028", lambda t: t.replace(". ", ".\u2028", 3), comparable=False),
    _each_line("trailing-spaces", lambda line, rng: line + " " * rng.randrange(4)),
    _each_line("tabs", lambda line, rng: ("\t" if rng.random() < 0.3 else "") + line + "\t"),
]


def _bom_bytes(lines: list[str], rng: random.Random) -> Mutant:
    return Mutant("bom-bytes", b"\xef\xbb\xbf" + _join(lines).encode("utf-8"))


WHOLE_TEXT[3] = _bom_bytes

LINE_LEVEL: list[Mutator] = [delete, duplicate, swap, join, split, cut_bytes]


def _time_line_mutator(name: str, change: Callable[[str], str]) -> Mutator:
    def mutate(lines: list[str], rng: random.Random) -> Mutant:
        from confparse.times import match_time_line

        candidates = [i for i, line in enumerate(lines) if match_time_line(line.strip())]
        k = _pick(lines, rng) if not candidates else rng.choice(candidates)
        out = list(lines)
        out[k] = change(out[k])
        return Mutant(name, _join(out), frozenset({k + 1}))

    mutate.__name__ = name
    return mutate


def _wrong_weekday(line: str) -> str:
    for a, b in (("Mon", "Tue"), ("Tue", "Wed"), ("Wed", "Thu"), ("Thu", "Fri"), ("Fri", "Sat")):
        if line.startswith(a):
            return b + line[len(a) :]
    return "Sun" + line[3:]


def _replace_first_digits(line: str, new: str) -> str:
    for i, ch in enumerate(line):
        if ch.isdigit():
            j = i
            while j < len(line) and line[j].isdigit():
                j += 1
            return line[:i] + new + line[j:]
    return line


TIME_LINE: list[Mutator] = [
    _time_line_mutator("wrong-weekday", _wrong_weekday),
    _time_line_mutator(
        "31-february",
        lambda line: _replace_first_digits(line, "31").replace("July", "February"),
    ),
    _time_line_mutator("25-oclock", lambda line: line.replace("17:", "25:").replace("7:", "25:")),
    _time_line_mutator("unknown-zone", lambda line: line.rsplit(" ", 1)[0] + " QQT"),
    _time_line_mutator(
        "arabic-digits", lambda line: line.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    ),
]


def huge(lines: list[str], rng: random.Random) -> Iterator[Mutant]:
    """The three big ones: a 1 MB line, a 10,000-author line, 100,000 empty lines."""
    k = _pick(lines, rng)
    big = ("word " * 200_000).strip()
    yield Mutant("1mb-line", _join([*lines[:k], big, *lines[k:]]), frozenset({k, k + 1}))
    authors = " · ".join(f"Author Number{i}" for i in range(10_000))
    yield Mutant("10k-authors", _join([*lines[:k], authors, *lines[k:]]), frozenset({k, k + 1}))
    blanks = [""] * 100_000
    yield Mutant("100k-empty", _join(lines[:k] + blanks + lines[k:]), frozenset({k, k + 1}))


def mutants(text: str, count: int, seed: int) -> Iterator[Mutant]:
    """*count* line-level and time-line mutants of *text*, plus every whole-text one."""
    rng = random.Random(seed)
    lines = text.split("\n")
    for mutate in WHOLE_TEXT:
        yield mutate(lines, rng)
    pool = LINE_LEVEL * 3 + TIME_LINE
    for _ in range(count):
        yield rng.choice(pool)(lines, rng)
