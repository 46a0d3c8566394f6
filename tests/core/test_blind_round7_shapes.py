"""Shapes from the seventh development round (prompts written blind to the rules, now cases
226-255 of the main set): its false alarms and its misses, each written fresh in the same
shape, with the problem that must still be flagged, or the look-alike left alone, beside it."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # a value the model is told to write, in capitals, is a value everywhere in the prompt
    ("tone", "Mark a job RUSH when it is due within a day.\n\n- RUSH – Crown for Mrs Patel, due Friday"),
    # values listed with their ranges
    ("tone", "Give one band: DISTINCTION (130+), MERIT (120–129) or PASS (100–119)."),
    # capitals named as text the output must hold
    ("tone", "Open with the heading NEW IN STORE in capitals."),
    ("tone", "Put the word CONFIRMED at the top."),
    # a board things move on
    ("inference", "A rush flag moves the job up the board."),
    # a downstream system named by what it does
    ("inference", "Write the codes exactly so the spreadsheet macro reads them."),
    ("inference", "Don't touch the pricing module; it is fragile."),
    # the sentence goes on to name the category
    ("inference", "Weddings, wakes, christenings, etc. all count as PRIVATE bookings."),
    # the output itself, and the part the model plays
    ("inference", "Write this month's newsletter for the members."),
    ("inference", "Answer in character as the old lighthouse keeper."),
    # someone's state, not the output's
    ("quality", "Share the shifts out so no one feels left out."),
    # a case the reply must handle, not blame
    ("tone", "If the last reply was wrong, say so and correct it."),
    # material between triple quotes is data
    ("tone", 'Reply to the message below.\n\n"""\nIt arrived BROKEN!!! Refund me NOW.\n"""'),
    # a line drawn, a case handled, a definition given
    ("quality", "Make it polished, by which I mean under 80 words."),
    ("inference", "If you know the answer, say it in one line."),
    ("inference", "Split shifts fairly: nobody gets more than two weekends a month."),
    ("inference", "Use the output from the previous step."),
    ("inference", "Treat issues on experimental platforms as normal bugs."),
    ("quality", "Get the dates right."),
    ("quality", "Do it right after lunch."),
]

STILL_FLAGGED = [
    ("LIT104", "Use ONLY the notes below.", "ONLY"),
    ("LIT104", "Add at most ONE sentence of context.", "ONE"),
    ("LIT104", "Output WHAT needs to happen, not the code.", "WHAT"),
    ("LIT104", "NEVER reply in capitals.", "NEVER"),
    ("LIT202", "Check the spreadsheet before you reply.", "the spreadsheet"),
    ("LIT204", "Mention the weddings, wakes, christenings, etc.", "etc."),
    ("LIT201", "Write it like the old version.", "like the old"),
    ("LIT301", "Make the reply feel warm.", "feel warm"),
    ("LIT107", "Rewrite them all. The last lot of descriptions were dire.", "The last lot of descriptions were dire"),
    ("LIT107", "Don't do what the old system did, that thing was hopeless.", "that thing was hopeless"),
    # its misses, as principles: how it should read, a line between two moods never drawn
    ("LIT301", "Keep it warm and make it read nicely.", "make it read nicely"),
    ("LIT301", "Write the handover note nicely.", "Write the handover note nicely"),
    ("LIT301", "Make it persuasive.", "Make it persuasive"),
    ("LIT301", "Make it sound human, you know what I mean.", "sound human"),
    ("LIT301", "Fun but not silly.", "Fun but not silly"),
    ("LIT301", "Sophisticated but still approachable.", "Sophisticated but still approachable"),
    ("LIT301", "Keep it not preachy, not too jokey.", "not preachy, not too jokey"),
    # ... habits and knowledge the model does not have, a fairness never defined
    ("LIT201", "Just do what you normally do.", "what you normally do"),
    ("LIT201", "Make it sound like us.", "sound like us"),
    ("LIT201", "Same pattern as this quarter.", "Same pattern as this quarter"),
    ("LIT201", "Check the list Andy keeps.", "the list Andy keeps"),
    ("LIT201", "Don't change what Priya set up.", "what Priya set up"),
    ("LIT201", "Bring the list from the last camp.", "the list from the last camp"),
    ("LIT201", "Reply to the Fernside lot first.", "the Fernside lot"),
    ("LIT201", "You know the names, so use them.", "You know the names"),
    ("LIT203", "Spread the work out fairly.", "Spread the work out fairly"),
    # ... and taste said as tidiness, properness, what to avoid, or a rough length
    ("LIT301", "Keep the code tidy.", "Keep the code tidy"),
    ("LIT301", "Do things properly.", "Do things properly"),
    ("LIT301", "Keep the vibe right.", "Keep the vibe right"),
    ("LIT301", "Nothing naff.", "Nothing naff"),
    ("LIT301", "Keep it short-ish.", "short-ish"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
