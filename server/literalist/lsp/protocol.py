"""pygls' protocol with two changes.

1. A request whose params cannot be read gets an InvalidParams error *response*. pygls
   raises while decoding the message, before it knows it is a request, so the client
   only sees a ``window/showMessage`` and waits for an answer forever.
2. Text synchronisation is left to the server's own document store (see
   ``document_store.py``): pygls' copies would split lines differently from LSP.
"""

from __future__ import annotations

from typing import Any

import attrs
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method


@attrs.define
class UnreadableRequest:
    id: Any
    method: str
    reason: str
    jsonrpc: str = "2.0"


def _describe(exc: BaseException) -> str:
    cause = exc.__cause__
    if cause is not None:
        try:
            from cattrs import transform_error

            details = transform_error(cause, path="params")
            if details:
                return "; ".join(details)
        except Exception:
            pass
        return f"{type(cause).__name__}: {cause}"
    return str(exc) or type(exc).__name__


class LiteralistProtocol(LanguageServerProtocol):
    def structure_message(self, data: dict[str, Any]):
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if isinstance(data, dict) and "id" in data and isinstance(data.get("method"), str):
                return UnreadableRequest(id=data["id"], method=data["method"], reason=_describe(exc))
            raise

    def handle_message(self, message):
        if isinstance(message, UnreadableRequest):
            self._send_response(
                message.id,
                error=types.ResponseError(
                    code=types.ErrorCodes.InvalidParams,
                    message=f"Invalid params for {message.method}: {message.reason}",
                ),
            )
            return
        return super().handle_message(message)

    # --- text synchronisation: hand straight to the server's handlers -----------------------
    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params: types.DidOpenTextDocumentParams):
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_OPEN)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params: types.DidCloseTextDocumentParams):
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CLOSE)) is not None:
            yield handler, (params,), None
