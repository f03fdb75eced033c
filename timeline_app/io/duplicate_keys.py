"""Keys given twice in one JSON object: counted cheaply as a file loads, found and placed only then."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel

from timeline_app.core.model import TimelineDocument

# The parsers keep the last of two equal keys without a word (jiter, pydantic and Python's json
# alike), so an edit pasted next to the old value silently replaces it. Finding duplicates with
# Python's json and a hook costs half a load again (about 2 s at 1M events), so the load path
# first compares two counts that agree whenever every key is written once (has_duplicate_keys)
# and looks for the duplicates only when they differ. The counts cost about 1.3% of a load
# (55 ms of 4 s at 1M events: the loader counts the events' keys anyway, the bytes take ~50 ms).
# Bytes compared per numpy call: small enough that the masks stay in cache, big enough that the
# calls cost nothing (a 235 MB file is scanned for '":' in about 50 ms).
_CHUNK = 1 << 20
_SPACES = " \t\n\r"
_WHITESPACE = re.compile(r"[ \t\n\r]*")
# The C scanner Python's json decodes with: (text, offset of a value) -> (value, its end).
_scan_value: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
# The C string scanner the decoder uses (not in typeshed): (text, offset after the quote, strict).
_scan_string: Callable[[str, int, bool], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]

Path = tuple[int | str, ...]


@dataclass(frozen=True, slots=True)
class DuplicateKey:
    """A key written again in the object at ``path``; places are 1-based (line, character column)."""

    key: str
    path: Path
    place: tuple[int, int]
    first_place: tuple[int, int]


def has_duplicate_keys(
    body: bytes, document: TimelineDocument, event_keys: int, detailed: Iterable[int]
) -> bool:
    """Whether the validated document's JSON may write a key twice in one object.

    ``event_keys`` is how many keys the events hold (the loader has counted them);
    ``detailed`` are the events with rich fields, the only ones that hold nested objects.
    """
    return may_repeat_keys(body, document, event_keys, [document.events[i] for i in detailed])


def may_repeat_keys(
    body: bytes, header: BaseModel, event_keys: int, detailed: Iterable[Mapping[str, Any]]
) -> bool:
    """Whether the JSON of a validated document may write a key twice in one object.

    Compares how many keys the document holds with how many the bytes write: a key is a
    string followed by a colon, and a quote before a colon inside a string is rare. All the
    colons first (exact when no string holds one); then keys written tight ("key": value) and
    spaced once ("key" : value, as Jackson writes), less escaped quotes before a colon inside
    strings (no key ends in a backslash: none is unknown). A key with other whitespace before
    its colon would be missed by those counts, and a key written twice make up for it: then the
    answer is yes. A string that starts with a colon also makes the count too high, and the
    caller look for duplicates in vain. ``header`` is the
    document validated (its events aside), ``event_keys`` how many keys the events hold at
    their top level, ``detailed`` the event records with rich fields, the only ones that
    hold nested objects.
    """
    distinct = event_keys + _distinct_key_count(header, detailed)
    data = np.frombuffer(body, dtype=np.uint8)
    if _count(data, b":") == distinct:
        return False  # every colon is a key's, and no key is written twice
    # The counts below see keys written tight or spaced once; a key written with other whitespace
    # before its colon ("key"\t: or "key"  :) they miss, and a key written twice could make up
    # for it: then look.
    spaced, odd = _spaced_colons(data)
    if odd:
        return True
    written = _count(data, b'":') + spaced
    if written == distinct:
        return False
    written -= _count(data, b'\\":') + _count(data, b'\\" :')
    return written != distinct


# JSON's whitespace, and how long a run of it before a colon is followed back to the quote of a key.
_IS_JSON_WHITESPACE = np.zeros(256, dtype=bool)
_IS_JSON_WHITESPACE[list(b" \t\n\r")] = True
_LONGEST_SPACING = 64
_COLON, _QUOTE, _SPACE = ord(":"), ord('"'), ord(" ")


def _spaced_colons(data: npt.NDArray[np.uint8]) -> tuple[int, bool]:
    """How many colons come after a quote and one space ('" :'), and whether any comes after a
    quote and other whitespace (or after a run of it too long to follow back)."""
    single, odd = 0, False
    colon, low = np.empty(_CHUNK, dtype=bool), np.empty(_CHUNK, dtype=bool)  # (reused: see _count)
    for start in range(0, len(data) - 1, _CHUNK):
        stop = min(start + _CHUNK, len(data) - 1)
        # The byte right before each colon, where it is whitespace (or another byte up to a
        # space: none in valid JSON but whitespace, and those are dropped next).
        np.equal(data[start + 1 : stop + 1], _COLON, out=colon[: stop - start])
        np.less_equal(data[start:stop], _SPACE, out=low[: stop - start])
        np.logical_and(colon[: stop - start], low[: stop - start], out=colon[: stop - start])
        after = np.flatnonzero(colon[: stop - start]) + start
        after = after[_IS_JSON_WHITESPACE[data[after]]]
        run = after.copy()  # where its run of whitespace starts
        for _ in range(_LONGEST_SPACING):
            longer = (run > 0) & _IS_JSON_WHITESPACE[data[np.maximum(run - 1, 0)]]
            if not longer.any():
                break
            run[longer] -= 1
        else:
            return single, True
        keyed = (run > 0) & (data[np.maximum(run - 1, 0)] == _QUOTE)
        once = (run == after) & (data[after] == _SPACE)
        single += int(np.count_nonzero(keyed & once))
        odd = odd or bool((keyed & ~once).any())
    return single, odd


def _distinct_key_count(header: BaseModel, detailed: Iterable[Mapping[str, Any]]) -> int:
    """How many keys the validated document holds outside the events' own top level."""
    header_models: list[BaseModel] = [header]
    for name in ("exchange_rates", "lanes", "eras"):
        header_models += getattr(header, name)
    source = getattr(header, "source", None)
    if source is not None:
        header_models.append(source)
    count = sum(len(model.model_fields_set) for model in header_models)
    for record in detailed:
        nested: list[BaseModel] = [
            *record.get("amounts", ()),
            *record.get("metrics", ()),
            *record.get("sources", ()),
            *record.get("links", ()),
        ]
        count += sum(len(model.model_fields_set) for model in nested)
    return count


