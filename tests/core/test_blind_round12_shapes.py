"""Shapes from the twelfth and thirteenth blind development rounds (60 prompts by creative and
media workers, and by small-business owners and frontline staff around the world): their misses
and false alarms, each written fresh in the same shape, so the principle is tested rather than
the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # a word of taste said of what the output is not
    ("quality", "Don't make it gentle."),
    # "pop" as a verb with an object
    ("quality", "The parser must pop the last frame."),
    # a positive word that states a fact, or a wish for people rather than a bar for the output
    ("quality", "Keep them happy."),
    # the writer's own voice, as what to avoid
    ("inference", "Say it plainly, without sounding like me."),
    # a name in the heading says who; the rule below asks how she'd say it (still flagged, see below),
    # but a plain mention is fine
    ("inference", "# Auntie Grace's Kitchen\n\nTake orders for Auntie Grace's Kitchen."),
    # a sigh of relief is not a sigh
    ("tone", "Readers should close the page with a sigh of relief."),
]

STILL_FLAGGED = [
    # a single word of taste at the end of its clause
    ("LIT301", "Make it heartwarming.", "heartwarming"),
    ("LIT301", "Please make this one cinematic.", "cinematic"),
    ("LIT301", "Make them scroll-stopping.", "scroll-stopping"),
    ("LIT301", "Make it sound clever.", "clever"),
    ("LIT301", "Help each section flow better.", "flow better"),
    ("LIT301", "The judges should be blown away.", "blown away"),
    ("LIT301", "Subject lines should pop.", "pop"),
    ("LIT301", "Make it look like a proper bakery menu.", "like a proper bakery"),
    # the writer's state, in new idiom
    ("LIT103", "My editor will skin me alive if it's late.", "skin me alive"),
    ("LIT102", "I'm so far behind on the edit.", "so far behind"),
    ("LIT102", "Lately I feel like a total fraud.", "feel like a total fraud"),
    ("LIT102", "The festival rush is finishing me.", "finishing me"),
    ("LIT102", "I'm absolutely knackered.", "knackered"),
    ("LIT102", "This week has been mental.", "This week has been mental"),
    ("LIT102", "I was up half the night over it.", "up half the night"),
    ("LIT102", "The last two you did, I had to redo by hand.", "redo by hand"),
    ("LIT102", "Prices went up again. Sigh.", "Sigh"),
    ("LIT103", "I got a proper bollocking for the last one.", "bollocking"),
    ("LIT103", "Any more refunds and they'll dock it from my pay.", "dock it from my pay"),
    ("LIT103", "We cannot lose any more members.", "cannot lose any more"),
    ("LIT106", "We're really counting on this one.", "counting on this"),
    ("LIT107", "Don't stuff this up.", "stuff this up"),
    ("LIT107", "Please don't make any mistakes with the totals.", "don't make any mistakes"),
    ("LIT107", "I'm pulling the plug on this bot.", "pulling the plug"),
    ("LIT107", "Don't make me fix it again.", "Don't make me fix"),
    # someone's way or an earlier job, never shown
    ("LIT201", "Make it sound like me.", "sound like me"),
    ("LIT201", "Go deeper than Priya usually goes.", "than Priya usually goes"),
    ("LIT201", "Format it the way Dr. Adeyemi told me.", "the way Dr. Adeyemi told"),
    ("LIT201", "Price it like Tita Marites would.", "like Tita Marites would"),
    ("LIT201", "# Auntie Grace's Kitchen\n\nIf unsure, say what Auntie Grace would say.", "what Auntie Grace would say"),
    ("LIT201", "Split it the way the producer likes it.", "the way the producer likes"),
    ("LIT201", "Lay it out like yesterday's.", "like yesterday's"),
    ("LIT201", "Give it the same treatment as Mr Tan's order.", "same treatment as Mr Tan's order"),
    ("LIT201", "Staff it like during the Diwali rush.", "like during the Diwali rush"),
    ("LIT201", "Keep the vibe we had on the spring posts.", "the vibe we had"),
    ("LIT201", "Do the same as with the Harbour Street job.", "same as with the Harbour Street job"),
    ("LIT201", "Use the font style from the Eid posts.", "style from the Eid posts"),
    ("LIT201", "Add the bit about the late fees.", "the bit about the"),
    ("LIT201", "Write it like the one Tomás wrote last spring.", "like the one Tomás wrote"),
    ("LIT201", "Open it like the pizza video.", "like the pizza video"),
    ("LIT201", "Offer the discount we give for delays.", "the discount we give"),
    ("LIT201", "Don't repeat the last caption you wrote.", "the last caption you wrote"),
    ("LIT203", "Keep it short, you get what I mean.", "you get what I mean"),
    ("LIT203", "If it fits, you'll know.", "you'll know"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
