"""When to lint: debounce and cancel per document, one lint at a time, never a stale result.

Each document has at most one pending lint task. A change cancels it and starts a new
one that first sleeps for the debounce delay, so rapid typing never queues work. The
lint itself runs in a worker thread (``asyncio.to_thread``; never ``ls.thread_pool``,
whose thread the stdio reader holds). A thread cannot be interrupted, so a cancelled
task still waits for its thread before letting the next lint start: threads never pile
up, and the result is kept if it still matches the document.

A result is *current* when it was computed from the document's present version, in its
present opening (a reopened document starts again at version 1), under the present
settings generation; only current results are published or answered.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from typing import Any
from collections.abc import Awaitable, Callable

from literalist.model import Finding
from literalist.positions import LineIndex

log = logging.getLogger(__name__)

# A pull request keeps re-linting while the user types; past this many rounds it gives
# up with ContentModified / ServerCancelled and the client asks again.
MAX_ROUNDS = 8


@dataclass
class Snapshot:
    uri: str
    version: int
    generation: int
    text: str
    language_id: str
    settings: Any = None  # the settings in force when the snapshot was taken
    index: LineIndex | None = None  # the document's line index, when it has one for this text
    opening: int = 0  # which opening of the document (OpenDocument.opening)


@dataclass
class LintResult:
    uri: str
    version: int
    generation: int
    text: str
    findings: list[Finding]
    enabled: bool = True
    extra: dict[str, Any] = field(default_factory=dict)
    opening: int = 0
    _index: LineIndex | None = field(default=None, repr=False)

    @property
    def index(self) -> LineIndex:
        if self._index is None:
            self._index = LineIndex(self.text)
        return self._index


class StaleResult(Exception):
    """The document kept changing while we tried to lint it."""


class LintScheduler:
    def __init__(
        self,
        snapshot: Callable[[str], Snapshot | None],
        analyze: Callable[[Snapshot], LintResult],
        on_result: Callable[[LintResult], None],
        ready: Callable[[], Awaitable[None]] | None = None,
    ):
        self._snapshot = snapshot
        self._analyze = analyze
        self._on_result = on_result
        self._ready = ready
        self._lock = asyncio.Lock()
        self._pending: dict[str, asyncio.Task] = {}
        self._results: dict[str, LintResult] = {}
        self.generation = 0

    # --- state -------------------------------------------------------------------------
    def is_current(self, result: LintResult) -> bool:
        snap = self._snapshot(result.uri)
        return (snap is not None and snap.version == result.version and snap.generation == result.generation
                and snap.opening == result.opening)

    def latest(self, uri: str) -> LintResult | None:
        """The last current result for ``uri``, without linting."""
        result = self._results.get(uri)
        return result if result is not None and self.is_current(result) else None

    def bump_generation(self) -> None:
        """Settings or config files changed: every result is now out of date."""
        self.generation += 1

    def forget(self, uri: str) -> None:
        task = self._pending.pop(uri, None)
        if task:
            task.cancel()
        self._results.pop(uri, None)

    # --- scheduling ----------------------------------------------------------------------
    def schedule(self, uri: str, delay: float) -> None:
        old = self._pending.pop(uri, None)
        if old:
            old.cancel()
        task = asyncio.ensure_future(self._lint_later(uri, delay))
        self._pending[uri] = task
        task.add_done_callback(lambda t, uri=uri: self._done(uri, t))

    def _done(self, uri: str, task: asyncio.Task) -> None:
        if self._pending.get(uri) is task:
            del self._pending[uri]
        if not task.cancelled() and task.exception() is not None:
            log.error("background lint of %s failed", uri, exc_info=task.exception())

    async def _lint_later(self, uri: str, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        await self._lint(uri)

    async def current(self, uri: str) -> LintResult | None:
        """The current result for ``uri``, linting now (skipping the debounce) if needed.

        None when the document is not open. Raises StaleResult if the document changed
        under every attempt.
        """
        for _ in range(MAX_ROUNDS):
            if self._snapshot(uri) is None:
                return None
            result = self.latest(uri)
            if result is not None:
                return result
            result = await self._lint(uri)
            if result is not None and self.is_current(result):
                return result
        raise StaleResult(uri)

    async def _lint(self, uri: str) -> LintResult | None:
        if self._ready is not None:
            await self._ready()
        async with self._lock:
            snap = self._snapshot(uri)
            if snap is None:
                return None
            existing = self._results.get(uri)
            if existing is not None and self.is_current(existing):
                return existing  # another task linted this version while we waited
            work = asyncio.ensure_future(asyncio.to_thread(self._analyze, snap))
            try:
                result = await asyncio.shield(work)
            except asyncio.CancelledError:
                # keep the lock until the thread is done, so the next lint does not run beside it
                with contextlib.suppress(BaseException):
                    await asyncio.wait([work])
                if work.done() and not work.cancelled() and work.exception() is None:
                    self._store(work.result())
                raise
            self._store(result)
            return result

    def _store(self, result: LintResult) -> None:
        if self.is_current(result):
            self._results[result.uri] = result
            self._on_result(result)

    async def warm_up(self, fn: Callable[[], None]) -> None:
        async with self._lock:
            await asyncio.to_thread(fn)

    def cancel_all(self) -> None:
        for task in list(self._pending.values()):
            task.cancel()
        self._pending.clear()
