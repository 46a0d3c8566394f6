"""Keep the working folder off the import path when run as ``python -m``.

``python -m`` puts the working folder first on ``sys.path``, and editors and CI start
Literalist in the project folder: a project holding ``markdown_it.py`` or ``nltk.py``
would have its code run by our later imports, and a config file must never lead to code
running. Nothing Literalist needs lives there (this package is already imported), so the
folder comes off the path before anything else is imported.
"""

from __future__ import annotations

import os
import sys


def drop_working_folder() -> None:
    if sys.path and os.path.realpath(sys.path[0] or os.curdir) == os.path.realpath(os.getcwd()):
        del sys.path[0]
