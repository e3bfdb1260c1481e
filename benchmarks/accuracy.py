"""Accuracy benchmark: every evaluation task on the gold sets in ../shared/gold, by halves.

    python benchmarks/accuracy.py            # run, write benchmarks/results/accuracy.md
    python benchmarks/accuracy.py --check    # ... and exit 1 if a figure is below its floor
    python benchmarks/accuracy.py --only events,quad --limit 50   # a quick partial run

A thin caller of ``dateline.evaluate.evaluate_halves``, the code path of
``dateline evaluate``: each set is read and coded once and scored three times,
on its tuning half, its check half (``--half tune|check`` of the command; an
item's half is fixed by a hash of its text) and whole. Tune rules on the tuning
half; keep a change only if it does not lower the check half.

A gold set whose files are absent is skipped with a message. Floors live in
benchmarks/floors.json: ``floors`` holds {"<set>": {"<metric>": value}} for the
whole set, ``check_floors`` the same for the check half; metric names are the
rows of the tables (e.g. ``events.code.country.F1``). A floor on a set that was
skipped (no gold files) is not checked; a floored metric missing from a set that
ran is a failure. ``--limit`` caps the items per set for quick runs only: figures
from a limited run are not comparable with the floors, so ``--check`` refuses it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"
RESULTS = ROOT / "benchmarks" / "results" / "accuracy.md"
FLOORS = ROOT / "benchmarks" / "floors.json"

sys.path.insert(0, str(ROOT / "src"))

from dateline.evaluate import Report, evaluate_halves, write_errors  # noqa: E402

HALVES = ("tune", "check", "all")
# floors.json key -> the half its floors hold.
FLOOR_SECTIONS = {"floors": "all", "check_floors": "check"}


@dataclass
class GoldSet:
    task: str
    name: str
    path: str  # relative to ../shared/gold
    dictionaries: list[str] = field(default_factory=list)  # relative to ../shared/gold
    about: str = ""
    dyads_only: bool = False  # events: score only two-sided events (PETRARCH require_dyad)


SETS = [
    GoldSet("events", "petr2-gsr", "petr2-gsr/PETR2_GSR_validation.xml",
            about="real news sentences, our own actor knowledge; every event scored"),
    GoldSet("events", "petr2-gsr-dyads", "petr2-gsr/PETR2_GSR_validation.xml",
            about="the same, scoring only two-sided events as PETRARCH codes them "
                  "(91 of the set's 93 codings have both sides)", dyads_only=True),
    GoldSet("events", "ud-petrarch-validation",
            "ud-petrarch-validation/PETR_Validate_records_2_02.xml",
            ["ud-petrarch-validation/PETR_Validate_actors_2_02.txt",
             "ud-petrarch-validation/PETR_Validate_agents_2_02.txt",
             "ud-petrarch-validation/PETR_Validate_verbs_2_02.txt"],
            about="coder mechanics; fictional actors and verbs from the set's own dictionaries; "
                  "two-sided events only where the file's require_dyad setting says so", dyads_only=True),
    GoldSet("events", "petrarch2-unittest", "petrarch2-unittest/PETR.UnitTest.records.xml",
            ["petrarch2-unittest/PETR.Validate.actors.txt",
             "petrarch2-unittest/PETR.Validate.agents.txt",
             "petrarch2-unittest/PETR.Validate.verbs.txt"],
            about="coder mechanics; fictional actors and verbs from the set's own dictionaries; "
                  "two-sided events only where the file's require_dyad setting says so", dyads_only=True),
    GoldSet("quad", "conflibert-cameo-train", "conflibert-cameo-train/cameo_class_train.tsv"),
    GoldSet("arguments", "conflibert-cameo-train", "conflibert-cameo-train/cameo_ner_train.txt"),
    GoldSet("quotes", "polnear-dev", "polnear/dev"),
    GoldSet("dates", "tempeval3-train", "tempeval3-train/TBAQ-cleaned"),
    GoldSet("places", "geowebnews", "geowebnews"),
    GoldSet("actors", "ngec-actor-tests", "ngec-actor-tests/ngec_actor_expectations.tsv"),
]

# The figures shown first for each task; the full list follows in the file.
HEADLINE = {
    "events": ["events.code.country.F1", "events.base.country.F1", "events.root.country.F1",
               "events.plover.country.F1", "events.code.sector.F1", "events.record.exact",
               "events.root.known_country.F1", "events.code.known_country.F1"],
    "quad": ["quad.accuracy", "quad.macro_F1"],
    "arguments": ["arguments.source.overlap.F1", "arguments.target.overlap.F1",
                  "arguments.source.exact.F1", "arguments.target.exact.F1"],
    "quotes": ["quotes.all.content.half.F1", "quotes.direct.content.half.F1",
               "quotes.indirect.content.half.F1", "quotes.all.content.exact.F1",
               "quotes.all.speaker.accuracy", "quotes.all.cue.accuracy"],
    "dates": ["dates.DATE.value.accuracy", "dates.span.overlap.F1"],
    "places": ["places.toponym.overlap.F1", "places.acc161.matched", "places.acc161.gold"],
    "actors": ["actors.country.accuracy", "actors.sector.accuracy"],
}


@dataclass
class Row:
    """One metric of one set: its value on each half, and what the whole-set value rests on."""

    task: str
    set_name: str
    metric: str
    values: dict[str, float]
    n: int


class Pipelines:
    """One pipeline per dictionary set, built on first use (the model loads once each);
    ``fallbacks``: verb dictionaries consulted only for verbs the lexicon lacks."""

    def __init__(self, fallbacks: list[str] | None = None) -> None:
        self._built: dict[tuple[str, ...], object] = {}
        self.fallbacks = list(fallbacks or [])

    def get(self, dictionaries: list[str]) -> object:
        key = tuple(dictionaries)
        if key not in self._built:
            from dateline.pipeline import Pipeline

            try:
                self._built[key] = Pipeline(dictionaries=list(dictionaries) or None,
                                            fallback_dictionaries=self.fallbacks or None)
            except Exception as error:  # remembered: the next set fails fast, same reason
                self._built[key] = error
        built = self._built[key]
        if isinstance(built, Exception):
            raise RuntimeError(f"the pipeline could not be built: {built}") from built
        return built


def run_set(gold_set: GoldSet, pipelines: Pipelines, limit: int | None) -> dict[str, Report]:
    """The set's reports by half, through the evaluate API."""
    pipeline = None if gold_set.task == "dates" else pipelines.get(
        [str(GOLD / d) for d in gold_set.dictionaries])
    return evaluate_halves(gold_set.task, GOLD / gold_set.path, limit=limit, pipeline=pipeline,
                           dyads_only=gold_set.dyads_only)


