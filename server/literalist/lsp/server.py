"""The language server: state, and the LSP features wired to the modules that implement them.

Flow: didOpen/didChange update the document store and schedule a lint (debounced per
document, see ``scheduler.py``); a fresh result is pushed with publishDiagnostics, or,
for clients that pull diagnostics, kept until ``textDocument/diagnostic`` asks (never
both). Hover, code actions, code lens and commands always work on the *current* result:
if the document moved on, they lint it first, so offsets always match the text.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import uuid

from lsprotocol import types
from pygls.exceptions import FeatureRequestError, JsonRpcException
from pygls.lsp.server import LanguageServer

from literalist import __version__

from . import code_actions as actions
from . import commands, large_documents
from .analysis import Analysis, Analyzer
from .code_lens import NEXT_FINDING, code_lens
from .collector import IdleCollector
from .diagnostic_json import DiagnosticEncoder, RawJson, json_list, result_id
from .diagnostics import DiagnosticStyle
from .document_store import DocumentStore, Positions
from .documents import core_path, file_name, fs_path, is_prompt
from .encoding import ColumnCodec
from .hover import hover, wants_markdown
from .navigation import FindingCursor
from .protocol import LiteralistProtocol
from .scheduler import LintResult, LintScheduler, Snapshot, StaleResult
from .settings import SECTION, SettingsStore, section_of

log = logging.getLogger(__name__)

CONFIG_FILE_NAMES = frozenset({"literalist.toml", ".literalist.toml", "pyproject.toml"})
SERVER_CANCELLED = -32802  # LSPErrorCodes.ServerCancelled (3.17): a pull client asks again
CONTENT_MODIFIED = -32801  # LSPErrorCodes.ContentModified
SETTINGS_WAIT = 3.0  # seconds a lint waits for the client's settings after initialize


class LiteralistServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            name="literalist",
            version=__version__,
            protocol_cls=LiteralistProtocol,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
        )
        self.documents = DocumentStore()
        self.settings = SettingsStore()
        self.analyzer = Analyzer()
        self.cursor = FindingCursor()
        self.codec = ColumnCodec(None)
        self.pull_diagnostics = False
        self._settings_ready = asyncio.Event()
        self._reported: set[tuple] = set()  # messages already shown or logged once
        self._encoder: tuple | None = None  # (client capabilities, DiagnosticEncoder for them)
        self.scheduler = LintScheduler(self._snapshot, self._analyze, self._on_result, self._wait_for_settings)
        self.collector = IdleCollector()

    # --- client capabilities ---------------------------------------------------------------
    @property
    def caps(self) -> types.ClientCapabilities:
        return self.client_capabilities

    def cap(self, path: str, default=None):
        """A client capability by dotted path ("window.show_document.support"), or default."""
        node = self.caps
        for part in path.split("."):
            node = getattr(node, part, None)
            if node is None:
                return default
        return node

    # --- linting ----------------------------------------------------------------------------
    def _snapshot(self, uri: str) -> Snapshot | None:
        doc = self.documents.get(uri)
        if doc is None:
            return None
        return Snapshot(uri, doc.version, self.scheduler.generation, doc.text, doc.language_id, self.settings.current,
                        doc.index, opening=doc.opening)

    def _analyze(self, snap: Snapshot) -> LintResult:
        """Runs in a worker thread."""
        settings = snap.settings
        if not settings.enable:
            return LintResult(snap.uri, snap.version, snap.generation, snap.text, [], enabled=False, opening=snap.opening)
        path = core_path(snap.uri, snap.language_id)
        analysis = self.analyzer.analyze(snap.text, path, self._config_anchor(snap.uri), settings)
        # the result holds the text that was linted: all of it, or the first part of a huge
        # document (a prefix, so offsets agree; positions past it clamp to its end)
        result = LintResult(
            snap.uri, snap.version, snap.generation, analysis.text, analysis.findings, extra={"analysis": analysis, "path": path},
            opening=snap.opening,
        )
        if analysis.text is snap.text:
            result._index = snap.index  # the document's own, moved with each edit: no rebuild
        return result

    def _config_anchor(self, uri: str) -> str | None:
        """Where to start looking for config files: the file, or for unsaved buffers the workspace root."""
        path = fs_path(uri)
        if path:
            return path
        try:
            root = self.workspace.root_path
        except RuntimeError:  # no workspace before initialize
            root = None
        return os.path.join(root, file_name(uri) or "untitled") if root else None

    async def _wait_for_settings(self) -> None:
        if not self._settings_ready.is_set():
            try:
                await asyncio.wait_for(self._settings_ready.wait(), SETTINGS_WAIT)
            except asyncio.TimeoutError:
                self._settings_ready.set()

    def positions(self, result: LintResult) -> Positions:
        return Positions(result.index, self.codec)

    def diagnostics_of(self, result: LintResult) -> list[str]:
        """The result's diagnostics as JSON texts (see diagnostic_json.py), made once."""
        cached = result.extra.get("diagnostics")
        if cached is None:
            if self._encoder is None or self._encoder[0] is not self.caps:  # one per client's capabilities
                self._encoder = (self.caps, DiagnosticEncoder(DiagnosticStyle(self.caps)))
            cached = self._encoder[1].encode(result.findings, self.positions(result))
            analysis: Analysis | None = result.extra.get("analysis")
            if analysis is not None and analysis.cut is not None:
                note = large_documents.note(analysis.cut, self.positions(result))
                cached.append(json.dumps(self.protocol._converter.unstructure(note)))
            result.extra["diagnostics"] = cached
        return cached

    def _on_result(self, result: LintResult) -> None:
        self.collector.busy()
        try:
            analysis: Analysis | None = result.extra.get("analysis")
            if analysis is not None:
                self._report_analysis(result.uri, analysis)
            if not self.pull_diagnostics:
                params = f'{{"uri":{json.dumps(result.uri)},"version":{int(result.version)},"diagnostics":{json_list(self.diagnostics_of(result))}}}'
                self.protocol.notify_json(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS, RawJson(params))
        except Exception:  # reporting must never break the lint loop
            log.exception("could not report the result for %s", result.uri)

    def _report_analysis(self, uri: str, analysis: Analysis) -> None:
        for problem in analysis.config_problems:
            text = str(problem)
            if self._once(("config", text)):
                self.show(
                    f"Literalist: {text}. Linting goes on with the defaults for what could not be read.",
                    types.MessageType.Warning,
                )
        for code, error in analysis.rule_errors:
            if self._once(("rule", uri, code, error)):
                self.log(f"Rule {code} failed on {uri} and was skipped: {error}", types.MessageType.Error)
        if analysis.failure and self._once(("failure", analysis.failure)):
            self.log(f"Literalist could not lint {uri}: {analysis.failure}", types.MessageType.Error)

    def _once(self, key: tuple) -> bool:
        if key in self._reported:
            return False
        self._reported.add(key)
        return True

    def log(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
        self.window_log_message(types.LogMessageParams(type=kind, message=message))

    def show(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    async def current(self, uri: str, *, pull: bool = False) -> LintResult | None:
        """The current result, or an LSP error telling the client to ask again."""
        try:
            return await self.scheduler.current(uri)
        except StaleResult:
            if pull:
                raise JsonRpcException(
                    message="The document changed while it was linted",
                    code=SERVER_CANCELLED,
                    data={"retriggerRequest": True},
                ) from None
            raise JsonRpcException(message="The document changed while it was linted", code=CONTENT_MODIFIED) from None

    def relint_all(self) -> None:
        """Settings or a config file changed: lint every open document again."""
        self.scheduler.bump_generation()
        for uri in self.documents.uris():
            self.scheduler.schedule(uri, 0)
        if self.pull_diagnostics and self.cap("workspace.diagnostics.refresh_support"):
            self.workspace_diagnostic_refresh(None)
        if self.cap("workspace.code_lens.refresh_support"):
            self.workspace_code_lens_refresh(None)

    # --- settings ----------------------------------------------------------------------------
    async def pull_settings(self) -> bool:
        """Ask the client for the ``literalist`` section, when it can answer. True if asked."""
        if not self.cap("workspace.configuration"):
            return False
        try:
            answer = await asyncio.wait_for(
                self.workspace_configuration_async(
                    types.ConfigurationParams(items=[types.ConfigurationItem(section=SECTION)])
                ),
                SETTINGS_WAIT,
            )
        except Exception as exc:
            self.log(f"Could not read the editor's settings: {exc!r}", types.MessageType.Warning)
            return False
        value = answer[0] if isinstance(answer, (list, tuple)) and answer else None
        self.settings.set_client_section(value if isinstance(value, dict) else None)
        self.report_settings_problems()
        return True

    def report_settings_problems(self) -> None:
        for problem in self.settings.current.problems:
            self.log(f"Literalist: {problem}", types.MessageType.Warning)

    async def register_watchers(self) -> None:
        registrations = []
        if self.cap("workspace.did_change_watched_files.dynamic_registration"):
            registrations.append(
                types.Registration(
                    id=str(uuid.uuid4()),
                    method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                    register_options=types.DidChangeWatchedFilesRegistrationOptions(
                        watchers=[
                            types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in sorted(CONFIG_FILE_NAMES)
                        ]
                    ),
                )
            )
        if self.cap("workspace.did_change_configuration.dynamic_registration") and self.cap("workspace.configuration"):
            registrations.append(
                types.Registration(
                    id=str(uuid.uuid4()),
                    method=types.WORKSPACE_DID_CHANGE_CONFIGURATION,
                    register_options=types.DidChangeConfigurationRegistrationOptions(section=SECTION),
                )
            )
        if not registrations:
            return
        try:
            await self.client_register_capability_async(types.RegistrationParams(registrations=registrations))
        except Exception as exc:
            self.log(f"The client refused to watch config files: {exc!r}", types.MessageType.Info)

    async def warm_up(self) -> None:
        try:
            await self.scheduler.warm_up(self.analyzer.warm_up)
        except Exception as exc:
            self.log(f"Literalist could not load its rules: {exc!r}", types.MessageType.Error)
        self.collector.settle()

    # --- errors ---------------------------------------------------------------------------------
    def report_server_error(self, error: Exception, source) -> None:
        """pygls calls this for errors outside a request's answer: log them, do not pop up."""
        if source is FeatureRequestError:
            return  # the client already got an error response
        try:
            self.log(
                f"Literalist server error ({getattr(source, '__name__', source)}): {error}", types.MessageType.Error
            )
        except Exception:
            log.exception("could not report an error")


def create_server() -> LiteralistServer:
    server = LiteralistServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: LiteralistServer, params: types.InitializeParams) -> None:
        ls.settings.set_initialization_options(params.initialization_options)
        ls.codec = ColumnCodec(ls.workspace.position_encoding)
        ls.pull_diagnostics = ls.cap("text_document.diagnostic") is not None

    @server.feature(types.INITIALIZED)
    async def initialized(ls: LiteralistServer, params: types.InitializedParams) -> None:
        ls.report_settings_problems()
        # the rules, nltk and textstat load now, in a thread, while the editor gets on with it
        asyncio.ensure_future(ls.warm_up())
        try:
            await ls.pull_settings()
        finally:
            ls._settings_ready.set()
        await ls.register_watchers()

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: LiteralistServer, params: None) -> None:
        ls.scheduler.cancel_all()
        ls.collector.stop()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: LiteralistServer, params: types.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        if not is_prompt(item.uri, item.language_id):
            return
        ls.documents.open(item)
        ls.cursor.forget(item.uri)
        ls.scheduler.forget(item.uri)
        ls.scheduler.schedule(item.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: LiteralistServer, params: types.DidChangeTextDocumentParams) -> None:
        doc = ls.documents.get(params.text_document.uri)
        seen = doc.version if doc is not None else None
        if ls.documents.change(params, ls.codec) is None:
            return
        if seen is not None and params.text_document.version <= seen:
            # a client bug: a version number seen before now names another text. Results are
            # matched to documents by (version, generation), so move the generation on: no
            # result computed for the old text, stored or still in flight, counts as current
            ls.scheduler.bump_generation()
        ls.collector.busy()
        ls.scheduler.schedule(params.text_document.uri, ls.settings.current.debounce_ms / 1000)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: LiteralistServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        doc = ls.documents.get(uri)
        if doc is None:
            return
        ls.documents.close(uri)
        ls.scheduler.forget(uri)
        ls.analyzer.forget(core_path(uri, doc.language_id))
        ls.cursor.forget(uri)
        if not ls.pull_diagnostics:
            ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(ls: LiteralistServer, params: types.DidChangeConfigurationParams) -> None:
        section = section_of(params.settings, wrapped_only=True)
        if section is not None:
            ls.settings.set_client_section(section)
            ls.report_settings_problems()
        elif not await ls.pull_settings():
            return
        ls.relint_all()

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: LiteralistServer, params: types.DidChangeWatchedFilesParams) -> None:
        if not any(file_name(change.uri) in CONFIG_FILE_NAMES for change in params.changes):
            return
        ls._reported = {k for k in ls._reported if k[0] != "config"}  # a still-broken file is reported again
        ls.relint_all()

    @server.feature(
        types.TEXT_DOCUMENT_DIAGNOSTIC,
        types.DiagnosticOptions(identifier="literalist", inter_file_dependencies=False, workspace_diagnostics=False),
    )
    async def diagnostic(ls: LiteralistServer, params: types.DocumentDiagnosticParams):
        result = await ls.current(params.text_document.uri, pull=True)
        items = ls.diagnostics_of(result) if result is not None else []
        rid = result_id(items)
        if params.previous_result_id == rid:
            return types.RelatedUnchangedDocumentDiagnosticReport(result_id=rid)
        return RawJson(f'{{"kind":"full","resultId":{json.dumps(rid)},"items":{json_list(items)}}}')

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def on_hover(ls: LiteralistServer, params: types.HoverParams) -> types.Hover | None:
        result = await ls.current(params.text_document.uri)
        if result is None or not result.findings:
            return None
        positions = ls.positions(result)
        return hover(result, positions, positions.offset(params.position), wants_markdown(ls.caps))

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, actions.FIX_ALL_KIND]),
    )
    async def code_action(ls: LiteralistServer, params: types.CodeActionParams):
        result = await ls.current(params.text_document.uri)
        doc = ls.documents.get(params.text_document.uri)
        if result is None or doc is None or not result.findings:
            return None
        path = core_path(doc.uri, doc.language_id)
        found = actions.code_actions(result, ls.positions(result), params, path, ls.caps)
        if ls.cap("text_document.code_action.code_action_literal_support") is None:
            # a client from before code action literals understands only commands
            return [
                types.Command(title=a.title, command=commands.STRIP_ALL, arguments=[result.uri])
                for a in found
                if a.kind == actions.FIX_ALL_KIND
            ]
        return found or None

    @server.feature(types.TEXT_DOCUMENT_CODE_LENS, types.CodeLensOptions(resolve_provider=False))
    async def on_code_lens(ls: LiteralistServer, params: types.CodeLensParams):
        if not ls.settings.current.code_lens:
            return []
        result = await ls.current(params.text_document.uri)
        if result is None or not result.enabled:
            return []
        return [code_lens(result.uri, result.findings)]

    @server.command(NEXT_FINDING)
    async def on_next_finding(ls: LiteralistServer, *args):
        return await commands.next_finding(ls, args)

    @server.command(commands.STRIP_ALL)
    async def on_strip_all(ls: LiteralistServer, *args):
        return await commands.strip_all(ls, args)

    return server
