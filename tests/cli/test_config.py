"""Config files: found by walking up, applied per file, and every kind of mistake reported with
file, line and key while the rest is linted with defaults (exit 2)."""

from __future__ import annotations

import os
import re

import pytest

from cli_samples import INFERENCE, QUALITY, TONE

ALL = TONE + INFERENCE + QUALITY


def cats(run_cli, cwd, *args, input=None):
    r = run_cli("check", "--output-format", "json", *args, cwd=cwd, input=input)
    return {i["category"] for i in r.json()}, r


# --- discovery ---------------------------------------------------------------------------


def test_config_in_a_parent_folder_applies(run_cli, project, writer):
    bodies = {
        "literalist.toml": 'ignore = ["LIT1"]\n',
        ".literalist.toml": 'ignore = ["LIT1"]\n',
        "pyproject.toml": '[project]\nname = "x"\n\n[tool.literalist]\nignore = ["LIT1"]\n',
    }
    for n, (name, body) in enumerate(bodies.items()):
        writer(project / f"p{n}" / name, body)
        writer(project / f"p{n}" / "deep" / "er" / "p.md", ALL)
    writer(project / "none" / "p.md", ALL)
    r = run_cli("check", "--output-format", "json", ".", cwd=project)
    assert r.returncode == 1
    found = {}
    for i in r.json():
        found.setdefault(i["filename"].split("/")[0], set()).add(i["category"])
    for n, name in enumerate(bodies):
        assert "tone" not in found[f"p{n}"] and "inference" in found[f"p{n}"], name
    assert "tone" in found["none"]


def test_pyproject_without_a_literalist_table_is_passed_over(run_cli, project, writer):
    writer(project / "literalist.toml", 'ignore = ["LIT2"]\n')
    writer(project / "pkg" / "pyproject.toml", '[project]\nname = "pkg"\n[tool.ruff]\nline-length = 100\n')
    writer(project / "pkg" / "p.md", ALL)
    found, _ = cats(run_cli, project, "pkg")
    assert "inference" not in found and "tone" in found


def test_nearest_config_wins_and_each_file_gets_its_own(run_cli, project, writer):
    writer(project / "literalist.toml", 'ignore = ["LIT1"]\n')
    writer(project / "team" / "literalist.toml", 'ignore = ["LIT2"]\n')
    writer(project / "a.md", ALL)
    writer(project / "team" / "b.md", ALL)
    items = run_cli("check", "--output-format", "json", ".", cwd=project).json()
    by_file = {}
    for i in items:
        by_file.setdefault(i["filename"], set()).add(i["category"])
    assert "tone" not in by_file["a.md"] and "inference" in by_file["a.md"]
    assert "inference" not in by_file["team/b.md"] and "tone" in by_file["team/b.md"]


def test_literalist_toml_wins_over_pyproject_in_the_same_folder(run_cli, project, writer):
    writer(project / "pyproject.toml", '[tool.literalist]\nignore = ["LIT2"]\n')
    writer(project / "literalist.toml", 'ignore = ["LIT1"]\n')
    writer(project / "p.md", ALL)
    found, _ = cats(run_cli, project, "p.md")
    assert "tone" not in found and "inference" in found


def test_explicit_config_replaces_discovery(run_cli, project, writer):
    writer(project / "literalist.toml", 'ignore = ["LIT1"]\n')
    writer(project / "other.toml", 'ignore = ["LIT2"]\n')
    writer(project / "p.md", ALL)
    found, _ = cats(run_cli, project, "--config", "other.toml", "p.md")
    assert "tone" in found and "inference" not in found


def test_missing_explicit_config_is_a_config_error(run_cli, project, writer):
    writer(project / "p.md", ALL)
    r = run_cli("check", "--config", "nope.toml", "p.md", cwd=project)
    assert r.returncode == 2
    assert "nope.toml" in r.stderr


# --- what the settings do ----------------------------------------------------------------


def test_select_and_cli_overrides(run_cli, project, writer):
    writer(project / "literalist.toml", 'select = ["LIT2"]\n')
    writer(project / "p.md", ALL)
    assert cats(run_cli, project, "p.md")[0] == {"inference"}
    # --select replaces the config's selection
    assert cats(run_cli, project, "--select", "LIT1,LIT3", "p.md")[0] == {"tone", "quality"}
    # --ignore adds to what the config ignores
    writer(project / "literalist.toml", 'ignore = ["LIT1"]\n')
    found = cats(run_cli, project, "--ignore", "LIT3", "p.md")[0]
    assert "tone" not in found and "quality" not in found and "inference" in found


