"""Reading PETRARCH-format verb dictionaries into lexicon entries (own fixture text, no model)."""

from __future__ import annotations

from dateline.events import EventCoder
from dateline.dictfiles import is_verb_dictionary
from dateline.events.verbdict import parse_verb_dictionary
from dateline.nlp.parsed import Parsed
from dateline.records import Actor, Document

# A small dictionary written for these tests, in the TABARI/PETRARCH layout.
VERBS = """
# test verbs
&COIN_
+FLORIN
+DUCAT
&MONEYLIKE
+&COIN_
+SHELL_MONEY

--- GREET  [051]  ---
GREET
+SHAKE_HANDS
- * ENVOYS  [042]       # object noun, written in the plural
- * (WITH &MONEYLIKE)  [071]
- * (WITH)  [057]
- * PARADE  [---]        # greeting a parade codes nothing
- QUIETLY *  [010]       # a word before the verb: not expressible
- * CROWD  [075A]        # not a CAMEO code
--- SNUB [1X1] ---
SNUB
"""


def _entries():
    return parse_verb_dictionary(VERBS, "test")


def test_blocks_patterns_synsets_and_skips():
    book = _entries()
    by_code = {e.cameo: e for e in book.entries}
    assert book.verbs == {"greet", "shake", "snub"}
    # the block's default code, for its plain verbs and its phrasal verb's particle
    assert by_code["051"].lemmas == ("greet", "shake") and by_code["051"].target_direct
    assert by_code["042"].objects == ("envoy",)
    # a prepositional phrase: its preposition and the head words its object may have,
    # a synonym set nested in another spelled out
    assert by_code["071"].prep_objects == (("with", ("florin", "ducat", "money")),)
    assert by_code["057"].target_preps == ("with",) and by_code["057"].prep_objects == ()
    assert by_code["---"].objects == ("parade",)
    # the pre-verb pattern and the non-CAMEO code are skipped; the SNUB block has no valid code
    assert book.skipped == 2
    assert not any(e.lemmas == ("snub",) for e in book.entries)


def _coded(lexicon_book, rows, spans):
    p = Parsed.from_rows(rows)
    actors = [Actor(p.text[p.tokens[a].idx:p.tokens[b].end], "x", p.tokens[a].idx, p.tokens[b].end, c,
                    None, c, "state", entity=n) for n, (a, b, c) in enumerate(spans)]
    coder = EventCoder(verb_dictionaries=[lexicon_book])
    return coder.code(Document(id="d", text=p.text), p, actors, [])


def test_the_dictionary_defines_its_verbs_over_the_bundled_lexicon():
    book = _entries()
    # "Peru greeted Chile": the block's default (the bundled lexicon has no say here)
    [event] = _coded(book, [("Peru", "Peru", "PROPN", "nsubj", 1), ("greeted", "greet", "VERB", "ROOT", 1),
                            ("Chile", "Chile", "PROPN", "dobj", 1)], [(0, 0, "PER"), (2, 2, "CHL")])
    assert event.cameo.code == "051" and [a.country for a in event.target] == ["CHL"]
    # "Peru greeted Chile with ducats": the prepositional object decides (071)
    [event] = _coded(book, [("Peru", "Peru", "PROPN", "nsubj", 1), ("greeted", "greet", "VERB", "ROOT", 1),
                            ("Chile", "Chile", "PROPN", "dobj", 1), ("with", "with", "ADP", "prep", 1),
                            ("ducats", "ducat", "NOUN", "pobj", 3)], [(0, 0, "PER"), (2, 2, "CHL")])
    assert event.cameo.code == "071"
    # "Peru greeted the parade": [---], no event
    assert _coded(book, [("Peru", "Peru", "PROPN", "nsubj", 1), ("greeted", "greet", "VERB", "ROOT", 1),
                         ("the", "the", "DET", "det", 3), ("parade", "parade", "NOUN", "dobj", 1)],
                  [(0, 0, "PER")]) == []


