"""The event knowledge files: CAMEO codes, PLOVER types and the trigger lexicon.

The data live in ``dateline/data/events/`` (tab-separated, with a ``#`` header block
explaining each column); this module parses and validates them. Every malformed row
of a file is reported in one ``ValueError`` naming the file, the line and the problem,
so a lexicon edit with several mistakes is fixed in one pass.

Lexicon pattern language (the ``pattern`` column), items separated by spaces:

- first item: the trigger lemma(s), alternatives joined by ``|`` (``visit|tour``);
- ``{T}`` right after the trigger: the direct object is the target (verbs only);
- ``PREP {T}``: the object of that preposition (alternatives with ``|``) is the target;
- ``+word``: a required dependent word, alternatives with ``|`` (``crack +down on {T}``);
  ``+PREP {T}`` makes the preposition required and its object the target (``call +on {T}``);
- ``=lemma``: a required direct-object noun lemma, alternatives with ``|``; for a noun
  trigger, the noun it is "of" (``resumption =tie``: "resumption of ties");
- ``>``: a required clausal or infinitival complement (verbs only);
- ``<``: a receiving verb: the target slot names the giver, who becomes the source,
  and the subject becomes the target ("receive =weapon from {T} <");
- ``~``: a judgement word (nouns, and adjectives with pos ``A``): coded as the
  disapproval of its speaker toward the actor it is said of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator

DATA_PACKAGE = "dateline.data.events"
CAMEO_FILE = "cameo_codes.tsv"
PLOVER_FILE = "plover_types.tsv"
LEXICON_FILE = "lexicon.tsv"

CAMEO_COLUMNS = ("code", "label", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_context")
PLOVER_COLUMNS = ("type", "quad_class", "score", "modes", "description")
LEXICON_COLUMNS = ("id", "pos", "pattern", "cameo", "plover", "mode", "note")

TARGET = "{T}"
COMPLEMENT = ">"
EVALUATIVE = "~"
CONVERSE = "<"
_CODE_RE = re.compile(r"^\d{2,4}$")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
# Lemmas are lowercase words; hyphens and apostrophes occur in news vocabulary
# ("air-strike", "cease-fire").
_WORD_RE = re.compile(r"^[a-z][a-z'-]*$")
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


@dataclass(frozen=True)
class LexiconEntry:
    """One trigger pattern of the event lexicon, with its parsed pattern."""

    id: str
    pos: str
    lemmas: tuple[str, ...]
    target_direct: bool
    target_preps: tuple[str, ...]
    particles: tuple[str, ...]
    objects: tuple[str, ...]
    needs_complement: bool
    cameo: str
    plover: str
    mode: str
    note: str
    # Required words as written, one group per "+a|b" item: any word of a group
    # satisfies it. Empty for hand-built entries, where each particle is its own group.
    particle_groups: tuple[tuple[str, ...], ...] = ()
    # A judgement word ("weakness", "reckless"): the event is the disapproval of
    # whoever says it toward the actor it is said of.
    evaluative: bool = False
    # The subject receives what the giver in the target slot does ("received arms
    # from X": X -> subject).
    converse: bool = False
    # Required prepositional objects, (preposition, lemmas) each: the preposition
    # hangs on the trigger or its object and its object is one of the lemmas. Only
    # entries read from user verb dictionaries have them ("call (for ceasefire)").
    prep_objects: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # PETRARCH's target rule, for entries read from its dictionaries: with no target
    # in the pattern's slots, the first other actor after the verb in its phrase.
    phrase_target: bool = False

    def required_groups(self) -> tuple[tuple[str, ...], ...]:
        """The required-word groups: each must be met by one of its words."""
        return self.particle_groups or tuple((p,) for p in self.particles)


@dataclass(frozen=True)
class Pattern:
    """The parsed pattern column of one lexicon row."""

    lemmas: tuple[str, ...]
    target_direct: bool
    target_preps: tuple[str, ...]
    particles: tuple[str, ...]
    objects: tuple[str, ...]
    needs_complement: bool
    particle_groups: tuple[tuple[str, ...], ...] = ()
    evaluative: bool = False
    converse: bool = False


def _read_data(name: str) -> str:
    return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def _rows(text: str, source: str, columns: tuple[str, ...], errors: list[str]) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, fields) for each data row; bad rows go to ``errors``."""
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            header_seen = True
            if tuple(fields) != columns:
                errors.append(f"{source}:{number}: header must be {' '.join(columns)!r}, got {' '.join(fields)!r}")
            continue
        if len(fields) != len(columns):
            errors.append(f"{source}:{number}: expected {len(columns)} tab-separated fields, got {len(fields)}")
            continue
        yield number, [field.strip() for field in fields]
    if not header_seen:
        errors.append(f"{source}: no header row")


def _raise_if(errors: list[str], source: str) -> None:
    if errors:
        raise ValueError(f"{len(errors)} problem(s) in {source}:\n" + "\n".join(errors))


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
    for number, (code, label, goldstein, quad, ptype, pmode, pcontext) in _rows(text, source, CAMEO_COLUMNS, errors):
        where = f"{source}:{number}"
        if not _CODE_RE.match(code):
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
    _raise_if(errors, source)
    return codes


