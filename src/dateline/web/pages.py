"""The explorer's pages. Each has a JSON twin: the same path with .json gives its data."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import Field

from . import aggregates, article, charts, queries
from .app import ExplorerError, html
from .database import Database
from .filters import SHORT, EventQuery

router = APIRouter(include_in_schema=False)

Id = Annotated[str, Path(min_length=1, max_length=200)]
PLACE_EVENTS = 100  # events listed under a chosen map point


class TimelinePage(aggregates.DyadQuery):
    """The pair picker (most frequent pairs) and the chosen pair's timeline."""

    a: str | None = Field(None, max_length=SHORT)
    b: str | None = Field(None, max_length=SHORT)
    interval: aggregates.Interval = "week"
    directed: bool = False


class MapPage(aggregates.PlacesQuery):
    """Places, and the events of one chosen place (place and place_country filters)."""


def _db(request: Request) -> Database:
    return request.app.state.db


def _page(request: Request, json_twin: bool, template: str, data: dict[str, Any],
          **extra: Any) -> Response:
    if json_twin:
        return JSONResponse(data)
    if "query" in extra:
        extra["filters_kept"] = extra["query"].active()
    return html(request, template, {"data": data, **extra})


@router.get("/")
def home() -> Response:
    return RedirectResponse("/events", status_code=307)


def events_view(request: Request, query: EventQuery, json_twin: bool) -> Response:
    data = queries.events_page(_db(request), query)
    return _page(request, json_twin, "events.html", data, query=query, page="events")


@router.get("/events.json")
def events_json(request: Request, query: Annotated[EventQuery, Query()]) -> Response:
    return events_view(request, query, True)


@router.get("/events")
def events_html(request: Request, query: Annotated[EventQuery, Query()]) -> Response:
    return events_view(request, query, False)


def document_view(request: Request, doc_id: str, json_twin: bool) -> Response:
    db = _db(request)
    found = queries.document(db, doc_id)
    if found is None:
        raise ExplorerError(404, "E603", kind="document", id=doc_id)
    result = found["result"]
    copies = queries.story_copies(db, doc_id, found["story_id"])
    data = {"document": result, "story_id": found["story_id"], "coded_at": found["coded_at"],
            "provenance_chain": article.provenance_chain(result, copies)}
    if json_twin:
        return JSONResponse(data)
    pieces = article.segments(result["document"]["text"], article.marks_of(result))
    return html(request, "document.html", {"data": data, "segments": pieces, "page": "document"})


@router.get("/documents/{doc_id}.json")
def document_json(request: Request, doc_id: Id) -> Response:
    return document_view(request, doc_id, True)


@router.get("/documents/{doc_id}")
def document_html(request: Request, doc_id: Id) -> Response:
    return document_view(request, doc_id, False)


def timeline_view(request: Request, query: TimelinePage, json_twin: bool) -> Response:
    db = _db(request)
    pairs = aggregates.dyads(db, query)
    a, b = query.a, query.b
    if not (a and b) and pairs["dyads"]:
        a, b = pairs["dyads"][0]["a"], pairs["dyads"][0]["b"]
    series = None
    if a and b:
        filters = query.model_dump(exclude={"a", "b", "by", "top", "interval", "directed"})
        series = aggregates.timeline(db, aggregates.TimelineQuery(
            **filters, a=a, b=b, interval=query.interval, directed=query.directed))
    data = {"dyads": pairs, "timeline": series}
    return _page(request, json_twin, "timeline.html", data, query=query, page="timeline",
                 chart=charts.timeline_chart(series) if series else None)


@router.get("/timeline.json")
def timeline_json(request: Request, query: Annotated[TimelinePage, Query()]) -> Response:
    return timeline_view(request, query, True)


@router.get("/timeline")
def timeline_html(request: Request, query: Annotated[TimelinePage, Query()]) -> Response:
    return timeline_view(request, query, False)


def network_view(request: Request, query: aggregates.NetworkQuery, json_twin: bool) -> Response:
    data = aggregates.network(_db(request), query)
    chart = None if json_twin else charts.network_chart(data)
    return _page(request, json_twin, "network.html", data, query=query, page="network", chart=chart)


@router.get("/network.json")
def network_json(request: Request, query: Annotated[aggregates.NetworkQuery, Query()]) -> Response:
    return network_view(request, query, True)


@router.get("/network")
def network_html(request: Request, query: Annotated[aggregates.NetworkQuery, Query()]) -> Response:
    return network_view(request, query, False)


def map_view(request: Request, query: MapPage, json_twin: bool) -> Response:
    db = _db(request)
    everywhere = aggregates.PlacesQuery(**query.model_dump(exclude={"place", "place_country"}))
    data: dict[str, Any] = {"places": aggregates.places(db, everywhere)["places"],
                            "filters": query.active(), "selected": None}
    if query.place:
        listed = EventQuery(**query.model_dump(exclude={"top"}), limit=PLACE_EVENTS)
        data["selected"] = {"place": query.place, "place_country": query.place_country,
                            **queries.events_page(db, listed)}
    return _page(request, json_twin, "map.html", data, query=query, page="map",
                 points=charts.map_points(data))


@router.get("/map.json")
def map_json(request: Request, query: Annotated[MapPage, Query()]) -> Response:
    return map_view(request, query, True)


@router.get("/map")
def map_html(request: Request, query: Annotated[MapPage, Query()]) -> Response:
    return map_view(request, query, False)
