"""One running app per user: a later launch hands its file to the running one over a local socket.

The first app to start listens on a per-user name (QLocalServer); a launch that finds it sends
one line of JSON (the file, the event to select, the range to view) and exits when the running
app answers. Every wait has a short deadline: a running app that does not answer (stopped, or
hung) never hangs a launch, which then opens a window of its own. A socket left by a crashed
app (nothing answers the connection) is removed before listening.
"""

from __future__ import annotations

import enum
import getpass
import hashlib
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from timeline_app.core.launch_link import OpenRequest

PROTOCOL = 1
CONNECT_MS = 1000  # a listening app accepts at once; longer means it is not there or stuck
ANSWER_MS = 3000  # the running app answers before it opens the file, so this is only its event loop
SERVER_READ_MS = 5000  # a client that connects and says nothing is dropped after this long
MAX_MESSAGE_BYTES = 64 * 1024  # a path, an id and a range: far less
# sun_path holds 108 bytes on Linux, 104 on macOS: a longer runtime folder falls back to Qt's temp dir.
_MAX_SOCKET_PATH = 100


class HandOver(enum.Enum):
    """What became of a launch's attempt to hand its file to a running app."""

    HANDED = "handed"  # the running app took it: this launch is done
    NO_SERVER = "no server"  # nobody listens (or a crashed app's socket is left): be the server
    NO_ANSWER = "no answer"  # somebody listens but did not answer in time: open a window alone
    REFUSED = "refused"  # the running app could not take the request (it said why)


@dataclass(frozen=True, slots=True)
class HandOverResult:
    """The outcome and, unless handed, what to tell the user."""

    outcome: HandOver
    message: str = ""


def server_name() -> str:
    """This user's server name: the user, the config folder (tests with their own get their own
    server) and the display hashed, as a path in $XDG_RUNTIME_DIR (private to the user) when set.

    The display, because a window opened on another screen (another X display, another Wayland
    session, a virtual one) is a window the user does not see: like a D-Bus session bus, one
    app per graphical session.
    """
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment or the password database
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    display = f"{os.environ.get('DISPLAY', '')}\0{os.environ.get('WAYLAND_DISPLAY', '')}"
    digest = hashlib.sha256(f"{user}\0{config}\0{display}".encode()).hexdigest()[:16]
    name = f"timeline-app-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform != "win32" and runtime and Path(runtime).is_absolute() and Path(runtime).is_dir():
        path = str(Path(runtime) / name)
        if len(path.encode()) <= _MAX_SOCKET_PATH:
            return path
    return name  # Qt makes it a socket in the temp folder (Unix) or a named pipe (Windows)


def encode_request(request: OpenRequest) -> bytes:
    """The one line a launch sends."""
    message = {
        "protocol": PROTOCOL,
        "path": None if request.path is None else str(request.path),
        "select": request.select,
        "view": request.view,
    }
    return json.dumps(message).encode() + b"\n"


def decode_request(line: bytes) -> OpenRequest:
    """The request in a launch's line; ValueError saying what is wrong with it."""
    try:
        message = json.loads(line.decode())
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"not a request: {error}") from None
    if not isinstance(message, dict) or message.get("protocol") != PROTOCOL:
        raise ValueError(f"not a request of protocol {PROTOCOL}")
    fields = {key: message.get(key) for key in ("path", "select", "view")}
    if not all(value is None or isinstance(value, str) for value in fields.values()):
        raise ValueError("path, select and view must be text")
    path = fields["path"]
    if path is not None and not Path(path).is_absolute():
        raise ValueError(f"the path {path!r} is not absolute")
    return OpenRequest(None if path is None else Path(path), fields["select"], fields["view"])


def hand_over(request: OpenRequest, name: str | None = None) -> HandOverResult:
    """Send ``request`` to the app running for this user, waiting at most CONNECT_MS + ANSWER_MS."""
    name = name or server_name()
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        if socket.error() == QLocalSocket.LocalSocketError.SocketTimeoutError:
            return HandOverResult(
                HandOver.NO_ANSWER, f"the running app did not accept within {CONNECT_MS} ms"
            )
        return HandOverResult(HandOver.NO_SERVER)
    deadline = time.monotonic() + ANSWER_MS / 1000
    socket.write(encode_request(request))
    reply = b""
    while b"\n" not in reply:
        left_ms = int((deadline - time.monotonic()) * 1000)
        if left_ms <= 0 or not (socket.bytesToWrite() == 0 or socket.waitForBytesWritten(left_ms)):
            break
        if socket.bytesAvailable() == 0 and not socket.waitForReadyRead(max(left_ms, 1)):
            if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                break
            continue
        reply += socket.readAll().data()
    socket.abort()
    if b"\n" not in reply:
        return HandOverResult(HandOver.NO_ANSWER, f"the running app did not answer within {ANSWER_MS} ms")
    try:
        answer = json.loads(reply.split(b"\n", 1)[0])
    except (UnicodeDecodeError, json.JSONDecodeError):
        return HandOverResult(HandOver.NO_ANSWER, "the running app answered something else than expected")
    if isinstance(answer, dict) and answer.get("ok") is True:
        return HandOverResult(HandOver.HANDED)
    error = answer.get("error") if isinstance(answer, dict) else None
    return HandOverResult(HandOver.REFUSED, str(error or "the running app refused the request"))


class InstanceServer(QObject):
    """Listens for later launches and passes on what they ask to open."""

    requested = Signal(object)  # payload: the OpenRequest of a later launch

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening, unless a live app answers on the name (even a hung one: its socket
        still accepts); what a crashed app left is removed first. False when not listening."""
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_MS):
            probe.abort()
            return False
        # Nothing answers: a socket file there is a crashed app's. (Qt would also bind beside it
        # and rename over it, for the access option; removing it says so and does not rely on that.)
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            _Connection(socket, self)


class _Connection(QObject):
    """One launch's connection: read its line, answer, pass the request on, close."""

    def __init__(self, socket: QLocalSocket, server: InstanceServer) -> None:
        super().__init__(server)
        self._socket = socket
        self._server = server
        self._buffer = b""
        socket.setParent(self)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self.deleteLater)
        QTimer.singleShot(SERVER_READ_MS, self, self._drop)  # a silent client never stays open
        self._read()

    def _read(self) -> None:
        self._buffer += self._socket.readAll().data()
        if b"\n" not in self._buffer:
            if len(self._buffer) > MAX_MESSAGE_BYTES:
                self._answer({"ok": False, "error": "the request is too long"})
            return
        line = self._buffer.split(b"\n", 1)[0]
        try:
            request = decode_request(line)
        except ValueError as error:
            self._answer({"ok": False, "error": str(error)})
            return
        # Answered first: opening may ask a question (unsaved changes) that the launch must not wait for.
        self._answer({"ok": True})
        QTimer.singleShot(0, self._server, lambda: self._server.requested.emit(request))

    def _answer(self, reply: dict[str, object]) -> None:
        self._socket.readyRead.disconnect(self._read)
        self._socket.write(json.dumps(reply).encode() + b"\n")
        self._socket.flush()
        self._socket.disconnectFromServer()

    def _drop(self) -> None:
        if self._socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            self._socket.abort()
