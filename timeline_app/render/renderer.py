"""Paint a scene with QPainter, track by track: the canvas, image exports and printing all paint this way.

Each part of the drawing is a track painter (axis, lanes, links, eras, chart tracks, today,
legend) sharing one RenderContext, painted in a fixed order, as Perfetto UI's tracks share
a TrackRenderContext. Painting reads the scene and never writes to the model; what went
where comes back as a ``Frame`` for hit-testing, tooltips and tests.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter

from timeline_app.render.axis import AxisTrack, GridTrack, axis_ticks
from timeline_app.render.context import Fonts, RenderContext, Track
from timeline_app.render.eras import EraTrack
from timeline_app.render.labels import LabelTrack
from timeline_app.render.lanes import LaneBackgroundTrack, LaneTrack
from timeline_app.render.legend import LegendTrack
from timeline_app.render.links import LinkTrack
from timeline_app.render.marker_painter import MarkerPainter
from timeline_app.render.metric_track import MetricTracks
from timeline_app.render.theme import Theme
from timeline_app.render.today import TodayTrack
from timeline_app.view.canvas_layout import Regions
from timeline_app.view.frame import Frame
from timeline_app.view.lane_plan import place_lanes, plan_lanes
from timeline_app.view.scene import Scene


class MessageTrack:
    """A sentence in the middle of the lanes, when the scene has one (a file loading, no events)."""

    def paint(self, ctx: RenderContext) -> None:
        if not ctx.scene.message:
            return
        regions = ctx.regions
        ctx.painter.setFont(ctx.fonts.normal)
        ctx.painter.setPen(ctx.theme.muted_text)
        ctx.painter.drawText(
            QRectF(0, regions.lanes_top, regions.width, regions.lanes_bottom - regions.lanes_top),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            ctx.scene.message,
        )


class TimelineRenderer:
    """Paints scenes; keeps what can be reused between frames (fonts, label widths, markers)."""

    def __init__(self, font: QFont) -> None:
        self._fonts = Fonts.of(font)
        self._theme: Theme | None = None
        self._markers: MarkerPainter | None = None
        self._lanes = LaneTrack()
        self._legend = LegendTrack()
        # Back to front: what is painted later covers what came before.
        self._tracks: tuple[Track, ...] = (
            LaneBackgroundTrack(),
            EraTrack(),
            GridTrack(),
            TodayTrack(),
            self._lanes,
            LinkTrack(),
            LabelTrack(),
            MetricTracks(),
            AxisTrack(),
            self._legend,
            MessageTrack(),
        )

    def render(self, painter: QPainter, width: float, height: float, scene: Scene, theme: Theme) -> Frame:
        """Paint the whole scene into (0, 0, width, height) and return what went where."""
        if theme != self._theme or self._markers is None:
            self._theme, self._markers = theme, MarkerPainter(theme)
        tracks = len(scene.metrics)
        ctx = RenderContext(
            painter, scene, Regions.of(width, height, tracks), self._fonts, theme, self._markers, Frame()
        )
        self._lanes.prepare(ctx)
        ctx.lanes.extend(plan_lanes(scene, lambda event: self._lanes.title_width(ctx, event)))
        # What the lanes lay out decides the legend's entries, whose rows decide the lanes' height.
        rows = self._legend.plan(ctx)
        regions = Regions.of(width, height, tracks, rows)
        ctx = replace(ctx, regions=regions)
        ctx.frame.legend_rows = rows
        ctx.frame.lanes_height = place_lanes(
            ctx.lanes, regions.lanes_top, regions.lanes_bottom, scene.scroll_y
        )
        ctx.frame.ticks = axis_ticks(ctx)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(QRectF(0, 0, width, height), theme.background)
        for track in self._tracks:
            track.paint(ctx)
        painter.restore()
        return ctx.frame
