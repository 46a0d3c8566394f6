"""Measure the language server's latencies over raw stdio (not a test: run it by hand).

    .venv/bin/python tests/lsp/latency.py [--runs 3] [--debounce 150] [FILE]

Per run, from a cold process: spawn -> initialize answer; didOpen (sent right after
``initialized``, so it includes loading the rules) -> publishDiagnostics; one keystroke-sized
didChange -> publishDiagnostics for the new version (includes the debounce); the server's
RSS; the exit code after shutdown/exit. CPU milliseconds are reported next to wall time
because a shared machine inflates the latter. Without FILE a short stressed prompt is used.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

SAMPLE = "URGENT!!! Fix it NOW.\n\nI'm so stressed. Make it polished. Use the usual format, like last time.\n"


def _send(proc: subprocess.Popen, msg: dict) -> None:
    body = json.dumps(msg).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def _recv(proc: subprocess.Popen) -> dict:
    length = None
    while (line := proc.stdout.readline()) != b"\r\n":
        if not line:
            raise EOFError("server closed stdout")
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(proc.stdout.read(length))


def _cpu_ms(pid: int) -> int:
    """CPU time (user + system) the process has used: a figure a busy machine inflates less than wall time."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return round((int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK"))


def _until(proc: subprocess.Popen, pred) -> dict:
    while True:
        msg = _recv(proc)
        if pred(msg):
            return msg


def run_once(text: str, uri: str, debounce: int) -> dict:
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "literalist.lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    try:
        _send(
            proc,
            {
                "jsonrpc": "2.0",
                "id": 1,
                "method": "initialize",
                "params": {
                    "processId": os.getpid(),
                    "rootUri": None,
                    "capabilities": {"textDocument": {"publishDiagnostics": {}}},
                    "initializationOptions": {"literalist": {"debounceMs": debounce}},
                },
            },
        )
        _until(proc, lambda m: m.get("id") == 1)
        t_init = time.perf_counter() - t0
        cpu_init = _cpu_ms(proc.pid)
        _send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
        t1 = time.perf_counter()
        _send(
            proc,
            {
                "jsonrpc": "2.0",
                "method": "textDocument/didOpen",
                "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}},
            },
        )
        opened = _until(proc, lambda m: m.get("method") == "textDocument/publishDiagnostics")
        t_open = time.perf_counter() - t1
        cpu_open = _cpu_ms(proc.pid) - cpu_init
        t2 = time.perf_counter()
        change = {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "Hi. "}
        _send(
            proc,
            {
                "jsonrpc": "2.0",
                "method": "textDocument/didChange",
                "params": {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [change]},
            },
        )
        _until(
            proc,
            lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == 2,
        )
        t_change = time.perf_counter() - t2
        rss_kb = next(int(line.split()[1]) for line in open(f"/proc/{proc.pid}/status") if line.startswith("VmRSS"))
        _send(proc, {"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
        _until(proc, lambda m: m.get("id") == 2)
        _send(proc, {"jsonrpc": "2.0", "method": "exit"})
        code = proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return {
        "initialize_ms": round(t_init * 1000),
        "initialize_cpu_ms": cpu_init,
        "open_to_diagnostics_ms": round(t_open * 1000),
        "open_cpu_ms": cpu_open,
        "diagnostics": len(opened["params"]["diagnostics"]),
        "change_to_diagnostics_ms": round(t_change * 1000),
        "rss_mb": rss_kb // 1024,
        "exit_code": code,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--debounce", type=int, default=150)
    args = parser.parse_args()
    text = Path(args.file).read_text(encoding="utf-8") if args.file else SAMPLE
    uri = Path(args.file or "sample.prompt.md").absolute().as_uri()
    print(f"{len(text.splitlines())} lines, debounceMs {args.debounce}, load average {os.getloadavg()[0]:.2f}")
    for _ in range(args.runs):
        print(json.dumps(run_once(text, uri, args.debounce)))


if __name__ == "__main__":
    main()
