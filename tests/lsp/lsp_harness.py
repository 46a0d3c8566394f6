"""A small editor model around pytest-lsp's client, for end-to-end tests over stdio.

It does what an editor does: keeps each document's text and version, sends incremental
``didChange`` events, applies ``WorkspaceEdit``s (from code actions or from the server's
``workspace/applyEdit``), and reads diagnostics the way the client announced (pushed, or
pulled with ``textDocument/diagnostic``). Positions are converted here independently of
the server (Python's own UTF-8/UTF-16 encoders), so a conversion bug on either side shows.
"""

from __future__ import annotations

import asyncio
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

SERVER_COMMAND = [sys.executable, "-m", "literalist.lsp"]
TIMEOUT = 10.0

_LINE_END = re.compile(r"\r\n|\r|\n")

# The client profiles shipped with pytest-lsp. VS Code 1.65 pushes diagnostics and takes
# versioned documentChanges; Neovim 0.11 pulls diagnostics and takes plain `changes`.
PROFILES = ("visual-studio-code", "neovim")
ENCODINGS = ("utf-16", "utf-8")


# --- positions, computed independently of the server ---------------------------------------
def lines_of(text: str) -> list[tuple[int, int]]:
    """(start, content_end) of each line; lines end at \\n, \\r\\n or \\r as LSP says."""
    out, start = [], 0
    for m in _LINE_END.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def units(s: str, encoding: str) -> int:
    if encoding == "utf-8":
        return len(s.encode("utf-8"))
    if encoding == "utf-16":
        return len(s.encode("utf-16-le")) // 2
    return len(s)


def position_at(text: str, offset: int, encoding: str) -> types.Position:
    for line, (start, end) in enumerate(lines_of(text)):
        if offset <= end or line == len(lines_of(text)) - 1:
            return types.Position(line=line, character=units(text[start:offset], encoding))
    raise AssertionError("unreachable")


def offset_at(text: str, pos: types.Position, encoding: str) -> int:
    lines = lines_of(text)
    assert 0 <= pos.line < len(lines) or (pos.line == len(lines) and pos.character == 0), (
        f"line {pos.line} out of range"
    )
    if pos.line == len(lines):
        return len(text)
    start, end = lines[pos.line]
    for i in range(start, end + 1):
        u = units(text[start:i], encoding)
        if u == pos.character:
            return i
        assert u < pos.character, f"position {pos} falls inside a character"
    raise AssertionError(f"position {pos} is past the end of line {pos.line}")


def range_of(text: str, start: int, end: int, encoding: str) -> types.Range:
    return types.Range(start=position_at(text, start, encoding), end=position_at(text, end, encoding))


def text_in(text: str, rng: types.Range, encoding: str) -> str:
    return text[offset_at(text, rng.start, encoding) : offset_at(text, rng.end, encoding)]


# --- documents -------------------------------------------------------------------------------
@dataclass
class Doc:
    uri: str
    text: str
    language_id: str
    version: int = 1
    path: Path | None = None


