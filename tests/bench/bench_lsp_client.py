"""A minimal LSP client over stdio for timing the server, built on pygls' own client.

What it adds to pygls' ``LanguageClient``:

- it stamps each ``publishDiagnostics`` when the message has been read and parsed as JSON,
  before pygls turns it into lsprotocol objects: converting a few hundred diagnostics
  with cattrs costs the client milliseconds that are not the server's;
- it answers ``workspace/configuration`` with the settings it was given (here: debounce 0);
- it reads the server's stderr as it comes, so a chatty server never blocks on a full pipe;
- it resolves waiters for "diagnostics for version N", where a later version counts too
  (the server drops work for versions the user has already typed past).
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pygls.protocol import JsonRPCNotification, LanguageServerProtocol

PUBLISH = "textDocument/publishDiagnostics"


def server_command() -> list[str]:
    """``literalist server`` from the same environment as this interpreter."""
    script = Path(sys.executable).with_name("literalist")
    if script.exists():
        return [str(script), "server"]
    return [sys.executable, "-m", "literalist", "server"]


@dataclass
class Arrival:
    uri: str
    version: int | None
    at: float  # perf_counter when the message was parsed
    count: int  # diagnostics in it
    raw: list = field(default_factory=list)  # the diagnostics as JSON


class _StampingProtocol(LanguageServerProtocol):
    def structure_message(self, data: dict[str, Any]):
        # json.loads calls this for every object, innermost first: the message itself last
        if data.get("method") == PUBLISH and "jsonrpc" in data:
            params = data.get("params") or {}
            self._server.on_publish(Arrival(params.get("uri", ""), params.get("version"), self._server.received_at,
                                            len(params.get("diagnostics") or []), params.get("diagnostics") or []))
            # kept as JSON: typing 900 diagnostics into lsprotocol classes is client work
            return JsonRPCNotification(method=PUBLISH, jsonrpc=data["jsonrpc"], params=params)
        return super().structure_message(data)


class BenchClient(LanguageClient):
    def __init__(self, settings: dict):
        super().__init__("literalist-bench", "1", protocol_cls=_StampingProtocol)
        self.settings = settings
        self.arrivals: dict[str, list[Arrival]] = {}
        self.messages: list[tuple[int, str]] = []
        self.stderr = bytearray()
        self._waiters: list[tuple[str, int, asyncio.Future]] = []
        self.pid: int | None = None
        self.received_at = 0.0  # when the last message's body was read

        @self.feature(types.WORKSPACE_CONFIGURATION)
        def configuration(ls: BenchClient, params: types.ConfigurationParams):
            return [ls.settings.get(item.section, {}) if item.section else ls.settings for item in params.items]

        @self.feature(PUBLISH)
        def published(ls: BenchClient, params: types.PublishDiagnosticsParams):
            pass  # already stamped in the protocol

        @self.feature(types.WINDOW_LOG_MESSAGE)
        def log_message(ls: BenchClient, params: types.LogMessageParams):
            ls.messages.append((int(params.type), params.message))

        @self.feature(types.WINDOW_SHOW_MESSAGE)
        def show_message(ls: BenchClient, params: types.ShowMessageParams):
            ls.messages.append((int(params.type), params.message))

    # --- process ---------------------------------------------------------------------------
    async def start(self, argv: list[str], env: dict | None = None) -> None:
        await self.start_io(argv[0], *argv[1:], env=env or os.environ.copy())
        self.pid = self._server.pid
        self._stamp_arrivals(self._server.stdout)
        self._async_tasks.append(asyncio.ensure_future(self._drain_stderr()))

    def _stamp_arrivals(self, reader: asyncio.StreamReader) -> None:
        """Note when each message's last byte has been read, before it is decoded: the
        figure is the server's work and the pipe, not this Python client's decoding (about
        24 ms for the 900 diagnostics of the 10,000-line prompt; an editor's native JSON
        parser takes about one)."""
        read_body = reader.readexactly

        async def stamped(n: int) -> bytes:
            body = await read_body(n)
            self.received_at = time.perf_counter()
            return body

        reader.readexactly = stamped  # type: ignore[method-assign]

    async def _drain_stderr(self) -> None:
        stream = self._server.stderr
        while True:
            chunk = await stream.read(65536)
            if not chunk:
                return
            self.stderr += chunk[-100_000:]

    async def initialize(self, root: Path) -> types.InitializeResult:
        caps = types.ClientCapabilities(
            general=types.GeneralClientCapabilities(position_encodings=[types.PositionEncodingKind.Utf16]),
            workspace=types.WorkspaceClientCapabilities(configuration=True),
            text_document=types.TextDocumentClientCapabilities(
                synchronization=types.TextDocumentSyncClientCapabilities(),
                publish_diagnostics=types.PublishDiagnosticsClientCapabilities(version_support=True),
            ),
        )
        return await self.initialize_async(types.InitializeParams(
            process_id=os.getpid(), root_uri=root.as_uri(), capabilities=caps,
            initialization_options=self.settings,
            workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
        ))

    def send_initialized(self) -> None:
        self.initialized(types.InitializedParams())

    async def close(self, timeout: float = 10.0) -> None:
        """shutdown, exit, and make sure the process is gone."""
        server = self._server
        try:
            if server is not None and server.returncode is None:
                await asyncio.wait_for(self.shutdown_async(None), timeout)
                self.exit(None)
                await asyncio.wait_for(server.wait(), timeout)
        except Exception:
            pass
        finally:
            if server is not None and server.returncode is None:
                server.kill()  # our own child, by its handle
                await server.wait()
            self._stop_event.set()
            for task in self._async_tasks:
                task.cancel()
            await asyncio.gather(*self._async_tasks, return_exceptions=True)

    # --- documents -------------------------------------------------------------------------
    def open(self, uri: str, text: str, language_id: str = "markdown", version: int = 1) -> float:
        sent = time.perf_counter()
        self.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language_id, version=version, text=text)))
        return sent

    def insert(self, uri: str, version: int, line: int, character: int, text: str) -> float:
        return self._change(uri, version, types.Range(start=types.Position(line=line, character=character),
                                                      end=types.Position(line=line, character=character)), text)

    def delete_before(self, uri: str, version: int, line: int, character: int) -> float:
        return self._change(uri, version, types.Range(start=types.Position(line=line, character=character - 1),
                                                      end=types.Position(line=line, character=character)), "")

    def _change(self, uri: str, version: int, rng: types.Range, text: str) -> float:
        sent = time.perf_counter()
        self.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangePartial(range=rng, text=text)]))
        return sent

    # --- diagnostics -----------------------------------------------------------------------
    def on_publish(self, arrival: Arrival) -> None:
        self.arrivals.setdefault(arrival.uri, []).append(arrival)
        if arrival.version is None:
            return
        for entry in list(self._waiters):
            uri, version, fut = entry
            if uri == arrival.uri and arrival.version >= version and not fut.done():
                fut.set_result(arrival)
                self._waiters.remove(entry)

    async def wait_for_version(self, uri: str, version: int, timeout: float) -> Arrival:
        for arrival in self.arrivals.get(uri, []):
            if arrival.version is not None and arrival.version >= version:
                return arrival
        fut = asyncio.get_running_loop().create_future()
        self._waiters.append((uri, version, fut))
        return await asyncio.wait_for(fut, timeout)

    def first_arrival_at_or_after(self, uri: str, version: int) -> Arrival | None:
        return next((a for a in self.arrivals.get(uri, []) if a.version is not None and a.version >= version), None)
