"""Shapes from the fifteenth session: blind rounds 23 (prompts shipped inside LLM features)
and 24 (prompts people keep for everyday work), and the one false alarm the twenty-second
left open. Each written fresh in the shape of one, so the principle is tested rather than
the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # the next sentence defines the word, with only the noun it qualifies between
    ("quality", "Replies use a professional register. Here this means: full sentences, no emoji, sign with the team name."),
    ("quality", "Keep a friendly tone. By that I mean: first names, short sentences, one thank-you at most."),
    # a choice among what is given is not a bar
    ("quality", "Pick the best version of the three drafts below and return its number."),
    # "from before" followed by when: a time, not a past exchange
    ("inference", "Compare the totals with the figures from before the migration."),
    ("inference", "Ignore the invoices from before 2021."),
    # the material arrives: promised later in the passage, named as the input, or its fields given
    ("inference", "Write listings for the stuff in my spare room. I'll paste them one at a time."),
    ("inference", "Input is the ticket thread, plus the on-call channel log for that night."),
    ("inference", "Each message is a row from our bookings sheet, with these fields: name, date, party size."),
    # a comparison with the writer's own manner here, not a past round
    ("inference", "Be as candid as I was with you."),
    # a search operator's name, in capitals as the engine spells it
    ("tone", "Join the two terms with the NEAR operator."),
]

STILL_FLAGGED = [
    # the article of the output named first does not swallow the habit after it
    ("LIT201", "Draft the reply the way we usually write to suppliers.", "the way we usually"),
    ("LIT201", "Reuse my outline from before.", "my outline from before"),
    ("LIT201", "Start from the plan from before, and shorten it.", "the plan from before"),
    ("LIT202", "Follow our style guide. I'll send the results later.", "our style guide"),
    # a dash that gives a reason, not criteria
    ("LIT301", "Make the summary polished \u2014 the partners are fussy.", "polished"),
    # superlatives with nothing to measure them by
    ("LIT301", "Make it the best possible experience for new members.", "the best possible experience"),
    ("LIT301", "The replies need to be REALLY good from now on.", "The replies need to be REALLY good"),
    ("LIT301", "Make the reference as glowing as possible.", "as glowing as possible"),
    ("LIT302", "Write the best toast anyone has ever heard.", "the best toast anyone has ever"),
    # the writer's exasperation
    ("LIT107", "Honestly we're fed up, the courier keeps losing parcels.", "we're fed up"),
    ("LIT107", "I just can't keep repeating this to the team.", "I just can't keep repeating"),
    ("LIT107", "The driver was rude and I hope he gets fired.", "I hope he gets fired"),
    ("LIT102", "The launch went badly and I'm still not over it.", "I'm still not over it"),
    ("LIT104", "The venue is NOWHERE NEAR ready for Saturday.", "NOWHERE NEAR"),
    # a bar set by a past round the model never saw
    ("LIT201", "Score them as strict as we were in the autumn round.", "as strict as we were"),
    ("LIT201", "Use the same tone as the notes last week.", "the same tone as the notes last week"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
