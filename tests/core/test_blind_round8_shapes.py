"""Shapes from the eighth blind development round (30 prompts by a new writer, cases 256-285
of the main set): its false alarms and its misses, each written fresh in the same shape, so the
principle is tested rather than the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # a line that defines codes: its capitals are codes
    ("tone", "Room codes: S = single, D = double, T = twin, SUITE."),
    # a quality word defined in the next sentence
    ("quality", "Captions must be compelling. By compelling we mean:\n- a verb in the first three words\n- under 20 words"),
    # warmth in a greeting
    ("tone", "Hello!! Could you help me draft a thank-you card?"),
    # a tag the prompt says holds someone's words verbatim
    ("tone", "The complaint, verbatim, is in <complaint> tags.\n\n<complaint>\nWhy is this taking SO LONG? Fix it NOW.\n</complaint>"),
    # a feeling about the past is no model to copy
    ("inference", "I honestly can't face another month like the last one."),
    # history told right after "last time"
    ("inference", "Keep it short. Last time someone sent the directors a twelve-page memo and nobody read it."),
    # whose clients they are
    ("inference", "You proofread brochures for our studio's customers."),
]

STILL_FLAGGED = [
    # pressure and distress in everyday idiom
    ("LIT103", "The governors have been on at me since Monday.", "on at me"),
    ("LIT102", "We're getting slammed with calls this week.", "getting slammed"),
    ("LIT103", "I got the blame for the last newsletter.", "I got the blame"),
    ("LIT103", "I'm the one who got dragged into her office over it.", "dragged into her office"),
    ("LIT103", "Head office will have my guts for garters.", "guts for garters"),
    ("LIT103", "Everything I write gets picked apart.", "picked apart"),
    ("LIT103", "I'm walking on eggshells with this client.", "walking on eggshells"),
    ("LIT102", "I had to rewrite all of them on Sunday night.", "I had to rewrite all"),
    ("LIT102", "I've rewritten every reply the bot sent this week.", "rewritten every"),
    ("LIT102", "We are not going through that again.", "not going through that again"),
    ("LIT102", "I really can't take another day like today.", "can't take another"),
    ("LIT103", "Checkout has been on fire since midnight.", "on fire"),
    ("LIT107", "Please just get it right first time.", "get it right"),
    # someone's habit or past work, told in passing
    ("LIT201", "End with the greeting Sam always uses.", "Sam always uses"),
    ("LIT201", "Lay it out like Maria used to do it.", "like Maria used to"),
    ("LIT201", "Write the notice in Gordon's style.", "Gordon's style"),
    ("LIT201", "Keep the principal's usual tone.", "usual tone"),
    ("LIT201", "Schedule the matches as per last season.", "as per last season"),
    ("LIT201", "Leave the raffle section like it's always been.", "always been"),
    ("LIT201", "Go for the Patel party vibe.", "Patel party vibe"),
    ("LIT201", "Match the feel of the spring newsletter.", "feel of the spring newsletter"),
    ("LIT201", "Word it the way Reviewer 3 asked.", "the way Reviewer 3 asked"),
    ("LIT201", "Price it the same as the Robinson job.", "Robinson job"),
    ("LIT201", "Put the standard disclaimer at the end.", "standard disclaimer"),
    ("LIT203", "Assign each bug to whoever owns that module.", "whoever owns that module"),
    # quality in idiom
    ("LIT302", "The opener has to knock their socks off.", "socks"),
    ("LIT302", "Make it magical.", "Make it magical"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
