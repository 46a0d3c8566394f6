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
from .context_tally import ALL_QUESTIONS, ContextTally, chunk_texts, forget_text
from .model import Finding
from .rescoping import rescope
from .rules import ALL_RULES, BLOCK_CHECKS, DOCUMENT_CHECKS
from .scoping import Block, ScopedDocument, forget_chunk, scope
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
        if self.answers.keys().isdisjoint(questions):  # most chunks asked none of them: a check in C
            return True
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
    findings: list[Finding]  # what lint() returned
    placed: list[Finding]  # the chunks' findings, in chunk order (before document checks and suppressions)
    begins: list[int]  # where each chunk's findings begin in ``placed``, and its length last


class Linter:
    def __init__(self, config: Config | None = None, on_rule_error: RuleErrorHandler | None = None):
        self.config = config or Config()
        self.on_rule_error = on_rule_error
        self._cache: OrderedDict[tuple, tuple[list[Finding], tuple]] = OrderedDict()
        self._chunks: OrderedDict[tuple, ChunkResult] = OrderedDict()
        self._documents: OrderedDict[str | None, _Document] = OrderedDict()
        self._enabled: dict[str, bool] = {}
        self.blocks_linted = 0  # blocks the rules ran on, cache misses (benchmarks and tests read it)

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
        else:
            doc = scope(text, path, self.config)
            tally = ContextTally(doc)
            dirty = ALL_QUESTIONS
        ctx = tally.context(self.config)
        failed: set[str] = set()
        if edited is not None:
            results, placed, begins = self._reuse(last, doc, ctx, dirty, first, old_count, new_count, failed)
            self._forget_replaced(last.doc, doc, first, old_count, new_count)
        else:
            results, placed, begins = self._chunk_findings(doc, ctx, dirty, None, 0, len(doc.chunks), failed)
        findings = list(placed)
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
            self._documents[path] = _Document(doc, tally, results, findings, placed, begins)
            if len(self._documents) > _DOCUMENTS_KEPT:
                self._documents.popitem(last=False)
        return list(findings)

    def _chunk_findings(self, doc: ScopedDocument, ctx: DocContext, dirty, previous, first: int, stop: int, failed: set[str]):
        """Results and placed findings of chunks ``first`` to ``stop``; ``previous`` holds the
        results that may be reused (None: a changed chunk), aligned with ``doc.chunks``."""
        results: list[ChunkResult] = []
        placed: list[Finding] = []
        begins: list[int] = []
        for i in range(first, stop):
            result = previous[i] if previous is not None else None
            if result is not None and dirty and not result.holds(ctx, dirty):
                result = None
            if result is None:
                result = self._chunk_result(doc.chunk_scopes[i][0], ctx, failed)
            results.append(result)
            begins.append(len(placed))
            placed.extend(result.placed(doc.chunks[i][0]))
        begins.append(len(placed))
        return results, placed, begins

    def _reuse(self, last: _Document, doc: ScopedDocument, ctx: DocContext, dirty, first: int, old_count: int, new_count: int,
               failed: set[str]):
        """After an edit of chunks ``first`` to ``first + old_count`` (now ``new_count``
        chunks): the chunks before it keep their findings as they were, those after it move
        by the edit's length, both taken whole from the last lint unless a question they
        asked may have a new answer. What a keystroke costs then follows the edit, not the
        document's length."""
        old_results = last.results
        keep = first
        if dirty:  # the first chunk before the edit whose answers changed
            keep = next((i for i in range(first) if not old_results[i].holds(ctx, dirty)), first)
        results, placed, begins = old_results[:keep], last.placed[:last.begins[keep]], last.begins[:keep]
        tail = first + old_count  # the first chunk after the edit, in the last lint
        tail_ok = not dirty or all(r.holds(ctx, dirty) for r in old_results[tail:])
        stop = first + new_count if tail_ok else len(doc.chunks)
        previous = [*old_results[:first], *[None] * new_count, *old_results[tail:]]
        mid_results, mid_placed, mid_begins = self._chunk_findings(doc, ctx, dirty, previous, keep, stop, failed)
        offset = len(placed)
        results.extend(mid_results)
        begins.extend(b + offset for b in mid_begins[:-1])
        placed.extend(mid_placed)
        if tail_ok:
            shift = len(doc.text) - len(last.doc.text)
            offset = len(placed) - last.begins[tail]
            results.extend(old_results[tail:])
            begins.extend(b + offset for b in last.begins[tail:-1])
            moved = last.placed[last.begins[tail]:]
            placed.extend([f.moved(shift) for f in moved] if shift else moved)
        begins.append(len(placed))
        return results, placed, begins

    def forget(self, path: str | None) -> None:
        """The document at ``path`` will not be linted again soon (the server calls this when
        an editor closes it): drop what this linter and the text caches keep of it, so memory
        follows the documents open rather than all those ever seen."""
        last = self._documents.pop(path, None)
        if last is not None:
            self._forget_chunks(last.doc, range(len(last.doc.chunks)), set(), set(), set())

    def _forget_replaced(self, old: ScopedDocument, new: ScopedDocument, first: int, old_count: int, new_count: int):
        """Drop the chunk versions an edit replaced from every cache that holds them, unless
        the new chunks still have them (``text_cache`` says why)."""
        fresh = range(first, first + new_count)
        kept_texts = {t for j in fresh for t in chunk_texts(new, j)}
        kept_prose = {new.chunk_scopes[j][0] for j in fresh}
        kept_blocks = {_block_key(b) for prose in kept_prose for b in prose}
        self._forget_chunks(old, range(first, first + old_count), kept_texts, kept_prose, kept_blocks)

    def _forget_chunks(self, old: ScopedDocument, chunks: range, kept_texts: set, kept_prose: set, kept_blocks: set):
        for j in chunks:
            texts = chunk_texts(old, j)
            if texts[0] not in kept_texts:
                forget_chunk(texts[0])
            for text in texts:
                if text not in kept_texts:
                    forget_text(text)
            prose = old.chunk_scopes[j][0]
            if prose not in kept_prose:
                self._chunks.pop(prose, None)
            for block in prose:
                key = _block_key(block)
                if key not in kept_blocks:
                    self._cache.pop(key, None)

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
        key = _block_key(block)
        entry = self._cache.get(key)
        if entry is not None and not failed and all(ctx.ask(q, a) == v for q, a, v in entry[1]):
            self._cache.move_to_end(key)
            findings, answers = entry
        else:
            local = Block(0, block.text, block.kind, block.quoted, block.trail)
            self.blocks_linted += 1
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


def _block_key(block: Block) -> tuple:
    """What a block's findings depend on (not where it starts)."""
    return block.text, block.kind, block.quoted, block.trail


def _order(f: Finding) -> tuple[int, int, str]:
    return f.start, f.end, f.code


def lint(text: str, path: str | None = None, config: Config | None = None) -> list[Finding]:
    """Lint one document. ``path`` only selects the format (.prompt vs Markdown)."""
    return Linter(config).lint(text, path)


__all__ = ["Linter", "lint", "ALL_RULES", "ScopedDocument"]
