"""Which documents are prompts, and the file name the analysis core should see for them.

A document is linted when its file name says it is a prompt (``*.prompt``, Markdown such
as ``*.prompt.md``, ``*.instructions.md``, ``*.agent.md``, ``*.chatmode.md``, AGENTS.md,
CLAUDE.md, SKILL.md, any ``*.md``, Cursor's ``*.mdc`` rules) or, for documents without a
telling name (unsaved buffers), when the client says its language is one of ours. Everything
else is ignored.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import unquote, urlparse

from pygls.uris import to_fs_path

from ..file_kinds import DOTPROMPT_SUFFIXES, MARKDOWN_SUFFIXES

# ``prompt`` is ours (Dotprompt files); the others are Markdown prompt files as editors
# name them (VS Code calls *.instructions.md "instructions" and *.chatmode.md "chatmode").
# VS Code 1.139 gives `prompt` to *.prompt.md (Copilot's prompt files), so the extension
# registers Dotprompt `.prompt` files as `dotprompt`; other clients may still say `prompt`
# for a .prompt buffer, where the file name decides (see core_path).
DOTPROMPT_LANGUAGE_IDS = frozenset({"dotprompt"})
MARKDOWN_LANGUAGE_IDS = frozenset({"markdown", "prompt", "instructions", "chatmode", "chatagent", "skill"})


def file_name(uri: str) -> str:
    """The last path segment of a URI, decoded ("untitled:Untitled-1" -> "Untitled-1")."""
    parsed = urlparse(uri)
    path = unquote(parsed.path or parsed.netloc or uri)
    return PurePosixPath(path).name


def _has_suffix(name: str, suffixes: tuple[str, ...]) -> bool:
    low = name.lower()
    return any(low.endswith(s) and len(low) > len(s) for s in suffixes)


def is_prompt(uri: str, language_id: str | None) -> bool:
    name = file_name(uri)
    if _has_suffix(name, DOTPROMPT_SUFFIXES + MARKDOWN_SUFFIXES):
        return True
    lang = (language_id or "").lower()
    return lang in DOTPROMPT_LANGUAGE_IDS or lang in MARKDOWN_LANGUAGE_IDS


def fs_path(uri: str) -> str | None:
    """The file system path behind a ``file:`` URI, else None (unsaved buffers, remote)."""
    if urlparse(uri).scheme != "file":
        return None
    return to_fs_path(uri)


def core_path(uri: str, language_id: str | None) -> str:
    """The path handed to the core, which picks the format (Dotprompt or Markdown) from it.

    The real path when there is one with a telling suffix; otherwise the buffer's name
    with a suffix chosen from the language id.
    """
    real = fs_path(uri)
    name = file_name(uri) or "untitled"
    if _has_suffix(name, DOTPROMPT_SUFFIXES + MARKDOWN_SUFFIXES):
        return real or name
    lang = (language_id or "").lower()
    suffix = ".prompt" if lang in DOTPROMPT_LANGUAGE_IDS else ".md"
    return (real or name) + suffix


def is_dotprompt(path: str) -> bool:
    return path.lower().endswith(DOTPROMPT_SUFFIXES)
