"""The speed budgets (issue 5), checked against a results dict.

A budget whose figure was not measured in this run (a part skipped, a peer unavailable)
is reported as not measured, neither met nor missed. ``run.py --strict`` exits non-zero
when any budget is missed; unit tests never assert on timings.

Ratios against peers use CPU time (user + system) of the whole run: on a machine shared
with other jobs wall time depends on what else ran at that moment, CPU time much less.
Wall-time ratios are reported beside them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass
class Verdict:
    name: str
    budget: str
    measured: str
    ok: bool | None  # None: not measured in this run
    note: str = ""


def _keystroke(results: dict, lines: int) -> dict | None:
    return next((r for r in results.get("keystrokes") or [] if r.get("lines") == lines), None)


def evaluate(results: dict) -> list[dict]:
    out: list[Verdict] = []

    for lines, limit in ((2_000, 15.0), (10_000, 50.0)):
        row = _keystroke(results, lines)
        if row is None:
            out.append(Verdict(f"keystroke_p95_{lines}", f"p95 <= {limit:g} ms on {lines:,} lines", "-", None))
        else:
            out.append(Verdict(f"keystroke_p95_{lines}", f"p95 <= {limit:g} ms on {lines:,} lines",
                               f"{row['p95_ms']:.1f} ms", row["p95_ms"] <= limit))

    cold = results.get("cold_start")
    if cold:
        floor = cold.get("floor_ms", {})
        note = ", ".join(f"{k} {v:.0f} ms" for k, v in floor.items())
        out.append(Verdict("cold_start_first_diagnostics", "spawn to first diagnostics <= 600 ms (median)",
                           f"{cold['first_diagnostics_ms_median']:.0f} ms", cold["first_diagnostics_ms_median"] <= 600,
                           f"floor: {note}" if note else ""))
    else:
        out.append(Verdict("cold_start_first_diagnostics", "spawn to first diagnostics <= 600 ms (median)", "-", None))

    scaling = results.get("scaling")
    if scaling:
        big = [p for p in scaling["points"] if p["lines"] >= 1_000] or scaling["points"]
        worst = min(big, key=lambda p: p["mb_per_s"])
        out.append(Verdict("lint_throughput", ">= 1 MB/s on one core, warm (every size >= 1,000 lines, CPU time)",
                           f"{worst['mb_per_s']:.3f} MB/s at {worst['lines']:,} lines", worst["mb_per_s"] >= 1.0))
        slope = scaling.get("slope")
        growth = scaling.get("per_mb_growth")
        if slope is None:
            out.append(Verdict("lint_linear", "time grows linearly with size", "-", None))
        else:
            out.append(Verdict("lint_linear", "linear: log-log slope <= 1.15 and cost per MB grows <= 1.5x",
                               f"slope {slope:.2f}, per-MB x{growth:.2f}", slope <= 1.15 and growth <= 1.5))
    else:
        out.append(Verdict("lint_throughput", ">= 1 MB/s on one core, warm", "-", None))
        out.append(Verdict("lint_linear", "time grows linearly with size", "-", None))

    relint = results.get("relint")
    if relint:
        # "costs about the edited block, not the document": few blocks re-run, and the whole
        # re-lint well under the price of linting the document from scratch
        row = max(relint, key=lambda r: r["lines"])
        ins = row["insert_word"]
        blocks = ins.get("blocks_relinted")
        share = ins["warm_cpu_s"] / ins["cold_cpu_s"] if ins["cold_cpu_s"] else None
        ok = None if blocks is None or share is None else (blocks <= 3 and share <= 0.05)
        out.append(Verdict("relint_one_edit", "a one-line edit costs about its block: <= 3 blocks re-run and <= 5% of a cold lint",
                           f"{blocks} of {row['blocks']} blocks, {ins['warm_cpu_s'] * 1000:.0f} ms warm vs "
                           f"{ins['cold_cpu_s'] * 1000:.0f} ms cold ({(share or 0) * 100:.0f}%) at {row['lines']:,} lines", ok))

    cli = results.get("cli") or {}
    single = cli.get("single") or {}
    peers = results.get("peers") or []
    for peer in peers:
        factor = 5.0 if peer["ecosystem"] == "python" else 1.0
        budget = f"literalist check >= {factor:g}x faster than {peer['name']}"
        if "cpu_s" not in peer or "cpu_s" not in single or single.get("error"):
            why = peer.get("unavailable") or peer.get("error") or single.get("error") or "not measured"
            out.append(Verdict(f"vs_{peer['name']}", budget, "-", None, why))
            continue
        ratio = peer["cpu_s"] / single["cpu_s"]
        wall_ratio = peer["wall_s"] / single["wall_s"]
        timed_out = "timed out" in (peer.get("error") or "")
        out.append(Verdict(f"vs_{peer['name']}", budget, f"x{ratio:.2f} (wall x{wall_ratio:.2f})",
                           ratio >= factor or (timed_out and ratio >= factor),
                           "peer timed out: ratio is a lower bound" if timed_out else ""))

    row = _keystroke(results, 10_000)
    if row is None:
        out.append(Verdict("server_rss_10000", "server peak RSS <= 100 MB after the 10,000-line document", "-", None))
    else:
        out.append(Verdict("server_rss_10000", "server peak RSS <= 100 MB after the 10,000-line document",
                           f"peak {row['peak_rss_mb']:.0f} MB (now {row['rss_mb']:.0f} MB)", row["peak_rss_mb"] <= 100))
    return [asdict(v) for v in out]


def missed(verdicts: list[dict]) -> list[dict]:
    return [v for v in verdicts if v["ok"] is False]
