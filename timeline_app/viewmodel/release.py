"""Free replaced timelines a column at a time, so the GUI thread never stalls freeing millions of strings."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QObject, QTimer

from timeline_app.core.string_column import StringColumn
from timeline_app.core.timeline import Timeline

# The first step waits for the views to drop their own references (the next paint does).
FIRST_STEP_MS = 200
# Then a step every STEP_MS, each handling at most RELEASE_STEP strings (about 10 ms).
STEP_MS = 50
RELEASE_STEP = 100_000


class TimelineReleaser(QObject):
    """Holds replaced timelines and lets go of them piece by piece.

    Freeing a million-event timeline at once holds the interpreter for over 100 ms (its three
    text columns are three million strings), which froze the window when a big file was
    replaced; freeing one column of two million strings still took 275 ms. A text column is
    kept in chunks of a few thousand strings: its chunks are let go a few per step. The rich
    fields are copied a slice at a time into a list (they then outlive the mapping, whose end
    costs only a count each), and the list is emptied from its end a slice per step. Whatever
    still refers to a piece elsewhere (an edited timeline shares all but a chunk or two of the
    one it replaced) keeps it alive, as usual.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._retired: list[Timeline] = []
        self._work: Iterator[None] | None = None  # the steps of the timeline being released
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)

    @property
    def holding(self) -> int:
        """Timelines retired and not yet released (the one being taken apart included)."""
        return len(self._retired) + (self._work is not None)

    def retire(self, timeline: Timeline) -> None:
        """Take over a reference to ``timeline`` and release it over the next few event-loop turns."""
        self._retired.append(timeline)
        if not self._timer.isActive():
            self._timer.start(FIRST_STEP_MS)

    def _step(self) -> None:
        if self._work is None and self._retired:
            self._work = _released(self._retired.pop(0))
        if self._work is not None and next(self._work, True) is True:
            self._work = None
        if self._work is not None or self._retired:
            self._timer.start(STEP_MS)


def _released(timeline: Timeline) -> Iterator[None]:
    """Let go of a timeline a step (each ``next``) at a time."""
    events = timeline.events
    del timeline  # (the retired list no longer holds it)
    # The table goes first (its columns and details live on here).
    pieces: list[Any] = [list(events.details.values()), events.summaries, events.titles, events.ids]
    del events
    yield
    while pieces:
        column = pieces.pop()
        if isinstance(column, StringColumn):
            chunks = list(column.chunks)
            del column  # only counts go down: the chunks live on in the list
            yield
            while chunks:
                freed = len(chunks.pop())  # at least a chunk, then as many as fit in a step
                while chunks and freed + len(chunks[-1]) <= RELEASE_STEP:
                    freed += len(chunks.pop())
                yield
            continue
        strings: list[Any] = []
        for start in range(0, len(column), RELEASE_STEP):
            strings.extend(column[start : start + RELEASE_STEP])
            yield
        del column
        yield
        while strings:
            del strings[-RELEASE_STEP:]
            yield
