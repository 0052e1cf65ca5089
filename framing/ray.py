"""Ray back end: score across many CPUs, GPUs and nodes.

Two entry points, both loading the model once per Ray actor:

* :func:`score_dataset` scores a ``ray.data.Dataset`` with
  ``Dataset.map_batches`` and an actor pool, and returns a dataset of the same
  rows :func:`framing.score` writes (write it with ``write_parquet``).
* ``framing score ... --engine ray`` (``framing.score(engine="ray")``) keeps
  the streaming reader, rejects file, chunked output and resume of the local
  engine, and sends each block of documents to a pool of actors; blocks come
  back in order, so the rows are the local engine's (labels equal, scores
  equal to float rounding: actors run one thread each).

Ray is an optional extra (``pip install "ray[data]>=2.9"``, or
``pip install -e ".[ray]"`` in a checkout); this module imports it only when
called. Without a running cluster, ``ray.init()`` starts a local one; set
``RAY_ADDRESS`` (or call ``ray.init(address=...)`` first) to use a cluster.
Before any work is scheduled the cluster is checked: an unreachable
``RAY_ADDRESS``, more workers than its nodes can place or GPUs it lacks raise
:class:`~framing.InputError` at once instead of waiting for ever. A failure on
a worker reaches the caller as a one-line framing error (the worker's own
one when it raised a framing error).
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import socket
import tempfile
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeGuard

from .errors import DataError, FramingError, InputError, ModelError, counted
from .validation import check_precision

__all__ = ["score_dataset", "ordered_block_scores"]

logger = logging.getLogger(__name__)

#: Largest model folder shipped to workers through Ray (bigger: load from a shared path).
_SHIP_LIMIT = 2 << 30

#: Seconds to wait for a TCP connection to ``RAY_ADDRESS`` before giving up
#: (``ray.init`` has no connection timeout and retries for minutes).
_CONNECT_TIMEOUT = 5.0



def _import_ray():
    try:
        import ray
    except ImportError:
        raise InputError('the Ray back end needs Ray: pip install "ray[data]>=2.9" '
                         '(in a checkout: pip install -e ".[ray]")') from None
    return ray


def _probe(address: str) -> None:
    """Raise :class:`InputError` naming ``address`` when nothing answers on its host and port."""
    host, _, port = address.split("://", 1)[-1].rpartition(":")
    if not host or not port.isdigit():
        return  # no port to try: leave the address to Ray
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=_CONNECT_TIMEOUT).close()
    except OSError as exc:
        raise InputError(f"cannot reach the Ray cluster at RAY_ADDRESS={address} "
                         f"({exc.strerror or exc}); start it (ray start --head) "
                         "or unset RAY_ADDRESS to run on a local one") from None


def ensure_ray():
    """The ``ray`` module, connected: to ``RAY_ADDRESS`` when set (checked first), else to a new local cluster."""
    ray = _import_ray()
    if not ray.is_initialized():
        address = os.environ.get("RAY_ADDRESS")
        if address and address not in ("auto", "local"):
            _probe(address)
        logger.info("starting or joining a Ray cluster (RAY_ADDRESS=%s)", address or "local")
        try:
            ray.init(logging_level=logging.WARNING)
        except ConnectionError as exc:
            raise InputError(f"cannot connect to the Ray cluster at RAY_ADDRESS={address}: {exc}") from None
    return ray


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


@contextmanager
def framing_errors(ray) -> Iterator[None]:
    """Turn a failed Ray task or actor into a one-line framing error: the worker's own when it raised one."""
    try:
        yield
    except ray.exceptions.RayTaskError as exc:
        cause = exc.cause
        if isinstance(cause, FramingError):
            raise cause.with_traceback(None) from None
        raise FramingError(f"a Ray worker failed: {type(cause).__name__}: {_last_line(str(cause))}") from exc
    except ray.exceptions.RayError as exc:
        raise FramingError(f"a Ray worker failed: {_last_line(str(exc)) or type(exc).__name__}") from exc


