"""Finding and reading config files: ``literalist.toml``, ``.literalist.toml`` or ``pyproject.toml``.

A config file is data only: nothing in it is executed, and user phrases are handed to
the core as literal strings (the core matches them as words, never as regexes).

Reading never fails: whatever cannot be understood (broken TOML, an unknown key, a wrong
type, an unknown rule code) becomes a ``ConfigProblem`` that names the file, the line and
the key, and the default is kept for that setting only. The CLI prints the problems and
exits 2; the language server shows them and keeps linting.

The server calls ``load_config_for`` for every document it lints, so parsed files are
cached by (path, mtime, size): an edited config is picked up, an unchanged one is free.
"""

from __future__ import annotations

import copy
import difflib
import re
import stat
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

from .config import Config
from .model import Severity

# Searched in this order in each folder, from the file's folder up to the root.
CONFIG_NAMES = ("literalist.toml", ".literalist.toml", "pyproject.toml")

FAMILIES = ("tone", "inference", "quality")
# Longest user phrase accepted: phrases are words to look for, not paragraphs.
MAX_PHRASE_CHARS = 200
MAX_SENTENCE_WORDS_RANGE = (5, 1000)


@dataclass(frozen=True)
class ConfigProblem:
    path: str
    line: int | None
    key: str | None
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        what = f"'{self.key}': " if self.key else ""
        return f"{where}: {what}{self.message}"


# ---------------------------------------------------------------------------------------
# Discovery


def find_config_file(start: str | Path) -> Path | None:
    """The nearest config file at or above ``start`` (a file or a folder, existing or not)."""
    here = Path(start).absolute()
    folder = here if here.is_dir() else here.parent
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            try:
                if not path.is_file():
                    continue
            except OSError:  # unreadable folder on the way up: keep climbing
                continue
            if name != "pyproject.toml" or _pyproject_has_table(path):
                return path
    return None


