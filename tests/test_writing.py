"""Exports are written whole or not at all, never over their own input, a device, a pipe or a folder."""

from __future__ import annotations

import errno
import os
import secrets
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.io import writing
from timeline_app.io.writing import WriteError, check_target, write_file

from .conftest import EVENTS_JSON

needs_posix = pytest.mark.skipif(sys.platform == "win32", reason="links, pipes and /dev are POSIX")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


def test_a_file_is_replaced_whole_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_file(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert _leftovers(tmp_path) == []


def test_a_new_file_gets_the_permissions_a_plain_open_gives(tmp_path: Path) -> None:
    umask = os.umask(0o027)
    try:
        write_file(tmp_path / "new.json", b"{}")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o640


def test_a_failed_write_leaves_the_old_file_and_no_partial_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.svg"
    target.write_bytes(b"the old drawing")
    written: list[int] = []

    def disk_full(fd: int, data: memoryview) -> None:
        written.append(os.write(fd, data[: len(data) // 2]))  # half of it goes, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writing, "_write_all", disk_full)
    with pytest.raises(WriteError) as caught:
        write_file(target, b"x" * 20_000)
    assert written == [10_000]
    assert str(caught.value) == f"{target}: could not be written (20.0 kB): No space left on device"
    assert target.read_bytes() == b"the old drawing"
    assert _leftovers(tmp_path) == []


@needs_posix
def test_the_file_read_is_protected_under_any_name(tmp_path: Path) -> None:
    source = tmp_path / "tl.json"
    shutil.copy(EVENTS_JSON, source)
    hard = tmp_path / "hard.json"
    os.link(source, hard)
    soft = tmp_path / "soft.json"
    soft.symlink_to(source)
    for spelling in (source, tmp_path / "." / "tl.json", hard, soft):
        with pytest.raises(WriteError, match="is the file the timeline was read from"):
            check_target(spelling, [source])
    assert check_target(tmp_path / "other.json", [source]) == tmp_path / "other.json"


@needs_posix
def test_devices_pipes_and_folders_are_never_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in (Path("/dev/null"), fifo):
        with pytest.raises(WriteError, match="is a device, pipe or socket"):
            write_file(target, b"data")
    with pytest.raises(WriteError, match="is a folder"):
        write_file(tmp_path, b"data")
    with pytest.raises(WriteError, match="does not exist"):
        write_file(tmp_path / "missing" / "out.json", b"data")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@needs_posix
def test_a_planted_link_at_a_temporary_name_is_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The temporary file is created exclusively: a link put where it would go is never written through."""
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    names = iter(["aaaa", "bbbb"])
    monkeypatch.setattr(secrets, "token_hex", lambda _n: next(names))
    (tmp_path / ".out.json.aaaa.partial").symlink_to(victim)
    write_file(tmp_path / "out.json", b"export")
    assert victim.read_bytes() == b"precious"
    assert (tmp_path / "out.json").read_bytes() == b"export"


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=cwd,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.mark.parametrize(
    ("name", "extra"),
    [("same.json", ()), ("same.csv", ()), ("same.json", ("--format", "timelinejs")), ("tl.png", ())],
)
def test_an_export_never_replaces_its_own_input(tmp_path: Path, name: str, extra: tuple[str, ...]) -> None:
    source = tmp_path / name
    if source.suffix == ".csv":
        source.write_text("id,title,date,status\na,A,2024,confirmed\n")
    else:
        shutil.copy(EVENTS_JSON, source)  # a timeline file may be called tl.png: it is read by content
    before = source.read_bytes()
    result = _cli("--export", f"./{name}", *extra, name, cwd=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "is the file the timeline was read from" in result.stderr
    assert "wrote" not in result.stdout
    assert source.read_bytes() == before


@needs_posix
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_an_export_to_a_device_is_refused_and_the_device_stays(tmp_path: Path) -> None:
    result = _cli("--export", "/dev/full", "--format", "native", str(EVENTS_JSON), cwd=tmp_path)
    assert result.returncode == 2
    assert "is a device, pipe or socket" in result.stderr
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


KILLED_SAVE_TIMEOUT_S = 120


@needs_posix
def test_a_save_killed_half_way_leaves_the_old_file_whole(tmp_path: Path) -> None:
    """A child saves a big timeline over a file and is killed while its temporary file grows."""
    target = tmp_path / "story.json"
    shutil.copyfile(EVENTS_JSON, target)
    before = target.read_bytes()
    benchmarks = Path(__file__).resolve().parent.parent / "benchmarks"
    script = f"""
import json, sys
sys.path.insert(0, {str(benchmarks)!r})
from synthetic import synthetic_document
from timeline_app.io.loader import parse_timeline
from timeline_app.io.formats.native import write_native
timeline = parse_timeline(json.dumps(synthetic_document(300_000)).encode())
print("writing", flush=True)
while True:
    write_native(timeline, {str(target)!r})
"""
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "writing"
            # Killed as soon as a temporary file is there: the first save is then half-way.
            while not _leftovers(tmp_path) and target.read_bytes() == before:
                pass
            partial = _leftovers(tmp_path)
        finally:
            child.kill()
            child.wait(timeout=KILLED_SAVE_TIMEOUT_S)
    assert partial, "the save finished before it could be killed"
    from timeline_app.io.loader import load_timeline

    # The file is either the old one or a whole new one, never a part.
    content = target.read_bytes()
    assert content == before or len(load_timeline(target).events) == 300_000
