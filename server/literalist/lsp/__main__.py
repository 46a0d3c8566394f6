"""``python -m literalist.lsp``: start the language server over stdio."""

import sys

from .main import run

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
