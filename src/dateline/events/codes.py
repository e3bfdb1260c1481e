"""The event code tables: CAMEO codes, PLOVER types, and the intent and refusal codes
that mirror an act.

The data live in ``dateline/data/events/`` (tab-separated, with a ``#`` header block
explaining each column); this module parses and validates them. Every malformed row
of a file is reported in one ``DatelineError`` (E005) naming the file, the line and the
problem, so an edit with several mistakes is fixed in one pass. The trigger lexicon is
read by ``lexicon``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator

from ..tables import raise_if, rows_of

DATA_PACKAGE = "dateline.data.events"
CAMEO_FILE = "cameo_codes.tsv"
PLOVER_FILE = "plover_types.tsv"

CAMEO_COLUMNS = ("code", "label", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_context")
PLOVER_COLUMNS = ("type", "quad_class", "score", "modes", "description")

CODE_RE = re.compile(r"^\d{2,4}$")
# CAMEO root of "make public statement" (010-019).
STATEMENT_ROOT = "01"
# Roots of an intention (03) and a threat (13): the announced forms of acts (intent.tsv).
INTENT_ROOT = "03"
THREAT_ROOT = "13"
_TYPE_RE = re.compile(r"^[A-Z]+$")


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with its weight, quad class and PLOVER equivalent."""

    code: str
    label: str
    goldstein: float
    quad_class: int
    plover_type: str
    plover_mode: str
    plover_context: tuple[str, ...]

    @property
    def root(self) -> str:
        """The 2-digit root of the code."""
        return self.code[:2]


@dataclass(frozen=True)
class PloverType:
    """One PLOVER event type: quad class, score, allowed modes."""

    name: str
    quad_class: int
    score: float
    modes: tuple[str, ...]
    description: str


def read_data(name: str) -> str:
    return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def table_rows(text: str, source: str, columns: tuple[str, ...],
                errors: list[str]) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of each row of a table's text (see dateline.tables)."""
    for row in rows_of(text, source, columns, errors):
        yield row.line, list(row.values())


def _number(value: str, kind: type, what: str, where: str, errors: list[str]) -> float | int | None:
    try:
        return kind(value)
    except ValueError:
        errors.append(f"{where}: {what} {value!r} is not a number")
        return None


def parse_cameo_codes(text: str, source: str = CAMEO_FILE) -> dict[str, CameoCode]:
    """Parse the text of a cameo_codes.tsv file into codes keyed by code."""
    errors: list[str] = []
    codes: dict[str, CameoCode] = {}
    for number, (code, label, goldstein, quad, ptype, pmode, pcontext) in table_rows(text, source, CAMEO_COLUMNS, errors):
        where = f"{source}:{number}"
        if not CODE_RE.match(code):
            errors.append(f"{where}: code {code!r} is not 2 to 4 digits")
            continue
        if code in codes:
            errors.append(f"{where}: code {code} appears twice")
            continue
        weight = _number(goldstein, float, "goldstein", where, errors)
        quad_class = _number(quad, int, "quad_class", where, errors)
        if quad_class is not None and quad_class not in (1, 2, 3, 4):
            errors.append(f"{where}: quad_class {quad_class} is not 1-4")
            continue
        if weight is None or quad_class is None:
            continue
        if weight < -10 or weight > 10:
            errors.append(f"{where}: goldstein {weight} is outside -10..10")
            continue
        if ptype and not _TYPE_RE.match(ptype):
            errors.append(f"{where}: plover_type {ptype!r} is not an upper-case type name")
            continue
        context = tuple(part for part in pcontext.split("|") if part)
        codes[code] = CameoCode(code, label, float(weight), int(quad_class), ptype, pmode, context)
    for code in codes:
        if len(code) > 2 and code[:2] not in codes:
            errors.append(f"{source}: code {code} has no root {code[:2]}")
    raise_if(errors, source)
    return codes


def parse_plover_types(text: str, source: str = PLOVER_FILE) -> dict[str, PloverType]:
    """Parse the text of a plover_types.tsv file into types keyed by name."""
    errors: list[str] = []
    types: dict[str, PloverType] = {}
    for number, (name, quad, score, modes, description) in table_rows(text, source, PLOVER_COLUMNS, errors):
        where = f"{source}:{number}"
        if not _TYPE_RE.match(name):
            errors.append(f"{where}: type {name!r} is not an upper-case name")
            continue
        if name in types:
            errors.append(f"{where}: type {name} appears twice")
            continue
        quad_class = _number(quad, int, "quad_class", where, errors)
        value = _number(score, float, "score", where, errors)
        if quad_class is None or value is None:
            continue
        if quad_class not in (1, 2, 3, 4):
            errors.append(f"{where}: quad_class {quad_class} is not 1-4")
            continue
        mode_names = tuple(mode for mode in modes.split("|") if mode)
        types[name] = PloverType(name, int(quad_class), float(value), mode_names, description)
    raise_if(errors, source)
    return types


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    return parse_cameo_codes(read_data(CAMEO_FILE))


