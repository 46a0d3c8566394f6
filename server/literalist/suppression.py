"""Inline suppression comments.

Markdown:  <!-- literalist-disable-next-line LIT101 -->
           <!-- literalist-disable LIT2 --> ... <!-- literalist-enable -->
Dotprompt: the same words inside a Handlebars comment, {{! literalist-disable LIT1 }},
so the directive never reaches the model.
Codes are prefixes ("LIT2" covers the inference family); no code means every rule.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

_DIRECTIVE = re.compile(
    r"^\s*literalist-(disable-next-line|disable-line|disable|enable)\b((?:[\s,]+LIT\d{0,3})*)\s*(?:--.*)?$",
    re.S,
)
_CODE = re.compile(r"LIT\d{0,3}")


@dataclass
class Suppressions:
    # (line, prefixes) where prefixes == () means all rules
    lines: dict[int, tuple[str, ...]] = field(default_factory=dict)
    # (start offset, end offset, prefixes) of disable...enable ranges
    ranges: list[tuple[int, int, tuple[str, ...]]] = field(default_factory=list)
    _line_starts: list[int] = field(default_factory=list)

    def suppressed(self, code: str, offset: int) -> bool:
        if self.lines:
            line = bisect_right(self._line_starts, offset) - 1
            prefixes = self.lines.get(line)
            if prefixes is not None and _matches(code, prefixes):
                return True
        return any(s <= offset < e and _matches(code, p) for s, e, p in self.ranges)


def _matches(code: str, prefixes: tuple[str, ...]) -> bool:
    return not prefixes or any(code.startswith(p) for p in prefixes)


def parse_suppressions(doc) -> Suppressions:
    sup = Suppressions()
    if not doc.comments:
        return sup
    index = doc.lines()
    sup._line_starts = index.starts
    open_ranges: list[tuple[int, tuple[str, ...]]] = []
    for start, end, body in doc.comments:
        m = _DIRECTIVE.match(body.strip("- \t\r\n") if body.strip().startswith("--") else body)
        if not m:
            continue
        kind, codes = m.group(1), tuple(_CODE.findall(m.group(2) or ""))
        line = index.line_of(start)
        if kind == "disable-next-line":
            target = index.line_of(end) + 1
            sup.lines[target] = _merge(sup.lines.get(target), codes)
        elif kind == "disable-line":
            sup.lines[line] = _merge(sup.lines.get(line), codes)
        elif kind == "disable":
            open_ranges.append((end, codes))
        else:  # enable closes every open range (or those it names)
            keep = []
            for s, c in open_ranges:
                if not codes or set(c) & set(codes) or not c:
                    sup.ranges.append((s, start, c))
                else:
                    keep.append((s, c))
            open_ranges = keep
    sup.ranges.extend((s, len(doc.text) + 1, c) for s, c in open_ranges)
    return sup


def _merge(old: tuple[str, ...] | None, new: tuple[str, ...]) -> tuple[str, ...]:
    if old is None:
        return new
    if not old or not new:
        return ()
    return old + new
