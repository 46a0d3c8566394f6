"""Shapes that instruction files for coding agents (AGENTS.md, SKILL.md, *.instructions.md)
use all the time and that are not what the rules look for. They come from a review of
real-world prompt files (none is copied here: each case is written fresh in the same
shape), with the look-alikes that must still be flagged next to them."""

from rule_cases import assert_left_alone, shape_tests

LEFT_ALONE = [
    # a heading names the section under it, it asks for nothing
    ("inference", "### Helper agents (use when applicable)\n\n| Agent | Use when |\n|---|---|\n| docs | a public API changes |\n"),
    ("inference", "## Alice's release checklist\n\n- Tag the commit.\n"),
    # the condition is spelled out: after the phrase, in the next sentence, or the sentence describes a behaviour
    ("inference", "- Mention their region when relevant to the question."),
    ("inference", "2. **Split the function first, when needed.** If the logic sits inside a view, move it to a helper."),
    ("inference", "The full manual is only loaded when needed."),
    ("inference", "- Does the module follow the existing conventions? Is it in the right place?"),
    # "the review on": a word boundary, not a meeting pinned to a day
    ("inference", "- Base the review only on the diff and the ticket."),
    ("inference", "1. Add the key to `config/app.json` under the matching group."),
    # examples in parentheses of a category the sentence names
    ("inference", "- Stub external services (HTTP calls, queues, etc.)"),
    ("inference", "- Raise the framework's own errors (`NotFound`, `Conflict`, etc.) and let the middleware map them."),
    ("inference", "If a tool call fails, explain the situation to the user in one sentence."),
    # structure words, technical compounds, verbs and adverbs that look like adjectives
    ("quality", "The keys at the top-level group strings by screen; add new ones at the category-level."),
    ("quality", "Higher-level review covers module layout and dependency direction."),
    ("quality", "It wraps nullable columns in JSON-friendly types."),
    ("quality", "Low-risk renames are usually safe but verify the call sites."),
    ("quality", "Be friendly, but only quote prices from the table."),
    # a short rule spelled out by the next sentence, or by a section titled with it
    ("quality", "4. **Be thorough.** For each problem, name the file and the change to make."),
    # "actionable" names a property a reader can check (can I act on it?), not a taste
    ("quality", "- Findings are actionable and ordered by severity."),
    ("quality", "Check the change against best practices.\n\n## Best practices\n\n- No function over 40 lines.\n- Every public function has a docstring.\n"),
    # capitals that label, tag or name rather than shout
    ("tone", "- **BLOCKING** — must be fixed before merge.\n- **NIT** — optional polish."),
    ("tone", "3. Manual review (REQUIRED): read the diff yourself."),
    ("tone", "- Injury news (from INJURY REPORT)"),
    ("tone", "Sign off on SCOPE (what ships), RISK (what could break) and PLAN (who does what)."),
    ("tone", "MUST-READ: the tools below are read-only."),
    # second review: a style section elsewhere spells out the voice
    ("quality", "Answer in plain, professional language.\n\n## Tone and voice\n\n- Calm. No marketing words, no exclamation marks.\n"),
    # text about the document, a goal, a vocabulary list, a checklist question, a named method
    ("quality", "This guide outlines the conventions and best practices for the API client."),
    ("quality", "Follow these rules to ensure safe, maintainable code."),
    ("quality", "- crunchy, golden, buttery, fresh, zesty, tender"),
    ("quality", "- [ ] Warm and personal tone?"),
    ("quality", "- Follow Clean Code principles and the existing naming."),
    ("quality", "- Run the linter before you finish to keep the build clean."),
    # "and more" as a comparative; items that are identifiers or quoted sayings
    ("inference", "You can search faster and more thoroughly than a person."),
    ("inference", "- Commit types: `feat`, `fix`, `docs`, `chore`, etc."),
    ("inference", "- Use the picker when people say \"surprise me\", \"you choose\", \"anything\", etc."),
    # public standards and the chat the bot is in
    ("inference", "- Follow the PEP 8 style guide."),
    ("inference", "- Collect the changes from GitHub's generated release notes."),
    ("inference", "- Use the previous conversation context when it helps."),
    ("inference", "- It should read like the other posts in `content/blog/`."),
    # "immediately" as an order of steps, or a step's title
    ("tone", "1. Do not start editing files immediately."),
    ("tone", "### 4. Merge immediately\n\nNo second review is needed for docs."),
    # work on code is not content that needs an example or a format
    ("structure", "- Create a branch, then open a pull request."),
    ("structure", "Make the necessary changes to the parser module."),
    # the criterion right after the phrase, a hedge in parentheses, the choices listed elsewhere
    ("inference", "- Add retries where appropriate, especially around network calls."),
    ("inference", "- Confirm the nightly build passed (if applicable)."),
    ("inference", "- Include file paths when needed for grouping."),
    ("inference", "- Route the ticket to the appropriate team.\n\n## Teams\n\n- billing: invoices and refunds\n- platform: outages\n"),
    ("quality", "- Keep it polished, using short sentences."),
    ("quality", "The report should be well-structured: a summary, then one section per finding."),
    ("tone", "2. ANSWER FROM THE CONTEXT & STAY ON TOPIC:\n   Use only the retrieved passages."),
    ("inference", "- Follow the documentation style guide at `docs/contributing/style.md`."),
    # third review: a file name is not a shout; a JSON template and bullet lines are not one sentence
    ("tone", "- Add a line to CHANGES.md for every user-facing change."),
    ("readability", 'Return this object:\n\n{\n  "parties": "every named party, including those in any appendix or order attached to the main contract",\n'
     '  "value": "the total value with its currency, or null when the contract and its appendices never state one",\n'
     '  "term": "the start and end dates as YYYY-MM-DD, or null when neither the contract nor any order gives them"\n}\n'),
    ("readability", "Useful checks:\n\u2022 Read the failing test and the code it covers before changing anything at all in the module you are in\n"
     "\u2022 Run the test again after each change and keep the ones that fix it, reverting the rest of them straight away\n"
     "\u2022 Write down which change fixed it and why, in one line, so the next person does not have to guess\n"),
    # a sixth set of 60 real-world files (docs/precision.md, "A sixth set")
    # a rule that defines a claim; a category of thing; a file the agent can open
    ("inference", "A claim states something about the company that the facts do not contain."),
    ("inference", "Do not expose file attachment names in replies."),
    ("inference", "Follow the Release Checklist procedures. See `RELEASING.md` for the steps."),
    ("inference", "The checklist to review against is in `docs/review.md`."),
    # an ordinal points back; "as well as" is no comparison; a predicate says what a thing is
    ("inference", "Two options, and only the first is obvious."),
    ("inference", "Update the old test as well as the NEW one."),
    ("inference", "Never print to stdout: that's the protocol channel."),
    # questions the model asks the user
    ("inference", "Ask if anything important was left out of the summary."),
    ("inference", "Ask where they live or what they usually cook."),
    ("inference", "Ask briefly, then remember the answer for the session."),
    ("inference", "If required fields are missing, ask the user for them."),
    ("inference", "Your config decides what's relevant."),
    # a step's order in a heading; advice the reply gives; when to raise a warning
    ("tone", "### 4. NOW write the migration"),
    ("tone", "- One thing to do right now (specific, under ten minutes)"),
    ("tone", "Flag deprecated APIs immediately."),
    ("tone", "If any check fails \u2192 NOT DONE."),
    ("tone", "'Brief' means: one line, no lecture."),
    # a fact about data, part of a compound, a hardware class, a level of a scoring rubric
    ("quality", "The cache is rebuilt at startup, so the values are always fresh."),
    ("quality", "The design makes the app multi-client ready."),
    ("quality", "Provide copy-paste-ready commands."),
    ("quality", "Heavy models overwhelm RPi-class boards."),
    ("quality", "- +1 to +2: clear, engaging, well paced."),
]

