"""The bridge to the analysis core: config per document, one Linter per config, lint.

Everything here runs in a worker thread, one lint at a time (the scheduler holds a lock),
so the Linters' block caches and the config cache have a single user. The core is
imported on first use, never at server start: the editor is waiting for ``initialize``.
A document larger than ``maxDocumentBytes`` is linted only up to the cut chosen by
``large_documents.linted_part``; ``Analysis.text`` is the part that was linted.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from pathlib import Path

from literalist.config import Config
from literalist.model import Finding

from .large_documents import Cut, linted_part
from .settings import Settings

log = logging.getLogger(__name__)

_MAX_LINTERS = 8  # one per distinct effective config; a workspace rarely has more


@dataclass
class Analysis:
    findings: list[Finding]
    config: Config | None
    config_problems: list = field(default_factory=list)  # ConfigProblem from the core
    rule_errors: list[tuple[str, str]] = field(default_factory=list)  # (code, "Type: message")
    failure: str | None = None  # the core itself failed: nothing could be linted
    text: str | None = None  # what was linted: the document, or its first part (see cut)
    cut: Cut | None = None  # set when the document was too large to lint whole


class Analyzer:
    def __init__(self) -> None:
        self._linters: OrderedDict[str, object] = OrderedDict()
        self._rule_errors: list[tuple[str, str]] = []
        self._thread_guard = threading.Lock()  # belt and braces: the scheduler already serialises
        self._closed: deque[str] = deque()  # documents closed since the last lint (a deque: thread-safe appends)

    def warm_up(self) -> None:
        """Import the core and run it once, so the first real lint is fast."""
        self.analyze("Warm up.\n", "warm-up.md", None, Settings())

    def forget(self, path: str) -> None:
        """The document at ``path`` was closed: every linter drops what it kept to re-lint it,
        at the start of the next lint (in the lint thread, which owns the linters; the event
        loop, which calls this, must not wait for a lint in flight)."""
        self._closed.append(path)

    def _forget_closed(self) -> None:
        while self._closed:
            path = self._closed.popleft()
            for linter in self._linters.values():
                linter.forget(path)

    def analyze(self, text: str, path: str, config_path: str | None, settings: Settings) -> Analysis:
        text, cut = linted_part(text, settings.max_document_bytes)
        with self._thread_guard:
            try:
                self._forget_closed()
                base, problems = self._project_config(config_path)
                config = settings.apply_to(base)
                linter = self._linter_for(config)
                self._rule_errors = []
                findings = linter.lint(text, path)
                return Analysis(findings, config, list(problems), list(self._rule_errors), text=text, cut=cut)
            except Exception as exc:  # the core is broken or half-written: report, never crash
                log.exception("lint failed for %s", path)
                return Analysis([], None, failure=f"{type(exc).__name__}: {exc}", text=text, cut=cut)

    def _project_config(self, config_path: str | None) -> tuple[Config, list]:
        """The config file that applies (walked up from the document every time, so a new
        or edited file is seen even by clients that cannot watch files; the core caches
        parsed files by mtime, so this costs a few stats)."""
        if config_path is None:
            return Config(), []
        from literalist.config_files import load_config_for

        return load_config_for(Path(config_path))

    def _linter_for(self, config: Config):
        from literalist.engine import Linter

        # the source only names the file in messages; equal settings share a cache
        key = repr(_without_source(config))
        linter = self._linters.get(key)
        if linter is None:
            linter = Linter(config, on_rule_error=self._on_rule_error)
            self._linters[key] = linter
            if len(self._linters) > _MAX_LINTERS:
                self._linters.popitem(last=False)
        else:
            self._linters.move_to_end(key)
        return linter

    def _on_rule_error(self, code: str, exc: BaseException) -> None:
        self._rule_errors.append((code, f"{type(exc).__name__}: {exc}"))


def _without_source(config: Config) -> Config:
    import dataclasses

    return dataclasses.replace(config, source=None)