@lru_cache(maxsize=1)
def plover_table() -> dict[str, PloverType]:
    return parse_plover_types(read_data(PLOVER_FILE))


def load_cameo_codes() -> dict[str, CameoCode]:
    """All CAMEO codes of the packaged table, keyed by code."""
    return dict(cameo_table())


def load_plover_types() -> dict[str, PloverType]:
    """The 16 PLOVER event types of the packaged table, keyed by name."""
    return dict(plover_table())


def cameo_info(code: str) -> CameoCode:
    """The entry for a CAMEO code, falling back from 4 digits to 3, then to the root."""
    codes = cameo_table()
    if not CODE_RE.match(code):
        raise KeyError(f"{code!r} is not a CAMEO event code (2 to 4 digits)")
    for length in (len(code), 3, 2):
        if length <= len(code) and code[:length] in codes:
            return codes[code[:length]]
    raise KeyError(f"unknown CAMEO event code {code!r} (and no known 3-digit base or root)")


def quad_class_of(code: str) -> int:
    """The quad class (1-4) of a CAMEO code, with the fallback of cameo_info."""
    return cameo_info(code).quad_class


def goldstein_of(code: str) -> float:
    """The Goldstein weight of a CAMEO code, with the fallback of cameo_info."""
    return cameo_info(code).goldstein


INTENT_FILE = "intent.tsv"
INTENT_COLUMNS = ("plover_type", "cameo", "plover", "refusal")
NO_REFUSAL = "-"


@lru_cache(maxsize=1)
def load_intents() -> dict[str, tuple[str, str]]:
    """PLOVER type -> (CAMEO code, PLOVER type) of the announced form of an event."""
    errors: list[str] = []
    codes = load_cameo_codes()
    intents: dict[str, tuple[str, str]] = {}
    for number, (ptype, cameo, plover, _refusal) in table_rows(read_data(INTENT_FILE), INTENT_FILE,
                                                           INTENT_COLUMNS, errors):
        if cameo not in codes or codes[cameo].plover_type != plover:
            errors.append(f"{INTENT_FILE}:{number}: {cameo} is not a CAMEO code of type {plover}")
            continue
        intents[ptype] = (cameo, plover)
    raise_if(errors, INTENT_FILE)
    return intents


INTENT_SUBCODE_FILE = "intent_subcodes.tsv"
INTENT_SUBCODE_COLUMNS = ("act", "intent")


@lru_cache(maxsize=1)
def load_intent_subcodes() -> tuple[tuple[str, str], ...]:
    """(act code prefix, intent, threat or refusal code) pairs of intent_subcodes.tsv, longest
    prefix first."""
    errors: list[str] = []
    codes = load_cameo_codes()
    pairs: list[tuple[str, str]] = []
    for number, (act, intent) in table_rows(read_data(INTENT_SUBCODE_FILE), INTENT_SUBCODE_FILE,
                                       INTENT_SUBCODE_COLUMNS, errors):
        if intent not in codes or codes[intent].plover_type not in ("AGREE", "THREATEN", "REJECT"):
            errors.append(f"{INTENT_SUBCODE_FILE}:{number}: {intent} is not an intent, threat or refusal code")
            continue
        pairs.append((act, intent))
    raise_if(errors, INTENT_SUBCODE_FILE)
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def intent_code(act: str, general: str) -> str:
    """The specific code of announcing (or refusing) the act ``act``, within the general intent
    (or refusal) ``general``."""
    for prefix, intent in load_intent_subcodes():
        if act.startswith(prefix) and intent[:2] == general[:2]:
            return intent
    return general


@lru_cache(maxsize=1)
def load_refusals() -> dict[str, str]:
    """PLOVER type -> CAMEO reject code (12x) of refusing to do it (intent.tsv, refusal column)."""
    errors: list[str] = []
    codes = load_cameo_codes()
    refusals: dict[str, str] = {}
    for number, (ptype, _cameo, _plover, refusal) in table_rows(read_data(INTENT_FILE), INTENT_FILE,
                                                            INTENT_COLUMNS, errors):
        if refusal == NO_REFUSAL:
            continue
        if refusal not in codes or codes[refusal].plover_type != "REJECT":
            errors.append(f"{INTENT_FILE}:{number}: refusal {refusal} is not a CAMEO code of type REJECT")
            continue
        refusals[ptype] = refusal
    raise_if(errors, INTENT_FILE)
    return refusals
