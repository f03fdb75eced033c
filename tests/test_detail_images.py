"""Images in the detail panel: local files decoded off the GUI thread, scaled to the panel, broken
and huge ones refused with a message, web images only when asked."""

from __future__ import annotations

import json
import os
import re
import signal
import struct
import subprocess
import sys
import threading
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer, QUrl
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from timeline_app.app.main_window import MainWindow
from timeline_app.core.image_html import LOAD_IMAGE_SCHEME, ImageState, ImageView, images_html
from timeline_app.core.model import EventImage
from timeline_app.render import image_decoding, image_loader, image_process
from timeline_app.render.image_process import DecoderProcess
from timeline_app.widgets.detail_panel import DetailPanel

from .conftest import REPO_ROOT, show_window
from .pictures import TEAL_RGB, solid_png
from .processes import run_in_session

RED = QColor("#e0115f")
TEAL = QColor(*TEAL_RGB)
linux_only = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")


def png_bytes(width: int = 400, height: int = 300, color: QColor = RED) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(color)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


def huge_png_header(side: int = 20000) -> bytes:
    """A PNG that says it is ``side`` x ``side`` pixels: a header and a scrap of pixel data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 1000))


def write_timeline(folder: Path, images: list[dict[str, str]]) -> Path:
    events = [
        {
            "id": "plant",
            "title": "Plant opens",
            "date": "2024-04-11",
            "status": "confirmed",
            "images": images,
        },
        {"id": "other", "title": "Something else", "date": "2024-05-01", "status": "reported"},
    ]
    path = folder / "story.json"
    path.write_text(json.dumps({"title": "Pictures", "events": events}), encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "red.png").write_bytes(png_bytes())
    (tmp_path / "pics" / "broken.png").write_bytes(png_bytes()[:120])  # cut short
    (tmp_path / "pics" / "notes.png").write_bytes(b"these are notes, not a picture")
    (tmp_path / "pics" / "huge.png").write_bytes(huge_png_header())
    return tmp_path


def _window(qtbot: QtBot, path: Path) -> MainWindow:
    window = show_window(qtbot, path)
    window.model.select_id("plant")
    return window


def _text(panel: DetailPanel) -> str:
    return panel.toPlainText()


# -- the section's HTML (pure) -------------------------------------------------------------


def test_words_from_the_file_are_plain_text_in_the_images_section() -> None:
    image = EventImage(url="pics/<i>x.png", caption="<script>alert(1)</script>", credit="A & B")
    html = images_html([image], [ImageView(ImageState.FAILED, reason="no such file")], 300)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;i&gt;x.png cannot be shown: no such file" in html
    assert "A &amp; B" in html


def test_a_shown_picture_is_scaled_to_the_panel_width_and_keeps_its_shape() -> None:
    image = EventImage(url="a.png", alt="A red square")
    html = images_html([image], [ImageView(ImageState.SHOWN, "image-resource:0", 1200, 800)], 300)
    assert 'width="300" height="200"' in html and 'alt="A red square"' in html
    small = images_html([image], [ImageView(ImageState.SHOWN, "image-resource:0", 120, 80)], 300)
    assert 'width="120" height="80"' in small  # never blown up past its own size


def test_a_web_image_is_a_link_and_a_load_button_until_asked() -> None:
    image = EventImage(url="https://example.org/a.jpg", caption="Caption")
    html = images_html([image], [ImageView(ImageState.NOT_LOADED)], 300)
    assert '<a href="https://example.org/a.jpg">' in html
    assert f'href="{LOAD_IMAGE_SCHEME}:0"' in html and "Load image" in html and "<img" not in html


# -- the panel ---------------------------------------------------------------------------


def test_a_local_image_shows_scaled_to_the_panel(qtbot: QtBot, folder: Path, isolated_settings: Path) -> None:
    window = _window(qtbot, write_timeline(folder, [{"url": "pics/red.png", "caption": "The red plant"}]))
    panel = window.detail_panel
    qtbot.waitUntil(lambda: "image-resource:" in panel.toHtml())
    assert "The red plant" in _text(panel)
    # Drawn: the panel's pixels hold the picture's colour, over no wider than the panel.
    panel.verticalScrollBar().setValue(panel.verticalScrollBar().maximum())
    shot = panel.viewport().grab().toImage()
    red = [x for x in range(shot.width()) for y in range(0, shot.height(), 4) if shot.pixelColor(x, y) == RED]
    assert red, "the picture is not drawn"
    assert max(red) - min(red) + 1 <= panel.viewport().width()
    assert max(red) - min(red) + 1 < 400  # scaled down from its 400 pixels to the panel


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("pics/broken.png", "broken.png cannot be shown: it could not be decoded"),
        ("pics/notes.png", "notes.png cannot be shown: it is not an image this app can read"),
        ("pics/huge.png", "huge.png cannot be shown: it is 20,000 × 20,000 pixels"),
        ("pics/gone.png", "gone.png cannot be shown: no such file"),
        ("pics", "pics cannot be shown: it is a folder"),
    ],
)
def test_a_broken_huge_or_missing_file_gets_a_placeholder_naming_it(
    qtbot: QtBot, folder: Path, isolated_settings: Path, url: str, words: str
) -> None:
    window = _window(qtbot, write_timeline(folder, [{"url": url}]))
    qtbot.waitUntil(lambda: "cannot be shown" in _text(window.detail_panel))
    assert words in _text(window.detail_panel)
    assert "<img" not in window.detail_panel.toHtml()


def test_a_file_over_the_size_limit_is_not_read(
    qtbot: QtBot, folder: Path, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(image_decoding, "MAX_IMAGE_FILE_BYTES", 1000)
    window = _window(qtbot, write_timeline(folder, [{"url": "pics/red.png"}]))
    qtbot.waitUntil(lambda: "cannot be shown" in _text(window.detail_panel))
    assert "red.png cannot be shown: it is" in _text(window.detail_panel)
    assert "more than the 1.0 kB read" in _text(window.detail_panel)


def test_the_gui_answers_while_a_slow_image_loads(
    qtbot: QtBot, folder: Path, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    started = threading.Event()
    real = image_decoding.read_local_bytes

    def slow(*args: Any, **kwargs: Any) -> bytes:
        started.set()
        release.wait(timeout=60)
        return real(*args, **kwargs)

    monkeypatch.setattr(image_loader, "read_local_bytes", slow)
    window = _window(qtbot, write_timeline(folder, [{"url": "pics/red.png"}]))
    panel = window.detail_panel
    try:
        qtbot.waitUntil(started.is_set)
        assert "Loading red.png…" in _text(panel)  # the placeholder while it loads
        ticks: list[int] = []
        QTimer.singleShot(0, lambda: ticks.append(1))
        qtbot.waitUntil(lambda: bool(ticks))  # the event loop runs while the worker is stuck
        window.model.select_id("other")  # and the window still does what it is asked
        assert "Something else" in _text(panel)
        window.model.select_id("plant")
        assert "Loading red.png…" in _text(panel)
    finally:
        release.set()
    qtbot.waitUntil(lambda: "image-resource:" in panel.toHtml())


# A child app's window on the timeline named by its first argument, its event "plant" selected;
# each script then polls what it waits for.
WINDOW_SCRIPT = """
import os, signal, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from timeline_app.app import create_main_window
window = create_main_window(Path(sys.argv[1]))
window.show()
window.model.select_id("plant")
"""

FIFO_SCRIPT = (
    WINDOW_SCRIPT
    + """
