"""Shapes of the API's answers, for /openapi.json (documentation: answers are not
re-validated through these models)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class Problem(BaseModel):
    parameter: str
    problem: str


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str
    problems: list[Problem]


class ErrorBody(BaseModel):
    """Every error of the API and of the .json twins has this shape."""

    error: ErrorDetail


class ActorColumns(BaseModel):
    name: str | None
    country: str | None
    code: str | None


class EventRow(BaseModel):
    """One event as the table shows it (the first source-target pair of the record)."""

    id: str
    doc_id: str
    sentence: int | None
    date: str | None
    date_precision: str | None
    source: ActorColumns | None
    target: ActorColumns | None
    plover: dict[str, Any]
    cameo: dict[str, Any]
    trigger: dict[str, Any]
    text: str | None
    status: list[str]
    location: dict[str, Any] | None
    speaker: str | None
    confidence: float | None
    document: dict[str, Any] | None


class EventsPage(BaseModel):
    total: int
    limit: int
    offset: int
    sort: str
    filters: dict[str, Any]
    events: list[EventRow]


class Dyad(BaseModel):
    a: str
    b: str
    events: int
    goldstein: float | None
    cooperation: int
    conflict: int


class Dyads(BaseModel):
    by: str
    filters: dict[str, Any]
    dyads: list[Dyad]


class Period(BaseModel):
    period: str
    date_from: str
    date_to: str
    events: int
    goldstein: float | None
    cooperation: int
    cooperation_goldstein: float | None
    conflict: int
    conflict_goldstein: float | None


class Timeline(BaseModel):
    a: str
    b: str
    interval: str
    directed: bool
    filters: dict[str, Any]
    events: int
    undated: int
    periods: list[Period]


class Edge(BaseModel):
    source: str
    target: str
    events: int
    goldstein: float | None
    cooperation: int
    conflict: int


class Node(BaseModel):
    id: str
    events: int


class Network(BaseModel):
    by: str
    filters: dict[str, Any]
    nodes: list[Node]
    edges: list[Edge]


class PlaceRow(BaseModel):
    name: str | None
    country: str | None
    lat: float
    lon: float
    events: int
    goldstein: float | None


class Places(BaseModel):
    filters: dict[str, Any]
    places: list[PlaceRow]


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "Unknown id or path"},
    422: {"model": ErrorBody, "description": "Invalid parameter"},
}
