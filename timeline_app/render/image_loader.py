"""Loading an event's images: local files read on a worker thread, web images (only when the user
asks) through QNetworkAccessManager with a size cap and a timeout, every picture decoded in a
child process (``image_process``), never on the GUI thread.

Each request names a key; the answer comes back on the GUI thread as ``loaded(key, image)`` or
``failed(key, reason)``. Reading never blocks: a named pipe is refused at open, a file is read
within a size limit. One worker thread, shared by the app's windows, reads a file and hands its
bytes to the decoder child, then waits for the pixels (as long as the child takes, within its
timeout). It makes no Qt call at all: Qt's image readers called from a Python thread held the
interpreter while they took Qt's locks, and the GUI thread destroying a widget held those locks
while it waited for the interpreter, a deadlock seen in a test run; a signal emitted from the
worker would take the same locks. So results go into a mailbox and a byte on a socket wakes the
GUI thread (a QSocketNotifier), which turns the pixels into a QImage with one copy.
"""

from __future__ import annotations

import contextlib
import queue
import socket
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

from timeline_app.core.i18n import QT_TRANSLATE_NOOP, Phrase
from timeline_app.io.files import size_text
from timeline_app.render.image_decoding import (
    MAX_DECODED_WIDTH,
    MAX_IMAGE_FILE_BYTES,
    ImageError,
    read_local_bytes,
)
from timeline_app.render.image_process import DecodedPixels, DecoderProcess

# A web image that has not arrived in this long is given up.
TRANSFER_TIMEOUT_MS = 20_000
MAX_REDIRECTS = 5


class _Mailbox:
    """Results from the worker thread to one loader on the GUI thread, with no Qt call on the worker:
    a lock-guarded queue, and a byte on a socket pair that a QSocketNotifier watches."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._results: deque[tuple[str, DecodedPixels | Phrase]] = deque()
        self._wake, self.woken = socket.socketpair()  # the worker writes, the GUI thread reads
        self._wake.setblocking(False)
        self.woken.setblocking(False)
        self._closed = False

    def post(self, key: str, result: DecodedPixels | Phrase) -> None:
        """(Worker thread.) Leave a result and wake the GUI thread; nothing if the loader is gone."""
        with self._lock:
            if self._closed:
                return
            self._results.append((key, result))
            # (BlockingIOError: the socket is full of wake-ups the GUI thread has not read yet.)
            with contextlib.suppress(BlockingIOError):
                self._wake.send(b"\0")

    def take(self) -> list[tuple[str, DecodedPixels | Phrase]]:
        """(GUI thread.) The results left since the last call."""
        with self._lock:
            try:
                while self.woken.recv(4096):
                    pass
            except BlockingIOError:
                pass
            results = list(self._results)
            self._results.clear()
        return results

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._results.clear()
            self._wake.close()
            self.woken.close()


@dataclass(frozen=True, slots=True)
class _Job:
    """One picture to decode: the file (folder and url) or the downloaded bytes, and where to answer."""

    key: str
    mailbox: _Mailbox
    folder: Path | None = None
    url: str = ""
    data: bytes | None = None


class _Decoding:
    """The one worker thread (started at the first picture) and the decoder child it talks to."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.decoder = DecoderProcess()

    def submit(self, job: _Job) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="image decoding", daemon=True)
                self._thread.start()
        self._jobs.put(job)

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            job.mailbox.post(job.key, self._result(job))
            del job

    def _result(self, job: _Job) -> DecodedPixels | Phrase:
        """The job's pixels, or the reason it has none (a failure of any kind must come back)."""
        try:
            data = job.data if job.data is not None else read_local_bytes(job.folder or Path(), job.url)
            return self.decoder.decode(data, MAX_DECODED_WIDTH)
        except ImageError as error:
            return error.phrase
        except Exception as error:  # (a broken file must not end the worker unheard)
            return Phrase("Images", QT_TRANSLATE_NOOP("Images", "it could not be decoded: %1"), (str(error),))


_DECODING = _Decoding()


