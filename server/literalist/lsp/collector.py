"""When Python's cycle collector runs in the server: not in the middle of someone's typing.

A full (generation 2) collection walks every object the process holds. With a large
prompt open that is a few hundred thousand objects (the core's per-chunk caches), and it
takes 100 to 250 ms; when one fell on a keystroke, that keystroke's diagnostics waited
for it, and so did the keystrokes queued behind it. That was the p95 of the benchmark's
10,000-line prompt. So:

- once start-up is done, everything loaded so far (pygls, lsprotocol, the compiled rules)
  is frozen: it lives as long as the process, and no collection needs to walk it again;
- automatic full collections become ten times rarer; the young generations still run as
  usual, and they catch nearly all short-lived cycles (asyncio's futures and tasks);
- a full collection runs once the server has been idle for ``IDLE_SECONDS``, where
  nobody is waiting for it.

Memory does not depend on this: only reference cycles wait for the collector, everything
else is freed the moment it is dropped.
"""

from __future__ import annotations

import asyncio
import gc

IDLE_SECONDS = 2.0
FULL_EVERY = 100  # generation-1 collections between automatic full ones (Python's default: 10)


class IdleCollector:
    def __init__(self, idle: float = IDLE_SECONDS) -> None:
        self.idle = idle
        self.full_collections = 0  # the idle ones: for tests and logs
        self._timer: asyncio.TimerHandle | None = None

    def settle(self) -> None:
        """Start-up is over: freeze what is there and space out full collections. No
        collection first: it would hold up the first diagnostics, and the start-up's own
        garbage cycles, frozen with the rest, are a one-off."""
        gc.freeze()
        young, middle, _ = gc.get_threshold()
        gc.set_threshold(young, middle, FULL_EVERY)

    def busy(self) -> None:
        """Something happened (an edit, a lint): push the idle collection back."""
        if self._timer is not None:
            self._timer.cancel()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # called outside the event loop: nothing to schedule on
            self._timer = None
            return
        self._timer = loop.call_later(self.idle, self._collect)

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _collect(self) -> None:
        self._timer = None
        gc.collect()
        self.full_collections += 1
