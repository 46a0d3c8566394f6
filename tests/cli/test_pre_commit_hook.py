"""The pre-commit hook: a valid manifest whose entry, run the way pre-commit runs it, works."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from cli_samples import CLEAN, TONE
from literalist.file_kinds import PROMPT_SUFFIXES

yaml = pytest.importorskip("yaml")

MANIFEST = Path(__file__).resolve().parents[2] / ".pre-commit-hooks.yaml"
REQUIRED = {"id", "name", "entry", "language"}
KNOWN = REQUIRED | {
    "description", "files", "exclude", "types", "types_or", "exclude_types", "args", "stages",
    "additional_dependencies", "always_run", "fail_fast", "pass_filenames", "require_serial",
    "minimum_pre_commit_version", "language_version", "log_file", "verbose",
}


def hooks():
    data = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(data, list) and data
    return data


def test_manifest_is_well_formed():
    for hook in hooks():
        assert REQUIRED <= set(hook), hook
        assert set(hook) <= KNOWN, set(hook) - KNOWN
        assert hook["language"] == "python"  # pre-commit installs this repo with pip
        re.compile(hook["files"])


def test_files_pattern_picks_prompt_files():
    (hook,) = [h for h in hooks() if h["id"] == "literalist"]
    pattern = re.compile(hook["files"])
    for name in ("a.prompt", "docs/AGENTS.md", "x.prompt.md", ".github/copilot-instructions.md", "notes.markdown",
                 ".cursor/rules/style.mdc"):
        assert pattern.search(name), name
    for suffix in PROMPT_SUFFIXES:  # the files `literalist check` looks for in a folder
        assert pattern.search("a" + suffix), suffix
    for name in ("main.py", "README.rst", "prompt.txt", "data.md.json"):
        assert not pattern.search(name), name


def test_entry_runs_like_pre_commit_runs_it(project, writer):
    (hook,) = [h for h in hooks() if h["id"] == "literalist"]
    command = shlex.split(hook["entry"]) + list(hook.get("args", []))
    assert command[0] == "literalist"
    script = Path(sys.executable).parent / "literalist"
    writer(project / "bad.md", TONE)
    writer(project / "good.md", CLEAN)
    # pre-commit appends the staged file names to the entry
    bad = subprocess.run([str(script), *command[1:], "good.md", "bad.md"], cwd=project, capture_output=True, timeout=60)
    assert bad.returncode == 1, bad.stderr
    assert b"bad.md:1:" in bad.stdout
    good = subprocess.run([str(script), *command[1:], "good.md"], cwd=project, capture_output=True, timeout=60)
    assert good.returncode == 0, good.stdout + good.stderr
