"""Shapes from the twentieth blind development round (30 prompts by a harbour pilot station, a
school bus contractor, a bail bondsman, a taxidermist, a fishermen's co-op, a tow dispatcher ...)
and from the twenty-seventh real-world set (prompts inside small applications and bots: a clinic's
voice agent, a taco shop, a realtor's SMS agent, a fashion stylist). Only their false alarms, each
written fresh in the shape of one, so the principle is tested rather than the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # set 27: a quotation that ends with a link; a reading of the conversation the model is in
    ("tone", 'Reply with something like: "Thanks! Grab a FREE coffee on us: https://example.com/c/x1"'),
    ("inference", "- Remember what the customer already said."),
    ("inference", "Always read the previous conversation before you ask anything."),
    # an indirect question; a wish, not a practice
    ("inference", "Ask the caller which branch they prefer."),
    ("inference", "She is the coach she always needed and the friend she always wanted."),
    # a bar spelled out after a comparison; a bar met by a method the sentence names
    ("quality", "Be a polished host, like a good concierge: warm, brief, and exact."),
    ("quality", "Keep the quiz as fun as possible, and you do so by mixing easy and hard rounds."),
    # polish as the last stage of the work; a professional as a person
    ("quality", "Get the parser working first, polish later."),
    ("quality", "You play Dev, a busy millennial professional man from Leeds."),
    # when things happen in a flow; what the code can do
    ("tone", "The summary and the booking call happen in the same turn, immediately."),
    ("tone", "Return code that can be pasted immediately."),
    # round 20: a word to leave out, named; a setting's name; the usual, quoted
    ("tone", "Don't say ASAP in the text, the school asked us not to."),
    ("tone", "- Dry the pelt with the fan on LOW."),
    ("inference", 'Open with "Dear neighbours" the way we always do.'),
    ("inference", "Like last time, the treasurer signs them, so leave the signature off."),
    ("inference", "Draft one template with {date} and {venue}. I'll fill in the rows after I've read the template."),
    ("inference", "Write a short notice for the board at the landing and the same text for the group chat."),
    ("inference", "Please do the needful and send me the table."),
]

STILL_FLAGGED = [
    ("LIT201", "Remember what they liked last time.", "Remember what"),
    ("LIT201", "Do it like the previous session.", "like the previous"),
    ("LIT201", "Use the format the client always uses.", "the format the client always uses"),
    ("LIT201", "Start it the way we always do.", "the way we always do"),
    ("LIT201", "Like last time.", "Like last time"),
    ("LIT202", "Send it to the board at the next meeting.", "the board"),
    ("LIT101", "The report must be sent immediately.", "immediately"),
    ("LIT101", "Whatever happens, reply immediately.", "immediately"),
    ("LIT104", "Focus on ONE thing.", "ONE"),
    ("LIT301", "Make it polished and send it to: Bob, Alice.", "polished"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
