"""Where a sentence places its acts: the places that say a countryless actor's country.

:func:`locative`: a place after a preposition of place on a verb, its subject or object
("attacked a post in Turkey"), not on another noun ("a professor at a university in
Scotland"); :func:`region_name`: "Plateau state"; :func:`assailed`: a town an armed act is
aimed at ("rebels seized the town of Kidal": the rebels are of its country).
"""

from __future__ import annotations

from ..nlp import Parsed
from ..tables import word_class

SCENE_NOUNS = word_class("scene nouns")
WORDS_VERBS = word_class("statement verbs") | word_class("requesting verbs")
ADMIN_WORDS = word_class("admin words")
ACTED_ON_DEPS = {"dobj", "obj", "nsubjpass"}
ASSAULT_VERBS = word_class("verbs of assault on a place")
# Prepositions of place: "in southeastern Turkey", "near the Syrian border".
LOCATIVE_PREPS = {"in", "inside", "across", "throughout", "through", "around", "within", "near", "at", "outside"}


def region_name(parsed: Parsed, token: int) -> bool:
    """Is the word the name in "Plateau state", "Balochistan province" (a name the model
    tagged as an organisation, placed by its owner: "Nigeria's Plateau state")?"""
    tok = parsed.tokens[token]
    return tok.dep == "compound" and tok.head != tok.i and parsed.tokens[tok.head].lemma.lower() in ADMIN_WORDS


def assailed(tok, tokens) -> bool:
    """Is the place (a town, not a state) the object of an armed act ("seized the town of X")?"""
    while tok.dep == "pobj" and tokens[tok.head].lemma.lower() == "of" or tok.dep in ("compound", "appos"):
        tok = tokens[tokens[tok.head].head] if tok.dep == "pobj" else tokens[tok.head]
    return tok.dep in ACTED_ON_DEPS and tokens[tok.head].lemma.lower() in ASSAULT_VERBS


def locative(parsed: Parsed, token: int) -> bool:
    """Does the word place an act: the object of a preposition of place (up through
    compounds) on a verb, on its subject or on its object ("attacked a post in Turkey"), not
    on another noun ("a professor at a university in Scotland")?"""
    tokens, tok = parsed.tokens, parsed.tokens[token]
    for _ in range(3):
        if tok.dep == "pobj" and tok.head != tok.i:
            prep = tokens[tok.head]
            if prep.lemma.lower() not in LOCATIVE_PREPS or prep.head == prep.i:
                return False
            holder = tokens[prep.head]
            if holder.lemma.lower() in WORDS_VERBS and prep.i > holder.i:
                # where words were said ("demanded in Quito that ...") is not where the speaker is
                # from; a place set before them is the scene ("In Tokyo, the minister said ...")
                return False
            # the subject's place is its act's too ("protesters in Kenya clashed with ..."),
            # and a village's or town's ("an attack on a village in Nigeria's Plateau state")
            # and a place's that places the act ("held a rally outside the office in Tokyo"), or
            # that a verb's preposition aims it at ("marched on the embassy in Lima")
            return holder.pos in ("VERB", "AUX") or holder.dep in ("dobj", "obj", "attr", "nsubj") \
                or holder.lemma.lower() in SCENE_NOUNS or holder.dep == "pobj" and (
                    locative(parsed, holder.i) or tokens[tokens[holder.head].head].pos == "VERB")
        # "in Nigeria's Plateau state": the owner of a place noun places it too
        if tok.head == tok.i or tok.dep not in ("compound", "amod", "appos", "poss"):
            return False
        tok = tokens[tok.head]
    return False
