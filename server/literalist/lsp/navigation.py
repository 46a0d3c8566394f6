"""``literalist.nextFinding``: jump to the next finding in a document.

With a position (a key binding can pass the cursor), "next" is the first finding that
starts after it; without one (the code lens has no cursor), each call moves on from the
finding the previous call went to. Both wrap around at the end of the document.
"""

from __future__ import annotations

from literalist.model import Finding


class FindingCursor:
    def __init__(self) -> None:
        self._last: dict[str, tuple[int, int]] = {}  # uri -> (start, end) of the last jump

    def forget(self, uri: str) -> None:
        self._last.pop(uri, None)

    def next(self, uri: str, findings: list[Finding], after: int | None) -> Finding | None:
        if not findings:
            self._last.pop(uri, None)
            return None
        ordered = sorted(findings, key=lambda f: (f.start, f.end))
        if after is None:
            last = self._last.get(uri)
            chosen = ordered[0] if last is None else next((f for f in ordered if (f.start, f.end) > last), ordered[0])
        else:
            chosen = next((f for f in ordered if f.start > after), ordered[0])
        self._last[uri] = (chosen.start, chosen.end)
        return chosen
