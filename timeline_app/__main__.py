"""Entry point for ``python -m timeline_app`` and the ``timeline-app`` command."""

import sys

from timeline_app.app.cli import main

if __name__ == "__main__":
    sys.exit(main())