def _count(data: npt.NDArray[np.uint8], pattern: bytes) -> int:
    """Occurrences of ``pattern`` in ``data``, in chunks so that no mask is as big as the file."""
    matches, equal = np.empty(_CHUNK, dtype=bool), np.empty(_CHUNK, dtype=bool)
    total, starts = 0, len(data) - len(pattern) + 1
    for start in range(0, max(starts, 0), _CHUNK):
        stop = min(start + _CHUNK, starts)
        match, same = matches[: stop - start], equal[: stop - start]
        np.equal(data[start:stop], pattern[0], out=match)
        for k in range(1, len(pattern)):
            np.equal(data[start + k : stop + k], pattern[k], out=same)
            np.logical_and(match, same, out=match)
        total += int(np.count_nonzero(match))
    return total


def parse_noting_duplicates(text: str) -> tuple[Any, list[DuplicateKey]]:
    """The JSON value of ``text`` (the last of equal keys wins) and every key written twice.

    Costs about twice Python's json.loads when there are duplicates, which is then only paid
    by files the loader refuses; ``text`` must be valid JSON.
    """
    flagged: dict[int, dict[str, Any]] = {}

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) < len(pairs):
            flagged[id(result)] = result
        return result

    value = json.loads(text, object_pairs_hook=pairs_hook)
    if not flagged:
        return value, []
    paths = _paths_to(value, flagged)
    found = list(_duplicates_along(text, paths))
    places = _places(text, sorted({offset for _, _, at, first in found for offset in (at, first)}))
    duplicates = [DuplicateKey(key, path, places[at], places[first]) for key, path, at, first in found]
    return value, sorted(duplicates, key=lambda duplicate: duplicate.place)


