"""SARIF output validates against the official SARIF 2.1.0 schema and agrees with the JSON output."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from cli_samples import INFERENCE, QUALITY, TONE

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def validate(log):
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:10])


def test_the_vendored_schema_is_the_oasis_one():
    assert SCHEMA["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    jsonschema.Draft4Validator.check_schema(SCHEMA)
    # the validator does reject a broken log, so a pass below means something
    with pytest.raises(AssertionError):
        validate({"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]})


def test_sarif_is_valid_and_matches_json(run_cli, project, writer):
    writer(project / "docs" / "p.md", "Intro.\r\n" + TONE + INFERENCE + QUALITY)
    r = run_cli("check", "--output-format", "sarif", "docs", cwd=project)
    assert r.returncode == 1
    log = r.json()
    validate(log)
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "literalist"

    from literalist.rules import ALL_RULES

    assert [rule["id"] for rule in driver["rules"]] == list(ALL_RULES)
    for descriptor in driver["rules"]:
        rule = ALL_RULES[descriptor["id"]]
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert rule.model_view in descriptor["fullDescription"]["text"]
        assert descriptor["helpUri"] == rule.url
        assert descriptor["properties"]["category"] == rule.category.value

    items = run_cli("check", "--output-format", "json", "docs", cwd=project).json()
    results = run["results"]
    assert len(results) == len(items)
    for result, item in zip(results, items):
        assert result["ruleId"] == item["code"]
        assert driver["rules"][result["ruleIndex"]]["id"] == item["code"]
        assert result["message"]["text"] == item["message"]
        loc = result["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"] == {"uri": "docs/p.md", "uriBaseId": "%SRCROOT%"}
        region = loc["region"]
        assert (region["startLine"], region["startColumn"]) == (item["location"]["row"], item["location"]["column"])
        assert (region["endLine"], region["endColumn"]) == (item["end_location"]["row"], item["end_location"]["column"])
        expected_level = {"error": "error", "warning": "warning", "info": "note", "hint": "note"}[item["severity"]]
        assert result["level"] == expected_level
        assert ("fixes" in result) == bool(item["fix"] and item["fix"].get("applicability", "safe") == "safe")
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == project.resolve().as_uri() + "/"
    assert run["invocations"][0]["executionSuccessful"] is True


def test_clean_run_is_valid_with_no_results(run_cli, project, writer):
    from cli_samples import CLEAN

    writer(project / "c.md", CLEAN)
    r = run_cli("check", "--output-format", "sarif", "c.md", cwd=project)
    assert r.returncode == 0
    log = r.json()
    validate(log)
    assert log["runs"][0]["results"] == []


def test_problems_become_tool_notifications(run_cli, project, writer):
    writer(project / "literalist.toml", "bogus-key = 1\n")
    writer(project / "a.md", TONE)
    r = run_cli("check", "--output-format", "sarif", "a.md", "missing.md", cwd=project)
    assert r.returncode == 2
    log = r.json()
    validate(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    texts = [n["message"]["text"] for n in invocation["toolExecutionNotifications"]]
    assert any("bogus-key" in t for t in texts)
    assert any("missing.md" in t for t in texts)
    assert log["runs"][0]["results"]


def test_paths_with_spaces_and_unicode_are_valid_uris(run_cli, project, writer):
    writer(project / "my prompts" / "r\u00e9sum\u00e9 #1.md", TONE)
    r = run_cli("check", "--output-format", "sarif", ".", cwd=project)
    log = r.json()
    validate(log)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "my%20prompts/r%C3%A9sum%C3%A9%20%231.md"
