"""One app per user, with real processes: a later launch hands its file over and exits 0; a crashed
app's socket is cleaned up; a hung app never hangs a launch; --new-instance, --check and --export
never go through the running app."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from timeline_app.app.single_instance import (
    PROTOCOL,
    HandOver,
    decode_request,
    encode_request,
    hand_over,
    server_name,
)
from timeline_app.core.launch_link import OpenRequest

from . import polling
from .conftest import EVENTS_JSON

T = TypeVar("T")
WAIT_S = 60.0
POLL_S = 0.05
RUN_TIMEOUT_S = 60


def app_command() -> list[str]:
    script = Path(sys.executable).with_name("timeline-app")
    return [str(script)] if script.exists() else [sys.executable, "-m", "timeline_app"]


def poll(check: Callable[[], T | None], failure: str, timeout: float = WAIT_S) -> T:
    """``check()``'s first answer that is not None, asked until ``timeout`` seconds have passed."""
    return polling.poll(check, failure, timeout, POLL_S)


class Session:
    """A user's session: a private runtime folder (short: a socket path has ~100 bytes), a config
    folder, and the app processes started in it (killed at the end)."""

    def __init__(self, tmp_path: Path) -> None:
        self.runtime = Path(tempfile.mkdtemp(prefix="tl-run-"))
        self.runtime.chmod(0o700)
        self.config = tmp_path / "config"
        self.env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_RUNTIME_DIR": str(self.runtime),
            "XDG_CONFIG_HOME": str(self.config),
            "XDG_DATA_HOME": str(tmp_path / "data"),
        }
        self.tmp = tmp_path
        self.processes: list[subprocess.Popen[bytes]] = []

    def story(self, name: str) -> Path:
        path = self.tmp / name
        shutil.copyfile(EVENTS_JSON, path)
        return path

    def start(self, *args: str) -> tuple[subprocess.Popen[bytes], Path]:
        """The app running with ``args``; its stderr goes to the file returned."""
        err = self.tmp / f"stderr-{len(self.processes)}.txt"
        with err.open("wb") as sink:
            process = subprocess.Popen(
                [*app_command(), *args], env=self.env, cwd=self.tmp, stdout=subprocess.DEVNULL, stderr=sink
            )
        self.processes.append(process)
        return process, err

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*app_command(), *args],
            env=self.env,
            cwd=self.tmp,
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT_S,
            check=False,
        )

    def sockets(self) -> list[Path]:
        return [p for p in self.runtime.iterdir() if stat.S_ISSOCK(p.lstat().st_mode)]

    def wait_for_server(self) -> Path:
        return poll(lambda: next(iter(self.sockets()), None), "the first app did not listen")

    def wait_for_recent(self, path: Path) -> None:
        """Until the app has shown ``path`` (it goes to the recent files in the settings)."""
        settings = self.config / "timeline-app" / "timeline-app.conf"

        def shown() -> bool | None:
            return True if settings.is_file() and str(path) in settings.read_text(encoding="utf-8") else None

        poll(shown, f"no app showed {path.name}")

    def close(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGCONT)
                process.kill()
            process.wait(timeout=30)
        shutil.rmtree(self.runtime, ignore_errors=True)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    made = Session(tmp_path)
    yield made
    made.close()


def test_a_second_launch_hands_its_file_to_the_running_app_and_exits_0(session: Session) -> None:
    first_file, second_file = session.story("first.json"), session.story("second.json")
    first, _ = session.start(str(first_file))
    session.wait_for_server()
    session.wait_for_recent(first_file)
    second = session.run(str(second_file), "--select", "jlr-rebrand")
    assert second.returncode == 0, second.stderr
    assert "opening a window of its own" not in second.stderr
    session.wait_for_recent(second_file)  # the first app opened it
    assert first.poll() is None
    assert len(session.sockets()) == 1


def test_a_launch_on_another_display_starts_its_own_app(session: Session) -> None:
    first_file, second_file = session.story("first.json"), session.story("second.json")
    session.env["DISPLAY"] = ":91"
    first, _ = session.start(str(first_file))
    session.wait_for_server()
    session.env["DISPLAY"] = ":92"  # another screen: a window there is not one the first user sees
    second, _ = session.start(str(second_file))
    poll(lambda: True if len(session.sockets()) == 2 else None, "the second app did not serve its display")
    assert first.poll() is None and second.poll() is None


