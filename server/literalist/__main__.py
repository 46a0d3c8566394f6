"""``python -m literalist check|rule|rules|server``: the same as the ``literalist`` command."""

import sys

from literalist.working_folder import drop_working_folder

drop_working_folder()  # before any other import: see working_folder.py

from literalist.cli.main import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
