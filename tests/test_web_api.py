"""The explorer's JSON API and pages, on a small database written by the store."""

import csv
import io
import json
import os

import pytest

import warnings

pytest.importorskip("fastapi")
with warnings.catch_warnings():  # starlette asks for httpx2; httpx works
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

import web_fixtures as fx  # noqa: E402
from dateline.web import Database, create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = fx.build(str(tmp_path_factory.mktemp("web") / "t.duckdb"))
    db = Database(path)
    with TestClient(create_app(db)) as test_client:
        yield test_client
    db.close()


def ids(client, **params):
    body = client.get("/api/events", params={"limit": 500, **params}).json()
    return sorted(e["id"] for e in body["events"])


def test_events_lists_everything_with_total(client):
    body = client.get("/api/events").json()
    assert body["total"] == fx.TOTAL_EVENTS
    assert len(body["events"]) == 50 if fx.TOTAL_EVENTS > 50 else fx.TOTAL_EVENTS
    war = next(e for e in client.get("/api/events", params={"doc": "doc-war"}).json()["events"]
               if e["id"] == "war-1")
    assert war["source"] == {"name": "Russia", "country": "RUS", "code": "RUS"}
    assert war["cameo"] == {"code": "190", "root": "19", "quad_class": 4, "goldstein": -10.0}
    assert war["location"]["name"] == "Kyiv" and war["document"]["title"] == "War news"


@pytest.mark.parametrize("params, expected", [
    ({"country": "ukr"}, ["war-1", "war-2", "war-3"]),
    ({"actor": "RUS"}, ["deal-1", "deal-2", "war-1", "war-2", "war-3"]),
    ({"actor": "north kor"}, ["deal-1", "deal-2"]),
    ({"source": "Russia", "target": "ukr"}, ["war-1", "war-2"]),
    ({"plover": "assault"}, ["war-1"]),
    ({"cameo_root": "07"}, ["deal-2"]),
    ({"quad_class": 2}, ["deal-2"]),
    ({"status": "negated"}, ["war-2"]),
    ({"q": "ACCUSED"}, ["war-1", "war-2", "war-3"]),  # the sentence (here the whole text)
    ({"q": "desperation"}, ["deal-1", "deal-2"]),
    ({"date_from": "2024-01-04", "date_to": "2024-01"}, ["war-2", "war-3"]),
    ({"date_from": "2024-02", "date_to": "2024-02-28"}, ["deal-1"]),
    ({"story": "doc-orig"}, ["copy-1", "copy-2"]),
    ({"story": "doc-copy"}, []),
    ({"doc": "doc-deal"}, ["deal-1", "deal-2"]),
    ({"place": "kyiv", "place_country": "UKR"}, ["war-1", "war-2"]),
    ({"country": "RUS", "quad_class": 4}, ["war-1"]),
])
def test_each_filter_narrows_to_the_right_events(client, params, expected):
    assert ids(client, **params) == expected


def test_empty_form_fields_mean_no_filter(client):
    body = client.get("/api/events?q=&actor=&country=&quad_class=&date_from=").json()
    assert body["total"] == fx.TOTAL_EVENTS


def test_sorting_and_paging(client):
    first = client.get("/api/events", params={"doc": "doc-pages", "sort": "date", "limit": 10}).json()
    second = client.get("/api/events", params={"doc": "doc-pages", "sort": "date", "limit": 10,
                                               "offset": 10}).json()
    dates = [e["date"] for e in first["events"] + second["events"]]
    assert dates == [f"2023-05-{n:02d}" for n in range(1, 21)]
    assert first["total"] == second["total"] == 30
    scores = [e["cameo"]["goldstein"] for e in client.get(
        "/api/events", params={"doc": "doc-pages", "sort": "-goldstein", "limit": 3}).json()["events"]]
    assert scores == [2.9, 2.8, 2.7]


