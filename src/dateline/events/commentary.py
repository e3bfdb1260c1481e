"""Commentary: what observers of the news say of it is no act of theirs.

A plain statement (CAMEO 010, nothing finer read in it) whose speaker is an observer of
the events, not a party to them (words.tsv "commentator nouns": analysts, commentators,
political scientists, economists), is the story's commentary ("analysts say the cabinet
will struggle to pass its budget"): the statement rule ``commentary`` drops it.
What such a speaker says with a stance of its own is kept (warning of inflation: 012;
criticising a ruling: 111), as is anything a named analyst says (the name is the head).
"""

from __future__ import annotations

from ..tables import word_class

STATEMENT = "010"
COMMENTATOR_NOUNS = word_class("commentator nouns")


def commentary(d, env):
    """The ``commentary`` statement rule (see the module)."""
    ctx, _ = env
    if d.code != STATEMENT:
        return d
    words = [ctx.parsed.tokens[i] for i in ctx.parsed.tokens_in(d.speaker.start, d.speaker.end)]
    return None if words and words[-1].lemma.lower() in COMMENTATOR_NOUNS else d


COMMENTARY_RULES = (
    ("commentary", "a plain statement by an observer of the events (\"analysts say\", \"a political scientist "
                   "said\") is the story's commentary, no act of theirs", commentary),
)
