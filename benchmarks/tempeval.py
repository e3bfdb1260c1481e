"""Score the time stage on TempEval-3 training TimeML (DATE timexes).

Usage (from the repository root):

    .venv/bin/python benchmarks/tempeval.py [--gold DIR] [--errors N]

For each document, find_times runs on the plain text with the document creation
time as anchor. Reported: DATE value accuracy (of gold DATE timexes, the share
overlapped by one of our expressions, of any type, with the identical value),
and extraction precision / recall / F1 for DATE (our type "date" against gold
type DATE, by overlap), and the CPU time of find_times. Exits 0 with a message
when the gold folder is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dateline.time import find_times  # noqa: E402
from dateline.time.timeml import read_timeml, timeml_files  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "gold" / "tempeval3-train"


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="folder of .tml files")
    parser.add_argument("--errors", type=int, default=0, help="list this many value errors")
    args = parser.parse_args()
    files = timeml_files(args.gold) if args.gold.is_dir() else []
    if not files:
        print(f"skipped: no TimeML files under {args.gold}")
        return 0

    counts: Counter[str] = Counter()
    errors: list[str] = []
    elapsed, chars = 0.0, 0
    for path in files:
        text, dct, gold = read_timeml(path)
        chars += len(text)
        began = time.process_time()
        found = find_times(text, dct)
        elapsed += time.process_time() - began
        ours = [t for t in found if t.type == "date"]
        gold_dates = [g for g in gold if g.type == "DATE"]
        for g in gold_dates:
            counts["gold"] += 1
            if any(_overlaps(t.start, t.end, g.start, g.end) for t in ours):
                counts["recalled"] += 1
            hits = [t for t in found if _overlaps(t.start, t.end, g.start, g.end)]
            if any(t.value == g.value for t in hits):
                counts["correct_value"] += 1
            else:
                said = "; ".join(f"{t.text!r}={t.value}" for t in hits) or "not found"
                errors.append(f"{path.name} dct={dct} gold {g.text!r}={g.value} ours {said}")
        for t in ours:
            counts["predicted"] += 1
            if any(_overlaps(t.start, t.end, g.start, g.end) for g in gold_dates):
                counts["precise"] += 1

    precision = counts["precise"] / max(counts["predicted"], 1)
    recall = counts["recalled"] / max(counts["gold"], 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    accuracy = counts["correct_value"] / max(counts["gold"], 1)
    for line in errors[:args.errors]:
        print(line)
    print(f"documents: {len(files)}  gold DATE timexes: {counts['gold']}  ours: {counts['predicted']}")
    print(f"DATE value accuracy: {accuracy:.3f}")
    print(f"DATE extraction: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(f"find_times: {1000 * elapsed / len(files):.2f} ms CPU per document "
          f"({1000 * elapsed / max(chars, 1) * 1000:.2f} ms per 1,000 characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
