"""Where the parts of a painted timeline go, top to bottom: axis, lanes, chart tracks, legend."""

from __future__ import annotations

from dataclasses import dataclass

AXIS_HEIGHT = 46.0
MAJOR_ROW_Y = 3.0  # the axis's two rows of labels: periods (bold) above, steps below
MINOR_ROW_Y = 23.0
AXIS_LABEL_HEIGHT = 18.0
LEGEND_HEIGHT = 28.0
METRIC_TRACK_HEIGHT = 76.0


@dataclass(frozen=True, slots=True)
class Regions:
    """The vertical extent of each part, in pixels from the top."""

    width: float
    height: float
    lanes_top: float
    lanes_bottom: float  # also where the chart tracks start
    legend_top: float

    @classmethod
    def of(cls, width: float, height: float, metric_tracks: int, legend_rows: int = 1) -> Regions:
        """The parts of a ``width`` by ``height`` drawing with ``metric_tracks`` chart tracks and
        a legend of ``legend_rows`` rows (more than one where the width cannot hold it)."""
        legend_top = height - LEGEND_HEIGHT * legend_rows
        lanes_bottom = legend_top - metric_tracks * METRIC_TRACK_HEIGHT
        return cls(width, height, AXIS_HEIGHT, lanes_bottom, legend_top)

    def metric_track_top(self, number: int) -> float:
        return self.lanes_bottom + number * METRIC_TRACK_HEIGHT
