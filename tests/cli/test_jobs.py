"""``--jobs``: several processes give the very same run as one: report, messages in the
same order, exit code."""

from __future__ import annotations

import pytest

PROMPTS = [
    "Summarize the incident. I'm so stressed, fix it NOW!!!\n",
    "Write the reply in our usual tone, like last time.\n",
    "Make it polished and professional.\n",
    "Classify each ticket as urgent or normal. Reply with one word.\n",
]


def make_project(root, write, files: int = 40):
    for i in range(files):
        write(root / f"team{i % 3}" / f"p{i:03}.prompt.md", PROMPTS[i % len(PROMPTS)] * (1 + i % 5))
    write(root / "team1" / "image.prompt.md", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    write(root / "team2" / "broken.md", b"caf\xe9 as usual\n")
    # a config that is broken in one key: reported once, the rest linted with defaults
    write(root / "team0" / "literalist.toml", "select = 5\nignore = ['LIT105']\n")


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_several_processes_give_the_same_run_as_one(run_cli, project, writer, fmt):
    make_project(project, writer)
    one = run_cli("check", ".", "--output-format", fmt, "--jobs", "1", cwd=project)
    two = run_cli("check", ".", "--output-format", fmt, "--jobs", "2", cwd=project)
    every = run_cli("check", ".", "--output-format", fmt, cwd=project)  # default: every core
    assert one.returncode == two.returncode == every.returncode == 2  # the config error decides
    assert one.stdout == two.stdout == every.stdout
    assert one.stderr == two.stderr == every.stderr
    assert "binary file" in one.stderr and "not valid UTF-8" in one.stderr and "select" in one.stderr


def test_a_bad_jobs_value_is_a_usage_error(run_cli, project):
    result = run_cli("check", ".", "--jobs", "-3", cwd=project)
    assert result.returncode == 2 and "--jobs" in result.stderr
