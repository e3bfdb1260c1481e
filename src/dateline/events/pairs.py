"""Who "both sides" are: the two parties of the last two-sided event the story told.

News names the parties of a conflict or a negotiation once and then refers to them as
a pair: "the army and the rebels fought ... the UN urged both sides to agree to a
truce", "Armenia and Azerbaijan ... the two countries signed". A pair noun ("sides",
"parties", "countries", "leaders": words.tsv "pair nouns") counted as two ("both",
"two") and naming no actor itself stands for the sides of the last event of an earlier
sentence that had two distinct parties, even when the context gave the pair noun a
country. The actors are those of that event, so its evidence shows where they were named.
"""

from __future__ import annotations

from ..nlp import Parsed
from ..records import Actor
from ..tables import word_class
from ..actors import inferred
from .arguments import same
from .draft import Context, Draft

PAIR_NOUNS = word_class("pair nouns")
# How a pair noun is counted as two: "both sides", "the two sides", "the two warring sides".
PAIR_WORDS = {"both", "two"}
PAIR_DEPS = {"det", "predet", "nummod", "amod", "preconj"}
# Pair nouns that count bodies, not states or sides ("the two groups"), and those bodies' kinds.
BODY_PAIR_NOUNS = {"group", "faction", "movement", "militia"}
BODY_KINDS = {"organization", "group"}


def is_pair(parsed: Parsed, token: int) -> bool:
    tok = parsed.tokens[token]
    return tok.lemma.lower() in PAIR_NOUNS and tok.tag in ("NNS", "NNPS") and any(
        c.dep in PAIR_DEPS and c.lemma.lower() in PAIR_WORDS for c in parsed.children(token))


def pair_sides(ctx: Context, token: int | None, doers: tuple[Actor, ...] = ()) -> list[Actor]:
    """The two parties "both sides" at ``token`` refers to, or nobody. (A pair noun that
    is also a role word, "the two leaders", is an actor with no country of its own: the
    callers ask only when the actors they found have none the text names.) The ``doers``
    of what is done to the pair are not in it: "French troops left both countries" skips
    an event France was a side of."""
    if token is None or not is_pair(ctx.parsed, token):
        return []
    countries = {a.country for a in doers if a.country}
    bodies = ctx.parsed.tokens[token].lemma.lower() in BODY_PAIR_NOUNS
    for event in ctx.told_before(ctx.parsed.tokens[token].sent):
        # "the two groups" after "Hamas and Islamic Jihad declared a truce with Israel": the
        # two bodies that acted together, not the sides of what they did
        for sides in ([_distinct(event.source)] if bodies else []) + [_distinct((*event.source, *event.target))]:
            if len(sides) == 2 and not any(a.country in countries for a in sides) \
                    and (not bodies or all(a.kind in BODY_KINDS for a in sides)):
                return sides
    return []


def _distinct(actors) -> list[Actor]:
    """The actors, each named once."""
    sides: list[Actor] = []
    for actor in actors:
        if not any(actor.name == s.name and actor.country == s.country for s in sides):
            sides.append(actor)
    return sides


def _named(actors) -> bool:
    """Does an actor have a country the text names (not one the context gave it)?"""
    return any(a.country and not inferred(a) for a in actors)


def pair_as_source(d: Draft, ctx: Context) -> Draft:
    # "Chile and Peru held talks ... the two leaders signed an accord"
    told = [] if _named(d.sources) else pair_sides(ctx, d.source_token)
    if not told:
        return d
    # "both sides promised to free all prisoners": naming no one else, each acts on the other
    # (two groups acting together, "the two groups warned", act on a third)
    if not _named(d.targets) and ctx.parsed.tokens[d.source_token].lemma.lower() not in BODY_PAIR_NOUNS:
        return d.but(sources=tuple(told), targets=tuple(told))
    return d.but(sources=tuple(told))


def pair_told_before(d: Draft, ctx: Context) -> Draft:
    # "the army and the RSF fought ... the US urged both sides to agree to a truce"
    if _named(d.targets):
        return d
    for t in d.match.target_tokens:
        found = [a for a in pair_sides(ctx, t, d.sources) if not any(same(a, s) for s in d.sources)]
        if found:
            return d.but(targets=tuple(found))
    return d
