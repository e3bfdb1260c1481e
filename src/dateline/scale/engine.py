"""The client side of a scaled-out run: a Dask cluster, one task per shard, the results.

``open_client`` connects to a scheduler (``--scheduler tcp://HOST:8786``) or starts a
LocalCluster of N single-threaded worker processes on this machine; ``run_shards``
submits the shards that are not finished yet, retries a failed shard (an error in the
task, or its worker dying) ``retries`` times, and reports each shard as it finishes.
Progress goes to callbacks (the command line draws it) and to Dask's dashboard, where
the tasks are named ``dateline-shard-ID``.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DatelineError, message
from .shards import Shard
from .worker import (PARTIAL, PROGRESS_TOPIC, SHARDS, CoderSettings, PipelineLoader, code_shard,
                     finished)

RETRIES = 2
LOOPBACK = "127.0.0.1"
DASHBOARD = f"{LOOPBACK}:8787"


@dataclass
class ShardFailure:
    shard: Shard
    detail: str  # the catalogue message (E307)


@dataclass
class ScaleReport:
    """What a run did: shards finished now or before, shards that failed, and the
    documents of the finished ones."""

    finished: list[dict] = field(default_factory=list)
    skipped: int = 0
    failures: list[ShardFailure] = field(default_factory=list)
    tally: Counter = field(default_factory=Counter)

    def add(self, info: dict) -> None:
        self.finished.append(info)
        if info.get("skipped"):
            self.skipped += 1
        self.tally.update(info.get("tally", {}))


@contextmanager
def open_client(workers: int | None = None, scheduler: str | None = None,
                dashboard: str | None = DASHBOARD, retries: int = RETRIES,
                verbose: bool = False) -> Iterator[Any]:
    """A Dask client: of the scheduler at ``scheduler``, else of a LocalCluster of
    ``workers`` processes (default: one per core) listening on the loopback address."""
    import dask
    from distributed import Client, LocalCluster

    if not verbose:  # a worker's death is reported once, as the shard's error line
        for name in ("distributed", "tornado"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
    # a worker dying mid-shard counts as one failed attempt of that shard
    with dask.config.set({"distributed.scheduler.allowed-failures": retries}):
        if scheduler:
            try:
                client = Client(scheduler)  # waits distributed.comm.timeouts.connect
            except (OSError, TimeoutError) as exc:
                raise DatelineError("E308", address=scheduler, detail=str(exc)) from exc
            try:
                yield client
            finally:
                client.close()
            return
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, host=LOOPBACK, dashboard_address=dashboard,
                               silence_logs=logging.INFO if verbose else logging.CRITICAL)
        client = Client(cluster)
        try:
            yield client
        finally:
            client.close()
            cluster.close()


def run_shards(client: Any, shards: list[Shard], out: Path, settings: CoderSettings,
               fingerprint: str, *, known: Any = None, retries: int = RETRIES,
               on_shard: Callable[[Shard, dict], None] | None = None,
               on_documents: Callable[[int], None] | None = None) -> ScaleReport:
    """Code the shards not finished yet into ``out`` on the client's cluster. ``on_shard``
    is called (on this thread) for each finished shard, those finished before included;
    ``on_documents`` with each count of documents workers report coded."""
    from distributed import as_completed

    report = ScaleReport()
    todo = []
    for shard in shards:
        info = finished(out, shard, fingerprint)
        if info is None:
            todo.append(shard)
            continue
        report.add(dict(info, skipped=True))
        if on_shard:
            on_shard(shard, dict(info, skipped=True))
    if not todo:
        return report
    _clear_partial(out, todo)
    client.register_plugin(PipelineLoader(settings), name=PipelineLoader.name)
    if on_documents:
        client.subscribe_topic(PROGRESS_TOPIC, lambda event: on_documents(event[1]["documents"]))
    futures = {client.submit(code_shard, shard, str(out), settings, known, retries=retries,
                             key=f"dateline-shard-{shard.id}"): shard for shard in todo}
    try:
        for future in as_completed(futures):
            shard = futures[future]
            if future.status != "finished":
                report.failures.append(ShardFailure(shard, _failure(shard, future, retries)))
                continue
            info = future.result()
            report.add(info)
            if on_shard:
                on_shard(shard, info)
    finally:
        if on_documents:
            client.unsubscribe_topic(PROGRESS_TOPIC)
        for future in futures:
            future.release()
    return report


def _failure(shard: Shard, future: Any, retries: int) -> str:
    exc = future.exception()
    name = type(exc).__name__
    detail = str(exc).splitlines()[0] if str(exc) else ""
    if name == "KilledWorker":
        detail = "its worker process died (out of memory, or killed)"
    else:
        detail = f"{name}: {detail}"
    return message("E307", label=shard.label, attempts=retries + 1, detail=detail)


def _clear_partial(out: Path, shards: list[Shard]) -> None:
    """Remove what killed attempts at these shards left behind (one run per folder)."""
    folder = out / PARTIAL
    if not folder.is_dir():
        return
    ids = {shard.id for shard in shards}
    for entry in folder.iterdir():
        if entry.name.split(".")[0] in ids:
            shutil.rmtree(entry, ignore_errors=True)


def shard_folder(out: Path, shard: Shard) -> Path:
    return out / SHARDS / shard.id
