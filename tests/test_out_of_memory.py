"""Running out of memory in a load ends as a message: never an abort, a hang or an orphan.

Each case runs a whole process under a small address-space limit (RLIMIT_AS, which the loader
child inherits) with a timeout, and afterwards looks for any process it left behind.
"""

from __future__ import annotations

import os
import signal
import sys
import textwrap
from pathlib import Path

import pytest

from timeline_app.io import load_process
from timeline_app.io.errors import TimelineLoadError

from .conftest import EVENTS_JSON
from .processes import run_in_session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synthetic import write_synthetic

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")

NOT_ENOUGH_MEMORY = "there is not enough memory to load this file"
EVENTS = 250_000  # about 56 MB of our JSON: a child load, small enough to make quickly
# Address-space limits around what loading it needs (about 190 MB go to Python and its
# libraries, a few hundred more to the load): some too small for the child, some for the parent.
LIMITS_MB = (300, 380, 460, 560, 700)
TIMEOUT_S = 180.0  # a hang, not a slow machine
# The script run under the limit: load the file as the app does and say how it ended.
LOAD = textwrap.dedent(
    """
    import sys
    from timeline_app.io.errors import TimelineLoadError
    from timeline_app.io.load_process import load_file
    try:
        timeline = load_file(sys.argv[1])
    except TimelineLoadError as error:
        print("refused:", error.report(), flush=True)
    else:
        print("loaded:", len(timeline.events), flush=True)
    """
)


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_synthetic(tmp_path_factory.mktemp("oom") / "big.json", EVENTS)


def _run(script: str, *args: str, limit_mb: int | None = None) -> tuple[str, int, str]:
    return run_in_session(script, *args, limit_mb=limit_mb, timeout=TIMEOUT_S)


@pytest.mark.parametrize("limit_mb", LIMITS_MB)
def test_a_load_under_a_small_address_space_limit_loads_or_says_memory_ran_out(
    big_file: Path, limit_mb: int
) -> None:
    output, code, errors = _run(LOAD, str(big_file), limit_mb=limit_mb)
    assert code == 0, f"the process itself failed (exit {code}):\n{output}\n{errors}"
    lines = output.strip().splitlines()
    assert lines, f"no answer:\n{errors}"
    if lines[0].startswith("loaded:"):
        assert lines[0] == f"loaded: {EVENTS}"
    else:
        assert lines[0].startswith("refused:"), f"{output}\n{errors}"
        assert lines[1].startswith(f"  {NOT_ENOUGH_MEMORY}"), f"{output}\n{errors}"


def test_some_limit_is_too_small_and_says_so(big_file: Path) -> None:
    """The smallest limit above runs out: the cases above do test the message."""
    output, _, _ = _run(LOAD, str(big_file), limit_mb=LIMITS_MB[0])
    assert NOT_ENOUGH_MEMORY in output


def test_the_loader_child_ends_when_the_app_is_killed_mid_load(big_file: Path) -> None:
    killed_mid_load = textwrap.dedent(
        """
        import os, signal, sys
        from pathlib import Path
        from timeline_app.io.load_process import load_file

        def progress(stage):
            if stage == "Checking the file against the format":  # the child is at work
                children = []
                for task in Path("/proc/self/task").iterdir():
                    children += (task / "children").read_text().split()
                print(" ".join(children), flush=True)
                os.kill(os.getpid(), signal.SIGKILL)

        load_file(sys.argv[1], progress)
        """
    )
    output, code, _ = _run(killed_mid_load, str(big_file))  # fails if the child outlives it
    assert code == -signal.SIGKILL
    assert output.split(), "the load never reached the child"


def test_a_deadlocked_loader_child_ends_when_the_app_is_killed(big_file: Path) -> None:
    """A child stopped mid-load (as one deadlocked holding the interpreter is) cannot check
    anything itself: the kernel must end it with the app (the issue found one left at 4.6 GB)."""
    stopped_then_killed = textwrap.dedent(
        """
        import os, signal, sys
        from pathlib import Path
        from timeline_app.io.load_process import load_file

        def progress(stage):
            if stage == "Checking the file against the format":  # the child is at work
                children = []
                for task in Path("/proc/self/task").iterdir():
                    children += (task / "children").read_text().split()
                loaders = [c for c in children if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]
                for child in loaders:  # (not the resource tracker, which is no loader)
                    os.kill(int(child), signal.SIGSTOP)
                print(" ".join(loaders), flush=True)
                os.kill(os.getpid(), signal.SIGKILL)

        load_file(sys.argv[1], progress)
        """
    )
    output, code, _ = _run(stopped_then_killed, str(big_file))  # fails if the child outlives it
    assert code == -signal.SIGKILL
    assert output.split(), "the load never reached the child"


def test_a_stuck_loader_child_is_killed_and_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_process, "SUBPROCESS_MIN_BYTES", 0)
    monkeypatch.setattr(load_process, "STALL_SECONDS", 1.0)
    load_process._SPARE.prepare()
    spare = load_process._SPARE._loader
    assert spare is not None
    child = spare.process
    # Silent and idle from before it gets the path, as if deadlocked. (Stopping it when it said
    # it was reading raced with it: on a busy machine it had loaded the small file by then.)
    os.kill(child.pid or 0, signal.SIGSTOP)

    with pytest.raises(TimelineLoadError) as caught:
        load_process.load_file(EVENTS_JSON)
    assert [str(p) for p in caught.value.problems] == [
        "the loader process stopped answering before the file was loaded"
    ]
    child.join(timeout=10)
    assert child.exitcode == -signal.SIGKILL  # gone, not left stopped
