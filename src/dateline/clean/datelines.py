"""The dateline that opens a wire story ("KYIV, Aug 8 (Reuters) - ").

It says where and when the story was filed, not who did what: it is kept as
boilerplate (kind "dateline") so no actor or event comes from it, and its
month and day are returned for the time stage.
"""

from __future__ import annotations

import re
from datetime import date

# A place in capitals (one to four words, maybe ", Country", whose name may hold "of",
# "and", "the": "Democratic Republic of the Congo", "Bosnia and Herzegovina"), an optional
# "Mon DD[, YYYY]", an optional agency credit in brackets, then a dash or colon.
DATELINE = re.compile(
    r"""^(?P<place>[A-Z][A-Z.'\-]+(?:\ [A-Z][A-Z.'\-]+){0,3}
        (?:,\ [A-Z][^\W\d_.\-]*[\w.\-]*(?:(?:\ (?:of|and|the|de|del|du))*\ [A-Z][\w.\-]+){0,3})?)
       (?:,?\ (?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\ \d{1,2}
          (?:,\ \d{4})?))?
       (?:\ \((?P<credit>[A-Za-z .&]{2,30})\))?
       \s*(?:-{1,2}|–|—|:)\s+""",
    re.VERBOSE,
)
MIN_PLACE_CAPITALS = 3


def split_dateline(paragraph: str) -> tuple[str, str] | None:
    """(dateline, rest) when the paragraph opens with a dateline, else None."""
    found = DATELINE.match(paragraph)
    if not found:
        return None
    place = found.group("place")
    if sum(ch.isupper() for ch in place) < MIN_PLACE_CAPITALS or not found.end() < len(paragraph):
        return None
    return paragraph[: found.end()].rstrip(), paragraph[found.end():]


MONTHS = {name: n for n, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


def dateline_date(dateline: str) -> str | None:
    """The ISO date a dateline gives, when it writes the year ("MADRID, May 3, 2024 -")."""
    found = DATELINE.match(dateline + " x")
    when = found.group("date") if found else None
    parts = re.match(r"([A-Za-z]+)\.? (\d{1,2}), (\d{4})", when or "")
    if not parts:
        return None
    try:
        return date(int(parts[3]), MONTHS[parts[1][:3].lower()], int(parts[2])).isoformat()
    except (KeyError, ValueError):
        return None
