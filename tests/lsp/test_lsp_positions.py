"""Ranges stay exact with emoji, CJK, combining accents and CRLF, in UTF-16 and UTF-8."""

from __future__ import annotations

import pytest

from lsp_harness import find, range_of, units

pytestmark = pytest.mark.asyncio(loop_scope="session")

TRICKY = (
    "# Brief 🎉\r\n"
    "\r\n"
    "数据分析 — café and cafe\u0301 👩\u200d👩\u200d👧 I'm so stressed. Make it polished.\r\n"
    "🚀🚀 URGENT!!! Fix it NOW.\r\n"
)


async def test_ranges_with_wide_characters_and_crlf(editor):
    doc = editor.open("tricky.prompt.md", TRICKY)
    diags = await editor.diagnostics(doc)
    assert diags
    for d in diags:
        start, end = d.data["start"], d.data["end"]
        assert d.range == range_of(doc.text, start, end, editor.encoding), (d.code, doc.text[start:end])
        assert editor.span(doc, d) == doc.text[start:end]

    d = find(diags, editor, doc, "stressed")
    line = doc.text.split("\r\n")[2]
    prefix = line[: line.index("I'm so stressed")]
    assert d.range.start.line == 2
    # the column counts the prefix in the negotiated units: emoji and the ZWJ family are
    # 2 UTF-16 units per astral character, 4 UTF-8 bytes; CJK 1 vs 3; the combining accent 1 vs 2
    assert d.range.start.character == units(prefix, editor.encoding)
    assert d.range.start.character != len(prefix)  # the line is not plain code points

    shout = find(diags, editor, doc, "URGENT")
    assert shout.range.start.line == 3
    assert shout.range.start.character == units("🚀🚀 ", editor.encoding)


async def test_inserting_an_emoji_shifts_by_its_width(editor):
    doc = editor.open("shift.md", "Hello. I'm so stressed.\r\nNext line.\r\n")
    before = find(await editor.diagnostics(doc), editor, doc, "stressed")
    editor.edit(doc, 0, 0, "😀")
    after = find(await editor.diagnostics(doc), editor, doc, "stressed")
    width = 2 if editor.encoding == "utf-16" else 4
    assert after.range.start.character == before.range.start.character + width
    assert after.range.end.character == before.range.end.character + width
    # an edit given in client units right after the emoji lands after it, not inside it
    editor.edit(doc, 1, 1, "é")
    again = find(await editor.diagnostics(doc), editor, doc, "stressed")
    assert doc.text.startswith("😀éHello.")
    assert editor.span(doc, again) == doc.text[again.data["start"] : again.data["end"]]


async def test_unusual_line_separators_are_not_line_breaks(editor):
    """LSP ends lines only at \\n, \\r\\n and \\r: a form feed or U+2028 inside a line must
    not move the findings after it to another line (str.splitlines would)."""
    text = "Intro\x0cstill line zero\u2028and here. I'm so stressed.\nURGENT!!!\n"
    doc = editor.open("separators.md", text)
    diags = await editor.diagnostics(doc)
    d = find(diags, editor, doc, "stressed")
    assert d.range.start.line == 0
    assert find(diags, editor, doc, "URGENT").range.start.line == 1


async def test_utf32_when_offered_first(client, tmp_path):
    from lsp_harness import start_editor

    editor = await start_editor(client, "neovim", "utf-32", tmp_path, {"literalist": {"debounceMs": 0}})
    assert editor.encoding == "utf-32"
    doc = editor.open("utf32.md", "🎉数据 I'm so stressed.\n")
    d = find(await editor.diagnostics(doc), editor, doc, "stressed")
    assert d.range.start.character == d.data["start"] >= len("🎉数据 ")  # code points, on line 0
    assert editor.span(doc, d) == doc.text[d.data["start"] : d.data["end"]]
