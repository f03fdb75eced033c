"""Painting with QPainter: the scene renderer, its parts, theme, image export and printing. No QtWidgets."""
