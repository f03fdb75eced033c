"""Shared helpers of the benchmarks: percentiles, the machine description, docs/benchmarks.md sections."""

from __future__ import annotations

import importlib.metadata
import math
import os
import platform
import re
from collections.abc import Sequence
from pathlib import Path

DOC_PATH = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
DOC_INTRO = (
    "# Benchmarks\n\n"
    "Figures printed by the scripts in `benchmarks/` (median and p95 over repeated runs; the machine "
    "is shared and noisy, so single runs mean little). Each section says the command that made it.\n"
)


def percentile(values: Sequence[float], percent: float) -> float:
    """Nearest-rank percentile (``percent`` in 0..100)."""
    ordered = sorted(values)
    rank = max(math.ceil(percent / 100 * len(ordered)), 1)
    return ordered[rank - 1]


def machine_description() -> str:
    """One line naming cores, memory, Python and the libraries that matter for speed."""
    pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    versions = []
    for name in ("numpy", "pydantic", "PySide6-Essentials"):
        try:
            versions.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            continue
    return (
        f"{os.cpu_count()} cores, {pages / 2**30:.0f} GiB RAM, Python {platform.python_version()}, "
        + ", ".join(versions)
    )


def replace_section(doc: Path, name: str, title: str, body: str, machine: str) -> None:
    """Write ``body`` between this benchmark's markers in ``doc``, keeping every other section."""
    start, end = markers(name)
    replace_block(doc, name, f"{start}\n## {title}\n\nMachine: {machine}.\n\n{body.rstrip()}\n{end}")


def markers(name: str) -> tuple[str, str]:
    """The comments that open and close benchmark ``name``'s section."""
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


def replace_block(doc: Path, name: str, block: str) -> None:
    """Put ``block`` (markers included) where benchmark ``name``'s section is, or at the end."""
    start, end = markers(name)
    text = doc.read_text(encoding="utf-8") if doc.exists() else DOC_INTRO
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    text = (
        pattern.sub(lambda _: block, text) if pattern.search(text) else text.rstrip() + "\n\n" + block + "\n"
    )
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(text, encoding="utf-8")


def write_section(name: str, title: str, body: str) -> None:
    """Write one benchmark's section of docs/benchmarks.md, headed by this machine's description."""
    replace_section(DOC_PATH, name, title, body, machine_description())
