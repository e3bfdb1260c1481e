"""GDELT 2.0 exports: event rows (the 61 columns of GDELT's event codebook) and
mention rows (its 16 Mentions columns), tab-separated, no header unless asked.

One event of ours gives one row per dyad (``Event.pairs``). The copies of one
story (``documents.story_id``; NULL is a story of one) report the same events:
an event is written once, from the story's original, and every copy that
carries it (same CAMEO code, trigger word, actors and date) is one of its
mentions. Field by field: docs/formats.md.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..records import Actor, Event, from_dict, is_done
from ..tables import word_class

KNOWN_GROUP_TYPES = word_class("known group types")

_ACTOR_COLUMNS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                  "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO_COLUMNS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
_GEO_TYPES = ("INTEGER", "STRING", "STRING", "STRING", "STRING", "FLOAT", "FLOAT", "STRING")
# (name, type) of GDELT 2.0's event columns, in order; types as the codebook gives
# them (INTEGER is 64-bit: DATEADDED has 14 digits).
GDELT_EVENT_SCHEMA = (
    (("GLOBALEVENTID", "INTEGER"), ("SQLDATE", "INTEGER"), ("MonthYear", "INTEGER"),
     ("Year", "INTEGER"), ("FractionDate", "FLOAT"))
    + tuple((f"Actor{n}{c}", "STRING") for n in (1, 2) for c in _ACTOR_COLUMNS)
    + (("IsRootEvent", "INTEGER"), ("EventCode", "STRING"), ("EventBaseCode", "STRING"),
       ("EventRootCode", "STRING"), ("QuadClass", "INTEGER"), ("GoldsteinScale", "FLOAT"),
       ("NumMentions", "INTEGER"), ("NumSources", "INTEGER"), ("NumArticles", "INTEGER"),
       ("AvgTone", "FLOAT"))
    + tuple((f"{who}Geo_{c}", t) for who in ("Actor1", "Actor2", "Action")
            for c, t in zip(_GEO_COLUMNS, _GEO_TYPES))
    + (("DATEADDED", "INTEGER"), ("SOURCEURL", "STRING"))
)
GDELT_COLUMNS = tuple(name for name, _ in GDELT_EVENT_SCHEMA)
GDELT_MENTION_SCHEMA = (
    ("GLOBALEVENTID", "INTEGER"), ("EventTimeDate", "INTEGER"), ("MentionTimeDate", "INTEGER"),
    ("MentionType", "INTEGER"), ("MentionSourceName", "STRING"), ("MentionIdentifier", "STRING"),
    ("SentenceID", "INTEGER"), ("Actor1CharOffset", "INTEGER"), ("Actor2CharOffset", "INTEGER"),
    ("ActionCharOffset", "INTEGER"), ("InRawText", "INTEGER"), ("Confidence", "INTEGER"),
    ("MentionDocLen", "INTEGER"), ("MentionDocTone", "FLOAT"), ("MentionDocTranslationInfo", "STRING"),
    ("Extras", "STRING"),
)
MENTION_COLUMNS = tuple(name for name, _ in GDELT_MENTION_SCHEMA)
# GDELT's MentionType: 1 a web page (the identifier is its URL), 2 a citation only.
MENTION_WEB, MENTION_CITATION = 1, 2
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass
class _Doc:
    id: str
    url: str | None
    outlet: str | None
    published: str | None
    coded_at: Any
    length: int
    places: list[dict] = field(default_factory=list)


@dataclass
class _Row:
    """One event of a story and the copies that report it (doc, event record)."""

    event: dict
    mentions: list[tuple[_Doc, dict]]


def global_event_id(event_id: str, pair: int) -> int:
    """A stable 63-bit integer for dyad ``pair`` of an event (fits a signed BIGINT)."""
    digest = hashlib.blake2b(f"{event_id}:{pair}".encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def _date_parts(value: str | None) -> tuple[int, int, int] | None:
    found = _ISO_DATE.match(value or "")
    if not found:
        return None
    return int(found[1]), int(found[2] or 0), int(found[3] or 0)


def event_day(event_date: str | None, published: str | None) -> tuple[int, int, int] | None:
    """The day a row is dated: the event's own day; for an event dated only to a
    month or year, the publication day when it falls inside it, else the period's
    first day; with no event date, the publication day."""
    own, pub = _date_parts(event_date), _date_parts(published)
    if own and own[1] and own[2]:
        return own
    if own:
        if pub and pub[0] == own[0] and (not own[1] or pub[1] == own[1]) and pub[1] and pub[2]:
            return pub
        return own[0], own[1] or 1, 1
    return pub if pub and pub[1] and pub[2] else None


def date_cells(day: tuple[int, int, int] | None) -> list[str]:
    """SQLDATE, MonthYear, Year, FractionDate (GDELT's (month * 30 + day) / 365)."""
    if day is None:
        return ["", "", "", ""]
    year, month, dom = day
    return [f"{year:04d}{month:02d}{dom:02d}", f"{year:04d}{month:02d}", f"{year:04d}",
            f"{year + (month * 30 + dom) / 365:.4f}"]


def _timestamp(value: Any) -> str:
    return value.strftime("%Y%m%d%H%M%S") if value is not None and hasattr(value, "strftime") else ""


def _actor_cells(actor: Actor | None) -> list[str]:
    if actor is None:
        return [""] * len(_ACTOR_COLUMNS)
    country = actor.country or ""
    sector = actor.sector or ""
    group = country if sector in KNOWN_GROUP_TYPES else ""
    return [actor.code or "", (actor.name or "").upper(),
            "" if group else country, group, "", "", "", sector, "", ""]


def _signature(event: dict) -> tuple:
    codes = lambda actors: tuple(a.get("code") or "" for a in actors)  # noqa: E731
    return (event["cameo"]["code"], event["trigger"]["text"].lower(), codes(event["source"]),
            codes(event["target"]), event.get("date"))


def _documents(con: Any) -> dict[str, list[_Doc]]:
    """Documents by story (story_id, else their own id), the original first."""
    stories: dict[str, list[_Doc]] = defaultdict(list)
    query = ("SELECT id, url, outlet, published, coded_at, coalesce(story_id, id), length(text) "
             "FROM documents ORDER BY coalesce(story_id, id), id = coalesce(story_id, id) DESC, "
             "published NULLS LAST, id")
    for doc_id, url, outlet, published, coded_at, story, length in con.execute(query).fetchall():
        stories[story].append(_Doc(doc_id, url, outlet, published, coded_at, length or 0))
    return stories


def _story_rows(con: Any, docs: list[_Doc], done_only: bool = False) -> list[_Row]:
    """The story's events (only done acts with ``done_only``), each with every copy that
    reports it."""
    rows: list[_Row] = []
    open_rows: dict[tuple, list[_Row]] = defaultdict(list)
    for doc in docs:
        (result,) = con.execute("SELECT result FROM documents WHERE id = ?", [doc.id]).fetchone()
        doc.places = json.loads(result).get("places") or []
        events = con.execute("SELECT record FROM events WHERE doc_id = ? ORDER BY trigger_start, id",
                             [doc.id]).fetchall()
        taken: dict[tuple, int] = defaultdict(int)
        for (record,) in events:
            event = json.loads(record)
            if done_only and not is_done(event["status"]):
                continue
            key = _signature(event)
            candidates = open_rows[key]
            if taken[key] < len(candidates):
                candidates[taken[key]].mentions.append((doc, event))
            else:
                row = _Row(event, [(doc, event)])
                rows.append(row)
                candidates.append(row)
            taken[key] += 1
    return rows


def story_rows(con: Any, done_only: bool = False) -> Iterator[tuple[_Row, list[_Doc]]]:
    """Every event row of the database (only done acts with ``done_only``), story by story."""
    for docs in _documents(con).values():
        for row in _story_rows(con, docs, done_only):
            yield row, docs


def _cells(values: list[str]) -> str:
    # No quoting in GDELT files: a tab or newline would shift columns and a leading
    # double quote would open a quoted field in CSV readers, so they are replaced.
    return "\t".join(v.replace("\t", " ").replace("\n", " ").replace("\r", " ").replace('"', "'")
                     for v in values)


def _source_name(doc: _Doc) -> str:
    if doc.outlet:
        return doc.outlet
    return (urlsplit(doc.url).hostname or "") if doc.url else ""


def event_lines(con: Any, geo: Any, done_only: bool = False) -> Iterator[str]:
    """GDELT event rows: one per dyad of each story's events."""
    for row, _docs in story_rows(con, done_only):
        doc, event = row.mentions[0]
        record = from_dict(Event, event)
        articles = {d.id for d, _ in row.mentions}
        sources = {_source_name(d) or d.id for d, _ in row.mentions}
        code = event["cameo"]["code"]
        action = geo.cells(event.get("location"))
        for n, (source, target) in enumerate(record.pairs()):
            cells = [str(global_event_id(event["id"], n)),
                     *date_cells(event_day(event.get("date"), doc.published))]
            cells += _actor_cells(source) + _actor_cells(target)
            cells += ["1" if event["sentence"] == 0 else "0", code, code[:3], code[:2],
                      str(event["cameo"]["quad_class"]), str(event["cameo"]["goldstein"]),
                      str(len(row.mentions)), str(len(sources)), str(len(articles)), ""]
            cells += geo.actor_cells(source, doc.places) + geo.actor_cells(target, doc.places) + action
            cells += [_timestamp(doc.coded_at), doc.url or doc.id]
            yield _cells(cells)


def mention_lines(con: Any, done_only: bool = False) -> Iterator[str]:
    """GDELT Mentions rows: one per article that reports each event row."""
    for row, _docs in story_rows(con, done_only):
        first_doc, event = row.mentions[0]
        record = from_dict(Event, event)
        for n, (source, target) in enumerate(record.pairs()):
            event_id = str(global_event_id(event["id"], n))
            for doc, mention in row.mentions:
                mentioned = from_dict(Event, mention).pairs()
                m_source, m_target = mentioned[n] if n < len(mentioned) else (source, target)
                yield _cells([
                    event_id, _timestamp(first_doc.coded_at), _timestamp(doc.coded_at),
                    str(MENTION_WEB if doc.url else MENTION_CITATION), _source_name(doc),
                    doc.url or doc.id, str(mention["sentence"] + 1),
                    str(m_source.start if m_source else -1), str(m_target.start if m_target else -1),
                    str(mention["trigger"]["start"]), "1", str(round(100 * (mention.get("confidence") or 0))),
                    str(doc.length), "", "", ""])