@dataclass
class Editor:
    client: LanguageClient
    profile: str
    encoding: str
    root: Path
    docs: dict[str, Doc] = field(default_factory=dict)

    @property
    def pull(self) -> bool:
        caps = self.client.capabilities
        return caps.text_document is not None and caps.text_document.diagnostic is not None

    # documents
    def open(self, name: str, text: str, language_id: str = "markdown", on_disk: bool = True) -> Doc:
        path = self.root / name
        if on_disk:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
        doc = Doc(uri=path.as_uri(), text=text, language_id=language_id, path=path)
        return self.open_doc(doc)

    def open_doc(self, doc: Doc) -> Doc:
        self.docs[doc.uri] = doc
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=doc.uri, language_id=doc.language_id, version=doc.version, text=doc.text
                )
            )
        )
        return doc

    def close(self, doc: Doc) -> None:
        self.docs.pop(doc.uri, None)
        self.client.text_document_did_close(
            types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=doc.uri))
        )

    def edit(self, doc: Doc, start: int, end: int, new_text: str) -> None:
        """Replace text[start:end] (code points), sending one incremental change."""
        self.apply_text_edits(doc, [(start, end, new_text)])

    def replace(self, doc: Doc, old: str, new: str) -> None:
        start = doc.text.index(old)
        self.edit(doc, start, start + len(old), new)

    def apply_text_edits(self, doc: Doc, edits: list[tuple[int, int, str]]) -> None:
        """Apply non-overlapping edits like an editor: one didChange, changes last to first
        so that each change's range is valid in the text the previous one left."""
        changes = []
        for start, end, new_text in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
            changes.append(
                types.TextDocumentContentChangePartial(
                    range=range_of(doc.text, start, end, self.encoding), text=new_text
                )
            )
            doc.text = doc.text[:start] + new_text + doc.text[end:]
        doc.version += 1
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=doc.uri, version=doc.version),
                content_changes=changes,
            )
        )

    def apply_workspace_edit(self, edit: types.WorkspaceEdit) -> bool:
        """Apply a WorkspaceEdit the way the client announced it can: versioned
        documentChanges are refused when the version does not match."""
        per_doc: list[tuple[Doc, list[types.TextEdit]]] = []
        if edit.document_changes is not None:
            assert self.supports_document_changes, "server sent documentChanges to a client without support"
            for change in edit.document_changes:
                assert isinstance(change, types.TextDocumentEdit), f"unexpected resource operation {change!r}"
                doc = self.docs[change.text_document.uri]
                if change.text_document.version is not None and change.text_document.version != doc.version:
                    return False  # what VS Code does with an edit for another version
                per_doc.append((doc, list(change.edits)))
        else:
            assert edit.changes is not None, "empty WorkspaceEdit"
            for uri, edits in edit.changes.items():
                per_doc.append((self.docs[uri], list(edits)))
        for doc, edits in per_doc:
            self.apply_text_edits(
                doc,
                [
                    (
                        offset_at(doc.text, e.range.start, self.encoding),
                        offset_at(doc.text, e.range.end, self.encoding),
                        e.new_text,
                    )
                    for e in edits
                ],
            )
        return True

    @property
    def supports_document_changes(self) -> bool:
        ws = self.client.capabilities.workspace
        return bool(ws and ws.workspace_edit and ws.workspace_edit.document_changes)

    # diagnostics
    async def diagnostics(self, doc: Doc, timeout: float = TIMEOUT) -> list[types.Diagnostic]:
        """The diagnostics for the document's current version, as this client gets them."""
        if self.pull:
            report = await self.pull_report(doc)
            assert isinstance(report, types.RelatedFullDocumentDiagnosticReport), report
            return list(report.items)
        published = await self.wait_published(doc, timeout)
        return list(published.diagnostics)

    async def pull_report(self, doc: Doc, previous: str | None = None):
        return await asyncio.wait_for(
            self.client.text_document_diagnostic_async(
                types.DocumentDiagnosticParams(
                    text_document=types.TextDocumentIdentifier(uri=doc.uri), previous_result_id=previous
                )
            ),
            TIMEOUT,
        )

    async def wait_published(self, doc: Doc, timeout: float = TIMEOUT) -> types.PublishDiagnosticsParams:
        """Wait for diagnostics published for exactly the document's current version."""
        published = self.client.published  # type: ignore[attr-defined]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for p in published.get(doc.uri, []):
                if p.version == doc.version:
                    return p
            await asyncio.sleep(0.01)
        raise AssertionError(
            f"no diagnostics published for {doc.uri} version {doc.version}; got {published.get(doc.uri)}"
        )

    def publish_count(self, doc: Doc) -> int:
        return len(self.client.published.get(doc.uri, []))  # type: ignore[attr-defined]

    async def relinted(self, doc: Doc, since: int, timeout: float = TIMEOUT) -> list[types.Diagnostic]:
        """Diagnostics after a re-lint that did not change the document (settings, config
        files): a new publish after ``since`` publishes, or a new pull."""
        if self.pull:
            return await self.diagnostics(doc)
        published = self.client.published  # type: ignore[attr-defined]
        await wait_until(lambda: len(published.get(doc.uri, [])) > since, timeout, "a new publishDiagnostics")
        last = published[doc.uri][-1]
        assert last.version == doc.version
        return list(last.diagnostics)

    def span(self, doc: Doc, diag: types.Diagnostic) -> str:
        return text_in(doc.text, diag.range, self.encoding)

    # requests
    async def hover(self, doc: Doc, offset: int):
        return await asyncio.wait_for(
            self.client.text_document_hover_async(
                types.HoverParams(
                    text_document=types.TextDocumentIdentifier(uri=doc.uri),
                    position=position_at(doc.text, offset, self.encoding),
                )
            ),
            TIMEOUT,
        )

    async def code_actions(
        self, doc: Doc, start: int, end: int, diagnostics: list[types.Diagnostic], only: list[str] | None = None
    ) -> list[types.CodeAction]:
        result = await asyncio.wait_for(
            self.client.text_document_code_action_async(
                types.CodeActionParams(
                    text_document=types.TextDocumentIdentifier(uri=doc.uri),
                    range=range_of(doc.text, start, end, self.encoding),
                    context=types.CodeActionContext(diagnostics=diagnostics, only=only),
                )
            ),
            TIMEOUT,
        )
        return list(result or [])

    async def code_lens(self, doc: Doc) -> list[types.CodeLens]:
        result = await asyncio.wait_for(
            self.client.text_document_code_lens_async(
                types.CodeLensParams(text_document=types.TextDocumentIdentifier(uri=doc.uri))
            ),
            TIMEOUT,
        )
        return list(result or [])

    async def command(self, name: str, *arguments: Any):
        return await asyncio.wait_for(
            self.client.workspace_execute_command_async(
                types.ExecuteCommandParams(command=name, arguments=list(arguments))
            ),
            TIMEOUT,
        )


