"""Free replaced timelines a column at a time, so the GUI thread never stalls freeing millions of strings."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from timeline_app.core.timeline import Timeline

# The first step waits for the views to drop their own references (the next paint does).
FIRST_STEP_MS = 200
# Then one column goes per step: freeing a million strings holds the interpreter ~30 ms.
STEP_MS = 50


class TimelineReleaser(QObject):
    """Holds replaced timelines and lets go of them piece by piece.

    Freeing a million-event timeline at once holds the interpreter for over 100 ms (its three
    text columns are three million strings), which froze the window when a big file was
    replaced. Whatever still refers to a piece elsewhere keeps it alive, as usual.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._retired: list[Timeline] = []
        self._pieces: list[object] = []  # of the timeline being released, freed from the end
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)

    @property
    def holding(self) -> int:
        """Timelines retired and not yet released (the one being taken apart included)."""
        return len(self._retired) + bool(self._pieces)

    def retire(self, timeline: Timeline) -> None:
        """Take over a reference to ``timeline`` and release it over the next few event-loop turns."""
        self._retired.append(timeline)
        if not self._timer.isActive():
            self._timer.start(FIRST_STEP_MS)

    def _step(self) -> None:
        if self._pieces:
            self._pieces.pop()
        elif self._retired:
            events = self._retired.pop(0).events
            # The table goes first (its columns live on here), then one column per step.
            self._pieces = [events.ids, events.titles, events.summaries, events]
            del events
            self._pieces.pop()
        if self._pieces or self._retired:
            self._timer.start(STEP_MS)
