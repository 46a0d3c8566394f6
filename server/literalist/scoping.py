"""Scoping: which parts of a prompt are the writer speaking to the model, and which are data.

Rules should judge the writer's own words. An angry email pasted inside ``<email>`` tags, a
log in a code fence, a block quote, a ``{{placeholder}}`` or a YAML front matter value is
material the prompt hands over, not the writer's tone or assumptions.

The result keeps offsets exact: every masked character is replaced by a space (line breaks
are kept), so a block's ``text`` has the same length as the original slice it covers.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt

from .config import Config
from .positions import LineIndex

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")


@dataclass(frozen=True)
class Block:
    """A run of prose: a paragraph, heading, list item paragraph or table row."""

    start: int  # offset of text[0] in the document
    text: str  # the original slice with non-prose characters replaced by spaces
    kind: str  # "paragraph" | "heading" | "list_item" | "table_row"
    # spans (relative to the block) of text inside double quotes: mentioned, not used
    quoted: tuple[tuple[int, int], ...] = ()
    # line breaks and blank lines after the block: removed with it when a fix deletes it whole
    trail: int = 0


@dataclass
class ScopedDocument:
    text: str
    path: str | None
    is_markdown: bool
    blocks: list[Block]
    # (start, end, body) of every comment: HTML <!-- --> and Handlebars {{! }}
    comments: list[tuple[int, int, str]] = field(default_factory=list)
    # regions the prompt hands over as data (data tags, fences, quotes); shown examples live here
    data_regions: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, kind)
    line_index: LineIndex | None = None
    body_start: int = 0  # where the text after any front matter begins

    def lines(self) -> LineIndex:
        if self.line_index is None:
            self.line_index = LineIndex(self.text)
        return self.line_index


def is_markdown_path(path: str | None) -> bool:
    if path is None:
        return True
    return path.lower().endswith(MARKDOWN_SUFFIXES)


# --- text-level regions, found before Markdown parsing ---------------------------------

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(?:.*?\r?\n)??(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_HTML_COMMENT = re.compile(r"<!--(.*?)(?:-->|\Z)", re.S)
_HBS_COMMENT = re.compile(r"\{\{!--(.*?)(?:--\}\}|\Z)|\{\{!(.*?)\}\}", re.S)
# {{var}}, {{#if x}}, {{/if}}, {{> partial}}, {% tag %}, {# note #}, ${var}, {var}
_PLACEHOLDER = re.compile(
    r"\{\{\{?[^{}\n]{0,200}\}?\}\}|\{%[^\n]{0,200}?%\}|\{#[^\n]{0,200}?#\}|\$\{[^{}\n]{0,200}\}"
    r"|\{[A-Za-z_][\w.\-]{0,80}\}"
)
_TAG = re.compile(r"<(/?)([A-Za-z][\w\-.:]{0,60})((?:\s[^<>\n]{0,300})?)(/?)>")
_URL = re.compile(r"\b(?:https?|ftp|file)://[^\s<>()\[\]]{1,2000}|\bwww\.[^\s<>()\[\]]{1,2000}")


@lru_cache(maxsize=64)
def _tag_sets(extra: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    cfg = Config(data_tags=list(extra))
    return cfg.all_data_tags(), cfg.prose_tags()


# HTML elements that format prose rather than wrap material
_HTML_INLINE = frozenset(
    "a b i u s em strong small big sub sup br hr p div span ul ol li h1 h2 h3 h4 h5 h6 img table tr td th "
    "thead tbody details summary kbd mark abbr cite del ins center font section nav header footer".split()
)


def _is_data_tag(name: str, tags: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Data unless the tag's name says it holds instructions (<instructions>, <rules>...)."""
    data, prose = tags
    name = name.lower()
    if name in data:
        return True
    if name in _HTML_INLINE or name in prose:
        return False
    parts = [p for p in re.split(r"[_\-.:]", name) if p]
    if any(p in data for p in parts):
        return True
    return not any(p in prose for p in parts)


