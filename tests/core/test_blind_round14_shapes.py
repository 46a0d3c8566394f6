"""Shapes from the fourteenth blind development round (30 prompts by people in care, education
and public service): its false alarms and its misses, each written fresh in the same shape, so
the principle is tested rather than the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # "where it matters" is a condition, not stakes
    ("quality", "- Summarise her concerns fairly, in her own words where it matters."),
    # a file named, then described after a colon
    ("inference", "- `templates/rota.md`: the shift message template, with placeholders"),
    # the output's section titles
    ("inference", "- Sections: What we discussed; What we agreed; Actions."),
    # the history is told in the sentence itself (the pressure is judged on its own)
    ("inference", "Last time a parent's name was misspelt and I got told off."),
    # a span of time, not an open list
    ("inference", "- Pupils go back to class for lunch and the rest of the afternoon"),
    # criteria right after "on order:"
    ("inference", "3. If two entries share a time, use your judgment on order: keep the one logged first."),
    # a meeting is an event, not a document to know
    ("inference", "We got roasted at the board meeting."),
    # the current one, handed over
    ("inference", "Please turn this week's list into that sheet."),
    # a verdict told about the last draft
    ("inference", 'I was told my last draft was "too stiff".'),
    # urgency said of a case the reader may be in
    ("tone", "If you think it is an emergency, call 999."),
    # an acronym, by what it issues
    ("tone", "Follow the NICE guidelines on sepsis."),
    # a public body's full title
    ("inference", "Reply as the Scottish Public Services Ombudsman would expect."),
]

STILL_FLAGGED = [
    ("LIT103", "I got told off by the head again.", "told off"),
    ("LIT103", "We got roasted at the board meeting.", "got roasted"),
    ("LIT101", "This is an emergency.", "This is an emergency"),
    ("LIT104", "Be NICE to them.", "NICE"),
    ("LIT201", "Write it like the Henderson deck.", "the Henderson deck"),
    ("LIT203", "Use your judgment.", "Use your judgment"),
    # pressure and blame, in the writer's own idiom
    ("LIT102", "My head is mince today.", "My head is mince"),
    ("LIT102", "I'm absolutely done in.", "done in"),
    ("LIT102", "I've had no lunch again.", "had no lunch"),
    ("LIT102", "I've rewritten it twice already.", "rewritten it twice"),
    ("LIT101", "I need this out before 4 today.", "before 4 today"),
    ("LIT101", "They're well overdue.", "well overdue"),
    ("LIT103", "I had the head on my back all week.", "on my back"),
    ("LIT103", "I got torn a strip off by the director.", "torn a strip off"),
    ("LIT107", "You made a mess of the last one.", "made a mess of"),
    ("LIT107", "Don't get this one wrong.", "get this one wrong"),
    ("LIT107", "It can't be rubbish this time.", "can't be rubbish"),
    ("LIT107", "It has to go through this time.", "go through this time"),
    # someone's way, never shown
    ("LIT201", "Minute it the way the panel expects.", "the way the panel expects"),
    ("LIT201", "Lay it out like in the June set.", "like in the June set"),
    ("LIT201", "Run it as we did last year.", "as we did last"),
    ("LIT201", "Use the same format as Miss Okafor's letters.", "same format as Miss Okafor's letters"),
    ("LIT201", "Answer like Sergeant Price explained it.", "like Sergeant Price explained"),
    # a word of taste for the whole output
    ("LIT301", "Make the message upbeat.", "upbeat"),
    ("LIT301", "Make the whole thing welcoming.", "welcoming"),
    ("LIT301", "Make sure everything is tight before you send it.", "tight"),
    ("LIT301", "It should read like a lawyer wrote it.", "like a lawyer wrote it"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
