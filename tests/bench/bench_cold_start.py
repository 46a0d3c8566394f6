"""Cold start of the language server, and the floor beneath it.

From spawning ``literalist server`` to (a) the answer to ``initialize`` and (b) the first
diagnostics for a 200-line prompt opened right after ``initialized``. Each run is a fresh
process. The floor is what no server code can beat: the interpreter starting, and the
imports any pygls server pays (``lsprotocol.types`` is one 14,000-line module).

Python runs as it does for a user: reading and writing bytecode (``.pyc``). ``pip install``
compiles a package's bytecode as it installs it, and the VS Code client unsets
``PYTHONDONTWRITEBYTECODE`` so the bundled server's first start caches it; a shell that
exports that variable (the shells on this project's machines do) would otherwise make every start
compile the server's sources again, about 50 ms that no user pays. The first start, which
writes whatever bytecode is missing, is timed apart from the others.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_corpus import generate_prompt
from bench_keystrokes import SETTINGS
from bench_lsp_client import BenchClient, server_command
from bench_procs import measure

FLOOR_COMMANDS = {
    "python_startup": "pass",
    "import_lsprotocol_types": "import lsprotocol.types",
    "import_pygls_server": "import lsprotocol.types, pygls.lsp.server",
    "import_literalist_engine": "import literalist.engine",
    # everything the server must import before it can publish anything
    "import_server_and_core": "import lsprotocol.types, pygls.lsp.server, literalist.lsp.server, literalist.engine",
}


def as_installed_env() -> dict:
    """This environment, with bytecode read and written as on a user's machine."""
    env = os.environ.copy()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


async def _one_start(lines: int, timeout: float, env: dict) -> dict:
    text = generate_prompt(lines, seed=5).text
    with tempfile.TemporaryDirectory(prefix="literalist-bench-cold-") as tmp:
        root = Path(tmp)
        path = root / "cold.prompt.md"
        path.write_text(text, encoding="utf-8")
        client = BenchClient(SETTINGS)
        spawned = time.perf_counter()
        await client.start(server_command(), env)
        try:
            await asyncio.wait_for(client.initialize(root), timeout)
            answered = time.perf_counter()
            client.send_initialized()
            client.open(path.as_uri(), text)
            first = await client.wait_for_version(path.as_uri(), 1, timeout)
        finally:
            await client.close()
    return {"initialize_ms": (answered - spawned) * 1000, "first_diagnostics_ms": (first.at - spawned) * 1000,
            "diagnostics": first.count}


def cold_start(runs: int = 5, lines: int = 200, timeout: float = 60.0, floor_runs: int = 3) -> dict:
    env = as_installed_env()
    first_start = asyncio.run(_one_start(lines, timeout, env))  # writes any bytecode that is missing
    samples = [asyncio.run(_one_start(lines, timeout, env)) for _ in range(runs)]
    init = [s["initialize_ms"] for s in samples]
    first = [s["first_diagnostics_ms"] for s in samples]
    floor = {}
    for name, code in FLOOR_COMMANDS.items():
        times = [measure([sys.executable, "-c", code], env=env, timeout=60).wall_s * 1000 for _ in range(floor_runs)]
        floor[name] = round(statistics.median(times), 1)
    return {
        "runs": runs,
        "lines": lines,
        "initialize_ms_median": round(statistics.median(init), 1),
        "initialize_ms_max": round(max(init), 1),
        "first_diagnostics_ms_median": round(statistics.median(first), 1),
        "first_diagnostics_ms_max": round(max(first), 1),
        "first_diagnostics_count": samples[-1]["diagnostics"],
        "first_start_first_diagnostics_ms": round(first_start["first_diagnostics_ms"], 1),
        "floor_ms": floor,
    }
