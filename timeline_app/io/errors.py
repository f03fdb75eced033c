"""What goes wrong in a load or an edit: problems with their places, the errors that list them,
a cancelled load."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from timeline_app.core.quoting import visible

# A file with a million broken events should not produce a million-line dialog.
MAX_REPORTED_PROBLEMS = 200

# Called with a short description before each stage of a load; may raise LoadCancelled.
Progress = Callable[[str], None]


def no_progress(_stage: str) -> None:
    """A Progress that reports nowhere and never cancels."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file, and where: a field path or a line and column."""

    where: str
    message: str

    def __str__(self) -> str:
        # A place can hold a key from the file: what cannot be seen is escaped (messages quote their own).
        return f"{visible(self.where)}: {self.message}" if self.where else self.message


class TimelineLoadError(Exception):
    """A timeline file could not be loaded; ``problems`` lists what and where."""

    def __init__(self, source: str, problems: Sequence[Problem], total: int | None = None) -> None:
        self.source = source
        # ``total`` when ``problems`` is an already shortened list (an importer re-placing them).
        self.total = max(total or 0, len(problems))
        self.problems = tuple(problems[:MAX_REPORTED_PROBLEMS])
        super().__init__(self.report())

    @classmethod
    def single(cls, source: str, message: str) -> TimelineLoadError:
        """An error about the file as a whole (it cannot be read, the loader stopped, ...)."""
        return cls(source, [Problem("", message)])

    def report(self) -> str:
        """A human-readable list of the problems, one per line."""
        noun = "problem" if self.total == 1 else "problems"
        lines = [f"{visible(self.source)}: {self.total} {noun}"]
        lines += [f"  {problem}" for problem in self.problems]
        if self.total > len(self.problems):
            lines.append(f"  … and {self.total - len(self.problems)} more")
        return "\n".join(lines)


class LoadCancelled(Exception):  # noqa: N818 (a cancellation, not an error)
    """The progress callback stopped a load (the user pressed Cancel)."""


def unexpected_error(source: str, error: BaseException) -> TimelineLoadError:
    """A load that failed in a way no check foresaw, said in words (the traceback goes to the log)."""
    if isinstance(error, MemoryError):
        return TimelineLoadError.single(source, "there is not enough memory to load this file")
    detail = str(error)
    detail = f": {detail}" if detail else ""
    return TimelineLoadError.single(
        source, f"an unexpected error stopped the load ({type(error).__name__}{detail})"
    )


class EditRefusedError(Exception):
    """A change that would make the timeline invalid; ``problems`` say where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(map(str, problems)))
        self.problems = problems
