"""A very large prompt in the server: the first part is linted, one diagnostic says so, and
every other document keeps being served.

The server lints at most ``maxDocumentBytes`` (UTF-8) of a document, up to the last line
break before the limit, and adds one Information diagnostic where the part left out starts
that names the limit and the setting. The short tests check that contract over stdio with a small limit (the
findings are exactly the core's findings on the part before the cut, nothing is reported or
fixed past it, the setting moves the cut); the long test opens 20 MB with the default limit
and holds the server to its time budgets.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lsprotocol import types

from budgets import SHORT
from hostile_text import ODD, PROSE
from literalist.config import Config
from literalist.engine import Linter
from literalist.lsp.large_documents import NOTE_CODE, linted_part
from lsp_session import ServerSession
from span_checks import line_starts, lsp_position, offset_of

SETTING = "literalist.maxDocumentBytes"
PROFILES = ["visual-studio-code", "neovim"]  # pushed diagnostics, pulled diagnostics

_WORDS = (
    "summarize the ticket for the on-call engineer in three bullets, naming the service, the error, "
    "the first bad deploy and the customer impact; quote log lines exactly and mark guesses as guesses"
).split()


def varied_prompt(size: int, seed: int = 0) -> str:
    """Prompt-like Markdown of about ``size`` characters in which no paragraph repeats, so the
    core's block cache gets no free hits and the lint costs what a real prompt costs. Mixed
    line endings, headings, lists, and a rule trigger in about a third of the paragraphs."""
    rng = random.Random(seed)
    out: list[str] = []
    n = i = 0
    while n < size:
        i += 1
        roll = rng.random()
        if roll < 0.1:
            para = f"## Part {i}\n"
        elif roll < 0.3:
            para = "".join(f"- item {i}.{k}: {' '.join(rng.sample(_WORDS, 6))}\n" for k in range(rng.randint(2, 5)))
        else:
            sentences = []
            for _ in range(rng.randint(1, 4)):
                words = rng.sample(_WORDS, rng.randint(5, 15))
                sentence = " ".join(words).capitalize() + f" (case {i})."
                if rng.random() < 0.3:
                    sentence += " " + rng.choice(PROSE)
                if rng.random() < 0.05:
                    sentence += " " + rng.choice(ODD[:12])  # astral and combining characters
                sentences.append(sentence)
            para = " ".join(sentences) + "\n"
        para += rng.choice(("\n", "\r\n", "\n"))
        out.append(para)
        n += len(para)
    return "".join(out)


# --- talking to the server ----------------------------------------------------------------------
def open_doc(s: ServerSession, path: Path, text: str, version: int = 1) -> str:
    uri = path.as_uri()
    s.notify(s.client.text_document_did_open, types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=version, text=text)))
    return uri


def diagnostics(s: ServerSession, uri: str, version: int = 1, timeout: float = 60) -> list[types.Diagnostic]:
    """The diagnostics for ``version`` of the document, pulled or pushed as the client does."""
    if s.pull:
        report = s.call(s.client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
            text_document=types.TextDocumentIdentifier(uri=uri))), timeout)
        assert isinstance(report, types.RelatedFullDocumentDiagnosticReport), report
        return list(report.items)

    def published():
        pubs = [p for p in s.record.published.get(uri, []) if p.version == version]
        return pubs[-1] if pubs else None

    return list(s.wait_for(published, timeout, f"diagnostics of {uri} v{version}").diagnostics)


def hover(s: ServerSession, uri: str, line: int, character: int, timeout: float = 60):
    return s.call(s.client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=line, character=character))),
        timeout)


def core_keys(text: str, enc: str) -> list[tuple]:
    """What the diagnostics must say about ``text``: the core's findings, positioned independently."""
    starts = line_starts(text)
    out = []
    for f in Linter(Config()).lint(text, "doc.md"):
        out.append((*lsp_position(text, starts, f.start, enc), *lsp_position(text, starts, f.end, enc), f.code, f.message))
    return sorted(out)


def keys(diags: list[types.Diagnostic]) -> list[tuple]:
    return sorted((d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.code, d.message)
                  for d in diags)


