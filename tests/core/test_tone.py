"""Tone rules: each positive case must be flagged with its code, each look-alike left alone."""

import pytest

from literalist.engine import lint
from rule_cases import assert_flagged, assert_left_alone

POSITIVE = [
    ("LIT101", "URGENT: summarize the logs.", "URGENT"),
    ("LIT101", "I need this ASAP.", "ASAP"),
    ("LIT101", "Fix it right now.", "right now"),
    ("LIT101", "I needed this yesterday.", "I needed this yesterday"),
    ("LIT101", "The newsletter goes out in an hour, draft the intro.", "goes out in an hour"),
    ("LIT101", "This is extremely urgent.", "is extremely urgent"),
    ("LIT102", "I'm so stressed about this migration.", "I'm so stressed"),
    ("LIT102", "Honestly I'm panicking and can't think straight.", "I'm panicking"),
    ("LIT102", "I'm on my third coffee and nothing works.", "on my third coffee"),
    ("LIT102", "We're completely overwhelmed this week.", "We're completely overwhelmed"),
    ("LIT102", "I feel devastated about the launch.", "I feel devastated"),
    ("LIT103", "My CEO is pinging me every five minutes.", "My CEO is pinging"),
    ("LIT103", "My job is on the line here.", "My job is on the line"),
    ("LIT103", "Legal will kill me if this is wrong.", "Legal will kill me"),
    ("LIT103", "The exec channel is melting down.", "channel is melting down"),
    ("LIT103", "Customers are screaming at support.", "Customers are screaming"),
    ("LIT104", "DO NOT invent any numbers.", "DO NOT"),
    ("LIT104", "You MUST answer in English.", "MUST"),
    ("LIT105", "Check every figure!!!", "!!!"),
    ("LIT106", "Please please get this right.", "Please please"),
    ("LIT106", "I'm begging you, keep it short.", "I'm begging you"),
    ("LIT107", "Don't screw this up.", "Don't screw this up"),
    ("LIT107", "Get it right this time.", "Get it right this time"),
    ("LIT108", "Why the hell does this fail?", "the hell"),
]

NEGATIVE = [
    "Classify each ticket as urgent, normal or low.",
    "priority: URGENT",
    "Escalate urgent tickets to the on-call engineer.",
    "Return the result as JSON via the REST API and log it to SQL.",
    "The summary immediately follows the title.",
    "Read the README and the TODO list; NASA data goes in the CSV.",
    "Answer with YES or NO.",
    "Set MODE to FIX when the input has typos. MODE: FIX",
    "Classify each abstract as INCLUDE or EXCLUDE.",
    "The customer wrote: \"I'm so stressed, fix this NOW!!!\"",
    "If the customer says the matter is urgent, apologise first.",
    "Now summarize the findings.",
    "I'm happy to help with edits.",
    "I'm writing a guide for new hires.",
]


@pytest.mark.parametrize("code,text,words", POSITIVE)
def test_flags(code, text, words):
    assert_flagged(code, text, words)


@pytest.mark.parametrize("text", NEGATIVE)
def test_leaves_alone(text):
    assert_left_alone(text, "tone")


@pytest.mark.parametrize(
    "tag", ["email", "customer_message", "transcript", "form", "chat_log"],
)
def test_quoted_data_in_tags_is_not_the_writers_tone(tag):
    text = f"Summarize the message below politely.\n\n<{tag}>\nI am FURIOUS!!! Fix this NOW or I'll sue. I'm so stressed.\n</{tag}>\n"
    assert [f.code for f in lint(text, "p.md") if f.category.value == "tone"] == []


def test_code_fence_block_quote_and_inline_code_are_data():
    text = "Explain this log.\n\n```\nURGENT!!! DO NOT RESTART\n```\n\n> I'm panicking!!!\n\nThe flag `URGENT` is set.\n"
    assert [f.code for f in lint(text, "p.md") if f.category.value == "tone"] == []


def test_instruction_tags_are_prose():
    text = "<instructions>\nURGENT!!! Fix it NOW.\n</instructions>\n"
    assert {"LIT101", "LIT105"} <= {f.code for f in lint(text, "p.md")}


def test_urgency_and_shouting_are_not_reported_twice():
    text = "Fix it NOW."
    assert [f.code for f in lint(text, "p.md")] == ["LIT101"]


def test_caps_line_heading_in_plain_prompt_is_not_shouting():
    assert [f for f in lint("OUTPUT FORMAT\nReturn three bullets.", "a.prompt") if f.code == "LIT104"] == []
