"""Statements: who said something, when saying is the only act a sentence reports.

Much of the news is what someone said ("the minister says the talks will resume").
CAMEO (and so GDELT) codes it as root 01, make a public statement; PLOVER has no
statement type, so the event's PLOVER type is empty and PLOVER exports skip it. A
sentence that reports another act ("X said Y attacked Z") is coded as that act, as
PETRARCH and GDELT code it, with the saying as its attribution. The rules of
:data:`STATEMENTS` decide for each quote of the document whose cue stands in a
sentence with no event: the speaker is the source, the one addressed ("told X") or the
first other actor in what was said is the target, and the cue or the words said refine
010 to 012-019 (data/events/statements.tsv). What the one spoken of must or should do
("said Somalia should hold elections") is a demand of it (100, PLOVER REQUEST), no statement.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache

from ..nlp import ADDRESSED_PARTICIPLE
from ..records import Actor, Cameo, Event, Plover, Quote, Span
from ..rules import RuleSet
from ..tables import read_table, word_class
from . import commentary, vows
from .arguments import same
from .codes import cameo_info
from .domestic import IMPLIED, setting_target
from .draft import Context, rule_note
from .labels import naming_labels
from .owners import NAMING_VERBS, owners
from .status import IMAGINED, status_of

STATEMENT, PESSIMISTIC, OPTIMISTIC, DEMAND = "010", "012", "013", "100"
# "ready for talks", "open to dialogue": readiness to negotiate, CAMEO 036 (words.tsv).
NEGOTIATE_INTENT = "036"
OPEN_WORDS = word_class("ready words") | {"open"}
TALK_NOUNS = word_class("talk nouns")
TALK_VERBS = word_class("talk verbs")
# "willing to work with X": an intent to cooperate, CAMEO 030 (words.tsv).
COOPERATE_INTENT = "030"
WORKING_VERBS = word_class("working verbs")
PARTNER_PREPS = {"to", "with"}
# "ready to settle the dispute": an intent to settle it, CAMEO 037 (words.tsv).
SETTLE_INTENT = "037"
SETTLING_VERBS = word_class("settling verbs")
DISPUTE_NOUNS = word_class("dispute nouns")
OBLIGATION_MODALS = {"must", "should", "ought"}  # an obligation on the subject ("X should hold elections")
# Verbs by which what must happen is that something stop ("the violence must end", "an
# intervention must be avoided"): a demand whoever the subject is.
ENDING_VERBS = {"end", "stop", "cease", "halt", "avoid", "prevent"}
# A statement is a weaker signal than a lexicon match: the act is only the saying.
STATEMENT_CONFIDENCE = 0.4
PRESS_WORDS = word_class("press words")  # "told reporters": the press only carries the words
# Dependencies of the one addressed: "told reporters", "said to the council".
ADDRESSEE_DEPS = {"dobj", "dative", "iobj", "obj"}
ADDRESSEE_PREPS = {"to"}
# The sector whose members speaking of each other speak for one side.
SELF_SECTOR = "GOV"
# Calling someone names (words.tsv "blame labels") criticises them (111).
CRITICISM = "111"
BLAME_LABELS = word_class("blame labels")


@dataclass(frozen=True)
class StatementDraft:
    """A statement on its way to an Event."""

    quote: Quote
    cue: int  # the cue's token
    speaker: Actor
    target: Actor | None = None
    code: str = STATEMENT


STATEMENTS: RuleSet[StatementDraft] = RuleSet("events.statements")


def statement_events(ctx: Context, coded: list[Event]) -> list[Event]:
    """The statements of a document whose other events are ``coded``."""
    parsed, out, said = ctx.parsed, [], set()
    for quote in ctx.quotes:
        if quote.speaker is None or quote.cue_span is None:
            continue
        found = parsed.tokens_in(quote.cue_span.start, quote.cue_span.end)
        if not found:
            continue
        draft = STATEMENTS.apply(StatementDraft(quote, found[0], quote.speaker), (ctx, coded)).draft
        if draft is None:
            continue
        key = (parsed.tokens[draft.cue].sent, draft.speaker.entity, draft.speaker.name)
        if key not in said:  # one statement per speaker and sentence
            said.add(key)
            out.append(_event(ctx, draft))
    return out


@STATEMENTS.rule("coded-speaker", "a statement needs a speaker coded with a country, an international "
                                  "body or a role (\"the minister\"): an unknown name says nothing codable")
def coded_speaker(d: StatementDraft, env: tuple[Context, list[Event]]) -> StatementDraft | None:
    return d if d.speaker.country or d.speaker.sector else None


@STATEMENTS.rule("imagined-saying", "a saying only imagined (\"would prefer that\", \"if X admits\") is "
                                    "no statement")
def imagined_saying(d: StatementDraft, env: tuple[Context, list[Event]]) -> StatementDraft | None:
    ctx, _ = env
    return None if IMAGINED.intersection(status_of(ctx.parsed, ctx.parsed.tokens[d.cue])) else d


@STATEMENTS.rule("relative-saying", "a saying in a relative clause on a thing (\"a truce that leaders had hoped "
                                    "would hold\") describes the thing: no statement")
def relative_saying(d: StatementDraft, env: tuple[Context, list[Event]]) -> StatementDraft | None:
    ctx, _ = env
    return None if ctx.parsed.tokens[d.cue].dep == "relcl" else d


@STATEMENTS.rule("only-act", "saying is a statement only when the sentence reports no other act (a saying "
                              "coordinated with a subject of its own, only when its own clause reports none)")
def only_act(d: StatementDraft, env: tuple[Context, list[Event]]) -> StatementDraft | None:
    ctx, coded = env
    parsed = ctx.parsed
    cue = parsed.tokens[d.cue]
    sentence = cue.sent
    # "Algeria cut ties with Morocco, and Rabat called the decision unjustified": a saying
    # coordinated with its own subject is a clause apart from the acts of the other clause
    apart = cue.dep == "conj" and any(c.dep in ("nsubj", "nsubjpass") for c in parsed.children(cue.i))
    own = set(parsed.subtree(cue.i)) if apart else None
    return None if any(e.sentence == sentence and (own is None or _trigger_token(parsed, e) in own)
                       for e in coded) else d


def _trigger_token(parsed, event: Event) -> int | None:
    """The token an event's trigger starts at."""
    found = parsed.tokens_in(event.trigger.start, event.trigger.end)
    return found[0] if found else None


