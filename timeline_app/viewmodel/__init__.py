"""The view model and what feeds it: loads on a worker thread, release of replaced timelines. QtCore only."""
