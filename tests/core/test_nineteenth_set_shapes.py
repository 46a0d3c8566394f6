"""Shapes from the nineteenth set of real-world prompt files (agent files and prompts inside
applications): the false alarms found there after it was measured once, each written fresh in
the same shape, with the problem that must still be flagged beside it."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # a kind of task, not a register
    ("quality", "- Track personal and professional tasks."),
    # an example of what a user says, quoted as a whole list item
    ("quality", "## Example prompts\n- \u201cMake this sound more polished.\u201d"),
    # the user's feelings, asked
    ("quality", "How are you feeling today?"),
    # how something behaves
    ("tone", "After the reload the new config works immediately."),
    # examples of a placeholder's values
    ("quality", "- **Tone**: {{TONE}} (e.g., friendly, professional, technical)"),
    # a topic the user asks about
    ("quality", "Learners ask about syntax, tooling, or best practices."),
    # an order of items
    ("tone", "- what to do _now_ at the top, the rest below"),
    # a section's literal name
    ("tone", "Write it in a section called WHY IT MATTERS:."),
]

STILL_FLAGGED = [
    ("LIT301", "Write a professional reply.", "professional"),
    ("LIT301", "Make this sound more polished.", "polished"),
    ("LIT301", "Follow best practices.", "best practices"),
    ("LIT101", "Fix it now.", "now"),
    ("LIT101", "Production is down. Fix it immediately.", "immediately"),
    ("LIT104", "It MATTERS.", "MATTERS"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
