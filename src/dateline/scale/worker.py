"""What runs on a Dask worker: one shard in, one set of Parquet files out.

Each worker process loads the spaCy model and the knowledge once (``PipelineLoader``,
a worker plugin, does it when the worker starts; ``cached_pipeline`` when a task
finds none) and codes one shard at a time with the loop ``dateline code`` uses. A
shard's files are written into ``OUT/partial/ID.RANDOM/`` and the folder is renamed to
``OUT/shards/ID/`` when whole, so ``OUT/shards`` only ever holds finished shards; a
worker killed mid-shard leaves a partial folder that nothing reads.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import signal
import socket
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from ..config import Config
from .shard_writer import ShardWriter
from .shards import Shard

SHARDS = "shards"
PARTIAL = "partial"
MANIFEST = "shard.json"  # written last into a shard's folder: what it holds and came from
PROGRESS_TOPIC = "dateline-progress"
# Test hook: the first worker to code a document of a shard (its files not yet written)
# while this file exists deletes it and kills itself with SIGKILL, as an out-of-memory
# kill would.
KILL_ONCE_ENV = "DATELINE_KILL_ONCE"
WARM_UP = "Officials in Paris said on Monday that France would send troops to Mali."


@dataclass(frozen=True)
class CoderSettings:
    """How to read and code shards: the options of ``dateline scale`` a worker needs."""

    model: str | None = None
    dictionaries: tuple[str, ...] = ()
    batch_size: int = 32
    input_format: str = "auto"
    fields: tuple[tuple[str, str], ...] = ()  # JSON lines field names (Config *_field)

    def config(self) -> Config:
        return Config.from_mapping({"model": self.model, "dictionaries": list(self.dictionaries),
                                    "batch_size": self.batch_size, **dict(self.fields)})


_PIPELINES: dict[CoderSettings, Any] = {}
_LOADING = threading.Lock()
# One shard at a time per process: a Pipeline is not shared by threads (run workers
# with one thread each; a second thread waits here).
_CODING = threading.Lock()


def cached_pipeline(settings: CoderSettings) -> Any:
    """This process's Pipeline for these settings, loaded on first use."""
    from ..pipeline import Pipeline

    with _LOADING:
        if settings not in _PIPELINES:
            _PIPELINES.clear()
            _PIPELINES[settings] = Pipeline(settings.config())
        return _PIPELINES[settings]


class PipelineLoader(WorkerPlugin):
    """Loads the model and knowledge when a worker starts, before its first shard."""

    name = "dateline-pipeline"

    def __init__(self, settings: CoderSettings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        from ..records import Document

        pipeline = cached_pipeline(self.settings)
        # what stages build on first use (the gazetteer) is built now, not in a shard
        list(pipeline.code_documents([Document(id="warm-up", text=WARM_UP)]))


def finished(out: Path, shard: Shard, fingerprint: str) -> dict | None:
    """The manifest of the shard's output when it is whole and made from these very files
    by this very coder; else None."""
    try:
        info = json.loads((out / SHARDS / shard.id / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if info.get("signature") == shard.signature() and info.get("fingerprint") == fingerprint:
        return info
    return None


def code_shard(shard: Shard, out: str, settings: CoderSettings,
               known: dict[str, str] | None = None) -> dict:
    """Code one shard into ``OUT/shards/ID/`` and return its manifest (``skipped`` when a
    finished copy was already there). ``known`` maps document ids to the input hash they
    are stored with: those are not coded again."""
    folder = Path(out)
    pipeline = cached_pipeline(settings)
    with _CODING:
        done = finished(folder, shard, pipeline.fingerprint)
        if done is not None:
            return dict(done, skipped=True)
        partial = folder / PARTIAL / f"{shard.id}.{uuid.uuid4().hex[:12]}"
        partial.mkdir(parents=True)
        try:
            info = _code_into(partial, shard, pipeline, settings, known)
            (partial / MANIFEST).write_text(json.dumps(info, indent=1), encoding="utf-8")
            return _publish(partial, folder, shard, info)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise


def _code_into(partial: Path, shard: Shard, pipeline: Any, settings: CoderSettings,
               known: dict[str, str] | None) -> dict:
    """Code the shard's documents into Parquet files in ``partial``; returns its manifest."""
    from ..ingest import read_inputs
    from ..run import SKIPPED, CodingRun

    started = time.perf_counter()
    signature = shard.signature()  # the files as they were when read
    writer = ShardWriter(partial, known)
    run = CodingRun(pipeline, writer)
    errors: list[str] = []
    not_coded: list[str] = []  # read but not for this coder (another language): no failure
    seen = reported = 0
    for outcome in run.run(read_inputs(shard.paths, pipeline.config, settings.input_format)):
        seen += 1
        if outcome.rejection is not None:
            (not_coded if outcome.status == SKIPPED else errors).append(outcome.rejection.detail)
        if seen == 1:
            _kill_once()
        if seen - reported >= pipeline.config.batch_size:
            _progress(shard, seen - reported)
            reported = seen
    _progress(shard, seen - reported)
    return {"shard": shard.id, "label": shard.label, "paths": list(shard.paths),
            "signature": signature, "fingerprint": pipeline.fingerprint,
            "rows": writer.close(), "tally": dict(run.tally.counts), "errors": errors, "not_coded": not_coded,
            "seconds": round(time.perf_counter() - started, 3),
            "worker": f"{socket.gethostname()}:{os.getpid()}"}


def _publish(partial: Path, out: Path, shard: Shard, info: dict) -> dict:
    """Rename the finished folder into place (atomic); an older output of the shard (other
    files, other coder) goes; a copy another attempt finished first wins."""
    final = out / SHARDS / shard.id
    final.parent.mkdir(parents=True, exist_ok=True)
    if final.exists():
        if finished(out, shard, info["fingerprint"]) is not None:
            shutil.rmtree(partial, ignore_errors=True)
            return dict(info, skipped=True)
        stale = out / PARTIAL / f"{shard.id}.stale.{uuid.uuid4().hex[:12]}"
        os.rename(final, stale)
        shutil.rmtree(stale, ignore_errors=True)
    try:
        os.rename(partial, final)
    except OSError:  # another attempt renamed its copy in between
        shutil.rmtree(partial, ignore_errors=True)
        return dict(info, skipped=True)
    return info


def _progress(shard: Shard, documents: int) -> None:
    """Tell the client (through the scheduler) that ``documents`` more were coded."""
    if documents <= 0:
        return
    try:
        from distributed import get_worker

        worker = get_worker()
    except ValueError:  # not on a Dask worker (called directly)
        return
    worker.log_event(PROGRESS_TOPIC, {"shard": shard.id, "documents": documents})


def _kill_once() -> None:
    token = os.environ.get(KILL_ONCE_ENV)
    if not token:
        return
    try:
        os.remove(token)
    except OSError:
        return
    os.kill(os.getpid(), signal.SIGKILL)


def settings_from(config: Config, input_format: str) -> CoderSettings:
    """The worker settings of a Config (its JSON lines field names, model, dictionaries)."""
    values = dataclasses.asdict(config)
    fields = tuple((k, v) for k, v in values.items() if k.endswith("_field"))
    return CoderSettings(config.model, tuple(config.dictionaries), config.batch_size, input_format,
                         fields)
