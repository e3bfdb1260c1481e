"""The cue words of data/quotes/cues.tsv."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dateline.tables import raise_if, read_table

CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "quotes" / "cues.tsv"
KINDS = ("speech", "writing", "belief", "report", "perception")


@dataclass(frozen=True)
class Cue:
    """One cue lemma: its kind, whether it frames verbatim quotations, whether its object is content."""

    lemma: str
    kind: str
    direct: bool
    object: bool = False


@lru_cache(maxsize=1)
def load_cues() -> dict[str, Cue]:
    """Cue lemma -> Cue, from the bundled table."""
    cues, errors = {}, []
    for row in read_table(CUES_FILE, ("lemma", "kind", "direct", "object")):
        if row["kind"] not in KINDS or {row["direct"], row["object"]} - {"yes", "no"}:
            errors.append(f"{CUES_FILE.name}:{row.line}: expected a kind of {', '.join(KINDS)} "
                          f"and yes|no twice")
            continue
        cues[row["lemma"]] = Cue(row["lemma"], row["kind"], row["direct"] == "yes", row["object"] == "yes")
    raise_if(errors, CUES_FILE)
    return cues
