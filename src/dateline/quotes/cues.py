"""The cue words of data/quotes/cues.tsv."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

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
    lines = [line for line in CUES_FILE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    cues = {}
    for number, line in enumerate(lines[1:], 2):  # lines[0] is the column header
        parts = [part.strip() for part in line.split("\t")]
        if len(parts) != 4 or parts[1] not in KINDS or {parts[2], parts[3]} - {"yes", "no"}:
            raise ValueError(f"{CUES_FILE}: row {number}: expected lemma, kind, yes|no, yes|no: {line!r}")
        lemma, kind, direct, obj = parts
        cues[lemma] = Cue(lemma, kind, direct == "yes", obj == "yes")
    return cues
