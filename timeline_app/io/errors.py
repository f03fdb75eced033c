"""What goes wrong in a load or an edit: problems with their places, the errors that list them,
a cancelled load."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from timeline_app.core.i18n import QT_TRANSLATE_NOOP, Phrase, Translatable
from timeline_app.core.quoting import visible

# The translation context of every problem's words (lupdate reads the literal at each call).
LOADER = "Loader"
NOT_ENOUGH_MEMORY = QT_TRANSLATE_NOOP("Loader", "there is not enough memory to load this file")

# A file with a million broken events should not produce a million-line dialog.
MAX_REPORTED_PROBLEMS = 200

# Called with a short description before each stage of a load; may raise LoadCancelled. The
# description is marked in context "Progress" (a Phrase when it has arguments).
Progress = Callable[[str | Phrase], None]


def no_progress(_stage: str | Phrase) -> None:
    """A Progress that reports nowhere and never cancels."""


class Problem:
    """One thing wrong with a file, and where: a field path or a line and column.

    The message is a Phrase (context "Loader"): a template marked with
    ``QT_TRANSLATE_NOOP("Loader", ...)`` and its arguments, given as ``Problem(where, template,
    *args)`` or ``Problem(where, phrase)``. Problems are made where nothing is translated (a loader
    child, the command line), so ``str`` and ``message`` are English and ``translated`` is the
    window's language; the place stays as it is in both.
    """

    __slots__ = ("_args", "_message", "where")

    def __init__(self, where: str, message: str | Phrase, *args: str | int | Translatable) -> None:
        # The Phrase is made when asked for: a file with a million broken events makes a million
        # problems, and only the first MAX_REPORTED_PROBLEMS are ever shown.
        self.where = where
        self._message = message
        self._args = args

    @property
    def words(self) -> Phrase:
        """What is wrong: the marked template (context "Loader") and its arguments."""
        message = self._message
        return message if isinstance(message, Phrase) else Phrase(LOADER, message, self._args)

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return str(self.words)

    def at(self, where: str) -> Problem:
        """The same problem at another place (an importer re-placing what the loader found)."""
        return Problem(where, self.words)

    def translated(self) -> str:
        """The problem with its place, its words in the chosen language."""
        return self._with_place(self.words.translated())

    def _with_place(self, message: str) -> str:
        # A place can hold a key from the file: what cannot be seen is escaped (messages quote their own).
        return f"{visible(self.where)}: {message}" if self.where else message

    def __str__(self) -> str:
        return self._with_place(self.message)

    def __repr__(self) -> str:
        return f"Problem({self.where!r}, {self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.where, self.message) == (other.where, other.message)

    def __hash__(self) -> int:
        return hash((self.where, self.message))

    def __reduce__(self) -> tuple[type[Problem], tuple[str, Phrase]]:
        return (Problem, (self.where, self.words))


class TimelineLoadError(Exception):
    """A timeline file could not be loaded; ``problems`` lists what and where."""

    def __init__(self, source: str, problems: Sequence[Problem], total: int | None = None) -> None:
        self.source = source
        # ``total`` when ``problems`` is an already shortened list (an importer re-placing them).
        self.total = max(total or 0, len(problems))
        self.problems = tuple(problems[:MAX_REPORTED_PROBLEMS])
        super().__init__(self.report())

    @classmethod
    def single(cls, source: str, message: str | Phrase, *args: str | int | Translatable) -> TimelineLoadError:
        """An error about the file as a whole (it cannot be read, the loader stopped, ...):
        ``message`` and ``args`` as for Problem."""
        return cls(source, [Problem("", message, *args)])

    def report(self, *, translated: bool = False) -> str:
        """A human-readable list of the problems, one per line: English, or with ``translated``
        in the chosen language (the window's; the file's name and the places stay as they are)."""
        if self.total == 1:
            noun = QT_TRANSLATE_NOOP("Loader", "%1: %2 problem")
        else:
            noun = QT_TRANSLATE_NOOP("Loader", "%1: %2 problems")
        lines = [Phrase(LOADER, noun, (visible(self.source), self.total))]
        more = self.total - len(self.problems)
        tail = [Phrase(LOADER, QT_TRANSLATE_NOOP("Loader", "… and %1 more"), (more,))] if more > 0 else []
        if translated:
            head = [phrase.translated() for phrase in lines]
            body = [problem.translated() for problem in self.problems]
            return "\n".join([*head, *(f"  {line}" for line in [*body, *(t.translated() for t in tail)])])
        body = [str(problem) for problem in self.problems]
        return "\n".join([*map(str, lines), *(f"  {line}" for line in [*body, *map(str, tail)])])


class LoadCancelled(Exception):  # noqa: N818 (a cancellation, not an error)
    """The progress callback stopped a load (the user pressed Cancel)."""


def unexpected_error(source: str, error: BaseException) -> TimelineLoadError:
    """A load that failed in a way no check foresaw, said in words (the traceback goes to the log)."""
    if isinstance(error, MemoryError):
        return TimelineLoadError.single(source, NOT_ENOUGH_MEMORY)
    detail = str(error)
    what = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
    return TimelineLoadError.single(
        source, QT_TRANSLATE_NOOP("Loader", "an unexpected error stopped the load (%1)"), what
    )


class EditRefusedError(Exception):
    """A change that would make the timeline invalid; ``problems`` say where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(map(str, problems)))
        self.problems = problems
