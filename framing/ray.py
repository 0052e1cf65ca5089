"""Ray back end: score across many CPUs, GPUs and nodes.

Two entry points, both loading the model once per Ray actor:

* :func:`score_dataset` scores a ``ray.data.Dataset`` with
  ``Dataset.map_batches`` and an actor pool, and returns a dataset of the same
  rows :func:`framing.score` writes (write it with ``write_parquet``).
* ``framing score ... --engine ray`` (``framing.score(engine="ray")``) keeps
  the streaming reader, rejects file, chunked output and resume of the local
  engine, and sends each block of documents to a pool of actors; blocks come
  back in order, so the rows equal the local engine's.

Ray is an optional extra (``pip install -e ".[ray]"``); this module imports it
only when called. Without a running cluster, ``ray.init()`` starts a local
one; set ``RAY_ADDRESS`` (or call ``ray.init(address=...)`` first) to use a
cluster.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import DataError, InputError

__all__ = ["score_dataset", "ordered_block_scores"]

logger = logging.getLogger(__name__)

#: Largest model folder shipped to workers through Ray (bigger: load from a shared path).
_SHIP_LIMIT = 2 << 30


def _import_ray():
    try:
        import ray
    except ImportError:
        raise InputError('the Ray back end needs Ray: pip install -e ".[ray]"  (or pip install "ray[data]")') from None
    return ray


def _ensure_ray():
    ray = _import_ray()
    if not ray.is_initialized():
        logger.info("starting or joining a Ray cluster (RAY_ADDRESS=%s)", os.environ.get("RAY_ADDRESS", "local"))
        ray.init(logging_level=logging.WARNING)
    return ray


def _model_payload(model: str | os.PathLike | None) -> dict[str, Any] | None:
    """Model folder files as bytes, so workers on other nodes need no shared disk."""
    if model is None:
        return None
    directory = Path(model)
    if not directory.is_dir():
        raise InputError(f"{directory}: no such model folder")
    files = [p for p in directory.iterdir() if p.is_file()]
    if sum(p.stat().st_size for p in files) > _SHIP_LIMIT:
        return {"path": str(directory.resolve())}
    return {"files": {p.name: p.read_bytes() for p in files}}


def _load_payload(payload: dict[str, Any] | None, device: str | None, precision: str, batch_tokens: int | None):
    from .analyze import load

    if payload is None:
        return load(None, device=device, precision=precision, batch_tokens=batch_tokens), None
    if "path" in payload:
        return load(payload["path"], device=device, precision=precision, batch_tokens=batch_tokens), None
    folder = tempfile.TemporaryDirectory(prefix="framing-model-")
    for name, data in payload["files"].items():
        (Path(folder.name) / name).write_bytes(data)
    return load(folder.name, device=device, precision=precision, batch_tokens=batch_tokens), folder


def _worker_device(device: str | None, gpus_per_worker: float) -> str:
    if device:
        return device
    return "cuda" if gpus_per_worker else "cpu"


class _BlockScorer:
    """A Ray actor body: holds one model, scores blocks of ``(doc_id, text)``."""

    def __init__(self, payload, level: str, device: str, precision: str, batch_tokens: int | None) -> None:
        self.analyzer, self._folder = _load_payload(payload, device, precision, batch_tokens)
        self.level = level

    def score(self, items: list[tuple[str, str]]):
        """An Arrow table of rows for ``items`` and their sentence count."""
        from .scale.score import block_rows

        return block_rows(self.analyzer, items, self.level)


def ordered_block_scores(
    blocks: Iterator[list],
    *,
    model: str | os.PathLike | None = None,
    level: str = "sentence",
    workers: int | None = None,
    gpus_per_worker: float = 0,
    device: str | None = None,
    precision: str = "auto",
    batch_tokens: int | None = None,
) -> Iterator[tuple[list, Any, int]]:
    """Score blocks of :class:`~framing.scale.readers.Record` on Ray actors; yield them in order.

    Yields ``(block, Arrow table of rows, sentence count)``.

    At most two blocks per actor are in flight, so memory stays bounded.
    """
    ray = _ensure_ray()
    if workers is None:
        resources = ray.cluster_resources()
        if gpus_per_worker:
            workers = max(1, int(resources.get("GPU", 0) // gpus_per_worker))
        else:  # one single-threaded actor per CPU, one CPU left to the driver
            workers = max(1, int(resources.get("CPU", 1)) - 1)
    options: dict[str, Any] = {"num_cpus": 1}
    if gpus_per_worker:
        options["num_gpus"] = gpus_per_worker
    actor_class = ray.remote(**options)(_BlockScorer)
    payload = ray.put(_model_payload(model))
    worker_device = _worker_device(device, gpus_per_worker)
    actors = [actor_class.remote(payload, level, worker_device, precision, batch_tokens) for _ in range(workers)]
    logger.info("scoring on %d Ray actors (%s GPU each)", workers, gpus_per_worker)
    in_flight: deque = deque()
    try:
        for index, block in enumerate(blocks):
            items = [(r.doc_id, r.text) for r in block if r.reason is None]
            in_flight.append((block, actors[index % workers].score.remote(items)))
            if len(in_flight) >= 2 * workers:
                block, ref = in_flight.popleft()
                table, sentences = ray.get(ref)
                yield block, table, sentences
        while in_flight:
            block, ref = in_flight.popleft()
            table, sentences = ray.get(ref)
            yield block, table, sentences
    finally:
        for actor in actors:
            ray.kill(actor)


class _BatchScorer:
    """``map_batches`` callable class: one model per actor, Arrow batches in and out."""

    def __init__(self, payload, level: str, text_column: str, id_column: str, device: str, precision: str,
                 batch_tokens: int | None, strict: bool) -> None:
        from .scale.score import output_schema

        self.analyzer, self._folder = _load_payload(payload, device, precision, batch_tokens)
        self.level, self.text_column, self.id_column, self.strict = level, text_column, id_column, strict
        schema = output_schema(level, self.analyzer.labels)
        if not strict:
            import pyarrow as pa

            schema = schema.append(pa.field("reject_reason", pa.string()))
        self.schema = schema

    def __call__(self, batch):
        import pyarrow as pa

        from .scale.readers import _check_value, _column_values, _id_of
        from .scale.score import block_rows

        texts = _column_values(batch.column(self.text_column))
        ids = _column_values(batch.column(self.id_column))
        items, rejects = [], []
        for value, id_value in zip(texts, ids):
            doc_id = _id_of(id_value, -1)
            text, reason = _check_value(value, self.text_column)
            if reason is None:
                items.append((doc_id, text))
            elif self.strict:
                raise DataError(f"document {doc_id!r}: {reason} (pass strict=False to get it as a row "
                                "with reject_reason set)")
            else:
                rejects.append({"doc_id": doc_id, "reject_reason": reason})
        table, _ = block_rows(self.analyzer, items, self.level)
        if self.strict:
            return table
        table = table.append_column(pa.field("reject_reason", pa.string()), pa.nulls(table.num_rows, pa.string()))
        return pa.concat_tables([table, pa.Table.from_pylist(rejects, schema=self.schema)])


def score_dataset(
    dataset,
    *,
    model: str | os.PathLike | None = None,
    text_column: str = "text",
    id_column: str | None = None,
    level: str = "sentence",
    workers: int | tuple[int, int] = 1,
    gpus_per_worker: float = 0,
    batch_size: int = 256,
    device: str | None = None,
    precision: str = "auto",
    batch_tokens: int | None = None,
    strict: bool = True,
):
    """Score a ``ray.data.Dataset`` of documents; returns a dataset of output rows.

    Built on ``dataset.map_batches`` with an actor pool of ``workers`` actors
    (or a ``(min, max)`` autoscaling range), each loading the model once and
    using ``gpus_per_worker`` GPUs. The rows are :func:`framing.score`'s for
    ``level``. Every row needs an id (``id_column``, default ``"id"``), since
    batches run in parallel. Bad records (null, non-string, empty text) raise
    :class:`~framing.DataError` naming the id; with ``strict=False`` each
    becomes a row with ``doc_id`` and a ``reject_reason`` column (null on
    scored rows) instead.

    The dataset is lazy: call ``.write_parquet(path)``, ``.take_all()`` or
    iterate it to run. Scores may differ from the local engine's in the last
    float digits, since batches are formed differently; labels and spans agree.
    """
    from .scale.score import LEVELS

    _import_ray()
    if level not in LEVELS:
        raise InputError(f"level must be 'sentence' or 'document', got {level!r}")
    columns = list(dataset.schema().names)
    if text_column not in columns:
        raise DataError(f"the dataset has no text column {text_column!r}; the columns are {columns}")
    if id_column is None:
        if "id" not in columns:
            raise DataError(f"score_dataset needs an id column (batches run in parallel, so row numbers are not "
                            f"known); the columns are {columns}. Pass id_column=NAME, or add one first")
        id_column = "id"
    elif id_column not in columns:
        raise DataError(f"the dataset has no id column {id_column!r}; the columns are {columns}")
    options: dict[str, Any] = {"num_cpus": 1}
    if gpus_per_worker:
        options["num_gpus"] = gpus_per_worker
    return dataset.map_batches(
        _BatchScorer,
        fn_constructor_kwargs=dict(payload=_model_payload(model), level=level, text_column=text_column,
                                   id_column=id_column, device=_worker_device(device, gpus_per_worker),
                                   precision=precision, batch_tokens=batch_tokens, strict=strict),
        batch_size=batch_size, batch_format="pyarrow", concurrency=workers, **options,
    )