def parse_plover_types(text: str, source: str = PLOVER_FILE) -> dict[str, PloverType]:
    """Parse the text of a plover_types.tsv file into types keyed by name."""
    errors: list[str] = []
    types: dict[str, PloverType] = {}
    for number, (name, quad, score, modes, description) in _rows(text, source, PLOVER_COLUMNS, errors):
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
    _raise_if(errors, source)
    return types


def parse_pattern(pattern: str, pos: str = "V") -> Pattern:
    """Parse one lexicon pattern; raise ValueError saying what is wrong with it."""
    items = pattern.split()
    if not items:
        raise ValueError("empty pattern")
    lemmas = tuple(items[0].split("|"))
    for lemma in lemmas:
        if not _WORD_RE.match(lemma):
            raise ValueError(f"trigger {lemma!r} is not a lowercase lemma")
    target_direct = False
    preps: list[str] = []
    particles: list[str] = []
    groups: list[tuple[str, ...]] = []
    objects: list[str] = []
    needs_complement = False
    evaluative = False
    converse = False
    index = 1
    while index < len(items):
        item = items[index]
        if item == CONVERSE:
            if pos != "V":
                raise ValueError(f"'{CONVERSE}' (receiving verb) is only for verb triggers")
            converse = True
        elif item == EVALUATIVE:
            if pos == "V":
                raise ValueError(f"'{EVALUATIVE}' (judgement word) is for noun and adjective triggers")
            evaluative = True
        elif item == TARGET:
            if index != 1:
                raise ValueError(f"{TARGET} at position {index + 1} has no preposition before it "
                                 f"(a direct-object target must follow the trigger)")
            if pos != "V":
                raise ValueError(f"a direct-object {TARGET} needs a verb trigger; nouns take 'PREP {TARGET}'")
            target_direct = True
        elif item == COMPLEMENT:
            if pos != "V":
                raise ValueError(f"'{COMPLEMENT}' (complement) is only for verb triggers")
            needs_complement = True
        elif item.startswith("+") or item.startswith("="):
            words = item[1:].split("|")
            for word in words:
                if not _WORD_RE.match(word):
                    raise ValueError(f"{item!r}: {word!r} is not a lowercase word")
            (particles if item[0] == "+" else objects).extend(words)
            if item[0] == "+":
                groups.append(tuple(words))
            # "+PREP {T}": a required preposition whose object is the target.
            if item[0] == "+" and index + 1 < len(items) and items[index + 1] == TARGET:
                preps.extend(words)
                index += 1
        else:
            words = item.split("|")
            for word in words:
                if not _WORD_RE.match(word):
                    raise ValueError(f"unknown item {item!r}")
            if index + 1 >= len(items) or items[index + 1] != TARGET:
                raise ValueError(f"preposition {item!r} must be followed by {TARGET} "
                                 f"(use +{item} for a particle)")
            preps.extend(words)
            index += 1
        index += 1
    return Pattern(lemmas, target_direct, tuple(dict.fromkeys(preps)), tuple(particles),
                   tuple(objects), needs_complement, tuple(groups), evaluative, converse)


def parse_lexicon(
    text: str,
    source: str = LEXICON_FILE,
    cameo_codes: dict[str, CameoCode] | None = None,
    plover_types: dict[str, PloverType] | None = None,
) -> list[LexiconEntry]:
    """Parse the text of a lexicon.tsv file; cross-check codes and types when given."""
    errors: list[str] = []
    entries: list[LexiconEntry] = []
    seen: dict[str, int] = {}
    for number, (entry_id, pos, pattern, cameo, plover, mode, note) in _rows(text, source, LEXICON_COLUMNS, errors):
        where = f"{source}:{number}"
        problems: list[str] = []
        if not _ID_RE.match(entry_id):
            problems.append(f"id {entry_id!r} is not lowercase letters, digits, '.', '_' or '-'")
        elif entry_id in seen:
            problems.append(f"id {entry_id} already used on line {seen[entry_id]}")
        else:
            seen[entry_id] = number
        if pos not in ("V", "N", "A"):
            problems.append(f"pos {pos!r} is not V, N or A")
        parsed: Pattern | None = None
        try:
            parsed = parse_pattern(pattern, pos if pos in ("V", "N", "A") else "V")
            if pos == "A" and not parsed.evaluative:
                problems.append(f"adjective pattern {pattern!r} must be evaluative ('{EVALUATIVE}')")
        except ValueError as exc:
            problems.append(f"pattern {pattern!r}: {exc}")
        if not _CODE_RE.match(cameo):
            problems.append(f"cameo {cameo!r} is not 2 to 4 digits")
        elif cameo_codes is not None and cameo not in cameo_codes:
            problems.append(f"cameo {cameo} is not in {CAMEO_FILE}")
        problems.extend(_check_plover(cameo, plover, mode, cameo_codes, plover_types))
        if not note:
            problems.append("note is empty")
        if problems or parsed is None:
            errors.extend(f"{where}: {problem}" for problem in problems)
            continue
        entries.append(LexiconEntry(
            id=entry_id, pos=pos, lemmas=parsed.lemmas, target_direct=parsed.target_direct,
            target_preps=parsed.target_preps, particles=parsed.particles, objects=parsed.objects,
            needs_complement=parsed.needs_complement, cameo=cameo, plover=plover, mode=mode, note=note,
            particle_groups=parsed.particle_groups, evaluative=parsed.evaluative,
            converse=parsed.converse,
        ))
    _raise_if(errors, source)
    return entries


