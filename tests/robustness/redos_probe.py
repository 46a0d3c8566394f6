"""Find every compiled regex in the ``literalist`` package and time it on adversarial input.

A regex backtracks catastrophically when a run of characters can be split between two
(or more) of its loops in many ways: ``[\\w'-]*`` next to ``[ -]\\w``, ``[ \\t]*`` twice in a
row, ``\\w+`` before a required word. The inputs that expose it are long runs of exactly
those characters. So for each pattern this module reads its parse tree (``re._parser``),
collects the characters each loop consumes and the strings its loop bodies match, and
pumps them: ``unit * n``, with and without a prefix that gets the pattern into its loop
and a suffix that makes the match fail (forcing the full backtrack).

It runs as a child process (``python redos_probe.py SIZES NAME...``) so that a pattern
that hangs cannot hang the test run: the parent kills the child at a deadline and blames
the pattern the child last announced on stderr.

Output, one JSON object per pattern on stdout:
    {"name": ..., "worst": {"unit": ..., "variant": ..., "times": [t per size]}}
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import sys
import time
from pathlib import Path

try:
    import re._parser as sre_parse  # Python 3.11+
    from re._constants import (
        ANY, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CATEGORY_DIGIT, CATEGORY_NOT_DIGIT, CATEGORY_NOT_SPACE,
        CATEGORY_NOT_WORD, CATEGORY_SPACE, CATEGORY_WORD, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, NEGATE,
        NOT_LITERAL, RANGE, SUBPATTERN,
    )
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import (  # type: ignore[no-redef]
        ANY, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CATEGORY_DIGIT, CATEGORY_NOT_DIGIT, CATEGORY_NOT_SPACE,
        CATEGORY_NOT_WORD, CATEGORY_SPACE, CATEGORY_WORD, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, NEGATE,
        NOT_LITERAL, RANGE, SUBPATTERN,
    )

# The characters and words the brief names, plus what prompts are made of.
FIXED_UNITS = (
    " ", "a", "a ", "'", ",", "\n", "!", "<", "{", "`", "*", "_", "|", "\t", "-", "#", ".", ":", "\"", "(", "[",
    "$", "1", "A", "\r", "\r\n", "A ", "a,", "a-", "a'", "a.", "a\n", " \n", "a b, ", "the ", "I'm so ", "so ",
    "really ", "URGENT ", "http://", "www.", "://", "- ", "1. ", "{{", "<a ", "-->", "x:", "\u00e9", "\u201c",
)
_PROBE_CHARS = " a A1-'.,:;!?\n\t_*`|<>{}()[]\"$#/\\@=+~\u00e9\u2019\u201c\u201d"


def all_patterns() -> dict[str, re.Pattern]:
    """Every module-level compiled pattern in the package, by ``module.NAME``."""
    import literalist
    from literalist.prefilter import Lazy

    found: dict[int, tuple[str, re.Pattern]] = {}
    for info in pkgutil.walk_packages(literalist.__path__, "literalist."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for attr, value in list(vars(module).items()):
            # rule patterns are built on first use and sit behind a prefilter
            # (prefilter.py); probe the pattern itself, which is what runs whenever the
            # prefilter lets a text through. Built here, so every process sees the same names.
            if isinstance(value, Lazy):
                value = value.target()
            value = getattr(value, "regex", value)
            if isinstance(value, re.Pattern):
                found.setdefault(id(value), (f"{module.__name__}.{attr}", value))
    return dict(found.values())


def _package_source() -> str:
    import literalist

    root = Path(literalist.__file__).parent
    return "\n".join(p.read_text("utf-8") for p in sorted(root.rglob("*.py")))


def bounded_names(names: list[str]) -> dict[str, int]:
    """Patterns the package only ever applies to a bounded slice, ``NAME.match(text[a:a + 40])``:
    name -> the longest slice. Their cost is bounded whatever the document."""
    source = _package_source()
    out = {}
    for name in names:
        short = name.rsplit(".", 1)[1]
        refs = re.findall(rf"(?<![\w]){re.escape(short)}\b(?!\s*=[^=])(.{{0,60}})", source)
        bounds = []
        for after in refs:
            m = re.match(r"\.(?:match|search|fullmatch|findall|finditer)\(\w+\[[^\]:]*:\s*[^\]]*?\+\s*(\d+)\]\)", after)
            bounds.append(int(m.group(1)) if m else None)
        if bounds and all(b is not None for b in bounds):
            out[name] = max(bounds)
    return out


def anchored_names(names: list[str]) -> set[str]:
    """Patterns the package only ever calls as ``NAME.match(...)`` / ``NAME.fullmatch(...)``.

    Such a pattern is tried at one position per call, so what matters is the cost of one
    match there, not of a scan (a scan tries every position and can be quadratic where a
    single match is linear). Any other reference (``finditer``, ``search``, passing the
    pattern around in a tuple) counts as a scan: conservative.
    """
    source = _package_source()
    out = set()
    for name in names:
        short = name.rsplit(".", 1)[1]
        refs = re.findall(rf"(?<![\w.]){re.escape(short)}\b(?!\s*=[^=])(\.\w+\()?|\.{re.escape(short)}\b(\.\w+\()?", source)
        calls = [a or b for a, b in refs]
        # "(_A if cond else _B).fullmatch(" : a conditional choosing the pattern, then one match
        chosen = re.findall(rf"\(\s*\w+\s+if\s+[^()]*?\s+else\s+\w+\s*\)\.(?:full)?match\(", source)
        in_choice = sum(1 for c in chosen if re.search(rf"\b{re.escape(short)}\b", c))
        calls = [c for c in calls if c] + [".match("] * in_choice
        unknown = len([a or b for a, b in refs if not (a or b)]) - in_choice
        if calls and unknown <= 0 and all(c in (".match(", ".fullmatch(") for c in calls):
            out.add(name)
    return out


# --- reading the parse tree ---------------------------------------------------------------


def _class_chars(items) -> list[str]:
    """Characters a character class accepts (a representative few)."""
    negate = bool(items) and items[0][0] is NEGATE
    if negate:
        return [c for c in _PROBE_CHARS if not _in_class(items[1:], c)][:6]
    out: list[str] = []
    for op, arg in items:
        if op is LITERAL:
            out.append(chr(arg))
        elif op is RANGE:
            out.append(chr(arg[0]))
        elif op is CATEGORY:
            out.extend(_category_chars(arg))
    return out


def _category_chars(cat) -> list[str]:
    return {
        CATEGORY_WORD: ["a", "_", "1"], CATEGORY_SPACE: [" ", "\n", "\t"], CATEGORY_DIGIT: ["1"],
        CATEGORY_NOT_WORD: [" ", "-", "'"], CATEGORY_NOT_SPACE: ["a", "-"], CATEGORY_NOT_DIGIT: ["a", " "],
    }.get(cat, ["a"])


def _in_class(items, ch: str) -> bool:
    for op, arg in items:
        if op is LITERAL and chr(arg) == ch:
            return True
        if op is RANGE and arg[0] <= ord(ch) <= arg[1]:
            return True
        if op is CATEGORY:
            test = {CATEGORY_WORD: r"\w", CATEGORY_SPACE: r"\s", CATEGORY_DIGIT: r"\d",
                    CATEGORY_NOT_WORD: r"\W", CATEGORY_NOT_SPACE: r"\S", CATEGORY_NOT_DIGIT: r"\D"}.get(arg)
            if test and re.fullmatch(test, ch):
                return True
    return False


def _example(seq, depth: int = 0) -> str:
    """One short string the sequence matches (best effort: enough to pump a loop)."""
    if depth > 30:
        return ""
    out = []
    for op, arg in seq:
        if op is LITERAL:
            out.append(chr(arg))
        elif op is NOT_LITERAL:
            out.append("a" if chr(arg) != "a" else "b")
        elif op is IN:
            chars = _class_chars(arg)
            out.append(chars[0] if chars else "a")
        elif op is ANY:
            out.append("a")
        elif op in (MAX_REPEAT, MIN_REPEAT) or str(op) == "POSSESSIVE_REPEAT":
            lo, _hi, sub = arg
            out.append(_example(sub, depth + 1) * max(lo, 1))
        elif op is SUBPATTERN or str(op) == "ATOMIC_GROUP":
            sub = arg[-1] if op is SUBPATTERN else arg
            out.append(_example(sub, depth + 1))
        elif op is BRANCH:
            out.append(_example(arg[1][0], depth + 1))
    return "".join(out)


def _walk(seq, loops: list[str], branches: list[str], depth: int = 0) -> None:
    """Collect pump units: each loop's characters and body, adjacent loops joined (into
    ``loops``), and short examples of alternatives (into ``branches``)."""
    if depth > 30:
        return
    items = list(seq)
    for i, (op, arg) in enumerate(items):
        if op in (MAX_REPEAT, MIN_REPEAT) or str(op) == "POSSESSIVE_REPEAT":
            lo, hi, sub = arg
            body = _example(sub)
            if hi is None or hi > 1 or hi == sre_parse.MAXREPEAT:
                for sop, sarg in sub:
                    if sop is IN:
                        loops.extend(_class_chars(sarg))
                    elif sop is LITERAL:
                        loops.append(chr(sarg))
                if body:
                    loops.append(body)
                # a loop followed by what comes next: "a" then "-" -> "a-"
                nxt = _example(items[i + 1:i + 3]) if i + 1 < len(items) else ""
                if body and nxt:
                    loops.append(body + nxt[:3])
                    loops.append(body + " " + nxt[:3])
            _walk(sub, loops, branches, depth + 1)
        elif op is SUBPATTERN:
            _walk(arg[-1], loops, branches, depth + 1)
        elif str(op) == "ATOMIC_GROUP":
            _walk(arg, loops, branches, depth + 1)
        elif op is BRANCH:
            for alt in arg[1]:
                ex = _example(alt)
                if ex and len(ex) <= 40:
                    branches.append(ex + " ")
                _walk(alt, loops, branches, depth + 1)
        elif op in (ASSERT, ASSERT_NOT):
            _walk(arg[1], loops, branches, depth + 1)


MAX_DERIVED = 60  # derived units per pattern: loop material first, then alternatives


def units_for(pattern: re.Pattern) -> tuple[list[str], str]:
    """(pump units, an example match to use as a prefix)."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    loops: list[str] = []
    branches: list[str] = []
    _walk(tree, loops, branches)
    derived: list[str] = []
    for unit in loops + branches[:: max(1, len(branches) // 20)]:  # every alternative would be hundreds
        if unit and unit not in derived and unit not in FIXED_UNITS:
            derived.append(unit)
    return list(FIXED_UNITS) + derived[:MAX_DERIVED], _example(tree)


# --- timing ------------------------------------------------------------------------------


def _time(pattern: re.Pattern, text: str, anchored: bool = False) -> float:
    start = time.perf_counter()
    if anchored:  # how the package calls it: at one position, here the first two
        pattern.match(text)
        pattern.match(text, 1)
    else:
        for _ in pattern.finditer(text):
            pass
    return time.perf_counter() - start


def _variants(unit: str, prefix: str, size: int):
    pump = (unit * (size // len(unit) + 1))[:size]
    yield "run", pump
    yield "run+fail", "x" + pump + "\x00"
    if prefix:
        yield "prefix+run", prefix[:60] + " " + pump + "\x00"


def probe(pattern: re.Pattern, sizes: list[int], anchored: bool = False) -> dict:
    """The worst (unit, variant) for this pattern, timed at each size (best of 3).

    Every unit is screened once at half the smallest size; the few slowest are then timed
    at every size, and the one slowest at the largest size is reported.
    """
    units, prefix = units_for(pattern)
    screened = []
    for unit in units:
        for variant, text in _variants(unit, prefix, max(1, sizes[0] // 2)):
            screened.append((_time(pattern, text, anchored), unit, variant))
    screened.sort(reverse=True)
    worst = {"unit": None, "variant": None, "times": [0.0] * len(sizes)}
    for _, unit, variant in screened[:4]:
        times = []
        for size in sizes:
            text = dict(_variants(unit, prefix, size))[variant]
            times.append(min(_time(pattern, text, anchored) for _ in range(3)))
            if times[-1] > 5.0:  # clearly catastrophic: do not wait for the larger sizes
                times.extend([float("inf")] * (len(sizes) - len(times)))
                break
        if times[-1] >= worst["times"][-1]:
            worst = {"unit": unit, "variant": variant, "times": times}
    return worst


def main(argv: list[str]) -> int:
    sizes = [int(s) for s in argv[0].split(",")]
    patterns = all_patterns()
    anchored = anchored_names(list(patterns))
    bounded = bounded_names(list(patterns))
    for name in argv[1:]:
        print(f"start {name}", file=sys.stderr, flush=True)
        bound = bounded.get(name)
        these = [bound] * len(sizes) if bound else sizes
        result = probe(patterns[name], these, name in anchored)
        result["sizes"] = these
        print(json.dumps({"name": name, "anchored": name in anchored, "bounded": bound, "worst": result}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