def check():
    if "named pipe" in window.detail_panel.toPlainText():
        print("refused:", window.detail_panel.toPlainText().split("Images", 1)[1].split("\\n")[1])
        app.quit()
    else:
        QTimer.singleShot(20, check)
check()
app.exec()
window.close()
"""
)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_as_the_image_never_hangs_the_app(folder: Path, isolated_settings: Path) -> None:
    os.mkfifo(folder / "pics" / "pipe.png")
    path = write_timeline(folder, [{"url": "pics/pipe.png"}])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(isolated_settings)}
    done = subprocess.run(
        [sys.executable, "-c", FIFO_SCRIPT, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "pipe.png cannot be shown: it is a named pipe (FIFO), not a file" in done.stdout


# -- web images --------------------------------------------------------------------------


class _Server:
    """A local web server in a thread that counts the requests it answers."""

    def __init__(self, body: bytes) -> None:
        self.requests: list[str] = []
        self.release = threading.Event()  # what /silent waits for before it answers
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.requests.append(self.path)
                if self.path == "/silent.png":
                    owner.release.wait(timeout=60)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def server() -> Iterator[_Server]:
    served = _Server(png_bytes(300, 200))
    yield served
    served.close()


def test_a_web_image_loads_only_when_the_user_asks(
    qtbot: QtBot, folder: Path, isolated_settings: Path, server: _Server, decoder: DecoderProcess
) -> None:
    window = _window(
        qtbot, write_timeline(folder, [{"url": server.url("/plant.png"), "caption": "From the web"}])
    )
    panel = window.detail_panel
    assert "Load image" in _text(panel) and "From the web" in _text(panel)
    ticks: list[int] = []
    QTimer.singleShot(100, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks))
    assert server.requests == []  # nothing fetched by showing the event
    panel.anchorClicked.emit(QUrl(f"{LOAD_IMAGE_SCHEME}:0"))
    qtbot.waitUntil(lambda: "image-resource:" in panel.toHtml(), timeout=20_000)
    assert server.requests == ["/plant.png"]
    assert decoder.pid is not None  # decoded by the same child as a file


def test_a_web_image_over_the_size_cap_is_given_up(
    qtbot: QtBot,
    folder: Path,
    isolated_settings: Path,
    server: _Server,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(image_loader, "MAX_IMAGE_FILE_BYTES", 100)
    window = _window(qtbot, write_timeline(folder, [{"url": server.url("/big.png")}]))
    window.detail_panel.anchorClicked.emit(QUrl(f"{LOAD_IMAGE_SCHEME}:0"))
    qtbot.waitUntil(lambda: "cannot be shown" in _text(window.detail_panel), timeout=20_000)
    assert "big.png cannot be shown: it is more than the 100 bytes loaded" in _text(window.detail_panel)


def test_a_web_image_that_does_not_arrive_is_given_up(
    qtbot: QtBot,
    folder: Path,
    isolated_settings: Path,
    server: _Server,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(image_loader, "TRANSFER_TIMEOUT_MS", 300)
    window = _window(qtbot, write_timeline(folder, [{"url": server.url("/silent.png")}]))
    window.detail_panel.anchorClicked.emit(QUrl(f"{LOAD_IMAGE_SCHEME}:0"))
    qtbot.waitUntil(lambda: "cannot be shown" in _text(window.detail_panel), timeout=20_000)
    assert "silent.png cannot be shown: it took longer than 0.3 s to arrive" in _text(window.detail_panel)


# -- the decoder child, seen from the window -----------------------------------------------------

BIG_SIDE = 7000  # 49 million pixels: just under the limit, a second or more to decode


@pytest.fixture
def gallery(tmp_path: Path) -> Path:
    """A timeline of four events, each with a picture: a small one, a big one, two more small ones."""
    (tmp_path / "pics").mkdir()
    pictures = {"plant": "red.png", "big": "big.png", "after": "blue.png", "last": "green.png"}
    (tmp_path / "pics" / "red.png").write_bytes(png_bytes())
    (tmp_path / "pics" / "big.png").write_bytes(solid_png(BIG_SIDE, BIG_SIDE))
    (tmp_path / "pics" / "blue.png").write_bytes(png_bytes(200, 100, QColor("blue")))
    (tmp_path / "pics" / "green.png").write_bytes(png_bytes(200, 100, QColor("green")))
    events = [
        {
            "id": key,
            "title": f"Event {key}",
            "date": f"2024-0{n + 1}",
            "status": "confirmed",
            "images": [{"url": f"pics/{name}"}],
        }
        for n, (key, name) in enumerate(pictures.items())
    ]
    path = tmp_path / "gallery.json"
    path.write_text(json.dumps({"title": "Gallery", "events": events}), encoding="utf-8")
    return path


@pytest.fixture
def decoder() -> Iterator[DecoderProcess]:
    """The app's decoder, ended before the test (so that it starts afresh) and after it."""
    shared = image_loader._DECODING.decoder
    shared.stop()
    yield shared
    shared.stop()


