"""Exporters: native JSON lines, PLOVER JSON lines, GDELT 2.0 event rows, Parquet."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from typing import IO, Any

from ..errors import DatelineError
from ..records import Actor, Event, from_dict
from .schema import TABLES

EXPORT_FORMATS = ("jsonl", "plover", "gdelt", "parquet")

# The 61 columns of a GDELT 2.0 event row, in order.
_ACTOR_COLUMNS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                  "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO_COLUMNS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in _ACTOR_COLUMNS) + tuple(f"Actor2{c}" for c in _ACTOR_COLUMNS)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{c}" for c in _GEO_COLUMNS) + tuple(f"Actor2Geo_{c}" for c in _GEO_COLUMNS)
    + tuple(f"ActionGeo_{c}" for c in _GEO_COLUMNS)
    + ("DATEADDED", "SOURCEURL")
)
# GDELT geo types: 1 country, 4 world city, 5 world state (ADM1).
_GEO_TYPE = {"country": 1, "city": 4, "admin": 5, "region": 1}


def export(con: Any, fmt: str, out: str | None = None) -> int:
    """Write every record in format ``fmt`` to ``out`` (stdout when None); returns rows written."""
    if fmt not in EXPORT_FORMATS:
        raise DatelineError("E302", fmt=fmt, choices=", ".join(EXPORT_FORMATS))
    if fmt == "parquet":
        return _parquet(con, out or "dateline-parquet")
    rows = {"jsonl": _native, "plover": _plover, "gdelt": _gdelt}[fmt](con)
    handle: IO[str] = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    count = 0
    try:
        if fmt == "gdelt":
            handle.write("\t".join(GDELT_COLUMNS) + "\n")
        for row in rows:
            handle.write(row + "\n")
            count += 1
    finally:
        if out:
            handle.close()
    return count


def _native(con: Any) -> Iterator[str]:
    for (result,) in con.execute("SELECT result FROM documents ORDER BY id").fetchall():
        yield json.dumps(json.loads(result), ensure_ascii=False)


def _events(con: Any) -> Iterator[tuple[dict, dict]]:
    query = ("SELECT e.record, d.url, d.published, d.outlet FROM events e "
             "JOIN documents d ON d.id = e.doc_id ORDER BY e.doc_id, e.trigger_start")
    for record, url, published, outlet in con.execute(query).fetchall():
        yield json.loads(record), {"url": url, "published": published, "outlet": outlet}


def _names(actors: list[dict]) -> list[str]:
    return [a["name"] for a in actors]


def _plover(con: Any) -> Iterator[str]:
    for event, doc in _events(con):
        source, target = event["source"], event["target"]
        loc = event.get("location")
        yield json.dumps({
            "id": event["id"], "doc_id": event["doc_id"], "url": doc["url"],
            "event_date": event["date"], "date_precision": event["date_precision"],
            "event_type": event["plover"]["type"], "mode": event["plover"]["mode"],
            "context": event["plover"]["context"],
            "actor": _names(source), "actor_country": [a["country"] for a in source],
            "actor_sector": [a["sector"] for a in source],
            "recipient": _names(target), "recipient_country": [a["country"] for a in target],
            "recipient_sector": [a["sector"] for a in target],
            "event_text": event["text"], "trigger": event["trigger"]["text"],
            "cameo": event["cameo"]["code"], "quad_class": event["cameo"]["quad_class"],
            "goldstein": event["cameo"]["goldstein"], "status": event["status"],
            "attribution": event.get("attribution"),
            "event_loc": None if loc is None else {k: loc[k] for k in (
                "name", "country", "lat", "lon", "geonameid", "feature")},
            "confidence": event["confidence"], "evidence": event["evidence"],
        }, ensure_ascii=False)


def _compact_date(value: str | None) -> tuple[str, str, str, str]:
    """SQLDATE, MonthYear, Year, FractionDate from an ISO date (any precision)."""
    if not value or not value[:4].isdigit():
        return "", "", "", ""
    year = value[:4]
    month = value[5:7] if len(value) >= 7 and value[5:7].isdigit() else "00"
    day = value[8:10] if len(value) >= 10 and value[8:10].isdigit() else "00"
    fraction = f"{int(year) + (int(month) * 30 + int(day)) / 365:.4f}"
    return f"{year}{month}{day}", f"{year}{month}", year, fraction


def _actor_cells(actor: Actor | None) -> list[str]:
    if actor is None:
        return [""] * len(_ACTOR_COLUMNS)
    country = actor.country or ""
    sector = actor.sector or ""
    group = country if sector in ("IGO", "NGO") else ""
    return [actor.code or "", (actor.name or "").upper(),
            "" if group else country, group, "", "", "", sector, "", ""]


def _geo_cells(place: dict | None) -> list[str]:
    if place is None:
        return [""] * len(_GEO_COLUMNS)
    return [str(_GEO_TYPE.get(place.get("feature") or "", 4)), place.get("name") or "",
            place.get("country") or "", "", "", _num(place.get("lat")), _num(place.get("lon")),
            "" if place.get("geonameid") is None else str(place["geonameid"])]


def _num(value: Any) -> str:
    return "" if value is None else str(value)


def _gdelt(con: Any) -> Iterator[str]:
    for event, doc in _events(con):
        pairs = from_dict(Event, event).pairs()
        for n, (source, target) in enumerate(pairs):
            code = event["cameo"]["code"]
            cells = [f"{event['id']}-{n}", *_compact_date(event["date"] or doc["published"])]
            cells += _actor_cells(source) + _actor_cells(target)
            cells += ["1" if event["sentence"] == 0 else "0", code, code[:3], code[:2],
                      str(event["cameo"]["quad_class"]), str(event["cameo"]["goldstein"]),
                      "1", "1", "1", ""]
            cells += _geo_cells(None) + _geo_cells(None) + _geo_cells(event.get("location"))
            cells += ["", doc["url"] or event["doc_id"]]
            yield "\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells)


def _parquet(con: Any, folder: str) -> int:
    os.makedirs(folder, exist_ok=True)
    count = 0
    for table in TABLES:
        if table == "meta":
            continue
        path = os.path.join(folder, f"{table}.parquet").replace("'", "''")
        con.execute(f"COPY {table} TO '{path}' (FORMAT PARQUET)")
        count += con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return count
