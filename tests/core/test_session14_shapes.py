"""Shapes from the fourteenth session: a false alarm left open by the thirteenth ("now" inside
a relative clause, "the ones we send now", says what is done these days), and those of the
twenty-second blind round (files small teams keep for their coding and writing agents). Each
written fresh in the shape of one, so the principle is tested rather than the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    ("tone", "Keep them shorter than the ones we send now."),
    ("tone", "Compare the draft with the emails they send now, and cut what repeats."),
    ("tone", "Keep the tone of the replies we give right now, but make them shorter."),
    # a contraction is not a possessive: "Here's the letter", shown right below
    ("inference", "Here's the letter I got:\n\n```\nDear team, the invoice is wrong.\n```"),
    # the incident told right after "last time", with its verb in quotes
    ("inference", "Last time a contractor \"checked\" it from home and the gate stayed open all night."),
    # a pair of states; two timestamps
    ("inference", "Show each edited row as before/after."),
    ("inference", "End with the number of calls and the first and last time."),
    # the usual, spelled out after "which means:"
    ("inference", "Index the registers as usual for the archive, which means:\n- surnames as written\n- dates as written"),
]

STILL_FLAGGED = [
    ("LIT101", "Fix it now.", "now"),
    ("LIT101", "I need this now.", "now"),
    ("LIT101", "Just send now.", "now"),
    ("LIT101", "We need the numbers now, the board meets at nine.", "now"),
    ("LIT201", "Use Priya's checklist for this.", "Priya's checklist"),
    ("LIT201", "Lay it out like last time.", "like last time"),
    ("LIT201", "Index the registers as usual.", "as usual"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
