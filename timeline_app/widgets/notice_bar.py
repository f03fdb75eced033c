"""A slim bar above the timeline that says what went wrong with the file, without a modal dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

translate = QCoreApplication.translate  # the name lupdate finds: translate("Context", "text")
NoticeAction = tuple[str, Callable[[], None]]  # a button's text and what it does (then the bar hides)


class NoticeBar(QFrame):
    """Hidden until there is something to say; the full report is in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setAccessibleName(translate("NoticeBar", "File notice"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#noticeBar { background: palette(tool-tip-base); }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("noticeText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the file: never HTML
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(translate("NoticeBar", "Dismiss notice"))
        close.clicked.connect(self.hide)
        self._buttons: list[QPushButton] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 4, 4)
        self._layout.addWidget(self.label, 1)
        self._layout.addWidget(close)
        self.hide()

    def show_notice(self, message: str, details: str, actions: Sequence[NoticeAction] = ()) -> None:
        """Show ``message`` (hide the bar when it is empty) with a button per action; ``details``
        go in the tooltip."""
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        for text, act in actions:
            button = QPushButton(text)
            button.clicked.connect(self.hide)
            button.clicked.connect(lambda _checked=False, act=act: act())
            self._layout.insertWidget(self._layout.count() - 1, button)
            self._buttons.append(button)
        self.label.setText(message)
        if details:
            from timeline_app.core.rich_text import plain_as_html  # its HTML parser: not at start-up

            self.label.setToolTip(plain_as_html(details))
        else:
            self.label.setToolTip("")
        self.setVisible(bool(message))
