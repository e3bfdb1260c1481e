"""Reading events and documents for the explorer's views."""

from __future__ import annotations

import json
from typing import Any

from .database import Database
from .filters import SORTS, EventQuery, where

# The columns of a row in the events table (and of /api/events).
EVENT_COLUMNS = (
    "e.id, e.doc_id, e.sentence, e.date, e.date_precision, e.source_name, e.source_country, "
    "e.source_code, e.target_name, e.target_country, e.target_code, e.plover_type, "
    "e.plover_mode, e.cameo_code, e.cameo_root, e.quad_class, e.goldstein, e.trigger_text, "
    "e.trigger_start, e.trigger_end, e.text, e.status, e.location_name, e.location_country, "
    "e.lat, e.lon, e.speaker, e.confidence")


def _actor(row: dict, side: str) -> dict | None:
    actor = {k: row[f"{side}_{k}"] for k in ("name", "country", "code")}
    return actor if any(actor.values()) else None


def event_row(row: dict, doc: dict | None = None) -> dict[str, Any]:
    """One event as the API gives it: the table's columns, grouped."""
    location = None
    if row["location_name"] or row["lat"] is not None:
        location = {"name": row["location_name"], "country": row["location_country"],
                    "lat": row["lat"], "lon": row["lon"]}
    return {
        "id": row["id"], "doc_id": row["doc_id"], "sentence": row["sentence"],
        "date": row["date"], "date_precision": row["date_precision"],
        "source": _actor(row, "source"), "target": _actor(row, "target"),
        "plover": {"type": row["plover_type"] or None, "mode": row["plover_mode"] or []},
        "cameo": {"code": row["cameo_code"], "root": row["cameo_root"],
                  "quad_class": row["quad_class"], "goldstein": row["goldstein"]},
        "trigger": {"text": row["trigger_text"], "start": row["trigger_start"],
                    "end": row["trigger_end"]},
        "text": row["text"], "status": row["status"] or [], "location": location,
        "speaker": row["speaker"], "confidence": row["confidence"],
        "document": doc,
    }


def documents_by_id(db: Database, ids: list[str]) -> dict[str, dict]:
    """Title, outlet, URL and publication date of the given documents."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.rows(f"SELECT id, title, outlet, url, published FROM documents WHERE id IN ({marks})",
                   list(ids))
    return {r.pop("id"): r for r in rows}


def events_page(db: Database, query: EventQuery) -> dict[str, Any]:
    """One page of the filtered, sorted events, with the total count.

    One scan finds the page's ids and (by a window count) the total; only then are the
    page's 50-odd rows read whole, by id: sorting wide rows to skip to a deep page cost
    more than the scan itself on a million events.
    """
    clause, params = where(query, db.has_story)
    order = SORTS[query.sort]
    if clause == "TRUE":  # nothing filtered: the total is known, the top-N scan is cheap
        page = [(r["id"], db.facets["events"]) for r in db.rows(
            f"SELECT e.id FROM events e ORDER BY {order} LIMIT ? OFFSET ?",
            [query.limit, query.offset])]
        total = db.facets["events"]
    else:
        with db.cursor() as cur:
            page = cur.execute(f"SELECT e.id, count(*) OVER () FROM events e WHERE {clause} "
                               f"ORDER BY {order} LIMIT ? OFFSET ?",
                               params + [query.limit, query.offset]).fetchall()
        total = page[0][1] if page else db.scalar(
            f"SELECT count(*) FROM events e WHERE {clause}", params)
    rows = rows_by_id(db, [event_id for event_id, _ in page])
    docs = documents_by_id(db, sorted({r["doc_id"] for r in rows}))
    return {
        "total": total, "limit": query.limit, "offset": query.offset, "sort": query.sort,
        "filters": query.active(),
        "events": [event_row(r, docs.get(r["doc_id"])) for r in rows],
    }


def rows_by_id(db: Database, ids: list[str]) -> list[dict]:
    """The table columns of the given events, in the order of ``ids``."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    found = {r["id"]: r for r in db.rows(
        f"SELECT {EVENT_COLUMNS} FROM events e WHERE e.id IN ({marks})", list(ids))}
    return [found[i] for i in ids if i in found]


def filtered_event_ids(db: Database, query: EventQuery, cap: int) -> list[str]:
    """Ids of the filtered events in table order, at most ``cap`` of them (downloads)."""
    clause, params = where(query, db.has_story)
    with db.cursor() as cur:
        return [r[0] for r in cur.execute(
            f"SELECT e.id FROM events e WHERE {clause} ORDER BY {SORTS[query.sort]} LIMIT ?",
            params + [cap]).fetchall()]


def document(db: Database, doc_id: str) -> dict[str, Any] | None:
    """The stored per-document JSON and the document's story, or None if unknown."""
    story = "story_id" if db.has_story else "NULL"
    rows = db.rows(f"SELECT result, {story} AS story_id, coded_at FROM documents WHERE id = ?",
                   [doc_id])
    if not rows:
        return None
    return {"result": json.loads(rows[0]["result"]), "story_id": rows[0]["story_id"],
            "coded_at": str(rows[0]["coded_at"]) if rows[0]["coded_at"] else None}


def story_copies(db: Database, doc_id: str, story_id: str | None) -> list[dict[str, Any]]:
    """The other documents of the same story (copies share the original's story id)."""
    if not db.has_story:
        return []
    key = story_id or doc_id
    return db.rows(
        "SELECT id, title, outlet, url, published, id = ? AS original FROM documents "
        "WHERE coalesce(story_id, id) = ? AND id <> ? ORDER BY published NULLS LAST, id",
        [key, key, doc_id])
