"""Which matches are not reports of their own: aims, frames, background and descriptions.

A sentence names more acts than it reports. The infinitive under "a plan to",
the participle that says what an attack did, the charge in "accused X of",
the setting in "after clashes", the purpose in "sent troops to help": each is
part of another event, or not done at all. ``BACKGROUND_RULES`` name the tests
that remove them from a sentence's matches (the events stage's selection rules).
"""

from __future__ import annotations

from ..nlp import Parsed, Token
from .arguments import SUBJECT_DEPS
from .match import OBJECT_DEPS, VERB_POS, Match
from ..tables import word_class

# Nouns whose infinitive names an act not (yet) done.
UNREALIZED_NOUNS = word_class("unrealized nouns")
GATHERING_VERBS = word_class("gathering verbs")
CHARGING_VERBS = word_class("charging verbs")
# "expressed pessimism over holding talks": the gerund is what a feeling is about
FEELING_VERBS = word_class("feeling verbs")
# Verbs whose object's gerund ("accused X of ...", "expressed fears over ...") is background.
GERUND_FRAMING_VERBS = CHARGING_VERBS | FEELING_VERBS
# CAMEO roots of material conflict: assault, fight, mass violence.
FORCE_ROOTS = {"18", "19", "20"}
COERCE_ROOT = "17"
# Prepositions whose object, under another event's verb, is that event's reason,
# means, setting or charge ("accused X of attacking Y"), or what it warns against or
# stops ("warned X against selling arms", "barred X from entering"): background, not a
# report of its own.
BACKGROUND_PREPS = {"for", "after", "before", "since", "amid", "following", "despite", "during",
                    "by", "over", "of", "against", "from"}
# The prepositions that name a charging verb's charge ("accused X of", "barred X from").
CHARGE_PREPS = {"of", "from", "against"}
# A to-infinitive hung on another word as adverbial or modifier: a purpose.
PURPOSE_DEPS = {"advcl", "acl"}
# An infinitive on these names who did it, not what a thing is for ("the first to visit").
NAMED_DOERS = {"PERSON", "ORG", "GPE", "NORP"}
ORDINALS = {"first", "second", "third", "last", "only", "latest"}
# Of those, the ones that only date or set the scene, whatever the verb.
TIME_PREPS = {"after", "before", "since", "amid", "following", "during"}
# Of those, the ones whose finite clause (right after which another act came) is reported too.
CAUSE_MARKS = {"after", "following"}
# Spans of time that make what came that long before it the background of an act.
LONG_SPANS = {"week", "month", "year", "decade"}
# Of those, the ones whose act is yet to come when the clause they date happened.
AHEAD_PREPS = {"before"}
WARNING_VERBS = word_class("clause verbs of warning")
# Holding someone (arrested, detained, abducted) and setting them free (released, or promised to be).
CAPTIVITY_CODES = {"173", "181"}
RELEASE_CODES = ("084", "0353")
# Indefinite pronouns whose relative clause names acts of no one in particular.
ANYONE_WORDS = {"anyone", "anybody", "whoever", "whomever", "everyone", "everybody", "anything", "whatever"}
GENERIC_AGREE = "030"
GENERIC_THREAT = "130"
AGREE, THREATEN = "AGREE", "THREATEN"


def _aim_of_noun(parsed: Parsed, found: dict[int, Match], i: int, match: Match, nouns) -> bool:
    # "appeals to release X", "a plan to attack Y": the infinitive under a noun of
    # asking or planning names what is asked or planned, not an act.
    tok = parsed.tokens[i]
    return tok.dep == "acl" and parsed.tokens[tok.head].lemma.lower() in UNREALIZED_NOUNS \
        and any(c.dep == "aux" and c.text.lower() == "to" for c in parsed.children(i))


