"""Shapes from the eleventh blind development round (30 prompts by office staff: HR, legal,
finance, comms, events): its false alarms and its misses, each written fresh in the same shape,
so the principle is tested rather than the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # the text is right below
    ("inference", "Summarise it for line managers. The full policy wording is below."),
    # a thing described in a named file
    ("inference", "The Foundation's voice is described in `docs/voice.md`."),
    # a file named, then called by a description
    ("inference", "You keep `minutes/2025.md`, the Board's running minutes, up to date."),
    # the people the model works for
    ("inference", "You help the HR business partners write up grievance outcomes."),
    # what something else does: the model needs nothing from it
    ("inference", "Don't add a footer; the mail template adds its own."),
    # a condition in a checklist, not a missing attachment
    ("inference", "- Invoice attached and amount matches the PO"),
    # "feeling" with a preposition is a noun, and "look and feel as X" compares (inference judges X)
    ("quality", "Record strong feeling under the sentiment column."),
    # "professional" naming a kind of body, advice or insurance
    ("quality", "Both are professional accounting bodies."),
    ("quality", "Remind them to seek professional legal advice."),
    # capitals the prompt says to write as they are
    ("tone", "Start with the literal line STRICTLY CONFIDENTIAL and the date."),
]

STILL_FLAGGED = [
    ("LIT103", "I cannot stress enough how much this matters.", "I cannot stress enough"),
    ("LIT103", "My annual review hinges on this launch.", "review hinges on"),
    ("LIT103", "The director has said this cannot slip.", "this cannot slip"),
    ("LIT103", "Please don't let it come back on me.", "come back on me"),
    ("LIT102", "I'm snowed under with year-end.", "snowed under"),
    ("LIT107", "Get it right first go, please.", "right first go"),
    ("LIT201", "Close with the sign-off he normally uses.", "the sign-off he normally uses"),
    ("LIT201", "Use the regulator's preferred reporting format.", "regulator's preferred reporting format"),
    ("LIT201", "Handle it same as how we handled the Leeds move.", "same as how we handled"),
    ("LIT201", "You've seen plenty of these by now.", "seen plenty of these"),
    ("LIT203", "Cover the questions parents always ask about.", "parents always ask about"),
    ("LIT201", "We can't have another dispute like the one on the roofing contract.", "like the one on the roofing"),
    ("LIT203", "For anything else, do what you think is best.", "do what you think is best"),
    ("LIT203", "Add anything the trustees would care about.", "anything the trustees would care about"),
    ("LIT301", "Every letter must be of a high standard.", "of a high standard"),
    ("LIT301", "Keep the tone professional.", "professional"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
