"""The labeled evaluation set: the labels are sound, the scoring is right, and the rules meet the bar.

The label and scoring tests need no rules. The metric tests run the real core on every case file
and compare with THRESHOLDS below; adjust those to what is measured and say so in the report.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

# The bar the rules must clear, per family. Leave-alone "all" counts avoid entries of every family.
THRESHOLDS: dict[str, dict[str, float]] = {
    "tone": {"recall": 0.85, "precision": 0.85, "leave_alone": 0.95},
    "inference": {"recall": 0.85, "precision": 0.85, "leave_alone": 0.95},
    "quality": {"recall": 0.85, "precision": 0.85, "leave_alone": 0.95},
    "all": {"leave_alone": 0.95},
}

# What the set must keep covering as it grows.
MIN_CASES = 70
MIN_CLEAN = 15
MIN_AVOID = 60
MIN_EXPECT_PER_FAMILY = 40
MIN_DOTPROMPT = 10

HERE = Path(__file__).resolve().parent


def _load_harness():
    # loaded by path under a unique name: other test folders may have their own "harness"
    spec = importlib.util.spec_from_file_location("literalist_eval_harness", HERE / "harness.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


H = _load_harness()


@pytest.fixture(scope="module")
def raw_labels():
    return H.load_raw_labels()


@pytest.fixture(scope="module")
def cases():
    return H.load_cases()


# ---------------------------------------------------------------- the labels


def test_labels_match_the_case_files(raw_labels):
    problems = H.validate_labels(raw_labels)
    assert not problems, "\n".join(problems)


def test_set_is_large_and_varied_enough(cases):
    assert len(cases) >= MIN_CASES
    assert sum(c.clean for c in cases) >= MIN_CLEAN
    assert sum(len(c.avoid) for c in cases) >= MIN_AVOID
    for family in H.FAMILIES:
        n = sum(1 for c in cases for l in c.expect if l.family == family)
        assert n >= MIN_EXPECT_PER_FAMILY, f"only {n} expected {family} phrases"
    assert sum(c.file.endswith(".prompt") for c in cases) >= MIN_DOTPROMPT


def test_case_files_are_named_and_shaped(cases):
    import re

    dotprompt = 0
    for case in cases:
        assert re.fullmatch(r"\d{3}-[a-z0-9.-]+\.(md|prompt)", case.file), case.file
        if case.file.endswith(".prompt"):
            lines = case.text.splitlines()
            dotprompt += lines[0] == "---" and "---" in lines[1:]
    # Dotprompt (YAML front matter first) for most; the fifth blind round's .prompt files are
    # plain text, as people also write them, and stay as their writer wrote them
    assert dotprompt >= 50


def test_no_expected_phrase_sits_on_an_avoid_entry_of_its_family(cases):
    for case in cases:
        for e in case.expect:
            for a in case.avoid:
                if a.applies_to(e.family):
                    assert not H.overlaps(e.start, e.end, a.start, a.end), (case.file, e.text, a.text)


def test_validation_reports_each_kind_of_mistake(tmp_path):
    (tmp_path / "001-a.md").write_text("Fix it NOW. Fix it NOW.\n", encoding="utf-8")
    (tmp_path / "002-unlabeled.md").write_text("hello\n", encoding="utf-8")
    raw = {"version": 1, "cases": [
        {"file": "001-a.md",
         "expect": [{"family": "tone", "text": "NOW", "occurrence": 3},
                    {"family": "mood", "text": "Fix"}],
         "avoid": [{"text": "it"}]},
        {"file": "003-missing.md", "expect": [], "avoid": []},
    ]}
    problems = "\n".join(H.validate_labels(raw, tmp_path))
    assert "occurrence 3 asked for, but the file has 2" in problems
    assert "'family' must be one of" in problems
    assert "needs a 'note'" in problems
    assert "003-missing.md: no such case file" in problems
    assert "002-unlabeled.md: case file has no labels" in problems


def test_validate_command_line(tmp_path):
    done = subprocess.run([sys.executable, str(HERE / "harness.py"), "--validate"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("labels OK:")
    bad = tmp_path / "labels.json"
    bad.write_text('{"version": 1, "cases": [{"file": "nope.md", "expect": [], "avoid": []}]}')
    done = subprocess.run([sys.executable, str(HERE / "harness.py"), "--validate", "--labels", str(bad)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "nope.md: no such case file" in done.stderr


# ---------------------------------------------------------------- the scoring, with stand-in linters


def _finding(family, start, end, code="LIT999"):
    return SimpleNamespace(category=SimpleNamespace(value=family), start=start, end=end, code=code, message="")


def test_an_oracle_scores_perfectly(cases):
    # reports exactly the expected phrases: proves the labels are consistent with each other
    by_path = {str(c.path): c for c in cases}

    def oracle(text, path):
        return [_finding(l.family, l.start, l.end) for l in by_path[path].expect]

    report = H.evaluate(cases, oracle)
    for family in H.FAMILIES:
        s = report.families[family]
        assert (s.recall, s.precision, s.leave_alone) == (1.0, 1.0, 1.0), family
    assert report.leave_alone == 1.0


def test_flagging_everything_is_caught(cases):
    # one finding per family over each whole file: full recall, but look-alikes trampled
    def flag_all(text, path):
        return [_finding(f, 0, len(text)) for f in H.FAMILIES]

    report = H.evaluate(cases, flag_all)
    assert report.families["tone"].recall == 1.0
    assert report.leave_alone == 0.0
    assert report.families["quality"].precision < 0.85
    assert any(c.false_positives for c in report.cases)


def test_scoring_by_hand(tmp_path):
    text = "URGENT!!! Make it polished, as usual. Classify as urgent or low.\n"
    (tmp_path / "001-x.md").write_text(text, encoding="utf-8")
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({"version": 1, "cases": [{
        "file": "001-x.md",
        "expect": [{"family": "tone", "text": "URGENT!!!"}, {"family": "quality", "text": "polished"},
                   {"family": "inference", "text": "as usual"}],
        "avoid": [{"text": "urgent", "note": "label"}, {"family": "tone", "text": "low", "note": "label"}],
    }]}), encoding="utf-8")
    cases = H.load_cases(labels, tmp_path)
    at = text.index

    def fake(_text, _path):
        return [
            _finding("tone", at("URGENT"), at("URGENT") + 6, "LIT101"),  # hit
            _finding("tone", at("urgent"), at("urgent") + 6, "LIT101"),  # false positive on an avoid entry
            _finding("quality", at("polished") + 2, at("polished") + 3, "LIT301"),  # partial overlap is a hit
            _finding("structure", 0, 5, "LIT401"),  # not measured
        ]

    report = H.evaluate(cases, fake)
    tone, inf, qual = (report.families[f] for f in ("tone", "inference", "quality"))
    assert (tone.found, tone.expected, tone.true_findings, tone.findings) == (1, 1, 1, 2)
    assert (inf.recall, inf.precision) == (0.0, None)
    assert (qual.recall, qual.precision) == (1.0, 1.0)
    assert (report.avoid_kept, report.avoid_total) == (1, 2)
    assert (tone.avoid_kept, tone.avoid) == (1, 2) and (qual.avoid_kept, qual.avoid) == (1, 1)
    [result] = report.cases
    assert [h.text for h in result.misses] == ["as usual"]
    assert [h.text for h in result.false_positives] == ["urgent"]
    assert [(h.text, h.code) for h in result.trampled] == [("urgent", "LIT101")]
    table = H.format_report(report)
    assert "001-x.md:1  [inference]  'as usual'" in table
    assert "001-x.md:1  [tone LIT101]  'urgent'" in table


# ---------------------------------------------------------------- the real rules against the bar


@pytest.fixture(scope="module")
def report(cases):
    return H.evaluate(cases)  # the real core: literalist.engine.lint on each file


@pytest.mark.parametrize("family", H.FAMILIES)
@pytest.mark.parametrize("metric", ["recall", "precision", "leave_alone"])
def test_rules_meet_the_bar(report, family, metric):
    value = report.metric(family, metric)
    bar = THRESHOLDS[family][metric]
    assert value is not None, f"no {family} findings or labels to measure {metric}"
    misses = {
        "recall": [f"{h.file}:{h.line} {h.text!r}" for c in report.cases for h in c.misses if h.family == family],
        "precision": [f"{h.file}:{h.line} {h.code} {h.text!r}" for c in report.cases
                      for h in c.false_positives if h.family == family],
        "leave_alone": [f"{h.file}:{h.line} {h.code} {h.text!r} ({h.note})" for c in report.cases
                        for h in c.trampled if h.family == family],
    }[metric]
    assert value >= bar, f"{family} {metric} {value:.3f} < {bar}:\n  " + "\n  ".join(misses[:40])


def test_rules_leave_look_alikes_alone_overall(report):
    assert report.leave_alone is not None
    assert report.leave_alone >= THRESHOLDS["all"]["leave_alone"], H.format_report(report)
