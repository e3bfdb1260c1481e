"""Parse repairs (nlp/repairs.py) on hand-built parses, sentences of our own."""

from __future__ import annotations

from dateline.nlp import Parsed
from dateline.nlp.lemmas import verb_lemma
from dateline.nlp.phrase_repairs import (DATED_OF, GERUND_AFTER_OBJECT, GERUND_AS_MODIFIER, INFINITIVE_IN_PHRASE, LIST_INTERRUPTED,
                                        OBJECT_AS_SUBJECT)
from dateline.nlp.repairs import (ADDRESSED_PARTICIPLE, AUXILIARY_SUBJECT, CLAUSE_AS_PHRASE, CLAUSE_ON_MODIFIER,
                                  ACRONYM_SUBJECT, COMPOUND_AS_CLAUSE, DATED_CLAUSE, DATED_INFINITIVE, DATIVE_NAME, PARENTHETICAL_PARTICIPLE,
                                  PARENTHETICAL_GERUND,
                                  MARKED_ROOT, PARTICIPLE_AT_ROOT, REDUCED_RELATIVE, SUBJUNCTIVE_VERB, SPEECH_CONJUNCT, VERB_AS_MODIFIER, VISITING_GUEST, repair)


def _repaired(rows, ents=()):
    parsed = Parsed.from_rows(rows, ents=ents)
    return parsed.tokens, repair(parsed.tokens)


def test_a_participle_hung_on_the_one_written_to_is_moved_to_the_writer():
    # "The mayor wrote to the governor urging him to act"
    tokens, moved = _repaired([
        ("The", "the", "DET", "det", 1), ("mayor", "mayor", "NOUN", "nsubj", 2),
        ("wrote", "write", "VERB", "ROOT", 2, "VBD"), ("to", "to", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 5), ("governor", "governor", "NOUN", "pobj", 3),
        ("urging", "urge", "VERB", "acl", 5, "VBG"), ("him", "he", "PRON", "dobj", 6),
        ("to", "to", "PART", "aux", 9), ("act", "act", "VERB", "xcomp", 6, "VB")])
    assert moved == {6: ADDRESSED_PARTICIPLE}
    assert (tokens[6].head, tokens[6].dep) == (2, "advcl")


def test_a_participle_on_a_place_one_travelled_to_stays():
    # "The mayor travelled to the capital carrying a petition": travelling is no saying
    tokens, moved = _repaired([
        ("The", "the", "DET", "det", 1), ("mayor", "mayor", "NOUN", "nsubj", 2),
        ("travelled", "travel", "VERB", "ROOT", 2, "VBD"), ("to", "to", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 5), ("capital", "capital", "NOUN", "pobj", 3),
        ("carrying", "carry", "VERB", "acl", 5, "VBG"), ("a", "a", "DET", "det", 8),
        ("petition", "petition", "NOUN", "dobj", 6)])
    assert moved == {} and tokens[6].head == 5


