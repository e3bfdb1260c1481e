"""Military protection (074): peacekeepers moving, and forces sent to help someone.

Where the forces went, or else whom the purpose clause says they help ("sent troops to help
Niger", "to help Mali fight the insurgents") or at whose request or invitation they went ("at
the request of the Bahraini government"), is the target; CAMEO codes such a deployment
as military protection, not as a show of force (154). A deployment at home to guard something ("deployed soldiers
to protect the polling stations") names no one helped and no other state: it stays 154."""

from __future__ import annotations

from ..records import Actor
from ..tables import word_class
from .draft import Context, Draft

# Verbs of a purpose clause that make a deployment help for someone (words.tsv).
HELP_VERBS = word_class("help verbs")
PURPOSE_DEPS = {"advcl", "xcomp"}
# Where the one helped stands: "help Niger", "help Mali fight" (the model makes Mali the
# subject of "fight").
HELPED_DEPS = {"dobj", "obj", "nsubj"}
# Deploying forces (154) and arriving somewhere (042): how peacekeepers are reported moving.
MOVEMENT_CODES = {"154", "042"}
# The role words that name peacekeepers (data/actors/sectors.tsv).
PEACEKEEPING_TERMS = {"peacekeeper", "peacekeeping force"}
# Nouns by which a host asks for forces: "at the request of", "at the invitation of".
ASKING_NOUNS = {"request", "invitation", "behest", "call", "plea", "appeal"}
# Words of a mission that keeps the peace ("as part of the peacekeeping force").
PEACEKEEPING_WORDS = {"peacekeeping", "peace-keeping", "peacekeeper", "stabilisation", "stabilization"}


def protection_targets(ctx: Context, d: Draft) -> tuple[Actor, ...] | None:
    """The targets of a deployment that provides military protection (where the forces went,
    else the one helped), or None when the draft is no such deployment."""
    helped = helped_parties(ctx, d.trigger.i) if d.plover == "MOBILIZE" else None
    if helped or helped is not None and d.targets:
        return d.targets or helped
    asking = _asked_by(ctx, d.trigger.i) if d.cameo in MOVEMENT_CODES and d.plover == "MOBILIZE" else ()
    home = {a.country for a in d.sources}
    if any(a.country and a.country not in home for a in asking):  # not "at the request of its generals"
        return d.targets or asking
    if d.cameo in MOVEMENT_CODES and (any(b.kind == "sector" and b.name in PEACEKEEPING_TERMS
                                          for a in d.sources + d.targets for b in a.basis)
                                      or _as_part_of_peacekeeping(ctx, d.trigger.i)):
        return d.targets
    return None


def _asked_by(ctx: Context, trigger: int) -> tuple[Actor, ...]:
    """Those at whose request or invitation forces were sent ("at the request of Bahrain")."""
    parsed = ctx.parsed
    nouns = [n for c in parsed.children(trigger) if c.dep == "prep" and c.lemma.lower() == "at"
             for n in parsed.children(c.i) if n.dep == "pobj" and n.lemma.lower() in ASKING_NOUNS]
    return tuple(a for n in nouns for p in parsed.children(n.i) if p.dep == "prep" and p.lemma.lower() == "of"
                 for g in parsed.children(p.i) if g.dep == "pobj" for a in ctx.index.actors_at(g.i))


def _as_part_of_peacekeeping(ctx: Context, trigger: int) -> bool:
    """"deployed a battalion to Congo as part of the UN peacekeeping force": the force or
    mission the forces join keeps the peace."""
    parsed = ctx.parsed
    return any(parsed.tokens[i].lemma.lower() in PEACEKEEPING_WORDS for c in parsed.children(trigger)
               if c.dep == "prep" and c.lemma.lower() == "as" for i in parsed.subtree(c.i))


def helped_parties(ctx: Context, trigger: int, deps: set[str] = PURPOSE_DEPS) -> tuple[Actor, ...] | None:
    """The actors a purpose clause of helping names (empty when it names none: "to help
    secure the province"), or None when the act has no such clause (``deps``: how the
    clause may hang on ``trigger``; on a noun, "aid to help X", it is a modifier, acl)."""
    parsed = ctx.parsed
    for clause in parsed.children(trigger):
        if clause.dep not in deps or clause.lemma.lower() not in HELP_VERBS \
                or not any(c.dep == "aux" and c.text.lower() == "to" for c in parsed.children(clause.i)):
            continue
        words = [c for c in parsed.children(clause.i) if c.dep in HELPED_DEPS]
        words += [g for c in parsed.children(clause.i) if c.dep in ("ccomp", "xcomp")
                  for g in parsed.children(c.i) if g.dep in HELPED_DEPS and g.i < c.i]
        return tuple(a for w in words for a in ctx.index.actors_at(w.i))
    return None
