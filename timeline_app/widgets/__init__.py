"""The widgets that make up the window; each talks to the view model, never to another widget."""