def _check_worker_options(device: str | None, precision: str, gpus_per_worker: float) -> str:
    """Refuse options every actor would fail on, before any is started; return the actors' device."""
    if isinstance(gpus_per_worker, bool) or not isinstance(gpus_per_worker, (int, float)) or \
            not gpus_per_worker >= 0:
        raise InputError(f"gpus_per_worker must be a number >= 0, got {gpus_per_worker!r}")
    if gpus_per_worker > 1 and not float(gpus_per_worker).is_integer():
        raise InputError(f"gpus_per_worker above 1 must be a whole number (Ray shares out single GPUs only), "
                         f"got {gpus_per_worker!r}")
    check_precision(precision)
    worker_device = actor_device(device, gpus_per_worker)
    if not re.fullmatch(r"cpu|cuda(:\d+)?", worker_device):
        raise InputError(f"device must be 'cpu', 'cuda', 'cuda:N' or None, got {device!r}")
    if worker_device.startswith("cuda"):
        if not gpus_per_worker:
            raise InputError(f"device {worker_device!r} on Ray needs GPUs per worker (--gpus-per-worker, "
                             "gpus_per_worker > 0): Ray hides the GPUs from workers that reserve none")
        if precision == "int8":
            raise InputError("precision='int8' (dynamic quantisation) runs on CPU only; use 'auto' on CUDA")
    return worker_device


