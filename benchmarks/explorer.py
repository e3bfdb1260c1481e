"""Explorer speed on a big database: filtered /api/events and the dyad timeline.

Generates a database of 1,000,000 events in 100,000 documents (synthetic, with the
store's schema; the mix of countries, types, dates and places is made up but shaped
like coded news), serves it with `dateline serve` and times requests over HTTP on
the loopback interface, each query several times after one warm-up call.

    .venv/bin/python benchmarks/explorer.py                  # writes benchmarks/results/explorer.md
    .venv/bin/python benchmarks/explorer.py --events 200000 --repeat 5 --keep /tmp/big.duckdb

Targets (issue 16): filtered /api/events at most 300 ms, the dyad timeline at most 500 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from dateline.store.schema import TABLES  # noqa: E402

EVENTS_PER_DOCUMENT = 10
COUNTRIES = ["RUS", "UKR", "USA", "CHN", "PRK", "IRN", "ISR", "PSE", "SYR", "TUR", "IND", "PAK",
             "FRA", "DEU", "GBR", "EGY", "SAU", "YEM", "SDN", "ETH", "NGA", "MLI", "BRA", "VEN",
             "COL", "MEX", "JPN", "KOR", "TWN", "AFG", "IRQ", "LBN", "GEO", "ARM", "AZE", "POL",
             "KEN", "SOM", "LBY", "EUR"]
SECTORS = ["GOV", "MIL", "REB", "OPP", "MED", "CVL", "BUS", "IGO", "COP", "JUD"]
# PLOVER type, CAMEO code, quad class, Goldstein: a spread over the four quad classes.
ACTS = [("CONSULT", "040", 1, 1.0), ("CONSULT", "042", 1, 1.9), ("AGREE", "030", 1, 4.0),
        ("SUPPORT", "051", 1, 3.4), ("REQUEST", "020", 3, 3.0), ("ACCUSE", "111", 3, -2.0),
        ("ACCUSE", "112", 3, -2.0), ("THREATEN", "138", 3, -7.0), ("PROTEST", "141", 3, -6.5),
        ("SANCTION", "163", 4, -8.0), ("COOPERATE", "061", 2, 6.4), ("AID", "070", 2, 7.0),
        ("RETREAT", "0871", 2, 9.0), ("ASSAULT", "190", 4, -10.0), ("ASSAULT", "195", 4, -10.0),
        ("COERCE", "173", 4, -5.0), ("MOBILIZE", "152", 4, -7.2), ("REJECT", "120", 3, -4.0)]
WORDS = ["shelling", "talks", "ceasefire", "sanctions", "visit", "drone", "border", "protest",
         "aid", "deal", "minister", "troops", "election", "strike", "summit", "refugees"]


def _literal(values: list) -> str:
    return "[" + ", ".join(repr(v) if not isinstance(v, tuple) else
                           "(" + ", ".join(repr(x) for x in v) + ")" for v in values) + "]"


def generate(path: str, events: int) -> None:
    """Write a database of ``events`` synthetic events with the store's schema."""
    documents = max(1, events // EVENTS_PER_DOCUMENT)
    con = duckdb.connect(path)
    con.execute("SET enable_progress_bar = false")
    for ddl in TABLES.values():
        con.execute(ddl)
    con.execute(f"CREATE TEMP TABLE c AS SELECT unnest({_literal(COUNTRIES)}) AS v, "
                f"generate_subscripts({_literal(COUNTRIES)}, 1) - 1 AS i")
    con.execute(f"CREATE TEMP TABLE s AS SELECT unnest({_literal(SECTORS)}) AS v, "
                f"generate_subscripts({_literal(SECTORS)}, 1) - 1 AS i")
    acts = ", ".join(f"({i}, '{p}', '{c}', {q}, {g})" for i, (p, c, q, g) in enumerate(ACTS))
    con.execute(f"CREATE TEMP TABLE a(i INT, plover VARCHAR, cameo VARCHAR, quad INT, g DOUBLE); "
                f"INSERT INTO a VALUES {acts}")
    con.execute(f"CREATE TEMP TABLE w AS SELECT unnest({_literal(WORDS)}) AS v, "
                f"generate_subscripts({_literal(WORDS)}, 1) - 1 AS i")
    con.execute(f"""
        INSERT INTO documents (id, url, outlet, title, published, language, text, boilerplate,
                               provenance, source_path, content_hash, result, input_hash, story_id)
        SELECT printf('d%07d', i), printf('https://news.example/%d', i), 'Outlet ' || (i % 300),
               'Story ' || i, strftime(DATE '2015-01-01' + CAST(hash(i) % 3650 AS INT), '%Y-%m-%d'),
               'en', 'Synthetic article ' || i, '[]', '{{}}', NULL, md5(i::VARCHAR),
               '{{"document": {{"id": "d' || i || '"}}, "actors": [], "events": [], "quotes": [],'
               || ' "places": [], "times": []}}', NULL,
               CASE WHEN i % 5 = 0 AND i > 0 THEN printf('d%07d', i - 1) END
        FROM range({documents}) t(i)""")
    con.execute(f"""
        INSERT INTO events
        SELECT printf('e%08d', n), printf('d%07d', n // {EVENTS_PER_DOCUMENT}), n % {EVENTS_PER_DOCUMENT},
               'In a report on the ' || w.v || ', ' || src.v || ' officials said ' || tgt.v
               || ' forces acted near the border on day ' || n || '.',
               w.v, 40, 40 + length(w.v), a.plover, ['report'], [], a.cameo, left(a.cameo, 2),
               a.quad, a.g,
               src.v || ' ' || ss.v, src.v, src.v || ss.v, tgt.v || ' ' || ts.v, tgt.v, tgt.v || ts.v,
               CASE WHEN n % 10 < 8 THEN strftime(DATE '2015-01-01' + CAST(hash(n, 1) % 3650 AS INT), '%Y-%m-%d')
                    WHEN n % 10 = 8 THEN strftime(DATE '2015-01-01' + CAST(hash(n, 1) % 3650 AS INT), '%Y-%m') END,
               'day', NULL,
               CASE WHEN n % 5 < 2 THEN 'Place ' || (hash(n, 2) % 2000) END,
               CASE WHEN n % 5 < 2 THEN tgt.v END,
               CASE WHEN n % 5 < 2 THEN -60 + (hash(n, 2) % 2000) * 0.07 END,
               CASE WHEN n % 5 < 2 THEN -170 + (hash(n, 2) % 2000) * 0.17 END,
               CASE WHEN n % 3 = 0 THEN 'Spokesperson ' || (n % 50) END,
               CASE WHEN n % 7 = 0 THEN ['reported', 'negated'] WHEN n % 2 = 0 THEN ['reported']
                    ELSE [] END,
               0.5 + (n % 50) / 100.0, 'lexicon:synthetic',
               '{{"id": "e' || n || '", "synthetic": true}}'
        FROM range({events}) t(n)
        JOIN c src ON src.i = hash(n, 3) % {len(COUNTRIES)}
        JOIN c tgt ON tgt.i = (hash(n, 3) % {len(COUNTRIES)} + 1 + hash(n, 4) % 5) % {len(COUNTRIES)}
        JOIN s ss ON ss.i = hash(n, 5) % {len(SECTORS)}
        JOIN s ts ON ts.i = hash(n, 6) % {len(SECTORS)}
        JOIN a ON a.i = hash(n, 7) % {len(ACTS)}
        JOIN w ON w.i = hash(n, 8) % {len(WORDS)}""")
    con.close()


# (label, path): filtered /api/events requests, then the dyad timeline.
EVENT_QUERIES = [
    ("country", "/api/events?country=RUS"),
    ("actor code", "/api/events?actor=UKRMIL"),
    ("actor name (substring)", "/api/events?actor=irn%20go"),
    ("type + date range", "/api/events?plover=ASSAULT&date_from=2022-02&date_to=2022-12"),
    ("quad class + country, by Goldstein", "/api/events?quad_class=4&country=UKR&sort=-goldstein"),
    ("text search", "/api/events?q=ceasefire&country=ISR"),
    ("text search alone", "/api/events?q=shelling"),
    ("dyad (network edge click)", "/api/events?source=RUS&target=UKR&sort=date"),
    ("status + CAMEO root", "/api/events?status=negated&cameo_root=19"),
    ("story", "/api/events?story=d0000004"),
    ("deep page", "/api/events?country=USA&offset=20000"),
    ("no filter", "/api/events"),
]
TIMELINE_QUERIES = [
    ("dyad timeline, week", "/api/dyads/timeline?a=RUS&b=UKR&interval=week"),
    ("dyad timeline, day", "/api/dyads/timeline?a=RUS&b=UKR&interval=day"),
    ("dyad timeline, month, conflict only", "/api/dyads/timeline?a=CHN&b=TWN&interval=month&quad_class=4"),
]
OTHER_QUERIES = [
    ("events page (HTML)", "/events?country=RUS"),
    ("network", "/api/network"),
    ("places", "/api/places"),
    ("top dyads", "/api/dyads"),
]


def timed(url: str, repeat: int) -> list[float]:
    """Milliseconds per request, after one warm-up request."""
    times = []
    for n in range(repeat + 1):
        start = time.perf_counter()
        with urllib.request.urlopen(url, timeout=120) as response:
            response.read()
            assert response.status == 200, url
        if n:
            times.append((time.perf_counter() - start) * 1000)
    return times


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def serve(db: str) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, "-m", "dateline.cli", "serve", "--db", db,
                                "--port", "0"], stdout=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    line = process.stdout.readline()
    if not line:
        raise SystemExit("dateline serve did not start")
    return process, line.split()[2].rstrip("/")


