"""The analysis pipeline: text in, findings out.

    scope the document (what is the writer speaking, what is data)
    -> gather document-wide context (terms the prompt defines, examples it shows)
    -> run each enabled rule on each prose block (cached by block text and context)
    -> drop suppressed findings, apply severities, sort.

``Linter`` is built for an editor that lints the same document after every keystroke:

- it remembers the last version of each document (by path) and, when an edit stays
  inside one chunk, re-scopes and re-counts only that chunk (``rescoping``,
  ``context_tally``);
- each chunk's findings are kept with the document-wide answers they depended on, and
  reused while those answers hold; an edit says which questions may have changed, so
  the others are not even re-asked;
- below that, findings are cached per block, so a chunk that changed re-runs the rules
  only on its changed blocks.

Every shortcut gives exactly what a fresh ``Linter`` gives; property tests compare them.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Callable

from .config import Config
from .context import DocContext
from .context_tally import ALL_QUESTIONS, ContextTally
from .model import Finding
from .rescoping import rescope
from .rules import ALL_RULES, BLOCK_CHECKS, DOCUMENT_CHECKS
from .scoping import Block, ScopedDocument, scope
from .suppression import parse_suppressions

log = logging.getLogger(__name__)

# Called when a rule raises: (rule code, exception). The linter skips that rule for the
# document and goes on; shells decide how to report it (logMessage, stderr).
RuleErrorHandler = Callable[[str, BaseException], None]

_BLOCK_CACHE_LIMIT = 20_000  # blocks; about one large document's worth, several small ones
_CHUNK_CACHE_LIMIT = 10_000
_DOCUMENTS_KEPT = 8  # documents whose last version is remembered (open editors)


@dataclass
class ChunkResult:
    """A chunk's findings (relative to its start, finished: severity set, disabled rules
    dropped, sorted) and the context answers they depended on, by question."""

    findings: list[Finding]
    answers: dict[str, tuple[tuple[object, object], ...]]
    _start: int = 0
    _placed: list[Finding] | None = field(default=None, repr=False)

    def holds(self, ctx: DocContext, questions) -> bool:
        return all(ctx.ask(q, arg) == value for q in questions for arg, value in self.answers.get(q, ()))

    def placed(self, start: int) -> list[Finding]:
        """The findings at a chunk starting at ``start`` (kept: most chunks do not move)."""
        if self._placed is None or self._start != start:
            self._placed = [f.moved(start) for f in self.findings] if start else self.findings
            self._start = start
        return self._placed


@dataclass
class _Document:
    doc: ScopedDocument
    tally: ContextTally
    results: list[ChunkResult]
    findings: list[Finding]


class Linter:
    def __init__(self, config: Config | None = None, on_rule_error: RuleErrorHandler | None = None):
        self.config = config or Config()
        self.on_rule_error = on_rule_error
        self._cache: OrderedDict[tuple, tuple[list[Finding], tuple]] = OrderedDict()
        self._chunks: OrderedDict[tuple, ChunkResult] = OrderedDict()
        self._documents: OrderedDict[str | None, _Document] = OrderedDict()
        self._enabled: dict[str, bool] = {}

    def _on(self, code: str) -> bool:
        """``config.is_enabled``, remembered for one lint: it is asked per rule per block."""
        on = self._enabled.get(code)
        if on is None:
            on = self._enabled[code] = self.config.is_enabled(code)
        return on

    def lint(self, text: str, path: str | None = None) -> list[Finding]:
        self._enabled = {}  # the config may have changed since the last lint
        last = self._documents.pop(path, None)
        if last is not None and last.doc.text == text:
            self._documents[path] = last
            return list(last.findings)
        edited = rescope(last.doc, text) if last is not None else None
        if edited is not None:
            doc, first, old_count, new_count = edited
            tally = last.tally
            dirty = tally.replace(first, old_count, new_count, doc)
            previous = [*last.results[:first], *[None] * new_count, *last.results[first + old_count:]]
        else:
            doc = scope(text, path, self.config)
            tally = ContextTally(doc)
            dirty, previous = ALL_QUESTIONS, None
        ctx = tally.context(self.config)
        failed: set[str] = set()
        results: list[ChunkResult] = []
        findings: list[Finding] = []
        for i, ((start, _), (prose, _)) in enumerate(zip(doc.chunks, doc.chunk_scopes)):
            result = previous[i] if previous is not None else None  # None: a changed chunk
            if result is not None and dirty and not result.holds(ctx, dirty):
                result = None
            if result is None:
                result = self._chunk_result(prose, ctx, failed)
            results.append(result)
            findings.extend(result.placed(start))
        extra = []
        for codes, check in DOCUMENT_CHECKS:
            extra.extend(self._run(codes, check, failed, doc, ctx))
        if extra:
            findings.extend(self._finish(extra))
            findings.sort(key=_order)
        suppressions = parse_suppressions(doc)
        if suppressions.lines or suppressions.ranges:
            findings = [f for f in findings if not suppressions.suppressed(f.code, f.start)]
        if not failed:  # a rule that raised leaves results that must not be reused
            self._documents[path] = _Document(doc, tally, results, findings)
            if len(self._documents) > _DOCUMENTS_KEPT:
                self._documents.popitem(last=False)
        return list(findings)

    def _chunk_result(self, prose: tuple[Block, ...], ctx: DocContext, failed: set[str]) -> ChunkResult:
        cached = self._chunks.get(prose)
        if cached is not None and not failed and cached.holds(ctx, ALL_QUESTIONS):
            self._chunks.move_to_end(prose)
            return cached
        found: list[Finding] = []
        answers: dict[str, dict] = {}
        for block in prose:
            block_findings, block_answers = self._lint_block(block, ctx, failed)
            found.extend(block_findings)
            for q, arg, value in block_answers:
                answers.setdefault(q, {})[arg] = value
        result = ChunkResult(self._finish(found), {q: tuple(a.items()) for q, a in answers.items()})
        if not failed:
            self._chunks[prose] = result
            if len(self._chunks) > _CHUNK_CACHE_LIMIT:
                self._chunks.popitem(last=False)
        return result

    def _lint_block(self, block: Block, ctx: DocContext, failed: set[str]) -> tuple[list[Finding], tuple]:
        """Findings of one block (relative to its chunk) and the document-wide answers they
        depended on. Cached relative to the block's start, with those answers, which are
        re-checked before the cache is trusted."""
        key = (block.text, block.kind, block.quoted, block.trail)
        entry = self._cache.get(key)
        if entry is not None and not failed and all(ctx.ask(q, a) == v for q, a, v in entry[1]):
            self._cache.move_to_end(key)
            findings, answers = entry
        else:
            local = Block(0, block.text, block.kind, block.quoted, block.trail)
            ctx.log = []
            findings = []
            try:
                for codes, check in BLOCK_CHECKS:
                    findings.extend(self._run(codes, check, failed, local, ctx))
            finally:
                answers, ctx.log = tuple(ctx.log), None
            if not failed:
                self._cache[key] = (findings, answers)
                if len(self._cache) > _BLOCK_CACHE_LIMIT:
                    self._cache.popitem(last=False)
        return ([f.moved(block.start) for f in findings] if block.start else findings), answers

    def _run(self, codes, check, failed, *args) -> list[Finding]:
        """Run one check if any of its rules is on; a check that raises is skipped for
        the rest of the document and reported, never allowed to take the document down."""
        if codes[0] in failed or not any(map(self._on, codes)):
            return []
        try:
            return list(check(*args))
        except Exception as exc:
            failed.add(codes[0])
            log.exception("check for %s failed", ",".join(codes))
            if self.on_rule_error:
                self.on_rule_error(",".join(codes), exc)
            return []

    def _finish(self, findings: list[Finding]) -> list[Finding]:
        """Drop disabled rules and duplicates, set the severity in force, sort."""
        out = []
        seen = set()
        for f in findings:
            if not self._on(f.code):
                continue
            key = (f.code, f.start, f.end)
            if key in seen:
                continue
            seen.add(key)
            sev = self.config.severity_for(f.code, f.rule.severity)
            out.append(Finding(f.rule, f.start, f.end, f.message, f.fix, sev, f.data))
        out.sort(key=_order)
        return out


def _order(f: Finding) -> tuple[int, int, str]:
    return f.start, f.end, f.code


def lint(text: str, path: str | None = None, config: Config | None = None) -> list[Finding]:
    """Lint one document. ``path`` only selects the format (.prompt vs Markdown)."""
    return Linter(config).lint(text, path)


__all__ = ["Linter", "lint", "ALL_RULES", "ScopedDocument"]
