"""Push vs pull (never both), result ids, debounce, and no results for old versions."""

from __future__ import annotations

import pytest

import asyncio

from lsprotocol import types

from lsp_harness import capabilities_for, find, start_editor

pytestmark = pytest.mark.asyncio(loop_scope="session")

TEXT = "Summarize the notes below. I'm so stressed.\n"


async def test_pull_client_gets_no_pushed_diagnostics(client, tmp_path):
    caps = capabilities_for("visual-studio-code", None)
    caps.text_document.diagnostic = types.DiagnosticClientCapabilities(dynamic_registration=False)
    editor = await start_editor(
        client, "visual-studio-code", None, tmp_path, {"literalist": {"debounceMs": 0}}, caps=caps
    )
    assert editor.pull
    doc = editor.open("pull.md", TEXT)
    first = await editor.pull_report(doc)
    assert isinstance(first, types.RelatedFullDocumentDiagnosticReport) and first.result_id
    assert find(list(first.items), editor, doc, "stressed")

    # nothing changed: the client keeps what it has
    again = await editor.pull_report(doc, previous=first.result_id)
    assert isinstance(again, types.RelatedUnchangedDocumentDiagnosticReport)
    assert again.result_id == first.result_id

    # the text changed where it matters: a full report with a new id
    editor.edit(doc, 0, 0, "Line one.\n")
    changed = await editor.pull_report(doc, previous=first.result_id)
    assert isinstance(changed, types.RelatedFullDocumentDiagnosticReport)
    assert changed.result_id != first.result_id
    assert find(list(changed.items), editor, doc, "stressed").range.start.line == 1

    await asyncio.sleep(0.3)
    assert client.published == {}  # never both


async def test_push_client_without_pull_support(client, tmp_path):
    editor = await start_editor(client, "neovim@v0.7.0", None, tmp_path, {"literalist": {"debounceMs": 0}})
    assert not editor.pull
    doc = editor.open("push.md", TEXT)
    published = await editor.wait_published(doc)
    assert find(list(published.diagnostics), editor, doc, "stressed")


async def test_rapid_typing_publishes_only_the_last_version(client, tmp_path):
    """With the default debounce, a burst of keystrokes gives one lint, for the last version."""
    editor = await start_editor(client, "visual-studio-code", None, tmp_path)
    doc = editor.open("typing.md", "Summarize the notes below.\n")
    await editor.wait_published(doc)
    opened = editor.publish_count(doc)
    sentence = " I'm so stressed."
    for i, ch in enumerate(sentence):
        at = len("Summarize the notes below.") + i
        editor.edit(doc, at, at, ch)
    last = await editor.wait_published(doc)
    assert last.version == doc.version
    await asyncio.sleep(0.4)
    versions = [p.version for p in client.published[doc.uri][opened:]]
    assert versions == [doc.version], versions
    assert find(list(last.diagnostics), editor, doc, "stressed")


async def test_pulls_during_typing_never_answer_for_an_older_version(client, tmp_path):
    """Each edit moves the finding right by 3; a pull sent after edit i must describe that
    version or a later one, never an earlier (the finding's offset tells which)."""
    client.set_configuration({"debounceMs": 0}, section="literalist")
    editor = await start_editor(client, "neovim", None, tmp_path)
    doc = editor.open("pull-typing.md", "I'm so stressed.\n")
    base = find(await editor.diagnostics(doc), editor, doc, "stressed").data["start"]
    pulls = []
    for _ in range(6):
        editor.edit(doc, 0, 0, "A. ")
        pulls.append((doc.version, asyncio.ensure_future(editor.pull_report(doc))))
    for sent_at, pull in pulls:
        report = await pull
        tone = [d for d in report.items if d.code.startswith("LIT1")]
        assert tone
        answered_version = (tone[0].data["start"] - base) // 3 + 1
        assert answered_version >= sent_at
        assert tone[0].range.start.character == tone[0].data["start"]  # ASCII: units == code points