def _check_plover(
    cameo: str,
    plover: str,
    mode: str,
    cameo_codes: dict[str, CameoCode] | None,
    plover_types: dict[str, PloverType] | None,
) -> list[str]:
    problems: list[str] = []
    if plover and plover_types is not None and plover not in plover_types:
        problems.append(f"plover {plover!r} is not in {PLOVER_FILE}")
    if mode and not plover:
        problems.append(f"mode {mode!r} given without a plover type")
    if mode and plover_types is not None and plover in plover_types and mode not in plover_types[plover].modes:
        problems.append(f"mode {mode!r} is not a mode of {plover}")
    # An empty type must be a code PLOVER dropped (01, 02), never a forgotten one.
    if not plover and cameo_codes is not None and cameo in cameo_codes and cameo_codes[cameo].plover_type:
        problems.append(f"plover is empty but cameo {cameo} maps to {cameo_codes[cameo].plover_type}")
    return problems


@lru_cache(maxsize=1)
def _cameo_codes() -> dict[str, CameoCode]:
    return parse_cameo_codes(_read_data(CAMEO_FILE))


@lru_cache(maxsize=1)
def _plover_types() -> dict[str, PloverType]:
    return parse_plover_types(_read_data(PLOVER_FILE))


@lru_cache(maxsize=1)
def _lexicon() -> tuple[LexiconEntry, ...]:
    return tuple(parse_lexicon(_read_data(LEXICON_FILE), LEXICON_FILE, _cameo_codes(), _plover_types()))


def load_cameo_codes() -> dict[str, CameoCode]:
    """All CAMEO codes of the packaged table, keyed by code."""
    return dict(_cameo_codes())


def load_plover_types() -> dict[str, PloverType]:
    """The 16 PLOVER event types of the packaged table, keyed by name."""
    return dict(_plover_types())


def load_lexicon() -> list[LexiconEntry]:
    """All entries of the packaged trigger lexicon, in file order."""
    return list(_lexicon())


def cameo_info(code: str) -> CameoCode:
    """The entry for a CAMEO code, falling back from 4 digits to 3, then to the root."""
    codes = _cameo_codes()
    if not _CODE_RE.match(code):
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
    for number, (ptype, cameo, plover, _refusal) in _rows(_read_data(INTENT_FILE), INTENT_FILE,
                                                           INTENT_COLUMNS, errors):
        if cameo not in codes or codes[cameo].plover_type != plover:
            errors.append(f"{INTENT_FILE}:{number}: {cameo} is not a CAMEO code of type {plover}")
            continue
        intents[ptype] = (cameo, plover)
    _raise_if(errors, INTENT_FILE)
    return intents


INTENT_SUBCODE_FILE = "intent_subcodes.tsv"
INTENT_SUBCODE_COLUMNS = ("act", "intent")


@lru_cache(maxsize=1)
def load_intent_subcodes() -> tuple[tuple[str, str], ...]:
    """(act code prefix, intent code) pairs of intent_subcodes.tsv, longest prefix first."""
    errors: list[str] = []
    codes = load_cameo_codes()
    pairs: list[tuple[str, str]] = []
    for number, (act, intent) in _rows(_read_data(INTENT_SUBCODE_FILE), INTENT_SUBCODE_FILE,
                                       INTENT_SUBCODE_COLUMNS, errors):
        if intent not in codes or codes[intent].plover_type not in ("AGREE", "THREATEN"):
            errors.append(f"{INTENT_SUBCODE_FILE}:{number}: {intent} is not an intent or threat code")
            continue
        pairs.append((act, intent))
    _raise_if(errors, INTENT_SUBCODE_FILE)
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def intent_code(act: str, general: str) -> str:
    """The specific code of announcing the act ``act``, within the general intent ``general``."""
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
    for number, (ptype, _cameo, _plover, refusal) in _rows(_read_data(INTENT_FILE), INTENT_FILE,
                                                            INTENT_COLUMNS, errors):
        if refusal == NO_REFUSAL:
            continue
        if refusal not in codes or codes[refusal].plover_type != "REJECT":
            errors.append(f"{INTENT_FILE}:{number}: refusal {refusal} is not a CAMEO code of type REJECT")
            continue
        refusals[ptype] = refusal
    _raise_if(errors, INTENT_FILE)
    return refusals
