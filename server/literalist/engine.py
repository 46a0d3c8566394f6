"""The analysis pipeline: text in, findings out.

    scope the document (what is the writer speaking, what is data)
    -> gather document-wide context (terms the prompt defines, examples it shows)
    -> run each enabled rule on each prose block (cached by block text and context)
    -> drop suppressed findings, apply severities, sort.

``Linter`` keeps a cache of per-block results so that an editor re-linting after a
keystroke only pays for the blocks whose text changed.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Callable

from .config import Config
from .context import DocContext, build_context
from .model import Edit, Finding, Fix
from .rules import ALL_RULES, BLOCK_CHECKS, DOCUMENT_CHECKS
from .scoping import Block, ScopedDocument, scope
from .suppression import Suppressions, parse_suppressions

log = logging.getLogger(__name__)

# Called when a rule raises: (rule code, exception). The linter skips that rule for the
# document and goes on; shells decide how to report it (logMessage, stderr).
RuleErrorHandler = Callable[[str, BaseException], None]

_CACHE_LIMIT = 20_000  # blocks; about one large document's worth, several small ones


class Linter:
    def __init__(self, config: Config | None = None, on_rule_error: RuleErrorHandler | None = None):
        self.config = config or Config()
        self.on_rule_error = on_rule_error
        self._cache: OrderedDict[tuple, tuple[list[Finding], tuple]] = OrderedDict()

    def lint(self, text: str, path: str | None = None) -> list[Finding]:
        doc = scope(text, path, self.config)
        ctx = build_context(doc, self.config)
        suppressions = parse_suppressions(doc)
        failed: set[str] = set()
        findings: list[Finding] = []
        for block in doc.blocks:
            findings.extend(self._lint_block(block, ctx, failed))
        for codes, check in DOCUMENT_CHECKS:
            findings.extend(self._run(codes, check, failed, doc, ctx))
        return self._finish(findings, suppressions)

    def _lint_block(self, block: Block, ctx: DocContext, failed: set[str]) -> list[Finding]:
        """Findings of one block, cached relative to the block's start (typing in one
        paragraph does not invalidate the ones after it) together with the document-wide
        answers they depended on, which are re-checked before the cache is trusted."""
        key = (block.text, block.kind, block.quoted, block.trail)
        entry = self._cache.get(key)
        if entry is not None and not failed and all(ctx.ask(q, a) == v for q, a, v in entry[1]):
            self._cache.move_to_end(key)
            findings = entry[0]
        else:
            local = Block(0, block.text, block.kind, block.quoted, block.trail)
            ctx.log = []
            findings = []
            try:
                for codes, check in BLOCK_CHECKS:
                    findings.extend(self._run(codes, check, failed, local, ctx))
            finally:
                answers, ctx.log = ctx.log, None
            if not failed:
                self._cache[key] = (findings, tuple(answers))
                if len(self._cache) > _CACHE_LIMIT:
                    self._cache.popitem(last=False)
        return [_shift(f, block.start) for f in findings] if block.start else findings

    def _run(self, codes, check, failed, *args) -> list[Finding]:
        """Run one check if any of its rules is on; a check that raises is skipped for
        the rest of the document and reported, never allowed to take the document down."""
        if codes[0] in failed or not any(self.config.is_enabled(c) for c in codes):
            return []
        try:
            return list(check(*args))
        except Exception as exc:
            failed.add(codes[0])
            log.exception("check for %s failed", ",".join(codes))
            if self.on_rule_error:
                self.on_rule_error(",".join(codes), exc)
            return []

    def _finish(self, findings: list[Finding], suppressions: Suppressions) -> list[Finding]:
        out = []
        seen = set()
        for f in findings:
            if not self.config.is_enabled(f.code) or suppressions.suppressed(f.code, f.start):
                continue
            key = (f.code, f.start, f.end)
            if key in seen:
                continue
            seen.add(key)
            sev = self.config.severity_for(f.code, f.rule.severity)
            out.append(Finding(f.rule, f.start, f.end, f.message, f.fix, sev, f.data))
        out.sort(key=lambda f: (f.start, f.end, f.code))
        return out


def _shift(f: Finding, by: int) -> Finding:
    fix = f.fix
    if fix is not None:
        fix = Fix(fix.message, tuple(Edit(e.start + by, e.end + by, e.content) for e in fix.edits), fix.safe)
    return Finding(f.rule, f.start + by, f.end + by, f.message, fix, f.severity, f.data)


def lint(text: str, path: str | None = None, config: Config | None = None) -> list[Finding]:
    """Lint one document. ``path`` only selects the format (.prompt vs Markdown)."""
    return Linter(config).lint(text, path)


__all__ = ["Linter", "lint", "ALL_RULES", "ScopedDocument"]
