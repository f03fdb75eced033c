"""Broken timeline files are refused with every problem, its place and a clear message.

Each case in ``tests/broken`` is a file ``NN_name.<suffix>`` next to ``NN_name.expected``,
which holds the exact lines (``str(problem)``) the loader must report, in order. Cases
listed in ``WANTED_CHANGES`` hold the message the loader should give but does not yet.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from timeline_app.io.errors import MAX_REPORTED_PROBLEMS, Problem, TimelineLoadError
from timeline_app.io.loader import load_timeline, parse_timeline

from .conftest import EVENTS_JSON

BROKEN = Path(__file__).resolve().parent / "broken"
EXPECTED_SUFFIX = ".expected"
MIN_CORPUS_CASES = 30

# Cases whose .expected file states what the loader should say; each reason is the change asked for.
WANTED_CHANGES: dict[str, str] = {}
# Cases where something other than TimelineLoadError escapes today: reason and exception type.
ESCAPES: dict[str, tuple[str, type[Exception]]] = {}


def _data_file(expected: Path) -> Path:
    """The broken file of a case: the one sibling with the same stem that is not the .expected."""
    siblings = [path for path in BROKEN.glob(f"{expected.stem}.*") if path.suffix != EXPECTED_SUFFIX]
    assert len(siblings) == 1, f"{expected.name} needs exactly one broken file next to it: {siblings}"
    return siblings[0]


def _expected_lines(expected: Path) -> list[str]:
    return expected.read_text(encoding="utf-8").splitlines()


def _marks(stem: str, *, with_wanted_changes: bool) -> list[pytest.MarkDecorator]:
    if stem in ESCAPES:
        reason, raised = ESCAPES[stem]
        return [pytest.mark.xfail(strict=True, raises=raised, reason=reason)]
    if with_wanted_changes and stem in WANTED_CHANGES:
        return [pytest.mark.xfail(strict=True, raises=AssertionError, reason=WANTED_CHANGES[stem])]
    return []


CASES = sorted(BROKEN.glob(f"*{EXPECTED_SUFFIX}"))
REFUSED_CASES = [
    pytest.param(case, id=case.stem, marks=_marks(case.stem, with_wanted_changes=False)) for case in CASES
]
EXACT_CASES = [
    pytest.param(case, id=case.stem, marks=_marks(case.stem, with_wanted_changes=True)) for case in CASES
]


def _refusal(path: Path) -> TimelineLoadError:
    with pytest.raises(TimelineLoadError) as caught:
        load_timeline(path)
    return caught.value


# ---------------------------------------------------------------------------
# The corpus


def test_corpus_is_large_and_well_formed() -> None:
    assert len(CASES) >= MIN_CORPUS_CASES
    stems = {case.stem for case in CASES}
    for path in BROKEN.iterdir():
        assert path.stem in stems, f"{path.name} has no .expected file"
    for case in CASES:
        _data_file(case)
        text = case.read_text(encoding="utf-8")
        assert text.endswith("\n"), f"{case.name} must end with a newline"
        assert all(line.strip() for line in text.splitlines()), f"{case.name} has a blank line"
    assert set(WANTED_CHANGES) <= stems
    assert set(ESCAPES) <= stems


@pytest.mark.parametrize("expected", REFUSED_CASES)
def test_broken_file_is_refused_with_a_load_error_naming_the_file(expected: Path) -> None:
    path = _data_file(expected)
    error = _refusal(path)
    assert error.problems
    assert all(isinstance(problem, Problem) for problem in error.problems)
    assert error.source == str(path)
    report = error.report()
    assert report.startswith(f"{path}: ")
    for problem in error.problems:
        assert f"  {problem}" in report.splitlines()
    # The bytes alone give the same problems as the file.
    with pytest.raises(TimelineLoadError) as from_bytes:
        parse_timeline(path.read_bytes(), path.name)
    assert from_bytes.value.problems == error.problems
    assert from_bytes.value.report().startswith(f"{path.name}: ")


@pytest.mark.parametrize("expected", EXACT_CASES)
def test_broken_file_reports_exactly_the_expected_problems(expected: Path) -> None:
    error = _refusal(_data_file(expected))
    assert [str(problem) for problem in error.problems] == _expected_lines(expected)
    assert error.total == len(error.problems)


def test_many_problems_are_all_reported_in_file_order() -> None:
    error = _refusal(BROKEN / "36_many_problems.json")
    wheres = [problem.where for problem in error.problems]
    assert len(wheres) >= 4
    assert wheres[0].startswith("lanes[0]")
    event_indexes = [int(where.split("]")[0].removeprefix("events[")) for where in wheres[1:]]
    assert event_indexes == sorted(event_indexes)
    assert len(set(event_indexes)) >= 4


def test_the_valid_event_between_broken_ones_is_not_blamed() -> None:
    error = _refusal(BROKEN / "36_many_problems.json")
    assert not any(problem.where.startswith("events[3]") for problem in error.problems)


@pytest.mark.parametrize(
    ("text", "where", "escape"),
    [
        ('"\\ud83d"', "line 2, column 13", "\\ud83d"),  # a leading half, then the string ends
        ('"\\ud83dx"', "line 2, column 13", "\\ud83d"),  # a leading half, then a character
        ('"\\uD83D\\n"', "line 2, column 13", "\\uD83D"),  # a leading half, then another escape
        ('"\\ud83d\\u0041"', "line 2, column 13", "\\ud83d"),  # ... an escape that is no trailing half
        ('"ab\\ud83d\\ud83d"', "line 2, column 15", "\\ud83d"),  # two leading halves
        ('"\\ude00"', "line 2, column 13", "\\ude00"),  # a trailing half alone
        ('"é\\u0041\\uDE00"', "line 2, column 20", "\\uDE00"),  # columns count characters, not bytes
    ],
)
def test_an_unpaired_surrogate_escape_is_named_where_it_starts(text: str, where: str, escape: str) -> None:
    data = f'{{\n  "title": {text},\n  "events": []\n}}\n'.encode()
    with pytest.raises(TimelineLoadError) as caught:
        parse_timeline(data, "surrogate.json")
    message = f"not valid JSON: '{escape}' is half of a UTF-16 surrogate pair; the other half is missing"
    assert caught.value.problems == (Problem(where, message),)


# ---------------------------------------------------------------------------
# Paths that are not readable timeline files


def test_a_folder_is_refused(tmp_path: Path) -> None:
    error = _refusal(tmp_path)
    assert error.problems == (Problem("", "is a folder, not a timeline file"),)
    assert error.report() == f"{tmp_path}: 1 problem\n  is a folder, not a timeline file"


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "no-such-timeline.json"
    error = _refusal(path)
    assert error.problems == (Problem("", "no such file"),)
    assert error.report().startswith(f"{path}: ")


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0,
    reason="chmod 000 does not stop root (nor Windows) from reading a file; "
    "test_a_file_that_cannot_be_read_is_refused covers the message as root",
)
def test_an_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "locked.json"
    shutil.copyfile(EVENTS_JSON, path)
    path.chmod(0)
    try:
        error = _refusal(path)
    finally:
        path.chmod(0o644)
    assert error.problems == (Problem("", "permission denied: the file cannot be read"),)
    assert error.report().startswith(f"{path}: ")


@pytest.mark.parametrize(
    ("raised", "message"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "permission denied: the file cannot be read"),
        (OSError(errno.EIO, "Input/output error"), "cannot be read: Input/output error"),
    ],
    ids=["permission-denied", "io-error"],
)
def test_a_file_that_cannot_be_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, raised: OSError, message: str
) -> None:
    path = tmp_path / "timeline.json"
    shutil.copyfile(EVENTS_JSON, path)

    real_open = os.open

    def refuse(name: str | os.PathLike[str], flags: int, *args: Any) -> int:
        if Path(name) == path:
            raise raised
        return real_open(name, flags, *args)

    monkeypatch.setattr(os, "open", refuse)
    error = _refusal(path)
    assert error.problems == (Problem("", message),)
    assert error.report().startswith(f"{path}: ")


# ---------------------------------------------------------------------------
# Reports stay readable for huge inputs


def test_a_huge_wrong_value_is_previewed_not_repeated() -> None:
    event = {"id": "a", "title": "t", "date": "2023", "status": "x" * 1_000_000}
    data = json.dumps({"title": "Huge", "events": [event]}).encode()
    with pytest.raises(TimelineLoadError) as caught:
        parse_timeline(data, "huge.json")
    (problem,) = caught.value.problems
    assert problem.where == "events[0].status"
    assert problem.message.endswith("… (1,000,000 characters)")
    assert len(str(problem)) < 200


def test_a_file_with_very_many_problems_reports_the_first_ones_and_a_count() -> None:
    count = MAX_REPORTED_PROBLEMS + 50
    events = [{"id": f"e{i}", "title": "t", "date": "2023", "status": "rumoured"} for i in range(count)]
    with pytest.raises(TimelineLoadError) as caught:
        parse_timeline(json.dumps({"title": "Many", "events": events}).encode(), "many.json")
    error = caught.value
    assert error.total == count
    assert len(error.problems) == MAX_REPORTED_PROBLEMS
    assert error.problems[0].where == "events[0].status"
    assert error.problems[-1].where == f"events[{MAX_REPORTED_PROBLEMS - 1}].status"
    assert error.report().splitlines()[0] == f"many.json: {count} problems"
    assert error.report().splitlines()[-1] == "  … and 50 more"
