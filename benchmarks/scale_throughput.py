"""Scale-out throughput: the same shards coded by a LocalCluster of 1 worker, then of 2 (or
of --workers N...), through the engine `dateline scale` uses.

Reads the BBC corpus from ../shared/corpora/bbc (skips with a message when it is
absent), cuts it into shards of --files-per-shard files, and for each number of
workers starts a LocalCluster on 127.0.0.1, lets every worker load the model (not
timed), then times coding all shards into a fresh folder of Parquet shards. Prints and
writes benchmarks/results/scale.md: documents/s, speed-up over one worker, the time
and peak memory of a shard, and the machine's load.

    .venv/bin/python benchmarks/scale_throughput.py [--limit N] [--workers 1 2] [--files-per-shard 50]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
RESULTS = ROOT / "benchmarks" / "results" / "scale.md"


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def corpus_folder(limit: int | None, scratch: Path) -> Path:
    """The corpus's articles (the first ``limit``, sorted) as one folder of text files."""
    paths = sorted(p for p in CORPUS.rglob("*.txt") if p.name != "README.TXT")[:limit]
    folder = scratch / "bbc"
    folder.mkdir()
    for n, path in enumerate(paths):
        (folder / f"{n:05d}_{path.parent.name}_{path.name}").write_bytes(path.read_bytes())
    return folder


def timed_run(workers: int, folder: Path, out: Path, files_per_shard: int) -> dict:
    from dateline.config import Config
    from dateline.pipeline import coder_fingerprint
    from dateline.scale.engine import open_client, run_shards
    from dateline.scale.shards import plan_shards
    from dateline.scale.worker import PipelineLoader, settings_from

    settings = settings_from(Config(), "auto")
    shards, problems = plan_shards([str(folder)], files_per_shard=files_per_shard)
    assert not problems, problems
    with open_client(workers, dashboard=None) as client:
        client.register_plugin(PipelineLoader(settings), name=PipelineLoader.name)  # load, untimed
        load = os.getloadavg()[0]
        started = time.perf_counter()
        report = run_shards(client, shards, out, settings, coder_fingerprint())
        seconds = time.perf_counter() - started
        memory = client.run(_peak_mb)
    assert not report.failures, [f.detail for f in report.failures]
    return {"workers": workers, "seconds": seconds, "documents": report.tally["added"],
            "shards": len(shards), "shard_seconds": [info["seconds"] for info in report.finished],
            "worker_mb": max(memory.values()), "load_before": load, "load_after": os.getloadavg()[0]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="cluster sizes to time")
    parser.add_argument("--files-per-shard", type=int, default=50)
    parser.add_argument("--out", default=str(RESULTS), help="where to write the results")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: corpus not found at {CORPUS}")
        return 0
    scratch = Path(tempfile.mkdtemp(prefix="dateline-scale-bench-"))
    try:
        folder = corpus_folder(args.limit, scratch)
        words = sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in folder.iterdir())
        runs = [timed_run(n, folder, scratch / f"out-{n}", args.files_per_shard) for n in args.workers]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    base = runs[0]["documents"] / runs[0]["seconds"]
    lines = [
        f"# Scale-out throughput ({runs[0]['documents']} BBC articles, {words} words, "
        f"{runs[0]['shards']} shards of up to {args.files_per_shard} files; LocalCluster on "
        f"{os.cpu_count()} cores, one thread per worker; models loaded before the clock starts)",
        "",
        "| workers | seconds | documents/s | speed-up over the first run | median shard seconds "
        "| worker peak memory (MB) | load average before / after |",
        "|---|---|---|---|---|---|---|",
    ]
    for run in runs:
        rate = run["documents"] / run["seconds"]
        lines.append(f"| {run['workers']} | {run['seconds']:.1f} | {rate:.1f} | {rate / base:.2f} "
                     f"| {statistics.median(run['shard_seconds']):.1f} | {run['worker_mb']:.0f} "
                     f"| {run['load_before']:.1f} / {run['load_after']:.1f} |")
    lines += ["", "The load average counts every process on the machine: above the number of "
              "cores, other work took turns with these workers."]
    text = "\n".join(lines) + "\n"
    print(text)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
