"""Fine-tuning: data in, a model folder loadable by :func:`framing.load` out.

The trainer is separate from the model: it owns the data, the loop, early
stopping, calibration and the model card. It learns from hard labels and
from partial labels alike: an example allows a set of labels and
contributes ``-log(sum of their probabilities)``, so a public ``OBJ``
("not opinion") sentence teaches what it knows and no more. Span tags are
learnt on the same pass, only for the span types an example annotates
(:mod:`framing.span_training` can later replace the span head alone).

This module holds the run (its arguments, the loop, the batches, validation and calibration); the checks
of its setup and data are :mod:`framing.training_data`'s, the starting and saved model folders
:mod:`framing.training_checkpoints`'s.
"""

from __future__ import annotations

import functools
import logging
import math
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import torch
from torch import nn

from .data import Example, class_label_names, describe_source, table_examples
from .encoding import RowEncoder
from .engine import Engine
from .errors import InputError, counted, warn
from .metrics import classification_report, fit_temperature
from .progress import progress_bar
from .validation import command_line_keywords, device_problem
from .model import MAX_CONTEXT_SENTENCES, FramingModel, is_positive_number

from .training_checkpoints import base_record, replaceable_by_swap, save_trained_model, starting_model
from .training_data import (check_labels, check_setup, check_validation_rows, class_label_order, framing_model_labels,
                            shared_sentences, silence_unlearnt_span_types, stratified_split, warn_absent_classes,
                            warn_context_mismatch, warn_context_sentences, warn_cut_rows, warn_drifting_span_types,
                            warn_duplicates)
# Public names other modules and scripts have imported from here, before the checks had a module of their own.
from .training_data import check_output_dir, labels_problem, output_dir_problem  # noqa: F401



__all__ = ["TrainingArguments", "TrainResult", "train", "fit"]

logger = logging.getLogger(__name__)

T = TypeVar("T")


# Below this many validation sentences a fitted temperature is warned to be rough.
_FEW_FOR_CALIBRATION = 50
# Small data gets batches of fewer rows, so that an epoch takes about _STEPS_PER_EPOCH optimiser steps
# (a few hundred rows in batches of 64 would get a handful of steps in a whole run), but never fewer
# than _MIN_BATCH_ROWS rows; from 32 × max_batch_rows rows on (2,048 by default) max_batch_rows and the
# token budget alone decide, as before.
_STEPS_PER_EPOCH = 32
_MIN_BATCH_ROWS = 8
# Fewer optimiser steps than this in a whole run are warned about.
_FEW_STEPS = 50
# Validation macro-F1s this close are a tie, which the validation log-loss breaks (see _better).
_F1_TIE = 1e-9
# TrainingArguments' number fields: what each allows (a test of the value as a float, and its wording).
# lora_alpha follows the rule of the saved config.json (ModelConfig), which would otherwise refuse it at the end.
_NUMBER_FIELDS: dict[str, tuple[Callable[[float], bool], str]] = {
    "learning_rate": (lambda x: 0 < x < 1, "in (0, 1)"),
    "head_learning_rate": (lambda x: 0 < x < 1, "in (0, 1)"),
    "lora_alpha": (is_positive_number, "a finite number > 0"),
    "span_weight": (lambda x: 0 <= x < math.inf, "a finite number ≥ 0"),
    "warmup_fraction": (lambda x: 0 <= x <= 1, "from 0 to 1"),
    "weight_decay": (lambda x: 0 <= x < math.inf, "a finite number ≥ 0"),
    "validation_fraction": (lambda x: 0 < x < 1, "in (0, 1)"),
}


