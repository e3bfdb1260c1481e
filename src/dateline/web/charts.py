"""Geometry for the explorer's SVG charts, drawn on the server (no chart library).

Each function turns API data into shapes in SVG user units; the templates write
them out as SVG elements, so a chart needs no script and no inline style.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import numpy as np

# Colours of the cooperation-conflict scale (Goldstein +10 to -10): blue to vermilion,
# told apart by people with red-green colour blindness.
COOPERATION_RGB = (0, 114, 178)
NEUTRAL_RGB = (150, 150, 150)
CONFLICT_RGB = (213, 94, 0)

TIMELINE_WIDTH, TIMELINE_HEIGHT = 920, 220
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 48, 28, 10
MAX_SLOT = 48  # widest a period's pair of bars is drawn, in SVG units
NETWORK_SIZE = 640
LAYOUT_ROUNDS = 150  # Fruchterman-Reingold iterations: settled for a few hundred nodes
GRAVITY = 1.0  # pull toward the centre; chosen so separate pairs sit close enough to read


def goldstein_colour(score: float | None) -> str:
    """A hex colour for a mean Goldstein score: conflict vermilion, neutral grey,
    cooperation blue."""
    if score is None or math.isnan(score):
        return "#%02x%02x%02x" % NEUTRAL_RGB
    share = max(-1.0, min(1.0, score / 10.0))
    end = COOPERATION_RGB if share > 0 else CONFLICT_RGB
    mix = [round(n + (e - n) * abs(share) ** 0.6) for n, e in zip(NEUTRAL_RGB, end)]
    return "#%02x%02x%02x" % tuple(mix)


def _period_start(period: str, interval: str) -> dt.date:
    if interval == "month":
        return dt.date(int(period[:4]), int(period[5:7]), 1)
    return dt.date.fromisoformat(period[:10])


def _slot(day: dt.date, first: dt.date, interval: str) -> int:
    if interval == "month":
        return (day.year - first.year) * 12 + day.month - first.month
    return (day - first).days // (7 if interval == "week" else 1)


def _tick_step(high: int) -> int:
    """A round step (1, 2 or 5 times a power of ten) giving at most five ticks up to ``high``."""
    power = 1
    while True:
        for factor in (1, 2, 5):
            if high / (factor * power) <= 4:
                return factor * power
        power *= 10


def timeline_chart(data: dict[str, Any]) -> dict[str, Any] | None:
    """Bars of cooperation and conflict counts per period on a time axis, and the mean
    Goldstein score of each as a line on a -10..+10 panel below."""
    periods = data["periods"]
    if not periods:
        return None
    interval = data["interval"]
    days = [_period_start(p["period"], interval) for p in periods]
    slots = [_slot(d, days[0], interval) for d in days]
    width = TIMELINE_WIDTH - MARGIN_LEFT - 10
    slot_width = min(width / (slots[-1] + 1), MAX_SLOT)
    start = MARGIN_LEFT + (width - slot_width * (slots[-1] + 1)) / 2  # few periods: centred
    high = max(max(p["cooperation"], p["conflict"]) for p in periods) or 1
    plot = TIMELINE_HEIGHT - MARGIN_BOTTOM - MARGIN_TOP
    bars, lines = [], {"cooperation": [], "conflict": []}
    panel_top = TIMELINE_HEIGHT + 20
    panel = 120
    for period, slot in zip(periods, slots):
        left = start + slot * slot_width
        for n, kind in enumerate(("cooperation", "conflict")):
            count = period[kind]
            if not count:
                continue
            height = plot * count / high
            bars.append({"x": round(left + n * slot_width / 2, 2), "width": round(max(slot_width / 2, 0.6), 2),
                         "y": round(MARGIN_TOP + plot - height, 2), "height": round(height, 2),
                         "kind": kind, "title": f"{period['period']}: {count} {kind} event(s), "
                                                f"mean Goldstein {period[kind + '_goldstein']}"})
            score = period[kind + "_goldstein"]
            lines[kind].append(f"{left + slot_width / 2:.2f},{panel_top + panel / 2 - score / 10 * panel / 2:.2f}")
    step = max(1, len(periods) // 8)
    x_ticks = [{"x": round(start + s * slot_width + slot_width / 2, 2), "label": p["period"]}
               for p, s in list(zip(periods, slots))[::step]]
    step = _tick_step(high)
    y_ticks = [{"y": round(MARGIN_TOP + plot - plot * v / high, 2), "label": v}
               for v in range(0, high + 1, step)]
    return {"width": TIMELINE_WIDTH, "height": panel_top + panel + 24, "bars": bars,
            "lines": [{"kind": k, "points": " ".join(v)} for k, v in lines.items() if v],
            "x_ticks": x_ticks, "y_ticks": y_ticks, "axis_y": MARGIN_TOP + plot,
            "left": MARGIN_LEFT, "right": TIMELINE_WIDTH - 10, "panel_top": panel_top,
            "panel_zero": panel_top + panel / 2, "panel_bottom": panel_top + panel}


def layout(names: list[str], edges: list[tuple[int, int, float]], size: float = NETWORK_SIZE,
           rounds: int = LAYOUT_ROUNDS) -> np.ndarray:
    """Fruchterman-Reingold positions (deterministic: nodes start on a circle, heaviest
    first), scaled into a ``size`` square with a margin for labels."""
    n = len(names)
    if n == 1:
        return np.array([[size / 2, size / 2]])
    angle = np.linspace(0, 2 * np.pi, n, endpoint=False)
    pos = np.stack([np.cos(angle), np.sin(angle)], axis=1)
    k = 1.0 / math.sqrt(n)
    sources = np.array([a for a, _, _ in edges], dtype=int)
    targets = np.array([b for _, b, _ in edges], dtype=int)
    # heavier edges pull harder, with diminishing returns
    strength = np.array([min(1.0, 0.3 + math.log1p(w) / 5) for _, _, w in edges])
    temperature = 0.1
    for _ in range(rounds):
        delta = pos[:, None, :] - pos[None, :, :]
        distance = np.maximum(np.linalg.norm(delta, axis=2), 1e-3)
        force = (delta / distance[..., None]) * (k * k / distance)[..., None]
        move = force.sum(axis=1)
        d = pos[sources] - pos[targets]
        length = np.maximum(np.linalg.norm(d, axis=1), 1e-3)
        pull = d * (length / k * strength)[:, None]
        np.add.at(move, sources, -pull)
        np.add.at(move, targets, pull)
        move -= pos * GRAVITY  # keeps unconnected groups in view
        length = np.maximum(np.linalg.norm(move, axis=1), 1e-9)
        pos += move / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature *= 0.97
    pos -= pos.min(axis=0)
    span = np.maximum(pos.max(axis=0), 1e-9)
    margin = 70
    return margin + pos / span * (size - 2 * margin)


def network_chart(data: dict[str, Any]) -> dict[str, Any] | None:
    """Nodes and curved directed edges: width by event count, colour by mean Goldstein."""
    if not data["edges"]:
        return None
    names = [n["id"] for n in data["nodes"]]
    index = {name: i for i, name in enumerate(names)}
    pairs = [(index[e["source"]], index[e["target"]], e["events"]) for e in data["edges"]]
    pos = layout(names, pairs)
    heaviest = max(e["events"] for e in data["edges"])
    biggest = max(n["events"] for n in data["nodes"])
    radius = [4 + 10 * math.sqrt(n["events"] / biggest) for n in data["nodes"]]
    edges = []
    for edge, (a, b, count) in zip(data["edges"], pairs):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        # bend to the right of the direction, so A->B and B->A do not overlap
        cx, cy = (x1 + x2) / 2 + (y2 - y1) * 0.15, (y1 + y2) / 2 - (x2 - x1) * 0.15
        # end at the target's rim, where the arrowhead shows, not at its centre
        tangent = math.hypot(x2 - cx, y2 - cy) or 1.0
        x2 -= (x2 - cx) / tangent * (radius[b] + 1)
        y2 -= (y2 - cy) / tangent * (radius[b] + 1)
        edges.append({**edge, "path": f"M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}",
                      "width": round(1 + 7 * math.sqrt(count / heaviest), 2),
                      "colour": goldstein_colour(edge["goldstein"])})
    nodes = [{"id": n["id"], "events": n["events"], "x": round(float(pos[i][0]), 1),
              "y": round(float(pos[i][1]), 1), "r": round(radius[i], 1)}
             for i, n in enumerate(data["nodes"])]
    return {"size": NETWORK_SIZE, "nodes": nodes, "edges": edges}


def map_points(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Places as circles in the map's equirectangular frame (x = longitude, y = -latitude)."""
    rows = data["places"]
    if not rows:
        return []
    biggest = max(p["events"] for p in rows)
    return [{**p, "x": p["lon"], "y": -p["lat"], "r": round(0.9 + 3.1 * math.sqrt(p["events"] / biggest), 2),
             "colour": goldstein_colour(p["goldstein"])} for p in reversed(rows)]
