"""JSON output: a list shaped like ruff's, positions 1-based in code points."""

from __future__ import annotations

from cli_samples import INFERENCE, QUALITY, TONE, line_col_to_offset

KEYS = {"code", "name", "category", "severity", "message", "filename", "location", "end_location", "url", "fix"}


def check_item_shape(item):
    assert set(item) == KEYS, item
    assert item["code"].startswith("LIT") and item["code"][3:].isdigit()
    assert item["name"] and item["name"] == item["name"].lower() and " " not in item["name"]
    assert item["category"] in {"tone", "inference", "quality", "structure", "readability"}
    assert item["severity"] in {"error", "warning", "info", "hint"}
    assert isinstance(item["message"], str) and item["message"]
    for key in ("location", "end_location"):
        assert set(item[key]) == {"row", "column"}
        assert item[key]["row"] >= 1 and item[key]["column"] >= 1
    assert item["url"].endswith(item["code"])
    fix = item["fix"]
    if fix is not None:
        assert {"message", "edits"} <= set(fix)
        assert fix["edits"]
        for edit in fix["edits"]:
            assert set(edit) == {"content", "location", "end_location"}


def test_items_have_ruffs_shape(run_cli, project, writer):
    writer(project / "p.md", TONE + INFERENCE + QUALITY)
    r = run_cli("check", "--output-format", "json", "p.md", cwd=project)
    assert r.returncode == 1
    items = r.json()
    assert isinstance(items, list) and items
    for item in items:
        check_item_shape(item)
        assert item["filename"] == "p.md"
    assert {"tone", "inference", "quality"} <= {i["category"] for i in items}
    assert any(i["fix"] for i in items if i["category"] == "tone")


def test_locations_are_code_points_across_line_endings(run_cli, project, writer):
    # astral characters, a CRLF line and a lone CR line before the finding
    text = "# T\u00e9l\u00e9 \U0001F600\r\nSome context here.\rOK \U0001F600\U0001F600 fix it NOW.\n"
    writer(project / "p.md", text)
    r = run_cli("check", "--output-format", "json", "--select", "LIT1", "p.md", cwd=project)
    items = [i for i in r.json() if "NOW" in i["message"]]
    assert items, r.stdout
    item = items[0]
    assert item["location"] == {"row": 3, "column": len("OK \U0001F600\U0001F600 fix it ") + 1}
    start = line_col_to_offset(text, **item["location"])
    end = line_col_to_offset(text, **item["end_location"])
    assert text[start:end] == "NOW"


def test_every_span_is_inside_the_text_and_its_fix_edits_too(run_cli, project, writer):
    text = "Hello team.\r\n\r\n" + TONE.replace("\n", "\r\n") + INFERENCE + QUALITY
    writer(project / "p.md", text)
    items = run_cli("check", "--output-format", "json", "p.md", cwd=project).json()
    assert items
    for item in items:
        start = line_col_to_offset(text, **item["location"])
        end = line_col_to_offset(text, **item["end_location"])
        assert 0 <= start <= end <= len(text)
        if item["fix"]:
            for edit in item["fix"]["edits"]:
                s = line_col_to_offset(text, **edit["location"])
                e = line_col_to_offset(text, **edit["end_location"])
                assert 0 <= s <= e <= len(text)


def test_clean_input_is_an_empty_list(run_cli, project, writer):
    from cli_samples import CLEAN

    writer(project / "c.md", CLEAN)
    r = run_cli("check", "--output-format", "json", "c.md", cwd=project)
    assert r.returncode == 0
    assert r.json() == []


def test_statistics_in_json(run_cli, project, writer):
    writer(project / "a.md", TONE)
    writer(project / "b.md", INFERENCE)
    r = run_cli("check", "--output-format", "json", "--statistics", ".", cwd=project)
    data = r.json()
    assert set(data) == {"findings", "files", "codes"}
    assert [f["filename"] for f in data["files"]] == ["a.md", "b.md"]
    for f in data["files"]:
        assert f["stats"]["words"] > 0
        assert f["stats"]["sentences"] >= 1
    counts = {c["code"]: c["count"] for c in data["codes"]}
    expected = {}
    for item in data["findings"]:
        expected[item["code"]] = expected.get(item["code"], 0) + 1
    assert counts == expected
    assert [c["count"] for c in data["codes"]] == sorted(counts.values(), reverse=True)
