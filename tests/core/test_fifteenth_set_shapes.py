"""Shapes from the fifteenth and sixteenth sets of real-world prompt files (agent, skill and
prompt files; prompts inside applications): the false alarms found there after each was
measured once, each written fresh in the same shape, with the problem that must still be
flagged beside it."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # an adjective, not a delegation
    ("inference", "The script exits if required secrets or tools are missing."),
    # a thing named by the code inside its name
    ("inference", "Frames go over the `ipc:<id>` socket channel."),
    # a catalogue's field, repeated under each entry
    ("quality", "## Inter\n- **Mood**: Neutral, professional\n\n## Lora\n- **Mood**: Warm, elegant\n\n## Mono\n- **Mood**: Technical, crisp\n"),
    # an order of work
    ("quality", "Get the layout working before making it elegant."),
    # the bar lives in the file the sentence names
    ("quality", "Read CONTRIBUTING.md for the best practices."),
    # a value named by the kind of thing it is
    ("tone", "- Make sure no FAILED states remain in the report."),
    # labels defined in place, with an equals sign
    ("tone", "- **MUST** = data loss or a security hole\n- **NIT** = style only"),
    # a public company's rules
    ("inference", "Keep captions inside LinkedIn's length rules."),
    # the board of the game the prompt is about
    ("inference", "You critique new board games. Check each game rule against the size of the board."),
]

STILL_FLAGGED = [
    ("LIT203", "Add tests if required.", "if required"),
    ("LIT202", "Route it over the socket channel.", "the socket channel"),
    ("LIT301", "Tone: warm, professional.", "professional"),
    ("LIT301", "Make it beautiful.", "beautiful"),
    ("LIT301", "Follow the best practices.", "best practices"),
    ("LIT104", "You MUST run the tests.", "MUST"),
    ("LIT202", "Review the board's comments before you start.", "the board"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
