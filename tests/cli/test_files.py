"""Which files a folder walk lints, in what order, and how odd files are read or skipped."""

from __future__ import annotations

import codecs
import os

import pytest

from cli_samples import CLEAN, TONE


def linted(run_cli, cwd, *args):
    r = run_cli("check", "--output-format", "json", "--select", "LIT1", *args, cwd=cwd)
    return sorted({i["filename"] for i in r.json()}), r


def test_folder_walk_finds_prompt_files_only(run_cli, project, writer):
    names = [
        "a.prompt", "b.md", "c.prompt.md", "d.instructions.md", "e.agent.md", "AGENTS.md", "SKILL.md",
        "nested/deeper/CLAUDE.md", ".cursor/rules/style.mdc", "notes.txt", "script.py", "data.json", "README",
    ]
    for name in names:
        writer(project / name, TONE)
    found, r = linted(run_cli, project, ".")
    assert found == sorted([
        "AGENTS.md", "SKILL.md", "a.prompt", "b.md", "c.prompt.md", "d.instructions.md", "e.agent.md",
        "nested/deeper/CLAUDE.md", ".cursor/rules/style.mdc",
    ])


def test_folders_that_never_hold_prompts_are_skipped(run_cli, project, writer):
    for folder in (".git", "node_modules/pkg", ".venv/lib", "__pycache__"):
        writer(project / folder / "x.md", TONE)
    writer(project / "real.md", TONE)
    found, _ = linted(run_cli, project, ".")
    assert found == ["real.md"]


def test_a_named_file_is_linted_whatever_its_name(run_cli, project, writer):
    writer(project / "notes.txt", TONE)
    found, _ = linted(run_cli, project, "notes.txt")
    assert found == ["notes.txt"]


def test_order_is_stable_and_sorted(run_cli, project, writer):
    for name in ("zeta.md", "Alpha.md", "beta/one.md", "beta.md", "a/z.md"):
        writer(project / name, TONE)
    r = run_cli("check", "--output-format", "github", "--select", "LIT1", ".", cwd=project)
    files = []
    for line in r.stdout.splitlines():
        name = line.split("file=", 1)[1].split(",line=", 1)[0]
        if name not in files:
            files.append(name)
    assert files == ["Alpha.md", "a/z.md", "beta/one.md", "beta.md", "zeta.md"]


def test_a_file_named_twice_is_linted_once(run_cli, project, writer):
    writer(project / "a.md", TONE)
    once = run_cli("check", "--output-format", "json", "a.md", cwd=project).json()
    twice = run_cli("check", "--output-format", "json", "a.md", "./a.md", ".", cwd=project).json()
    assert len(twice) == len(once)


def test_symlink_loop_is_reported_and_skipped(run_cli, project, writer):
    writer(project / "docs" / "a.md", TONE)
    (project / "docs" / "loop").symlink_to(project / "docs", target_is_directory=True)
    found, r = linted(run_cli, project, ".")
    assert found == ["docs/a.md"]
    assert "docs/loop: symbolic link loop" in r.stderr
    assert r.returncode == 1  # the findings; the loop itself is only a warning


def test_symlinked_folder_is_followed(run_cli, project, writer, tmp_path):
    outside = tmp_path / "shared"
    writer(outside / "s.md", TONE)
    (project / "linked").symlink_to(outside, target_is_directory=True)
    found, _ = linted(run_cli, project, ".")
    assert found == ["linked/s.md"]


def test_broken_symlink_is_an_error_but_the_rest_is_linted(run_cli, project, writer):
    writer(project / "ok.md", CLEAN)
    (project / "gone.md").symlink_to(project / "nowhere.md")
    r = run_cli("check", ".", cwd=project)
    assert "gone.md: broken symbolic link" in r.stderr
    assert r.returncode == 1
    assert "no findings in 1 file" in r.stdout


