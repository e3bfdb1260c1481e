"""Reading user verb dictionaries in the PETRARCH / TABARI format into lexicon entries.

A verb dictionary lists verbs in blocks, each with a default code, and patterns
that refine it::

    &SYNSET_NAME                 # a set of words, used as &SYNSET_NAME in patterns
    +WORD
    +OTHER_WORD

    --- MEET  [040] ---          # a block and its default code
    MEET                         # verbs of the block (inflections in braces ignored)
    +GET_TOGETHER                # a phrasal verb: "get" with the particle "together"
    - * TALKS  [046]             # the verb, then its object noun
    - * {PEACE TALKS} [046]      # a compound object: its last word is the head
    - * (WITH +)  [040]          # a prepositional phrase, whose object is the target
    - + * [040]                  # "+" marks the target; by default it is the actor
                                 # after the verb (the object), as PETRARCH finds it
    - * BUDGET  [---]            # "---": this use of the verb is no event

How much of a pattern survives the translation into dateline's lexicon
(``data/events/lexicon.tsv``, matched on the dependency parse): the verb, its
first object noun (or a synonym set's words), the prepositions of its phrases
(and the head word of their object) and the target slot; with no target in those
slots, the target is the first other actor after the verb in its phrase, as
PETRARCH finds it. Patterns with
words before the verb, or with a code that is not a CAMEO code, cannot be
expressed and are counted as skipped. A dictionary loaded this way defines its
verbs completely: the bundled lexicon's entries for those verbs are set aside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..dictfiles import VERB_BLOCK_HEADER as _HEADER
from .codes import cameo_info
from .lexicon import LexiconEntry

NO_EVENT = "---"
_PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]")
_BRACES = re.compile(r"\{[^}]*\}")
# A verb line with a code of its own: "ARREST [173]", "+ASK_FOR [020]".
_OWN_CODE = re.compile(r"^(.*?)\s*(\[([^\]]*)\])?\s*$")
# Words that open no object noun: a pattern whose first word after the verb is
# one of these ("* NOT EXTEND DEADLINE") says more than the parse can check.
_FUNCTION_WORDS = frozenset({"not", "to", "the", "a", "an", "that", "it", "its", "their", "his", "her"})


@dataclass
class VerbDictionary:
    """The entries read from one verb dictionary, and what could not be expressed."""

    entries: list[LexiconEntry] = field(default_factory=list)
    verbs: set[str] = field(default_factory=set)
    skipped: int = 0


def read_verb_dictionary(path: str | Path) -> VerbDictionary:
    """Lexicon entries for the verbs and patterns of a PETRARCH verb dictionary file."""
    path = Path(path)
    return parse_verb_dictionary(path.read_text(encoding="utf-8", errors="replace"), path.stem)


def parse_verb_dictionary(text: str, name: str = "verbs") -> VerbDictionary:
    """Lexicon entries for the verbs and patterns of verb dictionary text."""
    synsets = _synsets(text)
    out = VerbDictionary()
    block_code, verbs, patterns = "", [], []

    def flush() -> None:
        if verbs:
            _add_block(out, name, block_code, verbs, patterns, synsets)

    in_blocks = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<!"):
            continue
        header = _HEADER.match(line)
        if header:
            flush()
            in_blocks = True
            block_code, verbs, patterns = header.group(2).split(":")[0].strip(), [], []
            continue
        if not in_blocks or line.startswith("&"):
            continue  # synonym sets, read separately
        if line.startswith("- "):
            patterns.append(line)
        elif not patterns:
            verbs.append(_BRACES.sub("", line.lstrip("+")).strip())
    flush()
    return out


def _synsets(text: str) -> dict[str, list[str]]:
    """&NAME -> its words (lower case, underscores as spaces)."""
    sets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = sets.setdefault(line.rstrip("_").upper(), [])
        elif line.startswith("+") and current is not None:
            word = line[1:].strip().rstrip("_")
            # a nested set keeps its &NAME; a word: lower case, underscores as spaces
            current.append(word.upper() if word.startswith("&") else word.lower().replace("_", " ").strip())
        else:
            current = None
    return sets


def _add_block(out: VerbDictionary, name: str, code: str, verbs: list[str], patterns: list[str],
               synsets: dict[str, list[str]]) -> None:
    lemmas: list[str] = []
    particles: list[str] = []
    own: dict[str, str] = {}  # a verb listed with a code of its own ("ARREST [173]")
    for verb in verbs:
        # ";" opens an old TABARI comment ("RIP ;shan 7/11/93")
        verb, _, own_code = _OWN_CODE.match(verb.split(";", 1)[0]).groups()
        first, *rest = verb.lower().split("_")
        if first:
            lemmas.append(first)
            particles.extend(rest[:1])
            if own_code:
                own[first] = own_code.split(":")[0].strip()
    if not lemmas:
        return
    out.verbs.update(lemmas)
    lemma_set = tuple(dict.fromkeys(lemmas))
    # A block's phrasal verbs ("GO_BY") keep their particle; plain verbs none.
    groups = (tuple(dict.fromkeys(particles)),) if particles and len(particles) == len(lemmas) else ()
    plain = tuple(lemma for lemma in lemma_set if lemma not in own)
    if plain and _codes_ok(code):
        out.entries.append(_entry(name, len(out.entries), plain, code, target_direct=True, groups=groups))
    for lemma, own_code in own.items():
        if own_code == NO_EVENT or _codes_ok(own_code):
            out.entries.append(_entry(name, len(out.entries), (lemma,), own_code, target_direct=True,
                                      groups=groups))
    for pattern in patterns:
        entry = _pattern_entry(name, len(out.entries), lemma_set, pattern, synsets, groups)
        if entry is None:
            out.skipped += 1
        else:
            out.entries.append(entry)


def _pattern_entry(name: str, number: int, lemmas: tuple[str, ...], line: str,
                   synsets: dict[str, list[str]], groups: tuple) -> LexiconEntry | None:
    match = _PATTERN.match(line)
    if match is None:
        return None
    body, code = match.group(1), match.group(2).split(":")[0].strip()
    if code != NO_EVENT and not _codes_ok(code):
        return None
    words = re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", body)
    if "*" not in words or any(w not in ("+", "$", "%", "^") for w in words[:words.index("*")]):
        return None  # words before the verb: not expressible on the dependency parse
    # The target, as PETRARCH finds it by default, is the actor after the verb: its
    # object, or the object of the pattern's preposition ("+" only makes it explicit).
    target_direct = True
    objects: list[str] = []
    preps: list[str] = []
    required: list[tuple[str, ...]] = []
    prep_objects: list[tuple[str, tuple[str, ...]]] = []
    after = words[words.index("*") + 1:]
    for n, word in enumerate(after):
        if word.startswith("("):
            inner = re.findall(r"\{[^}]*\}|\S+", word.strip("()"))
            if not inner:
                continue
            prep = inner[0].lower()
            preps.append(prep)
            content = [w for w in inner[1:] if w not in ("+", "$", "%", "^")]
            if content:
                # "(FOR CEASEFIRE)": the preposition's object is checked, by its head word
                prep_objects.append((prep, tuple(_heads(content[-1], synsets))))
            else:
                required.append((prep,))
        elif word in ("+", "$", "%", "^"):
            continue
        elif n + 1 < len(after) and after[n + 1] == "+" and word.isalpha():
            # "ABOUT +": a bare preposition whose object is the target
            preps.append(word.lower())
            required.append((word.lower(),))
        elif word.lower() in _FUNCTION_WORDS:
            continue  # "* THEIR ^ ABOUT +": a determiner says nothing the parse checks
        elif not objects and not preps:
            heads = _compound_heads(word, synsets) if word.startswith("{") else _heads(word, synsets)
            if not heads:
                return None
            objects = heads
    return _entry(name, number, lemmas, code, target_direct=target_direct, preps=tuple(preps),
                  objects=tuple(objects), groups=groups + tuple(required),
                  prep_objects=tuple(prep_objects))


def _compound_heads(word: str, synsets: dict[str, list[str]]) -> list[str]:
    """{ECONOMIC MEMOS} -> "economic-memo": the modifier and head, as the matcher reads
    a hyphenated object lemma (the modifier must modify the object noun)."""
    parts = word.strip("{}").split()
    if len(parts) < 2:
        return _heads(word.strip("{}"), synsets)
    modifier = parts[-2]
    modifiers = _members(modifier, synsets, set()) if modifier.startswith("&") else [modifier.lower()]
    return [f"{m.split()[-1]}-{h}" for m in modifiers if m for h in _heads(parts[-1], synsets)]


def _heads(word: str, synsets: dict[str, list[str]]) -> list[str]:
    """Lemmas an object item may stand for: a word, a {compound}'s last word, a &SET's words."""
    if word.startswith("&"):
        members = _members(word, synsets, set())
        return list(dict.fromkeys(_singular(m.split()[-1]) for m in members if m))
    return [_singular(word.lower().replace("_", " ").split()[-1])]


def _members(name: str, synsets: dict[str, list[str]], seen: set[str]) -> list[str]:
    """The words of a synonym set, nested sets ("+&CURRENCY") spelled out."""
    key = name.rstrip("_").upper()
    if key in seen:
        return []
    seen.add(key)
    out = []
    for member in synsets.get(key, []):
        out.extend(_members(member, synsets, seen) if member.startswith("&") else [member])
    return out


def _singular(noun: str) -> str:
    """TALKS -> talk, ELECTIONS -> election: patterns write nouns as they appear."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and len(noun) > 3:
        return noun[:-1]
    return noun


def _codes_ok(code: str) -> bool:
    try:
        cameo_info(code)
    except KeyError:
        return False
    return True


def _entry(name: str, number: int, lemmas: tuple[str, ...], code: str, *, target_direct: bool = False,
           preps: tuple[str, ...] = (), objects: tuple[str, ...] = (), groups: tuple = (),
           prep_objects: tuple = ()) -> LexiconEntry:
    plover = "" if code == NO_EVENT else (cameo_info(code).plover_type or "")
    particles = tuple(w for group in groups for w in group)
    return LexiconEntry(f"dict:{name}.{number}", "V", lemmas, target_direct, preps, particles, objects,
                        False, code, plover, "", "from a user verb dictionary", particle_groups=groups,
                        prep_objects=prep_objects, phrase_target=True)
