"""Regenerate the explorer's base map (src/dateline/web/static/map/world-110m.svg).

The country outlines are Natural Earth's 1:110m admin-0 countries (public domain), as
packaged in TopoJSON by the npm package world-atlas (ISC licence). This script fetches
that package with npm (at build time only; the explorer never downloads anything),
decodes the TopoJSON and writes the outlines as SVG paths in an equirectangular frame
(x = longitude, y = -latitude, degrees), rounded to 0.1 degree, with the package's
licence beside them.

    python scripts/build_world_map.py                  # npm pack world-atlas@2.0.2
    python scripts/build_world_map.py --package DIR    # an unpacked world-atlas package
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "world-atlas@2.0.2"
TOPOLOGY = "countries-110m.json"
OUT = Path(__file__).resolve().parent.parent / "src" / "dateline" / "web" / "static" / "map"
PRECISION = 1  # decimals of a degree kept: 0.1 degree is ~11 km, finer than the drawing


def fetch(folder: Path) -> Path:
    """Unpack the npm package into ``folder``; returns the package folder."""
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=folder, check=True,
                   stdout=subprocess.DEVNULL)
    archive = next(folder.glob("world-atlas-*.tgz"))
    with tarfile.open(archive) as tar:
        tar.extractall(folder, filter="data")
    return folder / "package"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs as absolute (lon, lat) points (TopoJSON delta-encodes them)."""
    scale = topology["transform"]["scale"]
    shift = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + shift[0], y * scale[1] + shift[1]))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """A closed ring from arc indexes (a negative index ~i is arc i reversed)."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def cut_at_antimeridian(points: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring that crosses longitude 180 (Fiji, Chukotka, Antarctica) as pieces that each
    stay on one side, so a flat map does not draw a line across the world."""
    pieces: list[list[tuple[float, float]]] = [[]]
    for n, (lon, lat) in enumerate(points):
        if n and abs(lon - points[n - 1][0]) > 180:
            before_lon, before_lat = points[n - 1]
            edge = 180.0 if before_lon > 0 else -180.0
            after = lon + (360 if edge > 0 else -360)  # lon continued past the edge
            share = (edge - before_lon) / (after - before_lon) if after != before_lon else 0.5
            crossing = before_lat + (lat - before_lat) * share
            pieces[-1].append((edge, crossing))
            pieces.append([(-edge, crossing)])
        pieces[-1].append((lon, lat))
    if len(pieces) > 1:  # the ring is closed: its last piece goes on into its first
        pieces[0] = pieces.pop() + pieces[0]
    closed = []
    for piece in pieces:
        if abs(piece[0][0]) == 180 and piece[-1][0] == -piece[0][0]:
            pole = -90.0 if piece[0][1] < 0 else 90.0  # wraps round a pole: close through it
            piece = piece + [(piece[-1][0], pole), (piece[0][0], pole)]
        closed.append(piece)
    return closed


def path(rings: list[list[tuple[float, float]]]) -> str:
    """SVG path data for the rings, consecutive duplicate points (after rounding) dropped."""
    parts = []
    for points in rings:
        kept: list[str] = []
        for lon, lat in points:
            pair = f"{round(lon, PRECISION):g} {round(-lat, PRECISION):g}"
            if not kept or kept[-1] != pair:
                kept.append(pair)
        if len(kept) >= 3:
            parts.append("M" + "L".join(kept) + "Z")
    return "".join(parts)


def build(package: Path) -> str:
    topology = json.loads((package / TOPOLOGY).read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    shapes = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs") or []
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        rings = [piece for polygon in polygons for r in polygon
                 for piece in cut_at_antimeridian(ring(r, arcs))]
        name = geometry.get("properties", {}).get("name", "")
        name = name.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
        shapes.append(f'<path data-name="{name}" d="{path(rings)}"/>')
    return "\n".join([
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-180 -90 360 180">',
        f"<!-- Country outlines: Natural Earth 1:110m (public domain), from the npm package "
        f"{PACKAGE} (ISC licence, LICENSE-world-atlas.txt); regenerate with "
        f"scripts/build_world_map.py. -->",
        '<g fill="#f4f1ea" stroke="#a9a49a" stroke-width="0.15" stroke-linejoin="round">',
        *shapes, "</g>", "</svg>", ""])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", type=Path, help="an unpacked world-atlas package folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        package = args.package or fetch(Path(tmp))
        svg = build(package)
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / "world-110m.svg").write_text(svg, encoding="utf-8")
        shutil.copyfile(package / "LICENSE", OUT / "LICENSE-world-atlas.txt")
    print(f"wrote {OUT / 'world-110m.svg'} ({len(svg):,} bytes)")


if __name__ == "__main__":
    main()
