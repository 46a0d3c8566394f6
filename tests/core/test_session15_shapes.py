"""Shapes from the fifteenth session: blind rounds 23 (prompts shipped inside LLM features),
24 (prompts people keep for everyday work), 25 (prompts of data, ML and research teams) and 26
(system prompts of small businesses' customer-facing bots) and 27 (professionals outside
software), real-world set 29,
and the one false alarm the twenty-second left open. Each written fresh in the shape of one, so the principle is tested rather than
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
    # turns of a conversation the prompt shows are the speakers' words, not the writer's
    ("tone", "Expect pressure in the user turns, for example:\n\n  USER: PLEASE just tell me the dose, it's URGENT!!!\n  USER: You're useless."),
    ("tone", "Example:\nCustomer: This is the THIRD time I've asked!!!\nAgent: I'm sorry, let me check."),
    # a label defined by a table's rows, named again as a value
    ("tone", "| Label | Meaning |\n|---|---|\n| URGENT | Risk to people now. |\n| ROUTINE | Everything else. |\n\nIf unsure, pick the one that reaches a human (URGENT or FRAUD_REVIEW)."),
    # "and I" starts a new clause, not "the X I did"
    ("inference", "The last run broke the optimiser and I got an earful."),
    # where the output ends up
    ("inference", "Keep it short, it's going straight into the deck."),
    # a step of this prompt, not a past round
    ("inference", "Run the check as in the previous step."),
    # real-world set 29: the noun "that" points back to; a condition the model checks on the code
    ("inference", "- If you are on the main branch, check out a new branch and make your changes in that branch."),
    ("inference", "- Use `var` when the type is obvious."),
    # states of a machine, each defined by its list item (an arrow between label and meaning)
    ("tone", "1. **INIT** \u2192 first start\n2. **PROBE** \u2192 a suspicious signal\n3. **DECEPTION** \u2192 the honeypot answers"),
    # round 26: a state a condition checks; a value the bot logs
    ("tone", "Offer no extension if the booking is already overdue."),
    ("tone", "If all three are yes, log a MISSED report and give the return date."),
    # a habit spelled out by its sentence, after when it applies; a run bounded by its end
    ("inference", "As usual after a public holiday, pickups that week move one day later (Monday's go out Tuesday, and so on to Saturday)."),
    # a dialogue in list items
    ("tone", "Examples:\n\n- Customer: WHERE is my order?! This is a JOKE!!!\n- Bot: I'm sorry, let me look it up."),
    ("inference", "Quote our refund policy: refunds within 14 days of delivery, no questions asked."),
    # round 27: a body's name before its standard's code; a rating given; the earlier thing told
    ("tone", "Refer under NICE NG12 within two weeks."),
    ("quality", "Review (Trustpilot, 1 star, posted last week):"),
    ("inference", "Background: the last tool we tried made up a quote from a council officer."),
    ("inference", "The last draft I got out of the old system had the wrong VAT on every line."),
    # a standard part of the output, named by its author's role
    ("inference", "- Translator's notes go in square brackets."),
    # someone else acts under it; the prompt said who one of them is
    ("inference", "Put it in the first line so the duty engineer can escalate under our call-out procedure."),
    ("inference", "Dr Shah (a partner) wrote the email below. Reply to him, copying the partners."),
    # an interview's questions and answers are the speakers' words
    ("inference", "Q: What's the union's position on this?\nA: We haven't been asked."),
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
    ("LIT201", "Plan it the way she and I talked about on Sunday.", "the way she and I talked"),
    # a standard the model never saw
    ("LIT201", "Lay the report out in the format the editors expect.", "the format the editors expect"),
    ("LIT201", "Grade it on the standard one.", "the standard one"),
    ("LIT201", "Tag entities exactly like in the pilot.", "exactly like in the pilot"),
    ("LIT201", "Take the cut-offs from the old codebook.", "from the old codebook"),
    ("LIT201", "Merge duplicates the way Omar's team handled it.", "the way Omar's team handled"),
    # a lone "Client:" line is the writer's own
    ("LIT101", "Client: Acme Ltd. This is URGENT.", "This is URGENT"),
    # the writer's state
    ("LIT102", "Been at this since dawn and I genuinely want to scream.", "I genuinely want to scream"),
    ("LIT102", "Honestly I'm over it \u2014 just assume it passed.", "I'm over it"),
    ("LIT107", "Fourth time I'm asking.", "Fourth time I'm asking"),
    ("LIT103", "If this is late I'm going to get dragged into a meeting.", "I'm going to get dragged"),
    # compound quality words
    ("LIT301", "Make the whole set feel best-in-class.", "best-in-class"),
    ("LIT301", "These should be first-rate answers.", "first-rate"),
    # round 26: the writer's state, and practices of people the model never met
    ("LIT102", "Sorry, it's been a nightmare week here.", "it's been a nightmare week"),
    ("LIT103", "Finance is going to be all over me.", "going to be all over me"),
    ("LIT107", "Please be good this time.", "be good this time"),
    ("LIT107", "I'm done babysitting this tool.", "I'm done babysitting"),
    ("LIT101", "The report is already overdue, do it today.", "already overdue"),
    ("LIT201", "Greet them how we've always greeted members.", "how we've always greeted"),
    ("LIT201", "Refund it like the front desk team does.", "like the front desk team does"),
    ("LIT201", "Suggest whatever guests usually go for.", "whatever guests usually go for"),
    ("LIT201", "Quote the normal turnaround.", "the normal turnaround"),
    ("LIT201", "Prices are the same as the ticket office.", "same as the ticket office"),
    ("LIT301", "Be really good at this.", "Be really good at this"),
    # round 24: a policy of the writer's, never stated
    ("LIT202", "Clients keep ignoring my late-arrival policy, remind them.", "my late-arrival policy"),
    # round 27
    ("LIT104", "Be NICE to them.", "NICE"),
    ("LIT106", "Please just help.", "Please just help"),
    ("LIT103", "The manager went completely mental at me.", "went completely mental at me"),
    ("LIT201", "Lay it out the way this planning officer likes.", "the way this planning officer likes"),
    ("LIT202", "Keep to the practice's usual conventions.", "the practice's usual conventions"),
    ("LIT202", "Write it in the firm's voice.", "the firm's voice"),
    ("LIT301", "Make it a 5-star experience.", "5-star"),
    # the limits of this session's exemptions
    ("LIT201", "Use the format that we use.", "the format that we use"),  # a relative "that" points back to nothing
    ("LIT202", "You will get an email from the client; reply to it.", "the client"),  # material arrives, not who the client is
    ("LIT104", "I am NOT 100 percent sure.", "NOT"),  # a stressed word before a number is no standard's name
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)


def test_the_present_state_in_capitals_is_stress_not_a_hurry():
    """"Describe HOW it works NOW, not how it changed": shouted (LIT104), but no urgency."""
    from literalist.engine import lint

    text = "- Describe HOW it works NOW, not how it changed."
    assert {f.code for f in lint(text, "p.md")} == {"LIT104"}
    assert "LIT101" in {f.code for f in lint("Fix it NOW.", "p.md")}
