"""The precomputed prefilter plans (``data/gate_table.json``) must match the rule patterns:
a stale table never gives wrong findings (a missing key is analysed on first use), but it
would quietly bring back the start-up cost it exists to remove."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from literalist import gate_table
from literalist.prefilter import DECLARED, Lazy, SplitGated, analyse, pattern

TABLE = Path(gate_table.__file__).resolve().parent / "data" / "gate_table.json"


def test_the_table_is_fresh():
    shipped = json.loads(TABLE.read_text("utf-8"))["patterns"]
    assert shipped == gate_table.compute(), "run: python -m literalist.gate_table"


def test_the_narrowed_patterns_factored_forms_are_fresh():
    shipped = json.loads(TABLE.read_text("utf-8"))["narrowed"]
    assert shipped and shipped == gate_table.compute_narrowed(), "run: python -m literalist.gate_table"


def test_a_narrowed_pattern_compiles_its_shipped_factored_form_without_factoring():
    # factoring parses a pattern, which a first lint would pay for each choice of alternatives
    code = (
        "import literalist.factoring as f\n"
        "calls = []\n"
        "real = f.factor\n"
        "f.factor = lambda *a: calls.append(a) or real(*a)\n"
        "from literalist.engine import lint\n"
        "lint('Polished means: short. By engaging we mean: one question. Use the MODE flag = FAST.', 'p.md')\n"
        "print(len(calls))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["0"]


def test_every_declared_pattern_has_a_plan():
    shipped = json.loads(TABLE.read_text("utf-8"))["patterns"]
    gate_table.compute()  # imports every rule module
    rule_patterns = [p for _, p in DECLARED if p.pattern.count("|") > 3]
    assert len(rule_patterns) >= 20
    assert all(gate_table.key(p.pattern, p.flags, p.gate) in shipped for p in rule_patterns)


def test_a_pattern_missing_from_the_table_is_analysed_on_first_use():
    source = r"\bthe\s+quarterly\s+numbers\b|\bpolished\s+deck\b|\bboard\s+meeting\b"
    assert gate_table.key(source, re.I) not in json.loads(TABLE.read_text("utf-8"))["patterns"]
    lazy = pattern(source, re.I)
    assert isinstance(lazy, Lazy)
    built = lazy.target()
    assert isinstance(built, SplitGated)
    assert [m.group() for m in built.finditer("Before the BOARD meeting, a polished deck.")] == ["BOARD meeting", "polished deck"]
    assert analyse(source, re.I)["split"][1] == {"source": r"\bpolished\s+deck\b", "strings": ["polished"], "also": [["deck"]],
                                                 "factored": r"(?-i:[pP])(?<!\w\w)olished\s+deck\b"}


def test_a_built_pattern_replaces_its_proxy_in_the_module():
    namespace = {"X": pattern(r"\bas\s+usual\b|\blike\s+last\s+time\b", re.I)}
    from literalist.prefilter import gate_patterns

    gate_patterns(namespace)
    assert isinstance(namespace["X"], Lazy)
    assert namespace["X"].search("as usual") is not None
    assert isinstance(namespace["X"], SplitGated)


def test_importing_the_rules_compiles_no_rule_pattern():
    # the table is what keeps the rules' import light: the server waits for it
    code = (
        "import re, literalist.engine\n"
        "from literalist.prefilter import DECLARED\n"
        "print(sum(p._target is not None for _, p in DECLARED), len(DECLARED))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    built, declared = map(int, out)
    assert declared >= 40 and built == 0


def test_no_rule_module_hands_the_gate_a_pattern_it_did_not_declare():
    # gate_patterns() gates a plain re.compile pattern at import, and that pattern's plan and
    # code are in neither shipped table: analysed at start-up, compiled on first use. Every
    # pattern a rule module holds (its own or one it imports, like _base.NEGATED_BEFORE) must
    # come from prefilter.pattern() in a module gate_table declares.
    code = (
        "import sys, literalist.prefilter as pf\n"
        "seen = []\n"
        "real = pf.gated\n"
        "def spy(regex):\n"
        "    seen.append(sys._getframe(2).f_globals['__name__'] + ': ' + regex.pattern[:50])\n"
        "    return real(regex)\n"
        "pf.gated = spy\n"
        "import literalist.engine\n"
        "from literalist import gate_table\n"
        "gate_table.compute()\n"
        "print(repr(seen))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]", out
