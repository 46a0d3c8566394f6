"""Shapes from the fourteenth set of real-world prompt files (docs/precision.md, "The tenth
session"): the false alarms found there after it was measured once, each written fresh in the
same shape, with the problem that must still be flagged beside it."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # someone else's feelings, as a field or in a story
    ("quality", "- What this character feels internally"),
    ("quality", "She has made peace with it. What she feels now is relief."),
    # reading the code is how the model comes to know it
    ("inference", "Skim `src/auth.ts` first so you know what the session check does."),
    # the client side of a system
    ("inference", "No secret may be echoed to the client."),
    # a fact of the code
    ("inference", "Create the component in its own file and import it where needed."),
    # a place in a sequence, with a modifier
    ("inference", "Add, as the last settings tab, a tab for the beta features."),
    # a folder described by what it holds
    ("quality", "`docs/testing/` holds generic pytest best practices."),
    # the works of an author, not "and the works"
    ("inference", "Quote only from the works listed below."),
    # a standing order of priorities
    ("tone", "Bug reports are always your highest priority."),
    # a standing reaction to an event
    ("tone", "- Treat failing migrations as blockers; investigate immediately."),
]

STILL_FLAGGED = [
    ("LIT301", "Make the reply feel warm.", "feel warm"),
    ("LIT201", "Remember what we said about the logo.", "Remember what"),
    ("LIT202", "Send the invoice to the client.", "the client"),
    ("LIT203", "Add comments where needed.", "where needed"),
    ("LIT201", "Write it like last time.", "last time"),
    ("LIT301", "Follow pytest best practices.", "best practices"),
    ("LIT204", "Bring snacks, drinks and the works.", "the works"),
    ("LIT101", "This is top priority, drop everything.", "top priority"),
    ("LIT101", "Production is down. Fix it immediately.", "immediately"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
