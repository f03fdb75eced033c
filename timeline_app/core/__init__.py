"""Pure core: dates, the file model, event table and timeline, index, search, metrics, detail text. No Qt."""
