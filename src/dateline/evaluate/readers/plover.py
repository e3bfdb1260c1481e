"""Reader for users' own PLOVER gold: JSON lines, one event per line.

Field names are matched liberally (case, spaces and hyphens ignored). Accepted:

- event type: ``event_type``, ``event``, ``type``, ``plover_type``, ``plover``
  (a string, a one-item list, or an object with a ``type``);
- modes / contexts: ``mode``, ``event_mode``, ``modes`` / ``context``,
  ``contexts``, ``event_context`` (string, list, or ``;``/``,``-separated);
- source side: ``actor``, ``actors``, ``source``, ``sources``; target side:
  ``recipient``, ``recipients``, ``target``, ``targets``. Each is a CAMEO-style
  code string (``"USAGOV"``), an entity object, or a list of those. An entity
  object may give ``code``; ``country``, ``country_code``, ``country_name`` or
  ``iso3`` (alpha-3 code or English name); ``sector``, ``sector_code``,
  ``primary_sector``; ``text``, ``raw_text``, ``name``, ``entity_name``;
- flat POLECAT-style columns also work: ``actor_country``, ``actor_sector``,
  ``actor_name``, ``recipient_country``, ``recipient_sector``, ...
- the text: ``text``, ``sentence``, ``story_text``, ``event_text`` (a list is
  joined); the document: ``doc_id``, ``story_id``, ``document_id``,
  ``article_id``, else ``id``; the date: ``date``, ``event_date``,
  ``story_date``, ``published``.

When records carry no text, pass ``texts``: a folder of ``<doc id>.txt`` files,
a JSON lines file of ``{"id", "text"}`` objects, or a mapping id -> text.
Events are grouped into one :class:`PloverDocument` per document (per text when
there is no document id), in order of first appearance.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ...errors import DatelineError
from ..gold import GoldEntity, PloverDocument, PloverGoldEvent

_KEY = re.compile(r"[\s\-]+")
_LIST_SPLIT = re.compile(r"\s*[;,|]\s*")

_TYPE_KEYS = ("event_type", "event", "type", "plover_type", "plover", "event_category")
_MODE_KEYS = ("mode", "modes", "event_mode")
_CONTEXT_KEYS = ("context", "contexts", "event_context", "event_contexts")
_SOURCE_KEYS = ("actor", "actors", "source", "sources", "source_actor")
_TARGET_KEYS = ("recipient", "recipients", "target", "targets", "target_actor")
_TEXT_KEYS = ("text", "sentence", "story_text", "event_text", "sentence_text")
_DOC_KEYS = ("doc_id", "story_id", "document_id", "article_id")
_DATE_KEYS = ("date", "event_date", "story_date", "published")
_COUNTRY_KEYS = ("country", "country_code", "iso3", "country_name")
_SECTOR_KEYS = ("sector", "sector_code", "primary_sector", "primary_actor_sector")
_NAME_KEYS = ("text", "raw_text", "name", "entity_name", "name_raw")
# Country names the ISO table does not hold (PLOVER's non-state entries).
_SPECIAL_COUNTRIES = {"united nations": "UNO", "european union": "EUR", "kosovo": "KOS",
                      "international governmental organization": "IGO",
                      "non-governmental organization": "NGO"}


def _normalise_keys(record: Mapping[str, Any]) -> dict[str, Any]:
    return {_KEY.sub("_", str(key).strip().lower()): value for key, value in record.items()}


def _first(record: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, "", []):
            return value
    return None


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part for part in _LIST_SPLIT.split(value.strip()) if part]
    if isinstance(value, (list, tuple)):
        return [str(item).strip() for item in value if str(item).strip()]
    return [str(value)]


def country_code(value: str | None) -> str | None:
    """An alpha-3 (or CAMEO/PLOVER) country code from a code or an English country name."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"[A-Za-z]{3}", value):
        return value.upper()
    special = _SPECIAL_COUNTRIES.get(value.lower())
    if special:
        return special
    try:
        import pycountry

        return pycountry.countries.lookup(value).alpha_3
    except (ImportError, LookupError):
        return value


