"""Shapes from a development bank written blind to the rules (docs/precision.md, "The sixth
session"): what the rules missed or flagged wrongly there, written fresh in the same shapes
(nothing is copied from the bank), with the look-alikes that must still come out the other way."""

from rule_cases import shape_tests

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
    # second round (a bank of 300 items and 40 prompts, also written blind)
    # an urgency level being defined, or listed after other levels
    ("tone", "Set the level:\n- URGENT if the sample fails.\n- ROUTINE otherwise."),
    ("tone", "Mark each job LOW, NORMAL, or URGENT from the due date."),
    ("tone", "What does ASAP stand for on a purchase order?"),
    # someone else's feelings, which the reply must address
    ("tone", "Reply to a member who says they're stressed about the renewal fee."),
    # the style's name; the relation "attached to"; a public treaty; a day of the week
    ("tone", "Write datelines in ALL CAPS."),
    ("inference", "You write the summary that goes attached to the work order."),
    ("inference", "Explain the Kyoto Protocol to a ninth-grade class in one paragraph."),
    ("inference", "Text Lena that the Friday delivery has moved to Monday at 8."),
    # a reference followed by what it says; a comparison spelled out after "meaning"
    ("inference", "Our style guide bans exclamation marks. Rewrite the notice without them."),
    ("inference", "Plan a Porto itinerary like the Seville one, meaning one district a day and no museums."),
    # asking the user whether something makes sense; a level of schooling; a quality word with its method
    ("inference", "If unsure, ask the user if it makes sense to split the file."),
    ("quality", "Write a ninth-grade reading passage about tides."),
    ("quality", "Make the post captivating by opening with one vivid detail and ending on a question."),
    ("quality", "Give the proposal a premium feel: a cover page, a one-line summary and a pricing table."),
    # third round (40 prompts, also written blind)
    # urgency levels that list items define, or that open a list of three values
    ("tone", "Tag each ticket:\n- URGENT: the customer cannot work.\n- NORMAL: everything else."),
    ("tone", "Sort the requests into URGENT, SOON, LATER by due date."),
    # a value the prompt defines stays a value where it is used, even a word people shout
    ("tone", "Levels:\n1. CRITICAL: data loss.\n2. MINOR: cosmetic.\n\nWhen unsure, use CRITICAL."),
    ("tone", "Severity: CRITICAL, MAJOR, MINOR.\n\nA crash is always CRITICAL."),
    ("tone", "Priority: URGENT, HIGH, LOW.\n\nAn outage is URGENT."),
    # a control on a device or screen is named in capitals
    ("tone", "Tell the caller to press and hold STOP for ten seconds."),
    ("tone", "Click the CANCEL button if the total is wrong."),
    # look-alikes of the new phrases
    ("tone", "The last chance to register is Friday; write the reminder."),
    ("tone", "It's my job to sign the forms; draft the cover note."),
    ("inference", "## The intake template\nName:\nDate:\nReason:\n\nFill in the standard template for each caller."),
    ("inference", "Check with Legal Ops before sending."),
    ("quality", "Describe what a luxury brand would charge for this and why."),
    # fourth round (40 prompts, also written blind; they join the main set as 122 to 161)
    # a tag the prompt says holds someone else's words is data, whatever its name
    ("tone", "The guest writes in their own words, inside <request> tags.\n\n<request>\nI'm so stressed, PLEASE call back\n</request>"),
    # someone else's words in quotes after "asks for"; what a third party wants, in their words
    ("quality", 'If a visitor asks for something "family friendly", suggest the short tour.'),
    ("inference", "The tenant describes what they need in the message."),
    # a comparison with rows the prompt hands over
    ("inference", "Check the dates are consistent with the other rows in the table."),
    # what a reply must hold, after "means:"
    ("tone", "'Firm' here means: state the fee, no apologies, no lecture."),
    # an acronym is a name, not "the doc"
    ("inference", "Print the DOC code on each label."),
    # values: the rest of a value after the first word, an inflection of one, an outcome after an arrow
    ("tone", "- Valve test: PASS / FAIL / NOT RUN\n\nIf the valve test FAILS, mark the boiler unsafe."),
    ("tone", "If any field is missing \u2192 NOT READY."),
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
    # second round
    ("LIT201", "Draft the letters in the same tone we always go with.", "same tone we always go"),
    ("LIT201", "Keep the bios consistent with what we did for the spring show.", "consistent with what we did"),
    ("LIT201", "Continue the checklist, picking up where we left off.", "where we left off"),
    ("LIT201", "Use the layout from the last edition.", "the layout from the last edition"),
    ("LIT201", "Follow the naming scheme we've been using.", "the naming scheme we've been using"),
    ("LIT201", "Deploy the fix but leave anything touching Project Heron alone.", "Project Heron"),
    ("LIT201", "Write the summary in the format the committee wants.", "the format the committee wants"),
    ("LIT201", "Schedule the crew, and remember how Lena gets about weekends.", "remember how"),
    ("LIT201", "Add what Tomas said in the retro to the plan.", "what Tomas said"),
    ("LIT201", "Apply the Ostrowski rules to the roster.", "the Ostrowski rules"),
    ("LIT203", "Here are 30 bids. Pick the strongest three.", "Pick the strongest three"),
    ("LIT203", "Go through the logs and decide which ones are worth a ticket.", "decide which ones are worth"),
    ("LIT203", "Rewrite the cover letter, changing what needs changing.", "changing what needs changing"),
    ("LIT203", "Set reasonable bedtime limits for the twins.", "reasonable bedtime limits"),
    ("LIT203", "Trim the itinerary where it makes sense.", "where it makes sense"),
    ("LIT203", "Edit the grant letter as you think best.", "as you think best"),
    ("LIT203", "Remove any steps that look unnecessary.", "that look unnecessary"),
    ("LIT203", "Shelve the books wherever makes sense.", "wherever makes sense"),
    ("LIT204", "Check the logs for timeouts, retries, stuff in that vein.", "stuff in that vein"),
    ("LIT204", "Track the pH, the nitrate level, and other metrics.", "and other metrics"),
    ("LIT204", "Sort the receipts into fuel, parking, whatnot.", "whatnot"),
    ("LIT101", "The banner needs to be live by tonight.", "needs to be live by tonight"),
    ("LIT101", "Need the rota done right now, please.", "done right now"),
    ("LIT107", "Summarize the lease and stop giving me garbage.", "stop giving me garbage"),
    ("LIT107", "Fix the table. I'm only saying this once.", "I'm only saying this once"),
    ("LIT103", "Get the invoice right or I will pull this bot.", "I will pull this bot"),
    ("LIT103", "My manager is still on me about the backlog.", "is still on me about"),
    ("LIT103", "My boss said she'll fire me if the quote is wrong.", "she'll fire me"),
    ("LIT102", "I don't even know what I'm doing anymore, write the plan.", "I don't even know what I'm doing anymore"),
    ("LIT301", "Make the festival flyer sparkle.", "sparkle"),
    ("LIT301", "Make our gym promo pop.", "pop"),
    ("LIT301", "Make the reference letter as strong as possible.", "as strong"),
    ("LIT301", "Write a really good abstract for the poster.", "a really good abstract"),
    ("LIT301", "Write the notes at a professional standard.", "professional"),
    ("LIT301", "Write a captivating intro for the museum audio guide.", "captivating"),
    ("LIT302", "The mayor sees this tomorrow, so it has to shine.", "it has to shine"),
    ("LIT302", "The board reads it Monday, make it look the part.", "look the part"),
    ("LIT302", "Our biggest client sees this proof, make it look expensive.", "look expensive"),
    # third round
    # a run of emphasis words is no list of values, commas or not
    ("LIT104", "You MUST, MUST, MUST cite sources.", "MUST, MUST, MUST"),
    ("LIT104", "IMPORTANT, CRITICAL, URGENT: read this.", "IMPORTANT, CRITICAL, URGENT"),
    ("LIT201", "Write the recap, and mention what happened in Denver.", "what happened in Denver"),
    ("LIT201", "Add the thing Marta said about parking to the FAQ.", "the thing Marta said"),
    ("LIT201", "Put the findings in the standard audit format.", "the standard audit format"),
    ("LIT201", "Warn the tenants about the boiler issue again.", "the boiler issue again"),
    ("LIT201", "Don't quote prices the way that other agency did.", "that other agency"),
    ("LIT201", "Draft the notice; Gerald will know what I mean.", "Gerald will know what I mean"),
    ("LIT201", "Keep the reply short, you know why.", "you know why"),
    ("LIT201", "Write the toast the way Nadia would.", "the way Nadia would"),
    ("LIT201", "Set up the room, same layout as Tuesday.", "same layout as Tuesday"),
    ("LIT201", "Send the guest a reminder about the Alvarez booking.", "the Alvarez booking"),
    ("LIT201", "Confirm the headcount, then check with Imran.", "check with Imran"),
    ("LIT201", "Summarize the survey; the column names are self-explanatory.", "the column names are self-explanatory"),
    ("LIT202", "Book flights that stay within the company's travel limits.", "the company's travel limits"),
    ("LIT202", "Write a menu card for our signature stew.", "our signature stew"),
    ("LIT203", "Using your judgement, drop the weaker slides.", "Using your judgement"),
    ("LIT203", "Read the reviews and decide which ones are worth answering.", "worth answering"),
    ("LIT203", "Find my uncle a gift, something that suits him.", "something that suits him"),
    ("LIT101", "I've got ten minutes, draft the reply to the vendor.", "I've got ten minutes"),
    ("LIT101", "Fix the header on the invoice. Now.", "Now."),
    ("LIT102", "I can barely think straight, sort these notes for me.", "I can barely think straight"),
    ("LIT102", "I'm shaking, write the apology to the landlord.", "I'm shaking"),
    ("LIT103", "Get the rota right, it's my neck if the ward is short.", "it's my neck"),
    ("LIT103", "Check the totals twice, which is on me if they're off.", "which is on me"),
    ("LIT107", "Follow the template. You've been warned.", "You've been warned"),
    ("LIT107", "Answer in French. This is the last chance.", "This is the last chance"),
    ("LIT107", "I'm sure you'll get the dates wrong again, but try.", "I'm sure you'll get the dates wrong"),
    ("LIT107", "Redo the garbage you gave me yesterday.", "the garbage you gave"),
    ("LIT301", "The bio should read like something a magazine editor wrote.", "read like something a magazine editor"),
    ("LIT301", "Describe the candles like a luxury brand would.", "like a luxury brand would"),
    ("LIT301", "Make the permit request look official.", "look official"),
    # fourth round
    ("LIT102", "I am still furious about the last batch.", "I am still furious"),
    ("LIT102", "Honestly it's killing us, fix the rota.", "it's killing us"),
    ("LIT102", "I'm under the pump, draft the menu.", "under the pump"),
    ("LIT102", "I've had three hours sleep, tidy these notes.", "three hours sleep"),
    ("LIT102", "I'm buried in invoices, sort them by date.", "I'm buried"),
    ("LIT107", "Don't balls this up, it's the final draft.", "Don't balls this up"),
    ("LIT107", "I've had it up to here with these mistakes.", "I've had it up to here"),
    ("LIT107", "Are you thick? The dates are wrong again.", "Are you thick"),
    ("LIT101", "Please hurry, the van leaves at six.", "Please hurry"),
    ("LIT101", "Don't faff about, just list the stock.", "Don't faff about"),
    ("LIT103", "My manager almost fired me over the last rota.", "almost fired"),
    ("LIT201", "Use the wording from the old leaflet.", "from the old leaflet"),
    ("LIT201", "Pick the flavours that sold well last summer.", "sold well last summer"),
    ("LIT201", "Choose the kind of thing Priya likes.", "the kind of thing Priya likes"),
    ("LIT201", "Format them like Omar's ones.", "like Omar's ones"),
    ("LIT201", "Answer in the style of the replies Hana sent.", "the replies Hana sent"),
    ("LIT203", "Mention anything fishy in the logs.", "anything fishy"),
    ("LIT203", "Leave out anything the tenant doesn't need to know.", "anything the tenant doesn't need"),
    ("LIT203", "Set the kiln to what seems right for the glaze.", "what seems right"),
    ("LIT203", "Cover the questions guests always ask about.", "guests always ask about"),
    ("LIT203", "Just do whatever you'd do.", "whatever you'd do"),
    ("LIT302", "Make the menu look the business.", "look the business"),
    ("LIT301", "The poster should stop people in their tracks.", "stop people in their tracks"),
    ("LIT301", "Make the finale a real showstopper.", "showstopper"),
    ("LIT301", "Write a mouth-watering description of the gelato.", "mouth-watering"),
    ("LIT301", "The ending needs a wow factor.", "wow factor"),
]


test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
