"""Scoping: which parts of a prompt are the writer speaking to the model, and which are data.

Rules should judge the writer's own words. An angry email pasted inside ``<email>`` tags, a
log in a code fence, a block quote, the turns of a conversation the prompt shows ("USER: ...",
"Customer: ..."), a ``{{placeholder}}``, a YAML front matter value or the values of a record's fields
("caller_role: ...", "description: ...") is material the prompt hands over, not the
writer's tone or assumptions.

The result keeps offsets exact: every masked character is replaced by a space (line breaks
are kept), so a block's ``text`` has the same length as the original slice it covers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt

from .config import Config
from .file_kinds import PARSED_AS_MARKDOWN
from .positions import LineIndex
from .text_cache import TextCache


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


class ScopedDocument:
    """A prompt split into independently parsed chunks, each with its prose blocks and
    data regions (relative to the chunk, so an edit in one chunk leaves the others'
    results reusable as they are). ``blocks`` and ``data_regions`` give the absolute view."""

    def __init__(self, text: str, path: str | None, is_markdown: bool, *, comments=(), global_data=(),
                 regions=(), chunks=(), chunk_scopes=(), line_index: LineIndex | None = None, body_start: int = 0):
        self.text = text
        self.path = path
        self.is_markdown = is_markdown
        # (start, end, body) of every comment: HTML <!-- --> and Handlebars {{! }}
        self.comments: list[tuple[int, int, str]] = list(comments)
        # data found before parsing (data tags, the first placeholder), absolute and sorted
        self.global_data: list[tuple[int, int, str]] = list(global_data)
        # every masked span (merged), kept so an edit can be re-scoped without a full pass
        self.regions: list[tuple[int, int]] = list(regions)
        # (start, end) of each independently parsed chunk, and its (prose blocks, data
        # regions) relative to the chunk's start
        self.chunks: list[tuple[int, int]] = list(chunks)
        self.chunk_scopes: list[ChunkScope] = list(chunk_scopes)
        self.line_index = line_index
        self.body_start = body_start  # where the text after any front matter begins
        self._blocks: list[Block] | None = None
        self._data: list[tuple[int, int, str]] | None = None

    @property
    def blocks(self) -> list[Block]:
        if self._blocks is None:
            self._blocks = [
                Block(start + b.start, b.text, b.kind, b.quoted, b.trail) if start else b
                for (start, _), (prose, _) in zip(self.chunks, self.chunk_scopes)
                for b in prose
            ]
        return self._blocks

    @property
    def data_regions(self) -> list[tuple[int, int, str]]:
        """Regions the prompt hands over as data (data tags, fences, quotes), absolute."""
        if self._data is None:
            found = list(self.global_data)
            for (start, _), (_, data) in zip(self.chunks, self.chunk_scopes):
                found.extend((start + a, start + b, kind) for a, b, kind in data)
            found.sort()
            self._data = found
        return self._data

    def lines(self) -> LineIndex:
        if self.line_index is None:
            self.line_index = LineIndex(self.text)
        return self.line_index


# (prose blocks, data regions) of one chunk, offsets relative to the chunk
ChunkScope = tuple


def is_markdown_path(path: str | None) -> bool:
    if path is None:
        return True
    return path.lower().endswith(PARSED_AS_MARKDOWN)


# --- text-level regions, found before Markdown parsing ---------------------------------

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(?:.*?\r?\n)??(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_HTML_COMMENT = re.compile(r"<!--(.*?)(?:-->|\Z)", re.S)
_HBS_COMMENT = re.compile(r"\{\{!--(.*?)(?:--\}\}|\Z)|\{\{!(.*?)\}\}", re.S)
# {{var}}, {{#if x}}, {{/if}}, {{> partial}}, {% tag %}, {# note #}, ${var}, {var}
# (each within one line; a lone CR ends a line too, as it does for an editor)
_PLACEHOLDER = re.compile(
    r"\{\{\{?[^{}\r\n]{0,200}\}?\}\}|\{%[^\r\n]{0,200}?%\}|\{#[^\r\n]{0,200}?#\}|\$\{[^{}\r\n]{0,200}\}"
    r"|\{[A-Za-z_][\w.\-]{0,80}\}"
)
_TAG = re.compile(r"<(/?)([A-Za-z][\w\-.:]{0,60})((?:[ \t][^<>\r\n]{0,300})?)(/?)>")
# (quotes end a URL: "... https://example.com/p/a342ur" closes the quotation it stands in)
_URL = re.compile(r"\b(?:https?|ftp|file)://[^\s<>()\[\]\"\u201d]{1,2000}|\bwww\.[^\s<>()\[\]\"\u201d]{1,2000}")


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
    # the head of a compound is its last part: <output_format> holds instructions about the
    # output; but an example of anything is shown, not obeyed (<example_format>)
    if len(parts) > 1 and parts[-1] in prose and not any(p in _EXAMPLE_PARTS for p in parts):
        return False
    if any(p in data for p in parts):
        return True
    return not any(p in prose for p in parts)


_EXAMPLE_PARTS = frozenset(("example", "examples", "sample", "samples"))


_NOT_NEWLINE = re.compile(r"[^\r\n]")


def _fill(segment: str, ch: str) -> str:
    """Replace every character but line breaks, so line structure and offsets survive."""
    return _NOT_NEWLINE.sub(ch, segment)


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


def _merge(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(regions):
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _masked(text: str, regions: list[tuple[int, int]], for_parser: bool) -> str:
    return _masked_span(text, regions, 0, len(text), for_parser)


def _masked_span(text: str, regions: list[tuple[int, int]], a: int, b: int, for_parser: bool) -> str:
    """text[a:b] with every masked region filled (a region crossing a or b is clipped; its
    fill is still decided by the whole region)."""
    pieces = []
    pos = a
    for s, e in regions[max(0, bisect_right(regions, (a, -1)) - 1):]:
        if s >= b:
            break
        if e <= a:
            continue
        lo, hi = max(s, a), min(e, b)
        pieces.append(text[pos:lo])
        pieces.append(_fill(text[lo:hi], _parse_fill(text, s, e) if for_parser else " "))
        pos = hi
    pieces.append(text[pos:b])
    return "".join(pieces)


# "The customer describes what they want, inside <request> tags": a tag the prompt says holds
# someone else's words, or holds them verbatim ("The request, verbatim, in <request> tags"), is
# data, whatever its name (<request> and <question> are otherwise the writer's own)
_THEIR_WORDS_BEFORE = re.compile(
    r"\b(?:customer|user|client|caller|guest|member|patient|student|visitor|applicant|buyer|tenant|reader|"
    r"someone|people|they|requester|sender|complainant|author|verbatim)(?:s|['\u2019]s)?\b[^.!?\n<]{0,80}$", re.I)


# "Example of what comes in:" on the line before a <request>: the element shows someone's
# message, whatever its name says (only for names a message can have)
MESSAGE_TAGS = frozenset(("request", "question", "query", "prompt"))
_SHOWN_BEFORE = re.compile(r"\b(?:examples?|samples?|incoming|comes\s+in|arrives?)\b[^.!?\n<]{0,60}:[ \t]*\r?\n[ \t]*$", re.I)


def _find_data_elements(text: str, tags) -> list[tuple[int, int, str]]:
    """Pair each closing data tag with the latest unclosed opening tag of the same name.

    An opening tag with no closing partner is treated as a mention ("the <email> below"),
    so only the tag itself is masked, never the rest of the document.
    """
    open_stack: dict[str, list[int]] = {}
    regions: list[tuple[int, int, str]] = []
    theirs: set[str] = set()
    for m in _TAG.finditer(text):
        closing, name, _, selfclosing = m.group(1), m.group(2).lower(), m.group(3), m.group(4)
        if selfclosing:
            continue
        if not _is_data_tag(name, tags) and name not in theirs:
            if closing or not (_THEIR_WORDS_BEFORE.search(text, max(0, m.start() - 100), m.start())
                               or name in MESSAGE_TAGS and _SHOWN_BEFORE.search(text, max(0, m.start() - 100), m.start())):
                continue
            theirs.add(name)  # the mention; the element itself follows
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


# """...""" and '''...''': the delimiters many prompt guides recommend around pasted material
_TRIPLE_QUOTES = re.compile(r'"""|\'\'\'')


