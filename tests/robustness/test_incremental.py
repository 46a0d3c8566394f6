"""The editor path: a Linter that re-lints one document after every keystroke reuses
the previous version (re-scoping one chunk, re-counting its context, re-asking only the
questions an edit can change). Every step must give exactly what a fresh Linter gives,
and every re-scoped document must equal a full scope of the same text.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from budgets import LONG, SHORT
from hostile_text import MARKUP, ODD, PROSE, paths, prompt_text
from literalist.config import Config
from literalist.context_tally import ContextTally
from literalist.engine import Linter
from literalist.positions import LineIndex
from literalist.rescoping import common_affixes, rescope
from literalist.scoping import scope

# what a writer types: mostly letters and spaces, sometimes a word that matters to a rule,
# sometimes a character that opens or closes markup, sometimes a line break
TYPED = st.one_of(
    st.sampled_from(list("abcdefghijklmnopqrstuvwxyzAEIOU .,!?'\"-:*#")),
    st.sampled_from(PROSE + ("a ", "the ", "an ", "this ", "means ", "Example:", "MODE", " or ", "RFC 2119",
                             # words whose count a rule asks about: a catalogue's label, a game's board;
                             # a tag a rule asks about: the writer's own draft shows "my voice"
                             "\n- Character: ", " games ", " the board", " my voice", "\n<draft>\n", "\n</draft>\n")),
    st.sampled_from(MARKUP + ODD + ("\n", "\r\n", "\n\n", "\t", "   ", '"""', "'''")),
)
EDIT = st.tuples(st.floats(0, 1), st.integers(0, 3), st.lists(TYPED, max_size=3).map("".join))


def apply(text: str, edit) -> str:
    where, cut, typed = edit
    at = int(where * len(text))
    return text[:at] + typed + text[at + cut:]


def check_rescope(before: str, after: str, path) -> None:
    prev = scope(before, path, Config())
    prev.lines()  # the editor path keeps a line index; it must move with the edit
    got = rescope(prev, after)
    if got is None:
        return
    doc, first, old_count, new_count = got
    fresh = scope(after, path, Config())
    assert doc.chunks == fresh.chunks and doc.chunk_scopes == fresh.chunk_scopes
    assert doc.regions == fresh.regions and doc.comments == fresh.comments
    assert doc.global_data == fresh.global_data and doc.body_start == fresh.body_start
    assert doc.blocks == fresh.blocks and doc.data_regions == fresh.data_regions
    assert doc.lines().starts == LineIndex(after).starts
    # the chunks outside the replaced stretch are the old ones, moved
    delta = len(after) - len(before)
    assert doc.chunks[:first] == prev.chunks[:first]
    assert doc.chunks[first + new_count:] == [(x + delta, y + delta) for x, y in prev.chunks[first + old_count:]]
    tally = ContextTally(prev)
    tally.replace(first, old_count, new_count, doc)
    want = ContextTally(fresh)
    for name in ("terms", "heads", "words", "caps", "defined", "described", "headings", "names"):
        assert getattr(tally, name) == getattr(want, name), name
    assert (tally.rfc, tally.examples, tally.formats) == (want.rfc, want.examples, want.formats)


def check_session(text: str, edits, path) -> None:
    warm = Linter(Config())
    assert warm.lint(text, path) == Linter(Config()).lint(text, path)
    for edit in edits:
        before, text = text, apply(text, edit)
        check_rescope(before, text, path)
        assert warm.lint(text, path) == Linter(Config()).lint(text, path), f"after {edit!r}: {text!r}"


@SHORT
@given(text=prompt_text, edits=st.lists(EDIT, min_size=1, max_size=12), path=paths)
@example(text="Write a summary.\n\nMake it polished.\n\nPolished means: short.", edits=[(0.9, 0, "x"), (0.5, 1, "")], path="a.md")
@example(text="- a\n- b\n\n<email>\nURGENT!!!\n</email>\n", edits=[(0.7, 0, "ok "), (0.1, 0, "as usual ")], path="a.md")
@example(text="a---\nmodel: x\n---\n", edits=[(0.0, 1, "")], path=None)  # deleting "a" makes front matter
# typing on the blank line between two paragraphs joins their chunks; Enter twice splits one
@example(text="Write a summary.\n\nMake it polished.\n", edits=[(17.5 / 36, 0, "x"), (0.2, 0, "\n\n")], path="a.md")
# typing inside, beside and into triple quotes: what they enclose is data
@example(text='Reply to this.\n\n"""\nURGENT!!! as usual\n"""\n\nBe brief.\n', edits=[(0.5, 0, "x "), (0.3, 1, ""), (0.9, 0, '"""')], path=None)
# deleting what stood between a CR and an LF joins them into one line break (found by the long run)
@example(text="\U0001f600\r\U0001f600\n```", edits=[(0.375, 1, "")], path=None)
@example(text="a\r\nb", edits=[(0.25, 0, "x")], path=None)  # typing between them splits it
# a tag or template tag does not run over a line break, LF or lone CR (the re-scope reads lines)
@example(text="\r%}", edits=[(0.0, 0, "{%")], path=None)
@example(text="b\n x> hi", edits=[(0.0, 0, "<")], path="a.md")
@example(text="b\r x> hi", edits=[(0.0, 0, "<")], path=None)
def test_every_keystroke_matches_a_fresh_lint(text, edits, path):
    check_session(text, edits, path)


