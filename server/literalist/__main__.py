"""``python -m literalist check|rule|rules|server``: the same as the ``literalist`` command."""

import sys

from literalist.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
