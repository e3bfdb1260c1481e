"""Event coding mechanics on hand-built parses (no model needed)."""

from dateline.events import EventCoder
from dateline.events.codes import LexiconEntry
from dateline.nlp.parsed import Parsed
from dateline.records import Actor, Document, Quote


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
    assert code(hyp, [(4, 4, "LBN", "state")])[0].status == ["hypothetical"]
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


def test_requested_event_belongs_to_the_object_and_is_hypothetical():
    p = Parsed.from_rows([("Paris", "Paris", "PROPN", "nsubj", 1), ("urged", "urge", "VERB", "ROOT", 1),
                          ("Kigali", "Kigali", "PROPN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                          ("visit", "visit", "VERB", "xcomp", 1), ("Goma", "Goma", "PROPN", "dobj", 4)])
    [event] = code(p, [(0, 0, "FRA", "state"), (2, 2, "RWA", "state"), (5, 5, "COD", "state")])
    assert [a.country for a in event.source] == ["RWA"]
    assert event.status == ["hypothetical"]


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
    assert event.cameo.code == "035" and event.plover.type == "AGREE"
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
    # intent.tsv: refusing to concede is 124; the refusal happened, so it is not negated
    assert (event.cameo.code, event.plover.type) == ("124", "REJECT") and "negated" not in event.status
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
