"""Records survive a JSON round trip and ids are stable."""

import json

from dateline.records import (Actor, Attribution, Cameo, Document, Event, Place, Plover,
                              Provenance, Quote, Result, Signal, Span, Time, document_id)


def _result() -> Result:
    kirby = Actor(text="Kirby", name="John Kirby", start=10, end=15, country="USA",
                  sector="GOV", code="USAGOV", kind="person", entity=1)
    event = Event(id="e1", doc_id="d1", sentence=0, text="Kirby visited Seoul.",
                  trigger=Span("visited", 6, 13), plover=Plover("CONSULT", ["visit"]),
                  cameo=Cameo("042", "04", 1, 1.9), source=[kirby],
                  location=Place("Seoul", "Seoul", 14, 19, "KOR", 37.57, 126.98, 1835848, "city"),
                  attribution=Attribution(speaker=kirby, cue="say"), status=["reported"])
    doc = Document(id="d1", text="x", provenance=Provenance(
        author="A. Writer", reported_by=["VOA"], signals=[Signal("machine_translation", "x. y")]))
    return Result(document=doc, actors=[kirby], events=[event],
                  quotes=[Quote("q1", "d1", "hello", "direct", 0, 5, speaker=kirby)],
                  times=[Time("Monday", 0, 6, "date", "2024-01-01", "day")])


def test_round_trip_through_json_is_lossless():
    result = _result()
    text = json.dumps(result.to_dict())
    again = Result.from_dict(json.loads(text))
    assert again == result
    assert isinstance(again.events[0].source[0], Actor)
    assert again.events[0].location.lat == 37.57
    assert again.document.provenance.signals[0].name == "machine_translation"


def test_contract_keys_present():
    data = _result().to_dict()
    assert set(data) == {"document", "actors", "events", "quotes", "places", "times"}
    event = data["events"][0]
    for key in ("id", "doc_id", "sentence", "text", "trigger", "plover", "cameo", "source",
                "target", "date", "date_precision", "date_text", "location", "attribution",
                "status", "confidence", "evidence"):
        assert key in event
    assert set(event["cameo"]) == {"code", "root", "quad_class", "goldstein"}


def test_document_id_prefers_url_and_ignores_whitespace():
    assert document_id("http://a/b", "one") == document_id("http://a/b", "two")
    assert document_id(None, "Some  text\n") == document_id(None, "Some text")
    assert document_id(None, "Some text") != document_id(None, "Other text")
