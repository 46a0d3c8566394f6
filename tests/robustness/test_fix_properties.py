"""Property tests over fixes: what ``--fix`` and "fix all" do to a prompt.

- each edit stays inside the sentence that holds its finding (or the gap after it), and
  only removes words, changes case, or turns "!!!" into "." / "?": a fix never writes
  words of its own;
- a fix that deletes the words (the rule says they fade) deletes all of them;
- every stretch of the text outside those zones survives all safe fixes, in order;
- fixing repeatedly reaches a fixed point in a few passes, after which no tone finding
  still offers a fix, and fixing once more changes nothing.
"""

from __future__ import annotations


import pytest
from hypothesis import example, given

from budgets import LONG, SHORT
from hostile_text import fixable_prompt, paths
from literalist.config import Config
from literalist.engine import Linter
from literalist.fixes import apply_edits, collect_edits
from literalist.model import Category
from literalist.scoping import scope
from literalist.sentences import split_sentences
from span_checks import check_finding

MAX_PASSES = 10  # the CLI's limit too


def zone_of(doc, finding) -> tuple[int, int]:
    """Where a fix for ``finding`` may touch the text: its sentence, the gaps on either side
    up to the neighbouring sentences, and (for the last sentence) the block's trailing
    line breaks."""
    for block in doc.blocks:
        end = block.start + len(block.text)
        if block.start <= finding.start < end:
            rel = finding.start - block.start
            sents = split_sentences(block.text) or [(0, len(block.text))]
            idx = next((i for i, (s, e) in enumerate(sents) if s <= rel < e), None)
            if idx is None:  # between sentences: the gap
                idx = max([i for i, (s, _) in enumerate(sents) if s <= rel] or [0])
            lo = sents[idx - 1][1] if idx > 0 else 0
            hi = sents[idx + 1][0] if idx + 1 < len(sents) else len(block.text) + block.trail
            return block.start + lo, block.start + hi
    raise AssertionError(f"{finding.code} at {finding.start} is in no prose block")


def check_edit_content(text: str, finding, edit) -> None:
    replaced = text[edit.start : edit.end]
    content = edit.content
    code = finding.code
    if content == "":
        return
    if code == "LIT104":  # shouting: the same words in another case
        assert content.lower() == replaced.lower(), f"{code} rewrote {replaced!r} as {content!r}"
        return
    if code == "LIT105":  # "!!!" -> "."
        assert content in (".", "?") and set(replaced) <= set("!?\u203c\u20491"), f"{code}: {replaced!r} -> {content!r}"
        return
    # deleting words that opened a sentence: the next word's first letter in capitals
    assert len(content) == 1 and replaced and replaced[-1].upper() == content, (
        f"{code} fix writes {content!r} over {replaced!r}: a fix may only delete, recase or end a sentence"
    )


def safe_fixable(findings):
    return [f for f in findings if f.fix is not None and f.fix.safe and f.fix.edits]


def check_one_pass(text: str, path, linter: Linter) -> str:
    findings = linter.lint(text, path)
    doc = scope(text, path, linter.config)
    zones = []
    for f in findings:
        check_finding(text, f)
    for f in safe_fixable(findings):
        lo, hi = zone_of(doc, f)
        zones.append((lo, hi))
        covered = 0
        for e in f.fix.edits:
            assert lo <= e.start <= e.end <= hi, (
                f"{f.code} edit {e.start}:{e.end} {text[e.start:e.end]!r} leaves its sentence {lo}:{hi} {text[lo:hi]!r}"
            )
            check_edit_content(text, f, e)
            covered += max(0, min(e.end, f.end) - max(e.start, f.start))
        if f.rule.fades:
            assert covered == f.end - f.start, f"{f.code} fix does not delete all of {text[f.start:f.end]!r}"
    fixed = apply_edits(text, collect_edits(findings, only_safe=True))
    # every stretch of the original outside the fixes' zones is still there, whole and in
    # order (a character diff can align a change across an untouched stretch, "~~~\n", and
    # blame it; this asks the question itself)
    merged: list[list[int]] = []
    for lo, hi in sorted(zones):
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    outside, prev = [], 0
    for lo, hi in merged:
        outside.append((prev, lo))
        prev = hi
    outside.append((prev, len(text)))
    at = 0
    for n, (lo, hi) in enumerate(outside):
        stretch = text[lo:hi]
        if not stretch:
            continue
        if lo == 0:
            found = 0 if fixed.startswith(stretch) else -1
        elif hi == len(text):
            found = len(fixed) - len(stretch) if fixed.endswith(stretch) and len(fixed) - len(stretch) >= at else -1
        else:
            found = fixed.find(stretch, at)
        if found < 0:
            raise AssertionError(f"text changed outside any fix: {stretch!r} at {lo} in {text!r} -> {fixed!r}")
        at = found + len(stretch)
    return fixed


def fix_to_fixed_point(text: str, path, linter: Linter) -> tuple[str, int]:
    for passes in range(1, MAX_PASSES + 1):
        fixed = check_one_pass(text, path, linter)
        if fixed == text:
            return text, passes
        text = fixed
    raise AssertionError(f"fixes still change the text after {MAX_PASSES} passes: {text!r}")


def check_fixes(text: str, path) -> None:
    linter = Linter(Config(), on_rule_error=lambda code, exc: pytest.fail(f"{code} raised {exc!r}"))
    final, _ = fix_to_fixed_point(text, path, linter)
    left = [f for f in safe_fixable(linter.lint(final, path)) if f.category == Category.TONE]
    assert not left, f"tone findings with fixes survive fixing: {[(f.code, final[f.start:f.end]) for f in left]}"
    again = apply_edits(final, collect_edits(linter.lint(final, path)))
    assert again == final, "fixing a fixed text changed it"


@SHORT
@given(text=fixable_prompt, path=paths)
@example(text="URGENT: summarize these logs ASAP. I'm so stressed, can you fix it?!!", path="a.md")
@example(text="Do NOT skip this!!! NEVER invent numbers.\r\nI'm begging you", path=None)
@example(text="- URGENT!!!\n- I'm so stressed\n\n> URGENT!!!\n", path="x.prompt")
@example(text="URGENT: summarize these logs ASAP.~~~\nURGENT!!!URGENT: summarize these logs ASAP.", path=None)
def test_fixes_stay_local_and_reach_a_fixed_point(text, path):
    check_fixes(text, path)


@pytest.mark.long
@LONG
@given(text=fixable_prompt, path=paths)
def test_fixes_stay_local_and_reach_a_fixed_point_long(text, path):
    check_fixes(text, path)
