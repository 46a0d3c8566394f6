"""The rule registry: every rule, and the checks that produce their findings.

A check covers one family (several codes) so that rules of the same family can see each
other's hits: "URGENT" is reported once as urgency, not again as shouting.
"""

from __future__ import annotations

from . import inference, quality, readability, structure, tone

# (codes the check can emit, check(block, ctx))
BLOCK_CHECKS = (
    (tone.CODES, tone.check),
    (inference.CODES, inference.check),
    (quality.CODES, quality.check),
    (readability.CODES, readability.check),
)
# (codes, check_document(doc, ctx))
DOCUMENT_CHECKS = ((structure.CODES, structure.check_document),)

ALL_RULES = {
    r.code: r
    for r in sorted(
        (*tone.RULES, *inference.RULES, *quality.RULES, *structure.RULES, *readability.RULES),
        key=lambda r: r.code,
    )
}
