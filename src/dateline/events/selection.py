"""Which matches of a sentence are events: the sentence-level rules.

Every lexicon match of a sentence is a candidate (:func:`candidates`). The rules of
:data:`SELECTION` then decide between a verb and the eventive noun it takes ("held
talks"), drop what reports nothing new (an aim, a purpose, a background act, see
``background``) and fold a requested act into the appeal that asks for it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from ..nlp import Parsed, Token
from ..rules import RuleSet
from .arguments import PARTICIPATION_VERBS, noun_agent, requested_events, subject_of
from .asked import asked_keys, ended_force
from .background import BACKGROUND_RULES, FORCE_ROOTS, forceful
from .by_subject import armed_arrivals, not_a_crowd, unarmed_force, unarmed_withdrawal
from .codes import INTENT_ROOT, THREAT_ROOT, cameo_table, intent_code
from .lexicon import LexiconEntry
from .index import Lexicon
from .match import OBJECT_DEPS, PLACE_PREPS, Match, best_match, infinitive_complement, is_passive, party_objects
from .status import is_framing
from .verbdict import NO_EVENT
from ..tables import word_class

# Types whose verb keeps its own meaning over an eventive noun object: the verb
# judges the noun's event rather than naming it ("condemned the attack"), or protests
# against it ("protested the arrest of their leader").
STANCE_TYPES = {"ACCUSE", "REJECT", "PROTEST"}
# Appeal and demand codes a requested event may refine.
GENERIC_REQUESTS = {"020", "100"}
# Verbs of ordering: what one orders on one's own authority is done (words.tsv).
ORDER_VERBS = word_class("order verbs")
APPEAL_ROOT = "02"
# A denial, and the clauses under it that say what is denied ("denied that X fired",
# "denies breaking the rules").
DENY_CODE = "016"
DISAPPROVE_ROOT = "11"  # a charge joined to a denial is its rebuttal
# How a denied act hangs on the denial: its clause ("denied that X fired"), or the clause
# of the charge denied ("rejected accusations that it had aided X": acl, then dobj).
DENIED_CLAUSE_DEPS = {"ccomp", "xcomp", "conj", "acl", "relcl", "dobj"}
# Where an eventive noun stands to the verb that may hold it: its object, or a passive's
# subject ("sanctions were lifted", "talks were suspended").
NOUN_OBJECT_DEPS = OBJECT_DEPS | {"nsubjpass"}
# The preposition naming the armed act another act happened in ("killed in a raid").
CIRCUMSTANCE_PREPS = ("in", "during")
# Verbs whose object names what is asked for ("urge restraint", "seek aid").
ASKING_VERBS = ("urge", "seek")
# Disasters and accidents: what they kill or destroy nobody did (words.tsv).
DISASTER_NOUNS = word_class("disaster nouns")
BLAZE_WORDS = word_class("blaze words")
TALK_NOUNS = word_class("talk nouns")
CONTAINER_NOUNS = word_class("container nouns")
PRAISING_VERBS = word_class("praising verbs")


@dataclass(frozen=True)
class Selection:
    """The matches of one sentence, by trigger token (rules return a new Selection)."""

    matches: dict[int, Match] = field(default_factory=dict)

    def without(self, *triggers: int) -> "Selection":
        gone = set(triggers) & set(self.matches)
        if not gone:
            return self
        return Selection({i: m for i, m in self.matches.items() if i not in gone})

    def replacing(self, trigger: int, match: Match) -> "Selection":
        return Selection({**self.matches, trigger: match})


@dataclass
class SentenceContext:
    parsed: Parsed
    lexicon: Lexicon
    intents: dict[str, tuple[str, str]]
    asked: dict[str, list[LexiconEntry]]


SELECTION: RuleSet[Selection] = RuleSet("events.selection")


def candidates(parsed: Parsed, lexicon: Lexicon, start: int, end: int) -> Selection:
    """The best lexicon match of each word of tokens ``start``..``end``."""
    found: dict[int, Match] = {}
    for i in range(start, end):
        token = parsed.tokens[i]
        entries = lexicon.candidates(parsed, token)
        if not entries:
            continue
        match = best_match(parsed, token, entries)
        if match is None or match.entry.cameo == NO_EVENT:
            continue  # a dictionary's "[---]": this use of the verb codes nothing
        # a frame ("vowed to attack") gives way to its infinitive, unless it has an object
        # of its own ("pledged ten million dollars to rebuild the port")
        if not (is_framing(parsed, token) and not match.entry.needs_complement and match.object_token is None):
            found[i] = match
    return Selection(found)


def asked_for(lexicon: Lexicon) -> dict[str, list[LexiconEntry]]:
    """What an appeal may ask for, by the object noun of the verbs of asking."""
    asked: dict[str, list[LexiconEntry]] = {}
    for verb in ASKING_VERBS:
        for entry in lexicon.verbs.get(verb, ()):
            for noun in entry.objects:
                asked.setdefault(noun, []).append(entry)
    return asked


@SELECTION.rule("verb-or-noun", "a verb and its eventive object are one event: the verb when it "
                                "requires that object or judges it, else the noun")
def verb_or_noun(s: Selection, ctx: SentenceContext) -> Selection:
    # "held talks" is the talks; "launched an air strike" the strike; "condemned an attack
    # by X" the condemnation, aimed at the attacker
    parsed, kept = ctx.parsed, dict(s.matches)
    for i, match in list(kept.items()):
        if _required_prep_object(parsed, parsed.tokens[i], kept):  # "walked away from the talks"
            del kept[i]  # (a noun, or one the tagger took for a verb: "from talks")
            continue
        if match.entry.pos != "N" or parsed.tokens[i].head == i:
            continue
        noun = parsed.tokens[i]
        while noun.dep == "conj" and noun.head != noun.i:  # "announced asset freezes and travel bans"
            noun = parsed.tokens[noun.head]
        of = parsed.tokens[noun.head]
        if noun.dep == "pobj" and of.lemma.lower() == "of" and parsed.tokens[of.head].lemma.lower() in CONTAINER_NOUNS:
            noun = parsed.tokens[of.head]  # "eased some of its sanctions", "held a round of talks"
        verb = kept.get(noun.head)
        if verb is None or verb.entry.pos != "V" or noun.dep not in NOUN_OBJECT_DEPS \
                or verb.entry.plover == "REQUEST" and verb.entry.cameo in GENERIC_REQUESTS \
                and parsed.tokens[verb.trigger].lemma.lower() not in ORDER_VERBS:
            # "demanded the withdrawal of X": the demand, by the rule requested ("ordered a
            # mobilisation" by one's own authority is the mobilisation)
            continue
        # "welcomed Peru's decision", "hailed the ceasefire between X and Y" praises another's
        # act (a verb dictionary's own patterns say otherwise)
        praised = parsed.tokens[verb.trigger].lemma.lower() in PRAISING_VERBS \
            and not verb.entry.id.startswith("dict:") \
            and (noun_agent(parsed, noun) is not None or bool(party_objects(parsed, noun.i, ("between",))))
        if verb.entry.objects or verb.entry.plover in STANCE_TYPES or praised:
            del kept[i]
            noun_code, verb_code = match.cameo or match.entry.cameo, verb.cameo or verb.entry.cameo
            if _refines(noun_code, verb_code):  # "launched a drone attack": the drone strike (195)
                kept[verb.trigger] = dataclasses.replace(verb, cameo=noun_code, refined_by="verb-or-noun")
        else:
            del kept[verb.trigger]
    return _kept(s, kept)


def _required_prep_object(parsed: Parsed, noun, kept: dict[int, Match]) -> bool:
    """Is the noun the prepositional object a kept verb's pattern requires, on the verb
    or on its particle ("walked away from the talks", "came under attack")?"""
    if noun.dep != "pobj" or noun.head == noun.i:
        return False
    prep = parsed.tokens[noun.head]
    holder = parsed.tokens[prep.head]
    verb = kept.get(holder.i) or kept.get(holder.head)
    return verb is not None and verb.entry.pos == "V" and any(
        prep.lemma.lower() == p and noun.lemma.lower() in lemmas for p, lemmas in verb.entry.prep_objects)


def _refines(noun_code: str, verb_code: str) -> bool:
    """Does the eventive object's code say more than its support verb's generic one
    ("launched an attack" 190, "a drone attack" 195)?"""
    if noun_code == verb_code or len(verb_code) != 3 or not verb_code.endswith("0") \
            or len(noun_code) == 3 and noun_code.endswith("0"):  # a generic noun says no more
        return False
    return noun_code[:2] == verb_code[:2] or {noun_code[:2], verb_code[:2]} <= FORCE_ROOTS


@SELECTION.rule("act-in-act", "force named as the act another happened in (\"killed in an Israeli air "
                              "strike\", \"killed ten in a raid\") is that act: one event, on the verb, with "
                              "the noun's code where it says more")
def act_in_act(s: Selection, ctx: SentenceContext) -> Selection:
    parsed, kept = ctx.parsed, dict(s.matches)
    for i, match in list(kept.items()):
        noun = parsed.tokens[i]
        # "wounded in a drone attack on Kharkiv": an act aimed at someone of its own stays one
        aimed = [t for t in match.target_tokens if parsed.tokens[parsed.tokens[t].head].lemma.lower() not in PLACE_PREPS]
        if match.entry.pos != "N" or not forceful(match) or aimed or noun.dep != "pobj" or noun.head == i:
            continue
        prep = parsed.tokens[noun.head]
        verb = kept.get(prep.head)
        if prep.lemma.lower() not in CIRCUMSTANCE_PREPS or verb is None or verb.entry.pos != "V" \
                or not forceful(verb):
            continue
        del kept[i]
        noun_code, verb_code = match.cameo or match.entry.cameo, verb.cameo or verb.entry.cameo
        if _refines(noun_code, verb_code):
            kept[verb.trigger] = dataclasses.replace(verb, cameo=noun_code, refined_by="act-in-act")
    return _kept(s, kept)


@SELECTION.rule("one-judgement", "\"weakness and desperation\": one judgement, not one per word")
def one_judgement(s: Selection, ctx: SentenceContext) -> Selection:
    kept = dict(s.matches)
    for i, match in list(kept.items()):
        head = kept.get(ctx.parsed.tokens[i].head)
        if match.entry.evaluative and ctx.parsed.tokens[i].dep == "conj" and head is not None \
                and head.entry.evaluative:
            del kept[i]
    return _kept(s, kept)


def _kept(s: Selection, kept: dict[int, Match]) -> Selection:
    """The selection of what ``kept`` still holds (``s`` itself when nothing went)."""
    return s if len(kept) == len(s.matches) else Selection(kept)


def _background(rule_id: str, reason: str, test) -> None:
    """Register a background test as a rule (decisions see the matches still kept)."""
    @SELECTION.rule(rule_id, reason)
    def background(s: Selection, ctx: SentenceContext) -> Selection:
        kept = dict(s.matches)
        for i in list(kept):
            if test(ctx.parsed, kept, i, kept[i], ctx.lexicon.nouns):
                del kept[i]
        return _kept(s, kept)


for _rule in BACKGROUND_RULES:
    _background(*_rule)


@SELECTION.rule("denied", "an act said not to have happened (\"denied that soldiers fired\") is no "
                          "event: the denial is")
def denied(s: Selection, ctx: SentenceContext) -> Selection:
    kept = dict(s.matches)
    for i in list(kept):
        current = ctx.parsed.tokens[i]
        for _ in range(4):
            # "dismissed as baseless reports that X ...": through the "as" phrase too
            through_as = current.dep == "prep" and current.lemma.lower() == "as" \
                or current.dep == "pobj" and ctx.parsed.tokens[current.head].lemma.lower() == "as"
            if current.head == current.i or current.dep not in DENIED_CLAUSE_DEPS and not through_as:
                break
            head = kept.get(current.head)
            if head is not None and head.entry.cameo == DENY_CODE:
                # "denied X and demanded his release": a verb joined to the denying one is the
                # speaker's next act, not a denied one; a charge so joined ("denied it and accused
                # X of lying") is the denial's rebuttal, one statement as coders label it
                if current.dep != "conj" or kept[i].entry.cameo[:2] == DISAPPROVE_ROOT:
                    del kept[i]
                break
            current = ctx.parsed.tokens[current.head]
    return _kept(s, kept)


@SELECTION.rule("requested", "an appeal or demand takes its sub-code from the act it asks for, "
                             "which did not happen and is folded into it")
def requested(s: Selection, ctx: SentenceContext) -> Selection:
    # CAMEO's appeals (02x), demands (10x) and intents (03x) share their third digit
    # (intent.tsv gives the 03x form of each type): "urged X to send aid" is 023.
    for i, match in list(s.matches.items()):
        code = match.entry.cameo
        if match.entry.plover != "REQUEST" or code not in GENERIC_REQUESTS:
            continue
        for c in requested_events(ctx.parsed, i) + _taken_part_in(ctx.parsed, i):
            asked = s.matches.get(c)
            if asked is None and (ctx.parsed.tokens[c].dep == "pobj" or _joined(ctx.parsed, c)
                                  or ended_force(ctx.parsed, c)):
                # "appealed for calm": the thing asked for, coded as asking for it is
                refined = next(filter(None, (_asked_code(ctx, key) for key in asked_keys(ctx.parsed, c))), None)
                if refined is not None:
                    s = s.replacing(i, dataclasses.replace(match, cameo=code[:2] + refined[2:]))
                    break
            if asked is None or asked.entry.plover == "REQUEST":
                continue
            intent = ctx.intents.get(asked.entry.plover)
            asked_code = asked.cameo or asked.entry.cameo
            if intent is None and asked_code.startswith(INTENT_ROOT):
                intent = (asked_code, asked.entry.plover)  # "urged him to settle the dispute": 037 -> 027
            if intent and intent[0].startswith(THREAT_ROOT) and ctx.parsed.tokens[c].pos == "NOUN" \
                    and not _addressee(ctx.parsed, i, c):
                # "called for sanctions against X": a call, to nobody, to punish X threatens X
                s = s.replacing(i, dataclasses.replace(match, cameo=intent[0], plover=intent[1],
                                                       target_tokens=asked.target_tokens, refined_by="called-for"))
                s = s.without(c)
                break
            if intent and intent[0].startswith(INTENT_ROOT):
                # "demanded that the president resign": 0831 -> 0341 -> 1041, where CAMEO has it
                specific = code[:2] + intent_code(asked_code, intent[0])[2:]
                s = s.replacing(i, dataclasses.replace(
                    match, cameo=specific if specific in cameo_table() else code[:2] + intent[0][2]))
            s = s.without(c)
            break
    return s


def _taken_part_in(parsed: Parsed, verb: int) -> list[int]:
    """The eventive noun of an infinitive of taking part: "urged them to engage in dialogue"."""
    complement = infinitive_complement(parsed, verb)
    if complement is None or complement.lemma.lower() not in PARTICIPATION_VERBS:
        return []
    return [g.i for c in parsed.children(complement.i) if c.dep in ("dobj", "obj", "prep")
            for g in ([c] if c.dep != "prep" else parsed.children(c.i)) if g.dep in ("dobj", "obj", "pobj")]


def _joined(parsed: Parsed, noun: int) -> bool:
    """Are the talks what one is asked to take part in ("to join the talks")? (Joining an
    accord or an alliance is no talking.)"""
    tok = parsed.tokens[noun]
    return tok.dep in ("dobj", "obj") and tok.lemma.lower() in TALK_NOUNS \
        and parsed.tokens[tok.head].lemma.lower() in PARTICIPATION_VERBS


def _addressee(parsed: Parsed, verb: int, asked: int) -> bool:
    """Does the appeal name whom it asks ("urged the EU to ..."), besides the act asked for?"""
    for child in parsed.children(verb):
        if child.dep in ("dobj", "obj", "dative") and child.i != asked:
            return True
        if child.dep == "prep" and child.lemma.lower() in ("on", "upon", "to"):
            return True
    return False


def _asked_code(ctx: SentenceContext, noun: str) -> str | None:
    """The appeal code for asking for ``noun`` ("seek/urge =ceasefire"), from the lexicon."""
    for entry in ctx.asked.get(noun, ()):
        if entry.cameo[:2] == APPEAL_ROOT and entry.cameo not in GENERIC_REQUESTS:
            return entry.cameo
    return None


@SELECTION.rule("force-by-subject", "\"a missile hit the school\" is an attack, \"the storm hit the coast\" is "
                                    "not: verbs of hitting report force only when a weapon, an armed act or "
                                    "armed men do it")
def force_by_subject(s: Selection, ctx: SentenceContext) -> Selection:
    return s.without(*unarmed_force(ctx.parsed, s.matches))


@SELECTION.rule("crowd-gathering", "\"thousands marched through the capital\" is a demonstration (141), "
                                   "\"troops marched into the town\" or \"stocks rallied\" is none: a bare verb of "
                                   "gathering reports a protest only when a crowd gathers, and not beside the "
                                   "act its purpose clause reports (\"marched to demand ...\")")
def crowd_gathering(s: Selection, ctx: SentenceContext) -> Selection:
    return s.without(*not_a_crowd(ctx.parsed, s.matches))


@SELECTION.rule("withdrawal-by-subject", "\"troops left the city\" is a military withdrawal, \"the minister left "
                                         "Paris\" is not: verbs of leaving report one only when armed men leave")
def withdrawal_by_subject(s: Selection, ctx: SentenceContext) -> Selection:
    return s.without(*unarmed_withdrawal(ctx.parsed, s.matches))


@SELECTION.rule("arrival-by-subject", "\"troops arrived in X\" is a deployment, \"doctors arrived in X\" or "
                                      "\"planes carrying aid landed\" aid, \"the minister arrived in X\" a visit")
def arrival_by_subject(s: Selection, ctx: SentenceContext) -> Selection:
    for i, found in armed_arrivals(ctx.parsed, s.matches, ctx.lexicon).items():
        s = s.replacing(i, found)
    return s


@SELECTION.rule("disaster", "deaths and damage a blaze, a flood, an earthquake, a crash or a disease "
                            "caused are nobody's act (\"a blaze killed twelve\", \"were killed in a "
                            "landslide\")")
def disaster(s: Selection, ctx: SentenceContext) -> Selection:
    parsed = ctx.parsed
    return s.without(*(i for i, m in s.matches.items() if parsed.tokens[i].pos in ("VERB", "AUX")
                       and forceful(m) and _disaster_did_it(parsed, parsed.tokens[i])))


def _disaster_did_it(parsed: Parsed, verb: Token) -> bool:
    """Is the doer of the verb a disaster: its subject (or a relative's antecedent), or in
    a passive its "by" agent or the "in"/"during" event it happened in?"""
    doers = []
    subject = subject_of(parsed, verb)
    if subject is not None:
        doers.append(subject)
    if is_passive(parsed, verb):
        doers += [g.i for c in parsed.children(verb.i) if c.dep in ("agent", "prep")
                  and c.lemma.lower() in ("by", "in", "during") for g in parsed.children(c.i) if g.dep == "pobj"]
    return any(_disaster_word(parsed.tokens[t]) or _blaze(parsed, parsed.tokens[t]) for t in doers)


def _disaster_word(noun: Token) -> bool:
    """A disaster noun, in any case or number ("Wildfires killed ...", which the tagger may
    read as a name it does not lemmatise)."""
    lemma = noun.lemma.lower()
    return lemma in DISASTER_NOUNS or lemma.endswith("s") and lemma[:-1] in DISASTER_NOUNS


def _blaze(parsed: Parsed, noun: Token) -> bool:
    """"A fire", "a huge fire", "a factory fire" burn; "Israeli fire", "artillery fire",
    "heavy fire" are gunfire: a fire is a blaze only with no modifier but words of its
    size or harm and the place that burned (words.tsv "blaze words")."""
    if noun.lemma.lower() != "fire":
        return False
    return all(c.dep in ("det", "punct", "prep", "relcl", "acl") or c.lemma.lower() in BLAZE_WORDS
               for c in parsed.children(noun.i))
