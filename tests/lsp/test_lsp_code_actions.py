"""Code actions: each quick fix's edit applied by the client, then the re-lint shows the
finding gone; fix-all as an action and as a command; disable-for-this-line comments."""

from __future__ import annotations

import pytest

from lsprotocol import types

from lsp_harness import covering, find

pytestmark = pytest.mark.asyncio(loop_scope="session")

FIX_ALL_KIND = "source.fixAll.literalist"
FIX_ALL_TITLE = "Strip all emotional language in this file"


async def actions_for(editor, doc, diag, only=None):
    return await editor.code_actions(doc, diag.data["start"], diag.data["end"], [diag], only=only)


def check_edit_shape(editor, doc, action: types.CodeAction) -> None:
    """Versioned documentChanges for clients that take them (VS Code), changes otherwise."""
    if editor.supports_document_changes:
        assert action.edit.changes is None
        (change,) = action.edit.document_changes
        assert change.text_document.uri == doc.uri
        assert change.text_document.version == doc.version
    else:
        assert action.edit.document_changes is None
        assert list(action.edit.changes) == [doc.uri]


async def apply_quick_fix(editor, doc, word: str, expected_title: str | None = None):
    from literalist.rules import ALL_RULES

    diag = find(await editor.diagnostics(doc), editor, doc, word)
    actions = await actions_for(editor, doc, diag)
    fix = actions[0]
    assert fix.kind == types.CodeActionKind.QuickFix and fix.is_preferred
    assert fix.title == ALL_RULES[diag.code].fix_title
    if expected_title:
        assert fix.title == expected_title
    assert fix.diagnostics and fix.diagnostics[0].code == diag.code
    check_edit_shape(editor, doc, fix)
    assert editor.apply_workspace_edit(fix.edit)
    return diag, await editor.diagnostics(doc)


def ALL_RULES_title(diag) -> str:
    from literalist.rules import ALL_RULES

    return ALL_RULES[diag.code].fix_title


async def test_strip_emotional_language(editor):
    doc = editor.open("strip.md", "Summarize the sales figures below. I'm so stressed. Keep it short.\n")
    diag, after = await apply_quick_fix(editor, doc, "stressed", "Strip emotional language")
    assert "stressed" not in doc.text
    assert "Summarize the sales figures below." in doc.text and "Keep it short." in doc.text
    assert not [d for d in after if d.code == diag.code]


async def test_normal_case_for_shouting(editor):
    doc = editor.open("shout.md", "Read the notes below. DO NOT invent anything.\n")
    diag, after = await apply_quick_fix(editor, doc, "NOT")
    assert "normal case" in ALL_RULES_title(diag).lower()
    assert "DO NOT" not in doc.text and "not invent anything" in doc.text.lower()
    assert not covering(after, editor, doc, "invent")


async def test_define_this_term(editor):
    doc = editor.open("quality.md", "Write a launch email for the new app. Make it polished.\n")
    diag, after = await apply_quick_fix(editor, doc, "polished", "Define this term")
    assert "polished" in doc.text.lower() and len(doc.text) > len(
        "Write a launch email for the new app. Make it polished.\n"
    )
    assert not [d for d in after if d.code == diag.code]


async def test_strip_emotional_language_comes_first(editor):
    doc = editor.open("order.md", "Make it polished, I'm so stressed.\n")
    diags = await editor.diagnostics(doc)
    line = [d for d in diags if d.range.start.line == 0]
    actions = await editor.code_actions(doc, 0, len(doc.text) - 1, line)
    quick = [a for a in actions if a.kind == types.CodeActionKind.QuickFix]
    assert quick[0].title == "Strip emotional language"


