"""pygls' protocol with four changes.

1. A request whose params cannot be read gets an InvalidParams error *response*. pygls
   raises while decoding the message, before it knows it is a request, so the client
   only sees a ``window/showMessage`` and waits for an answer forever.
2. Text synchronisation is left to the server's own document store (see
   ``document_store.py``): pygls' copies would split lines differently from LSP.
3. A client that vanishes (its end of stdout closed) is noticed at the first failed write:
   pygls would log a traceback for that message and every later one, and keep running as
   long as stdin stays open. The server says so in one line and exits (see ``ClientWriter``).
4. Diagnostics, written as JSON text by the server (``diagnostic_json.py``), are sent as
   they are, without pygls' converter.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import os
import sys
import threading
from typing import Any

import attrs
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method

from .diagnostic_json import RawJson


log = logging.getLogger(__name__)

# After the client has gone, how long the normal way out (stdin at EOF, the loop ends, the
# lint in flight finishes) may take before the process ends itself. Nothing is lost by
# ending early: the server writes no files, and nobody is left to read its answers.
EXIT_GRACE_SECONDS = 1.0


class ClientWriter:
    """The server's stdout, guarded: the first write to a closed pipe ends the session."""

    def __init__(self, writer: Any) -> None:
        self._writer = writer
        self.gone = False

    def write(self, data: bytes):
        if self.gone:
            return None
        try:
            return self._writer.write(data)
        except (OSError, ValueError) as exc:  # BrokenPipeError, ECONNRESET, or a closed file
            self.gone = True
            log.warning("the client closed the connection (%s); exiting", type(exc).__name__)
            _exit_soon()
            return None

    def close(self):
        try:
            return self._writer.close()
        except (OSError, ValueError):
            return None


def _exit_soon() -> None:
    def end() -> None:
        try:
            sys.stderr.flush()
        finally:
            os._exit(1)  # LSP: 1 when the session ended without shutdown/exit

    timer = threading.Timer(EXIT_GRACE_SECONDS, end)
    timer.daemon = True  # a normal exit before the grace period is not held up
    timer.start()


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
    def set_writer(self, writer, *args, **kwargs):
        return super().set_writer(ClientWriter(writer), *args, **kwargs)

    # --- messages the server wrote as JSON itself (diagnostics: see diagnostic_json.py) -----
    def notify_json(self, method: str, params: RawJson) -> None:
        self._write_body(f'{{"method":{json.dumps(method)},"params":{params.text},"jsonrpc":"2.0"}}')

    def _send_data(self, data: Any):
        result = getattr(data, "result", None)
        if isinstance(result, RawJson) and self.writer is not None:
            self._write_body(f'{{"id":{json.dumps(data.id)},"jsonrpc":"2.0","result":{result.text}}}')
            return
        super()._send_data(data)

    def _write_body(self, body: str) -> None:
        """Write one message the way pygls does (header, then the body)."""
        if self.writer is None:
            log.error("no transport to send a message on")
            return
        payload = body.encode(self.CHARSET)
        header = f"Content-Length: {len(payload)}\r\nContent-Type: {self.CONTENT_TYPE}; charset={self.CHARSET}\r\n\r\n"
        res = self.writer.write(header.encode("ascii") + payload)
        if inspect.isawaitable(res):
            asyncio.ensure_future(res)

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
