"""What a scorer returns: counts, rates and figures, plus the errors behind them.

A :class:`Report` is plain data: ``table()`` prints it, ``to_dict()`` serialises
it, ``rows()`` flattens it to ``(metric, value, n)`` for benchmark tables, and
:func:`write_errors` writes its errors as JSON lines.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


@dataclass
class Score:
    """Precision, recall and F1 from true positive, false positive and false negative counts."""

    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return _ratio(2 * p * r, p + r)

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        """Add counts (scorers accumulate per sentence or document)."""
        self.tp += tp
        self.fp += fp
        self.fn += fn


@dataclass
class Rate:
    """A proportion: ``hits`` out of ``total`` (accuracy and the like)."""

    name: str
    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return _ratio(self.hits, self.total)

    def add(self, hit: bool) -> None:
        """Count one case, a hit or not."""
        self.total += 1
        self.hits += int(hit)


@dataclass
class Figure:
    """A derived number that is not a simple ratio of counts (macro-F1)."""

    name: str
    value: float
    n: int


@dataclass
class ErrorRecord:
    """One disagreement with the gold: what gold says, what we said, and why we said it."""

    item: str
    kind: str
    gold: str | None
    ours: str | None
    sentence: str = ""
    evidence: str = ""
    level: str = ""


@dataclass
class Report:
    """The result of scoring one task on one gold set."""

    task: str
    gold_set: str = ""
    items: int = 0
    scores: list[Score] = field(default_factory=list)
    rates: list[Rate] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def rows(self) -> list[tuple[str, float, int]]:
        """Every metric as ``(name, value, n)``.

        n is what the value rests on: predictions for P, gold items for R and F1,
        cases for a rate.
        """
        out: list[tuple[str, float, int]] = []
        for s in self.scores:
            out += [(f"{s.name}.P", s.precision, s.tp + s.fp),
                    (f"{s.name}.R", s.recall, s.gold),
                    (f"{s.name}.F1", s.f1, s.gold)]
        out += [(r.name, r.value, r.total) for r in self.rates]
        out += [(f.name, f.value, f.n) for f in self.figures]
        return out

    def metric(self, name: str) -> float:
        """The value of one metric by its row name (KeyError if absent)."""
        for row_name, value, _ in self.rows():
            if row_name == name:
                return value
        raise KeyError(name)

    def table(self) -> str:
        """A plain-text table of the metrics, for terminals and logs."""
        title = f"{self.task}" + (f" on {self.gold_set}" if self.gold_set else "")
        lines = [f"{title}: {self.items} items scored, {len(self.errors)} errors listed"]
        if self.scores:
            width = max(len(s.name) for s in self.scores)
            lines.append(f"{'metric':<{width}}  {'tp':>5} {'fp':>5} {'fn':>5}  "
                         f"{'P':>6} {'R':>6} {'F1':>6}")
            for s in self.scores:
                lines.append(f"{s.name:<{width}}  {s.tp:>5} {s.fp:>5} {s.fn:>5}  "
                             f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}")
        others = [(r.name, r.value, f"{r.hits}/{r.total}") for r in self.rates]
        others += [(f.name, f.value, f"n={f.n}") for f in self.figures]
        if others:
            width = max(len(name) for name, _, _ in others)
            for name, value, detail in others:
                lines.append(f"{name:<{width}}  {value:>6.3f}  ({detail})")
        confusion = self.extra.get("confusion")
        if confusion:
            matrix = confusion["matrix"]
            lines.append(f"confusion ({confusion['rows']} down, {confusion['columns']} across):")
            lines.append("      " + "".join(f"{label:>6}" for label in range(len(matrix))))
            for label, row in enumerate(matrix):
                lines.append(f"{label:>6}" + "".join(f"{count:>6}" for count in row))
        lines.extend(f"note: {note}" for note in self.notes)
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form with every count and the computed values."""
        return {
            "task": self.task,
            "gold_set": self.gold_set,
            "items": self.items,
            "scores": [{**asdict(s), "precision": s.precision, "recall": s.recall, "f1": s.f1}
                       for s in self.scores],
            "rates": [{**asdict(r), "value": r.value} for r in self.rates],
            "figures": [asdict(f) for f in self.figures],
            "errors": [asdict(e) for e in self.errors],
            "notes": list(self.notes),
            "extra": self.extra,
        }


def write_errors(report: Report, path: str | Path) -> int:
    """Write every error of ``report`` as one JSON object per line; return how many."""
    with open(path, "w", encoding="utf-8") as out:
        for error in report.errors:
            out.write(json.dumps({"task": report.task, "gold_set": report.gold_set, **asdict(error)},
                                 ensure_ascii=False) + "\n")
    return len(report.errors)