@STATEMENTS.rule("content-act", "an act told inside what was said is coded as that act, not as a statement")
def content_act(d: StatementDraft, env: tuple[Context, list[Event]]) -> StatementDraft | None:
    _, coded = env
    return None if any(d.quote.start <= e.trigger.start < d.quote.end for e in coded) else d


@STATEMENTS.rule("outermost", "a saying told inside what another said (\"X said Y believes ...\") is "
                              "part of X's statement, not a statement of its own")
def outermost(d: StatementDraft, env: tuple[Context, list[Event]]) -> StatementDraft | None:
    ctx, _ = env
    parsed = ctx.parsed
    outer = {found[0] for q in ctx.quotes if q is not d.quote and q.cue_span is not None
             for found in [parsed.tokens_in(q.cue_span.start, q.cue_span.end)] if found}
    return None if outer & set(_governors(parsed, d.cue)) else d


def _governors(parsed, i: int) -> list[int]:
    """The tokens a token hangs from, up to its sentence's root; a verb it is coordinated
    with ("Labour said ... and the Tories said ...") is beside it, not above it."""
    out, token = [], parsed.tokens[i]
    for _ in range(50):
        if token.head == token.i:
            break
        if token.dep != "conj":
            out.append(token.head)
        token = parsed.tokens[token.head]
    return out


@STATEMENTS.rule("addressee", "the one told (\"told the council\", \"said to reporters\") is the target")
def addressee(d: StatementDraft, env: tuple[Context, list[Event]]) -> StatementDraft:
    ctx, _ = env
    parsed = ctx.parsed
    for child in parsed.children(d.cue):
        tokens = [child.i] if child.dep in ADDRESSEE_DEPS else (
            [g.i for g in parsed.children(child.i) if g.dep == "pobj"]
            if child.dep == "prep" and child.lemma.lower() in ADDRESSEE_PREPS else [])
        for token in tokens + _written_to(parsed, parsed.tokens[d.cue]):
            actor = ctx.index.actor_at(token)
            # One told is someone else even at home ("the Tory spokesman told MPs"): only the
            # speaker itself is not.
            if actor is not None and ctx.parsed.tokens[token].lemma.lower() in PRESS_WORDS:
                return d
            if actor is not None and not _itself(actor, d.speaker) and not _inside(actor, d.quote):
                # a home audience ("told parliament", "told reporters") hears about the
                # foreign party the words name ("told parliament that Russia remained a partner")
                home = actor.country is None or actor.country == d.speaker.country
                foreign = _content_parties(ctx, d, foreign=True) if home else []
                return dataclasses.replace(d, target=foreign[0] if foreign else actor)
    return d


