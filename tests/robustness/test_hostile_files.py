"""Hostile files through the real CLI: each is reported clearly and the run goes on.

We run as root here, so a file cannot be made unreadable with permissions. What can be
tested, and is: a FIFO (an open() that would block forever), a character device named
explicitly (/dev/zero, a read that never ends), a socket, a directory named like a prompt
file, a dangling symbolic link, a link to itself, a loop of folder links, a file name that
is not valid UTF-8. Permission-denied files are left to the OSError path, which the FIFO
and self-link cases exercise (ELOOP comes back as OSError the same way EACCES would).
"""

from __future__ import annotations

import codecs
import json
import os
import socket
from pathlib import Path

import pytest

from cli_process import run_cli

STRESSED = "Summarize the incident. I'm so stressed, fix it NOW!!!\n"


def codes(result) -> list[tuple[str, str, int]]:
    return [(f["filename"], f["code"], f["location"]["row"]) for f in json.loads(result.out)]


def good_file(folder: Path, name: str = "good.prompt.md") -> Path:
    path = folder / name
    path.write_text(STRESSED, encoding="utf-8")
    return path


def test_binary_file_is_skipped_and_the_rest_is_linted(tmp_path):
    (tmp_path / "image.prompt.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    good_file(tmp_path)
    r = run_cli(["check", ".", "--output-format", "json"], tmp_path)
    assert "image.prompt.md: binary file" in r.err
    assert {c for _, c, _ in codes(r)} >= {"LIT102", "LIT101"}
    assert all(name == "good.prompt.md" for name, _, _ in codes(r))
    assert r.code == 1  # findings in the good file; the binary one does not add an error


def test_invalid_utf8_is_linted_with_a_warning_and_kept_byte_for_byte(tmp_path):
    data = b"First line \xff\xfe caf\xe9.\nI'm so stressed. Fix the \xc3\x28 bug NOW!!!\n\x80"
    path = tmp_path / "broken.md"
    path.write_bytes(data)
    r = run_cli(["check", "broken.md", "--output-format", "json"], tmp_path)
    assert "not valid UTF-8" in r.err and "line 1" in r.err
    rows = {(code, row) for _, code, row in codes(r)}
    assert ("LIT102", 2) in rows
    # --fix touches only the fixed words: every invalid byte survives exactly
    r = run_cli(["check", "broken.md", "--fix"], tmp_path)
    fixed = path.read_bytes()
    assert fixed != data
    for chunk in (b"\xff\xfe caf\xe9.", b"Fix the \xc3\x28 bug", b"\n\x80"):
        assert chunk in fixed


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
                                       (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le")])
def test_files_with_a_byte_order_mark_are_read_in_their_encoding(tmp_path, bom, codec):
    text = "# Brief\r\n\r\nWrite the summary \U0001f600.\r\nURGENT!!! I'm so stressed.\r\n"
    path = tmp_path / "bom.prompt.md"
    path.write_bytes(bom + text.encode(codec))
    r = run_cli(["check", "bom.prompt.md", "--output-format", "json"], tmp_path)
    found = json.loads(r.out)
    urgent = [f for f in found if f["code"] == "LIT101"]
    assert urgent and urgent[0]["location"] == {"row": 4, "column": 1}, found
    # --fix writes the same encoding, BOM and CRLF line endings back
    run_cli(["check", "bom.prompt.md", "--fix"], tmp_path)
    data = path.read_bytes()
    assert data.startswith(bom)
    fixed = data[len(bom):].decode(codec)
    assert "URGENT" not in fixed and "\U0001f600" in fixed
    assert fixed.count("\r\n") == fixed.count("\n"), "line endings changed"


def test_utf16_without_bom_is_called_binary_not_misread(tmp_path):
    (tmp_path / "nobom.md").write_bytes("URGENT!!! fix it".encode("utf-16-le"))
    r = run_cli(["check", "nobom.md"], tmp_path)
    assert "nobom.md" in r.err and "binary" in r.err
    assert r.code == 0


def test_special_files_never_block(tmp_path):
    """A FIFO named like a prompt, one named on the command line, a socket, /dev/zero
    named on the command line: none may be read (each would block or never end)."""
    os.mkfifo(tmp_path / "pipe.prompt.md")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "sock.md"))
    try:
        good_file(tmp_path)
        r = run_cli(["check", ".", "pipe.prompt.md", "sock.md", "/dev/zero", "--output-format", "json"], tmp_path, timeout=60)
    finally:
        sock.close()
    assert "pipe.prompt.md: not a regular file" in r.err
    assert "sock.md: not a regular file" in r.err
    assert "/dev/zero: not a regular file" in r.err
    assert {name for name, _, _ in codes(r)} == {"good.prompt.md"}


