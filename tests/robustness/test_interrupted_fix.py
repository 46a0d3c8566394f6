"""``--fix`` killed half-way leaves every prompt whole: the old bytes or the new, never a mix.

``--fix`` writes a temporary file next to the prompt, fsyncs it, then renames it over the
prompt (``cli/fixing.py: write_atomic``). Here the real CLI runs in a child process with a
``sitecustomize`` hook that SIGKILLs it at one of those steps: half-way through writing the
temporary file, before its fsync, right before the rename. SIGKILL cannot be caught, so
this is what a power cut or the OOM killer does to a run.

What a SIGKILL leaves, and what we chose: the prompt is untouched, and the temporary file
stays behind (no cleanup code runs under SIGKILL). It sits in the prompt's own folder, is
hidden, and is named ``.<prompt name>.<random>.literalist-tmp``, so it is recognisable. The
next run ignores it (it is not a prompt file name, so a folder walk never reads it) and
does not delete it: removing files by a name pattern could hit the temporary file of a run
still in progress, and deleting is a write the user did not ask for. An interrupt that
*can* be caught (Ctrl+C, SIGINT) removes the temporary file before exiting.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from cli_process import run_cli

PROMPT = "# Brief\r\n\r\nURGENT!!! I'm so stressed. Summarize the logs below.\r\n"
OTHER = "Write a summary. Fix it NOW!!!\n"
LEFTOVER = re.compile(r"^\.(?P<name>.+)\.[^.]+\.literalist-tmp$")

# Imported by every Python process that has this folder on PYTHONPATH; it acts only when
# KILL_AT is set, and only on literalist's temporary files (recognised by their name).
HOOK = textwrap.dedent('''
    import os, signal
    AT = os.environ.get("KILL_AT")
    NTH = int(os.environ.get("KILL_NTH", "1"))
    SIG = getattr(signal, os.environ.get("KILL_SIGNAL", "SIGKILL"))
    seen = {"n": 0}

    def ours(fd_or_path):
        path = os.readlink(f"/proc/self/fd/{fd_or_path}") if isinstance(fd_or_path, int) else str(fd_or_path)
        return path.endswith(".literalist-tmp")

    def hit():  # the NTH temporary file is the one that dies
        seen["n"] += 1
        if seen["n"] == NTH:
            os.kill(os.getpid(), SIG)

    if AT == "write":
        real_fdopen = os.fdopen

        class HalfWriter:
            def __init__(self, fh):
                self.fh = fh
            def __enter__(self):
                return self
            def __exit__(self, *exc):
                self.fh.close()
            def write(self, data):
                self.fh.write(data[: len(data) // 2])
                self.fh.flush()
                hit()
                return self.fh.write(data[len(data) // 2 :])
            def __getattr__(self, name):
                return getattr(self.fh, name)

        def fdopen(fd, mode="r", *a, **k):
            fh = real_fdopen(fd, mode, *a, **k)
            return HalfWriter(fh) if "w" in mode and ours(fd) else fh
        os.fdopen = fdopen
    elif AT == "fsync":
        real_fsync = os.fsync
        def fsync(fd):
            if ours(fd):
                hit()
            return real_fsync(fd)
        os.fsync = fsync
    elif AT == "replace":
        real_replace = os.replace
        def replace(src, dst, *a, **k):
            if ours(src):
                hit()
            return real_replace(src, dst, *a, **k)
        os.replace = replace
''')


@pytest.fixture
def hook(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hook")  # outside the project: the next run must not see it
    (folder / "sitecustomize.py").write_text(HOOK)
    return folder


def project(root: Path) -> tuple[Path, Path, bytes, bytes]:
    root.mkdir()
    first, second = root / "a.prompt.md", root / "b.prompt.md"
    first.write_bytes(PROMPT.encode("utf-8"))
    second.write_bytes(OTHER.encode("utf-8"))
    return first, second, first.read_bytes(), second.read_bytes()


def leftovers(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(".literalist-tmp"))


def fixed_bytes(tmp_path: Path, name: str, data: bytes) -> bytes:
    """What an uninterrupted --fix makes of these bytes."""
    clean = tmp_path / "clean"
    clean.mkdir(exist_ok=True)
    (clean / name).write_bytes(data)
    run_cli(["check", name, "--fix"], clean)
    return (clean / name).read_bytes()


@pytest.mark.parametrize("at", ["write", "fsync", "replace"])
def test_sigkill_during_fix_leaves_the_prompt_whole(tmp_path, hook, at):
    root = tmp_path / "prompts"
    first, second, first_before, second_before = project(root)
    want_first = fixed_bytes(tmp_path, first.name, first_before)
    want_second = fixed_bytes(tmp_path, second.name, second_before)
    # two files to fix, killed while writing the second: the first is already whole and new
    r = run_cli(["check", ".", "--fix"], root, env={"PYTHONPATH": str(hook), "KILL_AT": at, "KILL_NTH": "2"})
    assert r.code == -9, f"the hook did not fire: exit {r.code}, stderr {r.err[-500:]}"
    assert first.read_bytes() == want_first, "the file written before the kill is not the fixed text"
    assert second.read_bytes() == second_before, f"killed at {at}: the prompt changed"

    # what SIGKILL left: one temporary file, beside its prompt, with a recognisable name
    (left,) = leftovers(root)
    assert LEFTOVER.match(left.name).group("name") == second.name
    if at == "write":
        assert len(left.read_bytes()) < len(want_second)
    left_bytes = left.read_bytes()

    # the next run ignores it: not linted, not reported, not removed; the prompt is fixed
    r = run_cli(["check", "."], root)
    assert "literalist-tmp" not in r.out + r.err
    r = run_cli(["check", ".", "--fix"], root)
    assert "literalist-tmp" not in r.out + r.err
    assert second.read_bytes() == want_second
    assert leftovers(root) == [left] and left.read_bytes() == left_bytes


def test_a_caught_interrupt_removes_the_temporary_file(tmp_path, hook):
    root = tmp_path / "prompts"
    first, second, first_before, second_before = project(root)
    r = run_cli(["check", first.name, "--fix"], root,
                env={"PYTHONPATH": str(hook), "KILL_AT": "replace", "KILL_SIGNAL": "SIGINT"})
    assert r.code == 130  # KeyboardInterrupt, as a shell reports Ctrl+C
    assert first.read_bytes() == first_before
    assert leftovers(root) == []
