"""Which files are prompts, by name: one list for the core, the CLI and the language server."""

from __future__ import annotations

DOTPROMPT_SUFFIXES = (".prompt",)
# Markdown and the Markdown files prompts are kept in: Cursor's rule files (.cursor/rules/*.mdc)
# are Markdown with a front matter block, like SKILL.md
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdc")
PROMPT_SUFFIXES = DOTPROMPT_SUFFIXES + MARKDOWN_SUFFIXES
# read as Markdown when named, though not looked for in folders: MDX pages are mostly not prompts
PARSED_AS_MARKDOWN = MARKDOWN_SUFFIXES + (".mdx",)
