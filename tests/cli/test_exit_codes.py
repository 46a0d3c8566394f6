"""Exit codes: 0 clean, 1 findings (or an unreadable path), 2 usage or config error."""

from cli_samples import CLEAN, INFERENCE, QUALITY, TONE


def test_clean_file_exits_0(run_cli, project, writer):
    writer(project / "clean.prompt.md", CLEAN)
    r = run_cli("check", "clean.prompt.md", cwd=project)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "no findings" in r.stdout
    assert r.stderr == ""


def test_each_family_exits_1(run_cli, project, writer):
    for name, text in (("tone.md", TONE), ("inference.md", INFERENCE), ("quality.md", QUALITY)):
        writer(project / name, text)
        r = run_cli("check", name, cwd=project)
        assert r.returncode == 1, (name, r.stdout, r.stderr)
        assert f"{name}:1:" in r.stdout


def test_default_path_is_the_working_folder(run_cli, project, writer):
    writer(project / "AGENTS.md", TONE)
    r = run_cli("check", cwd=project)
    assert r.returncode == 1
    assert "AGENTS.md:1:" in r.stdout


def test_empty_folder_is_clean(run_cli, project):
    r = run_cli("check", cwd=project)
    assert r.returncode == 0
    assert "no findings in 0 files" in r.stdout


def test_unknown_option_is_a_usage_error(run_cli, project):
    r = run_cli("check", "--no-such-option", cwd=project)
    assert r.returncode == 2
    assert "usage:" in r.stderr


def test_unknown_subcommand_is_a_usage_error(run_cli, project):
    r = run_cli("lint", cwd=project)
    assert r.returncode == 2


def test_unknown_select_code_is_a_usage_error(run_cli, project, writer):
    writer(project / "a.md", TONE)
    r = run_cli("check", "--select", "LIT999", "a.md", cwd=project)
    assert r.returncode == 2
    assert "LIT999" in r.stderr
    assert r.stdout == ""


def test_stdin_cannot_be_mixed_with_paths(run_cli, project, writer):
    writer(project / "a.md", TONE)
    r = run_cli("check", "-", "a.md", cwd=project, input=TONE)
    assert r.returncode == 2
    assert "stdin" in r.stderr


def test_statistics_needs_text_or_json(run_cli, project, writer):
    writer(project / "a.md", TONE)
    r = run_cli("check", "--statistics", "--output-format", "sarif", "a.md", cwd=project)
    assert r.returncode == 2
    assert "--statistics" in r.stderr


def test_missing_path_is_reported_and_the_rest_checked(run_cli, project, writer):
    writer(project / "clean.md", CLEAN)
    r = run_cli("check", "nope.md", "clean.md", cwd=project)
    # like ruff's E902: an unreadable path makes the run fail with 1, after checking the rest
    assert r.returncode == 1
    assert "nope.md: no such file or folder" in r.stderr
    assert "no findings in 1 file" in r.stdout


def test_broken_config_exits_2_but_still_lints(run_cli, project, writer):
    writer(project / "literalist.toml", 'select = ["LIT"\n')
    writer(project / "a.md", TONE)
    r = run_cli("check", "a.md", cwd=project)
    assert r.returncode == 2
    assert "literalist.toml:" in r.stderr
    assert "a.md:1:" in r.stdout  # linted with the defaults


def test_version(run_cli, project):
    import literalist

    r = run_cli("--version", cwd=project)
    assert r.returncode == 0
    assert r.stdout.strip() == f"literalist {literalist.__version__}"


def test_a_reader_that_leaves_early_is_not_an_error_trace(project, writer):
    import subprocess
    import sys

    # more output than a pipe holds (64 KiB), so the writer really meets the closed pipe
    writer(project / "many.md", (TONE + "\n") * 400)
    proc = subprocess.Popen([sys.executable, "-m", "literalist", "check", "many.md"], cwd=project,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()  # like `literalist check | head -1`
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 1
    assert b"Traceback" not in err and b"BrokenPipe" not in err
