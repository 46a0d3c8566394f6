"""``make bench``: how fast Literalist is, against its budgets and against other linters.

    .venv/bin/python tests/bench/run.py                 # everything (about 15 to 30 minutes)
    .venv/bin/python tests/bench/run.py --only scaling relint
    .venv/bin/python tests/bench/run.py --quick         # tiny sizes: checks the harness, not the speed
    .venv/bin/python tests/bench/run.py --strict        # exit 1 when a budget is missed

Parts: ``scaling`` and ``relint`` (the core, in process), ``keystrokes`` and ``cold`` (the
language server over stdio), ``cli`` (``literalist check`` on 1,000 generated files) and
``peers`` (other linters on the same files; needs ``cli``). Prompts are generated at run
time into a temporary folder and removed afterwards. Peers are installed on first use
into ``.bench/`` (ignored by git). Results: a table on stdout, and JSON in
``.bench/results.json`` (``--out`` to change).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))

import bench_budgets  # noqa: E402
import bench_report  # noqa: E402
from bench_procs import machine_load  # noqa: E402

PARTS = ("scaling", "relint", "keystrokes", "cold", "cli", "peers")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="tests/bench/run.py", description="Literalist speed benchmarks and budgets.")
    p.add_argument("--only", nargs="+", choices=PARTS, metavar="PART", help=f"run only these parts: {', '.join(PARTS)}")
    p.add_argument("--quick", action="store_true", help="tiny sizes: proves the harness works; the figures mean nothing")
    p.add_argument("--strict", action="store_true", help="exit 1 when any budget is missed")
    p.add_argument("--out", type=Path, help="where to write the JSON results (default: .bench/results.json)")
    p.add_argument("--bench-dir", type=Path, default=REPO / ".bench", help="where peers are installed (default: .bench)")
    p.add_argument("--no-install", action="store_true", help="never install peers; run those already there")
    p.add_argument("--edits", type=int, help="keystrokes per document size (default 300)")
    p.add_argument("--interval-ms", type=float, help="time between keystrokes (default 75 ms, about 13 keys a second)")
    p.add_argument("--files", type=int, help="files in the generated repository (default 1,000, about 10 MB)")
    p.add_argument("--from-json", type=Path, metavar="PATH", help="print the tables and budgets of a saved run; run nothing")
    return p.parse_args(argv)


def log(message: str) -> None:
    sys.stderr.write(f"[bench {time.strftime('%H:%M:%S')}] {message}\n")
    sys.stderr.flush()


def machine_info() -> dict:
    def out(cmd: list[str]) -> str | None:
        try:
            return subprocess.run(cmd, capture_output=True, text=True, timeout=20, cwd=REPO).stdout.strip() or None
        except (OSError, subprocess.SubprocessError):
            return None

    try:
        from literalist import __version__ as version
    except Exception:  # the core is being rewritten: say so, measure what we can
        version = "unimportable"
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "python": platform.python_version(),
        "node": out(["node", "--version"]) if shutil.which("node") else None,
        "literalist": version,
        "commit": out(["git", "rev-parse", "--short", "HEAD"]),
        "dirty": bool(out(["git", "status", "--porcelain", "--untracked-files=no", "server"])),
        "load_before": machine_load(),
        "core_before": core_fingerprint(),
    }


def core_fingerprint() -> str:
    """A hash of the server package's sources: shows whether the code changed during a run
    (the tree is shared with the people writing it)."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted((REPO / "server" / "literalist").rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def settings(args: argparse.Namespace) -> dict:
    if args.quick:
        s = dict(scaling_sizes=(20, 60), relint_sizes=(60,), keystroke_sizes=(40,), edits=8, interval_ms=5.0,
                 cold_runs=1, floor=("python_startup",), files=12, mean_lines=30)
    else:
        from bench_inprocess import RELINT_SIZES, SCALING_SIZES
        from bench_keystrokes import KEYSTROKE_SIZES

        s = dict(scaling_sizes=SCALING_SIZES, relint_sizes=RELINT_SIZES, keystroke_sizes=KEYSTROKE_SIZES,
                 edits=300, interval_ms=75.0, cold_runs=5, floor=None, files=1000, mean_lines=148)
    if args.edits:
        s["edits"] = args.edits
    if args.interval_ms:
        s["interval_ms"] = args.interval_ms
    if args.files:
        s["files"] = args.files
    return s


