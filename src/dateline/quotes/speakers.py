"""Cue words and speakers on the dependency parse: who said it, by which verb."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dateline.nlp import Parsed
from dateline.quotes.cues import Cue, load_cues
from dateline.records import Actor

ACCORDING_TO = Cue("according to", "speech", True)
# A speaker phrase longer than this many tokens is cut back to its head's left side:
# long subjects carry relative clauses that are not part of the name.
MAX_SPEAKER_TOKENS = 12
# How far a cue may climb the tree to find an inherited subject ("he smiled and said").
MAX_CLIMB = 4
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
_SPEAKER_CUTS = frozenset({"relcl", "acl", "punct", "cc", "conj", "advcl", "prep"})
_PERSON_KINDS = frozenset({"person"})
_NOUN_PREPOSITIONS = frozenset({"of", "from"})
_PHRASE_START = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PRON", "NUM"})
_QUESTION_WORDS = frozenset({"what", "who", "whom", "which", "how", "why", "whether", "when", "where"})


Quoted = Sequence[tuple[int, int]]  # character ranges inside quotation marks


def _inside(char: int, quoted: Quoted) -> bool:
    return any(a <= char < b for a, b in quoted)


@dataclass(frozen=True)
class Speaker:
    """Who a cue attributes words to: the actor (if the actor stage found one) and the words."""

    actor: Actor | None
    text: str | None
    start: int | None = None
    end: int | None = None


def cue_at(parsed: Parsed, i: int) -> Cue | None:
    """The cue a token is, if any: a listed verb (or state adjective) or "according (to)"."""
    token = parsed.tokens[i]
    lemma = token.lemma.lower()
    if token.text.lower() == "according" and any(c.text.lower() == "to" for c in parsed.children(i)):
        return ACCORDING_TO
    if token.pos not in ("VERB", "ADJ"):
        return None
    cue = load_cues().get(lemma)
    if cue is None or (token.pos == "ADJ" and cue.kind != "belief"):
        return None
    if lemma == "point" and not any(c.dep == "prt" and c.text.lower() == "out" for c in parsed.children(i)):
        return None  # only "point out" reports speech
    return cue


def subject_of(parsed: Parsed, cue: int, quoted: Quoted = ()) -> int | None:
    """The token that is the cue's grammatical subject, inherited through conj/xcomp/acomp.

    A subject inside quotation marks is a parse error ("“My view,” she said" read with
    "view" as subject) and is not taken.
    """
    j = cue
    for _ in range(MAX_CLIMB):
        for child in parsed.children(j):
            if child.dep == "nsubj" and not _inside(child.idx, quoted):
                if child.text.lower() in _RELATIVE_PRONOUNS and parsed.tokens[j].dep == "relcl":
                    return parsed.tokens[j].head  # "Kirby, who said ..." -> Kirby
                return child.i
        token = parsed.tokens[j]
        if token.dep == "acl" and token.head != j:
            return token.head  # "a report showing that ...": the noun it modifies
        if token.dep == "advcl" and token.tag in ("VBN", "VBD"):
            break  # "Asked what ..., Kirby replied": the one asked is not the subject
        # "he smiled and said", "..., arguing that": the subject of the clause above
        if token.dep in ("conj", "xcomp", "acomp", "advcl") and token.head != j:
            j = token.head
            continue
        break
    return None


def according_to_source(parsed: Parsed, according: int) -> int | None:
    """The noun of "according to X"."""
    for to in parsed.children(according):
        if to.text.lower() == "to":
            for obj in parsed.children(to.i):
                if obj.dep == "pobj":
                    return obj.i
    return None


def phrase_span(parsed: Parsed, head: int, prepositions: bool = True) -> tuple[int, int]:
    """Token range [first, last] of the noun phrase headed by ``head`` (no clauses).

    With ``prepositions`` the phrase keeps an "of"/"from" phrase ("the mother of three", "a
    senator from Ohio"); other prepositions are too often the verb's, misattached.
    """
    keep = [head]
    stack = [c.i for c in parsed.children(head) if c.dep not in _SPEAKER_CUTS
             or (prepositions and c.dep == "prep" and c.text.lower() in _NOUN_PREPOSITIONS)]
    while stack:
        k = stack.pop()
        keep.append(k)
        stack.extend(c.i for c in parsed.children(k) if c.dep not in ("relcl", "acl", "advcl"))
    first, last = min(keep), max(keep)
    while last > first and parsed.tokens[last].pos in ("PUNCT", "SPACE"):
        last -= 1
    if last - first + 1 > MAX_SPEAKER_TOKENS:
        first = max(first, head - MAX_SPEAKER_TOKENS + 1)
        last = head
    return first, last


def _overlapping(actors: list[Actor], start: int, end: int) -> list[Actor]:
    return [a for a in actors if a.start < end and start < a.end]


def _best(candidates: list[Actor], head_char: int | None) -> Actor | None:
    if not candidates:
        return None
    if head_char is not None:
        covering = [a for a in candidates if a.start <= head_char < a.end]
        if covering:
            return max(covering, key=lambda a: a.end - a.start)
    people = [a for a in candidates if a.kind in _PERSON_KINDS]
    # "the representative of the Council, John Kirby": the name over the title noun
    named = [a for a in people if a.text[:1].isupper()]
    return (named or people or candidates)[0]


def speaker_from_token(parsed: Parsed, actors: list[Actor], head: int) -> Speaker:
    """The speaker whose phrase is headed by token ``head``."""
    first, last = phrase_span(parsed, head)
    start, end = parsed.tokens[first].idx, parsed.tokens[last].end
    head_char = parsed.tokens[head].idx
    # the actor is looked for without the of/from phrase: "a friend of Smith" is not Smith
    near_first, near_last = phrase_span(parsed, head, prepositions=False)
    candidates = _overlapping(actors, parsed.tokens[near_first].idx, parsed.tokens[near_last].end)
    # an appositive name ("the spokesman, John Kirby") names the speaker best
    appositives = [a for c in parsed.children(head) if c.dep == "appos"
                   for a in _overlapping(actors, c.idx, c.end)]
    actor = _best(candidates, head_char)
    if actor is not None and actor.kind not in _PERSON_KINDS and appositives:
        actor = _best(appositives, None)
    return Speaker(actor, parsed.text[start:end], start, end)


def speaker_after(parsed: Parsed, actors: list[Actor], cue: int, stop: int) -> Speaker | None:
    """For "..., said the spokesman, John Kirby": the speaker written right after the cue."""
    tokens = parsed.tokens
    if cue + 1 >= stop or tokens[cue + 1].pos not in _PHRASE_START \
            or tokens[cue + 1].text.lower() in _QUESTION_WORDS:
        return None
    # the noun phrase after the cue ends at the next verb or clause word
    stop = next((k for k in range(cue + 1, stop) if tokens[k].pos in ("AUX", "SCONJ")
                 or tokens[k].text.lower() == "that"), stop)
    start, end = tokens[cue].end, tokens[stop - 1].end
    candidates = [a for a in _overlapping(actors, start, end) if a.start >= start]
    if candidates:
        actor = _best(candidates, None)
        return Speaker(actor, parsed.text[actor.start:actor.end], actor.start, actor.end)
    for k in range(cue + 1, stop):
        if tokens[k].pos in ("PROPN", "NOUN", "PRON") and tokens[k].head == cue:
            return speaker_from_token(parsed, actors, k)
    return None


def speaker_before(parsed: Parsed, actors: list[Actor], cue: int, start: int) -> Speaker | None:
    """For "“...,” the former strategist said": the phrase between a quote and its cue."""
    end = parsed.tokens[cue].idx
    if end <= start:
        return None
    candidates = [a for a in _overlapping(actors, start, end) if a.end <= end]
    if candidates:
        actor = _best(candidates, None)
        return Speaker(actor, parsed.text[actor.start:actor.end], actor.start, actor.end)
    nouns = [t.i for t in parsed.tokens[:cue] if t.idx >= start and t.pos in ("PROPN", "NOUN", "PRON")]
    if not nouns:
        return None
    head = nouns[-1]
    while parsed.tokens[head].head != head and start <= parsed.tokens[parsed.tokens[head].head].idx < end:
        head = parsed.tokens[head].head
    return speaker_from_token(parsed, actors, head)


def find_speaker(parsed: Parsed, actors: list[Actor], cue_token: int, cue: Cue,
                 quoted: Quoted = ()) -> Speaker | None:
    """The speaker a cue attributes to, or None when the parse names nobody.

    ``quoted`` are character ranges in quotation marks: the speaker is never inside them.
    """
    if cue is ACCORDING_TO:
        source = according_to_source(parsed, cue_token)
        return speaker_from_token(parsed, actors, source) if source is not None else None
    subject = subject_of(parsed, cue_token, quoted)
    if subject is not None:
        return speaker_from_token(parsed, actors, subject)
    cue_char = parsed.tokens[cue_token].idx
    before = [b for a, b in quoted if b <= cue_char]
    if before and parsed.text[max(before):cue_char].strip(" ,"):
        found = speaker_before(parsed, actors, cue_token, max(before))
        if found is not None:
            return found
    sentence = parsed.sentences[parsed.tokens[cue_token].sent]
    stop = next((k for k in range(cue_token + 1, sentence.end) if cue_at(parsed, k)), sentence.end)
    stop = next((k for k in range(cue_token + 1, stop) if _inside(parsed.tokens[k].idx, quoted)), stop)
    return speaker_after(parsed, actors, cue_token, stop)
