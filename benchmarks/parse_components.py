"""Where the parse's time goes: CPU seconds of each spaCy component, for the model as spaCy
loads it and as dateline's Parser runs it (attribute ruler by lookup, lemmas remembered
per word form), on the same BBC articles, plus copying the parse out (``from_spacy``).

    .venv/bin/python benchmarks/parse_components.py [--limit N] [--out FILE]

Writes benchmarks/results/parse_components.md. Each component runs over all documents
in turn (``pipe``, batches of 32), twice; the table gives the mean.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
RESULTS = ROOT / "benchmarks" / "results" / "parse_components.md"
ROUNDS = 2


def component_seconds(nlp, texts: list[str]) -> dict[str, float]:
    from dateline.nlp.parsed import from_spacy

    seconds: dict[str, float] = {}
    for _ in range(ROUNDS):
        started = time.process_time()
        docs = [nlp.make_doc(text) for text in texts]
        seconds["tokenizer"] = seconds.get("tokenizer", 0.0) + time.process_time() - started
        for name, component in nlp.pipeline:
            started = time.process_time()
            docs = list(component.pipe(docs, batch_size=32))
            seconds[name] = seconds.get(name, 0.0) + time.process_time() - started
        started = time.process_time()
        for doc in docs:
            from_spacy(doc)
        seconds["from_spacy"] = seconds.get("from_spacy", 0.0) + time.process_time() - started
    return {name: total / ROUNDS for name, total in seconds.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="the first N articles (default 300)")
    parser.add_argument("--out", default=str(RESULTS), help="where to write the results")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: corpus not found at {CORPUS}")
        return 0
    import spacy

    from dateline.nlp import Parser

    paths = sorted(p for p in CORPUS.rglob("*.txt") if p.name != "README.TXT")[:args.limit]
    texts = [p.read_bytes().decode("utf-8", "replace") for p in paths]
    ours = Parser()
    stock = spacy.load(ours.model_name)
    for nlp in (stock, ours.nlp):  # load lazily built tables outside the timing
        list(nlp.pipe(texts[:5]))
    before, after = component_seconds(stock, texts), component_seconds(ours.nlp, texts)
    lines = [f"# Parse time by component ({len(texts)} BBC articles, model {ours.model_name}, "
             f"CPU seconds, mean of {ROUNDS} rounds; load average {os.getloadavg()[0]:.1f} on "
             f"{os.cpu_count()} cores)", "",
             "| component | spaCy as loaded | dateline's Parser | share of spaCy's parse |",
             "|---|---|---|---|"]
    total = sum(v for k, v in before.items() if k != "from_spacy")
    for name in before:
        lines.append(f"| {name} | {before[name]:.2f} | {after[name]:.2f} | {before[name] / total:.1%} |")
    ours_total = sum(v for k, v in after.items() if k != "from_spacy")
    lines += ["", f"Parse (without from_spacy): {total:.2f} s as spaCy loads it, {ours_total:.2f} s "
              f"in dateline's Parser ({ours_total / total:.2f} of the time)."]
    text = "\n".join(lines) + "\n"
    print(text)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
