"""Fixtures for driving the real ``literalist`` command in a child process.

Every CLI test goes through ``python -m literalist``: argument parsing, file discovery,
decoding, output and exit codes are all exercised the way a user or CI meets them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from cli_samples import line_col_to_offset

TIMEOUT = 60  # seconds; a hung CLI must fail the test, not the whole run

@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str
    stdout_bytes: bytes

    def json(self):
        return json.loads(self.stdout)


def _env(extra: dict[str, str] | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR")}
    env["PYTHONIOENCODING"] = "utf-8"
    if extra:
        env.update(extra)
    return env


@pytest.fixture
def run_cli():
    def run(*args: str, cwd: Path, input: bytes | str | None = None, env: dict[str, str] | None = None) -> Result:
        if isinstance(input, str):
            input = input.encode("utf-8")
        proc = subprocess.run(
            [sys.executable, "-m", "literalist", *args],
            cwd=cwd,
            input=input if input is not None else b"",
            capture_output=True,
            env=_env(env),
            timeout=TIMEOUT,
        )
        return Result(
            proc.returncode,
            proc.stdout.decode("utf-8", "replace"),
            proc.stderr.decode("utf-8", "replace"),
            proc.stdout,
        )

    return run


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """An empty project folder in the test's own temp dir."""
    root = tmp_path / "project"
    root.mkdir()
    return root


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_bytes(text.encode("utf-8"))
    return path


@pytest.fixture
def writer():
    return write


@pytest.fixture
def to_offset():
    return line_col_to_offset
