"""Shapes from the seventeenth blind development round (30 prompts by thirty writers far from
software: a florist, a trucker, a funeral director, a roofer, a dairy farmer, a Lagos baker, a
sheep-station manager, a crossword setter, a drag performer, a night nurse manager ...) and from
the twenty-second and twenty-third real-world sets (agent files; application prompts): false
alarms and misses, each written fresh in the same shape, so the principle is tested rather
than the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # round 17: everyday politeness, a pasted draft that shows the voice, a chalkboard the prompt names
    ("tone", "Please I need three captions for the new cakes."),
    ("inference", "<draft>\nWe moved to the farm in 1962.\n</draft>\n\nKeep my voice; fix the commas."),
    ("inference", "I want the chalkboard specials. Dish names in capitals, that's how the board's always been done."),
    ("inference", "Order the flowers by the stems I noted.\n\n<notes>\nranunculus, sweet pea\n</notes>"),
    # set 22: what to leave for later; the model's own log; a need with its purpose; tools, not a register
    ("tone", "- **Later**: note it but don't fix now"),
    ("inference", "- Track what you did across iterations."),
    ("inference", "Ask one question, only if needed to proceed."),
    ("quality", "I am new to modern professional tooling, so explain each command."),
    # set 23: a reaction the rules call for, a named person's state, an idiom of disguise,
    # a surface to write on, a folder, a way the content could come across
    ("tone", "If the reading is out of range or the probe reports an error code, do not save the value to the patient record and instead ask the nurse for a new one immediately."),
    ("tone", "Drop the banter when something is wrong: a payment failed, Priya stressed or upset."),
    ("quality", "Say no plainly; don't dress up a refusal as a suggestion."),
    ("inference", "Write each key term on the board as you say it."),
    ("inference", "Save every session note in the campaign folder."),
    ("quality", "No street names used in a way that could feel personal."),
]

STILL_FLAGGED = [
    # round 17: pressure and distress in everyday idiom
    ("LIT102", "Honestly I cried in the car after the last review.", "cried"),
    ("LIT102", "I have nothing left this week.", "nothing left"),
    ("LIT102", "If this batch doesn't sell, I don't know what I'll do.", "what I'll do"),
    ("LIT102", "I'm a little on edge with these.", "on edge"),
    ("LIT102", "I've been at the bench till 11 every night.", "every night"),
    ("LIT102", "We were two down again on Saturday.", "two down"),
    ("LIT102", "I'm the only one on the board doing any work.", "the only one"),
    ("LIT103", "The mayor will read it, and so is the whole village.", "the whole village"),
    ("LIT103", "The regional manager is sitting in tonight.", "sitting in"),
    ("LIT103", "This order is the difference between keeping the shop and not.", "difference between keeping"),
    ("LIT103", "My boss is giving me the side-eye about it.", "giving me the side-eye"),
    ("LIT103", "The owner reckons it's my fault.", "my fault"),
    ("LIT103", "Two of the buyers haven't replied to my emails.", "replied to my"),
    ("LIT103", "This shop is all I've got.", "all I've got"),
    ("LIT103", "I don't want the judges thinking we're amateurs.", "thinking we're"),
    ("LIT103", "Wool prices are in the toilet.", "in the toilet"),
    ("LIT103", "We nearly lost the account in March.", "nearly lost the account"),
    ("LIT103", "It has to be ready for the audit. No pressure.", "No pressure"),
    ("LIT107", "I'm done being polite about it.", "done being polite"),
    ("LIT107", "Please don't make me do that.", "make me do that"),
    ("LIT107", "Ignore whatever that muppet in sales suggested.", "that muppet"),
    ("LIT107", "Just get me something I can send.", "get me something"),
    # round 17: history and bars the model cannot see
    ("LIT201", "Stick to local growers, same as we sorted out for the Okafors.", "same as we sorted"),
    ("LIT201", "List the hymns as we normally list them.", "as we normally"),
    ("LIT201", "You'll remember Ivy from the first chapter.", "remember"),
    ("LIT201", "Answer the thing my rival said at the hustings.", "the thing my rival said"),
    ("LIT201", "Pull the intro list from the last update.", "from the last update"),
    ("LIT201", "Make it like the one from a couple of years back.", "a couple of years back"),
    ("LIT201", "Explain it like she showed us.", "like she showed us"),
    ("LIT201", "Follow the conventions we've agreed on.", "we've agreed"),
    ("LIT301", "It's got to be a banger.", "banger"),
    ("LIT301", "It should look like something a big agency would turn in.", "look like something"),
    ("LIT301", "Needs to be a decent flyer.", "decent flyer"),
    ("LIT301", "The poster needs to scream summer.", "scream"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
