"""Event coding mechanics on hand-built parses (no model needed)."""

import dataclasses

from dateline.events import EventCoder
from dateline.events.lexicon import LexiconEntry
from dateline.nlp.parsed import Parsed
from dateline.records import Actor, Basis, Document, Quote


def entry(id, lemma, *, pos="V", direct=False, preps=(), particles=(), objects=(), cameo="042",
          plover="CONSULT", mode=""):
    return LexiconEntry(id, pos, (lemma,), direct, tuple(preps), tuple(particles), tuple(objects),
                        False, cameo, plover, mode, "")


LEXICON = [
    entry("visit", "visit", direct=True, mode="visit"),
    entry("travel", "travel", preps=("to",), mode="visit"),
    entry("attack", "attack", direct=True, cameo="190", plover="ASSAULT"),
    entry("negotiate", "negotiate", preps=("with",), cameo="046"),
    entry("negotiate-bare", "negotiate", cameo="046"),
    entry("sanction", "impose", objects=("sanction",), preps=("on",), cameo="163", plover="SANCTION"),
    entry("visit-n", "visit", pos="N", preps=("to",), mode="visit"),
    entry("call-on", "call", preps=("on",), cameo="020", plover="REQUEST"),
]


def actors_for(parsed, spans):
    """Actors over token spans: (first, last, country, kind)."""
    out = []
    for n, (first, last, country, kind) in enumerate(spans):
        start, end = parsed.tokens[first].idx, parsed.tokens[last].end
        out.append(Actor(parsed.text[start:end], parsed.text[start:end], start, end, country,
                         "GOV", country + "GOV", kind, entity=n))
    return out


def code(parsed, spans, quotes=()):
    doc = Document(id="d", text=parsed.text)
    return EventCoder(LEXICON).code(doc, parsed, actors_for(parsed, spans), list(quotes))


