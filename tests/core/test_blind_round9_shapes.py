"""Shapes from the ninth blind development round (30 prompts by a new writer, cases 286-315
of the main set): its false alarms and its misses, each written fresh in the same shape, so the
principle is tested rather than the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # a proper name in title case is a name, not someone's doing ("Seed" is no past tense)
    ("inference", "You catalogue donations for the Riverside Community Seed Library."),
    # a board things happen on
    ("inference", "No picker over 10 hours on the board per day."),
    # "That means" spells out the word before it
    ("quality", "Captions: vivid enough that a child can picture it. That means one concrete noun and one colour per caption."),
    # a job, not a register
    ("quality", "- `caller_role`: parent, carer, health professional, other"),
    # plain, checkable words joined
    ("quality", "Keep it clear and concise."),
    # praise of a noun, not of the output
    ("quality", "Thank members for making thoughtful and generous donations."),
    # "use" with a head, not judgment
    ("inference", "Change the links to use HEAD in the docs."),
]

STILL_FLAGGED = [
    # distress and pressure in idiom
    ("LIT102", "I'm up to my eyes with the audit.", "up to my eyes"),
    ("LIT102", "Honestly I'm hanging on by my fingernails.", "hanging on by my fingernails"),
    ("LIT102", "I am at the end of my tether with this.", "end of my tether"),
    ("LIT102", "We've had a nightmare of a week.", "nightmare of a week"),
    ("LIT102", "I'm not having a repeat of that.", "not having a repeat"),
    ("LIT103", "The manager is always on my back about it.", "on my back"),
    ("LIT103", "So no pressure, but it goes to the mayor.", "no pressure"),
    ("LIT107", "Don't make a mess of the totals.", "make a mess of"),
    ("LIT107", "One more sloppy report and we lose the account.", "One more sloppy report"),
    ("LIT107", "The last bot we tried was useless.", "useless"),
    # someone's way or preference, never described
    ("LIT201", "Lay out the invoices like Priya does them.", "like Priya does"),
    ("LIT201", "Do the handover Gareth's way.", "Gareth's way"),
    ("LIT201", "Use the headings the Council likes.", "the Council likes"),
    ("LIT201", "Price it same as last Easter.", "same as last Easter"),
    ("LIT201", "Round the figures per the usual.", "per the usual"),
    ("LIT203", "For the outliers, use judgment.", "use judgment"),
    ("LIT203", "Keep it friendly, you know yourself.", "you know yourself"),
    # taste in everyday words
    ("LIT301", "Make them look smart.", "look smart"),
    ("LIT301", "Captions should be fun, not cringe.", "not cringe"),
    ("LIT301", "Make it cosy and cheerful.", "cosy and cheerful"),
    ("LIT301", "The client wants it presentable.", "presentable"),
    ("LIT302", "It needs to be a cut above the usual flyer.", "a cut above"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
