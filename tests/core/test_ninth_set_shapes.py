"""Shapes from the ninth set of real-world prompt files (docs/precision.md, "The ninth set, tuned
on in the ninth session"): the false alarms found there, each written fresh in the same shape,
with the request that must still be flagged beside it."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # a quality word that is one of the answers to a question about the input
    ("quality", "Decide whether the essay is well-structured, loosely structured, or a list of notes."),
    # "first-class" in its technical sense: built in
    ("quality", "Comments and reactions are first-class objects in the API."),
    ("quality", "The framework has first-class support for streaming."),
    # a status line describes the project as it is
    ("quality", "**Status:** Production-ready, deployed on Fly.io"),
    # a mistake's severity, not praise of the output
    ("quality", "Skipping a migration is a showstopper; ask before you go on."),
    # someone else's feeling
    ("quality", "Answer briefly: a customer who feels ignored wants one clear next step."),
    ("quality", "If the student feels lost, go back one step."),
    # what the user says about themselves is theirs to say
    ("inference", "If the user mentions something about their job, note it in the profile."),
    # the turns of the conversation are in front of the model
    ("inference", "Keep your answers consistent with earlier replies in the chat."),
    # the category is named right after the examples
    ("inference", "Pull out prices, dates, quantities, etc. Anything numeric."),
    # a progression whose every number goes up by one
    ("inference", "Indent level 2 under level 1, level 3 under level 2, and so on."),
    # capitals that name a kind of thing
    ("tone", "Document the supported USE flags in the README."),
    ("tone", "Only send GET requests to the status API."),
]

STILL_FLAGGED = [
    ("LIT301", "Write a polished, professional reply.", "polished"),
    ("LIT301", "Make the cake a showstopper.", "showstopper"),
    ("LIT301", "The reply should feel warm.", "feel warm"),
    ("LIT301", "Write production-ready code for the parser.", "production-ready"),
    ("LIT201", "Keep it consistent with previous releases.", "consistent with previous"),
    ("LIT203", "Tell them something about the venue.", "something about the"),
    ("LIT204", "Pull out prices, dates, quantities, etc. Anything else you find.", "etc."),
    ("LIT204", "Check the names, the dates, and so on.", "and so on"),
    ("LIT104", "NEVER run the migrations yourself.", "NEVER"),
    ("LIT104", "You MUST ALWAYS flag errors.", "MUST ALWAYS"),
    ("LIT104", "Put the outline in the SAME response as the first card.", "SAME"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