def _triple_quoted(text: str, body: int) -> list[tuple[int, int]]:
    """Spans between triple quotes, paired in order of appearance (the first opens, the next of
    the same kind closes); one left open at the end pairs with nothing. Found by position, not
    by a search for the closing quotes, so the cost stays linear however many are open."""
    spans: list[tuple[int, int]] = []
    opened: dict[str, int] = {}
    for m in _TRIPLE_QUOTES.finditer(text, body):
        kind = m.group()
        if kind in opened:
            spans.append((opened.pop(kind), m.end()))
        else:
            opened[kind] = m.start()
    return spans


# --- Markdown structure -----------------------------------------------------------------


@lru_cache(maxsize=2)
def _parser(indented_code: bool) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    # only block structure is needed; inline spans are masked by regex within each block
    md.core.ruler.disable(["inline", "text_join"])
    if not indented_code:
        md.disable("code")
    return md


_LIST_MARKER = re.compile(r"^([ \t]*)((?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)", re.M)
_HEADING_MARK = re.compile(r"^([ \t]*)(#{1,6})(?=[ \t]|$)|(?<![ \t])[ \t]+#+[ \t]*$", re.M)
_SETEXT = re.compile(r"^[ \t]*(?:=+|-+)[ \t]*$", re.M)
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
_LINK_DEST = re.compile(r"(?<=\])\((?:[^()\n]|\([^()\n]*\)){0,2000}\)|(?<=\])\[[^\]\n]{0,200}\]")
# an escaped underscore is a literal one: "LC\_ALL" is one identifier, not "LC" and "ALL"
_EMPHASIS = re.compile(r"\*+|(?<![\w\\])_+|(?<!\\)_+(?![\w])|~~")
# a turn of a conversation the prompt shows ("USER: PLEASE just tell me ...", "Customer: this
# is the THIRD time ...", "Q: ..." and "A: ..."): the words after the speaker are theirs, not the
# writer's. Masked when a paragraph, or a run of list items, holds two turns or more, so one
# "Client: Acme Ltd" line stays the writer's own.
# ... and the speakers of a transcript, by their office or part, with a name or a number after it:
# "CHAIR GARCIA:", "Trustee Bell:", "Interviewer:", "Speaker 2:", "Dr. Patel:"
_SPEAKER_TURN = re.compile(r"^[ \t]*[*_]{0,2}(?:(?:USER|User|user|ASSISTANT|Assistant|assistant|HUMAN|Human|AI|BOT|Bot|CUSTOMER|Customer|"
                           r"CALLER|Caller|AGENT|Agent|PATIENT|Patient|CLIENT|Client|STUDENT|Student|GUEST|Guest|TENANT|Tenant|"
                           r"PARENT|Parent|BUYER|Buyer|SELLER|Seller|REP|Rep|Q|A)"
                           r"|(?:CHAIR|Chair|TRUSTEE|Trustee|SUPT\.?|Supt\.?|COUNCILLOR|Councillor|COUNCILMEMBER|Councilmember|MEMBER|Member|"
                           r"JUDGE|Judge|THE[ \t]+COURT|COUNSEL|Counsel|WITNESS|Witness|INTERVIEWER|Interviewer|INTERVIEWEE|Interviewee|"
                           r"MODERATOR|Moderator|HOST|Host|OPERATOR|Operator|DISPATCHER|Dispatcher|SPEAKER|Speaker|PARTICIPANT|Participant|"
                           r"DR\.?|Dr\.?|MR\.?|Mr\.?|MRS\.?|Mrs\.?|MS\.?|Ms\.?|PROF\.?|Prof\.?)"
                           r"(?:[ \t]+(?:[A-Z][A-Za-z'\-]+|\d{1,3})){0,2})[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]+(\S[^\r\n]*)", re.M)
