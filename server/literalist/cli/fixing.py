"""``--fix`` and ``--diff``: apply the safe fixes to a text, show them, write them back safely."""

from __future__ import annotations

import difflib
from collections import Counter
import os
import re
import stat
import tempfile
from pathlib import Path

from ..engine import Linter
from ..fixes import apply_edits, collect_edits
from ..model import Finding
from .reading import SourceText

# Fixes can make room for others that overlapped them; a few passes reach the fixed point.
MAX_PASSES = 10


class ChangedOnDisk(Exception):
    """The file changed between reading and writing: writing would lose someone's edit."""


def fix_text(linter: Linter, source: SourceText, path: str | None) -> tuple[str, int, list[Finding]]:
    """Apply safe fixes until none is left. Returns (fixed raw text, findings fixed, findings left).

    "Findings fixed" counts the fixable findings that are gone at the end. Counting applied
    fixes instead would undercount: one fix often settles two findings ("URGENT!!!" is one
    edit for the urgency and the exclamation run), and the overlapping one is then dropped.
    """
    raw = source.raw
    first = findings = linter.lint(source.lint_view(raw), path)
    for _ in range(MAX_PASSES):
        edits = collect_edits(findings, only_safe=True)
        if not edits:
            break
        fixed = apply_edits(raw, edits)
        if fixed == raw:
            break
        raw = fixed
        findings = linter.lint(source.lint_view(raw), path)
    if raw == source.raw:
        return raw, 0, findings
    before = Counter((f.code, f.message) for f in first if f.fix is not None and f.fix.safe and f.fix.edits)
    after = Counter((f.code, f.message) for f in findings)
    return raw, sum(max(0, n - after[key]) for key, n in before.items()), findings


def write_atomic(path: Path, data: bytes, expected: tuple[int, int] | None = None) -> None:
    """Replace a file's bytes all at once: a temp file in the same folder, then ``os.replace``.

    A reader (or a crash) sees the old file or the new one, never half of each. Links are
    followed so the link stays a link; the file's permission bits are kept.
    """
    real = Path(os.path.realpath(path))
    st = real.stat()
    if expected is not None and (st.st_mtime_ns, st.st_size) != expected:
        raise ChangedOnDisk(f"{path} changed on disk while it was being checked; not fixed")
    fd, tmp = tempfile.mkstemp(dir=real.parent, prefix=f".{real.name}.", suffix=".literalist-tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        os.replace(tmp, real)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def unified_diff(shown: str, before: str, after: str) -> str:
    """A unified diff like ``git diff`` prints, line endings kept as they are."""
    a = _LINES.findall(before)
    b = _LINES.findall(after)
    out = []
    for line in difflib.unified_diff(a, b, fromfile=f"a/{shown}", tofile=f"b/{shown}"):
        if line.endswith(("\n", "\r")):
            out.append(line)
        else:
            out.append(line + "\n\\ No newline at end of file\n")
    return "".join(out)
