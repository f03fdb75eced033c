"""Running a script as a process of its own session, and finding whatever it leaves alive."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from .polling import poll


def session_processes(session: int) -> list[int]:
    """The processes still alive in a session (a run's process group and its children)."""
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session and fields[0] != "Z":  # the session id, and not a zombie
            alive.append(int(entry.name))
    return alive


def run_in_session(
    script: str,
    *args: str,
    limit_mb: int | None = None,
    timeout: float,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> tuple[str, int, str]:
    """Run ``script`` in a new session, under an address-space limit if given; its output, exit
    code and error output. Fails on a hang, and on any process of the session still alive a
    moment after it ended."""

    def limit() -> None:
        size = (limit_mb or 0) * 1_000_000
        resource.setrlimit(resource.RLIMIT_AS, (size, size))

    process = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # (Python run between fork and exec is safe only while this process has one thread: the
        # out-of-memory tests start none before; the others need no limit.)
        preexec_fn=limit if limit_mb is not None else None,  # noqa: PLW1509
        start_new_session=True,
        env=env,
        cwd=cwd,
    )
    try:
        output, errors = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"no answer within {timeout:.0f} s under a limit of {limit_mb} MB: a hang")
    try:
        poll(lambda: True if not session_processes(process.pid) else None, "", timeout=5.0, interval=0.05)
        left = True
    except AssertionError:
        left = False
    for pid in session_processes(process.pid):
        os.kill(pid, signal.SIGKILL)
    assert left, f"processes outlived the run (limit: {limit_mb} MB)\n{errors.decode(errors='replace')}"
    return output.decode(errors="replace"), process.returncode, errors.decode(errors="replace")
