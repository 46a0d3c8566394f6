"""The regex code shipped with the package (``regex_code.py``): each program must be the
one ``re.compile`` builds, the table must be fresh, and anything wrong with it must only
ever mean compiling as usual."""

from __future__ import annotations

import array
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from literalist import gate_table, regex_code

SHIPPED = Path(regex_code.__file__).resolve().parent / "data" / regex_code.resource_name()
EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
needs_table = pytest.mark.skipif(not SHIPPED.exists(), reason=f"no table for this Python ({SHIPPED.name})")


@needs_table
def test_the_table_is_fresh():
    shipped = regex_code.loads(SHIPPED.read_bytes())
    assert shipped == regex_code.table_for(gate_table.code_sources(gate_table.compute())), "run: python -m literalist.gate_table"


@needs_table
def test_every_python_s_table_holds_the_same_patterns():
    # the other Pythons' tables are written with their own interpreter (make docs); their
    # keys are the same sources, and marshal's version 2 reads the same in every Python
    mine = set(regex_code.loads(SHIPPED.read_bytes()))
    tables = sorted(SHIPPED.parent.glob("regex-code-*.bin"))
    assert len(tables) >= 1
    for table in tables:
        assert set(regex_code.loads(table.read_bytes())) == mine, f"{table.name} is stale: see make docs"


@needs_table
def test_every_shipped_program_is_the_one_re_compiles():
    shipped = regex_code.loads(SHIPPED.read_bytes())
    assert len(shipped) > 300
    for source, flags in shipped:
        built = regex_code.compile(source, flags)
        # equality of patterns compares their flags, source and code
        assert built == re.compile(source, flags), source[:80]
        assert built is not re.compile(source, flags)  # it came from the table, not re's cache


@needs_table
def test_a_fresh_process_lints_without_compiling_a_declared_pattern():
    # what the table is for: the editor's first diagnostics wait for these compiles
    code = (
        "import re\n"
        "from literalist import regex_code\n"
        "fallbacks = []\n"
        "compile_as_usual = re.compile\n"
        "def counting(source, flags=0):\n"
        "    fallbacks.append(source)\n"
        "    return compile_as_usual(source, flags)\n"
        "regex_code.re = type('re', (), {'compile': staticmethod(counting)})\n"
        "from pathlib import Path\n"
        "from literalist.engine import lint\n"
        f"examples = sorted(Path(r'{EXAMPLES}').iterdir())\n"
        "found = [f for path in examples for f in lint(path.read_text('utf-8'), path.name)]\n"
        "print(len(found), len(fallbacks))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    findings, fallbacks = map(int, out)
    assert findings > 0 and fallbacks == 0


def test_damaged_tables_are_empty():
    assert regex_code.loads(b"not a table") == {}
    assert regex_code.loads(zlib.compress(b"not marshal data")) == {}
    assert regex_code.loads(zlib.compress(b"\xe9\x00")) == {}


def test_code_the_engine_rejects_means_compiling_as_usual(monkeypatch):
    bogus = (int(re.U), array.array("I", [1, 2, 3]).tobytes(), 0, {}, (None,))
    monkeypatch.setattr(regex_code, "_table", {(r"poli(sh)+ed", 0): bogus})
    built = regex_code.compile(r"poli(sh)+ed", 0)
    assert built == re.compile(r"poli(sh)+ed") and built.search("a polished deck").group() == "polished"


def test_a_pattern_missing_from_the_table_compiles_as_usual(monkeypatch):
    monkeypatch.setattr(regex_code, "_table", {})
    assert regex_code.compile(r"\bas\s+usual\b", re.I).search("As usual.").group() == "As usual"
