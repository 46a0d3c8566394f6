import pytest

from literalist.engine import lint


def codes(text: str, path: str = "prompt.md", config=None) -> list[str]:
    return [f.code for f in lint(text, path, config)]


def flagged(text: str, path: str = "prompt.md", config=None) -> list[tuple[str, str]]:
    return [(f.code, text[f.start:f.end]) for f in lint(text, path, config)]


@pytest.fixture
def find():
    return flagged
