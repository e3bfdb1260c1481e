"""A verb dictionary as a fallback: it only adds verbs the lexicon lacks (own fixture text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import cli
from dateline.config import Config
from dateline.errors import DatelineError
from dateline.events import EventCoder
from dateline.events.fallback import fallback_entries
from dateline.events.lexicon import load_lexicon
from dateline.events.verbdict import parse_verb_dictionary
from dateline.nlp.parsed import Parsed
from dateline.pipeline import _fingerprint
from dateline.records import Actor, Document

# Written for these tests. "visit" and "criticize" are verbs of the bundled lexicon;
# "fete" and "heckle" are not.
VERBS = """
--- FETE  [051]  ---
FETE
VISIT
- * (WITH)  [057]
--- HECKLE  [111]  ---
HECKLE
CRITICIZE [112]  ;an old-style comment
"""


def _book():
    return parse_verb_dictionary(VERBS, "fallback-test")


def test_only_verbs_the_lexicon_lacks_are_added():
    added = fallback_entries([_book()], load_lexicon())
    lemmas = {lemma for entry in added for lemma in entry.lemmas}
    assert lemmas == {"fete", "heckle"}
    # a block mixing known and new verbs keeps its patterns, narrowed to the new verbs
    assert {(e.lemmas, e.cameo) for e in added} == {(("fete",), "051"), (("fete",), "057"),
                                                   (("heckle",), "111")}


def test_verbs_added_by_an_earlier_fallback_are_known_to_a_later_one():
    first = parse_verb_dictionary("--- FETE [051] ---\nFETE\n", "one")
    second = parse_verb_dictionary("--- FETE [120] ---\nFETE\n", "two")
    added = fallback_entries([first, second], load_lexicon())
    assert [(e.lemmas, e.cameo) for e in added] == [(("fete",), "051")]


def test_a_verb_with_a_code_of_its_own_gets_it():
    by_lemma = {e.lemmas: e.cameo for e in _book().entries if not e.target_preps}
    assert by_lemma[("criticize",)] == "112" and by_lemma[("heckle",)] == "111"
    no_event = parse_verb_dictionary("--- HOLD [040] ---\nMEET\nHOLD {HOLDS HELD} [---]\n", "t")
    assert {(e.lemmas, e.cameo) for e in no_event.entries} == {(("meet",), "040"), (("hold",), "---")}


def _code(coder, verb, lemma):
    p = Parsed.from_rows([("Peru", "Peru", "PROPN", "nsubj", 1), (verb, lemma, "VERB", "ROOT", 1),
                          ("Chile", "Chile", "PROPN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)])
    actors = [Actor("Peru", "Peru", 0, 4, "PER", None, "PER", "state", entity=0),
              Actor("Chile", "Chile", p.tokens[2].idx, p.tokens[2].end, "CHL", None, "CHL", "state", entity=1)]
    return [(e.cameo.code, e.evidence.split()[0]) for e in coder.code(Document(id="d", text=p.text), p, actors)]


def test_the_coder_uses_the_fallback_for_new_verbs_and_the_lexicon_for_its_own():
    coder = EventCoder(fallback_dictionaries=[_book()])
    assert _code(coder, "feted", "fete") == [("051", "lexicon:dict:fallback-test.0")]
    assert _code(coder, "visited", "visit")[0][0] == "042"
    assert _code(EventCoder(), "feted", "fete") == []
    # the same file loaded with --dict replaces the lexicon's "visit"
    assert _code(EventCoder(verb_dictionaries=[_book()]), "visited", "visit")[0][0] == "051"


def test_config_refuses_a_fallback_that_is_no_verb_dictionary(tmp_path):
    actors = tmp_path / "actors.txt"
    actors.write_text("PERU [PER]\n", encoding="utf-8")
    with pytest.raises(DatelineError) as caught:
        Config.from_mapping({"fallback_dictionaries": [str(actors), str(tmp_path / "none.txt")]})
    message = str(caught.value)
    assert "is not a verb dictionary" in message and "no such file" in message


def test_a_fallback_changes_the_fingerprint_apart_from_the_same_file_as_dict(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    plain = _fingerprint("m", [])
    as_dict = _fingerprint("m", [str(path)])
    as_fallback = _fingerprint("m", [], [str(path)])
    assert len({plain, as_dict, as_fallback}) == 3


@pytest.mark.slow
def test_code_command_with_a_fallback_dictionary(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text("Peru feted Chile after the final.\n", encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(cli, ["code", str(article), "--json", "--no-store"])
    added = runner.invoke(cli, ["code", str(article), "--json", "--no-store", "--fallback-dict", str(path)])
    assert plain.exit_code == 0 and added.exit_code == 0, added.output
    codes = [[e["cameo"]["code"] for e in doc["events"]] for doc in json.loads(added.stdout)]
    assert codes == [["051"]]
    assert [doc["events"] for doc in json.loads(plain.stdout)] == [[]]
    missing = runner.invoke(cli, ["code", str(article), "--no-store", "--fallback-dict", str(tmp_path / "x")])
    assert missing.exit_code == 2 and "x" in missing.output


SHARED_DICT = Path(__file__).resolve().parents[2] / "shared" / "reference" / "petrarch2-dictionaries" \
    / "CAMEO.2.0.txt"


@pytest.mark.slow
@pytest.mark.skipif(not SHARED_DICT.exists(), reason="the PETRARCH dictionary is read from ../shared")
def test_petrarch_dictionary_as_fallback_adds_only_new_verbs():
    from dateline.events.verbdict import read_verb_dictionary

    book = read_verb_dictionary(SHARED_DICT)
    ours = {lemma for e in load_lexicon() if e.pos == "V" for lemma in e.lemmas}
    added = fallback_entries([book], load_lexicon())
    assert added and not {lemma for e in added for lemma in e.lemmas} & ours
    assert all("[" not in lemma and " " not in lemma for e in book.entries for lemma in e.lemmas)