def _written_to(parsed, cue) -> list[int]:
    """The one a participle cue was written or spoken to ("wrote to the minister saying
    ..."), when the parse repair moved it from them to the verb of writing."""
    if parsed.repaired.get(cue.i) != ADDRESSED_PARTICIPLE:
        return []
    return [g.i for c in parsed.children(cue.head) if c.dep == "prep" and c.lemma.lower() in ADDRESSEE_PREPS
            for g in parsed.children(c.i) if g.dep == "pobj"]


@STATEMENTS.rule("spoken-of", "with nobody addressed, the first other party in what was said is the "
                              "target, one of another country first")
def spoken_of(d: StatementDraft, env: tuple[Context, list[Event]]) -> StatementDraft:
    ctx, _ = env
    if d.target is not None:
        return d
    found = _content_parties(ctx, d, foreign=True) or _content_parties(ctx, d)
    return dataclasses.replace(d, target=found[0]) if found else d


def _content_parties(ctx: Context, d: StatementDraft, foreign: bool = False) -> list[Actor]:
    """The other parties the words said name, in order; ``foreign``: only those of another
    country than the speaker's (a statement naming a foreign party is about it)."""
    out = []
    for i in ctx.parsed.tokens_in(d.quote.start, d.quote.end):
        actor = ctx.index.by_token[i]
        if actor is None or actor.kind == "place" or not other_side(actor, d.speaker):
            continue
        if not foreign or (actor.country and d.speaker.country and actor.country != d.speaker.country):
            out.append(actor)
    return out


def _itself(actor: Actor, speaker: Actor) -> bool:
    return same(actor, speaker) or speaker.same_entity(actor)


def other_side(actor: Actor, speaker: Actor) -> bool:
    """Another party than the speaker: not the same entity, not the speaker's own state or
    its own kind at home (a government speaking of its own country addresses no one; a
    government speaking of its opposition does)."""
    if _itself(actor, speaker):
        return False
    if not (actor.country and actor.country == speaker.country and actor.sector in (None, speaker.sector)):
        return True
    if actor.sector is None:
        # the speaker's own state, or a named person or body of no known type: someone else
        return actor.kind not in ("state", "place")
    # Two people are two parties even of one kind at home ("the prime minister said the
    # chancellor ..."); so are two named bodies of one kind ("the Tories said Labour ...");
    # a government's own bodies are its own side.
    if actor.kind == speaker.kind == "person":
        return True
    if {speaker.kind, actor.kind} == {"person", "organization"} and actor.sector != SELF_SECTOR:
        # a party politician speaking of a party, or a party of a politician: rivals unless
        # the party is the one the text names as the politician's ("Tory leader Michael
        # Howard said Labour ...", "Labour said Mr Howard ...")
        person, body = (speaker, actor) if speaker.kind == "person" else (actor, speaker)
        return body.name not in {b.name for b in person.basis if b.kind == "org"}
    return (actor.sector not in (None, SELF_SECTOR) and actor.kind == speaker.kind == "organization"
            and actor.name != speaker.name)


@STATEMENTS.rule("by-cue", "the verb of saying refines the statement (denied: 016, admitted: 015, agreed: 019)")
def by_cue(d: StatementDraft, env: tuple[Context, list[Event]]) -> StatementDraft:
    ctx, _ = env
    lemma = ctx.parsed.tokens[d.cue].lemma.lower()
    code = next((code for code, words in _refinements("cue") if lemma in words), None)
    return dataclasses.replace(d, code=code) if code else d


@STATEMENTS.rule("by-content", "the words said refine the statement (condolences: 018, fears: 012, "
                               "hopes: 013)")