def test_severity_override_by_code_and_prefix(run_cli, project, writer):
    writer(project / "p.md", ALL)
    items = run_cli("check", "--output-format", "json", "p.md", cwd=project).json()
    tone_codes = sorted({i["code"] for i in items if i["category"] == "tone"})
    first = tone_codes[0]
    writer(project / "literalist.toml", f'[severity]\nLIT1 = "hint"\n{first} = "error"\n')
    items = run_cli("check", "--output-format", "json", "p.md", cwd=project).json()
    for i in items:
        if i["code"] == first:
            assert i["severity"] == "error"
        elif i["category"] == "tone":
            assert i["severity"] == "hint"


def test_team_phrases_are_flagged_as_words(run_cli, project, writer):
    text = "We are in a code red. Summarize the incident log in three bullet points.\n"
    writer(project / "p.md", text)
    assert "tone" not in cats(run_cli, project, "p.md")[0]
    writer(project / "literalist.toml", '[phrases]\ntone = ["code red"]\n')
    items = run_cli("check", "--output-format", "json", "p.md", cwd=project).json()
    hits = [i for i in items if i["category"] == "tone"]
    assert hits and "code red" in hits[0]["message"].lower()


def test_team_phrases_are_literal_not_regexes(run_cli, project, writer):
    # a phrase full of regex syntax (and a catastrophic-backtracking shape) is just text
    writer(project / "literalist.toml", '[phrases]\ntone = ["(a+)+$", "no.way"]\n')
    writer(project / "p.md", "a" * 5000 + "!\nThere is noXway to tell.\n")
    r = run_cli("check", "--output-format", "json", "p.md", cwd=project)
    assert r.returncode in (0, 1), r.stderr
    assert not [i for i in r.json() if i["category"] == "tone" and "noxway" in i["message"].lower()]


def test_data_tags_extend_the_defaults(run_cli, project, writer):
    # <brief> reads as instructions by default (its name says so); a team can declare it data
    text = "Summarize the brief below in two sentences.\n\n<brief>\nI'm so stressed, fix it NOW!!!\n</brief>\n"
    writer(project / "p.md", text)
    assert "tone" in cats(run_cli, project, "p.md")[0]
    writer(project / "literalist.toml", 'data-tags = ["brief"]\n')
    assert "tone" not in cats(run_cli, project, "p.md")[0]


def test_max_sentence_words(run_cli, project, writer):
    sentence = " ".join(["Summarize"] + ["each"] * 25 + ["line."]) + "\n"
    writer(project / "p.md", sentence)
    assert "readability" not in cats(run_cli, project, "p.md")[0]
    writer(project / "literalist.toml", "max-sentence-words = 10\n")
    assert "readability" in cats(run_cli, project, "p.md")[0]


def test_exclude_patterns_are_relative_to_the_config(run_cli, project, writer):
    writer(project / "literalist.toml", 'exclude = ["drafts/", "*.tmp.md", "/top.md"]\n')
    for name in ("drafts/a.md", "x.tmp.md", "top.md", "sub/top.md", "keep.md", "sub/drafts/b.md"):
        writer(project / name, TONE)
    r = run_cli("check", "--output-format", "json", ".", cwd=project)
    assert sorted({i["filename"] for i in r.json()}) == ["keep.md", "sub/top.md"]
    # a file named on the command line is linted even if excluded
    r = run_cli("check", "--output-format", "json", "x.tmp.md", cwd=project)
    assert {i["filename"] for i in r.json()} == {"x.tmp.md"}


# --- broken configs ----------------------------------------------------------------------

BROKEN = [
    # (file body, expected line, expected key or None, words in the message)
    ('select = ["LIT1"\nignore = []\n', None, None, "invalid TOML"),
    ('ignore = []\nmax-sentence-words = "ten"\n', 2, "max-sentence-words", "whole number"),
    ('select = ["LIT"]\nbogus = true\n', 2, "bogus", "unknown key"),
    ('allow_caps = ["ACME"]\n', 1, "allow_caps", "did you mean 'allow-caps'"),
    ('select = ["LIT1", "LIT999"]\n', 1, "select", "LIT999"),
    ('ignore = "LIT1"\n', 1, "ignore", "list of strings"),
    ('\n[severity]\nLIT999 = "error"\n', 3, "severity.LIT999", "unknown rule code"),
    ('[severity]\nLIT1 = "loud"\n', 2, "severity.LIT1", "severity must be"),
    ('[phrases]\ntone = ["x"]\nmood = ["y"]\n', 3, "phrases.mood", "unknown phrase family"),
    ('phrases = { tone = "code red" }\n', 1, "phrases.tone", "list of strings"),
    ('data-tags = ["<ok>", "not a tag!"]\n', 1, "data-tags", "not a tag name"),
    ("max-sentence-words = 2\n", 1, "max-sentence-words", "between"),
]


