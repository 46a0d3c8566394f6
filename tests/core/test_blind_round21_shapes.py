"""Shapes from the twenty-first blind development round (system prompts inside small products: a
property manager's maintenance triage, a church rota agent, an insurance FAQ bot, a cover-letter
template ...) and from the twenty-eighth real-world set (writing, editing, teaching and research
prompts from personal prompt libraries). Only their false alarms, each written fresh in the shape
of one, so the principle is tested rather than the case."""

from rule_cases import shape_tests

LEFT_ALONE = [
    # values defined line by line with a dash; someone's message shown as an example in <request>
    ("tone", "Sort each job:\nCRITICAL - no power, a gas smell\nURGENT - no hot water, a broken lock\nLATER - everything else"),
    ("tone", "Here is an example of what comes in:\n<request>\nSECOND TIME I'M ASKING. SEND SOMEONE NOW\n</request>"),
    # a bad stretch one cannot do again; people who feel something
    ("inference", "Honestly I cannot do another month like the last one."),
    ("quality", "Some parents feel awkward asking for help, so say plainly that it's fine."),
    # capitals shown as an example of capitals; values to choose from
    ("tone", "Section titles in the policy are in capitals (e.g. WHO CAN CLAIM). Quote them as written."),
    ("quality", "- Style picked by the user: {style} (one of PLAYFUL, CALM, BOLD)"),
    # a template's slot with a hint; the last stage of the work; a preference that pins the bar down
    ("tone", "- Audience: [WHO IS READING - e.g. \"first-year nurses\"]"),
    ("quality", "3. After the first polish, ask which section to work on next."),
    ("quality", "- Keep it short and skimmable; prefer bullets and one small table."),
    # a named person's voice, with a voice section
    ("inference", "## How Dana sounds\n\nDry, short sentences, no exclamation marks.\n\n## Rules\n\n- Sound like Dana would write it"),
]

STILL_FLAGGED = [
    ("LIT101", "URGENT - fix the login now.", "URGENT"),
    ("LIT101", "Do this:\n<request>\nFix it NOW.\n</request>", "NOW"),
    ("LIT101", "[FIX THIS NOW]", "NOW"),
    ("LIT201", "- Sound like Robert would actually write them", "like Robert would"),
    ("LIT301", "Give it some retro feel.", "some retro feel"),
    ("LIT301", "Give it a final polish.", "polish"),
    ("LIT301", "Make it warm, friendly, and fun.", "warm, friendly"),
]

test_left_alone, test_still_flagged = shape_tests(LEFT_ALONE, STILL_FLAGGED)
