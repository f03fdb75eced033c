"""File ▸ New from Article: an article file (or a dropped one) drafted into a timeline to review."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app.app.file_controller import FileController
from timeline_app.app.messages import plain_message_box, problem_list
from timeline_app.core.i18n import fill, whole_number
from timeline_app.core.quoting import visible
from timeline_app.io.errors import TimelineLoadError

# What File ▸ New from Article offers and what a drop on the window drafts instead of opening.
ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml")
translate = QCoreApplication.translate  # the name lupdate finds: translate("Context", "text")


def article_filter() -> str:
    """The file dialog's filters: articles, then every file."""
    articles = fill(
        translate("Articles", "Articles (%1)"), " ".join("*" + suffix for suffix in ARTICLE_SUFFIXES)
    )
    every_file = translate("Files", "All files (*)")
    return f"{articles};;{every_file}"


class PublicationDateDialog(QDialog):
    """Asks when an article was published, for one that does not say: relative dates
    ("last April", "on Monday") are read from it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Articles", "Publication Date"))
        question = translate(
            "Articles",
            "%1 does not say when it was published. Dates such as “last April” or "
            "“on Monday” are read from the date you give here.",
        )
        label = QLabel(fill(question, visible(name)))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setObjectName("publishedDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        label.setBuddy(self.date_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.date_edit)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def published(self) -> str:
        return self.date_edit.date().toString("yyyy-MM-dd")


class ArticleCommands(QObject):
    """Turns an article into a draft timeline shown as unsaved changes, beside its text."""

    def __init__(self, files: FileController, window: QWidget) -> None:
        super().__init__(window)
        self._files = files
        self._window = window
        files.article_drafted.connect(self._drafted)
        files.article_failed.connect(self._draft_failed)

    def new_from_article(self, path: Path | None = None, published: str | None = None) -> bool:
        """Draft a timeline from ``path`` (asked for when None) in the background, with progress
        and Cancel; True when drafting began. An article that does not say when it was
        published is asked about, then drafted again with the date given."""
        files = self._files
        if not files.may_discard():
            return False
        if path is None:
            start = str(files.path.parent) if files.path else str(Path.home())
            chosen, _ = QFileDialog.getOpenFileName(
                self._window, translate("Articles", "New from Article"), start, article_filter()
            )
            if not chosen:
                return False
            path = Path(chosen)
        files.draft_article(path, published)
        return True

    def _drafted(self, path: Path, count: int) -> None:
        name = visible(path.name)
        if count:
            drafted = (
                translate("Articles", "Drafted %1 event from %2: review it beside the text")
                if count == 1
                else translate("Articles", "Drafted %1 events from %2: review them beside the text")
            )
            self._files.status.emit(fill(drafted, whole_number(count), name))
        else:
            self._files.status.emit(fill(translate("Articles", "No dated facts found in %1"), name))

    def _draft_failed(self, path: Path, error: TimelineLoadError) -> None:
        from timeline_app.article import PublicationDateMissingError  # (loaded by the drafting)

        if not isinstance(error, PublicationDateMissingError):
            self._failed(path, error)
            return
        dialog = PublicationDateDialog(path.name, self._window)
        if self._files.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self._files.draft_article(path, dialog.published())

    def _failed(self, path: Path, error: TimelineLoadError) -> None:
        box = plain_message_box(
            QMessageBox.Icon.Warning,
            translate("Articles", "Cannot draft a timeline"),
            fill(translate("Articles", "%1 cannot be read as an article."), visible(path.name)),
            problem_list(error),
            parent=self._window,
        )
        self._files.run_dialog(box)