def test_subject_and_direct_object():
    p = Parsed.from_rows([("Shoigu", "Shoigu", "PROPN", "nsubj", 1), ("visited", "visit", "VERB", "ROOT", 1),
                          ("Pyongyang", "Pyongyang", "PROPN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)])
    [event] = code(p, [(0, 0, "RUS", "person"), (2, 2, "PRK", "state")])
    assert event.plover.type == "CONSULT" and event.plover.mode == ["visit"]
    assert event.cameo.code == "042" and event.cameo.root == "04" and event.cameo.quad_class == 1
    assert [a.country for a in event.source] == ["RUS"] and [a.country for a in event.target] == ["PRK"]
    assert event.trigger.text == "visited" and p.text[event.trigger.start:event.trigger.end] == "visited"
    assert "lexicon:visit" in event.evidence


def test_preposition_target_and_missing_prep_blocks_match():
    p = Parsed.from_rows([("Officials", "official", "NOUN", "nsubj", 1), ("traveled", "travel", "VERB", "ROOT", 1),
                          ("to", "to", "ADP", "prep", 1), ("Minsk", "Minsk", "PROPN", "pobj", 2)])
    [event] = code(p, [(0, 0, "RUS", "group"), (3, 3, "BLR", "state")])
    assert [a.country for a in event.target] == ["BLR"]
    q = Parsed.from_rows([("Officials", "official", "NOUN", "nsubj", 1), ("traveled", "travel", "VERB", "ROOT", 1),
                          ("widely", "widely", "ADV", "advmod", 1)])
    assert code(q, [(0, 0, "RUS", "group")]) == []


def test_passive_agent_is_source_and_subject_is_target():
    p = Parsed.from_rows([("Kharkiv", "Kharkiv", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
                          ("attacked", "attack", "VERB", "ROOT", 2), ("by", "by", "ADP", "agent", 2),
                          ("Russia", "Russia", "PROPN", "pobj", 3)])
    [event] = code(p, [(0, 0, "UKR", "state"), (4, 4, "RUS", "state")])
    assert [a.country for a in event.source] == ["RUS"] and [a.country for a in event.target] == ["UKR"]


def test_coordinated_subjects_are_reciprocal():
    p = Parsed.from_rows([("Russia", "Russia", "PROPN", "nsubj", 3), ("and", "and", "CCONJ", "cc", 0),
                          ("Iran", "Iran", "PROPN", "conj", 0), ("negotiated", "negotiate", "VERB", "ROOT", 3)])
    [event] = code(p, [(0, 0, "RUS", "state"), (2, 2, "IRN", "state")])
    assert [a.country for a in event.source] == ["RUS", "IRN"]
    assert [a.country for a in event.target] == ["RUS", "IRN"]
    assert event.evidence.startswith("lexicon:negotiate-bare")


def test_most_specific_entry_wins():
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("negotiated", "negotiate", "VERB", "ROOT", 1),
                          ("with", "with", "ADP", "prep", 1), ("Peru", "Peru", "PROPN", "pobj", 2)])
    [event] = code(p, [(0, 0, "CHL", "state"), (3, 3, "PER", "state")])
    assert event.evidence.startswith("lexicon:negotiate ") and "PER" in [a.country for a in event.target]


def test_required_object_and_prep_on_object():
    p = Parsed.from_rows([("The", "the", "DET", "det", 1), ("EU", "EU", "PROPN", "nsubj", 2),
                          ("imposed", "impose", "VERB", "ROOT", 2), ("sanctions", "sanction", "NOUN", "dobj", 2),
                          ("on", "on", "ADP", "prep", 3), ("Iran", "Iran", "PROPN", "pobj", 4)])
    [event] = code(p, [(1, 1, "EUR", "organization"), (5, 5, "IRN", "state")])
    assert event.plover.type == "SANCTION" and [a.country for a in event.target] == ["IRN"]
    q = Parsed.from_rows([("The", "the", "DET", "det", 1), ("EU", "EU", "PROPN", "nsubj", 2),
                          ("imposed", "impose", "VERB", "ROOT", 2), ("curfews", "curfew", "NOUN", "dobj", 2)])
    assert code(q, [(1, 1, "EUR", "organization")]) == []


def test_noun_event_with_possessor_source():
    p = Parsed.from_rows([("Shoigu", "Shoigu", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
                          ("visit", "visit", "NOUN", "nsubj", 6), ("to", "to", "ADP", "prep", 2),
                          ("Pyongyang", "Pyongyang", "PROPN", "pobj", 3), ("was", "be", "AUX", "aux", 6),
                          ("short", "short", "ADJ", "ROOT", 6)])
    [event] = code(p, [(0, 0, "RUS", "person"), (4, 4, "PRK", "state")])
    assert [a.country for a in event.source] == ["RUS"] and [a.country for a in event.target] == ["PRK"]


def test_status_negated_future_hypothetical_attempted():
    neg = Parsed.from_rows([("Troops", "troop", "NOUN", "nsubj", 3), ("did", "do", "AUX", "aux", 3),
                            ("not", "not", "PART", "neg", 3), ("attack", "attack", "VERB", "ROOT", 3),
                            ("Gori", "Gori", "PROPN", "dobj", 3)])
    assert code(neg, [(0, 0, "RUS", "group"), (4, 4, "GEO", "state")])[0].status == ["negated"]
    fut = Parsed.from_rows([("Macron", "Macron", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
                            ("visit", "visit", "VERB", "ROOT", 2), ("Hanoi", "Hanoi", "PROPN", "dobj", 2)])
    assert code(fut, [(0, 0, "FRA", "person"), (3, 3, "VNM", "state")])[0].status == ["future"]
    hyp = Parsed.from_rows([("A", "a", "DET", "det", 1), ("raid", "raid", "NOUN", "nsubj", 3),
                            ("would", "would", "AUX", "aux", 3), ("attack", "attack", "VERB", "ROOT", 3),
                            ("Tyre", "Tyre", "PROPN", "dobj", 3)])
    # an act only imagined is flagged as such, and is no event
    from dateline.events.status import status_of
    assert status_of(hyp, hyp.tokens[3]) == ["hypothetical"]
    assert code(hyp, [(4, 4, "LBN", "state")]) == []
    att = Parsed.from_rows([("Rebels", "rebel", "NOUN", "nsubj", 1), ("tried", "try", "VERB", "ROOT", 1),
                            ("to", "to", "PART", "aux", 3), ("attack", "attack", "VERB", "xcomp", 1),
                            ("Goma", "Goma", "PROPN", "dobj", 3)])
    [event] = code(att, [(0, 0, "COD", "group"), (4, 4, "COD", "state")])
    assert event.status == ["attempted"]
    assert [a.text for a in event.source] == ["Rebels"]  # subject inherited through control


def test_event_inside_quote_is_reported_and_we_is_the_speaker():
    p = Parsed.from_rows([("We", "we", "PRON", "nsubj", 1), ("call", "call", "VERB", "ROOT", 1),
                          ("on", "on", "ADP", "prep", 1), ("Tehran", "Tehran", "PROPN", "pobj", 2)])
    speaker = Actor("Kirby", "John Kirby", 100, 105, "USA", "GOV", "USAGOV", "person", entity=9)
    quote = Quote("q", "d", p.text, "direct", 0, len(p.text), speaker=speaker, cue="say")
    [event] = code(p, [(3, 3, "IRN", "state")], quotes=[quote])
    assert event.source == [speaker] and [a.country for a in event.target] == ["IRN"]
    assert event.status == ["reported"] and event.attribution.speaker is speaker
    assert event.attribution.cue == "say"


def test_no_event_without_actors():
    p = Parsed.from_rows([("Someone", "someone", "PRON", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
                          ("it", "it", "PRON", "dobj", 1)])
    assert code(p, []) == []


def test_according_to_sets_attribution():
    p = Parsed.from_rows([("According", "accord", "VERB", "prep", 5), ("to", "to", "ADP", "prep", 0),
                          ("Reuters", "Reuters", "PROPN", "pobj", 1), (",", ",", "PUNCT", "punct", 4),
                          ("troops", "troop", "NOUN", "nsubj", 5), ("attacked", "attack", "VERB", "ROOT", 5),
                          ("Sirte", "Sirte", "PROPN", "dobj", 5)])
    [event] = code(p, [(4, 4, "LBY", "group"), (6, 6, "LBY", "state")])
    assert "reported" in event.status
    assert event.attribution.according_to == "Reuters" and event.attribution.cue == "according to"


def test_compound_trigger_prefers_the_joined_entry():
    lexicon = LEXICON + [entry("airstrike", "air-strike", pos="N", preps=("on",), cameo="195", plover="ASSAULT"),
                         entry("strike-n", "strike", pos="N", cameo="143", plover="PROTEST")]
    p = Parsed.from_rows([("An", "an", "DET", "det", 2), ("air", "air", "NOUN", "compound", 2),
                          ("strike", "strike", "NOUN", "nsubj", 5), ("on", "on", "ADP", "prep", 2),
                          ("Idlib", "Idlib", "PROPN", "pobj", 3), ("killed", "kill", "VERB", "ROOT", 5)])
    [event] = EventCoder(lexicon).code(Document(id="d", text=p.text), p,
                                       actors_for(p, [(4, 4, "SYR", "state")]), [])
    assert event.cameo.code == "195" and event.trigger.text == "strike"


def test_meeting_with_someone_is_reciprocal():
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("negotiated", "negotiate", "VERB", "ROOT", 1),
                          ("with", "with", "ADP", "prep", 1), ("Peru", "Peru", "PROPN", "pobj", 2)])
    [event] = code(p, [(0, 0, "CHL", "state"), (3, 3, "PER", "state")])
    pairs = [(s.country, t.country) for s, t in event.pairs()]
    assert pairs == [("CHL", "PER"), ("PER", "CHL")]


def test_announced_visit_is_an_intention_and_announced_attack_a_threat():
    fut = Parsed.from_rows([("Macron", "Macron", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
                            ("visit", "visit", "VERB", "ROOT", 2), ("Hanoi", "Hanoi", "PROPN", "dobj", 2)])
    [event] = code(fut, [(0, 0, "FRA", "person"), (3, 3, "VNM", "state")])
    # a plain "will": the CAMEO code stays the visit's, PLOVER calls it an AGREE
    assert (event.cameo.code, event.plover.type) == ("042", "AGREE")
    plans = Parsed.from_rows([("Macron", "Macron", "PROPN", "nsubj", 1), ("plans", "plan", "VERB", "ROOT", 1),
                              ("to", "to", "PART", "aux", 3), ("visit", "visit", "VERB", "xcomp", 1),
                              ("Hanoi", "Hanoi", "PROPN", "dobj", 3)])
    [event] = code(plans, [(0, 0, "FRA", "person"), (4, 4, "VNM", "state")])
    assert (event.cameo.code, event.plover.type) == ("036", "AGREE")
    assert "announced->036" in event.evidence
    wants = Parsed.from_rows([("Obama", "Obama", "PROPN", "nsubj", 1), ("wants", "want", "VERB", "ROOT", 1),
                              ("to", "to", "PART", "aux", 3), ("attack", "attack", "VERB", "xcomp", 1),
                              ("Libya", "Libya", "PROPN", "dobj", 3)])
    [event] = code(wants, [(0, 0, "USA", "person"), (4, 4, "LBY", "state")])
    assert (event.cameo.code, event.plover.type) == ("138", "THREATEN")
    assert [a.country for a in event.source] == ["USA"]


def test_requested_event_belongs_to_the_object_and_is_demanded():
    p = Parsed.from_rows([("Paris", "Paris", "PROPN", "nsubj", 1), ("urged", "urge", "VERB", "ROOT", 1),
                          ("Kigali", "Kigali", "PROPN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                          ("visit", "visit", "VERB", "xcomp", 1), ("Goma", "Goma", "PROPN", "dobj", 4)])
    [event] = code(p, [(0, 0, "FRA", "state"), (2, 2, "RWA", "state"), (5, 5, "COD", "state")])
    assert [a.country for a in event.source] == ["RWA"]
    assert event.status == ["demanded"]


def test_framing_verb_is_not_an_event_itself():
    lexicon = LEXICON + [entry("try-court", "try", direct=True, cameo="173", plover="COERCE")]
    p = Parsed.from_rows([("Rebels", "rebel", "NOUN", "nsubj", 1), ("tried", "try", "VERB", "ROOT", 1),
                          ("to", "to", "PART", "aux", 3), ("attack", "attack", "VERB", "xcomp", 1),
                          ("Goma", "Goma", "PROPN", "dobj", 3)])
    events = EventCoder(lexicon).code(Document(id="d", text=p.text), p,
                                      actors_for(p, [(0, 0, "COD", "group"), (4, 4, "COD", "state")]), [])
    assert [e.cameo.code for e in events] == ["190"]


def test_party_inside_the_object_phrase_is_the_target():
    lexicon = LEXICON + [entry("ratify", "ratify", direct=True, cameo="057", plover="AGREE")]
    p = Parsed.from_rows([("Ukraine", "Ukraine", "PROPN", "nsubj", 1), ("ratified", "ratify", "VERB", "ROOT", 1),
                          ("an", "an", "DET", "det", 3), ("agreement", "agreement", "NOUN", "dobj", 1),
                          ("with", "with", "ADP", "prep", 3), ("Moldova", "Moldova", "PROPN", "pobj", 4)])
    [event] = EventCoder(lexicon).code(Document(id="d", text=p.text), p,
                                       actors_for(p, [(0, 0, "UKR", "state"), (5, 5, "MDA", "state")]), [])
    assert [a.country for a in event.target] == ["MDA"]


def test_light_verb_and_its_eventive_noun_are_one_event():
    lexicon = LEXICON + [entry("launch", "launch", direct=True, cameo="190", plover="ASSAULT"),
                         entry("raid", "raid", pos="N", preps=("on",), cameo="195", plover="ASSAULT")]
    p = Parsed.from_rows([("Israel", "Israel", "PROPN", "nsubj", 1), ("launched", "launch", "VERB", "ROOT", 1),
                          ("a", "a", "DET", "det", 3), ("raid", "raid", "NOUN", "dobj", 1),
                          ("on", "on", "ADP", "prep", 3), ("Tyre", "Tyre", "PROPN", "pobj", 4)])
    [event] = EventCoder(lexicon).code(Document(id="d", text=p.text), p,
                                       actors_for(p, [(0, 0, "ISR", "state"), (5, 5, "LBN", "state")]), [])
    assert event.cameo.code == "195" and [a.country for a in event.source] == ["ISR"]
    assert [a.country for a in event.target] == ["LBN"]


def _codes(events):
    return [([a.country for a in e.source], [a.country for a in e.target], e.cameo.code) for e in events]


def test_alternative_required_words_need_only_one_of_them():
    # "+on|upon" is one requirement met by either word, not two.
    call = LexiconEntry("call-upon", "V", ("call",), False, ("on", "upon"), ("on", "upon"), (), False,
                        "020", "REQUEST", "", "", particle_groups=(("on", "upon"),))
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
                          ("upon", "upon", "ADP", "prep", 1), ("Peru", "Peru", "PROPN", "pobj", 2)])
    events = EventCoder([call]).code(Document(id="d", text=p.text), p,
                                     actors_for(p, [(0, 0, "CHL", "state"), (3, 3, "PER", "state")]), [])
    assert _codes(events) == [(["CHL"], ["PER"], "020")]


def test_subject_of_be_about_to_and_of_a_raising_passive():
    about = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1),
                              ("about", "about", "ADJ", "acomp", 1), ("to", "to", "PART", "aux", 4),
                              ("visit", "visit", "VERB", "xcomp", 2), ("Lima", "Lima", "PROPN", "dobj", 4)])
    assert _codes(code(about, [(0, 0, "CHL", "state"), (5, 5, "PER", "state")])) == [(["CHL"], ["PER"], "042")]
    expected = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubjpass", 2), ("is", "be", "AUX", "auxpass", 2),
                                 ("expected", "expect", "VERB", "ROOT", 2), ("to", "to", "PART", "aux", 4),
                                 ("visit", "visit", "VERB", "xcomp", 2), ("Lima", "Lima", "PROPN", "dobj", 4)])
    # the raised subject is the visitor, not a patient to swap into the target
    assert _codes(code(expected, [(0, 0, "CHL", "state"), (5, 5, "PER", "state")])) == [(["CHL"], ["PER"], "042")]


def test_bare_participle_clause_does_not_borrow_the_main_subject():
    p = Parsed.from_rows([("Asked", "ask", "VERB", "advcl", 4), ("by", "by", "ADP", "agent", 0),
                          ("reporters", "reporter", "NOUN", "pobj", 1), (",", ",", "PUNCT", "punct", 4),
                          ("Lula", "Lula", "PROPN", "nsubj", 4), ("replied", "reply", "VERB", "ROOT", 4)])
    p.tokens[0].tag = "VBN"
    ask = entry("ask", "ask", direct=True, cameo="020", plover="REQUEST")
    events = EventCoder([ask]).code(Document(id="d", text=p.text), p, actors_for(p, [(4, 4, "BRA", "person")]), [])
    assert events == []


