"""Throughput: spaCy alone versus the whole pipeline, without and with the store, on the
same texts, in the same run.

Reads the BBC corpus from ../shared/corpora/bbc (skips with a message when it is
absent), then prints documents/s, words/s, peak memory and the share of time per
stage, and writes benchmarks/results/throughput.md. "spaCy alone" is the model as
spaCy loads it (``spacy.load``, ``nlp.pipe``), without dateline's faster attribute
ruler; "with the store" is a coding run (``CodingRun``) into a fresh DuckDB file.
Wall-clock and CPU seconds are both given: on a machine shared with other work the
CPU seconds of this process are the steadier measure.

    .venv/bin/python benchmarks/throughput.py [--limit N] [--model NAME] [--out FILE]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
RESULTS = ROOT / "benchmarks" / "results" / "throughput.md"
CHUNK = 32  # documents timed per turn of each run (one batch: short turns share a busy machine fairly)
RUNS = ("spaCy alone", "whole pipeline", "with the store")


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
    parser.add_argument("--out", default=str(RESULTS), help="where to write the results")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: corpus not found at {CORPUS}")
        return 0

    import spacy

    from dateline.pipeline import Pipeline
    from dateline.records import Document
    from dateline.run import CodingRun
    from dateline.store import Store

    texts = load_texts(args.limit)
    words = sum(len(t.split()) for _, t in texts)
    pipeline = Pipeline(model=args.model)
    stock = spacy.load(pipeline.model_name)
    folder = tempfile.mkdtemp(prefix="dateline-throughput-")
    # Load what stages and the store build or import lazily once per process (the
    # gazetteer, the MinHash permutations), outside the timing, as spaCy's model is.
    with Store(os.path.join(folder, "warm-up.duckdb")) as warm:
        list(CodingRun(pipeline, warm).run([Document(id="warm-up", text=texts[0][1])]))
    list(stock.pipe([texts[0][1]]))
    pipeline.timings.clear()
    base_mb = peak_mb()
    store = Store(os.path.join(folder, "bench.duckdb"))

    # The runs take turns chunk by chunk, each going first in turn, so a busy machine or
    # a warm cache favours none.
    wall = dict.fromkeys(RUNS, 0.0)
    cpu = dict.fromkeys(RUNS, 0.0)
    rejected = 0

    def spacy_alone(chunk: list[tuple[str, str]], first: int) -> None:
        for _ in stock.pipe((t for _, t in chunk), batch_size=pipeline.config.batch_size):
            pass

    def whole_pipeline(chunk: list[tuple[str, str]], first: int) -> None:
        nonlocal rejected
        docs = [Document(id=str(first + i), text=t, source_path=p) for i, (p, t) in enumerate(chunk)]
        rejected += sum(1 for r in pipeline.code_documents(docs) if not hasattr(r, "events"))

    def with_store(chunk: list[tuple[str, str]], first: int) -> None:
        docs = [Document(id=f"s{first + i}", text=t, source_path=p) for i, (p, t) in enumerate(chunk)]
        for outcome in CodingRun(pipeline, store).run(docs):
            assert outcome.status == "added", outcome

    runs = list(zip(RUNS, (spacy_alone, whole_pipeline, with_store)))
    for turn, first in enumerate(range(0, len(texts), CHUNK)):
        chunk = texts[first:first + CHUNK]
        shift = turn % len(runs)
        for name, run in runs[shift:] + runs[:shift]:
            started, started_cpu = time.perf_counter(), time.process_time()
            run(chunk, first)
            wall[name] += time.perf_counter() - started
            cpu[name] += time.process_time() - started_cpu
    store.close()
    shutil.rmtree(folder, ignore_errors=True)

    n = len(texts)
    lines = [
        f"# Throughput ({n} BBC articles, {words} words, model {pipeline.model_name}, "
        f"{platform.python_implementation()} {platform.python_version()}, 1 process; the runs "
        f"take turns every {CHUNK} documents; load average at the end "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)",
        "",
        "| run | seconds | documents/s | words/s | CPU seconds | documents per CPU second |",
        "|---|---|---|---|---|---|",
    ]
    for name in RUNS:
        lines.append(f"| {name} | {wall[name]:.1f} | {n / wall[name]:.1f} | {words / wall[name]:,.0f} "
                     f"| {cpu[name]:.1f} | {n / cpu[name]:.1f} |")
    spacy_cpu = cpu["spaCy alone"]
    lines.append("")
    lines.append(
        f"Speed relative to spaCy alone (CPU seconds; wall clock in brackets): whole pipeline "
        f"{spacy_cpu / cpu['whole pipeline']:.2f} ({wall['spaCy alone'] / wall['whole pipeline']:.2f}), "
        f"with the store {spacy_cpu / cpu['with the store']:.2f} "
        f"({wall['spaCy alone'] / wall['with the store']:.2f}). Peak memory (RSS) of the process: "
        f"{peak_mb():.0f} MB, of which {base_mb:.0f} MB with the models and knowledge loaded. "
        f"Rejected documents: {rejected}.")
    lines.append("")
    lines.append("| stage (whole pipeline and with the store) | seconds | share of pipeline time |")
    lines.append("|---|---|---|")
    both = wall["whole pipeline"] + wall["with the store"]
    for stage, seconds in sorted(pipeline.timings.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {stage} | {seconds:.2f} | {seconds / both:.1%} |")
    text = "\n".join(lines) + "\n"
    print(text)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