def _entity(value: Any) -> GoldEntity:
    if isinstance(value, str):
        code = value.strip().upper()
        return GoldEntity(country=code[:3] or None, sector=code[3:6] or None, text=value)
    fields = _normalise_keys(value)
    code = _first(fields, ("code", "cameo_code", "actor_code"))
    country = country_code(_first(fields, _COUNTRY_KEYS))
    sector = _first(fields, _SECTOR_KEYS)
    if code and isinstance(code, str):
        country = country or code[:3].upper()
        sector = sector or code[3:6].upper() or None
    return GoldEntity(country=country, sector=str(sector).upper() if sector else None,
                      text=_first(fields, _NAME_KEYS))


def _entities(record: dict[str, Any], keys: tuple[str, ...], flat_prefix: str) -> list[GoldEntity]:
    value = _first(record, keys)
    if isinstance(value, (list, tuple)):
        return [_entity(item) for item in value if item]
    if value:
        return [_entity(value)]
    # Flat columns: actor_country, actor_sector, actor_name ...
    country = _first(record, tuple(f"{flat_prefix}_{k}" for k in _COUNTRY_KEYS))
    if country is None:
        return []
    sector = _first(record, tuple(f"{flat_prefix}_{k}" for k in _SECTOR_KEYS))
    name = _first(record, tuple(f"{flat_prefix}_{k}" for k in _NAME_KEYS))
    return [GoldEntity(country=country_code(str(country)),
                       sector=str(sector).upper() if sector else None, text=name)]


def _event_type(value: Any) -> str | None:
    if isinstance(value, Mapping):
        value = _first(_normalise_keys(value), ("type", "event_type", "name"))
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    return str(value).strip().upper() if value else None


def _load_texts(texts: str | Path | Mapping[str, str] | None) -> Mapping[str, str]:
    if texts is None:
        return {}
    if isinstance(texts, Mapping):
        return texts
    path = Path(texts)
    if path.is_dir():
        return {p.stem: p.read_text(encoding="utf-8") for p in sorted(path.glob("*.txt"))}
    if not path.exists():
        raise DatelineError("E402", path=str(path))
    found: dict[str, str] = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = _normalise_keys(json.loads(line))
                doc = _first(record, _DOC_KEYS + ("id",))
                text = _first(record, _TEXT_KEYS)
                if doc is not None and isinstance(text, str):
                    found[str(doc)] = text
    return found


def read_plover_jsonl(path: str | Path,
                      texts: str | Path | Mapping[str, str] | None = None) -> Iterator[PloverDocument]:
    """Yield PLOVER gold documents (text + events) from a JSON lines file of events."""
    known_texts = _load_texts(texts)
    documents: dict[str, PloverDocument] = {}
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as error:
                raise DatelineError("E105", path=str(path), line=number, detail=str(error)) from None
            if not isinstance(raw, dict):
                raise DatelineError("E108", path=str(path), line=number, kind=type(raw).__name__)
            record = _normalise_keys(raw)
            doc_id = _first(record, _DOC_KEYS)
            text = _first(record, _TEXT_KEYS)
            if isinstance(text, list):
                text = " ".join(str(part) for part in text)
            if doc_id is None:
                doc_id = record.get("id") if text is None else None
            if text is None and doc_id is not None:
                text = known_texts.get(str(doc_id))
            key = str(doc_id) if doc_id is not None else f"text:{text}"
            document = documents.get(key)
            if document is None:
                document = PloverDocument(id=str(doc_id) if doc_id is not None else f"line-{number}",
                                          text=text or "", date=_date_text(_first(record, _DATE_KEYS)))
                documents[key] = document
            event_type = _event_type(_first(record, _TYPE_KEYS))
            has_event = record.get("has_event")
            if event_type is None or has_event is False or str(has_event).lower() == "false":
                continue  # a "no event" record: the document is kept, with no event from this line
            document.events.append(PloverGoldEvent(
                type=event_type,
                actors=_entities(record, _SOURCE_KEYS, "actor") or _entities(record, (), "source"),
                recipients=(_entities(record, _TARGET_KEYS, "recipient")
                            or _entities(record, (), "target")),
                modes=_strings(_first(record, _MODE_KEYS)),
                contexts=_strings(_first(record, _CONTEXT_KEYS)),
                id=str(record["id"]) if record.get("id") is not None else None,
            ))
    yield from documents.values()


def _date_text(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
