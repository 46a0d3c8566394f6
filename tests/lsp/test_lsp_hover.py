"""Hover explains a flagged span the way the model reads it; nothing elsewhere."""

from __future__ import annotations

import pytest

from lsprotocol import types

from lsp_harness import find

pytestmark = pytest.mark.asyncio(loop_scope="session")

TEXT = "Summarize the sales figures below.\n\nI'm so stressed. Make it polished.\n"


async def test_hover_on_a_finding(editor):
    from literalist.rules import ALL_RULES

    doc = editor.open("hover.md", TEXT)
    diag = find(await editor.diagnostics(doc), editor, doc, "stressed")
    rule = ALL_RULES[diag.code]
    offset = doc.text.index("stressed")
    hover = await editor.hover(doc, offset)
    assert hover is not None
    assert isinstance(hover.contents, types.MarkupContent)
    assert hover.contents.kind == types.MarkupKind.Markdown
    value = hover.contents.value
    assert rule.code in value and rule.name in value
    assert doc.text[diag.data["start"] : diag.data["end"]].split()[0] in value  # the exact words
    for part in (rule.model_view, rule.instead, rule.example_before, rule.example_after):
        assert part in value
    assert "How the model reads it" in value and "Write instead" in value
    assert hover.range == diag.range


async def test_no_hover_off_a_finding(editor):
    doc = editor.open("nohover.md", TEXT)
    diags = await editor.diagnostics(doc)
    stressed = find(diags, editor, doc, "stressed")
    assert await editor.hover(doc, doc.text.index("sales")) is None
    # the character just after the flagged span is not flagged
    end = stressed.data["end"]
    if not any(d.data["start"] <= end < d.data["end"] for d in diags):
        assert await editor.hover(doc, end) is None


async def test_plaintext_hover_for_clients_without_markdown(client, tmp_path):
    from lsp_harness import capabilities_for, start_editor

    caps = capabilities_for("neovim", None)
    caps.text_document.hover.content_format = [types.MarkupKind.PlainText]
    editor = await start_editor(client, "neovim", None, tmp_path, {"literalist": {"debounceMs": 0}}, caps=caps)
    doc = editor.open("plain.md", TEXT)
    await editor.diagnostics(doc)
    hover = await editor.hover(doc, doc.text.index("stressed"))
    assert hover.contents.kind == types.MarkupKind.PlainText
    assert "**" not in hover.contents.value and "How the model reads it" in hover.contents.value