def test_appeal_takes_its_subcode_from_the_requested_event_which_is_folded():
    lexicon = LEXICON + [entry("urge", "urge", direct=True, cameo="020", plover="REQUEST"),
                         entry("send-aid", "send", objects=("aid",), preps=("to",), cameo="070", plover="AID")]
    p = Parsed.from_rows([("Peru", "Peru", "PROPN", "nsubj", 1), ("urged", "urge", "VERB", "ROOT", 1),
                          ("Chile", "Chile", "PROPN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                          ("send", "send", "VERB", "xcomp", 1), ("aid", "aid", "NOUN", "dobj", 4),
                          ("to", "to", "ADP", "prep", 4), ("Bolivia", "Bolivia", "PROPN", "pobj", 6)])
    events = EventCoder(lexicon).code(Document(id="d", text=p.text), p, actors_for(
        p, [(0, 0, "PER", "state"), (2, 2, "CHL", "state"), (7, 7, "BOL", "state")]), [])
    # intent.tsv gives AID -> 033, so the appeal is 023; the aid itself did not happen
    assert _codes(events) == [(["PER"], ["CHL"], "023")]
    assert events[0].plover.type == "REQUEST"


def test_condemning_an_act_targets_its_agent():
    lexicon = LEXICON + [entry("condemn", "condemn", direct=True, cameo="111", plover="ACCUSE")]
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("condemned", "condemn", "VERB", "ROOT", 1),
                          ("the", "the", "DET", "det", 3), ("raid", "raid", "NOUN", "dobj", 1),
                          ("by", "by", "ADP", "prep", 3), ("Peru", "Peru", "PROPN", "pobj", 4)])
    events = EventCoder(lexicon).code(Document(id="d", text=p.text), p,
                                      actors_for(p, [(0, 0, "CHL", "state"), (5, 5, "PER", "state")]), [])
    assert _codes(events) == [(["CHL"], ["PER"], "111")]


def test_said_that_someone_attacked_is_an_accusation_unless_the_source_comes_after():
    before = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
                               ("Peru", "Peru", "PROPN", "nsubj", 3), ("attacked", "attack", "VERB", "ccomp", 1),
                               ("Bolivia", "Bolivia", "PROPN", "dobj", 3)])
    spans = [(0, 0, "CHL", "state"), (2, 2, "PER", "state"), (4, 4, "BOL", "state")]
    [event] = code(before, spans)
    assert _codes([event]) == [(["CHL"], ["PER"], "112")] and event.plover.type == "ACCUSE"
    after = Parsed.from_rows([("Peru", "Peru", "PROPN", "nsubj", 1), ("attacked", "attack", "VERB", "ccomp", 4),
                              ("Bolivia", "Bolivia", "PROPN", "dobj", 1), (",", ",", "PUNCT", "punct", 4),
                              ("Chile", "Chile", "PROPN", "nsubj", 4), ("said", "say", "VERB", "ROOT", 4)])
    spans = [(0, 0, "PER", "state"), (2, 2, "BOL", "state"), (4, 4, "CHL", "state")]
    assert _codes(code(after, spans)) == [(["PER"], ["BOL"], "190")]


def test_listed_actors_read_as_apposition_are_all_subjects():
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 5), (",", ",", "PUNCT", "punct", 0),
                          ("Peru", "Peru", "PROPN", "appos", 0), ("and", "and", "CCONJ", "cc", 2),
                          ("Bolivia", "Bolivia", "PROPN", "conj", 2), ("negotiated", "negotiate", "VERB", "ROOT", 5)])
    [event] = code(p, [(0, 0, "CHL", "state"), (2, 2, "PER", "state"), (4, 4, "BOL", "state")])
    assert [a.country for a in event.source] == ["CHL", "PER", "BOL"]


def test_noun_of_noun_pattern_and_several_welcomers_are_not_partners():
    lexicon = LEXICON + [entry("welcome", "welcome", direct=True, cameo="051", plover="SUPPORT"),
                         entry("resumption", "resumption", pos="N", objects=("tie",), preps=("with",),
                               cameo="050", plover="SUPPORT")]
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 3), ("and", "and", "CCONJ", "cc", 0),
                          ("Peru", "Peru", "PROPN", "conj", 0), ("welcomed", "welcome", "VERB", "ROOT", 3),
                          ("the", "the", "DET", "det", 5), ("resumption", "resumption", "NOUN", "dobj", 3),
                          ("of", "of", "ADP", "prep", 5), ("ties", "tie", "NOUN", "pobj", 6),
                          ("with", "with", "ADP", "prep", 7), ("Cuba", "Cuba", "PROPN", "pobj", 8)])
    events = EventCoder(lexicon).code(Document(id="d", text=p.text), p, actors_for(
        p, [(0, 0, "CHL", "state"), (2, 2, "PER", "state"), (9, 9, "CUB", "state")]), [])
    assert _codes(events) == [(["CHL", "PER"], ["CUB"], "050")]


def test_readiness_to_act_is_an_intention():
    lexicon = LEXICON + [entry("contribute", "contribute", preps=("to",), cameo="070", plover="AID")]
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1),
                          ("ready", "ready", "ADJ", "acomp", 1), ("to", "to", "PART", "aux", 4),
                          ("contribute", "contribute", "VERB", "xcomp", 2), ("to", "to", "ADP", "prep", 4),
                          ("Haiti", "Haiti", "PROPN", "pobj", 5)])
    [event] = EventCoder(lexicon).code(Document(id="d", text=p.text), p, actors_for(
        p, [(0, 0, "CHL", "state"), (6, 6, "HTI", "state")]), [])
    assert _codes([event]) == [(["CHL"], ["HTI"], "033")] and event.plover.type == "AGREE"


def test_object_phrase_preposition_beats_a_date_on_the_verb():
    p = Parsed.from_rows([("Britain", "Britain", "PROPN", "nsubj", 1), ("imposed", "impose", "VERB", "ROOT", 1),
                          ("sanctions", "sanction", "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 2),
                          ("Belarus", "Belarus", "PROPN", "pobj", 3), ("on", "on", "ADP", "prep", 1),
                          ("Monday", "Monday", "PROPN", "pobj", 5)], ents=[(6, 7, "DATE")])
    [event] = code(p, [(0, 0, "GBR", "state"), (4, 4, "BLR", "state")])
    assert [a.country for a in event.target] == ["BLR"]


def test_announced_release_is_an_intention_only_when_the_speech_verb_comes_first():
    lexicon = LEXICON + [entry("free", "free", direct=True, cameo="0841", plover="RETREAT")]
    before = Parsed.from_rows([("Rebels", "rebel", "NOUN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
                               ("they", "they", "PRON", "nsubj", 4), ("will", "will", "AUX", "aux", 4),
                               ("free", "free", "VERB", "ccomp", 1), ("Peruvians", "Peruvians", "PROPN", "dobj", 4)])
    [event] = EventCoder(lexicon).code(Document(id="d", text=before.text), before, actors_for(
        before, [(0, 0, "COL", "group"), (2, 2, "COL", "group"), (5, 5, "PER", "group")]), [])
    assert event.cameo.code == "0353" and event.plover.type == "AGREE"  # intent to free people
    after = Parsed.from_rows([("Rebels", "rebel", "NOUN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
                              ("free", "free", "VERB", "ccomp", 5), ("Peruvians", "Peruvians", "PROPN", "dobj", 2),
                              ("officials", "official", "NOUN", "nsubj", 5), ("said", "say", "VERB", "ROOT", 5)])
    [event] = EventCoder(lexicon).code(Document(id="d", text=after.text), after, actors_for(
        after, [(0, 0, "COL", "group"), (3, 3, "PER", "group")]), [])
    assert event.cameo.code == "0841" and event.plover.type == "AGREE"


def test_receiving_verb_makes_the_giver_the_source():
    lexicon = LEXICON + [entry("receive-arms", "receive", objects=("weapon",), preps=("from",), cameo="072",
                               plover="AID")]
    lexicon[-1] = LexiconEntry(*[getattr(lexicon[-1], f) for f in (
        "id", "pos", "lemmas", "target_direct", "target_preps", "particles", "objects", "needs_complement",
        "cameo", "plover", "mode", "note")], converse=True)
    p = Parsed.from_rows([("Rebels", "rebel", "NOUN", "nsubj", 1), ("received", "receive", "VERB", "ROOT", 1),
                          ("weapons", "weapon", "NOUN", "dobj", 1), ("from", "from", "ADP", "prep", 1),
                          ("Chile", "Chile", "PROPN", "pobj", 3)])
    events = EventCoder(lexicon).code(Document(id="d", text=p.text), p,
                                      actors_for(p, [(0, 0, "PER", "group"), (4, 4, "CHL", "state")]), [])
    assert _codes(events) == [(["CHL"], ["PER"], "072")]


def test_one_accusation_per_speech_verb():
    lexicon = LEXICON + [entry("seize", "seize", direct=True, cameo="192", plover="ASSAULT")]
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
                          ("Peru", "Peru", "PROPN", "nsubj", 3), ("attacked", "attack", "VERB", "ccomp", 1),
                          ("Arica", "Arica", "PROPN", "dobj", 3), ("and", "and", "CCONJ", "cc", 3),
                          ("seized", "seize", "VERB", "conj", 3), ("Tacna", "Tacna", "PROPN", "dobj", 6)])
    events = EventCoder(lexicon).code(Document(id="d", text=p.text), p, actors_for(
        p, [(0, 0, "CHL", "state"), (2, 2, "PER", "state"), (4, 4, "CHL", "state"), (7, 7, "CHL", "state")]), [])
    assert _codes(events) == [(["CHL"], ["PER"], "112")]


def test_judgement_word_is_the_speakers_disapproval_of_the_actor_judged():
    weakness = LexiconEntry("weakness", "N", ("weakness",), False, (), (), (), False, "111", "ACCUSE",
                            "disapprove", "", evaluative=True)
    rows = [("Chile", "Chile", "PROPN", "nsubj", 1), ("believes", "believe", "VERB", "ROOT", 1),
            ("Peru", "Peru", "PROPN", "poss", 4), ("'s", "'s", "PART", "case", 2),
            ("move", "move", "NOUN", "nsubj", 5), ("shows", "show", "VERB", "ccomp", 1),
            ("weakness", "weakness", "NOUN", "dobj", 5)]
    p = Parsed.from_rows(rows)
    events = EventCoder([weakness]).code(Document(id="d", text=p.text), p,
                                         actors_for(p, [(0, 0, "CHL", "state"), (2, 2, "PER", "state")]), [])
    assert _codes(events) == [(["CHL"], ["PER"], "111")]
    # no verb of saying or thinking above it and no quote: nobody's judgement
    bare = Parsed.from_rows([("Peru", "Peru", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
                             ("move", "move", "NOUN", "nsubj", 3), ("shows", "show", "VERB", "ROOT", 3),
                             ("weakness", "weakness", "NOUN", "dobj", 3)])
    assert EventCoder([weakness]).code(Document(id="d", text=bare.text), bare,
                                       actors_for(bare, [(0, 0, "PER", "state")]), []) == []


def test_refusing_a_cooperative_act_is_a_rejection_and_a_threatened_one_a_threat():
    lexicon = LEXICON + [entry("lift", "lift", objects=("ban",), cameo="081", plover="CONCEDE"),
                         entry("attack", "attack", direct=True, cameo="190", plover="ASSAULT")]
    refused = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("refused", "refuse", "VERB", "ROOT", 1),
                                ("to", "to", "PART", "aux", 3), ("lift", "lift", "VERB", "xcomp", 1),
                                ("the", "the", "DET", "det", 5), ("ban", "ban", "NOUN", "dobj", 3)])
    [event] = EventCoder(lexicon).code(Document(id="d", text=refused.text), refused,
                                       actors_for(refused, [(0, 0, "CHL", "state")]), [])
    # intent.tsv: refusing to concede is 124, and refusing to ease administrative sanctions
    # (081) 1241 (intent_subcodes.tsv); the refusal happened, so it is not negated
    assert (event.cameo.code, event.plover.type) == ("1241", "REJECT") and "negated" not in event.status
    past = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 3), ("did", "do", "AUX", "aux", 3),
                             ("not", "not", "PART", "neg", 3), ("lift", "lift", "VERB", "ROOT", 3),
                             ("the", "the", "DET", "det", 5), ("ban", "ban", "NOUN", "dobj", 3)])
    [event] = EventCoder(lexicon).code(Document(id="d", text=past.text), past,
                                       actors_for(past, [(0, 0, "CHL", "state")]), [])
    assert event.cameo.code == "081" and "negated" in event.status
    threat = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1),
                               ("threatened", "threaten", "VERB", "ROOT", 1), ("to", "to", "PART", "aux", 3),
                               ("attack", "attack", "VERB", "xcomp", 1), ("Peru", "Peru", "PROPN", "dobj", 3)])
    events = EventCoder(lexicon).code(Document(id="d", text=threat.text), threat,
                                      actors_for(threat, [(0, 0, "CHL", "state"), (4, 4, "PER", "state")]), [])
    assert _codes(events) == [(["CHL"], ["PER"], "138")] and events[0].plover.type == "THREATEN"


