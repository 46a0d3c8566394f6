"""What `literalist check` leaves alone as data, through the real command: material the prompt
hands over between triple quotes, or in a tag the prompt says holds someone's words verbatim, is
the sender's words, not the writer's. In each prompt only line 7, the writer's own, is flagged."""

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
}


@pytest.mark.parametrize("name", PROMPTS, ids=["triple quotes", "a tag said to hold words verbatim"])
def test_the_data_is_left_alone_and_the_writer_around_it_is_not(run_cli, project, writer, name):
    writer(project / name, PROMPTS[name])
    r = run_cli("check", "--output-format", "json", "--select", "LIT1", name, cwd=project)
    rows = sorted({i["location"]["row"] for i in r.json()})
    assert rows == [7], r.stdout
