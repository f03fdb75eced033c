"""Loading an event's images: local files read on a worker thread, web images (only when the
user asks) through QNetworkAccessManager with a size cap and a timeout, both decoded on the GUI
thread.

Each request names a key; the answer comes back on the GUI thread as ``loaded(key, image)`` or
``failed(key, reason)``. Reading never blocks: a named pipe is refused at open, a file is read
within a size limit. Decoding is bounded: a picture's size is checked from its header and a big
one decoded scaled down (``image_decoding``). It is not done on the worker because Qt's image
readers, called from a Python thread, hold the interpreter while they take Qt's locks; the GUI
thread destroying a widget holds those locks while it waits for the interpreter: a deadlock,
seen in a test run.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

from timeline_app.core.i18n import QT_TRANSLATE_NOOP, Phrase
from timeline_app.io.files import size_text
from timeline_app.render.image_decoding import (
    MAX_DECODED_WIDTH,
    MAX_IMAGE_FILE_BYTES,
    ImageError,
    decode_image,
    read_local_bytes,
)

# A web image that has not arrived in this long is given up.
TRANSFER_TIMEOUT_MS = 20_000
MAX_REDIRECTS = 5
# Decoding runs on few threads: pictures are big, and the machine does other things.
WORKER_THREADS = 2


class _Answer(QObject):
    """Carries a worker's result to the GUI thread (it lives there; the worker emits)."""

    done = Signal(str, object)  # payload: key, the file's bytes or the reason (Phrase) it failed


class _Read(QRunnable):
    """Reads a local image file on a worker: plain Python, no Qt."""

    def __init__(self, answer: _Answer, key: str, folder: Path, url: str) -> None:
        super().__init__()
        self._answer, self._key, self._folder, self._url = answer, key, folder, url

    def run(self) -> None:
        try:
            result: bytes | Phrase = read_local_bytes(self._folder, self._url)
        except ImageError as error:
            result = error.phrase
        except Exception as error:  # (a broken file must not end the worker unheard)
            result = Phrase("Images", QT_TRANSLATE_NOOP("Images", "it could not be read: %1"), (str(error),))
        self._answer.done.emit(self._key, result)


class ImageLoader(QObject):
    """Loads images by key; at most one load per key at a time."""

    loaded = Signal(str, QImage)  # payload: key, the picture
    failed = Signal(str, str)  # payload: key, why it cannot be shown (translated words, no file name)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(WORKER_THREADS)
        self._answer = _Answer(self)
        self._answer.done.connect(self._on_done)
        self._pending: set[str] = set()
        self._network: QNetworkAccessManager | None = None  # made on the first web request
        self._replies: dict[str, QNetworkReply] = {}

    def pending(self, key: str) -> bool:
        """Whether ``key`` is being loaded."""
        return key in self._pending

    def load_local(self, key: str, folder: Path, url: str) -> None:
        """Read and decode the file ``url`` in ``folder`` on a worker thread."""
        if key not in self._pending:
            self._pending.add(key)
            self._pool.start(_Read(self._answer, key, folder, url))

    def load_remote(self, key: str, url: str) -> None:
        """Download ``url`` (http or https), at most MAX_IMAGE_FILE_BYTES, then decode it."""
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
            self._on_done(key, Phrase("Images", message, (size_text(MAX_IMAGE_FILE_BYTES),)))
        elif reply.error() in _TIMED_OUT:
            message = QT_TRANSLATE_NOOP("Images", "it took longer than %1 s to arrive")
            self._on_done(key, Phrase("Images", message, (f"{TRANSFER_TIMEOUT_MS / 1000:g}",)))
        elif reply.error() is not QNetworkReply.NetworkError.NoError:
            message = QT_TRANSLATE_NOOP("Images", "it could not be loaded: %1")
            self._on_done(key, Phrase("Images", message, (reply.errorString(),)))
        else:
            self._on_done(key, bytes(reply.readAll().data()))

    def _on_done(self, key: str, result: object) -> None:
        self._pending.discard(key)
        if isinstance(result, bytes):
            try:
                result = decode_image(result, MAX_DECODED_WIDTH)
            except ImageError as error:
                result = error.phrase
        if isinstance(result, QImage):
            self.loaded.emit(key, result)
        else:  # the reason, said in the window's language
            self.failed.emit(key, result.translated() if isinstance(result, Phrase) else str(result))

    def wait(self) -> None:
        """Wait for the workers (tests, and the end of the app)."""
        self._pool.waitForDone()


_LENGTH = QNetworkRequest.KnownHeaders.ContentLengthHeader
# What a transfer timeout ends a reply with (Qt has said both).
_TIMED_OUT = (QNetworkReply.NetworkError.TimeoutError, QNetworkReply.NetworkError.OperationCanceledError)
