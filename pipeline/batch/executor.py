"""Jobs → `DocumentResult`s on a Dask distributed cluster: the same per-document job as the local workers.

`run.execute` hands the documents to process either to the isolated local workers
(`pipeline.batch.worker.IsolatedExecutor`) or, with `--executor dask`, to `DaskExecutor` here. Both run
`run.process_one` (ingest → extract → normalize for one document) and yield `(job, result)` pairs
in the order documents finish, so everything after them (parts, manifest, tables, datapackage) is
the same code and the tables are identical.

On the cluster each worker process builds the extractor once (`run.get_extractor` caches it per
process). The parent ships each document's bytes with its task, and the user gazetteer files once
per run, so workers need the `policy-pipeline` package (and the model) installed but no shared file
system. At most `2 × workers` documents are in flight, so memory stays bounded on both sides.
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pipeline.config import Config
from pipeline.errors import ConfigError
from pipeline.records import DocumentResult

IN_FLIGHT_PER_WORKER = 2
_LOCK = threading.Lock()  # a worker with several threads still runs one document at a time
_GAZETTEER_DIRS: dict[str, Path] = {}


@dataclass(frozen=True)
class Shipment:
    """What every task needs besides its document: the config, the version and the user gazetteers."""

    config: Config
    version: str
    gazetteers: tuple[tuple[str, bytes], ...] = ()  # (file name, content)


def ship(config: Config, version: str) -> Shipment:
    files = tuple((Path(p).name, Path(p).read_bytes()) for p in config.gazetteers)
    return Shipment(config, version, files)


def worker_config(shipment: Shipment) -> Config:
    """The config as seen on a worker: user gazetteers written once into a local temp folder."""
    if not shipment.gazetteers:
        return shipment.config
    digest = hashlib.sha256(b"".join(name.encode() + data for name, data in shipment.gazetteers)).hexdigest()
    folder = _GAZETTEER_DIRS.get(digest)
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix=f"policy-pipeline-gaz-{digest[:8]}-"))
        for n, (name, data) in enumerate(shipment.gazetteers):
            (folder / f"{n:02d}-{name}").write_bytes(data)
        _GAZETTEER_DIRS[digest] = folder
    paths = tuple(sorted(folder.iterdir()))
    return replace(shipment.config, gazetteers=paths)


def process_shipped(data: bytes, suffix: str, source: str, sha256: str, shipment: Shipment
                    ) -> DocumentResult:
    """The task run on a Dask worker: write the bytes to a temp file, then `run.process_one`."""
    from pipeline.batch.heap import keep_heap
    from pipeline.batch.process import process_one

    keep_heap()  # once per Dask worker process (pipeline.batch.heap)
    with _LOCK:
        config = worker_config(shipment)
        with tempfile.TemporaryDirectory(prefix="policy-pipeline-doc-") as tmp:
            path = Path(tmp) / f"document{suffix}"
            path.write_bytes(data)
            return process_one(path, source, config, shipment.version, sha256)


class DaskExecutor:
    """Runs the per-document job on a Dask cluster (`scheduler` address, or a LocalCluster)."""

    def __init__(self, config: Config, version: str, workers: int = 1) -> None:
        self.config = config
        self.version = version
        self.workers = max(1, workers)

    def start(self, documents: int) -> None:
        """Nothing to start ahead: `map` connects to (or starts) the cluster."""

    def close(self) -> None:
        """Nothing to stop: `map` closes its client and the cluster it started."""

    def connect(self) -> tuple[Any, Any]:
        """(client, cluster): a client of the given scheduler, or of a LocalCluster we start (and stop)."""
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise ConfigError("--executor dask needs dask.distributed: pip install 'dask[distributed]'") from exc
        if self.config.scheduler:
            try:
                return Client(self.config.scheduler, timeout="30s"), None
            except (OSError, TimeoutError) as exc:
                raise ConfigError(f"cannot reach the Dask scheduler at {self.config.scheduler}: {exc} "
                                  f"(is `dask scheduler` running there?)") from exc
        memory = f"{self.config.memory_limit}MB" if self.config.memory_limit else None
        cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                               memory_limit=memory, dashboard_address=":0")  # no fixed port
        return Client(cluster), cluster

    def map(self, jobs: Iterable[Any], on_start: Callable[[Any], None] | None = None
            ) -> Iterator[tuple[Any, DocumentResult]]:
        """(job, result) for every job (`worker.Job`: path, source, sha256), in the order they finish."""
        from distributed import as_completed

        from pipeline.batch.process import failed_result

        client, cluster = self.connect()
        try:
            n_workers = max(1, len(client.scheduler_info().get("workers", {})) or self.workers)
            shipment = client.scatter(ship(self.config, self.version), broadcast=True)
            pending = iter(jobs)
            running = as_completed()
            by_key: dict[str, Any] = {}
            unread: list[tuple[Any, DocumentResult]] = []

            def fill() -> None:
                while len(by_key) < n_workers * IN_FLIGHT_PER_WORKER:
                    job = next(pending, None)
                    if job is None:
                        return
                    if on_start is not None:
                        on_start(job)
                    try:
                        data = Path(job.path).read_bytes()
                    except OSError as exc:
                        unread.append((job, failed_result(job.path, job.source,
                                                          f"cannot read {job.source}: {exc.strerror}",
                                                          "error", self.version, job.sha256)))
                        continue
                    future = client.submit(process_shipped, data, Path(job.path).suffix, job.source,
                                           job.sha256, shipment, pure=False)
                    by_key[future.key] = job
                    running.add(future)

            fill()
            yield from unread
            unread.clear()
            for future in running:
                job = by_key.pop(future.key)
                try:
                    result = future.result()
                except Exception as exc:  # the worker died (KilledWorker) or the task raised
                    result = failed_result(job.path, job.source,
                                           f"Dask task failed ({type(exc).__name__}: {exc}): {job.source}",
                                           "error", self.version, job.sha256)
                future.release()
                yield job, result
                fill()
                yield from unread
                unread.clear()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
