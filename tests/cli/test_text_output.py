"""Text output: ``path:line:col: CODE message``, the source line, a caret under the words;
colour only on a terminal, and never with NO_COLOR or --no-color."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys

import pytest

from cli_samples import TONE

HEADLINE = re.compile(r"^(?P<path>[^:\n]+):(?P<row>\d+):(?P<col>\d+): (?P<code>LIT\d{3}) (?P<message>.+)$")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def parse(stdout: str):
    """(headline match, source line, caret line) for each finding printed."""
    lines = stdout.splitlines()
    out = []
    for i, line in enumerate(lines):
        m = HEADLINE.match(line)
        if m:
            out.append((m, lines[i + 1], lines[i + 2]))
    return out


def test_headline_source_and_caret_point_at_the_words(run_cli, project, writer):
    text = "# Task\n\nSummarize the report. Fix it NOW.\n"
    writer(project / "task.md", text)
    r = run_cli("check", "--select", "LIT1", "task.md", cwd=project)
    assert r.returncode == 1
    found = parse(r.stdout)
    assert found, r.stdout
    for m, source, caret in found:
        assert m["path"] == "task.md"
        row, col = int(m["row"]), int(m["col"])
        line = text.splitlines()[row - 1]
        # the source line is printed after a gutter holding the line number
        gutter, _, shown = source.partition(" | ")
        assert gutter.strip() == str(row)
        assert shown == line
        # the caret starts under the column the headline names
        caret_body = caret.partition(" | ")[2]
        assert caret_body.index("^") == col - 1
    now = [f for f in found if f[0]["row"] == "3" and "NOW" in f[0]["message"]]
    assert now, r.stdout
    m, source, caret = now[0]
    start = int(m["col"]) - 1
    assert "Summarize the report. Fix it NOW."[start:start + 3] == "NOW"
    assert caret.partition(" | ")[2].strip() == "^^^"


def test_columns_count_code_points_and_wide_characters_keep_the_caret_aligned(run_cli, project, writer):
    # an emoji is one code point (two UTF-16 units) and two terminal cells wide
    text = "\U0001F600\U0001F600 Fix it NOW.\n"
    writer(project / "e.md", text)
    r = run_cli("check", "--select", "LIT1", "e.md", cwd=project)
    now = [f for f in parse(r.stdout) if "NOW" in f[0]["message"]]
    assert now, r.stdout
    m, source, caret = now[0]
    assert int(m["col"]) == text.index("NOW") + 1 == 11
    # under the caret: two cells per emoji, one per other character
    assert caret.partition(" | ")[2].index("^") == 2 * 2 + len(" Fix it ")


def test_line_endings_crlf_and_cr_count_as_line_breaks(run_cli, project, writer):
    for name, nl in (("crlf.md", "\r\n"), ("cr.md", "\r")):
        writer(project / name, f"# Notes{nl}{nl}Fix it NOW.{nl}")
    r = run_cli("check", "--select", "LIT1", ".", cwd=project)
    rows = {(f[0]["path"], f[0]["row"]) for f in parse(r.stdout) if "NOW" in f[0]["message"]}
    assert rows == {("cr.md", "3"), ("crlf.md", "3")}, r.stdout


def test_long_lines_are_shown_as_a_window_around_the_words(run_cli, project, writer):
    filler = " ".join(["The quarterly summary lists every region and its numbers."] * 8)
    text = f"{filler} Fix it NOW. {filler}\n"
    writer(project / "long.md", text)
    r = run_cli("check", "--select", "LIT1", "long.md", cwd=project)
    now = [f for f in parse(r.stdout) if "NOW" in f[0]["message"]]
    assert now, r.stdout
    m, source, caret = now[0]
    shown = source.partition(" | ")[2]
    assert len(shown) <= 110
    assert shown.startswith("…") and shown.endswith("…")
    body = caret.partition(" | ")[2]
    assert shown[body.index("^"):body.index("^") + 3] == "NOW"
    assert int(m["col"]) == text.index("NOW") + 1


def test_summary_line_counts_findings(run_cli, project, writer):
    writer(project / "a.md", TONE)
    r = run_cli("check", "a.md", cwd=project)
    count = len(parse(r.stdout))
    assert re.search(rf"^Found {count} findings? in 1 file", r.stdout, re.M), r.stdout


def test_no_colour_when_piped(run_cli, project, writer):
    writer(project / "a.md", TONE)
    r = run_cli("check", "a.md", cwd=project)
    assert not ANSI.search(r.stdout)


def _run_on_tty(args, cwd, env_extra):
    """Run the CLI with a pseudo-terminal as stdout; return what the terminal received."""
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR")}
    env.update(env_extra)
    proc = subprocess.Popen(
        [sys.executable, "-m", "literalist", *args], cwd=cwd, stdout=slave, stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL, env=env,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO once the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(master)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize(
    "args, env, coloured",
    [
        ([], {}, True),
        ([], {"NO_COLOR": "1"}, False),
        (["--no-color"], {}, False),
    ],
    ids=["tty", "NO_COLOR", "--no-color"],
)
def test_colour_on_a_terminal_only(project, writer, args, env, coloured):
    writer(project / "a.md", TONE)
    code, screen = _run_on_tty(["check", *args, "a.md"], project, env)
    assert code == 1
    assert "a.md" in screen
    assert bool(ANSI.search(screen)) is coloured
    # colour never changes the words
    plain = ANSI.sub("", screen).replace("\r\n", "\n")
    assert re.search(r"^a\.md:1:\d+: LIT\d{3} ", plain, re.M)


def test_force_color_colours_a_pipe(run_cli, project, writer):
    writer(project / "a.md", TONE)
    r = run_cli("check", "a.md", cwd=project, env={"FORCE_COLOR": "1"})
    assert ANSI.search(r.stdout)
    r = run_cli("check", "a.md", cwd=project, env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert not ANSI.search(r.stdout)
