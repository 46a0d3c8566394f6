"""A false alarm left open by the thirteenth session: "now" inside a relative clause ("the
ones we send now") says what is done these days, not that the writer is in a hurry. Written
fresh in the shape of the case, so the principle is tested rather than the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    ("tone", "Keep them shorter than the ones we send now."),
    ("tone", "Compare the draft with the emails they send now, and cut what repeats."),
    ("tone", "Keep the tone of the replies we give right now, but make them shorter."),
]

STILL_FLAGGED = [
    ("LIT101", "Fix it now.", "now"),
    ("LIT101", "I need this now.", "now"),
    ("LIT101", "Just send now.", "now"),
    ("LIT101", "We need the numbers now, the board meets at nine.", "now"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
