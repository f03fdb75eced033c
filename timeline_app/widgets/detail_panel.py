"""The detail panel: everything the file says about the selected event, with links that select.

An event's images show in it: files beside the timeline are read on a worker thread and decoded
in a child process (``render.image_loader``; a placeholder meanwhile, a message for a broken,
missing or huge one), scaled to the panel's width; web images are a link and a Load image
button, fetched only when that is clicked.
What copying and following links need is imported when they happen, not at start-up.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QImage, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from timeline_app.core.detail_html import (
    BREAK,
    BREAK_MARK_COLOR,
    EVENT_LINK_SCHEME,
    empty_state_html,
    event_html,
)
from timeline_app.core.event_table import Event
from timeline_app.core.i18n import QT_TRANSLATE_NOOP, translated
from timeline_app.core.image_html import LOAD_IMAGE_SCHEME, ImageState, ImageView, images_html
from timeline_app.core.media import is_remote
from timeline_app.render.image_loader import ImageLoader
from timeline_app.viewmodel.actions import shortcut
from timeline_app.viewmodel.view_model import TimelineViewModel

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

# The panel's name for a decoded picture: image-resource:<number>.
IMAGE_RESOURCE_SCHEME = "image-resource"
# Decoded pictures kept for going back to an event (the least recently shown go first).
PICTURES_KEPT = 24
# Room the document's margins take from a picture's width.
IMAGE_MARGIN_PX = 12
NO_FOLDER_REASON = QT_TRANSLATE_NOOP(
    "Images", "it is a file beside a timeline that is not saved yet: save the timeline first"
)


class DetailPanel(QTextBrowser):
    """Shows the selected event; a click on a linked event selects and centres it."""

    def __init__(self, model: TimelineViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setAccessibleName(QCoreApplication.translate("DetailPanel", "Event details"))
        # Links are handled here: event links select, web links open in the browser only on click.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setMinimumWidth(260)
        self._model = model
        self._folder: Path | None = None  # the timeline file's, where its images are
        self.images = ImageLoader(self)
        self.images.loaded.connect(self._on_image_loaded)
        self.images.failed.connect(self._on_image_failed)
        self._pictures: OrderedDict[str, QImage] = OrderedDict()  # by image key
        self._reasons: dict[str, str] = {}  # why an image key cannot be shown
        self._resources: dict[str, str] = {}  # image key -> resource name, and back
        self._shown_keys: list[str] = []  # the shown event's image keys
        self._shown_width = 0
        # Setting the HTML can show or hide the scroll bar, which resizes the viewport: the
        # re-layout for the new width waits for the event loop instead of nesting a setHtml.
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self._fit_images)
        self.anchorClicked.connect(self._on_anchor_clicked)
        model.selection_changed.connect(self._show)
        model.timeline_changed.connect(lambda: self._show(model.selected))
        self._show(model.selected)

    def set_folder(self, timeline_path: Path | None) -> None:
        """The timeline file shown (None: not saved yet): its images are named relative to it."""
        folder = timeline_path.parent if timeline_path is not None else None
        if folder != self._folder:
            self._folder = folder
            self._show(self._model.selected)

    def _show(self, selected: int | None, keep_scroll: bool = False) -> None:
        model = self._model
        self._shown_keys = []
        if selected is None:
            self.setHtml(empty_state_html(model.timeline, _hint_keys()))
            return
        event = model.timeline.events[selected]
        section = self._images_section(event)
        scroll = self.verticalScrollBar().value()
        self.setHtml(event_html(model.timeline, event, model.index.incoming.get(selected, ()), section))
        if keep_scroll:
            self.verticalScrollBar().setValue(scroll)

    # -- images ---------------------------------------------------------------------------

    def _key(self, url: str) -> str:
        return url.strip() if is_remote(url) else f"{self._folder}\0{url.strip()}"

    def _images_section(self, event: Event) -> str:
        views = []
        self._shown_keys = [self._key(image.url) for image in event.images]
        for image, key in zip(event.images, self._shown_keys, strict=True):
            views.append(self._view(key, image.url))
        self._shown_width = self._image_width()
        return images_html(event.images, views, self._shown_width)

    def _view(self, key: str, url: str) -> ImageView:
        picture = self._pictures.get(key)
        if picture is not None:
            self._pictures.move_to_end(key)
            resource = self._resources.setdefault(key, f"{IMAGE_RESOURCE_SCHEME}:{len(self._resources)}")
            return ImageView(ImageState.SHOWN, resource, picture.width(), picture.height())
        if key in self._reasons:
            return ImageView(ImageState.FAILED, reason=self._reasons[key])
        if self.images.pending(key):
            return ImageView(ImageState.LOADING)
        if is_remote(url):
            return ImageView(ImageState.NOT_LOADED)  # until the user asks
        if self._folder is None:
            return ImageView(ImageState.FAILED, reason=translated("Images", NO_FOLDER_REASON))
        self.images.load_local(key, self._folder, url)
        return ImageView(ImageState.LOADING)

    def _image_width(self) -> int:
        """The pictures' width: the panel's, less its frame, margins and (shown or not) scroll bar,
        so that the scroll bar coming and going does not change it."""
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return max(self.width() - 2 * self.frameWidth() - scroll_bar - IMAGE_MARGIN_PX, 1)

    def _on_image_loaded(self, key: str, picture: QImage) -> None:
        self._pictures[key] = picture
        while len(self._pictures) > PICTURES_KEPT:
            self._pictures.popitem(last=False)
        if key in self._shown_keys:
            self._show(self._model.selected, keep_scroll=True)

    def _on_image_failed(self, key: str, reason: str) -> None:
        self._reasons[key] = reason
        if key in self._shown_keys:
            self._show(self._model.selected, keep_scroll=True)

    def _load_web_image(self, number: int) -> None:
        selected = self._model.selected
        if selected is None:
            return
        images = self._model.timeline.events[selected].images
        if 0 <= number < len(images) and is_remote(images[number].url):
            self.images.load_remote(self._key(images[number].url), images[number].url.strip())
            self._show(selected, keep_scroll=True)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """The decoded pictures, by the names the panel's HTML gives them; nothing else is loaded
        (an image in the file's rich text names no file the panel would read)."""
        wanted = name.toString() if isinstance(name, QUrl) else name
        if kind == QTextDocument.ResourceType.ImageResource.value and wanted.startswith(
            f"{IMAGE_RESOURCE_SCHEME}:"
        ):
            key = next((key for key, resource in self._resources.items() if resource == wanted), None)
            return self._pictures.get(key) if key is not None else None
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._shown_keys:
            self._relayout.start()

    def _fit_images(self) -> None:
        """The pictures scaled to the panel's width once more, if it changed."""
        if self._shown_keys and self._image_width() != self._shown_width:
            self._show(self._model.selected, keep_scroll=True)

    def createMimeDataFromSelection(self) -> QMimeData:
        """The selection as the file has it: without the breaks detail_html put into long words."""
        from PySide6.QtCore import QMimeData
        from PySide6.QtGui import QColor, QTextCursor, QTextDocument, QTextDocumentFragment

        cursor = self.textCursor()
        if BREAK not in cursor.selectedText():
            return super().createMimeDataFromSelection()
        copy = QTextDocument()
        editor = QTextCursor(copy)
        editor.insertFragment(cursor.selection())
        mark, found = QColor(BREAK_MARK_COLOR), copy.find(BREAK)
        while not found.isNull():
            # The found character is selected: its format is the one the cursor reports.
            if found.charFormat().foreground().color() == mark:
                found.removeSelectedText()
            found = copy.find(BREAK, found)
        fragment = QTextDocumentFragment(copy)
        data = QMimeData()
        data.setText(fragment.toPlainText())
        data.setHtml(fragment.toHtml())
        return data

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == EVENT_LINK_SCHEME:
            self._model.select_id(url.path())
        elif url.scheme() == LOAD_IMAGE_SCHEME and url.path().isdigit():
            self._load_web_image(int(url.path()))
        elif url.scheme() in ("http", "https"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)


# The actions the empty panel's hints name, by the names EMPTY_STATE_HINTS uses.
_HINT_ACTIONS = {
    "next": "canvas.next",
    "zoom_in": "canvas.zoom_in",
    "zoom_out": "canvas.zoom_out",
    "fit": "canvas.fit_all",
    "new_event": "edit.new_event",
    "edit": "edit.edit_event",
}


def _hint_keys() -> dict[str, str]:
    return {name: shortcut(action).main_key() for name, action in _HINT_ACTIONS.items()}