def set_rows(gold_set: GoldSet, reports: dict[str, Report]) -> list[Row]:
    """The set's metrics, each with its tune, check and whole-set value."""
    by_half = {half: {m: v for m, v, _ in reports[half].rows()} for half in HALVES}
    return [Row(gold_set.task, gold_set.name, metric, {h: by_half[h].get(metric, 0.0) for h in HALVES}, n)
            for metric, _, n in reports["all"].rows()]


def markdown(rows: list[Row], headline_only: bool) -> list[str]:
    lines = ["| task | set | metric | tune | check | all | n |", "|---|---|---|---|---|---|---|"]
    for row in rows:
        if headline_only and row.metric not in HEADLINE.get(row.task, []):
            continue
        values = " | ".join(f"{row.values[h]:.3f}" for h in HALVES)
        lines.append(f"| {row.task} | {row.set_name} | {row.metric} | {values} | {row.n} |")
    return lines


def check_floors(floors: dict, figures: dict[tuple[str, str, str], float], ran: set[str],
                 skipped: set[str]) -> list[str]:
    """Every floor that a figure falls below (or that has no figure in a set that ran).

    ``figures`` maps (set, half, metric) to a value; ``floors`` holds a section per
    half (``FLOOR_SECTIONS``), each {set: {metric: floor}}.
    """
    problems = []
    for section, half in FLOOR_SECTIONS.items():
        label = "" if half == "all" else f" ({half} half)"
        for set_name, metrics in floors.get(section, {}).items():
            if set_name in skipped and set_name not in ran:
                print(f"{section} for {set_name}: not checked (gold set absent)")
                continue
            for metric, floor in metrics.items():
                value = figures.get((set_name, half, metric))
                if value is None:
                    problems.append(f"{set_name} {metric}{label}: no figure (floor {floor})")
                elif value + 1e-9 < float(floor):
                    problems.append(f"{set_name} {metric}{label}: {value:.3f} is below its floor {floor}")
    return problems


