"""The chart tracks' series: every figure of every event, grouped by name, in date order."""

from __future__ import annotations

import json

import pytest

from timeline_app.core import metrics
from timeline_app.io.loader import parse_timeline


def _timeline(count: int, with_figures: dict[int, list[dict[str, object]]]) -> bytes:
    events = [
        {"id": f"e{n}", "title": f"Event {n}", "date": f"{2000 + n}", "status": "reported"}
        | ({"metrics": with_figures[n]} if n in with_figures else {})
        for n in range(count)
    ]
    return json.dumps({"title": "T", "events": events}).encode()


@pytest.mark.parametrize("step", [1, 2, 3, 50_000])
def test_figures_are_found_in_every_step_of_the_scan(monkeypatch: pytest.MonkeyPatch, step: int) -> None:
    monkeypatch.setattr(metrics, "SCAN_STEP", step)
    timeline = parse_timeline(
        _timeline(
            7,
            {
                6: [{"name": "sales", "value": 6}],
                0: [{"name": "sales", "value": 1, "date": "2010"}],
                3: [{"name": "staff", "value": 30, "unit": "people"}, {"name": "sales", "value": 3}],
                5: [{"name": "sales", "value": 5, "date": "2001/.."}],  # open-ended: no place on a chart
            },
        )
    )
    series = metrics.metric_series(timeline)
    assert [(s.name, s.unit) for s in series] == [("sales", ""), ("staff", "people")]
    sales, staff = series
    assert [(p.value, p.event, p.date_text) for p in sales.points] == [
        (3, 3, "2003"),
        (6, 6, "2006"),
        (1, 0, "2010"),
    ]
    assert [(p.value, p.event) for p in staff.points] == [(30, 3)]
