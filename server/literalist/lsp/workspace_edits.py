"""Core edits (code-point offsets into one snapshot) -> an LSP WorkspaceEdit.

Versioned ``documentChanges`` when the client supports them, so an edit computed for an
older version is refused by the editor instead of landing in the wrong place; plain
``changes`` otherwise (Neovim announces no documentChanges support).
"""

from __future__ import annotations

from collections.abc import Iterable

from lsprotocol import types

from literalist.model import Edit

from .document_store import Positions


def supports_document_changes(caps: types.ClientCapabilities) -> bool:
    ws = caps.workspace
    return bool(ws and ws.workspace_edit and ws.workspace_edit.document_changes)


def text_edits(edits: Iterable[Edit], positions: Positions) -> list[types.TextEdit]:
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    return [types.TextEdit(range=positions.range(e.start, e.end), new_text=e.content) for e in ordered]


def workspace_edit(
    uri: str, version: int, edits: Iterable[Edit], positions: Positions, caps: types.ClientCapabilities
) -> types.WorkspaceEdit:
    lsp_edits = text_edits(edits, positions)
    if supports_document_changes(caps):
        return types.WorkspaceEdit(
            document_changes=[
                types.TextDocumentEdit(
                    text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
                    edits=lsp_edits,
                )
            ]
        )
    return types.WorkspaceEdit(changes={uri: lsp_edits})
