"""Publication dates of ingested documents, in one ISO form (dateline.dates).

A date an input carries (a JSON lines or CSV field, a feed entry's date, an HTML page's
metadata) is read into ISO 8601; one that cannot be read rejects that input with E121,
as a wrong date would misdate every event of the article. A document with no date of its
own takes the run's ``Config.published`` (``dateline code --published``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from ..config import Config
from ..dates import normalise_date
from ..errors import E
from ..records import Document, Rejection
from .files import reject


def dated(items: Iterable[Document | Rejection], config: Config) -> Iterator[Document | Rejection]:
    """The items with their publication dates normalised (or filled from the config)."""
    for item in items:
        if not isinstance(item, Document):
            yield item
        elif item.published is None or not str(item.published).strip():
            yield item if config.published is None else dataclasses.replace(
                item, published=config.published)
        else:
            try:
                published = normalise_date(item.published)
            except ValueError:
                where = item.source_path or item.url or item.id
                yield reject(where, E.BAD_PUBLISHED, doc_id=item.id, value=item.published)
                continue
            yield item if published == item.published else dataclasses.replace(
                item, published=published)