def run(args: argparse.Namespace) -> dict:
    parts = set(args.only or PARTS)
    if "peers" in parts:
        parts.add("cli")  # peers are compared with the CLI's run on the same files
    s = settings(args)
    results: dict = {"machine": machine_info(), "quick": args.quick, "parts": sorted(parts), "problems": []}

    def part(name: str, fn):
        if name not in parts:
            return None
        log(f"{name} ...")
        started = time.perf_counter()
        try:
            value = fn()
        except Exception as exc:  # one broken part (a server still being written) must not hide the others
            results["problems"].append(f"{name}: {type(exc).__name__}: {exc}")
            log(f"{name} failed: {type(exc).__name__}: {exc}")
            return None
        log(f"{name} done in {time.perf_counter() - started:.1f} s")
        return value

    import bench_inprocess

    results["scaling"] = part("scaling", lambda: bench_inprocess.scaling(s["scaling_sizes"],
                                                                          min_time=0.2 if args.quick else 1.0))
    if "scaling" in parts:
        results["doc_level_costs"] = part("scaling", lambda: bench_inprocess.doc_level_costs(
            60 if args.quick else 2_000))
    results["relint"] = part("relint", lambda: bench_inprocess.relint(s["relint_sizes"], repeats=1 if args.quick else 3))

    def keystrokes():
        import bench_keystrokes

        return bench_keystrokes.keystrokes(s["keystroke_sizes"], edits=s["edits"], interval_ms=s["interval_ms"])

    results["keystrokes"] = part("keystrokes", keystrokes)

    def cold():
        import bench_cold_start

        if s["floor"] is not None:
            bench_cold_start.FLOOR_COMMANDS = {k: v for k, v in bench_cold_start.FLOOR_COMMANDS.items() if k in s["floor"]}
        return bench_cold_start.cold_start(runs=s["cold_runs"], floor_runs=1 if args.quick else 3)

    results["cold_start"] = part("cold", cold)

    if "cli" in parts:
        import bench_cli
        import bench_corpus

        with tempfile.TemporaryDirectory(prefix="literalist-bench-corpus-") as tmp:
            manifest = part("cli", lambda: bench_corpus.write_corpus(Path(tmp) / "prompts", s["files"], s["mean_lines"]))
            if manifest is not None:
                log(f"corpus: {manifest['files']} files, {manifest['bytes'] / 1e6:.1f} MB, {manifest['lines']:,} lines")
                results["cli"] = part("cli", lambda: bench_cli.cli_throughput(manifest))
                if "peers" in parts:
                    results["peers"] = part("peers", lambda: _peers(args, manifest))
    results["machine"]["load_after"] = machine_load()
    results["machine"]["core_after"] = core_fingerprint()
    results["machine"]["core_changed_during_run"] = results["machine"]["core_after"] != results["machine"]["core_before"]
    results["budgets"] = bench_budgets.evaluate(results)
    return results


def _peers(args: argparse.Namespace, manifest: dict) -> list[dict]:
    import bench_cli
    import bench_peers

    problems = {} if args.no_install else bench_peers.install_peers(args.bench_dir, log=log)
    return bench_peers.run_peers(args.bench_dir, manifest, bench_cli.corpus_files(manifest), install_problems=problems)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.from_json:
        results = json.loads(args.from_json.read_text())
        results["budgets"] = bench_budgets.evaluate(results)
        sys.stdout.write(bench_report.render(results))
        misses = bench_budgets.missed(results["budgets"])
        return 1 if (args.strict and misses) else 0
    results = run(args)
    out = args.out or (REPO / ".bench" / "results.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.parent.resolve() == (REPO / ".bench").resolve() and not (out.parent / ".gitignore").exists():
        (out.parent / ".gitignore").write_text("# benchmark scratch: peers, profiles, results (never committed)\n*\n")
    out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    sys.stdout.write(bench_report.render(results))
    for problem in results["problems"]:
        sys.stdout.write(f"problem: {problem}\n")
    sys.stdout.write(f"\nJSON: {out}\n")
    misses = bench_budgets.missed(results["budgets"])
    if misses:
        sys.stdout.write(f"{len(misses)} budget(s) missed: {', '.join(v['name'] for v in misses)}"
                         f"{'' if args.strict else ' (reported only; --strict fails the run)'}\n")
    if results["problems"] and args.strict:
        return 1
    return 1 if (args.strict and misses) else 0


if __name__ == "__main__":
    sys.exit(main())