def _capacity(ray, gpus_per_worker: float) -> tuple[int, float, float]:
    """How many workers of 1 CPU and ``gpus_per_worker`` GPUs the alive nodes can place; their CPUs and GPUs."""
    fit, cpus, gpus = 0, 0.0, 0.0
    for node in ray.nodes():
        if not node.get("Alive"):
            continue
        resources = node.get("Resources", {})
        node_cpus, node_gpus = resources.get("CPU", 0), resources.get("GPU", 0)
        cpus, gpus = cpus + node_cpus, gpus + node_gpus
        slots = int(node_cpus)
        if gpus_per_worker:  # a share below 1 must fit on one GPU
            per_gpu = int(1 / gpus_per_worker + 1e-9) if gpus_per_worker < 1 else 0
            slots = min(slots, int(node_gpus) * per_gpu if per_gpu else int(node_gpus // gpus_per_worker))
        fit += slots
    return fit, cpus, gpus


def plan_workers(workers: int | None, gpus_per_worker: float = 0, device: str | None = None,
                 precision: str = "auto", tasks_need_cpus: bool = False) -> int:
    """Check the options and the Ray cluster before any work is scheduled; return the number of workers.

    Connects to Ray (see :func:`ensure_ray`). ``workers=None`` is as many as
    the cluster's GPUs allow with ``gpus_per_worker``, else one per CPU less
    one for the driver. More workers than the alive nodes can place, or GPUs
    the cluster lacks, raise :class:`~framing.InputError` (Ray would wait for
    ever): on an autoscaling cluster, scale it up first. With
    ``tasks_need_cpus`` (a Ray dataset still to read or repartition, say),
    workers that would take every CPU are refused too: those tasks would
    wait for ever.
    """
    _check_worker_options(device, precision, gpus_per_worker)
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 1):
        raise InputError(f"workers must be an integer >= 1, got {workers!r}")
    ray = ensure_ray()
    fit, cpus, gpus = _capacity(ray, gpus_per_worker)
    if workers is None:
        workers = max(1, fit if gpus_per_worker else fit - 1)
    if workers > fit:
        many = f"{workers} worker{'s' if workers > 1 else ''}"
        if gpus_per_worker and not gpus:
            raise InputError(f"the Ray cluster has 0 GPUs; {many} × {gpus_per_worker:g} GPU per worker needs "
                             f"{workers * gpus_per_worker:g} (--gpus-per-worker 0 runs on CPUs)")
        each = f"1 CPU{f' and {gpus_per_worker:g} GPU' if gpus_per_worker else ''} each"
        raise InputError(f"the Ray cluster can place {fit} worker{'s' if fit != 1 else ''} of {each} (its nodes "
                         f"have {cpus:g} CPUs, {gpus:g} GPUs), not {many}: ask for fewer (--workers), or add "
                         "nodes (an autoscaling cluster must be scaled up first)")
    if tasks_need_cpus and workers >= cpus:
        raise InputError(f"{workers} worker{'s' if workers > 1 else ''} of 1 CPU each would take every CPU of the "
                         f"Ray cluster ({cpus:g}), leaving none for the dataset's own tasks (reading, "
                         f"repartitioning), which would wait for ever: ask for fewer than {cpus:g} workers, or "
                         "call dataset.materialize() first")
    return workers


def _model_payload(model: str | os.PathLike | None) -> dict[str, Any]:
    """The model folder (``None`` or ``"default"``: the bundled model), checked here as ``framing.load`` reads
    it, as its files' bytes: workers on other nodes need no shared disk and run this driver's model, whatever
    framing version they have installed."""
    from .analyze import model_directory
    from .scale.helpers import check_config

    directory = model_directory(model, "model")
    check_config(directory)
    files = [p for p in directory.iterdir() if p.is_file()]
    if sum(p.stat().st_size for p in files) > _SHIP_LIMIT:
        return {"path": str(directory.resolve())}
    return {"files": {p.name: p.read_bytes() for p in files}, "source": str(directory)}


def _load_payload(payload: dict[str, Any], device: str | None, precision: str, batch_tokens: int | None):
    """The Analyzer a payload describes: a shared path, or files shipped as bytes."""
    from .analyze import load

    if "path" in payload:
        return load(payload["path"], device=device, precision=precision, batch_tokens=batch_tokens)
    # Removed once loaded: an actor that Ray kills never runs finalizers, so a folder kept open for the
    # actor's life was left behind in the node's temp directory by every run.
    with tempfile.TemporaryDirectory(prefix="framing-model-") as folder:
        for name, data in payload["files"].items():
            (Path(folder) / name).write_bytes(data)
        try:
            return load(folder, device=device, precision=precision, batch_tokens=batch_tokens)
        except ModelError as exc:  # name the user's folder, not this temporary copy of it
            if exc.args and isinstance(exc.args[0], str):
                exc.args = (exc.args[0].replace(folder, payload["source"]), *exc.args[1:])
            raise


def actor_device(device: str | None, gpus_per_worker: float) -> str:
    """The device actors run on: ``device``, else CUDA when they reserve GPUs."""
    if device:
        return str(device)
    return "cuda" if gpus_per_worker else "cpu"


class _ModelHolder:
    """Loads the model in an actor; a framing error is kept and raised by the first call.

    Raised in ``__init__``, Ray would report it as a dead actor with the
    error as text; raised by a call, it reaches the driver as itself.
    """

    def __init__(self, payload, device: str, precision: str, batch_tokens: int | None) -> None:
        self.error: FramingError | None = None
        try:
            self._analyzer = _load_payload(payload, device, precision, batch_tokens)
        except FramingError as exc:
            self.error = exc

    @property
    def analyzer(self):
        if self.error is not None:
            raise self.error
        return self._analyzer


class _BlockScorer(_ModelHolder):
    """A Ray actor body: holds one model, scores blocks of ``(doc_id, text)``."""

    def __init__(self, payload, level: str, device: str, precision: str, batch_tokens: int | None) -> None:
        super().__init__(payload, device, precision, batch_tokens)
        self.level = level

    def score(self, items: list[tuple[str, str]], headlines: list[str | None] | None = None):
        """An Arrow table of rows for ``items`` (with their ``headlines``, for an input with a headline column)
        and their sentence count."""
        from .scale.scoring import block_rows

        return block_rows(self.analyzer, items, self.level, headlines)


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
    headline: bool = False,
    block_chars: int | None = None,
) -> Iterator[Any]:
    """Score blocks of :class:`~framing.scale.readers.Record` on Ray actors; yield them in order.

    Yields ``(block, Arrow table of rows, sentence count)``; ``headline=True`` for records read with a
    headline column, scored with their headlines as the local engine scores them. With ``block_chars``, a
    :class:`~framing.scale.scoring.LongDocument` notice comes before waiting for the rows of a document
    longer than that, which take long (the caller commits what it holds meanwhile).

    At most two blocks per actor are in flight, so memory stays bounded.
    The cluster is checked first (:func:`plan_workers`); a worker's failure
    is raised as a one-line framing error.
    """
    from .scale.scoring import block_items

    workers = plan_workers(workers, gpus_per_worker, device, precision)
    ray = ensure_ray()
    options: dict[str, Any] = {"num_cpus": 1}
    if gpus_per_worker:
        options["num_gpus"] = gpus_per_worker
    actor_class = ray.remote(**options)(_BlockScorer)
    payload = ray.put(_model_payload(model))
    worker_device = actor_device(device, gpus_per_worker)
    actors = [actor_class.remote(payload, level, worker_device, precision, batch_tokens) for _ in range(workers)]
    logger.info("scoring on %s (%s GPU each)", counted(workers, "Ray actor"), gpus_per_worker)
    in_flight: deque = deque()
    stopped: Exception | None = None
    blocks = iter(blocks)
    try:
        with framing_errors(ray):
            for index in itertools.count():
                try:
                    block = next(blocks)
                except StopIteration:
                    break
                except Exception as exc:  # the input stops (a --strict bad record, a read error): the blocks
                    stopped = exc  # already sent are still scored and yielded, as the local engine's are
                    break
                items, headlines = block_items(block, headline)
                in_flight.append((block, actors[index % workers].score.remote(items, headlines)))
                if len(in_flight) >= 2 * workers:
                    yield from _next_result(ray, in_flight, block_chars)
            while in_flight:
                yield from _next_result(ray, in_flight, block_chars)
        if stopped is not None:
            raise stopped
    finally:
        for actor in actors:
            ray.kill(actor)
        for _, ref in in_flight:  # collect what is left, or Ray prints each failure as an unhandled error
            try:
                ray.get(ref, timeout=10)  # the actors are dead: their tasks fail at once
            except ray.exceptions.RayError:
                pass