# A record as a system stores it, one field per line under machine names ("caller_role:",
# "work_notes:", "priority:"): three fields or more in a paragraph, one name at least with an
# underscore. Its free-text fields hold someone else's words (a ticket's description, a CRM
# note), not the writer's; the names stay, and so do settings ("tone: polished" is the writer's).
_RECORD_FIELD = re.compile(r"^[ \t]*([a-z][a-z0-9]*(?:_[a-z0-9]+)*)[ \t]*:[ \t]+(\S[^\r\n]*)", re.M)
_FREE_TEXT_FIELD = re.compile(r"(?:^|_)(?:description|notes?|comments?|body|message|text|summary|transcript|feedback|review|"
                              r"reason|details|content|subject|question|answer|reply|complaint|request|remarks?)$")
_TABLE_PIPE = re.compile(r"\|")
_TABLE_DELIM = re.compile(r"^[ \t|:\-]+$", re.M)
_TRAIL = re.compile(r"(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*")
# double quotes, curly quotes, and single quotes that are not apostrophes ('I'm so stressed')
# Double quotes may run on over two line breaks of a paragraph ("e.g. "YOU PEOPLE NEVER⏎BRING THE
# BOOKS"") and hold a whole example message; single quotes stay on one line (apostrophes). A curly
# quote holds no other opening one: each scan then stops at the next quote mark, so a run of them
# costs one step each, not a thousand.
_QUOTED = re.compile(r"\"([^\"\n]{1,1000}(?:\n[^\"\n]{1,400}){0,2})\"|\u201c([^\u201c\u201d\n]{1,1000}(?:\n[^\u201c\u201d\n]{1,400}){0,2})\u201d"
                     r"|(?<!\w)'((?:[^'\n]|'(?=\w)){2,400}?)'(?!\w)")


