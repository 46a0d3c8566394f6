"""The self-check code lens on line 0, and the command that walks through the findings."""

from __future__ import annotations

import pytest

import re

from lsprotocol import types

from lsp_harness import as_location, position_at, start_editor

pytestmark = pytest.mark.asyncio(loop_scope="session")

TEXT = (
    "Write the launch email.\n\nURGENT!!! I'm so stressed. Make it polished.\n\nUse the usual format, like last time.\n"
)


def expected_title(diags) -> str:
    def count(prefix, label):
        n = sum(1 for d in diags if d.code.startswith(prefix))
        return f"{label} {n if n else 'OK'}"

    return "Self-check: " + " · ".join(
        [count("LIT1", "tone"), count("LIT2", "inference"), count("LIT3", "quality bar")]
    )


async def test_self_check_lens_and_next_finding(editor):
    doc = editor.open("lens.prompt.md", TEXT)
    diags = await editor.diagnostics(doc)
    (lens,) = await editor.code_lens(doc)
    assert lens.range.start == types.Position(line=0, character=0)
    assert lens.command.title == expected_title(diags)
    assert re.fullmatch(r"Self-check: tone \d+ · inference \d+ · quality bar (\d+|OK)", lens.command.title)
    assert lens.command.command == "literalist.nextFinding"

    # clicking it walks through the findings in order, then wraps around
    order = sorted(diags, key=lambda d: (d.data["start"], d.data["end"]))
    expected = [(d.range.start.line, d.range.start.character) for d in order]
    seen = []
    for _ in range(len(order) + 1):
        loc = as_location(await editor.command(lens.command.command, *lens.command.arguments))
        assert loc.uri == doc.uri
        seen.append((loc.range.start.line, loc.range.start.character))
    assert seen == expected + expected[:1]
    if editor.client.capabilities.window.show_document.support:
        shown = editor.client.shown_documents[-1]
        assert shown.uri == doc.uri and shown.take_focus
        assert shown.selection == order[0].range

    # from a cursor position: the first finding that starts after it
    offset = doc.text.index("I'm so")
    cursor = position_at(doc.text, offset, editor.encoding)
    loc = as_location(await editor.command("literalist.nextFinding", doc.uri, cursor.line, cursor.character))
    nxt = next(d for d in order if d.data["start"] > offset)
    assert loc.range.start == nxt.range.start


async def test_lens_on_a_clean_prompt(editor):
    doc = editor.open("clean.md", "Summarize the sales figures below in three bullet points.\n")
    diags = await editor.diagnostics(doc)
    (lens,) = await editor.code_lens(doc)
    assert lens.command.title == expected_title(diags)
    assert "tone OK" in lens.command.title


async def test_lens_can_be_switched_off(client, tmp_path):
    editor = await start_editor(
        client, "visual-studio-code", None, tmp_path, {"literalist": {"debounceMs": 0, "codeLens": False}}
    )
    doc = editor.open("nolens.md", TEXT)
    assert await editor.diagnostics(doc)
    assert await editor.code_lens(doc) == []
