"""Hostile inputs, each paired with what --check must answer: its exit code and its exact words.

Each case runs in a child process with a timeout, so that a hang fails its test instead of
the suite. The cases are files in tests/hostile/ (NAME.ext beside NAME.expected: "exit N",
then the output lines, the file named as given); a few are made here because they are big.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.io.formats import export_any
from timeline_app.io.loader import parse_timeline

HOSTILE = Path(__file__).resolve().parent / "hostile"
CASES = sorted(HOSTILE.glob("*.expected"))
TIMEOUT_S = 60
CELL_OVER_CSV_LIMIT = 200_000  # the csv module stops at 131,072 characters a cell unless told


def _check(path: Path) -> tuple[int, list[str]]:
    result = subprocess.run(
        [sys.executable, "-m", "timeline_app", "--check", path.name],
        capture_output=True,
        text=True,
        check=False,
        timeout=TIMEOUT_S,
        cwd=path.parent,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    return result.returncode, (result.stdout + result.stderr).splitlines()


def _case_file(expected: Path) -> Path:
    (data,) = [path for path in HOSTILE.glob(f"{expected.stem}.*") if path.suffix != ".expected"]
    return data


@pytest.mark.parametrize("expected", CASES, ids=[case.stem for case in CASES])
def test_a_hostile_file_gets_exactly_its_answer(expected: Path) -> None:
    first, *lines = expected.read_text(encoding="utf-8").splitlines()
    code, output = _check(_case_file(expected))
    assert (code, output) == (int(first.removeprefix("exit ")), lines)


def test_our_csv_with_a_cell_over_the_csv_modules_limit_reads_back(tmp_path: Path) -> None:
    summary = "long " * (CELL_OVER_CSV_LIMIT // 5)
    timeline = parse_timeline(
        f'{{"title": "t", "events": [{{"id": "a", "title": "A", "date": "2024", "status": "confirmed",'
        f' "summary": "{summary}"}}]}}'.encode()
    )
    path = tmp_path / "long.csv"
    export_any(timeline, path)
    code, output = _check(path)
    assert (code, output) == (0, ["long.csv: 1 event, from 2024 to 2024"])


def test_a_file_name_with_escape_sequences_is_shown_escaped(tmp_path: Path) -> None:
    path = tmp_path / "\x1b[2Jcleared\u202e.json"
    path.write_text(
        '{"title": "t", "events": [{"id": "a", "title": "A", "date": "2024-13", "status": "confirmed"}]}'
    )
    code, output = _check(path)
    assert code == 2
    assert output[0] == "\\x1b[2Jcleared\\u202e.json: 1 problem"
    assert all(line.isprintable() for line in output)


def test_a_megabyte_link_target_is_cut_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "long-link.json"
    target = "t" * 1_000_000
    path.write_text(
        '{"title": "t", "events": [{"id": "a", "title": "A", "date": "2024", "status": "confirmed",'
        f' "links": [{{"type": "denies", "target": "{target}"}}]}}]}}'
    )
    code, output = _check(path)
    assert code == 2
    assert max(map(len, output)) < 200
    assert output[1:] == [
        "  events[0].links[0].target: string should have at most 200 characters, "
        f"got {'t' * 60!r}… (1,000,000 characters)",
        f"  events[0].links[0].target: no event has id {'t' * 60!r}… (1,000,000 characters)",
    ]