def scope(text: str, path: str | None = None, config: Config | None = None) -> ScopedDocument:
    config = config or Config()
    markdown = is_markdown_path(path)
    comments: list[tuple[int, int, str]] = []
    global_data: list[tuple[int, int, str]] = []
    masked: list[tuple[int, int]] = []

    fm = _FRONT_MATTER.match(text)
    body = fm.end() if fm else 0
    if fm:
        masked.append((0, body))
    for rx in (_HTML_COMMENT, _HBS_COMMENT):
        for m in rx.finditer(text, body):
            comment = next((g for g in m.groups() if g is not None), "")
            comments.append((m.start(), m.end(), comment))
            masked.append((m.start(), m.end()))
    for start, end, name in _find_data_elements(text, _tag_sets(tuple(config.data_tags))):
        global_data.append((start, end, name))
        masked.append((start, end))
    for start, end in _triple_quoted(text, body):
        global_data.append((start, end, "quote"))
        masked.append((start, end))
    for rx in (_PLACEHOLDER, _TAG, _URL):
        found = [(m.start(), m.end()) for m in rx.finditer(text, body)]
        masked.extend(found)
        if rx is _PLACEHOLDER and found:
            # a template variable is material filled in at run time: the prompt does carry data
            global_data.append((found[0][0], found[0][1], "placeholder"))

    regions = _merge(masked)
    parse_text = _masked(text, regions, for_parser=True)
    chunks = _chunks(parse_text)
    scopes = [chunk_scope(text, regions, start, end, markdown, parse_text[start:end]) for start, end in chunks]
    comments.sort()
    global_data.sort()
    return ScopedDocument(text, path, markdown, comments=comments, global_data=global_data, regions=regions,
                          chunks=chunks, chunk_scopes=scopes, body_start=body)


