"""Shapes from the eighteenth blind development round (30 prompts by a vet receptionist, a
fisherman, a stage manager, a Manila dispatcher, a locksmith, a midwife, a data engineer, an
SRE, a retired engineer ...) and from the twenty-fourth and twenty-fifth real-world sets (agent
files far from web apps; prompts inside hobby and small-business applications). Only their
false alarms: the round's misses were each writer's own idiom, and nothing written after
rounds 16 and 17 found any of them (see docs/precision.md). Each case is written fresh in the
shape of a false alarm, so the principle is tested rather than the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # round 18: others' feelings, a rating someone has, a title, a placeholder, the writer's inputs
    ("quality", "Families at the desk are often tired; some feel ashamed that they waited."),
    ("quality", "Three of the managers described feeling overlooked."),
    ("tone", "Callers are usually locked out, often late at night, sometimes panicking."),
    ("quality", "We hold a 5-star average on the booking site; quote it in the footer."),
    ("quality", "Sign it \"J. Okoro, chartered professional accountant\"."),
    ("tone", "If a dose is unclear, leave it out and add a [PHARMACIST TO CONFIRM] note."),
    ("inference", "I will send you the brief and you write the post."),
    # set 24: stress on a syllable, a guide the sentence names by its file
    ("tone", "Spell each name phonetically, with capitals for stressed syllables."),
    ("inference", "Also follow docs/STYLE.md for the full style guide."),
    # set 25: when in the flow to do a thing, memory fields, the user's own feelings, a template slot
    ("tone", "**Give the booking link immediately.**"),
    ("tone", "**Cancel the reminder sequence immediately.**"),
    ("inference", "Keep in memory:\n* Previous conversation\n* Customer's preferred name"),
    ("quality", "Ask what I'm feeling underneath the thing I said."),
    ("tone", "FEEDBACK ON CHAPTER $chapter"),
]

test_left_alone, _ = shape_tests(LEFT_ALONE, [])  # false alarms only
