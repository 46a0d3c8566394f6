"""A synchronous handle on a real language server process, for tests that are not async
(hypothesis's rule-based state machines).

The server runs as ``python -m literalist.lsp`` over stdio; pygls's client runs in an
event loop on a background thread, and every call here blocks on it with a timeout, so a
server that stops answering fails the test instead of hanging it. The server's stderr is
drained continuously (a full pipe would block the server) and kept for inspection.
"""

from __future__ import annotations

import asyncio
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pytest_lsp import client_capabilities

TIMEOUT = 15.0
SERVER_ARGS = ["-m", "literalist.lsp"]


@dataclass
class Record:
    published: dict[str, list[types.PublishDiagnosticsParams]] = field(default_factory=dict)
    logs: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)
    config_requests: int = 0


class ServerSession:
    def __init__(self, profile: str, encoding: str, root: str, init_options: Any = None,
                 env: dict[str, str] | None = None, cwd: str | None = None):
        self.profile = profile
        self.record = Record()
        self.section: dict = {}  # what workspace/configuration answers
        self.stderr = bytearray()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="lsp-client", daemon=True)
        self.thread.start()
        self.client = LanguageClient("robustness-client", "1")
        self._register()
        self.call(self._start(env, cwd))
        caps = client_capabilities(profile)
        caps.general = caps.general or types.GeneralClientCapabilities()
        caps.general.position_encodings = [encoding, "utf-16"] if encoding != "utf-16" else ["utf-16"]
        self.capabilities = caps
        result = self.call(self.client.initialize_async(types.InitializeParams(
            capabilities=caps, root_uri=_uri(root), initialization_options=init_options,
            workspace_folders=[types.WorkspaceFolder(uri=_uri(root), name="ws")],
        )))
        enc = result.capabilities.position_encoding
        self.encoding = str(getattr(enc, "value", enc) or "utf-16")
        self.notify(self.client.initialized, types.InitializedParams())

    @property
    def pull(self) -> bool:
        td = self.capabilities.text_document
        return td is not None and td.diagnostic is not None

    # --- plumbing ----------------------------------------------------------------------------
    async def _start(self, env, cwd):
        await self.client.start_io(sys.executable, *SERVER_ARGS, env=env or dict(os.environ), cwd=cwd)
        self._drain = asyncio.ensure_future(self._drain_stderr())

    async def _drain_stderr(self):
        stream = self.client._server.stderr
        while True:
            chunk = await stream.read(65536)
            if not chunk:
                return
            self.stderr.extend(chunk)

    def _register(self) -> None:
        record = self.record
        client = self.client

        @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def publish(params: types.PublishDiagnosticsParams):
            record.published.setdefault(params.uri, []).append(params)

        @client.feature(types.WINDOW_LOG_MESSAGE)
        def log(params: types.LogMessageParams):
            record.logs.append(params.message)

        @client.feature(types.WINDOW_SHOW_MESSAGE)
        def show(params: types.ShowMessageParams):
            record.shown.append(params.message)

        @client.feature(types.WORKSPACE_CONFIGURATION)
        def configuration(params: types.ConfigurationParams):
            record.config_requests += 1
            return [self.section for _ in params.items]

        @client.feature(types.CLIENT_REGISTER_CAPABILITY)
        def register(params: types.RegistrationParams):
            return None

        @client.feature(types.WORKSPACE_DIAGNOSTIC_REFRESH)
        def refresh(params):
            return None

        @client.feature(types.WORKSPACE_CODE_LENS_REFRESH)
        def lens_refresh(params):
            return None

        @client.feature(types.WORKSPACE_APPLY_EDIT)
        def apply_edit(params: types.ApplyWorkspaceEditParams):
            return types.ApplyWorkspaceEditResult(applied=False, failure_reason="the test applies edits itself")

    def call(self, coro, timeout: float = TIMEOUT):
        """Run a coroutine on the client's loop and wait for it (a hang becomes a failure)."""
        future = asyncio.run_coroutine_threadsafe(coro, self.loop)
        try:
            return future.result(timeout)
        except TimeoutError:
            future.cancel()
            raise AssertionError(f"the server did not answer within {timeout}s; stderr: {self.stderr_text()[-2000:]}")

    def notify(self, fn, params) -> None:
        """Send a notification from the client's loop (pygls writes from that thread)."""
        self.loop.call_soon_threadsafe(fn, params)

    def stderr_text(self) -> str:
        return self.stderr.decode("utf-8", "replace")

    def alive(self) -> bool:
        return self.client._server is not None and self.client._server.returncode is None

    def wait_for(self, predicate, timeout: float = TIMEOUT, what: str = "condition"):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(0.01)
        raise AssertionError(f"timed out waiting for {what}")

    def close(self) -> int | None:
        """Shut down politely; returns the server's exit code."""
        try:
            if self.alive():
                self.call(self.client.shutdown_async(None), 10)
                self.client.exit(None)
                self.call(_wait_exit(self.client._server), 10)
        finally:
            try:
                self.call(self.client.stop(), 10)
            except Exception:
                pass
            if self.client._server is not None and self.client._server.returncode is None:
                self.client._server.kill()
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(5)
        return self.client._server.returncode if self.client._server else None


async def _wait_exit(proc) -> None:
    await proc.wait()


def _uri(path: str) -> str:
    from pathlib import Path

    return Path(path).as_uri()
