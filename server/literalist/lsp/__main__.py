"""``python -m literalist.lsp``: start the language server over stdio."""

import sys

from literalist.working_folder import drop_working_folder

drop_working_folder()  # before any other import: see working_folder.py

from .main import run  # noqa: E402

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
