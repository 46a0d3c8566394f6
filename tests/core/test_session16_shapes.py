"""Shapes from the sixteenth session: blind round 28 (creative and media teams), read after its
one untuned measurement, and the rounds written for this session. Each written fresh in the
shape of one, so the principle is tested rather than the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # a promise to tell, not knowledge the model is assumed to have
    ("inference", "I'll let you know what I decide about the venue."),
    # a section titled with the term, glossed in brackets; a term the writer says they mean
    ("inference", "## House rules (all of them, below)\n\n1. No prices in headlines.\n\nWrite the caption following house rules."),
    ("inference", 'When I say "house style" here, I mean the three points above. Write it in house style.'),
    # a judgment bounded by rules the prompt gives
    ("inference", "Add one extra option; use your judgment, but stick to the rules above."),
    # a meeting still to come is a deadline, not a past exchange
    ("inference", "Flag anything risky so legal can look at it ahead of the board meeting on Monday."),
    # what happened to an earlier chat, told right there
    ("inference", "I'm pasting it all again because the previous chat crashed."),
    # a condition a runbook names, not the writer's state
    ("tone", "If everything is on fire, page the incident lead first."),
    # a character's temper in fiction is the story, not the writer's
    ("tone", "In chapter two the dragon is being a pain to the villagers."),
    # a section label in capitals, glossed in lower case before its colon
    ("tone", "MUST MENTION (from the venue, not negotiable):\n- Doors at 7pm."),
    # a character's name in capitals that starts with an article
    ("tone", "THE NARRATOR speaks in italics. THE NARRATOR never addresses the reader."),
    # a house feel known by its name is an inference question, not a quality bar
    ("quality", "Keep that Hollow Pines feel from the first book."),
    # a thing that sounds costly is a fact about it
    ("quality", "Those plans sound expensive to run for a small charity."),
    # round 30: keywords used as a spec uses them, undeclared; nobody shouts "MAY"
    ("tone", "## Scope\n- The bot MAY read the queue.\n- It MUST NOT close tickets.\n- It SHOULD tag each one."),
    # round 30: the day's events, not a deadline; a tool's export handed over; an attachment in the story
    ("tone", "We need a note to staff about yesterday's power cut."),
    ("inference", "Attached is the Billing Portal export for March:\n\n{{export_csv}}"),
    ("inference", "Tell her it was not her fault for opening the attachment."),
    # round 29: speakers of a transcript, by their office, in one paragraph
    ("tone", "CHAIR OKAFOR: Next item.\nCOUNCILLOR REED: I'm livid we only got this NOW.\nCOUNCILLOR HALE: Seconded."),
    ("tone", "Interviewer: How was the week?\nParticipant 4: Honestly I'm so stressed I can't think straight."),
    # round 30: others' state, which the prompt tells the model how to meet
    ("tone", "Users are stressed when the VPN drops. Keep replies short and calm."),
    # round 29: the earlier time told right after it
    ("inference", "Last time parents complained the letter was too long, so keep it to one page."),
    # round 29: a record's free-text fields hold someone else's words
    ("tone", "number: INC0048213\ncaller_role: Student\ndescription: Wifi dead AGAIN!!! Fix it NOW.\nwork_notes: Router rebooted."),
    # round 29: a state in a list of signs; a look to avoid
    ("quality", "- Amber: not sleeping, skipping meals, feeling hopeless, no plan stated."),
    ("quality", "Don't make the letters sound polished; they are from children."),
    # real-world set 30: a linked document's title; standards a linked file holds; how the writer
    # might seem, named to be ignored; a question about the right thing, not a task
    ("quality", "- [Writing Great Commit Messages](https://example.com/commits.md)"),
    ("quality", "For naming conventions and best practices, see [the team guide](./guide.md)."),
    ("tone", "Never patch a symptom, even if I seem like I'm in a hurry."),
    ("inference", "Without a failing test you cannot tell whether the fix does the right thing."),
    ("quality", "This skill guides the design of production-grade dashboards."),
    # round 32: material the writer pastes in; someone else's work on a thing, told; a deal the prompt lists
    ("inference", "Each Monday I paste in the team's pipeline export and last week's win rates. Summarise them."),
    ("inference", "- Oakridge Schools, $180k: procurement is reviewing the MSA."),
    ("inference", "- Meridian Health, $310k, Best Case, legal has the contract.\n\nPosition the Meridian thing carefully."),
    # round 33: the material right below; software, not a customer; one value after others
    ("inference", "Summarize the Teams thread below in five bullets."),
    ("inference", "You write one reply. The mobile client sends: the user's message and their plan."),
    ("tone", "Tag it LOW, HIGH or urgent."),
    # a standard to comply with that the file gives, a public one, or the workspace's own
    ("inference", "## Scoring criteria\n1. Clarity.\n\nApply the scoring criteria."),
    ("inference", "Follow the AP style guidelines."),
    ("inference", "Follow the existing conventions of the codebase."),
    ("inference", "Follow the naming rules below: kebab-case, no dates."),
    # round 34: a seat's row, a topic given
    ("inference", "Commentary for the front row: keep it short."),
    ("inference", "Also put in something about the car park reopening on Monday."),
    # a dash that gives a description
    ("inference", "Same as the DHL batch \u2014 ten pallets, two drops, tail lift needed."),
    # a comparison between two things the sentence names
    ("quality", "Option B is much better than that option because it is cheaper."),
]

STILL_FLAGGED = [
    # round 28: places, routines and past work the model never saw
    ("LIT201", "Drop the credits where they usually go.", "where they usually go"),
    ("LIT201", "Same format as every Friday, notes below.", "Same format as every Friday"),
    ("LIT201", "Mirror what we did for the autumn range.", "Mirror what we did"),
    ("LIT201", "The list you sent me last week was too long.", "The list you sent me last week"),
    ("LIT201", "Lay it out how the previous newsletters did it.", "how the previous newsletters did"),
    ("LIT201", "Keep it warm but not soppy, you know where I stand on that.", "you know where I stand"),
    ("LIT201", "Nothing close to the rejected names, please.", "the rejected names"),
    ("LIT201", "Check the things we always push back on.", "the things we always push back on"),
    ("LIT201", "Make it sound like our other winter titles.", "like our other"),
    ("LIT201", "Match their brand, you've seen their posts.", "you've seen their"),
    ("LIT201", "Keep it in the standard shape.", "the standard shape"),
    ("LIT201", "It needs that Brightwater feel, like the launch book.", "that Brightwater feel"),
    ("LIT201", "Brightwater is our imprint. It needs the Brightwater feel.", "the Brightwater feel"),
    ("LIT203", "Take whatever hook you think works best.", "whatever hook you think works"),
    # round 28: venting and a third party's behaviour, told to the model
    ("LIT102", "Honestly I can't look at this draft any more.", "I can't look at this draft any more"),
    ("LIT102", "My editor is being a complete nightmare about the cover.", "My editor is being a complete nightmare"),
    ("LIT103", "Sorry for the rush, everything's on fire here.", "everything's on fire"),
    # round 28: bars with an intensifier or a market's name
    ("LIT301", "It has to sound really pro.", "sound really pro"),
    ("LIT301", "Make the voiceover sound big-league.", "sound big-league"),
    ("LIT301", "## Style guide\n\n- Titles in bold.\n\nBeyond that, it has to be gorgeous. Make it feel high-end.", "high-end"),
    # round 30: routines, others' preferences and approved texts the model never saw
    ("LIT201", "Honour each school's reporting preferences.", "each school's reporting preferences"),
    ("LIT201", "Put in the standard footer.", "the standard footer"),
    ("LIT201", "Keep it simple, you know how our parents are.", "you know how our parents are"),
    ("LIT201", "The night shift know the drill.", "know the drill"),
    ("LIT201", "Dates as before. Usual caveats apply.", "Usual caveats apply"),
    ("LIT201", "Tell me if someone is doing the thing again.", "the thing again"),
    ("LIT201", "Use the signed-off wording from compliance.", "the signed-off wording"),
    ("LIT201", "The query you gave me before returns nothing.", "The query you gave me before"),
    ("LIT201", "We are pausing 400 accounts because of the Zendesk thing.", "the Zendesk thing"),
    ("LIT107", "The auditors are strict, so get this right.", "so get this right"),
    ("LIT202", "Our client is very particular. Draft the cover note for our client.", "Our client"),
    ("LIT107", "Stop sending me the same wrong answer.", "Stop sending me the same wrong answer"),
    ("LIT102", "Just tell me who to yell at.", "who to yell at"),
    ("LIT103", "It has to be exact, no room for mistakes.", "no room for mistakes"),
    ("LIT301", "Reply like a seasoned front-desk pro would.", "like a seasoned front-desk pro would"),
    ("LIT301", "Make it way better than this.", "way better than this"),
    # round 29: an institution's own rules and texts, and more routines
    ("LIT202", "Add the college's standard plagiarism statement.", "the college's standard plagiarism statement"),
    ("LIT202", "Use the department's colour scheme.", "the department's colour scheme"),
    ("LIT202", "Follow the nurses' handover script.", "the nurses' handover script"),
    ("LIT201", "Grade with the weighting the panel always applies.", "the weighting the panel always applies"),
    ("LIT201", "Be as direct as I'd be.", "as direct as I'd be"),
    ("LIT201", "Use what we agreed in our last steering meeting.", "in our last steering meeting"),
    ("LIT201", "Order it the way my co-author wanted.", "the way my co-author wanted"),
    ("LIT201", "Usual agenda format. Three items.", "Usual agenda format"),
    ("LIT201", "Compare the totals against last term's.", "against last term's"),
    ("LIT201", "Remember the line at the bottom.", "Remember the line at the bottom"),
    ("LIT103", "If it slips I'll be hearing about it from the dean for months.", "I'll be hearing about it from the dean for months"),
    ("LIT301", "It should be best-in-show.", "best-in-show"),
    # real-world set 30: "DO NOT" is shouted in a file that uses spec keywords ("MUST NOT" is not)
    ("LIT104", "- You MAY read files.\n- You MUST NOT push.\n\nDO NOT edit anything.", "DO NOT"),
    ("LIT301", "Follow best practices.", "best practices"),
    ("LIT203", "Do the right thing.", "the right thing"),
    # round 32: what everyone is assumed to know, a team's way, the model's supposed set-up, tools it cannot open
    ("LIT201", "Mention the outage we all know about.", "the outage we all know about"),
    ("LIT201", "Rate it like we rate everything else.", "like we rate everything"),
    ("LIT201", "Escalate with the rota you were given.", "the rota you were given"),
    ("LIT201", "Write in the house voice the support team uses.", "the house voice the support team uses"),
    ("LIT201", "Draft it to the standard finance expects.", "the standard finance expects"),
    ("LIT201", "Quote the numbers from Tableau.", "the numbers from Tableau"),
    ("LIT201", "Cover the objections from the webinar.", "the objections from the webinar"),
    ("LIT201", "Use the standard GDPR wording.", "the standard GDPR wording"),
    ("LIT201", "Pick up what we discussed last time with him.", "last time"),
    ("LIT201", "Lay it out the way Dana likes it. Dana runs the board pack.", "the way Dana likes"),
    ("LIT202", "Keep to our CRM template.", "our CRM template"),
    ("LIT203", "Flag anything she'd care about.", "anything she'd care about"),
    ("LIT301", "Keep it short and make it land.", "make it land"),
    ("LIT301", "Write something a recruiter would be proud to send.", "a recruiter would be proud to send"),
    ("LIT301", "It has to be airtight \u2014 if the panel finds a gap I'm finished.", "airtight"),
    ("LIT103", "I honestly can't miss this target again.", "can't miss this"),
    ("LIT103", "I'm on thin ice with the director already.", "I'm on thin ice"),
    # round 33: a team's taste and ways, conventions for a named language, others' bar, what a team signed off on
    ("LIT201", "Name files how the mobile team prefers.", "how the mobile team prefers"),
    ("LIT201", "Drop the comments the team doesn't care about.", "the comments the team doesn't care about"),
    ("LIT201", "Reply in the acme community style.", "in the acme community style"),
    ("LIT201", "Close duplicates the way maintainers usually do.", "the way maintainers usually do"),
    ("LIT201", "Use what legal signed off on.", "what legal signed off on"),
    ("LIT201", "Tag them the way the support team interprets them.", "the way the support team interprets"),
    ("LIT201", "Be as harsh as the reviewers were in the last round.", "as harsh as the reviewers were"),
    ("LIT202", "Follow our Kotlin conventions.", "our Kotlin conventions"),
    ("LIT203", "Assign it to the right squad.", "the right squad"),
    ("LIT102", "I'm honestly so done with this release.", "I'm honestly so done"),
    ("LIT103", "Design keeps rejecting my mockups.", "keeps rejecting my mockups"),
    ("LIT103", "It broke twice and I heard about it for weeks.", "I heard about it for weeks"),
    ("LIT103", "It slipped TWICE and the CEO asked about it on Monday.", "the CEO asked about it"),
    ("LIT103", "Please don't make us look bad here.", "don't make us look"),
    ("LIT301", "Make the landing page high-converting.", "high-converting"),
    ("LIT301", "Review it like a senior developer would.", "like a senior developer would"),
    ("LIT301", "Make it sound good \u2014 the board reads these.", "sound good"),
    # round 34: what happened, habits of things and people, their headings, the past controversy, what the board said
    ("LIT201", "Keep it gentle given everything that happened.", "given everything that happened"),
    ("LIT201", "Lay it out the way the old system used to.", "the way the old system used to"),
    ("LIT201", "Write a quote in her style.", "in her style"),
    ("LIT201", "Go easy on that point, you know how touchy it is.", "you know how touchy it is"),
    ("LIT201", "Bear in mind what the trustees said about reserves.", "what the trustees said"),
    ("LIT201", "Favour suppliers we already know are reliable.", "suppliers we already know are reliable"),
    ("LIT201", "Don't ramble like his usually do.", "like his usually do"),
    ("LIT201", "Steer clear of the allotment saga.", "the allotment saga"),
    ("LIT201", "Members skipped the last one, so change it up.", "skipped the last one"),
    ("LIT201", "Quote from last year's report.", "from last year's report"),
    ("LIT201", "Follow their template.", "Follow their template"),
    ("LIT201", "Times are the same as last year's except the hall, 12 March.", "the same as last year"),
    ("LIT102", "I can't face chasing them again.", "can't face chasing"),
    ("LIT102", "I need a plan I can present without embarrassing myself.", "without embarrassing myself"),
    ("LIT103", "The press are going to tear us apart.", "going to tear us apart"),
    ("LIT103", "The chair is desperate to send it today.", "The chair is desperate to"),
    ("LIT301", "Make it world-beating.", "world-beating"),
    ("LIT301", "We need a high-calibre shortlist, make it strategic.", "high-calibre"),
    ("LIT301", "Make it strategic.", "Make it strategic"),
    # a standard the prompt tells the model to comply with and never gives
    ("LIT202", "For refunds, follow the returns desk conventions.", "the returns desk conventions"),
    ("LIT202", "Apply the panel criteria.", "the panel criteria"),
    # the fifteenth session's open shape: a dash that opens an aside, not a description
    ("LIT201", "Same as the Lisbon order \u2014 nothing fancy.", "Same as the Lisbon order"),
    # the limits: a gloss in capitals is still shouted; an earlier chat only named is still history
    ("LIT104", "DO NOT SKIP (SERIOUSLY): read the file.", "DO NOT SKIP"),
    ("LIT201", "Carry on from the last chat.", "last chat"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)


def test_do_not_is_shouted_whole_where_spec_keywords_are_terms():
    """A file that writes MAY and MUST NOT as a spec does: "MUST NOT" is a term, and the NOT of
    "DO NOT" in prose is shouted with the DO before it (not left out of the squiggle)."""
    from literalist.engine import lint

    text = "- You MAY read files.\n- You MUST NOT push.\n\nDO NOT edit anything."
    assert [text[f.start:f.end] for f in lint(text, "p.md") if f.code == "LIT104"] == ["DO NOT"]
