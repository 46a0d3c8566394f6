"""A long editing session against the real server, driven by hypothesis's state machine.

The machine plays an editor: it opens prompt files, types (random incremental changes,
several per didChange, astral characters and mixed line endings included), replaces whole
texts, saves, closes, reopens, changes settings, asks for hovers and code actions at
random places and sometimes applies the fix it was offered, the way a user accepts a quick
fix. The client keeps its own copy of every text.

The server has no request that returns its text, so equality is checked through what it
says about the text: after any step the diagnostics for the current version must be
exactly what the core finds in the *client's* text under the same settings (same codes,
same messages, same ranges converted independently of the server), hovers must cover
exactly the findings under the cursor, every quick fix must, applied to the client's
text, give what that finding's fix gives. A server whose copy drifted by one character
fails all three. At the end the server must still answer, shut down with exit code 0, and
have printed no traceback.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, invariant, precondition, rule
from lsprotocol import types

from hostile_text import LINE_ENDS, MARKUP, ODD, PROSE
from literalist.config import Config
from literalist.config_files import find_config_file
from literalist.engine import Linter
from literalist.fixes import apply_edits, fix_text
from literalist.lsp.settings import parse
from literalist.model import Category
from lsp_session import ServerSession
from span_checks import line_starts, lsp_position, offset_of

NAMES = ("brief.prompt.md", "notes.md", "chat.prompt", "AGENTS.md")
SECTIONS = (
    {},
    {"select": ["LIT1"]},
    {"ignore": ["LIT2", "LIT5"]},
    {"severity": {"LIT101": "error", "LIT2": "hint"}},
    {"phrases": {"tone": ["code red"], "inference": ["per the usual"]}},
    {"enable": False},
    {"select": 5, "severity": "loud", "nonsense": True},  # bad values: reported, defaults kept
    {"allowCaps": ["NEVER"], "dataTags": ["memo"]},
)
EDIT_TEXT = st.lists(
    st.sampled_from(PROSE + MARKUP[:30] + ODD + LINE_ENDS + (" ", "", "code red", "per the usual", "<memo>", "</memo>")),
    max_size=6,
).map("".join)
DOC_TEXT = st.lists(st.sampled_from(PROSE + MARKUP[:30] + ODD + LINE_ENDS + (" ",)), max_size=30).map("".join)


class Doc:
    def __init__(self, name: str, root: Path):
        self.name = name
        self.path = root / name
        self.uri = self.path.as_uri()
        self.language_id = "prompt" if name.endswith(".prompt") else "markdown"
        self.text = ""
        self.version = 0
        self.open = False


def _key(d: types.Diagnostic):
    r = d.range
    data = d.data if isinstance(d.data, dict) else {}
    return (r.start.line, r.start.character, r.end.line, r.end.character, d.code, d.message, int(d.severity or 0),
            data.get("start"), data.get("end"))


class EditorSession(RuleBasedStateMachine):
    """One server process per example; see the module docstring."""

    def __init__(self):
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="literalist-sm-"))
        assert find_config_file(self.root / "x.md") is None, "a config file above the temp dir would skew the oracle"
        self.docs = {name: Doc(name, self.root) for name in NAMES}
        self.section: dict = {}
        self.session: ServerSession | None = None

    # --- setup -------------------------------------------------------------------------------
    @initialize(profile=st.sampled_from(["visual-studio-code", "neovim"]), encoding=st.sampled_from(["utf-16", "utf-8"]))
    def start(self, profile, encoding):
        self.session = ServerSession(profile, encoding, str(self.root), {"literalist": {"debounceMs": 0}})
        assert self.session.encoding == encoding

    def teardown(self):
        try:
            if self.session is not None:
                for doc in self.docs.values():
                    if doc.open:
                        self.check_diagnostics_of(doc)
                code = self.session.close()
                assert code == 0, f"server exit code {code}"
                err = self.session.stderr_text()
                assert "Traceback" not in err, f"the server printed a traceback:\n{err[-3000:]}"
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    # --- the oracle ----------------------------------------------------------------------------
    def settings(self):
        return parse({"debounceMs": 0, **self.section})

    def expected(self, doc: Doc):
        settings = self.settings()
        if not settings.enable:
            return [], None
        linter = Linter(settings.apply_to(Config()))
        return linter.lint(doc.text, str(doc.path)), linter

    def expected_diagnostics(self, doc: Doc) -> list[tuple]:
        findings, _ = self.expected(doc)
        starts = line_starts(doc.text)
        enc = self.session.encoding
        sev = {"error": 1, "warning": 2, "info": 3, "hint": 4}
        out = []
        for f in findings:
            sl, sc = lsp_position(doc.text, starts, f.start, enc)
            el, ec = lsp_position(doc.text, starts, f.end, enc)
            out.append((sl, sc, el, ec, f.code, f.message, sev[f.severity.value], f.start, f.end))
        return sorted(out)

    def position(self, doc: Doc, offset: int) -> types.Position:
        line, char = lsp_position(doc.text, line_starts(doc.text), offset, self.session.encoding)
        return types.Position(line=line, character=char)

    # --- documents ---------------------------------------------------------------------------
    @rule(name=st.sampled_from(NAMES), text=DOC_TEXT)
    def open_document(self, name, text):
        doc = self.docs[name]
        if doc.open:
            return
        doc.text = text
        doc.version = 1
        doc.path.write_bytes(text.encode("utf-8"))
        doc.open = True
        self.session.notify(self.session.client.text_document_did_open, types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=doc.uri, language_id=doc.language_id, version=doc.version, text=text)))

    def open_docs(self):
        return [d for d in self.docs.values() if d.open]

    @precondition(lambda self: any(d.open for d in self.docs.values()))
    @rule(data=st.data())
    def type_into(self, data):
        """One didChange with one to three incremental changes, each against the text the
        previous one left (as VS Code sends them)."""
        doc = data.draw(st.sampled_from(self.open_docs()))
        changes = []
        for _ in range(data.draw(st.integers(1, 3))):
            n = len(doc.text)
            start = data.draw(st.integers(0, n))
            end = data.draw(st.integers(start, min(n, start + 40)))
            new = data.draw(EDIT_TEXT)
            # never split a CRLF: an editor's positions are between characters of a line
            if 0 < start < n and doc.text[start - 1] == "\r" and doc.text[start] == "\n":
                start -= 1
            if 0 < end < n and doc.text[end - 1] == "\r" and doc.text[end] == "\n":
                end += 1
            end = max(start, end)
            changes.append(types.TextDocumentContentChangePartial(
                range=types.Range(start=self.position(doc, start), end=self.position(doc, end)), text=new))
            doc.text = doc.text[:start] + new + doc.text[end:]
        self.send_changes(doc, changes)

    def send_changes(self, doc: Doc, changes) -> None:
        doc.version += 1
        self.session.notify(self.session.client.text_document_did_change, types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=doc.uri, version=doc.version),
            content_changes=changes))

    @precondition(lambda self: any(d.open for d in self.docs.values()))
    @rule(data=st.data(), text=DOC_TEXT)
    def replace_all(self, data, text):
        doc = data.draw(st.sampled_from(self.open_docs()))
        doc.text = text
        self.send_changes(doc, [types.TextDocumentContentChangeWholeDocument(text=text)])

    @precondition(lambda self: any(d.open for d in self.docs.values()))
    @rule(data=st.data())
    def save(self, data):
        doc = data.draw(st.sampled_from(self.open_docs()))
        doc.path.write_bytes(doc.text.encode("utf-8"))
        self.session.notify(self.session.client.text_document_did_save, types.DidSaveTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=doc.uri)))

    @precondition(lambda self: any(d.open for d in self.docs.values()))
    @rule(data=st.data())
    def close(self, data):
        doc = data.draw(st.sampled_from(self.open_docs()))
        doc.open = False
        self.session.notify(self.session.client.text_document_did_close, types.DidCloseTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=doc.uri)))
        if not self.session.pull:  # a closed document's diagnostics are cleared
            self.session.wait_for(
                lambda: (self.session.record.published.get(doc.uri) or [None])[-1] is not None
                and not self.session.record.published[doc.uri][-1].diagnostics
                and not doc.open, what=f"diagnostics of {doc.name} cleared on close")

    @rule(section=st.sampled_from(SECTIONS))
    def change_settings(self, section):
        self.section = section
        self.session.section = section
        self.session.notify(self.session.client.workspace_did_change_configuration,
                            types.DidChangeConfigurationParams(settings={"literalist": section}))

    # --- requests ------------------------------------------------------------------------------
    @precondition(lambda self: any(d.open for d in self.docs.values()))
    @rule(data=st.data())
    def check_diagnostics(self, data):
        self.check_diagnostics_of(data.draw(st.sampled_from(self.open_docs())))

    def check_diagnostics_of(self, doc: Doc) -> None:
        want = self.expected_diagnostics(doc)
        s = self.session
        if s.pull:
            report = s.call(s.client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
                text_document=types.TextDocumentIdentifier(uri=doc.uri))))
            assert isinstance(report, types.RelatedFullDocumentDiagnosticReport), report
            got = sorted(_key(d) for d in report.items)
            assert got == want, _diff(doc, got, want)
            return
        # pushed: eventually the latest publish for this version says exactly this
        last = {}

        def matches():
            pubs = s.record.published.get(doc.uri) or []
            if not pubs or pubs[-1].version != doc.version:
                return False
            last["got"] = sorted(_key(d) for d in pubs[-1].diagnostics)
            return last["got"] == want

        try:
            s.wait_for(matches, 10, f"diagnostics of {doc.name} v{doc.version}")
        except AssertionError:
            raise AssertionError(_diff(doc, last.get("got"), want)) from None

    @precondition(lambda self: any(d.open for d in self.docs.values()))
    @rule(data=st.data())
    def hover(self, data):
        doc = data.draw(st.sampled_from(self.open_docs()))
        offset = data.draw(st.integers(0, len(doc.text)))
        if 0 < offset < len(doc.text) and doc.text[offset - 1] == "\r" and doc.text[offset] == "\n":
            offset -= 1
        s = self.session
        answer = s.call(s.client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=doc.uri), position=self.position(doc, offset))))
        findings, _ = self.expected(doc)
        under = [f for f in findings if f.start <= offset < f.end]
        if not under:
            assert answer is None, f"hover at {offset} in {doc.text!r} answered {answer}"
            return
        assert answer is not None, f"no hover at {offset} over {[(f.code, doc.text[f.start:f.end]) for f in under]}"
        assert answer.range == types.Range(start=self.position(doc, min(f.start for f in under)),
                                           end=self.position(doc, max(f.end for f in under)))
        value = answer.contents.value if hasattr(answer.contents, "value") else str(answer.contents)
        for f in under:
            assert f.code in value

    @precondition(lambda self: any(d.open for d in self.docs.values()))
    @rule(data=st.data(), accept=st.booleans())
    def code_action(self, data, accept):
        doc = data.draw(st.sampled_from(self.open_docs()))
        n = len(doc.text)
        start = data.draw(st.integers(0, n))
        end = data.draw(st.integers(start, min(n, start + 30)))
        for i in (start, end):
            if 0 < i < n and doc.text[i - 1] == "\r" and doc.text[i] == "\n":
                start, end = min(start, i - 1), max(end, i - 1) if i == end else end
        end = max(start, end)
        s = self.session
        actions = s.call(s.client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=doc.uri),
            range=types.Range(start=self.position(doc, start), end=self.position(doc, end)),
            context=types.CodeActionContext(diagnostics=[]))))
        findings, linter = self.expected(doc)
        results = []
        for action in actions or []:
            assert isinstance(action, types.CodeAction), f"unexpected {action!r}"
            new_text = self.applied(doc, action.edit)
            if action.kind == "source.fixAll.literalist":
                want, _ = fix_text(doc.text, lambda t: linter.lint(t, str(doc.path)), select=lambda f: f.category == Category.TONE)
                assert new_text == want, f"fix-all gives {new_text!r}, the core gives {want!r}"
            elif action.title.startswith("Disable "):
                code = action.title.split()[1]
                assert len(new_text) > n and code in new_text and "literalist-disable-next-line" in new_text
                assert _is_insertion(doc.text, new_text), f"a disable action changed text: {doc.text!r} -> {new_text!r}"
            else:
                candidates = [apply_edits(doc.text, list(f.fix.edits)) for f in findings if f.fix is not None]
                assert new_text in candidates, f"quick fix {action.title!r} gives {new_text!r}: no finding's fix does"
            results.append((action, new_text))
        if accept and results:
            action, new_text = data.draw(st.sampled_from(results))
            # the editor applies it: one change over the differing middle
            head = 0
            while head < min(len(doc.text), len(new_text)) and doc.text[head] == new_text[head]:
                head += 1
            tail = 0
            while tail < min(len(doc.text), len(new_text)) - head and doc.text[-1 - tail] == new_text[-1 - tail]:
                tail += 1
            rng = types.Range(start=self.position(doc, head), end=self.position(doc, len(doc.text) - tail))
            doc.text = new_text
            self.send_changes(doc, [types.TextDocumentContentChangePartial(range=rng, text=new_text[head:len(new_text) - tail])])

    def applied(self, doc: Doc, edit: types.WorkspaceEdit | None) -> str:
        """The client's text with a WorkspaceEdit applied (ranges read independently)."""
        assert edit is not None, "a code action without an edit"
        if edit.document_changes is not None:
            (change,) = edit.document_changes
            assert change.text_document.uri == doc.uri
            assert change.text_document.version == doc.version, "an edit for another version"
            edits = change.edits
        else:
            edits = edit.changes[doc.uri]
        starts = line_starts(doc.text)
        spans = []
        for e in edits:
            a = offset_of(doc.text, starts, e.range.start.line, e.range.start.character, self.session.encoding)
            b = offset_of(doc.text, starts, e.range.end.line, e.range.end.character, self.session.encoding)
            assert a <= b
            spans.append((a, b, e.new_text))
        text = doc.text
        for a, b, new in sorted(spans, reverse=True):
            text = text[:a] + new + text[b:]
        return text

    @invariant()
    def server_alive(self):
        if self.session is not None:
            assert self.session.alive(), f"the server died:\n{self.session.stderr_text()[-3000:]}"


def _is_insertion(before: str, after: str) -> bool:
    head = 0
    while head < len(before) and before[head] == after[head]:
        head += 1
    return after[head + len(after) - len(before):] == before[head:]


def _diff(doc: Doc, got, want) -> str:
    got = got or []
    return (f"{doc.name} v{doc.version} {doc.text!r}\n"
            f"  server only: {[g for g in got if g not in want]}\n  core only:   {[w for w in want if w not in got]}")


_SHORT = settings(max_examples=4, stateful_step_count=25, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
_LONG = settings(max_examples=40, stateful_step_count=120, deadline=None, suppress_health_check=list(HealthCheck))


class ShortSession(EditorSession):
    pass


class LongSession(EditorSession):
    pass


ShortSession.TestCase.settings = _SHORT
LongSession.TestCase.settings = _LONG
test_editing_session = ShortSession.TestCase
test_editing_session_long = pytest.mark.long(LongSession.TestCase)
