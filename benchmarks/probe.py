"""Codebook probe: does coding hold on short news sentences no rule was tuned on?

    python benchmarks/probe.py [--errors]

Codes each sentence of benchmarks/data/codebook_probe.tsv (our own sentences, one or
more for every CAMEO code at the third level, with the event we expect) and counts the
sentences where an event of ours has the expected CAMEO root, and where one also has the
expected source and target countries (a "-" side is not checked). The expectations are
ours, not independent gold: the figures say where coding breaks on sentences of the
codebook's kinds, for reading with the gold figures of benchmarks/accuracy.py.
Writes benchmarks/results/probe.md; ``--errors`` prints each sentence missed.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "codebook_probe.tsv"
RESULTS = ROOT / "benchmarks" / "results" / "probe.md"
# A fixed date of publication: the office holders the sentences name are those of 2025.
PUBLISHED = "2025-06-02"


def load() -> list[tuple[str, str, str, str]]:
    rows = [line.rstrip("\n").split("\t") for line in DATA.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [tuple(row) for row in rows[1:]]  # after the column-name row


def judge(row, events) -> tuple[bool, bool]:
    """(an event has the expected root, one also has the expected countries)."""
    code, source, target, _ = row
    coded = [(e.cameo.code, {a.country for a in e.source}, {a.country for a in e.target}) for e in events]
    roots = [c for c in coded if c[0][:2] == code[:2]]
    sides = [c for c in roots if (source == "-" or source in c[1]) and (target == "-" or target in c[2])]
    return bool(roots), bool(sides)


def main(argv: list[str]) -> int:
    from dateline.pipeline import Pipeline
    from dateline.records import Document

    rows = load()
    started = time.monotonic()
    pipeline = Pipeline()
    docs = [Document(id=f"probe-{i}", text=row[3], published=PUBLISHED) for i, row in enumerate(rows)]
    root_hits, both_hits, missed_roots = 0, 0, Counter()
    for row, result in zip(rows, pipeline.code_documents(docs)):
        root, both = judge(row, result.events)
        root_hits += root
        both_hits += both
        if not root:
            missed_roots[row[0][:2]] += 1
        if "--errors" in argv and not both:
            print(("root " if root else "none ") + "\t".join(row[:3]), row[3],
                  [(e.cameo.code, [a.country for a in e.source], [a.country for a in e.target])
                   for e in result.events], sep="\n  ")
    seconds = round(time.monotonic() - started, 1)
    lines = ["# Codebook probe", "",
             "`python benchmarks/probe.py` on benchmarks/data/codebook_probe.tsv (our own sentences "
             "and expectations, not independent gold).", "",
             "| sentences | expected CAMEO root found | root with source and target countries | seconds |",
             "|---|---|---|---|",
             f"| {len(rows)} | {root_hits} ({root_hits / len(rows):.3f}) | {both_hits} ({both_hits / len(rows):.3f}) "
             f"| {seconds} |", "",
             "Roots missed most: " + (", ".join(f"{r} ({n})" for r, n in missed_roots.most_common(8)) or "none"), ""]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
