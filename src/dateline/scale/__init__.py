"""Running the pipeline on a cluster engine (Dask distributed), and on every core of one
machine.

Entry points: :func:`scale` (inputs -> a folder of Parquet shards), :func:`attach`
(the shards as views of a DuckDB database) and :func:`code_with_workers` (inputs ->
the DuckDB database, coded by a LocalCluster of worker processes).
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from ..config import Config
from ..records import Rejection
from ..store import Store
from .attach import attach
from .engine import RETRIES, ScaleReport, open_client, run_shards, shard_folder
from .importer import import_shard
from .shards import FILES_PER_SHARD, Shard, plan_shards
from .worker import CoderSettings, finished, settings_from

__all__ = ["scale", "attach", "code_with_workers", "ScaleReport", "Shard", "CoderSettings",
           "plan_shards", "FILES_PER_SHARD", "RETRIES"]


def _fingerprint(settings: CoderSettings) -> str:
    from ..pipeline import coder_fingerprint

    return coder_fingerprint(settings.model, list(settings.dictionaries))


def scale(inputs: Iterable[str], out: str, *, config: Config | None = None,
          input_format: str = "auto", manifests: Iterable[str] = (), workers: int | None = None,
          scheduler: str | None = None, files_per_shard: int = FILES_PER_SHARD,
          retries: int = RETRIES, dashboard: str | None = None, verbose: bool = False,
          on_start: Callable[[object, list[Shard]], None] | None = None,
          on_shard: Callable[[Shard, dict], None] | None = None,
          on_documents: Callable[[int], None] | None = None) -> tuple[ScaleReport, list[Rejection]]:
    """Code the inputs into ``out/shards/ID/TABLE.parquet``, one task per shard; returns
    the report and the inputs that could not be read. ``on_start`` gets the Dask client
    and the shards once the cluster is up."""
    settings = settings_from(config or Config(), input_format)
    fingerprint = _fingerprint(settings)
    shards, problems = plan_shards(inputs, manifests, files_per_shard)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    if not _pending(shards, folder, fingerprint):  # no cluster needed
        return run_shards(None, shards, folder, settings, fingerprint, on_shard=on_shard), problems
    options = {"dashboard": dashboard} if dashboard else {}
    with open_client(workers, scheduler, retries=retries, verbose=verbose, **options) as client:
        if on_start:
            on_start(client, shards)
        report = run_shards(client, shards, folder, settings, fingerprint, retries=retries,
                            on_shard=on_shard, on_documents=on_documents)
    return report, problems


def _pending(shards: list[Shard], folder: Path, fingerprint: str) -> bool:
    return any(finished(folder, shard, fingerprint) is None for shard in shards)


def code_with_workers(inputs: Iterable[str], store: Store, workers: int, *,
                      config: Config | None = None, input_format: str = "auto",
                      files_per_shard: int = FILES_PER_SHARD, verbose: bool = False,
                      on_start: Callable[[object, list[Shard]], None] | None = None,
                      on_shard: Callable[[Shard, dict], None] | None = None,
                      on_documents: Callable[[int], None] | None = None
                      ) -> tuple[Counter, list[str], ScaleReport]:
    """``dateline code --workers N``: code the inputs on a LocalCluster of N processes and
    import each finished shard into the store in one transaction. Documents the store
    holds from the same input by the same coder are not coded again. Returns the counts
    (added, replaced, unchanged, failed), the error lines, and the run's report."""
    settings = settings_from(config or Config(), input_format)
    fingerprint = _fingerprint(settings)
    work = Path(f"{store.path}.shards")
    shards, problems = plan_shards(inputs, (), files_per_shard)
    counts: Counter = Counter()
    errors = [problem.detail for problem in problems]
    for problem in problems:
        store.write_rejection(problem)
    counts["failed"] += len(problems)
    known = dict(store.con.execute(
        "SELECT id, input_hash FROM documents WHERE input_hash IS NOT NULL").fetchall())

    def imported(shard: Shard, info: dict) -> None:
        folder = shard_folder(work, shard)
        result = import_shard(store, folder)
        counts.update(result)
        counts["unchanged"] += info.get("tally", {}).get("unchanged", 0)
        counts["failed"] += info.get("tally", {}).get("failed", 0)
        errors.extend(info.get("errors", []))
        shutil.rmtree(folder, ignore_errors=True)
        if on_shard:
            on_shard(shard, info)

    if not _pending(shards, work, fingerprint):
        report = run_shards(None, shards, work, settings, fingerprint, on_shard=imported)
    else:
        with open_client(workers, None, verbose=verbose) as client:
            if on_start:
                on_start(client, shards)
            shared = client.scatter(known, broadcast=True) if known else None
            report = run_shards(client, shards, work, settings, fingerprint, known=shared,
                                on_shard=imported, on_documents=on_documents)
    errors.extend(failure.detail for failure in report.failures)
    if not report.failures:
        shutil.rmtree(work, ignore_errors=True)
    return counts, errors, report
