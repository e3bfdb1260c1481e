"""PLOVER JSON lines: one event per line, with the field names of the PLOVER
specification's JSON tables (event record, entity object, location object), the
way POLECAT publishes its events. Field by field: docs/formats.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import metadata
from typing import Any

from ..records import is_done, reciprocal
from .gdelt import event_day

CODEBOOK = "PLOVER 2.0; CAMEO 1.1b3"
# GeoNames feature class and code, and PLOVER's resolution level, per feature.
_FEATURES = {"country": ("A", "PCLI", 1), "admin": ("A", "ADM1", 2), "county": ("A", "ADM2", 3),
             "city": ("P", "PPL", 4), "region": ("L", "RGN", 2), "landmark": ("S", "", 5)}


def _entity(actor: dict, countries: dict) -> dict:
    country = countries.get(actor.get("country") or "")
    return {"code": actor.get("country"), "country_name": country.name if country else None,
            "sector": actor.get("sector"), "sectors": [actor["sector"]] if actor.get("sector") else [],
            "entity_text": actor.get("text") or None, "identifier_text": actor.get("name"),
            "cameo_code": actor.get("code"), "kind": actor.get("kind")}


def _location(place: dict | None, gazetteer: Any) -> dict | None:
    if not place:
        return None
    feature = place.get("feature") or "city"
    feature_class, feature_code, resolution = _FEATURES.get(feature, ("", "", None))
    country = gazetteer.countries.get(place.get("country") or "")
    return {"extracted_place": place.get("text"), "resolved_place": place.get("name"),
            "geonameid": place.get("geonameid"), "lat": place.get("lat"), "lon": place.get("lon"),
            "city": place.get("name") if feature == "city" else None,
            "district": place.get("name") if feature == "county" else None,
            "province": (place.get("name") if feature == "admin"
                         else gazetteer.admin_name(place.get("country"), place.get("admin1"))),
            "country": country.name if country else None, "country_code": place.get("country"),
            "feature_class": feature_class, "feature_code": feature_code, "resolution": resolution}


def _recipients(event: dict) -> list[dict]:
    """The event's recipients; none for a reciprocal event, whose sides are all actors
    (PLOVER manual, "Compound and Reciprocal Actors")."""
    spans = [[(a.get("start"), a.get("end")) for a in event[side]] for side in ("source", "target")]
    return [] if reciprocal(*spans) else event["target"]


def plover_lines(con: Any, done_only: bool = False) -> Iterator[str]:
    """One PLOVER JSON object per event that has a PLOVER type (and is a done act, with
    ``done_only``)."""
    from ..place import load_gazetteer

    gazetteer = load_gazetteer()
    coder = f"dateline {metadata.version('dateline')}"
    query = ("SELECT e.record, d.url, d.title, d.outlet, d.language, d.published, d.coded_at "
             "FROM events e JOIN documents d ON d.id = e.doc_id ORDER BY e.doc_id, e.trigger_start, e.id")
    for record, url, title, outlet, language, published, coded_at in con.execute(query).fetchall():
        event = json.loads(record)
        if not event["plover"]["type"]:
            continue  # CAMEO-only codes (statements, appeals): PLOVER has no category for them
        if done_only and not is_done(event["status"]):
            continue
        day = event_day(event.get("date"), published)
        own_day = event.get("date") and day == event_day(event["date"], None)
        yield json.dumps({
            "id": event["id"],
            "date": None if day is None else f"{day[0]:04d}-{day[1]:02d}-{day[2]:02d}",
            "date_precision": ("none" if day is None else event.get("date_precision") if own_day
                               else "publication"),
            "event": [event["plover"]["type"]],
            "mode": event["plover"]["mode"], "context": event["plover"]["context"],
            "actor": [_entity(a, gazetteer.countries) for a in event["source"]],
            "recipient": [_entity(a, gazetteer.countries) for a in _recipients(event)],
            "event_loc": _location(event.get("location"), gazetteer),
            "event_text": [event["text"]],
            "quad_code": event["cameo"]["quad_class"], "event_scale": event["cameo"]["goldstein"],
            "text_info": {"sequence": event["sentence"] + 1},
            "cite_info": {"url": url, "title": title, "publication": outlet, "language": language,
                          "coder": coder, "codebook": CODEBOOK},
            "coded_date": coded_at.date().isoformat() if coded_at is not None else None,
            "doc_id": event["doc_id"], "trigger": event["trigger"],
            "cameo": event["cameo"], "status": event["status"], "attribution": event.get("attribution"),
            "confidence": event["confidence"], "evidence": event["evidence"],
        }, ensure_ascii=False)