def _promise_frame(parsed: Parsed, found: dict[int, Match], i: int, match: Match, nouns) -> bool:
    # "agreed to lift the sanctions", "pledged to expel": the promised act, coded as
    # an intention, is the event; the bare promise verb is its frame. So is a bare
    # threat verb: "threatened to attack X" is a threat of force (138), coded on "attack".
    # A threat's clause is the threatened act too ("threatened that Moscow could use
    # nuclear weapons", "warned that it would strike"): warning of another's act is not.
    generic = (match.entry.plover, match.entry.cameo) in ((AGREE, GENERIC_AGREE), (THREATEN, GENERIC_THREAT))
    verb = parsed.tokens[i]
    return generic and any(c.i in found and (c.dep == "xcomp" or c.dep == "ccomp" and _own_threat(parsed, verb, c))
                           for c in parsed.children(i))


def _own_threat(parsed: Parsed, verb: Token, clause: Token) -> bool:
    """Is the clause under a threat verb the threatener's own act: any clause of
    "threaten", a clause of "warn" whose subject is a pronoun ("warned that it would")?"""
    if verb.lemma.lower() == "threaten":
        return True
    return verb.lemma.lower() in WARNING_VERBS and any(c.dep in SUBJECT_DEPS and c.pos == "PRON"
                                                       for c in parsed.children(clause.i))


def _describing_participle(parsed: Parsed, found: dict[int, Match], i: int, match: Match,
                           nouns) -> bool:
    # "shelled the town, killing eight": the participle tells what the attack did (one
    # event, as coders count it); "an attack targeting civilians" describes the noun's event.
    tok = parsed.tokens[i]
    if tok.tag != "VBG" or tok.head == i or any(c.dep in SUBJECT_DEPS for c in parsed.children(i)):
        return False
    head = parsed.tokens[tok.head]
    if tok.dep == "advcl":  # (what force forced people to do is its doing too: "forcing thousands to flee")
        return forceful(found.get(head.i)) and coercive(match)
    return tok.dep == "acl" and head.lemma.lower() in nouns


def _presupposed(parsed: Parsed, found: dict[int, Match], i: int, match: Match, nouns) -> bool:
    # "freed six Americans who had been held in its prisons", "hostages seized in May were
    # released": a release presupposes the captivity it ends; told of its captives, that
    # captivity is what they are, not a new report.
    tok = parsed.tokens[i]
    if (match.cameo or match.entry.cameo)[:3] not in CAPTIVITY_CODES or tok.dep not in ("relcl", "acl") \
            or tok.head == i:
        return False
    captives = tok.head
    return any(other is not match and (other.cameo or other.entry.cameo).startswith(RELEASE_CODES)
               and (captives in other.target_tokens or parsed.tokens[captives].head == other.trigger)
               for other in found.values())


def _anyone_who(parsed: Parsed, found: dict[int, Match], i: int, match: Match, nouns) -> bool:
    # "would respond to anyone who threatened its security", "whoever attacks us": an act of
    # no one in particular, in a clause on an indefinite pronoun, is no report
    tok = parsed.tokens[i]
    if any(c.dep in SUBJECT_DEPS and c.lemma.lower() in ANYONE_WORDS for c in parsed.children(i)):
        return True  # "whoever attacked the convoy"
    for _ in range(3):
        if tok.dep == "relcl" and tok.head != tok.i:
            return parsed.tokens[tok.head].lemma.lower() in ANYONE_WORDS
        if tok.head == tok.i or tok.dep not in ("xcomp", "conj"):
            return False
        tok = parsed.tokens[tok.head]
    return False


def _noun_as_kind(parsed: Parsed, found: dict[int, Match], i: int, match: Match, nouns) -> bool:
    # "riot police", "protest leaders", "coup plotters": an event noun on its own that
    # modifies a noun naming no event says what kind of thing that is, not that it happened.
    tok = parsed.tokens[i]
    if tok.pos != "NOUN" or tok.dep != "compound" or tok.head == i or match.entry.pos != "N":
        return False
    entry, head = match.entry, parsed.tokens[tok.head]
    bare = not (entry.target_direct or entry.target_preps or entry.objects or entry.prep_objects)
    return bare and head.pos in ("NOUN", "PROPN") and head.lemma.lower() not in nouns and head.i not in found


def _aid_in_act(parsed: Parsed, found: dict[int, Match], i: int, match: Match, nouns) -> bool:
    return match.entry.plover == "AID" and _assists_an_act(parsed, parsed.tokens[i], match)


