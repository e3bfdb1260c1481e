"""Declining to comment: the coding rule ``no-comment``.

Declining (or refusing) to comment, to confirm or to elaborate is declining comment (CAMEO
011), not a rejection (12x), as the lexicon's verbs of refusal would code it. It is aimed at
whom the comment would be about: the owner of what one would not comment "on" or "about"
("on the Bolivian government's plan"), else the first party of another country the phrase
names ("when asked whether Chile had been in contact with the Bolivian government").
"""

from __future__ import annotations

from ..tables import word_class
from .arguments import same
from .draft import Context, Draft, rule_note
from .match import VERB_POS, infinitive_complement, party_objects
from .owners import owners
from .unnamed_targets import named_abroad

NO_COMMENT_CODE = "011"
COMMENT_VERBS = word_class("comment verbs")
COMMENT_NOUNS = word_class("comment nouns")


def no_comment(d: Draft, ctx: Context) -> Draft:
    """The ``no-comment`` coding rule (see the module)."""
    if d.plover != "REJECT" or d.trigger.pos not in VERB_POS:
        return d
    parsed = ctx.parsed
    clause = infinitive_complement(parsed, d.trigger.i)
    # "declined to comment", "refused to give details"
    if clause is None or clause.lemma.lower() not in COMMENT_VERBS and not any(
            c.dep in ("dobj", "obj") and c.lemma.lower() in COMMENT_NOUNS for c in parsed.children(clause.i)):
        return d
    topics = [parsed.tokens[i] for i in party_objects(parsed, clause.i, ("on", "about"))]
    targets = d.targets or tuple(a for t in topics for a in ctx.index.actors_at(t.i) or owners(ctx, t, clause)
                                 if not any(same(a, s) for s in d.sources))
    if not targets and d.sources and d.sources[0].country:
        targets = tuple(named_abroad(d, ctx))
    return d.but(rule_note("no-comment", NO_COMMENT_CODE), cameo=NO_COMMENT_CODE, plover="",
                 targets=targets, recoded_by="no-comment")