# chunk scopes by the chunk's own text (see chunk_scope)
_CHUNK_BLOCKS: TextCache[str, tuple[tuple[str, str, bool], ChunkScope]] = TextCache(8192)


def forget_chunk(original: str) -> None:
    """An edit replaced the chunk whose text was ``original``: its scope will not be asked for again."""
    _CHUNK_BLOCKS.forget(original)


def chunk_scope(text: str, regions: list[tuple[int, int]], start: int, end: int, markdown: bool,
                parse_slice: str | None = None) -> ChunkScope:
    """Prose blocks and data regions of the chunk text[start:end], relative to ``start``."""
    pre = _masked_span(text, regions, start, end, for_parser=False)
    if parse_slice is None:
        parse_slice = _masked_span(text, regions, start, end, for_parser=True)
    original = text[start:end]
    # keyed by the chunk's own text, which an edit can tell the cache to forget; the masks
    # also depend on data regions around the chunk, so they are compared on a hit
    masks = (pre, parse_slice, markdown)
    hit = _CHUNK_BLOCKS.get(original)
    if hit is not None and hit[0] == masks:
        return hit[1]
    found = _chunk_blocks(original, pre, parse_slice, markdown)
    _CHUNK_BLOCKS.put(original, (masks, found))
    return found


_FENCE_LINE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$", re.M)
# a blank line followed by a line that starts at the margin
_BOUNDARY = re.compile(r"\n[ \t]*\r?\n(?=[^ \t\r\n])|\r[ \t]*\r(?=[^ \t\r\n])")


def _chunks(parse_text: str) -> list[tuple[int, int]]:
    """Split into runs of lines that Markdown parses independently: a new chunk starts at a
    non-indented line after a blank line, outside fenced code. No container (list, quote,
    table, paragraph) survives that, so re-parsing one chunk after a keystroke is exact.
    Returns (start, end) offsets; every chunk starts at a line start."""
    # offsets where fenced code is open, from the fence lines alone (regex, not a line loop)
    fenced: list[tuple[int, int]] = []
    opener = None
    for m in _FENCE_LINE.finditer(parse_text):
        if opener is None:
            opener = (m.start(), m.group(1))
        elif m.group(1)[0] == opener[1][0] and len(m.group(1)) >= len(opener[1]) and not m.group(2).strip():
            fenced.append((opener[0], m.end()))
            opener = None
    if opener is not None:
        fenced.append((opener[0], len(parse_text)))
    bounds = [0]
    f = 0
    for m in _BOUNDARY.finditer(parse_text):
        at = m.end()
        while f < len(fenced) and fenced[f][1] < at:
            f += 1
        if f < len(fenced) and fenced[f][0] <= at < fenced[f][1]:
            continue
        bounds.append(at)
    bounds.append(len(parse_text))
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]


def _summarise(chunk: str, markdown: bool) -> tuple[tuple[str, int, int], ...]:
    """(kind, first line, last line) of the prose blocks and data regions in one chunk."""
    tokens = _parser(indented_code=markdown).parse(chunk)
    out: list[tuple[str, int, int]] = []
    quote_depth = 0
    list_depth = 0
    for tok in tokens:
        t = tok.type
        if t == "blockquote_open":
            quote_depth += 1
            if tok.map and quote_depth == 1:
                out.append(("blockquote", *tok.map))
        elif t == "blockquote_close":
            quote_depth -= 1
        elif t in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif quote_depth or not tok.map:
            continue
        elif t in ("fence", "code_block"):
            out.append(("code", *tok.map))
        elif t == "html_block":
            out.append(("html", *tok.map))
        elif t == "tr_open":
            out.append(("table_row", *tok.map))
        elif t in ("paragraph_open", "heading_open"):
            kind = "heading" if t == "heading_open" else ("list_item" if list_depth else "paragraph")
            out.append((kind, *tok.map))
    return tuple(out)


