"""Shapes from the twelfth set of real-world prompt files (docs/precision.md, "The tenth
session"): the false alarms found there after it was measured once, each written fresh in the
same shape, with the problem that must still be flagged beside it."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # a seeming to avoid
    ("quality", "Never stuff the report with filler notes to seem thorough."),
    # the file describing itself
    ("quality", "Guidelines for writing high-quality Flask services with idiomatic patterns."),
    # a menu of options the user picks from
    ("quality", "- **Style options**: Minimal, playful, corporate, premium, etc."),
    ("inference", "- **Style options**: Minimal, playful, corporate, premium, etc."),
    # a quoted question the model is to ask
    ("quality", '3. "Would you like a snappy slogan or a longer tagline?"'),
    # capitals naming the buckets the model sorts into
    ("tone", "Sort the findings into: BLOCKER, SHOULD CHANGE, NICE TO HAVE."),
    # capitals naming a kind of input
    ("tone", "You get a SOURCE text and a TRANSLATED text."),
    # a range of values in capitals
    ("tone", "The unit must be one of SECOND ... WEEK."),
    # what the code already has
    ("inference", "Sensible timeouts are configured for every outbound call."),
    # the model's own report on its work
    ("inference", "Act, then log what you did in the journal."),
    ("inference", "End with a short note naming what you checked and what\nyou did about it."),
    # a product's name, and a noun that opens a compound
    ("inference", "Writing outside the sandbox confuses Blue Studio's file-sync daemon."),
    # "not just this once"
    ("tone", "Apply the rule every time, not just this once."),
    # someone else giving something up
    ("tone", "The villain may persuade a duke to give up his title."),
    # the facts pick between the options named
    ("inference", "Cite the chapter or the chapter and verse, as applicable."),
    # "relevant" describing a noun
    ("inference", "If relevant tickets cannot be found, say so."),
]

STILL_FLAGGED = [
    ("LIT301", "It has to look thorough.", "thorough"),
    ("LIT301", "Tone: professional, warm, concise.", "professional"),
    ("LIT204", "Output: summary, risks, next steps, etc.", "etc."),
    ("LIT104", "Do NOT skip the tests!", "NOT"),
    ("LIT203", "Pick sensible timeouts.", "sensible timeouts"),
    ("LIT201", "Repeat what you did yesterday.", "what you did"),
    ("LIT201", "Use Dana's file from Monday.", "Dana's file"),
    ("LIT106", "Please, just this once, skip the checks.", "just this once"),
    ("LIT102", "Honestly I give up.", "I give up"),
    ("LIT203", "Add tests as applicable.", "as applicable"),
    ("LIT203", "Add links if relevant.", "if relevant"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
