"""The held-out evaluation set: its labels are sound, it stays separate from the main set, its
report gives numbers without naming misses, and the rules clear deliberately loose floors on it.

The set was written apart from the rules and the main set, to measure whether the rules
generalize. Failures here print numbers only, never the phrases missed: tune on the main set.

``python tests/eval/test_holdout.py`` prints the per-family numbers (same as holdout_report.py).
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

HERE = Path(__file__).resolve().parent


def _load_report_module():
    # by path under a unique name, like test_eval.py loads the harness: tests/eval is not a package
    name = "literalist_holdout_report"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / "holdout_report.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


R = _load_report_module()
H = R.H

# What the held-out set must keep covering.
EXPECT_CASES = 40
MIN_CLEAN = 15
MIN_PROBLEM = 25
MIN_AVOID = 40
MIN_EXPECT_PER_FAMILY = 15
MIN_DOTPROMPT = 8
LINES = (5, 60)


@pytest.fixture(scope="module")
def raw_labels():
    return R.load_holdout_raw()


@pytest.fixture(scope="module")
def cases():
    return R.load_holdout_cases()


# ---------------------------------------------------------------- the labels


def test_labels_match_the_case_files(raw_labels):
    problems = H.validate_labels(raw_labels, R.HOLDOUT_CASES)
    assert not problems, "\n".join(problems)


def test_every_label_says_which_occurrence_it_means(raw_labels):
    # the harness defaults a missing occurrence to 1; here each label states it, and a phrase that
    # occurs more than once is only labeled at occurrences that exist
    for case in raw_labels["cases"]:
        text = H.read_case_text(R.HOLDOUT_CASES / case["file"])
        for kind in ("expect", "avoid"):
            for entry in case[kind]:
                assert "occurrence" in entry, (case["file"], kind, entry["text"])
                found = len(H.phrase_spans(text, entry["text"]))
                assert 1 <= entry["occurrence"] <= found, (case["file"], kind, entry["text"], found)


def test_set_is_large_and_varied_enough(cases):
    assert len(cases) == EXPECT_CASES
    clean = sum(c.clean for c in cases)
    assert clean >= MIN_CLEAN
    assert len(cases) - clean >= MIN_PROBLEM
    assert sum(len(c.avoid) for c in cases) >= MIN_AVOID
    for family in H.FAMILIES:
        n = sum(1 for c in cases for l in c.expect if l.family == family)
        assert n >= MIN_EXPECT_PER_FAMILY, f"only {n} expected {family} phrases"
        # look-alikes for every family, in clean and in problem prompts
        assert sum(1 for c in cases for a in c.avoid if a.applies_to(family)) >= 10, family
    assert sum(c.file.endswith(".prompt") for c in cases) >= MIN_DOTPROMPT
    assert any(c.file.endswith(".instructions.md") for c in cases)
    assert any(c.file.endswith(".agent.md") or c.file.endswith(".chatmode.md") for c in cases)


def test_case_files_are_named_and_shaped(cases):
    for case in cases:
        assert re.fullmatch(r"\d{3}-[a-z0-9.-]+\.(md|prompt)", case.file), case.file
        lines = case.text.splitlines()
        assert LINES[0] <= len(lines) <= LINES[1], f"{case.file}: {len(lines)} lines"
        if case.file.endswith(".prompt"):
            assert lines[0] == "---" and "---" in lines[1:], f"{case.file}: no front matter"


def test_no_expected_phrase_sits_on_an_avoid_entry_of_its_family(cases):
    for case in cases:
        for e in case.expect:
            for a in case.avoid:
                if a.applies_to(e.family):
                    assert not H.overlaps(e.start, e.end, a.start, a.end), (case.file, e.text, a.text)


def test_held_out_prompts_share_no_lines_with_the_main_set(cases):
    # held out means written apart: a long line found in both sets means one was copied from the other
    main_cases = H.CASES_DIR
    if not main_cases.is_dir():
        pytest.skip("no main evaluation set to compare with")
    main_lines: set[str] = set()
    for path in main_cases.iterdir():
        if path.is_file() and path.suffix in H.CASE_SUFFIXES:
            main_lines.update(l.strip() for l in H.read_case_text(path).splitlines() if len(l.strip()) >= 40)
    shared = [(c.file, l.strip()[:50]) for c in cases for l in c.text.splitlines() if l.strip() in main_lines]
    assert not shared, shared


# ---------------------------------------------------------------- scoring with stand-in linters


def _finding(family, start, end, code="LIT999"):
    return SimpleNamespace(category=SimpleNamespace(value=family), start=start, end=end, code=code, message="")


def test_an_oracle_scores_perfectly(cases):
    by_path = {str(c.path): c for c in cases}

    def oracle(_text, path):
        return [_finding(l.family, l.start, l.end) for l in by_path[path].expect]

    summary = R.summarize(R.evaluate_holdout(cases, oracle))
    for family, s in summary["families"].items():
        assert (s["recall"], s["precision"], s["leave_alone"]) == (1.0, 1.0, 1.0), family
    assert summary["leave_alone"] == 1.0
    assert R.below_floor(summary) == []


def test_flagging_every_look_alike_breaks_the_floors(cases):
    # a linter that hits every avoid entry with every family: the floors must notice
    def trample(_text, path):
        case = next(c for c in cases if str(c.path) == path)
        return [_finding(f, a.start, a.end) for a in case.avoid for f in H.FAMILIES]

    summary = R.summarize(R.evaluate_holdout(cases, trample))
    assert summary["leave_alone"] == 0.0
    under = R.below_floor(summary)
    for family in H.FAMILIES:
        assert any(line.startswith(f"{family} leave_alone") for line in under), family
        assert any(line.startswith(f"{family} recall") for line in under), family


def _label_texts(cases):
    # phrases of 4+ characters: shorter ones ("NOW", "VP") could occur by chance in a table
    return {l.text for c in cases for l in (*c.expect, *c.avoid) if len(l.text) >= 4}


def _assert_names_nothing(output: str, cases) -> None:
    for case in cases:
        assert case.file not in output and case.file.rsplit(".", 1)[0] not in output, case.file
    leaked = [t for t in _label_texts(cases) if t in output]
    assert not leaked, f"the report names {len(leaked)} labeled phrase(s)"


def test_report_gives_numbers_but_never_names_a_miss(cases):
    # worst case for leaking: every expected phrase missed and every look-alike trampled
    def worst(_text, path):
        case = next(c for c in cases if str(c.path) == path)
        return [_finding(f, a.start, a.end, "LIT1") for a in case.avoid for f in H.FAMILIES]

    summary = R.summarize(R.evaluate_holdout(cases, worst))
    table = R.format_summary(summary)
    for family in H.FAMILIES:
        assert re.search(rf"^{family}\s+\d+\.\d%\s+\d+/\d+\s+\d+\.\d%", table, re.M), table
    assert "NOT met" in table
    _assert_names_nothing(table, cases)
    _assert_names_nothing(json.dumps(summary), cases)


# ---------------------------------------------------------------- the real rules


@pytest.fixture(scope="module")
def summary(cases):
    return R.summarize(R.evaluate_holdout(cases))  # the real core: literalist.engine.lint


@pytest.mark.parametrize("family", H.FAMILIES)
@pytest.mark.parametrize("metric", R.METRICS)
def test_rules_clear_the_loose_floors(summary, family, metric):
    value = summary["families"][family][metric]
    floor = R.FLOORS[metric]
    assert value is not None, f"nothing to measure {family} {metric} on"
    # numbers only, on purpose: run the main set (harness.py) to see and fix misses
    assert value >= floor, f"held-out {family} {metric} {value:.3f} < floor {floor}"


def test_report_command_prints_the_numbers(cases):
    done = subprocess.run([sys.executable, str(Path(__file__))], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for family in H.FAMILIES:
        assert re.search(rf"^{family}\s+\d+\.\d%", done.stdout, re.M), done.stdout
    assert "held-out eval: 40 cases" in done.stdout
    _assert_names_nothing(done.stdout, cases)
    done = subprocess.run([sys.executable, str(HERE / "holdout_report.py"), "--validate"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("held-out labels OK: 40 cases"), done.stderr


if __name__ == "__main__":
    sys.exit(R.main(sys.argv[1:]))
