"""The trigger lexicon (data/events/lexicon.tsv): patterns of verbs and eventive nouns
with the CAMEO code and PLOVER type they trigger.

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

A row whose ``cameo`` is ``---`` (and whose plover and mode are empty) is a use of a
trigger that is no event ("fight =poverty"): when it is the best match of a word, that
word codes nothing, as a verb dictionary's ``[---]`` pattern does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..tables import raise_if
from .codes import (CAMEO_FILE, PLOVER_FILE, CameoCode, PloverType, cameo_table, CODE_RE,
                    plover_table, read_data, table_rows)

LEXICON_FILE = "lexicon.tsv"
LEXICON_COLUMNS = ("id", "pos", "pattern", "cameo", "plover", "mode", "note")
# The code of a no-event use, as in verb dictionaries (verbdict.NO_EVENT).
NO_EVENT = "---"
TARGET = "{T}"
COMPLEMENT = ">"
EVALUATIVE = "~"
CONVERSE = "<"
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
# Lemmas are lowercase words; hyphens and apostrophes occur in news vocabulary
# ("air-strike", "cease-fire").
_WORD_RE = re.compile(r"^[a-z][a-z'-]*$")


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
    # hangs on the trigger or its object and its object is one of the lemmas ("went
    # on strike": "+on=strike" in the lexicon; "call (for ceasefire)" in a user's
    # verb dictionary).
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
    prep_objects: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass
class _PatternParts:
    """What the items of a pattern have said so far (see :func:`parse_pattern`)."""

    pos: str
    target_direct: bool = False
    preps: list[str] = field(default_factory=list)
    particles: list[str] = field(default_factory=list)
    groups: list[tuple[str, ...]] = field(default_factory=list)
    objects: list[str] = field(default_factory=list)
    needs_complement: bool = False
    evaluative: bool = False
    converse: bool = False
    prep_objects: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)


def parse_pattern(pattern: str, pos: str = "V") -> Pattern:
    """Parse one lexicon pattern; raise ValueError saying what is wrong with it."""
    items = pattern.split()
    if not items:
        raise ValueError("empty pattern")
    lemmas = tuple(items[0].split("|"))
    for lemma in lemmas:
        if not _WORD_RE.match(lemma):
            raise ValueError(f"trigger {lemma!r} is not a lowercase lemma")
    parts = _PatternParts(pos)
    index = 1
    while index < len(items):
        following = items[index + 1] if index + 1 < len(items) else None
        index += 1 + _read_item(items[index], index, following, parts)
    return Pattern(lemmas, parts.target_direct, tuple(dict.fromkeys(parts.preps)), tuple(parts.particles),
                   tuple(parts.objects), parts.needs_complement, tuple(parts.groups), parts.evaluative,
                   parts.converse, tuple(parts.prep_objects))


def _read_item(item: str, index: int, following: str | None, parts: _PatternParts) -> int:
    """Read one pattern item into ``parts``; returns 1 when it took the next item too."""
    if item in (CONVERSE, EVALUATIVE, COMPLEMENT):
        _read_marker(item, parts)
        return 0
    if item == TARGET:
        if index != 1:
            raise ValueError(f"{TARGET} at position {index + 1} has no preposition before it "
                             f"(a direct-object target must follow the trigger)")
        if parts.pos != "V":
            raise ValueError(f"a direct-object {TARGET} needs a verb trigger; nouns take 'PREP {TARGET}'")
        parts.target_direct = True
        return 0
    if item[0] == "+" and "=" in item:  # "+on=strike|walkout": a preposition and its object
        prep, _, nouns = item[1:].partition("=")
        words = nouns.split("|")
        if not _WORD_RE.match(prep) or not all(_WORD_RE.match(word) for word in words):
            raise ValueError(f"{item!r} is not +PREP=lemma|lemma")
        parts.prep_objects.append((prep, tuple(words)))
        return 0
    if item[0] in "+=":
        words = item[1:].split("|")
        for word in words:
            if not _WORD_RE.match(word):
                raise ValueError(f"{item!r}: {word!r} is not a lowercase word")
        if item[0] == "=":
            parts.objects.extend(words)
            return 0
        parts.particles.extend(words)
        parts.groups.append(tuple(words))
        if following == TARGET:  # "+PREP {T}": a required preposition whose object is the target
            parts.preps.extend(words)
            return 1
        return 0
    words = item.split("|")
    for word in words:
        if not _WORD_RE.match(word):
            raise ValueError(f"unknown item {item!r}")
    if following != TARGET:
        raise ValueError(f"preposition {item!r} must be followed by {TARGET} (use +{item} for a particle)")
    parts.preps.extend(words)
    return 1


def _read_marker(item: str, parts: _PatternParts) -> None:
    """The one-character markers: receiving verb, judgement word, complement."""
    if item == CONVERSE:
        if parts.pos != "V":
            raise ValueError(f"'{CONVERSE}' (receiving verb) is only for verb triggers")
        parts.converse = True
    elif item == EVALUATIVE:
        if parts.pos == "V":
            raise ValueError(f"'{EVALUATIVE}' (judgement word) is for noun and adjective triggers")
        parts.evaluative = True
    else:
        if parts.pos != "V":
            raise ValueError(f"'{COMPLEMENT}' (complement) is only for verb triggers")
        parts.needs_complement = True


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
    for number, (entry_id, pos, pattern, cameo, plover, mode, note) in table_rows(text, source, LEXICON_COLUMNS, errors):
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
        if cameo == NO_EVENT:
            if plover or mode:
                problems.append(f"a no-event row ({NO_EVENT}) has no plover type or mode")
        elif not CODE_RE.match(cameo):
            problems.append(f"cameo {cameo!r} is not 2 to 4 digits or {NO_EVENT}")
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
            converse=parsed.converse, prep_objects=parsed.prep_objects,
        ))
    raise_if(errors, source)
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
def _lexicon() -> tuple[LexiconEntry, ...]:
    return tuple(parse_lexicon(read_data(LEXICON_FILE), LEXICON_FILE, cameo_table(), plover_table()))


def load_lexicon() -> list[LexiconEntry]:
    """All entries of the packaged trigger lexicon, in file order."""
    return list(_lexicon())
