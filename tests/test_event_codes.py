"""Tests for the event knowledge files (CAMEO codes, PLOVER types, lexicon) and their loader."""

from __future__ import annotations

import csv
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from dateline.errors import DatelineError
from dateline.events.codes import (cameo_info, goldstein_of, load_cameo_codes, load_plover_types,
                                   parse_cameo_codes, quad_class_of)
from dateline.events.lexicon import NO_EVENT, load_lexicon, parse_lexicon, parse_pattern

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
ROOTS = {f"{n:02d}" for n in range(1, 21)}
# Rows whose PLOVER type differs from the conversion table, as the lexicon header documents.
DOCUMENTED_DIVERGENCES = {("163", "SANCTION"), ("116", "SANCTION"), ("173", "ACCUSE"), ("0831", "RETREAT")}
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
LEXICON_HEADER = "id\tpos\tpattern\tcameo\tplover\tmode\tnote\n"


def _lexicon_rows() -> list[list[str]]:
    text = resources.files("dateline.data.events").joinpath("lexicon.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]


# --- the lexicon ---------------------------------------------------------------------


def test_every_lexicon_row_parses():
    rows = _lexicon_rows()
    entries = load_lexicon()
    assert len(entries) == len(rows)
    assert len(entries) >= 500


def test_lexicon_ids_are_unique():
    ids = [row[0] for row in _lexicon_rows()]
    duplicates = [entry_id for entry_id, count in Counter(ids).items() if count > 1]
    assert duplicates == []


def test_no_two_rows_share_a_pattern():
    keys = [(row[1], row[2]) for row in _lexicon_rows()]
    duplicates = [key for key, count in Counter(keys).items() if count > 1]
    assert duplicates == []


def _coded():
    """The entries that code an event (not the no-event rows)."""
    return [entry for entry in load_lexicon() if entry.cameo != NO_EVENT]


def test_every_lexicon_cameo_code_exists():
    codes = load_cameo_codes()
    missing = {entry.cameo for entry in _coded()} - set(codes)
    assert missing == set()


def test_no_event_rows_code_nothing_and_name_what_they_silence():
    silent = [entry for entry in load_lexicon() if entry.cameo == NO_EVENT]
    assert silent and all(not e.plover and not e.mode and e.id.startswith("none.") for e in silent)
    # each is narrower than a coded entry of the same word: it needs its object nouns or a
    # word of its own ("seize +on": seizing on a report)
    coded_lemmas = {lemma for entry in _coded() for lemma in entry.lemmas}
    assert all((e.objects or e.particles or e.prep_objects) and set(e.lemmas) <= coded_lemmas for e in silent), \
        [e.id for e in silent if not (e.objects or e.particles or e.prep_objects) or not set(e.lemmas) <= coded_lemmas]


def test_every_lexicon_plover_type_and_mode_exists():
    types = load_plover_types()
    for entry in load_lexicon():
        if entry.plover:
            assert entry.plover in types, entry.id
        if entry.mode:
            assert entry.mode in types[entry.plover].modes, entry.id


def test_lexicon_plover_follows_cameo_table_except_documented_cases():
    codes = load_cameo_codes()
    divergent = {(e.cameo, e.plover) for e in _coded() if e.plover != codes[e.cameo].plover_type}
    assert divergent <= DOCUMENTED_DIVERGENCES


def test_lexicon_covers_all_plover_types_and_cameo_roots():
    entries = _coded()
    assert {entry.plover for entry in entries if entry.plover} == PLOVER_TYPES
    assert {entry.cameo[:2] for entry in entries} == ROOTS


def test_lexicon_has_verbs_and_nouns():
    pos = Counter(entry.pos for entry in load_lexicon())
    assert pos["V"] > 0 and pos["N"] > 0


def test_plain_attribution_verbs_are_not_triggers():
    # "say no to" is a rejection; a bare or target-only "say" would be attribution.
    bare = {
        lemma
        for entry in load_lexicon()
        if entry.pos == "V" and not (entry.particles or entry.objects or entry.needs_complement)
        for lemma in entry.lemmas
    }
    assert not bare & {"say", "tell", "add", "note"}


def test_packaged_visit_pattern_is_parsed():
    entries = [e for e in load_lexicon() if e.pos == "V" and "visit" in e.lemmas and e.target_direct]
    assert entries and entries[0].cameo == "042"
    assert entries[0].plover == "CONSULT" and entries[0].mode == "visit"


# --- the pattern language ------------------------------------------------------------


def test_pattern_with_object_and_alternative_prepositions():
    pattern = parse_pattern("impose|slap =sanction|embargo on|against {T}")
    assert pattern.lemmas == ("impose", "slap")
    assert pattern.objects == ("sanction", "embargo")
    assert pattern.target_preps == ("on", "against")
    assert not pattern.target_direct and not pattern.needs_complement and pattern.particles == ()


def test_pattern_with_direct_target_and_complement():
    pattern = parse_pattern("urge {T} >")
    assert pattern.target_direct and pattern.needs_complement
    assert pattern.target_preps == ()


def test_pattern_particle_then_optional_preposition():
    pattern = parse_pattern("crack +down on {T}")
    assert pattern.particles == ("down",)
    assert pattern.target_preps == ("on",)


def test_pattern_required_preposition_is_particle_and_target():
    pattern = parse_pattern("call +on|upon {T} >")
    assert pattern.particles == ("on", "upon")
    assert pattern.target_preps == ("on", "upon")
    assert pattern.needs_complement


def test_pattern_phrasal_verb_with_direct_object():
    pattern = parse_pattern("bail {T} +out")
    assert pattern.target_direct and pattern.particles == ("out",) and pattern.target_preps == ()


def test_pattern_preposition_with_required_object():
    # a support verb whose act is its preposition's object: "went on strike"
    pattern = parse_pattern("go|stay +on=strike|walkout")
    assert pattern.prep_objects == (("on", ("strike", "walkout")),)
    assert pattern.particles == () and pattern.objects == ()
    with_target = parse_pattern("come +under=fire from {T} <")
    assert with_target.prep_objects == (("under", ("fire",)),) and with_target.target_preps == ("from",)
    with pytest.raises(ValueError, match="PREP=lemma"):
        parse_pattern("go +on=Strike")


def test_noun_pattern():
    pattern = parse_pattern("airstrike|air-strike on|against {T}", "N")
    assert pattern.lemmas == ("airstrike", "air-strike")
    assert pattern.target_preps == ("on", "against")


def test_noun_pattern_may_require_what_it_is_of():
    pattern = parse_pattern("resumption|renewal =tie|relation with {T}", "N")
    assert pattern.objects == ("tie", "relation") and pattern.target_preps == ("with",)


@pytest.mark.parametrize(
    ("pattern", "pos", "problem"),
    [
        ("", "V", "empty"),
        ("Visit {T}", "V", "lowercase"),
        ("meet with {T} {T}", "V", "no preposition"),
        ("travel to", "V", "must be followed"),
        ("impose =Sanction", "V", "lowercase"),
        ("attack {T}", "N", "verb trigger"),
        ("talk >", "N", "only for verb"),
    ],
)
def test_malformed_patterns_are_refused(pattern, pos, problem):
    with pytest.raises(ValueError, match=problem):
        parse_pattern(pattern, pos)


def test_malformed_rows_are_all_reported_with_their_lines():
    text = (
        "# a comment\n"
        + LEXICON_HEADER
        + "consult.visit.v1\tV\tvisit {T}\t042\tCONSULT\tvisit\tvisits a capital\n"
        + "consult.meet.v1\tV\tmeet with\t040\tCONSULT\t\tmeets a minister\n"
        + "bad.row.v1\tX\tattack {T}\t190\tASSAULT\t\tattack\n"
        + "consult.visit.v1\tV\ttour {T}\t042\tCONSULT\tvisit\ttours a region\n"
    )
    with pytest.raises(DatelineError) as caught:
        parse_lexicon(text, "lexicon.tsv")
    message = str(caught.value)
    assert "lexicon.tsv:4:" in message and "'with' must be followed" in message
    assert "lexicon.tsv:5:" in message and "pos 'X'" in message
    assert "lexicon.tsv:6:" in message and "already used on line 3" in message
    assert "lexicon.tsv:3:" not in message


def test_lexicon_rows_are_cross_checked_against_tables():
    text = (
        LEXICON_HEADER
        + "x.a.v1\tV\tvisit {T}\t0429\tCONSULT\tvisit\tunknown code\n"
        + "x.b.v1\tV\tvisit {T}\t042\tVISIT\t\tunknown type\n"
        + "x.c.v1\tV\tvisit {T}\t042\tCONSULT\tphonecall\tunknown mode\n"
        + "x.d.v1\tV\tvisit {T}\t042\t\t\tforgotten type\n"
        + "x.e.v1\tV\tdeclare\t010\t\t\tstatement, no type\n"
    )
    with pytest.raises(DatelineError) as caught:
        parse_lexicon(text, "lex.tsv", load_cameo_codes(), load_plover_types())
    message = str(caught.value)
    assert caught.value.code == "E005" and message.count("lex.tsv:") == 1 + 4  # the file, 4 rows
    assert "lex.tsv:2: cameo 0429" in message
    assert "lex.tsv:3: plover 'VISIT'" in message
    assert "lex.tsv:4: mode 'phonecall'" in message
    assert "lex.tsv:5: plover is empty" in message


def test_wrong_field_count_is_reported():
    with pytest.raises(DatelineError, match=r"lexicon.tsv:2: 4 cells where the header has 7"):
        parse_lexicon(LEXICON_HEADER + "a.b.v1\tV\tvisit {T}\t042\n")


# --- CAMEO codes ---------------------------------------------------------------------


def test_cameo_table_has_all_codes_and_roots():
    codes = load_cameo_codes()
    assert len(codes) == 311
    assert {code for code in codes if len(code) == 2} == ROOTS
    assert all(code[:2] in codes for code in codes)


@pytest.mark.parametrize(
    ("code", "goldstein", "quad"),
    [
        ("042", 1.9, 1),
        ("190", -10.0, 4),
        ("0874", 10.0, 2),
        ("163", -8.0, 4),
        ("057", 8.0, 1),
        ("111", -2.0, 3),
        ("14", -6.5, 4),
        ("016", -2.0, 1),
    ],
)
def test_goldstein_and_quad_facts(code, goldstein, quad):
    assert goldstein_of(code) == goldstein
    assert quad_class_of(code) == quad


def test_cameo_plover_facts():
    codes = load_cameo_codes()
    assert (codes["042"].plover_type, codes["042"].plover_mode) == ("CONSULT", "visit")
    assert (codes["0871"].plover_type, codes["0871"].plover_mode) == ("RETREAT", "ceasefire")
    assert codes["0871"].plover_context == ("military",)
    assert codes["094"].plover_context == ("military", "legal")
    assert codes["163"].plover_type == "COERCE"
    assert codes["010"].plover_type == ""
    # appeals are REQUEST (documented in the file header), with the mode of their branch
    assert (codes["0231"].plover_type, codes["0231"].plover_mode) == ("REQUEST", "assist")
    assert (codes["0253"].plover_type, codes["0253"].plover_mode) == ("REQUEST", "yield")
    assert codes["08"].plover_type == "CONCEDE" and codes["0841"].plover_type == "RETREAT"


def test_cameo_info_falls_back_from_four_to_three_to_two_digits():
    assert cameo_info("1385").code == "1385"
    assert cameo_info("0429").code == "042"
    assert cameo_info("199").code == "19"
    assert cameo_info("1999").code == "19"
    assert cameo_info("0429").root == "04"
    assert quad_class_of("0429") == 1
    assert goldstein_of("199") == -10.0


@pytest.mark.parametrize("code", ["99", "abc", "1", "12345", ""])
def test_cameo_info_refuses_unknown_codes(code):
    with pytest.raises(KeyError):
        cameo_info(code)


def test_cameo_parse_reports_every_bad_row():
    text = (
        "code\tlabel\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_context\n"
        "04\tconsult\t1.0\t1\tCONSULT\t\t\n"
        "042\tvisit\tabc\t1\tCONSULT\tvisit\t\n"
        "043\thost\t2.8\t7\tCONSULT\tvisit\t\n"
        "0555\tx\t1.0\t1\t\t\t\n"
    )
    with pytest.raises(DatelineError) as caught:
        parse_cameo_codes(text, "codes.tsv")
    message = str(caught.value)
    assert "codes.tsv:3: goldstein 'abc'" in message
    assert "codes.tsv:4: quad_class 7" in message
    assert "code 0555 has no root 05" in message


def test_loaders_return_copies():
    codes = load_cameo_codes()
    codes.pop("042")
    assert "042" in load_cameo_codes()


# --- PLOVER types --------------------------------------------------------------------


def test_plover_types_table():
    types = load_plover_types()
    assert set(types) == PLOVER_TYPES
    assert [types[name].quad_class for name in ("AGREE", "COOPERATE", "REQUEST", "SANCTION", "ASSAULT")] == [1, 2, 3, 4, 4]
    assert types["AID"].score == 10.0
    assert types["ASSAULT"].score == -9.0
    assert types["ACCUSE"].score == -3.0
    assert "visit" in types["CONSULT"].modes and "ceasefire" in types["RETREAT"].modes
    assert types["AGREE"].modes == ()
    assert all(types[name].description for name in types)


def test_cameo_plover_types_are_known_and_modes_allowed():
    types = load_plover_types()
    for code in load_cameo_codes().values():
        if code.plover_type:
            assert code.plover_type in types, code.code
        if code.plover_mode:
            assert code.plover_mode in types[code.plover_type].modes, code.code


# --- against the reference tables (skipped without ../shared) -------------------------


def test_goldstein_and_quad_match_reference_table():
    reference = SHARED / "reference" / "cameo" / "cameo_event_codes.tsv"
    if not reference.exists():
        pytest.skip("shared reference data not available")
    with reference.open(encoding="latin-1") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    codes = load_cameo_codes()
    assert {row["code"] for row in rows} == set(codes)
    for row in rows:
        assert codes[row["code"]].goldstein == float(row["goldstein"]), row["code"]
        assert codes[row["code"]].quad_class == int(row["quad_class"]), row["code"]


def test_intent_table_recodes_to_codes_of_the_stated_type():
    from dateline.events.codes import load_intents

    intents = load_intents()
    assert intents["CONSULT"] == ("036", "AGREE")
    assert intents["ASSAULT"] == ("138", "THREATEN")
    assert "ACCUSE" not in intents


def test_receiving_and_judgement_markers():
    receive = parse_pattern("receive =weapon +from {T} <", "V")
    assert receive.converse and receive.objects == ("weapon",) and receive.target_preps == ("from",)
    judgement = parse_pattern("weakness|folly ~", "N")
    assert judgement.evaluative and judgement.lemmas == ("weakness", "folly")
    with pytest.raises(ValueError, match="judgement"):
        parse_pattern("weaken ~", "V")
    with pytest.raises(ValueError, match="receiving"):
        parse_pattern("gift <", "N")


def test_adjective_rows_must_be_judgement_words():
    text = (LEXICON_HEADER
            + "accuse.rash.a1\tA\trash|reckless ~\t111\tACCUSE\tdisapprove\tcalls the plan rash\n"
            + "accuse.rash.a2\tA\trash\t111\tACCUSE\tdisapprove\tcalls the plan rash\n")
    with pytest.raises(DatelineError, match="must be evaluative") as err:
        parse_lexicon(text)
    assert ":3:" in str(err.value) and ":2:" not in str(err.value)


def test_refusal_codes_are_reject_codes():
    from dateline.events.codes import load_refusals

    refusals = load_refusals()
    assert refusals["CONSULT"] == "125" and refusals["CONCEDE"] == "124"
    assert "ASSAULT" not in refusals


def test_packaged_accusation_and_warrant_patterns():
    entries = load_lexicon()
    evidence = [e for e in entries if "present" in e.lemmas and "evidence" in e.objects]
    assert [(e.cameo, e.plover, e.target_preps) for e in evidence] == [("112", "ACCUSE", ("against",))]
    warrant = [e for e in entries if "issue" in e.lemmas and "warrant" in e.objects]
    assert [(e.cameo, e.target_preps) for e in warrant] == [("173", ("for", "against"))]
    # urging peace asks the parties to settle (CAMEO 027)
    assert any(e.cameo == "027" and "peace" in e.objects and "urge" in e.lemmas for e in entries)


def test_an_announced_act_takes_the_intent_code_that_mirrors_it():
    from dateline.events.codes import intent_code
    assert intent_code("0841", "035") == "0353"   # promising to free people
    assert intent_code("072", "033") == "0332"    # promising military aid
    assert intent_code("194", "138") == "1384"    # threatening an artillery attack
    assert intent_code("183", "138") == "1383"    # threatening a bombing (irregular violence)
    assert intent_code("161", "1312") == "1313"   # threatening to break ties
    # no mirror known, or one outside the general intent's root: the general code stays
    assert intent_code("0841", "138") == "138"
    assert intent_code("040", "036") == "036"
    assert intent_code("190", "138") == "138"  # force "not specified": the threat is too
