"""Splitting the inputs of a run into shards: the unit of work of a scaled-out run.

A shard is an input file as given (a WARC, a JSON lines file), a line of a manifest
listing such files, or a chunk of the files found in a directory (up to
``files_per_shard`` files and ``CHUNK_BYTES`` bytes). A shard is read with
``ingest.read_inputs`` like any input of ``dateline code``, so every format the ingest
stage reads can be sharded. Its id depends only on the files it names, so a rerun finds
the shards it already finished.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..errors import message
from ..ingest import expand_paths
from ..records import Rejection, stable_id

# A directory's files go into shards of at most this many files ...
FILES_PER_SHARD = 200
# ... and at most this many bytes (a file this large or larger is a shard of its own):
# a shard of BBC-sized articles then takes a few minutes on one core.
CHUNK_BYTES = 64 * 2**20
STDIN = "-"


@dataclass(frozen=True)
class Shard:
    """Files coded together into one set of Parquet files."""

    id: str
    label: str  # what error lines and progress call it
    paths: tuple[str, ...]

    def signature(self) -> list[list]:
        """What the shard's output was made from: each file's path, size and time of change."""
        out = []
        for path in self.paths:
            try:
                stat = os.stat(path)
                out.append([path, stat.st_size, stat.st_mtime_ns])
            except OSError:
                out.append([path, None, None])
        return out


def _shard(label: str, paths: list[str]) -> Shard:
    absolute = tuple(os.path.abspath(p) for p in paths)
    return Shard(stable_id("shard", *absolute), label, absolute)


def plan_shards(inputs: Iterable[str], manifests: Iterable[str] = (),
                files_per_shard: int = FILES_PER_SHARD) -> tuple[list[Shard], list[Rejection]]:
    """The shards of a run's inputs, and the Rejections of inputs that cannot be read."""
    shards: list[Shard] = []
    problems: list[Rejection] = []
    for path in inputs:
        if path == STDIN:
            problems.append(Rejection(None, "ingest", "E309", message("E309", path=path)))
        elif os.path.isdir(path):
            shards.extend(_directory_shards(path, files_per_shard, problems))
        elif os.path.exists(path):
            shards.append(_shard(path, [path]))
        else:
            problems.append(Rejection(None, "ingest", "E101", message("E101", path=path)))
    for manifest in manifests:
        for item in _manifest_shards(manifest):
            (shards if isinstance(item, Shard) else problems).append(item)
    unique = list({shard.id: shard for shard in shards}.values())
    return unique, problems


def _directory_shards(folder: str, files_per_shard: int, problems: list[Rejection]) -> Iterator[Shard]:
    files = []
    for path in expand_paths([folder]):
        if isinstance(path, Rejection):
            problems.append(path)
        else:
            files.append(path)
    chunk: list[str] = []
    size = 0
    first = 1
    for n, path in enumerate(files, 1):
        length = os.path.getsize(path)
        if chunk and (len(chunk) >= files_per_shard or size + length > CHUNK_BYTES):
            yield _shard(f"{folder} (files {first}-{n - 1} of {len(files)})", chunk)
            chunk, size, first = [], 0, n
        chunk.append(path)
        size += length
    if chunk:
        yield _shard(f"{folder} (files {first}-{len(files)} of {len(files)})", chunk)


def _manifest_lines(manifest: str) -> Iterator[tuple[int, str]]:
    opener = gzip.open if manifest.endswith(".gz") else open
    with opener(manifest, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if line and not line.startswith("#"):
                yield number, line


def _manifest_shards(manifest: str) -> Iterator[Shard | Rejection]:
    """One shard per line of a manifest; a relative path is read from the manifest's folder
    (CC-NEWS lists paths relative to where its files are mirrored)."""
    try:
        lines = list(_manifest_lines(manifest))
    except (OSError, UnicodeDecodeError) as exc:
        yield Rejection(None, "ingest", "E107", message("E107", path=manifest, detail=str(exc)))
        return
    root = os.path.dirname(os.path.abspath(manifest))
    for number, line in lines:
        path = line if os.path.isabs(line) else os.path.join(root, line)
        if os.path.isfile(path):
            yield _shard(f"{manifest}:{number}", [path])
        else:
            yield Rejection(None, "ingest", "E310", message(
                "E310", path=manifest, line=number, detail=f"{path}: no such file"))
