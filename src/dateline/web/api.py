"""The JSON API (described at /openapi.json): the data behind every view."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import FileResponse, StreamingResponse
from pydantic import Field
from starlette.background import BackgroundTask

from . import aggregates, downloads, queries, schemas
from .app import ExplorerError
from .database import Database
from .filters import EventFilters, SortKey

router = APIRouter(prefix="/api", tags=["api"], responses=schemas.ERRORS)

Id = Annotated[str, Path(min_length=1, max_length=200)]


class DownloadQuery(EventFilters):
    """The filters of the table, its sort order, and a format."""

    format: Literal["csv", "jsonl", "plover", "gdelt"] = Field(
        "csv", description="csv: the table's columns; jsonl: the event records; plover: PLOVER "
                           "JSON lines; gdelt: GDELT 2.0 event rows (tab-separated).")
    sort: SortKey = Field("-date", description="Sort key; a leading - sorts descending.")


def _db(request: Request) -> Database:
    return request.app.state.db


@router.get("/events", summary="Events, filtered, sorted and paged",
            responses={200: {"model": schemas.EventsPage}})
def events(request: Request, query: Annotated[queries.EventQuery, Query()]) -> dict[str, Any]:
    return queries.events_page(_db(request), query)


@router.get("/events/download", summary="The filtered events as a file",
            response_class=StreamingResponse)
def download(request: Request, query: Annotated[DownloadQuery, Query()]):
    db = _db(request)
    table_query = queries.EventQuery(**query.model_dump(exclude={"format"}))
    media, suffix = downloads.FORMATS[query.format]
    name = f"dateline-events.{suffix}"
    if query.format in ("csv", "jsonl"):
        stream = downloads.stream_csv if query.format == "csv" else downloads.stream_jsonl
        return StreamingResponse(stream(db, table_query), media_type=media,
                                 headers={"content-disposition": f'attachment; filename="{name}"'})
    path = downloads.exported_file(db, table_query, query.format)
    return FileResponse(path, media_type=media, filename=name,
                        background=BackgroundTask(downloads.remove_download, path))


@router.get("/events/{event_id}", summary="One event's record")
def event(request: Request, event_id: Id) -> dict[str, Any]:
    rows = _db(request).rows("SELECT record FROM events WHERE id = ?", [event_id])
    if not rows:
        raise ExplorerError(404, "E603", kind="event", id=event_id)
    return json.loads(rows[0]["record"])


@router.get("/documents/{doc_id}", summary="A document's record (the per-document JSON)")
def document(request: Request, doc_id: Id) -> dict[str, Any]:
    found = queries.document(_db(request), doc_id)
    if found is None:
        raise ExplorerError(404, "E603", kind="document", id=doc_id)
    return found["result"]


@router.get("/dyads", summary="The most frequent pairs", responses={200: {"model": schemas.Dyads}})
def dyads(request: Request, query: Annotated[aggregates.DyadQuery, Query()]) -> dict[str, Any]:
    return aggregates.dyads(_db(request), query)


@router.get("/dyads/timeline", summary="A pair's events per period, cooperation and conflict apart",
            responses={200: {"model": schemas.Timeline}})
def timeline(request: Request, query: Annotated[aggregates.TimelineQuery, Query()]) -> dict[str, Any]:
    return aggregates.timeline(_db(request), query)


@router.get("/network", summary="Who acts on whom", responses={200: {"model": schemas.Network}})
def network(request: Request, query: Annotated[aggregates.NetworkQuery, Query()]) -> dict[str, Any]:
    return aggregates.network(_db(request), query)


@router.get("/places", summary="Event locations", responses={200: {"model": schemas.Places}})
def places(request: Request, query: Annotated[aggregates.PlacesQuery, Query()]) -> dict[str, Any]:
    return aggregates.places(_db(request), query)


@router.get("/facets", summary="Values for the filter menus, and the database's size")
def facets(request: Request) -> dict[str, Any]:
    db = _db(request)
    return {"database": db.path, **db.facets}
