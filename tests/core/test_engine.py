from literalist.config import Config
from literalist.engine import Linter, lint
from literalist.model import Severity
from literalist.rules import ALL_RULES


def test_select_ignore_and_severity_override():
    text = "URGENT: fix it. Make it polished."
    assert {f.code for f in lint(text, "p.md", Config(select=["LIT3"]))} == {"LIT301"}
    assert "LIT101" not in {f.code for f in lint(text, "p.md", Config(ignore=["LIT101"]))}
    f = next(f for f in lint(text, "p.md", Config(severity={"LIT101": Severity.ERROR})) if f.code == "LIT101")
    assert f.severity is Severity.ERROR


def test_team_phrases_are_literal_words_not_regexes():
    cfg = Config(phrases={"tone": ["(a+)+$"], "inference": ["per the Monday sync"]})
    text = "Do it per the Monday sync. aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"
    found = {(f.code, text[f.start:f.end]) for f in lint(text, "p.md", cfg)}
    assert ("LIT290", "per the Monday sync") in found
    assert not any(c == "LIT190" for c, _ in found)
    assert ("LIT190", "(a+)+$") in {(f.code, "(a+)+$"[0:]) for f in lint("x (a+)+$ y", "p.md", cfg)}


def test_a_failing_rule_is_reported_and_skipped(monkeypatch):
    from literalist import rules

    def boom(block, ctx):
        raise RuntimeError("boom")

    monkeypatch.setattr(rules, "BLOCK_CHECKS", ((("LIT101",), boom), *rules.BLOCK_CHECKS[1:]))
    import literalist.engine as engine

    monkeypatch.setattr(engine, "BLOCK_CHECKS", rules.BLOCK_CHECKS)
    errors = []
    findings = Linter(on_rule_error=lambda code, exc: errors.append(code)).lint("Make it polished. ASAP.", "p.md")
    assert errors == ["LIT101"]
    assert {f.code for f in findings} == {"LIT301"}


def test_incremental_relint_reuses_unchanged_blocks():
    linter = Linter()
    text = "\n\n".join(f"Paragraph {i} is plain." for i in range(50)) + "\n\nMake it polished.\n"
    linter.lint(text, "p.md")
    size, linted = len(linter._cache), linter.blocks_linted
    linter.lint(text.replace("Paragraph 3 ", "Paragraph three "), "p.md")
    assert linter.blocks_linted == linted + 1
    blocks = {key[0].strip() for key in linter._cache}
    # the edited block replaced its old version in the cache; nothing else was added
    assert len(linter._cache) == size
    assert "Paragraph three is plain." in blocks and "Paragraph 3 is plain." not in blocks


def test_typing_does_not_grow_the_caches():
    """Each keystroke makes a new version of the edited chunk; the versions it replaced are
    forgotten, so the caches hold what the document holds however long one types."""
    from literalist import context, scoping

    linter = Linter()
    text = "\n\n".join(f"Paragraph {i} is plain, and I'm stressed." for i in range(50)) + "\n"
    linter.lint(text, "p.md")
    sizes = (len(linter._cache), len(linter._chunks), len(scoping._CHUNK_BLOCKS), len(context._chunk_words.cache))
    at = text.index("Paragraph 7 ") + len("Paragraph 7")
    for ch in " is not so plain any more":
        text = text[:at] + ch + text[at:]
        at += 1
        linter.lint(text, "p.md")
    assert (len(linter._cache), len(linter._chunks), len(scoping._CHUNK_BLOCKS), len(context._chunk_words.cache)) == sizes
    assert [f.code for f in linter.lint(text, "p.md")] == [f.code for f in Linter().lint(text, "p.md")]


def test_every_rule_has_complete_metadata():
    for code, rule in ALL_RULES.items():
        assert code == rule.code and rule.name and rule.summary and rule.model_view and rule.instead
        assert rule.example_before and rule.example_after


def test_forgetting_a_document_drops_what_was_kept_to_re_lint_it():
    """A closed document: the linter and the text caches let go of it, and linting it again
    gives what a fresh linter gives."""
    from literalist import context, scoping

    linter = Linter()
    linter.lint("Keep it short.\n", "other.md")
    sizes = (len(linter._cache), len(linter._chunks), len(scoping._CHUNK_BLOCKS), len(context._chunk_words.cache))
    text = "\n\n".join(f"Section {i} of the closed file, as usual." for i in range(30)) + "\n"
    linter.lint(text, "closed.md")
    assert len(linter._cache) > sizes[0]
    linter.forget("closed.md")
    after = (len(linter._cache), len(linter._chunks), len(scoping._CHUNK_BLOCKS), len(context._chunk_words.cache))
    assert all(a <= b for a, b in zip(after, sizes)), (after, sizes)
    assert "closed.md" not in linter._documents and "other.md" in linter._documents
    assert linter.lint(text, "closed.md") == Linter().lint(text, "closed.md")
