"""A slim bar above the timeline that says what went wrong with the file, without a modal dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class NoticeBar(QFrame):
    """Hidden until there is something to say; the full report is in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setAccessibleName("File notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#noticeBar { background: palette(tool-tip-base); }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("noticeText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the file: never HTML
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName("Dismiss notice")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def show_notice(self, message: str, details: str) -> None:
        """Show ``message`` (hide the bar when it is empty); ``details`` go in the tooltip."""
        self.label.setText(message)
        if details:
            from timeline_app.core.rich_text import plain_as_html  # its HTML parser: not at start-up

            self.label.setToolTip(plain_as_html(details))
        else:
            self.label.setToolTip("")
        self.setVisible(bool(message))
