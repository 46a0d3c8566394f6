"""The results as plain-text tables (for the terminal and for docs/performance.md)."""

from __future__ import annotations


def _table(headers: list[str], rows: list[list]) -> str:
    cells = [[str(h) for h in headers]] + [["-" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |" for row in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def _pct(x) -> str:
    return "-" if x is None else f"{x * 100:.0f}%"


def render(results: dict) -> str:
    parts: list[str] = []
    m = results.get("machine", {})
    parts.append(f"Machine: {m.get('cpus')} cores, Python {m.get('python')}, Node {m.get('node') or 'absent'}, "
                 f"literalist {m.get('literalist')} ({m.get('commit') or 'no commit'}); "
                 f"load before {m.get('load_before')}, after {m.get('load_after')}")
    if m.get("core_changed_during_run"):
        parts.append("WARNING: the code under server/ changed during this run; parts ran different versions of it")

    if results.get("keystrokes"):
        rows = [[f"{r['lines']:,}", r["edits"], f"{r['p50_ms']:.1f}", f"{r['p95_ms']:.1f}", f"{r['max_ms']:.1f}",
                 r["superseded"], r.get("lints_published"), f"{r['open_to_diagnostics_ms']:.0f}", f"{r['peak_rss_mb']:.0f}",
                 "yes" if r["final_matches_core"] else "NO"] for r in results["keystrokes"]]
        parts.append("Keystroke latency (didChange -> publishDiagnostics, debounce 0, ms)\n" + _table(
            ["lines", "edits", "p50", "p95", "max", "superseded", "published", "open->diags", "peak RSS MB", "final = core"], rows))

    c = results.get("cold_start")
    if c:
        floor = ", ".join(f"{k} {v:.0f} ms" for k, v in c["floor_ms"].items())
        parts.append(f"Cold start ({c['runs']} runs, {c['lines']}-line prompt): initialize answered in "
                     f"{c['initialize_ms_median']:.0f} ms median (max {c['initialize_ms_max']:.0f}), first diagnostics "
                     f"{c['first_diagnostics_ms_median']:.0f} ms median (max {c['first_diagnostics_ms_max']:.0f})"
                     + (f"; the start before them, which wrote any missing bytecode: {first:.0f} ms"
                        if (first := c.get("first_start_first_diagnostics_ms")) is not None else "") + ".\n"
                     f"Floor: {floor}")

    s = results.get("scaling")
    if s:
        rows = [[f"{p['lines']:,}", f"{p['bytes'] / 1000:.0f}", p["findings"], p["repeats"],
                 f"{p['cpu_s'] * 1000:.0f}", f"{p['wall_s'] * 1000:.0f}", f"{p['mb_per_s']:.3f}"] for p in s["points"]]
        parts.append("Whole-document lint, fresh Linter, warm interpreter\n" + _table(
            ["lines", "KB", "findings", "runs", "CPU ms", "wall ms", "MB/s (CPU)"], rows)
            + f"\nlog-log slope {s.get('slope')} over {s.get('slope_range')} lines; cost per MB grows x{s.get('per_mb_growth')}")

    if results.get("doc_level_costs"):
        d = results["doc_level_costs"]
        parts.append(f"Whole-document stages at {d['lines']:,} lines (paid on every lint): scope {d['scope_cpu_s'] * 1000:.0f} ms, "
                     f"context {d['context_cpu_s'] * 1000:.0f} ms CPU")

    if results.get("relint"):
        rows = []
        for r in results["relint"]:
            for kind in ("same_length", "insert_word"):
                k = r[kind]
                rows.append([f"{r['lines']:,}", kind, r["blocks"], k["blocks_relinted"], f"{k['warm_cpu_s'] * 1000:.1f}",
                             f"{k['cold_cpu_s'] * 1000:.1f}", k["speedup"], "yes" if k["warm_equals_cold"] else "NO"])
        parts.append("Re-lint after a one-line edit: warm Linter vs fresh Linter (CPU ms)\n" + _table(
            ["lines", "edit", "blocks", "re-linted", "warm", "cold", "speedup", "same findings"], rows))

    cli = results.get("cli")
    if cli:
        sgl, par = cli["single"], cli.get("parallel", {})
        rows = [["single process", f"{sgl['wall_s']:.1f}", f"{sgl['cpu_s']:.1f}", sgl.get("mb_per_s_wall"),
                 f"{sgl['max_rss_mb']:.0f}", sgl.get("findings", sgl.get("error"))]]
        if par:
            rows.append([par["mode"], f"{par['wall_s']:.1f}", f"{par['cpu_s']:.1f}", par.get("mb_per_s_wall"),
                         f"{par['max_rss_mb']:.0f} each", par.get("findings", par.get("error"))])
        parts.append(f"literalist check on {cli['files']:,} files ({cli['mb']} MB); one tiny file takes "
                     f"{cli['startup_one_file_s']:.2f} s\n" + _table(["run", "wall s", "CPU s", "MB/s wall", "peak RSS MB", "findings"], rows))

    peers = results.get("peers")
    if peers is not None and cli:
        sgl = cli["single"]
        rows = []
        for name, row in [("literalist", {**sgl, "what_it_flagged": cli.get("what_it_flagged"), "ecosystem": "python"})] + [
                (p["name"], p) for p in peers]:
            if row.get("unavailable"):
                rows.append([name, row.get("ecosystem"), "unavailable: " + row["unavailable"]] + [""] * 8)
                continue
            flagged = row.get("what_it_flagged") or {}
            planted = flagged.get("planted_lines_flagged") or {}
            cpu_ratio = row["cpu_s"] / sgl["cpu_s"] if sgl.get("cpu_s") else None
            wall_ratio = row["wall_s"] / sgl["wall_s"] if sgl.get("wall_s") else None
            rows.append([name, row.get("ecosystem"), f"{row['wall_s']:.1f}", f"{row['cpu_s']:.1f}",
                         f"x{cpu_ratio:.2f} / x{wall_ratio:.2f}" if cpu_ratio else "-", f"{row['max_rss_mb']:.0f}",
                         flagged.get("findings", row.get("error")),
                         " / ".join(_pct(planted.get(k)) for k in ("tone", "inference", "quality")),
                         _pct(flagged.get("data_lines_flagged")), _pct(flagged.get("clean_lines_flagged")),
                         ", ".join(f"{r} {n}" for r, n in (flagged.get("top_rules") or [])[:3])])
        parts.append("Peers on the same files, same run (ratio = peer time / literalist time; >1 means literalist is faster)\n"
                     + _table(["tool", "", "wall s", "CPU s", "ratio CPU / wall", "peak RSS MB", "findings",
                               "planted lines hit: tone / inference / quality", "data lines hit", "clean lines hit",
                               "top rules"], rows))

    if results.get("budgets"):
        rows = [["ok" if v["ok"] else ("MISS" if v["ok"] is False else "n/a"), v["budget"], v["measured"], v["note"]]
                for v in results["budgets"]]
        parts.append("Budgets\n" + _table(["", "budget", "measured", "note"], rows))
    return "\n\n".join(parts) + "\n"
