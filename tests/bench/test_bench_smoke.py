"""The benchmark harness works: every part runs end to end on tiny sizes.

No timing is asserted here (the machine is shared and timings belong to ``make bench``);
what is checked is that each part measures what it claims: the keystroke harness ends
with the server agreeing with the core on the text the client typed, the CLI finds what
the core finds on the same generated files, a warm re-lint equals a cold one, peers that
are not installed are reported as such, and a missed budget fails only under --strict.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_budgets  # noqa: E402
import bench_corpus  # noqa: E402

# run.py by path, under a name no other test folder can shadow
_spec = importlib.util.spec_from_file_location("literalist_bench_run", HERE / "run.py")
bench_run = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_run)


def test_generated_prompts_are_deterministic_and_realistic():
    a = bench_corpus.generate_prompt(1000, seed=4)
    b = bench_corpus.generate_prompt(1000, seed=4)
    assert a.text == b.text
    assert bench_corpus.generate_prompt(1000, seed=5).text != a.text
    lines = a.text.split("\n")[:-1]
    assert len(lines) == a.lines == 1000
    assert sum(1 for ln in lines if ln.startswith("```")) % 2 == 0, "a code fence was left open"
    for pattern in (r"^#{1,3} ", r"^- ", r"^\d+\. ", r"^```", r"^> ", r"^\| ", r"^<(email|transcript|customer_ticket|review|document|chat_log)>$"):
        assert any(re.match(pattern, ln) for ln in lines), f"no line matches {pattern}"
    assert all(a.planted[c] > 0 for c in ("tone", "inference", "quality"))
    assert set(a.labels) >= {"clean", "data", "blank", "markup"}
    dot = bench_corpus.generate_prompt(80, seed=1, kind="dotprompt")
    assert dot.text.startswith("---\n") and '{{role "system"}}' in dot.text and dot.path_suffix == ".prompt"


def test_the_whole_harness_runs_on_tiny_sizes(tmp_path, capsys):
    out = tmp_path / "results.json"
    code = bench_run.main(["--quick", "--no-install", "--bench-dir", str(tmp_path / "no-peers"), "--out", str(out)])
    printed = capsys.readouterr().out
    assert code == 0  # budgets are reported, never fatal without --strict
    results = json.loads(out.read_text())
    assert results["problems"] == []

    (ks,) = results["keystrokes"]
    assert ks["edits"] == 8 and 0 <= ks["superseded"] <= 8
    assert ks["final_matches_core"], ks["final_mismatch"]
    assert 0 < ks["p50_ms"] <= ks["p95_ms"] <= ks["max_ms"]
    assert ks["peak_rss_mb"] > 0

    cold = results["cold_start"]
    assert 0 < cold["initialize_ms_median"] <= cold["first_diagnostics_ms_median"]
    assert cold["first_diagnostics_count"] > 0  # the 200-line prompt has planted sentences

    points = results["scaling"]["points"]
    assert [p["lines"] for p in points] == [20, 60] and points[0]["bytes"] < points[1]["bytes"]
    assert all(p["findings"] > 0 and p["cpu_s"] > 0 for p in points)

    (rl,) = results["relint"]
    for kind in ("same_length", "insert_word"):
        assert rl[kind]["warm_equals_cold"]
        assert 1 <= rl[kind]["blocks_relinted"] < rl["blocks"]

    cli = results["cli"]
    assert cli["files"] == 12
    assert cli["parallel"]["same_findings_as_single"]
    # the CLI over the generated files finds exactly what the core finds in process
    from literalist.config_files import load_config_for
    from literalist.engine import Linter

    root = tmp_path / "again" / "prompts"
    manifest = bench_corpus.write_corpus(root, 12, 30)
    expected = 0
    for e in manifest["entries"]:
        path = root / e["path"]
        expected += len(Linter(load_config_for(path)[0]).lint(path.read_text(), str(path)))
    assert cli["single"]["findings"] == expected
    flagged = cli["what_it_flagged"]
    assert flagged["findings"] == expected and flagged["unmatched_files"] == 0

    assert [p["name"] for p in results["peers"]] == ["promptlint-cli", "proselint", "write-good", "@silupanda/prompt-lint"]
    assert all("not installed" in p["unavailable"] for p in results["peers"])
    verdicts = {v["name"]: v for v in results["budgets"]}
    assert verdicts["vs_proselint"]["ok"] is None
    assert "Budgets" in printed and "Keystroke latency" in printed and "Peers on the same files" in printed


def test_budgets_miss_and_meet():
    results = {
        "keystrokes": [{"lines": 2000, "p95_ms": 14.0, "peak_rss_mb": 80, "rss_mb": 70},
                       {"lines": 10000, "p95_ms": 51.0, "peak_rss_mb": 120, "rss_mb": 90}],
        "cli": {"single": {"cpu_s": 10.0, "wall_s": 10.0}},
        "peers": [{"name": "slowpy", "ecosystem": "python", "cpu_s": 60.0, "wall_s": 61.0},
                  {"name": "fastjs", "ecosystem": "node", "cpu_s": 8.0, "wall_s": 8.0}],
    }
    verdicts = {v["name"]: v["ok"] for v in bench_budgets.evaluate(results)}
    assert verdicts["keystroke_p95_2000"] is True
    assert verdicts["keystroke_p95_10000"] is False
    assert verdicts["server_rss_10000"] is False
    assert verdicts["vs_slowpy"] is True
    assert verdicts["vs_fastjs"] is False
    assert verdicts["cold_start_first_diagnostics"] is None  # not measured is not a miss


@pytest.mark.parametrize("strict, expected", [(False, 0), (True, 1)])
def test_strict_fails_the_run_only_on_a_miss(tmp_path, monkeypatch, capsys, strict, expected):
    miss = [{"name": "pretend", "budget": "b", "measured": "m", "ok": False, "note": ""}]
    monkeypatch.setattr(bench_budgets, "evaluate", lambda results: miss)
    argv = ["--quick", "--only", "relint", "--out", str(tmp_path / "r.json")] + (["--strict"] if strict else [])
    assert bench_run.main(argv) == expected
    assert "1 budget(s) missed: pretend" in capsys.readouterr().out


def test_keystroke_stages_line_up_with_the_clients_clock():
    """keystroke_stages.py: every edit's stages come in order on the shared clock (a server
    without the timers, or records matched to the wrong edit, would break the order). The
    client can read the diagnostics before the server's write call returns, so the arrival
    is ordered after the write's start only."""
    import keystroke_stages

    result, rows, records = keystroke_stages.measure(lines=60, edits=6, interval_ms=40)
    assert result["final_matches_core"], result["final_mismatch"]
    assert len(rows) == 6 and {"handle", "analyze", "lint", "encode", "write"} <= set(records)
    for row in rows:
        moments = [row[k] for k in ("sent", "handle", "analyze", "analyzed", "writing", "arrived")]
        assert moments == sorted(moments), row
        assert row["writing"] <= row["written"], row
    assert "| total: sent -> diagnostics read |" in keystroke_stages.table(rows, records)
