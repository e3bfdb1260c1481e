"""Who will do what a state official says will be done.

"The minister said protesters who block roads would be arrested" names no one who will
arrest them: the passive leaves the doer out. Said by a state body (a government, army,
police, court, legislature or intelligence body) of what is still to come, the act is its
state's: the official announces it, and the ``announced`` rule then codes the
announcement (a threat of repression, 137; an intent, 03x). Said by anyone else (a rights
group, a reporter), the doer stays unnamed. Past acts ("said protesters were arrested")
are reports, not announcements, and keep no doer.
"""

from __future__ import annotations

from ..tables import word_class
from .arguments import distinct, subject_of
from .draft import Context, Draft, rule_note
from .match import is_passive
from .status import announcing_verb, status_of

STATE_SECTORS = word_class("state sectors")


def state_announced(d: Draft, ctx: Context) -> Draft:
    """The ``state-announced`` argument rule (registered in argument_rules, before an act with
    no party is dropped)."""
    if d.sources or not is_passive(ctx.parsed, d.trigger) or "future" not in status_of(ctx.parsed, d.trigger):
        return d
    verb = announcing_verb(ctx.parsed, d.trigger)
    speakers = tuple(distinct(ctx.arguments(subject_of(ctx.parsed, verb)))) if verb is not None else ()
    if not speakers or not all(s.country and s.sector in STATE_SECTORS for s in speakers):
        return d
    return d.but(rule_note("state-announced", "by " + ", ".join(s.text for s in speakers)), sources=speakers)
