"""What `literalist check` leaves alone as data, through the real command: material the prompt
hands over between triple quotes, or in a tag the prompt says holds someone's words verbatim, is
the sender's words, not the writer's."""

from __future__ import annotations


def test_triple_quoted_material_is_data_and_the_writer_around_it_is_not(run_cli, project, writer):
    text = (
        "Reply to the customer message below in three sentences.\n"
        "\n"
        '"""\n'
        "I bought it in MAY and it's DEAD!!! Refund me NOW.\n"
        '"""\n'
        "\n"
        "I'm so stressed, get this out NOW!!!\n"
    )
    writer(project / "reply.prompt", text)
    r = run_cli("check", "--output-format", "json", "--select", "LIT1", "reply.prompt", cwd=project)
    rows = sorted({i["location"]["row"] for i in r.json()})
    assert rows == [7], r.stdout


def test_a_tag_said_to_hold_words_verbatim_is_data(run_cli, project, writer):
    text = (
        "Draft a reply. The request, verbatim, is in <request> tags.\n"
        "\n"
        "<request>\n"
        "Why is this taking SO LONG? I want the figures NOW.\n"
        "</request>\n"
        "\n"
        "Honestly I'm so stressed about this one.\n"
    )
    writer(project / "foi.prompt.md", text)
    r = run_cli("check", "--output-format", "json", "--select", "LIT1", "foi.prompt.md", cwd=project)
    rows = sorted({i["location"]["row"] for i in r.json()})
    assert rows == [7], r.stdout
