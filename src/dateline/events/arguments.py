"""Sources and targets: from argument tokens of the parse to resolved Actors."""

from __future__ import annotations

from ..nlp import Parsed, Token
from ..records import Actor
from .match import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, infinitive_complement, is_passive
from .status import REQUESTING_VERBS, object_of
from ..tables import word_class

SUBJECT_DEPS = {"nsubj", "csubj"}
# The basis of an actor the actor stage split off coordinated nationalities (actors/coordinated.py).
SHARED_ROLE = "shared-role"
RELATIVE_WORDS = {"who", "which", "that", "whom"}
# Followed down from an argument head to the actor it names ("a group of Russian officials", "forces loyal to").
INWARD_DEPS = ("compound", "appos", "nmod", "amod", "poss", "prep:of", "npadvmod")
# Dependencies of a predicate adjective or adverb under a copula ("is about to").
PREDICATE_DEPS = {"acomp", "prep", "advmod", "attr"}
LIGHT_VERB_DEPS = {"dobj", "obj", "nsubjpass"}
# Verbs through which a subject takes part in an eventive noun ("engaged in talks").
PARTICIPATION_VERBS = word_class("participation verbs")
# How far (in tokens) the other words of one actor's name may lie from a given word.
NAME_REACH = 8
# Possessive determiners: the owner they name yields to a name in the same phrase.
POSSESSIVE_DETERMINERS = {"his", "her", "its", "their", "our", "my", "your"}
# Verbs of naming: "what X called Y" names the thing acted on Y (also where it is).
NAMING_VERBS = {"call", "describe", "term", "dub", "label", "brand"}
# Types of acts that send or deploy people ("sent troops", "deployed peacekeepers").
SENDING_TYPES = {"MOBILIZE", "AID"}
FORCE_SECTORS = {"MIL", "COP"}
REQUEST_NOUNS = {"demand", "call", "appeal", "request", "plea"}  # whose clause is what they ask
# Actors that are places: a state, or a city or region (the actor stage's "place").
PLACE_KINDS = {"state", "place"}
# Pronouns by which a target is its own source ("attacked themselves").
REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself"}
# Verbs whose object, not subject, performs the infinitive ("urged Iran to release",
# "forced the army to withdraw", "helped rebels seize").
OBJECT_CONTROL = REQUESTING_VERBS | {"force", "compel", "allow", "permit", "help", "authorize",
                                    "enable", "oblige", "lead", "cause", "prompt", "drive"}


class ActorIndex:
    """Which actor covers each token of a document."""

    def __init__(self, parsed: Parsed, actors: list[Actor]) -> None:
        self.parsed = parsed
        self.by_token: list[Actor | None] = [None] * len(parsed.tokens)
        ordered = sorted(actors, key=lambda a: a.start)
        k = 0
        for tok in parsed.tokens:
            while k < len(ordered) and ordered[k].end <= tok.idx:
                k += 1
            if k < len(ordered) and ordered[k].start <= tok.idx < ordered[k].end:
                self.by_token[tok.i] = ordered[k]

    def actor_at(self, i: int) -> Actor | None:
        """The actor named by the phrase headed at token ``i``, looking inward if needed."""
        seen, frontier, deferred = set(), [i], None
        while frontier:
            j = frontier.pop(0)
            if j in seen:
                continue
            seen.add(j)
            if self.by_token[j] is not None:
                tok = self.parsed.tokens[j]
                if j != i and tok.dep == "poss" and tok.lemma.lower() in POSSESSIVE_DETERMINERS:
                    # "his Ugandan counterpart": the owner a pronoun names is the
                    # phrase's actor only when nothing else in it names one
                    deferred = deferred or self.by_token[j]
                    continue
                return self.by_token[j]
            for child in self.parsed.children(j):
                if child.dep in INWARD_DEPS:
                    frontier.append(child.i)
                elif child.dep == "prep" and child.lemma.lower() == "of":
                    frontier.extend(g.i for g in self.parsed.children(child.i) if g.dep == "pobj")
        return deferred

    def actors_at(self, i: int) -> list[Actor]:
        """The actors of an argument, expanding coordination ("Russia and North Korea")."""
        found: list[Actor] = []
        members = [i] + self.parsed.conjuncts(i)
        named = self.by_token[i]
        if named is not None:
            # "Barack Obama and Vladimir Putin" parsed with the coordination on
            # "Obama" while "Barack" heads the phrase: the conjuncts of any word
            # of the same name belong to it.
            for j in range(max(0, i - NAME_REACH), min(len(self.by_token), i + NAME_REACH + 1)):
                if j != i and self.by_token[j] is named:
                    members += self.parsed.conjuncts(j)
        for child in self.parsed.children(i):
            # "The US, Russia, and Switzerland": a list the parser reads as an
            # apposition carrying the coordination; a plain apposition has no conj.
            # A coordinated modifier is a list the parser attached to the last
            # item ("Arnor, Chile and the new Peru", "US and British activists").
            listed = self.parsed.conjuncts(child.i)
            if listed and (child.dep in ("appos", "nmod") or self._shares_role(child.i)):
                members += [child.i] + listed
            elif child.dep == "prep" and child.lemma.lower() in ("of", "from"):
                # "the presidents of Kenya and Uganda", "negotiators from X and Y": Y's too
                members += [j for g in self.parsed.children(child.i) if g.dep == "pobj"
                            for j in self.parsed.conjuncts(g.i) if self._shares_role(j)]
        for j in members:
            actor = self.actor_at(j)
            if actor is None or any(actor is a for a in found):
                continue
            if j != i and actor.kind == "state" and any(a.country == actor.country for a in found):
                continue  # "US and British activists": "US" only says whose activists
            found.append(actor)
        return found


    def _shares_role(self, i: int) -> bool:
        """A nationality the actor stage gave its own share of a role word ("Indian and
        French navies": the Indian navy)."""
        actor = self.by_token[i]
        return actor is not None and any(b.kind == SHARED_ROLE for b in actor.basis)