def measure(base: str, repeat: int) -> list[dict]:
    rows = []
    for group, queries, target in (("events", EVENT_QUERIES, 300), ("timeline", TIMELINE_QUERIES, 500),
                                   ("other", OTHER_QUERIES, None)):
        for label, path in queries:
            times = timed(base + path, repeat)
            with urllib.request.urlopen(base + path, timeout=120) as response:
                body = response.read()
            size = json.loads(body).get("total") if path.startswith("/api/events") else None
            rows.append({"group": group, "label": label, "path": path, "target": target,
                         "median": statistics.median(times), "p95": percentile(times, 0.95),
                         "matches": size})
            print(f"{label:40s} median {rows[-1]['median']:7.1f} ms  p95 {rows[-1]['p95']:7.1f} ms"
                  + (f"  ({size:,} events)" if size is not None else ""), flush=True)
    return rows


def report(rows: list[dict], events: int, repeat: int, seconds: float, size: int,
           load: tuple[float, float]) -> str:
    lines = [
        "# Explorer speed",
        "",
        f"`.venv/bin/python benchmarks/explorer.py` ({time.strftime('%Y-%m-%d')}): a generated "
        f"database of {events:,} events in {events // EVENTS_PER_DOCUMENT:,} documents "
        f"({size / 2**20:,.0f} MiB, written in {seconds:.0f} s), served by `dateline serve` and "
        f"queried over HTTP on 127.0.0.1, {repeat} timed requests per query after one warm-up, "
        "on this 2-core machine, shared with other work: load average "
        f"{load[0]:.1f} before and {load[1]:.1f} after the run, so single requests wait for a core "
        "now and then (the p95 column).",
        "",
        "| query | request | matching events | median ms | p95 ms | target ms | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        met = "" if r["target"] is None else ("yes" if r["p95"] <= r["target"] else
                                              "median only" if r["median"] <= r["target"] else "no")
        lines.append(f"| {r['label']} | `{r['path']}` | "
                     f"{'' if r['matches'] is None else format(r['matches'], ',')} | "
                     f"{r['median']:.0f} | {r['p95']:.0f} | {r['target'] or ''} | {met} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--keep", help="write the database here and keep it (reused if present)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "explorer.md"))
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="dateline-bench-")
    db = args.keep or os.path.join(folder, "explorer.duckdb")
    start = time.perf_counter()
    if not os.path.exists(db):
        generate(db, args.events)
    seconds = time.perf_counter() - start
    process, base = serve(db)
    before = os.getloadavg()[0]
    try:
        rows = measure(base, args.repeat)
    finally:
        process.terminate()
        process.wait()
    load = (before, os.getloadavg()[0])
    text = report(rows, args.events, args.repeat, seconds, os.path.getsize(db), load)
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    if not args.keep:
        os.remove(db)


if __name__ == "__main__":
    main()