def test_a_document_gives_the_record_contract(client):
    body = client.get("/api/documents/doc-deal").json()
    assert set(body) == {"document", "actors", "events", "quotes", "places", "times"}
    assert body["document"]["provenance"]["republished_from"] == "Korrespondent"
    assert [e["id"] for e in body["events"]] == ["deal-1", "deal-2"]
    assert client.get("/api/events/deal-1").json()["attribution"]["according_to"] == "US intelligence"


def test_every_page_has_a_json_twin(client):
    assert client.get("/events.json?country=UKR").json() == client.get("/api/events?country=UKR").json()
    twin = client.get("/documents/doc-deal.json").json()
    assert twin["document"] == client.get("/api/documents/doc-deal").json()
    chain = twin["provenance_chain"]["steps"]
    assert [s["role"] for s in chain] == ["speaker", "according_to", "reported_by", "publisher",
                                         "this_copy"]
    for page in ("/events", "/documents/doc-deal", "/timeline", "/network", "/map"):
        html = client.get(page)
        assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
        assert f'href="{page}.json"' in html.text
        assert client.get(page + ".json").headers["content-type"] == "application/json"


def test_story_copies_are_listed_both_ways(client):
    copy = client.get("/documents/doc-copy.json").json()
    assert copy["story_id"] == "doc-orig"
    assert [(c["id"], c["original"]) for c in copy["provenance_chain"]["copies"]] == [("doc-orig", True)]
    original = client.get("/documents/doc-orig.json").json()
    assert [c["id"] for c in original["provenance_chain"]["copies"]] == ["doc-copy"]
    assert client.get("/documents/doc-war.json").json()["provenance_chain"]["copies"] == []


def test_dyad_timeline_splits_cooperation_and_conflict(client):
    body = client.get("/api/dyads/timeline", params={"a": "RUS", "b": "ukr", "interval": "week"}).json()
    assert body["events"] == 3 and body["undated"] == 0
    weeks = {p["period"]: p for p in body["periods"]}
    assert set(weeks) == {"2024-01-01", "2024-01-08"}
    first = weeks["2024-01-01"]
    assert (first["conflict"], first["cooperation"], first["conflict_goldstein"]) == (2, 0, -6.0)
    assert (weeks["2024-01-08"]["cooperation"], weeks["2024-01-08"]["date_to"]) == (1, "2024-01-14")
    directed = client.get("/api/dyads/timeline", params={"a": "UKR", "b": "RUS", "directed": True,
                                                         "interval": "day"}).json()
    assert [(p["period"], p["events"]) for p in directed["periods"]] == [("2024-01-10", 1)]
    month = client.get("/api/dyads/timeline", params={"a": "RUS", "b": "PRK", "interval": "day"}).json()
    assert month["events"] == 2 and month["undated"] == 2  # a month-precise and an undated event


def test_dyads_network_and_places(client):
    pairs = client.get("/api/dyads").json()["dyads"]
    assert pairs[0] == {"a": "DEU", "b": "FRA", "events": 30, "goldstein": 1.45,
                        "cooperation": 30, "conflict": 0}
    edges = {(e["source"], e["target"]): e for e in client.get("/api/network").json()["edges"]}
    assert edges[("RUS", "UKR")]["events"] == 2 and edges[("RUS", "UKR")]["conflict"] == 2
    assert edges[("UKR", "RUS")]["events"] == 1
    by_name = client.get("/api/network", params={"by": "name", "plover": "AGREE"}).json()
    assert {(e["source"], e["target"]) for e in by_name["edges"]} == {
        ("North Korea", "Russia"), ("Egypt", "France")}
    places = {p["name"]: p for p in client.get("/api/places").json()["places"]}
    assert places["Kyiv"]["events"] == 2 and places["Pyongyang"]["lat"] == 39.03


def test_map_page_lists_the_events_of_a_chosen_place(client):
    body = client.get("/map.json", params={"place": "Kyiv", "place_country": "UKR"}).json()
    assert len(body["places"]) >= 2  # every place still drawn
    assert sorted(e["id"] for e in body["selected"]["events"]) == ["war-1", "war-2"]
    assert 'id="selected"' in client.get("/map", params={"place": "Kyiv"}).text


