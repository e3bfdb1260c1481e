"""Throughput: spaCy alone versus the whole pipeline, on the same texts, in the same run.

Reads the BBC corpus from ../shared/corpora/bbc (skips with a message when it is
absent), then prints documents/s, words/s, peak memory and the share of time per
stage, and writes benchmarks/results/throughput.md.

    .venv/bin/python benchmarks/throughput.py [--limit N] [--model NAME]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
RESULTS = ROOT / "benchmarks" / "results" / "throughput.md"
CHUNK = 100  # documents timed per turn of each run


def load_texts(limit: int | None) -> list[tuple[str, str]]:
    """(path, text) of the corpus's articles, sorted by path."""
    paths = sorted(p for p in CORPUS.rglob("*.txt") if p.name != "README.TXT")
    if limit:
        paths = paths[:limit]
    return [(str(p), p.read_bytes().decode("utf-8", "replace")) for p in paths]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--model", default=None, help="spaCy model (default as in dateline)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: corpus not found at {CORPUS}")
        return 0

    from dateline.pipeline import Pipeline
    from dateline.records import Document

    texts = load_texts(args.limit)
    words = sum(len(t.split()) for _, t in texts)
    pipeline = Pipeline(model=args.model)
    # Load what stages build lazily once per process (the gazetteer), outside the timing.
    list(pipeline.code_documents([Document(id="warm-up", text=texts[0][1])]))
    pipeline.timings.clear()
    base_mb = peak_mb()

    # The two runs alternate chunk by chunk, each going first every other turn, so a
    # busy machine or a warm cache favours neither.
    seconds = {"spacy": 0.0, "pipeline": 0.0}
    rejected = 0

    def spacy_alone(chunk: list[tuple[str, str]], first: int) -> None:
        for _ in pipeline.parser.nlp.pipe((t for _, t in chunk), batch_size=pipeline.config.batch_size):
            pass

    def whole_pipeline(chunk: list[tuple[str, str]], first: int) -> None:
        nonlocal rejected
        docs = [Document(id=str(first + i), text=t, source_path=p) for i, (p, t) in enumerate(chunk)]
        rejected += sum(1 for r in pipeline.code_documents(docs) if not hasattr(r, "events"))

    for turn, first in enumerate(range(0, len(texts), CHUNK)):
        chunk = texts[first:first + CHUNK]
        runs = [("spacy", spacy_alone), ("pipeline", whole_pipeline)]
        for name, run in runs if turn % 2 == 0 else runs[::-1]:
            started = time.perf_counter()
            run(chunk, first)
            seconds[name] += time.perf_counter() - started
    spacy_seconds, pipeline_seconds = seconds["spacy"], seconds["pipeline"]

    n = len(texts)
    rows = [("spaCy alone", spacy_seconds), ("whole pipeline", pipeline_seconds)]
    lines = [
        f"# Throughput ({n} BBC articles, {words} words, model {pipeline.model_name}, "
        f"{platform.python_implementation()} {platform.python_version()}, 1 process; the two runs "
        f"alternate every {CHUNK} documents)",
        "",
        "| run | seconds | documents/s | words/s |",
        "|---|---|---|---|",
    ]
    for name, seconds in rows:
        lines.append(f"| {name} | {seconds:.1f} | {n / seconds:.1f} | {words / seconds:,.0f} |")
    lines.append("")
    lines.append(f"Pipeline speed relative to spaCy alone: {spacy_seconds / pipeline_seconds:.2f}. "
                 f"Peak memory (RSS) of the process: {peak_mb():.0f} MB, of which {base_mb:.0f} MB "
                 f"with the model and knowledge loaded. Rejected documents: {rejected}.")
    lines.append("")
    lines.append("| stage | seconds | share of pipeline time |")
    lines.append("|---|---|---|")
    for stage, seconds in sorted(pipeline.timings.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {stage} | {seconds:.2f} | {seconds / pipeline_seconds:.1%} |")
    nlp_seconds = pipeline.timings.get("nlp", 0.0) or 1e-9
    actors = pipeline.timings.get("actors", 0.0)
    lines.append("")
    lines.append(f"Actor stage cost relative to spaCy time in the pipeline: {actors / nlp_seconds:.1%}.")
    text = "\n".join(lines) + "\n"
    print(text)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    print(f"written to {os.path.relpath(RESULTS, ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
