"""Shapes from the reviews of the fourth and fifth sets of public prompt files
(docs/precision.md): what the rules got wrong there, written fresh in the same shapes
(nothing is copied), with the look-alikes that must still be flagged next to them."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # "immediately" that halts a procedure, or advice the model passes on to someone else
    ("tone", "If the migration check fails:\n1. Stop all writes immediately.\n2. Restore the snapshot."),
    ("tone", "- If the tests fail, stop immediately"),
    ("tone", "- For chest pain, always advise the caller to ring the emergency line immediately."),
    # runtime input the prompt asks for: what it is arrives with it
    ("inference", "First ask the applicant to paste the job description.\n\n- Match their skills against the job description."),
    ("inference", "- Always ask for the project brief before anything else.\n- Check the dates in the brief."),
    ("inference", "The user will share their brief. Read the brief twice."),
    # "if they want", "want to": the user's choice at run time, not a preference from the past
    ("inference", "Then ask the user if they want a shorter version."),
    ("inference", "The planner proposes a route. The user overrides if they want."),
    ("inference", "Remind the user to stage the files they want to include."),
    # "remember" followed by the fact itself
    ("inference", "- Keep it light, but remember the readers are new to the topic."),
    # "the right X" as a claim, or in the reason for a rule
    ("inference", "- Explain why the chosen index is the right one."),
    ("inference", "Put the ticket number in every commit. This helps reviewers jump to the right place."),
    # the condition is mechanical, a slot in a template, or bounded by a count
    ("inference", "1. Create the `reports/` folder if needed."),
    ("inference", "Reply with:\n[Greeting]\n[Identity check if needed]\n[Answer]"),
    ("inference", "3. List the key points (maximum 4 points)"),
    ("inference", "Keep the length right for the channel -- a chat reply takes two lines, an email a paragraph."),
    # a relative clause says when a rule applies; it asks for nothing
    ("structure", "Add the disclaimer at the end of every answer you generate."),
    # quality words: a section on the output's shape with a length, a description of the
    # prompt, a guide describing itself, a linked standard, examples after the phrase, a name
    ("quality", "Write a compelling landing page for the app.\n\n## Output format\n\n- A headline of at most 8 words\n- 3 short sections\n"),
    ("quality", "Turns meeting notes into an engaging weekly update."),
    ("quality", "This guide teaches professional handling of refund requests."),
    ("quality", "These guidelines ensure that the release notes stay clear and professional."),
    ("quality", "Follow best practices for [semantic versioning](https://semver.org)."),
    ("quality", "Prefer idiomatic Rust 2021 code (iterators over index loops, `?` over `unwrap`)."),
    ("quality", "Open the resume with a two-line \"Professional Profile\" section."),
    # fifth set: the language, a negated contrast, a person, a named principle, a style's name
    ("quality", "- Explain each mistake in Polish, then give the corrected English sentence."),
    ("quality", "The digest should read like a letter to a friend, not a polished press release."),
    ("quality", "You are writing for a Dutch professional who reads on the train."),
    ("tone", "Follow SOLID and keep modules small."),
    ("tone", "Never use ALL-CAPS headlines."),
    # regret said to a reader, a numbered progression, a path given, a goal to stop at, someone else writing
    ("tone", "If they ask for the owner's number, say you can't share that, I'm afraid, and offer to take a message."),
    ("tone", "- I'm afraid we can't change the booking date after check-in."),
    ("inference", "Step 1 is the draft, step 2 is the review, and so on."),
    ("inference", "Pick the voice from `voices/catalogue.md` and match the channel by `voices/channels.md`."),
    ("inference", "Run the tests as many times as needed to confirm the flake."),
    ("structure", "Help the student write a stronger thesis statement by asking questions."),
    # checklist marks start items, not one long sentence
    ("readability", "Before sending, check:\n✓ The company name is spelled the way they spell it\n✓ The role title matches the posting word for word\n"
                    "✓ Two achievements with numbers from the last three years\n✓ One sentence on why this team and not another\n"
                    "✓ A closing line that asks for a call next week"),
]

STILL_FLAGGED = [
    ("LIT101", "Stop what you are doing and fix the checkout immediately.", "immediately"),
    ("LIT101", "Send the report immediately.", "immediately"),
    ("LIT202", "Attach the deck and send it to the board.", "the deck"),
    ("LIT201", "Use the layout Priya wants.", "the layout Priya wants"),
    ("LIT201", "Remember the format we used last quarter.", "Remember the"),
    ("LIT203", "Pick the right tone for each customer.", "the right tone"),
    ("LIT203", "Add tests if needed.", "if needed"),
    ("LIT203", "List the key points.", "List the key points"),
    ("LIT401", "Write a product description for the kettle.", "Write"),
    # a format section with a length pins down what the output achieves, not how it sounds
    ("LIT301", "Keep the replies professional.\n\n## Output format\n\n- At most 5 sentences\n", "professional"),
    ("LIT301", "Write a compelling landing page for the app.\n\n## Project structure\n\n- 3 folders\n", "compelling"),
    ("LIT301", "Respond in a friendly, professional tone.", "professional"),
    ("LIT301", "Write thoughtful, reflective posts about the week.", "thoughtful, reflective"),
    ("LIT301", "End every email with a strong call to action.", "a strong call to action"),
    ("LIT301", "Keep the summary scannable.", "scannable"),
    ("LIT104", "Explain why the candidate fits THIS role.", "THIS"),
    ("LIT301", "Make it professional.", "professional"),
    ("LIT301", "Polish the draft until it shines.", "Polish"),
    ("LIT301", "Keep the schedule balanced and not overly packed.", "balanced and not overly packed"),
    ("LIT104", "You write ONE reply per message.", "ONE"),
    ("LIT102", "I'm afraid I'll lose this client.", "I'm afraid"),
    ("LIT204", "Bring snacks like chips, nuts, and so on.", "and so on"),
    ("LIT203", "Ask questions when needed to understand the bug.", "when needed"),
]


test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