def by_content(d: StatementDraft, env: tuple[Context, list[Event]]) -> StatementDraft:
    ctx, _ = env
    if d.code != STATEMENT:
        return d
    # a feeling owned by another ("Georgia's hopes") is not the speaker's
    said = [t for t in (ctx.parsed.tokens[i] for i in ctx.parsed.tokens_in(d.quote.start, d.quote.end))
            if not any(c.dep == "poss" and c.pos != "PRON" for c in ctx.parsed.children(t.i))]
    # a word's lemma or its form: "troubled", "alarmed" are read as verbs (trouble, alarm)
    lemmas = {t.lemma.lower() for t in said} | {t.text.lower() for t in said}
    # "described the talks as positive", "called them constructive": the words given
    lemmas |= {t.lemma.lower() for t in naming_labels(ctx.parsed, d.cue)}
    code, words = next(((c, w) for c, w in _refinements("content") if lemmas & w), (None, frozenset()))
    # a word of hope negated, on itself or its copula: "was not optimistic", "saw no hope" (012)
    if code == OPTIMISTIC and any(c.dep == "neg" or c.lemma.lower() == "no" for t in said
                                  if {t.lemma.lower(), t.text.lower()} & words
                                  for h in {t.i, t.head} for c in ctx.parsed.children(h)):
        code = PESSIMISTIC
    return dataclasses.replace(d, code=code) if code else d


for _rule_id, _reason, _rule in vows.VOW_RULES + commentary.COMMENTARY_RULES:
    STATEMENTS.rule(_rule_id, _reason)(_rule)


@STATEMENTS.rule("readiness", "saying one is ready, willing or open to talks, or to talk to someone, is an intent "
                             "to negotiate (036): \"said it was open to talks with the rebels\"; to work with "
                             "someone, an intent to cooperate (030); to settle a dispute, an intent to settle it (037)")
def readiness(d: StatementDraft, env: tuple[Context, list[Event]]) -> StatementDraft:
    ctx, _ = env
    if d.code != STATEMENT:
        return d
    parsed = ctx.parsed
    ready = [t for t in parsed.tokens_in(d.quote.start, d.quote.end) if parsed.tokens[t].pos == "ADJ"
             and parsed.tokens[t].lemma.lower() in OPEN_WORDS]
    talks = [o for t in ready for p in parsed.children(t) if p.dep == "prep" and p.lemma.lower() in ("to", "for")
             for o in parsed.children(p.i) if o.dep == "pobj" and o.lemma.lower() in TALK_NOUNS]
    doing = [v for t in ready for v in parsed.children(t) if v.dep == "xcomp"]
    # "ready to talk to the students", "willing to work with Cambodia": with someone
    partnered = [v for v in doing if any(p.dep == "prep" and p.lemma.lower() in PARTNER_PREPS
                                         for p in parsed.children(v.i))]
    if talks or any(v.lemma.lower() in TALK_VERBS for v in partnered):
        return dataclasses.replace(d, code=NEGOTIATE_INTENT)
    # "said it would work with whoever wins": the same intent, told as what one will do
    partnered += [parsed.tokens[t] for t in parsed.tokens_in(d.quote.start, d.quote.end)
                  if parsed.tokens[t].lemma.lower() in WORKING_VERBS and _will(parsed, t)
                  and any(p.dep == "prep" and p.lemma.lower() == "with" for p in parsed.children(t))]
    if any(v.lemma.lower() in WORKING_VERBS for v in partnered):
        return dataclasses.replace(d, code=COOPERATE_INTENT)
    # "willing to settle the dispute": an intent to settle it (037)
    settle = [o for v in doing if v.lemma.lower() in SETTLING_VERBS
              for o in parsed.children(v.i) if o.dep in ("dobj", "obj") and o.lemma.lower() in DISPUTE_NOUNS]
    return dataclasses.replace(d, code=SETTLE_INTENT) if settle else d


@STATEMENTS.rule("obligation", "what the one spoken of must or should do is demanded of it (100), and "
                               "so is what must stop: \"said Somalia should hold elections\", \"said the "
                               "crackdown in X must end\"")
