"""Coverage-guided fuzzing of confparse's public entry points with atheris.

Run (Linux, ``pip install atheris``; new inputs go to the first directory)::

    mkdir -p /tmp/confparse-fuzz
    python tests/fuzz/fuzz_confparse.py /tmp/confparse-fuzz tests/fuzz/corpus -atheris_runs=100000

The first input byte picks the target (``parse`` with detection, ``parse-<layout>`` for each
registered layout, ``from_json``); the rest is the input. A crash is any exception other
than a ConfparseError subclass; save the crashing input under tests/fuzz/regressions/ so
that tests/test_fuzz.py replays it forever.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).parent))

with atheris.instrument_imports(include=["confparse"]):
    from targets import targets

    import confparse  # noqa: F401

TARGETS = list(targets().values())


def test_one_input(data: bytes) -> None:
    if not data:
        return
    TARGETS[data[0] % len(TARGETS)](data[1:])


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
