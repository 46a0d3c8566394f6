"""Shapes from the eleventh set of real-world prompt files (docs/precision.md, "The ninth
session"): the false alarms found there after it was measured once, each written fresh in the
same shape, with the problem that must still be flagged beside it."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # an idiom of order
    ("inference", "Retry twice, and restart the service only as the last resort."),
    # the file describing itself
    ("quality", "These rules cover Go best practices, idioms and pitfalls."),
    # the client side of a system
    ("inference", "Validation runs on the client and again on the server."),
    # the model's usual is what the prompt says
    ("inference", "If the lookup fails, answer from your own notes as usual."),
    # a verb joined to "ready" is a name
    ("quality", "Catalog refresh, wait-ready and search live in one module."),
    # fresh as new
    ("quality", "Start a fresh session for each review."),
    # what not to do
    ("quality", "Do not elevate a side detail to the headline."),
    # someone else's world falling apart
    ("tone", "Readers should feel the world is being mended rather than falling apart."),
]

STILL_FLAGGED = [
    ("LIT201", "Reply to the customer as usual.", "as usual"),
    ("LIT202", "Send the invoice to the client.", "the client"),
    ("LIT301", "Follow Go best practices.", "best practices"),
    ("LIT301", "Keep it fresh.", "Keep it fresh"),
    ("LIT301", "Write production-ready code.", "production-ready"),
    ("LIT102", "I'm falling apart here.", "I'm falling apart"),
    ("LIT102", "My whole week is falling apart.", "falling apart"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
