"""Methods the server does not know, and requests about documents that were never opened:
an error response or an empty answer, at once, and the server carries on."""

from __future__ import annotations

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcException

from lsp_harness import find
from test_lsp_robustness import raw_request

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_unknown_methods_and_documents_never_opened(vscode_push):
    editor = await vscode_push()
    client = editor.client
    with pytest.raises(JsonRpcException) as err:
        await raw_request(client, "literalist/noSuchRequest", {"x": 1})
    assert err.value.code == types.ErrorCodes.MethodNotFound
    # notifications the server does not handle are dropped, "$/" ones included
    client.protocol.notify("literalist/noSuchNotification", {"x": 1})
    client.protocol.notify("$/noSuchThing", None)

    never = (editor.root / "never-opened.md").as_uri()
    doc = types.TextDocumentIdentifier(uri=never)
    zero = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0))
    assert await raw_request(client, "textDocument/hover", {
        "textDocument": {"uri": never}, "position": {"line": 0, "character": 0}}) is None
    assert await raw_request(client, "textDocument/codeAction", {
        "textDocument": {"uri": never}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
        "context": {"diagnostics": []}}) is None
    assert await raw_request(client, "textDocument/codeLens", {"textDocument": {"uri": never}}) == []
    pulled = await raw_request(client, "textDocument/diagnostic", {"textDocument": {"uri": never}})
    assert pulled.kind == "full" and pulled.items == []
    with pytest.raises(JsonRpcException) as err:
        await editor.command("literalist.stripAllEmotionalLanguage", never)
    assert err.value.code == types.ErrorCodes.InvalidParams
    # changes and closes for it are ignored
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=never, version=2),
        content_changes=[types.TextDocumentContentChangePartial(range=zero, text="URGENT!!! ")]))
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=doc))

    # still serving
    ok = editor.open("after.md", "I'm so stressed.\n")
    assert find(await editor.diagnostics(ok), editor, ok, "stressed")
