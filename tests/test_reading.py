"""Only regular files are read, their size checked first: pipes, devices and huge files are refused."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.io import files
from timeline_app.io.errors import Problem, TimelineLoadError
from timeline_app.io.files import read_file, read_head

from .conftest import EVENTS_JSON

# A hang is a failure: these commands must answer long before this.
HANG_SECONDS = 60

needs_posix = pytest.mark.skipif(sys.platform == "win32", reason="named pipes and /dev are POSIX")


def _check(path: Path) -> subprocess.CompletedProcess[str]:
    """``timeline-app --check PATH`` in a child process, so that a hang fails instead of blocking."""
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", "--check", str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=HANG_SECONDS,
    )


@needs_posix
def test_a_named_pipe_is_refused_at_once_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "timeline.json"
    os.mkfifo(fifo)
    result = _check(fifo)
    assert result.returncode == 2
    assert result.stderr.strip() == f"{fifo}: 1 problem\n  is a named pipe (FIFO), not a timeline file"


@needs_posix
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_link_to_an_endless_device_is_refused_before_reading(tmp_path: Path) -> None:
    link = tmp_path / "zero.json"
    link.symlink_to("/dev/zero")
    result = _check(link)
    assert result.returncode == 2
    assert result.stderr.strip() == f"{link}: 1 problem\n  is a device, not a timeline file"


def test_a_file_the_machine_cannot_hold_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 2_000_000)
    monkeypatch.setattr(files, "physical_memory", lambda: 8_000_000)
    with pytest.raises(TimelineLoadError) as caught:
        read_file(path)
    assert caught.value.problems == (
        Problem(
            "",
            "the file is 2.0 MB: loading it needs about 16.0 MB of memory and this machine has 8.0 MB",
        ),
    )
    monkeypatch.setattr(files, "physical_memory", lambda: 16_000_000)
    assert len(read_file(path)) == 2_000_000  # just enough: read


def test_the_head_of_a_file_comes_with_its_size() -> None:
    head, size = read_head(EVENTS_JSON, 10)
    assert head == EVENTS_JSON.read_bytes()[:10]
    assert size == EVENTS_JSON.stat().st_size


@pytest.mark.parametrize(
    ("size", "text"), [(12, "12 bytes"), (1_500, "1.5 kB"), (2_000_000, "2.0 MB"), (4.2e9, "4.2 GB")]
)
def test_sizes_are_said_in_units_people_read(size: float, text: str) -> None:
    assert files.size_text(size) == text
