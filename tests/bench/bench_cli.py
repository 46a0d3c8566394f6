"""Throughput of ``literalist check`` on a repository of generated prompts.

Single process, and using every core. When the CLI has a ``--jobs`` option it is used;
until then "every core" is the file list split into one shard per core, each shard
checked by its own ``literalist check`` process at the same time: what a CI script could
do by hand, and a fair stand-in for what ``--jobs`` would give (each process pays the
start-up once).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from bench_findings import summarise
from bench_procs import ProcResult, measure, measure_parallel


def cli_command() -> list[str]:
    script = Path(sys.executable).with_name("literalist")
    return [str(script)] if script.exists() else [sys.executable, "-m", "literalist"]


def corpus_files(manifest: dict) -> list[str]:
    return [e["path"] for e in manifest["entries"]]


def has_jobs_option() -> bool:
    """Whether ``literalist check`` takes ``--jobs``, read from its own argument parser."""
    try:
        from literalist.cli.main import build_parser

        parser = build_parser()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        return "--jobs" in sub.choices["check"].format_help()
    except Exception:  # a CLI being rewritten: ask the installed command instead
        return "--jobs" in measure([*cli_command(), "check", "--help"], timeout=60).stdout


def parse_json_findings(stdout: str) -> list[tuple[str, int | None, str]]:
    items = json.loads(stdout) if stdout.strip() else []
    return [(i["filename"], (i.get("location") or {}).get("row"), i["code"]) for i in items]


def _check_argv(files: list[str], extra: list[str] = ()) -> list[str]:
    return [*cli_command(), "check", "--output-format", "json", "--no-color", *extra, *files]


def _ok(result: ProcResult) -> str | None:
    """An error message if the run did not complete as a lint run (0: clean, 1: findings)."""
    if result.timed_out:
        return "timed out"
    if result.returncode not in (0, 1):
        return f"exit {result.returncode}: {result.stderr.strip()[-500:]}"
    return None


def cli_throughput(manifest: dict, timeout: float = 1800.0, cores: int | None = None) -> dict:
    root = Path(manifest["root"])
    files = corpus_files(manifest)
    mb = manifest["bytes"] / 1e6
    cores = cores or os.cpu_count() or 1

    # the CLI uses every core by default: the single-process figure asks for one
    single = measure(_check_argv(files, ["--jobs", "1"] if has_jobs_option() else []), cwd=root, timeout=timeout)
    out = {
        "files": len(files),
        "mb": round(mb, 2),
        "single": _run_summary(single, mb),
    }
    error = _ok(single)
    if error is None:
        hits = parse_json_findings(single.stdout)
        out["single"]["findings"] = len(hits)
        out["what_it_flagged"] = summarise(hits, manifest)
    else:
        out["single"]["error"] = error

    # every core
    if has_jobs_option():
        par = measure(_check_argv(files, ["--jobs", str(cores)]), cwd=root, timeout=timeout)
        out["parallel"] = {"mode": f"--jobs {cores}", **_run_summary(par, mb)}
        if _ok(par) is None:
            out["parallel"]["findings"] = len(parse_json_findings(par.stdout))
        else:
            out["parallel"]["error"] = _ok(par)
    else:
        shards = [files[i::cores] for i in range(cores)]
        wall, results = measure_parallel([_check_argv(s) for s in shards], cwd=root, timeout=timeout)
        errors = [e for e in (_ok(r) for r in results) if e]
        out["parallel"] = {
            "mode": f"{cores} processes over {cores} shards (the CLI has no --jobs option)",
            "wall_s": round(wall, 3),
            "cpu_s": round(sum(r.cpu_s for r in results), 3),
            "mb_per_s_wall": round(mb / wall, 3) if wall else None,
            "max_rss_mb": round(max(r.max_rss_mb for r in results), 1),
            "sum_rss_mb": round(sum(r.max_rss_mb for r in results), 1),
        }
        if errors:
            out["parallel"]["error"] = "; ".join(errors)
        else:
            out["parallel"]["findings"] = sum(len(parse_json_findings(r.stdout)) for r in results)
    if "findings" in out["single"] and "findings" in out["parallel"]:
        out["parallel"]["same_findings_as_single"] = out["parallel"]["findings"] == out["single"]["findings"]
        out["parallel"]["speedup"] = round(out["single"]["wall_s"] / out["parallel"]["wall_s"], 2)

    # the fixed cost every run pays: start-up and imports, with one tiny file
    tiny = root.parent / "startup-floor.prompt.md"
    tiny.write_text("Summarize the ticket in three bullet points.\n", encoding="utf-8")
    floor = measure(_check_argv([str(tiny)]), timeout=120)
    out["startup_one_file_s"] = round(floor.wall_s, 3)
    out["startup_one_file_cpu_s"] = round(floor.cpu_s, 3)
    return out


def _run_summary(result: ProcResult, mb: float) -> dict:
    return {
        "wall_s": round(result.wall_s, 3),
        "cpu_s": round(result.cpu_s, 3),
        "mb_per_s_wall": round(mb / result.wall_s, 3) if result.wall_s else None,
        "mb_per_s_cpu": round(mb / result.cpu_s, 3) if result.cpu_s else None,
        "max_rss_mb": round(result.max_rss_mb, 1),
        "exit_code": result.returncode,
    }
