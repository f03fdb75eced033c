"""The article beside its draft timeline: each event's sentence marked; a click on either selects the other.

Accept and reject act on the selected event or on every draft, through the review session
(undoable steps of the editor). The article is shown as plain text, never as markup.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.i18n import fill, whole_number
from timeline_app.render.theme import Theme, contrast, mix
from timeline_app.viewmodel.review import ReviewSession

translate = QCoreApplication.translate  # the name lupdate finds: translate("Context", "text")

ACCEPTED_COLOR = QColor("#2e9e4f")  # green: accepted (a draft's is the theme's amber, as its ring)
MARK_SHARE = 0.3  # how far a mark moves the text's background towards its colour, at most
# Text on a mark stays readable: WCAG AA, and AAA in high contrast.
MARK_CONTRAST = 4.5
HIGH_CONTRAST_MARK_CONTRAST = 7.0


def mark_colors(palette: QPalette, high_contrast: bool | None = None) -> tuple[QColor, QColor]:
    """The backgrounds of a draft's sentence and an accepted one: opaque tints of the text's
    background, as strong as the text's contrast on them allows (``high_contrast`` None: as
    the application is set)."""
    theme = Theme.from_palette(palette, high_contrast)
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    needed = HIGH_CONTRAST_MARK_CONTRAST if theme.high_contrast else MARK_CONTRAST

    def tint(color: QColor) -> QColor:
        share = MARK_SHARE
        while share > 0 and contrast(text, mix(base, color, share)) < needed:
            share -= 0.05
        return mix(base, color, max(share, 0.0))

    return tint(theme.draft), tint(ACCEPTED_COLOR)


class ReviewPanel(QWidget):
    """The article's text with the sentences its events came from, and the review buttons."""

    def __init__(self, review: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.setAccessibleName(translate("ReviewPanel", "Article"))
        self._review = review
        self._model = review.model
        self.heading = QLabel()
        self.heading.setObjectName("reviewHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("articleText")
        self.text.setAccessibleName(translate("ReviewPanel", "Article text"))
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.viewport().installEventFilter(self)
        self.accept_button = self._button(
            translate("ReviewPanel", "&Accept"),
            translate("ReviewPanel", "Accept the selected draft"),
            self._accept_selected,
        )
        self.reject_button = self._button(
            translate("ReviewPanel", "&Reject"),
            translate("ReviewPanel", "Reject the selected event"),
            self._reject_selected,
        )
        self.accept_all_button = self._button(
            translate("ReviewPanel", "Accept A&ll"),
            translate("ReviewPanel", "Accept every draft"),
            review.accept_all,
        )
        self.reject_all_button = self._button(
            translate("ReviewPanel", "Reject All Dra&fts"),
            translate("ReviewPanel", "Reject every draft"),
            review.reject_all,
        )
        self.restore_button = self._button(
            "", translate("ReviewPanel", "Show the rejected events again, as drafts"), review.restore_rejected
        )
        # Two rows: the panel is narrow beside the timeline (a third of a 1024-pixel window).
        buttons = QGridLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.accept_button, 0, 0)
        buttons.addWidget(self.reject_button, 0, 1)
        buttons.addWidget(self.accept_all_button, 1, 0)
        buttons.addWidget(self.reject_all_button, 1, 1)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.text, 1)
        self.setMinimumWidth(240)
        self._shown_article: str | None = None
        review.changed.connect(self._refresh)
        self._model.selection_changed.connect(self._on_selection)
        self._refresh()

    def _button(self, text: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleDescription(tip)
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.clicked.connect(slot)
        return button

    # -- what is shown -------------------------------------------------------

    def _refresh(self) -> None:
        article = self._review.article
        self.setVisible(bool(article))
        if not article:
            # A timeline not drafted from an article: nothing to review, no work on each edit.
            if self._shown_article:
                self.text.setPlainText("")
            self._shown_article = None
            return
        if article != self._shown_article:
            self._shown_article = article
            self.text.setPlainText(article)
        drafts = len(self._review.drafts())
        total = sum(1 for rich in self._model.timeline.events.details.values() if "origin" in rich)
        rejected = len(self._review.rejected())
        if drafts:
            heading = (
                translate("ReviewPanel", "%1 of %2 event from this article is a draft: accept or reject it.")
                if total == 1
                else translate(
                    "ReviewPanel", "%1 of %2 events from this article are drafts: accept or reject each."
                )
            )
            self.heading.setText(fill(heading, whole_number(drafts), whole_number(total)))
        else:
            heading = (
                translate("ReviewPanel", "The %1 event from this article is reviewed.")
                if total == 1
                else translate("ReviewPanel", "All %1 events from this article are reviewed.")
            )
            self.heading.setText(fill(heading, whole_number(total)))
        again = (
            translate("ReviewPanel", "Show %1 Rejected Again")
            if rejected != 1
            else translate("ReviewPanel", "Show 1 Rejected Again")
        )
        self.restore_button.setText(fill(again, whole_number(rejected)))
        self.restore_button.setVisible(rejected > 0)
        self.accept_all_button.setEnabled(drafts > 0)
        self.reject_all_button.setEnabled(drafts > 0)
        self._on_selection(self._model.selected)

    def _on_selection(self, selected: int | None) -> None:
        if not self._shown_article:
            return  # hidden: no marks to move
        events = self._model.timeline.events
        chosen = events[selected] if selected is not None and selected < len(events) else None
        self.accept_button.setEnabled(chosen is not None and chosen.draft)
        self.reject_button.setEnabled(chosen is not None and chosen.origin is not None)
        self._mark(selected)
        if chosen is not None and chosen.origin is not None and self.isVisible():
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(min(chosen.origin.end, len(self._shown_article or "")))
            self.text.setTextCursor(cursor)
            cursor.setPosition(chosen.origin.start)
            self.text.setTextCursor(cursor)  # the start in view, after its end was
            self.text.centerCursor()

    def _mark(self, selected: int | None) -> None:
        """Mark every event's sentence: drafts amber, accepted green, the selected one as selected."""
        palette = self.palette()
        draft_mark, accepted_mark = mark_colors(palette)
        length = len(self._shown_article or "")
        marks: list[QTextEdit.ExtraSelection] = []
        chosen: QTextEdit.ExtraSelection | None = None
        for i, rich in sorted(self._model.timeline.events.details.items()):
            origin = rich.get("origin")
            if origin is None or origin.end > length:
                continue
            mark = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(origin.start)
            cursor.setPosition(origin.end, QTextCursor.MoveMode.KeepAnchor)
            mark.cursor = cursor
            text_format = QTextCharFormat()
            if i == selected:
                text_format.setBackground(palette.color(QPalette.ColorRole.Highlight))
                text_format.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
                mark.format = text_format
                chosen = mark
                continue
            text_format.setBackground(draft_mark if rich.get("draft") else accepted_mark)
            mark.format = text_format
            marks.append(mark)
        # The selected sentence on top of the others that share it.
        self.text.setExtraSelections([*marks, chosen] if chosen is not None else marks)

    # -- input ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.text.viewport()
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and not self.text.textCursor().hasSelection()
        ):
            self.select_at(self.text.cursorForPosition(event.position().toPoint()).position())
        return super().eventFilter(watched, event)

    def select_at(self, position: int) -> None:
        """Select the event whose sentence holds character ``position``; a sentence with several
        events selects the next of them on each click."""
        here = [
            i
            for i, rich in sorted(self._model.timeline.events.details.items())
            if (origin := rich.get("origin")) is not None and origin.start <= position < origin.end
        ]
        if not here:
            return
        selected = self._model.selected
        following = [i for i in here if selected is not None and i > selected and selected in here]
        self._model.select(following[0] if following else here[0])

    def _accept_selected(self) -> None:
        if self._model.selected is not None:
            self._review.accept([self._model.selected])

    def _reject_selected(self) -> None:
        if self._model.selected is not None:
            self._review.reject([self._model.selected])
