"""Generate the timeline file's JSON Schema from the pydantic models (run as a module to rewrite it)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from timeline_app.app.paths import resources_dir
from timeline_app.core.model import SCHEMA_FILE_NAME, TimelineDocument

SCHEMA_ID = "https://timeline-app.invalid/timeline.schema.json"


def timeline_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a timeline file."""
    schema = TimelineDocument.model_json_schema(by_alias=True)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
    }


def schema_text() -> str:
    """The schema as the committed file holds it: two-space indent, final newline."""
    return json.dumps(timeline_schema(), indent=2, ensure_ascii=False) + "\n"


def write_schema(target: Path | None = None) -> Path:
    """Write the schema into resources/ (or ``target``) and return the path written."""
    target = target or resources_dir() / SCHEMA_FILE_NAME
    target.write_text(schema_text(), encoding="utf-8")
    return target


if __name__ == "__main__":
    print(f"wrote {write_schema(Path(sys.argv[1]) if len(sys.argv) > 1 else None)}")
