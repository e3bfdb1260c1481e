"""Two-sided events: the share of events with both a source and a target, per corpus.

    python benchmarks/two_sided.py [CORPUS ...]   # default: ../shared/corpora/bbc/politics

Codes each corpus with `dateline code` into a fresh database and reads
`dateline summary`: a dyadic dataset (GDELT, ICEWS) can use only two-sided events.
Writes benchmarks/results/two_sided.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "bbc" / "politics"
RESULTS = ROOT / "benchmarks" / "results" / "two_sided.md"
DATELINE = [sys.executable, "-m", "dateline.cli"]


def measure(corpus: Path) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "two_sided.duckdb")
        started = time.monotonic()
        subprocess.run(DATELINE + ["code", str(corpus), "--db", db], check=True, capture_output=True)
        summary = json.loads(subprocess.run(DATELINE + ["summary", "--db", db, "--format", "json"],
                                            check=True, capture_output=True, text=True).stdout)
    # summary's JSON is a list of rows, each naming its section
    counts = {row["table"]: row["rows"] for row in summary if row["section"] == "counts"}
    two_sided = next(row for row in summary if row["section"] == "events_two_sided")
    return {"corpus": corpus.name, "documents": counts["documents"],
            "events": counts["events"], "story_events": counts["story_events"],
            "two_sided": two_sided["events"],
            "share": two_sided["share"], "implied_target": two_sided["implied_target"],
            # the share with only named targets: what the text itself says
            "named_share": round((two_sided["events"] - two_sided["implied_target"]) / counts["story_events"], 3)
            if counts["story_events"] else 0.0,
            "seconds": round(time.monotonic() - started, 1)}


def main() -> None:
    corpora = [Path(p) for p in sys.argv[1:]] or [DEFAULT]
    if not all(c.exists() for c in corpora):
        print("corpus not found (needs ../shared)", file=sys.stderr)
        sys.exit(1)
    rows = [measure(c) for c in corpora]
    lines = ["# Two-sided events", "", "`python benchmarks/two_sided.py` (events with both a source "
             "and a target, from `dateline summary`; the share is of the story events, each story's "
             "events counted once however often it was republished; of the two-sided, those whose target "
             "is implied, not named: a domestic act's other side at home, or the country a story is set in; "
             "the share with named targets only).", "",
             "| corpus | documents | events | story events | two-sided | share | implied target | share, named only |",
             "|---|---|---|---|---|---|---|---|"]
    lines += [f"| {r['corpus']} | {r['documents']} | {r['events']} | {r['story_events']} | {r['two_sided']} "
              f"| {r['share']:.3f} | {r['implied_target']} | {r['named_share']:.3f} |" for r in rows]
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for r in rows:
        print(json.dumps(r))


if __name__ == "__main__":
    main()
