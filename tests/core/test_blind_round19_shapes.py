"""Shapes from the nineteenth blind development round (30 prompts by a Rotterdam customs broker,
a Quezon City tax preparer, a prison librarian, a patent agent, an ice-cream van operator ...)
and from the twenty-sixth real-world set (small apps, hobby bots, SKILL files). Only their false
alarms: the round's misses were, again, each writer's own idiom. Each case is written fresh in
the shape of a false alarm, so the principle is tested rather than the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # someone else's message quoted over a line break, or at length: data, not the writer
    ("tone", 'Some notes are written in anger, e.g. "STOP IGNORING\nMY EMAILS". Answer the question.'),
    ("quality", 'Do not claim "top quality" unless the buyer\'s note itself says "top\nquality".'),
    ("tone", '**Customer**: "Ordered on Monday and nothing came, I have asked you people about this ' + "again and again, " * 30
     + 'and I need it NOW." Reply with the tracking link.'),
    # a field's value compared, a marker's name, a word found somewhere
    ("tone", 'If "Priority" is URGENT, put the ticket first.'),
    ("tone", "When the status is CRITICAL, page the on-call engineer."),
    ("tone", "The REQUIRED tag in the form marks what the applicant must fill in."),
    ("tone", "ERROR in a log line means the job stopped; quote the line."),
    # a persona's mood, to play
    ("tone", "Sound like a cashier who has heard that excuse for the 100th time."),
    # a habit stated in full, a gloss that scopes a definition, fields listed, a file named
    ("inference", "As usual for the Sunday run, load the cold boxes first."),
    ("inference", "The client, in this workflow, is whoever signed the order form. Thank the client."),
    ("inference", "Each input is a line from our stock sheet with item, size, colour, price."),
    ("inference", "The glossary is attached as glossary.csv; use its terms."),
    ("inference", "Remember that every price on the menu includes tax."),
    ("inference", "We know we already said this, but check the dates twice."),
    ("inference", "As always, the label ends with the batch number and the date in\nthe form 12/03."),
    ("inference", "Two clips went missing and the board in studio 2 keeps dropping channel 4."),
    ("inference", "- Keep the total under 900 words; cut the examples if needed."),
    ("inference", "Prices follow the rules of the European union on unit pricing."),
    ("inference", "You write in Priya Nair's personal style.\n\n## Writing style analysis\n\nShort sentences, first person, one joke at most."),
    # produce, a profession, a menu of styles, a verb made of "grade", others' feelings
    ("quality", "- fresh basil 50g bunch, 2 euro"),
    ("quality", "You are a veterinary professional and specialist in exotic birds."),
    ("quality", "Offer four cover styles (warm & rustic, clean & modern, playful, minimal) and let them pick."),
    ("quality", "The nightly job will auto-grade the quizzes."),
    ("quality", "Fines go up every spring and residents feel very angry about it, so be plain."),
]

STILL_FLAGGED = [
    ("LIT101", "This is URGENT, fix it today.", "URGENT"),
    ("LIT104", "NEVER in the output mention prices.", "NEVER"),
    ("LIT104", "Edit the ONLY file you may touch.", "ONLY"),
    ("LIT107", "I have told you for the 500th time, use the template.", "for the 500th time"),
    ("LIT103", "No more replies that make us sound like a robot, I've had the owner on at me all week.", "on at me"),
    ("LIT201", "As usual for the report, do it.", "As usual"),
    ("LIT201", "Remember that time we did the launch? Do it like that.", "Remember that"),
    ("LIT201", "Do it the way we already said.", "we already said"),
    ("LIT202", "This goes to the board at the AGM.", "the board"),
    ("LIT203", "Add more examples if needed.", "if needed"),
    ("LIT301", "Fresh, punchy, no filler.", "Fresh"),
    ("LIT301", "Make people feel welcome.", "feel welcome"),
    ("LIT301", "Write a professional and friendly email.", "professional and friendly"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