def test_links_that_go_nowhere_or_in_circles(tmp_path):
    (tmp_path / "dangling.md").symlink_to(tmp_path / "missing.md")
    (tmp_path / "self.md").symlink_to(tmp_path / "self.md")
    sub = tmp_path / "sub"
    sub.mkdir()
    good_file(sub)
    (sub / "back").symlink_to(tmp_path)  # sub/back/sub/back/... forever
    (tmp_path / "dir.prompt.md").mkdir()  # a folder named like a prompt: walked, not read
    good_file(tmp_path / "dir.prompt.md", "inner.md")
    r = run_cli(["check", ".", "--output-format", "json"], tmp_path, timeout=60)
    assert "dangling.md: broken symbolic link" in r.err
    assert "self.md" in r.err
    assert "symbolic link loop" in r.err
    names = sorted(name for name, code, _ in codes(r) if code == "LIT102")
    assert names == ["dir.prompt.md/inner.md", "sub/good.prompt.md"], names  # each file once
    assert r.code == 1
    # named explicitly, the self-link is an error (the user asked for it), not a crash
    r = run_cli(["check", "self.md"], tmp_path)
    assert r.code == 1 and "self.md" in r.err


def test_file_names_that_are_not_utf8(tmp_path):
    name = os.fsencode(tmp_path) + b"/caf\xe9 \n notes.md"
    with open(name, "wb") as fh:
        fh.write(STRESSED.encode())
    r = run_cli(["check", "."], tmp_path)
    assert "LIT102" in r.out
    assert r.code == 1


def test_a_thousand_files(tmp_path):
    _many_files(tmp_path, 1000)
    r = run_cli(["check", ".", "--output-format", "json"], tmp_path, timeout=120)
    found = json.loads(r.out)
    assert len({f["filename"] for f in found}) == 1000 // 7 + 1
    assert r.code == 1


@pytest.mark.long
def test_ten_thousand_files(tmp_path):
    _many_files(tmp_path, 10_000)
    r = run_cli(["check", ".", "--output-format", "json"], tmp_path, timeout=600)
    found = json.loads(r.out)
    assert len({f["filename"] for f in found}) == 10_000 // 7 + 1
    print(f"10,000 files: {r.seconds:.1f}s")


def _many_files(root: Path, n: int) -> None:
    for i in range(n):
        folder = root / f"d{i // 500:02d}"
        folder.mkdir(exist_ok=True)
        text = "Summarize this. URGENT!!!\n" if i % 7 == 0 else "Summarize the table below in three bullets.\n"
        (folder / f"p{i:05d}.md").write_text(text, encoding="utf-8")


@pytest.mark.long
def test_twenty_megabyte_prompt(tmp_path):
    """The CLI reads it, says it is large, and finishes: linting cost is linear in size."""
    unit = "Summarize the logs below for the on-call engineer.\n\nURGENT!!! I'm so stressed.\n\n- one\n- two\n\n"
    path = tmp_path / "huge.prompt.md"
    path.write_text(unit * (20 * 1024 * 1024 // len(unit) + 1), encoding="utf-8")
    r = run_cli(["check", "huge.prompt.md", "--output-format", "json"], tmp_path, timeout=1800)
    assert "large file" in r.err
    assert r.code == 1
    print(f"20 MB prompt: {r.seconds:.1f}s")
