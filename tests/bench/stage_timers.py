"""Timers around the server's stages, installed in a server process by keystroke_stages.py.

Wraps the functions one keystroke passes through (reading the message, the lint, encoding
the diagnostics, writing them) and records, for each call, its start and end on
``perf_counter`` (the same monotonic clock in every process of the machine, so they line up
with the client's send times) and the thread CPU time it took. At exit the records are
written as JSON to the path given to ``install``. For measuring only: nothing in the server
imports this module.
"""

from __future__ import annotations

import atexit
import json
import time
from collections import defaultdict


def install(out_path: str) -> None:
    from literalist.engine import Linter
    from literalist.lsp.analysis import Analyzer
    from literalist.lsp.diagnostic_json import DiagnosticEncoder
    from literalist.lsp.protocol import LiteralistProtocol

    records: dict[str, list[tuple[float, float, float]]] = defaultdict(list)

    def timed(owner, name: str, stage: str) -> None:
        inner = getattr(owner, name)

        def wrapper(*args, **kwargs):
            start, cpu = time.perf_counter(), time.thread_time()
            try:
                return inner(*args, **kwargs)
            finally:
                records[stage].append((start, time.perf_counter(), time.thread_time() - cpu))

        setattr(owner, name, wrapper)

    timed(LiteralistProtocol, "handle_message", "handle")
    timed(Analyzer, "analyze", "analyze")
    timed(Linter, "lint", "lint")
    timed(DiagnosticEncoder, "encode", "encode")
    timed(LiteralistProtocol, "_write_body", "write")

    def dump() -> None:
        with open(out_path, "w", encoding="utf-8") as fh:
            json.dump(records, fh)

    atexit.register(dump)
