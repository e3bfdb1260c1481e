"""Tests for the evaluation package: readers on our own fixtures, scorers on hand-built records.

No spaCy here: predicted records are built by hand, and the runner is driven by a
fake pipeline. Expected values are worked out by hand in the comments.
"""

from __future__ import annotations

import json
import math
import sys
import types
from pathlib import Path

import pytest

from dateline.errors import DatelineError
from dateline.evaluate import (ArgumentSentence, AttributionDocument, CodedSentence,
                               GoldAttribution, GoldCoding, GoldTimex, GoldToponym,
                               LabelledSentence, TimexDocument, ToponymDocument, code_key,
                               actor_key, evaluate, evaluate_halves, half_of, in_half,
                               predicted_class, read_conflibert_classes,
                               read_conflibert_ner, read_petrarch, read_plover_jsonl,
                               score_arguments, score_dates, score_events, score_places,
                               score_plover, score_quad, score_quotes, write_errors)
from dateline.evaluate.readers import attribution_kind, read_geowebnews, read_polnear, read_timeml
from dateline.evaluate.report import Report, Score
from dateline.evaluate.offsets import offset_mapper
from dateline.evaluate.score_quotes import cue_correct, speaker_correct
from dateline.evaluate.spans import half_of_gold, haversine_km, match_spans, overlap
from dateline.records import (Actor, Basis, Cameo, Document, Event, Place, Plover, Quote, Rejection,
                              Result, Span, Time)

FIXTURES = Path(__file__).parent / "fixtures" / "evaluate"
SHARED_GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "gold"


# ---------------------------------------------------------------- builders

def actor(text: str, start: int = 0, end: int | None = None, code: str | None = None,
          country: str | None = None, sector: str | None = None) -> Actor:
    return Actor(text=text, name=text, start=start, end=start + len(text) if end is None else end,
                 code=code, country=country, sector=sector)


def event(code: str, sources=(), targets=(), quad: int = 0, confidence: float = 0.5,
          at: int = 0, plover: str = "", pattern: str = "test-rule") -> Event:
    return Event(id=f"e{code}{at}", doc_id="d", sentence=0, text="", trigger=Span("x", at, at + 1),
                 plover=Plover(plover), cameo=Cameo(code, code[:2], quad, 0.0),
                 source=list(sources), target=list(targets), confidence=confidence,
                 basis=[Basis("lexicon", pattern)])