def _next_result(ray, in_flight: deque, block_chars: int | None) -> Iterator[Any]:
    """The first block in flight, taken off ``in_flight`` once scored: ``(block, table, sentences)``, after a
    :class:`~framing.scale.scoring.LongDocument` notice when the block holds a document longer than
    ``block_chars``."""
    from .scale.scoring import LongDocument, long_document

    block, ref = in_flight[0]  # left in flight while the notice is handled, so a stop there still collects it
    long = long_document(block, block_chars) if block_chars is not None else None
    if long is not None:
        yield LongDocument(long)
    in_flight.popleft()
    table, sentences = ray.get(ref)
    yield block, table, sentences


class _BatchScorer(_ModelHolder):
    """``map_batches`` callable class: one model per actor, Arrow batches in and out."""

    def __init__(self, payload, level: str, text_column: str, id_column: str, device: str, precision: str,
                 batch_tokens: int | None, strict: bool, repeated: dict[str, int] | None = None) -> None:
        from .scale.scoring import output_schema

        super().__init__(payload, device, precision, batch_tokens)
        self.level, self.text_column, self.id_column, self.strict = level, text_column, id_column, strict
        self.repeated = repeated or {}
        if self.error is not None:
            return
        schema = output_schema(level, self.analyzer.labels)
        if not strict:
            import pyarrow as pa

            schema = schema.append(pa.field("reject_reason", pa.string()))
        self.schema = schema

    def __call__(self, batch):
        import pyarrow as pa

        from .scale.readers import arrow_id, check_text, column_values
        from .scale.scoring import block_rows

        analyzer = self.analyzer  # raises the model's loading error, if any
        texts = column_values(batch.column(self.text_column))
        ids = column_values(batch.column(self.id_column))
        items, rejects = [], []
        for value, id_value in zip(texts, ids):
            doc_id, reason = arrow_id(id_value, self.id_column)
            if reason is None:
                text, reason = check_text(value, self.text_column)
                if doc_id in self.repeated:
                    reason = (f"duplicate id {doc_id!r}: {self.repeated[doc_id]} rows have it, and none is kept "
                              "(batches run in parallel, so no row comes first)")
            if reason is None:
                items.append((doc_id, text))
            elif self.strict:
                where = f"document {doc_id!r}" if doc_id is not None else f"a row with text {str(value)[:40]!r}"
                raise DataError(f"{where}: {reason} (pass strict=False to get it as a row "
                                "with reject_reason set)")
            else:
                rejects.append({"doc_id": doc_id, "reject_reason": reason})
        table, _ = block_rows(analyzer, items, self.level)
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
    check_ids: bool = True,
):
    """Score a ``ray.data.Dataset`` of documents; returns a dataset of output rows.

    Built on ``dataset.map_batches`` with an actor pool of ``workers`` actors
    (or a ``(min, max)`` autoscaling range), each loading the model once and
    using ``gpus_per_worker`` GPUs. The rows are :func:`framing.score`'s for
    ``level``. Every row needs an id (``id_column``, default ``"id"``), since
    batches run in parallel. With ``check_ids`` (the default) a first pass
    over the id column finds repeated ids: under ``strict`` they raise
    :class:`~framing.DataError` here, naming a few; otherwise every row of a
    repeated id becomes a reject (with no order across parallel batches,
    none of them can be "the first"). ``check_ids=False`` skips that pass;
    repeated ids then give rows that share one ``doc_id``. Bad records
    (null or empty id; null, non-string, empty text) raise
    :class:`~framing.DataError` naming the id (Ray's wrapper of it, which is
    a ``DataError``) when the dataset runs; with ``strict=False`` each becomes
    a row with ``doc_id`` and a ``reject_reason`` column (null on scored
    rows) instead. Arguments, and
    whether the cluster can place ``workers`` (the minimum of a range), are
    checked here, raising :class:`~framing.InputError`; so is a pool that
    would take every CPU of the cluster while the dataset (unless
    materialized) has tasks of its own to run, which would wait for ever.

    The returned dataset is lazy: call ``.write_parquet(path)``,
    ``.take_all()`` or iterate it to run. The id check is not: it runs the
    input's pipeline up to the id column once more, so ``materialize()`` an
    input whose earlier steps are costly or not deterministic. Scores may differ from the local engine's in the last
    float digits, since batches are formed differently; labels and spans agree. With more than one worker the rows
    are not in input order (see docs/scoring.md for sorting them or keeping it).
    """
    from .scale.scoring import LEVELS

    if level not in LEVELS:
        raise InputError(f"level must be 'sentence' or 'document', got {level!r}")
    smallest = _check_pool(workers)
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise InputError(f"batch_size must be an integer >= 1, got {batch_size!r}")
    worker_device = _check_worker_options(device, precision, gpus_per_worker)
    _import_ray()
    from ray.data import Dataset
    from ray.data.dataset import MaterializedDataset

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
    payload = _model_payload(model)
    plan_workers(smallest, gpus_per_worker, device, precision,
                 tasks_need_cpus=not isinstance(dataset, MaterializedDataset))
    repeated = _repeated_ids(dataset, id_column) if check_ids else {}
    if repeated and strict:
        shown = ", ".join(f"{k!r} ({n} rows)" for k, n in list(repeated.items())[:5])
        many = "1 id repeats" if len(repeated) == 1 else f"{len(repeated)} ids repeat"
        raise DataError(f"{many} in column {id_column!r}, e.g. {shown}: give each row its own "
                        "id, or pass strict=False to get those rows as rejects (check_ids=False skips the check)")
    options: dict[str, Any] = {"num_cpus": 1}
    if gpus_per_worker:
        options["num_gpus"] = gpus_per_worker
    rows = dataset.map_batches(
        _BatchScorer,
        fn_constructor_kwargs=dict(payload=payload, level=level, text_column=text_column,
                                   id_column=id_column, device=worker_device,
                                   precision=precision, batch_tokens=batch_tokens, strict=strict,
                                   repeated=repeated),
        batch_size=batch_size, batch_format="pyarrow", compute=_actor_pool(workers), **options,
    )
    # Raise a worker's framing error (a bad record, a model that does not load) as itself, not wrapped in
    # Ray Data's UserCodeException. map_batches shares the input's DataContext: copy it so the input's is
    # left alone; datasets made from ``rows`` share the copy.
    rows = Dataset.copy(rows, _deep_copy=True)
    rows.context.raise_original_map_exception = True
    return rows