def test_a_link_hands_over_too_and_a_missing_id_is_said_by_the_running_app(session: Session) -> None:
    first_file, second_file = session.story("first.json"), session.story("second.json")
    _first, first_err = session.start(str(first_file))
    session.wait_for_server()
    link = f"timeline-app://{second_file.as_posix()}?select=no-such-id"
    assert session.run(link).returncode == 0
    said = "timeline-app: --select: second.json has no event with the id 'no-such-id'"
    poll(lambda: True if said in first_err.read_text() else None, "the running app did not say so")


def test_a_crashed_apps_socket_is_cleaned_up_and_the_next_launch_serves(session: Session) -> None:
    first_file, second_file, third_file = (session.story(f"{n}.json") for n in ("first", "second", "third"))
    first, _ = session.start(str(first_file))
    left = session.wait_for_server()
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    assert session.sockets() == [left]  # the socket file outlives the killed app
    second, second_err = session.start(str(second_file))
    session.wait_for_recent(second_file)
    third = session.run(str(third_file))
    assert third.returncode == 0, third.stderr
    session.wait_for_recent(third_file)
    assert second.poll() is None
    assert "did not answer" not in second_err.read_text()


def test_a_live_apps_name_is_never_taken_over(session: Session) -> None:
    from timeline_app.app.single_instance import InstanceServer

    first_file, second_file = session.story("first.json"), session.story("second.json")
    session.start(str(first_file))
    name = session.wait_for_server()
    taker = InstanceServer(str(name))
    assert not taker.listen()
    assert not taker.listening
    assert session.run(str(second_file)).returncode == 0  # the first app still serves
    session.wait_for_recent(second_file)


def test_a_running_app_that_does_not_answer_never_hangs_a_launch(session: Session) -> None:
    first_file, second_file = session.story("first.json"), session.story("second.json")
    first, _ = session.start(str(first_file))
    session.wait_for_server()
    session.wait_for_recent(first_file)
    first.send_signal(signal.SIGSTOP)  # hung: the socket accepts, nobody reads
    second, second_err = session.start(str(second_file))
    poll(
        lambda: True if "did not answer" in second_err.read_text() else None,
        "the launch did not give up on the hung app",
    )
    assert "opening a window of its own" in second_err.read_text()
    session.wait_for_recent(second_file)  # its own window showed the file
    assert second.poll() is None


def test_new_instance_opens_its_own_window_without_asking_the_running_app(session: Session) -> None:
    first_file, second_file = session.story("first.json"), session.story("second.json")
    first, _ = session.start(str(first_file))
    session.wait_for_server()
    session.wait_for_recent(first_file)
    first.send_signal(signal.SIGSTOP)  # had the launch asked it, it would wait and then say so
    second, second_err = session.start("--new-instance", str(second_file))
    session.wait_for_recent(second_file)
    assert second_err.read_text().count("did not answer") == 0
    assert second.poll() is None


def test_check_and_export_never_connect_to_the_running_app(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key in ("XDG_RUNTIME_DIR", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(key, session.env[key])
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(server_name())  # where a running app would listen for this user
    listener.listen(8)
    listener.setblocking(False)
    try:
        story = session.story("story.json")
        assert session.run("--check", str(story)).returncode == 0
        assert session.run("--export", str(session.tmp / "out.csv"), str(story)).returncode == 0
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody connected
    finally:
        listener.close()


def test_a_request_survives_its_line_and_bad_lines_are_refused(tmp_path: Path) -> None:
    request = OpenRequest(tmp_path / "a b.json", "jlr", "2023-01/2024-06")
    assert decode_request(encode_request(request).rstrip(b"\n")) == request
    assert decode_request(encode_request(OpenRequest(None))) == OpenRequest(None)
    for line, says in (
        (b"{", "not a request"),
        (b'{"protocol": 99}', f"not a request of protocol {PROTOCOL}"),
        (b'{"protocol": 1, "path": 3}', "must be text"),
        (b'{"protocol": 1, "path": "relative.json"}', "is not absolute"),
    ):
        with pytest.raises(ValueError, match=says):
            decode_request(line)


def test_with_nobody_listening_a_launch_is_told_to_serve(session: Session) -> None:
    result = hand_over(OpenRequest(None), str(session.runtime / "nobody"))
    assert result.outcome is HandOver.NO_SERVER
