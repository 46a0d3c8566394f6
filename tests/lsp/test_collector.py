"""The server's collector policy: full collections wait for a quiet moment.

Its effect on latency is measured by ``make bench`` (keystrokes at 10,000 lines); these
tests pin the mechanics: a burst of activity gives one idle collection after it, not one
per event, and start-up freezes what is loaded and spaces out automatic full collections.
"""

from __future__ import annotations

import asyncio
import gc

import pytest

from literalist.lsp.collector import FULL_EVERY, IdleCollector


@pytest.fixture
def gc_state():
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def _full_collections() -> list[int]:
    seen: list[int] = []

    def watch(phase, info):
        if phase == "stop" and info["generation"] == 2:
            seen.append(1)

    gc.callbacks.append(watch)
    return seen


def test_a_burst_of_activity_gives_one_collection_once_idle(gc_state):
    collector = IdleCollector(idle=0.2)
    seen = _full_collections()

    async def burst():
        for _ in range(5):
            collector.busy()
            await asyncio.sleep(0.05)  # each event comes before the idle delay is up
        assert collector.full_collections == 0
        await asyncio.sleep(0.4)

    try:
        asyncio.run(burst())
    finally:
        gc.callbacks.pop()
    assert collector.full_collections == 1
    assert len(seen) >= 1


def test_stop_cancels_the_pending_collection(gc_state):
    collector = IdleCollector(idle=0.1)

    async def run():
        collector.busy()
        collector.stop()
        await asyncio.sleep(0.3)

    asyncio.run(run())
    assert collector.full_collections == 0


def test_busy_outside_an_event_loop_is_harmless(gc_state):
    IdleCollector(idle=0.1).busy()


def test_settle_freezes_start_up_and_spaces_out_full_collections(gc_state):
    gc.unfreeze()
    IdleCollector().settle()
    assert gc.get_freeze_count() > 1000  # at least this test run's modules
    assert gc.get_threshold()[2] == FULL_EVERY
