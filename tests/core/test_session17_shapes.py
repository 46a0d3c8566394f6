"""Shapes from the seventeenth session: blind rounds 31 and 35 (held out last session, read
now), rounds 36 to 38 written for this session, and real-world set 31. Each written fresh in
the shape of one, so the principle is tested rather than the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # someone else's state in a case the task handles; how the output must not come across
    ("tone", "If the caller is livid, keep the summary factual and say so in one line."),
    ("tone", "Please don't let the letter look like I'm pleading with them."),
    # the feeling is what the message must say
    ("tone", "Keep it polite but let them know we're getting worried about the dates."),
    # a lone NOT marking a calm rule's negation
    ("tone", "- Do NOT edit files under `vendor/`; they are generated."),
    ("tone", "- Queries that look similar but should NOT match go in the negatives list."),
    ("tone", "## When to use it / when NOT to use it"),
    ("tone", "## Limits\n\n- DO NOT edit the generated API client.\n- DO NOT add dependencies without asking."),
    # a rule list in the keywords' own shape
    ("tone", "## Limits\n\n- MUST NOT send email on the user's behalf.\n- MUST NOT store card numbers."),
    # capitals: a list of words named, a label over its list, a word of a title-case name
    ("tone", "Avoid filler intensifiers (VERY, REALLY, TOTALLY, SUPER) in the copy."),
    ("tone", "\u2705 **DO Mention:**\n- the refund date\n\n\u274c **DON'T Mention:**\n- internal codes"),
    ("tone", "Every answer follows the 4 CORE Principles for Support Bots."),
    ("tone", "If the reply is a PARTIAL match (right product, wrong size), say which part matched."),
    # a log level named as a kind of line; "no excuses" among the things the reply must leave out
    ("tone", "ERROR lines from the retry loop can be ignored."),
    ("tone", "Own the delay in one sentence, no excuses, no stock apology."),
    # someone else's look; a value defined by "otherwise"; text the output carries; slashed values
    ("tone", "Flag whether the caller sounds upset or anxious (yes/no)."),
    ("tone", "- priority: HIGH if a child is involved; LOW otherwise."),
    ("tone", "Stamp each page DRAFT – NOT FOR CIRCULATION in the footer."),
    ("tone", "Verdict: ACCEPT / MINOR REVISIONS / REJECT AND RESUBMIT"),
    # a balance whose sides the prompt defines
    ("quality", "Voice: warm but direct. Direct here means: the answer first, no hedging. Warm means: use their first name."),
    # a register the model reads well enough, like "polite"
    ("quality", "Keep the reminder friendly."),
    # choices named, a rubric's scale, a linked file's description, a label glossed after a dash
    ("quality", "Ask which register they want (formal, friendly, playful)."),
    ("quality", "If a customer asks for a premium option, take it to mean the plan above 50 GB."),
    ("quality", "Rate 1-4: 1 off-topic, 2 partial, 3 solid with small gaps, 4 excellent and publication-ready."),
    ("quality", "- [samples.md](samples.md) \u2014 polished examples of finished replies"),
    ("quality", "- **Skimmable layout** \u2014 short paragraphs, bold the key numbers"),
    # a plan followed, the writer's own destination for the output, the references listed below
    ("inference", "| HOLD | The crane cannot proceed as planned |"),
    ("inference", "Tidy the table so I can paste it straight into the board pack."),
    ("inference", "For each refusal, quote its standard paragraph from the list below."),
    ("inference", "Usual stuff \u2014 the date, the venue, the RSVP link."),
    ("inference", "Ask the user how they like to be addressed."),
    # a list of things, then where they are set out
    ("inference", "Adopt the tone, limits and escalation steps described in the policy section below."),
    # a logical AND joining the conditions of a step
    ("tone", "Once the order is paid AND the stock is reserved:\n- send the confirmation"),
    # a group named as the modifier of the thing meant
    ("inference", "Add a line about the council consultation to the newsletter."),
    # an idiom, not a past agreement; a brand written out in the prompt
    ("inference", "Noise in the logs is the last thing I need to chase."),
    ("inference", "## Brand voice\nDry, plain, no exclamation marks.\n\n## Task\nKeep the reply on-brand."),
]

STILL_FLAGGED = [
    # the tastes of people the model never met
    ("LIT201", "Format the minutes how our trustees like them.", "how our trustees like"),
    ("LIT201", "Lay the findings out the way auditors like to see them.", "the way auditors like"),
    ("LIT201", "Pick what our nurses usually prefer.", "what our nurses usually prefer"),
    ("LIT201", "Write it the way an examiner expects.", "the way an examiner expects"),
    # a house's standards never set out, things "you already know", a thing "like the X one"
    ("LIT201", "Draft the memo to agency standards.", "to agency standards"),
    ("LIT202", "Apply the practice's triage guidance.", "the practice's triage guidance"),
    ("LIT201", "Use the house quoting style.", "the house quoting style"),
    ("LIT201", "Approve using the limits you already know.", "limits you already know"),
    ("LIT201", "Same feel as the spring fair one, please.", "Same feel as the spring fair one"),
    # habits and past work said in passing
    ("LIT201", "Respect the venue's restrictions and its usual curfew.", "its usual curfew"),
    ("LIT201", "Explain it with the same steps I always teach.", "the same steps I always teach"),
    ("LIT201", "Make it sound the way I talk.", "the way I talk"),
    ("LIT201", "Keep the grades consistent with last year's.", "consistent with last year"),
    ("LIT201", "Do the intro like he did last time.", "like he did"),
    ("LIT201", "Please write it differently this time.", "differently this time"),
    ("LIT201", "You'll know what to put in the footer.", "You'll know what to"),
    ("LIT201", "Normal stuff. Send it to the group.", "Normal stuff"),
    ("LIT201", "Phrase it like our best reps would.", "like our best reps would"),
    ("LIT201", "Add the usual safety checks to the sheet.", "the usual safety checks"),
    ("LIT201", "Cover whatever the surveyor raised in the report.", "whatever the surveyor raised"),
    ("LIT201", "I need a rota that Omar will actually approve.", "Omar will actually approve"),
    ("LIT201", "Everyone knows what that looks like here.", "Everyone knows"),
    ("LIT201", "Use a layout like the one after the flood last winter.", "like the one after the flood last winter"),
    ("LIT201", "Match the way Ana's notes read.", "the way Ana's notes read"),
    # a brand the model is assumed to know (nine blind rounds labelled "on-brand" so, not as a bar)
    ("LIT201", "Rewrite the banner so it stays on-brand.", "on-brand"),
    ("LIT201", "Reply in our support desk voice.", "our support desk voice"),
    ("LIT201", "Word it the way my senior nurses word handovers.", "the way my senior nurses word"),
    ("LIT201", "Draft it in the COO's voice.", "in the COO's voice"),
    # what others hold or did, never given
    ("LIT201", "The totals should match what payroll gets.", "match what payroll gets"),
    ("LIT201", "Skip what was covered in last month's update.", "covered in last month's update"),
    ("LIT201", "Leave out what they heard on the last call.", "heard on the last call"),
    ("LIT201", "Build the one for Friday's ops review.", "the one for Friday's ops"),
    ("LIT201", "Use the same columns as the tracker.", "same columns as the tracker"),
    ("LIT201", "Group costs into the standard variance buckets.", "the standard variance buckets"),
    ("LIT201", "You'll know what's worth keeping.", "You'll know what's"),
    ("LIT203", "Use your best guess on the causes.", "Use your best guess"),
    # the group itself, as the audience
    ("LIT202", "The handout goes in front of the committee next month.", "the committee"),
    # the writer's state
    ("LIT102", "Honestly that's the last thing we need right now.", "the last thing we need"),
    ("LIT102", "We're totally underwater this month.", "underwater"),
    ("LIT102", "I've wasted my entire evening on this query.", "wasted my entire evening on"),
    ("LIT102", "He's been a total headache all year.", "been a total headache"),
    ("LIT102", "I'm constantly getting chased about it.", "getting chased"),
    ("LIT102", "The helpdesk is swamped.", "The helpdesk is swamped"),
    ("LIT102", "Do not waste my time with caveats.", "waste my time"),
    ("LIT102", "I've had two contractors mess up this page.", "two contractors mess up"),
    ("LIT103", "The director is in my inbox every hour about it.", "in my inbox every"),
    ("LIT102", "We're so behind on the filings this week.", "behind on"),
    ("LIT102", "I'm starting to worry about the audit.", "starting to worry"),
    ("LIT102", "Honestly I'm dreading the review.", "dreading"),
    ("LIT102", "I am just done with these suppliers.", "done with"),
    ("LIT102", "I honestly cannot afford any more errors on this.", "cannot afford any more errors"),
    ("LIT102", "Someone's going to get blamed for this.", "going to get blamed"),
    ("LIT107", "And don't screw up the totals again.", "screw up the totals again"),
    # a quality bar without criteria
    ("LIT301", "Keep it polished \u2014 think of how the founder writes.", "polished"),
    ("LIT301", "Edit it to the highest standards \u2014 these go to the regulator.", "to the highest standards"),
    ("LIT301", "The bar here is really high.", "bar here is really high"),
    ("LIT301", "Keep it friendly but premium.", "friendly but premium"),
    ("LIT301", "Make the repo look like a grown-up product.", "look like a grown-up product"),
    ("LIT301", "Make the deck look more premium.", "look more premium"),
    ("LIT301", "Be as careful as a seasoned copy editor would.", "as careful as a seasoned copy editor would"),
    ("LIT301", "It has to be tidy enough to send to the client.", "tidy enough to"),
    ("LIT301", "Write the notes up properly.", "Write the notes up properly"),
    # the limits: a lone NOT after "am", with an exclamation, or beside more capitals is still shouted
    ("LIT104", "I am NOT rewriting this again.", "NOT"),
    ("LIT104", "We do NOT take walk-ins on Saturdays.", "NOT"),  # in prose, not a list of rules
    ("LIT104", "Do NOT skip this step!", "NOT"),
    ("LIT104", "Do NOT touch ANY of the configs.", "ANY"),
    ("LIT104", "DO NOT edit the generated client.", "DO NOT"),  # in prose, not a list of rules
    ("LIT104", "- DO NOT edit ANY generated file.", "DO NOT"),
    ("LIT104", "Check ALL of them.", "ALL"),
    ("LIT107", "Get it right this time, no excuses.", "no excuses"),
    # a string of stressed words opening a line is not a list of words named
    ("LIT104", "URGENT, CRITICAL, IMPORTANT: answer first.", "URGENT, CRITICAL, IMPORTANT"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
