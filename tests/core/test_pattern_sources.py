"""Rule patterns are often built as f-strings (rf"..."), where a regex repeat such as `{0,40}`
is read by Python as an expression and turns into the text "(0, 40)": the pattern still
compiles and silently matches something else. Repeats in f-strings must be doubled ({{0,40}})."""

import io
import re
import tokenize
from pathlib import Path

import literalist

SOURCE = Path(literalist.__file__).resolve().parent
# a repeat with single braces: {n}, {n,}, {n,m} not part of {{...}}
_SINGLE_REPEAT = re.compile(r"(?<!\{)\{\d+(?:,\d*)?\}(?!\})")


def _f_string_literals(path: Path):
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text("utf-8")).readline)
    for tok in tokens:
        if tok.type == tokenize.STRING and re.match(r"(?i)(?:rf|fr|f)['\"]", tok.string):
            yield tok.start[0], tok.string
        elif tok.type == getattr(tokenize, "FSTRING_START", -1):  # Python 3.12+ tokenizes f-strings in parts
            yield tok.start[0], tok.line


def test_no_regex_repeat_in_an_f_string_is_single_braced():
    bad = [
        f"{path.relative_to(SOURCE)}:{line}: {m.group()}"
        for path in sorted(SOURCE.rglob("*.py"))
        for line, literal in _f_string_literals(path)
        for m in _SINGLE_REPEAT.finditer(literal)
    ]
    assert bad == []


def test_the_check_sees_the_mistake(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('X = rf"\\bwhy\\s+{0,40}"\nY = rf"\\bok{{0,40}}"\nZ = r"plain{0,40}"\n', "utf-8")
    found = [m.group() for _, literal in _f_string_literals(sample) for m in _SINGLE_REPEAT.finditer(literal)]
    assert found == ["{0,40}"]
