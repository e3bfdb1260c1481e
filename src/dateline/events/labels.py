"""The words a verb of naming gives its object: "called the group terrorists", "described
the talks as positive". Statements read them for their tone and for blame."""

from __future__ import annotations

from ..nlp import Parsed, Token
from .owners import NAMING_VERBS

# Dependencies of a label on the verb of naming.
LABEL_DEPS = {"oprd", "ccomp", "xcomp", "acomp"}


def naming_labels(parsed: Parsed, cue: int) -> list[Token]:
    """The words a verb of naming gives ("called the group terrorists", "described the
    talks as positive"); [] for any other verb."""
    if parsed.tokens[cue].lemma.lower() not in NAMING_VERBS:
        return []
    children = parsed.children(cue)
    labels = [c for c in children if c.dep in LABEL_DEPS] + [
        g for c in children if c.dep == "prep" and c.lemma.lower() == "as" for g in parsed.children(c.i)
        if g.dep in ("pobj", "amod", "acomp")]
    # "described the bombing as a heinous act": the adjective of a label noun labels too;
    # "called the decision unjustified": so does one the parser hung after the object
    labels += [a for o in children if o.dep in ("dobj", "obj") for a in parsed.children(o.i)
               if a.dep == "amod" and a.i > o.i]
    return labels + [a for g in labels if g.pos == "NOUN" for a in parsed.children(g.i) if a.dep == "amod"]
