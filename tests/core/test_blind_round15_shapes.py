"""Shapes from the fifteenth blind development round (30 prompts by sixteen writers: hurried
phone shorthand, stiff formal English, warm chat, and English written by speakers of German,
Spanish, Polish, Japanese, Portuguese and Arabic): its false alarms and its misses, each written
fresh in the same shape, so the principle is tested rather than the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # a keyword someone else writes or sends, named
    ("tone", "- If the caller writes URGENT in the subject, answer first."),
    ("tone", "Members who replied STOP are already removed."),
    # a category, defined where it is named
    ("tone", "## Classify\n- **Urgent** (within 2 working days): a broken lock."),
    # the next sentence says what the word means
    ("quality", "The minutes should read as professional. For this club that means: third person, no nicknames."),
    # what something else does with a word
    ("inference", "Put HOLD at the start; the contractor filters on that word."),
    # not every verdict on prices is blame
    ("tone", "Quoting prices without VAT is not acceptable."),
]

STILL_FLAGGED = [
    ("LIT102", "I have very bad week.", "I have very bad week"),
    ("LIT102", "Cannot face another month like this.", "Cannot face another"),
    ("LIT102", "I have got 63 unread emails.", "63 unread emails"),
    ("LIT102", "Just praying this works.", "praying this"),
    ("LIT103", "The owner shouted at me twice.", "shouted at me"),
    ("LIT103", "It is my name on it.", "my name on it"),
    ("LIT106", "Please, this is very important.", "Please, this is very important"),
    ("LIT107", "Please no mistakes this time.", "no mistakes this time"),
    ("LIT107", "Do not make same mistake again.", "same mistake"),
    ("LIT107", "I need this done perfectly first time.", "perfectly first time"),
    ("LIT107", "This is not acceptable.", "This is not acceptable."),
    ("LIT101", "Need this sorted in the next hour.", "in the next hour"),
    ("LIT101", "need it in 5 min", "in 5 min"),
    ("LIT101", "send fast pls", "send fast"),
    ("LIT201", "Use Dr Lin's wording preferences.", "Lin's wording preferences"),
    ("LIT201", "You've seen enough of this forum by now.", "seen enough of this forum"),
    ("LIT201", "Go easy on the regulars, you know who they are.", "you know who they are"),
    ("LIT201", "Do it the way Priya's team does it.", "the way Priya's team does"),
    ("LIT201", "Write them like the descriptions on the spring menu.", "like the descriptions on the spring menu"),
    ("LIT201", "Book it like we agreed on the phone.", "like we agreed"),
    ("LIT201", "Keep the classic Coach Sam vibe.", "the classic Coach Sam vibe"),
    ("LIT201", "Redo the table u did for the insulin patient.", "the table u did for"),
    ("LIT201", "Write it in the spirit of our Leeds statement.", "in the spirit of our"),
    ("LIT201", "Use the firm's standard phrasing for risk.", "firm's standard phrasing"),
    ("LIT201", "Apply the same strictness as in my previous review.", "same strictness as in my previous review"),
    ("LIT301", "Make it feel like a five-star hotel.", "like a five-star hotel"),
    ("LIT301", "The deck needs to absolutely crush.", "needs to absolutely crush"),
    ("LIT301", "Write it the way top-tier founders write.", "the way top-tier founders write"),
    ("LIT301", "Give feedback at the level of a good supervisor.", "the level of a good supervisor"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