def _purpose(parsed: Parsed, found: dict[int, Match], i: int, match: Match, nouns) -> bool:
    # "sent troops to help Iraq", "permission to Russia to help Israel": a purpose or
    # a permitted act, not (yet) done.
    tok = parsed.tokens[i]
    if match.entry.plover in ("PROTEST", "REQUEST") and gathering_purpose(parsed, tok):
        return False  # "marched to protest against X", "rallied to demand ...": the march is the protest
    if tok.dep in PURPOSE_DEPS and _went_on(parsed, tok):
        return False  # "went on to accuse X": then accused X
    if (_infinitive(parsed, tok) or tok.tag == "VB") and tok.dep in ("xcomp", "ccomp") and tok.head != tok.i:
        # "called a strike to force the minister to resign", "sent troops to help Mali fight
        # the rebels": what a purpose asks or helps is not done
        head = parsed.tokens[tok.head]
        if head.dep in PURPOSE_DEPS and _infinitive(parsed, head) and not gathering_purpose(parsed, head):
            return True
    return (tok.dep in PURPOSE_DEPS or _thing_purpose(parsed, tok)) and _infinitive(parsed, tok)


def _infinitive(parsed: Parsed, tok: Token) -> bool:
    """Is the verb a to-infinitive?"""
    return tok.pos in VERB_POS and any(c.dep == "aux" and c.text.lower() == "to" for c in parsed.children(tok.i))


def _went_on(parsed: Parsed, tok: Token) -> bool:
    """Is the infinitive what someone "went on" to do, which tells what they did next?"""
    head = parsed.tokens[tok.head]
    return head.lemma.lower() == "go" and any(c.dep == "prt" and c.lemma.lower() == "on"
                                              for c in parsed.children(head.i))


def _thing_purpose(parsed: Parsed, tok: Token) -> bool:
    # "a bill to protect journalists", "the right to strike" (parsed as a relative clause):
    # what a thing is for; "the first leader to visit X" tells a done act.
    if tok.dep != "relcl" or tok.head == tok.i or any(c.dep in SUBJECT_DEPS for c in parsed.children(tok.i)):
        return False
    head = parsed.tokens[tok.head]
    return head.ent_type not in NAMED_DOERS and head.lemma.lower() not in ORDINALS \
        and not any(c.lemma.lower() in ORDINALS for c in parsed.children(head.i))


def gathering_purpose(parsed: Parsed, tok: Token) -> bool:
    """Is the verb what a crowd gathered or marched to do ("marched to protest", "rallied
    to demand")?"""
    return tok.dep in PURPOSE_DEPS | {"xcomp"} and tok.head != tok.i \
        and parsed.tokens[tok.head].lemma.lower() in GATHERING_VERBS


def _background_act(parsed: Parsed, found: dict[int, Match], i: int, match: Match, nouns) -> bool:
    # "jailed him for helping militants", "welcomed the move by its resumption of ties",
    # "arrested five after clashes": an act named as the reason for, means of or
    # setting of another reported event is its background, not a new report.
    verb = _adjunct_head(parsed, parsed.tokens[i])
    if verb is not None and verb in found and _required_prep(parsed, found[verb], i):
        return False  # "called for sanctions": what the verb's own preposition asks for
    return verb is not None and verb in found and verb != i or _in_setting(parsed, parsed.tokens[i], found)


def _in_setting(parsed: Parsed, tok: Token, found: dict[int, Match]) -> bool:
    """Is the act, or a clause it stands in, a time adjunct of a sentence that reports
    another act ("arrested him after X accused Y of committing war crimes": the charge and
    what it charges both set the scene; "violence erupted after police arrested X" reports
    the arrest), or part of a charge ("accused X of making threats by alleging that ...":
    X's alleging is charged)?"""
    if _reported_cause(parsed, tok):
        return False
    for _ in range(6):
        if _in_time_adjunct(parsed, tok) and _act_beside(parsed, tok, found) or _is_charge(parsed, tok):
            return True
        if tok.head == tok.i:
            return False
        tok = parsed.tokens[tok.head]
    return False


