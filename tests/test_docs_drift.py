"""docs/rules/ is generated from the rules' metadata: fail when it is out of date."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from literalist.rules import ALL_RULES

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "rules"


def run_gen(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "literalist.docs_gen", *map(str, args)],
        cwd=cwd, capture_output=True, text=True, timeout=120,
    )


def test_generated_rule_pages_are_up_to_date():
    r = run_gen(DOCS, "--check")
    assert r.returncode == 0, (
        "docs/rules is out of date; run `make docs` (python -m literalist.docs_gen docs/rules)\n" + r.stderr
    )


def test_one_page_per_rule_with_every_section():
    pages = sorted(p.name for p in DOCS.glob("LIT*.md"))
    assert pages == sorted(f"{code}.md" for code in ALL_RULES)
    index = (DOCS / "README.md").read_text(encoding="utf-8")
    for code, rule in ALL_RULES.items():
        page = (DOCS / f"{code}.md").read_text(encoding="utf-8")
        for heading in ("## What it flags", "## How the model reads it", "## What to write instead", "## Example"):
            assert heading in page, (code, heading)
        assert rule.model_view.strip() in page
        assert f"[{code}]({code}.md)" in index


def test_check_catches_a_stale_missing_or_orphan_page(tmp_path):
    copy = tmp_path / "rules"
    shutil.copytree(DOCS, copy)
    assert run_gen(copy, "--check").returncode == 0
    first = next(iter(ALL_RULES))
    page = copy / f"{first}.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nhand edit\n", encoding="utf-8")
    (copy / "LIT999.md").write_text("# a rule that no longer exists\n", encoding="utf-8")
    r = run_gen(copy, "--check")
    assert r.returncode == 1
    assert f"{first}.md: out of date" in r.stderr and "LIT999.md: no such rule any more" in r.stderr
    # regenerating repairs it
    assert run_gen(copy).returncode == 0
    assert run_gen(copy, "--check").returncode == 0
    assert not (copy / "LIT999.md").exists()
    page.unlink()
    r = run_gen(copy, "--check")
    assert r.returncode == 1 and f"{first}.md: missing" in r.stderr


def test_generation_into_an_empty_folder(tmp_path):
    target = tmp_path / "out"
    r = run_gen(target)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in target.iterdir()) == sorted([f"{c}.md" for c in ALL_RULES] + ["README.md"])
    # byte-identical to the committed pages
    for p in target.iterdir():
        assert p.read_bytes() == (DOCS / p.name).read_bytes(), p.name
