"""Diagnostics over stdio: on open, after incremental edits, which documents are linted."""

from __future__ import annotations

import pytest

import re

from lsprotocol import types

from lsp_harness import covering, find, range_of

pytestmark = pytest.mark.asyncio(loop_scope="session")

PROMPT = (
    "# Weekly summary\n"
    "\n"
    "Summarize the sales figures below in three bullet points.\n"
    "\n"
    "I'm so stressed. Make it polished.\n"
    "\n"
    "URGENT!!! Fix it NOW.\n"
    "\n"
    "Use the usual format, like last time.\n"
)


def check_shape(editor, doc, d: types.Diagnostic) -> None:
    """What every diagnostic must carry, and its range exactly where its data says."""
    assert d.source == "literalist"
    assert re.fullmatch(r"LIT\d{3}", d.code), d.code
    assert d.code_description is not None and d.code_description.href.endswith(f"/rules/{d.code}")
    assert d.severity in tuple(types.DiagnosticSeverity)
    assert d.message
    assert d.data["code"] == d.code
    start, end = d.data["start"], d.data["end"]
    assert d.range == range_of(doc.text, start, end, editor.encoding)
    assert editor.span(doc, d) == doc.text[start:end]


async def test_diagnostics_on_open(editor):
    doc = editor.open("brief.prompt.md", PROMPT)
    diags = await editor.diagnostics(doc)
    for d in diags:
        check_shape(editor, doc, d)
    assert find(diags, editor, doc, "stressed").code.startswith("LIT1")
    assert find(diags, editor, doc, "URGENT").code.startswith("LIT1")
    assert find(diags, editor, doc, "polished").code.startswith("LIT3")
    assert any(
        d.code.startswith("LIT2")
        for d in covering(diags, editor, doc, "usual") + covering(diags, editor, doc, "last time")
    )
    # words the tone fix deletes fade; inference findings are not deleted, so never fade
    tone = [d for d in diags if d.code.startswith("LIT1")]
    assert any(types.DiagnosticTag.Unnecessary in (d.tags or []) for d in tone)
    assert not any(d.tags for d in diags if d.code.startswith("LIT2"))


async def test_diagnostics_follow_incremental_edits(editor):
    doc = editor.open("AGENTS.md", "Summarize the sales figures below in three bullet points.\n")
    assert not covering(await editor.diagnostics(doc), editor, doc, "summarize")

    # type a stressed sentence in the middle of the line
    editor.edit(
        doc,
        len("Summarize the sales figures below"),
        len("Summarize the sales figures below"),
        ". I'm so stressed. Put them",
    )
    diags = await editor.diagnostics(doc)
    d = find(diags, editor, doc, "stressed")
    check_shape(editor, doc, d)
    assert d.range.start.line == 0

    # two changes in one didChange: a new line above (moves the finding down), and a fix-up
    editor.apply_text_edits(doc, [(0, 0, "Context first.\n"), (len(doc.text) - 1, len(doc.text) - 1, " Thanks.")])
    diags = await editor.diagnostics(doc)
    d = find(diags, editor, doc, "stressed")
    check_shape(editor, doc, d)
    assert d.range.start.line == 1

    # delete it again: the finding goes with it
    editor.replace(doc, " I'm so stressed.", "")
    diags = await editor.diagnostics(doc)
    assert not covering(diags, editor, doc, "stressed")
    assert "stressed" not in doc.text


async def test_prompt_files_by_name_and_language(editor):
    """A .prompt file, an unsaved buffer with language "prompt", and Markdown prompt files
    are linted; a text file is not."""
    ignored = editor.open("notes.txt", "URGENT!!! I'm so stressed.\n", language_id="plaintext")
    dotprompt = editor.open(
        "summarize.prompt",
        "---\nmodel: googleai/gemini-1.5-pro\n---\nSummarize {{text}}. I'm so stressed.\n",
        language_id="prompt",
    )
    unsaved = editor.open_doc(
        type(dotprompt)(uri="untitled:Untitled-1", text="I'm so stressed. Fix it NOW.\n", language_id="prompt")
    )
    claude = editor.open("CLAUDE.md", "I'm so stressed.\n", language_id="markdown")
    skill = editor.open("skills/pdf/SKILL.md", "I'm so stressed.\n", language_id="markdown")
    # a Cursor rule file: editors that do not know .mdc call it plain text; its name decides
    rule = editor.open(".cursor/rules/style.mdc", "---\nalwaysApply: true\n---\nI'm so stressed.\n", language_id="plaintext")
    for doc in (dotprompt, unsaved, claude, skill, rule):
        diags = await editor.diagnostics(doc)
        assert find(diags, editor, doc, "stressed").code.startswith("LIT1"), doc.uri
    if editor.pull:
        report = await editor.pull_report(ignored)
        assert list(report.items) == []
    else:
        assert ignored.uri not in editor.client.published


async def test_closing_a_document_clears_it(editor):
    doc = editor.open("close.md", "I'm so stressed.\n")
    assert await editor.diagnostics(doc)
    editor.close(doc)
    if editor.pull:
        report = await editor.pull_report(doc)
        assert list(report.items) == []
    else:
        from lsp_harness import wait_until

        await wait_until(
            lambda: list(editor.client.published[doc.uri][-1].diagnostics) == [], message="cleared diagnostics"
        )


async def test_an_edit_further_down_changes_a_finding_above(editor):
    """The server re-lints only what an edit touches, and re-asks the questions a cached
    finding depended on: here, whether the prompt is about games ("the board" is then the
    game's, not a board of directors)."""
    doc = editor.open("critic.prompt.md", "Check each rule against the size of the board.\n\nYou critique new gmes. Each game is short.\n")
    assert covering(await editor.diagnostics(doc), editor, doc, "the board")
    editor.replace(doc, "gmes", "games")
    assert not covering(await editor.diagnostics(doc), editor, doc, "the board")
