"""Broken and hostile configuration, through the real CLI: a clear message naming the file,
line and key, defaults for the rest, linting goes on (exit 2 says the config was wrong).

User phrases are literal words, never regexes: ``(a+)+$`` in a phrase list matches the
text "(a+)+$" and nothing else, and cannot make the matcher backtrack.
"""

from __future__ import annotations

import json
import os
import time

from cli_process import run_cli
from literalist.config import Config
from literalist.engine import Linter

PROMPT = "Summarize the incident for the board. I'm so stressed, code red!!!\n"


def findings(result) -> list[dict]:
    return json.loads(result.out)


def write(tmp_path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "p.md").write_text(PROMPT, encoding="utf-8")


def test_broken_toml_names_the_line_and_lints_with_defaults(tmp_path):
    write(tmp_path, "literalist.toml", 'select = ["LIT1"\nignore = [\n')
    r = run_cli(["check", "p.md", "--output-format", "json"], tmp_path)
    assert r.code == 2
    assert "literalist.toml:2" in r.err and "invalid TOML" in r.err
    assert any(f["code"] == "LIT102" for f in findings(r))


def test_unknown_keys_codes_and_wrong_types_each_get_a_message(tmp_path):
    write(tmp_path, "literalist.toml", "\n".join([
        'selct = ["LIT1"]',
        'ignore = ["LIT999", "XYZ"]',
        'severity = { LIT101 = "loud", LIT777 = "error" }',
        'phrases = { tone = "code red", mood = ["x"] }',
        'max-sentence-words = "forty"',
        'allow-caps = 5',
        'data-tags = ["<ok>", "not a tag!"]',
        'exclude = [1, "[unclosed"]',
    ]) + "\n")
    r = run_cli(["check", "p.md", "--output-format", "json"], tmp_path)
    assert r.code == 2
    for key, line in (("selct", 1), ("ignore", 2), ("severity.LIT101", 3), ("severity.LIT777", 3),
                      ("phrases.tone", 4), ("phrases.mood", 4), ("max-sentence-words", 5), ("allow-caps", 6),
                      ("data-tags", 7), ("exclude", 8)):
        assert f"literalist.toml:{line}: '{key}'" in r.err, f"no message for {key}:\n{r.err}"
    assert "did you mean 'select'" in r.err
    assert any(f["code"] == "LIT102" for f in findings(r)), "defaults were not kept for the rest"


def test_config_that_is_not_text_or_not_a_file(tmp_path):
    (tmp_path / "literalist.toml").write_bytes(b"\xff\xfe\x00garbage\x00" * 100)
    (tmp_path / "p.md").write_text(PROMPT, encoding="utf-8")
    r = run_cli(["check", "p.md"], tmp_path)
    assert r.code == 2 and "not valid UTF-8" in r.err
    os.mkfifo(tmp_path / "fifo.toml")
    r = run_cli(["check", "--config", "fifo.toml", "p.md"], tmp_path, timeout=30)
    assert r.code == 2 and "not a regular file" in r.err
    r = run_cli(["check", "--config", "/dev/zero", "p.md"], tmp_path, timeout=30)
    assert r.code == 2 and "not a regular file" in r.err


def test_pyproject_table_of_the_wrong_type(tmp_path):
    write(tmp_path, "pyproject.toml", '[tool]\nliteralist = "yes"\n')
    r = run_cli(["check", "--config", "pyproject.toml", "p.md"], tmp_path)
    assert r.code == 2 and "pyproject.toml:2: 'tool.literalist': must be a table" in r.err
    write(tmp_path, "pyproject.toml", '[tool.literalist]\nselect = "LIT1"\n')
    r = run_cli(["check", "p.md"], tmp_path)
    assert r.code == 2 and "pyproject.toml:2: 'select': expected a list of strings" in r.err


def test_regex_metacharacters_in_phrases_are_literal(tmp_path):
    write(tmp_path, "literalist.toml", '[phrases]\ntone = ["(a+)+$", ".*", "code red"]\n')
    (tmp_path / "p.md").write_text(
        "Summarize it. The pattern (a+)+$ is odd.\n\n" + "a" * 5000 + "!\n\nAnything at all here.\n", encoding="utf-8")
    r = run_cli(["check", "p.md", "--output-format", "json", "--select", "LIT190"], tmp_path, timeout=30)
    flagged = [(f["location"]["row"], f["message"]) for f in findings(r)]
    assert flagged == [(1, 'Listed by your team as tone: "(a+)+$"')], flagged


def test_pathological_phrase_lists_stay_fast():
    """A phrase built to backtrack, and a very long list: matching stays linear."""
    evil = ["(a+)+$", "(a|a)*b", "a" * 199, ("a " * 99).strip(), "x" * 200]
    many = [f"phrase number {i}" for i in range(2000)]
    config = Config(phrases={"tone": evil + many, "inference": many, "quality": evil})
    text = ("a" * 20_000 + "\n\n" + "a " * 10_000 + "\n\nphrase number 1999 and (a+)+$.\n")
    start = time.monotonic()
    found = Linter(config).lint(text, "p.md")
    elapsed = time.monotonic() - start
    assert elapsed < 10, f"{elapsed:.1f}s with 4,000 phrases on 40,000 characters"
    words = {" ".join(text[f.start:f.end].split()) for f in found if f.code in ("LIT190", "LIT290", "LIT390")}
    # each match is one of the phrases, word for word: "(a+)+$" never matched "aaaa"
    assert words == {"phrase number 1999", "(a+)+$", ("a " * 99).strip()}, words


def test_settings_and_config_can_not_select_nothing(tmp_path):
    """A selection of only unknown codes keeps the default rather than silently linting nothing."""
    write(tmp_path, "literalist.toml", 'select = ["NOPE", "LIT9"]\n')
    r = run_cli(["check", "p.md", "--output-format", "json"], tmp_path)
    assert r.code == 2
    assert any(f["code"] == "LIT102" for f in findings(r))
