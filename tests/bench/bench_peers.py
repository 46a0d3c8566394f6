"""Other linters on the same files, in the same run: install, run, read what they flagged.

Peers live in the repository's ``.bench/`` folder (ignored by git through its own
``.gitignore``), never in the project's environment: Python peers in a virtualenv of their
own, Node peers in a ``node_modules`` of their own. Versions are pinned so a re-run
compares the same tools. A peer that cannot be installed or run here is reported as
unavailable, with the reason, and the rest of the benchmark goes on.

Each peer is given the same explicit list of files, in one process, as ``literalist
check`` is: the start-up cost is paid once by everyone.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from bench_findings import summarise
from bench_procs import measure

Hit = tuple[str, "int | None", str]
HERE = Path(__file__).resolve().parent

PY_PEERS = {"promptlint-cli": "1.3.0", "proselint": "0.16.0"}
NODE_PEERS = {"write-good": "1.0.8", "@silupanda/prompt-lint": "0.2.2"}


@dataclass
class Peer:
    name: str
    ecosystem: str  # "python" | "node"
    what: str  # one line: what the tool looks for
    argv: Callable[[Path, list[str]], list[str]]  # (.bench dir, files) -> command
    parse: Callable[[str], list[Hit]]
    installed: Callable[[Path], Path]  # (.bench dir) -> a file that exists once it is installed
    ok_exit: tuple[int, ...] = (0, 1)

    def available(self, bench: Path) -> str | None:
        """None if the peer can run here, else why not."""
        if self.ecosystem == "node" and not shutil.which("node"):
            return "node is not installed"
        marker = self.installed(bench)
        if not marker.exists():
            return f"not installed ({marker} is missing)"
        return None


# --- output readers ---------------------------------------------------------------------------

def parse_promptlint(stdout: str) -> list[Hit]:
    """promptlint prints one JSON document per file, one after the other."""
    hits, decoder, pos = [], json.JSONDecoder(), 0
    while True:
        while pos < len(stdout) and stdout[pos].isspace():
            pos += 1
        if pos >= len(stdout):
            return hits
        doc, pos = decoder.raw_decode(stdout, pos)
        for f in doc.get("findings", []):
            line = f.get("line")
            hits.append((doc.get("file", "?"), line if isinstance(line, int) else None, f.get("rule", "?")))


def parse_proselint(stdout: str) -> list[Hit]:
    data = json.loads(stdout) if stdout.strip() else {}
    hits = []
    for file, result in (data.get("result") or {}).items():
        for d in result.get("diagnostics") or []:
            pos = d.get("pos") or [None]
            hits.append((file, pos[0], d.get("check_path", "?")))
    return hits


_WRITE_GOOD = re.compile(r"^(.*?):(\d+):(\d+):(.*)$")
_WRITE_GOOD_KIND = (("passive voice", "passive"), ("weaken meaning", "adverb"), ("wordy", "tooWordy"),
                    ("cliche", "cliches"), ("weasel", "weasel"), ("is repeated", "illusion"),
                    ("omitted", "so"), ("there is", "thereIs"), ("there are", "thereIs"), ("e-prime", "eprime"))


def parse_write_good(stdout: str) -> list[Hit]:
    hits = []
    for line in stdout.splitlines():
        m = _WRITE_GOOD.match(line)
        if m:
            message = m.group(4).lower()
            kind = next((k for needle, k in _WRITE_GOOD_KIND if needle in message), "other")
            hits.append((m.group(1), int(m.group(2)), kind))
    return hits


def parse_prompt_lint(stdout: str) -> list[Hit]:
    hits = []
    for line in stdout.splitlines():
        if line.strip():
            doc = json.loads(line)
            hits.extend((doc["file"], d.get("line"), d["rule"]) for d in doc["diagnostics"])
    return hits


def _py(bench: Path, exe: str) -> str:
    return str(bench / "peers-py" / "bin" / exe)


def _node_module(bench: Path, name: str) -> Path:
    return bench / "peers-node" / "node_modules" / name / "package.json"


PEERS = [
    Peer("promptlint-cli", "python", "prompt cost, structure, vague terms, injection boundaries",
         lambda b, files: [_py(b, "promptlint"), "--format", "json", "--fail-level", "none", *files],
         parse_promptlint, lambda b: Path(_py(b, "promptlint"))),
    Peer("proselint", "python", "English usage: cliches, redundancy, jargon",
         lambda b, files: [_py(b, "proselint"), "check", "--output-format", "json", *files],
         parse_proselint, lambda b: Path(_py(b, "proselint"))),
    Peer("write-good", "node", "English style: passive voice, weasel words, adverbs",
         lambda b, files: ["node", str(b / "peers-node" / "node_modules" / "write-good" / "bin" / "write-good.js"),
                           "--parse", *files],
         parse_write_good, lambda b: _node_module(b, "write-good"),
         ok_exit=(0, 255)),  # --parse: 255 when it has suggestions
    Peer("@silupanda/prompt-lint", "node", "prompt structure: task, examples, format, injection, repetition",
         lambda b, files: ["node", str(HERE / "peers" / "prompt_lint_runner.js"),
                           str(b / "peers-node" / "node_modules" / "@silupanda" / "prompt-lint"), *files],
         parse_prompt_lint, lambda b: _node_module(b, "@silupanda/prompt-lint")),
]


# --- install ------------------------------------------------------------------------------

def install_peers(bench: Path, log: Callable[[str], None] = print, timeout: float = 600) -> dict[str, str]:
    """Install missing peers under ``bench``; returns name -> problem for those that failed."""
    problems: dict[str, str] = {}
    bench.mkdir(parents=True, exist_ok=True)
    ignore = bench / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# benchmark scratch: peers, profiles, results (never committed)\n*\n")
    venv = bench / "peers-py"
    missing_py = [n for n, v in PY_PEERS.items() if not _pip_has(venv, n, v)]
    if missing_py:
        log(f"installing {', '.join(missing_py)} into {venv}")
        try:
            if not (venv / "bin" / "python").exists():
                base = getattr(sys, "_base_executable", sys.executable)
                subprocess.run([base, "-m", "venv", str(venv)], check=True, capture_output=True, timeout=timeout)
            subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q",
                            *(f"{n}=={v}" for n, v in PY_PEERS.items())],
                           check=True, capture_output=True, timeout=timeout)
        except (subprocess.SubprocessError, OSError) as exc:
            for n in missing_py:
                problems[n] = f"pip install failed: {_why(exc)}"
    node_dir = bench / "peers-node"
    missing_node = [n for n, v in NODE_PEERS.items() if not _npm_has(node_dir, n, v)]
    if missing_node:
        if not shutil.which("npm"):
            for n in missing_node:
                problems[n] = "npm is not installed"
        else:
            log(f"installing {', '.join(missing_node)} into {node_dir}")
            node_dir.mkdir(parents=True, exist_ok=True)
            try:
                subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix", str(node_dir),
                                *(f"{n}@{v}" for n, v in NODE_PEERS.items())],
                               check=True, capture_output=True, timeout=timeout)
            except (subprocess.SubprocessError, OSError) as exc:
                for n in missing_node:
                    problems[n] = f"npm install failed: {_why(exc)}"
    return problems


def _why(exc: BaseException) -> str:
    stderr = getattr(exc, "stderr", None)
    text = stderr.decode("utf-8", "replace") if isinstance(stderr, bytes) else str(exc)
    lines = [ln for ln in text.strip().splitlines() if ln.strip() and not ln.startswith("WARNING: Location")]
    return (lines[-1] if lines else str(exc))[:300]


def _pip_has(venv: Path, name: str, version: str) -> bool:
    dist = name.replace("-", "_").lower()
    site = list((venv / "lib").glob("python*/site-packages"))
    return any((s / f"{dist}-{version}.dist-info").exists() for s in site)


def _npm_has(node_dir: Path, name: str, version: str) -> bool:
    pkg = node_dir / "node_modules" / name / "package.json"
    try:
        return json.loads(pkg.read_text()).get("version") == version
    except (OSError, ValueError):
        return False


# --- run ------------------------------------------------------------------------------------

def run_peers(bench: Path, manifest: dict, files: list[str], timeout: float = 1200.0,
              install_problems: dict[str, str] | None = None) -> list[dict]:
    root = Path(manifest["root"])
    out = []
    for peer in PEERS:
        row = {"name": peer.name, "ecosystem": peer.ecosystem, "what": peer.what,
               "version": {**PY_PEERS, **NODE_PEERS}[peer.name]}
        problem = (install_problems or {}).get(peer.name) or peer.available(bench)
        if problem:
            out.append({**row, "unavailable": problem})
            continue
        result = measure(peer.argv(bench, files), cwd=root, timeout=timeout)
        row.update(wall_s=round(result.wall_s, 3), cpu_s=round(result.cpu_s, 3), max_rss_mb=round(result.max_rss_mb, 1),
                   exit_code=result.returncode)
        if result.timed_out:
            row["error"] = f"timed out after {timeout:.0f} s (the time is a lower bound)"
        elif result.returncode not in peer.ok_exit:
            row["error"] = f"exit {result.returncode}: {result.stderr.strip()[-300:]}"
        if "error" not in row or result.timed_out:
            try:
                row["what_it_flagged"] = summarise(peer.parse(result.stdout), manifest)
            except (ValueError, KeyError, TypeError) as exc:
                row["parse_error"] = f"{type(exc).__name__}: {exc}"
        out.append(row)
    return out
