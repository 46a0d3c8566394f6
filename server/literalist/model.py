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
        the dataclass constructor would cost several times more; the fix's edits move
        when first read (``_MovedFix``)."""
        moved = object.__new__(Finding)
        fields = moved.__dict__
        fields.update(self.__dict__)
        fields["start"] += by
        fields["end"] += by
        if self.fix is not None:
            fields["fix"] = _MovedFix.of(self.fix, by)
        return moved

    @property
    def category(self) -> Category:
        return self.rule.category


class _MovedFix(Fix):
    """A fix ``by`` characters further on than ``base``, equal to the ``Fix`` with its edits
    moved. The edits are worked out when first read: an editor moves every finding below
    the cursor on each keystroke, and almost no fix is ever read."""

    @classmethod
    def of(cls, base: Fix, by: int) -> Fix:
        if isinstance(base, _MovedFix):  # moved twice (block, then chunk): one step
            base, by = base.__dict__["_base"], base.__dict__["_by"] + by
        moved = object.__new__(cls)
        moved.__dict__.update(message=base.message, safe=base.safe, _base=base, _by=by, _edits=None)
        return moved

    @property
    def edits(self) -> tuple[Edit, ...]:  # type: ignore[override]
        fields = self.__dict__
        if fields["_edits"] is None:
            fields["_edits"] = tuple(_moved_edit(e, fields["_by"]) for e in fields["_base"].edits)
        return fields["_edits"]

    def _key(self) -> tuple:
        return (self.message, self.edits, self.safe)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Fix):
            return self._key() == (other.message, other.edits, other.safe)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Fix(message={self.message!r}, edits={self.edits!r}, safe={self.safe!r})"

    def __reduce__(self):  # pickled (to --jobs workers and back) as the plain Fix it equals
        return (Fix, self._key())