def span_in(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(words, start, start + len(words))


# ---------------------------------------------------------------- PETRARCH reader

def test_petrarch_reader_handles_self_closing_sentences_comments_and_no_events():
    sentences = {s.id: s for s in read_petrarch(FIXTURES / "petrarch_records.xml")}
    assert list(sentences) == ["SELF-1", "NOEVENT-1", "COMPOUND-1", "EMPTY-CODE-1", "NOCODING-1",
                               "SKIP-1", "DISCARD-1", "PARSE-ONLY-1"]  # the commented one is gone
    first = sentences["SELF-1"]
    assert first.text == ("The French president travelled to Berlin on Friday for talks "
                          "with the German chancellor.")
    assert first.codings == [GoldCoding("FRA", "DEUGOV", "042"), GoldCoding("DEUGOV", "FRA", "043")]
    assert first.date == "2021-03-05" and first.category == "TEST" and not first.no_event
    assert first.parse.startswith("1\tThe")
    for no_event in ("NOEVENT-1", "EMPTY-CODE-1", "NOCODING-1", "DISCARD-1"):
        assert sentences[no_event].no_event and sentences[no_event].codings == []
    assert sentences["DISCARD-1"].expected_error == "sentencediscard"
    assert sentences["SKIP-1"].evaluate is False and sentences["SELF-1"].evaluate is True
    # An empty <Text> is rebuilt from the CoNLL-U parse, honouring SpaceAfter=No.
    assert sentences["PARSE-ONLY-1"].text == "Rebels ambushed soldiers."


def test_petrarch_reader_expands_compound_actors_and_decodes_entities():
    compound = next(s for s in read_petrarch(FIXTURES / "petrarch_records.xml")
                    if s.id == "COMPOUND-1")
    assert compound.codings == [GoldCoding("USA", "RUS", "112"), GoldCoding("GBR", "RUS", "112")]
    assert compound.text == "Washington and London accused Moscow of meddling & lying."
    assert compound.date == "2021-03-07"


def test_petrarch_reader_carries_the_require_dyad_setting_in_force():
    content = (
        '<Sentences>\n<Sentence id="A" date="20200101"><Text>One.</Text></Sentence>\n'
        '<Config option="require_dyad" value="False"></Config>\n'
        '<Sentence id="B" date="20200101"><Text>Two.</Text></Sentence>\n'
        '<Sentence id="C" date="20200101"><Text>Three.</Text></Sentence>\n'
        '<Config option="require_dyad" value="TRUE"></Config>\n'
        '<Sentence id="D" date="20200101"><Text>Four.</Text></Sentence>\n</Sentences>\n')
    from dateline.evaluate.readers import parse_petrarch
    assert [(s.id, s.require_dyad) for s in parse_petrarch(content)] == [
        ("A", None), ("B", False), ("C", False), ("D", True)]


def test_dyads_only_drops_our_one_sided_pairs_and_a_record_setting_overrides_it():
    gold = [CodedSentence("S1", "s1", [GoldCoding("FRA", "DEU", "042")]),
            CodedSentence("S2", "s2", [GoldCoding("FRA", "---", "010")], require_dyad=False)]
    one_sided = [event("042", [actor("France", code="FRA")], [actor("Berlin", code="DEU")]),
                 event("190", [actor("gunmen", sector="REB")], [])]
    ours = {"S1": one_sided, "S2": [event("010", [actor("France", code="FRA")], [])]}
    def counts(**options):
        score = next(s for s in score_events(gold, ours, **options).scores
                     if s.name == "events.code.country")
        return score.tp, score.fp, score.fn
    # all events: S1 042 tp, 190 (REB -> nobody) fp; S2 010 tp -> 2 tp, 1 fp
    assert counts() == (2, 1, 0)
    # dyads only: the one-sided 190 is not scored; S2's own setting keeps its 010
    assert counts(dyads_only=True) == (2, 0, 0)
    # a sector alone codes a side ("---GOV"), nothing at all does not
    from dateline.evaluate.score_events import is_dyad
    assert is_dyad(("---", "GOV"), ("FRA", None)) and not is_dyad(("---", None), ("FRA", None))


def test_known_country_level_never_matches_a_side_without_a_country():
    gold = [CodedSentence("S1", "s1", [GoldCoding("---REB", "FRAGOV", "190"),
                                       GoldCoding("FRA", "DEU", "042")])]
    ours = {"S1": [event("190", [actor("rebels", sector="REB")], [actor("Paris", code="FRAGOV")]),
                   event("042", [actor("France", code="FRA")], [actor("Berlin", code="DEU")]),
                   event("010", [actor("France", code="FRA")], [])]}
    def counts(level):
        score = next(s for s in score_events(gold, ours).scores if s.name == f"events.code.{level}")
        return score.tp, score.fp, score.fn
    # country: the unknown rebels' country equals the gold's ---, so 190 matches too;
    # the one-sided 010 is spurious at every level.
    assert counts("country") == (2, 1, 0)
    # known_country: 190 can never match (no country on the source side): 1 fp, 1 fn more.
    assert counts("known_country") == (1, 2, 1)


# ---------------------------------------------------------------- ConfliBERT readers

def test_conflibert_class_reader_tolerates_label_first_and_header():
    rows = list(read_conflibert_classes(FIXTURES / "conflibert_classes.tsv"))
    assert [r.label for r in rows] == [4, 1, 2]
    assert rows[2].text == "Label first: the envoy promised to visit Cairo."
    assert rows[1].text == "The ministerʼs spokesman praised the new trade accord."


def test_conflibert_ner_reader_aligns_to_original_sentences():
    texts = [r.text for r in read_conflibert_classes(FIXTURES / "conflibert_classes.tsv")]
    army, minister, police = read_conflibert_ner(FIXTURES / "conflibert_ner.txt", texts)
    assert army.aligned and army.text == texts[0]
    assert army.sources == [Span("The army", 0, 8)]
    assert army.targets == [Span("rebel positions", 17, 32)]
    # "'s" in the tokens is "ʼs" in the original: the span covers the real characters.
    assert minister.aligned and minister.sources == [Span("The ministerʼs spokesman", 0, 24)]
    # Not in the class file: rebuilt from tokens with English spacing.
    assert not police.aligned
    assert police.text == "Police met union leaders (in secret), aides said."
    assert [s.text for s in police.sources] == ["Police"]
    assert [s.text for s in police.reciprocal] == ["union leaders"]
    assert [s.text for s in police.targets] == ["aides"]
    assert police.targets[0].start == police.text.index("aides")


# ---------------------------------------------------------------- PLOVER reader

def test_plover_reader_accepts_varied_field_names_and_groups_by_document():
    docs = {d.id: d for d in read_plover_jsonl(FIXTURES / "plover_events.jsonl",
                                               texts={"doc-b": "Opposition crowds marched."})}
    assert list(docs) == ["doc-a", "doc-b", "doc-c", "line-6"]
    first, second = docs["doc-a"].events
    assert docs["doc-a"].text == "Kenya sent troops to Somalia."
    assert (first.type, first.modes) == ("MOBILIZE", ["troops"])
    assert (first.actors[0].country, first.actors[0].sector) == ("KEN", "MIL")
    assert first.recipients[0].country == "SOM"  # "Somalia" looked up as an ISO name
    assert (second.type, second.modes, second.contexts) == ("CONSULT", ["visit"],
                                                            ["military", "security"])
    assert (second.actors[0].country, second.actors[0].sector) == ("KEN", "GOV")
    assert second.recipients[0].country == "SOM"
    protest = docs["doc-b"].events[0]
    assert docs["doc-b"].text == "Opposition crowds marched."
    assert [(e.country, e.sector) for e in protest.recipients] == [("FRA", "GOV"), ("FRA", "POL")]
    assert docs["doc-c"].events == []  # has_event false: kept, nothing to find
    assert [a.country for a in docs["line-6"].events[0].actors] == ["PER", "CHL"]
    assert docs["line-6"].events[0].type == "COOPERATE"


# ---------------------------------------------------------------- PolNeAR, TimeML, GeoWebNews readers

def _brat_article(folder: Path, name: str, text: str, annotation: str) -> None:
    (folder / "text").mkdir(parents=True, exist_ok=True)
    (folder / "attributions").mkdir(exist_ok=True)
    (folder / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "attributions" / f"{name}_b.ann").write_text(annotation, encoding="utf-8")
    # A second annotator's file is ignored: the first in name order is read.
    (folder / "attributions" / f"{name}_z.ann").write_text("", encoding="utf-8")


def test_polnear_reader_gives_kinds_discontinuous_content_and_compartments(tmp_path):
    text = "“Go home,” she said, “and stay.” He argued that taxes rise."
    taxes = text.index("taxes")
    annotation = "\n".join([
        "T1\tAttribution 0 32\t…", "T2\tContent 0 10;21 32\t“Go home,” “and stay.”",
        "T3\tSource 11 14\tshe", "T4\tCue 15 19\tsaid",
        f"T5\tAttribution 33 {len(text)}\t…", f"T6\tContent {taxes} {len(text) - 1}\ttaxes rise",
        "T7\tSource 33 35\tHe", "E1\tAttribution:T1 Content:T2 Cue:T4 Source:T3",
        "E2\tAttribution:T5 Source:T7 Content:T6", "E3\tAttribution:T1 Cue:T4 Source:T3", ""])
    _brat_article(tmp_path / "dev", "art-1", text, annotation)
    (tmp_path / "notes").mkdir()  # no text/ inside: not a compartment
    # Given the corpus root, each compartment with a text/ folder is read.
    for folder in (tmp_path, tmp_path / "dev"):
        (document,) = read_polnear(folder)
        assert document.id == "art-1" and document.text == text
        direct, indirect = document.attributions  # E3 has no content: left out
        assert (direct.kind, direct.source.text, direct.cue.text) == ("direct", "she", "said")
        assert [p.text for p in direct.pieces()] == ["“Go home,”", "“and stay.”"]
        assert (direct.content.start, direct.content.end) == (0, 32)
        assert (indirect.kind, indirect.content.text, indirect.cue) == ("indirect", "taxes rise", None)
    assert attribution_kind(Span("'Fine,' he", 0, 10)) == "direct"
    assert attribution_kind(Span("”Wrong mark, same speech,” ", 0, 27)) == "direct"


def test_timeml_reader_on_own_fixture():
    (document,) = read_timeml(FIXTURES / "timeml_sample.tml")
    assert document.dct == "2021-03-12" and document.id == "timeml_sample.tml"
    assert [(t.text, t.type, t.value) for t in document.timexes] == [
        ("on Wednesday", "DATE", "2021-03-10"), ("next month", "DATE", "2021-04"),
        ("three weeks", "DURATION", "P3W")]
    first = document.timexes[0]
    assert document.text[first.start:first.end] == "on Wednesday"


OUR_TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-04" functionInDocument="CREATION_TIME">\
March 4, 2021</TIMEX3></DCT>
<TEXT>Floods hit the valley <TIMEX3 tid="t1" type="DATE" value="2021-03-03">yesterday</TIMEX3> \
&amp; lasted <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.</TEXT>
</TimeML>
"""


def test_timeml_reader_decodes_entities_and_names_files_under_a_folder(tmp_path):
    (tmp_path / "corpus" / "a").mkdir(parents=True)
    (tmp_path / "corpus" / "a" / "ours.tml").write_text(OUR_TIMEML, encoding="utf-8")
    (document,) = read_timeml(tmp_path / "corpus")
    assert document.id == "a/ours.tml"
    assert document.text == "Floods hit the valley yesterday & lasted two days."
    assert document.dct == "2021-03-04"
    assert [(g.text, g.type, g.value) for g in document.timexes] == [
        ("yesterday", "DATE", "2021-03-03"), ("two days", "DURATION", "P2D")]
    assert all(document.text[g.start:g.end] == g.text for g in document.timexes)


def test_geowebnews_reader_on_own_fixture():
    for path in (FIXTURES / "geowebnews", FIXTURES / "geowebnews" / "GWN.xml"):
        (document,) = read_geowebnews(path)
        assert document.id == "7"
        lyon = next(t for t in document.toponyms if t.text == "Lyon")
        assert (lyon.start, lyon.end, lyon.lat, lyon.lon) == (30, 34, 45.75, 4.85)
        # "the coast" has no coordinates: not a gold toponym
        assert [(t.text, t.type) for t in document.toponyms] == [("Lyon", "Literal"),
                                                                 ("France", "Literal")]


# ---------------------------------------------------------------- actor codes

def test_actor_code_rule():
    assert code_key("RUSMIL") == ("RUS", "MIL")
    assert code_key("PSEREBHMSGOV") == ("PSE", "REB")
    assert code_key("---REB") == ("---", "REB")
    assert code_key("IGOUNO") == ("UNO", "IGO")
    assert code_key("IGOUNOMIL") == ("UNO", "MIL")
    assert code_key("") == ("---", None)
    # Our actors: code first, else country/sector, else unknown.
    assert actor_key(actor("the UN", country="UNO", sector="IGO")) == code_key("IGOUNO")
    assert actor_key(actor("Russian troops", code="RUSMIL", country="XXX")) == ("RUS", "MIL")
    assert actor_key(None) == ("---", None)


# ---------------------------------------------------------------- events scorer

PLOVER_OF = {"042": "CONSULT", "043": "CONSULT", "040": "CONSULT", "010": "STATEMENT",
             "112": "ACCUSE"}.get


def _event_case():
    gold = [
        CodedSentence("S1", "s1", [GoldCoding("FRA", "DEUGOV", "042"),
                                   GoldCoding("DEUGOV", "FRA", "043")]),
        CodedSentence("S2", "s2", [], no_event=True),
        CodedSentence("S3", "s3", [GoldCoding("USA", "RUS", "112"), GoldCoding("GBR", "RUS", "112")]),
    ]
    ours = {
        "S1": [event("042", [actor("France", code="FRA")], [actor("Berlin", code="DEUGOV")]),
               event("040", [actor("Scholz", code="DEUGOV")], [actor("Paris", code="FRA")],
                     pattern="discuss")],
        "S2": [event("010", [actor("Kenya", code="KEN")], [], pattern="comment")],
        # One compound event: two sources expand into two pairs.
        "S3": [event("112", [actor("Washington", country="USA"), actor("London", code="GBRGOV")],
                     [actor("Moscow", code="RUSMIL")])],
    }
    return score_events(gold, ours, plover_of=PLOVER_OF)


def test_events_exact_code_country_level():
    report = _event_case()
    score = next(s for s in report.scores if s.name == "events.code.country")
    # S1: 042 matched, 040 vs 043 -> 1 tp, 1 fp, 1 fn; S2: 1 fp (no-event sentence);
    # S3: both expanded pairs matched -> 2 tp.  Total 3 tp, 2 fp, 1 fn:
    # P 3/5, R 3/4, F1 = 2*(3/5)(3/4)/(3/5+3/4) = 0.9/1.35 = 2/3.
    assert (score.tp, score.fp, score.fn) == (3, 2, 1)
    assert score.precision == pytest.approx(3 / 5)
    assert score.recall == pytest.approx(3 / 4)
    assert score.f1 == pytest.approx(2 / 3)


def test_events_root_plover_and_sector_levels():
    report = _event_case()
    by_name = {s.name: s for s in report.scores}
    # Root: 040 and 043 share root 04 -> S1 2 tp; S2 1 fp; S3 2 tp: P 4/5, R 1, F1 8/9.
    root = by_name["events.root.country"]
    assert (root.tp, root.fp, root.fn) == (4, 1, 0) and root.f1 == pytest.approx(8 / 9)
    # Base: 040 vs 043 still differ -> same counts as the exact code here.
    base = by_name["events.base.country"]
    assert (base.tp, base.fp, base.fn) == (3, 2, 1)
    # PLOVER: 040 and 043 are both CONSULT -> like the root level.
    plover = by_name["events.plover.country"]
    assert (plover.tp, plover.fp, plover.fn) == (4, 1, 0)
    # Country+sector: S1 042 matches (FRA, DEUGOV); 043/040 differ; S2 fp;
    # S3 USA vs USA ok but RUS vs RUSMIL and GBR vs GBRGOV differ -> 0 tp, 2 fp, 2 fn.
    # Total 1 tp, 4 fp, 3 fn: P 1/5, R 1/4, F1 = 2*(1/20)/(9/20) = 2/9.
    sector = by_name["events.code.sector"]
    assert (sector.tp, sector.fp, sector.fn) == (1, 4, 3)
    assert sector.f1 == pytest.approx(2 / 9)
    detection = by_name["events.sentence"]
    assert (detection.tp, detection.fp, detection.fn) == (2, 1, 0)
    assert report.rates[0].hits == 0 and report.rates[0].total == 1


def test_events_errors_pair_wrong_codes_and_flag_no_event_sentences():
    errors = {(e.item, e.kind): e for e in _event_case().errors}
    assert set(errors) == {("S1", "wrong_code"), ("S2", "spurious")}
    wrong = errors["S1", "wrong_code"]
    assert (wrong.gold, wrong.ours) == ("DEU -> FRA 043", "DEU -> FRA 040")
    assert "discuss" in wrong.evidence
    spurious = errors["S2", "spurious"]
    assert spurious.ours == "KEN -> --- 010" and spurious.level == "no-event sentence"


def test_events_errors_pair_wrong_actors_when_the_code_agrees():
    gold = [CodedSentence("S", "s", [GoldCoding("ARN", "GON", "050"), GoldCoding("ARN", "ROH", "190")])]
    ours = {"S": [event("050", [], [actor("Gondor", code="GON")]),
                  event("036", [actor("Arnor", code="ARN")], [actor("Bree", code="BRE")])]}
    report = score_events(gold, ours, plover_of=PLOVER_OF)
    errors = sorted((e.kind, e.gold, e.ours) for e in report.errors)
    assert errors == [("missed", "ARN -> ROH 190", None),
                      ("spurious", None, "ARN -> BRE 036"),
                      ("wrong_actors", "ARN -> GON 050", "--- -> GON 050")]


def test_events_multiset_matching_counts_each_gold_once():
    gold = [CodedSentence("S", "s", [GoldCoding("USA", "CHN", "042")])]
    twice = [event("042", [actor("US", code="USA")], [actor("China", code="CHN")], at=i)
             for i in (0, 5)]
    score = next(s for s in score_events(gold, {"S": twice}, plover_of=PLOVER_OF).scores
                 if s.name == "events.code.country")
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)


# ---------------------------------------------------------------- quad scorer

def test_quad_main_event_and_macro_f1():
    gold = [LabelledSentence("q1", "", 4), LabelledSentence("q2", "", 1),
            LabelledSentence("q3", "", 0), LabelledSentence("q4", "", 3),
            LabelledSentence("q5", "", 2)]
    ours = {
        "q1": [event("190", quad=4, confidence=0.9)],
        # The statement (root 01) is passed over even with higher confidence.
        "q2": [event("010", quad=1, confidence=0.9), event("042", quad=1, confidence=0.4)],
        "q3": [],
        # Equal confidence: the first in the sentence (at=2, quad 4) wins -> wrong.
        "q4": [event("112", quad=3, confidence=0.6, at=10), event("173", quad=4, confidence=0.6, at=2)],
        # Only a statement -> label 0 -> wrong.
        "q5": [event("010", quad=1)],
    }
    report = score_quad(gold, ours)
    assert report.rates[0].hits == 3 and report.rates[0].total == 5
    per_class = {s.name: s for s in report.scores}
    # class 0: tp q3, fp q5 -> P 1/2, R 1, F1 2/3; class 1: F1 1; classes 2, 3: F1 0;
    # class 4: tp q1, fp q4 -> F1 2/3.  Macro = (2/3 + 1 + 0 + 0 + 2/3) / 5 = 7/15.
    assert per_class["quad.class0"].f1 == pytest.approx(2 / 3)
    assert per_class["quad.class4"].f1 == pytest.approx(2 / 3)
    assert report.figures[0].value == pytest.approx(7 / 15)
    assert report.extra["confusion"]["matrix"][3][4] == 1
    assert "confusion (gold label down, predicted label across)" in report.table()
    assert predicted_class([]) == 0


def test_quad_scored_in_the_gold_sets_scheme_and_in_gdelts():
    # The 5-class set labels "reduce relations" (CAMEO 16) verbal conflict and an appeal
    # (02) a statement; GDELT's quad classes, which the event keeps, are material conflict
    # and verbal cooperation.
    gold = [LabelledSentence("q1", "", 3), LabelledSentence("q2", "", 4), LabelledSentence("q3", "", 0)]
    ours = {"q1": [event("163", quad=4)], "q2": [event("173", quad=4)], "q3": [event("020", quad=1)]}
    rates = {r.name: r for r in score_quad(gold, ours).rates}
    assert (rates["quad.accuracy"].hits, rates["quad.accuracy"].total) == (3, 3)
    assert rates["quad.accuracy.gdelt_classes"].hits == 1
    assert ours["q1"][0].cameo.quad_class == 4  # the record itself is untouched


# ---------------------------------------------------------------- arguments scorer

def test_arguments_exact_and_overlap_with_nested_spans_and_reciprocal():
    text1 = "The army shelled rebel positions near the border."
    text2 = "Union leaders met police chiefs in secret."
    gold = [
        ArgumentSentence("a1", text1, sources=[span_in(text1, "The army")],
                         targets=[span_in(text1, "rebel positions")]),
        ArgumentSentence("a2", text2, reciprocal=[span_in(text2, "Union leaders"),
                                                  span_in(text2, "police chiefs")]),
    ]

    def at(text, words):
        return actor(words, text.index(words))

    ours = {
        # "army" is nested inside the gold "The army": overlap yes, exact no.
        "a1": [event("190", [at(text1, "army")], [at(text1, "rebel positions")]),
               event("190", [at(text1, "army")], [at(text1, "the border")])],
        "a2": [event("040", [at(text2, "Union leaders")], [at(text2, "police chiefs")])],
    }
    by_name = {s.name: s for s in score_arguments(gold, ours).scores}
    # Source exact: "army" != "The army" -> 0 tp, 1 fp, 1 fn.  Overlap: 1 tp.
    assert (by_name["arguments.source.exact"].tp, by_name["arguments.source.exact"].fp,
            by_name["arguments.source.exact"].fn) == (0, 1, 1)
    assert (by_name["arguments.source.overlap"].tp, by_name["arguments.source.overlap"].fp,
            by_name["arguments.source.overlap"].fn) == (1, 0, 0)
    # Target: "rebel positions" exact; "the border" spurious -> 1 tp, 1 fp, 0 fn (both modes).
    target = by_name["arguments.target.exact"]
    assert (target.tp, target.fp, target.fn) == (1, 1, 0)
    # Any role, overlap: a1 2 tp + 1 fp; a2 both reciprocal spans matched -> 4 tp, 1 fp, 0 fn.
    any_role = by_name["arguments.any.overlap"]
    assert (any_role.tp, any_role.fp, any_role.fn) == (4, 1, 0)
    # Role-blind exact: a1 only "rebel positions" (1 tp, 2 fp, 1 fn); a2 2 tp -> 3, 2, 1.
    blind = by_name["arguments.span.exact"]
    assert (blind.tp, blind.fp, blind.fn) == (3, 2, 1)


def test_sides_of_a_joint_event_count_once_each_in_any_role():
    # "X and Y held talks": our event has both as sources and both as targets
    text = "Farmers and millers held talks in Lyon."
    farmers, millers = actor("Farmers", 0), actor("millers", text.index("millers"))
    joint = event("046", [farmers, millers], [farmers, millers])
    reciprocal = ArgumentSentence("r", text, reciprocal=[span_in(text, "Farmers"), span_in(text, "millers")])
    by_name = {s.name: s for s in score_arguments([reciprocal], {"r": [joint]}).scores}
    # two arguments, both matched as reciprocal: no spurious source or target
    assert (by_name["arguments.any.exact"].tp, by_name["arguments.any.exact"].fp) == (2, 0)
    assert by_name["arguments.source.exact"].fp == 0 and by_name["arguments.target.exact"].fp == 0
    # gold that marks them as source and target: each side matches one role
    directed = ArgumentSentence("r", text, sources=[span_in(text, "Farmers")], targets=[span_in(text, "millers")])
    by_name = {s.name: s for s in score_arguments([directed], {"r": [joint]}).scores}
    assert (by_name["arguments.source.exact"].tp, by_name["arguments.target.exact"].tp) == (1, 1)
    assert by_name["arguments.any.exact"].fp == 0


# ---------------------------------------------------------------- quotes scorer

QUOTE_TEXT = ("“We will not back down,” the mayor said on Tuesday. "
              "She added that the budget would pass in May. Critics doubted the plan.")


def _quote_gold() -> AttributionDocument:
    t = QUOTE_TEXT
    return AttributionDocument("doc", t, [
        GoldAttribution(span_in(t, "“We will not back down,”"), span_in(t, "the mayor"),
                        span_in(t, "said"), "direct"),
        GoldAttribution(span_in(t, "the budget would pass in May"), span_in(t, "She"),
                        span_in(t, "added"), "indirect"),
        GoldAttribution(span_in(t, "the plan"), span_in(t, "Critics"), span_in(t, "doubted"),
                        "indirect"),
    ])


def _quote(words: str, kind: str, speaker: Actor | None = None, speaker_text: str | None = None,
           cue: str | None = None) -> Quote:
    start = QUOTE_TEXT.index(words)
    return Quote(id=words, doc_id="doc", text=words, kind=kind, start=start,
                 end=start + len(words), speaker=speaker, speaker_text=speaker_text, cue=cue)


def test_quotes_half_overlap_exact_speaker_and_cue():
    mayor = actor("the mayor", QUOTE_TEXT.index("the mayor"))
    ours = {"doc": [
        # Without the quotation marks: 22 of 24 gold characters, and equal once trimmed.
        _quote("We will not back down,", "direct", speaker=mayor, cue="said"),
        # 21 of the 28 gold characters (>= half); wrong speaker, right cue.
        _quote("the budget would pass", "indirect", speaker_text="Mayor Jones", cue="added"),
        # Overlaps no gold content: spurious.
        _quote("the mayor said on Tuesday", "indirect", cue="said"),
    ]}
    report = score_quotes([_quote_gold()], ours)
    by_name = {s.name: s for s in report.scores}
    rates = {r.name: r for r in report.rates}
    # All: 2 of 3 matched, 1 spurious -> P 2/3, R 2/3, F1 2/3.
    half = by_name["quotes.all.content.half"]
    assert (half.tp, half.fp, half.fn) == (2, 1, 1) and half.f1 == pytest.approx(2 / 3)
    exact = by_name["quotes.all.content.exact"]
    assert (exact.tp, exact.fp, exact.fn) == (1, 2, 2)
    direct = by_name["quotes.direct.content.half"]
    assert (direct.tp, direct.fp, direct.fn) == (1, 0, 0)
    indirect = by_name["quotes.indirect.content.half"]
    assert (indirect.tp, indirect.fp, indirect.fn) == (1, 1, 1)
    speaker = rates["quotes.all.speaker.accuracy"]
    assert (speaker.hits, speaker.total) == (1, 2)
    assert (rates["quotes.all.cue.accuracy"].hits, rates["quotes.all.cue.accuracy"].total) == (2, 2)
    kinds = sorted(e.kind for e in report.errors)
    assert kinds == ["missed", "spurious", "wrong_speaker"]


def test_quotes_discontinuous_gold_is_one_unit_for_two_of_our_quotes():
    text = "“Taxes will fall,” the senator said, “and jobs will follow.”"
    first, second = span_in(text, "“Taxes will fall,”"), span_in(text, "“and jobs will follow.”")
    gold = [AttributionDocument("d", text, [GoldAttribution(
        Span(text[first.start:second.end], first.start, second.end), span_in(text, "the senator"),
        span_in(text, "said"), "direct", parts=[first, second])])]

    def quote(words):
        start = text.index(words)
        return Quote(id=words, doc_id="d", text=words, kind="direct", start=start,
                     end=start + len(words), speaker_text="the senator", cue="said")

    report = score_quotes(gold, {"d": [quote("Taxes will fall,"), quote("and jobs will follow.")]})
    by_name = {s.name: s for s in report.scores}
    # Both quotes form one unit covering both pieces: 1 tp, 0 fp, 0 fn, and exact too.
    for name in ("quotes.all.content.half", "quotes.all.content.exact"):
        assert (by_name[name].tp, by_name[name].fp, by_name[name].fn) == (1, 0, 0)
    # Only the first quote: 16 of the 41 gold characters (< half) -> a wrong unit.
    alone = score_quotes(gold, {"d": [quote("Taxes will fall,")]}).scores[0]
    assert (alone.tp, alone.fp, alone.fn) == (0, 1, 1)


def test_quote_half_overlap_boundary_and_name_rules():
    gold = Span("x" * 10, 0, 10)
    assert half_of_gold(gold, Span("", 5, 20))        # 5 of 10: exactly half counts
    assert not half_of_gold(gold, Span("", 6, 20))    # 4 of 10 does not
    quote = Quote(id="q", doc_id="d", text="", kind="direct", start=0, end=1,
                  speaker=actor("Trump", 500), cue="told reporters")
    assert speaker_correct(Span("Donald Trump", 100, 112), quote)   # same surname
    assert not speaker_correct(Span("Hillary Clinton", 100, 115), quote)
    assert cue_correct(Span("told", 0, 4), quote)
    assert not cue_correct(Span("said to", 0, 7), quote)   # "to" alone does not count
    # Our cues are lemmas; gold cues are inflected words.
    lemma = Quote(id="q", doc_id="d", text="", kind="direct", start=0, end=1, cue="say")
    assert cue_correct(Span("said", 0, 4), lemma)
    assert cue_correct(Span("has been saying", 0, 15), lemma)
    assert not cue_correct(Span("stated", 0, 6), lemma)
    assert cue_correct(Span("denied", 0, 6), Quote(id="q", doc_id="d", text="", kind="indirect",
                                                   start=0, end=1, cue="deny"))


# ---------------------------------------------------------------- dates scorer

def test_dates_value_accuracy_given_dct():
    text = "Talks resumed on Monday and ended in May 2020 after two weeks, aides said today."
    gold = [TimexDocument("t", text, "2020-05-06", [
        GoldTimex("Monday", *_offsets(text, "Monday"), "DATE", "2020-05-04"),
        GoldTimex("May 2020", *_offsets(text, "May 2020"), "DATE", "2020-05"),
        GoldTimex("two weeks", *_offsets(text, "two weeks"), "DURATION", "P2W"),
    ])]
    ours = {"t": [
        Time("on Monday", *_offsets(text, "on Monday"), "date", "2020-05-04", "day"),
        Time("May", *_offsets(text, "May"), "date", "2021-05", "month"),
        Time("today", *_offsets(text, "today"), "date", "2020-05-06", "day"),
    ]}
    report = score_dates(gold, ours)
    span = report.scores[0]
    # 2 of 3 gold found (two weeks missed), "today" spurious -> 2 tp, 1 fp, 1 fn.
    assert (span.tp, span.fp, span.fn) == (2, 1, 1)
    # DATE values: Monday right, May 2020 wrong -> 1/2 of all, 1/2 of found.
    accuracy = {r.name: (r.hits, r.total) for r in report.rates}
    assert accuracy == {"dates.DATE.value.accuracy": (1, 2),
                        "dates.DATE.value.accuracy_found": (1, 2)}


def _offsets(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


# ---------------------------------------------------------------- places scorer

KM_PER_DEGREE = 2 * math.pi * 6371.0088 / 360  # 111.195 km along a meridian


def test_haversine_and_the_161_km_boundary():
    assert haversine_km(0, 0, 0, 1) == pytest.approx(KM_PER_DEGREE, rel=1e-9)
    text = "Floods hit Lyon."
    gold = [ToponymDocument("p", text, [GoldToponym("Lyon", 11, 15, 0.0, 0.0)])]
    inside = 160.9 / KM_PER_DEGREE
    outside = 161.1 / KM_PER_DEGREE
    for lat, expected in ((inside, 1), (outside, 0)):
        place = Place("Lyon", "Lyon", 11, 15, lat=lat, lon=0.0)
        rate = score_places(gold, {"p": [place]}).rates[0]
        assert (rate.hits, rate.total) == (expected, 1)


def test_places_toponym_f1_and_accuracy():
    text = "Flooding closed roads between Lyon and the coast, officials in France said."
    gold = [ToponymDocument("g", text, [
        GoldToponym("Lyon", *_offsets(text, "Lyon"), 45.75, 4.85),
        GoldToponym("the coast", *_offsets(text, "the coast")),
        GoldToponym("France", *_offsets(text, "France"), 46.0, 2.0),
    ])]
    ours = {"g": [
        Place("Lyon", "Lyon", *_offsets(text, "Lyon"), lat=45.76, lon=4.84),
        Place("France", "Paris", *_offsets(text, "France"), lat=48.85, lon=2.35),  # ~318 km off
        Place("roads", "Roads", *_offsets(text, "roads"), lat=0.0, lon=0.0),
    ]}
    report = score_places(gold, ours)
    toponyms = report.scores[0]
    assert (toponyms.tp, toponyms.fp, toponyms.fn) == (2, 1, 1)
    rates = {r.name: (r.hits, r.total) for r in report.rates}
    assert rates == {"places.acc161.matched": (1, 2), "places.acc161.gold": (1, 2)}
    assert {e.kind for e in report.errors} == {"missed", "far", "spurious"}


# ---------------------------------------------------------------- PLOVER scorer

def test_plover_scorer_type_country_and_sector():
    gold = list(read_plover_jsonl(FIXTURES / "plover_events.jsonl"))[:1]  # doc-a
    ours = {"doc-a": [
        Event(id="1", doc_id="doc-a", sentence=0, text="", trigger=Span("sent", 6, 10),
              plover=Plover("MOBILIZE"), cameo=Cameo("150", "15", 4, 0.0),
              source=[actor("Kenya", country="KEN", sector="MIL")],
              target=[actor("Somalia", code="SOMGOV")]),
        Event(id="2", doc_id="doc-a", sentence=0, text="", trigger=Span("x", 0, 1),
              plover=Plover("ACCUSE"), cameo=Cameo("112", "11", 3, 0.0),
              source=[actor("Kenya", country="KEN")]),
    ]}
    by_name = {s.name: s for s in score_plover(gold, ours).scores}
    # Types: gold {MOBILIZE, CONSULT}, ours {MOBILIZE, ACCUSE} -> 1 tp, 1 fp, 1 fn.
    assert (by_name["plover.type"].tp, by_name["plover.type"].fp, by_name["plover.type"].fn) == (1, 1, 1)
    # Country: (KEN, SOM, MOBILIZE) matched; (KEN, ---, ACCUSE) fp; CONSULT fn.
    country = by_name["plover.country"]
    assert (country.tp, country.fp, country.fn) == (1, 1, 1)
    # Sector: recipient SOM vs SOMGOV differs -> nothing matches: 0 tp, 2 fp, 2 fn.
    sector = by_name["plover.sector"]
    assert (sector.tp, sector.fp, sector.fn) == (0, 2, 2)


def test_plover_scorer_reads_a_reciprocal_event_as_actors_without_recipient():
    # PLOVER codes "Kenya and Uganda met" with both as actors and no recipient; CAMEO
    # counts it both ways (KEN->UGA, UGA->KEN), which would match nothing here
    from dateline.evaluate.gold import GoldEntity, PloverDocument, PloverGoldEvent
    from dateline.evaluate.score_events import plover_sides

    gold = [PloverDocument("m", "Kenya and Uganda met.", [PloverGoldEvent(
        "CONSULT", actors=[GoldEntity("KEN"), GoldEntity("UGA")])])]
    kenya, uganda = actor("Kenya", 0, country="KEN"), actor("Uganda", 10, country="UGA")
    met = Event(id="1", doc_id="m", sentence=0, text="", trigger=Span("met", 17, 20),
                plover=Plover("CONSULT"), cameo=Cameo("040", "04", 1, 1.0),
                source=[kenya, uganda], target=[kenya, uganda])
    country = {s.name: s for s in score_plover(gold, {"m": [met]}).scores}["plover.country"]
    assert (country.tp, country.fp, country.fn) == (2, 0, 0)
    # one side acting on another keeps its recipient
    assert plover_sides(met) == ([kenya, uganda], [])
    hit = Event(id="2", doc_id="m", sentence=0, text="", trigger=Span("x", 0, 1), plover=Plover("ASSAULT"),
                cameo=Cameo("190", "19", 4, -10.0), source=[kenya], target=[uganda])
    assert plover_sides(hit) == ([kenya], [uganda])


# ---------------------------------------------------------------- spans helpers

def test_match_spans_is_one_to_one_largest_overlap_first():
    gold = [Span("", 0, 10), Span("", 12, 20)]
    ours = [Span("", 8, 14), Span("", 0, 9)]
    # (g0, o1) overlaps 9 chars and goes first; o0 then pairs with g1 (2 chars).
    assert match_spans(gold, ours, lambda g, o: overlap(g, o) > 0) == [(0, 1), (1, 0)]
    assert match_spans(gold[:1], ours, lambda g, o: overlap(g, o) > 0) == [(0, 1)]


# ---------------------------------------------------------------- report

def test_report_rows_table_and_error_file(tmp_path):
    report = _event_case()
    rows = {name: (value, n) for name, value, n in report.rows()}
    assert rows["events.code.country.F1"] == (pytest.approx(2 / 3), 4)
    assert rows["events.code.country.P"][1] == 5
    assert "events.code.country" in report.table()
    assert report.to_dict()["scores"][0]["f1"] == pytest.approx(2 / 3)
    out = tmp_path / "errors.jsonl"
    assert write_errors(report, out) == 2
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {line["kind"] for line in lines} == {"wrong_code", "spurious"}
    assert all(line["task"] == "events" for line in lines)


def test_score_of_nothing_is_zero_not_an_error():
    empty = Score("x")
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)
    assert Report("t").rows() == []


# ---------------------------------------------------------------- runner

class FakePipeline:
    """Stands in for dateline.pipeline.Pipeline: returns canned events, trims the text."""

    def __init__(self, events_by_id, reject=()):
        self.events_by_id = events_by_id
        self.reject = set(reject)
        self.seen: list[Document] = []

    def code_documents(self, docs):
        for doc in docs:
            self.seen.append(doc)
            if doc.id in self.reject:
                yield Rejection(doc.id, "clean", "no-body", "all boilerplate")
                continue
            yield Result(document=doc, events=self.events_by_id.get(doc.id, []))


def test_evaluate_events_end_to_end_with_a_fake_pipeline():
    fake = FakePipeline({"SELF-1": [event("042", [actor("The French president", code="FRA")],
                                          [actor("Berlin", code="DEUGOV")])],
                         "NOEVENT-1": [event("010", [actor("harbour", code="GBR")])]},
                        reject={"COMPOUND-1"})
    report = evaluate("events", FIXTURES / "petrarch_records.xml", pipeline=fake)
    # SKIP-1 (evaluate="false") and DISCARD-1 (expects PETRARCH's input error) are not
    # sent; the others are, with their dates.
    assert [d.id for d in fake.seen] == ["SELF-1", "NOEVENT-1", "COMPOUND-1", "EMPTY-CODE-1",
                                         "NOCODING-1", "PARSE-ONLY-1"]
    assert fake.seen[0].published == "2021-03-05"
    score = next(s for s in report.scores if s.name == "events.code.country")
    # SELF-1: 1 tp, 1 fn (043); NOEVENT-1: 1 fp; COMPOUND-1 rejected: 2 fn; PARSE-ONLY-1: 1 fn.
    assert (score.tp, score.fp, score.fn) == (1, 1, 4)
    assert any("rejected" in note for note in report.notes)
    assert any("evaluate" in note for note in report.notes)
    assert any("input error" in note for note in report.notes)
    assert any(e.kind == "rejected" and e.item == "COMPOUND-1" for e in report.errors)


def test_evaluate_plover_with_texts_and_a_fake_pipeline():
    kenya = "Kenya sent troops to Somalia."
    fake = FakePipeline({"doc-a": [Event(
        id="1", doc_id="doc-a", sentence=0, text=kenya, trigger=span_in(kenya, "sent"),
        plover=Plover("MOBILIZE"), cameo=Cameo("150", "15", 4, 0.0),
        source=[actor("Kenya", code="KENMIL")], target=[actor("Somalia", 21, code="SOM")])]})
    report = evaluate("plover", FIXTURES / "plover_events.jsonl", pipeline=fake,
                      texts=None)
    # doc-b and doc-c have no text and none was given: skipped with a note.
    assert [d.id for d in fake.seen] == ["doc-a", "line-6"]
    assert any("no text" in note for note in report.notes)
    country = next(s for s in report.scores if s.name == "plover.country")
    # doc-a: MOBILIZE matched, CONSULT missed; line-6: two COOPERATE pairs missed -> 1, 0, 3.
    assert (country.tp, country.fp, country.fn) == (1, 0, 3)


def test_evaluate_limit_and_bad_input():
    fake = FakePipeline({})
    report = evaluate("quad", FIXTURES / "conflibert_classes.tsv", limit=2, pipeline=fake)
    assert report.items == 2 and len(fake.seen) == 2
    # No events: both predicted 0; gold 4 and 1 -> 0 of 2.
    assert report.rates[0].hits == 0 and report.rates[0].total == 2
    with pytest.raises(DatelineError) as unknown:
        evaluate("sentiment", FIXTURES)
    assert unknown.value.code == "E401"
    with pytest.raises(DatelineError) as missing:
        evaluate("events", FIXTURES / "nope.xml", pipeline=fake)
    assert missing.value.code == "E402"
    # A file with no gold items in the task's format is an error, not an empty success.
    with pytest.raises(DatelineError) as empty:
        evaluate("events", FIXTURES / "conflibert_classes.tsv", pipeline=fake)
    assert empty.value.code == "E103"
    with pytest.raises(DatelineError) as half:
        evaluate("quad", FIXTURES / "conflibert_classes.tsv", pipeline=fake, half="dev")
    assert half.value.code == "E403"


# ---------------------------------------------------------------- tuning and check halves

OUR_SENTENCES = ["the army shelled the port", "the minister praised the accord",
                 "rebels freed two hostages", "villagers fled the floods"]


def test_the_split_is_sha256_of_the_salted_words_first_byte_even_for_tune():
    # First bytes from `printf 'dateline tune/check split 1\n%s' TEXT | sha256sum`:
    # e3, 04, 2f, b3 -> odd, even, odd, odd. A failure here means every set was re-dealt.
    assert [half_of(t) for t in OUR_SENTENCES] == ["check", "tune", "check", "check"]


def test_a_half_depends_on_the_words_only_not_on_spacing_case_punctuation_or_position():
    assert half_of("The army  shelled the port.") == half_of("the army shelled the port")
    assert half_of("“The army” shelled the port!") == half_of("The army shelled the port")
    assert half_of("the ministerʼs aide") == half_of("the minister's aide")
    items = [LabelledSentence(f"s{i}", f"Sentence number {i} about the talks.", 0) for i in range(40)]
    tune, check = in_half(items, "tune"), in_half(items, "check")
    assert sorted(x.id for x in tune + check) == sorted(x.id for x in items)
    assert 8 <= len(tune) <= 32  # a split, not everything on one side
    # Adding items (at the front) moves none of the others.
    more = [LabelledSentence(f"n{i}", f"A new item {i}.", 1) for i in range(10)] + items
    assert [x.id for x in in_half(more, "tune") if x.id.startswith("s")] == [x.id for x in tune]
    assert in_half(items, "all") == items
    with pytest.raises(ValueError):
        in_half(items, "dev")


def test_evaluate_halves_codes_each_text_once_and_scores_each_half_apart():
    fake = FakePipeline({"SELF-1": [event("042", [actor("The French president", code="FRA")],
                                          [actor("Berlin", code="DEUGOV")])],
                         "NOEVENT-1": [event("010", [actor("harbour", code="GBR")])]},
                        reject={"COMPOUND-1"})
    reports = evaluate_halves("events", FIXTURES / "petrarch_records.xml", pipeline=fake)
    assert len(fake.seen) == 6  # each text coded once for the three reports
    def counts(half):
        score = next(s for s in reports[half].scores if s.name == "events.code.country")
        return score.tp, score.fp, score.fn
    # tune: SELF-1 (1 tp, 1 fn), PARSE-ONLY-1 (1 fn); check: NOEVENT-1 (1 fp), COMPOUND-1
    # rejected (2 fn), EMPTY-CODE-1 and NOCODING-1 nothing to find, nothing found.
    assert counts("tune") == (1, 0, 2) and counts("check") == (0, 1, 2)
    assert counts("all") == (1, 1, 4)
    assert (reports["tune"].items, reports["check"].items, reports["all"].items) == (2, 4, 6)
    assert [e.item for e in reports["check"].errors if e.kind == "rejected"] == ["COMPOUND-1"]
    assert not any(e.kind == "rejected" for e in reports["tune"].errors)
    assert any("check half only" in note for note in reports["check"].notes)


def test_evaluate_one_half_codes_only_that_half():
    fake = FakePipeline({})
    report = evaluate("events", FIXTURES / "petrarch_records.xml", pipeline=fake, half="tune")
    assert [d.id for d in fake.seen] == ["SELF-1", "PARSE-ONLY-1"] and report.items == 2
    fake = FakePipeline({})
    evaluate("events", FIXTURES / "petrarch_records.xml", pipeline=fake, half="check", limit=1)
    assert [d.id for d in fake.seen] == ["NOEVENT-1"]  # the limit counts items of the half


def test_offsets_map_back_through_cleaning():
    original = "Headline here\n\nFirst paragraph.\n\n  Second one names Lyon."
    cleaned = "First paragraph.\nSecond one names Lyon."
    mapped = offset_mapper(original, cleaned)
    assert mapped(cleaned.index("Lyon")) == original.index("Lyon")
    assert mapped(cleaned.index("First")) == original.index("First")


def test_runner_maps_place_offsets_onto_the_gold_text():
    original = "Updated 5 May\n\nFloods hit Lyon."
    cleaned = "Floods hit Lyon."

    class Cleaning(FakePipeline):
        def code_documents(self, docs):
            for doc in docs:
                body = Document(id=doc.id, text=cleaned)
                yield Result(document=body, places=[Place("Lyon", "Lyon", 11, 15, lat=45.76, lon=4.84)])

    from dateline.evaluate.runner import _Runner

    results = _Runner(Cleaning({}), None).run([Document(id="x", text=original)])
    place = results["x"].places[0]
    assert original[place.start:place.end] == "Lyon"


# ---------------------------------------------------------------- real gold (skips without ../shared)

def _shared(relative: str) -> Path:
    path = SHARED_GOLD / relative
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


def test_real_petrarch_files_read_completely():
    gsr = list(read_petrarch(_shared("petr2-gsr/PETR2_GSR_validation.xml")))
    assert len(gsr) == 78 and sum(s.no_event for s in gsr) == 12
    unit = list(read_petrarch(_shared("ud-petrarch-validation/PETR_Validate_records_2_02.xml")))
    assert len(unit) == 274 and sum(len(s.codings) for s in unit) == 322


def test_real_polnear_dev_reads_completely():
    folder = _shared("polnear/dev")
    documents = list(read_polnear(folder))
    assert len(documents) > 50
    attributions = [a for d in documents for a in d.attributions]
    assert {a.kind for a in attributions} == {"direct", "indirect"}
    for document in documents[:10]:
        for a in document.attributions:
            for piece in a.pieces():
                assert document.text[piece.start:piece.end] == piece.text


@pytest.mark.slow
def test_real_timeml_files_read_with_offsets_into_their_text():
    documents = list(read_timeml(_shared("tempeval3-train/TBAQ-cleaned")))
    assert len(documents) == 257 and all(d.dct for d in documents)
    timexes = [(d.text, t) for d in documents for t in d.timexes]
    assert sum(t.type == "DATE" for _, t in timexes) > 1500
    assert all(text[t.start:t.end] == t.text and t.text.strip() for text, t in timexes)


@pytest.mark.slow
def test_real_geowebnews_reads_with_the_annotated_names_at_their_offsets():
    documents = list(read_geowebnews(_shared("geowebnews")))
    assert len(documents) == 200
    toponyms = [t for d in documents for t in d.toponyms]
    assert len(toponyms) > 2000
    assert sum(t.text == t.name for t in toponyms) >= 0.99 * len(toponyms)
    assert all(-90 <= t.lat <= 90 and -180 <= t.lon <= 180 for t in toponyms)


def test_real_conflibert_files_read_completely():
    classes = list(read_conflibert_classes(_shared("conflibert-cameo-train/cameo_class_train.tsv")))
    assert len(classes) == 1348 and {c.label for c in classes} == {0, 1, 2, 3, 4}
    ner = list(read_conflibert_ner(_shared("conflibert-cameo-train/cameo_ner_train.txt"),
                                   [c.text for c in classes]))
    assert len(ner) == 1152
    for sentence in ner:
        for span in sentence.sources + sentence.targets + sentence.reciprocal:
            assert sentence.text[span.start:span.end] == span.text


# ---------------------------------------------------------------- benchmark floors

def test_benchmark_floor_check(monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "accuracy_benchmark", Path(__file__).resolve().parents[1] / "benchmarks" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    floors = {"floors": {"gsr": {"events.code.country.F1": 0.5, "quad.accuracy": 0.2},
                         "absent": {"x.F1": 0.9}},
              "check_floors": {"gsr": {"events.code.country.F1": 0.45}}}
    figures = {("gsr", "all", "events.code.country.F1"): 0.4,
               ("gsr", "check", "events.code.country.F1"): 0.5}
    problems = module.check_floors(floors, figures, ran={"gsr"}, skipped={"absent"})
    # One figure below its floor, one floored metric with no figure; the absent set is not checked.
    assert len(problems) == 2
    assert any("below its floor 0.5" in p for p in problems)
    assert any("quad.accuracy: no figure" in p for p in problems)
    good = {("gsr", "all", "events.code.country.F1"): 0.5, ("gsr", "all", "quad.accuracy"): 0.2,
            ("gsr", "check", "events.code.country.F1"): 0.45}
    assert module.check_floors(floors, good, {"gsr"}, {"absent"}) == []
    # The check half has floors of its own: the whole set holding up does not hide its drop.
    dropped = {**good, ("gsr", "check", "events.code.country.F1"): 0.44}
    assert module.check_floors(floors, dropped, {"gsr"}, {"absent"}) == [
        "gsr events.code.country.F1 (check half): 0.440 is below its floor 0.45"]


def test_repeated_gold_ids_are_made_unique():
    from dateline.evaluate.runner import _unique_ids

    items = [LabelledSentence("a", "", 0), LabelledSentence("a", "", 1), LabelledSentence("b", "", 2)]
    assert [s.id for s in _unique_ids(items)] == ["a", "a#2", "b"]


def test_actor_tests_reader_and_scorer_on_own_fixture():
    from dateline.actors import load_knowledge
    from dateline.evaluate import read_actor_tests, score_actor_tests
    from dateline.evaluate.score_actors import resolve_actor_tests, row_date
    from dateline.nlp.parsed import Parsed

    tests = list(read_actor_tests(FIXTURES / "actor_tests.tsv"))
    # the wikipedia row and the ???? row are left out
    assert [(t.input, t.op, t.expected) for t in tests] == [
        ("Chilean police", "==", "CHL"), ("Chilean police", "!=", "PER"),
        ("some farmers", "==", "PER"), ("some farmers", "==", "BOL")]
    assert row_date("today") == "2022-11-01" and row_date("5 March 2021") == "2021-03-05"

    parses = {
        "Chilean police": [("Chilean", "chilean", "ADJ", "amod", 1), ("police", "police", "NOUN", "ROOT", 1)],
        "some farmers": [("some", "some", "DET", "det", 1), ("farmers", "farmer", "NOUN", "ROOT", 1)],
        "Peru": [("Peru", "Peru", "PROPN", "ROOT", 0)],
    }

    class Parser:
        def parse(self, text):
            ents = [(0, 1, "GPE")] if text == "Peru" else [(0, 1, "NORP")] if text.startswith("Chilean") else []
            return Parsed.from_rows(parses[text], ents=ents)

    report = score_actor_tests(tests, resolve_actor_tests(tests, Parser(), load_knowledge()))
    # CHL right, "not PER" right, PER from the context right, BOL wrong (no context): 3 of 4
    [country, sector] = report.rates
    assert (country.hits, country.total) == (3, 4) and sector.total == 0
    assert [e.gold for e in report.errors] == ["BOL"]


def test_arguments_score_a_resolved_pronoun_at_its_antecedent():
    text = "The navy said it shelled the port."
    gold = [ArgumentSentence("p1", text, sources=[span_in(text, "The navy")],
                             targets=[span_in(text, "the port")])]
    navy = Actor("The navy", "navy", 0, 8, entity=3, basis=[Basis("sector", "navy")])
    it = Actor("it", "navy", 14, 16, entity=3, basis=[Basis("coref", "pronoun")])
    port = Actor("the port", "port", 25, 33, entity=4)
    shelling = event("194", [it], [port])
    def source_tp(**extra):
        report = score_arguments(gold, {"p1": [shelling]}, **extra)
        return next(s for s in report.scores if s.name == "arguments.source.exact").tp
    assert source_tp() == 0  # "it" is not the annotated span
    assert source_tp(actors={"p1": [navy, it, port]}) == 1


def test_an_implied_target_has_no_words_to_score_as_a_span():
    text = "The Zambian government lifted a nationwide curfew."
    gold = [ArgumentSentence("z1", text, sources=[span_in(text, "The Zambian government")], targets=[])]
    government = Actor("The Zambian government", "government", 0, 22, "ZMB", "GOV")
    people = Actor("Zambia", "Zambia", 0, 0, "ZMB", kind="implied", basis=[Basis("implied", "home-measure")])
    report = score_arguments(gold, {"z1": [event("0813", [government], [people])]})
    scores = {s.name: s for s in report.scores}
    # the source still matches (an empty span at it would make it a reciprocal side), and
    # the implied target is no false target span
    assert scores["arguments.source.exact"].tp == 1
    assert scores["arguments.target.exact"].fp == 0


# ---------------------------------------------------------------- the command users run

@pytest.mark.slow
def test_dateline_evaluate_halves_through_the_command_line():
    pytest.importorskip("spacy")
    import subprocess

    def run(*extra):
        done = subprocess.run([sys.executable, "-m", "dateline.cli", "evaluate", "events",
                               str(FIXTURES / "petrarch_records.xml"), "--format", "json", *extra],
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr[-2000:]
        return json.loads(done.stdout)

    whole, tune, check = run(), run("--half", "tune"), run("--half", "check")
    # SELF-1 and PARSE-ONLY-1 are in the tuning half, the four others in the check half.
    assert (tune["items"], check["items"], whole["items"]) == (2, 4, 6)
    def gold_triples(report):
        return next(s for s in report["scores"] if s["name"] == "events.code.country")
    assert gold_triples(tune)["tp"] + gold_triples(tune)["fn"] == 3  # SELF-1's two, PARSE-ONLY-1's one
    assert sum(gold_triples(r)["tp"] for r in (tune, check)) == gold_triples(whole)["tp"]
    bad = subprocess.run([sys.executable, "-m", "dateline.cli", "evaluate", "events",
                          str(FIXTURES / "petrarch_records.xml"), "--half", "dev"],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "--half" in bad.stderr and "Traceback" not in bad.stderr
