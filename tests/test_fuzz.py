"""Any text at all, from file to database: stored whole or rejected with a reason,
never an exception, a hang or a half-written article.

Documented limits (``pipeline.MAX_CHARS``, ``pipeline.MAX_SENTENCES``) give a clear
rejection. The whole path runs: reading the file, every stage, the store.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.errors import CATALOGUE
from dateline.ingest import read_inputs
from dateline.pipeline import MAX_CHARS, MAX_SENTENCES, Pipeline
from dateline.run import CodingRun
from dateline.store import Store

pytestmark = pytest.mark.slow

# The slowest a single odd article may take end to end, in seconds (a generous bound:
# a hang or a quadratic blow-up takes far longer).
PER_ARTICLE_SECONDS = 60

ZERO_WIDTH_AND_BIDI = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a"
SENTENCE = "Rebels attacked an army base near the border on Monday, officials said."


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.fixture()
def store(tmp_path):
    with Store(str(tmp_path / "fuzz.duckdb")) as opened:
        yield opened


def _code_file(pipeline, store, path) -> list:
    started = time.monotonic()
    outcomes = list(CodingRun(pipeline, store).run(read_inputs([str(path)])))
    assert time.monotonic() - started < PER_ARTICLE_SECONDS
    assert len(outcomes) == 1
    [outcome] = outcomes
    if outcome.rejection is not None:
        assert outcome.rejection.code in CATALOGUE
        assert str(path) in outcome.rejection.detail or outcome.rejection.doc_id
    else:
        doc_id = outcome.result.document.id
        for table, records in (("events", outcome.result.events), ("quotes", outcome.result.quotes),
                               ("actors", outcome.result.actors)):
            stored = store.con.execute(f"SELECT count(*) FROM {table} WHERE doc_id = ?", [doc_id]).fetchone()[0]
            assert stored == len(records)
    return outcomes


ODD_ARTICLES = {
    "only_punctuation": "?!.,;:-()[]{}" * 300,
    "only_a_dateline": "KABUL, Afghanistan (AP) \u2014",
    "ten_thousand_quote_marks": "\u201c" * 5000 + SENTENCE + "\u201d" * 5000,
    "straight_quotes": '"' * 10000,
    "nested_brackets": "(" * 3000 + SENTENCE + ")" * 3000,
    "bracket_soup": "[(" * 2000 + SENTENCE + "])" * 2000,
    "control_characters": "".join(chr(c) for c in range(1, 32) if c not in (10, 13)) * 50 + SENTENCE,
    "zero_width_inside_words": ZERO_WIDTH_AND_BIDI.join(SENTENCE) * 5,
    "bidi_marks": ("\u202e" + SENTENCE + "\u202c\n") * 50,
    "one_long_sentence": ("the minister said that " * 3000) + "rebels attacked the base.",
    "many_short_paragraphs": "\n".join(f"Troops fired at {n} houses." for n in range(3000)),
    "line_of_a_megabyte": "word " * 210_000,
    "too_many_sentences": "No. " * (MAX_SENTENCES + 2000),
    "mixed_scripts": "\u0420\u043e\u0441\u0441\u0438\u044f \u0627\u0644\u0642\u0627\u0647\u0631\u0629 \u5317\u4eac " * 500 + SENTENCE,
}


@pytest.mark.parametrize("name", sorted(ODD_ARTICLES))
def test_odd_articles_are_stored_or_rejected_with_a_reason(name, pipeline, store, tmp_path):
    path = tmp_path / f"{name}.txt"
    path.write_text(ODD_ARTICLES[name], encoding="utf-8")
    [outcome] = _code_file(pipeline, store, path)
    if len(ODD_ARTICLES[name]) > MAX_CHARS:
        assert outcome.rejection is not None and outcome.rejection.code == "E204"


def test_too_many_sentences_is_a_clear_rejection(pipeline, store, tmp_path):
    path = tmp_path / "list.txt"
    path.write_text(ODD_ARTICLES["too_many_sentences"], encoding="utf-8")
    [outcome] = _code_file(pipeline, store, path)
    assert outcome.rejection is not None and outcome.rejection.code == "E205"
    assert str(MAX_SENTENCES) in outcome.rejection.detail.replace(",", "")


def test_a_megabyte_line_is_rejected_before_parsing(pipeline, store, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("x" * 1_000_000, encoding="utf-8")
    [outcome] = _code_file(pipeline, store, path)
    assert outcome.rejection.code == "E204" and "huge.txt" in outcome.rejection.detail


_pieces = st.one_of(
    st.text(min_size=0, max_size=200),
    st.sampled_from([SENTENCE, "Police arrested 12 protesters in Lagos.", "\u201cWe will win,\u201d he said.",
                     "According to state media,", "LONDON (Reuters) -", "\n", "\n\n"]),
    st.text(alphabet=ZERO_WIDTH_AND_BIDI + QUOTES + "()[]{}<>", min_size=1, max_size=300),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x2FFFF, exclude_categories=("Cs",)),
            max_size=100),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(pieces=st.lists(_pieces, min_size=1, max_size=12))
def test_any_text_is_stored_whole_or_rejected(pieces, pipeline, tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "article.txt"
    path.write_bytes("".join(pieces).encode("utf-8", errors="surrogatepass"))
    with Store(str(folder / "fuzz.duckdb")) as store:
        _code_file(pipeline, store, path)