def _warm(qtbot: QtBot, window: MainWindow, decoder: DecoderProcess) -> int:
    """Show the first event's picture, so that the decoder child runs; its process id."""
    window.model.select_id("plant")
    qtbot.waitUntil(lambda: "image-resource:" in window.detail_panel.toHtml(), timeout=60_000)
    assert decoder.pid is not None
    return decoder.pid


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def _select_and_catch_at_work(qtbot: QtBot, window: MainWindow, event: str, pid: int) -> None:
    """Select ``event`` and wait until the (idle) decoder child ``pid`` uses processor time on its picture."""
    idle = _cpu_ticks(pid)
    window.model.select_id(event)
    qtbot.waitUntil(lambda: _cpu_ticks(pid) > idle, timeout=60_000)


@linux_only
def test_the_window_keeps_answering_while_a_big_picture_decodes(
    qtbot: QtBot,
    gallery: Path,
    isolated_settings: Path,
    decoder: DecoderProcess,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(image_process, "DECODE_TIMEOUT_SECONDS", 120.0)
    window = show_window(qtbot, gallery)
    panel = window.detail_panel
    child = _warm(qtbot, window, decoder)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    _select_and_catch_at_work(qtbot, window, "big", child)
    os.kill(child, signal.SIGSTOP)  # held mid-decode for as long as the test likes
    try:
        assert "Loading big.png…" in _text(panel)
        seen = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= seen + 20)  # the event loop runs meanwhile
        window.model.select_id("after")  # and the window does what it is asked
        assert "Event after" in _text(panel)
        window.model.select_id("big")
        assert "Loading big.png…" in _text(panel)
    finally:
        os.kill(child, signal.SIGCONT)
        timer.stop()
    qtbot.waitUntil(lambda: "image-resource:" in panel.toHtml(), timeout=60_000)
    assert re.search(r'src="image-resource:\d+"[^>]* width="(\d+)" height="\1"', panel.toHtml())  # square
    panel.verticalScrollBar().setValue(panel.verticalScrollBar().maximum())
    shot = panel.viewport().grab().toImage()
    assert any(shot.pixelColor(x, y) == TEAL for x in range(shot.width()) for y in range(0, shot.height(), 4))
    assert decoder.pid == child  # the same child all along


