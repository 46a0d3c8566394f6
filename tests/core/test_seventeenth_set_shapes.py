"""Shapes from the seventeenth and eighteenth sets of real-world prompt files (agent, skill
and prompt files; prompts inside applications): the false alarms found there after each was
measured once, each written fresh in the same shape, with the problem that must still be
flagged beside it."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # what the user supplies
    ("inference", "Only edit documents explicitly shared or attached by the user."),
    # the thing at hand, not a document elsewhere
    ("inference", "Never rewrite this assistant's own instruction file."),
    ("inference", "Explain the gap in this ticket's terms."),
    # a title in title case, not a codename
    ("inference", "3. **Review Project Layout**"),
    # a named public method
    ("inference", "- Follow the Fail Fast, Log Once (FFLO) pattern"),
    # a role the prompt talks about in general, then meets
    ("inference", "You call leads and move prospects to a booked demo.\n\n- Never interrupt the prospect"),
    # the model's own report
    ("inference", "When summarizing your work, do not use echo to display what you did."),
    # "on message" as part of "message history"
    ("quality", "Group the replies based on message history."),
    # a new machine to set up
    ("quality", "- Fresh Debian VM with Docker installed"),
    # a service, not a register
    ("quality", "- Professional carpet cleaning twice a year"),
    # a word defined by its score
    ("quality", "Essays scoring 30/40 or more are considered submission-ready."),
    # labels at the start of any line
    ("tone", "**DO:** cite sources\n**DON'T:** guess prices"),
    ("tone", "Follow these rules.\nCRITICAL: never share keys."),
    # a line in capitals heading the text below it
    ("tone", "Read the spec first.\n\nFINAL CHECKLIST (BEFORE MERGE)\nRun the tests and the linter."),
    # a party named in capitals and glossed
    ("tone", "You referee a chat between a PLAYER and a GHOST (AI opponent)."),
    # swear words named as what the output may use
    ("tone", "Mild swearing is fine in banter (damn, crap), never slurs."),
]

STILL_FLAGGED = [
    ("LIT202", "Summarize the attached report.", "the attached report"),
    ("LIT201", "Use Project Falcon's deck as the template.", "Project Falcon"),
    ("LIT202", "Never interrupt the prospect.", "the prospect"),
    ("LIT201", "Keep it on message.", "on message"),  # a brand the model is assumed to know (LIT301 until the seventeenth session)
    ("LIT301", "Keep it fresh.", "fresh"),
    ("LIT301", "Make sure it is publish-ready.", "publish-ready"),
    ("LIT104", "Follow these rules.\nYou must NEVER share keys.", "NEVER"),
    ("LIT104", "Keep replies SHORT (1-2 lines).", "SHORT"),
    ("LIT108", "Damn, this is late again.", "Damn"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
