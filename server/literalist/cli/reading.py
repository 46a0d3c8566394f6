"""Bytes to text and back, keeping what the file was: its encoding, BOM and line endings.

``--fix`` must give the user back the same kind of file it read, so nothing here
normalises: line endings stay as written ("\\n", "\\r\\n" or "\\r", even mixed), a BOM is
remembered and written again, UTF-16 stays UTF-16.

Bytes that are not valid UTF-8 are kept as lone surrogates (Python's "surrogateescape"),
so writing the text back reproduces them exactly. The core is shown the same text with
each such byte as U+FFFD: one character for one byte, so offsets agree between the two.
"""

from __future__ import annotations

import codecs
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

# Files above this size get a note: prompts are rarely this big, and linting one takes time.
LARGE_FILE_BYTES = 5 * 1024 * 1024
# Files above this size are skipped: no prompt is this big, and reading it could exhaust memory.
MAX_FILE_BYTES = 100 * 1024 * 1024

# Longest BOM first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ESCAPED = re.compile("[\udc80-\udcff]")
_BINARY_SNIFF = 8192


class NotText(Exception):
    """The file is not text Literalist can read (binary, or a broken UTF-16/32 file)."""


@dataclass
class SourceText:
    raw: str  # what the file holds, invalid bytes as surrogate escapes: fixes apply here
    text: str  # what the core lints: same length, escapes shown as U+FFFD
    encoding: str  # codec without BOM handling: "utf-8", "utf-16-le", ...
    bom: bytes = b""
    warnings: list[str] = field(default_factory=list)

    def encode(self, raw: str) -> bytes:
        """Bytes for a (fixed) ``raw`` text, in the file's own encoding, BOM included."""
        errors = "surrogateescape" if self.encoding == "utf-8" else "strict"
        return self.bom + raw.encode(self.encoding, errors)

    def lint_view(self, raw: str) -> str:
        """The text the core should see for a ``raw`` text (escaped bytes as U+FFFD)."""
        return _ESCAPED.sub("\ufffd", raw) if self.encoding == "utf-8" else raw


def decode(data: bytes) -> SourceText:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                text = body.decode(encoding)
            except UnicodeDecodeError as exc:
                if encoding == "utf-8":
                    return _decode_utf8(body, bom)
                raise NotText(f"starts with a {encoding.upper()} byte order mark but is not valid {encoding.upper()} (byte {exc.start + len(bom)})") from None
            return SourceText(raw=text, text=text, encoding=encoding, bom=bom)
    # NUL bytes never occur in UTF-8 text; with no BOM they mean a binary file
    # (or UTF-16 without a BOM, which cannot be told apart reliably).
    if b"\x00" in data[:_BINARY_SNIFF] or b"\x00" in data[-_BINARY_SNIFF:]:
        raise NotText("binary file (contains NUL bytes)")
    return _decode_utf8(data, b"")


def _decode_utf8(data: bytes, bom: bytes) -> SourceText:
    try:
        text = data.decode("utf-8")
        return SourceText(raw=text, text=text, encoding="utf-8", bom=bom)
    except UnicodeDecodeError as exc:
        first = exc.start
    raw = data.decode("utf-8", "surrogateescape")
    text = _ESCAPED.sub("\ufffd", raw)
    bad = len(_ESCAPED.findall(raw))
    line = data[:first].count(b"\n") + 1
    warning = (
        f"not valid UTF-8 (first bad byte on line {line}); {bad} byte{'s' if bad != 1 else ''} "
        "shown as \ufffd, kept as they are if the file is fixed"
    )
    return SourceText(raw=raw, text=text, encoding="utf-8", bom=bom, warnings=[warning])


def read_path(path: Path) -> tuple[SourceText, tuple[int, int]]:
    """Read and decode a file. Raises OSError (unreadable) or NotText.

    Also returns the file's (mtime_ns, size) as read, so that ``--fix`` can refuse to
    overwrite a file that changed on disk in the meantime.
    """
    st = path.stat()
    if not stat.S_ISREG(st.st_mode):
        # a FIFO blocks forever waiting for a writer, /dev/zero never ends: never read them
        raise NotText("not a regular file (a pipe, device or socket)")
    if st.st_size > MAX_FILE_BYTES:
        raise NotText(f"{st.st_size / 1024 / 1024:.0f} MB is over the {MAX_FILE_BYTES // 1024 // 1024} MB limit for a prompt")
    data = path.read_bytes()
    source = decode(data)
    if len(data) > LARGE_FILE_BYTES:
        source.warnings.append(f"large file ({len(data) / 1024 / 1024:.1f} MB): linting may take a while")
    return source, (st.st_mtime_ns, st.st_size)
