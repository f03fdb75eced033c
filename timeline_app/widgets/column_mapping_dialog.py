"""The column-mapping dialog: the user confirms or changes which spreadsheet column holds which field."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.i18n import fill
from timeline_app.io.formats.column_mapping import FIELDS, ColumnMapping, MappingError

translate = QCoreApplication.translate  # the name lupdate finds: translate("Context", "text")

NO_COLUMN: Final = "—"
# A sample value longer than this is cut, so that a paragraph of notes keeps the dialog narrow.
SAMPLE_CHARS: Final = 40


class ColumnMappingDialog(QDialog):
    """One row per field: a choice of column (or none) and the first value found in that column.

    OK is enabled once a title and a date (or a year) have a column.
    """

    def __init__(
        self,
        file_name: str,
        header: Sequence[str],
        samples: Sequence[Sequence[str]],
        mapping: ColumnMapping,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ColumnMapping", "Choose Columns"))
        self._header = [name for name in header if name.strip()]
        self._positions = {name: header.index(name) for name in self._header}
        self._samples = samples
        self._sheet = mapping.sheet
        layout = QVBoxLayout(self)
        intro = QLabel(
            fill(translate("ColumnMapping", "Which column of %1 holds each part of an event?"), file_name)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)  # it names the file
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        self._sample_labels: dict[str, QLabel] = {}
        for field in FIELDS:
            combo = QComboBox()
            label = translate("ColumnMapping", field.label)
            combo.setAccessibleName(label)
            combo.addItem(NO_COLUMN, None)
            for name in self._header:
                combo.addItem(name, name)
            chosen = mapping.get(field.name)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
            sample = QLabel()
            sample.setTextFormat(Qt.TextFormat.PlainText)  # a value from the file: never HTML
            sample.setMinimumWidth(160)
            row = QHBoxLayout()
            row.addWidget(combo, 1)
            row.addWidget(sample, 1)
            form.addRow(label, row)
            self.choices[field.name] = combo
            self._sample_labels[field.name] = sample
            combo.currentIndexChanged.connect(self._update)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def mapping(self) -> ColumnMapping:
        """The columns chosen now."""
        columns = {name: combo.currentData() for name, combo in self.choices.items() if combo.currentData()}
        return ColumnMapping.of(columns, self._sheet)

    def _update(self) -> None:
        for name, combo in self.choices.items():
            self._sample_labels[name].setText(self._sample(combo.currentData()))
        try:
            self.mapping().check(self._header)
        except MappingError as error:
            # The check's words for a field left unmapped, said as what to do here.
            template = error.phrase.template
            if template == "no column is mapped to the title":
                problem = translate("ColumnMapping", "Choose the title.")
            elif template == "no column is mapped to the date or the year":
                problem = translate("ColumnMapping", "Choose the date or the year.")
            else:
                problem = error.phrase.translated()
        else:
            problem = ""
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def _sample(self, column: str | None) -> str:
        """The first value in ``column``, as "e.g. 2024-01-02"."""
        if column is None:
            return ""
        position = self._positions[column]
        value = next((row[position] for row in self._samples if position < len(row) and row[position]), "")
        if not value:
            return translate("ColumnMapping", "(empty)")
        value = " ".join(value.split())
        shown = f"{value[:SAMPLE_CHARS]}{'…' if len(value) > SAMPLE_CHARS else ''}"
        return fill(translate("ColumnMapping", "e.g. %1"), shown)
