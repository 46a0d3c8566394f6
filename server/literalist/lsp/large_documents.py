"""Very large documents: the server lints the first part and says so in one diagnostic.

The core lints about 0.25 MB of realistic prompt per second on a small machine, and the
server lints one document at a time, so a 20 MB paste would hold every other document's
diagnostics for minutes. The CLI lints such a file whole (the user asked for it and can
wait); an editor cannot. So a document over ``maxDocumentBytes`` (UTF-8, the size it has
on disk) is linted up to the last line break before the limit, and one Information
diagnostic at the start of the first line left out names the limit and the setting.

The cut is a prefix of the text, so every finding's offsets are the same in the prefix
and in the whole document: positions, hovers and quick fixes need no translation.
"""

from __future__ import annotations

from dataclasses import dataclass

from lsprotocol import types

from .document_store import Positions

# Measured with `make bench` (whole-document lint of generated prompts) on the 2-core
# development machine: a cold lint runs at 0.21 to 0.25 MB/s, so 1,000,000 bytes (a
# 15,000-line prompt; the speed budgets go up to 10,000 lines) is about 4 s when the
# document opens. Every later keystroke re-lints only the edited chunk (engine.py).
DEFAULT_MAX_DOCUMENT_BYTES = 1_000_000
MIN_MAX_DOCUMENT_BYTES = 1_000
MAX_MAX_DOCUMENT_BYTES = 100 * 1024 * 1024  # the CLI skips files larger than this

SETTING = "literalist.maxDocumentBytes"
NOTE_CODE = "document-too-large"


@dataclass(frozen=True)
class Cut:
    """Where linting stopped: ``offset`` (code points) of ``total_bytes`` bytes of text."""

    offset: int
    limit: int
    total_bytes: int


def utf8_size(text: str) -> int:
    # surrogatepass: a lone surrogate (a client's broken JSON) must not make sizing fail
    return len(text.encode("utf-8", "surrogatepass"))


def linted_part(text: str, limit: int) -> tuple[str, Cut | None]:
    """The prefix of ``text`` to lint, and the cut (None when the whole text fits)."""
    if len(text) * 4 <= limit:  # no code point takes more than 4 bytes: fits, no encoding needed
        return text, None
    data = text.encode("utf-8", "surrogatepass")
    if len(data) <= limit:
        return text, None
    end = limit
    while end > 0 and data[end] & 0xC0 == 0x80:  # back off to the start of a character
        end -= 1
    offset = len(data[:end].decode("utf-8", "surrogatepass"))
    # stop just after the last line break in the second half of the budget, so no line,
    # sentence or fence marker is cut in two and the note sits at the start of the first line
    # not linted (positions there clamp to the cut, where no finding can end). A "\r" is
    # looked for one short of the end so that one found is never the first half of a CRLF.
    # A text without a line break there is cut at the character boundary.
    brk = max(text.rfind("\n", offset // 2, offset), text.rfind("\r", offset // 2, offset - 1))
    if brk >= 0:
        offset = brk + 1
    return text[:offset], Cut(offset, limit, len(data))


def note(cut: Cut, positions: Positions) -> types.Diagnostic:
    """The one diagnostic that says the rest of the document was not linted."""
    at = positions.position(cut.offset)
    return types.Diagnostic(
        range=types.Range(start=at, end=at),
        message=(
            f"Literalist lints only the first {cut.limit:,} bytes of a document, and this one has "
            f"{cut.total_bytes:,}: nothing from line {at.line + 1} on is checked. Raise the limit with "
            f"the setting {SETTING}, or run `literalist check` on the file."
        ),
        severity=types.DiagnosticSeverity.Information,
        code=NOTE_CODE,
        source="literalist",
        data={"code": NOTE_CODE, "linted": cut.offset},
    )