def test_a_verb_of_saying_hung_on_the_said_clause_is_moved_to_the_saying():
    # "The mayor said the plan was flawed and urged the council to drop it"
    tokens, moved = _repaired([
        ("The", "the", "DET", "det", 1), ("mayor", "mayor", "NOUN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2, "VBD"), ("the", "the", "DET", "det", 4),
        ("plan", "plan", "NOUN", "nsubj", 5), ("was", "be", "AUX", "ccomp", 2, "VBD"),
        ("flawed", "flawed", "ADJ", "acomp", 5, "JJ"), ("and", "and", "CCONJ", "cc", 5),
        ("urged", "urge", "VERB", "conj", 6, "VBD"), ("the", "the", "DET", "det", 10),
        ("council", "council", "NOUN", "dobj", 8)])
    assert moved == {8: SPEECH_CONJUNCT} and tokens[8].head == 2


def _said_then_accused(aux: str | None):
    # "The ministry said the trawler (had) entered its waters and accused the navy"
    rows = [("The", "the", "DET", "det", 1), ("ministry", "ministry", "NOUN", "nsubj", 2),
            ("said", "say", "VERB", "ROOT", 2, "VBD"), ("the", "the", "DET", "det", 4),
            ("trawler", "trawler", "NOUN", "nsubj", 6)]
    rows.append(("had", "have", "AUX", "aux", 6, "VBD") if aux else ("then", "then", "ADV", "advmod", 6))
    rows += [("entered", "enter", "VERB", "ccomp", 2, "VBN" if aux else "VBD"), ("its", "its", "PRON", "poss", 8),
             ("waters", "water", "NOUN", "dobj", 6), ("and", "and", "CCONJ", "cc", 6),
             ("accused", "accuse", "VERB", "conj", 6, "VBD"), ("the", "the", "DET", "det", 12),
             ("navy", "navy", "NOUN", "dobj", 10)]
    return _repaired(rows)


def test_a_verb_of_saying_after_a_clause_put_back_in_the_past_perfect_is_the_speakers():
    tokens, moved = _said_then_accused("had")
    assert moved == {10: SPEECH_CONJUNCT} and tokens[10].head == 2


def test_a_verb_of_saying_after_a_clause_in_the_simple_past_may_be_the_clauses():
    # "said the trawler then entered its waters and accused the navy": the clause may hold both
    tokens, moved = _said_then_accused(None)
    assert moved == {} and tokens[10].head == 6


def test_a_short_clause_read_as_one_noun_phrase_becomes_a_clause_again():
    # "Chile shelled rebel camps": the model makes "shelled" a modifier of "camps"
    tokens, moved = _repaired([
        ("Chile", "Chile", "PROPN", "npadvmod", 1), ("shelled", "shell", "VERB", "amod", 3, "VBN"),
        ("rebel", "rebel", "NOUN", "compound", 3), ("camps", "camp", "NOUN", "ROOT", 3)])
    assert moved == {1: CLAUSE_AS_PHRASE}
    assert [(t.dep, t.head) for t in tokens] == [("nsubj", 1), ("ROOT", 1), ("compound", 3), ("dobj", 1)]


def test_a_participle_on_a_later_noun_does_not_stop_the_clause_repair():
    # "A Chilean drone fired missiles at a suspected camp": "suspected" is no verb of its own
    tokens, moved = _repaired([
        ("drone", "drone", "NOUN", "nsubj", 1), ("fired", "fire", "VERB", "amod", 2, "VBD"),
        ("missiles", "missile", "NOUN", "ROOT", 2), ("at", "at", "ADP", "prep", 2),
        ("suspected", "suspect", "VERB", "amod", 5, "VBN"), ("camp", "camp", "NOUN", "pobj", 3)])
    assert moved == {1: CLAUSE_AS_PHRASE}
    assert [(t.dep, t.head) for t in tokens[:3]] == [("nsubj", 1), ("ROOT", 1), ("dobj", 1)]


def test_an_owned_adjective_before_a_past_verb_is_the_subject_and_a_participle_after_is_no_verb():
    # "Chile's military shelled camps held by rebels": the model reads "military" and
    # "shelled" as modifiers of "camps", the root, and "held" as a relative on it
    tokens, moved = _repaired([
        ("Chile", "Chile", "PROPN", "poss", 4), ("'s", "'s", "PART", "case", 0),
        ("military", "military", "ADJ", "amod", 4, "JJ"), ("shelled", "shell", "VERB", "amod", 4, "VBD"),
        ("camps", "camp", "NOUN", "ROOT", 4), ("held", "hold", "VERB", "acl", 4, "VBN"),
        ("by", "by", "ADP", "agent", 5), ("rebels", "rebel", "NOUN", "pobj", 6)])
    assert moved[3] == CLAUSE_AS_PHRASE
    assert (tokens[3].dep, tokens[3].head) == ("ROOT", 3)
    assert (tokens[2].dep, tokens[2].head, tokens[2].pos) == ("nsubj", 3, "NOUN")
    assert (tokens[0].dep, tokens[0].head) == ("poss", 2)
    assert (tokens[4].dep, tokens[4].head) == ("dobj", 3) and tokens[5].head == 4


def test_a_clause_read_as_the_subject_of_what_it_did_becomes_a_clause_again():
    # "Chile's military shelled camps on Monday, killing six": the model reads the phrase as
    # the subject of "killing", the root; "killing" says what the shelling did
    tokens, moved = _repaired([
        ("Chile", "Chile", "PROPN", "poss", 4), ("'s", "'s", "PART", "case", 0),
        ("military", "military", "ADJ", "amod", 4, "JJ"), ("shelled", "shell", "VERB", "amod", 4, "VBN"),
        ("camps", "camp", "NOUN", "nsubj", 8), ("on", "on", "ADP", "prep", 4),
        ("Monday", "Monday", "PROPN", "pobj", 5), (",", ",", "PUNCT", "punct", 4),
        ("killing", "kill", "VERB", "ROOT", 8, "VBG"), ("six", "six", "NUM", "dobj", 8)])
    assert moved[3] == CLAUSE_AS_PHRASE
    assert (tokens[3].dep, tokens[3].head) == ("ROOT", 3)
    assert (tokens[2].dep, tokens[2].head) == ("nsubj", 3) and (tokens[4].dep, tokens[4].head) == ("dobj", 3)
    assert (tokens[8].dep, tokens[8].head) == ("advcl", 3)


def test_a_subject_of_an_ing_form_with_no_comma_stays():
    # "Chile's military-trained units fighting rebels ...": no comma, no clause to restore
    tokens, moved = _repaired([
        ("Chile", "Chile", "PROPN", "poss", 3), ("'s", "'s", "PART", "case", 0),
        ("trained", "train", "VERB", "amod", 3, "VBN"), ("units", "unit", "NOUN", "nsubj", 4),
        ("fighting", "fight", "VERB", "ROOT", 4, "VBG"), ("rebels", "rebel", "NOUN", "dobj", 4)])
    assert CLAUSE_AS_PHRASE not in moved.values() and tokens[4].dep == "ROOT"


def test_a_root_taken_from_a_marked_clause_gives_way_to_the_past_form_before_it():
    # "The union called on the minister to resign after voters stayed home": the model
    # hangs "called" on "union" and makes the "after" clause's verb the root, with two subjects
    tokens, moved = _repaired([
        ("The", "the", "DET", "det", 1), ("union", "union", "NOUN", "nsubj", 11),
        ("called", "call", "VERB", "acl", 1, "VBN"), ("on", "on", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 5), ("minister", "minister", "NOUN", "pobj", 3),
        ("to", "to", "PART", "aux", 7), ("resign", "resign", "VERB", "xcomp", 2),
        ("after", "after", "SCONJ", "mark", 11), ("many", "many", "ADJ", "amod", 10),
        ("voters", "voter", "NOUN", "nsubj", 11), ("stayed", "stay", "VERB", "ROOT", 11, "VBD"),
        ("home", "home", "ADV", "advmod", 11), (".", ".", "PUNCT", "punct", 11)])
    assert moved == {2: MARKED_ROOT}
    assert (tokens[2].dep, tokens[2].head) == ("ROOT", 2) and (tokens[1].dep, tokens[1].head) == ("nsubj", 2)
    assert (tokens[11].dep, tokens[11].head) == ("advcl", 2) and tokens[13].head == 2
    assert (tokens[10].dep, tokens[10].head) == ("nsubj", 11)


def test_a_marked_root_with_one_subject_stays():
    # "After voters stayed home, the union called ...": a marked clause of its own
    tokens, moved = _repaired([
        ("After", "after", "SCONJ", "mark", 2), ("voters", "voter", "NOUN", "nsubj", 2),
        ("stayed", "stay", "VERB", "ROOT", 2, "VBD"), ("home", "home", "ADV", "advmod", 2)])
    assert moved == {} and tokens[2].dep == "ROOT"


def test_a_hyphenated_modifier_phrase_stays_a_phrase():
    # "Chile-backed rebel camps": a phrase, not a clause
    tokens, moved = _repaired([
        ("Chile", "Chile", "PROPN", "npadvmod", 2), ("-", "-", "PUNCT", "punct", 2),
        ("backed", "back", "VERB", "amod", 4, "VBN"), ("rebel", "rebel", "NOUN", "compound", 4),
        ("camps", "camp", "NOUN", "ROOT", 4)])
    assert moved == {} and tokens[2].dep == "amod"


def test_a_long_subject_hung_past_the_verb_is_gathered_back_into_the_clause():
    # "Chilean President Ana Testa hosted Peru's foreign minister": the model hangs the
    # subject's words and the verb on "Peru", the owner inside the object's phrase
    tokens, moved = _repaired([
        ("Chilean", "chilean", "ADJ", "amod", 1), ("President", "President", "PROPN", "compound", 5),
        ("Ana", "Ana", "PROPN", "compound", 5), ("Testa", "Testa", "PROPN", "compound", 5),
        ("hosted", "host", "VERB", "amod", 5, "VBN"), ("Peru", "Peru", "PROPN", "poss", 8),
        ("'s", "'s", "PART", "case", 5), ("foreign", "foreign", "ADJ", "amod", 8),
        ("minister", "minister", "NOUN", "ROOT", 8)])
    assert moved == {1: CLAUSE_AS_PHRASE, 2: CLAUSE_AS_PHRASE, 4: CLAUSE_AS_PHRASE}
    assert (tokens[4].dep, tokens[4].head) == ("ROOT", 4)
    assert (tokens[3].dep, tokens[3].head) == ("nsubj", 4)
    assert [tokens[i].head for i in (0, 1, 2)] == [1, 3, 3]
    assert (tokens[8].dep, tokens[8].head) == ("dobj", 4) and tokens[5].head == 8


def test_visiting_before_a_guest_after_a_verb_of_address_describes_the_guest():
    # "The king told visiting Chilean President Boric that ...", as the model reads it
    tokens, moved = _repaired([
        ("The", "the", "DET", "det", 1), ("king", "king", "NOUN", "nsubj", 2),
        ("told", "tell", "VERB", "ROOT", 2, "VBD"), ("visiting", "visit", "VERB", "xcomp", 2, "VBG"),
        ("Chilean", "chilean", "ADJ", "amod", 6), ("President", "President", "PROPN", "compound", 6),
        ("Boric", "Boric", "PROPN", "dobj", 3)])
    assert moved == {3: VISITING_GUEST}
    assert (tokens[3].head, tokens[3].dep) == (6, "amod")
    assert (tokens[6].head, tokens[6].dep) == (2, "dobj")


def test_a_content_clause_on_the_guests_participle_belongs_to_the_verb_of_saying():
    # "The king told visiting President Boric that trade would grow", the clause hung on "visiting"
    rows = [("The", "the", "DET", "det", 1), ("king", "king", "NOUN", "nsubj", 2),
            ("told", "tell", "VERB", "ROOT", 2, "VBD"), ("visiting", "visit", "VERB", "amod", 5, "VBG"),
            ("President", "President", "PROPN", "compound", 5), ("Boric", "Boric", "PROPN", "dobj", 2),
            ("that", "that", "SCONJ", "mark", 9), ("trade", "trade", "NOUN", "nsubj", 9),
            ("would", "would", "AUX", "aux", 9), ("grow", "grow", "VERB", "ccomp", 3, "VB")]
    tokens, moved = _repaired(rows)
    assert moved == {9: CLAUSE_ON_MODIFIER} and tokens[9].head == 2
    # after a verb one does not say things to ("enjoyed"), the clause is left where it is
    rows[2] = ("enjoyed", "enjoy", "VERB", "ROOT", 2, "VBD")
    tokens, moved = _repaired(rows)
    assert moved == {} and tokens[9].head == 3


def test_a_gerund_of_visiting_a_place_stays():
    # "The king enjoyed visiting Santiago": enjoying is no receiving of a guest
    tokens, moved = _repaired([
        ("The", "the", "DET", "det", 1), ("king", "king", "NOUN", "nsubj", 2),
        ("enjoyed", "enjoy", "VERB", "ROOT", 2, "VBD"), ("visiting", "visit", "VERB", "xcomp", 2, "VBG"),
        ("Santiago", "Santiago", "PROPN", "dobj", 3)])
    assert moved == {} and tokens[3].head == 2


_DATED = [("Chad", "Chad", "PROPN", "nsubj", 1), ("vowed", "vow", "VERB", "ROOT", 1, "VBD"),
          ("on", "on", "ADP", "prep", 1), ("Friday", "Friday", "PROPN", "pobj", 2),
          ("to", "to", "PART", "aux", 5), ("close", "close", "VERB", "advcl", 1, "VB"),
          ("the", "the", "DET", "det", 7), ("border", "border", "NOUN", "dobj", 5)]


def test_an_infinitive_read_as_a_purpose_across_the_day_is_the_complement_again():
    # "Chad vowed on Friday to close the border": the day split verb and infinitive
    parsed = Parsed.from_rows(_DATED, ents=[(3, 4, "DATE")])
    moved = repair(parsed.tokens)
    assert moved == {5: DATED_INFINITIVE} and parsed.tokens[5].dep == "xcomp"


def test_a_purpose_after_a_verb_that_takes_no_infinitive_stays():
    # "Chad sent troops on Friday to close the border": sending is done for a purpose
    rows = [("Chad", "Chad", "PROPN", "nsubj", 1), ("sent", "send", "VERB", "ROOT", 1, "VBD"),
            ("troops", "troop", "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 1),
            ("Friday", "Friday", "PROPN", "pobj", 3), ("to", "to", "PART", "aux", 6),
            ("close", "close", "VERB", "advcl", 1, "VB"), ("the", "the", "DET", "det", 8),
            ("border", "border", "NOUN", "dobj", 6)]
    parsed = Parsed.from_rows(rows, ents=[(4, 5, "DATE")])
    assert repair(parsed.tokens) == {} and parsed.tokens[6].dep == "advcl"
    # nor without a time phrase between them
    undated = Parsed.from_rows(_DATED)
    assert repair(undated.tokens) == {}


def test_a_subject_hung_on_the_auxiliary_is_moved_to_its_verb():
    # "Chile and Peru are mediating between the parties"
    tokens, moved = _repaired([
        ("Chile", "Chile", "PROPN", "nsubj", 3), ("and", "and", "CCONJ", "cc", 0),
        ("Peru", "Peru", "PROPN", "conj", 0), ("are", "be", "AUX", "aux", 4, "VBP"),
        ("mediating", "mediate", "VERB", "ROOT", 4, "VBG"), ("between", "between", "ADP", "prep", 4),
        ("the", "the", "DET", "det", 7), ("parties", "party", "NOUN", "pobj", 5)])
    assert moved == {0: AUXILIARY_SUBJECT} and tokens[0].head == 4


def test_a_verb_with_a_subject_of_its_own_keeps_it():
    # the same, with the model giving the verb its own subject too: nothing to move
    tokens, moved = _repaired([
        ("Chile", "Chile", "PROPN", "nsubj", 1), ("is", "be", "AUX", "aux", 3, "VBZ"),
        ("it", "it", "PRON", "nsubj", 3), ("mediating", "mediate", "VERB", "ROOT", 3, "VBG")])
    assert moved == {} and tokens[0].head == 1


def test_a_name_before_a_word_of_quantity_is_the_verb_s_second_object():
    # "Norway promised Chile more tents": the model reads "Chile tents"
    tokens, moved = _repaired([
        ("Norway", "Norway", "PROPN", "nsubj", 1), ("promised", "promise", "VERB", "ROOT", 1, "VBD"),
        ("Chile", "Chile", "PROPN", "nmod", 4), ("more", "more", "ADJ", "amod", 4, "JJR"),
        ("tents", "tent", "NOUN", "dobj", 1)])
    assert moved == {2: DATIVE_NAME} and (tokens[2].head, tokens[2].dep) == (1, "dative")


def test_a_name_modifying_its_noun_directly_stays_a_modifier():
    # "Norway sent Chile tents" is ambiguous to the eye, and "bought Chile wine" is a
    # phrase: with nothing between name and noun the model's reading stands
    tokens, moved = _repaired([
        ("Norway", "Norway", "PROPN", "nsubj", 1), ("bought", "buy", "VERB", "ROOT", 1, "VBD"),
        ("Chile", "Chile", "PROPN", "compound", 3), ("wine", "wine", "NOUN", "dobj", 1)])
    assert moved == {} and tokens[2].head == 3


def test_a_participle_read_as_a_clause_verb_is_a_participle_on_its_noun_again():
    # "She hoped officials accused of fraud would be indicted": "officials accused" read as
    # a clause, and "would be indicted" left without a subject
    tokens, moved = _repaired([
        ("She", "she", "PRON", "nsubj", 1), ("hoped", "hope", "VERB", "ROOT", 1, "VBD"),
        ("officials", "official", "NOUN", "nsubj", 3), ("accused", "accuse", "VERB", "ccomp", 1, "VBN"),
        ("of", "of", "ADP", "prep", 3), ("fraud", "fraud", "NOUN", "pobj", 4),
        ("would", "would", "AUX", "aux", 8, "MD"), ("be", "be", "AUX", "auxpass", 8, "VB"),
        ("indicted", "indict", "VERB", "ccomp", 1, "VBN")])
    assert moved == {3: REDUCED_RELATIVE}
    assert (tokens[3].head, tokens[3].dep) == (2, "acl") and (tokens[2].head, tokens[2].dep) == (8, "nsubjpass")


def test_a_participle_with_its_own_auxiliary_is_a_clause():
    # "She said officials were accused and would be tried": "were accused" is a clause
    tokens, moved = _repaired([
        ("She", "she", "PRON", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1, "VBD"),
        ("officials", "official", "NOUN", "nsubj", 4), ("were", "be", "AUX", "auxpass", 4, "VBD"),
        ("accused", "accuse", "VERB", "ccomp", 1, "VBN"), ("would", "would", "AUX", "aux", 7, "MD"),
        ("be", "be", "AUX", "auxpass", 7, "VB"), ("tried", "try", "VERB", "ccomp", 1, "VBN")])
    assert moved == {} and tokens[2].head == 4


def test_a_compound_read_as_a_clause_after_a_verb_of_announcing_is_its_object():
    # "Peru announced asset freezes": "asset" read as the subject of a verb "freezes"
    tokens, moved = _repaired([
        ("Peru", "Peru", "PROPN", "nsubj", 1), ("announced", "announce", "VERB", "ROOT", 1, "VBD"),
        ("asset", "asset", "NOUN", "nsubj", 3, "NN"), ("freezes", "freeze", "VERB", "ccomp", 1, "VBZ")])
    assert moved == {3: COMPOUND_AS_CLAUSE}
    assert (tokens[3].dep, tokens[3].tag, tokens[2].head, tokens[2].dep) == ("dobj", "NNS", 3, "compound")


def test_a_real_clause_after_a_verb_of_announcing_stays():
    # "Peru announced that inflation rises": a clause, with its "that"
    tokens, moved = _repaired([
        ("Peru", "Peru", "PROPN", "nsubj", 1), ("announced", "announce", "VERB", "ROOT", 1, "VBD"),
        ("that", "that", "SCONJ", "mark", 4, "IN"), ("inflation", "inflation", "NOUN", "nsubj", 4, "NN"),
        ("rises", "rise", "VERB", "ccomp", 1, "VBZ")])
    assert moved == {} and tokens[4].dep == "ccomp"


def test_a_finite_verb_hung_on_the_root_noun_is_the_verb_of_the_sentence():
    # "Dutch farmers called on the ministry to act": "called" read as the farmers' modifier
    tokens, moved = _repaired([
        ("Dutch", "dutch", "ADJ", "amod", 1), ("farmers", "farmer", "NOUN", "ROOT", 1),
        ("called", "call", "VERB", "acl", 1, "VBD"), ("on", "on", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 5), ("ministry", "ministry", "NOUN", "pobj", 3),
        ("to", "to", "PART", "aux", 7), ("act", "act", "VERB", "xcomp", 2, "VB"),
        (".", ".", "PUNCT", "punct", 1)])
    assert moved == {2: VERB_AS_MODIFIER}
    assert [(t.dep, t.head) for t in tokens[:3]] == [("amod", 1), ("nsubj", 2), ("ROOT", 2)]
    assert tokens[8].head == 2


def test_a_participle_on_the_root_noun_stays_a_modifier():
    # "Farmers detained in the protest." : a headline-like phrase, the participle is a modifier
    tokens, moved = _repaired([
        ("Farmers", "farmer", "NOUN", "ROOT", 0), ("detained", "detain", "VERB", "acl", 0, "VBN"),
        ("in", "in", "ADP", "prep", 1), ("the", "the", "DET", "det", 4),
        ("protest", "protest", "NOUN", "pobj", 2)])
    assert moved == {} and (tokens[1].dep, tokens[1].head) == ("acl", 0)


def test_a_finite_relative_clause_with_its_own_subject_stays():
    # "The deal ministers signed": "signed" has a subject of its own
    tokens, moved = _repaired([
        ("The", "the", "DET", "det", 1), ("deal", "deal", "NOUN", "ROOT", 1),
        ("ministers", "minister", "NOUN", "nsubj", 3), ("signed", "sign", "VERB", "relcl", 1, "VBD")])
    assert moved == {} and tokens[3].dep == "relcl"


def test_a_participle_set_off_by_commas_and_read_as_the_root_is_a_participle_again():
    # "Six sailors, held captive for a year, have been freed."
    tokens, moved = _repaired([
        ("Six", "six", "NUM", "nummod", 1), ("sailors", "sailor", "NOUN", "nsubj", 3),
        (",", ",", "PUNCT", "punct", 1), ("held", "hold", "VERB", "ROOT", 3, "VBD"),
        ("captive", "captive", "ADJ", "oprd", 3, "JJ"), (",", ",", "PUNCT", "punct", 3),
        ("have", "have", "AUX", "aux", 8, "VBP"), ("been", "be", "AUX", "auxpass", 8, "VBN"),
        ("freed", "free", "VERB", "conj", 3, "VBN"), (".", ".", "PUNCT", "punct", 3)])
    assert moved == {3: PARENTHETICAL_PARTICIPLE}
    assert (tokens[8].dep, tokens[8].head) == ("ROOT", 8)
    assert (tokens[1].dep, tokens[1].head) == ("nsubjpass", 8)
    assert (tokens[3].dep, tokens[3].head) == ("acl", 1) and tokens[9].head == 8


def test_a_gerund_set_off_by_commas_and_read_as_the_root_gives_the_root_back_to_the_verb():
    # "Peru, citing the strike, closed the port."
    tokens, moved = _repaired([
        ("Peru", "Peru", "PROPN", "nsubj", 2), (",", ",", "PUNCT", "punct", 0),
        ("citing", "cite", "VERB", "ROOT", 2, "VBG"), ("the", "the", "DET", "det", 4),
        ("strike", "strike", "NOUN", "dobj", 2), (",", ",", "PUNCT", "punct", 2),
        ("closed", "close", "VERB", "ccomp", 2, "VBD"), ("the", "the", "DET", "det", 8),
        ("port", "port", "NOUN", "dobj", 6), (".", ".", "PUNCT", "punct", 2)])
    assert moved == {2: PARENTHETICAL_GERUND}
    assert (tokens[6].dep, tokens[6].head) == ("ROOT", 6)
    assert (tokens[0].dep, tokens[0].head) == ("nsubj", 6)
    assert (tokens[2].dep, tokens[2].head) == ("advcl", 6) and tokens[9].head == 6


def test_a_gerund_read_as_a_participle_on_the_root_noun_gives_the_root_to_the_verb():
    # "The minister, citing the strike, called off the talks." ("called" tagged a participle)
    tokens, moved = _repaired([
        ("The", "the", "DET", "det", 1), ("minister", "minister", "NOUN", "ROOT", 1),
        (",", ",", "PUNCT", "punct", 1), ("citing", "cite", "VERB", "acl", 1, "VBG"),
        ("the", "the", "DET", "det", 5), ("strike", "strike", "NOUN", "dobj", 3),
        (",", ",", "PUNCT", "punct", 3), ("called", "call", "VERB", "ccomp", 3, "VBN"),
        ("off", "off", "ADP", "prt", 7), ("the", "the", "DET", "det", 10),
        ("talks", "talk", "NOUN", "dobj", 7), (".", ".", "PUNCT", "punct", 1)])
    assert moved == {3: PARENTHETICAL_GERUND}
    assert (tokens[7].dep, tokens[7].head, tokens[7].tag) == ("ROOT", 7, "VBD")
    assert (tokens[1].dep, tokens[1].head) == ("nsubj", 7) and tokens[11].head == 7


def test_a_gerund_whose_clause_has_its_own_subject_stays():
    # "Peru, saying the army closed the port, ...": "closed" is what was said
    tokens, moved = _repaired([
        ("Peru", "Peru", "PROPN", "nsubj", 2), (",", ",", "PUNCT", "punct", 0),
        ("saying", "say", "VERB", "ROOT", 2, "VBG"), (",", ",", "PUNCT", "punct", 2),
        ("the", "the", "DET", "det", 5), ("army", "army", "NOUN", "nsubj", 6),
        ("closed", "close", "VERB", "ccomp", 2, "VBD"), ("the", "the", "DET", "det", 8),
        ("port", "port", "NOUN", "dobj", 6)])
    assert moved == {} and tokens[2].dep == "ROOT"


def test_two_verbs_joined_by_and_stay_coordinated():
    # "Six sailors, tired, left and have been replaced": a real coordination keeps its root
    tokens, moved = _repaired([
        ("Six", "six", "NUM", "nummod", 1), ("sailors", "sailor", "NOUN", "nsubj", 3),
        (",", ",", "PUNCT", "punct", 1), ("left", "leave", "VERB", "ROOT", 3, "VBD"),
        ("and", "and", "CCONJ", "cc", 3), ("have", "have", "AUX", "aux", 7, "VBP"),
        ("been", "be", "AUX", "auxpass", 7, "VBN"), ("replaced", "replace", "VERB", "conj", 3, "VBN")])
    assert moved == {} and tokens[3].dep == "ROOT"


def test_a_year_read_as_the_subject_of_a_dated_clause_is_the_verb_s_date_again():
    # "Sailors held since 2019 were freed": "since 2019 were freed" read as a clause inside
    # the participle, with "2019" its subject, and the noun left at the root
    tokens, moved = _repaired([
        ("Sailors", "sailor", "NOUN", "ROOT", 0, "NNS"), ("held", "hold", "VERB", "acl", 0, "VBN"),
        ("since", "since", "SCONJ", "mark", 5, "IN"), ("2019", "2019", "NUM", "nsubjpass", 5, "CD"),
        ("were", "be", "AUX", "auxpass", 5, "VBD"), ("freed", "free", "VERB", "advcl", 1, "VBN"),
        (".", ".", "PUNCT", "punct", 0, ".")])
    assert moved == {5: DATED_CLAUSE}
    assert (tokens[5].head, tokens[5].dep) == (5, "ROOT") and (tokens[0].head, tokens[0].dep) == (5, "nsubjpass")
    assert (tokens[2].head, tokens[2].dep) == (5, "prep") and (tokens[3].head, tokens[3].dep) == (2, "pobj")
    assert tokens[6].head == 5


def test_a_dated_clause_with_a_subject_of_words_stays():
    # "Sailors held since the navy were freed ...": not a year, a clause of its own
    tokens, moved = _repaired([
        ("Sailors", "sailor", "NOUN", "ROOT", 0, "NNS"), ("held", "hold", "VERB", "acl", 0, "VBN"),
        ("since", "since", "SCONJ", "mark", 5, "IN"), ("officers", "officer", "NOUN", "nsubjpass", 5, "NNS"),
        ("were", "be", "AUX", "auxpass", 5, "VBD"), ("freed", "free", "VERB", "advcl", 1, "VBN")])
    assert moved == {} and tokens[0].head == 0


def test_an_acronym_read_as_an_adverb_of_the_subjectless_verb_is_its_subject():
    # "UNHCR flew tents to Chad": "UNHCR" tagged an adverb of "flew"
    tokens, moved = _repaired([
        ("UNHCR", "unhcr", "ADV", "advmod", 1, "RB"), ("flew", "fly", "VERB", "ROOT", 1, "VBD"),
        ("tents", "tent", "NOUN", "dobj", 1, "NNS"), ("to", "to", "ADP", "prep", 1, "IN"),
        ("Chad", "Chad", "PROPN", "pobj", 3, "NNP")])
    assert moved == {0: ACRONYM_SUBJECT} and (tokens[0].dep, tokens[0].pos) == ("nsubj", "PROPN")


def test_a_capitalised_adverb_before_a_verb_with_a_subject_stays():
    # "NOW Chad flew tents": the verb has its subject
    tokens, moved = _repaired([
        ("NOW", "now", "ADV", "advmod", 2, "RB"), ("Chad", "Chad", "PROPN", "nsubj", 2, "NNP"),
        ("flew", "fly", "VERB", "ROOT", 2, "VBD"), ("tents", "tent", "NOUN", "dobj", 2, "NNS")])
    assert moved == {} and tokens[0].dep == "advmod"


def test_an_affiliation_participle_at_the_root_hangs_on_its_noun_again():
    # "Gunmen linked to the cartel attacked a bus": "linked" read as the verb, "attacked" its clause
    tokens, moved = _repaired([
        ("Gunmen", "gunman", "NOUN", "nsubj", 1, "NNS"), ("linked", "link", "VERB", "ROOT", 1, "VBD"),
        ("to", "to", "ADP", "prep", 1, "IN"), ("the", "the", "DET", "det", 4, "DT"),
        ("cartel", "cartel", "NOUN", "pobj", 2, "NN"), ("attacked", "attack", "VERB", "advcl", 1, "VBD"),
        ("a", "a", "DET", "det", 7, "DT"), ("bus", "bus", "NOUN", "dobj", 5, "NN"),
        (".", ".", "PUNCT", "punct", 1, ".")])
    assert moved == {1: PARTICIPLE_AT_ROOT}
    assert (tokens[5].head, tokens[5].dep) == (5, "ROOT") and (tokens[0].head, tokens[0].dep) == (5, "nsubj")
    assert (tokens[1].head, tokens[1].dep) == (0, "acl") and tokens[8].head == 5


def test_a_verb_that_is_no_affiliation_keeps_the_root():
    # "The mayor appealed for calm as a storm hit the port": the storm's verb is not his
    tokens, moved = _repaired([
        ("Mayors", "mayor", "NOUN", "nsubj", 1, "NNS"), ("appealed", "appeal", "VERB", "ROOT", 1, "VBD"),
        ("for", "for", "ADP", "prep", 1, "IN"), ("calm", "calm", "NOUN", "pobj", 2, "NN"),
        ("storms", "storm", "NOUN", "npadvmod", 5, "NNS"), ("hit", "hit", "VERB", "advcl", 1, "VBD"),
        ("the", "the", "DET", "det", 7, "DT"), ("port", "port", "NOUN", "dobj", 5, "NN")])
    assert moved == {} and tokens[1].dep == "ROOT"


def test_a_verb_in_e_the_lemmatizer_cut_short_gets_its_e_back():
    assert verb_lemma("staged", "stag", "VBD") == "stage"
    assert verb_lemma("waging", "wag", "VBG") == "wage"
    assert verb_lemma("Hoped", "hop", "VBN") == "hope"
    # a doubled consonant, a long stem, a w/x/y ending or a noun keep the lemma given
    assert verb_lemma("hopped", "hop", "VBD") == "hop"
    assert verb_lemma("visited", "visit", "VBD") == "visit"
    assert verb_lemma("fixed", "fix", "VBD") == "fix"
    assert verb_lemma("stags", "stag", "NNS") == "stag"


def test_a_bare_verb_read_as_a_noun_in_a_that_clause_is_the_clause_s_verb():
    # "demanded that the mayor resign": "resign" a noun, "mayor" its compound
    tokens, moved = _repaired([
        ("Farmers", "farmer", "NOUN", "nsubj", 1, "NNS"), ("demanded", "demand", "VERB", "ROOT", 1, "VBD"),
        ("that", "that", "SCONJ", "mark", 5, "IN"), ("the", "the", "DET", "det", 5, "DT"),
        ("mayor", "mayor", "NOUN", "compound", 5, "NN"), ("resign", "resign", "NOUN", "ccomp", 1, "NN")])
    assert moved == {5: SUBJUNCTIVE_VERB}
    assert (tokens[5].pos, tokens[5].tag) == ("VERB", "VB") and (tokens[4].head, tokens[4].dep) == (5, "nsubj")
    assert tokens[3].head == 4


def test_a_that_clause_headed_by_a_noun_with_a_subject_stays():
    # "said that the mayor's plan a failure" has its own subject: not repaired
    tokens, moved = _repaired([
        ("Farmers", "farmer", "NOUN", "nsubj", 1, "NNS"), ("said", "say", "VERB", "ROOT", 1, "VBD"),
        ("that", "that", "SCONJ", "mark", 5, "IN"), ("plans", "plan", "NOUN", "nsubj", 5, "NNS"),
        ("budget", "budget", "NOUN", "compound", 5, "NN"), ("failure", "failure", "NOUN", "ccomp", 1, "NN")])
    assert moved == {} and tokens[5].pos == "NOUN"


def _list_rows(closing_comma: bool):
    # "Peru sent food, including rice and beans, to the north" (with or without the closing comma)
    rows = [("Peru", "Peru", "PROPN", "nsubj", 1), ("sent", "send", "VERB", "ROOT", 1, "VBD"),
            ("food", "food", "NOUN", "dobj", 1), (",", ",", "PUNCT", "punct", 2),
            ("including", "include", "VERB", "prep", 2, "VBG"), ("rice", "rice", "NOUN", "pobj", 4),
            ("and", "and", "CCONJ", "cc", 5), ("beans", "bean", "NOUN", "conj", 5)]
    if closing_comma:
        rows.append((",", ",", "PUNCT", "punct", 7))
    at = len(rows)
    return rows + [("to", "to", "ADP", "prep", 7), ("the", "the", "DET", "det", at + 2),
                   ("north", "north", "NOUN", "pobj", at)]


def test_a_preposition_after_a_closed_list_of_examples_is_moved_to_the_verb():
    tokens, moved = _repaired(_list_rows(closing_comma=True))
    assert moved == {9: LIST_INTERRUPTED} and tokens[9].head == 1


def test_a_preposition_inside_an_open_list_of_examples_stays():
    tokens, moved = _repaired(_list_rows(closing_comma=False))
    assert moved == {} and tokens[8].head == 7


def test_a_gerund_read_as_the_modifier_of_an_aspect_verbs_object_is_its_complement():
    # "The rebels kept shelling towns": "shelling" is what they kept doing, "towns" its object
    tokens, moved = _repaired([
        ("The", "the", "DET", "det", 1), ("rebels", "rebel", "NOUN", "nsubj", 2),
        ("kept", "keep", "VERB", "ROOT", 2, "VBD"), ("shelling", "shell", "VERB", "amod", 4, "VBG"),
        ("towns", "town", "NOUN", "dobj", 2)])
    assert moved == {3: GERUND_AS_MODIFIER}
    assert (tokens[3].head, tokens[3].dep, tokens[4].head) == (2, "xcomp", 3)


def test_a_gerund_modifying_the_object_of_another_verb_stays():
    # "Police met striking miners": the miners strike, the police do not
    tokens, moved = _repaired([
        ("Police", "police", "NOUN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1, "VBD"),
        ("striking", "strike", "VERB", "amod", 3, "VBG"), ("miners", "miner", "NOUN", "dobj", 1)])
    assert moved == {} and tokens[2].head == 3


def test_a_gerund_on_a_preposition_that_has_its_object_is_a_participle_on_the_noun_before_it():
    # "Two died after clashes with farmers blocking roads": the farmers block roads, not the two
    tokens, moved = _repaired([
        ("Two", "two", "NUM", "nsubj", 1), ("died", "die", "VERB", "ROOT", 1, "VBD"),
        ("after", "after", "ADP", "prep", 1), ("clashes", "clash", "NOUN", "pobj", 2),
        ("with", "with", "ADP", "prep", 3), ("farmers", "farmer", "NOUN", "pobj", 4),
        ("blocking", "block", "VERB", "pcomp", 2, "VBG"), ("roads", "road", "NOUN", "dobj", 6)])
    assert moved == {6: GERUND_AFTER_OBJECT}
    assert (tokens[6].head, tokens[6].dep) == (5, "acl")


def test_a_gerund_whose_subject_stands_before_it_is_not_hung_on_that_subject():
    # "Two died after clashes, police arriving late": "police" belongs to "arriving" (no cycle)
    tokens, moved = _repaired([
        ("Two", "two", "NUM", "nsubj", 1), ("died", "die", "VERB", "ROOT", 1, "VBD"),
        ("after", "after", "ADP", "prep", 1), ("clashes", "clash", "NOUN", "pobj", 2),
        ("police", "police", "NOUN", "nsubj", 5), ("arriving", "arrive", "VERB", "pcomp", 2, "VBG")])
    assert moved == {} and (tokens[5].head, tokens[4].head) == (2, 5)


def test_a_gerund_that_is_its_prepositions_object_stays():
    # "Two died after blocking roads": the two blocked them
    tokens, moved = _repaired([
        ("Two", "two", "NUM", "nsubj", 1), ("died", "die", "VERB", "ROOT", 1, "VBD"),
        ("after", "after", "ADP", "prep", 1), ("blocking", "block", "VERB", "pcomp", 2, "VBG"),
        ("roads", "road", "NOUN", "dobj", 3)])
    assert moved == {} and (tokens[3].head, tokens[3].dep) == (2, "pcomp")


def test_the_object_read_as_a_second_subject_of_the_saying_after_it_is_moved_back():
    # "Jets struck depots, the agency reported"
    tokens, moved = _repaired([
        ("Jets", "jet", "NOUN", "nsubj", 1), ("struck", "strike", "VERB", "ROOT", 1, "VBD"),
        ("depots", "depot", "NOUN", "nsubj", 6), (",", ",", "PUNCT", "punct", 6),
        ("the", "the", "DET", "det", 5), ("agency", "agency", "NOUN", "nsubj", 6),
        ("reported", "report", "VERB", "ccomp", 1, "VBD")])
    assert moved == {2: OBJECT_AS_SUBJECT} and (tokens[2].head, tokens[2].dep) == (1, "dobj")


def test_an_infinitive_hung_on_a_participle_between_a_verb_and_it_is_the_verbs():
    # "Peru threatened in a video posted online to expel envoys"
    tokens, moved = _repaired([
        ("Peru", "Peru", "PROPN", "nsubj", 1), ("threatened", "threaten", "VERB", "ROOT", 1, "VBD"),
        ("in", "in", "ADP", "prep", 1), ("a", "a", "DET", "det", 4), ("video", "video", "NOUN", "pobj", 2),
        ("posted", "post", "VERB", "acl", 4, "VBN"), ("online", "online", "ADV", "advmod", 5),
        ("to", "to", "PART", "aux", 8), ("expel", "expel", "VERB", "advcl", 5, "VB"),
        ("envoys", "envoy", "NOUN", "dobj", 8)])
    assert moved == {8: INFINITIVE_IN_PHRASE} and (tokens[8].head, tokens[8].dep) == (1, "xcomp")


def _dated_of_rows(after_of: list[tuple]) -> list[tuple]:
    # "Chile voiced its anger on Friday of ..." with the "of" phrase hung on the day
    return [("Chile", "Chile", "PROPN", "nsubj", 1), ("voiced", "voice", "VERB", "ROOT", 1, "VBD"),
            ("its", "its", "PRON", "poss", 3), ("anger", "anger", "NOUN", "dobj", 1),
            ("on", "on", "ADP", "prep", 1), ("Friday", "Friday", "PROPN", "pobj", 4),
            ("of", "of", "ADP", "prep", 5)] + after_of


def test_an_of_phrase_hung_on_the_day_after_an_object_is_the_objects():
    # "Chile voiced its anger on Friday of Peru's new tariff": the anger is of the tariff
    tokens, moved = _repaired(_dated_of_rows([
        ("Peru", "Peru", "PROPN", "poss", 10), ("'s", "'s", "PART", "case", 7),
        ("new", "new", "ADJ", "amod", 10), ("tariff", "tariff", "NOUN", "pobj", 6)]), ents=[(5, 6, "DATE")])
    assert moved == {6: DATED_OF} and tokens[6].head == 3


def test_an_of_phrase_hung_on_the_day_after_a_verb_without_object_is_the_verbs():
    # "The union complained on Monday of threats by employers"
    tokens, moved = _repaired([
        ("The", "the", "DET", "det", 1), ("union", "union", "NOUN", "nsubj", 2),
        ("complained", "complain", "VERB", "ROOT", 2, "VBD"), ("on", "on", "ADP", "prep", 2),
        ("Monday", "Monday", "PROPN", "pobj", 3), ("of", "of", "ADP", "prep", 4),
        ("threats", "threat", "NOUN", "pobj", 5)], ents=[(4, 5, "DATE")])
    assert moved == {5: DATED_OF} and tokens[5].head == 2


def test_an_of_phrase_naming_a_date_stays_on_the_day():
    # "Chile voiced its anger on Friday of last week"
    tokens, moved = _repaired(_dated_of_rows([
        ("last", "last", "ADJ", "amod", 8), ("week", "week", "NOUN", "pobj", 6)]), ents=[(5, 9, "DATE")])
    assert moved == {} and tokens[6].head == 5
