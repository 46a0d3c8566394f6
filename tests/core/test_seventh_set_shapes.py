"""Shapes from a seventh set of real-world prompt files (docs/precision.md, "A seventh set of
real-world files"): the false alarms found there, each written fresh in the same shape, with
the request that must still be flagged beside it."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # a kind of thing the prompt handles, not stakes raised over the output
    ("quality", "The assistant watches the inbox for high-stakes messages and scores each one."),
    ("quality", "- Late game\n- Boss fights\n- High-stakes choices\n"),
    # how much it matters in a severity scale; what spreads, not a bar
    ("quality", "- **critical**: data loss or production-grade impact. Fix first."),
    ("quality", "Hearsay, chain letters and viral screenshots count as unsourced."),
    # a reviewer who feels no pressure: said of the reader, not asked of the output
    ("quality", "You feel no pressure from how long the student worked on it."),
    # the day's own data, a predicate that describes a kind, what comes with a thing
    ("inference", "- **Dashboard**: today's schedule, open invoices, reminders."),
    ("inference", "The files describe who is and is not a good customer."),
    ("inference", "Flag a figure with the wrong unit or entity attached."),
    # "required" describes the noun after it
    ("inference", "Do not close the task if required checks are failing."),
    # what to leave out; an example in the next sentence; described below
    ("inference", "Show the interesting code paths, not the boilerplate."),
    ("inference", "Use colour where it makes sense. For example, green for passed checks and red for failures."),
    ("inference", "- `[ILL]`: an illustration in the Pinewood house method (see below)"),
]

STILL_FLAGGED = [
    ("LIT302", "This is high-stakes, so get it right.", "high-stakes"),
    ("LIT301", "Write a viral post about the launch.", "viral"),
    ("LIT301", "The posts should be the sort of thing that goes viral.", "viral"),
    ("LIT301", "The code must be production-grade.", "production-grade"),
    ("LIT201", "Pull the numbers from yesterday's report.", "yesterday's report"),
    ("LIT203", "Add tests if required.", "if required"),
    ("LIT203", "Escalate to the appropriate team.", "the appropriate team"),
    ("LIT201", "Follow the Pinewood house method.", "the Pinewood house"),
]


test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
