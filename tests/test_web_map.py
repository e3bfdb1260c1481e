"""The map's base layer: the build script's TopoJSON decoding, and the shipped outlines."""

import importlib.util
import re
from importlib import resources
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_world_map.py"
spec = importlib.util.spec_from_file_location("build_world_map", SCRIPT)
build_world_map = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_world_map)


def test_arcs_are_delta_decoded_and_scaled():
    topology = {"transform": {"scale": [0.5, 2.0], "translate": [10, -5]},
                "arcs": [[[0, 0], [2, 1], [-1, 1]]]}
    assert build_world_map.decode_arcs(topology) == [[(10, -5), (11, -3), (10.5, -1)]]


def test_rings_join_arcs_and_reverse_negative_ones():
    arcs = [[(0, 0), (1, 0)], [(1, 1), (1, 0)]]
    assert build_world_map.ring([0, ~1], arcs) == [(0, 0), (1, 0), (1, 1)]


def test_a_ring_across_longitude_180_is_cut_in_two():
    ring = [(179, 10), (-179, 10), (-179, 12), (179, 12), (179, 10)]
    pieces = build_world_map.cut_at_antimeridian(ring)
    assert len(pieces) == 2
    for piece in pieces:
        longitudes = [lon for lon, _ in piece]
        assert max(longitudes) - min(longitudes) < 180


def test_the_shipped_outlines_draw_no_line_across_the_world():
    svg = (resources.files("dateline.web") / "static" / "map" / "world-110m.svg").read_text()
    paths = re.findall(r'<path data-name="([^"]*)" d="([^"]+)"', svg)
    assert len(paths) > 170 and "Natural Earth" in svg
    names = {name for name, _ in paths}
    assert {"Russia", "Fiji", "Antarctica", "Brazil"} <= names
    for name, d in paths:
        for ring in d.split("Z"):
            points = [tuple(map(float, p.split())) for p in re.split("[ML]", ring) if p.strip()]
            for (x1, y1), (x2, y2) in zip(points, points[1:]):
                along_a_pole = abs(y1) == abs(y2) == 90  # Antarctica closes along the edge
                assert abs(x2 - x1) < 180 or along_a_pole, name
