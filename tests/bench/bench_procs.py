"""Run a command and measure it: wall time, CPU time and peak RSS of that one child.

CPU time comes from ``os.wait4``, which reports the child we waited for (and the
descendants it reaped), so several measured processes can run side by side.

Peak RSS does not: Linux records the memory a forked child had *before* ``exec`` (a copy
of this benchmark process) in the same maximum, so ``ru_maxrss`` of a 20 MB tool started
from a 200 MB benchmark reads 200 MB. Instead a thread samples ``VmHWM`` (the peak RSS of
the process's own address space, which ``exec`` replaced) from ``/proc`` every few
milliseconds until the process ends; the peak only grows, so the last sample is the
answer, short of whatever the process allocates in its final milliseconds.
"""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class ProcResult:
    argv: list[str]
    returncode: int | None  # None: killed after the timeout
    wall_s: float
    cpu_s: float  # user + system
    max_rss_mb: float
    stdout: str
    stderr: str

    @property
    def timed_out(self) -> bool:
        return self.returncode is None


def measure(argv: list[str], cwd: Path | None = None, env: dict | None = None, timeout: float = 600.0,
            stdin_text: str | None = None) -> ProcResult:
    """Run ``argv`` to completion; stdout and stderr go to temp files (outputs can be large)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=out, stderr=err,
                                stdin=subprocess.PIPE if stdin_text is not None else subprocess.DEVNULL,
                                start_new_session=True)
        peak = _PeakSampler(proc.pid)
        fired = threading.Event()
        killer = threading.Timer(timeout, _kill_group, args=(proc.pid, fired))
        killer.start()
        try:
            if stdin_text is not None:
                proc.stdin.write(stdin_text.encode())
                proc.stdin.close()
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
            peak.stop()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
        killed = fired.is_set()
        out.seek(0)
        err.seek(0)
        return ProcResult(
            argv=list(argv),
            returncode=None if killed else proc.returncode,
            wall_s=wall,
            cpu_s=usage.ru_utime + usage.ru_stime,
            max_rss_mb=peak.peak_mb,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )


def measure_parallel(argvs: list[list[str]], cwd: Path | None = None, env: dict | None = None,
                     timeout: float = 600.0) -> tuple[float, list[ProcResult]]:
    """Start every command at once; return the wall time until the last one ends."""
    results: list[ProcResult | None] = [None] * len(argvs)

    def run(i: int) -> None:
        results[i] = measure(argvs[i], cwd=cwd, env=env, timeout=timeout)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(argvs))]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, [r for r in results if r is not None]


class _PeakSampler:
    def __init__(self, pid: int, every: float = 0.005):
        self.pid = pid
        self.every = every
        self.peak_mb = 0.0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._done.is_set():
            _, hwm = peak_rss_mb(self.pid)
            self.peak_mb = max(self.peak_mb, hwm)
            self._done.wait(self.every)

    def stop(self) -> None:
        # the process has ended (a zombie has no VmHWM left): nothing more to read
        self._done.set()
        self._thread.join()


def _kill_group(pid: int, fired: threading.Event) -> None:
    fired.set()
    try:
        os.killpg(pid, signal.SIGKILL)  # our own child's session, started above
    except ProcessLookupError:
        pass


def peak_rss_mb(pid: int) -> tuple[float, float]:
    """(current RSS, peak RSS) in MB of a live process, from /proc."""
    rss = hwm = 0.0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                hwm = int(line.split()[1]) / 1024
    except OSError:
        pass
    return rss, hwm


def machine_load() -> dict:
    """What else the machine was doing: load averages and core count, for the record."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        one = five = fifteen = float("nan")
    return {"cpus": os.cpu_count(), "load_1m": round(one, 2), "load_5m": round(five, 2), "load_15m": round(fifteen, 2)}
