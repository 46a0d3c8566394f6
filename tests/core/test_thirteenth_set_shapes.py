"""Shapes from the thirteenth set of real-world prompt files (docs/precision.md, "The tenth
session"): the false alarms found there after it was measured once, each written fresh in the
same shape, with the problem that must still be flagged beside it."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # a thing the prompt points to by its path or link, named again later
    ("inference", "Use the checklist from [docs/review-checklist.md](docs/review-checklist.md).\n\nTick every item in the checklist."),
    # the request is in the conversation
    ("inference", "Draft the migration plan as requested by the user."),
    # a field's status, as a schema writes it
    ("tone", "- `title` REQUIRED. One line.\n- `notes` OPTIONAL."),
    # first-class in its technical sense
    ("quality", "The importer promotes `owner` and `region` to first-class fields."),
]

STILL_FLAGGED = [
    ("LIT202", "Tick every item in the checklist.", "the checklist"),
    ("LIT201", "Draft the migration plan as discussed.", "as discussed"),
    ("LIT104", "You are REQUIRED to answer in English.", "REQUIRED"),
    ("LIT301", "Give them a first-class experience.", "first-class"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
