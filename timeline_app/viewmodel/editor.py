"""Edits of the shown timeline through one undo stack: each a named change, undone exactly.

The stack holds changes (the records before and after), not timelines, so a long session
of edits on a million events costs the edited records, not a copy of the timeline per step.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from timeline_app.core.date_shift import End, edtf_at, shifted
from timeline_app.core.dates import Precision
from timeline_app.core.i18n import QT_TRANSLATE_NOOP, fill, whole_number
from timeline_app.core.timeline import Timeline
from timeline_app.io.editing import (
    Change,
    Step,
    accept_change,
    apply,
    delete_change,
    edit_change,
    header_change,
    insert_change,
    record_of,
    revert,
)
from timeline_app.viewmodel.view_model import TimelineViewModel

translate = QCoreApplication.translate  # the name lupdate finds: translate("Context", "text")
NEW_EVENT_TITLE = QT_TRANSLATE_NOOP("Editor", "New event")  # in the user's language when made
NEW_EVENT_STATUS = "reported"
# The Edit menu names a step by its event's title, cut to this many characters.
NAME_TITLE_CHARS = 40


def step_name(verb: str, title: str) -> str:
    """What the Edit menu calls a change: "Move 'Leapmotor International'"."""
    shown = title if len(title) <= NAME_TITLE_CHARS else f"{title[: NAME_TITLE_CHARS - 1]}…"
    return fill(QCoreApplication.translate("Editor", "%1 '%2'"), verb, shown)


class _ChangeCommand(QUndoCommand):
    """One change on the stack; typing into one field of one event merges into one step."""

    def __init__(self, editor: TimelineEditor, change: Change, merge_key: tuple[str, str] | None) -> None:
        super().__init__(change.name)
        self.editor = editor
        self.change = change
        self.merge_key = merge_key  # (event id, field) for edits that merge
        self.selected_before = editor.model.selected
        self.first: Timeline | None = None  # the timeline the change gives, computed before the push

    def redo(self) -> None:
        timeline = self.first if self.first is not None else apply(self.editor.model.timeline, self.change)
        self.first = None
        self.editor.show(timeline, self.change.touched())

    def undo(self) -> None:
        self.editor.show(revert(self.editor.model.timeline, self.change), self.selected_before)

    def id(self) -> int:
        return 1 if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _ChangeCommand) or other.merge_key != self.merge_key:
            return False
        mine, theirs = self.change.steps, other.change.steps
        if len(mine) != 1 or len(theirs) != 1 or mine[0].index != theirs[0].index:
            return False
        self.change = Change(other.change.name, (Step(mine[0].index, mine[0].before, theirs[0].after),))
        self.setText(other.text())  # the menu names the event as it now reads
        return True


class TimelineEditor(QObject):
    """Makes changes to the view model's timeline and keeps them undoable.

    Every method raises ``EditRefusedError`` (with the problems at their field paths) and
    changes nothing when the result would be an invalid timeline.
    """

    modified_changed = Signal(bool)  # payload: whether there are unsaved changes

    def __init__(self, model: TimelineViewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.stack = QUndoStack(self)
        self.stack.cleanChanged.connect(lambda clean: self.modified_changed.emit(not clean))
        # A load, a reload or File ▸ New: the steps on the stack were of another timeline.
        model.timeline_replaced.connect(self.stack.clear)

    @property
    def modified(self) -> bool:
        return not self.stack.isClean()

    def mark_saved(self) -> None:
        self.stack.setClean()

    def show(self, timeline: Timeline, select: int | None) -> None:
        self.model.show_edited(timeline, select)

    def push(self, change: Change, merge_key: tuple[str, str] | None = None) -> None:
        """Apply ``change`` as one undoable step (checked before anything changes)."""
        command = _ChangeCommand(self, change, merge_key)
        command.first = apply(self.model.timeline, change)  # raises, and nothing is pushed
        self.stack.push(command)

    # -- events ----------------------------------------------------------------

    def edit_event(self, index: int, record: Mapping[str, Any], field: str | None = None) -> None:
        """Replace event ``index`` by ``record``; successive edits of one ``field`` merge."""
        timeline = self.model.timeline
        if record == record_of(timeline, index):
            return
        change = edit_change(
            timeline,
            index,
            record,
            step_name(translate("Editor", "Edit"), record.get("title") or translate("Editor", "event")),
        )
        self.push(change, None if field is None else (timeline.events.ids[index], field))

    def move_event(self, index: int, seconds: float, end: End = "both") -> bool:
        """Move event ``index`` (or one end of it) by about ``seconds``, snapped to its
        precision; False when it does not move."""
        timeline = self.model.timeline
        event = timeline.events[index]
        moved = shifted(event.date, seconds, end)
        if moved is None:
            return False
        record = record_of(timeline, index) | {"date": moved.text}
        verb = translate("Editor", "Move") if end == "both" else translate("Editor", "Resize")
        self.push(edit_change(timeline, index, record, step_name(verb, event.title)))
        return True

    def new_event(self, at: float, precision: Precision, lane: str | None = None) -> int:
        """Insert a new event at instant ``at`` (written to ``precision``) after the selected
        one, or last; it is selected. Returns its index."""
        timeline = self.model.timeline
        record: dict[str, Any] = {
            "id": _free_id(timeline, "event"),
            "title": QCoreApplication.translate("Editor", NEW_EVENT_TITLE),
            "date": edtf_at(at if math.isfinite(at) else 0.0, precision),
            "status": NEW_EVENT_STATUS,
        }
        if lane is not None:
            record["lane"] = lane
        return self._insert(record, translate("Editor", "New Event"))

    def duplicate_event(self, index: int) -> int:
        """Insert a copy of event ``index`` right after it, with a new id. Returns its index."""
        timeline = self.model.timeline
        record = record_of(timeline, index)
        record["id"] = _free_id(timeline, record["id"])
        return self._insert(record, step_name(translate("Editor", "Duplicate"), record["title"]), index + 1)

    def delete_events(self, indices: Sequence[int], *, drop_links: bool = False) -> None:
        """Delete the events; links to them go too with ``drop_links`` (else refused)."""
        timeline = self.model.timeline
        titles = [timeline.events.titles[i] for i in indices]
        name = (
            step_name(translate("Editor", "Delete"), titles[0])
            if len(titles) == 1
            else fill(translate("Editor", "Delete %1 Events"), whole_number(len(titles)))
        )
        self.push(delete_change(timeline, indices, name, drop_links=drop_links))

    # -- review of a draft ------------------------------------------------------

    def accept_drafts(self, indices: Sequence[int]) -> None:
        """Accept the drafted events ``indices`` as one step (those not drafts are left alone)."""
        timeline = self.model.timeline
        drafts = [i for i in indices if timeline.events[i].draft]
        if not drafts:
            return
        title = timeline.events.titles[drafts[0]]
        name = step_name("Accept", title) if len(drafts) == 1 else f"Accept {len(drafts)} Drafts"
        self.push(accept_change(timeline, drafts, name))

    def reject_events(self, indices: Sequence[int]) -> None:
        """Reject events of a draft: deleted as one step, links to them dropped with them."""
        if not indices:
            return
        timeline = self.model.timeline
        title = timeline.events.titles[indices[0]]
        name = step_name("Reject", title) if len(indices) == 1 else f"Reject {len(indices)} Events"
        self.push(delete_change(timeline, indices, name, drop_links=True))

    def insert_events(self, records: Sequence[Mapping[str, Any]], name: str) -> None:
        """Insert ``records`` at the end as one step (a rejected draft shown again)."""
        timeline = self.model.timeline
        steps = [Step(len(timeline.events) + k, None, dict(record)) for k, record in enumerate(records)]
        if steps:
            self.push(Change(name, tuple(steps)))

    def _insert(self, record: Mapping[str, Any], name: str, at: int | None = None) -> int:
        timeline = self.model.timeline
        selected = self.model.selected
        if at is None:
            at = len(timeline.events) if selected is None else selected + 1
        self.push(insert_change(timeline, at, record, name))
        return at

    # -- header --------------------------------------------------------------

    def change_header(self, name: str, **fields: Any) -> None:
        """Change header fields (title, lanes...) as one step."""
        timeline = self.model.timeline
        self.push(header_change(timeline, timeline.header.model_copy(update=fields), name))


def _free_id(timeline: Timeline, base: str) -> str:
    """``base`` with the smallest number suffix no event has: "event-1", "jlr-rebrand-2"."""
    events = timeline.events
    stem = base.rstrip("0123456789").rstrip("-") or "event"
    number = 1
    while events.index_of(f"{stem}-{number}") is not None:
        number += 1
    return f"{stem}-{number}"