def _child_dep(parsed: Parsed, head: Token, deps: set[str]) -> int | None:
    for child in parsed.children(head.i):
        if child.dep in deps:
            return child.i
    return None


def _subject(parsed: Parsed, verb: Token) -> int | None:
    passive = is_passive(parsed, verb)
    for child in parsed.children(verb.i):
        if passive and child.dep == "agent":
            objs = [g.i for g in parsed.children(child.i) if g.dep == "pobj"]
            if objs:
                return objs[0]
        if not passive and child.dep in SUBJECT_DEPS:
            if child.lemma.lower() in RELATIVE_WORDS and verb.dep == "relcl":
                return verb.head
            return child.i
    return None


def subject_of(parsed: Parsed, verb: Token, depth: int = 0) -> int | None:
    """The subject token of a verb, inherited through control, coordination and relatives."""
    found = _subject(parsed, verb)
    if found is not None or depth > 4:
        return found
    head = parsed.tokens[verb.head]
    if head.i == verb.i:
        return None
    if verb.dep == "xcomp" and head.lemma.lower() in OBJECT_CONTROL:
        controller = object_of(parsed, head)
        if controller is not None:
            return controller
    if (verb.dep == "xcomp" or verb.dep == "advcl" and infinitive_complement(parsed, head.i) is verb) \
            and head.pos in ("VERB", "AUX") and is_passive(parsed, head):
        # Raising and passive control: "X is expected to attack", "X was asked to
        # help": the passive subject performs the infinitive.
        raised = _child_dep(parsed, head, PASSIVE_SUBJECT_DEPS)
        if raised is not None:
            return raised
    if verb.dep == "xcomp" and head.pos in ("ADJ", "ADP", "ADV") and head.dep in PREDICATE_DEPS:
        # "X is about to restore ties", "X is ready to sign": the copula's subject.
        return subject_of(parsed, parsed.tokens[head.head], depth + 1)
    # (A subjectless past form is a participle even when tagged VBD.)
    if verb.dep == "advcl" and verb.tag in ("VBN", "VBD") and not any(
            c.dep in ("aux", "auxpass", "mark") for c in parsed.children(verb.i)):
        # "Asked about the deal, the minister replied": the main subject is the one
        # acted on by a bare past participle, not its agent.
        return None
    if verb.dep == "conj" and _child_dep(parsed, verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS) is not None:
        return None  # "..., but their boat was shot at": a passive with no agent named
    if verb.dep in ("xcomp", "conj", "advcl") and head.pos in ("VERB", "AUX"):
        return subject_of(parsed, head, depth + 1)
    if verb.dep == "pcomp" and head.head != head.i:
        return _gerund_subject(parsed, head, depth)
    if verb.dep == "acl" and head.pos in ("NOUN", "PROPN") and head.dep == "ROOT" \
            and _child_dep(parsed, verb, {"dobj", "obj"}) is not None:
        # "Israeli airstrikes killed 20 people": a main verb the parser hung on its
        # subject as a participle (a participle on a noun takes no object)
        return head.i
    if verb.dep in ("relcl", "acl") and head.pos in ("NOUN", "PROPN"):
        # "the lawyer, who had been detained": a passive relative's antecedent is
        # the one acted on (see relative_patient), not the doer.
        return head.i if verb.dep == "relcl" and not is_passive(parsed, verb) else None
    return None


