"""``literalist check --jobs N``: lint files in N processes, report as one run did.

Discovery stays in this process, so the order of files, of messages and of the report
is the order a single process gives. Each worker keeps its own configs and Linters
(their caches are per process) and sends back, per file, the report, what it would
have printed, and the flags that decide the exit code; this process replays them in
discovery order. Only plain checks run in parallel: --fix and --diff write files and
stdout, and stay in one process.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .check import CheckOptions, Linters, Messages, check_item
from .discovery import Skipped, Target
from .report import FileReport

_worker: tuple[CheckOptions, Linters, Messages] | None = None

# below this many files a pool costs more than it saves
MIN_FILES = 16


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _start(opts: CheckOptions) -> None:
    global _worker
    messages = Messages(None)
    _worker = (opts, Linters(Path(opts.config) if opts.config else None, opts.overrides, messages), messages)


def _check(item: Target) -> tuple[FileReport | None, list, tuple[bool, bool, bool]]:
    opts, linters, messages = _worker
    seen = len(messages.log)
    report, _ = check_item(opts, linters, messages, item, None)
    return report, messages.log[seen:], messages.flags()


def check_in_parallel(opts: CheckOptions, items: list[Target | Skipped], messages: Messages,
                      linters: Linters) -> list[FileReport]:
    targets = [item for item in items if isinstance(item, Target)]
    jobs = min(opts.jobs, len(targets))
    if jobs < 2 or len(targets) < MIN_FILES:
        return [r for r in (check_item(opts, linters, messages, item, None)[0] for item in items) if r is not None]
    # fork where there is one: the workers start with the core already imported
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    reports: list[FileReport] = []
    chunk = max(1, min(32, len(targets) // (jobs * 4)))
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start, initargs=(opts,)) as pool:
        results = pool.map(_check, targets, chunksize=chunk)
        for item in items:
            if isinstance(item, Skipped):
                check_item(opts, None, messages, item, None)  # says why, in its place
                continue
            report, log, flags = next(results)
            messages.merge(log, flags)
            if report is not None:
                reports.append(report)
    return reports