def _pyproject_has_table(path: Path) -> bool:
    """Whether a pyproject.toml speaks to literalist. A cheap text test first, so that
    unrelated pyproject files on the way up are not parsed (and a broken one that does
    not mention literalist is not our business)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return re.search(r"^\s*\[\s*tool\s*\.\s*literalist\s*[\].]", text, re.MULTILINE) is not None


# ---------------------------------------------------------------------------------------
# Loading, with a cache keyed by the file's identity on disk

_cache: dict[Path, tuple[tuple[int, int], Config, list[ConfigProblem]]] = {}
_cache_lock = threading.Lock()


def load_config_for(path: str | Path) -> tuple[Config, list[ConfigProblem]]:
    """The config that applies to ``path`` (defaults when there is no config file)."""
    found = find_config_file(path)
    if found is None:
        return Config(), []
    return load_config_file(found)


def load_config_file(path: str | Path) -> tuple[Config, list[ConfigProblem]]:
    """Read one config file (an explicit ``--config`` or a discovered one)."""
    path = Path(path).absolute()
    try:
        st = path.stat()
    except OSError as exc:
        return Config(), [ConfigProblem(str(path), None, None, f"cannot read config file: {exc.strerror or exc}")]
    if not stat.S_ISREG(st.st_mode):  # a FIFO would block the read forever, a device never end
        return Config(), [ConfigProblem(str(path), None, None, "cannot read config file: not a regular file")]
    stamp = (st.st_mtime_ns, st.st_size)
    with _cache_lock:
        hit = _cache.get(path)
    if hit is None or hit[0] != stamp:
        config, problems = _parse_file(path)
        with _cache_lock:
            _cache[path] = (stamp, config, problems)
    else:
        _, config, problems = hit
    # callers may adjust their copy (CLI overrides), never the cached one
    return copy.deepcopy(config), list(problems)


def _parse_file(path: Path) -> tuple[Config, list[ConfigProblem]]:
    shown = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return Config(source=shown), [ConfigProblem(shown, None, None, f"cannot read config file: {exc.strerror or exc}")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return Config(source=shown), [ConfigProblem(shown, line, None, "config file is not valid UTF-8")]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return Config(source=shown), [_toml_error(shown, exc)]

    in_pyproject = path.name == "pyproject.toml"
    if in_pyproject:
        table = data.get("tool", {}).get("literalist") if isinstance(data.get("tool"), dict) else None
        base: tuple[str, ...] = ("tool", "literalist")
        if table is None:
            return Config(source=shown), []
        if not isinstance(table, dict):
            locator = _KeyLocator(text)
            return Config(source=shown), [
                ConfigProblem(shown, locator.line_of(base), "tool.literalist", "must be a table")
            ]
    else:
        table, base = data, ()
    return _Reader(shown, text, base).read(table)


def _toml_error(shown: str, exc: Exception) -> ConfigProblem:
    # tomllib puts the position at the end of its message: "... (at line 3, column 9)"
    message = str(exc)
    m = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    line = None
    if m:
        line = int(m.group(1))
        message = message[: m.start()]
    elif "(at end of document)" in message:
        message = message.replace("(at end of document)", "").strip()
    return ConfigProblem(shown, line, None, f"invalid TOML: {message}")


# ---------------------------------------------------------------------------------------
# Validation: one method per key, each keeping the default when the value is unusable


_KEYS = ("select", "ignore", "severity", "phrases", "allow-caps", "data-tags", "exclude", "max-sentence-words")
_SEVERITIES = {s.value: s for s in Severity}
_TAG_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.:-]*$")


class _Reader:
    def __init__(self, shown: str, text: str, base: tuple[str, ...]):
        self.shown = shown
        self.locator = _KeyLocator(text)
        self.base = base
        self.problems: list[ConfigProblem] = []
        self.config = Config(source=shown)

    def problem(self, keys: tuple[str, ...], message: str) -> None:
        self.problems.append(
            ConfigProblem(self.shown, self.locator.line_of(self.base + keys), ".".join(keys), message)
        )

    def read(self, table: dict[str, Any]) -> tuple[Config, list[ConfigProblem]]:
        for key, value in table.items():
            if key not in _KEYS:
                hint = difflib.get_close_matches(key.replace("_", "-"), _KEYS, n=1, cutoff=0.6)
                extra = f"; did you mean '{hint[0]}'?" if hint else f"; known keys: {', '.join(_KEYS)}"
                self.problem((key,), "unknown key" + extra)
                continue
            getattr(self, "_" + key.replace("-", "_"))(value)
        return self.config, self.problems

    # -- helpers

    def _string_list(self, key: str, value: Any) -> list[str] | None:
        if isinstance(value, str):
            self.problem((key,), f'expected a list of strings, got a string; write {key} = ["{value}"]')
            return None
        if not isinstance(value, list):
            self.problem((key,), f"expected a list of strings, got {_type_name(value)}")
            return None
        out = []
        for i, item in enumerate(value):
            if isinstance(item, str):
                out.append(item)
            else:
                self.problem((key,), f"item {i + 1} should be a string, got {_type_name(item)}; ignored")
        return out

    def _codes(self, key: str, value: Any) -> list[str] | None:
        items = self._string_list(key, value)
        if items is None:
            return None
        known = _known_codes()
        out = []
        for item in items:
            code = item.strip().upper()
            if code and any(c.startswith(code) for c in known):
                out.append(code)
            else:
                self.problem((key,), f"unknown rule code or prefix '{item}'{_code_hint(item, known)}; ignored")
        if items and not out:
            return None  # nothing usable: keep the default rather than select nothing
        return out

    # -- keys

    def _select(self, value: Any) -> None:
        codes = self._codes("select", value)
        if codes is not None:
            self.config.select = codes

    def _ignore(self, value: Any) -> None:
        codes = self._codes("ignore", value)
        if codes is not None:
            self.config.ignore = codes

    def _severity(self, value: Any) -> None:
        if not isinstance(value, dict):
            self.problem(("severity",), f'expected a table of rule code = "error" | "warning" | "info" | "hint", got {_type_name(value)}')
            return
        known = _known_codes()
        # a prefix sets every rule under it; a longer (more specific) prefix wins
        chosen: dict[str, tuple[int, Severity]] = {}
        for code, level in value.items():
            keys = ("severity", code)
            prefix = code.strip().upper()
            matched = [c for c in known if prefix and c.startswith(prefix)]
            if not matched:
                self.problem(keys, f"unknown rule code or prefix{_code_hint(code, known)}; ignored")
                continue
            if not isinstance(level, str) or level.lower() not in _SEVERITIES:
                shown = repr(level) if isinstance(level, str) else _type_name(level)
                self.problem(keys, f'severity must be "error", "warning", "info" or "hint", got {shown}; ignored')
                continue
            for c in matched:
                if c not in chosen or chosen[c][0] <= len(prefix):
                    chosen[c] = (len(prefix), _SEVERITIES[level.lower()])
        self.config.severity = {c: sev for c, (_, sev) in sorted(chosen.items())}

    def _phrases(self, value: Any) -> None:
        if not isinstance(value, dict):
            self.problem(("phrases",), f"expected a table with lists for {', '.join(FAMILIES)}, got {_type_name(value)}")
            return
        out: dict[str, list[str]] = {}
        for family, items in value.items():
            keys = ("phrases", family)
            if family not in FAMILIES:
                self.problem(keys, f"unknown phrase family; use one of {', '.join(FAMILIES)}")
                continue
            if not isinstance(items, list):
                self.problem(keys, f"expected a list of strings, got {_type_name(items)}")
                continue
            kept = []
            for i, item in enumerate(items):
                if not isinstance(item, str):
                    self.problem(keys, f"item {i + 1} should be a string, got {_type_name(item)}; ignored")
                    continue
                phrase = " ".join(item.split())
                if not re.search(r"\w", phrase):
                    self.problem(keys, f"phrase {item!r} has no words to match; ignored")
                elif len(phrase) > MAX_PHRASE_CHARS:
                    self.problem(keys, f"phrase {i + 1} is longer than {MAX_PHRASE_CHARS} characters; ignored")
                else:
                    kept.append(phrase)
            out[family] = kept
        self.config.phrases = out

    def _allow_caps(self, value: Any) -> None:
        items = self._string_list("allow-caps", value)
        if items is not None:
            self.config.allow_caps = [w.strip() for w in items if w.strip()]

    def _data_tags(self, value: Any) -> None:
        items = self._string_list("data-tags", value)
        if items is None:
            return
        tags = []
        for item in items:
            tag = item.strip().strip("<>/").strip()
            if _TAG_NAME.match(tag):
                tags.append(tag)
            else:
                self.problem(("data-tags",), f"{item!r} is not a tag name; ignored")
        self.config.data_tags = tags

    def _exclude(self, value: Any) -> None:
        items = self._string_list("exclude", value)
        if items is None:
            return
        import pathspec  # only needed when a config excludes anything

        patterns = []
        for item in items:
            try:
                pathspec.GitIgnoreSpec.from_lines([item])
            except Exception as exc:  # pathspec raises several types for bad patterns
                self.problem(("exclude",), f"invalid pattern {item!r}: {exc}; ignored")
                continue
            patterns.append(item)
        self.config.exclude = patterns

    def _max_sentence_words(self, value: Any) -> None:
        low, high = MAX_SENTENCE_WORDS_RANGE
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(("max-sentence-words",), f"expected a whole number, got {_type_name(value)}")
        elif not low <= value <= high:
            self.problem(("max-sentence-words",), f"must be between {low} and {high}, got {value}")
        else:
            self.config.max_sentence_words = value


def _known_codes() -> list[str]:
    from .rules import ALL_RULES

    return list(ALL_RULES)


def _code_hint(given: str, known: list[str]) -> str:
    hint = difflib.get_close_matches(given.strip().upper(), known, n=1, cutoff=0.7)
    return f" (did you mean '{hint[0]}'?)" if hint else ""


def _type_name(value: Any) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "a list", dict: "a table"}
    for kind, name in names.items():
        if type(value) is kind:
            return name
    return type(value).__name__


# ---------------------------------------------------------------------------------------
# Where a key is written: tomllib keeps no positions, so find the line ourselves.


_HEADER = re.compile(r"^\s*\[\[?\s*([^\[\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY_LINE = re.compile(r"""^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+))*)\s*=""")
_KEY_PART = re.compile(r""""([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+)""")