def test_broken_config_names_file_line_and_key(run_cli, project, writer):
    # one folder per kind of mistake, each with its own config, all checked in one run
    for n, (body, *_rest) in enumerate(BROKEN):
        writer(project / f"case{n:02}" / "literalist.toml", body)
        writer(project / f"case{n:02}" / "p.md", ALL)
    r = run_cli("check", "--output-format", "json", ".", cwd=project)
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    for n, (body, line, key, words) in enumerate(BROKEN):
        errors = [l for l in r.stderr.splitlines() if f"case{n:02}/literalist.toml" in l]
        assert errors, (body, r.stderr)
        if line is None:  # TOML syntax errors: tomllib's own line number
            assert re.search(r"literalist\.toml:\d+: ", errors[0]), (body, errors)
        else:
            assert any(f"literalist.toml:{line}: " in e for e in errors), (body, errors)
        if key:
            assert any(f"'{key}'" in e for e in errors), (body, errors)
        assert any(words in e for e in errors), (body, errors)
    # every file was still linted, with the defaults for what could not be read
    linted = {i["filename"] for i in r.json()}
    assert linted == {f"case{n:02}/p.md" for n in range(len(BROKEN))}


def test_a_broken_key_keeps_the_good_ones(run_cli, project, writer):
    writer(project / "literalist.toml", 'ignore = ["LIT1"]\nmax-sentence-words = "x"\n')
    writer(project / "p.md", ALL)
    found, r = cats(run_cli, project, "p.md")
    assert r.returncode == 2
    assert "tone" not in found and "inference" in found


def test_broken_pyproject_table_is_reported_with_its_line(run_cli, project, writer):
    writer(project / "pyproject.toml", '[project]\nname = "x"\n\n[tool.literalist]\nselect = ["LIT1"]\nnope = 3\n')
    writer(project / "p.md", ALL)
    r = run_cli("check", "p.md", cwd=project)
    assert r.returncode == 2
    assert re.search(r"pyproject\.toml:6: 'nope': unknown key", r.stderr), r.stderr


def test_each_problem_is_reported_once_for_many_files(run_cli, project, writer):
    writer(project / "literalist.toml", "bogus = 1\n")
    for n in range(3):
        writer(project / f"p{n}.md", TONE)
    r = run_cli("check", ".", cwd=project)
    assert r.stderr.count("'bogus'") == 1


# --- the loader itself (also used by the language server) ---------------------------------


def test_loader_caches_by_mtime_and_sees_edits(tmp_path):
    from literalist.config_files import load_config_for

    cfg = tmp_path / "literalist.toml"
    cfg.write_text('ignore = ["LIT1"]\n', encoding="utf-8")
    target = tmp_path / "p.md"
    config, problems = load_config_for(target)
    assert config.ignore == ["LIT1"] and problems == []
    assert config.source == str(cfg)
    config.ignore.append("LIT2")  # a caller's change must not leak into the cache
    assert load_config_for(target)[0].ignore == ["LIT1"]
    cfg.write_text('ignore = ["LIT2"]\nselect = ["LIT"]\n', encoding="utf-8")
    os.utime(cfg, ns=(cfg.stat().st_atime_ns, cfg.stat().st_mtime_ns + 10_000_000))
    assert load_config_for(target)[0].ignore == ["LIT2"]


def test_loader_defaults_when_there_is_no_config(tmp_path):
    from literalist.config import Config
    from literalist.config_files import find_config_file, load_config_for

    if find_config_file(tmp_path) is not None:
        pytest.skip("a config file above the temp folder would be found")
    config, problems = load_config_for(tmp_path / "x.md")
    assert config == Config() and problems == []


def test_problem_text_is_one_clear_line(tmp_path):
    from literalist.config_files import load_config_for

    (tmp_path / "literalist.toml").write_text('[severity]\n"LIT101" = 3\n', encoding="utf-8")
    _, problems = load_config_for(tmp_path)
    assert len(problems) == 1
    p = problems[0]
    assert (p.line, p.key) == (2, "severity.LIT101")
    assert str(p) == f"{tmp_path / 'literalist.toml'}:2: 'severity.LIT101': {p.message}"
    assert "\n" not in str(p)
