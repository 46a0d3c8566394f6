from literalist.engine import lint
from literalist.positions import LineIndex, utf16_len


def test_offsets_are_code_points_after_emoji_cjk_and_crlf():
    text = "\U0001F600 \u65e5\u672c\u8a9e\r\nI'm so stressed.\r\n"
    f = next(f for f in lint(text, "p.md") if f.code == "LIT102")
    assert text[f.start:f.end] == "I'm so stressed"
    assert LineIndex(text).position(f.start) == (1, 0)


def test_lone_cr_and_mixed_endings():
    idx = LineIndex("a\rb\r\nc\nd")
    assert [idx.position(i)[0] for i in (0, 2, 5, 7)] == [0, 1, 2, 3]
    assert idx.line_text(1) == "b"


def test_utf16_length():
    assert utf16_len("a\U0001F600") == 3
