"""Shapes from the twentieth and twenty-first sets of real-world prompt files (agent files for
science, hardware, games and teaching; prompts inside applications): the false alarms found there
after each was measured once, each written fresh in the same shape, with the problem that must
still be flagged beside it."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # the circuit board of a hardware project
    ("inference", "Flash the firmware, then integrate the model into the board."),
    # a product's published file format
    ("inference", "Parse it according to Eagle's XML file format."),
    # material the system supplies
    ("inference", "Leave out the profile; that will be attached separately by the system."),
    # the model's own default rules
    ("inference", "This game is an exception to the usual safety rules for violence."),
    # the people the prompt serves, described in a list
    ("tone", "Our users are:\n- Stressed - little time and no lawyer"),
    # the cue to begin
    ("tone", "Write the lullaby now."),
    # the skill's own description
    ("quality", "Guide for reproducible, production-grade CFD workflows."),
    # a gloss of the code before it
    ("quality", "- Build with `-O3` (speed-optimized) on the target."),
]

STILL_FLAGGED = [
    ("LIT202", "Review the board's comments before you start.", "the board"),
    ("LIT201", "Follow Jenna's checklist format.", "Jenna's checklist"),
    ("LIT202", "Summarize the attached report.", "the attached report"),
    ("LIT201", "Keep our usual disclaimer.", "our usual disclaimer"),
    ("LIT102", "I'm so stressed.", "stressed"),
    ("LIT101", "Fix it now.", "now"),
    ("LIT301", "Write production-grade code.", "production-grade"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
