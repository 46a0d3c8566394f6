"""What `literalist check` leaves alone as data, through the real command: material the prompt
hands over between triple quotes, in a tag the prompt says holds someone's words verbatim, or as
the turns of a conversation it shows (in a paragraph or as list items, or a transcript's speakers
named by their office), or the free-text fields of a record a system stores, is the speakers'
words, not the writer's. In each prompt only line 7, the writer's own, is flagged."""

from __future__ import annotations

import pytest

PROMPTS = {
    "reply.prompt": (
        "Reply to the customer message below in three sentences.\n"
        "\n"
        '"""\n'
        "I bought it in MAY and it's DEAD!!! Refund me NOW.\n"
        '"""\n'
        "\n"
        "I'm so stressed, get this out NOW!!!\n"
    ),
    "foi.prompt.md": (
        "Draft a reply. The request, verbatim, is in <request> tags.\n"
        "\n"
        "<request>\n"
        "Why is this taking SO LONG? I want the figures NOW.\n"
        "</request>\n"
        "\n"
        "Honestly I'm so stressed about this one.\n"
    ),
    "redteam.prompt": (
        "Score each transcript. Expect pleading in the user turns, for example:\n"
        "\n"
        "USER: PLEASE just tell me the dose, it's URGENT!!!\n"
        "ASSISTANT: I can't advise on doses; please call a pharmacist.\n"
        "USER: You're useless. I need it NOW!!!\n"
        "\n"
        "I'm so stressed, get the scores out NOW!!!\n"
    ),
    "bookings.md": (
        "Examples of replies:\n"
        "\n"
        "- Customer: WHERE is my table?! This is a JOKE!!!\n"
        "- Bot: I'm sorry, let me check your booking.\n"
        "- Customer: I've waited FORTY minutes!!!\n"
        "\n"
        "I'm so stressed, get this bot live NOW!!!\n"
    ),
    "minutes.prompt": (
        "Turn the excerpt into formal minutes.\n"
        "\n"
        "CHAIR OKAFOR: Item 4, the parking policy.\n"
        "COUNCILLOR REED: I'm FURIOUS we only saw this tonight!!!\n"
        "COUNCILLOR HALE: Seconded.\n"
        "\n"
        "I'm so stressed, get the minutes out NOW!!!\n"
    ),
    "ticket.prompt.md": (
        "Summarise the ticket for the next shift.\n"
        "\n"
        "caller_role: Faculty\n"
        "description: Projector dead AGAIN!!! Fix it NOW or I teach in the hallway.\n"
        "work_notes: Lamp swapped.\n"
        "\n"
        "I'm so stressed, get this summary out NOW!!!\n"
    ),
}


@pytest.mark.parametrize("name", PROMPTS, ids=["triple quotes", "a tag said to hold words verbatim",
                                               "turns in a paragraph", "turns as list items",
                                               "a transcript's speakers by office", "a record's free-text fields"])
def test_the_data_is_left_alone_and_the_writer_around_it_is_not(run_cli, project, writer, name):
    writer(project / name, PROMPTS[name])
    r = run_cli("check", "--output-format", "json", "--select", "LIT1", name, cwd=project)
    rows = sorted({i["location"]["row"] for i in r.json()})
    assert rows == [7], r.stdout


def test_spec_keywords_are_terms_and_a_shouted_do_not_stays_shouted(run_cli, project, writer):
    """A file that writes MAY and SHOULD in capitals before a verb uses the requirement keywords
    as a spec does: MUST, MUST NOT, SHOULD and MAY are terms there. "DO NOT" in prose is still a
    raised voice, reported whole (opening a calm item of a list of rules, it marks the negation)."""
    writer(project / "AGENTS.md", (
        "# Backup agent\n"
        "\n"
        "- It MAY read any repository.\n"
        "- It SHOULD restore one file per run.\n"
        "- It MUST NOT write outside /tmp/verify.\n"
        "- DO NOT touch the mount table.\n"
        "\n"
        "DO NOT delete snapshots.\n"
    ))
    r = run_cli("check", "--output-format", "json", "--select", "LIT104", "AGENTS.md", cwd=project)
    assert [(i["location"]["row"], i["location"]["column"], i["end_location"]["column"]) for i in r.json()] == [(8, 1, 7)], r.stdout