def obligation(d: StatementDraft, env: tuple[Context, list[Event]]) -> StatementDraft:
    ctx, _ = env
    if d.code != STATEMENT or d.target is None:
        return d
    parsed = ctx.parsed
    clause = next((c for c in parsed.children(d.cue) if c.dep == "ccomp"), None)
    if clause is None or not any(c.dep == "aux" and c.lemma.lower() in OBLIGATION_MODALS
                                 for c in parsed.children(clause.i)):
        return d
    subject = next((c for c in parsed.children(clause.i) if c.dep in ("nsubj", "nsubjpass")), None)
    if subject is None or ctx.index.by_token[subject.i] is not d.target and clause.lemma.lower() not in ENDING_VERBS:
        return d
    return dataclasses.replace(d, code=DEMAND)


@STATEMENTS.rule("name-calling", "calling someone or their act names (\"called the group terrorists\", "
                                 "\"branded the vote illegal\") criticises them (111)")
def name_calling(d: StatementDraft, env: tuple[Context, list[Event]]) -> StatementDraft:
    ctx, _ = env
    parsed = ctx.parsed
    if d.code != STATEMENT or parsed.tokens[d.cue].lemma.lower() not in NAMING_VERBS:
        return d
    children = parsed.children(d.cue)
    label = next((t for t in naming_labels(parsed, d.cue) if {t.lemma.lower(), t.text.lower()} & BLAME_LABELS), None)
    if label is None:
        return d
    # the one named: the verb's object, or the subject of the label ("branded the vote illegal")
    named = next((c for c in children if c.dep in ADDRESSEE_DEPS), None) or next(
        (c for c in parsed.children(label.i) if c.dep in ("nsubj", "nsubjpass")), None)
    found = [] if named is None else ctx.index.actors_at(named.i) or owners(ctx, named, parsed.tokens[d.cue])
    target = next((a for a in found if not same(a, d.speaker)), None if named is not None else d.target)
    return dataclasses.replace(d, code=CRITICISM, target=target)


@STATEMENTS.rule("sourcing", "a plain report told before its verb of saying (\"the town fell on Monday, officials "
                             "said\") or \"according to\" someone cites a source for the reporter's account: no "
                             "statement (what the speaker said of their own stance is one: fears, hopes, denials)")
def sourcing(d: StatementDraft, env: tuple[Context, list[Event]]) -> StatementDraft | None:
    ctx, _ = env
    if d.code != STATEMENT or d.quote.kind != "indirect":
        return d
    cue = ctx.parsed.tokens[d.cue]
    return None if cue.lemma.lower() == "accord" or d.quote.end <= cue.idx else d


def _will(parsed, verb: int) -> bool:
    """Is the verb told as what its subject will do ("would work", "will work")?"""
    return any(c.dep == "aux" and c.lemma.lower() in ("will", "would", "shall") for c in parsed.children(verb))


@lru_cache(maxsize=2)
def _refinements(by: str) -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((row["code"], frozenset(row["words"].split()))
                 for row in read_table("events/statements.tsv", ("code", "by", "words")) if row["by"] == by)


def _inside(actor: Actor, quote: Quote) -> bool:
    return quote.start <= actor.start < quote.end


def _event(ctx: Context, d: StatementDraft) -> Event:
    parsed, cue = ctx.parsed, ctx.parsed.tokens[d.cue]
    info = cameo_info(d.code)
    implied = d.target is not None and d.target.kind == IMPLIED
    basis = [rule_note("statement", d.code)] + ([rule_note(d.target.basis[0].name)] if implied else [])
    return Event(
        id="", doc_id=ctx.doc.id, sentence=cue.sent, text=parsed.sentence_text(cue.sent).strip(),
        trigger=Span(cue.text, cue.idx, cue.end),
        cameo=Cameo(code=d.code, root=d.code[:2], quad_class=info.quad_class, goldstein=info.goldstein),
        plover=Plover(type="" if d.code[:2] == STATEMENT[:2] else info.plover_type or ""),
        source=[d.speaker], target=[d.target] if d.target is not None else [],
        status=status_of(parsed, cue), confidence=STATEMENT_CONFIDENCE, basis=basis)


@STATEMENTS.rule("story-setting", "a statement naming no one, in a story filed from a country (its dateline; "
                                  "else the country the article is about), is about that country (implied): "
                                  "\"UNICEF said it was deeply concerned\" under a KABUL dateline")
def story_setting(d: StatementDraft, env: tuple[Context, list[Event]]) -> StatementDraft:
    ctx, _ = env
    target = None if d.target is not None else setting_target((d.speaker,), ctx.home)
    return d if target is None else dataclasses.replace(d, target=target)