class ImageLoader(QObject):
    """Loads images by key; at most one load per key at a time."""

    loaded = Signal(str, QImage)  # payload: key, the picture
    failed = Signal(str, str)  # payload: key, why it cannot be shown (translated words, no file name)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mailbox = _Mailbox()
        self._notifier = QSocketNotifier(self._mailbox.woken.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._deliver)
        # The worker may still hold the mailbox when this loader is gone: closed, it takes nothing.
        self.destroyed.connect(_closer(self._mailbox, self._notifier))
        self._pending: set[str] = set()
        self._network: QNetworkAccessManager | None = None  # made on the first web request
        self._replies: dict[str, QNetworkReply] = {}

    def pending(self, key: str) -> bool:
        """Whether ``key`` is being loaded."""
        return key in self._pending

    def load_local(self, key: str, folder: Path, url: str) -> None:
        """Read the file ``url`` in ``folder`` on the worker thread and decode it in the child."""
        if key not in self._pending:
            self._pending.add(key)
            _DECODING.submit(_Job(key, self._mailbox, folder=folder, url=url))

    def load_remote(self, key: str, url: str) -> None:
        """Download ``url`` (http or https), at most MAX_IMAGE_FILE_BYTES, then decode it in the child."""
        if key in self._pending:
            return
        self._pending.add(key)
        if self._network is None:
            self._network = QNetworkAccessManager(self)
        request = QNetworkRequest(QUrl(url))
        request.setTransferTimeout(TRANSFER_TIMEOUT_MS)
        request.setMaximumRedirectsAllowed(MAX_REDIRECTS)
        # Never from https down to http on a redirect.
        request.setAttribute(
            QNetworkRequest.Attribute.RedirectPolicyAttribute,
            QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy,
        )
        reply = self._network.get(request)
        self._replies[key] = reply
        reply.metaDataChanged.connect(lambda: self._check_size(key, reply.header(_LENGTH)))
        reply.downloadProgress.connect(lambda received, _total: self._check_size(key, received))
        reply.finished.connect(lambda: self._on_reply(key, reply))

    def _check_size(self, key: str, size: object) -> None:
        reply = self._replies.get(key)
        if reply is not None and isinstance(size, int) and size > MAX_IMAGE_FILE_BYTES:
            reply.setProperty("tooBig", True)
            reply.abort()

    def _on_reply(self, key: str, reply: QNetworkReply) -> None:
        self._replies.pop(key, None)
        reply.deleteLater()
        if reply.property("tooBig"):
            message = QT_TRANSLATE_NOOP("Images", "it is more than the %1 loaded")
            self._finish(key, Phrase("Images", message, (size_text(MAX_IMAGE_FILE_BYTES),)))
        elif reply.error() in _TIMED_OUT:
            message = QT_TRANSLATE_NOOP("Images", "it took longer than %1 s to arrive")
            self._finish(key, Phrase("Images", message, (f"{TRANSFER_TIMEOUT_MS / 1000:g}",)))
        elif reply.error() is not QNetworkReply.NetworkError.NoError:
            message = QT_TRANSLATE_NOOP("Images", "it could not be loaded: %1")
            self._finish(key, Phrase("Images", message, (reply.errorString(),)))
        else:  # the same decoder as a file's, with the downloaded bytes
            _DECODING.submit(_Job(key, self._mailbox, data=bytes(reply.readAll().data())))

    def _deliver(self) -> None:
        """(GUI thread, woken by the worker.) The decoded pictures and the failures, as signals."""
        for key, result in self._mailbox.take():
            if isinstance(result, DecodedPixels):
                self._finish(key, result.to_image())
            else:
                self._finish(key, result)

    def _finish(self, key: str, result: QImage | Phrase) -> None:
        self._pending.discard(key)
        if isinstance(result, QImage):
            self.loaded.emit(key, result)
        else:  # the reason, said in the window's language
            self.failed.emit(key, result.translated())


def _closer(mailbox: _Mailbox, notifier: QSocketNotifier) -> Callable[[], None]:
    """A slot for a loader's end that closes its ``mailbox`` (after the ``notifier`` watching it)
    and holds no reference to the loader."""

    def close() -> None:
        with contextlib.suppress(RuntimeError):  # (already deleted)
            notifier.setEnabled(False)
        mailbox.close()

    return close


_LENGTH = QNetworkRequest.KnownHeaders.ContentLengthHeader
# What a transfer timeout ends a reply with (Qt has said both).
_TIMED_OUT = (QNetworkReply.NetworkError.TimeoutError, QNetworkReply.NetworkError.OperationCanceledError)
