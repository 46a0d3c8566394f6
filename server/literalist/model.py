"""The data the analysis core speaks: rules, findings and fixes.

Offsets are code-point indexes into the text as given (a Python ``str``), half open.
Nothing here knows about LSP, the CLI or files: shells convert at their edges.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Category(str, Enum):
    TONE = "tone"
    INFERENCE = "inference"
    QUALITY = "quality"
    STRUCTURE = "structure"
    READABILITY = "readability"


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    HINT = "hint"


@dataclass(frozen=True)
class Rule:
    """One rule's identity and its documentation: the docs are generated from here."""

    code: str  # stable, e.g. "LIT101"
    name: str  # kebab-case, e.g. "urgency"
    category: Category
    severity: Severity
    summary: str  # one line: what it flags
    model_view: str  # how the model reads such words (why it cannot infer / should not see them)
    instead: str  # what to write instead
    example_before: str
    example_after: str
    fix_title: str | None = None  # the quick fix's title, when the rule offers one
    fades: bool = False  # its fix deletes the words: editors may render them as unnecessary

    @property
    def url(self) -> str:
        return f"https://literalist.dev/rules/{self.code}"


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    content: str


def _moved_edit(edit: Edit, by: int) -> Edit:
    moved = object.__new__(Edit)
    moved.__dict__.update(start=edit.start + by, end=edit.end + by, content=edit.content)
    return moved


@dataclass(frozen=True)
class Fix:
    message: str
    edits: tuple[Edit, ...]
    safe: bool = True  # safe fixes are applied by --fix and fix-all


@dataclass(frozen=True)
class Finding:
    rule: Rule
    start: int
    end: int
    message: str
    fix: Fix | None = None
    # the severity in force (config may override the rule's default); set by the engine
    severity: Severity | None = None
    data: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def code(self) -> str:
        return self.rule.code

    def moved(self, by: int) -> Finding:
        """The same finding ``by`` characters further on (its fix too). Copies the fields
        directly: an editor moves every finding below the cursor on each keystroke, and
        the dataclass constructor would cost several times more."""
        moved = object.__new__(Finding)
        fields = moved.__dict__
        fields.update(self.__dict__)
        fields["start"] += by
        fields["end"] += by
        if self.fix is not None:
            fix = object.__new__(Fix)
            fix.__dict__.update(self.fix.__dict__)
            fix.__dict__["edits"] = tuple(_moved_edit(e, by) for e in self.fix.edits)
            fields["fix"] = fix
        return moved

    @property
    def category(self) -> Category:
        return self.rule.category
