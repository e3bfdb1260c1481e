"""Reader for actor-test tables (NGEC's actor expectations format).

A TSV with the columns ``input`` (an actor phrase), ``context`` (optional words
naming its country), ``date``, ``field`` (``country`` = ISO3, ``code_1`` = PLOVER
sector), ``op`` (``==`` or ``!=``) and ``expected``; lines starting with ``#`` are
comments. Rows expecting ``????`` and rows on other fields are left out.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from ..gold import ActorTest

FIELDS = ("country", "code_1")


def read_actor_tests(path: str | Path) -> Iterator[ActorTest]:
    """The country and sector rows of an actor-test TSV."""
    with open(path, encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        for number, row in enumerate(csv.DictReader(lines, delimiter="\t"), 1):
            if row.get("field") in FIELDS and row.get("expected", "").strip() != "????":
                yield ActorTest(f"row-{number}", row["input"].strip(), (row.get("context") or "").strip(),
                                (row.get("date") or "").strip(), row["field"], row.get("op") or "==",
                                row["expected"].strip())
