"""Shapes from the sixth development round written blind to the rules (docs/precision.md, "The
eighth session"), written fresh in the same shapes, with the look-alikes that must still come out
the other way."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # the standard log levels are values, even spread through a sentence
    ("tone", "Log levels: DEBUG for raw frames, INFO for state changes, ERROR for a failed write, CRITICAL only for a shutdown."),
    # what someone else will do, and what a program does to something
    ("tone", "Output NO_SLOT and stop; the duty manager will call the customer immediately."),
    ("tone", "If the probe fails three times the script exits and systemd restarts it immediately."),
    # a product's rating
    ("quality", "Fitted a BS3621 3-star anti-snap cylinder to the back door."),
    # described right there: a label with a colon, the body it belongs to, the one picked by a superlative
    ("inference", "Our standard opening sequence is:\n\n1. Greet.\n2. Confirm the booking.\n"),
    ("inference", "You write the monthly summary for the committee of Ashby Rowing Club."),
    ("inference", "Name the heat with the highest winning margin."),
    # a past event the sentence tells
    ("inference", "Order more ice; we ran out by Sunday noon last time and had to close early."),
    # a change the task asks for is no told history
    ("inference", "Keep the quantities as they are but scale the bread up by 20%."),
]

STILL_FLAGGED = [
    ("LIT101", "The page has to be live by tomorrow morning.", "has to be live by tomorrow morning"),
    ("LIT101", "I need it in the next hour.", "I need it in the next hour"),
    ("LIT102", "I've had about three hours' sleep.", "hours' sleep"),
    ("LIT102", "If it breaks I'm the one who looks like a fool.", "I'm the one who looks"),
    ("LIT102", "I've already burned three evenings on this.", "burned three evenings on this"),
    ("LIT103", "Head office is on my back about the figures.", "Head office is on my back"),
    ("LIT103", "My manager is going to have my head.", "going to have my head"),
    ("LIT103", "No pressure, but the contract depends on this.", "No pressure, but"),
    ("LIT107", "Spell the names right, it's not exactly difficult.", "it's not exactly difficult"),
    ("LIT107", "Check the totals, if that's not too much to ask.", "if that's not too much to ask"),
    ("LIT107", "I've lost two weekends to this. Don't make it three.", "Don't make it three"),
    ("LIT101", "You will fix this immediately.", "immediately"),
    ("LIT101", "The team will need it immediately.", "immediately"),
    ("LIT201", "Mention the new start time that the committee agreed at the AGM.", "that the committee agreed"),
    ("LIT201", "Use the kiln rules from the last members' meeting.", "from the last members' meeting"),
    ("LIT201", "Add whatever disclaimer the office normally uses.", "whatever disclaimer the office normally uses"),
    ("LIT201", "Make it clear the parking permit thing is not optional.", "the parking permit thing"),
    ("LIT201", "Be firm after what happened.", "after what happened"),
    ("LIT201", "Then list the other usual stuff.", "the other usual stuff"),
    ("LIT201", "Leave out the glazes that cracked in March.", "the glazes that cracked in March"),
    ("LIT201", "Write it up in the insurer's format.", "the insurer's format"),
    ("LIT201", "Base it on the Ashby order from last year but scale everything up by 30%.", "from last year"),
    ("LIT201", "Avoid the objections they raised last time.", "the objections they raised last time"),
    ("LIT203", "Use sensible defaults for the rest.", "sensible defaults"),
    ("LIT203", "Offer a reasonable payment plan.", "reasonable payment plan"),
    ("LIT203", "Flag anything that looks out of the ordinary.", "looks out of the ordinary"),
    ("LIT203", "Skip any item that isn't worth a line.", "isn't worth a"),
    ("LIT203", "Be gentle with anyone who seems to be struggling.", "anyone who seems to be"),
    ("LIT301", "It needs to read like a proper news story.", "read like a proper news"),
    ("LIT301", "Write something that will win them over.", "win them over"),
    ("LIT301", "The captions should be museum standard.", "museum standard"),
    ("LIT301", "The labels should look nice when printed.", "look nice"),
    ("LIT301", "Write it really clean.", "Write it really clean"),
    ("LIT301", "Keep it engaging — last month's open rate was terrible.", "engaging"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
