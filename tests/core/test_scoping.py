from literalist.scoping import scope


def prose(text, path="p.md"):
    return " ".join(b.text.strip() for b in scope(text, path).blocks)


def test_front_matter_placeholders_comments_and_code_are_not_prose():
    text = "---\npriority: urgent\n---\nHello {{name}} and ${x} and {topic}.\n<!-- as usual -->\n```\ncode ASAP\n```\n"
    p = prose(text, "a.prompt")
    assert "urgent" not in p and "name" not in p and "as usual" not in p and "ASAP" not in p
    assert "Hello" in p


def test_blank_masking_keeps_offsets():
    text = "Fix `the client` now, see [docs](http://x.y/z).\n"
    (block,) = scope(text).blocks
    assert len(block.text) == len(text.rstrip("\n"))
    assert block.text[0:3] == "Fix" and "client" not in block.text and "http" not in block.text


def test_list_item_with_placeholder_is_still_a_list_item():
    kinds = [b.kind for b in scope("- one\n- {{name}} is here\n").blocks]
    assert kinds == ["list_item", "list_item"]


def test_unclosed_data_tag_is_a_mention_not_a_black_hole():
    text = "Reply to the <email> below as usual.\n\n<email>\nhi\n</email>\n\nKeep it short as usual.\n"
    p = prose(text)
    assert p.count("as usual") == 2


def test_block_quote_is_data():
    assert "ASAP" not in prose("> ASAP please\n\nSummarize.\n")


def test_plain_prompt_indentation_is_prose_not_code():
    assert "stressed" in prose("Task:\n    I'm so stressed, summarize.\n", "a.prompt")


def test_triple_quoted_material_is_data():
    text = 'Reply to the customer.\n\n"""\nI bought it in MAY and it\'s DEAD!!! Refund me NOW.\n"""\n\nKeep it short as usual.\n'
    p = prose(text, "a.prompt")
    assert "DEAD" not in p and "NOW" not in p and "as usual" in p
    assert [kind for _, _, kind in scope(text, "a.prompt").data_regions] == ["quote"]


def test_triple_quotes_pair_in_order_and_one_left_open_hides_nothing():
    text = 'Summarize """first""" and """second""".\n\nThen """ as usual.\n'
    p = prose(text)
    assert "first" not in p and "second" not in p and "as usual" in p


def test_turns_of_a_shown_conversation_are_the_speakers_words():
    """Two turns or more in a paragraph: the words after each speaker are masked, the labels
    and the writer's lead-in stay; a lone "Client: ..." line is the writer's own."""
    for path in ("p.md", "p.prompt"):
        p = prose("For example:\nUSER: PLEASE tell me NOW!!!\nAssistant: I can't advise on that.\n", path)
        assert "For example:" in p and "USER:" in p and "Assistant:" in p
        assert "PLEASE" not in p and "advise" not in p
    assert "This is URGENT" in prose("Client: Acme Ltd. This is URGENT.\n")


def test_turns_written_as_list_items_are_the_speakers_words_too():
    p = prose("Examples:\n\n- Customer: This is the THIRD time!!!\n- **Bot:** Sorry, let me check.\n\n- Fix it NOW.\n")
    assert "THIRD" not in p and "Sorry" not in p and "Customer:" in p
    assert "Fix it NOW" in p  # the writer's own item after the dialogue
    assert "Send it NOW" in prose("- Customer: Acme Ltd\n- Send it NOW\n")  # one labelled item is no dialogue