STILL_FLAGGED = [
    ("LIT203", "Add citations where needed.", "where needed"),
    ("LIT203", "Adjust the tone as appropriate for each recipient.", "as appropriate"),
    ("LIT203", "Handle retries appropriately.", "Handle retries appropriately"),
    ("LIT203", "Include the key points.", "Include the key points"),
    ("LIT201", "Summarize the outage on Friday for the board.", "the outage on Friday"),
    ("LIT201", "Recap the call last week.", "the call last week"),
    ("LIT204", "Check the usual metrics (churn, downgrades, and so on) first.", "and so on"),
    ("LIT204", "Classify the photos (kitchen, bedroom, ...) before captioning them.", "..."),
    ("LIT204", "Remove names, emails, phone numbers, etc.", "etc."),
    ("LIT301", "Write an executive-level summary.", "executive-level"),
    ("LIT301", "Keep the translation native-level.", "native-level"),
    ("LIT301", "Make the onboarding screen user-friendly.", "user-friendly"),
    ("LIT301", "Keep it friendly but firm.", "friendly but firm"),
    ("LIT301", "Make it polished. Send it by Friday.", "polished"),
    ("LIT104", "DO NOT touch the billing code.", "DO NOT"),
    ("LIT104", "NEVER (under any circumstances) share the key.", "NEVER"),
    ("LIT101", "URGENT — fix the login page.", "URGENT"),
    # the look-alikes of the shapes above that are requests
    ("LIT104", "NEVER — under any circumstances — delete the backups.", "NEVER"),
    ("LIT203", "Could you use your judgment on the edge cases?", "use your judgment"),
    ("LIT203", "Citations should be added where needed.", "where needed"),
    ("LIT301", "## Polished product page\n\nWrite a polished description.\n", "polished"),
    ("LIT401", "Draft a reply to the customer.", "Draft"),
    ("LIT401", "You write release notes for the library.", "write"),
    ("LIT301", "To impress the board, make it polished.", "polished"),
    ("LIT301", "Ensure that the code is clean, efficient, and maintainable.", "maintainable"),
    ("LIT301", "## Code style\n\n- Keep the code clean.\n", "Keep the code clean"),
    ("LIT204", "List risks, costs and more.", "and more"),
    ("LIT201", "Follow the Acme style guide.", "the Acme style"),
    ("LIT101", "Fix it immediately.", "immediately"),
    ("LIT203", "Ask clarifying questions when needed to understand the issue.", "when needed"),
    ("LIT203", "Route the ticket to the appropriate team.", "the appropriate team"),
    ("LIT104", "Keep the message SHORT (3-5 sentences at most).", "SHORT"),
    # vague words that the reviews found missing
    ("LIT301", "Create a comprehensive and well-structured README.", "well-structured"),
    ("LIT104", "NEVER GUESS THE DATES. Use the schedule.", "NEVER GUESS THE DATES"),
    ("LIT202", "Follow the style guide.", "the style guide"),
    ("LIT301", "Make sure the docs you write are appealing and easy to read.", "appealing"),
    # sixth set: the look-alikes' other side
    ("LIT203", "Legal flagged something about consent, ask them.", "something about consent"),
    ("LIT203", "If someone asks about a refund, handle it appropriately.", "handle it appropriately"),
    ("LIT201", "Cook what they usually eat.", "what they usually eat"),
    ("LIT201", "Follow the house style from the old wiki.", "from the old wiki"),
    ("LIT101", "Reply immediately.", "immediately"),
    ("LIT101", "Send the report immediately.", "immediately"),
    ("LIT301", "Keep it fresh.", "fresh"),
    ("LIT301", "Write board-ready slides.", "board-ready"),
]


test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)


def test_a_negated_request_asks_for_nothing():
    assert_left_alone("Don't write the IDs out, look them up with the tools.", "structure")


def test_a_shouted_run_stays_on_its_line():
    # found by the long fix-property test: a run joined across a line break spanned two
    # sentences, and its fix edited the one after the finding's own
    from literalist.engine import lint

    text = "Summarize the call.\nDO NOT\nSKIP the numbers."
    found = [f for f in lint(text, "p.md") if f.code == "LIT104"]
    assert found
    for f in found:
        assert "\n" not in text[f.start:f.end]
        assert all("\n" not in text[e.start:e.end] for e in f.fix.edits)
