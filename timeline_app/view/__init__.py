"""Pure view maths: viewport, axis ticks, row layout and what a paint placed where. No Qt."""
