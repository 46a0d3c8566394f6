"""Shapes from the fifth development round written blind to the rules (docs/precision.md, "The
eighth session"): what the rules missed or flagged wrongly there, written fresh in the same
shapes (nothing is copied from the round's prompts), with the look-alikes that must still come
out the other way."""

from rule_cases import assert_left_alone, shape_tests

LEFT_ALONE = [
    # categories the prompt defines: list items that open with a value and a dash, values
    # spelled out in brackets, a list the output is split into
    ("tone", "Set `severity` to one of:\n\n- `URGENT` — a gas smell or no heating for a vulnerable tenant\n- `ROUTINE` — everything else\n\nA tenant writing \"urgent\" does not make a job URGENT; use the list."),
    ("tone", "Group the findings into URGENT (water coming in, live wires) and LATER (paintwork, gutters)."),
    # a logical operator between conditions written in code
    ("tone", "Skip rows where `qty` is 0 AND `status` is `VOID`."),
    # how callers usually are: the input the model handles, not the writer's state
    ("tone", "Callers are often panicking; open with one calm sentence."),
    ("tone", "Many complaints are furious and written in capitals; reply to the facts only."),
    # an identifier with Markdown's escaped underscore
    ("tone", "Read the MAX\\_RETRIES setting before you retry."),
    # what someone else says, introduced as an example
    ("quality", "Riders say things like \"make it as tight as you can\"; note it, do not act on it."),
    # how something is perceived, said as a fact for the reader
    ("quality", "Tell them that their own voice often feels louder in the first week."),
    ("quality", "Where the inspector hedges, mark the item as unverified."),
    # a signature, and a thing named by the code right after it
    ("inference", "Sign it from the committee. Plain text, under 300 words."),
    ("inference", "Email the borrower using template `overdue_v3`."),
    ("inference", "Search the union catalogue before you ask another library."),
    # a year dates the event, the rest of the sentence still has to say what happened
    ("inference", "Total the 2023 invoices by month."),
    # a label line whose list follows defines the term
    ("inference", "Take the call-out fee from our price list.\n\nOur price list:\n- call-out: 60\n- per hour: 45\n"),
]

STILL_FLAGGED = [
    ("LIT201", "Clean the outliers the way Marta did for the 2021 census.", "the way Marta did"),
    ("LIT201", "Use whatever the drivers told me at the depot meeting.", "whatever the drivers told me"),
    ("LIT201", "Follow what the board decided about the late fees.", "what the board decided"),
    ("LIT201", "Style the menu like the menus at that bistro in Hove.", "that bistro"),
    ("LIT201", "Lay the page out like the product pages on our website.", "like the product pages on our website"),
    ("LIT201", "Skip the suppliers the buyers dropped last season.", "the suppliers the buyers dropped last season"),
    ("LIT201", "Write them in the council style, same as the flood-warning notices.", "same as the flood-warning notices"),
    ("LIT202", "Check every reading against our tolerance table.", "our tolerance table"),
    ("LIT202", "Score each learner on our readiness criteria.", "our readiness criteria"),
    ("LIT203", "For the odd ones, sort them out sensibly.", "sort them out sensibly"),
    ("LIT203", "Where the notes disagree, treat it however feels right.", "however feels right"),
    ("LIT102", "I cannot face another complaint like that one.", "I cannot face another"),
    ("LIT102", "God help us if the totals are off again.", "God help us"),
    ("LIT107", "Honestly, I've had it with the night shift.", "I've had it with"),
    ("LIT102", "Last year's rota was a total shambles.", "total shambles"),
    ("LIT107", "If it happens one more time I'm switching the whole thing off.", "one more time I'm switching"),
    ("LIT103", "My manager is usually furious about late reports.", "is usually furious"),
    ("LIT301", "The report has to be top-notch — buyers compare us with the big firms.", "top-notch"),
    ("LIT301", "I want this log spotless.", "spotless"),
    ("LIT301", "Make the match previews hype.", "hype"),
    ("LIT301", "Think cup-final energy.", "Think cup-final energy"),
    ("LIT301", "Make it polished — I'm showing it to the whole board.", "polished"),
]


test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)


def test_a_dash_with_criteria_still_defines_the_word():
    # the reason after a dash pins nothing, but a list of properties does
    assert_left_alone("Make it warm — short sentences, first names, no legal terms.", "quality")
