"""Whom a protest is aimed at when it names nobody: the body whose building it was held at.

"Protesters gathered outside the Japanese embassy in Beijing" protest against Japan, not
against Beijing, the place the place-as-target rule would take; "a rally in front of
parliament" is aimed at parliament. Only a party (not a place) at the protest's own
locative phrase counts.
"""

from __future__ import annotations

from .arguments import PLACE_KINDS, same
from .draft import Context, Draft

PROTEST_ROOT = "14"
# Prepositions of the site of a gathering ("outside the embassy", "at parliament").
SITE_PREPS = {"outside", "at", "near", "before", "opposite"}


def protest_site(d: Draft, ctx: Context) -> Draft:
    if d.targets or d.entry.cameo[:2] != PROTEST_ROOT:
        return d
    parsed = ctx.parsed
    for prep in parsed.children(d.trigger.i):
        if prep.dep != "prep":
            continue
        sites = [g for g in parsed.children(prep.i) if g.dep == "pobj"]
        if prep.lemma.lower() == "in" and sites and sites[0].lemma.lower() == "front":  # "in front of"
            sites = [g for p in parsed.children(sites[0].i) if p.dep == "prep" and p.lemma.lower() == "of"
                     for g in parsed.children(p.i) if g.dep == "pobj"]
        elif prep.lemma.lower() not in SITE_PREPS:
            continue
        found = [a for g in sites for a in ctx.index.actors_at(g.i)
                 if a.kind not in PLACE_KINDS and not any(same(a, s) for s in d.sources)]
        if found:
            return d.but(targets=tuple(found[:1]))
    return d