def test_considered_option_is_a_statement_and_an_asked_for_act_is_not_done():
    lexicon = LEXICON + [entry("send-aid", "send", objects=("aid",), preps=("to",), cameo="070", plover="AID")]
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 2), ("is", "be", "AUX", "aux", 2),
                          ("considering", "consider", "VERB", "ROOT", 2), ("sending", "send", "VERB", "xcomp", 2),
                          ("aid", "aid", "NOUN", "dobj", 3), ("to", "to", "ADP", "prep", 3),
                          ("Haiti", "Haiti", "PROPN", "pobj", 5)])
    [event] = EventCoder(lexicon).code(Document(id="d", text=p.text), p, actors_for(
        p, [(0, 0, "CHL", "state"), (6, 6, "HTI", "state")]), [])
    assert event.cameo.code == "014" and event.trigger.text == "considering"
    q = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("ignored", "ignore", "VERB", "ROOT", 1),
                          ("appeals", "appeal", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                          ("send", "send", "VERB", "acl", 2), ("aid", "aid", "NOUN", "dobj", 4),
                          ("to", "to", "ADP", "prep", 4), ("Haiti", "Haiti", "PROPN", "pobj", 6)])
    assert EventCoder(lexicon).code(Document(id="d", text=q.text), q, actors_for(
        q, [(0, 0, "CHL", "state"), (7, 7, "HTI", "state")]), []) == []


def test_bare_conjunct_shares_the_negation_of_its_first_verb():
    lexicon = LEXICON + [entry("sell", "sell", direct=True, cameo="062", plover="COOPERATE")]
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 3), ("will", "will", "AUX", "aux", 3),
                          ("not", "not", "PART", "neg", 3), ("visit", "visit", "VERB", "ROOT", 3),
                          ("or", "or", "CCONJ", "cc", 3), ("sell", "sell", "VERB", "conj", 3),
                          ("Peru", "Peru", "PROPN", "dobj", 5)])
    events = EventCoder(lexicon).code(Document(id="d", text=p.text), p,
                                      actors_for(p, [(0, 0, "CHL", "state"), (6, 6, "PER", "state")]), [])
    [sell] = [e for e in events if e.trigger.text == "sell"]
    assert sell.cameo.code == "062" and "negated" in sell.status


def test_object_the_parser_stranded_as_a_later_subject_is_recovered():
    # "Lavrov visited Cuba, where he spoke, and Putin left." with "Cuba" parsed as subject of "left"
    p = Parsed.from_rows([("Lavrov", "Lavrov", "PROPN", "nsubj", 1), ("visited", "visit", "VERB", "ROOT", 1),
                          ("Cuba", "Cuba", "PROPN", "nsubj", 10), (",", ",", "PUNCT", "punct", 2),
                          ("where", "where", "SCONJ", "advmod", 6), ("he", "he", "PRON", "nsubj", 6),
                          ("spoke", "speak", "VERB", "relcl", 2), (",", ",", "PUNCT", "punct", 2),
                          ("and", "and", "CCONJ", "cc", 2), ("Putin", "Putin", "PROPN", "conj", 2),
                          ("left", "leave", "VERB", "conj", 1)])
    [event] = [e for e in code(p, [(0, 0, "RUS", "person"), (2, 2, "CUB", "state")])
               if e.trigger.text == "visited"]
    assert [a.country for a in event.target] == ["CUB"]


# --- target recovery, framing and conventions (second pass) ---


def _coder_events(lexicon, p, spans):
    return EventCoder(lexicon).code(Document(id="d", text=p.text), p, actors_for(p, spans), [])


def test_date_glued_onto_a_name_does_not_hide_the_party():
    # "Lula met with President Milei Friday": the parser heads the name with the date
    lexicon = LEXICON + [entry("meet-with", "meet", preps=("with",), cameo="040")]
    p = Parsed.from_rows([("Lula", "Lula", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1),
                          ("with", "with", "ADP", "prep", 1), ("President", "President", "PROPN", "compound", 5),
                          ("Milei", "Milei", "PROPN", "compound", 5), ("Friday", "Friday", "PROPN", "pobj", 2)],
                         ents=[(5, 6, "DATE")])
    [event] = _coder_events(lexicon, p, [(0, 0, "BRA", "person"), (3, 4, "ARG", "person")])
    assert "ARG" in [a.country for a in event.target]  # (a meeting "with" X: both sides act)
    # a plain date stays out
    q = Parsed.from_rows([("Lula", "Lula", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1),
                          ("with", "with", "ADP", "prep", 1), ("Friday", "Friday", "PROPN", "pobj", 2)],
                         ents=[(3, 4, "DATE")])
    assert _coder_events(lexicon, q, [(0, 0, "BRA", "person")]) == []


def test_preposition_hung_on_the_object_still_names_the_target():
    # "Chile warned its citizens about Peru": "about" attached to "citizens"
    lexicon = LEXICON + [entry("warn", "warn", direct=True, cameo="130", plover="THREATEN"),
                         entry("warn-about", "warn", preps=("about",), cameo="130", plover="THREATEN")]
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("warned", "warn", "VERB", "ROOT", 1),
                          ("its", "its", "PRON", "poss", 3), ("citizens", "citizen", "NOUN", "dobj", 1),
                          ("about", "about", "ADP", "prep", 3), ("Peru", "Peru", "PROPN", "pobj", 4)])
    [event] = _coder_events(lexicon, p, [(0, 0, "CHL", "state"), (5, 5, "PER", "state")])
    assert "warn-about" in event.evidence and [a.country for a in event.target] == ["PER"]


def test_required_object_naming_people_is_the_target():
    lexicon = LEXICON + [entry("receive", "receive", objects=("minister",), cameo="043")]
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("received", "receive", "VERB", "ROOT", 1),
                          ("Peruvian", "peruvian", "ADJ", "amod", 3), ("ministers", "minister", "NOUN", "dobj", 1)])
    event, visit = _coder_events(lexicon, p, [(0, 0, "CHL", "state"), (2, 3, "PER", "group")])
    assert [a.country for a in event.target] == ["PER"] and event.cameo.code == "043"
    assert visit.cameo.code == "042"  # the hosted ministers' visit
    # an object that names no one ("opened its borders") does not become the target
    lexicon = LEXICON + [entry("open", "open", objects=("border",), preps=("to",), cameo="061",
                               plover="COOPERATE")]
    q = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("opened", "open", "VERB", "ROOT", 1),
                          ("its", "its", "PRON", "poss", 3), ("borders", "border", "NOUN", "dobj", 1)])
    [event] = _coder_events(lexicon, q, [(0, 0, "CHL", "state"), (2, 2, "CHL", "state")])
    assert [a.country for a in event.source] == ["CHL"] and event.target == []


