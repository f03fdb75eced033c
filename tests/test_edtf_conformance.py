"""parse_edtf against the EDTF examples of edtf.js, the Python edtf package and the Library of Congress."""

from __future__ import annotations

from pathlib import Path
from typing import Final, NamedTuple

import pytest

from timeline_app.core.dates import DateError, parse_edtf

DATA: Final = Path(__file__).parent / "edtf_conformance"
VERDICTS: Final = {"valid": True, "invalid": False}


class Example(NamedTuple):
    source: str  # the data file's name without .tsv
    level: str  # "0", "1", "2", "3" (edtf.js's non-standard level) or "-" (not given)
    valid: bool  # the source's verdict
    text: str
    difference: str  # why we differ on purpose; empty where we agree


def read_examples(path: Path) -> list[Example]:
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        level, verdict, text, *difference = line.split("\t")
        examples.append(Example(path.stem, level, VERDICTS[verdict], text, "".join(difference)))
    return examples


EXAMPLES: Final = [example for path in sorted(DATA.glob("*.tsv")) for example in read_examples(path)]


def accepts(text: str) -> bool:
    try:
        parse_edtf.__wrapped__(text)
    except DateError:
        return False
    return True


@pytest.mark.parametrize(
    "example",
    EXAMPLES,
    ids=[f"{e.source}-L{e.level}-{'valid' if e.valid else 'invalid'}-{e.text!r}" for e in EXAMPLES],
)
def test_conformance(example: Example) -> None:
    # Where we differ on purpose the data says why, and our verdict is the other one.
    expected = example.valid != bool(example.difference)
    assert accepts(example.text) == expected, example.difference or "the source's verdict"


def test_every_source_and_level_is_there() -> None:
    counts = {(e.source, e.level, e.valid) for e in EXAMPLES}
    for source in ("edtf_js", "python_edtf", "loc"):
        for level in "012":
            assert (source, level, True) in counts
    # Deliberate differences are few and each says what we do.
    differences = [e for e in EXAMPLES if e.difference]
    assert all(e.difference.startswith(("we accept:", "we reject:")) for e in differences)
    assert all(e.difference.startswith("we accept:") != e.valid for e in differences)