_converter = default_converter()


def as_location(raw: Any) -> types.Location:
    """Command results arrive as plain JSON."""
    return _converter.structure(raw, types.Location)


def find(diags: list[types.Diagnostic], editor: Editor, doc: Doc, word: str) -> types.Diagnostic:
    """The diagnostic whose span contains ``word`` (case-insensitive)."""
    hits = [d for d in diags if word.lower() in editor.span(doc, d).lower()]
    assert hits, f"no diagnostic covers {word!r}; got {[(d.code, editor.span(doc, d)) for d in diags]}"
    return hits[0]


def covering(diags: list[types.Diagnostic], editor: Editor, doc: Doc, word: str) -> list[types.Diagnostic]:
    return [d for d in diags if word.lower() in editor.span(doc, d).lower()]


# --- client construction ---------------------------------------------------------------------
def capabilities_for(profile: str, encoding: str | None) -> types.ClientCapabilities:
    caps = client_capabilities(profile)
    if encoding is not None:
        offered = [encoding] + [e for e in ("utf-16",) if e != encoding]
        caps.general = caps.general or types.GeneralClientCapabilities()
        caps.general.position_encodings = offered
    return caps


def make_client() -> LanguageClient:
    """pytest-lsp's client, plus what an editor answers that pytest-lsp does not:
    applyEdit (applied to the editor model), registerCapability, codeLens refresh, and a
    record of every publishDiagnostics with its version."""
    client = LanguageClient(converter_factory=default_converter)
    client.published = {}
    client.applied_edits = []
    client.registrations = []
    client.code_lens_refreshes = 0
    client.editor = None

    features = dict(DEFAULT_CLIENT_FEATURES)
    default_publish = features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS]

    def publish(client: LanguageClient, params: types.PublishDiagnosticsParams):
        client.published.setdefault(params.uri, []).append(params)
        default_publish(client, params)

    def apply_edit(client: LanguageClient, params: types.ApplyWorkspaceEditParams):
        client.applied_edits.append(params)
        applied = client.editor.apply_workspace_edit(params.edit) if client.editor else False
        return types.ApplyWorkspaceEditResult(applied=applied)

    def register(client: LanguageClient, params: types.RegistrationParams):
        client.registrations.extend(params.registrations)

    def code_lens_refresh(client: LanguageClient, params: None):
        client.code_lens_refreshes += 1

    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = publish
    features[types.WORKSPACE_APPLY_EDIT] = apply_edit
    features[types.CLIENT_REGISTER_CAPABILITY] = register
    features[types.WORKSPACE_CODE_LENS_REFRESH] = code_lens_refresh
    register_lsp_features(client, features)
    return client


async def start_editor(
    client: LanguageClient,
    profile: str,
    encoding: str | None,
    root: Path,
    initialization_options: Any = None,
    caps: types.ClientCapabilities | None = None,
) -> Editor:
    caps = caps or capabilities_for(profile, encoding)
    result = await asyncio.wait_for(
        client.initialize_session(
            types.InitializeParams(
                capabilities=caps,
                root_uri=root.as_uri(),
                workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
                initialization_options=initialization_options,
            )
        ),
        TIMEOUT,
    )
    negotiated = str(
        result.capabilities.position_encoding.value
        if hasattr(result.capabilities.position_encoding, "value")
        else result.capabilities.position_encoding or "utf-16"
    )
    editor = Editor(client=client, profile=profile, encoding=negotiated, root=root)
    client.editor = editor
    return editor


async def wait_until(predicate, timeout: float = TIMEOUT, message: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"timed out waiting for {message}")
