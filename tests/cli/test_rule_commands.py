"""``literalist rule CODE`` explains a rule; ``literalist rules`` lists them all."""

from __future__ import annotations

from literalist.rules import ALL_RULES

SECTIONS = ("## What it flags", "## How the model reads it", "## What to write instead", "## Example", "## Fix")


def test_rule_prints_every_section_from_the_metadata(run_cli, project):
    code, rule = next(iter(ALL_RULES.items()))
    r = run_cli("rule", code, cwd=project)
    assert r.returncode == 0
    out = r.stdout
    assert out.startswith(f"# {code} `{rule.name}`")
    for heading in SECTIONS:
        assert heading in out
    assert rule.model_view.strip() in out
    assert rule.instead.strip() in out
    assert rule.example_before.rstrip("\n") in out and rule.example_after.rstrip("\n") in out
    assert f"| {rule.category.value} | {rule.severity.value} |" in out


def test_every_rule_prints_its_docs_page(capsys):
    # in-process for speed; the process round trip is covered above
    from literalist.cli.main import main
    from literalist.docs_gen import render_rule_page

    for code, rule in ALL_RULES.items():
        assert main(["rule", code.lower()]) == 0
        assert capsys.readouterr().out == render_rule_page(rule)


def test_rule_by_name_and_as_json(run_cli, project):
    rule = next(iter(ALL_RULES.values()))
    r = run_cli("rule", rule.name, "--output-format", "json", cwd=project)
    data = r.json()
    assert data["code"] == rule.code and data["model_view"] == rule.model_view
    assert data["severity"] == rule.severity.value


def test_unknown_rule_is_a_usage_error_with_a_hint(run_cli, project):
    first = next(iter(ALL_RULES))
    typo = first[:-1] + ("9" if first[-1] != "9" else "8")
    r = run_cli("rule", "LIT9999", cwd=project)
    assert r.returncode == 2
    assert "no rule 'LIT9999'" in r.stderr
    r = run_cli("rule", typo, cwd=project)
    if typo not in ALL_RULES:
        assert r.returncode == 2 and "did you mean" in r.stderr


def test_rules_lists_every_rule(run_cli, project):
    r = run_cli("rules", cwd=project)
    assert r.returncode == 0
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["CODE", "NAME", "CATEGORY", "SEVERITY", "FIX"]
    rows = [line.split() for line in lines[1:]]
    assert [row[0] for row in rows] == list(ALL_RULES)
    for row in rows:
        rule = ALL_RULES[row[0]]
        assert row[1:4] == [rule.name, rule.category.value, rule.severity.value]
        assert (len(row) == 5) == (rule.fix_title is not None)


def test_rules_as_json(run_cli, project):
    data = run_cli("rules", "--output-format", "json", cwd=project).json()
    assert [d["code"] for d in data] == list(ALL_RULES)
    assert all(set(d) == {"code", "name", "category", "severity", "fix", "summary", "url"} for d in data)
