"""Literalist: a prompt linter that reads a prompt the way a large language model will."""

__version__ = "0.1.0"
