"""Sample prompts and small helpers shared by the CLI tests (a plain module, importable by name)."""

from __future__ import annotations

import re

# Prompts with unmistakable problems of each family, and one with none.
TONE = "URGENT!!! Fix it NOW. I'm so stressed.\n"
INFERENCE = "As usual, use the usual format.\n"
QUALITY = "Make it polished.\n"
CLEAN = (
    "Summarize the notes between the <notes> tags as five bullet points of at most 20 words each.\n"
    "Name each decision and the person who owns it.\n"
    "\n"
    "<notes>\n"
    "Ada will send the budget to finance on Friday.\n"
    "</notes>\n"
)


def line_col_to_offset(text: str, row: int, column: int) -> int:
    """Inverse of the JSON output's 1-based (row, column): lines end at \\n, \\r\\n or \\r."""
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    return starts[row - 1] + column - 1