def test_compound_object_entry_beats_the_plain_object_entry():
    lexicon = LEXICON + [entry("launch", "launch", objects=("strike",), preps=("on",), cameo="190",
                               plover="ASSAULT"),
                         entry("launch-air", "launch", objects=("air-strike",), preps=("on",), cameo="195",
                               plover="ASSAULT")]
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("launched", "launch", "VERB", "ROOT", 1),
                          ("an", "an", "DET", "det", 4), ("air", "air", "NOUN", "compound", 4),
                          ("strike", "strike", "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 4),
                          ("Peru", "Peru", "PROPN", "pobj", 5)])
    [event] = _coder_events(lexicon, p, [(0, 0, "CHL", "state"), (6, 6, "PER", "state")])
    assert event.cameo.code == "195"


def test_promise_verb_over_a_coded_infinitive_is_not_a_second_event():
    lexicon = LEXICON + [entry("agree", "agree", particles=("to",), cameo="030", plover="AGREE")]
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1),
                          ("to", "to", "PART", "aux", 3), ("visit", "visit", "VERB", "xcomp", 1),
                          ("Peru", "Peru", "PROPN", "dobj", 3)])
    events = _coder_events(lexicon, p, [(0, 0, "CHL", "state"), (4, 4, "PER", "state")])
    assert [e.trigger.text for e in events] == ["visit"]
    # with nothing coded under it, the agreement itself is the event
    q = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1),
                          ("to", "to", "PART", "aux", 3), ("wait", "wait", "VERB", "xcomp", 1)])
    [event] = _coder_events(lexicon, q, [(0, 0, "CHL", "state")])
    assert event.cameo.code == "030"


def test_welcomed_thing_from_someone_targets_its_author():
    lexicon = LEXICON + [entry("welcome", "welcome", direct=True, cameo="051", plover="SUPPORT")]
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("welcomed", "welcome", "VERB", "ROOT", 1),
                          ("letters", "letter", "NOUN", "dobj", 1), ("from", "from", "ADP", "prep", 1),
                          ("Peru", "Peru", "PROPN", "pobj", 3)])
    [event] = _coder_events(lexicon, p, [(0, 0, "CHL", "state"), (4, 4, "PER", "state")])
    assert [a.country for a in event.target] == ["PER"]


def test_condemning_someones_act_is_an_accusation_condemning_them_a_criticism():
    lexicon = LEXICON + [entry("condemn", "condemn", direct=True, cameo="111", plover="ACCUSE"),
                         entry("attack-n", "attack", pos="N", cameo="190", plover="ASSAULT")]
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("condemned", "condemn", "VERB", "ROOT", 1),
                          ("an", "an", "DET", "det", 3), ("attack", "attack", "NOUN", "dobj", 1),
                          ("by", "by", "ADP", "prep", 3), ("Peru", "Peru", "PROPN", "pobj", 4)])
    [event] = _coder_events(lexicon, p, [(0, 0, "CHL", "state"), (5, 5, "PER", "state")])
    assert event.cameo.code == "112" and [a.country for a in event.target] == ["PER"]
    q = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("condemned", "condemn", "VERB", "ROOT", 1),
                          ("Peru", "Peru", "PROPN", "dobj", 1)])
    [event] = _coder_events(lexicon, q, [(0, 0, "CHL", "state"), (2, 2, "PER", "state")])
    assert event.cameo.code == "111"


def test_state_where_it_happened_is_the_target_when_none_is_named():
    lexicon = LEXICON + [entry("drill", "hold", objects=("exercise",), cameo="150", plover="MOBILIZE")]
    # "Chile held exercises near the coast in Peru" (nested place phrase)
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("held", "hold", "VERB", "ROOT", 1),
                          ("exercises", "exercise", "NOUN", "dobj", 1), ("near", "near", "ADP", "prep", 2),
                          ("the", "the", "DET", "det", 5), ("coast", "coast", "NOUN", "pobj", 3),
                          ("in", "in", "ADP", "prep", 5), ("Peru", "Peru", "PROPN", "pobj", 6)])
    [event] = _coder_events(lexicon, p, [(0, 0, "CHL", "state"), (7, 7, "PER", "state")])
    assert [a.country for a in event.target] == ["PER"]
    # a person in the place phrase is not a place; an adverbial clause is not searched
    q = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("held", "hold", "VERB", "ROOT", 1),
                          ("exercises", "exercise", "NOUN", "dobj", 1), ("in", "in", "ADP", "prep", 1),
                          ("Lima", "Lima", "PROPN", "pobj", 3)])
    [event] = _coder_events(lexicon, q, [(0, 0, "CHL", "state"), (4, 4, "PER", "person")])
    assert event.target == []


def test_appeal_for_a_named_outcome_takes_its_sub_code():
    lexicon = LEXICON + [entry("appeal", "appeal", cameo="020", plover="REQUEST"),
                         entry("urge-truce", "urge", objects=("truce",), cameo="0256", plover="REQUEST")]
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("appealed", "appeal", "VERB", "ROOT", 1),
                          ("for", "for", "ADP", "prep", 1), ("a", "a", "DET", "det", 4),
                          ("truce", "truce", "NOUN", "pobj", 2)])
    [event] = _coder_events(lexicon, p, [(0, 0, "CHL", "state")])
    assert event.cameo.code == "0256"
    q = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("appealed", "appeal", "VERB", "ROOT", 1),
                          ("for", "for", "ADP", "prep", 1), ("patience", "patience", "NOUN", "pobj", 2)])
    [event] = _coder_events(lexicon, q, [(0, 0, "CHL", "state")])
    assert event.cameo.code == "020"


def test_wrong_tagger_lemma_falls_back_to_regular_stems():
    # the tagger lemmatized "staged" as "stag"
    lexicon = LEXICON + [entry("stage", "stage", objects=("protest",), cameo="141", plover="PROTEST")]
    p = Parsed.from_rows([("Students", "student", "NOUN", "nsubj", 1), ("staged", "stag", "VERB", "ROOT", 1),
                          ("a", "a", "DET", "det", 3), ("protest", "protest", "NOUN", "dobj", 1)])
    [event] = _coder_events(lexicon, p, [(0, 0, "CHL", "group")])
    assert event.cameo.code == "141"


def test_reflexive_target_and_joint_object_of_coordinated_subjects():
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
                          ("itself", "itself", "PRON", "dobj", 1)])
    [event] = code(p, [(0, 0, "CHL", "state"), (2, 2, "CHL", "state")])
    assert [a.country for a in event.target] == ["CHL"]
    lexicon = LEXICON + [entry("postpone", "postpone", direct=True, cameo="125", plover="REJECT")]
    q = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 3), ("and", "and", "CCONJ", "cc", 0),
                          ("Peru", "Peru", "PROPN", "conj", 0), ("postponed", "postpone", "VERB", "ROOT", 3),
                          ("their", "their", "PRON", "poss", 5), ("talks", "talk", "NOUN", "dobj", 3)])
    [event] = _coder_events(lexicon, q, [(0, 0, "CHL", "state"), (2, 2, "PER", "state")])
    assert event.pairs() and {(s.country, t.country) for s, t in event.pairs()} == {("CHL", "PER"), ("PER", "CHL")}


def test_agentless_noun_in_a_phrase_is_scene_not_event():
    # "Talks stalled during a visit to Peru": no one visits
    p = Parsed.from_rows([("Talks", "talk", "NOUN", "nsubj", 1), ("stalled", "stall", "VERB", "ROOT", 1),
                          ("during", "during", "ADP", "prep", 1), ("a", "a", "DET", "det", 4),
                          ("visit", "visit", "NOUN", "pobj", 2), ("to", "to", "ADP", "prep", 4),
                          ("Peru", "Peru", "PROPN", "pobj", 5)])
    assert code(p, [(6, 6, "PER", "state")]) == []


def test_noun_conjoined_under_a_light_verb_takes_its_subject():
    lexicon = LEXICON + [entry("ban", "ban", pos="N", preps=("on",), cameo="172", plover="COERCE")]
    # "Chile announced freezes and bans on Peru"
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("announced", "announce", "VERB", "ROOT", 1),
                          ("freezes", "freeze", "NOUN", "dobj", 1), ("and", "and", "CCONJ", "cc", 2),
                          ("bans", "ban", "NOUN", "conj", 2), ("on", "on", "ADP", "prep", 4),
                          ("Peru", "Peru", "PROPN", "pobj", 5)])
    [event] = _coder_events(lexicon, p, [(0, 0, "CHL", "state"), (6, 6, "PER", "state")])
    assert [a.country for a in event.source] == ["CHL"] and [a.country for a in event.target] == ["PER"]


