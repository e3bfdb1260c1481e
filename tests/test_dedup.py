"""Stories: exact and near copies grouped, the earliest copy the original, incremental
across runs; and a planted corpus (our examples, and BBC articles when ../shared is
there) with copies and near-misses grouped with precision and recall of at least 0.95.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from dateline.clean import clean_document
from dateline.cli import cli
from dateline.records import Document, Rejection, Result
from dateline.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
BBC = ROOT.parent / "shared" / "corpora" / "bbc"
BAR = 0.95

STORY = ("Government troops shelled rebel positions near the northern border on Monday, killing at "
         "least four fighters, a military spokesman said in a statement broadcast on state television.\n"
         "The rebels accused the army of breaking a ceasefire agreed last month in talks brokered by "
         "neighbouring states, and vowed to respond with force if the attacks did not stop.\n"
         "Diplomats in the capital called on both sides to return to negotiations and to let aid "
         "convoys reach villages that have been cut off by the fighting for more than a week.")
OTHER = ("Finance ministers from the region met in the capital on Tuesday to discuss a common "
         "currency, but left without agreement after two days of talks, officials said.\n"
         "The central bank governor warned that inflation would stay high until next year.")


def _store_docs(store: Store, docs: list[Document]) -> None:
    store.write_batch([(Result(document=d), "h") for d in docs])


def _stories(store: Store) -> dict[str, str]:
    return dict(store.con.execute("SELECT id, story_id FROM documents").fetchall())


def test_exact_and_near_copies_share_the_earliest_copys_id(tmp_path):
    typographic = STORY.replace("spokesman said", "spokesman  said").replace("\n", "\r\n").upper()
    edited = STORY.replace("four fighters", "five fighters")
    with Store(str(tmp_path / "s.duckdb")) as store:
        _store_docs(store, [
            Document(id="later", text=STORY, published="2024-03-05T10:00:00Z"),
            Document(id="exact", text=typographic, published="2024-03-05"),
            Document(id="first", text=edited, published="2024-03-04T18:00:00-05:00"),
            Document(id="undated", text=STORY),
            Document(id="other", text=OTHER, published="2024-03-01"),
        ])
        stories = _stories(store)
        stored_json = {r[0]: json.loads(r[1])["document"]["story_id"]
                       for r in store.con.execute("SELECT id, result FROM documents").fetchall()}
    # 18:00 at UTC-5 is 23:00 UTC on the 4th: before "exact" (the 5th, a date alone counts
    # as its first moment), and the undated copy comes after every dated one.
    assert stories == {"later": "first", "exact": "first", "first": "first", "undated": "first",
                       "other": "other"}
    assert stored_json == stories  # the stored JSON says the same


def test_a_copy_in_a_later_run_joins_and_an_earlier_one_becomes_the_original(tmp_path):
    db = str(tmp_path / "s.duckdb")
    with Store(db) as store:
        _store_docs(store, [Document(id="a", text=STORY, published="2024-03-05"),
                            Document(id="b", text=OTHER, published="2024-03-05")])
    with Store(db) as store:  # a later run
        _store_docs(store, [Document(id="c", text=STORY, published="2024-03-06")])
        assert _stories(store)["c"] == "a"
    with Store(db) as store:  # a copy dated earlier than the original so far
        _store_docs(store, [Document(id="d", text=STORY.replace("Monday", "Sunday"), published="2024-03-04")])
        assert _stories(store) == {"a": "d", "b": "b", "c": "d", "d": "d"}


def test_a_replaced_original_hands_its_story_to_the_earliest_copy_left(tmp_path):
    with Store(str(tmp_path / "s.duckdb")) as store:
        _store_docs(store, [Document(id="a", text=STORY, published="2024-03-01"),
                            Document(id="b", text=STORY, published="2024-03-03"),
                            Document(id="c", text=STORY, published="2024-03-02")])
        _store_docs(store, [Document(id="a", text=OTHER, published="2024-03-01")])  # edited
        assert _stories(store) == {"a": "a", "b": "c", "c": "c"}


def test_documents_stored_before_stories_existed_are_placed_when_a_writer_opens(tmp_path):
    db = str(tmp_path / "s.duckdb")
    with Store(db) as store:
        _store_docs(store, [Document(id="a", text=STORY), Document(id="b", text=STORY)])
        store.con.execute("UPDATE documents SET story_id = NULL")
        store.con.execute("DELETE FROM story_signatures")
        store.con.execute("DELETE FROM story_bands")
    with Store(db) as store:
        assert set(_stories(store).values()) == {"a"}


def _copies_in_order() -> list[tuple[str, str, str | None]]:
    """Copies arriving out of date order, near copies, a copy linking two groups, others."""
    edited = STORY.replace("four fighters", "five fighters")
    bridge = STORY.replace("Monday", "Sunday").replace("four fighters", "five fighters")
    return [("s1", STORY, "2024-03-05"), ("o1", OTHER, None), ("s2", edited, "2024-03-06"),
            ("s3", STORY.upper(), None), ("o2", OTHER.replace("\n", "\n\n"), "2024-02-01"),
            ("s4", bridge, "2024-03-01"), ("s5", STORY, "2024-03-05"), ("o3", OTHER, None)]


def _place(docs: list, batch: int) -> dict[str, str]:
    """Stories after placing ``docs`` ``batch`` at a time, each batch then written."""
    from dateline.dedup import StoryIndex
    from dateline.store.schema import TABLES

    con = duckdb.connect()
    for ddl in TABLES.values():
        con.execute(ddl)
    index = StoryIndex(con)
    for start in range(0, len(docs), batch):
        chunk = docs[start:start + batch]
        index.place_many(chunk)
        for doc_id, text, published in chunk:
            con.execute("INSERT INTO documents (id, text, published, content_hash, result, story_id) "
                        "VALUES (?, ?, ?, 'h', '{}', ?)", [doc_id, text, published, index.staged[doc_id][1]])
        index.staged.clear()
    return dict(con.execute("SELECT id, story_id FROM documents").fetchall())


def test_placing_a_batch_at_once_groups_as_placing_one_at_a_time():
    docs = _copies_in_order()
    one_by_one = _place(docs, 1)
    assert {one_by_one[d] for d in ("s1", "s2", "s3", "s4", "s5")} == {"s4"}
    assert {one_by_one[d] for d in ("o1", "o2", "o3")} == {"o2"}
    for batch in (2, 3, len(docs)):
        assert _place(docs, batch) == one_by_one, batch


# --- the planted corpus ----------------------------------------------------------------

def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def _light_edit(text: str) -> str:
    """One word in sixty replaced (at least one), each in the middle of one of the longest
    paragraphs (where it changes the most shingles)."""
    paragraphs = [p.split(" ") for p in _paragraphs(text)]
    edits = max(1, sum(len(words) for words in paragraphs) // 60)
    for words in sorted(paragraphs, key=len, reverse=True)[:edits]:
        words[len(words) // 2] = "reportedly"
    return "\n".join(" ".join(words) for words in paragraphs)


def _variants(text: str, headline: str | None) -> list[str]:
    """Copies of one story: retyped, with other boilerplate, reordered, re-headlined, edited."""
    paragraphs = _paragraphs(text)
    retyped = "\n\n".join(paragraphs).replace('"', "\u201c").replace("'", "\u2019").replace(" ", "  ")
    boilerplate = "\n".join(["By Staff Reporter"] + paragraphs +
                            ["Follow us on Twitter and Facebook for more news.",
                             "Copyright 2024 Example Outlet. All rights reserved."])
    reordered = "\n".join(paragraphs[1:2] + paragraphs[:1] + paragraphs[2:]) if len(paragraphs) > 1 else None
    body = paragraphs[1:] if headline else paragraphs
    new_headline = "\n".join(["Latest: what we know so far about this story"] + body)
    return [v for v in (retyped, boilerplate, reordered, new_headline, _light_edit(text)) if v]


def _near_miss(text: str, other: str) -> str:
    """Another story on the topic: the same opening paragraph, then a different story (one
    not otherwise in the corpus)."""
    return "\n".join(_paragraphs(text)[:1] + _paragraphs(other)[1:])


def _planted(originals: list[str], others: list[str], headlines: bool) -> list[tuple[str, str]]:
    """(group, text): a group per story; each near-miss is a story of its own."""
    corpus = []
    for n, text in enumerate(originals):
        corpus.append((f"s{n}", text))
        corpus += [(f"s{n}", v) for v in _variants(text, _paragraphs(text)[0] if headlines else None)]
        corpus.append((f"miss{n}", _near_miss(text, others[n % len(others)])))
    return corpus


def _precision_recall(truth: list[str], predicted: list[str]) -> tuple[float, float]:
    pairs = list(itertools.combinations(range(len(truth)), 2))
    same_truth = {p for p in pairs if truth[p[0]] == truth[p[1]]}
    same_predicted = {p for p in pairs if predicted[p[0]] == predicted[p[1]]}
    hits = len(same_truth & same_predicted)
    return hits / max(len(same_predicted), 1), hits / max(len(same_truth), 1)


@pytest.mark.slow
def test_planted_copies_of_our_examples_are_grouped_by_dateline_code(tmp_path):
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    # Near-misses open like one example and go on like another that is not planted.
    corpus = _planted(texts[:7], texts[7:], headlines=False)
    folder = tmp_path / "planted"
    folder.mkdir()
    for n, (_, text) in enumerate(corpus):
        (folder / f"{n:03d}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "planted.duckdb"
    run = CliRunner().invoke(cli, ["code", str(folder), "--db", str(db)])
    assert run.exit_code == 0, run.stderr
    con = duckdb.connect(str(db), read_only=True)
    story_of = {Path(p).name: s for p, s in con.execute("SELECT source_path, story_id FROM documents").fetchall()}
    summary = CliRunner().invoke(cli, ["summary", "--db", str(db), "--format", "json"])
    per_story = con.execute("SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id "
                            "WHERE d.story_id = d.id").fetchone()[0]
    con.close()
    predicted = [story_of[f"{n:03d}.txt"] for n in range(len(corpus))]
    precision, recall = _precision_recall([g for g, _ in corpus], predicted)
    assert precision >= BAR and recall >= BAR, (precision, recall)
    rows = json.loads(summary.output)
    counts = {r["table"]: r["rows"] for r in rows if r["section"] == "counts"}
    assert counts["stories"] == len(set(predicted)) < len(corpus)
    assert counts["story_events"] == per_story < counts["events"]
    top_story = next(r for r in rows if r["section"] == "top_stories")
    assert top_story["copies"] >= 6  # an original and its five copies


@pytest.mark.slow
@pytest.mark.skipif(not BBC.is_dir(), reason="../shared/corpora/bbc is not present")
def test_planted_copies_of_bbc_articles_are_grouped(tmp_path):
    seen, texts = set(), []
    for path in sorted(BBC.glob("*/*.txt"))[::20]:  # 112 articles across the five sections
        text = path.read_text(encoding="utf-8", errors="replace")
        if text not in seen:  # the corpus repeats some articles
            seen.add(text)
            texts.append(text)
    corpus = _planted(texts[::2], texts[1::2], headlines=True)
    documents = []
    for n, (_, text) in enumerate(corpus):
        cleaned = clean_document(Document(id=f"d{n}", text=text))
        assert not isinstance(cleaned, Rejection), cleaned
        documents.append(cleaned)
    with Store(str(tmp_path / "bbc.duckdb")) as store:
        _store_docs(store, documents)
        stories = _stories(store)
    predicted = [stories[f"d{n}"] for n in range(len(corpus))]
    precision, recall = _precision_recall([g for g, _ in corpus], predicted)
    assert precision >= BAR and recall >= BAR, (precision, recall)
    assert re.fullmatch(r"d\d+", predicted[0])


def test_a_near_copy_reads_one_stored_text_per_body(monkeypatch):
    """Stored exact copies share a story, so a near copy compares its text with one of
    them, not with each (reading every copy's text made memory grow with the database)."""
    from dateline import dedup

    docs = [(f"s{n}", STORY, None) for n in range(6)] + [("o1", OTHER, None)]
    read: list[str] = []
    real = dedup._Candidates.text

    def counting(self, doc_id):
        before = set(self.texts)
        text = real(self, doc_id)
        read.extend(sorted(set(self.texts) - before))
        return text

    monkeypatch.setattr(dedup._Candidates, "text", counting)
    edited = STORY.replace("four fighters", "five fighters")
    stories = _place(docs + [("near", edited, None)], batch=len(docs))
    assert stories["near"] == "s0" and stories["o1"] == "o1"
    assert read == ["s0"]
