"""--fix writes the safe fixes back (keeping encoding, BOM, line endings), --diff only shows them."""

from __future__ import annotations

import codecs
import os
import re
import stat

import pytest

from cli_samples import INFERENCE, QUALITY, TONE

STRESSED = (
    "# Weekly summary\n"
    "\n"
    "URGENT!!! Summarize the sales numbers below. Fix it NOW. I'm so stressed.\n"
    "\n"
    "<data>\n"
    "Region: north, total 120\n"
    "</data>\n"
)


def categories(run_cli, project, name):
    items = run_cli("check", "--output-format", "json", name, cwd=project).json()
    return [i["category"] for i in items]


def snapshot(folder):
    return {
        p: (p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_fix_removes_tone_findings_and_reports_the_count(run_cli, project, writer):
    path = writer(project / "p.md", STRESSED)
    before = run_cli("check", "--output-format", "json", "p.md", cwd=project).json()
    tone_fixable = [i for i in before if i["category"] == "tone" and i["fix"]]
    assert tone_fixable, before
    r = run_cli("check", "--fix", "p.md", cwd=project)
    m = re.search(r"^Fixed (\d+) findings?, (\d+) remaining", r.stdout, re.M)
    assert m, r.stdout + r.stderr
    assert int(m[1]) >= len(tone_fixable)
    after = path.read_text(encoding="utf-8")
    assert after != STRESSED
    assert "tone" not in categories(run_cli, project, "p.md")
    # the data is untouched
    assert "<data>\nRegion: north, total 120\n</data>\n" in after
    assert r.returncode == (1 if int(m[2]) else 0)


def test_fix_is_idempotent(run_cli, project, writer):
    path = writer(project / "p.md", STRESSED + "\n" + INFERENCE + QUALITY)
    run_cli("check", "--fix", "p.md", cwd=project)
    once = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    r = run_cli("check", "--fix", "p.md", cwd=project)
    assert "Fixed 0 findings" in r.stdout
    assert path.read_bytes() == once
    assert path.stat().st_mtime_ns == mtime  # an unchanged file is not rewritten


ENCODINGS = {
    # name: (bytes of the file, BOM, codec)
    "crlf.md": (STRESSED.replace("\n", "\r\n").encode("utf-8"), b"", "utf-8"),
    "cr.md": (STRESSED.replace("\n", "\r").encode("utf-8"), b"", "utf-8"),
    "mixed.md": (STRESSED.replace("\n", "\r\n", 3).encode("utf-8"), b"", "utf-8"),
    "bom.md": (codecs.BOM_UTF8 + STRESSED.replace("\n", "\r\n").encode("utf-8"), codecs.BOM_UTF8, "utf-8"),
    "utf16le.md": (codecs.BOM_UTF16_LE + STRESSED.replace("\n", "\r\n").encode("utf-16-le"), codecs.BOM_UTF16_LE, "utf-16-le"),
    "utf16be.md": (codecs.BOM_UTF16_BE + STRESSED.encode("utf-16-be"), codecs.BOM_UTF16_BE, "utf-16-be"),
}


def _endings(text):
    return re.findall(r"\r\n|\r|\n", text)


def test_fix_keeps_encoding_bom_and_line_endings(run_cli, project, writer):
    for name, (data, _, _) in ENCODINGS.items():
        writer(project / name, data)
    r = run_cli("check", "--fix", ".", cwd=project)  # one run fixes them all
    assert "Fixed" in r.stdout, r.stdout + r.stderr
    for name, (original, bom, codec) in ENCODINGS.items():
        fixed = (project / name).read_bytes()
        assert fixed != original, name
        assert fixed.startswith(bom), name
        if bom:
            assert not fixed[len(bom):].startswith(bom), name  # one BOM, not two
        text = fixed[len(bom):].decode(codec)
        before = original[len(bom):].decode(codec)
        # fixes delete words, not lines: the same line endings, in the same order
        assert _endings(text) == _endings(before), name
    items = run_cli("check", "--output-format", "json", ".", cwd=project).json()
    assert not [i for i in items if i["category"] == "tone"], items


def test_fix_keeps_invalid_utf8_bytes(run_cli, project, writer):
    original = b"Caf\xe9 menu. Fix it NOW.\n\xff\xfe stays.\n"
    path = writer(project / "bad.md", original)
    r = run_cli("check", "--fix", "bad.md", cwd=project)
    assert "not valid UTF-8" in r.stderr
    fixed = path.read_bytes()
    assert fixed != original
    assert b"Caf\xe9 menu." in fixed and b"\xff\xfe stays.\n" in fixed


def test_fix_keeps_permissions_follows_links_and_leaves_no_temp_files(run_cli, project, writer):
    plain = writer(project / "p.md", STRESSED)
    os.chmod(plain, 0o640)
    real = writer(project / "real" / "q.md", STRESSED)
    link = project / "link.md"
    link.symlink_to(real)
    run_cli("check", "--fix", "p.md", "link.md", cwd=project)
    assert plain.read_text(encoding="utf-8") != STRESSED
    assert stat.S_IMODE(plain.stat().st_mode) == 0o640
    assert link.is_symlink()  # the target was fixed, the link left a link
    assert real.read_text(encoding="utf-8") != STRESSED
    # the temp files were renamed over the originals: nothing else is left behind
    assert sorted(str(p.relative_to(project)) for p in project.rglob("*")) == ["link.md", "p.md", "real", "real/q.md"]


def test_check_without_fix_writes_nothing(run_cli, project, writer):
    writer(project / "p.md", STRESSED)
    writer(project / "sub" / "q.prompt", TONE)
    before = snapshot(project)
    # the writers of every format share one path; two runs cover text+statistics and SARIF
    assert run_cli("check", "--statistics", ".", cwd=project).returncode == 1
    assert run_cli("check", "--output-format", "sarif", ".", cwd=project).returncode == 1
    assert snapshot(project) == before


def test_diff_shows_the_fixes_writes_nothing_and_applies_with_patch(run_cli, project, writer, tmp_path):
    import shutil
    import subprocess

    writer(project / "p.md", STRESSED.replace("\n", "\r\n"))
    original = (project / "p.md").read_bytes()
    before = snapshot(project)
    r = run_cli("check", "--diff", "p.md", cwd=project)
    assert r.returncode == 1
    assert r.stdout.startswith("--- a/p.md\n+++ b/p.md\n@@ ")
    assert "-URGENT!!! Summarize the sales numbers below. Fix it NOW. I'm so stressed.\r\n" in r.stdout
    assert snapshot(project) == before
    # the diff is exactly what --fix then writes
    run_cli("check", "--fix", "p.md", cwd=project)
    fixed = (project / "p.md").read_bytes()
    if shutil.which("patch") is None:
        pytest.skip("patch(1) not installed")
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "p.md").write_bytes(original)
    subprocess.run(["patch", "-p1", "--binary", "-s"], input=r.stdout_bytes, cwd=copy, check=True, timeout=30)
    assert (copy / "p.md").read_bytes() == fixed


def test_diff_on_a_clean_file_is_empty_and_exits_0(run_cli, project, writer):
    from cli_samples import CLEAN

    writer(project / "c.md", CLEAN)
    r = run_cli("check", "--diff", "c.md", cwd=project)
    assert r.returncode == 0
    assert r.stdout == ""


def test_fix_on_stdin_prints_the_fixed_text(run_cli, project):
    r = run_cli("check", "--fix", "-", "--stdin-filename", "p.md", cwd=project, input=STRESSED)
    assert r.stdout != STRESSED
    assert "<data>\nRegion: north, total 120\n</data>\n" in r.stdout
    assert "Fixed" in r.stderr  # the report goes to stderr: stdout is the file
    again = run_cli("check", "--output-format", "json", "-", "--stdin-filename", "p.md", cwd=project, input=r.stdout)
    assert "tone" not in [i["category"] for i in again.json()]
    assert list(project.iterdir()) == []  # nothing written


def test_fix_on_stdin_keeps_the_bom(run_cli, project):
    data = codecs.BOM_UTF8 + STRESSED.replace("\n", "\r\n").encode("utf-8")
    r = run_cli("check", "--fix", "-", cwd=project, input=data)
    assert r.stdout_bytes.startswith(codecs.BOM_UTF8)
    assert b"\r\n" in r.stdout_bytes and b"\n" not in r.stdout_bytes.replace(b"\r\n", b"")