def _paths_to(value: Any, flagged: dict[int, dict[str, Any]]) -> list[Path]:
    """The paths of the flagged objects within ``value``, walking it without recursion."""
    paths: list[Path] = []
    stack: list[tuple[Any, Path]] = [(value, ())]
    while stack and len(paths) < len(flagged):
        node, path = stack.pop()
        if isinstance(node, dict):
            if id(node) in flagged:
                paths.append(path)
            stack.extend(
                (child, (*path, key)) for key, child in node.items() if isinstance(child, dict | list)
            )
        elif isinstance(node, list):
            stack.extend(
                (child, (*path, i)) for i, child in enumerate(node) if isinstance(child, dict | list)
            )
    return paths


def _duplicates_along(text: str, paths: Sequence[Path]) -> Iterator[tuple[str, Path, int, int]]:
    """(key, path, offset, first offset) of each repeated key of the objects at ``paths``.

    One walk over the text that descends only towards those objects; where a key is repeated,
    the walk follows its last value, as the parsers do.
    """
    wanted: dict[Any, Any] = {}
    for path in paths:
        node = wanted
        for part in path:
            node = node.setdefault(part, {})
        node[_HERE] = True
    yield from _walk(text, _skip(text, 0), (), wanted)


_HERE = object()  # marks, in the tree of wanted paths, an object whose own keys repeat


def _walk(text: str, at: int, path: Path, wanted: dict[Any, Any]) -> Iterator[tuple[str, Path, int, int]]:
    if text[at] == "{":
        members = _members(text, at)
        if _HERE in wanted:
            first_at: dict[str, int] = {}
            for key, key_at, _ in members:
                if key in first_at:
                    yield key, path, key_at, first_at[key]
                else:
                    first_at[key] = key_at
        last_value_at = {key: value_at for key, _, value_at in members}
        for key, value_at in last_value_at.items():
            if key in wanted:
                yield from _walk(text, value_at, (*path, key), wanted[key])
    elif text[at] == "[":
        for i, element_at in enumerate(_elements(text, at, max(k for k in wanted if isinstance(k, int)))):
            if i in wanted:
                yield from _walk(text, element_at, (*path, i), wanted[i])


def _members(text: str, at: int) -> list[tuple[str, int, int]]:
    """(key, key offset, value offset) of each member of the object starting at ``at``."""
    members: list[tuple[str, int, int]] = []
    i = _skip(text, at + 1)
    while text[i] != "}":
        key, after_key = _scan_string(text, i + 1, True)
        value_at = _skip(text, _skip(text, after_key) + 1)  # past the colon
        members.append((key, i, value_at))
        i = _skip(text, _scan_value(text, value_at)[1])
        if text[i] == ",":
            i = _skip(text, i + 1)
    return members


def _elements(text: str, at: int, last: int) -> Iterator[int]:
    """The offset of each element of the array starting at ``at``, up to index ``last``."""
    i = _skip(text, at + 1)
    for _ in range(last + 1):
        if text[i] == "]":
            return
        yield i
        i = _skip(text, _scan_value(text, i)[1])
        if text[i] == ",":
            i = _skip(text, i + 1)


def _skip(text: str, at: int) -> int:
    """The offset of the first character from ``at`` on that is not JSON whitespace."""
    if text[at] not in _SPACES:  # compact JSON: no regex call
        return at
    match = _WHITESPACE.match(text, at)
    return match.end() if match else at


def _places(text: str, offsets: Sequence[int]) -> dict[int, tuple[int, int]]:
    """1-based line and column of each of the sorted ``offsets``, counting lines only once."""
    places, line, counted_to = {}, 1, 0
    for offset in offsets:
        line += text.count("\n", counted_to, offset)
        counted_to = offset
        places[offset] = (line, offset - text.rfind("\n", 0, offset))
    return places
