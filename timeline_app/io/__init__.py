"""Reading and writing files: load errors with their places, loader, load process, formats. No Qt."""
