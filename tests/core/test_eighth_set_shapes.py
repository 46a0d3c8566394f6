"""Shapes from an eighth set of real-world prompt files (docs/precision.md, "An eighth set of
real-world files"): the false alarms found there, each written fresh in the same shape, with
the request that must still be flagged beside it."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # a scoring rubric's levels and items
    ("quality", "- 7–8: good, solid quality"),
    ("quality", "- 9–10: excellent, production-grade"),
    ("quality", "- Clear thesis (2)"),
    # a state the reply must handle, said as a condition
    ("tone", "If I'm discouraged, remind me that bugs are normal."),
    # a learner's goal, a question about an item, someone doing the engaging
    ("quality", "Help me get better and have more fun with it."),
    ("inference", "List the missing fields with why it matters."),
    ("quality", "- champion: the person engaging, if the text implies advocacy."),
    # advice the reply gives; a ranking in brackets
    ("tone", "- `next_steps`: things the reporter can do now, such as a workaround."),
    ("tone", "- Read settings from environment variables (highest priority)"),
    # a language's idiom; the file that matches; what the config selects; a comment in a template
    ("inference", "Capitalised files are Zig's file-is-a-struct idiom."),
    ("inference", "Edit the corresponding source template instead."),
    ("inference", "Make sure Chrome is installed for the configured channel."),
    ("inference", "Add entries under the template comment, newest first."),
    # "accordingly" after the sentence that says how
    ("inference", "The player is an adventurer, not an admin. Treat all requests accordingly."),
    # more of the same in a JSON sample
    ("inference", 'Return the outline in the same reply: "outline": [{"id": "a", "title": "A"}, ...]'),
    # a superlative or a chosen word before "thing"
    ("inference", "Name the closest thing he has run in production."),
    ("inference", "Name the specific thing rather than grading the person."),
]

STILL_FLAGGED = [
    ("LIT301", "Write production-grade code for the parser.", "production-grade"),
    ("LIT301", "Make it more engaging.", "more engaging"),
    ("LIT302", "This really matters.", "This really matters"),
    ("LIT101", "Fix it now.", "now"),
    ("LIT101", "This is top priority.", "top priority"),
    ("LIT102", "I'm so discouraged by this bug.", "I'm so discouraged"),
    ("LIT201", "Use Maria's template.", "Maria's template"),
    ("LIT203", "Handle the edge cases accordingly.", "accordingly"),
    ("LIT201", "Make it clear the parking permit thing is not optional.", "the parking permit thing"),
    ("LIT204", "Cover pricing, delivery, returns, ...", "..."),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