def test_subject_list_the_parser_split_or_hung_as_a_modifier():
    lexicon = LEXICON + [entry("welcome", "welcome", direct=True, cameo="051", plover="SUPPORT")]
    # "Farmers, and Chile welcomed Peru": two subjects of one verb
    p = Parsed.from_rows([("Farmers", "farmer", "NOUN", "nsubj", 4), (",", ",", "PUNCT", "punct", 0),
                          ("and", "and", "CCONJ", "cc", 0), ("Chile", "Chile", "PROPN", "nsubj", 4),
                          ("welcomed", "welcome", "VERB", "ROOT", 4), ("Peru", "Peru", "PROPN", "dobj", 4)])
    [event] = _coder_events(lexicon, p, [(3, 3, "CHL", "state"), (5, 5, "PER", "state")])
    assert [a.country for a in event.source] == ["CHL"]
    # "Bolivia and Chile officials welcomed Peru" with "Bolivia" an nmod carrying the conj
    q = Parsed.from_rows([("Bolivia", "Bolivia", "PROPN", "nmod", 3), ("and", "and", "CCONJ", "cc", 0),
                          ("Chile", "Chile", "PROPN", "conj", 0), ("officials", "official", "NOUN", "nsubj", 4),
                          ("welcomed", "welcome", "VERB", "ROOT", 4), ("Peru", "Peru", "PROPN", "dobj", 4)])
    [event] = _coder_events(lexicon, q, [(0, 0, "BOL", "state"), (2, 2, "CHL", "state"),
                                         (5, 5, "PER", "state")])
    assert sorted(a.country for a in event.source) == ["BOL", "CHL"]


def test_name_glued_to_a_subject_is_not_a_second_party_and_nationality_is_not_an_actor():
    lexicon = LEXICON + [entry("welcome", "welcome", direct=True, cameo="051", plover="SUPPORT")]
    # "the group Sendero welcomed Peru" parsed with two adjacent subjects: one party
    p = Parsed.from_rows([("group", "group", "NOUN", "nsubj", 2), ("Sendero", "Sendero", "PROPN", "nsubj", 2),
                          ("welcomed", "welcome", "VERB", "ROOT", 2), ("Peru", "Peru", "PROPN", "dobj", 2)])
    actors = actors_for(p, [(0, 0, "CHL", "group"), (1, 1, "BOL", "group"), (3, 3, "PER", "state")])
    [event] = EventCoder(lexicon).code(Document(id="d", text=p.text), p, actors, [])
    assert [a.country for a in event.source] == ["CHL"]
    # "Chile and Bolivia activists": "Chile" names whose activists, Bolivia is a second party
    q = Parsed.from_rows([("Chile", "Chile", "PROPN", "nmod", 3), ("and", "and", "CCONJ", "cc", 0),
                          ("Bolivia", "Bolivia", "PROPN", "conj", 0), ("activists", "activist", "NOUN", "nsubj", 4),
                          ("welcomed", "welcome", "VERB", "ROOT", 4), ("Peru", "Peru", "PROPN", "dobj", 4)])
    actors = actors_for(q, [(0, 0, "CHL", "state"), (2, 2, "BOL", "state"), (3, 3, "CHL", "group"),
                            (5, 5, "PER", "state")])
    [event] = EventCoder(lexicon).code(Document(id="d", text=q.text), q, actors, [])
    assert sorted((a.country, a.kind) for a in event.source) == [("BOL", "state"), ("CHL", "group")]


def test_agentless_passive_takes_the_agent_of_the_act_it_happened_in():
    lexicon = LEXICON + [entry("kill", "kill", direct=True, cameo="190", plover="ASSAULT"),
                         entry("raid-n", "raid", pos="N", cameo="190", plover="ASSAULT")]
    # "Villagers were killed in a raid by Chile"
    p = Parsed.from_rows([("Villagers", "villager", "NOUN", "nsubjpass", 2), ("were", "be", "AUX", "auxpass", 2),
                          ("killed", "kill", "VERB", "ROOT", 2), ("in", "in", "ADP", "prep", 2),
                          ("a", "a", "DET", "det", 5), ("raid", "raid", "NOUN", "pobj", 3),
                          ("by", "by", "ADP", "prep", 5), ("Chile", "Chile", "PROPN", "pobj", 6)])
    events = _coder_events(lexicon, p, [(0, 0, "PER", "group"), (7, 7, "CHL", "state")])
    [killing] = [e for e in events if e.trigger.text == "killed"]
    assert [a.country for a in killing.source] == ["CHL"] and [a.country for a in killing.target] == ["PER"]
    # in a place, not an act: no source is invented
    q = Parsed.from_rows([("Villagers", "villager", "NOUN", "nsubjpass", 2), ("were", "be", "AUX", "auxpass", 2),
                          ("killed", "kill", "VERB", "ROOT", 2), ("in", "in", "ADP", "prep", 2),
                          ("Chile", "Chile", "PROPN", "pobj", 3)])
    [killing] = _coder_events(lexicon, q, [(0, 0, "PER", "group"), (4, 4, "CHL", "state")])
    assert killing.source == []


# --- places as targets, participation, consequences, origins (third pass) ---

FORCE = [entry("shell", "shell", direct=True, cameo="194", plover="ASSAULT"),
         entry("kill", "kill", direct=True, cameo="190", plover="ASSAULT"),
         entry("fire", "fire", preps=("at",), cameo="190", plover="ASSAULT"),
         entry("clash-n", "clash", pos="N", preps=("with", "in"), cameo="190", plover="ASSAULT"),
         entry("exercise", "stage", objects=("drill",), cameo="150", plover="MOBILIZE")]


def test_a_city_where_an_untargeted_event_happened_gives_its_state_as_target():
    # "Peru staged drills in Arica": Arica is a place actor of Chile
    p = Parsed.from_rows([("Peru", "Peru", "PROPN", "nsubj", 1), ("staged", "stage", "VERB", "ROOT", 1),
                          ("drills", "drill", "NOUN", "dobj", 1), ("in", "in", "ADP", "prep", 1),
                          ("Arica", "Arica", "PROPN", "pobj", 3)])
    [event] = _coder_events(LEXICON + FORCE, p, [(0, 0, "PER", "state"), (4, 4, "CHL", "place")])
    assert [a.country for a in event.target] == ["CHL"]
    # a place that is not a state or a city (an organisation in the phrase) is no target
    [event] = _coder_events(LEXICON + FORCE, p, [(0, 0, "PER", "state"), (4, 4, "CHL", "organization")])
    assert event.target == []


def test_a_place_naming_the_object_setting_is_the_target():
    # "Lula will attend the Lima games": the compound on the object names the host
    lexicon = LEXICON + [entry("attend", "attend", objects=("game",), cameo="042")]
    p = Parsed.from_rows([("Lula", "Lula", "PROPN", "nsubj", 1), ("attended", "attend", "VERB", "ROOT", 1),
                          ("the", "the", "DET", "det", 4), ("Lima", "Lima", "PROPN", "compound", 4),
                          ("games", "game", "NOUN", "dobj", 1)])
    [event] = _coder_events(lexicon, p, [(0, 0, "BRA", "person"), (3, 3, "PER", "state")])
    assert [a.country for a in event.target] == ["PER"] and event.cameo.code == "042"


def test_engaged_someone_in_a_clash_makes_the_engaged_party_the_target():
    # "Rebels engaged soldiers in a clash in Arica"
    p = Parsed.from_rows([("Rebels", "rebel", "NOUN", "nsubj", 1), ("engaged", "engage", "VERB", "ROOT", 1),
                          ("soldiers", "soldier", "NOUN", "dobj", 1), ("in", "in", "ADP", "prep", 1),
                          ("a", "a", "DET", "det", 5), ("clash", "clash", "NOUN", "pobj", 3),
                          ("in", "in", "ADP", "prep", 5), ("Arica", "Arica", "PROPN", "pobj", 6)])
    [event] = _coder_events(LEXICON + FORCE, p, [(0, 0, "BOL", "group"), (2, 2, "PER", "group"),
                                                 (7, 7, "CHL", "place")])
    assert event.trigger.text == "clash"
    assert [a.country for a in event.source] == ["BOL"] and [a.country for a in event.target] == ["PER"]


def test_a_participle_telling_what_an_attack_did_is_not_a_second_event():
    # "Rebels shelled Tacna, killing villagers"
    p = Parsed.from_rows([("Rebels", "rebel", "NOUN", "nsubj", 1), ("shelled", "shell", "VERB", "ROOT", 1),
                          ("Tacna", "Tacna", "PROPN", "dobj", 1), (",", ",", "PUNCT", "punct", 1),
                          ("killing", "kill", "VERB", "advcl", 1, "VBG"),
                          ("villagers", "villager", "NOUN", "dobj", 4)])
    events = _coder_events(LEXICON + FORCE, p, [(0, 0, "BOL", "group"), (2, 2, "PER", "state"),
                                                (5, 5, "PER", "group")])
    assert [e.trigger.text for e in events] == ["shelled"]
    # a participle with its own subject is a clause of its own, and is kept
    q = Parsed.from_rows([("Rebels", "rebel", "NOUN", "nsubj", 1), ("shelled", "shell", "VERB", "ROOT", 1),
                          ("Tacna", "Tacna", "PROPN", "dobj", 1), (",", ",", "PUNCT", "punct", 1),
                          ("troops", "troop", "NOUN", "nsubj", 5),
                          ("killing", "kill", "VERB", "advcl", 1, "VBG"),
                          ("villagers", "villager", "NOUN", "dobj", 5)])
    events = _coder_events(LEXICON + FORCE, q, [(0, 0, "BOL", "group"), (2, 2, "PER", "state"),
                                                (4, 4, "CHL", "group"), (6, 6, "PER", "group")])
    assert sorted(e.trigger.text for e in events) == ["killing", "shelled"]