async def test_fix_all_action(editor):
    doc = editor.open(
        "fixall.md",
        "URGENT!!! Summarize the sales figures below.\n\nI'm so stressed. Use the usual format.\n\nFix it NOW.\n\n"
        # fixes that overlap in one pass: one action must still leave nothing behind
        "My boss is breathing down my neck. Send it NOW!!!\n",
    )
    diags = await editor.diagnostics(doc)
    assert len([d for d in diags if d.code.startswith("LIT1")]) >= 3
    actions = await editor.code_actions(doc, 0, 0, [], only=["source.fixAll"])
    assert [a.title for a in actions] == [FIX_ALL_TITLE]
    assert actions[0].kind == FIX_ALL_KIND
    everything = await editor.code_actions(doc, 0, len(doc.text), diags)
    assert FIX_ALL_TITLE in [a.title for a in everything]
    only_quick = await editor.code_actions(doc, 0, len(doc.text), diags, only=["quickfix"])
    assert only_quick and FIX_ALL_TITLE not in [a.title for a in only_quick]
    check_edit_shape(editor, doc, actions[0])
    assert editor.apply_workspace_edit(actions[0].edit)
    after = await editor.diagnostics(doc)
    assert not [d for d in after if d.code.startswith("LIT1")], [(d.code, editor.span(doc, d)) for d in after]
    assert covering(after, editor, doc, "usual")  # other families are left alone
    assert "Summarize the sales figures below." in doc.text

    # nothing left to strip: no fix-all offered
    assert await editor.code_actions(doc, 0, 0, [], only=["source.fixAll"]) == []


async def test_strip_all_command(editor):
    doc = editor.open("command.md", "URGENT!!! Summarize the figures.\n\nI'm so stressed.\n")
    await editor.diagnostics(doc)
    before = len(editor.client.applied_edits)
    result = await editor.command("literalist.stripAllEmotionalLanguage", doc.uri)
    assert result["applied"] is True and result["edits"] >= 2
    assert len(editor.client.applied_edits) == before + 1
    assert editor.client.applied_edits[-1].label == FIX_ALL_TITLE
    after = await editor.diagnostics(doc)
    assert not [d for d in after if d.code.startswith("LIT1")]
    assert "stressed" not in doc.text and "URGENT" not in doc.text


async def test_disable_for_this_line_markdown(editor):
    doc = editor.open("disable.md", "Steps:\n\n  - I'm so stressed. Make it polished.\n")
    diags = await editor.diagnostics(doc)
    diag = find(diags, editor, doc, "stressed")
    actions = await actions_for(editor, doc, diag)
    disable = [a for a in actions if a.title == f"Disable {diag.code} for this line"]
    assert len(disable) == 1
    check_edit_shape(editor, doc, disable[0])
    assert editor.apply_workspace_edit(disable[0].edit)
    assert f"\n  <!-- literalist-disable-next-line {diag.code} -->\n  - I'm so stressed." in doc.text
    after = await editor.diagnostics(doc)
    assert not [d for d in after if d.code == diag.code]
    polished = find(after, editor, doc, "polished")  # other rules on that line still speak

    # a second rule on the same line joins the existing comment
    actions = await actions_for(editor, doc, polished)
    disable = [a for a in actions if a.title == f"Disable {polished.code} for this line"]
    assert editor.apply_workspace_edit(disable[0].edit)
    assert f"<!-- literalist-disable-next-line {diag.code} {polished.code} -->" in doc.text
    after = await editor.diagnostics(doc)
    assert not [d for d in after if d.code in (diag.code, polished.code)]


async def test_disable_for_this_line_dotprompt(editor):
    text = "---\nmodel: googleai/gemini-1.5-pro\n---\r\nSummarize {{text}}.\r\n\tI'm so stressed.\r\n"
    doc = editor.open("disable.prompt", text, language_id="prompt")
    diag = find(await editor.diagnostics(doc), editor, doc, "stressed")
    actions = await actions_for(editor, doc, diag)
    (disable,) = [a for a in actions if a.title.startswith("Disable")]
    assert editor.apply_workspace_edit(disable.edit)
    assert f"\r\n\t{{{{! literalist-disable-next-line {diag.code} }}}}\r\n\tI'm so stressed." in doc.text
    after = await editor.diagnostics(doc)
    assert not [d for d in after if d.code == diag.code]


async def test_edit_for_an_old_version_is_refused(client, tmp_path):
    """Versioned edits: a quick fix computed before the user typed again does not apply."""
    from lsp_harness import start_editor

    editor = await start_editor(client, "visual-studio-code", None, tmp_path, {"literalist": {"debounceMs": 0}})
    doc = editor.open("old.md", "Hello. I'm so stressed.\n")
    diag = find(await editor.diagnostics(doc), editor, doc, "stressed")
    (fix, *_) = await actions_for(editor, doc, diag)
    editor.edit(doc, 0, 0, "New line.\n")
    assert editor.apply_workspace_edit(fix.edit) is False
    assert doc.text == "New line.\nHello. I'm so stressed.\n"