class _KeyLocator:
    """Maps full key paths (table headers + dotted keys) to the 1-based line defining them.

    A line scanner, not a parser: enough to point at the line of a key that the real
    parser (tomllib) has already accepted. Multi-line strings are skipped so that their
    contents are never mistaken for keys.
    """

    def __init__(self, text: str):
        self.lines: dict[tuple[str, ...], int] = {}
        table: tuple[str, ...] = ()
        in_string: str | None = None
        for number, line in enumerate(text.splitlines(), start=1):
            if in_string:
                if line.count(in_string) % 2 == 1:
                    in_string = None
                continue
            header = _HEADER.match(line)
            if header:
                table = _split_key(header.group(1))
                self.lines.setdefault(table, number)
                continue
            key = _KEY_LINE.match(line)
            if key:
                full = table + _split_key(key.group(1))
                for i in range(len(table) + 1, len(full) + 1):
                    self.lines.setdefault(full[:i], number)
                rest = line[key.end():]
                for quote in ('"""', "'''"):
                    if rest.count(quote) % 2 == 1:
                        in_string = quote

    def line_of(self, keys: tuple[str, ...]) -> int | None:
        # the key itself, else the nearest enclosing key or table that was written
        for i in range(len(keys), 0, -1):
            if keys[:i] in self.lines:
                return self.lines[keys[:i]]
        return None


def _split_key(dotted: str) -> tuple[str, ...]:
    return tuple(next(g for g in m.groups() if g is not None) for m in _KEY_PART.finditer(dotted))


__all__ = ["CONFIG_NAMES", "ConfigProblem", "find_config_file", "load_config_file", "load_config_for"]
