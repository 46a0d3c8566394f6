"""Recall and false alarms on the development phrase bank (tests/eval/dev/bank.json).

The bank is for tuning: short texts, each with one labelled span. A positive is found when a
finding of its family overlaps the span; a negative is trampled when any tone, inference or
quality finding lands anywhere in its text (the bank's negatives hold no other problem).

    python tests/eval/dev/bank_report.py          # per family and kind
    python tests/eval/dev/bank_report.py -v       # plus every miss and false alarm
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from literalist.engine import lint

BANK = Path(__file__).with_name("bank.json")
FAMILIES = ("tone", "inference", "quality")


def evaluate(items):
    stats = defaultdict(lambda: [0, 0])  # (family, kind, positive) -> [ok, total]
    misses, alarms = [], []
    for item in items:
        text, span = item["text"], item["span"]
        s = text.index(span)
        e = s + len(span)
        findings = [f for f in lint(text, "bank.md") if f.category.value in FAMILIES]
        key = (item["family"], item["kind"], item["positive"])
        stats[key][1] += 1
        if item["positive"]:
            if any(f.category.value == item["family"] and f.start < e and s < f.end for f in findings):
                stats[key][0] += 1
            else:
                misses.append(item)
        elif findings:
            alarms.append((item, [(f.code, text[f.start:f.end]) for f in findings]))
        else:
            stats[key][0] += 1
    return stats, misses, alarms


def main(argv: list[str]) -> int:
    items = json.loads(BANK.read_text())["items"]
    stats, misses, alarms = evaluate(items)
    for positive in (True, False):
        print("positives (found/all)" if positive else "negatives (left alone/all)")
        for fam in FAMILIES:
            rows = {k: v for k, v in stats.items() if k[0] == fam and k[2] == positive}
            ok = sum(v[0] for v in rows.values())
            total = sum(v[1] for v in rows.values())
            if total:
                print(f"  {fam:10} {ok:4}/{total:<4} {100 * ok / total:5.1f}%   " + ", ".join(f"{k[1]} {v[0]}/{v[1]}" for k, v in sorted(rows.items())))
    if "-v" in argv:
        print("\nmisses:")
        for m in misses:
            print(f"  [{m['family']}/{m['kind']}] {m['span']!r} in {m['text']!r}")
        print("\nfalse alarms:")
        for item, found in alarms:
            print(f"  [{item['family']}/{item['kind']}] {found} in {item['text']!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
