"""End to end: the examples against their expected codings, the CLI and its exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import cli
from dateline.records import Result

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
# what each example must code to, written by hand (not in examples/,
# which holds only articles: `dateline code examples/` reads all of it)
EXPECTED = ROOT / "tests" / "expected"
SEED = ROOT.parent / "shared" / "seed" / "000_89e29c2b7695058b.txt"
CASES = sorted(p.stem for p in EXAMPLES.glob("*.txt"))


@pytest.fixture(scope="module")
def pipeline():
    from dateline.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="module")
def coded(pipeline) -> dict[str, Result]:
    from dateline.ingest import read_inputs

    results = {}
    for item in pipeline.code_documents(read_inputs([str(EXAMPLES)])):
        assert isinstance(item, Result), item
        results[Path(item.document.source_path).stem] = item
    return results


def _has_event(result: Result, want: dict) -> bool:
    for event in result.events:
        sources = {a.country for a in event.source}
        targets = {a.country for a in event.target}
        if want["source"] not in sources:
            continue
        if want["target"] is not None and want["target"] not in targets:
            continue
        if event.plover.type != want["plover"]:
            continue
        if want["cameo_root"] is not None and event.cameo.root != want["cameo_root"]:
            continue
        return True
    return False


def test_examples_are_between_8_and_12_with_sidecars():
    assert 8 <= len(CASES) <= 12
    for case in CASES:
        assert (EXPECTED / f"{case}.expected.json").exists(), case


@pytest.mark.parametrize("case", CASES)
def test_example_matches_its_expected_coding(case, coded):
    result = coded[case]
    expected = json.loads((EXPECTED / f"{case}.expected.json").read_text())
    for want in expected.get("events", []):
        assert _has_event(result, want), (want, [(e.evidence, [a.code for a in e.source],
                                                  [a.code for a in e.target]) for e in result.events])
    for want in expected.get("actors", []):
        found = [a for a in result.actors if want["text"] in (a.text, a.name)]
        assert found, (want, [a.text for a in result.actors])
        assert found[0].country == want["country"]
        if "sector" in want:
            assert found[0].sector == want["sector"]
    for want in expected.get("quotes", []):
        found = [q for q in result.quotes if q.text.startswith(want["text_starts"])]
        assert found, (want, [q.text for q in result.quotes])
        if "speaker" in want:
            assert found[0].speaker is not None and found[0].speaker.name == want["speaker"]
        if "cue" in want:
            assert found[0].cue == want["cue"]
    kinds = {b.kind for b in result.document.boilerplate}
    assert set(expected.get("boilerplate", [])) <= kinds
    for key, value in expected.get("provenance", {}).items():
        assert getattr(result.document.provenance, key) == value
    names = {a.text for e in result.events for a in e.source + e.target}
    for name in expected.get("not_actors", []):
        assert name not in names
        assert name not in result.document.text


def test_code_twice_leaves_row_counts_unchanged(tmp_path):
    from dateline.store import Store

    db = str(tmp_path / "x.duckdb")
    runner = CliRunner()
    first = runner.invoke(cli, ["code", str(EXAMPLES), "--db", db])
    assert first.exit_code == 0, first.output
    with Store(db, read_only=True) as store:
        before = store.counts()
    second = runner.invoke(cli, ["code", str(EXAMPLES), "--db", db])
    assert second.exit_code == 0
    assert "0 added" in second.output and f"{len(CASES)} unchanged" in second.output
    with Store(db, read_only=True) as store:
        assert store.counts() == before
    assert before["documents"] == len(CASES) and before["events"] > 0
    summary = runner.invoke(cli, ["summary", "--db", db, "--format", "json"])
    rows = json.loads(summary.output)
    counts = {r["table"]: r["rows"] for r in rows if r["section"] == "counts"}
    assert counts["documents"] == len(CASES)
    assert {"events_by_plover", "top_dyads"} <= {r["section"] for r in rows}


def test_summary_counts_implied_targets_apart_among_two_sided_events(tmp_path):
    from dateline.store import Store

    article = tmp_path / "curfew.txt"
    article.write_text("LUSAKA, ZAMBIA \u2014 The Zambian government lifted a nationwide curfew on Monday. "
                       "Zambian police arrested two Malawian traders in Lusaka on Tuesday.\n")
    db = str(tmp_path / "x.duckdb")
    runner = CliRunner()
    assert runner.invoke(cli, ["code", str(article), "--db", db]).exit_code == 0
    rows = json.loads(runner.invoke(cli, ["summary", "--db", db, "--format", "json"]).output)
    two_sided = next(r for r in rows if r["section"] == "events_two_sided")
    # the curfew's target is implied (Zambia's people), the traders are named
    assert (two_sided["events"], two_sided["implied_target"]) == (2, 1), rows
    with Store(db, read_only=True) as store:
        stored = store.con.execute("SELECT target_country, target_name, json_extract_string(record, "
                                   "'$.target[0].kind') FROM events ORDER BY trigger_start").fetchall()
    assert stored == [("ZMB", "Zambia", "implied"), ("MWI", "Malawian traders", "group")], stored


def test_bad_inputs_each_get_one_error_line_and_the_rest_is_coded(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Police in Lagos arrested twelve protesters on Monday.")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 owners protested.".encode("latin-1"))
    lines = tmp_path / "rows.jsonl"
    lines.write_text('{"id": "r1", "text": "Rebels attacked an army base."}\n{broken\n')
    missing = tmp_path / "missing.txt"
    db = str(tmp_path / "x.duckdb")
    result = CliRunner().invoke(cli, ["code", str(good), str(binary), str(empty), str(latin),
                                      str(lines), str(missing), "--db", db])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 5
    for path, reason in [(binary, "binary"), (empty, "empty"), (latin, "UTF-8"), (lines, "line 2"),
                         (missing, "no such file")]:
        assert any(str(path) in e and reason in e for e in errors), (path, errors)
    assert "coded 2 document(s)" in result.output


def test_usage_errors_exit_2_and_no_input_exits_1(tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["code"]).exit_code == 2
    assert runner.invoke(cli, ["export", "--format", "xml"]).exit_code == 2
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    result = runner.invoke(cli, ["code", str(empty_dir), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1 and "no input" in result.output


def test_json_output_is_an_array_of_documents(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Egyptian President Abdel Fattah al-Sisi visited Sudan on Monday.")
    result = CliRunner().invoke(cli, ["code", str(article), "--json", "--no-store"])
    assert result.exit_code == 0
    [data] = json.loads(result.stdout)
    assert set(data) == {"document", "actors", "events", "quotes", "places", "times"}
    [visit] = [e for e in data["events"] if e["cameo"]["root"] == "04"]
    assert visit["source"][0]["country"] == "EGY" and visit["target"][0]["country"] == "SDN"


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not present")
def test_seed_article(pipeline):
    from dateline.ingest import read_inputs

    [result] = list(pipeline.code_documents(read_inputs([str(SEED)])))
    visits = [e for e in result.events if e.cameo.code == "042"
              and "RUS" in {a.country for a in e.source} and "PRK" in {a.country for a in e.target}]
    assert visits and visits[0].plover.type == "CONSULT" and "reported" in visits[0].status
    shoigu = [e for e in visits if e.trigger.text == "visited"]  # E1, where
    assert shoigu and shoigu[0].location is not None and shoigu[0].location.country == "PRK"

    def found(plover: str, root: str, source: str, target: str) -> bool:
        return any(e.plover.type == plover and e.cameo.root == root
                   and source in {a.country for a in e.source} and target in {a.country for a in e.target}
                   for e in result.events)

    assert found("CONSULT", "04", "RUS", "PRK") and found("CONSULT", "04", "PRK", "RUS")  # E2, E1, E7
    assert found("REQUEST", "02", "USA", "PRK")  # E3: "We call on the DPRK ..."
    assert found("ACCUSE", "11", "USA", "RUS")  # E4: weakness and desperation
    assert any(e.cameo.root == "11" and e.attribution and e.attribution.speaker
               and e.attribution.speaker.name == "John Kirby" and "RUS" in {a.country for a in e.target}
               for e in result.events)  # E4 from Kirby's own words ("It's desperation")
    [call] = [q for q in result.quotes if q.text.startswith("We call on the DPRK")]
    assert call.kind == "direct" and call.speaker.name == "John Kirby"
    # Section 5 musts: Q2-Q4 and the indirect I3, I4, I6, I8, all Kirby's, reported by VOA
    said = {(q.text.split()[0], q.kind, q.cue): q for q in result.quotes}
    for key in [("common", "partial", "reply"), ("Why", "direct", "add"),
                ("achieved", "partial", "explain"), ("This", "indirect", "say"),
                ("that", "indirect", "note"), ("Russia", "indirect", "say"),
                ("that", "indirect", "emphasize")]:
        assert key in said and said[key].speaker.name == "John Kirby", key
        assert "Voice of America" in said[key].reported_by
    assert any(q.cue == "according to" and q.speaker_text == "US intelligence"
               and q.text == said[("that", "indirect", "note")].text for q in result.quotes)  # I4
    body = result.document.text
    assert body.startswith("The US presidential administration believes")
    assert body.rstrip().endswith("made a secret flight to North Korea.")
    assert result.document.provenance.republished_from == "Korrespondent"
    assert "Voice of America" in result.document.provenance.reported_by
    assert result.document.language == "en"
    for event in result.events:
        for actor in event.source + event.target:
            assert actor.name not in ("David Wyatt", "Buna Times", "Telegram", "Athletistic")
    briefing = [t for t in result.times if t.text.startswith("Wednesday, August 30")]
    assert briefing and briefing[0].value == "2023-08-30"
    assert any(t.type == "duration" and "18 months" in t.text for t in result.times)
    countries = {p.text: p.country for p in result.places}
    assert countries.get("Pyongyang") == "PRK" and countries.get("Moscow") == "RUS"


def test_a_stage_failure_rejects_that_document_only(pipeline, monkeypatch):
    from dateline.records import Document, Rejection

    original = pipeline.event_coder.code

    def fragile(doc, *args, **kwargs):
        if "boom" in doc.text:
            raise ValueError("simulated fault")
        return original(doc, *args, **kwargs)

    monkeypatch.setattr(pipeline.event_coder, "code", fragile)
    docs = [Document(id="a", text="Police arrested two men in Accra."),
            Document(id="b", text="A boom was heard.", source_path="b.txt"),
            Document(id="c", text="Ghana recalled its ambassador.")]
    out = list(pipeline.code_documents(docs))
    assert [type(o).__name__ for o in out] == ["Result", "Rejection", "Result"]
    assert isinstance(out[1], Rejection) and out[1].code == "E202"
    assert "b.txt" in out[1].detail and "simulated fault" in out[1].detail