def _gerund_subject(parsed: Parsed, prep: Token, depth: int) -> int | None:
    """The doer of a gerund under ``prep``: the subject of the verb the preposition hangs
    on ("retaliated by shelling X", "left after meeting Y"), or of the copula of the
    adjective it hangs on ("X was guilty of violating", "capable of striking")."""
    holder = parsed.tokens[prep.head]
    if prep.pos in ("ADP", "SCONJ") and holder.pos in ("VERB", "AUX"):
        return subject_of(parsed, holder, depth + 1)
    if prep.pos == "ADP" and holder.pos == "ADJ" and holder.dep in PREDICATE_DEPS and holder.head != holder.i:
        return subject_of(parsed, parsed.tokens[holder.head], depth + 1)
    return None


def passive_relative(parsed: Parsed, verb: Token) -> bool:
    """A passive relative clause on a noun: "envoys who were expelled by X" (its noun
    is the one acted on). A bare participle ("officials accused of ...") describes its
    noun and is left alone."""
    return (verb.dep == "relcl" and verb.head != verb.i
            and parsed.tokens[verb.head].pos in ("NOUN", "PROPN") and is_passive(parsed, verb))


def coordinated_speakers(parsed: Parsed, index: ActorIndex, pronoun: Token) -> list[Actor]:
    """The coordinated subjects of the clause a pronoun's clause completes ("Chile and
    Peru said they ..."), climbing at most three clauses; none when that subject is one."""
    verb = parsed.tokens[pronoun.head]
    for _ in range(3):
        if verb.dep not in ("ccomp", "xcomp", "conj") or verb.head == verb.i:
            return []
        verb = parsed.tokens[verb.head]
        subject = _child_dep(parsed, verb, SUBJECT_DEPS)
        if subject is not None and parsed.conjuncts(subject):
            return index.actors_at(subject)
    return []


def participation_verb(parsed: Parsed, noun: Token) -> Token | None:
    """The verb an eventive noun is taken part in through: "engaged X in a firefight",
    "took part in the talks", "participated in the attack" (else None)."""
    if noun.dep != "pobj" or noun.head == noun.i:
        return None
    prep = parsed.tokens[noun.head]
    if prep.lemma.lower() != "in" or prep.head == prep.i:
        return None
    verb = parsed.tokens[prep.head]
    if verb.pos != "VERB":
        return None
    lemma = verb.lemma.lower()
    if lemma in PARTICIPATION_VERBS:
        return verb
    if lemma == "take" and any(c.lemma.lower() == "part" for c in parsed.children(verb.i)):
        return verb
    return None


def engaged_party(parsed: Parsed, noun: Token) -> int | None:
    """The one a participation verb draws in: X in "engaged X in a firefight"."""
    verb = participation_verb(parsed, noun)
    if verb is None:
        return None
    return next((c.i for c in parsed.children(verb.i) if c.dep in ("dobj", "obj")
                 and c.lemma.lower() != "part"), None)


def noun_source(parsed: Parsed, noun: Token) -> int | None:
    """Who performs an eventive noun: its possessor, its 'by' phrase, or the light verb's subject."""
    own = noun_agent(parsed, noun)
    verb = participation_verb(parsed, noun)
    if own is None and verb is not None:
        return subject_of(parsed, verb)
    first = noun
    while first.dep == "conj" and first.head != first.i:
        first = parsed.tokens[first.head]  # "announced freezes and bans": the first conjunct's verb
    head = parsed.tokens[first.head]
    light = first.dep in LIGHT_VERB_DEPS and head.pos == "VERB" and head.i != first.i
    # "X welcomed their resumption of ties": a possessive pronoun on the object
    # is read as bound by the verb's subject.
    if own is not None and not (light and parsed.tokens[own].pos == "PRON"):
        return own
    if light:
        subject = subject_of(parsed, head)
        return subject if subject is not None else own
    return own


