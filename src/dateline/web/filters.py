"""The event filters every view shares, validated, and turned into SQL.

Filter values reach DuckDB only as bound parameters; the SQL text is built from
fixed fragments (and integers the validation has checked), never from user input.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
SHORT = 200  # longest free-text filter value accepted, in characters
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")

Text = Annotated[str | None, Field(default=None, max_length=SHORT)]

# Sort keys and the ORDER BY they mean; ids break ties so paging is stable.
SORTS = {
    "date": "e.date ASC NULLS LAST, e.id",
    "-date": "e.date DESC NULLS LAST, e.id",
    "goldstein": "e.goldstein ASC NULLS LAST, e.id",
    "-goldstein": "e.goldstein DESC NULLS LAST, e.id",
    "confidence": "e.confidence ASC NULLS LAST, e.id",
    "-confidence": "e.confidence DESC NULLS LAST, e.id",
    "cameo": "e.cameo_code ASC NULLS LAST, e.id",
    "plover": "e.plover_type ASC NULLS LAST, e.id",
}
SortKey = Literal["date", "-date", "goldstein", "-goldstein", "confidence", "-confidence",
                  "cameo", "plover"]
MAX_LIMIT = 500
MAX_OFFSET = 10_000_000


class EventFilters(BaseModel):
    """Which events a view shows. Empty values (an empty form field) mean no filter."""

    model_config = ConfigDict(extra="forbid")

    q: Text = Field(None, description="Words in the event's sentence or actor names "
                                      "(case-insensitive substring).")
    actor: Text = Field(None, description="An actor code (exact, e.g. RUSMIL) or part of a name, "
                                          "as source or target.")
    country: str | None = Field(None, pattern=r"^[A-Za-z]{3}$",
                                description="Country code (ISO alpha-3) of the source or target.")
    source: Text = Field(None, description="The source's code, country or name (exact, any case).")
    target: Text = Field(None, description="The target's code, country or name (exact, any case).")
    plover: str | None = Field(None, pattern=r"^[A-Za-z_]{1,40}$", description="PLOVER event type.")
    cameo_root: str | None = Field(None, pattern=r"^\d{2}$", description="CAMEO root code, 01-20.")
    quad_class: int | None = Field(None, ge=1, le=4, description="1 verbal cooperation, "
                                   "2 material cooperation, 3 verbal conflict, 4 material conflict.")
    status: str | None = Field(None, pattern=r"^[a-z_]{1,40}$",
                               description="A status the event carries (reported, negated, ...).")
    date_from: str | None = Field(None, pattern=DATE_PATTERN,
                                  description="Earliest event date: YYYY, YYYY-MM or YYYY-MM-DD.")
    date_to: str | None = Field(None, pattern=DATE_PATTERN,
                                description="Latest event date: YYYY, YYYY-MM or YYYY-MM-DD.")
    story: Text = Field(None, description="Story id: the events of every copy of one story.")
    doc: Text = Field(None, description="Document id.")
    place: Text = Field(None, description="Event location name (exact, any case).")
    place_country: str | None = Field(None, pattern=r"^[A-Za-z]{3}$",
                                      description="Country code of the event location.")

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.strip()
            if _CONTROL.search(value):
                raise ValueError("contains a control character")
            return value or None
        return value

    def active(self) -> dict[str, str | int]:
        """The filters that are set (for links that keep them)."""
        return {k: v for k, v in self.model_dump().items()
                if v is not None and k in EventFilters.model_fields}


class EventQuery(EventFilters):
    """Filters plus sorting and paging: the events table."""

    sort: SortKey = Field("-date", description="Sort key; a leading - sorts descending.")
    limit: int = Field(50, ge=1, le=MAX_LIMIT, description="Rows per page.")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Rows to skip.")


def _substring(column: str, term: str) -> tuple[str, str]:
    """Case-insensitive "column contains term" and its parameter. ILIKE is DuckDB's fast
    path, but only without an ESCAPE clause; a term holding a LIKE wildcard (% _ \\) is
    matched literally by the slower lower()/contains() instead."""
    if any(c in term for c in "%_\\"):
        return f"contains(lower({column}), ?)", term.lower()
    return f"{column} ILIKE ?", f"%{term}%"


def where(f: EventFilters, has_story: bool = True) -> tuple[str, list]:
    """A WHERE clause over ``events e`` (\"TRUE\" when nothing is set) and its parameters."""
    clauses: list[str] = []
    params: list = []

    def add(sql: str, *values: object) -> None:
        clauses.append(sql)
        params.extend(values)

    if f.q:
        found = [_substring(f"e.{c}", f.q) for c in ("text", "source_name", "target_name")]
        add("(" + " OR ".join(sql for sql, _ in found) + ")", *(value for _, value in found))
    if f.actor:
        name = f.actor.lower()
        (source, by_source), (target, by_target) = (_substring("e.source_name", f.actor),
                                                    _substring("e.target_name", f.actor))
        add(f"(lower(e.source_code) = ? OR lower(e.target_code) = ? OR {source} OR {target})",
            name, name, by_source, by_target)
    if f.country:
        add("(e.source_country = ? OR e.target_country = ?)", f.country.upper(), f.country.upper())
    for side, value in (("source", f.source), ("target", f.target)):
        if value:
            key = value.lower()
            add(f"(lower(e.{side}_code) = ? OR lower(e.{side}_country) = ?"
                f" OR lower(e.{side}_name) = ?)", key, key, key)
    if f.plover:
        add("e.plover_type = ?", f.plover.upper())
    if f.cameo_root:
        add("e.cameo_root = ?", f.cameo_root)
    if f.quad_class is not None:
        add("e.quad_class = ?", f.quad_class)
    if f.status:
        add("list_contains(e.status, ?)", f.status)
    # Dates compare by prefix, so 2023-08 takes in 2023-08-30 at either end.
    if f.date_from:
        add(f"left(e.date, {len(f.date_from)}) >= ?", f.date_from)
    if f.date_to:
        add(f"left(e.date, {len(f.date_to)}) <= ?", f.date_to)
    if f.story:
        story = "coalesce(story_id, id)" if has_story else "id"
        add(f"e.doc_id IN (SELECT id FROM documents WHERE {story} = ?)", f.story)
    if f.doc:
        add("e.doc_id = ?", f.doc)
    if f.place:
        add("lower(e.location_name) = ?", f.place.lower())
    if f.place_country:
        add("e.location_country = ?", f.place_country.upper())
    return (" AND ".join(clauses) if clauses else "TRUE"), params
