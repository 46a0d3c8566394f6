"""GitHub Actions output: one workflow command per finding, positions agreeing with the JSON."""

from __future__ import annotations

import re

from cli_samples import INFERENCE, QUALITY, TONE

COMMAND = re.compile(
    r"^::(?P<level>error|warning|notice) file=(?P<file>[^,]+),line=(?P<line>\d+),col=(?P<col>\d+),"
    r"endLine=(?P<endLine>\d+),endColumn=(?P<endColumn>\d+),title=(?P<title>LIT\d{3})::(?P<message>.*)$"
)


def test_one_annotation_per_finding(run_cli, project, writer):
    writer(project / "prompts" / "a b.prompt.md", TONE + INFERENCE + QUALITY)
    r = run_cli("check", "--output-format", "github", "prompts", cwd=project)
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    items = run_cli("check", "--output-format", "json", "prompts", cwd=project).json()
    assert len(lines) == len(items) > 0
    for line, item in zip(lines, items):
        m = COMMAND.match(line)
        assert m, line
        assert m["file"] == "prompts/a b.prompt.md"
        assert m["title"] == item["code"]
        assert (int(m["line"]), int(m["col"])) == (item["location"]["row"], item["location"]["column"])
        assert (int(m["endLine"]), int(m["endColumn"])) == (item["end_location"]["row"], item["end_location"]["column"])
        level = {"error": "error", "warning": "warning", "info": "notice", "hint": "notice"}[item["severity"]]
        assert m["level"] == level
        # the message survives the escaping (none of the samples holds %, CR or LF)
        assert m["message"] == item["message"]


def test_properties_and_messages_are_escaped():
    from literalist.cli.output.github import _escape_data, _escape_property

    assert _escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert _escape_property("a,b:c.md") == "a%2Cb%3Ac.md"


def test_commas_in_file_names_are_escaped(run_cli, project, writer):
    writer(project / "x,y.md", TONE)
    r = run_cli("check", "--output-format", "github", "x,y.md", cwd=project)
    first = r.stdout.splitlines()[0]
    assert first.split(" ", 1)[1].startswith("file=x%2Cy.md,line=")