def test_a_dictionary_replaces_the_bundled_senses_of_its_verbs_only():
    book = parse_verb_dictionary("--- VISIT [051] ---\nVISIT\n", "test")
    rows = [("Peru", "Peru", "PROPN", "nsubj", 1), ("visited", "visit", "VERB", "ROOT", 1),
            ("Chile", "Chile", "PROPN", "dobj", 1)]
    assert [e.cameo.code for e in _coded(book, rows, [(0, 0, "PER"), (2, 2, "CHL")])] == ["051"]
    # without it, the bundled lexicon codes a visit
    p = Parsed.from_rows(rows)
    actors = [Actor("Peru", "Peru", 0, 4, "PER", None, "PER", "state", entity=0),
              Actor("Chile", "Chile", 13, 18, "CHL", None, "CHL", "state", entity=1)]
    [event] = EventCoder().code(Document(id="d", text=p.text), p, actors, [])
    assert event.cameo.code == "042"


def test_verb_dictionaries_are_told_apart_from_actor_dictionaries(tmp_path):
    verbs = tmp_path / "my.verbs.txt"
    verbs.write_text(VERBS, encoding="utf-8")
    actors = tmp_path / "my.actors.txt"
    actors.write_text("FREEDONIA_ [FRD]\n", encoding="utf-8")
    assert is_verb_dictionary(verbs) and not is_verb_dictionary(actors)
    assert not is_verb_dictionary(tmp_path / "missing.txt")


def test_a_compound_object_requires_its_modifier():
    book = parse_verb_dictionary("&KIND\n+TRADE\n+CULTURAL\n--- WELCOME [050] ---\nWELCOME\n"
                                 "- * {&KIND MEMOS} [091]\n- * CRISIS [012]\n", "test")
    by_code = {e.cameo: e for e in book.entries}
    assert by_code["091"].objects == ("trade-memo", "cultural-memo")
    assert by_code["012"].objects == ("crisis",)  # not "crisi"


def test_a_bare_preposition_marked_as_target_may_hang_on_the_object():
    book = parse_verb_dictionary("--- WARN [130] ---\nWARN\n- * THEIR ^ ABOUT +  [130]\n", "test")
    about = next(e for e in book.entries if e.target_preps)
    assert about.target_preps == ("about",) and about.objects == ()
    # "Peru warned its citizens about Chile": "about" hangs on "citizens"
    rows = [("Peru", "Peru", "PROPN", "nsubj", 1), ("warned", "warn", "VERB", "ROOT", 1),
            ("citizens", "citizen", "NOUN", "dobj", 1), ("about", "about", "ADP", "prep", 2),
            ("Chile", "Chile", "PROPN", "pobj", 3)]
    events = _coded(book, rows, [(0, 0, "PER"), (4, 4, "CHL")])
    assert [[a.country for a in e.target] for e in events] == [["CHL"]]


def test_with_no_target_slot_filled_the_first_other_actor_after_the_verb_is_the_target():
    book = parse_verb_dictionary("--- ALLOW [080] ---\nALLOW\n", "test")
    # "Peru allowed that Chile is right": PETRARCH takes Chile, the first actor after the verb
    rows = [("Peru", "Peru", "PROPN", "nsubj", 1), ("allowed", "allow", "VERB", "ROOT", 1),
            ("that", "that", "SCONJ", "mark", 4), ("Chile", "Chile", "PROPN", "nsubj", 4),
            ("is", "be", "AUX", "ccomp", 1), ("right", "right", "ADJ", "acomp", 4)]
    [event] = _coded(book, rows, [(0, 0, "PER"), (3, 3, "CHL")])
    assert [a.country for a in event.target] == ["CHL"]
    # the bundled lexicon keeps its own target rules
    from dateline.events.lexicon import load_lexicon
    assert not any(e.phrase_target for e in load_lexicon())
