"""The evaluation sets written blind to the rules: their labels are sound, each stays apart from
the other sets, the scoring is wired to them, and the report gives numbers without naming a miss.

Nothing here fails on a metric. The sets exist to report how well the rules generalize to
prompts written by someone who read neither the rules nor the other sets; a threshold would make
them a target, and a target gets tuned for. The real-core test computes the numbers and checks
only that they are well formed.

``python tests/eval/blind_report.py`` prints the per-family numbers.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest

HERE = Path(__file__).resolve().parent
REPORT = HERE / "blind_report.py"


def _load_report_module():
    # by path under a unique name, like test_eval.py loads the harness: tests/eval is not a package
    name = "literalist_blind_report"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, REPORT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


R = _load_report_module()
H = R.H


@dataclass(frozen=True)
class Shape:
    """What a set must keep covering (its shape, not its scores)."""

    cases: int
    min_clean: int
    min_problem: int
    min_avoid: int
    min_expect_per_family: int
    min_avoid_per_family: int
    min_dotprompt: int
    others: tuple[str, ...]  # case folders it must share no long line with: held out means written apart
    agent_files: bool = False  # has AGENTS.md / CLAUDE.md / SKILL.md shapes
    dotprompt_front_matter: bool = False  # its .prompt files are Dotprompt (front matter, Handlebars)
    instruction_files: bool = True  # has *.instructions.md and *.agent.md cases
    lines: tuple[int, int] = (6, 50)


SHAPES = {
    "holdout2": Shape(40, 12, 22, 40, 15, 10, 10, ("cases", "holdout/cases"), agent_files=True, dotprompt_front_matter=True),
    "holdout3": Shape(40, 14, 22, 60, 15, 10, 12, ("cases", "holdout/cases", "holdout2/cases")),
    # written in the eighth session by a new writer; its agent files are named for their kind
    # (013-...-AGENTS.md, 016-...-SKILL.md), not after the VS Code suffixes
    "holdout4": Shape(30, 12, 18, 100, 12, 10, 15, ("cases", "holdout/cases", "holdout2/cases", "holdout3/cases"),
                      instruction_files=False),
    "holdout5": Shape(30, 12, 18, 120, 15, 8, 10,
                      ("cases", "holdout/cases", "holdout2/cases", "holdout3/cases", "holdout4/cases"),
                      instruction_files=False),
}
assert set(SHAPES) == set(R.SETS)

pytestmark = pytest.mark.parametrize("name", sorted(SHAPES))


@pytest.fixture(scope="module")
def loaded():
    return {name: (R.load_raw(name), R.load_cases(name)) for name in SHAPES}


@pytest.fixture
def raw_labels(loaded, name):
    return loaded[name][0]


@pytest.fixture
def cases(loaded, name):
    return loaded[name][1]


# ---------------------------------------------------------------- the labels


def test_labels_match_the_case_files(raw_labels, name):
    problems = H.validate_labels(raw_labels, R.cases_dir(name))
    assert not problems, "\n".join(problems)


def test_every_label_states_an_occurrence_that_exists(raw_labels, name):
    # the harness defaults a missing occurrence to 1; here every label says which one it means
    for case in raw_labels["cases"]:
        text = H.read_case_text(R.cases_dir(name) / case["file"])
        for kind in ("expect", "avoid"):
            for entry in case[kind]:
                assert "occurrence" in entry, (case["file"], kind, entry["text"])
                found = len(H.phrase_spans(text, entry["text"]))
                assert 1 <= entry["occurrence"] <= found, (case["file"], kind, entry["text"], found)


def test_labels_sit_where_their_text_is(cases):
    # the loaded spans really hold the labeled words, at the stated line
    for case in cases:
        for label in (*case.expect, *case.avoid):
            assert case.text[label.start:label.end] == label.text, (case.file, label.text)
            assert H.line_of(case.text, label.start) == label.line


def test_a_wrong_label_is_reported(tmp_path, raw_labels, name):
    # the validation these tests lean on does catch a label that does not match its file
    cases_dir = tmp_path / "cases"
    shutil.copytree(R.cases_dir(name), cases_dir)
    broken = json.loads(json.dumps(raw_labels))
    target = next(c for c in broken["cases"] if c["expect"])
    target["expect"][0]["occurrence"] = 99
    problems = H.validate_labels(broken, cases_dir)
    assert any(p.startswith(target["file"]) and "occurrence 99" in p for p in problems), problems


def test_set_is_large_and_varied_enough(cases, name):
    shape = SHAPES[name]
    assert len(cases) == shape.cases
    clean = sum(c.clean for c in cases)
    assert clean >= shape.min_clean
    assert len(cases) - clean >= shape.min_problem
    assert sum(len(c.avoid) for c in cases) >= shape.min_avoid
    for family in H.FAMILIES:
        n = sum(1 for c in cases for l in c.expect if l.family == family)
        assert n >= shape.min_expect_per_family, f"only {n} expected {family} phrases"
        n = sum(1 for c in cases for a in c.avoid if a.applies_to(family))
        assert n >= shape.min_avoid_per_family, f"only {n} avoid entries apply to {family}"
    # look-alikes in clean prompts too: a clean prompt without one tests nothing
    assert all(c.avoid for c in cases if c.clean)
    assert all(a.note.strip() for c in cases for a in c.avoid)


def test_set_covers_the_prompt_shapes(cases, name):
    shape = SHAPES[name]
    assert sum(c.file.endswith(".prompt") for c in cases) >= shape.min_dotprompt
    if shape.instruction_files:
        assert any(c.file.endswith(".instructions.md") for c in cases)
        assert any(c.file.endswith(".agent.md") for c in cases)
    if shape.agent_files:
        # AGENTS.md / CLAUDE.md / SKILL.md shapes live under numbered names; recognise them by content
        assert any(c.text.startswith("# AGENTS.md") for c in cases)
        assert any(c.text.startswith("# CLAUDE.md") for c in cases)
        assert any(re.match(r"---\nname: [a-z-]+\ndescription: ", c.text) for c in cases)


def test_case_files_are_named_and_shaped(cases, name):
    shape = SHAPES[name]
    for case in cases:
        assert re.fullmatch(r"\d{3}-[a-z0-9.-]+(?:-AGENTS|-SKILL)?\.(md|prompt)", case.file), case.file
        lines = case.text.splitlines()
        assert shape.lines[0] <= len(lines) <= shape.lines[1], f"{case.file}: {len(lines)} lines"
        if shape.dotprompt_front_matter and case.file.endswith(".prompt"):
            assert lines[0] == "---" and "---" in lines[1:], f"{case.file}: no front matter"
            assert "{{" in case.text, f"{case.file}: a Dotprompt file with no Handlebars"


def test_no_expected_phrase_sits_on_an_avoid_entry_of_its_family(cases):
    for case in cases:
        for e in case.expect:
            for a in case.avoid:
                if a.applies_to(e.family):
                    assert not H.overlaps(e.start, e.end, a.start, a.end), (case.file, e.text, a.text)


def test_shares_no_lines_with_the_other_sets(cases, name):
    # a long line found in two sets means one was copied from the other
    for other in SHAPES[name].others:
        _assert_shares_no_lines(cases, HERE / other, other)


def _assert_shares_no_lines(cases, other_dir: Path, other: str) -> None:
    their_lines: set[str] = set()
    for path in other_dir.iterdir():
        if path.is_file() and path.suffix in H.CASE_SUFFIXES:
            their_lines.update(l.strip() for l in H.read_case_text(path).splitlines() if len(l.strip()) >= 40)
    # the standard RFC 2119 declaration is boilerplate two writers may each use word for word
    shared = sum(1 for c in cases for l in c.text.splitlines() if l.strip() in their_lines and "RFC 2119" not in l)
    assert shared == 0, f"{shared} line(s) shared with {other}"


# ---------------------------------------------------------------- scoring with stand-in linters


def _finding(family, start, end, code="LIT999"):
    return SimpleNamespace(category=SimpleNamespace(value=family), start=start, end=end, code=code, message="")


def _case_for(cases, path):
    return next(c for c in cases if str(c.path) == path)


def test_an_oracle_scores_perfectly(cases):
    def oracle(_text, path):
        return [_finding(l.family, l.start, l.end) for l in _case_for(cases, path).expect]

    summary = R.summarize(R.evaluate(cases, oracle))
    for family, s in summary["families"].items():
        assert (s["recall"], s["precision"], s["leave_alone"]) == (1.0, 1.0, 1.0), family
    assert summary["leave_alone"] == 1.0
    assert (summary["cases"], summary["clean_cases"]) == (len(cases), sum(c.clean for c in cases))


def test_flagging_every_look_alike_scores_zero(cases):
    def trample(_text, path):
        return [_finding(f, a.start, a.end) for a in _case_for(cases, path).avoid for f in H.FAMILIES]

    summary = R.summarize(R.evaluate(cases, trample))
    assert summary["leave_alone"] == 0.0
    for family, s in summary["families"].items():
        assert s["leave_alone"] == 0.0, family
        # an avoid entry may sit inside an expected phrase of ANOTHER family (an acronym inside an
        # undescribed reference), so trampling can find a few expected phrases, never most of them
        assert s["precision"] < 0.1 and s["recall"] < 0.1, family


def _report_vocabulary() -> str:
    # the words every report prints whatever the results: a label that happens to be one of them
    # ("clean") is not a leak
    return R.format_summary(R.summarize(R.evaluate([], lambda _t, _p: [])), "")


def _assert_names_nothing(output: str, cases) -> None:
    for case in cases:
        assert case.file not in output and case.file.rsplit(".", 1)[0] not in output, "a case file is named"
    fixed = _report_vocabulary()
    leaked = [l.text for c in cases for l in (*c.expect, *c.avoid)
              if len(l.text) >= 3 and l.text in output and l.text not in fixed]
    assert not leaked, f"the report names {len(leaked)} labeled phrase(s)"


def test_report_gives_numbers_but_never_names_a_miss(cases, name):
    # worst case for leaking: every expected phrase missed and every look-alike trampled
    def worst(_text, path):
        return [_finding(f, a.start, a.end, "LIT1") for a in _case_for(cases, path).avoid for f in H.FAMILIES]

    summary = R.summarize(R.evaluate(cases, worst))
    table = R.format_summary(summary, R.SETS[name])
    for family in H.FAMILIES:
        assert re.search(rf"^{family}\s+\d+\.\d%\s+\d+/\d+\s+\d+\.\d%", table, re.M), table
    assert "floor" not in table.lower().replace("no floors", "")  # reporting only: nothing is graded
    _assert_names_nothing(table, cases)
    _assert_names_nothing(json.dumps(summary), cases)


# ---------------------------------------------------------------- the real rules (measured, not graded)


def test_real_rules_yield_well_formed_numbers(cases):
    summary = R.summarize(R.evaluate(cases))  # the real core: literalist.engine.lint
    assert set(summary["families"]) == set(H.FAMILIES)
    for family, s in summary["families"].items():
        labeled = sum(1 for c in cases for l in c.expect if l.family == family)
        assert s["expected"] == labeled and 0 <= s["found"] <= labeled, family
        assert 0 <= s["true_findings"] <= s["findings"], family
        assert 0 <= s["avoid_kept"] <= s["avoid"], family
        for metric in R.METRICS:
            value = s[metric]
            assert value is None or 0.0 <= value <= 1.0, (family, metric)
        assert s["recall"] is not None and s["leave_alone"] is not None, family
    assert summary["avoid"] == sum(len(c.avoid) for c in cases)


def test_report_command_prints_the_numbers(cases, name):
    expected = SHAPES[name].cases
    done = subprocess.run([sys.executable, str(REPORT), "--set", name],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for family in H.FAMILIES:
        assert re.search(rf"^{family}\s+\d+\.\d%", done.stdout, re.M), done.stdout
    assert f"{R.SETS[name]} eval: {expected} cases" in done.stdout
    _assert_names_nothing(done.stdout, cases)

    done = subprocess.run([sys.executable, str(REPORT), "--set", name, "--json"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    as_json = json.loads(done.stdout)[name]
    assert set(as_json["families"]) == set(H.FAMILIES) and as_json["cases"] == expected
    _assert_names_nothing(done.stdout, cases)

    done = subprocess.run([sys.executable, str(REPORT), "--set", name, "--validate"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{R.SETS[name]} labels OK: {expected} cases"), done.stdout


if __name__ == "__main__":
    sys.exit(R.main(sys.argv[1:]))
