"""The events stage: who did what to whom, coded in PLOVER and CAMEO.

Entry point: :func:`code_events` (or an :class:`EventCoder` held by a pipeline,
which loads the lexicon once). Predicates (verbs and eventive nouns) are matched
against the lexicon in ``data/events/lexicon.tsv`` on the dependency parse;
arguments become source and target; status comes from the parse and from the
quotes stage.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..nlp.parsed import Parsed, Token
from ..records import Actor, Cameo, Document, Event, Plover, Quote, Span, stable_id
from .arguments import (PLACE_KINDS, SUBJECT_DEPS, ActorIndex, distinct, engaged_party,
                        first_actor_after, is_passive_target, noun_agent, noun_source, place_target,
                        reflexive, requested_events, same, shared_object, subject_of, with_phrase)
from .background import drop_unreported, forceful
from .codes import LexiconEntry, cameo_info, intent_code, load_intents, load_lexicon, load_refusals
from .match import OBJECT_DEPS, VERB_POS, Lexicon, Match, best_match, is_passive, party_objects
from .status import (CLAIM_VERBS, according_to, attribution_of, claiming_verb, is_considered,
                     is_framing, is_intended, is_refused, is_threatened, status_of)
from .verbdict import NO_EVENT, VerbDictionary

__all__ = ["EventCoder", "code_events"]

# Types whose coordinated subjects act on each other when no target is named
# ("Russia and North Korea negotiated").
RECIPROCAL_TYPES = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT"}
# Types whose verb keeps its own meaning over an eventive noun object: the verb
# judges the noun's event rather than naming it ("condemned the attack").
STANCE_TYPES = {"ACCUSE", "REJECT"}
# Types whose object is judged favourably ("welcomed the offer from X").
APPROVAL_TYPES = {"SUPPORT"}
# Prepositions of an agentless passive naming the act it happened in ("killed in a raid by X").
CIRCUMSTANCE_PREPS = ("in", "during", "by")
# Prepositions naming where force came from ("fired from Gaza").
ORIGIN_PREPS = ("from",)
# Prepositions naming who wrote or sent a judged thing ("a letter from X").
AUTHOR_PREPS = ("from",)
# Verbs of saying and thinking whose content clause carries a speaker's judgement.
OPINION_VERBS = {"say", "believe", "think", "reply", "add", "note", "argue", "claim", "call",
                 "describe", "tell", "consider", "assert", "insist", "stress", "emphasize",
                 "emphasise", "suggest", "write", "declare", "state", "explain", "answer", "respond"}
CONSIDER_CODE = "014"
HOST_CODE = "043"
DESTROY_PROPERTY = "1712"
RIOT_CODE = "145"
CROWD_WORDS = {"protester", "protestor", "demonstrator", "rioter", "mob", "crowd",
               "protesters", "protestors", "demonstrators", "rioters", "mobs", "crowds"}
VISIT_CODE = "042"
STATEMENT_ROOT = "01"
THREAT_ROOT = "13"
GENERIC_THREAT = "130"
# A charge of force made by a speaker (see EventCoder._claim).
CLAIM_CODE = "112"
CRITICIZE_CODE = "111"
RESPONSIBILITY_CODE = "015"
RESPONSIBILITY_VERBS = {"claim", "admit", "acknowledge", "confirm"}
MATERIAL_CONFLICT = 4
# Appeal and demand codes a requested event may refine (see _fold_requests).
GENERIC_REQUESTS = {"020", "100"}
APPEAL_ROOT = "02"
# Verbs whose object names what is asked for ("urge restraint", "seek aid").
ASKING_VERBS = ("urge", "seek")
INTENT_ROOT = "03"
# Types where "X ... with Y" makes both sides actors: a meeting or a negotiation
# is held jointly; restoring ties or signing with Y is coded from X's side only.
JOINT_TYPES = {"CONSULT"}
# Verbs of meeting whose object meets the subject as much as the reverse ("X met Y").
MEETING_VERBS = {"meet", "confer"}
# Where an agentless eventive noun is still the reported act: as the subject.
HEADLINE_NOUN_DEPS = {"nsubj", "nsubjpass", "ROOT"}
FIRST_PERSON = {"we", "i", "us", "me", "our"}
# Pronouns that stand for an act just told ("It's desperation", "This is weakness").
ANAPHORS = {"it", "this", "that"}
# Confidence: a base for any lexicon match, raised by how much of the pattern
# held and by having both participants; chosen so that a bare verb with one
# argument stays below 0.6 and a fully specified phrase reaches about 0.9.
BASE_CONFIDENCE = 0.45
PER_SPECIFICITY = 0.06
BOTH_ACTORS_BONUS = 0.15
MAX_CONFIDENCE = 0.95


class EventCoder:
    """Codes events with one lexicon, loaded once."""

    def __init__(self, entries: list[LexiconEntry] | None = None,
                 verb_dictionaries: Sequence[VerbDictionary] = ()) -> None:
        entries = entries if entries is not None else load_lexicon()
        if verb_dictionaries:
            # A user's verb dictionary defines its verbs: the bundled senses of those
            # verbs are set aside, its patterns (and its "no event" uses) take over.
            defined = set().union(*(d.verbs for d in verb_dictionaries))
            entries = [e if not (e.pos == "V" and defined & set(e.lemmas))
                       else dataclasses.replace(e, lemmas=tuple(x for x in e.lemmas if x not in defined))
                       for e in entries]
            entries = [e for e in entries if e.lemmas] + [e for d in verb_dictionaries for e in d.entries]
        self.lexicon = Lexicon(entries)
        self.intents = load_intents()
        self.refusals = load_refusals()
        # What an appeal may ask for, by the object noun of the verbs of asking.
        self.asked: dict[str, list[LexiconEntry]] = {}
        for verb in ASKING_VERBS:
            for entry in self.lexicon.verbs.get(verb, ()):
                for noun in entry.objects:
                    self.asked.setdefault(noun, []).append(entry)

    def code(self, doc: Document, parsed: Parsed, actors: list[Actor],
             quotes: list[Quote] = ()) -> list[Event]:
        """All events of one document, in text order."""
        index = ActorIndex(parsed, actors)
        events: list[Event] = []
        for sent in parsed.sentences:
            matches = self._matches(parsed, sent.start, sent.end)
            if not matches:
                continue
            accorded = according_to(parsed, sent.index)
            seen: set[tuple] = set()
            for match in matches:
                event = self._event(doc, parsed, index, match, quotes, accorded)
                if event is None:
                    continue
                # Two claims under one speech verb ("said X attacked A and seized B")
                # are one accusation.
                key = (event.trigger.start, event.cameo.code, tuple(id(a) for a in event.source),
                       tuple(id(a) for a in event.target))
                if key not in seen:
                    seen.add(key)
                    events.append(event)
                    if match.mirrored:
                        events.append(dataclasses.replace(
                            event, id=stable_id(event.id, "mirrored"), source=event.target,
                            target=event.source, evidence=event.evidence + " mirrored (joint act)"))
                    if event.cameo.code == HOST_CODE and event.source and event.target:
                        events.append(_guests_visit(event))
        return events

    def _matches(self, parsed: Parsed, start: int, end: int) -> list[Match]:
        """The sentence's lexicon matches, one per predicate.

        A verb and the eventive noun it takes as object ("held talks", "launched
        an air strike") name one event: the verb's entry wins when it names that
        noun itself ("hold =talk"), else the noun carries the meaning.
        """
        found: dict[int, Match] = {}
        for i in range(start, end):
            token = parsed.tokens[i]
            entries = self.lexicon.candidates(parsed, token)
            if not entries:
                continue
            match = best_match(parsed, token, entries)
            if match is not None and match.entry.cameo == NO_EVENT:
                continue  # a dictionary's "[---]": this use of the verb codes nothing
            if match is not None and not (is_framing(parsed, token) and not match.entry.needs_complement):
                found[i] = match
        for i, match in list(found.items()):
            if match.entry.pos != "N" or parsed.tokens[i].head == i:
                continue
            verb = found.get(parsed.tokens[i].head)
            if verb is None or verb.entry.pos != "V" or parsed.tokens[i].dep not in OBJECT_DEPS:
                continue
            if verb.entry.objects:
                del found[i]
            elif verb.entry.plover in STANCE_TYPES:
                # "condemned an attack by X": the condemnation is the event, aimed
                # at the attacker; the attack is only its topic.
                del found[i]
            else:
                del found[verb.trigger]
        for i, match in list(found.items()):
            # "weakness and desperation": one judgement, not one per word
            head = found.get(parsed.tokens[i].head)
            if match.entry.evaluative and parsed.tokens[i].dep == "conj" and head is not None \
                    and head.entry.evaluative:
                del found[i]
        drop_unreported(parsed, found, self.lexicon.nouns)
        self._fold_requests(parsed, found)
        return [found[i] for i in sorted(found)]

    def _fold_requests(self, parsed: Parsed, found: dict[int, Match]) -> None:
        """An appeal or demand takes its sub-code from the event it asks for.

        CAMEO's appeals (02x), demands (10x) and intents (03x) share their third
        digit (1 material cooperation, 3 aid, 5 yield, 6 meet...), and intent.tsv
        gives the 03x form of each type, so "urged X to send aid" is 023 by that
        table. The requested event did not happen: it is folded into the appeal
        (PETRARCH and CAMEO code the appeal only), as is one after "call for".
        """
        for i, match in list(found.items()):
            code = match.entry.cameo
            if match.entry.plover != "REQUEST" or code not in GENERIC_REQUESTS:
                continue
            for c in requested_events(parsed, i):
                asked = found.get(c)
                if asked is None and parsed.tokens[c].dep == "pobj":
                    # "appealed for peace": the thing asked for, coded as "urge X" is
                    refined = self._asked_code(parsed.tokens[c].lemma.lower())
                    if refined is not None:
                        match.cameo = code[:2] + refined[2:]
                        break
                if asked is None or asked.entry.plover == "REQUEST":
                    continue
                intent = self.intents.get(asked.entry.plover)
                if intent and intent[0].startswith(INTENT_ROOT):
                    match.cameo = code[:2] + intent[0][2]
                del found[c]
                break

    def _asked_code(self, noun: str) -> str | None:
        """The appeal code for asking for ``noun`` ("seek/urge =ceasefire"), from the lexicon."""
        for entry in self.asked.get(noun, ()):
            if entry.cameo[:2] == APPEAL_ROOT and entry.cameo not in GENERIC_REQUESTS:
                return entry.cameo
        return None

    def _event(self, doc: Document, parsed: Parsed, index: ActorIndex, match: Match,
               quotes: list[Quote], accorded: str | None) -> Event | None:
        trigger = parsed.tokens[match.trigger]
        entry = match.entry
        if entry.evaluative:
            sources, targets = self._judgement(parsed, index, trigger, quotes)
            if not sources or not targets:
                return None
            return self._build(doc, parsed, match, trigger, sources, targets, quotes, accorded)
        source_token = subject_of(parsed, trigger) if trigger.pos in VERB_POS else noun_source(parsed, trigger)
        sources = self._arguments(parsed, index, source_token, quotes)
        targets: list[Actor] = []
        for t in match.target_tokens:
            if parsed.tokens[t].dep in SUBJECT_DEPS:  # an object the parser stranded as a subject
                found = [a for a in [index.actor_at(t)] if a is not None]
            else:
                found = index.actors_at(t) or [a for p in party_objects(parsed, t) for a in index.actors_at(p)]
            targets.extend(a for a in found if all(a is not b for b in targets))
        if not targets and entry.target_direct and trigger.pos in VERB_POS and not is_passive(parsed, trigger):
            # "contributed a million rupees to Australia": the object is a thing;
            # the party is in the verb's own "to/with/against" phrase.
            targets = [a for p in party_objects(parsed, trigger.i) for a in index.actors_at(p)]
        if entry.pos == "N" and (party := engaged_party(parsed, trigger)) is not None:
            # "engaged Filipino peacekeepers in a firefight (in the Golan)": the one
            # drawn in is the other side, before any place the noun names.
            targets = index.actors_at(party) or targets
        if not targets and match.object_token is not None and entry.pos == "V" \
                and not match.target_tokens and index.by_token[match.object_token] is not None:
            # "received ministers from X": a required object that itself names
            # people is the other party ("opened its borders" names none).
            targets = index.actors_at(match.object_token)
        if not targets and entry.plover in STANCE_TYPES | APPROVAL_TYPES:
            # "condemned an attack by X", "rejected Russia's proposal", "welcomed
            # a letter from X": the author of the judged thing is the target.
            for t in match.target_tokens:
                agent = noun_agent(parsed, parsed.tokens[t])
                if agent is None:
                    # the parser hangs "from X" on the object or on the verb
                    agent = next(iter(party_objects(parsed, t, AUTHOR_PREPS)
                                      + party_objects(parsed, trigger.i, AUTHOR_PREPS)), None)
                if agent is not None:
                    targets.extend(index.actors_at(agent))
                    if entry.cameo == CRITICIZE_CODE and parsed.tokens[t].lemma.lower() in self.lexicon.nouns:
                        # "condemned an attack by X": denouncing X's act accuses X of it
                        match.cameo, match.refined_by = CLAIM_CODE, "agent-of-act"
        if not sources and trigger.pos in VERB_POS and is_passive(parsed, trigger):
            # "eight were killed in an air strike by government forces": the
            # agent of the attack named around the agentless passive did it.
            sources = [a for p in party_objects(parsed, trigger.i, CIRCUMSTANCE_PREPS)
                       if parsed.tokens[p].lemma.lower() in self.lexicon.nouns
                       for agent in [noun_agent(parsed, parsed.tokens[p])] if agent is not None
                       for a in index.actors_at(agent)]
        if not sources and trigger.pos in VERB_POS and forceful(match) and is_passive(parsed, trigger):
            # "a rocket was fired at X from Gaza": with no agent named, force
            # launched from a place is charged to the state it came from.
            sources = [a for p in party_objects(parsed, trigger.i, ORIGIN_PREPS)
                       for a in [index.actor_at(p)] if a is not None and a.kind in PLACE_KINDS]
        raised = trigger.dep == "xcomp" and not is_passive(parsed, trigger)
        if source_token is not None and is_passive_target(parsed, source_token) and not raised:
            sources, targets = targets, sources
        if entry.converse:
            sources, targets = targets, sources
        sources, targets = distinct(sources), distinct(targets)
        reciprocal = entry.plover in RECIPROCAL_TYPES
        if (entry.plover in JOINT_TYPES and targets and len(sources) == 1
                and (with_phrase(parsed, match.target_tokens) or trigger.lemma.lower() in MEETING_VERBS)):
            # "X met (with) Y": both act. Several subjects ("X and Y welcomed ties
            # with Z") are not each other's partners, so they stay sources; several
            # others ("X met Y and Z") each meet X, not each other: a mirrored event.
            if len(targets) == 1:
                sources = targets = distinct(sources + targets)
            else:
                match.mirrored = True
        elif (reciprocal or shared_object(parsed, trigger)) and not targets and len(sources) > 1:
            # "X and Y postponed their meeting": each acts toward the other
            targets = list(sources)
        elif sources and targets and not reflexive(parsed, match.target_tokens):
            targets = [t for t in targets if not any(same(t, s) for s in sources)]
            if not targets:
                return None
        if not sources and (not targets or (trigger.pos not in VERB_POS
                                            and trigger.dep not in HEADLINE_NOUN_DEPS)):
            # An eventive noun with no one doing it, other than as the subject
            # ("an air strike on X killed ..."), sets the scene ("during a visit
            # to X", "seeking to end the dispute with Y"); it is not a reported act.
            return None
        if not targets and entry.phrase_target:
            targets = first_actor_after(parsed, index, trigger, sources)
        if not targets:
            # "held exercises in Alaska", "a protest in Beijing": with no party
            # acted on, coders take the state where it happened as the target.
            targets = place_target(parsed, index, trigger)
        if (not targets and entry.cameo[:2] == STATEMENT_ROOT and not entry.objects
                and trigger.lemma.lower() in CLAIM_VERBS):
            # "..., the agency said": saying, with nobody addressed or spoken of, is
            # attribution (the quotes stage's business), not an event.
            return None
        return self._build(doc, parsed, match, trigger, sources, targets, quotes, accorded,
                           index, source_token)

    def _build(self, doc: Document, parsed: Parsed, match: Match, trigger: Token,
               sources: list[Actor], targets: list[Actor], quotes: list[Quote],
               accorded: str | None, index: ActorIndex | None = None,
               source_token: int | None = None) -> Event:
        """The Event record of a match whose participants are known."""
        entry = match.entry
        status = status_of(parsed, trigger)
        cameo, plover, evidence = match.cameo or entry.cameo, entry.plover, f"lexicon:{entry.id}"
        if match.cameo:
            evidence += f" {match.refined_by}->{match.cameo}"
        claim = None if index is None else self._claim(parsed, index, trigger, source_token, cameo,
                                                       sources, quotes)
        if claim is not None:
            speech, speakers, own = claim
            code = RESPONSIBILITY_CODE if own else CLAIM_CODE
            evidence += f" claimed->{code} by {speech.text!r}"
            if own:
                sources, cameo, plover = speakers, code, ""
            else:
                sources, targets, cameo, plover = speakers, sources, code, "ACCUSE"
            trigger, status = speech, status_of(parsed, speech)
        start, end = trigger.idx, trigger.end
        refusal = self.refusals.get(plover)
        if claim is None and is_considered(parsed, trigger):
            # "is considering sending aid": CAMEO 014, consider a policy option
            cameo, plover = CONSIDER_CODE, ""
            trigger = parsed.tokens[trigger.head]
            start, end = trigger.idx, trigger.end
            evidence += f" considered->{cameo}"
        elif claim is None and is_threatened(parsed, trigger):
            # "threatened to close the border": a threat, coded 13x by the
            # threatened act when intent.tsv has one, else 130.
            threat = self.intents.get(plover, ("", ""))[0]
            threat = intent_code(cameo, threat) if threat.startswith(THREAT_ROOT) else GENERIC_THREAT
            cameo, plover = threat, "THREATEN"
            evidence += f" threatened->{cameo}"
        elif claim is None and refusal and "negated" in status and is_refused(parsed, trigger):
            # "refused to meet", "will not lift the ban": the refusal is the event.
            cameo, plover = refusal, "REJECT"
            status = [s for s in status if s not in ("negated", "future")]
            evidence += f" refused->{cameo}"
        if cameo == DESTROY_PROPERTY and sources and all(_is_crowd(a) for a in sources):
            # "the building was demolished by protesters": destruction by a crowd of
            # protesters is a violent protest (CAMEO 145; PLOVER PROTEST, riot).
            cameo, plover = RIOT_CODE, "PROTEST"
            evidence += f" crowd->{cameo}"
        intent = self.intents.get(plover)
        if intent and "future" in status and not {"negated", "hypothetical"} & set(status):
            # PLOVER codes any announced cooperation as AGREE (force as THREATEN);
            # CAMEO's 03x/13x are for stated intentions ("vowed to", "plans to"),
            # while a plain "will meet" keeps the event's own CAMEO code.
            if is_intended(parsed, trigger):
                cameo, plover = intent_code(cameo, intent[0]), intent[1]
                evidence += f" announced->{cameo}"
            else:
                plover = intent[1]
                evidence += f" announced->{plover}"
        info = cameo_info(cameo)
        attribution = attribution_of(quotes, start, end, accorded)
        if attribution is not None:
            status = sorted(set(status) | {"reported"})
        specificity = match.specificity + (1 if sources else 0)
        confidence = BASE_CONFIDENCE + PER_SPECIFICITY * specificity
        if sources and targets:
            confidence += BOTH_ACTORS_BONUS
        own_mode = entry.mode if plover == entry.plover else ""
        mode = [own_mode] if own_mode else ([info.plover_mode] if info.plover_mode else [])
        context = list(info.plover_context)
        return Event(
            id=stable_id(doc.id, str(start), entry.id),
            doc_id=doc.id,
            sentence=trigger.sent,
            text=parsed.sentence_text(trigger.sent).strip(),
            trigger=Span(trigger.text, start, end),
            plover=Plover(type=plover or info.plover_type or "", mode=mode, context=context),
            cameo=Cameo(code=cameo, root=cameo[:2], quad_class=info.quad_class,
                        goldstein=info.goldstein),
            source=sources,
            target=targets,
            attribution=attribution,
            status=status,
            confidence=round(min(confidence, MAX_CONFIDENCE), 2),
            evidence=f"{evidence} trigger={trigger.text!r}@{start}",
        )

    def _judgement(self, parsed: Parsed, index: ActorIndex, word: Token,
                   quotes: list[Quote]) -> tuple[list[Actor], list[Actor]]:
        """(speaker, judged actor) of a judgement word inside what someone says or thinks.

        "X believes that Y's move shows weakness": X disapproves of Y. The judged
        actor is the subject of the clause holding the word; the speaker is the
        subject of the verb of saying or thinking above it, else the quote's speaker.
        """
        verb = _governing_verb(parsed, word)
        if verb is None:
            return [], []
        if word.dep == "amod":
            # "Moscow's reckless move": the agent of the noun it modifies.
            agent = noun_agent(parsed, parsed.tokens[word.head])
            judged = index.actors_at(agent) if agent is not None else []
        else:
            subject = subject_of(parsed, verb)
            judged = self._arguments(parsed, index, subject, quotes)
            if not judged and subject is not None and parsed.tokens[subject].text.lower() in ANAPHORS:
                # "Why would Putin go to Iran? ... It's desperation": "it" is the act
                # just told; its agent is the one judged.
                judged = self._previous_agent(parsed, index, verb.sent, quotes)
        speakers: list[Actor] = []
        current = verb
        for _ in range(4):
            if current.dep != "ccomp" or current.head == current.i:
                break
            head = parsed.tokens[current.head]
            if head.lemma.lower() in OPINION_VERBS:
                speakers = self._arguments(parsed, index, subject_of(parsed, head), quotes)
                break
            current = head
        if not speakers:
            speakers = [q.speaker for q in quotes
                        if q.speaker is not None and q.start <= word.idx < q.end][:1]
        judged = [a for a in distinct(judged) if not any(same(a, s) for s in speakers)]
        return distinct(speakers), judged

    def _previous_agent(self, parsed: Parsed, index: ActorIndex, sentence: int,
                        quotes: list[Quote]) -> list[Actor]:
        """The first subject naming actors in the nearest of the two previous sentences
        that has one: the topic of the act just told (the first, not the root's, since
        a question's verb is often parsed as a clause under a later word)."""
        for previous in range(sentence - 1, max(sentence - 3, -1), -1):
            sent = parsed.sentences[previous]
            for tok in parsed.tokens[sent.start:sent.end]:
                found = self._arguments(parsed, index, tok.i, quotes) if tok.dep in SUBJECT_DEPS else []
                if found:
                    return found
        return []

    def _claim(self, parsed: Parsed, index: ActorIndex, trigger: Token, source_token: int | None,
               cameo: str, sources: list[Actor],
               quotes: list[Quote]) -> tuple[Token, list[Actor], bool] | None:
        """A speaker's claim about a use of force: (speech verb, speakers, own act?).

        "X said (that) Y attacked Z", the speech verb first, is coded as CAMEO
        codes it: X accuses Y (112), not Y's attack as fact. "X claimed that they
        attacked Z" is X claiming responsibility (015). Only material conflict
        is turned into a claim, and only when the speaker is a known actor.
        """
        if cameo_info(cameo).quad_class != MATERIAL_CONFLICT:
            return None
        verb = claiming_verb(parsed, trigger)
        if verb is None:
            return None
        speakers = distinct(self._arguments(parsed, index, subject_of(parsed, verb), quotes))
        if not speakers:
            return None
        pronoun = source_token is not None and parsed.tokens[source_token].pos == "PRON"
        own = pronoun or any(same(a, b) for a in speakers for b in sources)
        if own:
            return (verb, speakers, True) if verb.lemma.lower() in RESPONSIBILITY_VERBS else None
        return (verb, speakers, False) if sources else None

    @staticmethod
    def _arguments(parsed: Parsed, index: ActorIndex, token: int | None,
                   quotes: list[Quote]) -> list[Actor]:
        if token is None:
            return []
        tok: Token = parsed.tokens[token]
        if tok.text.lower() in FIRST_PERSON:
            for quote in quotes:
                if quote.start <= tok.idx < quote.end and quote.speaker is not None:
                    return [quote.speaker]
        found = index.actors_at(token)
        if tok.dep in SUBJECT_DEPS and tok.head != tok.i:
            # "Lions, tigers, and Gondor welcomed": the parser may split one
            # coordinated subject into several subjects of the verb.
            for other in parsed.children(tok.head):
                between = parsed.tokens[min(other.i, token) + 1:max(other.i, token)]
                if other.dep == tok.dep and other.i != token and any(
                        t.dep == "cc" or t.text == "," for t in between):
                    found += [a for a in index.actors_at(other.i) if all(a is not b for b in found)]
        return found


def _governing_verb(parsed: Parsed, token: Token) -> Token | None:
    """The verb of the clause a word stands in (up through its noun and preposition heads)."""
    current = token
    for _ in range(6):
        if current.pos in ("VERB", "AUX") and current.i != token.i:
            return current
        if current.head == current.i:
            return current if current.pos in ("VERB", "AUX") else None
        current = parsed.tokens[current.head]
    return None


def _guests_visit(hosting: Event) -> Event:
    """The visit that a hosting implies, from the guests to the host: CAMEO codes the
    two sides of one visit as 043 (host) and 042 (visit)."""
    info = cameo_info(VISIT_CODE)
    return dataclasses.replace(
        hosting, id=stable_id(hosting.id, "visit"), source=hosting.target, target=hosting.source,
        cameo=Cameo(code=VISIT_CODE, root=VISIT_CODE[:2], quad_class=info.quad_class,
                    goldstein=info.goldstein),
        evidence=hosting.evidence + f" guests' visit ({HOST_CODE} implies {VISIT_CODE})")


def _is_crowd(actor: Actor) -> bool:
    """A protester, demonstrator or rioter, by the sector word that named the actor."""
    return any(part.startswith("sector:") and part[len("sector:"):].split()[-1] in CROWD_WORDS
               for part in actor.evidence.split("; "))


def code_events(doc: Document, parsed: Parsed, actors: list[Actor],
                quotes: list[Quote] = ()) -> list[Event]:
    """Code the events of one document (loads the lexicon; pipelines keep an EventCoder)."""
    return EventCoder().code(doc, parsed, actors, quotes)
