"""Shapes from the eighteenth session: blind rounds 41, 42 and 46, written for this session. Each
case is written fresh in the shape of one, so the principle is tested rather than the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # two plain directions, each enough alone
    ("quality", "Keep the replies short and friendly."),
    # the usual, spelled out after a dash as a list
    ("inference", "Invoice the way we always invoice \u2014 one line per job, parts listed separately, VAT at the end."),
    # a product, not the act of polishing
    ("quality", "Clean the frame with a dry cloth; never use shoe polish or water."),
    # things kept as they are, named by how they look
    ("inference", "Keep place names exactly as spelled, including any that look wrong to you."),
    # judgment with its criteria after a participle
    ("inference", "Use your judgment on borderline matches, weighing the dates, the parish and the spelling."),
    # how someone else comes across, weighed
    ("tone", "How stressed a tenant sounds does not change the category of the repair."),
    # a field's value, set or compared
    ("tone", "When the caller reports a gas smell, set the job priority to URGENT and page the on-call fitter."),
    ("tone", "Add the deposit paragraph only if {{deposit_paid}} is YES."),
    # capitals in a heading are its style, a lone NOT included
    ("tone", "## When NOT to quote\n\nSkip jobs outside the county."),
    # the output itself, put together; a part of the writer's worry, not material
    ("inference", "Please put together the welcome pack we send to new members."),
    ("inference", "Finish it by noon or I'm in trouble with the landlord."),
    # a capitalised word at the start of a sentence is not a famous name
    ("quality", "High-level goals come first; details follow in the appendix."),
]

STILL_FLAGGED = [
    ("LIT301", "Keep the replies warm and friendly.", "warm and friendly"),
    ("LIT201", "Invoice the way we always invoice.", "the way we always invoice"),
    ("LIT203", "Fix any dates that look wrong.", "any dates that look wrong"),
    ("LIT102", "I am so panicked about the inspection.", "panicked"),
    # hype is not pinned down by a format or a tone section
    ("LIT301", "## Tone\nFriendly.\n\n## Output\nThe write-up should be world-class.\n\n## Format\n- One paragraph.\n- Under 120 words.",
     "world-class"),
    ("LIT301", "## Format\n- A table: STEP | NOTE.\n- Each note under 40 words.\n\nMake the language soar.", "Make the language soar"),
    ("LIT302", "## Format\n- Two columns.\n\nMake every line count.", "Make every line count"),
    # a reason after the colon is not a definition
    ("LIT301", "Make sure the summary is top-tier: clients pay a lot for these.", "top-tier"),
    ("LIT301", "The letter should be premium-feeling.", "premium-feeling"),
    ("LIT302", "Write the best flyer copy in the county.", "the best flyer copy in the county"),
    # a past job, a named client's package, a past telling, someone's layout, a known reason
    ("LIT201", "Use the same margins as the 2021 run.", "same margins as the 2021 run"),
    ("LIT201", "Take the same approach as the summer fix.", "same approach as the summer fix"),
    ("LIT201", "Price it like the Okafors' package.", "like the Okafors' package"),
    ("LIT201", "Tell her what we told the Swiss buyer.", "what we told the Swiss buyer"),
    ("LIT201", "Lay the parts out how Marguerite set them up.", "how Marguerite set them up"),
    ("LIT201", "Turn him down, for the reason you know.", "the reason you know"),
    ("LIT201", "Reuse the wording on the old flyer.", "the old flyer"),
    ("LIT201", "Follow the steps from the onboarding session.", "from the onboarding session"),
    ("LIT201", "Don't book the courier that failed us in June.", "that failed us in June"),
    # perfection demanded; the writer at the end of their tether
    ("LIT107", "Absolutely no mistakes on the invoices.", "Absolutely no mistakes"),
    ("LIT102", "I cannot take another week of this.", "I cannot take another week of"),
    ("LIT102", "I almost had a meltdown on Friday.", "I almost had a meltdown"),
    ("LIT102", "I can't let this happen again.", "I can't let this happen again"),
    ("LIT203", "Decide case by case which repairs we quote for.", "Decide case by case"),
    ("LIT203", "Be flexible on pickup times, within reason.", "within reason"),
    ("LIT203", "Split the shifts however works best.", "however works best"),
    ("LIT203", "For insurance, put whatever is standard for a trip like this.", "whatever is standard"),
    ("LIT201", "Close with whatever the owner wants to say.", "whatever the owner wants"),
    ("LIT201", "Greet them the way the front-desk staff greet regulars.", "the way the front-desk staff greet"),
    ("LIT201", "Rewrite it; it can't read like the draft Marco left.", "the draft Marco left"),
    ("LIT201", "Skip whatever it was she flagged.", "whatever it was she flagged"),
    ("LIT201", "Apply the usual house-rules checks.", "the usual house-rules"),
    ("LIT102", "I'm so done being polite about it.", "done being"),
    ("LIT102", "Last time that was an absolute nightmare.", "that was an absolute nightmare"),
    ("LIT103", "Get the ages right, my licence is on the line.", "my licence is on the line"),
    ("LIT102", "Send it today or I'm in big trouble.", "I'm in big trouble"),
    ("LIT301", "The captions have to be exquisite.", "exquisite"),
    ("LIT301", "We want Pixar-level storytelling in every reply.", "Pixar-level"),
    ("LIT301", "Give the kind of service people rave about.", "the kind of service people rave about"),
    ("LIT301", "## Tone\nRelaxed.\n\nMake the offer irresistible \u2014 really sell it.", "irresistible"),
    # a plea or a hurry in a heading among lower-case words
    ("LIT104", "## PLEASE check the totals\n\nThe sheet follows.", "PLEASE"),
    ("LIT101", "## Fix this RIGHT NOW\n\nThe sheet follows.", "NOW"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
