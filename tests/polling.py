"""Waiting on another process (an app, an X server) by asking again until an answer or a deadline."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def poll(check: Callable[[], T | None], failure: str, timeout: float, interval: float) -> T:
    """``check()``'s first answer that is not None, asked every ``interval`` seconds until
    ``timeout`` seconds have passed; AssertionError saying ``failure`` then."""
    deadline = time.monotonic() + timeout
    while True:
        answer = check()
        if answer is not None:
            return answer
        if time.monotonic() > deadline:
            raise AssertionError(f"{failure} within {timeout:.0f} s")
        time.sleep(interval)