def _named(*names: str):
    """A batch function giving an Arrow table's columns the ``names``, in order."""
    return lambda table: table.rename_columns(list(names))


#: Distinct ids the first pass counts in this process before it leaves the count to a Ray shuffle instead: a
#: shuffle costs seconds of start-up however few the rows, a count here about 100 bytes a distinct id.
DRIVER_ID_LIMIT = 1_000_000


def _repeated_ids(dataset, id_column: str) -> dict[str, int]:
    """Ids (as ``doc_id`` text) that more than one row has, with their counts: one pass over the id column,
    counted here while the distinct ids stay under ``DRIVER_ID_LIMIT``, else by a Ray groupby (a second pass)."""
    from .scale.readers import arrow_id

    # One column, renamed, so no id column name (even "count()") can clash with the count's; renamed by Arrow
    # inside a map, since Dataset.rename_columns is missing from the older Rays the ray extra allows
    ids = dataset.select_columns([id_column]).map_batches(_named("id"), batch_format="pyarrow")
    counted = _counted_here(ids)
    repeated: dict[str, int] = {}
    for value, rows in (counted.items() if counted is not None else _counted_by_shuffle(ids)):
        if rows > 1:
            doc_id, _ = arrow_id(value, id_column)
            if doc_id is not None:  # null and blank ids are rejected row by row
                repeated[doc_id] = int(rows)
    return repeated


