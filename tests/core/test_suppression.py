from literalist.engine import lint


def codes(text, path="p.md"):
    return [f.code for f in lint(text, path)]


def test_disable_next_line():
    assert codes("<!-- literalist-disable-next-line LIT101 -->\nDo it ASAP.\n") == []
    assert codes("<!-- literalist-disable-next-line LIT2 -->\nDo it ASAP.\n") == ["LIT101"]


def test_disable_enable_range_by_family_prefix():
    text = "<!-- literalist-disable LIT1 -->\nDo it ASAP.\n<!-- literalist-enable -->\nDo it ASAP.\n"
    assert codes(text) == ["LIT101"]
    assert lint(text, "p.md")[0].start > text.index("enable")


def test_handlebars_comment_in_dotprompt():
    assert codes("{{! literalist-disable-next-line }}\nDo it ASAP.\n", "x.prompt") == []


def test_directives_are_not_linted_themselves():
    assert codes("<!-- as usual, ASAP -->\nHello.\n") == []