def test_binary_file_is_skipped_with_a_warning(run_cli, project, writer):
    writer(project / "image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    writer(project / "ok.md", CLEAN)
    r = run_cli("check", ".", cwd=project)
    assert "image.md: binary file" in r.stderr and "skipped" in r.stderr
    assert r.returncode == 0  # nothing to lint in it: not an error
    assert "Traceback" not in r.stderr


def test_invalid_utf8_is_linted_with_a_warning(run_cli, project, writer):
    writer(project / "latin1.md", "Caf\u00e9 menu. Fix it NOW.\n".encode("latin-1"))
    r = run_cli("check", "--output-format", "json", "latin1.md", cwd=project)
    assert "latin1.md: not valid UTF-8 (first bad byte on line 1)" in r.stderr
    items = [i for i in r.json() if "NOW" in i["message"]]
    # one replacement character for the one bad byte: the columns still line up
    assert items and items[0]["location"] == {"row": 1, "column": len("Caf\u00e9 menu. Fix it ") + 1}


def test_files_with_a_bom_are_decoded(run_cli, project, writer):
    for name, bom, codec in (
        ("le.md", codecs.BOM_UTF16_LE, "utf-16-le"),
        ("be.md", codecs.BOM_UTF16_BE, "utf-16-be"),
        ("u8.md", codecs.BOM_UTF8, "utf-8"),
        ("u32.md", codecs.BOM_UTF32_LE, "utf-32-le"),
    ):
        writer(project / name, bom + "Intro.\nFix it NOW.\n".encode(codec))
    r = run_cli("check", "--output-format", "json", ".", cwd=project)
    assert r.stderr == ""
    found = {i["filename"]: i["location"] for i in r.json() if "NOW" in i["message"]}
    # the BOM is not a character of the text: columns start after it
    assert found == {name: {"row": 2, "column": 8} for name in ("be.md", "le.md", "u32.md", "u8.md")}


def test_utf16_without_bom_is_treated_as_binary(run_cli, project, writer):
    writer(project / "p.md", "Fix it NOW.\n".encode("utf-16-le"))
    r = run_cli("check", "p.md", cwd=project)
    assert "binary file" in r.stderr
    assert "Traceback" not in r.stderr


def test_broken_utf16_is_skipped_clearly(run_cli, project, writer):
    writer(project / "p.md", codecs.BOM_UTF16_LE + b"A\x00\x00\xd8")  # a lone high surrogate
    r = run_cli("check", "p.md", cwd=project)
    assert "p.md: starts with a UTF-16-LE byte order mark but is not valid UTF-16-LE" in r.stderr
    assert "Traceback" not in r.stderr


def test_empty_and_whitespace_files(run_cli, project, writer):
    writer(project / "empty.md", "")
    writer(project / "blank.prompt", "\n\r\n  \t\n")
    r = run_cli("check", ".", cwd=project)
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_an_error(run_cli, project, writer):
    path = writer(project / "secret.md", TONE)
    path.chmod(0)
    r = run_cli("check", ".", cwd=project)
    assert "secret.md: cannot read: permission denied" in r.stderr
    assert r.returncode == 1


@pytest.mark.long
def test_large_file_gets_a_note_and_is_linted(run_cli, project, writer):
    paragraph = "Summarize the section in three bullet points and keep each under twenty words.\n\n"
    text = paragraph * (5_300_000 // len(paragraph)) + "Fix it NOW.\n"
    writer(project / "big.md", text)
    r = run_cli("check", "--select", "LIT1", "--output-format", "json", "big.md", cwd=project)
    assert "big.md: large file" in r.stderr
    assert any("NOW" in i["message"] for i in r.json())


def test_random_bytes_never_crash_the_cli(run_cli, project, writer):
    # seeded, so a failure reproduces: mostly-text bytes with odd encodings and controls mixed in
    import random

    rng = random.Random(20261126)
    pieces = [b"URGENT!!! ", b"as usual ", b"polished ", b"\r\n", b"\r", b"\n", b"\xef\xbb\xbf", b"\xff\xfe",
              b"\xe9", b"\xf0\x9f\x98\x80", b"<data>", b"</data>", b"```", b"{{x}}", b"<!-- ", b" -->", b"\t", b"\x0c"]
    for n in range(25):
        data = b"".join(rng.choice(pieces) if rng.random() < 0.7 else bytes([rng.randrange(1, 256)])
                        for _ in range(rng.randrange(0, 200)))
        writer(project / f"f{n:02}.md", data)
    r = run_cli("check", "--output-format", "json", ".", cwd=project)
    assert "Traceback" not in r.stderr, r.stderr
    assert r.returncode in (0, 1), r.stderr
    assert isinstance(r.json(), list)
    r = run_cli("check", "--fix", ".", cwd=project)
    assert "Traceback" not in r.stderr, r.stderr
    assert r.returncode in (0, 1), r.stderr
