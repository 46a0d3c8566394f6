"""Reading the prompt from stdin: ``-``, and ``--stdin-filename`` for its name, format and config."""

from __future__ import annotations

from cli_samples import CLEAN, TONE


def test_stdin_is_linted_and_named_dash(run_cli, project):
    r = run_cli("check", "-", cwd=project, input=TONE)
    assert r.returncode == 1
    assert r.stdout.startswith("-:1:")


def test_stdin_filename_names_the_findings(run_cli, project):
    r = run_cli("check", "--output-format", "json", "-", "--stdin-filename", "prompts/a.prompt.md", cwd=project, input=TONE)
    items = r.json()
    assert items and {i["filename"] for i in items} == {"prompts/a.prompt.md"}


def test_stdin_filename_alone_reads_stdin(run_cli, project):
    r = run_cli("check", "--stdin-filename", "x.md", cwd=project, input=TONE)
    assert r.returncode == 1
    assert r.stdout.startswith("x.md:1:")


def test_clean_stdin_exits_0(run_cli, project):
    r = run_cli("check", "-", cwd=project, input=CLEAN)
    assert r.returncode == 0


def test_stdin_filename_picks_the_config_of_its_folder(run_cli, project, writer):
    writer(project / "team" / "literalist.toml", 'ignore = ["LIT1"]\n')
    inside = run_cli("check", "--output-format", "json", "-", "--stdin-filename", "team/a.md", cwd=project, input=TONE).json()
    outside = run_cli("check", "--output-format", "json", "-", "--stdin-filename", "a.md", cwd=project, input=TONE).json()
    assert any(i["category"] == "tone" for i in outside)
    assert not any(i["category"] == "tone" for i in inside)


def test_stdin_filename_selects_the_dotprompt_format(run_cli, project):
    # front matter is YAML and Handlebars placeholders are skipped in a .prompt file
    text = "---\nmodel: x\n---\nSummarize {{URGENT_INPUT}} in three bullet points.\n"
    r = run_cli("check", "--output-format", "json", "-", "--stdin-filename", "s.prompt", cwd=project, input=text)
    assert not [i for i in r.json() if "URGENT" in i["message"]]


def test_binary_stdin_is_refused_clearly(run_cli, project):
    r = run_cli("check", "-", cwd=project, input=b"\x00\x01\x02binary")
    assert r.returncode == 1
    assert "binary" in r.stderr
    assert "Traceback" not in r.stderr
