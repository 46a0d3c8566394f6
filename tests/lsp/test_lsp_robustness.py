"""The server never dies from content or bad requests, and answers every request."""

from __future__ import annotations

import asyncio
import sys
import uuid
from concurrent.futures import Future
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.protocol.json_rpc import JsonRPCRequestMessage
from pytest_lsp import ClientServerConfig, LanguageClient

from lsp_harness import TIMEOUT, find, make_client, start_editor, wait_until

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def raw_request(client: LanguageClient, method: str, params):
    """Send a request exactly as given, bypassing the client's typed serialisation."""
    msg_id = str(uuid.uuid4())
    future: Future = Future()
    client.protocol._request_futures[msg_id] = future
    client.protocol._send_data(JsonRPCRequestMessage(id=msg_id, method=method, jsonrpc="2.0", params=params))
    return await asyncio.wait_for(asyncio.wrap_future(future), TIMEOUT)


async def test_malformed_request_gets_an_error_response(vscode_push):
    editor = await vscode_push()
    doc = editor.open("ok.md", "I'm so stressed.\n")
    await editor.diagnostics(doc)
    with pytest.raises(JsonRpcException) as err:
        await raw_request(editor.client, "textDocument/hover", {"textDocument": 5, "position": {"line": "x"}})
    assert err.value.code == types.ErrorCodes.InvalidParams
    assert "textDocument/hover" in err.value.message
    with pytest.raises(JsonRpcException) as err:
        await raw_request(editor.client, "textDocument/codeAction", None)
    assert err.value.code == types.ErrorCodes.InvalidParams
    # a notification that cannot be read is logged, and the server carries on
    editor.client.protocol._send_data(
        {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": 7}}}
    )
    # commands with bad arguments, and unknown commands, get errors too
    with pytest.raises(JsonRpcException) as err:
        await editor.command("literalist.nextFinding", 42)
    assert err.value.code == types.ErrorCodes.InvalidParams
    with pytest.raises(JsonRpcException):
        await editor.command("literalist.nextFinding", "file:///not/open.md")
    with pytest.raises(JsonRpcException):
        await editor.command("literalist.noSuchCommand")
    # still alive and answering
    hover = await editor.hover(doc, doc.text.index("stressed"))
    assert hover is not None


async def test_content_that_could_break_things(editor):
    texts = {
        "nul.md": "Fix\x00 it NOW.\x00\n",
        "lone-cr.md": "I'm so stressed.\rURGENT!!!\rMake it polished.",
        "empty.md": "",
        "only-newlines.md": "\n\r\n\r\r\n",
        "long-line.md": ("word " * 3000) + "I'm so stressed.\n",
        "control.md": "\u202eI'm so stressed.\u202c \ufeff\u200b URGENT!!!\n",
        "frontmatter-only.prompt": "---\nmodel: x\n---\n",
        "unclosed.prompt": "{{#if x}} I'm so stressed. {{",
        "html.md": "<div><email>URGENT!!! I'm so stressed</email>\n<!-- unclosed",
    }
    docs = {
        name: editor.open(name, text, language_id="prompt" if name.endswith(".prompt") else "markdown")
        for name, text in texts.items()
    }
    for name, doc in docs.items():
        diags = await editor.diagnostics(doc)
        for d in diags:
            assert editor.span(doc, d) == doc.text[d.data["start"] : d.data["end"]], name
    # edits at and past the end of the document, and a position past a line's end
    doc = docs["lone-cr.md"]
    editor.edit(doc, len(doc.text), len(doc.text), "\nURGENT!!!")
    assert find(await editor.diagnostics(doc), editor, doc, "stressed")
    assert await editor.hover(doc, len(doc.text)) is None  # the end of the text holds no character
    # positions past the end of a line or of the document are clamped, not an error
    for line, character in ((0, 999), (999, 0)):
        await asyncio.wait_for(
            editor.client.text_document_hover_async(
                types.HoverParams(
                    text_document=types.TextDocumentIdentifier(uri=doc.uri),
                    position=types.Position(line=line, character=character),
                )
            ),
            TIMEOUT,
        )
    # a lone surrogate arrives as JSON "\ud83d": the server must keep going
    editor.client.protocol._send_data(
        {
            "jsonrpc": "2.0",
            "method": "textDocument/didOpen",
            "params": {
                "textDocument": {
                    "uri": (editor.root / "surrogate.md").as_uri(),
                    "languageId": "markdown",
                    "version": 1,
                    "text": "I'm so stressed \ud83d.\n",
                }
            },
        }
    )
    ok = editor.open("after.md", "I'm so stressed.\n")
    assert find(await editor.diagnostics(ok), editor, ok, "stressed")


@pytest_lsp.fixture(
    config=ClientServerConfig(
        server_command=[sys.executable, str(Path(__file__).with_name("faulty_server.py"))], client_factory=make_client
    ),
    loop_scope="session",
)
async def faulty_client(lsp_client: LanguageClient):
    yield
    if lsp_client._server is not None and lsp_client._server.returncode is None:
        await lsp_client.shutdown_session()


async def test_a_failing_rule_is_logged_and_skipped(faulty_client, tmp_path):
    editor = await start_editor(faulty_client, "visual-studio-code", None, tmp_path, {"literalist": {"debounceMs": 0}})
    doc = editor.open("kaboom.md", "KABOOM. I'm so stressed. Make it polished. Use the usual format, like last time.\n")
    diags = await editor.diagnostics(doc)
    assert find(diags, editor, doc, "stressed").code.startswith("LIT1")  # the others still report
    await wait_until(lambda: any("blew up on purpose" in m.message for m in faulty_client.log_messages), message="log")
    (logged,) = [m for m in faulty_client.log_messages if "blew up on purpose" in m.message]
    assert logged.type == types.MessageType.Error and "LIT2" in logged.message
    # typing again does not repeat the same log line
    editor.edit(doc, len(doc.text), len(doc.text), "More.\n")
    await editor.diagnostics(doc)
    assert len([m for m in faulty_client.log_messages if "blew up on purpose" in m.message]) == 1


async def test_clean_shutdown_and_exit(client, tmp_path):
    editor = await start_editor(client, "neovim", None, tmp_path, {"literalist": {"debounceMs": 0}})
    doc = editor.open("bye.md", "I'm so stressed.\n")
    await editor.diagnostics(doc)
    editor.edit(doc, 0, 0, "Hi. ")  # leave a lint in flight
    await client.shutdown_session()
    assert client._server.returncode == 0
