"""Indirect (reported) speech: "X said (that) ...", "..., X said.", "According to X, ..."."""

from __future__ import annotations

from dataclasses import dataclass

from dateline.nlp import Parsed
from dateline.quotes.cues import Cue
from dateline.quotes.speakers import ACCORDING_TO, Speaker, cue_at, find_speaker
from dateline.records import Actor

# Clauses shorter than this many words are not reported content ("he said so").
MIN_CONTENT_WORDS = 3
# What a bare reporting frame may hold besides the cue ("Reuters reported on Monday").
_FRAME_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "advmod", "npadvmod", "punct",
                         "prep", "cc", "neg"})
# A reported object ("denied the claims") needs fewer words than a clause.
MIN_OBJECT_WORDS = 2
# "spoke about", "called for", "commented on" ("speaks of" is too often "shows")
_TOPIC_PREPOSITIONS = frozenset({"about", "for", "on"})
# A reported clause mostly made of a direct quote is that quote, already found.
MAX_QUOTED_SHARE = 0.5


@dataclass(frozen=True)
class Reported:
    """One indirect attribution: the reported clause, its cue and speaker."""

    start: int
    end: int
    cue: Cue
    cue_token: int
    speaker: Speaker | None
    rules: tuple[str, ...] = ("reported-speech",)  # the rules that made it what it is


def _content_roots(parsed: Parsed, k: int, cue: Cue) -> tuple[list[int], set[int]]:
    """Tokens heading the reported clause of cue ``k``, and tokens to leave out of it."""
    token = parsed.tokens[k]
    if cue is ACCORDING_TO:
        head = token.head
        if head == k or parsed.tokens[head].pos not in ("VERB", "AUX", "ADJ"):
            return [], set()
        return [head], set(parsed.subtree(k))
    # a bare reporting frame under the cue ("..., said X, VOA reports") is not content
    clauses = [c.i for c in parsed.children(k) if c.dep == "ccomp"]
    frames = [c for c in clauses if _is_bare_frame(parsed, c)]
    roots = [c for c in clauses if c not in frames]
    if roots:
        return roots, {j for c in frames for j in parsed.subtree(c)}
    if cue.object:
        objects = _object_roots(parsed, k)
        if objects:
            return objects, set()
    # "Russia is eager ..., Kirby said." and "Acts of protest, he said, are ..." parsed with
    # the reported clause as head of the cue
    if token.dep in ("parataxis", "ccomp") and token.head != k and cue_at(parsed, token.head) is None \
            and parsed.tokens[token.head].pos in ("VERB", "AUX", "ADJ", "NOUN"):
        return [token.head], set(parsed.subtree(k))
    return [], set()


def _is_bare_frame(parsed: Parsed, k: int) -> bool:
    """True for a cue with nothing but its subject around it ("VOA reports", "he said")."""
    if cue_at(parsed, k) is None:
        return False
    return all(c.dep in _FRAME_DEPS for c in parsed.children(k))


def _object_roots(parsed: Parsed, k: int) -> list[int]:
    """What "denied the report" / "called for a ban" / "spoke about the deal" report.

    A verb that names what its object is ("called the plan “a disaster”", "called him a
    liar") reports the predicate too: the object with it, or the predicate alone after a pronoun.
    """
    children = parsed.children(k)
    predicates = [c.i for c in children if c.dep == "oprd"]
    for child in children:
        if child.dep == "dobj" and child.pos not in ("PRON",):
            return [child.i, *predicates]
    if predicates:
        return predicates
    for child in children:
        if child.dep == "prep" and child.text.lower() in _TOPIC_PREPOSITIONS:
            objects = [c.i for c in parsed.children(child.i) if c.dep == "pobj" and c.pos != "PRON"]
            if objects:
                return objects
    return []


def _clause_span(parsed: Parsed, roots: list[int], excluded: set[int],
                 min_words: int = MIN_CONTENT_WORDS) -> tuple[int, int] | None:
    kept = sorted({j for r in roots for j in parsed.subtree(r)} - excluded)
    while kept and parsed.tokens[kept[0]].pos in ("PUNCT", "SPACE", "CCONJ"):
        kept.pop(0)
    while kept and parsed.tokens[kept[-1]].pos in ("PUNCT", "SPACE", "CCONJ"):
        kept.pop()
    words = [j for j in kept if parsed.tokens[j].pos not in ("PUNCT", "SPACE")]
    if len(words) < min_words:
        return None
    return parsed.tokens[kept[0]].idx, parsed.tokens[kept[-1]].end


def _quoted_share(start: int, end: int, quoted: list[tuple[int, int]]) -> float:
    covered = sum(max(0, min(end, b) - max(start, a)) for a, b in quoted)
    return covered / max(1, end - start)


def find_indirect(parsed: Parsed, actors: list[Actor], quoted: list[tuple[int, int]]) -> list[Reported]:
    """Reported clauses governed by a cue, skipping those that are direct quotes already."""
    found = []
    for token in parsed.tokens:
        if any(a <= token.idx < b for a, b in quoted):
            continue  # a cue inside a quotation is the speaker's own words
        cue = cue_at(parsed, token.i)
        if cue is None:
            continue
        roots, excluded = _content_roots(parsed, token.i, cue)
        if not roots:
            continue
        is_object = parsed.tokens[roots[0]].dep in ("dobj", "pobj", "oprd")
        span = _clause_span(parsed, roots, excluded, MIN_OBJECT_WORDS if is_object else MIN_CONTENT_WORDS)
        if span is None or _quoted_share(*span, quoted) > MAX_QUOTED_SHARE:
            continue
        speaker = find_speaker(parsed, actors, token.i, cue)
        if speaker is None:
            continue  # "it is believed that ...": nobody to attribute to
        found.append(Reported(span[0], span[1], cue, token.i, speaker))
    return found
