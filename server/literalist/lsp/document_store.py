"""The open prompt documents, kept in step with the client by incremental sync.

pygls keeps its own copies, but it splits lines with ``str.splitlines``, which also
breaks at form feeds, U+0085 and U+2028/2029; LSP (and VS Code) end lines only at
``\\n``, ``\\r\\n`` and ``\\r``. A prompt pasted from a PDF or a JSON string can hold those
characters, and every range after them would land on the wrong line. So the server
keeps its own documents, with the core's ``LineIndex`` (same line rule as LSP) and the
negotiated column encoding.
"""

from __future__ import annotations

import itertools

from dataclasses import dataclass, field

from lsprotocol import types

from literalist.positions import LineIndex

from .encoding import ColumnCodec


@dataclass
class OpenDocument:
    uri: str
    language_id: str
    version: int
    text: str
    # which opening of the uri this is: versions start again at 1 when a document is
    # reopened, so (uri, version) alone would match a lint of the text it had before
    opening: int = 0
    _index: LineIndex | None = field(default=None, repr=False)

    @property
    def index(self) -> LineIndex:
        if self._index is None or self._index.text is not self.text:
            self._index = LineIndex(self.text)
        return self._index

    def replace(self, text: str, version: int, index: LineIndex | None = None) -> None:
        self.text = text
        self.version = version
        self._index = index


class Positions:
    """Offsets in one text snapshot <-> LSP positions in the client's encoding."""

    def __init__(self, index: LineIndex, codec: ColumnCodec):
        self.index = index
        self.codec = codec

    def position(self, offset: int) -> types.Position:
        line, col = self.index.position(offset)
        return types.Position(line=line, character=self.codec.to_client(self.index.line_text(line), col))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, pos: types.Position) -> int:
        """A client position -> code-point offset, clamped into the document (LSP says a
        character past the line's end means the line's end; a line past the end means the end)."""
        line = pos.line
        if line < 0:
            return 0
        if line >= len(self.index.starts):
            return len(self.index.text)
        col = self.codec.from_client(self.index.line_text(line), pos.character)
        return self.index.offset(line, col)


class DocumentStore:
    def __init__(self) -> None:
        self._docs: dict[str, OpenDocument] = {}
        self._openings = itertools.count(1)

    def __contains__(self, uri: str) -> bool:
        return uri in self._docs

    def get(self, uri: str) -> OpenDocument | None:
        return self._docs.get(uri)

    def uris(self) -> list[str]:
        return list(self._docs)

    def open(self, item: types.TextDocumentItem) -> OpenDocument:
        doc = OpenDocument(uri=item.uri, language_id=item.language_id, version=item.version, text=item.text,
                           opening=next(self._openings))
        self._docs[item.uri] = doc
        return doc

    def close(self, uri: str) -> None:
        self._docs.pop(uri, None)

    def change(self, params: types.DidChangeTextDocumentParams, codec: ColumnCodec) -> OpenDocument | None:
        doc = self._docs.get(params.text_document.uri)
        if doc is None:
            return None
        text, index = doc.text, doc.index
        for change in params.content_changes:
            if isinstance(change, types.TextDocumentContentChangePartial):
                # each change applies to the text as left by the previous one
                positions = Positions(index, codec)
                start = positions.offset(change.range.start)
                end = max(start, positions.offset(change.range.end))
                new = change.text
                text = text[:start] + new + text[end:]
                index = _moved(index, text, start, end, new)
            else:
                text = change.text
                index = LineIndex(text)
        doc.replace(text, params.text_document.version, index)
        return doc


def _moved(index: LineIndex, text: str, start: int, end: int, new: str) -> LineIndex:
    """The line index after replacing [start, end) with ``new``: moved, not rebuilt, when
    no line break came or went (a keystroke in a long prompt; rebuilding is O(size))."""
    old = index.text
    if any(c in new or c in old[start:end] for c in "\r\n") or (start and old[start - 1] == "\r"):
        return LineIndex(text)
    return index.shifted(text, start, len(new) - (end - start))
