"""Shapes from the tenth blind development round (30 prompts by software teams: agent files,
skills and prompts for internal tools): its false alarms and its misses, each written fresh in
the same shape, so the principle is tested rather than the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # material the user supplies, named in a reduced relative clause
    ("inference", "Work from the support channel export the user attaches."),
    # a thing picked out by the code it comes from
    ("inference", "Append the escalation policy link from `labels.policy_url`."),
    # a verdict on earlier work is not a reference to copy (tone is judged on its own)
    ("inference", "Write real assertions, not the junk we got from the old plugin."),
    # a run of question marks as a slot, not a feeling
    ("tone", "Release date: ???"),
    # a count written in words, not in capitals
    ("tone", "It failed three times this week; add a retry budget of two."),
    # "so it doesn't happen again" is the purpose of an action item
    ("tone", "List action items so this does not happen again."),
]

STILL_FLAGGED = [
    # pressure and blame in the writer's own words
    ("LIT102", "I'm sweating bullets about the cutover.", "sweating bullets"),
    ("LIT102", "My stomach hurts when I think about Monday.", "My stomach hurts"),
    ("LIT102", "I spent the whole weekend undoing the last rollout.", "I spent the whole weekend undoing"),
    ("LIT102", "I can't sit through that again.", "sit through that again"),
    ("LIT103", "The release manager pings me every ten minutes.", "pings me every"),
    ("LIT103", "Our last runbook got torn apart at the review.", "got torn apart"),
    ("LIT103", "Platform is going to escalate.", "going to escalate"),
    ("LIT107", "It does not happen again.", "It does not happen again."),
    ("LIT107", "If I get woken up because of you, I'm revoking your merge rights.", "revoking your merge rights"),
    ("LIT107", "Please do it properly this time.", "properly this time"),
    ("LIT107", "I need this to just work the first time.", "work the first time"),
    ("LIT107", "Seriously. No more sleeps in tests.", "Seriously."),
    ("LIT105", "Why does nobody test the empty case???", "???"),
    ("LIT104", "I have reverted this FOUR times.", "FOUR"),
    ("LIT101", "Branch is cut, go go go", "go go go"),
    # someone's way, never shown
    ("LIT201", "Name things by Omar's conventions.", "Omar's conventions"),
    ("LIT201", "Batch it, follow the old approach.", "follow the old approach"),
    ("LIT201", "Make it as thorough as Keiko did on the cache one.", "as thorough as Keiko did"),
    ("LIT201", "Write it how she'd write it.", "how she'd write"),
    ("LIT201", "Tag it the same way as the 2.4 release.", "same way as the 2.4 release"),
    ("LIT201", "Keep the layout of our other runbooks.", "layout of our other runbooks"),
    ("LIT201", "Use the template Zoë prefers.", "the template Zoë prefers"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
