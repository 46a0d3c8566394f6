"""didChange versions that go backwards or repeat.

LSP says each change carries a higher version, but a client with a bug, or one that
restarts its counter, can send 5 then 3, or 3 twice. The server applies changes in the
order they arrive (the text is what the changes say, whatever the numbers), and a version
number it has seen before must not bring back the answer computed for the old text under
that number: the diagnostics must describe the text the client now has.
"""

from __future__ import annotations

import asyncio

import pytest
from lsprotocol import types

from literalist.config import Config
from literalist.engine import Linter
from lsp_harness import TIMEOUT, Doc, Editor, wait_until

pytestmark = pytest.mark.asyncio(loop_scope="session")

TEXTS = {
    "A": "I'm so stressed about this.\n",
    "B": "Make it polished.\n",
    "C": "Summarize the notes below. URGENT!!!\n",
    "D": "Use the usual format, like last time.\n",
}


def replace_all(editor: Editor, doc: Doc, text: str, version: int) -> None:
    doc.text = text
    doc.version = version
    editor.client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=doc.uri, version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


def expected(text: str) -> list[tuple]:
    return sorted((f.code, f.start, f.end) for f in Linter(Config()).lint(text, "doc.md"))


def got(diags) -> list[tuple]:
    return sorted((d.code, d.data["start"], d.data["end"]) for d in diags)


async def current_diagnostics(editor: Editor, doc: Doc) -> list[tuple]:
    """Pulled now, or the last publish once it is for this version and this text."""
    if editor.pull:
        return got(await editor.diagnostics(doc))
    want = expected(doc.text)

    def settled():
        pubs = editor.client.published.get(doc.uri, [])
        return bool(pubs) and pubs[-1].version == doc.version and got(pubs[-1].diagnostics) == want

    try:
        await wait_until(settled, TIMEOUT, f"diagnostics for {doc.text!r} as version {doc.version}")
    except AssertionError:
        last = editor.client.published.get(doc.uri, [None])[-1]
        raise AssertionError(f"the last publish is {last}, not {want} for {doc.text!r}") from None
    return want


async def test_versions_that_go_back_or_repeat(editor: Editor):
    doc = editor.open_doc(Doc(uri=(editor.root / "versions.md").as_uri(), text=TEXTS["A"], language_id="markdown", version=3))
    assert await current_diagnostics(editor, doc) == expected(TEXTS["A"])
    # 5 then back to 3: version 3 now names text C, not text A
    replace_all(editor, doc, TEXTS["B"], 5)
    replace_all(editor, doc, TEXTS["C"], 3)
    assert await current_diagnostics(editor, doc) == expected(TEXTS["C"])
    # the same version again with other text
    replace_all(editor, doc, TEXTS["D"], 3)
    assert await current_diagnostics(editor, doc) == expected(TEXTS["D"])
    # and forward again, incrementally, from there
    editor.edit(doc, 0, 0, "I'm so stressed. ")
    assert await current_diagnostics(editor, doc) == expected(doc.text)


async def test_a_document_reopened_while_its_last_lint_runs_gets_its_own_diagnostics(editor: Editor):
    """Versions start again at 1 when a document is reopened, so the lint of the text it had
    before, still running at the close, must not count for the new version 1 (it did, and
    then stood in for the new text's lint)."""
    uri = (editor.root / "reopened.md").as_uri()
    long_text = "".join(f"Section {i}: make it polished, as usual. I'm so stressed!!!\n\n" for i in range(1500))
    doc = editor.open_doc(Doc(uri=uri, text=long_text, language_id="markdown", version=1))
    await asyncio.sleep(0.2)  # its lint (about a second) is under way
    editor.close(doc)
    doc = editor.open_doc(Doc(uri=uri, text=TEXTS["B"], language_id="markdown", version=1))
    assert await current_diagnostics(editor, doc) == expected(TEXTS["B"])
