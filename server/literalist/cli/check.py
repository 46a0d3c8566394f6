"""``literalist check``: find the files, read them, lint them, fix or diff them, report.

Exit codes (as ruff's):
    0  no findings
    1  findings (after --fix: findings left; with --diff: fixes to apply), or a path that
       could not be read (missing, unreadable, broken link): ruff reports those as E902
       and exits 1 too
    2  a usage error, a config error (the rest is still linted with defaults), or an
       internal error in a rule

Binary files and symbolic link loops are skipped with a warning and do not change the
exit code: there is nothing in them to lint. Nothing is written unless --fix was given,
and then only the files that changed.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path
from typing import TextIO

from ..config import Config
from ..config_files import ConfigProblem, load_config_file, load_config_for
from ..engine import Linter
from .discovery import Skipped, Target, discover
from .fixing import ChangedOnDisk, fix_text, unified_diff, write_atomic
from .reading import NotText, SourceText, decode, read_path
from .report import FileReport, RunSummary


@dataclasses.dataclass
class Overrides:
    select: list[str] | None = None
    ignore: list[str] | None = None

    def apply(self, config: Config) -> Config:
        config = dataclasses.replace(config)
        if self.select is not None:
            # an explicit selection replaces the config's, ignores included (ruff's layering)
            config.select = list(self.select)
            config.ignore = []
        if self.ignore:
            config.ignore = [*config.ignore, *self.ignore]
        return config


class Messages:
    """Everything said on stderr, once each; remembers what decides the exit code."""

    def __init__(self, err: TextIO | None):
        self.err = err  # None: only record (a worker process; the parent prints)
        self.said: set[str] = set()
        self.log: list[tuple[str, str]] = []
        self.config_error = False
        self.internal_error = False
        self.unreadable = False
        self.summary = RunSummary()

    def say(self, level: str, message: str) -> None:
        line = f"{level}: {message}"
        if line in self.said:
            return
        self.said.add(line)
        self.log.append((level, message))
        if self.err is not None:
            self.err.write(line + "\n")
            self.err.flush()
        self.summary.add("error" if level == "error" else "warning", message)

    def flags(self) -> tuple[bool, bool, bool]:
        return self.config_error, self.internal_error, self.unreadable

    def merge(self, log: list[tuple[str, str]], flags: tuple[bool, bool, bool]) -> None:
        """Take over what a worker process said and found, in its order."""
        for level, message in log:
            self.say(level, message)
        self.config_error |= flags[0]
        self.internal_error |= flags[1]
        self.unreadable |= flags[2]

    def config_problems(self, problems: list[ConfigProblem]) -> None:
        for problem in problems:
            self.config_error = True
            # shown like the linted files: relative to the working folder when inside it
            shown = dataclasses.replace(problem, path=_relative(problem.path))
            self.say("error", f"config: {shown}")


class Linters:
    """One config and one Linter per config file, so block caches are shared between files."""

    def __init__(self, explicit: Path | None, overrides: Overrides, messages: Messages):
        self.explicit = explicit
        self.overrides = overrides
        self.messages = messages
        self.by_source: dict[str | None, tuple[Config, Linter]] = {}
        self.current_path = ""
        if explicit is not None:
            config, problems = load_config_file(explicit)
            messages.config_problems(problems)
            self._remember(config)

    def config_for(self, path: Path) -> Config:
        return self._entry(path)[0]

    def linter_for(self, path: Path) -> Linter:
        return self._entry(path)[1]

    def _entry(self, path: Path) -> tuple[Config, Linter]:
        if self.explicit is not None:
            return self.by_source[str(self.explicit.absolute())]
        config, problems = load_config_for(path)
        if config.source in self.by_source:
            return self.by_source[config.source]
        self.messages.config_problems(problems)
        return self._remember(config)

    def _remember(self, config: Config) -> tuple[Config, Linter]:
        config = self.overrides.apply(config)
        key = config.source
        if self.explicit is not None:
            key = str(self.explicit.absolute())
        linter = Linter(config, on_rule_error=self._rule_failed)
        self.by_source[key] = (config, linter)
        return config, linter

    def _rule_failed(self, code: str, exc: BaseException) -> None:
        self.messages.internal_error = True
        self.messages.say("error", f"{self.current_path}: rule {code} failed and was skipped: {type(exc).__name__}: {exc}")


@dataclasses.dataclass
class CheckOptions:
    paths: list[str]
    stdin_filename: str | None = None
    output_format: str = "text"
    fix: bool = False
    diff: bool = False
    statistics: bool = False
    config: str | None = None
    color: bool = False
    overrides: Overrides = dataclasses.field(default_factory=Overrides)
    jobs: int = 1  # processes that lint files side by side (plain checks only)


def run_check(opts: CheckOptions, out: TextIO, err: TextIO, stdin=None) -> int:
    messages = Messages(err)
    linters = Linters(Path(opts.config) if opts.config else None, opts.overrides, messages)
    reports: list[FileReport] = []
    would_change = False

    use_stdin = opts.paths == ["-"] or (not opts.paths and opts.stdin_filename is not None)
    if use_stdin:
        stdin = stdin if stdin is not None else sys.stdin.buffer
        shown = opts.stdin_filename or "-"
        try:
            source = decode(stdin.read())
        except NotText as exc:
            messages.say("error", f"{shown}: {exc}")
            messages.unreadable = True
        else:
            anchor = Path(opts.stdin_filename) if opts.stdin_filename else Path.cwd()
            report, changed = _check_one(opts, linters, messages, anchor, opts.stdin_filename, shown, source, None, out)
            reports.append(report)
            would_change |= changed
    else:
        items = discover(opts.paths or ["."], linters.config_for)
        if opts.jobs > 1 and not (opts.fix or opts.diff):
            from .parallel import check_in_parallel

            reports.extend(check_in_parallel(opts, list(items), messages, linters))
        else:
            for item in items:
                report, changed = check_item(opts, linters, messages, item, out)
                if report is not None:
                    reports.append(report)
                would_change |= changed

    # with --fix on stdin the fixed text owns stdout; the report goes to stderr
    report_out = err if (use_stdin and opts.fix and not opts.diff) else out
    if not opts.diff:
        _write_report(opts, reports, messages, report_out)

    if messages.config_error or messages.internal_error:
        return 2
    if opts.diff:
        return 1 if (would_change or messages.unreadable) else 0
    if messages.unreadable or any(r.findings for r in reports):
        return 1
    return 0


def check_item(opts: CheckOptions, linters: Linters, messages: Messages, item: Target | Skipped,
               out: TextIO | None) -> tuple[FileReport | None, bool]:
    """One discovered path: skipped, unreadable, or read and checked."""
    if isinstance(item, Skipped):
        messages.say("error" if item.error else "warning", f"{item.shown}: {item.reason}; skipped")
        messages.unreadable |= item.error
        return None, False
    try:
        source, stamp = read_path(item.path)
    except NotText as exc:
        messages.say("warning", f"{item.shown}: {exc}; skipped")
        return None, False
    except OSError as exc:
        messages.say("error", f"{item.shown}: cannot read: {(exc.strerror or str(exc)).lower()}")
        messages.unreadable = True
        return None, False
    return _check_one(opts, linters, messages, item.path, str(item.path), item.shown, source, stamp, out)


def _check_one(opts: CheckOptions, linters: Linters, messages: Messages, anchor: Path, kind_path: str | None,
               shown: str, source: SourceText, stamp: tuple[int, int] | None, out: TextIO) -> tuple[FileReport, bool]:
    """Lint (and fix) one text. ``anchor`` finds its config and is the file --fix writes;
    ``kind_path`` tells the core the format (.prompt or Markdown), None for bare stdin;
    ``stamp`` is None for stdin."""
    for warning in source.warnings:
        messages.say("warning", f"{shown}: {warning}")
    linter = linters.linter_for(anchor)
    linters.current_path = shown
    changed = False
    fixed = 0
    if opts.fix or opts.diff:
        raw, fixed, findings = fix_text(linter, source, kind_path)
        if not raw.strip() and source.raw.strip():
            # every sentence was emotional language: an emptied prompt is lost text, not a fix
            messages.say("warning", f"{shown}: the fixes would leave the prompt empty; not fixed (rewrite it by hand)")
            raw, fixed, findings = source.raw, 0, linter.lint(source.text, kind_path)
        changed = raw != source.raw
        if opts.diff:
            if changed:
                out.write(unified_diff(shown, source.text, source.lint_view(raw)))
        elif stamp is None:  # stdin: the fixed text goes to stdout, in the input's encoding
            out.flush()
            target = getattr(out, "buffer", None)
            if target is not None:
                target.write(source.encode(raw))
                target.flush()
            else:
                out.write(source.lint_view(raw))
        elif changed:
            try:
                write_atomic(anchor, source.encode(raw), stamp)
            except ChangedOnDisk as exc:
                messages.say("error", str(exc))
                messages.unreadable = True
                raw, fixed = source.raw, 0
                findings = linter.lint(source.text, kind_path)
            except OSError as exc:
                messages.say("error", f"{shown}: cannot write the fixes: {(exc.strerror or str(exc)).lower()}")
                messages.unreadable = True
                raw, fixed = source.raw, 0
                findings = linter.lint(source.text, kind_path)
        text = source.lint_view(raw)
    else:
        text = source.text
        findings = linter.lint(text, kind_path)
    stats = None
    if opts.statistics:
        from ..stats import document_stats

        stats = document_stats(text, kind_path)
    return FileReport(shown=shown, text=text, findings=findings, fixed=fixed, stats=stats), changed


def _write_report(opts: CheckOptions, reports: list[FileReport], messages: Messages, out: TextIO) -> None:
    fmt = opts.output_format
    if fmt == "text":
        from .output import text

        text.write(reports, out, color=opts.color, fixing=opts.fix)
        if opts.statistics:
            from .output import statistics

            statistics.write_text(reports, out)
    elif fmt == "json":
        if opts.statistics:
            from .output import statistics

            statistics.write_json(reports, out)
        else:
            from .output import json

            json.write(reports, out)
    elif fmt == "sarif":
        from ..rules import ALL_RULES
        from .output import sarif

        sarif.write(reports, ALL_RULES, messages.summary, out)
    elif fmt == "github":
        from .output import github

        github.write(reports, out)
    out.flush()


def _relative(path: str) -> str:
    try:
        return Path(path).absolute().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path


def should_color(stream: TextIO, no_color_flag: bool) -> bool:
    """Colour on a terminal only; NO_COLOR (https://no-color.org) and --no-color turn it off,
    FORCE_COLOR turns it on where there is no terminal (CI logs)."""
    if no_color_flag or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
