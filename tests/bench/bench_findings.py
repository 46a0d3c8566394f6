"""Where a tool's findings land in the generated corpus, so tools can be compared on what
they flag and not only on how fast they are.

Every generated line carries a label (see ``bench_corpus``): the writer's clean prose,
prose with a planted sentence of one category (tone, inference, quality), data handed to
the model (code fences, data tags, block quotes, front matter: full of angry bait), markup
or blank. A finding is placed on its line; findings with no line are document-level.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlparse

from bench_corpus import expand

CATEGORIES = ("tone", "inference", "quality")


def normalise(path: str, root: Path) -> str:
    """A tool's file name as the corpus-relative path the manifest uses."""
    if path.startswith("file://"):
        path = unquote(urlparse(path).path)
    p = Path(path)
    if p.is_absolute():
        try:
            return str(p.resolve().relative_to(root.resolve()))
        except ValueError:
            return str(p)
    return str(p)


def summarise(hits: list[tuple[str, int | None, str]], manifest: dict) -> dict:
    """``hits``: (corpus-relative file, 1-based line or None, rule) for every finding."""
    root = Path(manifest["root"])
    labels = {e["path"]: expand(e["labels"]) for e in manifest["entries"]}
    rules = Counter()
    on_label = Counter()
    lines_hit: dict[str, set[int]] = {}
    unknown_files = 0
    document_level = 0
    for file, line, rule in hits:
        rules[rule] += 1
        file = normalise(file, root)
        if file not in labels:
            unknown_files += 1
            continue
        if line is None:
            document_level += 1
            continue
        lab = labels[file][line - 1] if 0 < line <= len(labels[file]) else "outside"
        on_label[lab.split(":")[0] if lab.startswith("planted") else lab] += 1
        lines_hit.setdefault(file, set()).add(line)
    # recall: planted lines with at least one finding on them, per category
    planted = Counter()
    caught = Counter()
    data_lines = data_hit = clean_lines = clean_hit = 0
    for file, labs in labels.items():
        hit = lines_hit.get(file, set())
        for i, lab in enumerate(labs, start=1):
            if lab.startswith("planted:"):
                cat = lab.split(":", 1)[1]
                planted[cat] += 1
                caught[cat] += i in hit
            elif lab == "data":
                data_lines += 1
                data_hit += i in hit
            elif lab == "clean":
                clean_lines += 1
                clean_hit += i in hit
    return {
        "findings": len(hits),
        "document_level": document_level,
        "unmatched_files": unknown_files,
        "top_rules": rules.most_common(6),
        "planted_lines_flagged": {c: _share(caught[c], planted[c]) for c in CATEGORIES},
        "data_lines_flagged": _share(data_hit, data_lines),
        "clean_lines_flagged": _share(clean_hit, clean_lines),
        "findings_on": dict(on_label),
    }


def _share(n: int, total: int) -> float | None:
    return round(n / total, 3) if total else None