def test_force_fired_from_a_place_is_charged_to_its_state_when_no_agent_is_named():
    # "Shells were fired at Tacna from Bolivia"
    p = Parsed.from_rows([("Shells", "shell", "NOUN", "nsubjpass", 2), ("were", "be", "AUX", "auxpass", 2),
                          ("fired", "fire", "VERB", "ROOT", 2), ("at", "at", "ADP", "prep", 2),
                          ("Tacna", "Tacna", "PROPN", "pobj", 3), ("from", "from", "ADP", "prep", 2),
                          ("Bolivia", "Bolivia", "PROPN", "pobj", 5)])
    [event] = _coder_events(LEXICON + FORCE, p, [(4, 4, "PER", "place"), (6, 6, "BOL", "state")])
    assert [a.country for a in event.source] == ["BOL"] and [a.country for a in event.target] == ["PER"]
    # "from" an organisation is not an origin
    [event] = _coder_events(LEXICON + FORCE, p, [(4, 4, "PER", "place"), (6, 6, "BOL", "organization")])
    assert event.source == []


def test_coordination_hung_on_a_later_word_of_a_name_still_joins_the_subject():
    # "Evo Morales and Lula met": the parser heads the first name with "Evo" but
    # hangs "and Lula" on "Morales"
    lexicon = LEXICON + [entry("meet", "meet", cameo="040")]
    p = Parsed.from_rows([("Evo", "Evo", "PROPN", "nsubj", 4), ("Morales", "Morales", "PROPN", "pobj", 0),
                          ("and", "and", "CCONJ", "cc", 1), ("Lula", "Lula", "PROPN", "conj", 1),
                          ("met", "meet", "VERB", "ROOT", 4)])
    [event] = _coder_events(lexicon, p, [(0, 1, "BOL", "person"), (3, 3, "BRA", "person")])
    assert sorted(a.country for a in event.source) == ["BOL", "BRA"]


def test_wanting_someone_to_act_is_an_appeal_to_them_and_wanting_to_act_is_none():
    want = LexiconEntry("want", "V", ("want",), True, (), (), (), True, "020", "REQUEST", "", "")
    lexicon = LEXICON + [want]
    # "Lula wants Peru to attack Chile": the parser makes Peru the infinitive's subject
    p = Parsed.from_rows([("Lula", "Lula", "PROPN", "nsubj", 1), ("wants", "want", "VERB", "ROOT", 1),
                          ("Peru", "Peru", "PROPN", "nsubj", 4), ("to", "to", "PART", "aux", 4),
                          ("attack", "attack", "VERB", "ccomp", 1), ("Chile", "Chile", "PROPN", "dobj", 4)])
    [event] = _coder_events(lexicon, p, [(0, 0, "BRA", "person"), (2, 2, "PER", "state"),
                                         (5, 5, "CHL", "state")])
    assert event.cameo.code == "020" and [a.country for a in event.target] == ["PER"]
    # "Lula wants to visit Chile": nobody is asked; the wanted visit is an intention (036)
    q = Parsed.from_rows([("Lula", "Lula", "PROPN", "nsubj", 1), ("wants", "want", "VERB", "ROOT", 1),
                          ("to", "to", "PART", "aux", 3), ("visit", "visit", "VERB", "xcomp", 1),
                          ("Chile", "Chile", "PROPN", "dobj", 3)])
    events = _coder_events(lexicon, q, [(0, 0, "BRA", "person"), (4, 4, "CHL", "state")])
    assert [e.cameo.code for e in events] == ["036"]


def test_would_under_a_past_speech_verb_is_the_reported_will():
    from dateline.events.status import status_of
    # "Peru announced it would free the sailors": a plan, not a hypothesis
    p = Parsed.from_rows([("Peru", "Peru", "PROPN", "nsubj", 1), ("announced", "announce", "VERB", "ROOT", 1, "VBD"),
                          ("it", "it", "PRON", "nsubj", 4), ("would", "would", "AUX", "aux", 4),
                          ("free", "free", "VERB", "ccomp", 1), ("sailors", "sailor", "NOUN", "dobj", 4)])
    assert status_of(p, p.tokens[4]) == ["future"]
    # "the deal would free the sailors": a plain conditional stays hypothetical
    q = Parsed.from_rows([("deal", "deal", "NOUN", "nsubj", 2), ("would", "would", "AUX", "aux", 2),
                          ("free", "free", "VERB", "ROOT", 2), ("sailors", "sailor", "NOUN", "dobj", 2)])
    assert status_of(q, q.tokens[2]) == ["hypothetical"]


def test_an_act_named_as_the_reason_for_another_event_is_its_background():
    lexicon = LEXICON + FORCE + [entry("jail", "jail", direct=True, cameo="173", plover="COERCE"),
                                 entry("aid", "help", direct=True, cameo="070", plover="AID")]
    # "Chile jailed Peruvians for helping rebels": the helping is why, not a new report
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("jailed", "jail", "VERB", "ROOT", 1),
                          ("Peruvians", "Peruvian", "PROPN", "dobj", 1), ("for", "for", "ADP", "prep", 1),
                          ("helping", "help", "VERB", "pcomp", 3), ("rebels", "rebel", "NOUN", "dobj", 4)])
    events = _coder_events(lexicon, p, [(0, 0, "CHL", "state"), (2, 2, "PER", "group"),
                                        (5, 5, "BOL", "group")])
    assert [e.trigger.text for e in events] == ["jailed"]


def test_a_gerund_after_a_preposition_is_done_by_the_verbs_subject():
    # "Bolivia retaliated by shelling Tacna": no event for "retaliated", the shelling is Bolivia's
    p = Parsed.from_rows([("Bolivia", "Bolivia", "PROPN", "nsubj", 1), ("retaliated", "retaliate", "VERB", "ROOT", 1),
                          ("by", "by", "ADP", "prep", 1), ("shelling", "shell", "VERB", "pcomp", 2),
                          ("Tacna", "Tacna", "PROPN", "dobj", 3)])
    [event] = _coder_events(LEXICON + FORCE, p, [(0, 0, "BOL", "state"), (4, 4, "PER", "state")])
    assert [a.country for a in event.source] == ["BOL"] and [a.country for a in event.target] == ["PER"]


def test_helping_to_do_something_is_that_act_not_aid():
    lexicon = LEXICON + FORCE + [entry("aid", "help", direct=True, cameo="070", plover="AID")]
    # "Bolivia helped to shell Tacna"
    p = Parsed.from_rows([("Bolivia", "Bolivia", "PROPN", "nsubj", 1), ("helped", "help", "VERB", "ROOT", 1),
                          ("to", "to", "PART", "aux", 3), ("shell", "shell", "VERB", "xcomp", 1),
                          ("Tacna", "Tacna", "PROPN", "dobj", 3)])
    events = _coder_events(lexicon, p, [(0, 0, "BOL", "state"), (4, 4, "PER", "state")])
    assert [(e.cameo.code, [a.country for a in e.source]) for e in events] == [("194", ["BOL"])]
    # "Bolivia helped Peru": aid
    q = Parsed.from_rows([("Bolivia", "Bolivia", "PROPN", "nsubj", 1), ("helped", "help", "VERB", "ROOT", 1),
                          ("Peru", "Peru", "PROPN", "dobj", 1)])
    [event] = _coder_events(lexicon, q, [(0, 0, "BOL", "state"), (2, 2, "PER", "state")])
    assert event.cameo.code == "070"


def test_meeting_someone_is_mutual_but_visiting_is_not():
    lexicon = LEXICON + [entry("meet", "meet", direct=True, cameo="040")]
    # "Lula met Boric"
    p = Parsed.from_rows([("Lula", "Lula", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1),
                          ("Boric", "Boric", "PROPN", "dobj", 1)])
    [event] = _coder_events(lexicon, p, [(0, 0, "BRA", "person"), (2, 2, "CHL", "person")])
    assert sorted((s.country, t.country) for s, t in event.pairs()) == [("BRA", "CHL"), ("CHL", "BRA")]
    # "Lula visited Boric": one way
    q = Parsed.from_rows([("Lula", "Lula", "PROPN", "nsubj", 1), ("visited", "visit", "VERB", "ROOT", 1),
                          ("Boric", "Boric", "PROPN", "dobj", 1)])
    [event] = _coder_events(lexicon, q, [(0, 0, "BRA", "person"), (2, 2, "CHL", "person")])
    assert [(s.country, t.country) for s, t in event.pairs()] == [("BRA", "CHL")]


def test_meeting_several_others_pairs_each_with_the_subject_only():
    lexicon = LEXICON + [entry("meet", "meet", direct=True, cameo="040")]
    # "Lula met Boric and Arce"
    p = Parsed.from_rows([("Lula", "Lula", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1),
                          ("Boric", "Boric", "PROPN", "dobj", 1), ("and", "and", "CCONJ", "cc", 2),
                          ("Arce", "Arce", "PROPN", "conj", 2)])
    events = _coder_events(lexicon, p, [(0, 0, "BRA", "person"), (2, 2, "CHL", "person"),
                                        (4, 4, "BOL", "person")])
    pairs = sorted((s.country, t.country) for e in events for s, t in e.pairs())
    assert pairs == [("BOL", "BRA"), ("BRA", "BOL"), ("BRA", "CHL"), ("CHL", "BRA")]
    assert len({e.id for e in events}) == 2


def test_hosting_implies_the_guests_visit():
    lexicon = LEXICON + [entry("receive", "receive", direct=True, cameo="043")]
    # "Lula received Boric"
    p = Parsed.from_rows([("Lula", "Lula", "PROPN", "nsubj", 1), ("received", "receive", "VERB", "ROOT", 1),
                          ("Boric", "Boric", "PROPN", "dobj", 1)])
    events = _coder_events(lexicon, p, [(0, 0, "BRA", "person"), (2, 2, "CHL", "person")])
    assert sorted((e.cameo.code, e.source[0].country, e.target[0].country) for e in events) == [
        ("042", "CHL", "BRA"), ("043", "BRA", "CHL")]


