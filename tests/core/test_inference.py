import pytest

from rule_cases import assert_flagged, assert_left_alone

POSITIVE = [
    ("LIT201", "Write the release notes like last time.", "like last time"),
    ("LIT201", "As usual, keep it short.", "As usual"),
    ("LIT201", "You know our tone, reply to the customer.", "You know our tone"),
    ("LIT201", "Use the usual format.", "the usual format"),
    ("LIT201", "As we discussed, drop the intro.", "As we discussed"),
    ("LIT201", "Fold in Priya's edits from Tuesday.", "Priya's edits from Tuesday"),
    ("LIT201", "Mention the thing we talked about in March.", "the thing we talked about"),
    ("LIT201", "Build the chart the way Jordan likes it.", "the way Jordan likes"),
    ("LIT201", "Write it like the other services do.", "like the other"),
    ("LIT202", "Follow our style guide.", "our style guide"),
    ("LIT202", "Rewrite the intro so the client will like it.", "the client"),
    ("LIT202", "Fill in the worksheet I sent.", "the worksheet I sent"),
    ("LIT202", "Summarize the attached report.", "attached"),
    ("LIT203", "Flag anything weird.", "anything weird"),
    ("LIT203", "Use your judgment.", "Use your judgment"),
    ("LIT203", "Format it however you think is best.", "however you think"),
    ("LIT204", "Remove names, emails, phone numbers, etc.", "etc."),
    ("LIT204", "List the risks, costs and so on.", "and so on"),
]

NEGATIVE = [
    "The client is a 40-person architecture firm in Leeds. Write a proposal intro for the client.",
    "Our style guide: British spelling, no Oxford comma, sentences under 20 words. Follow our style guide.",
    "Summarize the attached report.\n\n<report>\nQ3 revenue rose 4%.\n</report>\n",
    "Use your judgment: prefer the cheaper vendor unless it lacks an API.",
    "Reply in the same language as the user.",
    "```python\n# as usual, retry three times\n```\n",
    "Greet the user by name in the conversation.",
    "<email>\nAs we discussed, the invoice is attached, etc.\n</email>\n\nSummarize the email.",
    "As mentioned above, keep answers short.",
]


@pytest.mark.parametrize("code,text,words", POSITIVE)
def test_flags(code, text, words):
    assert_flagged(code, text, words)


@pytest.mark.parametrize("text", NEGATIVE)
def test_leaves_alone(text):
    assert_left_alone(text, "inference")
