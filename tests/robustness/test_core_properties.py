"""Property tests over the analysis core: any text, any path, no exception, sound spans.

The engine catches a rule that raises and skips it (so one bad rule cannot take a document
down); these tests install ``on_rule_error`` and fail on it, so a swallowed crash still
shows here.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pygls.workspace import PositionCodec

from budgets import HUGE_LONG, HUGE_SHORT, LONG, SHORT
from hostile_text import any_text, huge_line, paths, prompt_text
from literalist.config import Config
from literalist.engine import Linter
from literalist.lsp.document_store import Positions
from literalist.lsp.encoding import ColumnCodec
from literalist.positions import LineIndex
from literalist.scoping import scope
from span_checks import check_finding, line_starts, lsp_position, splits_surrogate_pair

# A config with every knob turned: team phrases (literal, regex metacharacters included),
# extra data tags, allowed capitals, a low sentence limit.
BUSY_CONFIG = Config(
    phrases={"tone": ["code red", "(a+)+$", "fire drill"], "inference": ["per the usual", "[x]*"], "quality": ["chef's kiss", "\\d+"]},
    allow_caps=["URGENT", "NASA"],
    data_tags=["ticket_body", "x"],
    max_sentence_words=8,
)
CONFIGS = st.sampled_from([Config(), BUSY_CONFIG, Config(select=["LIT1"]), Config(ignore=["LIT"])])


def lint_strictly(text: str, path, config: Config):
    errors = []
    findings = Linter(config, on_rule_error=lambda code, exc: errors.append((code, repr(exc)))).lint(text, path)
    assert not errors, f"rules raised (and were skipped by the engine): {errors}"
    return findings


def check_all(text: str, findings) -> None:
    assert findings == sorted(findings, key=lambda f: (f.start, f.end, f.code)), "findings are not sorted"
    for f in findings:
        check_finding(text, f)
    check_lsp_ranges(text, findings)


def check_lsp_ranges(text: str, findings) -> None:
    """Each span converted to LSP positions (the server's own converter) agrees with an
    independent conversion, never lands inside a surrogate pair, and converts back."""
    if not findings:
        return
    starts = line_starts(text)
    index = LineIndex(text)
    for encoding in ("utf-16", "utf-8"):
        positions = Positions(index, ColumnCodec(encoding))
        for f in findings:
            rng = positions.range(f.start, f.end)
            for offset, pos in ((f.start, rng.start), (f.end, rng.end)):
                assert (pos.line, pos.character) == lsp_position(text, starts, offset, encoding), (
                    f"{f.code} offset {offset}: server says {pos}, expected {lsp_position(text, starts, offset, encoding)}"
                )
                if encoding == "utf-16":
                    assert not splits_surrogate_pair(text, starts, pos.line, pos.character), f"{f.code} splits a pair"
                assert positions.offset(pos) == offset, f"{f.code}: {pos} does not convert back to {offset}"
    # pygls' own codec agrees on the UTF-16 column of each span start within its line
    codec = PositionCodec("utf-16")
    for f in findings:
        line, _ = lsp_position(text, starts, f.start)
        assert codec.client_num_units(text[starts[line] : f.start]) == lsp_position(text, starts, f.start)[1]


@SHORT
@given(text=any_text, path=paths, config=CONFIGS)
@example(text="\ud83d\ude00 URGENT!!! fix it NOW\r\n\U0001f600I'm so stressed", path="a.md", config=Config())
@example(text="```\nURGENT!!!\n", path=None, config=Config())
@example(text="<email>URGENT!!! <!-- {{! \r\r\n", path="x.prompt", config=Config())
def test_lint_any_text(text, path, config):
    check_all(text, lint_strictly(text, path, config))


@SHORT
@given(text=any_text, path=paths, config=CONFIGS)
def test_scope_keeps_offsets_exact(text, path, config):
    """Blocks are slices of the text with masked characters turned into spaces; line
    breaks stay where they were; every region is inside the text."""
    doc = scope(text, path, config)
    n = len(text)
    last_end = -1
    for b in doc.blocks:
        assert 0 <= b.start and b.start + len(b.text) <= n
        assert b.start >= last_end, "blocks overlap or are out of order"
        last_end = b.start + len(b.text)
        original = text[b.start : b.start + len(b.text)]
        for got, was in zip(b.text, original):
            assert got == was or (got == " " and was not in "\r\n"), f"block text changed {was!r} into {got!r}"
        assert b.trail >= 0 and last_end + b.trail <= n
        for qs, qe in b.quoted:
            assert 0 <= qs <= qe <= len(b.text)
    for s, e, _ in doc.comments + doc.data_regions:
        assert 0 <= s <= e <= n


@SHORT
@given(text=prompt_text, path=paths)
def test_linter_cache_matches_a_fresh_linter(text, path):
    """The editor re-lints with a warm block cache after each keystroke; the answer must be
    what a cold linter gives for the same text (a stale cache entry would show as a diff)."""
    warm = Linter(Config())
    warm.lint(text + "\n\nURGENT!!! as usual", path)
    warm.lint(text[: len(text) // 2], path)
    assert warm.lint(text, path) == Linter(Config()).lint(text, path)


@HUGE_SHORT
@given(text=huge_line(), path=st.sampled_from(["long.md", "long.prompt"]))
def test_fifty_thousand_character_line(text, path):
    check_all(text, lint_strictly(text, path, Config()))


@pytest.mark.long
@LONG
@given(text=any_text, path=paths, config=CONFIGS)
def test_lint_any_text_long(text, path, config):
    check_all(text, lint_strictly(text, path, config))


@pytest.mark.long
@LONG
@given(text=any_text, path=paths, config=CONFIGS)
def test_scope_keeps_offsets_exact_long(text, path, config):
    test_scope_keeps_offsets_exact.hypothesis.inner_test(text, path, config)


@pytest.mark.long
@HUGE_LONG
@given(text=huge_line() | huge_line(dense=True, length=5_000), path=st.sampled_from(["long.md", "long.prompt"]))
def test_fifty_thousand_character_line_long(text, path):
    check_all(text, lint_strictly(text, path, Config()))


@pytest.mark.long
@pytest.mark.parametrize("run", [" ", "\t", "\u2028"])
def test_a_phrase_inside_a_long_run_of_spaces_lints_in_a_child_within_a_minute(run):
    """A trigger phrase with 25,000 spaces on each side (after a word: leading spaces would
    make the line a Markdown code block): one regex tried a shared space loop
    again at every space after "your judgment" (quadratic: about 150 s a lint). Run in a
    child with a timeout, so a regression fails the test instead of stalling the suite; the
    minute is a hang detector, not a budget (it takes about a second)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from literalist.engine import Linter\n"
        f"text = 'Note:' + {run!r} * 25_000 + 'use your judgment' + {run!r} * 25_000 + 'as usual'\n"
        "print(len(Linter().lint(text, 'long.md')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) >= 1  # the phrases are still found
