"""Helper processes that never outlive the app: spawned from one long-lived thread, ended by Linux with it.

The timeline loader (``load_process``) and the image decoder (``render.image_process``) start
their children here. A child is spawned, never forked (the parent runs Qt), and asks the kernel
for SIGKILL when the thread that started it ends (``PR_SET_PDEATHSIG``); that thread is the
launcher below, which lives as long as the app, so a child dies with the app even when it is
deadlocked or stopped and cannot check anything itself.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from timeline_app.core.i18n import Phrase

# Where the kernel cannot end a child with its parent: how often the child checks that the app
# that started it is still there (if not, it ends at once).
ORPHAN_CHECK_SECONDS = 0.5
_PR_SET_PDEATHSIG = 1  # linux/prctl.h

# Children are started from this one thread, which lives as long as the app: Linux sends a child
# its parent-death signal when the *thread* that started it ends, and the threads that want a
# child (a load's worker, the image decoder's) may end before the child should.
_LAUNCHER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="child launcher")


def start_child(target: Callable[..., None], *args: Any) -> tuple[BaseProcess, Connection]:
    """A spawned daemon process running ``target(connection, parent_pid, *args)`` and the parent's
    end of its duplex pipe. ``target`` should call ``end_with_parent(parent_pid)`` first."""
    return _LAUNCHER.submit(_start_here, target, args).result()


def _start_here(target: Callable[..., None], args: tuple[Any, ...]) -> tuple[BaseProcess, Connection]:
    context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
    ours, theirs = context.Pipe(duplex=True)
    process = context.Process(target=target, args=(theirs, os.getpid(), *args), daemon=True)
    process.start()
    theirs.close()
    return process, ours


def end_with_parent(parent: int) -> None:
    """End this process as soon as the app that started it (``parent``) is gone, whatever it is doing.

    A child busy with a big file would otherwise go on for a minute, holding gigabytes, with
    no one to send them to; one deadlocked (out of memory in its allocator, say) would stay for
    ever. On Linux the kernel kills it (PR_SET_PDEATHSIG), which needs nothing of this process;
    the parent may have died before that was asked, hence the check of who the parent is now.
    Elsewhere a thread checks the parent every ORPHAN_CHECK_SECONDS (it gets the interpreter
    between two events the validation hands to Python, or after a long C call).
    """
    if _kill_when_parent_dies():
        if os.getppid() != parent:
            os._exit(1)
        return

    def watch() -> None:
        while True:
            time.sleep(ORPHAN_CHECK_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    previous = threading.stack_size(256 * 1024)  # it needs little: keep the address space for the work
    try:
        threading.Thread(target=watch, name="orphan check", daemon=True).start()
    finally:
        threading.stack_size(previous)


def _kill_when_parent_dies() -> bool:
    """Ask Linux for SIGKILL when the thread that started this process ends; False if it cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


@dataclass(frozen=True, slots=True)
class EndWords:
    """How the end of one kind of child is said: templates marked in ``context`` by the caller
    (a translation says "the loader process" and "the decoder process" each its own way)."""

    context: str
    stuck: str  # it stopped answering
    killed: str  # %1: SIGKILL (perhaps for lack of memory)
    signalled: str  # %1: another signal's name
    exited: str  # %1: its exit code


def how_it_ended(exit_code: int | None, words: EndWords) -> Phrase:
    """A child's end in words from its exit code (None: still there, stuck)."""
    if exit_code is None:
        return Phrase(words.context, words.stuck)
    if exit_code >= 0:
        return Phrase(words.context, words.exited, (exit_code,))
    template = words.killed if -exit_code == signal.SIGKILL else words.signalled
    return Phrase(words.context, template, (signal_name(-exit_code),))


def signal_name(number: int) -> str:
    """'SIGKILL' for 9; the number itself when the system has no name for it."""
    try:
        return signal.Signals(number).name
    except ValueError:
        return str(number)
