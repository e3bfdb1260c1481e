"""Exports load in the tools analysts use: GDELT event and mention rows in DuckDB with
GDELT's own column list and types, PLOVER JSON lines in DuckDB and our PLOVER reader."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

from dateline.records import Actor, Cameo, Document, Event, Place, Plover, Result, Span, from_dict, is_done
from dateline.store import Store, export
from dateline.store.gdelt import (GDELT_COLUMNS, GDELT_EVENT_SCHEMA, GDELT_MENTION_SCHEMA,
                                  MENTION_COLUMNS, event_day, global_event_id)

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "gdelt"
# GDELT's codebook types in DuckDB: its INTEGER is 64-bit (DATEADDED has 14 digits).
DUCKDB_TYPES = {"INTEGER": "BIGINT", "FLOAT": "DOUBLE", "STRING": "VARCHAR"}
TEXT = "Chad troops attacked rebels near Abeche.\tThen Sudan's army shelled Nyala."


def _event(doc_id: str, n: int, trigger: str, cameo: str, source: list[Actor], target: list[Actor],
           date: str | None = None, precision: str = "none", location: Place | None = None) -> Event:
    start = TEXT.index(trigger)
    return Event(id=f"{doc_id}-e{n}", doc_id=doc_id, sentence=n, text=TEXT,
                 trigger=Span(trigger, start, start + len(trigger)), plover=Plover("ASSAULT"),
                 cameo=Cameo(cameo, cameo[:2], 4, -10.0), source=source, target=target,
                 date=date, date_precision=precision, location=location, confidence=0.8)


def _result(doc_id: str, published: str | None = "2024-03-06", url: str | None = None,
            outlet: str | None = None) -> Result:
    chad = Actor("Chad troops", "Chad", 0, 11, "TCD", "MIL", "TCDMIL", "group", entity=0)
    rebels = Actor("rebels", "rebels", 21, 27, None, "REB", "REB", "group", entity=1)
    sudan_at = TEXT.index("Sudan's army")
    sudan = Actor("Sudan's army", "Sudan", sudan_at, sudan_at + 12, "SDN", "MIL", "SDNMIL", "group", entity=2)
    abeche = Place("Abeche", "Abeche", 33, 39, "TCD", 13.83, 20.83, 2436400, "city", admin1="01")
    sudan_place = Place("Sudan", "Sudan", sudan_at, sudan_at + 5, "SDN", 15.0, 30.0, 366755, "country")
    events = [
        _event(doc_id, 0, "attacked", "190", [chad], [rebels], "2024-03-05", "day", abeche),
        # Dated only to the month: the row takes the publication day inside it.
        _event(doc_id, 1, "shelled", "195", [sudan, chad], [], "2024-03", "month"),
    ]
    # a line of its own after the events' text: no two documents are copies of one story
    # unless a test says so
    own = f"\nFiled as {doc_id} for {outlet or 'no outlet'}, with the desk's notes on its sources."
    doc = Document(id=doc_id, text=TEXT + own, url=url, outlet=outlet, published=published)
    return Result(document=doc, actors=[chad, rebels, sudan], events=events,
                  places=[abeche, sudan_place])


def _schema(columns) -> dict[str, str]:
    return {name: DUCKDB_TYPES[kind] for name, kind in columns}


def _load(path: Path, columns) -> list[dict]:
    con = duckdb.connect()
    cursor = con.execute("SELECT * FROM read_csv(?, header = false, columns = ?)",
                         [str(path), _schema(columns)])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


@pytest.fixture()
def database(tmp_path):
    path = str(tmp_path / "t.duckdb")
    with Store(path) as store:
        store.write(_result("doc-1", url="http://example.org/1", outlet="Example Times"))
        store.write(_result("doc-2", published=None))
    return path


def test_gdelt_rows_load_in_duckdb_with_gdelts_columns_and_types(database, tmp_path):
    out = tmp_path / "events.tsv"
    with Store(database) as store:
        assert export(store.con, "gdelt", str(out)) == 6  # 2 documents x (1 + 2 dyads)
        coded_at = dict(store.con.execute("SELECT id, coded_at FROM documents").fetchall())
    rows = _load(out, GDELT_EVENT_SCHEMA)
    assert len(rows) == 6 and all(len(r) == 61 for r in rows)
    # Stable integers derived per dyad from our event id; no two rows share one.
    ids = {(r["Actor1Code"], r["EventCode"], r["SOURCEURL"]): r["GLOBALEVENTID"] for r in rows}
    assert ids[("TCDMIL", "190", "http://example.org/1")] == global_event_id("doc-1-e0", 0)
    assert ids[("TCDMIL", "195", "http://example.org/1")] == global_event_id("doc-1-e1", 1)
    assert len({r["GLOBALEVENTID"] for r in rows}) == 6
    first = next(r for r in rows if r["SOURCEURL"] == "http://example.org/1" and r["EventCode"] == "190")
    assert (first["SQLDATE"], first["MonthYear"], first["Year"]) == (20240305, 202403, 2024)
    assert abs(first["FractionDate"] - (2024 + (3 * 30 + 5) / 365)) < 1e-4
    assert first["DATEADDED"] == int(coded_at["doc-1"].strftime("%Y%m%d%H%M%S"))
    # FIPS 10-4 codes: Chad is CD (its ISO code TCD never appears in a Geo column).
    assert (first["ActionGeo_Type"], first["ActionGeo_CountryCode"], first["ActionGeo_ADM1Code"]) == (4, "CD", "CD01")
    assert first["ActionGeo_FeatureID"] == "2436400" and first["ActionGeo_FullName"].startswith("Abeche, ")
    assert (first["Actor1Geo_Type"], first["Actor1Geo_CountryCode"]) == (1, "CD")  # Chad's troops: Chad
    assert first["Actor2Geo_Type"] is None  # rebels of no known country or place
    month = [r for r in rows if r["EventCode"] == "195" and r["SOURCEURL"] == "http://example.org/1"]
    assert {r["SQLDATE"] for r in month} == {20240306}  # the publication day, inside March 2024
    # "Sudan's army": a country-level place, FIPS code as its feature id as GDELT writes it.
    assert any((r["Actor1Geo_Type"], r["Actor1Geo_FullName"], r["Actor1Geo_FeatureID"]) == (1, "Sudan", "SU")
               for r in month)
    undated = [r for r in rows if r["SOURCEURL"] == "doc-2"]
    assert {r["SQLDATE"] for r in undated} == {20240305, 20240301}  # no publication date: the month's first day
    assert all(r["NumArticles"] == r["NumSources"] == r["NumMentions"] == 1 for r in rows)


def test_an_actor_is_placed_where_its_own_words_put_it():
    from dateline.store.geo import GdeltGeo

    geo = GdeltGeo()
    police = Actor("Toronto police", "police", 10, 24, "CAN", "COP", "CANCOP", "group")
    toronto = {"text": "Toronto", "name": "Toronto", "start": 10, "end": 17, "country": "CAN",
               "lat": 43.7, "lon": -79.42, "geonameid": 6167865, "feature": "city", "admin1": "08"}
    cells = geo.actor_cells(police, [toronto])
    assert cells[0] == "4" and cells[2:4] == ["CA", "CA08"] and cells[7] == "6167865"
    assert cells[1] == "Toronto, Ontario, Canada"
    assert geo.actor_cells(police, [])[:3] == ["1", "Canada", "CA"]  # else its country
    county = {"name": "Polk County", "country": "USA", "lat": 28.0, "lon": -81.8, "feature": "county",
              "admin1": "FL"}
    assert geo.cells(county)[:5] == ["3", "Polk County, Florida, United States", "US", "USFL", "FL105"]


def test_no_header_by_default_and_one_on_request(database, tmp_path):
    plain, headed = tmp_path / "plain.tsv", tmp_path / "headed.tsv"
    with Store(database) as store:
        export(store.con, "gdelt", str(plain))
        export(store.con, "gdelt", str(headed), header=True)
    assert plain.read_text().split("\t")[0].isdigit()
    first = next(csv.reader(headed.open(), delimiter="\t"))
    assert tuple(first) == GDELT_COLUMNS and len(first) == 61


def test_copies_of_a_story_are_one_event_with_their_mentions(tmp_path):
    path = str(tmp_path / "t.duckdb")
    with Store(path) as store:
        store.write(_result("orig", url="http://a.example.org/1", outlet="A"))
        store.write(_result("copy", url="http://b.example.org/1", outlet="B"))
        store.write(_result("alone", url="http://c.example.org/1", outlet="C"))
        store.con.execute("UPDATE documents SET story_id = 'orig' WHERE id IN ('orig', 'copy')")
        events, mentions = tmp_path / "e.tsv", tmp_path / "m.tsv"
        export(store.con, "gdelt", str(events))
        assert export(store.con, "mentions", str(mentions)) == 9  # 3 rows x 2 copies + 3 rows x 1
    rows = _load(events, GDELT_EVENT_SCHEMA)
    story = [r for r in rows if r["SOURCEURL"] == "http://a.example.org/1"]
    assert len(rows) == 6 and len(story) == 3  # the copy adds no rows of its own
    assert all((r["NumArticles"], r["NumSources"], r["NumMentions"]) == (2, 2, 2) for r in story)
    found = _load(mentions, GDELT_MENTION_SCHEMA)
    assert all(len(m) == 16 for m in found)
    by_event = {}
    for mention in found:
        by_event.setdefault(mention["GLOBALEVENTID"], set()).add(mention["MentionIdentifier"])
    assert by_event[global_event_id("orig-e0", 0)] == {"http://a.example.org/1", "http://b.example.org/1"}
    attack = next(m for m in found if m["MentionIdentifier"] == "http://b.example.org/1"
                  and m["GLOBALEVENTID"] == global_event_id("orig-e0", 0))
    assert (attack["MentionType"], attack["MentionSourceName"], attack["SentenceID"]) == (1, "B", 1)
    assert (attack["Actor1CharOffset"], attack["Actor2CharOffset"], attack["ActionCharOffset"]) == (0, 21, 12)
    assert attack["Confidence"] == 80 and attack["MentionDocLen"] == len(_result("copy", outlet="B").document.text)


@pytest.mark.skipif(not REFERENCE.exists(), reason="GDELT codebook not in ../shared")
def test_our_column_lists_are_gdelts():
    with open(REFERENCE / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv", encoding="utf-8") as handle:
        codebook = [(row[0], row[1]) for row in list(csv.reader(handle))[1:]]
    assert tuple(codebook) == GDELT_EVENT_SCHEMA
    with open(REFERENCE / "GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv", encoding="utf-8") as handle:
        mentions = [row[1] for row in list(csv.reader(handle, delimiter="\t"))[1:] if row[2]]
    assert tuple(mentions) == MENTION_COLUMNS


def test_event_day_falls_back_in_order():
    assert event_day("2024-03-05", "2024-04-01") == (2024, 3, 5)
    assert event_day("2024-03", "2024-03-20T10:00:00") == (2024, 3, 20)
    assert event_day("2024-03", "2024-05-20") == (2024, 3, 1)
    assert event_day(None, "2024-05-20") == (2024, 5, 20)
    assert event_day(None, None) is None


def test_plover_lines_load_in_duckdb_and_read_back_as_plover(database, tmp_path):
    from dateline.evaluate import read_plover_jsonl

    out = tmp_path / "p.jsonl"
    with Store(database) as store:
        assert export(store.con, "plover", str(out)) == 4
    con = duckdb.connect()
    rows = con.execute("SELECT id, date, event, mode, context, actor, recipient, event_loc, quad_code "
                       "FROM read_json(?) ORDER BY id", [str(out)]).fetchall()
    assert [r[0] for r in rows] == ["doc-1-e0", "doc-1-e1", "doc-2-e0", "doc-2-e1"]
    first = json.loads(out.read_text().splitlines()[0])
    assert (first["date"], first["event"], first["quad_code"]) == ("2024-03-05", ["ASSAULT"], 4)
    assert first["actor"][0]["code"] == "TCD" and first["actor"][0]["sector"] == "MIL"
    assert first["actor"][0]["country_name"] == "Chad" and first["recipient"][0]["sector"] == "REB"
    loc = first["event_loc"]
    assert (loc["resolved_place"], loc["country_code"], loc["feature_code"], loc["resolution"]) == \
        ("Abeche", "TCD", "PPL", 4)
    gold = list(read_plover_jsonl(out))
    assert [e.type for d in gold for e in d.events] == ["ASSAULT"] * 4
    assert gold[0].events[0].actors[0].country == "TCD" and gold[0].events[0].actors[0].sector == "MIL"


def test_plover_lines_give_a_reciprocal_event_no_recipient():
    # "X and Y met": PLOVER lists both as actors and no recipient
    from dateline.store.plover import _recipients

    kenya, uganda = {"start": 0, "end": 5, "country": "KEN"}, {"start": 10, "end": 16, "country": "UGA"}
    assert _recipients({"source": [kenya, uganda], "target": [uganda, kenya]}) == []
    assert _recipients({"source": [kenya], "target": [uganda]}) == [uganda]


@pytest.mark.slow
def test_the_real_command_exports_rows_duckdb_loads(tmp_path):
    from click.testing import CliRunner

    from dateline.cli import cli

    examples = Path(__file__).resolve().parents[1] / "examples"
    lines = [json.dumps({"id": f"art-{i}", "url": f"https://news.example.com/{i}", "published": "2024-02-20",
                         "text": path.read_text(encoding="utf-8")})
             for i, path in enumerate(sorted(examples.glob("*.txt")))]
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db, out = str(tmp_path / "news.duckdb"), tmp_path / "events.tsv"
    runner = CliRunner()
    assert runner.invoke(cli, ["code", str(source), "--db", db]).exit_code == 0
    result = runner.invoke(cli, ["export", "--db", db, "--format", "gdelt", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = _load(out, GDELT_EVENT_SCHEMA)
    with Store(db, read_only=True) as store:
        events = store.con.execute("SELECT record FROM events").fetchall()
    coded = [from_dict(Event, json.loads(r)) for (r,) in events]
    pairs = sum(len(e.pairs()) for e in coded if is_done(e.status))
    assert rows and len(rows) == pairs  # no story copies here: one row per dyad of a done act
    every = runner.invoke(cli, ["export", "--db", db, "--format", "gdelt", "--status", "all",
                                "--out", str(tmp_path / "all.tsv")])
    assert len(_load(tmp_path / "all.tsv", GDELT_EVENT_SCHEMA)) == sum(len(e.pairs()) for e in coded)
    assert every.exit_code == 0 and any(not is_done(e.status) for e in coded)
    assert all(isinstance(r["GLOBALEVENTID"], int) for r in rows)
    assert all(r["SQLDATE"] is not None for r in rows)  # every article is dated
    assert all(r["SOURCEURL"].startswith("https://news.example.com/") for r in rows)
    assert all(r["IsRootEvent"] in (0, 1) and len(r["EventRootCode"]) == 2 for r in rows)
