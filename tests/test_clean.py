"""Tests of the clean stage on articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.clean import EMPTY_TEXT, NO_BODY, clean_document
from dateline.outlets import find_outlets, outlet_named
from dateline.clean.boilerplate import is_headline, load_patterns, match_kind
from dateline.clean.language import detect_language
from dateline.clean.provenance import translation_artefacts
from dateline.records import Document, Rejection

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_89e29c2b7695058b.txt"

BODY_1 = ("LISBON (Reuters) - Portugal's parliament approved a new housing law on Tuesday, "
          "the government said, after two weeks of debate.")
BODY_2 = ("The Financial Times reported that the law caps rent increases at two percent a year "
          "for existing contracts.")
BODY_3 = "Opposition parties said they would ask the constitutional court to review the text."
ARTICLE = "\n".join([
    "By Maria Costa",
    BODY_1,
    "",
    BODY_2,
    "Read more: Spain weighs its own rent controls",
    BODY_3,
    "Lisbon mayor resigns over tram contract",
    "Follow us on Telegram and subscribe to our daily newsletter",
    "Source: guardian",
    "I am Maria Costa, a freelance writer and reporter for Harbour Daily. I cover housing and "
    "city politics across southern Europe.",
])


def test_article_body_is_the_news_paragraphs_kept_character_for_character():
    doc = clean_document(Document("a1", ARTICLE))
    # the wire dateline opening the first paragraph is kept apart (see the dateline test)
    assert BODY_1.startswith("LISBON (Reuters) - ")
    assert doc.text == "\n".join([BODY_1[len("LISBON (Reuters) - "):], BODY_2, BODY_3])


def test_article_boilerplate_kinds():
    doc = clean_document(Document("a1", ARTICLE))
    kinds = [(b.kind, b.text.split()[0]) for b in doc.boilerplate]
    assert kinds == [("byline", "By"), ("dateline", "LISBON"), ("related", "Read"), ("related", "Lisbon"),
                     ("promo", "Follow"), ("source", "Source:"), ("bio", "I")]


def test_article_provenance():
    doc = clean_document(Document("a1", ARTICLE))
    assert doc.provenance.author == "Maria Costa"
    assert doc.provenance.republished_from == "The Guardian"
    assert doc.provenance.reported_by == ["Financial Times", "Reuters"]
    assert doc.outlet == "Harbour Daily"
    names = [s.name for s in doc.provenance.signals]
    assert "syndicated_copy" in names and "wire_copy" in names
    assert "machine_translation" not in names
    assert doc.language == "en"


def test_outlet_given_by_ingest_is_kept():
    doc = clean_document(Document("a1", ARTICLE, outlet="Example Wire"))
    assert doc.outlet == "Example Wire"


def test_source_line_naming_own_outlet_is_not_syndication():
    text = BODY_3 + "\nSource: The Guardian"
    doc = clean_document(Document("a2", text, outlet="The Guardian"))
    assert doc.provenance.republished_from == "The Guardian"
    assert "syndicated_copy" not in [s.name for s in doc.provenance.signals]


def test_empty_text_is_a_rejection():
    result = clean_document(Document("e", "  \n\n \t"))
    assert isinstance(result, Rejection)
    assert (result.doc_id, result.stage, result.code) == ("e", "clean", EMPTY_TEXT)


def test_only_boilerplate_is_a_rejection():
    result = clean_document(Document("b", "Subscribe to our channel\nShare\nSource: AFP"))
    assert isinstance(result, Rejection)
    assert result.code == NO_BODY


def test_translation_artefacts_are_flagged():
    text = ("The two leaders signed letters in which they agreed. to widen trade.\n"
            "It is a sign of weakness, frankly. , ” the minister said.")
    doc = clean_document(Document("mt", text))
    signal = next(s for s in doc.provenance.signals if s.name == "machine_translation")
    assert "agreed. to" in signal.evidence
    assert ". ," in signal.evidence


def test_abbreviations_and_ellipses_are_not_artefacts():
    text = "Prices of fuel, food, etc. are rising... The U.S. embassy said so at 9 a.m. local time."
    assert translation_artefacts(text) == []


def test_body_sentence_with_promo_word_is_kept():
    sentence = ("The minister urged citizens to subscribe to the new savings scheme before the end "
                "of the year, when the offer closes and the rates are set to fall sharply.")
    assert match_kind(sentence) is None


def test_byline_pattern_needs_capitalised_names():
    assert match_kind("By Jane Doe and John Roe") == "byline"
    assert match_kind("By Monday it was over.") is None


def test_headline_shape():
    assert is_headline("Biden meets Pacific leaders in Hawaii")
    assert not is_headline("Biden met Pacific leaders in Hawaii.")


def test_wire_credit_with_trailing_dash():
    doc = clean_document(Document("w", "Floods hit the northern provinces after a week of rain - AFP"))
    assert doc.provenance.reported_by == ["Agence France-Presse"]
    assert [s.name for s in doc.provenance.signals] == ["wire_copy"]


def test_outlets_table():
    assert outlet_named("korrespondent").name == "Korrespondent"
    assert outlet_named("Correspondent.net").name == "Korrespondent"
    assert outlet_named("the voice of america").name == "Voice of America"
    assert outlet_named("Harbour Daily") is None
    found = [(o.name, s) for o, s, _ in find_outlets("VOA and Yonhap said; AP-style text")]
    assert found == [("Voice of America", 0), ("Yonhap", 8)]


def test_language_check():
    assert detect_language(BODY_1 + " " + BODY_2) == "en"
    assert detect_language("Die Regierung hat am Montag ein neues Gesetz beschlossen, das nicht "
                           "für alle gilt und von der Opposition kritisiert wird.") == "de"
    assert detect_language("Kyiv Lviv Odesa") is None
    assert detect_language("\u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e "
                           "\u043f\u0440\u0438\u043d\u044f\u043b\u043e \u043d\u043e\u0432\u044b\u0439 "
                           "\u0437\u0430\u043a\u043e\u043d \u043e \u0431\u044e\u0434\u0436\u0435\u0442\u0435 "
                           "\u043d\u0430 \u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0438\u0439 "
                           "\u0433\u043e\u0434.") == "ru"
    # an opening the model cannot call (a list of names and figures) is not the end: the
    # detector reads further before it gives up
    names = " ".join(["Kyiv Lviv Odesa Kharkiv Dnipro 2024 12 - 5"] * 30)
    german = ("Die Regierung hat am Montag angekündigt, dass die Gespräche fortgesetzt werden "
              "sollen, obwohl die Opposition dagegen protestiert. ") * 10
    assert detect_language(names) is None
    assert detect_language(names + "\n" + german) == "de"


def test_an_article_not_in_english_is_rejected_with_its_language():
    german = Document(id="de", source_path="a.html", text=(
        "Die Regierung hat am Montag ein neues Gesetz beschlossen, das nicht für alle gilt.\n"
        "Die Opposition kritisierte den Entwurf und kündigte eine Klage an."))
    rejected = clean_document(german)
    assert isinstance(rejected, Rejection) and rejected.code == "E206"
    assert "a.html" in rejected.detail and "de (detected)" in rejected.detail
    # Too short to tell: the language the source declares decides ...
    short = clean_document(Document(id="s", text="Kyiv Lviv Odesa", language="uk"))
    assert isinstance(short, Rejection) and "uk (declared by the source)" in short.detail
    # ... but a sure detection wins over a wrong declaration.
    kept = clean_document(Document(id="e", text=ARTICLE, language="fr"))
    assert isinstance(kept, Document) and kept.language == "en"


def test_pattern_table_loads():
    kinds = {p.kind for p in load_patterns()}
    assert {"promo", "byline", "bio", "related", "source", "navigation", "other"} <= kinds


@pytest.mark.slow
def test_seed_article():
    if not SEED.exists():
        pytest.skip("the shared seed article is not available")
    doc = clean_document(Document("seed", SEED.read_text(encoding="utf-8")))
    assert doc.text.startswith("The US presidential administration believes")
    assert doc.text.endswith("made a secret flight to North Korea.")
    kinds = {b.kind for b in doc.boilerplate}
    assert {"related", "promo", "source", "bio"} <= kinds
    assert doc.provenance.author == "David Wyatt"
    assert doc.provenance.republished_from == "Korrespondent"
    assert "Voice of America" in doc.provenance.reported_by
    names = {s.name for s in doc.provenance.signals}
    assert {"machine_translation", "syndicated_copy"} <= names
    assert doc.language == "en"


def test_wire_dateline_is_kept_apart_from_the_body():
    from dateline.clean.datelines import split_dateline

    doc = Document(id="w", text="LIMA, June 3 (Reuters) - Peru's congress voted to remove the president.\nMore text.")
    cleaned = clean_document(doc)
    assert cleaned.text.startswith("Peru's congress voted")
    assert cleaned.boilerplate[0].kind == "dateline"
    assert cleaned.boilerplate[0].text == "LIMA, June 3 (Reuters) -"
    assert split_dateline("GAZA CITY, Palestinian Territories: Two men were hurt.")[0] == \
        "GAZA CITY, Palestinian Territories:"
    assert split_dateline("NEW DELHI - Talks resumed.") == ("NEW DELHI -", "Talks resumed.")
    # a country whose name holds "of", "and" or "the"
    assert split_dateline("BUKAVU, Democratic Republic of the Congo (AP) — Shops reopened.") == \
        ("BUKAVU, Democratic Republic of the Congo (AP) —", "Shops reopened.")
    assert split_dateline("MOSTAR, Bosnia and Herzegovina - Voters queued.")[0] == "MOSTAR, Bosnia and Herzegovina -"
    # ordinary sentences and acronyms are not datelines
    assert split_dateline("The UN - and its agencies - said so.") is None
    assert split_dateline("Police arrested two men.") is None


def test_dateline_with_a_year_gives_the_publication_date():
    doc = clean_document(Document(id="d", text="MADRID, May 3, 2024 (EFE) - Farmers blocked roads."))
    assert doc.published == "2024-05-03"
    kept = clean_document(Document(id="d", text="MADRID, May 3, 2024 - Farmers blocked roads.",
                                   published="2024-05-04"))
    assert kept.published == "2024-05-04"  # metadata wins
    assert clean_document(Document(id="d", text="MADRID, May 3 - Farmers blocked roads.")).published is None


def test_hard_wrapped_lines_are_one_sentence_not_a_headline_and_its_body():
    from dateline.clean.lines import join_wrapped

    wrapped = ("LIMA, Peru: Three fishermen and a guard were injured in\n"
               "a clash with the coast guard off the port of Paita on Sunday, police said.\n")
    doc = clean_document(Document("w", wrapped))
    assert doc.text == ("Three fishermen and a guard were injured in a clash with the coast guard off "
                        "the port of Paita on Sunday, police said.")
    assert not any(b.kind == "headline" for b in doc.boilerplate)
    # a long line running on into one in lower case, a comma, a hyphenated word
    assert join_wrapped(["The port authority closed two of its four docks to all", "traffic on Sunday.",
                         "Officials in Callao,", "Paita and Ilo agreed.", "A cease-", "fire held."]) == [
        "The port authority closed two of its four docks to all traffic on Sunday.",
        "Officials in Callao, Paita and Ilo agreed.", "A cease-fire held."]
    # a headline is not wrapped: it ends on a word that can end a title
    assert join_wrapped(["Peru closes its northern ports", "The port authority closed the docks."]) == [
        "Peru closes its northern ports", "The port authority closed the docks."]
    # a short line before one in lower case is a link or a label, and a blank line always
    # ends a paragraph
    assert join_wrapped(["Peru closes its ports", "read more on our site", "", "Callao and",
                         "", "Ilo"]) == ["Peru closes its ports", "read more on our site", "Callao and", "Ilo"]


@pytest.mark.parametrize("paragraph", [
    '"The ferry will not dock in our ports," the transport minister wrote on Twitter.',
    "The union said on Facebook that the strike would go ahead on Monday.",
    "Hours later, the mayor posted on Telegram a video of the damaged bridge.",
])
def test_a_post_reported_in_the_story_is_body_not_promo(paragraph):
    assert match_kind(paragraph) is None


@pytest.mark.parametrize("paragraph", [
    "Follow the Harbour Daily on Facebook, Twitter and Instagram.",
    "Join our channel on WhatsApp for the latest headlines.",
    "Be sure to visit us on YouTube.",
])
def test_an_invitation_to_the_outlets_pages_is_promo(paragraph):
    assert match_kind(paragraph) == "promo"
