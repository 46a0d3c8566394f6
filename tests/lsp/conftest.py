"""Fixtures: real server processes over stdio, driven by pytest-lsp's client.

``editor`` runs a test once per client profile (VS Code, Neovim) and position encoding
(UTF-16, UTF-8). Those four sessions are started once per test run and shared by the
tests (each test works in its own folder and closes its documents), which keeps the suite
light on a small machine. ``client`` is a fresh server for one test, for tests that set
up their own session (settings, capabilities) or change server-wide state.

All these tests share the session's event loop: ``pytestmark`` in each file.
"""

from __future__ import annotations

import pytest
import pytest_asyncio
import pytest_lsp
from pytest_lsp import ClientServerConfig, LanguageClient

from lsp_harness import ENCODINGS, PROFILES, SERVER_COMMAND, Editor, make_client, start_editor

MATRIX = [(p, e) for p in PROFILES for e in ENCODINGS]
CONFIG = ClientServerConfig(server_command=SERVER_COMMAND, client_factory=make_client)


async def _shutdown(client: LanguageClient) -> None:
    if client._server is not None and client._server.returncode is None:  # a test may have shut it down
        await client.shutdown_session()


@pytest_lsp.fixture(config=CONFIG, scope="session", params=MATRIX, ids=[f"{p}-{e}" for p, e in MATRIX])
async def matrix_session(lsp_client: LanguageClient, request, tmp_path_factory):
    profile, encoding = request.param
    root = tmp_path_factory.mktemp(f"{profile}-{encoding}")
    editor = await start_editor(lsp_client, profile, encoding, root, {"literalist": {"debounceMs": 0}})
    assert editor.encoding == encoding
    yield
    await _shutdown(lsp_client)


@pytest_asyncio.fixture(loop_scope="session")
async def editor(matrix_session: LanguageClient, tmp_path):
    shared = matrix_session.editor
    editor = Editor(client=matrix_session, profile=shared.profile, encoding=shared.encoding, root=tmp_path)
    matrix_session.editor = editor  # workspace/applyEdit goes to this test's documents
    yield editor
    for doc in list(editor.docs.values()):
        editor.close(doc)


@pytest_lsp.fixture(config=CONFIG, loop_scope="session")
async def client(lsp_client: LanguageClient):
    yield
    await _shutdown(lsp_client)


@pytest.fixture
def vscode_push(client, tmp_path):
    """A VS Code session (push diagnostics, UTF-16) on a fresh server."""
    return lambda **kw: start_editor(
        client, "visual-studio-code", None, tmp_path, {"literalist": {"debounceMs": 0}}, **kw
    )
