"""Shapes from the sixteenth blind development round (30 prompts by thirty writers at work and
at home: a claims adjuster, a paralegal, a freight broker, a coach, a pharmacist, a night
manager, a beekeeper, a trust secretary writing very formally, a non-native speaker, a hurried
phone typist ...): its false alarms and its misses, each written fresh in the same shape, so
the principle is tested rather than the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # the usual thing, spelled out right after "which is:"
    ("inference", "Use the usual format, which is: title, date, attendees, then decisions."),
    # a conjunction starts a new clause: not "the X (that) I have been doing"
    ("inference", "Ship the report before the 3rd and I've been doing the rest of it since March."),
    # the writer hands it over: "the X I give you", "as I give them"
    ("inference", "Write three warm-ups that fit the theme I give you."),
    ("inference", "Repeat the steps exactly as I give them."),
    # a polite request for help is not pleading
    ("tone", "Hi, please I need your help with a letter to my bank."),
    # a thing that has not worked for days, not the writer awake since 9
    ("tone", "The lift is not working since 4 days."),
    # a flag glossed, a value the output must keep, a data category
    ("tone", "If the log says a room is URGENT, that is our flag for same-day repair."),
    ("tone", "Copy the word URGENT into the subject line."),
    ("tone", "- URGENT bookings (the `urgent` column) get a call as well as a text."),
    # a capital AND joining the conditions of an "if"
    ("tone", "She only opens the vault if the party pays the fee AND names the old captain."),
    # how a situation has come to feel, not how the output should
    ("quality", "We keep losing bids and it's starting to feel pointless, so I want a cleaner process."),
    # a compound noun, not the board of directors
    ("inference", "Pin the rota on the notice board by Friday."),
    # the model's own output, introduced with four words before its noun
    ("inference", "I need a weekly class plan template. Put the template in a table."),
    # the word is defined in the rest of its sentence
    ("quality", "Replies must be professional in the strict sense the union uses: no first names, no jokes."),
    # "As usual, <a whole clause>": the sentence states the practice
    ("inference", "As usual, the totals come straight from <ledger>; never round them."),
]

STILL_FLAGGED = [
    # strain told as its length or cost
    ("LIT102", "I've been covering nights for six days straight.", "six days straight"),
    ("LIT102", "I haven't sat down since seven this morning.", "sat down"),
    ("LIT102", "I run this on top of my full-time job.", "on top of my full-time job"),
    ("LIT102", "Honestly I'm not in the mood for another round of edits.", "not in the mood"),
    ("LIT102", "I'm a bit jumpy about this one.", "jumpy"),
    ("LIT102", "I don't know what else to do.", "what else to do"),
    ("LIT102", "My kids are crying because the flat is cold.", "crying"),
    # pressure told as what people said or did about it
    ("LIT103", "The director has made it very clear what she thinks of late filings.", "made it very clear"),
    ("LIT103", "The last coordinator in this role got let go over a missed deadline.", "got let go"),
    ("LIT103", "He's already asked me three times when it ships.", "asked me three times"),
    ("LIT103", "The investors have been in my ear all week.", "in my ear"),
    ("LIT103", "The sponsor is threatening to drop us.", "threatening to drop us"),
    ("LIT103", "If we don't win this one, we're closing the Leeds office.", "closing"),
    ("LIT103", "It's my name, not yours.", "not yours"),
    ("LIT103", "I really need these to land.", "need these to land"),
    # the tool threatened
    ("LIT107", "If this thing wastes my time again I'm switching it off.", "wastes my time"),
    ("LIT107", "Don't make me chase you on this.", "make me chase"),
    # history the model never saw
    ("LIT201", "Seat the guests like last year.", "like last year"),
    ("LIT201", "Apply the discounts as in prior years.", "as in prior years"),
    ("LIT201", "File them the way we've always done them.", "always done"),
    ("LIT201", "Add the same footer we put on everything.", "the same footer"),
    ("LIT201", "Base it on what we did against Hartley.", "we did against Hartley"),
    ("LIT201", "Priya will know.", "will know"),
    ("LIT201", "You will doubtless be familiar with our house rules.", "familiar with"),
    ("LIT201", "Observe the customary courtesies.", "customary courtesies"),
    ("LIT203", "You'll figure it out from the notes.", "figure it out"),
    # a bar set by a feeling or a standing, with nothing checkable
    ("LIT301", "Make it something you'd be proud to send.", "proud to send"),
    ("LIT301", "Use a register befitting a firm of our standing.", "standing"),
    ("LIT301", "We want it to \"sing\" this time.", "sing"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
