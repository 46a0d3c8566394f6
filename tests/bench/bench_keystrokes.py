"""Keystroke latency of the language server, over stdio, as an editor would drive it.

One fresh server per document size. The document is opened, then a person types into a
prose line in the middle of it: sentences, one character per ``didChange`` (incremental),
with an occasional typo taken back with Backspace and an Enter between sentences. Edits go
out on a fixed cadence (typing speed), whatever the server is doing, so a slow server
shows as queueing, as it would to the user. Each edit's latency runs from sending it to
the first ``publishDiagnostics`` for that version or a later one (the server may skip a
version the user has already typed past; those are counted as superseded).

Debounce is 0 (``{"literalist": {"debounceMs": 0}}`` in initializationOptions and in the
``workspace/configuration`` answer), so the figure is the server's own work.

At the end the diagnostics of the last version are compared with the core's own lint of
the text the client holds, so a harness that desynchronised (or a server that did) shows.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench_corpus import generate_prompt
from bench_lsp_client import BenchClient, server_command
from bench_procs import peak_rss_mb

SETTINGS = {"literalist": {"debounceMs": 0}}
KEYSTROKE_SIZES = (200, 2_000, 10_000)

TYPED = [
    " Keep every answer under 80 words and cite the policy section you used.",
    " Make it polished and professional, as usual.",
    " If the ticket names no order number, ask for it before anything else.",
    " Sort the refunds by date, oldest first.",
]


@dataclass
class Keystroke:
    kind: str  # "char" | "backspace" | "enter"
    text: str = ""


def typing_script(count: int) -> list[Keystroke]:
    """``count`` keystrokes: the sentences above, a typo fixed every 23rd key, Enter between."""
    keys: list[Keystroke] = []
    sentence = 0
    while len(keys) < count:
        for i, ch in enumerate(TYPED[sentence % len(TYPED)]):
            if i and i % 23 == 0:
                keys.append(Keystroke("char", "q"))
                keys.append(Keystroke("backspace"))
            keys.append(Keystroke("char", ch))
        keys.append(Keystroke("enter", "\n"))
        sentence += 1
    return keys[:count]


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100): a value that was actually observed."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), -(-q * len(ordered) // 100)))
    return ordered[int(rank) - 1]


async def keystroke_run(lines: int, edits: int = 300, interval_ms: float = 75.0, seed: int = 21,
                        open_timeout: float = 120.0, command: list[str] | None = None, env: dict | None = None) -> dict:
    """One document size; ``command`` and ``env`` start another server (keystroke_stages.py
    starts one with timers in it)."""
    prompt = generate_prompt(lines, seed=seed)
    text = prompt.text
    # the cursor: end of a clean prose line near the middle
    mid = len(prompt.labels) // 2
    line = next((i for i in range(mid, len(prompt.labels)) if prompt.labels[i] == "clean"), None)
    if line is None:
        line = max(i for i, label in enumerate(prompt.labels) if label != "blank")
    line_starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            line_starts.append(i + 1)
    offset = text.index("\n", line_starts[line])  # end of that line
    col = offset - line_starts[line]

    with tempfile.TemporaryDirectory(prefix="literalist-bench-lsp-") as tmp:
        root = Path(tmp)
        path = root / f"keystrokes-{lines}.prompt.md"
        path.write_text(text, encoding="utf-8")
        uri = path.as_uri()
        client = BenchClient(SETTINGS)
        await client.start(command or server_command(), env)
        try:
            await asyncio.wait_for(client.initialize(root), 30)
            client.send_initialized()
            opened = client.open(uri, text)
            first = await client.wait_for_version(uri, 1, open_timeout)
            open_ms = (first.at - opened) * 1000
            rss_open = peak_rss_mb(client.pid)

            sends: dict[int, float] = {}
            version = 1
            start = time.perf_counter()
            for i, key in enumerate(typing_script(edits)):
                delay = start + i * interval_ms / 1000 - time.perf_counter()
                await asyncio.sleep(max(0.0, delay))
                version += 1
                if key.kind == "backspace":
                    sends[version] = client.delete_before(uri, version, line, col)
                    text = text[: offset - 1] + text[offset:]
                    offset -= 1
                    col -= 1
                else:
                    sends[version] = client.insert(uri, version, line, col, key.text)
                    text = text[:offset] + key.text + text[offset:]
                    offset += 1
                    if key.kind == "enter":
                        line, col = line + 1, 0
                    else:
                        col += 1
            last = await client.wait_for_version(uri, version, open_timeout + edits)
            rss_now, rss_peak = peak_rss_mb(client.pid)

            published = sum(1 for a in client.arrivals.get(uri, []) if a.version is not None and a.version > 1)
            latencies, superseded, timeline = [], 0, []
            for v, sent in sends.items():
                arrival = client.first_arrival_at_or_after(uri, v)
                latencies.append((arrival.at - sent) * 1000)
                superseded += arrival.version != v
                timeline.append((v, sent, arrival.at))
            final_match, mismatch = _compare_with_core(last.raw, text, str(path))
            errors = [m for t, m in client.messages if t == 1]
        finally:
            await client.close()
    return {
        "lines": lines,
        "bytes": len(prompt.text.encode("utf-8")),
        "edits": len(sends),
        "interval_ms": interval_ms,
        "open_to_diagnostics_ms": round(open_ms, 1),
        "p50_ms": round(percentile(latencies, 50), 2),
        "p95_ms": round(percentile(latencies, 95), 2),
        "max_ms": round(max(latencies), 2),
        "mean_ms": round(statistics.fmean(latencies), 2),
        "superseded": superseded,
        "lints_published": published,  # versions the server linted and published while typing
        "final_diagnostics": last.count,
        "final_matches_core": final_match,
        "final_mismatch": mismatch,
        "rss_after_open_mb": round(rss_open[0], 1),
        "rss_mb": round(rss_now, 1),
        "peak_rss_mb": round(rss_peak, 1),
        "server_errors": errors[:5],
        "timeline": timeline,  # (version, sent, diagnostics read), perf_counter seconds
    }


_CORE_POSITIONS = """
import json, sys
from literalist.config_files import load_config_for
from literalist.engine import Linter
from literalist.positions import LineIndex
text = sys.stdin.buffer.read().decode("utf-8")
index = LineIndex(text)
config, _ = load_config_for(sys.argv[1])  # the config the server found for the same file
print(json.dumps([(f.code, *index.position(f.start)) for f in Linter(config).lint(text, sys.argv[1])]))
"""


def _compare_with_core(diagnostics: list[dict], text: str, path: str) -> tuple[bool, str]:
    """The server's last diagnostics against the core linting the client's copy of the text
    (code and start position; the generated text is ASCII, so UTF-16 columns are code points).

    The core runs in a fresh process: this one imported it long ago, and a core edited
    since (the tree is shared with its developers) would not be the code the server ran."""
    result = subprocess.run([sys.executable, "-c", _CORE_POSITIONS, path], input=text.encode("utf-8"),
                            capture_output=True, timeout=600)
    if result.returncode != 0:
        return False, "the core failed: " + result.stderr.decode("utf-8", "replace").strip()[-300:]
    expected = sorted(tuple(x) for x in json.loads(result.stdout))
    got = sorted((str(d.get("code")), d["range"]["start"]["line"], d["range"]["start"]["character"]) for d in diagnostics)
    if expected == got:
        return True, ""
    missing = [e for e in expected if e not in got][:3]
    extra = [g for g in got if g not in expected][:3]
    return False, f"{len(got)} from the server, {len(expected)} from the core; missing {missing}, extra {extra}"


def keystrokes(sizes=KEYSTROKE_SIZES, edits: int = 300, interval_ms: float = 75.0) -> list[dict]:
    runs = [asyncio.run(keystroke_run(n, edits=edits, interval_ms=interval_ms)) for n in sizes]
    for run in runs:
        del run["timeline"]  # per-keystroke times: for keystroke_stages.py, not for the saved results
    return runs
