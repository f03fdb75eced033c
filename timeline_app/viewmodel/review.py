"""The review of a timeline drafted from an article: which events are drafts, which were rejected."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from timeline_app.core.i18n import fill, whole_number
from timeline_app.io.editing import record_of
from timeline_app.viewmodel.editor import TimelineEditor, step_name


class ReviewSession(QObject):
    """Accept, reject and show again the events of a draft, each an undoable step of the editor.

    What was rejected is not kept apart (it would go stale on undo): it is every event the
    timeline had drafted from its article when it was shown, whose id it no longer has.
    """

    changed = Signal()  # drafts, rejections or the article changed

    def __init__(self, editor: TimelineEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.model = editor.model
        self._drafted: list[dict[str, Any]] = []
        self.model.timeline_replaced.connect(self._capture)
        self.model.timeline_changed.connect(self.changed)
        self._capture()

    @property
    def article(self) -> str:
        """The article's text the timeline carries ("" when it was not drafted from one)."""
        source = self.model.timeline.header.source
        return (source.text or "") if source is not None else ""

    def drafts(self) -> list[int]:
        """The events still marked as drafts, in file order."""
        events = self.model.timeline.events
        return [i for i, rich in sorted(events.details.items()) if rich.get("draft")]

    def rejected(self) -> list[dict[str, Any]]:
        """The drafted events that are gone (rejected, or deleted), as records to insert again."""
        events = self.model.timeline.events
        return [record for record in self._drafted if events.index_of(record["id"]) is None]

    def accept(self, indices: Sequence[int]) -> None:
        self.editor.accept_drafts(indices)

    def accept_all(self) -> None:
        self.editor.accept_drafts(self.drafts())

    def reject(self, indices: Sequence[int]) -> None:
        self.editor.reject_events(indices)

    def reject_all(self) -> None:
        """Reject every event still a draft (what was accepted stays)."""
        self.editor.reject_events(self.drafts())

    def restore_rejected(self) -> None:
        """Show the rejected events again, as drafts; a link whose event is gone is left out."""
        rejected = self.rejected()
        if not rejected:
            return
        ids = set(self.model.timeline.events.ids) | {record["id"] for record in rejected}
        records = []
        for record in rejected:
            links = [link for link in record.get("links", ()) if link["target"] in ids]
            restored = {key: value for key, value in record.items() if key != "links"} | {"draft": True}
            records.append(restored | ({"links": links} if links else {}))
        name = (
            step_name(QCoreApplication.translate("Review", "Restore"), records[0]["title"])
            if len(records) == 1
            else fill(QCoreApplication.translate("Review", "Restore %1 Events"), whole_number(len(records)))
        )
        self.editor.insert_events(records, name)

    def _capture(self) -> None:
        """Remember the drafted events of a newly shown timeline."""
        timeline = self.model.timeline
        # Origins point into an article's text: without one there are none to look for.
        details = sorted(timeline.events.details.items()) if self.article else []
        self._drafted = [record_of(timeline, i) for i, rich in details if "origin" in rich]
        self.changed.emit()