@linux_only
def test_a_decoder_killed_mid_decode_leaves_a_placeholder_and_the_next_picture_loads(
    qtbot: QtBot, gallery: Path, isolated_settings: Path, decoder: DecoderProcess
) -> None:
    window = show_window(qtbot, gallery)
    panel = window.detail_panel
    child = _warm(qtbot, window, decoder)
    _select_and_catch_at_work(qtbot, window, "big", child)
    os.kill(child, signal.SIGKILL)
    qtbot.waitUntil(lambda: "cannot be shown" in _text(panel), timeout=60_000)
    assert (
        "big.png cannot be shown: it could not be decoded: the decoder process was stopped by "
        "signal SIGKILL (killed, perhaps for lack of memory)"
    ) in _text(panel)
    window.model.select_id("after")
    qtbot.waitUntil(lambda: "image-resource:" in panel.toHtml(), timeout=60_000)
    assert decoder.pid not in (None, child)


@linux_only
def test_a_decoder_that_hangs_leaves_a_placeholder_saying_it_took_too_long(
    qtbot: QtBot,
    gallery: Path,
    isolated_settings: Path,
    decoder: DecoderProcess,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(image_process, "DECODE_TIMEOUT_SECONDS", 1.0)
    window = show_window(qtbot, gallery)
    panel = window.detail_panel
    child = _warm(qtbot, window, decoder)
    os.kill(child, signal.SIGSTOP)  # it never answers, as a decoder in an endless loop
    window.model.select_id("after")
    qtbot.waitUntil(lambda: "cannot be shown" in _text(panel), timeout=60_000)
    assert "blue.png cannot be shown: it took longer than 1 s to decode" in _text(panel)
    window.model.select_id("last")
    qtbot.waitUntil(lambda: "image-resource:" in panel.toHtml(), timeout=60_000)
    assert decoder.pid not in (None, child)


APP_ENDS_SCRIPT = (
    WINDOW_SCRIPT
    + """
from timeline_app.render import image_loader
def check():
    if "image-resource:" not in window.detail_panel.toHtml():
        QTimer.singleShot(20, check)
        return
    child = image_loader._DECODING.decoder.pid
    print(child, flush=True)
    if sys.argv[2] == "killed":  # the app killed while its decoder is stopped with work to do
        os.kill(child, signal.SIGSTOP)
        window.model.select_id("after")
        os.kill(os.getpid(), signal.SIGKILL)
    window.close()
    app.quit()
check()
app.exec()
"""
)


@linux_only
@pytest.mark.parametrize(("how", "exit_code"), [("closed", 0), ("killed", -signal.SIGKILL)])
def test_no_decoder_outlives_the_app(
    gallery: Path, isolated_settings: Path, how: str, exit_code: int
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(isolated_settings)}
    # (Fails if any process of the app's session is alive a moment after it ended.)
    output, code, errors = run_in_session(
        APP_ENDS_SCRIPT, str(gallery), how, timeout=120, env=env, cwd=REPO_ROOT
    )
    assert code == exit_code, errors
    assert output.split() and output.split()[0].isdigit(), f"no decoder ran:\n{errors}"


@linux_only
def test_a_window_closed_while_its_picture_decodes_lets_the_next_window_load_pictures(
    qtbot: QtBot, gallery: Path, isolated_settings: Path, decoder: DecoderProcess
) -> None:
    from timeline_app.app import create_main_window

    window = create_main_window(gallery)
    window.show()
    child = _warm(qtbot, window, decoder)
    mailbox = window.detail_panel.images._mailbox
    _select_and_catch_at_work(qtbot, window, "big", child)
    os.kill(child, signal.SIGSTOP)  # its picture stays on its way while the window goes
    try:
        window.close()
        window.deleteLater()
        qtbot.waitUntil(lambda: mailbox._closed)  # the loader went with it, and its mailbox closed
    finally:
        os.kill(child, signal.SIGCONT)
    # The big picture's answer reaches a closed mailbox and is dropped; the worker goes on.
    other = show_window(qtbot, gallery)
    other.model.select_id("last")
    qtbot.waitUntil(lambda: "image-resource:" in other.detail_panel.toHtml(), timeout=60_000)
    assert decoder.pid == child  # the same child served both windows