def split_note(diags: list[types.Diagnostic]) -> tuple[list[types.Diagnostic], list[types.Diagnostic]]:
    notes = [d for d in diags if d.code == NOTE_CODE]
    return notes, [d for d in diags if d.code != NOTE_CODE]


@pytest.fixture
def workspace():
    root = Path(tempfile.mkdtemp(prefix="literalist-huge-"))
    yield root
    import shutil

    shutil.rmtree(root, ignore_errors=True)


# --- the contract, with a small limit (make test) -----------------------------------------------
LIMIT = 20_000


@pytest.mark.parametrize("profile", PROFILES)
def test_a_document_over_the_limit_is_linted_up_to_a_line_break_and_says_so(profile, workspace):
    text = varied_prompt(60_000, seed=1)
    s = ServerSession(profile, "utf-16", str(workspace), {"literalist": {"debounceMs": 0, "maxDocumentBytes": LIMIT}})
    try:
        small = open_doc(s, workspace / "small.md", "I'm so stressed. Make it polished.\n")
        big = open_doc(s, workspace / "big.md", text)
        notes, found = split_note(diagnostics(s, big))

        # one note, Information, naming the limit and the setting, at the cut
        assert len(notes) == 1, notes
        note = notes[0]
        assert note.severity == types.DiagnosticSeverity.Information
        assert f"{LIMIT:,} bytes" in note.message and SETTING in note.message
        assert note.range.start == note.range.end
        starts = line_starts(text)
        cut = offset_of(text, starts, note.range.start.line, note.range.start.character)
        assert f"line {note.range.start.line + 1}" in note.message
        # the cut is just after a line break (the note starts the first line left out),
        # within the limit, and not far before it
        assert note.range.start.character == 0 and text[cut - 1] in "\r\n", f"cut inside a line: {text[cut - 20:cut + 20]!r}"
        assert LIMIT // 2 <= len(text[:cut].encode("utf-8")) <= LIMIT

        # the findings are exactly the core's on the part before the cut: nothing past it
        assert keys(found) == core_keys(text[:cut], "utf-16")
        assert found, "the linted part has findings"

        # past the cut there is nothing to hover; before it the findings answer
        last = len(starts) - 1
        assert hover(s, big, last - 2, 3) is None
        first = min(found, key=lambda d: (d.range.start.line, d.range.start.character))
        answer = hover(s, big, first.range.start.line, first.range.start.character)
        assert answer is not None and first.code in answer.contents.value

        # "strip all" edits only the linted part
        actions = s.call(s.client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=big),
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
            context=types.CodeActionContext(diagnostics=[], only=["source.fixAll.literalist"]))))
        assert actions, "a fix-all action for the linted part"
        for action in actions:
            changes = action.edit.document_changes or []
            edits = [e for c in changes for e in c.edits] if changes else action.edit.changes[big]
            for e in edits:
                assert offset_of(text, starts, e.range.end.line, e.range.end.character) <= cut

        # the other document was served all along
        assert {d.code for d in diagnostics(s, small)} >= {"LIT102"}

        # raising the limit lints the whole document, and the note goes
        before = len(s.record.published.get(big, []))
        s.section = {"debounceMs": 0, "maxDocumentBytes": 1_000_000}
        s.notify(s.client.workspace_did_change_configuration, types.DidChangeConfigurationParams(
            settings={"literalist": s.section}))
        if not s.pull:
            s.wait_for(lambda: len(s.record.published.get(big, [])) > before, 60, "a re-lint after the setting changed")
        notes, found = split_note(diagnostics(s, big))
        assert notes == []
        assert keys(found) == core_keys(text, "utf-16")
    finally:
        assert s.close() == 0
    assert "Traceback" not in s.stderr_text()


def test_a_document_under_the_limit_gets_no_note_and_bad_values_are_reported(workspace):
    s = ServerSession("visual-studio-code", "utf-16", str(workspace),
                      {"literalist": {"debounceMs": 0, "maxDocumentBytes": "huge"}})
    try:
        text = varied_prompt(30_000, seed=2)  # under the default limit
        uri = open_doc(s, workspace / "mid.md", text)
        notes, found = split_note(diagnostics(s, uri))
        assert notes == [] and keys(found) == core_keys(text, "utf-16")
        s.wait_for(lambda: any(SETTING in m and "ignored" in m for m in s.record.logs), what="a log about the bad value")
    finally:
        assert s.close() == 0


