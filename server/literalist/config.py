"""Configuration: what a project can tune, as plain data.

Loading and validating config files lives in ``config_files.py``; this module only
describes the settings and their defaults so that the core never depends on I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Severity

# Tags whose contents are the writer speaking to the model (instructions, background).
# Every other XML-style tag wraps data the prompt hands over (<email>, <form>, <responses>,
# <customer_note>...): a tag counts as prose when its last part (split on _ and -) is
# listed here, the head of the compound (<output_format> is a format, <reply_style> a
# style), and no part names an example; otherwise when a part is listed here and none in
# the data tags below.
PROSE_TAGS: tuple[str, ...] = (
    "instructions", "instruction", "rules", "rule", "guidelines", "guideline", "task", "tasks", "role",
    "system", "persona", "context", "background", "situation", "constraints", "requirements", "format",
    "style", "tone", "goal", "goals", "objective", "objectives", "steps", "policy", "policies", "behavior",
    "behaviour", "approach", "process", "criteria", "rubric", "about", "brief", "prompt", "request",
    "question", "audience", "voice", "preferences", "capabilities", "tools", "workflow", "planning",
    "hint", "hints", "tip", "tips", "reminder", "reminders", "important", "guidance", "principles",
    "expectations", "standards",
)

# Tags that are data, even when their name also contains a prose word that is not its
# head (<format_example>, <email_content>). Config can add more.
DEFAULT_DATA_TAGS: tuple[str, ...] = (
    "email", "emails", "document", "documents", "doc", "docs", "transcript", "input", "inputs",
    "data", "article", "articles", "example", "examples", "sample", "samples", "message",
    "messages", "conversation", "chat", "log", "logs", "ticket", "tickets", "review", "reviews",
    "quote", "quotes", "excerpt", "snippet", "source", "sources", "text", "content", "post",
    "tweet", "comment", "comments", "letter", "record", "records", "output", "response",
    "reply", "draft", "code", "file", "files", "report", "notes", "dialogue", "query",
)


@dataclass
class Config:
    # rule selection by code prefix ("LIT", "LIT1", "LIT203"); ignore wins over select
    select: list[str] = field(default_factory=lambda: ["LIT"])
    ignore: list[str] = field(default_factory=list)
    # per-rule severity overrides: code -> severity
    severity: dict[str, Severity] = field(default_factory=dict)
    # team jargon added to each family: "tone" | "inference" | "quality" -> phrases
    phrases: dict[str, list[str]] = field(default_factory=dict)
    # words that are never shouting even in capitals (team acronyms, product names)
    allow_caps: list[str] = field(default_factory=list)
    # extra data tag names, added to DEFAULT_DATA_TAGS
    data_tags: list[str] = field(default_factory=list)
    # gitignore-style patterns of files the CLI skips when walking folders
    exclude: list[str] = field(default_factory=list)
    # readability thresholds
    max_sentence_words: int = 40
    # where the config came from (for messages); None for defaults
    source: str | None = None

    def is_enabled(self, code: str) -> bool:
        if any(code.startswith(p) for p in self.ignore):
            return False
        return any(code.startswith(p) for p in self.select)

    def severity_for(self, code: str, default: Severity) -> Severity:
        return self.severity.get(code, default)

    def prose_tags(self) -> frozenset[str]:
        data = {t.lower() for t in self.data_tags}
        return frozenset(t for t in PROSE_TAGS if t not in data)

    def all_data_tags(self) -> frozenset[str]:
        return frozenset(t.lower() for t in (*DEFAULT_DATA_TAGS, *self.data_tags))