def test_network_edges_link_to_the_filtered_table(client):
    html = client.get("/network").text
    assert 'href="/events?source=RUS&amp;target=UKR"' in html
    assert ids(client, source="RUS", target="UKR") == ["war-1", "war-2"]


def test_csv_and_json_lines_downloads_hold_the_filtered_events(client):
    response = client.get("/api/events/download", params={"format": "csv", "country": "UKR", "sort": "date"})
    assert response.headers["content-disposition"].endswith('filename="dateline-events.csv"')
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["id"] for r in rows] == ["war-1", "war-2", "war-3"]
    assert rows[1]["status"] == "reported|negated" and rows[0]["url"] == "http://example.org/war"
    lines = client.get("/api/events/download", params={"format": "jsonl", "doc": "doc-deal"}).text
    records = [json.loads(line) for line in lines.splitlines()]
    assert {r["id"] for r in records} == {"deal-1", "deal-2"} and "plover" in records[0]


def test_plover_and_gdelt_downloads_use_the_store_exporter(client):
    plover = client.get("/api/events/download", params={"format": "plover", "country": "UKR"})
    rows = [json.loads(line) for line in plover.text.splitlines()]
    assert sorted(r["id"] for r in rows) == ["war-1", "war-2", "war-3"]
    assert {r["event"][0] for r in rows} == {"ASSAULT", "ACCUSE", "CONSULT"}
    gdelt = client.get("/api/events/download", params={"format": "gdelt", "plover": "ASSAULT"}).text
    [event] = gdelt.splitlines()  # GDELT's files have no header row
    cells = event.split("\t")
    assert len(cells) == 61 and cells[0].isdigit()  # an integer GLOBALEVENTID
    assert cells[26] == "190"  # EventCode of the one ASSAULT event


def test_downloads_leave_no_temporary_files(client, tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert client.get("/api/events/download", params={"format": "gdelt"}).status_code == 200
    assert os.listdir(tmp_path) == []


def test_openapi_describes_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/documents/{doc_id}", "/api/dyads", "/api/dyads/timeline",
                 "/api/network", "/api/places", "/api/events/download"):
        assert path in spec["paths"], path
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"q", "actor", "country", "plover", "cameo_root", "quad_class", "status", "date_from",
            "date_to", "story", "sort", "limit", "offset"} <= names
    assert "/docs" not in spec["paths"] and client.get("/docs").status_code == 404  # no CDN page


def test_facets_feed_the_filter_menus(client):
    facets = client.get("/api/facets").json()
    assert facets["events"] == fx.TOTAL_EVENTS
    assert "ASSAULT" in facets["plover_types"] and facets["statuses"] == ["negated", "reported"]
    assert facets["countries"][:2] == ["FRA", "DEU"]  # by events: 32 and 30


def test_a_database_from_before_story_ids_is_served(tmp_path):
    path = fx.build(str(tmp_path / "old.duckdb"))
    import duckdb
    con = duckdb.connect(path)
    con.execute("ALTER TABLE documents DROP COLUMN story_id")
    con.close()
    db = Database(path)
    try:
        with TestClient(create_app(db)) as old:
            assert old.get("/api/events", params={"story": "doc-copy"}).json()["total"] == 1
            assert old.get("/documents/doc-copy.json").json()["provenance_chain"]["copies"] == []
    finally:
        db.close()


def test_answers_have_the_shapes_openapi_describes(client):
    from dateline.web import schemas

    schemas.EventsPage.model_validate(client.get("/api/events?doc=doc-deal").json())
    schemas.Dyads.model_validate(client.get("/api/dyads").json())
    schemas.Timeline.model_validate(client.get("/api/dyads/timeline?a=RUS&b=UKR").json())
    schemas.Network.model_validate(client.get("/api/network?by=name").json())
    schemas.Places.model_validate(client.get("/api/places").json())
    schemas.ErrorBody.model_validate(client.get("/api/events?limit=0").json())
    spec = client.get("/openapi.json").json()
    responses = spec["paths"]["/api/events"]["get"]["responses"]
    assert responses["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")