def _note(gold_set: GoldSet, reports: dict[str, Report], seconds: float) -> str:
    sizes = "/".join(str(reports[h].items) for h in HALVES)
    return (f"- {gold_set.task} on {gold_set.name}: {reports['all'].items} items "
            f"(tune/check/all {sizes}), {seconds:.0f} s"
            + (f"; {gold_set.about}" if gold_set.about else "")
            + "".join(f"; {note}" for note in reports["all"].notes))


def _document(rows: list[Row], notes: list[str], total: float, limit: int | None) -> str:
    return "\n".join([
        "# dateline accuracy", "",
        f"Gold sets from ../shared/gold; {total:.0f} s in all"
        + (f"; limited to {limit} items per set" if limit else "") + ". Each set is split "
        "once into a tuning half and a check half by a hash of each item's text "
        "(`dateline evaluate --half`); `all` is the whole set.", "",
        "## Headline figures", "", *markdown(rows, True), "",
        "## Runs", "", *notes, "",
        "## All figures", "", *markdown(rows, False), ""])


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a figure is below its floor")
    parser.add_argument("--limit", type=int, default=None, help="cap items per set (quick runs only)")
    parser.add_argument("--only", default="", help="comma-separated tasks or set names to run")
    parser.add_argument("--errors", default=None, help="folder to write each set's errors (JSONL)")
    parser.add_argument("--output", default=str(RESULTS), help="markdown file to write")
    parser.add_argument("--fallback-dict", action="append", default=[], metavar="PATH",
                        help="verb dictionary consulted only for verbs the lexicon lacks (repeatable)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    if args.check and args.limit:
        print("error: --check compares full runs with the floors; drop --limit", file=sys.stderr)
        return 2
    wanted = {w.strip() for w in args.only.split(",") if w.strip()}
    pipelines = Pipelines(args.fallback_dict)
    rows: list[Row] = []
    ran: set[str] = set()
    skipped: set[str] = set()
    failed: list[str] = []
    notes: list[str] = []
    started = time.perf_counter()
    for gold_set in SETS:
        if wanted and gold_set.task not in wanted and gold_set.name not in wanted:
            continue
        needed = [GOLD / gold_set.path] + [GOLD / d for d in gold_set.dictionaries]
        missing = [str(p) for p in needed if not p.exists()]
        if missing:
            print(f"skip {gold_set.task} on {gold_set.name}: not found: {', '.join(missing)}")
            skipped.add(gold_set.name)
            continue
        set_started = time.perf_counter()
        try:
            reports = run_set(gold_set, pipelines, args.limit)
        except Exception:  # one broken task must not hide the others' figures
            print(f"FAILED {gold_set.task} on {gold_set.name}:", file=sys.stderr)
            traceback.print_exc()
            failed.append(f"{gold_set.task}/{gold_set.name}")
            continue
        seconds = time.perf_counter() - set_started
        ran.add(gold_set.name)
        print(reports["all"].table())
        print(f"({seconds:.1f} s)\n")
        notes.append(_note(gold_set, reports, seconds))
        rows.extend(set_rows(gold_set, reports))
        if args.errors:
            folder = Path(args.errors)
            folder.mkdir(parents=True, exist_ok=True)
            write_errors(reports["all"], folder / f"{gold_set.name}.{gold_set.task}.jsonl")
    total = time.perf_counter() - started
    if args.fallback_dict:
        notes.append(f"- fallback verb dictionaries (only for verbs the lexicon lacks): "
                     f"{', '.join(args.fallback_dict)}")
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(_document(rows, notes, total, args.limit), encoding="utf-8")
    print("\n".join(markdown(rows, True)))
    print(f"\nwritten: {output} ({total:.0f} s)")
    return _status(args, rows, ran, skipped, failed)


def _status(args: argparse.Namespace, rows: list[Row], ran: set[str], skipped: set[str],
            failed: list[str]) -> int:
    status = 1 if failed else 0
    if failed:
        print(f"error: {len(failed)} task(s) failed: {', '.join(failed)}", file=sys.stderr)
    if not ran and not failed:
        print("error: no gold set found under " + str(GOLD), file=sys.stderr)
        status = 1
    if args.check:
        floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
        figures = {(r.set_name, half, r.metric): value for r in rows for half, value in r.values.items()}
        problems = check_floors(floors, figures, ran, skipped)
        for problem in problems:
            print(f"error: below floor: {problem}", file=sys.stderr)
        if problems:
            status = 1
        else:
            print("all figures at or above their floors")
    return status


if __name__ == "__main__":
    sys.exit(main())
