"""Pure view maths: viewport, ticks, scene, lane planning, row layout, density, what a paint placed. No Qt."""
