"""The events stage: who did what to whom, coded in PLOVER and CAMEO.

Entry point: :func:`code_events` (or an :class:`EventCoder` held by a pipeline,
which loads the lexicon once). Predicates (verbs and eventive nouns) are matched
against the lexicon in ``data/events/lexicon.tsv`` on the dependency parse; then
named rules decide, in three sets, each with its own module:

- ``selection``: which matches of a sentence are events (a verb or its noun object,
  background acts, requests folded into appeals);
- ``argument_rules``: who did it and to whom;
- ``code_rules``: what it is reported as (a claim, a threat, a refusal, an intention).

Every event's ``basis`` names its pattern and the rules that changed it; status comes
from the parse and from the quotes stage.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..actors import inferred
from ..ids import event_key, numbered
from ..nlp import Parsed, Token
from ..records import Actor, Basis, Cameo, Document, Event, Plover, Quote, Span
from .argument_rules import ARGUMENTS
from .argument_rules import initial as initial_arguments
from .arguments import ActorIndex
from .code_rules import CODING, CONSIDER_CODE
from .code_rules import initial as initial_code
from .codes import cameo_info, load_intents, load_refusals
from .domestic import DOMESTIC
from .draft import Context, Draft, rule_note
from .fallback import fallback_entries
from .implied import implied_events
from .judgement import judgement
from .lexicon import LexiconEntry, load_lexicon
from .index import Lexicon
from .match import Match
from .selection import SELECTION, SentenceContext, Selection, asked_for, candidates
from .statements import STATEMENTS, statement_events
from .attribution import according_to, attribution_of
from .status import IMAGINED
from .verbdict import VerbDictionary

__all__ = ["EventCoder", "code_events", "RULE_SETS"]

# Every rule set of the stage, in the order they run.
RULE_SETS = (SELECTION, ARGUMENTS, CODING, DOMESTIC, STATEMENTS)
# Confidence: a base for any lexicon match, raised by how much of the pattern
# held and by having both participants; chosen so that a bare verb with one
# argument stays below 0.6 and a fully specified phrase reaches about 0.9.
BASE_CONFIDENCE = 0.45
PER_SPECIFICITY = 0.06
BOTH_ACTORS_BONUS = 0.15
# An actor whose country the context inferred (dateline, sentence, article) is less sure.
INFERRED_PENALTY = 0.1
# ... and so is one a rule inferred (a document's author from where it was released).
INFERRED_RULES = {"document-place", "home-measure", "home-dissent", "home-party", "story-setting"}
# An act told in passing, in a clause that describes a noun ("the men who were held") or
# sets the time or reason of another ("as soon as a force had been sent"), is less
# likely the act the sentence reports.
PASSING_PENALTY = 0.1
PASSING_DEPS = {"relcl", "acl"}
MAX_CONFIDENCE = 0.95
# A bare refusal ("refused", "declined"), the frame of a refused act coded as its refusal.
REFUSAL_FRAME_TYPE, GENERIC_REFUSAL = "REJECT", "120"


class EventCoder:
    """Codes events with one lexicon, loaded once."""

    def __init__(self, entries: list[LexiconEntry] | None = None,
                 verb_dictionaries: Sequence[VerbDictionary] = (),
                 fallback_dictionaries: Sequence[VerbDictionary] = ()) -> None:
        entries = entries if entries is not None else load_lexicon()
        if verb_dictionaries:
            # A user's verb dictionary defines its verbs: the bundled senses of those
            # verbs are set aside, its patterns (and its "no event" uses) take over.
            defined = set().union(*(d.verbs for d in verb_dictionaries))
            entries = [e if not (e.pos == "V" and defined & set(e.lemmas))
                       else dataclasses.replace(e, lemmas=tuple(x for x in e.lemmas if x not in defined))
                       for e in entries]
            entries = [e for e in entries if e.lemmas] + [e for d in verb_dictionaries for e in d.entries]
        # A fallback dictionary only adds the verbs nothing above codes (fallback.py).
        entries = entries + fallback_entries(fallback_dictionaries, entries)
        self.lexicon = Lexicon(entries)
        self.intents = load_intents()
        self.refusals = load_refusals()
        self.asked = asked_for(self.lexicon)

    def code(self, doc: Document, parsed: Parsed, actors: list[Actor],
             quotes: Sequence[Quote] = (), home: str | None = None) -> list[Event]:
        """All events of one document, in text order; ``home``: the country the story is
        set in (its dateline's, see actors.story_country), where an act naming no target took place."""
        ctx = Context(doc, parsed, ActorIndex(parsed, actors), list(quotes), self.lexicon,
                      self.intents, self.refusals, home=home)
        sentence_ctx = SentenceContext(parsed, self.lexicon, self.intents, self.asked)
        events: list[Event] = []
        for sent in parsed.sentences:
            selection = candidates(parsed, self.lexicon, sent.start, sent.end)
            if not selection.matches:
                continue
            selection = SELECTION.apply(selection, sentence_ctx).draft or Selection()
            ctx.accorded = according_to(parsed, sent.index)
            ctx.coded = events
            seen: set[tuple] = set()
            ctx.built = []
            built = []
            for t in sorted(selection.matches):
                found = self._event(ctx, selection.matches[t])
                if found:
                    built.append(found)
                    ctx.built.append(found[0])
            for event, draft in _unframed(built):
                # Two claims under one speech verb ("said X attacked A and seized B")
                # are one accusation.
                key = (event.trigger.start, event.cameo.code, tuple(id(a) for a in event.source),
                       tuple(id(a) for a in event.target))
                if key not in seen:
                    seen.add(key)
                    events.append(event)
                    events.extend(implied_events(event, draft))
        events += statement_events(ctx, events)
        events.sort(key=lambda e: (e.sentence, e.trigger.start))
        return numbered(doc.id, events, event_key)

    def _event(self, ctx: Context, match: Match) -> tuple[Event, Draft] | None:
        """The event of one match (and its final draft), or None when a rule drops it."""
        trigger = ctx.parsed.tokens[match.trigger]
        draft = Draft(match, trigger)
        fired: tuple[str, ...] = ()
        if match.entry.evaluative:
            speakers, judged = judgement(ctx, trigger)
            if not speakers or not judged:
                return None
            draft = draft.but(sources=tuple(speakers), targets=tuple(judged), judgement=True)
        else:
            outcome = ARGUMENTS.apply(initial_arguments(ctx, draft), ctx)
            if outcome.draft is None:
                return None
            draft, fired = outcome.draft, outcome.fired
        outcome = CODING.apply(initial_code(ctx, draft), ctx)
        if IMAGINED.intersection(outcome.draft.status):
            return None
        implied = DOMESTIC.apply(outcome.draft, ctx)  # on the settled code
        return _record(ctx, implied.draft, fired + outcome.fired + implied.fired), implied.draft


def _unframed(built: list[tuple[Event, Draft]]) -> list[tuple[Event, Draft]]:
    """The events of one sentence but a bare frame whose complement was coded as the act
    it frames: a refusal ("refused to meet X": 125 on "meet", not also 120 on "refused"),
    a weighing ("weighing whether to send troops to X": the option toward X, once)."""
    framed = {d.trigger.head: d.cameo for _, d in built if d.recoded_by == "refused" and d.trigger.dep == "xcomp"}
    weighed = {d.trigger.i for _, d in built if d.recoded_by == "considered"}
    bare = (REFUSAL_FRAME_TYPE, GENERIC_REFUSAL)
    # (a frame coded as the refused act itself, "rejected holding talks": 125 on both, is one)
    return [(e, d) for e, d in built
            if not (d.trigger.i in framed and ((d.entry.plover, d.entry.cameo) == bare
                                               or framed[d.trigger.i] == d.cameo)
                    or d.entry.cameo == CONSIDER_CODE and not d.recoded_by and d.trigger.i in weighed)]


def _record(ctx: Context, draft: Draft, fired: tuple[str, ...]) -> Event:
    """The Event record of a finished draft."""
    entry, trigger, status = draft.entry, draft.trigger, list(draft.status)
    start, end = trigger.idx, trigger.end
    info = cameo_info(draft.cameo)
    attribution = attribution_of(ctx.quotes, start, end, ctx.accorded)
    if attribution is not None:
        status = sorted(set(status) | {"reported"})
    specificity = draft.match.specificity + (1 if draft.sources else 0)
    confidence = BASE_CONFIDENCE + PER_SPECIFICITY * specificity
    if draft.sources and draft.targets:
        confidence += BOTH_ACTORS_BONUS
    if any(inferred(a) for a in draft.sources + draft.targets) \
            or INFERRED_RULES.intersection(fired):
        confidence -= INFERRED_PENALTY
    passing = _in_passing(ctx.parsed, trigger)
    if passing:
        confidence -= PASSING_PENALTY * passing
    own_mode = entry.mode if draft.plover == entry.plover else ""
    mode = [own_mode] if own_mode else ([info.plover_mode] if info.plover_mode else [])
    return Event(
        id="",  # numbered once the document's events are known (dateline.ids)
        doc_id=ctx.doc.id,
        sentence=trigger.sent,
        text=ctx.parsed.sentence_text(trigger.sent).strip(),
        trigger=Span(trigger.text, start, end),
        plover=Plover(type=draft.plover or info.plover_type or "", mode=mode,
                      context=list(info.plover_context)),
        cameo=Cameo(code=draft.cameo, root=draft.cameo[:2], quad_class=info.quad_class,
                    goldstein=info.goldstein),
        source=list(draft.sources),
        target=list(draft.targets),
        attribution=attribution,
        status=status,
        confidence=round(min(confidence, MAX_CONFIDENCE), 2),
        basis=_basis(draft, fired),
    )


def _in_passing(parsed: Parsed, trigger: Token) -> int:
    """Is the trigger's clause a relative or participle on a noun (1), or an adverbial clause
    opened by a subordinator ("after", "as soon as", "when": 2, told to date or explain
    another act even when it is reported too), else 0?"""
    clause = trigger
    for _ in range(6):
        if clause.dep not in ("conj", "xcomp") or clause.head == clause.i:
            break
        clause = parsed.tokens[clause.head]
    if clause.dep in PASSING_DEPS and parsed.tokens[clause.head].pos in ("NOUN", "PROPN", "PRON"):
        return 1
    return 2 if clause.dep == "advcl" and any(c.dep == "mark" for c in parsed.children(clause.i)) else 0


def _basis(draft: Draft, fired: tuple[str, ...]) -> list[Basis]:
    """The pattern, a code the sentence rules refined, then each rule that fired (with
    what it noted)."""
    basis = [Basis("lexicon", draft.entry.id)]
    if draft.match.cameo:
        basis.append(rule_note(draft.match.refined_by, draft.match.cameo))
    noted = {note.name: note for note in draft.notes}
    basis += [noted.get(rule_id, rule_note(rule_id)) for rule_id in fired]
    return basis


def code_events(doc: Document, parsed: Parsed, actors: list[Actor],
                quotes: Sequence[Quote] = ()) -> list[Event]:
    """Code the events of one document (loads the lexicon; pipelines keep an EventCoder)."""
    return EventCoder().code(doc, parsed, actors, quotes)