def _aside(parsed: Parsed, found: dict[int, Match], i: int, match: Match, nouns) -> bool:
    # "Ecuador, which hosts the talks, offered to send observers": who Ecuador is, told aside
    # (a restrictive clause, "the country which hosted the talks", says which party is meant)
    tok = parsed.tokens[i]
    for _ in range(4):
        if tok.dep == "relcl" and tok.head != tok.i:
            first = parsed.subtree(tok.i)[0]
            named = parsed.tokens[tok.head].pos == "PROPN"
            return named and first > 0 and parsed.tokens[first - 1].text == "," \
                and _act_beside(parsed, tok, found, ahead=False)
        if tok.head == tok.i or tok.dep not in ("xcomp", "conj", "dobj", "pobj", "prep"):
            return False
        tok = parsed.tokens[tok.head]
    return False


def _act_beside(parsed: Parsed, adjunct: Token, found: dict[int, Match], ahead: bool = True) -> bool:
    """Does the sentence report an act outside the adjunct, which the adjunct dates? (An act
    "before" which something happened is yet to come: always the setting.)"""
    marker = parsed.tokens[adjunct.head] if adjunct.dep == "pobj" else next(
        (c for c in parsed.children(adjunct.i) if c.dep == "mark"), adjunct)
    inside = set(parsed.subtree(adjunct.i))
    return ahead and marker.lemma.lower() in AHEAD_PREPS or any(
        j not in inside and parsed.tokens[j].sent == adjunct.sent and not _dating(parsed, parsed.tokens[j])
        for j in found)


def _dating(parsed: Parsed, tok: Token) -> bool:
    """Does the act stand in a time adjunct itself ("after X arrested Y, hours after Y
    threatened Z": two acts that date a clause reporting none)?"""
    for _ in range(6):
        if _in_time_adjunct(parsed, tok):
            return True
        if tok.head == tok.i:
            return False
        tok = parsed.tokens[tok.head]
    return False


def _is_charge(parsed: Parsed, tok: Token) -> bool:
    """Is the clause the gerund of a charging verb ("of making", "from meeting")?"""
    if tok.dep != "pcomp" or tok.head == tok.i:
        return False
    prep = parsed.tokens[tok.head]
    if prep.lemma.lower() not in CHARGE_PREPS or prep.head == prep.i:
        return False
    # the parser may hang "of" on a word inside the one charged ("accused the government in
    # neighboring Afghanistan of sheltering ...", "neighboring" read as a verb): climb to it
    head = parsed.tokens[prep.head]
    for _ in range(4):
        if head.lemma.lower() in CHARGING_VERBS:
            return True
        if head.dep not in ("pcomp", "pobj", "prep", "dobj") or head.head == head.i:
            return False
        head = parsed.tokens[head.head]
    return False


def _required_prep(parsed: Parsed, verb_match: Match, noun: int) -> bool:
    """Is the noun's preposition one the verb's pattern requires ("call +for")?"""
    prep = parsed.tokens[parsed.tokens[noun].head].lemma.lower()
    return prep in verb_match.entry.particles


# The sentence rules that remove matches reporting nothing new, in order: (id, reason,
# test). A test sees the matches still kept (trigger -> match) and one of them.
BACKGROUND_RULES = (
    ("aim-of-noun", "the infinitive under \"a plan to\", \"an appeal to\" is not done", _aim_of_noun),
    ("promise-frame", "\"agreed to lift\", \"threatened to attack\": the promised or threatened act "
                      "is the event, not the promise or threat verb",
     _promise_frame),
    ("describing-participle", "a participle saying what an act did or describing it is that act",
     _describing_participle),
    ("presupposed", "the captivity of those a release frees, told of them (\"freed prisoners who had been "
                    "held for years\"), is what the release ends, not a new report", _presupposed),
    ("anyone-who", "an act in a relative clause on an indefinite pronoun (\"anyone who attacks us\") is "
                   "of no one in particular, no report", _anyone_who),
    ("noun-as-kind", "an event noun modifying a noun that names no event (\"riot police\") "
                     "says what kind of thing that is", _noun_as_kind),
    ("aid-in-act", "helping to plan an attack is taking part in it, not aid", _aid_in_act),
    ("purpose", "a to-infinitive of purpose is not (yet) done", _purpose),
    ("background-act", "the reason, means or setting of another reported act is background (a finite clause "
                       "right after which that act came, \"after gunmen killed ten\", is reported too)",
     _background_act),
    ("aside", "an act told in a relative clause set off by commas on a named party (\"Ecuador, which hosts "
              "the talks, offered ...\") is background beside the act its sentence reports", _aside),
)