def noun_agent(parsed: Parsed, noun: Token) -> int | None:
    """The agent named inside an eventive noun phrase: "X's attack", "an attack by X", "Israeli shelling"."""
    for child in parsed.children(noun.i):
        if child.dep == "poss":
            return child.i
        if child.dep == "prep" and child.lemma.lower() == "by":
            objs = [g.i for g in parsed.children(child.i) if g.dep == "pobj"]
            if objs:
                return objs[0]
    for child in parsed.children(noun.i):
        if child.dep in ("amod", "compound") and child.ent_type in ("NORP", "GPE", "ORG"):
            return child.i
    return None


def is_passive_target(parsed: Parsed, token_index: int) -> bool:
    """True when the token is a passive subject (the patient, not the agent)."""
    return parsed.tokens[token_index].dep in PASSIVE_SUBJECT_DEPS


def requested_events(parsed: Parsed, verb: int) -> list[int]:
    """Heads of what an appeal asks for: its infinitive or clause, the object of "for", or
    a noun object ("demanded the withdrawal of the troops")."""
    out: list[int] = []
    complement = infinitive_complement(parsed, verb)
    if complement is not None:
        out.append(complement.i)
    for child in parsed.children(verb):
        if child.dep == "ccomp" and child.i not in out or child.dep in ("dobj", "obj") and child.pos == "NOUN":
            out.append(child.i)
            if child.lemma.lower() in REQUEST_NOUNS:  # "repeated its demand that X withdraw"
                out.extend(g.i for g in parsed.children(child.i) if g.dep in ("acl", "ccomp"))
        elif child.dep == "prep" and child.lemma.lower() == "for":
            out.extend(g.i for g in parsed.children(child.i) if g.dep == "pobj")
    return out + [c for i in list(out) for c in parsed.conjuncts(i)]


def first_actor_after(parsed: Parsed, index: ActorIndex, trigger: Token, sources: list[Actor]) -> list[Actor]:
    """The first actor after the verb inside its phrase that is not one of its sources."""
    for i in parsed.subtree(trigger.i):
        actor = index.by_token[i]
        if i > trigger.i and actor is not None and not any(same(actor, s) for s in sources):
            return [actor]
    return []


def shared_object(parsed: Parsed, trigger: Token) -> bool:
    """True when the direct object is the subjects' joint thing ("their meeting")."""
    return any(c.dep in OBJECT_DEPS and any(g.dep == "poss" and g.text.lower() == "their"
                                            for g in parsed.children(c.i))
               for c in parsed.children(trigger.i))


def bare_mass(parsed: Parsed, obj: int) -> bool:
    """A singular common noun with no determiner or modifier is a mass of stuff, not a
    party: "shared intelligence", "sought security"."""
    return parsed.tokens[obj].tag == "NN" and not any(
        c.dep in ("det", "poss", "amod", "compound", "nummod") for c in parsed.children(obj))


def sent_forces(actors: tuple[Actor, ...], plover: str) -> bool:
    """"Sent troops", "deployed police": armed forces of no named country that one sends
    or deploys are one's own, not another party."""
    return plover in SENDING_TYPES and bool(actors) and all(a.country is None and a.sector in FORCE_SECTORS
                                                            for a in actors)


def mutual_object(parsed: Parsed, trigger: Token) -> bool:
    """True when the act is done to "each other" or "one another" ("accused each other")."""
    return any(c.dep in OBJECT_DEPS and c.lemma.lower() in ("other", "another")
               and any(g.lemma.lower() in ("each", "one") for g in parsed.children(c.i))
               for c in parsed.children(trigger.i))


def reflexive(parsed: Parsed, tokens: list[int]) -> bool:
    """True when the target is a reflexive pronoun: "attacked themselves" targets its source."""
    return any(parsed.tokens[t].text.lower() in REFLEXIVES for t in tokens)


def distinct(actors: list[Actor]) -> list[Actor]:
    """Actors without repeats of one entity ("the US commander, General X" is one)."""
    out: list[Actor] = []
    for actor in actors:
        if not any(actor is a or actor.same_entity(a) for a in out):
            out.append(actor)
    return out


def with_phrase(parsed: Parsed, tokens: list[int]) -> bool:
    """True when the target is the object of "with" (met with X: both sides act)."""
    return any(parsed.tokens[parsed.tokens[t].head].lemma.lower() == "with" for t in tokens)


def same(a: Actor, b: Actor) -> bool:
    if any(x.basis and x.basis[0].kind == "capital-place" for x in (a, b)) and a is not b:
        return False  # a capital named as where ("sent police to Nairobi") is a place, not its state
    if a.same_entity(b):
        return True
    return a.code is not None and a.code == b.code and a.kind == "state" and b.kind == "state"