def _counted_here(ids) -> Counter | None:
    """Rows per id value, counted batch by batch in this process; ``None`` once more than ``DRIVER_ID_LIMIT``
    distinct values turn up, or for values Arrow cannot count or Python cannot hash (a list, say)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    counts: Counter = Counter()
    try:
        for batch in ids.iter_batches(batch_format="pyarrow", batch_size=None):
            tallied = pc.value_counts(batch.column("id"))
            counts.update(dict(zip(tallied.field("values").to_pylist(), tallied.field("counts").to_pylist())))
            if len(counts) > DRIVER_ID_LIMIT:
                logger.info("more than %d distinct ids: counting them with a Ray groupby", DRIVER_ID_LIMIT)
                return None
    except (pa.ArrowNotImplementedError, TypeError):
        return None
    return counts


def _counted_by_shuffle(ids) -> Iterable[tuple[Any, int]]:
    """``(id value, rows)`` for the values more than one row has, counted by a Ray groupby."""
    counts = ids.groupby("id").count().map_batches(_named("id", "rows"), batch_format="pyarrow")
    try:  # Ray Data's predicate expressions run inside Arrow; older Rays take a Python function
        from ray.data.expressions import col

        repeats = counts.filter(expr=col("rows") > 1)
    except ImportError:
        repeats = counts.filter(lambda row: row["rows"] > 1)
    return ((row["id"], row["rows"]) for row in repeats.iter_rows())


def _actor_pool(workers: int | tuple[int, int]):
    """Ray Data's actor pool of ``workers`` actors (a ``(min, max)`` range: autoscaling), given as ``compute``:
    ``map_batches(concurrency=...)`` is deprecated since Ray 2.51, and ``ActorPoolStrategy`` runs on Ray 2.9 too."""
    from ray.data import ActorPoolStrategy

    if isinstance(workers, tuple):
        return ActorPoolStrategy(min_size=workers[0], max_size=workers[1])
    return ActorPoolStrategy(size=workers)


def _check_pool(workers: int | tuple[int, int]) -> int:
    """Validate ``score_dataset``'s ``workers`` (a count or a ``(min, max)`` range); return the minimum."""
    def count(value: object) -> TypeGuard[int]:
        return isinstance(value, int) and not isinstance(value, bool) and value >= 1

    if count(workers):
        return workers
    if isinstance(workers, tuple) and len(workers) == 2 and all(map(count, workers)) and workers[0] <= workers[1]:
        return workers[0]
    raise InputError(f"workers must be an integer >= 1 or a (min, max) range of them, got {workers!r}")
