"""Which files ``literalist check PATHS`` lints, in a stable order.

- A file named on the command line is always linted, whatever its name (the user asked).
- A folder is walked for prompt files: ``*.prompt`` and Markdown (``*.md``, which covers
  ``*.prompt.md``, ``*.instructions.md``, ``*.agent.md``, ``AGENTS.md``, ``SKILL.md``...).
- Folders that never hold the user's prompts (``.git``, ``node_modules``, virtualenvs,
  build output) are skipped, and so is whatever matches the ``exclude`` patterns of the
  config that applies to it (gitignore syntax, relative to that config file's folder).
- Symbolic links are followed; a link back into a folder already being walked is a loop,
  reported and skipped. Entries are visited in sorted order, so output is reproducible.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pathspec

from ..config import Config
from ..file_kinds import PROMPT_SUFFIXES


# Never the user's prompts, and often huge. Matched by folder name at any depth.
SKIPPED_FOLDERS = frozenset({
    ".git", ".hg", ".svn", ".bzr", ".jj", ".venv", "venv", ".env", ".tox", ".nox", ".direnv",
    "node_modules", "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".hypothesis",
    ".eggs", "site-packages", "__pypackages__", "build", "dist", "_build", "buck-out",
    ".ipynb_checkpoints",
})


@dataclass(frozen=True)
class Target:
    path: Path  # as it should be opened
    shown: str  # as it should be printed


@dataclass(frozen=True)
class Skipped:
    shown: str
    reason: str
    error: bool  # True: the user asked for something that could not be read


ConfigFor = Callable[[Path], Config]


def is_prompt_file(name: str) -> bool:
    return name.lower().endswith(PROMPT_SUFFIXES)


def discover(paths: list[str], config_for: ConfigFor, cwd: Path | None = None) -> Iterator[Target | Skipped]:
    """Yield each file to lint (once, even if named twice) and each path that was skipped."""
    cwd = cwd or Path.cwd()
    seen_files: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(given)
        try:
            st = path.stat()  # follows links
        except FileNotFoundError:
            reason = "broken symbolic link" if path.is_symlink() else "no such file or folder"
            yield Skipped(_shown(path, cwd), reason, error=True)
            continue
        except OSError as exc:
            yield Skipped(_shown(path, cwd), _os_reason(exc), error=True)
            continue
        if path.is_dir():
            yield from _walk(path, config_for, cwd, seen_files)
        elif _first_visit(st, seen_files):
            yield Target(path, _shown(path, cwd))


def _walk(root: Path, config_for: ConfigFor, cwd: Path, seen_files: set) -> Iterator[Target | Skipped]:
    # (device, inode) of each folder on the current path from the root: a link to one of
    # them would walk forever. Folders reached twice by other routes are walked twice only
    # through distinct paths, like a plain `find -L`, but never in a cycle.
    ancestors: list[tuple[int, int]] = []
    compiled: dict[tuple, _Excluder] = {}

    def excluders(config: Config) -> _Excluder:
        key = (config.source, tuple(config.exclude))
        if key not in compiled:
            compiled[key] = _Excluder(config)
        return compiled[key]

    def visit(folder: Path) -> Iterator[Target | Skipped]:
        try:
            st = folder.stat()
        except OSError as exc:
            yield Skipped(_shown(folder, cwd), _os_reason(exc), error=True)
            return
        key = (st.st_dev, st.st_ino)
        if key in ancestors:
            target = os.path.realpath(folder)
            yield Skipped(_shown(folder, cwd), f"symbolic link loop (points back to {_shown(Path(target), cwd)})", error=False)
            return
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield Skipped(_shown(folder, cwd), _os_reason(exc), error=True)
            return
        ancestors.append(key)
        excluded = excluders(config_for(folder))
        for entry in entries:
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()  # follows links
                is_file = not is_dir and entry.is_file()
            except OSError as exc:
                yield Skipped(_shown(path, cwd), _os_reason(exc), error=True)
                continue
            if is_dir:
                if entry.name in SKIPPED_FOLDERS or excluded(path, is_dir=True):
                    continue
                yield from visit(path)
            elif is_file:
                if not is_prompt_file(entry.name) or excluded(path, is_dir=False):
                    continue
                try:
                    st_file = entry.stat()
                except OSError as exc:
                    yield Skipped(_shown(path, cwd), _os_reason(exc), error=True)
                    continue
                if _first_visit(st_file, seen_files):
                    yield Target(path, _shown(path, cwd))
            elif entry.is_symlink() and is_prompt_file(entry.name) and not excluded(path, is_dir=False):
                yield Skipped(_shown(path, cwd), "broken symbolic link", error=True)
        ancestors.pop()

    yield from visit(root)


class _Excluder:
    """The ``exclude`` patterns of one config, matched relative to that config's folder."""

    def __init__(self, config: Config):
        self.spec = pathspec.GitIgnoreSpec.from_lines(config.exclude) if config.exclude else None
        self.base = Path(config.source).absolute().parent if config.source else Path.cwd()

    def __call__(self, path: Path, is_dir: bool) -> bool:
        if self.spec is None:
            return False
        try:
            rel = path.absolute().relative_to(self.base).as_posix()
        except ValueError:  # outside the config's folder: its patterns do not apply
            return False
        return self.spec.match_file(rel + "/" if is_dir else rel)


def _first_visit(st: os.stat_result, seen: set[tuple[int, int]]) -> bool:
    key = (st.st_dev, st.st_ino)
    if key in seen:
        return False
    seen.add(key)
    return True


def _shown(path: Path, cwd: Path) -> str:
    """Relative to the working folder when inside it (like ruff), else as absolute."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(cwd).as_posix() or "."
    except ValueError:
        return str(absolute)


def _os_reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)
