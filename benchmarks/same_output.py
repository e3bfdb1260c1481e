"""The parse speed-ups change no output: the BBC corpus coded with spaCy's pipeline as
spaCy loads it and with dateline's (attribute ruler by lookup, lemmas remembered per
word form) gives the same per-document JSON, document by document.

    .venv/bin/python benchmarks/same_output.py [--limit N]

Prints the number of documents compared and any that differ (exit 1 if one does).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: corpus not found at {CORPUS}")
        return 0
    import spacy

    from dateline.pipeline import Pipeline
    from dateline.records import Document, to_dict

    paths = sorted(p for p in CORPUS.rglob("*.txt") if p.name != "README.TXT")[:args.limit]
    docs = [Document(id=str(n), text=p.read_bytes().decode("utf-8", "replace"), source_path=str(p))
            for n, p in enumerate(paths)]
    ours = Pipeline()
    stock = Pipeline()
    stock.parser.nlp = spacy.load(stock.model_name)  # as spaCy loads it: no speed-ups
    differ = []
    for n in range(0, len(docs), 100):
        batch = docs[n:n + 100]
        for fast, slow in zip(ours.code_documents(batch), stock.code_documents(batch)):
            if json.dumps(to_dict(fast), sort_keys=True) != json.dumps(to_dict(slow), sort_keys=True):
                differ.append(slow.document.source_path)
    print(f"{len(docs)} documents compared, {len(differ)} differ")
    for path in differ:
        print(f"  differs: {path}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
