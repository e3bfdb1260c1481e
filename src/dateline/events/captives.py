"""Asking for captives' release is aimed at those who hold them.

"Chile demanded the release of Chilean fishermen held by the Peruvian navy": the demand is
made of the holders (CAMEO 1053 Chile -> Peru), not of the fishermen, who are its subject
matter. The argument rule ``holder-asked`` reads it for appeals and demands of release
(0253, 1053): a participle or relative clause of holding (words.tsv "captivity verbs") on
the captives, with its "by" agent.
"""

from __future__ import annotations

from ..tables import word_class
from .arguments import distinct, same
from .draft import Context, Draft
from .match import party_objects

ASKING_ROOTS = ("02", "10")  # appeals and demands (their release subcodes come later)
RELEASE_NOUNS = {"release", "freedom", "freeing", "handover"}
CAPTIVITY_VERBS = word_class("captivity verbs")


def holder_asked(d: Draft, ctx: Context) -> Draft:
    """The ``holder-asked`` argument rule (see the module)."""
    if not d.entry.cameo.startswith(ASKING_ROOTS):
        return d
    parsed = ctx.parsed
    # the captives: those acted on, or what a release the act asks for is "of"
    releases = [t for t in parsed.subtree(d.trigger.i) if parsed.tokens[t].lemma.lower() in RELEASE_NOUNS]
    if not releases:
        return d
    captives = list(d.match.target_tokens) + [g for t in releases for g in party_objects(parsed, t, ("of",))]
    holders = [a for i in captives for c in parsed.children(i)
               if c.dep in ("acl", "relcl") and c.lemma.lower() in CAPTIVITY_VERBS
               for g in party_objects(parsed, c.i, ("by",))
               for a in ctx.index.actors_at(g) if not any(same(a, s) for s in d.sources)]
    return d.but(targets=tuple(distinct(holders))) if holders else d