@SHORT
@given(
    text=st.lists(st.sampled_from(PROSE + ODD + ("\n", "\r\n", "\r", " ", "\ud83d", "\U0001f600" * 30, "x" * 300)),
                  max_size=400).map("".join),
    limit=st.integers(1_000, 6_000),
)
def test_the_cut_never_splits_a_character_or_a_line_break(text, limit):
    """The arithmetic behind the cut, on text dense with multi-byte characters and CRs."""
    part, cut = linted_part(text, limit)
    assert text.startswith(part)
    size = len(part.encode("utf-8", "surrogatepass"))
    if cut is None:
        assert part == text and len(text.encode("utf-8", "surrogatepass")) <= limit
        return
    assert cut.offset == len(part) < len(text) and size <= limit
    fit = used = 0  # how many code points fit in the limit, counted one by one
    for ch in text:
        used += len(ch.encode("utf-8", "surrogatepass"))
        if used > limit:
            break
        fit += 1
    assert fit // 2 <= len(part) <= fit, "the cut is in the second half of what fits"
    assert not (part.endswith("\r") and text[len(part)] == "\n"), "a CRLF cut in two"


# --- 20 MB with the default limit, and the time budgets (make test-long) --------------------------
# Budgets on the 2-core development machine (measured: 0.4-0.5 s, 2.5-3.6 s, 3.1-4.1 s).
# A request about a document already linted is answered while the huge one is being read
# and linted. A document opened meanwhile waits for the one lint in flight, which the limit
# keeps to about 3 s. The huge one's diagnostics arrive within the time to send 20 MB over a
# pipe, parse it, and lint the first part. Room is left for a machine shared with other work.
ANSWER_BUDGET = 5.0
NEW_DOCUMENT_BUDGET = 10.0
HUGE_DOCUMENT_BUDGET = 30.0


@pytest.mark.long
@pytest.mark.parametrize("profile", PROFILES)
def test_twenty_megabytes_in_the_server(profile, workspace):
    head = varied_prompt(400_000, seed=3)  # past the limit: what is linted is realistic
    filler = "Summarize the logs below for the on-call engineer.\n\nURGENT!!! I'm so stressed.\n\n"
    huge = head + filler * ((20 * 1024 * 1024 - len(head)) // len(filler) + 1)
    assert len(huge.encode("utf-8")) > 20 * 1024 * 1024
    s = ServerSession(profile, "utf-16", str(workspace), {"literalist": {"debounceMs": 0}})
    try:
        small = open_doc(s, workspace / "small.md", "I'm so stressed. Fix it NOW!!!\n")
        assert diagnostics(s, small), "the small document is linted"

        start = time.monotonic()
        big = open_doc(s, workspace / "huge.md", huge)
        # while the server reads and lints it, the small document still answers
        t = time.monotonic()
        assert hover(s, small, 0, 8) is not None
        hover_seconds = time.monotonic() - t
        other = open_doc(s, workspace / "other.md", "Make it polished.\n")
        t = time.monotonic()
        assert diagnostics(s, other)
        other_seconds = time.monotonic() - t

        notes, found = split_note(diagnostics(s, big, timeout=120))
        huge_seconds = time.monotonic() - start
        assert len(notes) == 1 and "1,000,000 bytes" in notes[0].message
        assert found and max(d.range.end.line for d in found) <= notes[0].range.start.line
        # and the huge document answers requests at once from then on
        t = time.monotonic()
        hover(s, big, found[0].range.start.line, found[0].range.start.character)
        hover_huge_seconds = time.monotonic() - t
        print(f"\n{profile}: hover on another document {hover_seconds:.2f}s, a new document's diagnostics "
              f"{other_seconds:.2f}s, the 20 MB document's diagnostics {huge_seconds:.2f}s after didOpen, "
              f"hover on it {hover_huge_seconds:.2f}s")
        assert hover_seconds < ANSWER_BUDGET and hover_huge_seconds < ANSWER_BUDGET
        assert other_seconds < NEW_DOCUMENT_BUDGET
        assert huge_seconds < HUGE_DOCUMENT_BUDGET
    finally:
        assert s.close() == 0
    assert "Traceback" not in s.stderr_text()