@dataclass
class TrainingArguments:
    """Hyper-parameters of a run; saved with the model as ``training_args.json``, after the starting model
    (``base``) and the labels."""

    epochs: int = 4
    learning_rate: float | None = None  # default: 5e-4 with LoRA, 5e-5 without
    head_learning_rate: float = 1e-3
    batch_tokens: int = 4096
    max_batch_rows: int = 64
    seed: int = 0
    lora: bool = True
    lora_rank: int = 16
    lora_alpha: float = 32.0
    context: bool = True
    #: Sentences of context the model reads (48 context tokens each); ``None`` keeps the starting
    #: model's (1 for a new model). The data's contexts should hold as many sentences. A run records the
    #: number the model reads (``None`` for a model that reads no context).
    context_sentences: int | None = None
    max_length: int = 128
    patience: int = 2
    #: A time budget in seconds for the epochs: training stops after the epoch that leaves too little of it
    #: for another at the pace so far (the best epoch is kept as usual). ``None``: no budget.
    max_seconds: float | None = None
    span_weight: float = 0.5
    class_weights: bool = True
    warmup_fraction: float = 0.06
    weight_decay: float = 0.01
    validation_fraction: float = 0.1
    device: str | None = None
    progress: bool = False
    #: The table columns read (text, label, context, spans), recorded for the record.
    columns: dict[str, str | None] = field(default_factory=dict)
    #: The data, recorded for the record: each table's path and SHA-256 (or kind) and rows read
    #: (``train``, ``eval``), the rows trained and validated on (``train_rows``, ``validation_rows``), the rows
    #: that repeat an earlier one (``duplicate_training_rows``, ``duplicate_validation_rows``), the training
    #: sentences given two or more labels (``conflicting_training_sentences``), the validation rows whose sentence
    #: training also holds (``validation_sentences_in_training``) and the training rows annotating each span type
    #: (``span_rows``: 0 for a type not taught).
    data: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> None:
        """Refuse any field of the wrong type or out of range (:class:`InputError` naming the field, its value
        and what it allows), before a run reads data or loads a model; NumPy numbers and a ``torch.device``
        become the plain values ``training_args.json`` records."""
        for name in ("lora", "context", "progress", "class_weights"):
            value = getattr(self, name)
            if not isinstance(value, bool):  # a string such as "no" is truthy and would turn the option on
                raise InputError(f"{name} must be True or False, got {type(value).__name__} {value!r}")
        if isinstance(self.device, torch.device):
            self.device = str(self.device)
        if self.device is not None and (not isinstance(self.device, str) or device_problem(self.device)):
            raise InputError(f"device must be 'cpu', 'cuda', 'cuda:N' or None, got {self.device!r}")
        for name in ("columns", "data"):
            value = getattr(self, name)
            if not isinstance(value, dict):
                raise InputError(f"{name} must be a dict (what train records of the data), got "
                                 f"{type(value).__name__} {value!r}")
        for name in ("epochs", "batch_tokens", "max_batch_rows", "seed", "lora_rank", "patience"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
                raise InputError(f"{name} must be an integer, got {type(value).__name__} {value!r}")
            setattr(self, name, int(value))  # a NumPy integer would not go into training_args.json
        if self.epochs < 1:
            raise InputError(f"epochs must be ≥ 1, got {self.epochs}")
        if not 0 <= self.seed < 2**32:  # NumPy's seeds stop at 2**32 - 1
            raise InputError(f"seed must be ≥ 0 and < 2**32 (4294967296), got {self.seed}")
        if self.max_batch_rows < 1 or self.lora_rank < 1:
            raise InputError(f"max_batch_rows and lora_rank must be ≥ 1, got {self.max_batch_rows}, {self.lora_rank}")
        if self.patience < 1:
            raise InputError(f"patience must be ≥ 1 (epochs without a better validation macro-F1 before training "
                             f"stops), got {self.patience}")
        if self.max_seconds is not None and (isinstance(self.max_seconds, bool)
                                             or not isinstance(self.max_seconds, (int, float, np.integer, np.floating))
                                             or not 0 < self.max_seconds < math.inf):
            raise InputError(f"max_seconds must be a finite number > 0 or None, got {self.max_seconds!r}")
        if self.max_seconds is not None:
            self.max_seconds = float(self.max_seconds)  # a NumPy float would not go into training_args.json
        for name, (allowed, wording) in _NUMBER_FIELDS.items():
            value = getattr(self, name)
            if name == "learning_rate" and value is None:  # the default: 5e-4 with LoRA, 5e-5 without
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
                raise InputError(f"{name} must be a number, got {type(value).__name__} {value!r}")
            if not allowed(float(value)):
                raise InputError(f"{name} must be {wording}, got {value}")
            setattr(self, name, float(value))  # a NumPy number would not go into training_args.json
        if self.context_sentences is not None and (
                isinstance(self.context_sentences, bool) or not isinstance(self.context_sentences, (int, np.integer))
                or not 1 <= self.context_sentences <= MAX_CONTEXT_SENTENCES):
            raise InputError(f"context_sentences must be an integer from 1 to {MAX_CONTEXT_SENTENCES}, "
                             f"got {self.context_sentences!r}")
        if self.context_sentences is not None:
            self.context_sentences = int(self.context_sentences)
            if not self.context:
                raise InputError("context_sentences is set but context is off (--no-context): drop one of them")
        if isinstance(self.max_length, bool) or not isinstance(self.max_length, int) or self.max_length < 8:
            raise InputError(f"max_length must be an integer ≥ 8, got {self.max_length!r}")
        if self.batch_tokens < self.max_length:
            raise InputError(f"batch_tokens ({self.batch_tokens}) must be ≥ max_length ({self.max_length})")

    @property
    def lr(self) -> float:
        return self.learning_rate or (5e-4 if self.lora else 5e-5)


@dataclass
class TrainResult:
    """What a run produced: where it is, how it scored, how it went."""

    output_dir: Path
    labels: tuple[str, ...]
    metrics: dict[str, Any]
    best_epoch: int
    temperature: float
    history: list[dict[str, float]] = field(default_factory=list)
    seconds: float = 0.0
    #: Training examples processed per second of the training loop (evaluation excluded).
    examples_per_second: float = 0.0
    #: Rows read from the training data; of them (or of the eval data) the rows trained and validated on.
    rows_read: int = 0
    train_rows: int = 0
    validation_rows: int = 0
    #: The epoch a Ctrl-C stopped, when the best finished epoch before it was saved (``fit`` then re-raises).
    interrupted_at_epoch: int | None = None
    #: The last epoch run when the time budget (``max_seconds``) ended training before ``epochs``.
    stopped_by_time_budget_after_epoch: int | None = None
    #: Where ``temperature`` came from: ``"fitted"`` on the validation sentences; where none could be fitted
    #: (every validation sentence labelled right), ``"starting model"`` (its sentence head was kept) or
    #: ``"none"`` (1.0, uncalibrated: a new sentence head).
    temperature_source: str = "fitted"


@command_line_keywords({
    "out": "output_dir= (the command's --out)", "lr": "learning_rate= (the command's --lr)",
    "max_minutes": "max_seconds=, in seconds (the command's --max-minutes, in minutes)",
    "no_lora": "lora=False (the command's --no-lora)", "no_context": "context=False (the command's --no-context)",
    "quiet": "progress=False (the command's --quiet)", "model": "base= (the model to start from, --base)"})
def train(
    train: Any,
    eval: Any = None,
    *,
    labels: Sequence[str] | None = None,
    base: str | Path | None = None,
    output_dir: str | Path,
    epochs: int = 4,
    learning_rate: float | None = None,
    batch_tokens: int = 4096,
    seed: int = 0,
    lora: bool = True,
    context: bool = True,
    context_sentences: int | None = None,
    text_column: str = "text",
    label_column: str = "label",
    context_column: str | None = None,
    device: str | None = None,
    progress: bool = False,
    overwrite: bool = False,
    max_seconds: float | None = None,
    validation_fraction: float | None = None,
    patience: int = 2,
) -> TrainResult:
    """Fine-tune on labelled sentences and save a model folder to ``output_dir``.

    ``train``/``eval``: a CSV, TSV, JSONL or Parquet path, a ``datasets.Dataset``,
    a pandas DataFrame or a list of row dicts. Labels are any names (two or
    more), inferred from the data unless ``labels`` is given. ``base``:
    ``None`` or ``"default"`` continues from the bundled default model
    (its sentence head is kept when the labels match); ``"minilm"`` starts
    from the verified base encoder; a framing model folder continues from
    it; any other directory, or a hub id already in the local Hugging Face
    cache (nothing is downloaded), is used as a base encoder.
    ``output_dir`` must be new or empty unless ``overwrite`` (checked before
    any training, so a bad path costs nothing).

    ``labels`` default: a ``datasets.Dataset``'s ``ClassLabel`` names, in
    the order of its integer ids (as if given as ``labels``); else the
    starting model's order when the data holds exactly its labels (its
    sentence head is then kept), else sorted; the starting model's labels
    written another way (case, spaces, '_' or '-') raise :class:`InputError`
    unless given as ``labels`` (a new sentence head on purpose). A
    ``context`` column (or ``context_column``) gives each sentence its
    context; without one the model is trained and saved to run without
    context. ``context_sentences``: how many sentences before the target a
    context holds; ``None`` keeps the starting model's (the bundled model's
    2; 1 for a new model), so give contexts of that many sentences (training
    warns when they hold fewer). Changing it sets the context budget to 48
    tokens per sentence (one budget, its last tokens kept). Defaults: ``seed=0``, ``learning_rate`` 5e-4 with LoRA, 5e-5
    without. ``max_seconds``: a time budget for the training epochs (setup,
    calibration and saving come on top); training stops after the epoch that
    leaves too little of it for another at the pace so far, keeping the best
    epoch as usual (the learning-rate schedule, sized for ``epochs``, then
    ends undecayed). ``validation_fraction``: the share of the rows the
    automatic split holds out (default 0.1; refused with ``eval``, which
    gives the validation data). ``patience``: training stops after this many
    epochs in a row without a better validation macro-F1 (a tie with a lower
    validation log-loss counts as better; default 2). Returns a
    :class:`TrainResult` (folder, labels, validation figures, best epoch,
    temperature, per-epoch history, timing).
    """
    from .validation import check_column, check_flag, check_names, check_path, check_table

    check_table(train, "train")
    if eval is not None:
        check_table(eval, "eval")
    check_path(output_dir, "output_dir", "a folder path")
    if base is not None:
        check_path(base, "base", "a model folder, 'default' or 'minilm'")
    if labels is not None and not isinstance(labels, str):  # a string: labels_problem says to split it
        labels = check_names(labels, "labels")
    if labels is None:  # a datasets ClassLabel declares the classes, in the order of its integer ids
        labels = class_label_order(class_label_names(train, label_column), base)
    check_column(text_column, "text_column")
    check_column(label_column, "label_column")
    check_column(context_column, "context_column", none=True)
    for name, flag in (("lora", lora), ("context", context), ("progress", progress), ("overwrite", overwrite)):
        check_flag(flag, name)
    if validation_fraction is not None and eval is not None:
        raise InputError("validation_fraction sizes the automatic validation split, but eval= gives the "
                         "validation data: drop one of them")
    args = TrainingArguments(epochs=epochs, learning_rate=learning_rate, batch_tokens=batch_tokens, seed=seed,
                             lora=lora, context=context, context_sentences=context_sentences, device=device,
                             progress=progress, max_seconds=max_seconds, patience=patience,
                             validation_fraction=(TrainingArguments.validation_fraction if validation_fraction is None
                                                  else validation_fraction))
    check_setup(args, labels, base, output_dir, overwrite)  # before the data is read: a typo costs nothing
    train_examples = table_examples(train, text_column, label_column, context_column, name="train")
    args.columns = {"text": text_column, "label": label_column,
                    "context": context_column or ("context" if any(e.context for e in train_examples) else None),
                    "spans": "spans" if any(e.span_known for e in train_examples) else None}
    eval_examples = None
    args.data = {"train": describe_source(train, len(train_examples))}
    if eval is not None:
        eval_examples = table_examples(eval, text_column, label_column, context_column, name="eval")
        args.data["eval"] = describe_source(eval, len(eval_examples))
    return fit(train_examples, eval_examples, labels=labels, base=base, output_dir=output_dir, args=args,
               overwrite=overwrite)


def _keeps_global_random_state(function: Callable[..., T]) -> Callable[..., T]:
    """``function``, run with Python's, NumPy's and torch's global random generators (CUDA's included) put
    back afterwards as they were: training seeds them (:func:`seed_everything`) for a reproducible run,
    and the caller's own draws go on as if it had not run."""
    @functools.wraps(function)
    def kept(*args: Any, **kwargs: Any) -> T:
        python_state, numpy_state = random.getstate(), np.random.get_state()
        devices = list(range(torch.cuda.device_count())) if torch.cuda.is_available() else []
        try:
            with torch.random.fork_rng(devices=devices):
                return function(*args, **kwargs)
        finally:
            random.setstate(python_state)
            np.random.set_state(numpy_state)

    return kept


@_keeps_global_random_state
def fit(
    train_examples: list[Example],
    eval_examples: list[Example] | None,
    *,
    labels: Sequence[str] | None,
    base: str | Path | None,
    output_dir: str | Path,
    args: TrainingArguments,
    card_extra: dict[str, Any] | None = None,
    overwrite: bool = False,
) -> TrainResult:
    """Train on :class:`~framing.data.Example` lists (the engine behind :func:`train`). ``args`` is left as
    given: the run works on a copy, which records what it settles (the learning rate, the context sentences,
    device, data)."""
    device = check_setup(args, labels, base, output_dir, overwrite)
    # training_args.json records the rate used, not None for "the default"
    args = replace(args, learning_rate=args.lr, columns=dict(args.columns), data=dict(args.data))
    started = time.perf_counter()
    seed_everything(args.seed)
    rows_read = len(train_examples)
    labels = check_labels(train_examples, eval_examples, labels, framing_model_labels(base))
    repeats = warn_duplicates(train_examples, eval_examples)
    if args.context and eval_examples is not None:
        warn_context_mismatch(train_examples, eval_examples)
    if args.context and not any(e.context for e in train_examples):
        warn(logger, "no training sentence has a context (name a context column: context_column=NAME "
             "(--context-column NAME)): training without context, and the model will be used without it")
        args.context = False
    automatic_split = eval_examples is None
    if eval_examples is None:
        train_examples, eval_examples = stratified_split(train_examples, args.validation_fraction, args.seed)
    check_validation_rows(eval_examples, automatic_split)
    warn_absent_classes(eval_examples, labels)
    args.data.update(train_rows=len(train_examples), validation_rows=len(eval_examples), **repeats,
                     validation_sentences_in_training=shared_sentences(train_examples, eval_examples))
    model, tokenizer, fresh_span_head, start_temperature = starting_model(base, labels, args, output_dir)
    args.data["span_rows"] = {name: sum(name in e.span_known for e in train_examples)
                              for name in model.config.span_types}
    if not fresh_span_head:  # a new head's untaught types are silenced at the end, with a warning of their own
        warn_drifting_span_types(args.data["span_rows"])
    # the sentences of context the model reads, not None for "the starting model's" (none read without context)
    args.context_sentences = model.config.context_sentences if args.context else None
    warn_context_sentences(train_examples, model.config)
    args.device = str(device)
    model.to(device)
    encoder = RowEncoder(tokenizer, model.config)
    batches = _TrainBatches(encoder, train_examples, labels, model.config.span_types, args)
    warn_cut_rows(train_examples, batches.enc, model.config.max_length)
    optimizer, schedule = _optimizer(model, args, batches.steps_per_epoch * args.epochs)
    if batches.steps_per_epoch * args.epochs < _FEW_STEPS:
        warn(logger, "%s in all (%d per epoch, %s) are few to learn from: more epochs (epochs=N (--epochs N); "
             "early stopping keeps the best) or more rows help", counted(batches.steps_per_epoch * args.epochs,
             "optimiser step"), batches.steps_per_epoch, counted(args.epochs, "epoch"))
    logger.info("training on %s, validating on %d: %s per epoch, at most %s", counted(len(train_examples), "row"),
                len(eval_examples), counted(batches.steps_per_epoch, "step"), counted(args.epochs, "epoch"))
    weights = _class_weights(train_examples, labels) if args.class_weights else torch.ones(len(labels))
    weights = weights.to(device)
    evaluator = Engine(model, tokenizer, device=device, precision="fp32")  # shares the model's weights
    best_state, best_epoch, history, seen, train_seconds, interrupted, budget_stop = _train_epochs(
        model, batches, optimizer, schedule, weights, evaluator, eval_examples, labels, args)
    with _said_unsaved_if_stopped(output_dir, best_epoch):
        model.load_state_dict(best_state, strict=False)
        model.eval()  # an interrupt may have come mid-epoch, in training mode
        if fresh_span_head:
            untrained = silence_unlearnt_span_types(model, train_examples)
            if untrained:
                model.config.extra["untrained_span_types"] = untrained
        model.config.temperature = 1.0
        temperature, temperature_source = _choose_temperature(evaluator, eval_examples, labels, start_temperature)
        model.config.temperature = temperature
        metrics = validation_report(evaluator, eval_examples, labels)
        spans = span_report(evaluator, eval_examples)
        if spans:
            metrics["spans"] = spans
        seconds = time.perf_counter() - started
        result = TrainResult(Path(output_dir), tuple(labels), metrics, best_epoch, temperature, history, seconds,
                             seen / train_seconds if train_seconds else 0.0, rows_read=rows_read,
                             train_rows=len(train_examples), validation_rows=len(eval_examples),
                             interrupted_at_epoch=interrupted, stopped_by_time_budget_after_epoch=budget_stop,
                             temperature_source=temperature_source)
        save_trained_model(model, tokenizer, result, args, train_examples, eval_examples, card_extra, base_record(base))
    if interrupted:
        # saved; the caller still learns that the run was stopped (the CLI exits 130, saying what was saved)
        raise KeyboardInterrupt(f"saved {result.output_dir} (best epoch {best_epoch})")
    return result


@contextmanager
def _said_unsaved_if_stopped(output_dir: str | Path, best_epoch: int) -> Iterator[None]:
    """Have a Ctrl-C (or SIGTERM) while the best epoch is calibrated and saved say what it left: a second Ctrl-C
    after "press Ctrl-C again to stop without saving" ended with a bare "interrupted", and the user could not
    tell whether a model was there. A folder written beside its place and swapped in leaves nothing; one
    written in place, file by file (see :func:`~framing.training_checkpoints.replaceable_by_swap`), may hold part
    of a model."""
    try:
        yield
    except KeyboardInterrupt:
        what = (f"nothing saved in {output_dir}" if replaceable_by_swap(Path(output_dir).resolve()) else
                f"the save was cut short: {output_dir} may hold part of a model; train again to replace it")
        raise KeyboardInterrupt(f"{what} (stopped while epoch {best_epoch} was being calibrated and saved)") from None


def _train_epochs(model: FramingModel, batches: _TrainBatches, optimizer, schedule, weights: torch.Tensor,
                  evaluator, eval_examples: list[Example], labels: list[str], args: TrainingArguments):
    """Train for up to ``args.epochs`` epochs, stopping early after ``args.patience`` epochs without a better
    validation macro-F1 (on a tie, a lower validation log-loss counts as better: see :func:`_better`).
    Returns the best epoch's trainable state, that epoch, the per-epoch history, the examples seen, the
    seconds spent training (evaluation excluded), the epoch a Ctrl-C interrupted once an epoch had finished
    (else ``None``; before then, the KeyboardInterrupt propagates), and the last epoch run when the time
    budget ended training early (else ``None``).

    The budget (``args.max_seconds``) covers these epochs and their validation passes, not the setup before
    nor the calibration and saving after. It stops after the epoch whose pace so far says another would
    overrun it; the learning-rate schedule was sized for ``args.epochs``, so it ends undecayed."""
    device = evaluator.device
    autocast = device.type == "cuda" and torch.cuda.is_bf16_supported()
    best: tuple[float, float, int, dict[str, torch.Tensor] | None] = (-1.0, math.inf, 0, None)
    history: list[dict[str, float]] = []
    seen = 0
    train_seconds = 0.0
    bad_epochs = 0
    bar = None
    loop_started = time.perf_counter()
    pace = _Pace(batches.steps_per_epoch, args.epochs, device, lines=False)
    try:
        for epoch in range(1, args.epochs + 1):
            model.train()
            losses = []
            bar = batch_bar(args.progress, batches.steps_per_epoch, f"epoch {epoch}/{args.epochs}")
            pace.lines = args.progress and bar is None
            pace.start_epoch(epoch)
            epoch_started = time.perf_counter()
            for batch in batches.epoch(epoch):
                batch = {k: v.to(device) for k, v in batch.items()}
                with torch.autocast(device.type, dtype=torch.bfloat16, enabled=autocast):
                    logits, span_logits = model(batch["input_ids"], batch["attention_mask"], batch["token_type_ids"])
                loss = _loss(logits.float(), span_logits.float(), batch, weights, args.span_weight)
                optimizer.zero_grad(set_to_none=True)
                loss.backward()
                nn.utils.clip_grad_norm_([p for p in model.parameters() if p.requires_grad], 1.0)
                optimizer.step()
                schedule.step()
                losses.append(loss.item())
                seen += len(batch["input_ids"])
                pace.step(len(losses))
                if bar is not None:
                    bar.update(1)
                    bar.set_postfix(loss=f"{np.mean(losses[-50:]):.3f}")
            train_seconds += time.perf_counter() - epoch_started
            model.eval()  # the evaluator shares this model: no dropout while validating
            report = validation_report(evaluator, eval_examples, labels)
            score, nll = report["macro_f1"], report["nll"]
            history.append({"epoch": epoch, "loss": float(np.mean(losses)) if losses else 0.0, "val_macro_f1": score,
                            "val_nll": nll})
            if bar is not None:
                bar.set_postfix(loss=f"{np.mean(losses):.3f}", val_f1=f"{score:.3f}")
                bar.close()
            improved = _better(score, nll, best[0], best[1])
            if improved:  # kept before the epoch is announced: a Ctrl-C after the line saves this epoch
                best, bad_epochs = (score, nll, epoch, _trainable_state(model)), 0
            logger.info("epoch %d: loss %.4f, validation macro-F1 %.4f, log-loss %.4f", epoch, history[-1]["loss"],
                        score, nll)
            if not improved:
                bad_epochs += 1
                if bad_epochs >= args.patience and epoch < args.epochs:  # the last epoch ends the run anyway
                    logger.info("early stop after epoch %d (best epoch %d)", epoch, best[2])
                    break
            if args.max_seconds is not None and epoch < args.epochs:
                spent = time.perf_counter() - loop_started
                if spent + spent / epoch > args.max_seconds:
                    why = ("the first epoch alone took %.1f s, over the budget of %.1f s" if spent > args.max_seconds
                           else "%.1f s spent; another epoch would overrun the budget of %.1f s")
                    logger.info("time budget: stopping after epoch %d of %d (" + why + "; best epoch %d)", epoch,
                                args.epochs, spent, args.max_seconds, best[2])
                    return best[3], best[2], history, seen, train_seconds, None, epoch
    except KeyboardInterrupt:  # Ctrl-C: keep the epochs finished, if any
        if bar is not None:
            bar.close()
        if best[3] is None:  # the message says so: the CLI's last line reads "interrupted; nothing saved (...)"
            raise KeyboardInterrupt("nothing saved (the first epoch had not ended)") from None
        logger.warning("interrupted during epoch %d: saving the best epoch so far, epoch %d (validation macro-F1 "
                       "%.4f), calibrated as usual; press Ctrl-C again to stop without saving", epoch, best[2], best[0])
        return best[3], best[2], history, seen, train_seconds, epoch, None
    return best[3], best[2], history, seen, train_seconds, None, None


def _better(score: float, nll: float, best_score: float, best_nll: float) -> bool:
    """Whether an epoch's validation macro-F1 ``score`` and log-loss ``nll`` beat the best epoch's: a higher
    macro-F1, or on a tie (within ``_F1_TIE``) a lower log-loss. A small validation set saturates its
    macro-F1 early (1.0 on three rows), and without the tie-break the first, least-trained epoch would be
    kept and training would stop while the loss still fell."""
    if abs(score - best_score) <= _F1_TIE:
        return nll < best_nll
    return score > best_score


def seed_everything(seed: int) -> None:
    """Seed the global random generators for a reproducible run (:func:`fit` puts them back afterwards)."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def _optimizer(model: FramingModel, args: TrainingArguments, total_steps: int):
    head = [p for n, p in model.named_parameters() if p.requires_grad and n.startswith(("sentence_head", "span_head"))]
    body = [p for n, p in model.named_parameters()
            if p.requires_grad and not n.startswith(("sentence_head", "span_head"))]
    optimizer = torch.optim.AdamW(
        [{"params": body, "lr": args.lr}, {"params": head, "lr": args.head_learning_rate}],
        weight_decay=args.weight_decay,
    )
    warmup = max(1, int(total_steps * args.warmup_fraction))

    def factor(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        return max(0.0, (total_steps - step) / max(1, total_steps - warmup))

    return optimizer, torch.optim.lr_scheduler.LambdaLR(optimizer, factor)


def _class_weights(examples: list[Example], labels: list[str]) -> torch.Tensor:
    counts = Counter(e.label for e in examples if e.label is not None)
    total = sum(counts.values()) or 1
    raw = [math.sqrt(total / (len(labels) * max(counts.get(label, 0), 1))) for label in labels]
    return torch.tensor(raw, dtype=torch.float32)


# -- batches ---------------------------------------------------------------------

class _TrainBatches:
    """Length-bucketed, token-budget training batches with label masks and span tags; at most
    ``max_rows`` rows each (see ``_STEPS_PER_EPOCH``)."""

    def __init__(self, encoder: RowEncoder, examples: list[Example], labels: list[str],
                 span_types: Sequence[str], args: TrainingArguments) -> None:
        self.args = args
        self.pad_id = encoder.pad_id
        self.enc = encoder.encode([e.text for e in examples],
                                  [e.context for e in examples] if args.context else None, with_offsets=True)
        index = {label: i for i, label in enumerate(labels)}
        self.allowed = np.zeros((len(examples), len(labels)), dtype=bool)
        for row, e in enumerate(examples):
            for label in e.allowed:
                if label in index:
                    self.allowed[row, index[label]] = True
        self.weight = np.array([e.weight for e in examples], dtype=np.float32)
        self.hard = np.array([index[e.label] if e.label in index else -1 for e in examples], dtype=np.int64)
        assert self.enc.offsets is not None  # asked for above
        self.tags = [span_tag_targets(e, offsets, span_types) for e, offsets in zip(examples, self.enc.offsets)]
        self.order = np.argsort(self.enc.row_len, kind="stable")
        self.max_rows = min(args.max_batch_rows,
                            max(_MIN_BATCH_ROWS, math.ceil(len(examples) / _STEPS_PER_EPOCH)))
        self.steps_per_epoch = len(self._cut())

    def _cut(self) -> list[np.ndarray]:
        batches, lo, n = [], 0, len(self.order)
        while lo < n:
            hi = lo
            while hi < n and (hi - lo + 1) * int(self.enc.row_len[self.order[hi]]) <= self.args.batch_tokens \
                    and hi - lo < self.max_rows:
                hi += 1
            hi = max(hi, lo + 1)
            batches.append(self.order[lo:hi])
            lo = hi
        return batches

    def epoch(self, epoch: int):
        rng = np.random.default_rng(self.args.seed * 1000 + epoch)
        # Shuffle within length neighbourhoods, then shuffle batch order.
        noisy = self.enc.row_len + rng.uniform(0, 4, size=len(self.enc.row_len))
        self.order = np.argsort(noisy, kind="stable")
        batches = self._cut()
        for k in rng.permutation(len(batches)):
            yield self._tensors(batches[k])

    def _tensors(self, rows: np.ndarray) -> dict[str, torch.Tensor]:
        ids, mask, types = self.enc.padded(rows, self.pad_id)
        width = ids.shape[1]
        n_types = self.tags[0].shape[1] if self.tags else 0
        tags = np.full((len(rows), width, n_types), -100, dtype=np.int64)
        for k, row in enumerate(rows.tolist()):
            t = self.tags[row]
            tags[k, 1:1 + len(t)] = t
        return {
            "input_ids": torch.from_numpy(ids),
            "attention_mask": torch.from_numpy(mask),
            "token_type_ids": torch.from_numpy(types),
            "allowed": torch.from_numpy(self.allowed[rows]),
            "weight": torch.from_numpy(self.weight[rows]),
            "hard": torch.from_numpy(self.hard[rows]),
            "tags": torch.from_numpy(tags),
        }


def span_tag_targets(example: Example, offsets: np.ndarray, span_types: Sequence[str]) -> np.ndarray:
    """``(tokens, types)`` O/B/I targets; -100 for types the example does not annotate."""
    tags = np.full((len(offsets), len(span_types)), -100, dtype=np.int64)
    for t, name in enumerate(span_types):
        if name not in example.span_known:
            continue
        tags[:, t] = 0
        for kind, start, end in example.spans:
            if kind != name:
                continue
            inside = np.nonzero((offsets[:, 0] < end) & (offsets[:, 1] > start))[0]
            if len(inside):
                tags[inside, t] = 2
                tags[inside[0], t] = 1
    return tags


def _loss(logits, span_logits, batch, class_weights, span_weight: float) -> torch.Tensor:
    log_probs = torch.log_softmax(logits, dim=-1)
    allowed = batch["allowed"]
    has_label = allowed.any(dim=1)
    total = logits.new_zeros(())
    if has_label.any():
        masked = log_probs.masked_fill(~allowed, float("-inf"))
        nll = -torch.logsumexp(masked[has_label], dim=-1)
        hard = batch["hard"][has_label]
        cw = torch.where(hard >= 0, class_weights[hard.clamp(min=0)], torch.ones_like(nll))
        w = batch["weight"][has_label] * cw
        total = total + (nll * w).sum() / w.sum().clamp(min=1e-6)
    targets = batch["tags"]
    known = targets != -100
    if known.any():
        span_nll = nn.functional.cross_entropy(span_logits[known], targets[known])
        total = total + span_weight * span_nll
    return total


def _trainable_state(model: FramingModel) -> dict[str, torch.Tensor]:
    names = {n for n, p in model.named_parameters() if p.requires_grad}
    return {k: v.detach().clone() for k, v in model.state_dict().items()
            if k in names or k.startswith(("sentence_head", "span_head"))}


# -- evaluation and calibration ---------------------------------------------------

def predict_examples(engine: Engine, examples: list[Example]) -> np.ndarray:
    """Probabilities for examples through the shared inference engine."""
    contexts = [e.context for e in examples] if engine.config.context == "previous" else None
    return engine.run([e.text for e in examples], contexts).probs


def validation_report(engine: Engine, examples: list[Example], labels: Sequence[str]) -> dict:
    """Classification report over the hard-labelled examples; its mean log-loss (``nll``) breaks ties between
    epochs of equal macro-F1."""
    hard, truth = _hard_labelled(examples)
    probs = predict_examples(engine, hard) if hard else np.zeros((0, len(labels)), np.float32)
    return classification_report(truth, probs, labels)


def _hard_labelled(examples: list[Example]) -> tuple[list[Example], list[str]]:
    """The examples with a hard label, and those labels."""
    pairs = [(e, e.label) for e in examples if e.label is not None]
    return [e for e, _ in pairs], [label for _, label in pairs]


def span_report(engine: Engine, examples: list[Example]) -> dict[str, dict[str, float]]:
    """Token-level precision, recall and F1 of each span type on the examples that annotate it (empty when
    none does): a token counts when it overlaps a span of the type, as in training."""
    types = engine.config.span_types
    annotated = [e for e in examples if e.span_known & set(types)]
    if not annotated:
        return {}
    contexts = [e.context for e in annotated] if engine.config.context == "previous" else None
    out = engine.run([e.text for e in annotated], contexts, with_spans=True)
    assert out.span_tags is not None and out.offsets is not None  # asked with_spans
    counts = {name: [0, 0, 0] for name in types if any(name in e.span_known for e in annotated)}
    for e, tags, offsets in zip(annotated, out.span_tags, out.offsets):
        gold = span_tag_targets(e, offsets, types)
        for t, name in enumerate(types):
            if name not in e.span_known:
                continue
            truth, guess = gold[:, t] > 0, tags[: len(offsets), t] > 0
            counts[name][0] += int((truth & guess).sum())
            counts[name][1] += int((guess & ~truth).sum())
            counts[name][2] += int((truth & ~guess).sum())
    report = {}
    for name, (tp, fp, fn) in counts.items():
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        report[name] = {"precision": precision, "recall": recall, "f1": f1, "tokens": tp + fn}
    return report


def _calibrate(engine: Engine, examples: list[Example], labels: Sequence[str]) -> float | None:
    """The temperature that best fits the hard-labelled ``examples``; ``None`` when none can be fitted (no
    such example, or every one labelled right)."""
    hard, hard_labels = _hard_labelled(examples)
    if not hard:
        return None
    probs = predict_examples(engine, hard)
    index = {label: i for i, label in enumerate(labels)}
    truth = np.array([index[label] for label in hard_labels])
    if (probs.argmax(axis=1) == truth).all():
        logger.warning("every one of the %s is labelled right, so no temperature can be fitted: give a larger "
                       "or harder validation set for calibrated scores", counted(len(hard), "validation sentence"))
        return None
    if len(hard) < _FEW_FOR_CALIBRATION:
        logger.warning("the temperature is fitted on %s: calibration this rough may be far off; %d or more give "
                       "a steadier fit", counted(len(hard), "validation sentence"), _FEW_FOR_CALIBRATION)
    return fit_temperature(np.log(np.clip(probs, 1e-12, 1.0)), truth)


def _choose_temperature(engine: Engine, examples: list[Example], labels: Sequence[str],
                        start: float | None) -> tuple[float, str]:
    """The temperature to save and its source (see :attr:`TrainResult.temperature_source`): the one fitted on
    the validation ``examples``; where none can be, the starting model's (``start``, given when its sentence
    head was kept: the head it calibrated), else 1.0."""
    fitted = _calibrate(engine, examples, labels)
    if fitted is not None:
        return fitted, "fitted"
    if start is not None:
        logger.warning("keeping the starting model's temperature, %.3f, as its sentence head was kept", start)
        return start, "starting model"
    logger.warning("the sentence head is new, so its probabilities stay uncalibrated (temperature 1.0)")
    return 1.0, "none"


def _duration(seconds: float) -> str:
    """A time left as a person reads it: "40 s", "7 min", "1 h 25 min"."""
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60} min"


class _Pace:
    """Say how fast training goes, so that a slow run is not a silent one: once the first steps of a run have
    taken ``first`` seconds, a warning where the run looks long on a CPU (a GPU trains many times faster),
    and, where no progress bar is drawn (a log file, a script), a line every ``every`` seconds with the
    steps done and the time left. Times are the training steps' pace; validation after each epoch adds some."""

    def __init__(self, steps_per_epoch: int, epochs: int, device: torch.device, lines: bool,
                 clock: Callable[[], float] | None = None, first: float = 15.0, every: float = 60.0):
        self.steps, self.epochs, self.device, self.lines = steps_per_epoch, epochs, device, lines
        self.clock, self.first, self.every = clock or time.perf_counter, first, every
        now = self.clock()
        self.epoch, self.started, self.due, self.warned = 1, now, now + first, False

    def start_epoch(self, epoch: int) -> None:
        """Time epoch ``epoch`` (from 1) from now."""
        self.epoch, self.started = epoch, self.clock()
        self.due = min(self.due, self.started + self.every)

    def step(self, done: int) -> None:
        """Note that ``done`` steps of this epoch are done; say how it goes when a line is due."""
        now = self.clock()
        if now < self.due or done >= self.steps:
            return
        self.due = now + self.every
        per_step = (now - self.started) / done
        left = (self.steps - done) * per_step
        total = left + (self.epochs - self.epoch) * self.steps * per_step
        if not self.warned and self.device.type == "cpu" and total > 2 * self.every:
            self.warned = True
            warn(logger, "training on the CPU at %.1f s a step: about %s left for at most %s (early stopping may "
                 "end it sooner); a CUDA GPU trains many times faster: device='cuda' (--device cuda) on a machine "
                 "with one", per_step, _duration(total), counted(self.epochs, "epoch"))
        if self.lines:
            more = f", about {_duration(total)} for all {self.epochs}" if self.epoch < self.epochs else ""
            logger.info("epoch %d/%d: %d of %d steps, about %s left in this epoch%s", self.epoch, self.epochs, done,
                        self.steps, _duration(left), more)


def batch_bar(enabled: bool, total: int, desc: str):
    """A batch bar where someone watches: a terminal, or a notebook (whose stderr is no terminal);
    elsewhere (a log file, CI) each epoch is logged instead of a stream of bar redraws."""
    import sys

    if not enabled or not (sys.stderr.isatty() or "ipykernel" in sys.modules):
        return None
    return progress_bar(True, desc, "batch", total)
