"""Peak memory: coding the BBC corpus ten times over, as one JSON lines file, against
coding it once, each through `dateline code` into a fresh database.

Reads ../shared/corpora/bbc (skips with a message when it is absent). Each line is
{"title", "text"} with no id or URL, so every line is a document of its own (known by
its file and line) and the ten-fold file codes ten times the documents: the copies are
grouped into stories on the way. The peak is the child process's own high-water mark
(VmHWM, read as it exits). Writes benchmarks/results/memory.md; exits 1 when the ratio
is above the bar (1.2).

    .venv/bin/python benchmarks/memory.py [--times 10] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
RESULTS = ROOT / "benchmarks" / "results" / "memory.md"
BAR = 1.2

# Runs `dateline code` in this process and reports the peak as it exits (sys.exit runs
# atexit handlers): the child's own VmHWM, not its parent's, which ru_maxrss would carry.
CHILD = """
import atexit, re, sys
def peak():
    status = open('/proc/self/status').read()
    sys.stderr.write('PEAK_KB ' + re.search(r'VmHWM:\\s+(\\d+)', status).group(1) + '\\n')
atexit.register(peak)
from dateline.cli import main
sys.argv = ['dateline'] + sys.argv[1:]
main()
"""


def write_jsonl(path: Path, articles: list[tuple[str, str]], times: int) -> int:
    lines = 0
    with open(path, "w", encoding="utf-8") as handle:
        for _ in range(times):
            for title, text in articles:
                handle.write(json.dumps({"title": title, "text": text}, ensure_ascii=False) + "\n")
                lines += 1
    return lines


def code(path: Path, db: Path) -> tuple[int, float, str]:
    """Peak kB, seconds and the last stderr line of one `dateline code` run."""
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-c", CHILD, "code", str(path), "--db", str(db)],
                         capture_output=True, text=True)
    seconds = time.perf_counter() - started
    match = re.search(r"PEAK_KB (\d+)", run.stderr)
    if run.returncode != 0 or not match:
        raise SystemExit(f"dateline code failed ({run.returncode}): {run.stderr[-2000:]}")
    summary = [line for line in run.stderr.splitlines() if line.startswith("coded ")]
    return int(match.group(1)), seconds, summary[-1] if summary else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--times", type=int, default=10, help="copies of the corpus in the big file")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: corpus not found at {CORPUS}")
        return 0
    paths = sorted(CORPUS.glob("*/*.txt"))[: args.limit]
    articles = []
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        title, _, body = text.partition("\n")
        articles.append((title.strip(), body.strip()))
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        once_lines = write_jsonl(work / "once.jsonl", articles, 1)
        many_lines = write_jsonl(work / "many.jsonl", articles, args.times)
        once = code(work / "once.jsonl", work / "once.duckdb")
        many = code(work / "many.jsonl", work / "many.duckdb")
    ratio = many[0] / once[0]
    report = "\n".join([
        "# Peak memory: the BBC corpus once and ten times over", "",
        f"Command: `.venv/bin/python benchmarks/memory.py --times {args.times}"
        + (f" --limit {args.limit}" if args.limit else "") + "`; one `dateline code` process per "
        "file, each into a fresh database; peak = the process's VmHWM. The machine (2 cores) "
        "was shared with other work: the times are not throughput figures.", "",
        "| input | documents | peak RSS | time | outcome |", "|---|---|---|---|---|",
        f"| once | {once_lines:,} | {once[0] / 1024:.0f} MB | {once[1]:.0f} s | {once[2]} |",
        f"| {args.times} times over | {many_lines:,} | {many[0] / 1024:.0f} MB | {many[1]:.0f} s | {many[2]} |",
        "", f"Ratio of the peaks: {ratio:.3f} (bar: at most {BAR})."])
    print(report)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report + "\n", encoding="utf-8")
    return 0 if ratio <= BAR else 1


if __name__ == "__main__":
    sys.exit(main())