@pytest.mark.long
@LONG
@given(text=prompt_text, edits=st.lists(EDIT, min_size=1, max_size=40), path=paths)
def test_every_keystroke_matches_a_fresh_lint_long(text, edits, path):
    check_session(text, edits, path)


@SHORT
@given(a=st.text(max_size=300), b=st.text(max_size=300))
def test_common_affixes(a, b):
    p, s = common_affixes(a, b)
    assert a[:p] == b[:p] and p + s <= min(len(a), len(b))
    assert a[len(a) - s:] == b[len(b) - s:]
    assert p == min(len(a), len(b)) or a[p] != b[p]
    rest = min(len(a), len(b)) - p
    assert s == rest or a[len(a) - s - 1] != b[len(b) - s - 1]


@pytest.mark.parametrize(
    "before, after",
    [
        # a definition typed (or broken) in a later paragraph changes the verdict on the first
        ("Make it polished.\n\nPolished meant no typos.\n", "Make it polished.\n\nPolished means no typos.\n"),
        ("Make it polished.\n\nPolished means no typos.\n", "Make it polished.\n\nPolished mean no typos.\n"),
        # the client described further down
        ("Email the client about the delay.\n\nThe clint is a 40-person firm.\n",
         "Email the client about the delay.\n\nThe client is a 40-person firm.\n"),
        # an example appears: the request above no longer lacks one
        ("Write a product description for the kettle.\n\nExampl:\n", "Write a product description for the kettle.\n\nExample:\n"),
        # a third entry with the same field label makes it a catalogue's field (a word count reaching 3)
        ("- Character: Warm, professional\n\n- Character: Calm, steady\n\n- Charactr: Bold, modern\n",
         "- Character: Warm, professional\n\n- Character: Calm, steady\n\n- Character: Bold, modern\n"),
        # the prompt turns out to be about games: "the board" is the game's (a word first mentioned)
        ("Check each rule against the size of the board.\n\nYou critique new gmes. Each game is short.\n",
         "Check each rule against the size of the board.\n\nYou critique new games. Each game is short.\n"),
    ],
)
def test_an_edit_in_one_paragraph_changes_findings_in_another(before, after):
    warm = Linter(Config())
    old = warm.lint(before, "a.md")
    new = warm.lint(after, "a.md")
    assert rescope(scope(before, "a.md", Config()), after) is not None, "the edit should take the fast path"
    assert new == Linter(Config()).lint(after, "a.md")
    first_line = len(before.split("\n")[0])
    assert [f for f in old if f.end <= first_line] != [f for f in new if f.end <= first_line], (
        "the case must change a finding outside the edited paragraph"
    )


@SHORT
@given(text=prompt_text, edit=EDIT)
def test_the_servers_line_index_moves_with_an_edit(text, edit):
    """The language server moves its line index after an incremental change instead of
    rebuilding it; it must be the index of the new text."""
    from literalist.lsp.document_store import _moved

    where, cut, typed = edit
    start = int(where * len(text))
    end = min(len(text), start + cut)
    after = text[:start] + typed + text[end:]
    assert _moved(LineIndex(text), after, start, end, typed).starts == LineIndex(after).starts


def test_typing_beside_a_closing_tag_changes_how_its_element_is_masked():
    """A data element is masked with blanks when its tags stand alone on their lines and
    with letters otherwise; typing after "</email>" flips that for the element's every
    line, back to lines in earlier chunks. The re-scope must see it."""
    text = "Intro.\n\n<email>\nhi\n\nthere\n</email>  \n\nAfter.\n"
    at = text.index("</email>  ") + len("</email>  ")
    typed = [((at + 0.5) / len(text), 0, "x"), ((at + 0.5) / (len(text) + 1), 1, "")]
    check_session(text, typed, "a.md")
    check_session(text[:at] + "x" + text[at:], typed[1:], "a.md")


def test_closing_a_handlebars_comment_on_a_later_line_hides_what_it_now_holds():
    """A "{{!" comment left open is closed by "}}" typed lines below it (found by the long
    run): everything between becomes a comment, back to the line that opened it, and
    deleting the "}}" opens it again. The re-scope must leave such an edit to a full scope."""
    text = "{{!\nURGENT!!!"
    check_session(text, [(1.0, 0, "}}")], None)
    check_session(text + "}}", [((len(text) + 0.5) / (len(text) + 2), 2, "")], None)


def test_the_line_before_a_request_element_says_whether_it_holds_someone_elses_words():
    """"Example of what comes in:" on the line before <request> makes the element data;
    typing on that line (no tag on it) can make or unmake that, so the re-scope must see it."""
    text = "Sort these.\nThis is what comes:\n<request>\nFIX IT NOW\n</request>\n"
    at = text.index("comes:") + len("comes")
    check_session(text, [((at + 0.5) / len(text), 0, " in"), ((at + 0.5) / (len(text) + 3), 3, "")], None)
