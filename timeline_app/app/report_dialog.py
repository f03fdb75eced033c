"""The dialog that shows an unexpected error: what happened, the report to copy, where the log is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from timeline_app.app.screen_fit import resize_to_fit
from timeline_app.core.i18n import fill

translate = QCoreApplication.translate  # the name lupdate finds: translate("Context", "text")
DIALOG_SIZE = (640, 420)


class ReportDialog(QDialog):
    """What went wrong, the report to copy, and where the log is; one dialog gathers later reports."""

    def __init__(self, text: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(translate("ReportDialog", "Something went wrong"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._log_path = log_path
        self._count = 1
        headline = QLabel(
            translate(
                "ReportDialog",
                "An unexpected error happened. The window keeps working, but what you were doing "
                "may not have finished.",
            )
        )
        headline.setWordWrap(True)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report = QPlainTextEdit(text)
        self.report.setObjectName("crashReport")
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setAccessibleName(translate("ReportDialog", "Error report"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            translate("ReportDialog", "&Copy Report"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copyReport")
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.where)
        layout.addWidget(buttons)
        resize_to_fit(self, *DIALOG_SIZE)
        self._update_where()

    def add_report(self, text: str) -> None:
        """A later error while this dialog is open: appended, not a dialog more."""
        self._count += 1
        self.report.appendPlainText("\n" + text)
        self._update_where()

    def copy_report(self) -> None:
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.report.toPlainText())

    def _update_where(self) -> None:
        where = fill(translate("ReportDialog", "The report is also in %1."), self._log_path)
        if self._count > 1:
            where = fill(translate("ReportDialog", "%1 errors. %2"), self._count, where)
        self.where.setText(where)
