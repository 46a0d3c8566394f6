"""Shapes from the tenth set of real-world prompt files (docs/precision.md, "A tenth set, measured
once, then tuned on"): the false alarms found there, each written fresh in the same shape, with
the request that must still be flagged beside it."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # a line that says what a piece of code does
    ("inference", "- `sync.py` — Reads the queue and retries failed jobs; skips the cache when needed."),
    # attachments as a kind of data, not one the prompt points at
    ("inference", "The parser handles attachment paths, retries and logging."),
    # a parenthesis of examples after a folder or name in code
    ("inference", "- `assets/` (logos, fonts, icons, etc.) - static files only"),
    # items that are all code, the first after a lead-in
    ("inference", "Read `<part_1>` as the body and `<part_2>`, `<part_3>`, … as quoted replies."),
    # examples of the category the sentence before names
    ("inference", "Users ask for help with spreadsheets. This includes formulas, charts, pivot tables, and more."),
    # the model's report on its own work in this session
    ("inference", "When you finish, summarize what you did in two lines."),
    ("inference", "Do not give an explanation of what you did unless asked."),
    # how the person helped should come out of it
    ("quality", "You are helping them think and feel confident before the exam."),
    # a stage in an order of work
    ("quality", "- Content before polish"),
]

STILL_FLAGGED = [
    ("LIT203", "Suggest accessories when appropriate.", "when appropriate"),
    ("LIT202", "Use the attached brief.", "attached brief"),
    ("LIT204", "Check the logos, fonts, icons, etc.", "etc."),
    ("LIT204", "Cover pricing, delivery, returns, and more.", "and more"),
    ("LIT201", "Do what you did for the Henderson deck.", "what you did"),
    ("LIT301", "Make the reader feel welcome.", "feel welcome"),
    ("LIT301", "Give it some polish before it goes out.", "some polish"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
