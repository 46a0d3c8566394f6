"""Hypothesis strategies for text a prompt linter should survive.

Three kinds of text, mixed:
- prompt-like text assembled from fragments that trigger rules (so fixes and findings are
  exercised, not just the "no findings" path) and Markdown/Dotprompt syntax that opens
  and never closes (fences, tags, comments, placeholders), nested lists and quotes;
- Unicode that breaks naive offset code: astral emoji and ZWJ sequences (two UTF-16 units
  each), combining marks, CJK, RTL marks, NUL and other control characters, the Unicode
  line separators that ``str.splitlines`` honours and LSP does not, a BOM in the middle;
- bytes decoded with replacement, as an editor or the CLI would hand over a broken file
  (invalid UTF-8, lone surrogates encoded in UTF-8 or UTF-16).
Line endings are mixed freely: "\\n", "\\r\\n" and a lone "\\r".
"""

from __future__ import annotations

from hypothesis import strategies as st

PROSE = (
    "URGENT!!!", "URGENT: summarize these logs ASAP.", "I'm so stressed", "I'm so stressed, can you fix it?",
    "fix it NOW", "Do NOT skip this.", "NEVER invent numbers", "please please", "I'm begging you",
    "don't screw this up", "my CEO is pinging me", "Why the hell does this fail?", "as usual",
    "like last time", "you know our tone", "the client", "our style guide", "use your judgment",
    "anything weird", "names, dates, etc.", "Make it polished and professional.", "make it pop",
    "it has to be great", "This is for the board deck.", "Write a summary.", "Summarize the logs",
    "Polished means: no typos.", "The client is a 40-person firm.", "!!", "?!", "\u203c", "...", "\u2026",
    "Keep it short.", "Thanks.", "word", "words", "and", "or", ",", ".", ":", ";", "-", "\u2014",
    "\"quoted URGENT!!!\"", "\u201cI'm so stressed\u201d", "'", "(", ")", "ALL CAPS TEXT HERE", "NOW!",
)
MARKUP = (
    "```", "```python\n", "~~~", "    ", "\t", "> ", ">> ", "- ", "* ", "+ ", "1. ", "2) ", "- [ ] ", "# ", "## ",
    "###### ", "#######", "---", "===", "| a | b |", "|---|---|", "`", "``", "*", "**", "_", "__", "~~",
    "[link](http://x.y/z)", "[ref]: http://example.com", "![img](a.png)", "<email>", "</email>", "<customer_email>",
    "</customer_email>", "<example>", "</example>", "<div>", "</div>", "<br/>", "<", ">", "<!--", "-->",
    "<!-- literalist-disable-next-line LIT101 -->", "<!-- literalist-disable LIT1 -->", "<!-- literalist-enable -->",
    "{{", "}}", "{{name}}", "{{#if x}}", "{{/if}}", "{{!", "{{!--", "--}}", "{{! literalist-disable LIT2 }}",
    "{%", "%}", "${var}", "{var}", "---\nmodel: x\n---\n", "https://example.com/a?b=c", "www.example.com",
)
ODD = (
    "\U0001f600", "\U0001f469\u200d\U0001f469\u200d\U0001f467", "\U0001f44d\U0001f3fd", "\U00010348", "\U0001d54f",
    "e\u0301", "\u0301", "\u0308\u0308\u0308", "\u6f22\u5b57", "\u3053\u3093\u306b\u3061\u306f", "\u05e9\u05dc\u05d5\u05dd",
    "\u202e", "\u202c", "\u200b", "\u200d", "\ufeff", "\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e",
    "\x7f", "\x85", "\u2028", "\u2029", "\ufffd", "\uffff", "\U0010ffff", "\u00a0", "\u3000", "\u0130", "\u1e9e",
    "\u00df", "\ufb03", "\u2126",
)
LINE_ENDS = ("\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r", "\n\r")

_fragment = st.one_of(
    st.sampled_from(PROSE),
    st.sampled_from(MARKUP),
    st.sampled_from(ODD),
    st.sampled_from(LINE_ENDS),
    st.just(" "),
    st.text(max_size=12),  # any code points hypothesis likes (no surrogates)
)


@st.composite
def _nested(draw) -> str:
    """Deeply nested lists or block quotes around prompt text."""
    depth = draw(st.integers(1, 60))
    kind = draw(st.sampled_from(["list", "quote", "mixed", "ordered"]))
    end = draw(st.sampled_from(LINE_ENDS[:3]))
    lines = []
    for level in range(depth):
        body = draw(st.sampled_from(PROSE))
        if kind == "list":
            lines.append("  " * level + "- " + body)
        elif kind == "ordered":
            lines.append("   " * level + f"{level + 1}. " + body)
        elif kind == "quote":
            lines.append("> " * level + body)
        else:
            lines.append("> " * (level % 7) + "  " * (level // 2) + "- " + body)
    return end.join(lines)


def _from_bytes(data: bytes, codec: str) -> str:
    return data.decode(codec, "replace")


_decoded = st.one_of(
    st.builds(_from_bytes, st.binary(max_size=300), st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "latin-1"])),
    # lone surrogates as an encoder that allows them would write them, read back with replacement
    st.builds(
        lambda s: s.encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
        st.lists(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF) | st.sampled_from(PROSE), max_size=20).map("".join),
    ),
)

prompt_text = st.lists(_fragment, max_size=80).map("".join)
"""Prompt-like text: fragments of prose, markup, odd Unicode and line endings."""

any_text = st.one_of(prompt_text, _nested(), _decoded, st.text(max_size=400))
"""Any of the kinds above, small enough for many examples."""

fixable_prompt = st.lists(
    st.one_of(st.sampled_from(PROSE), st.sampled_from(LINE_ENDS), st.just(" "), st.sampled_from(MARKUP[:20]), st.sampled_from(ODD[:12])),
    min_size=1,
    max_size=40,
).map("".join)
"""Prompt text dense with findings that have fixes (tone words, shouting, "!!!")."""

PATHS = (None, "prompt.md", "a.prompt.md", "AGENTS.md", "x.instructions.md", "chat.prompt", "notes.txt", "dir/CLAUDE.md")
paths = st.sampled_from(PATHS)


SPARSE_UNITS = ("word ", " ", "a", "a ", "\u00e9", "x" * 7 + " ", "\U0001f600", "e\u0301 ", "\u6f22\u5b57", "`", "*", "_", "|", "<", "{",
                "!", "'", ",", "\t", "> ", "- ", "# ", "http://x.y/", "{{a}} ", "<b>", "\x00", "\u2028", "\ufeff")


@st.composite
def huge_line(draw, dense: bool = False, length: int = 50_000) -> str:
    """One line of ``length`` characters with rule triggers inside.

    Sparse: a filler that is not itself a finding, with a few triggers dropped in.
    Dense: a trigger phrase repeated end to end, a finding every few words.
    """
    unit = draw(st.sampled_from(PROSE if dense else SPARSE_UNITS))
    filler = draw(st.sampled_from(("", " ")))
    core = (unit + filler) * (length // len(unit + filler) + 1)
    core = core[:length].replace("\n", " ").replace("\r", " ")
    for _ in range(draw(st.integers(1, 5))):
        at = draw(st.integers(0, len(core)))
        core = core[:at] + draw(st.sampled_from(PROSE)) + core[at:]
    return core
