"""Gazetteer load time and memory: a cold build of the towns index, then warm loads.

Each figure comes from a fresh Python process, so nothing is cached in memory:
  - build: the first use on a machine (towns index written to an empty cache folder);
  - load:  every later process (the index opened, the small tables read);
  - lookup: the mean time of one name lookup over a fixed list of names, cold cache.
Memory is the process's resident set before and after loading (VmRSS) and its peak.

    .venv/bin/python benchmarks/gazetteer.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

PROBE = r"""
import json, resource, time
def rss():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmRSS'):
                return int(line.split()[1]) / 1024
before = rss()
started = time.perf_counter()
from dateline.place import load_gazetteer
gazetteer = load_gazetteer()
loaded = time.perf_counter() - started
after = rss()
names = ["Springfield", "Paris", "Rochester", "Walker County", "Kharkiv", "Lakeland", "Georgia",
         "Aleppo", "Chatham", "Birmingham", "Mosul", "Portland", "Victoria", "Hamilton County"] * 10
started = time.perf_counter()
for name in names:
    gazetteer.lookup(name)
lookup_us = (time.perf_counter() - started) / len(names) * 1e6
print(json.dumps({"seconds": loaded, "rss_before": before, "rss_after": after,
                  "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "lookup_us": lookup_us, "towns": gazetteer.towns.count()}))
"""


def probe(cache: str) -> dict:
    env = dict(os.environ, DATELINE_CACHE_DIR=cache)
    run = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(run.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="warm loads to time")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as cache:
        cold = probe(cache)
        warm = [probe(cache) for _ in range(args.runs)]
    print(f"towns indexed: {cold['towns']:,}")
    print(f"first use (builds the index): {cold['seconds']:.2f} s, peak RSS {cold['peak']:.0f} MB")
    print(f"later loads: median {statistics.median(w['seconds'] for w in warm):.2f} s over {args.runs}, "
          f"RSS +{statistics.median(w['rss_after'] - w['rss_before'] for w in warm):.0f} MB, "
          f"peak {statistics.median(w['peak'] for w in warm):.0f} MB")
    print(f"one lookup (cold cache): {statistics.median(w['lookup_us'] for w in warm):.0f} us")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
