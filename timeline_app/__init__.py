"""timeline_app: a desktop viewer for chronological timelines of news stories and beyond."""

__version__ = "0.1.0"