def _blank(chars: list[str], start: int, end: int, fill: str = " ") -> None:
    """Replace characters by ``fill``, keeping line breaks so line structure survives."""
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = fill


def _parse_fill(text: str, start: int, end: int) -> str:
    """What a masked region becomes in the text given to the Markdown parser.

    A region that fills its lines becomes blank lines. One inside a line becomes letters:
    blanking "- {{name}} is here" would leave "-          is here", which Markdown reads
    as an indented code block.
    """
    before = text.rfind("\n", 0, start) + 1
    if end > start and text[end - 1] in "\r\n":
        trailing = ""
    else:
        after = text.find("\n", end)
        trailing = text[end : len(text) if after < 0 else after]
    if text[before:start].strip() == "" and trailing.strip() == "":
        return " "
    return "x"


def _find_data_elements(text: str, tags) -> list[tuple[int, int, str]]:
    """Pair each closing data tag with the latest unclosed opening tag of the same name.

    An opening tag with no closing partner is treated as a mention ("the <email> below"),
    so only the tag itself is masked, never the rest of the document.
    """
    open_stack: dict[str, list[int]] = {}
    regions: list[tuple[int, int, str]] = []
    for m in _TAG.finditer(text):
        closing, name, _, selfclosing = m.group(1), m.group(2).lower(), m.group(3), m.group(4)
        if not _is_data_tag(name, tags) or selfclosing:
            continue
        if not closing:
            open_stack.setdefault(name, []).append(m.start())
        elif open_stack.get(name):
            start = open_stack[name].pop()
            regions.append((start, m.end(), name))
    # nested pairs: keep outermost only
    regions.sort()
    merged: list[tuple[int, int, str]] = []
    for r in regions:
        if merged and r[0] < merged[-1][1]:
            if r[1] > merged[-1][1]:
                merged[-1] = (merged[-1][0], r[1], merged[-1][2])
            continue
        merged.append(r)
    return merged


# --- Markdown structure -----------------------------------------------------------------


@lru_cache(maxsize=2)
def _parser(indented_code: bool) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    if not indented_code:
        md.disable("code")
    return md


_LIST_MARKER = re.compile(r"^([ \t]*)((?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)", re.M)
_HEADING_MARK = re.compile(r"^([ \t]*)(#{1,6})(?=[ \t]|$)|[ \t]+#+[ \t]*$", re.M)
_SETEXT = re.compile(r"^[ \t]*(?:=+|-+)[ \t]*$", re.M)
_CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
_LINK_DEST = re.compile(r"(?<=\])\((?:[^()\n]|\([^()\n]*\)){0,2000}\)|(?<=\])\[[^\]\n]{0,200}\]")
_EMPHASIS = re.compile(r"\*+|(?<![\w])_+|_+(?![\w])|~~")
_TABLE_PIPE = re.compile(r"\|")
_TABLE_DELIM = re.compile(r"^[ \t|:\-]+$", re.M)
_TRAIL = re.compile(r"(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*")
_QUOTED = re.compile(r"\"([^\"\n]{1,400})\"|\u201c([^\u201d\n]{1,400})\u201d")


