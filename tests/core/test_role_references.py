"""Development-set misses turned into principles: the preference of a person the prompt names
only by role ("the way the head chef prefers"), and a house style known by its name only ("the
Gazette stylebook"). The model knows neither; the look-alikes it does know stay alone."""

from rule_cases import shape_tests

LEFT_ALONE = [
    ("inference", "Give the learner the thing they asked for, not the thing underneath."),
    ("inference", "Answer questions on observing nights at the Fenwick Ridge site."),
    ("inference", "Use the Google style guide for Python."),
]

STILL_FLAGGED = [
    ("LIT201", "Use the wording the harbour master signed off.", "the wording the harbour master signed off"),
    ("LIT201", "Lay it out the way the head chef prefers.", "the way the head chef prefers"),
    ("LIT201", "Follow the Gazette stylebook for numbers.", "the Gazette stylebook"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