def test_a_to_infinitive_of_purpose_is_not_a_done_act():
    # "Chile sent troops to attack Peru": the sending is reported, the attack is its aim
    lexicon = LEXICON + [entry("send", "send", objects=("troop",), cameo="0234", plover="MOBILIZE")]
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("sent", "send", "VERB", "ROOT", 1),
                          ("troops", "troop", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                          ("attack", "attack", "VERB", "advcl", 1), ("Peru", "Peru", "PROPN", "dobj", 4)])
    events = _coder_events(lexicon, p, [(0, 0, "CHL", "state"), (5, 5, "PER", "state")])
    assert [e.trigger.text for e in events] == ["sent"]


def test_it_judged_after_an_act_just_told_judges_that_acts_agent():
    weakness = LexiconEntry("weakness", "N", ("weakness",), False, (), (), (), False, "111", "ACCUSE",
                            "disapprove", "", evaluative=True)
    # Lula , speaking : " Why would Peru go to Bolivia ? It is weakness . "
    p = Parsed.from_sentences(
        [("Why", "why", "ADV", "advmod", 3), ("would", "would", "AUX", "aux", 3),
         ("Peru", "Peru", "PROPN", "nsubj", 3), ("go", "go", "VERB", "ROOT", 3),
         ("to", "to", "ADP", "prep", 3), ("Bolivia", "Bolivia", "PROPN", "pobj", 4), ("?", "?", "PUNCT", "punct", 3)],
        [("It", "it", "PRON", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1),
         ("weakness", "weakness", "NOUN", "attr", 1), (".", ".", "PUNCT", "punct", 1)])
    actors = actors_for(p, [(2, 2, "PER", "state"), (5, 5, "BOL", "state")])
    lula = Actor("Lula", "Lula", 0, 0, "BRA", "GOV", "BRAGOV", "person", entity=9)
    quote = Quote(id="q", doc_id="d", text=p.text, start=0, end=len(p.text), kind="direct", speaker=lula,
                  cue="say")
    events = EventCoder([weakness]).code(Document(id="d", text=p.text), p, actors, [quote])
    assert _codes(events) == [(["BRA"], ["PER"], "111")]


def test_destruction_by_protesters_is_a_violent_protest():
    lexicon = LEXICON + [entry("torch", "torch", direct=True, cameo="1712", plover="ASSAULT", mode="destroy")]
    rows = [("Protesters", "protester", "NOUN", "nsubj", 1), ("torched", "torch", "VERB", "ROOT", 1),
            ("Lima", "Lima", "PROPN", "dobj", 1)]
    p = Parsed.from_rows(rows)
    crowd = Actor("Protesters", "Protesters", 0, 10, "PER", "CVL", "PERCVL", "group",
                  basis=[Basis("sector", "protester")], entity=0)
    lima = Actor("Lima", "Lima", 19, 23, "PER", None, "PER", "state", entity=1)
    [event] = EventCoder(lexicon).code(Document(id="d", text=p.text), p, [crowd, lima], [])
    assert (event.cameo.code, event.plover.type) == ("145", "PROTEST")
    soldiers = dataclasses.replace(crowd, basis=[Basis("sector", "soldier")])
    [event] = EventCoder(lexicon).code(Document(id="d", text=p.text), p, [soldiers, lima], [])
    assert event.cameo.code == "1712"


def test_refusing_permission_is_refusing_to_yield_with_the_bundled_lexicon():
    # "Peru would not give permission to Chile"
    rows = [("Peru", "Peru", "PROPN", "nsubj", 3), ("would", "would", "AUX", "aux", 3),
            ("not", "not", "PART", "neg", 3), ("give", "give", "VERB", "ROOT", 3),
            ("permission", "permission", "NOUN", "dobj", 3), ("to", "to", "ADP", "prep", 3),
            ("Chile", "Chile", "PROPN", "pobj", 5)]
    p = Parsed.from_rows(rows)
    [event] = EventCoder().code(Document(id="d", text=p.text), p,
                                actors_for(p, [(0, 0, "PER", "state"), (6, 6, "CHL", "state")]), [])
    assert (event.cameo.code, event.plover.type) == ("124", "REJECT")
    assert [a.country for a in event.target] == ["CHL"]


def test_an_act_in_a_pending_time_clause_has_not_happened_yet():
    from dateline.events.status import status_of
    # "fight until the rebels are defeated": the defeat is still to come
    p = Parsed.from_rows([("Chad", "Chad", "PROPN", "nsubj", 1), ("fought", "fight", "VERB", "ROOT", 1, "VBD"),
                          ("until", "until", "SCONJ", "mark", 5), ("rebels", "rebel", "NOUN", "nsubjpass", 5),
                          ("are", "be", "AUX", "auxpass", 5, "VBP"), ("defeated", "defeat", "VERB", "advcl", 1, "VBN")])
    assert status_of(p, p.tokens[5]) == ["future"]
    # "... until the rebels were defeated": in the past tense it is reported as done
    q = Parsed.from_rows([("Chad", "Chad", "PROPN", "nsubj", 1), ("fought", "fight", "VERB", "ROOT", 1, "VBD"),
                          ("until", "until", "SCONJ", "mark", 5), ("rebels", "rebel", "NOUN", "nsubjpass", 5),
                          ("were", "be", "AUX", "auxpass", 5, "VBD"), ("defeated", "defeat", "VERB", "advcl", 1, "VBN")])
    assert status_of(q, q.tokens[5]) == []


def test_a_conjunct_with_its_own_auxiliary_keeps_its_own_status():
    from dateline.events.status import status_of
    # "Peru did not meet Chile but did criticise Chile": the criticism happened
    p = Parsed.from_rows([("Peru", "Peru", "PROPN", "nsubj", 3), ("did", "do", "AUX", "aux", 3),
                          ("not", "not", "PART", "neg", 3), ("meet", "meet", "VERB", "ROOT", 3),
                          ("Chile", "Chile", "PROPN", "dobj", 3), ("but", "but", "CCONJ", "cc", 3),
                          ("did", "do", "AUX", "aux", 7), ("criticise", "criticise", "VERB", "conj", 3),
                          ("Chile", "Chile", "PROPN", "dobj", 7)])
    assert status_of(p, p.tokens[3]) == ["negated"]
    assert status_of(p, p.tokens[7]) == []
    # a bare conjunct shares the first verb's ("did not meet or criticise Chile")
    q = Parsed.from_rows([("Peru", "Peru", "PROPN", "nsubj", 3), ("did", "do", "AUX", "aux", 3),
                          ("not", "not", "PART", "neg", 3), ("meet", "meet", "VERB", "ROOT", 3),
                          ("or", "or", "CCONJ", "cc", 3), ("criticise", "criticise", "VERB", "conj", 3),
                          ("Chile", "Chile", "PROPN", "dobj", 5)])
    assert status_of(q, q.tokens[5]) == ["negated"]


def test_an_act_on_no_object_did_not_happen():
    from dateline.events.status import status_of
    # "no deal was reached": the reaching is negated by the "no" of what it reaches
    p = Parsed.from_rows([("no", "no", "DET", "det", 1), ("deal", "deal", "NOUN", "nsubjpass", 3),
                          ("was", "be", "AUX", "auxpass", 3, "VBD"), ("reached", "reach", "VERB", "ROOT", 3, "VBN")])
    assert status_of(p, p.tokens[3]) == ["negated"]
    # "a deal was reached": done
    q = Parsed.from_rows([("a", "a", "DET", "det", 1), ("deal", "deal", "NOUN", "nsubjpass", 3),
                          ("was", "be", "AUX", "auxpass", 3, "VBD"), ("reached", "reach", "VERB", "ROOT", 3, "VBN")])
    assert status_of(q, q.tokens[3]) == []


def test_a_preposition_the_model_reads_as_a_particle_still_has_its_object():
    from dateline.events.match import party_objects
    # "Chile called on Peru to act", with "on" tagged as a particle holding "Peru"
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1),
                          ("on", "on", "ADP", "prt", 1), ("Peru", "Peru", "PROPN", "pobj", 2),
                          ("to", "to", "PART", "aux", 5), ("act", "act", "VERB", "xcomp", 1)])
    assert party_objects(p, 1, ("on",)) == [3]


def test_a_scheduled_act_is_still_to_come_and_a_missed_lemma_still_frames():
    from dateline.events.status import is_intended, status_of
    # "Chile is set to sign the accord": scheduled, not an announced intention
    p = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubjpass", 2), ("is", "be", "AUX", "auxpass", 2),
                          ("set", "set", "VERB", "ROOT", 2, "VBN"), ("to", "to", "PART", "aux", 4),
                          ("sign", "sign", "VERB", "xcomp", 2, "VB"), ("accord", "accord", "NOUN", "dobj", 4)])
    assert status_of(p, p.tokens[4]) == ["future"] and not is_intended(p, p.tokens[4])
    # "Chile hopes to sign", with "hopes" lemmatised as "hop" by the tagger
    q = Parsed.from_rows([("Chile", "Chile", "PROPN", "nsubj", 1), ("hopes", "hop", "VERB", "ROOT", 1, "VBZ"),
                          ("to", "to", "PART", "aux", 3), ("sign", "sign", "VERB", "xcomp", 1, "VB"),
                          ("accord", "accord", "NOUN", "dobj", 3)])
    assert status_of(q, q.tokens[3]) == ["future", "intended"] and is_intended(q, q.tokens[3])