def scope(text: str, path: str | None = None, config: Config | None = None) -> ScopedDocument:
    config = config or Config()
    markdown = is_markdown_path(path)
    chars = list(text)  # what the rules see
    pchars = list(text)  # what the Markdown parser sees

    def mask(start: int, end: int) -> None:
        _blank(chars, start, end)
        _blank(pchars, start, end, _parse_fill(text, start, end))

    comments: list[tuple[int, int, str]] = []
    data_regions: list[tuple[int, int, str]] = []

    fm = _FRONT_MATTER.match(text)
    if fm:
        mask(0, fm.end())
    for rx in (_HTML_COMMENT, _HBS_COMMENT):
        for m in rx.finditer(text):
            if fm and m.start() < fm.end():
                continue
            body = next((g for g in m.groups() if g is not None), "")
            comments.append((m.start(), m.end(), body))
            mask(m.start(), m.end())
    for start, end, name in _find_data_elements(text, _tag_sets(tuple(config.data_tags))):
        data_regions.append((start, end, name))
        mask(start, end)
    for rx in (_PLACEHOLDER, _TAG, _URL):
        for m in rx.finditer(text):
            mask(m.start(), m.end())

    pre = "".join(chars)
    index = LineIndex(text)
    blocks: list[Block] = []
    _markdown_blocks("".join(pchars), pre, index, markdown, blocks, data_regions)
    comments.sort()
    data_regions.sort()
    return ScopedDocument(text, path, markdown, blocks, comments, data_regions, index, fm.end() if fm else 0)


def _line_span(index: LineIndex, first: int, last: int) -> tuple[int, int]:
    """Offsets covering lines [first, last) without the final line break."""
    start = index.starts[first] if first < len(index.starts) else len(index.text)
    last_line = min(last, len(index.starts)) - 1
    end = index.line_content_end(last_line) if last_line >= first else start
    return start, end


def _markdown_blocks(parse_text, pre, index, markdown, blocks, data_regions) -> None:
    tokens = _parser(indented_code=markdown).parse(parse_text)
    quote_depth = 0
    list_depth = 0
    for tok in tokens:
        t = tok.type
        if t == "blockquote_open":
            quote_depth += 1
            if tok.map and quote_depth == 1:
                s, e = _line_span(index, *tok.map)
                data_regions.append((s, e, "blockquote"))
        elif t == "blockquote_close":
            quote_depth -= 1
        elif t in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif t in ("fence", "code_block", "html_block"):
            if tok.map and quote_depth == 0:
                s, e = _line_span(index, *tok.map)
                data_regions.append((s, e, "code" if t != "html_block" else "html"))
        elif quote_depth:
            continue
        elif t == "tr_open" and tok.map:
            s, e = _line_span(index, *tok.map)
            _add(blocks, _make_block(pre, s, e, "table_row"), index.text)
        elif t in ("paragraph_open", "heading_open") and tok.map:
            kind = "heading" if t == "heading_open" else ("list_item" if list_depth else "paragraph")
            s, e = _line_span(index, *tok.map)
            _add(blocks, _make_block(pre, s, e, kind), index.text)


def _add(blocks: list[Block], block: Block | None, full: str) -> None:
    if block is not None and block.text.strip():
        end = block.start + len(block.text)
        m = _TRAIL.match(full, end)
        trail = m.end() - end if m else 0
        blocks.append(dataclasses.replace(block, trail=trail) if trail else block)


def _make_block(pre: str, start: int, end: int, kind: str) -> Block | None:
    seg = list(pre[start:end])
    text = pre[start:end]
    rxs = [_LIST_MARKER, _CODE_SPAN, _LINK_DEST, _EMPHASIS]
    if kind == "heading":
        rxs += [_HEADING_MARK, _SETEXT]
    if kind == "table_row":
        rxs += [_TABLE_DELIM, _TABLE_PIPE]
    for rx in rxs:
        for m in rx.finditer(text):
            if rx is _LIST_MARKER:
                a, b = m.start(2), m.end(2)
            elif rx is _HEADING_MARK and m.group(2):
                a, b = m.start(2), m.end(2)
            else:
                a, b = m.start(), m.end()
            for i in range(a, b):
                if seg[i] not in "\r\n":
                    seg[i] = " "
    masked = "".join(seg)
    quoted = tuple(
        (m.start(1) if m.group(1) is not None else m.start(2), m.end(1) if m.group(1) is not None else m.end(2))
        for m in _QUOTED.finditer(masked)
    )
    return Block(start, masked, kind, quoted)
