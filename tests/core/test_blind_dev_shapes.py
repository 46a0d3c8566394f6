"""Shapes from a development bank written blind to the rules (docs/precision.md, "The sixth
session"): what the rules missed or flagged wrongly there, written fresh in the same shapes
(nothing is copied from the bank), with the look-alikes that must still come out the other way."""

import pytest

from rule_cases import assert_flagged, assert_left_alone

LEFT_ALONE = [
    # RFC 2119 keywords in a prompt that declares them are terms, however often they recur
    ("tone", "Requirements use the RFC 2119 keywords.\n\nThe exporter MUST write UTF-8 and SHOULD stream rows. It MUST NOT buffer the file."),
    # SQL is written in capitals by convention
    ("tone", "Write the migration: add a `region` column, NOT NULL, with a default of 'EU'."),
    ("tone", "Return rows WHERE NOT EXISTS a matching invoice."),
    # an order after a colon is an order, but values after a colon stay values
    ("tone", "Status: DONE or NOT DONE."),
    ("tone", "Frequency: ALWAYS"),
    # "NO" as an answer
    ("tone", "Text NO to unsubscribe."),
    # a word the task explains or defines is talked about, not used
    ("tone", "Explain what STAT means on a lab order and how it differs from ASAP."),
    ("quality", "Explain what a high-stakes exam is, with one example from nursing school."),
    ("quality", "Draft the glossary entry defining 'compelling' for the grant reviewers: a case counts as compelling if it cites two outcomes."),
    # a quality word the prompt defines, even when a verb phrase leads with it
    ("quality", "Polish the cover letter. Polish means: fix typos, keep it under 250 words, change no facts."),
    # a finish of a material, a category of review, someone else's quoted words
    ("quality", "Write a flyer for our polished marble countertops."),
    ("quality", "Draft a reply template for 2-star reviews of the toaster."),
    ("quality", "Thank the crew; the homeowner told us 'your team was so professional' and we want to use that line."),
    # a name in title case, a character in a story
    ("tone", "Write a label blurb for Drop Everything Dark Roast, a new coffee."),
    ("tone", "Write a scene where a stressed-out nurse hands over a shift."),
    # history the model can read, and material shown right after it is named
    ("inference", "Earlier in this conversation we agreed on British spelling. Keep to what we agreed."),
    ("inference", "Base the reminder on the one we sent last month: 'Hi Ana, your filter change is due Friday.'"),
    ("inference", "Summarize the attached note in one line: \"Pickup moves to Dock 4 from Monday.\""),
    # an ellipsis between the first and last items is a range
    ("inference", "Bays are numbered 1, 2, 3, ..., 40. List the bays over capacity."),
    # a role word before another noun names a thing, not a person
    ("inference", "Write the donor newsletter intro in two sentences."),
    # a tag whose head is an instruction word holds instructions; an example stays an example
    ("tone", "<format_example>URGENT!!! Reply NOW</format_example>\nWrite the alert in the same layout."),
]

STILL_FLAGGED = [
    # capitals that shout, after a colon or before a noun
    ("LIT104", "I'll say it again: ONLY THE INVOICE TOTALS.", "ONLY THE INVOICE TOTALS"),
    ("LIT104", "Every route needs a driver, NO gaps.", "NO"),
    ("LIT104", "You MUST use metric units.", "MUST"),
    # threats and pressure on the model
    ("LIT107", "Sort the returns and don't mess this one up.", "don't mess this one up"),
    ("LIT107", "Get the totals right or I'm switching to another model.", "switching to another model"),
    ("LIT107", "Fix the rota. Last chance to prove you're not useless.", "Last chance to prove"),
    ("LIT107", "No errors tolerated in this schedule.", "No errors tolerated"),
    ("LIT107", "You will be penalized for every wrong date.", "You will be penalized"),
    # urgency and distress
    ("LIT101", "the clock's ticking, summarize the thread", "the clock's ticking"),
    ("LIT101", "Time-sensitive: draft the road closure notice.", "Time-sensitive"),
    ("LIT101", "I need it before the 9am standup, list the blockers.", "need it before the 9am standup"),
    ("LIT102", "im so stressed about this essay", "im so stressed"),
    # quality bars and stakes
    ("LIT301", "Rewrite the bio so it's punchier.", "punchier"),
    ("LIT301", "Rewrite my cover letter so its actually good.", "actually good"),
    ("LIT301", "Make the safety briefing less dry for new hires.", "less dry"),
    ("LIT301", "Write a tagline that really sings.", "really sings"),
    ("LIT302", "The minister reads this; it can't look amateurish.", "can't look amateurish"),
    ("LIT302", "Write an obituary that does her justice.", "does her justice"),
    ("LIT302", "The festival program goes to print, so make it worthy of print.", "worthy of print"),
    ("LIT302", "Investors will see this, so it needs to make a great impression.", "make a great impression"),
    ("LIT301", "Draft the appeal like a top law firm would.", "like a top law firm would"),
    # delegation, history, references and open lists in everyday words
    ("LIT203", "Check the invoices and push back on anything excessive.", "anything excessive"),
    ("LIT203", "Read the incident notes and escalate the ones that look serious.", "the ones that look serious"),
    ("LIT203", "Merge the duplicate contacts in a sensible way.", "in a sensible way"),
    ("LIT203", "Offer a refund when it's warranted.", "when it's warranted"),
    ("LIT203", "Trim the glossary; drop whatever isn't relevant.", "whatever isn't relevant"),
    ("LIT201", "Redo the quote and avoid the mistake from the previous round.", "from the previous round"),
    ("LIT201", "Format it with the citation style we're using.", "the citation style we're using"),
    ("LIT201", "Check the draft against the Dr. Osei guidelines.", "the Dr. Osei guidelines"),
    ("LIT201", "Apply the rates in the Kowalski addendum.", "the Kowalski addendum"),
    ("LIT201", "Answer the tenant with the explanation from the maintenance team.", "the explanation from the maintenance team"),
    ("LIT204", "Strip personal details: emails, addresses, stuff like that.", "stuff like that"),
    # a tag whose head is an instruction word holds instructions: its words are checked
    ("LIT101", "<output_format>Send it ASAP, one paragraph.</output_format>", "ASAP"),
]


@pytest.mark.parametrize("family,text", LEFT_ALONE)
def test_left_alone(family, text):
    assert_left_alone(text, family)


@pytest.mark.parametrize("code,text,words", STILL_FLAGGED)
def test_still_flagged(code, text, words):
    assert_flagged(code, text, words)