def forceful(match: Match | None) -> bool:
    """True for a match coding material conflict (CAMEO 18-20: assault, fight, mass violence)."""
    return match is not None and (match.cameo or match.entry.cameo)[:2] in FORCE_ROOTS


def coercive(match: Match | None) -> bool:
    """True for a match coding material conflict or coercion (CAMEO 17-20)."""
    return forceful(match) or match is not None and (match.cameo or match.entry.cameo)[:2] == COERCE_ROOT


def _assists_an_act(parsed: Parsed, trigger: Token, match: Match) -> bool:
    """"helped (to) plan the attack", "contributed to planning it": taking part in an
    act, which is the event, not aid to anyone."""
    children = parsed.children(trigger.i)
    if any(c.dep in ("xcomp", "ccomp") for c in children) and not any(c.dep in OBJECT_DEPS for c in children):
        return True
    return bool(match.target_tokens) and all(parsed.tokens[t].pos == "VERB" for t in match.target_tokens)


def _adjunct_head(parsed: Parsed, tok: Token) -> int | None:
    """The verb whose background adjunct ``tok`` heads ("for helping", "after clashes"), or None."""
    if tok.dep not in ("pobj", "pcomp") or tok.head == tok.i:
        return None
    prep = parsed.tokens[tok.head]
    if prep.lemma.lower() not in BACKGROUND_PREPS or prep.head == prep.i:
        return None
    verb = parsed.tokens[prep.head]
    if tok.dep == "pcomp" and verb.dep in ("dobj", "obj") and verb.head != verb.i \
            and parsed.tokens[verb.head].lemma.lower() in GERUND_FRAMING_VERBS:
        verb = parsed.tokens[verb.head]  # "accused the opposition of sympathizing with X"
    return verb.i if verb.pos in VERB_POS else None


def _in_time_adjunct(parsed: Parsed, tok: Token) -> bool:
    """True for an act that dates another clause ("after clashes", "amid talks with X",
    "two weeks after rebels kidnapped ..."). The parser hangs "a day before X flies" on
    the time noun, as a relative clause."""
    if tok.dep in ("advcl", "relcl") and tok.head != tok.i:
        return any(c.dep == "mark" and c.lemma.lower() in TIME_PREPS for c in parsed.children(tok.i))
    if tok.dep != "pobj" or tok.head == tok.i:
        return False
    prep = parsed.tokens[tok.head]
    return prep.lemma.lower() in TIME_PREPS and prep.head != prep.i and parsed.tokens[prep.head].pos in VERB_POS


def _reported_cause(parsed: Parsed, tok: Token) -> bool:
    """"declared an emergency after gunmen massacred 23 villagers": a finite clause of its own
    (a past verb with its own subject) right after which the main act came is reported too,
    and so is one hours or days before it; "two weeks after rebels kidnapped ..." dates the act
    by an earlier one, background."""
    if tok.dep != "advcl" or tok.tag != "VBD" or not any(c.dep in SUBJECT_DEPS for c in parsed.children(tok.i)):
        return False
    marks = [c for c in parsed.children(tok.i) if c.dep == "mark" and c.lemma.lower() in CAUSE_MARKS]
    measured = [c for m in marks for c in parsed.children(m.i)] + [c for c in parsed.children(tok.i) if c.i < marks[0].i] \
        if marks else []
    return bool(marks) and not any(c.dep == "npadvmod" and c.lemma.lower() in LONG_SPANS for c in measured)
