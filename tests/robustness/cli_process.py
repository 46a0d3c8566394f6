"""Running the real ``literalist`` CLI as a child process, always with a timeout.

A hang (a FIFO read, a regex that never ends) becomes a test failure with the command
and what it printed so far, never a stuck test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

CLI = [sys.executable, "-m", "literalist"]


@dataclass
class Result:
    code: int
    out: str
    err: str
    seconds: float


def run_cli(args: list[str], cwd: Path, timeout: float = 60, env: dict | None = None, stdin: bytes | None = None) -> Result:
    import time

    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    start = time.monotonic()
    try:
        proc = subprocess.run(
            [*CLI, *args], cwd=cwd, env=full_env, input=stdin, capture_output=True, timeout=timeout,
        )
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(
            f"`literalist {' '.join(args)}` did not finish in {timeout}s; "
            f"stdout: {(exc.stdout or b'')[-500:]!r} stderr: {(exc.stderr or b'')[-500:]!r}"
        ) from None
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, f"`literalist {' '.join(args)}` crashed:\n{err[-3000:]}"
    return Result(proc.returncode, out, err, time.monotonic() - start)
