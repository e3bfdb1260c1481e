"""HTML extraction: dateline's article body against the gold bodies of the scrapinghub
article-extraction benchmark, beside trafilatura alone on the same pages.

Reads ../shared/corpora/scrapinghub-html (skips with a message when it is absent).
Each page goes the way `dateline code` takes it: the HTML reader (trafilatura plus the
page's metadata), then the clean stage (language, boilerplate); our body is the Document
text the coder would parse. Scored by word-bag F1 (the multiset of lower-cased word
tokens, as precision and recall of shared tokens) against the gold ``articleBody``, over
the English pages. Pages not in English (benchmarks/data/scrapinghub_languages.tsv)
must be rejected with their language. Prints the figures and writes
benchmarks/results/html.md.

    .venv/bin/python benchmarks/html_extraction.py [--limit N]

(Not benchmarks/html.py: run as a script, a file of that name in this folder would hide
the standard library's html module from every benchmark here.)
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "scrapinghub-html"
LANGUAGES = ROOT / "benchmarks" / "data" / "scrapinghub_languages.tsv"
RESULTS = ROOT / "benchmarks" / "results" / "html.md"
# The bar of issue 12: mean body F1 over the English pages.
FLOOR = 0.95

_TOKEN = re.compile(r"\w+")


def word_bag_f1(predicted: str | None, gold: str) -> float:
    """F1 of the shared word tokens (counted with multiplicity); both empty is 1."""
    ours, theirs = Counter(_TOKEN.findall((predicted or "").lower())), Counter(_TOKEN.findall(gold.lower()))
    if not ours and not theirs:
        return 1.0
    shared = sum((ours & theirs).values())
    if not shared:
        return 0.0
    precision, recall = shared / sum(ours.values()), shared / sum(theirs.values())
    return 2 * precision * recall / (precision + recall)


def languages() -> dict[str, str]:
    rows = [line.split("\t") for line in LANGUAGES.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return {page: lang.strip() for page, lang in rows[1:]}


def ours(path: Path):
    """Our Document (or Rejection) of a page: the HTML reader, then the clean stage."""
    from dateline.clean import clean_document
    from dateline.ingest import read_inputs
    from dateline.records import Rejection

    [item] = list(read_inputs([str(path)]))
    return item if isinstance(item, Rejection) else clean_document(item)


def trafilatura_alone(path: Path, url: str | None, comments: bool) -> str | None:
    import trafilatura

    html = gzip.open(path).read().decode("utf-8")
    return trafilatura.extract(html, url=url, include_comments=comments)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: corpus not found at {CORPUS}")
        return 0
    from dateline.records import Rejection

    gold = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    foreign = languages()
    pages = sorted(gold)[: args.limit]
    scores: dict[str, list[float]] = {"dateline": [], "trafilatura defaults": [],
                                      "trafilatura without comments": []}
    misses, rejected_right, foreign_seen, started = [], 0, 0, time.perf_counter()
    for page in pages:
        path, truth = CORPUS / "html" / f"{page}.html.gz", gold[page]
        item = ours(path)
        if page in foreign:
            foreign_seen += 1
            if isinstance(item, Rejection) and item.code == "E206" and f": {foreign[page]} (" in item.detail:
                rejected_right += 1
            else:
                misses.append(f"{page[:12]} ({foreign[page]}) not rejected with its language: "
                              f"{item.detail if isinstance(item, Rejection) else 'coded'}")
            continue
        body = None if isinstance(item, Rejection) else item.text
        if body is None:
            misses.append(f"{page[:12]} (English) rejected: {item.detail}")
        scores["dateline"].append(word_bag_f1(body, truth["articleBody"]))
        for name, comments in (("trafilatura defaults", True), ("trafilatura without comments", False)):
            scores[name].append(word_bag_f1(trafilatura_alone(path, truth.get("url"), comments),
                                            truth["articleBody"]))
    seconds = time.perf_counter() - started
    report = _report(scores, rejected_right, foreign_seen, misses, seconds)
    print(report)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report + "\n", encoding="utf-8")
    mean = sum(scores["dateline"]) / max(len(scores["dateline"]), 1)
    return 0 if mean >= FLOOR and rejected_right == foreign_seen else 1


def _report(scores: dict[str, list[float]], rejected_right: int, foreign_seen: int,
            misses: list[str], seconds: float) -> str:
    english = len(scores["dateline"])
    lines = ["# HTML extraction: scrapinghub article-extraction benchmark", "",
             f"Command: `.venv/bin/python benchmarks/html_extraction.py`; {english} English pages, "
             f"{foreign_seen} in other languages; {seconds:.0f} s.", "",
             "| extractor | mean body word-bag F1 (English pages) |", "|---|---|"]
    for name, values in scores.items():
        lines.append(f"| {name} | {sum(values) / max(len(values), 1):.3f} |")
    lines += ["", f"Pages not in English rejected with their language: {rejected_right} of {foreign_seen}."]
    if misses:
        lines += ["", "Misses:", ""] + [f"- {m}" for m in misses]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
