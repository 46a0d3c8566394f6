"""The editor's ``literalist`` settings, and how they combine with the project's config file.

Layers, later wins: ``initializationOptions``, then the latest settings the client gave
(pulled with ``workspace/configuration`` or pushed in ``didChangeConfiguration``). The
result is merged over the config file found for each document (``load_config_for``):
``select`` from the editor replaces the project's, the lists (``ignore``, ``phrases``,
``dataTags``, ``allowCaps``) add to the project's, ``severity`` overrides per code.
A bad value never stops linting: it is reported and that key is ignored.

``maxDocumentBytes`` is the server's own: how much of a very large document is linted
(see ``large_documents.py``).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from literalist.config import Config
from literalist.model import Severity

from .large_documents import DEFAULT_MAX_DOCUMENT_BYTES, MAX_MAX_DOCUMENT_BYTES, MIN_MAX_DOCUMENT_BYTES

SECTION = "literalist"

DEFAULT_DEBOUNCE_MS = 150
MAX_DEBOUNCE_MS = 10_000

SEVERITY_NAMES: dict[str, Severity] = {
    "error": Severity.ERROR,
    "warning": Severity.WARNING,
    "information": Severity.INFO,
    "info": Severity.INFO,
    "hint": Severity.HINT,
}

PHRASE_FAMILIES = ("tone", "inference", "quality")
_CODE = re.compile(r"^LIT\d{0,3}$")


@dataclass(frozen=True)
class Settings:
    enable: bool = True
    select: tuple[str, ...] | None = None  # None: the project's selection
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    phrases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    data_tags: tuple[str, ...] = ()
    allow_caps: tuple[str, ...] = ()
    code_lens: bool = True
    debounce_ms: int = DEFAULT_DEBOUNCE_MS
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
    problems: tuple[str, ...] = field(default=(), compare=False)

    def apply_to(self, config: Config) -> Config:
        """The project config with these settings on top."""
        phrases = {k: list(v) for k, v in config.phrases.items()}
        for family, words in self.phrases:
            phrases[family] = [*phrases.get(family, []), *(w for w in words if w not in phrases.get(family, []))]
        return dataclasses.replace(
            config,
            select=list(self.select) if self.select is not None else list(config.select),
            ignore=_union(config.ignore, self.ignore),
            severity={**config.severity, **dict(self.severity)},
            phrases=phrases,
            data_tags=_union(config.data_tags, self.data_tags),
            allow_caps=_union(config.allow_caps, self.allow_caps),
        )


def _union(base: list[str], extra: tuple[str, ...]) -> list[str]:
    return [*base, *(x for x in extra if x not in base)]


def section_of(raw: Any, *, wrapped_only: bool = False) -> dict | None:
    """The ``literalist`` section from a settings payload.

    Clients send either ``{"literalist": {...}}`` (didChangeConfiguration, most
    initializationOptions) or the section itself (workspace/configuration answers, some
    initializationOptions). ``wrapped_only``: a payload without our key is someone
    else's settings (didChangeConfiguration carries every section that changed).
    """
    if not isinstance(raw, dict):
        return None
    inner = raw.get(SECTION)
    if isinstance(inner, dict):
        return inner
    if SECTION in raw or wrapped_only:
        return None
    return raw


def parse(raw: dict | None) -> Settings:
    """Validate a settings dict (camelCase keys, as in the editor's settings)."""
    raw = raw or {}
    problems: list[str] = []
    values: dict[str, Any] = {}

    def bad(key: str, expected: str) -> None:
        problems.append(f"setting {SECTION}.{key} ignored: expected {expected}, got {raw[key]!r}")

    for key, value in raw.items():
        if value is None:
            continue  # unset in the editor: the default applies
        if key in ("enable", "codeLens"):
            if isinstance(value, bool):
                values["enable" if key == "enable" else "code_lens"] = value
            else:
                bad(key, "true or false")
        elif key in ("select", "ignore"):
            codes = _str_list(value)
            if codes is None:
                bad(key, "a list of rule codes or prefixes such as LIT1")
                continue
            codes = [c.strip().upper() for c in codes]
            wrong = [c for c in codes if not _CODE.match(c)]
            if wrong:
                problems.append(f"setting {SECTION}.{key}: not a rule code or prefix: {', '.join(wrong)}")
            values[key] = tuple(c for c in codes if _CODE.match(c))
        elif key == "severity":
            if not isinstance(value, dict):
                bad(key, 'an object such as {"LIT101": "warning"}')
                continue
            pairs = []
            for code, name in value.items():
                sev = SEVERITY_NAMES.get(str(name).lower()) if isinstance(name, str) else None
                if not isinstance(code, str) or not _CODE.match(code.upper()) or sev is None:
                    problems.append(
                        f"setting {SECTION}.severity.{code} ignored: expected a rule code mapped to "
                        f'"error", "warning", "information" or "hint", got {name!r}'
                    )
                    continue
                pairs.append((code.upper(), sev))
            values["severity"] = tuple(pairs)
        elif key == "phrases":
            if not isinstance(value, dict):
                bad(key, 'an object such as {"tone": ["code red"]}')
                continue
            families = []
            for family, words in value.items():
                lst = _str_list(words)
                if family not in PHRASE_FAMILIES or lst is None:
                    problems.append(
                        f"setting {SECTION}.phrases.{family} ignored: expected one of "
                        f"{', '.join(PHRASE_FAMILIES)} mapped to a list of phrases"
                    )
                    continue
                families.append((family, tuple(w for w in lst if w.strip())))
            values["phrases"] = tuple(families)
        elif key in ("dataTags", "allowCaps"):
            lst = _str_list(value)
            if lst is None:
                bad(key, "a list of strings")
                continue
            values["data_tags" if key == "dataTags" else "allow_caps"] = tuple(lst)
        elif key == "debounceMs":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= MAX_DEBOUNCE_MS:
                bad(key, f"a number of milliseconds from 0 to {MAX_DEBOUNCE_MS}")
                continue
            values["debounce_ms"] = int(value)
        elif key == "maxDocumentBytes":
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not MIN_MAX_DOCUMENT_BYTES <= value <= MAX_MAX_DOCUMENT_BYTES
            ):
                bad(key, f"a number of bytes from {MIN_MAX_DOCUMENT_BYTES:,} to {MAX_MAX_DOCUMENT_BYTES:,}")
                continue
            values["max_document_bytes"] = int(value)
        else:
            problems.append(f"unknown setting {SECTION}.{key} ignored")
    return Settings(**values, problems=tuple(problems))


def _str_list(value: Any) -> list[str] | None:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return list(value)
    return None


class SettingsStore:
    """Holds the layers and answers the settings in force."""

    def __init__(self) -> None:
        self._initial: dict = {}
        self._client: dict = {}
        self.current = Settings()

    def set_initialization_options(self, raw: Any) -> Settings:
        self._initial = section_of(raw) or {}
        return self._recompute()

    def set_client_section(self, section: dict | None) -> Settings:
        """The ``literalist`` section the client gave (pulled or pushed); replaces the last one."""
        self._client = dict(section or {})
        return self._recompute()

    def _recompute(self) -> Settings:
        self.current = parse({**self._initial, **self._client})
        return self.current
