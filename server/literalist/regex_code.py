"""The rules' regular expressions, compiled ahead of time for one Python.

``re.compile`` parses a pattern and generates its matcher's code in pure Python; for the
rules' long word lists that is most of the first lint in a fresh process (about 200 ms
of a 200-line prompt's first diagnostics, more than the lint itself). The code depends
only on the source, the flags and the regex engine's version, so ``gate_table.py``
records it for every pattern the prefilter and the narrowed context patterns compile,
and ships it as ``data/regex-code-<implementation>-<version>.bin``. ``compile`` hands
the recorded code straight to the engine (what ``re``'s own compiler does as its last
step).

It is only ever a shortcut. Another Python (or a different engine version), a pattern
missing from the table, or a damaged file all mean ``re.compile`` as usual: slower to
start, never different. ``tests/core/test_regex_code.py`` checks that each recorded
program equals the one ``re.compile`` builds (``re.Pattern`` equality compares the
code) and that the table is fresh.
"""

from __future__ import annotations

import array
import marshal
import re
import sys
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

try:
    import _sre
except ImportError:  # pragma: no cover - every CPython has it
    _sre = None  # type: ignore[assignment]

_lock = threading.Lock()
_table: dict[tuple[str, int], tuple] | None = None
_recording: list[set[tuple[str, int]]] = []  # while gate_table.py collects what to ship


def resource_name() -> str:
    """The table's file name for the running Python: the code is only valid for the engine
    that generated it."""
    magic = getattr(_sre, "MAGIC", 0)
    return f"regex-code-{sys.implementation.name}-{sys.version_info[0]}.{sys.version_info[1]}-{magic}.bin"


def compile(source: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - the re function it stands for
    """``re.compile(source, flags)``, from the recorded code when there is some."""
    for seen in _recording:
        seen.add((source, flags))
    entry = _load().get((source, flags))
    if entry is not None:
        final_flags, code, groups, groupindex, indexgroup = entry
        try:
            return _sre.compile(source, final_flags, array.array("I", code).tolist(), groups, groupindex, indexgroup)
        except Exception:  # the engine rejected the code (a different build): compile as usual
            pass
    return re.compile(source, flags)


def _load() -> dict[tuple[str, int], tuple]:
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                _table = _read()
    return _table


def _read() -> dict[tuple[str, int], tuple]:
    if _sre is None or array.array("I").itemsize != getattr(_sre, "CODESIZE", 0):
        return {}
    import importlib.resources  # not at import: the table is read on the first compile

    try:
        return loads(importlib.resources.files("literalist").joinpath("data", resource_name()).read_bytes())
    except OSError:  # no table for this Python: compile as usual
        return {}


def loads(raw: bytes) -> dict[tuple[str, int], tuple]:
    """The table in ``raw``; empty when it is damaged (every pattern then compiles as usual)."""
    try:
        table = marshal.loads(zlib.decompress(raw))
    except Exception:
        return {}
    return table if isinstance(table, dict) else {}


@contextmanager
def recording() -> Iterator[set[tuple[str, int]]]:
    """Collect the (source, flags) of every ``compile`` in the block."""
    seen: set[tuple[str, int]] = set()
    _recording.append(seen)
    try:
        yield seen
    finally:
        _recording.remove(seen)


def record(source: str, flags: int) -> tuple:
    """What ``compile`` needs to build ``source`` without parsing it: what ``re``'s
    compiler hands the engine."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_compile as _compiler  # type: ignore[no-redef]
        import sre_parse as _parser  # type: ignore[no-redef]

    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), array.array("I", code).tobytes(), parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def dumps(sources: set[tuple[str, int]]) -> bytes:
    """The table for ``sources``, as shipped: sorted, and in marshal's version 2, which
    writes no back-references, so the same patterns give the same bytes."""
    return zlib.compress(marshal.dumps(table_for(sources), 2), 9)


def table_for(sources: set[tuple[str, int]]) -> dict[tuple[str, int], tuple]:
    # plain ints: re's flags are an enum, which marshal does not write (lookups match either)
    return {(source, int(flags)): record(source, flags) for source, flags in sorted(sources)}
