"""The Dask engine of `kg build --engine dask`: extraction mapped over a Dask distributed cluster.

`DaskEngine` has the `map` of `kg.build.ExtractionEngine`: it sends each document to the
cluster as a task and yields the results in the documents' order, whatever order the
workers finish in, so the merge that follows is the same as in a local build and so is the
graph. At most `window` documents are on the cluster at a time, so memory stays bounded on
both sides. With no scheduler address it starts a `LocalCluster` of worker processes on
the loopback interface for the length of the build; the workers of a real cluster need
kg installed (`pip install 'kg-union[dask]'`), as they import it to run the task.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from typing import TypeVar

from kg.errors import KgError

T = TypeVar("T")
D = TypeVar("D")


class DaskEngine:
    """Extraction on the Dask cluster at `scheduler` (``tcp://host:8786``), or on a LocalCluster
    of `workers` single-threaded processes started for each `map`."""

    def __init__(self, scheduler: str | None = None, workers: int = 2, window: int | None = None) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self.window = window

    def map(self, task: Callable[[D], T], documents: Iterable[D]) -> Iterator[T]:
        from distributed import Client, LocalCluster

        with ExitStack() as stack:
            if self.scheduler:
                try:
                    client = stack.enter_context(Client(self.scheduler, timeout="30s"))
                except OSError as err:
                    raise KgError(f"cannot reach the Dask scheduler at {self.scheduler}: {err}") from None
            else:
                cluster = stack.enter_context(LocalCluster(
                    n_workers=self.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                    dashboard_address=None))
                client = stack.enter_context(Client(cluster))
            window = self.window or 4 * max(1, sum(client.nthreads().values()))
            pending: deque = deque()
            for document in documents:
                pending.append(client.submit(task, document, pure=False))
                if len(pending) >= window:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
