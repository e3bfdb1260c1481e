"""The events stage: who did what to whom, coded in PLOVER and CAMEO.

Entry point: :func:`code_events` (or an :class:`EventCoder` held by a pipeline,
which loads the lexicon once). Predicates (verbs and eventive nouns) are matched
against the lexicon in ``data/events/lexicon.tsv`` on the dependency parse;
arguments become source and target; status comes from the parse and from the
quotes stage.
"""

from __future__ import annotations

from ..nlp.parsed import Parsed, Token
from ..records import Actor, Cameo, Document, Event, Plover, Quote, Span, stable_id
from .arguments import ActorIndex, is_passive_target, noun_source, subject_of
from .codes import LexiconEntry, cameo_info, load_intents, load_lexicon
from .match import OBJECT_DEPS, VERB_POS, Lexicon, Match, best_match, party_objects
from .status import according_to, attribution_of, is_framing, status_of

__all__ = ["EventCoder", "code_events"]

# Types whose coordinated subjects act on each other when no target is named
# ("Russia and North Korea negotiated").
RECIPROCAL_TYPES = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT"}
FIRST_PERSON = {"we", "i", "us", "me", "our"}
# Confidence: a base for any lexicon match, raised by how much of the pattern
# held and by having both participants; chosen so that a bare verb with one
# argument stays below 0.6 and a fully specified phrase reaches about 0.9.
BASE_CONFIDENCE = 0.45
PER_SPECIFICITY = 0.06
BOTH_ACTORS_BONUS = 0.15
MAX_CONFIDENCE = 0.95


class EventCoder:
    """Codes events with one lexicon, loaded once."""

    def __init__(self, entries: list[LexiconEntry] | None = None) -> None:
        self.lexicon = Lexicon(entries if entries is not None else load_lexicon())
        self.intents = load_intents()

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
            for match in matches:
                event = self._event(doc, parsed, index, match, quotes, accorded)
                if event is not None:
                    events.append(event)
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
            else:
                del found[verb.trigger]
        return [found[i] for i in sorted(found)]

    def _event(self, doc: Document, parsed: Parsed, index: ActorIndex, match: Match,
               quotes: list[Quote], accorded: str | None) -> Event | None:
        trigger = parsed.tokens[match.trigger]
        entry = match.entry
        source_token = subject_of(parsed, trigger) if trigger.pos in VERB_POS else noun_source(parsed, trigger)
        sources = self._arguments(parsed, index, source_token, quotes)
        targets: list[Actor] = []
        for t in match.target_tokens:
            found = index.actors_at(t) or [a for p in party_objects(parsed, t) for a in index.actors_at(p)]
            targets.extend(a for a in found if all(a is not b for b in targets))
        if source_token is not None and is_passive_target(parsed, source_token):
            sources, targets = targets, sources
        sources, targets = _distinct(sources), _distinct(targets)
        reciprocal = entry.plover in RECIPROCAL_TYPES
        if reciprocal and targets and sources and _with_phrase(parsed, match.target_tokens):
            sources = targets = _distinct(sources + targets)
        elif reciprocal and not targets and len(sources) > 1:
            targets = list(sources)
        elif sources and targets:
            targets = [t for t in targets if not any(_same(t, s) for s in sources)]
            if not targets:
                return None
        if not sources and not targets:
            return None
        start, end = trigger.idx, trigger.end
        status = status_of(parsed, trigger)
        cameo, plover, evidence = entry.cameo, entry.plover, f"lexicon:{entry.id}"
        intent = self.intents.get(plover)
        if intent and "future" in status and not {"negated", "hypothetical"} & set(status):
            cameo, plover = intent
            evidence += f" announced->{cameo}"
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
        return index.actors_at(token)


def _distinct(actors: list[Actor]) -> list[Actor]:
    """Actors without repeats of one entity ("the US commander, General X" is one)."""
    out: list[Actor] = []
    for actor in actors:
        if not any(actor is a or actor.same_entity(a) for a in out):
            out.append(actor)
    return out


def _with_phrase(parsed: Parsed, tokens: list[int]) -> bool:
    """True when the target is the object of "with" (met with X: both sides act)."""
    return any(parsed.tokens[parsed.tokens[t].head].lemma.lower() == "with" for t in tokens)


def _same(a: Actor, b: Actor) -> bool:
    if a.same_entity(b):
        return True
    return a.code is not None and a.code == b.code and a.kind == "state" and b.kind == "state"


def code_events(doc: Document, parsed: Parsed, actors: list[Actor],
                quotes: list[Quote] = ()) -> list[Event]:
    """Code the events of one document (loads the lexicon; pipelines keep an EventCoder)."""
    return EventCoder().code(doc, parsed, actors, quotes)