def _line_span(index: LineIndex, first: int, last: int) -> tuple[int, int]:
    """Offsets covering lines [first, last) without the final line break."""
    start = index.starts[first] if first < len(index.starts) else len(index.text)
    last_line = min(last, len(index.starts)) - 1
    end = index.line_content_end(last_line) if last_line >= first else start
    return start, end


def _chunk_blocks(original: str, pre: str, parse_text: str, markdown: bool):
    """Prose blocks and data regions of one chunk, relative to its start. Cached (in
    ``chunk_scope``): after a keystroke only the edited chunk is parsed again."""
    index = LineIndex(original)
    prose: list[Block] = []
    data: list[tuple[int, int, str]] = []
    for kind, a, b in _summarise(parse_text, markdown):
        s, e = _line_span(index, a, b)
        if kind in ("code", "html", "blockquote"):
            data.append((s, e, kind))
            continue
        masked, quoted = _mask_inline(pre[s:e], kind)
        if not masked.strip():
            continue
        # trailing blank lines go with the block when a fix deletes it whole; measured on the
        # original text, so a line holding only a comment is never swallowed
        m = _TRAIL.match(original, e)
        prose.append(Block(s, masked, kind, quoted, m.end() - e if m else 0))
    return _mask_listed_turns(prose), tuple(data)


def _mask_listed_turns(prose: list[Block]) -> tuple[Block, ...]:
    """A dialogue written as list items ("- Customer: ...", "- Bot: ..."): two turns or more
    in a row are the speakers' words, as in a paragraph (``_mask_inline``)."""
    turns = [_SPEAKER_TURN.match(b.text) if b.kind == "list_item" else None for b in prose]
    out = list(prose)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and turns[j]:
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                b = out[k]
                out[k] = Block(b.start, _blank(b.text, [turns[k].span(1)]), b.kind, b.quoted, b.trail)
        i = max(j, i + 1)
    return tuple(out)


_NOT_BREAK = re.compile(r"[^\r\n]")


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters in ``spans`` (which may overlap) turned to spaces, line
    breaks kept, so offsets and lines stay put."""
    out = []
    pos = 0
    for a, b in sorted(spans):
        a = max(a, pos)
        if a < b:
            out.append(text[pos:a])
            out.append(_NOT_BREAK.sub(" ", text[a:b]))
            pos = b
    out.append(text[pos:])
    return "".join(out)


def _mask_inline(text: str, kind: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    # each pattern only where its characters occur: most blocks have no code span or link
    rxs = [_LIST_MARKER]
    if "`" in text:
        rxs.append(_CODE_SPAN)
    if "](" in text or "][" in text:
        rxs.append(_LINK_DEST)
    if "*" in text or "_" in text or "~~" in text:
        rxs.append(_EMPHASIS)
    if kind == "heading":
        rxs += [_HEADING_MARK, _SETEXT]
    if kind == "table_row":
        rxs += [_TABLE_DELIM, _TABLE_PIPE]
    spans = []
    if kind == "paragraph" and ":" in text:
        turns = [m.span(1) for m in _SPEAKER_TURN.finditer(text)]
        if len(turns) >= 2:
            spans.extend(turns)
        if "_" in text:
            fields = list(_RECORD_FIELD.finditer(text))
            if len(fields) >= 3 and any("_" in m.group(1) for m in fields):
                spans.extend(m.span(2) for m in fields if _FREE_TEXT_FIELD.search(m.group(1)))
    for rx in rxs:
        for m in rx.finditer(text):
            if rx is _LIST_MARKER:
                spans.append((m.start(2), m.end(2)))
            elif rx is _HEADING_MARK and m.group(2):
                spans.append((m.start(2), m.end(2)))
            else:
                spans.append((m.start(), m.end()))
    masked = _blank(text, spans) if spans else text
    quoted = tuple(next((m.start(g), m.end(g)) for g in (1, 2, 3) if m.group(g) is not None) for m in _QUOTED.finditer(masked))
    return masked, quoted
