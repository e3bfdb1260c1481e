"""Span arithmetic shared by the scorers: overlap, one-to-one matching, distance on the globe."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG), the usual haversine constant


class HasSpan(Protocol):
    start: int
    end: int


G = TypeVar("G", bound=HasSpan)
P = TypeVar("P", bound=HasSpan)


def overlap(a: HasSpan, b: HasSpan) -> int:
    """How many characters two spans share."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def same_span(a: HasSpan, b: HasSpan) -> bool:
    """Exactly the same characters."""
    return a.start == b.start and a.end == b.end


def any_overlap(gold: HasSpan, ours: HasSpan) -> bool:
    """At least one shared character."""
    return overlap(gold, ours) > 0


def half_of_gold(gold: HasSpan, ours: HasSpan) -> bool:
    """Ours covers at least half of the gold span's characters."""
    length = gold.end - gold.start
    return length > 0 and 2 * overlap(gold, ours) >= length


def match_spans(gold: Sequence[G], ours: Sequence[P],
                accept: Callable[[G, P], bool]) -> list[tuple[int, int]]:
    """Pair gold and predicted spans one-to-one, largest overlap first.

    Candidate pairs are those ``accept`` allows; they are taken greedily by
    decreasing overlap (ties: earlier gold, then earlier prediction), each
    span used at most once. Returns (gold index, predicted index) pairs.
    """
    candidates = [(overlap(g, p), gi, pi)
                  for gi, g in enumerate(gold) for pi, p in enumerate(ours) if accept(g, p)]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_ours: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_ours:
            continue
        used_gold.add(gi)
        used_ours.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
