"""Fine-tuning: data in, a model folder loadable by :func:`framing.load` out.

The trainer is separate from the model: it owns the data, the loop, early
stopping, calibration and the model card. It learns from hard labels and
from partial labels alike: an example allows a set of labels and
contributes ``-log(sum of their probabilities)``, so a public ``OBJ``
("not opinion") sentence teaches what it knows and no more. Span tags are
learnt on the same pass, only for the span types an example annotates
(:mod:`framing.span_training` can later replace the span head alone).
"""

from __future__ import annotations

import functools
import json
import logging
import math
import os
import random
import re
import shlex
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar, cast

import numpy as np
import torch
from torch import nn

from .data import Example, class_label_names, describe_source, sentence_hashes, table_examples
from .segment import split_sentences
from .encoding import RowEncoder
from .engine import Engine, resolve_device
from .errors import DataError, InputError, MissingModelError, ModelError, counted, warn, written_message
from .metrics import classification_report, fit_temperature
from .progress import progress_bar
from .validation import command_line_keywords, device_problem, did_you_mean, label_problem, read_json
from .model import (
    CONFIG_NAME,
    WEIGHTS_NAME,
    CONTEXT_TOKENS_PER_SENTENCE,
    MAX_CONTEXT_SENTENCES,
    FramingModel,
    ModelConfig,
    is_positive_number,
    base_reference,
    build_encoder,
    load_model,
    load_tokenizer,
    save_model,
    sentence_head,
    silence_span_types,
    write_replacing,
)

__all__ = ["TrainingArguments", "TrainResult", "train", "fit"]

logger = logging.getLogger(__name__)

T = TypeVar("T")

_WHOLE = re.compile(r"-?[0-9]+")  # label names that sort as numbers
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
        labels = _class_label_order(class_label_names(train, label_column), base)
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
    _check_setup(args, labels, base, output_dir, overwrite)  # before the data is read: a typo costs nothing
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
    device = _check_setup(args, labels, base, output_dir, overwrite)
    # training_args.json records the rate used, not None for "the default"
    args = replace(args, learning_rate=args.lr, columns=dict(args.columns), data=dict(args.data))
    started = time.perf_counter()
    seed_everything(args.seed)
    rows_read = len(train_examples)
    labels = _check_labels(train_examples, eval_examples, labels, _framing_model_labels(base))
    repeats = _warn_duplicates(train_examples, eval_examples)
    if args.context and eval_examples is not None:
        _warn_context_mismatch(train_examples, eval_examples)
    if args.context and not any(e.context for e in train_examples):
        warn(logger, "no training sentence has a context (name a context column: context_column=NAME "
             "(--context-column NAME)): training without context, and the model will be used without it")
        args.context = False
    automatic_split = eval_examples is None
    if eval_examples is None:
        train_examples, eval_examples = stratified_split(train_examples, args.validation_fraction, args.seed)
    _check_validation_rows(eval_examples, automatic_split)
    _warn_absent_classes(eval_examples, labels)
    args.data.update(train_rows=len(train_examples), validation_rows=len(eval_examples), **repeats,
                     validation_sentences_in_training=_shared_sentences(train_examples, eval_examples))
    model, tokenizer, fresh_span_head, start_temperature = _starting_model(base, labels, args, output_dir)
    args.data["span_rows"] = {name: sum(name in e.span_known for e in train_examples)
                              for name in model.config.span_types}
    if not fresh_span_head:  # a new head's untaught types are silenced at the end, with a warning of their own
        _warn_drifting_span_types(args.data["span_rows"])
    # the sentences of context the model reads, not None for "the starting model's" (none read without context)
    args.context_sentences = model.config.context_sentences if args.context else None
    _warn_context_sentences(train_examples, model.config)
    args.device = str(device)
    model.to(device)
    encoder = RowEncoder(tokenizer, model.config)
    batches = _TrainBatches(encoder, train_examples, labels, model.config.span_types, args)
    _warn_cut_rows(train_examples, batches.enc, model.config.max_length)
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
        _save(model, tokenizer, result, args, train_examples, eval_examples, card_extra, _base_record(base))
    if interrupted:
        # saved; the caller still learns that the run was stopped (the CLI exits 130, saying what was saved)
        raise KeyboardInterrupt(f"saved {result.output_dir} (best epoch {best_epoch})")
    return result


@contextmanager
def _said_unsaved_if_stopped(output_dir: str | Path, best_epoch: int) -> Iterator[None]:
    """Have a Ctrl-C (or SIGTERM) while the best epoch is calibrated and saved say what it left: a second Ctrl-C
    after "press Ctrl-C again to stop without saving" ended with a bare "interrupted", and the user could not
    tell whether a model was there. A folder written beside its place and swapped in leaves nothing; one
    written in place, file by file (see :func:`_can_swap`), may hold part of a model."""
    try:
        yield
    except KeyboardInterrupt:
        what = (f"nothing saved in {output_dir}" if _can_swap(Path(output_dir).resolve()) else
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


# -- setup -------------------------------------------------------------------------

def _check_setup(args: TrainingArguments, labels: Sequence[str] | None, base: str | Path | None,
                 output_dir: str | Path, overwrite: bool) -> torch.device:
    """The checks that need no data, made before any is read: the options, the labels given, the output
    folder, the starting model and the device (returned, resolved), so a typo costs nothing."""
    args.validate()
    if labels is not None:
        problem = labels_problem(labels)
        if problem:  # one string where a list belongs is the wrong type, as everywhere else
            raise (TypeError if isinstance(labels, str) else InputError)(problem)
    check_output_dir(output_dir, overwrite)
    _check_base(base)
    return resolve_device(args.device)


def check_output_dir(output_dir: str | Path, overwrite: bool) -> None:
    """Refuse an output path that is a file, or a folder with files in it unless ``overwrite`` (see
    :func:`output_dir_problem`)."""
    problem = output_dir_problem(output_dir, overwrite)
    if problem:
        raise InputError(f"output_dir {problem}")


def output_dir_problem(output_dir: str | Path, overwrite: bool) -> str | None:
    """Why a model cannot be saved to ``output_dir`` (a file, a folder that cannot be written, a folder with
    files in it unless ``overwrite``), or ``None``; the message starts with the path.

    ``overwrite`` replaces only an earlier framing model (a folder whose
    ``config.json`` is a framing model config and which has
    ``weights.safetensors``); any other folder with files is refused, so
    files that are not a model are never replaced. Checked before training
    starts, so a typo costs nothing and an existing model (the bundled one
    included) is never replaced by accident.
    """
    from .analyze import DEFAULT_MODEL_DIR
    from .validation import folder_problem

    path = Path(output_dir)
    if path.exists() and not path.is_dir():
        return f"{path} is a file; give a folder for the model"
    if path.resolve() == Path(DEFAULT_MODEL_DIR).resolve():
        return f"{path} is the bundled default model; write a new model to another folder"
    problem = folder_problem(path)
    if problem or not path.is_dir() or not any(path.iterdir()):
        return problem
    if not (_has_framing_config(path) and (path / WEIGHTS_NAME).is_file()):
        return (f"{path} {'holds files but' if overwrite else 'already holds files and'} is not a framing model "
                f"folder (it needs a framing {CONFIG_NAME} and {WEIGHTS_NAME}); overwrite=True (--overwrite) "
                "replaces only an earlier model, never other files: choose a new or empty folder")
    if not overwrite:
        return (f"{path} already holds a model; choose a new folder, or pass overwrite=True (--overwrite) to "
                "replace the model there")
    return None


def _has_framing_config(folder: Path) -> bool:
    """Whether ``folder`` holds a framing model's ``config.json`` (a JSON object with its ``labels`` and
    ``format_version``; a Hugging Face encoder's config has neither)."""
    from .model import small_config

    config = small_config(folder)
    return config is not None and {"labels", "format_version"} <= config.keys()


def _is_framing_model(folder: str | Path) -> bool:
    """Whether ``folder`` is meant as a framing model, which training continues: it holds either of a
    framing model's files (its weights, or a framing config), so a folder missing the other is a broken
    framing model, not a base encoder."""
    return (Path(folder) / WEIGHTS_NAME).is_file() or _has_framing_config(Path(folder))


def _check_base(base: str | Path | None) -> None:
    """Refuse a ``base`` that names no starting model on this machine: a framing model folder that
    :func:`framing.load` would refuse (for the same reason, e.g. the file it lacks), a folder that is
    neither a framing model nor an encoder with ``model.safetensors``, a file, or a hub id not in the
    local cache (a plain :class:`ModelError`: a hub id is no path). A :class:`MissingModelError` only when
    ``base`` is a path (a ``Path``, or a string no hub id could be: ``./x``, ``/x``, ``a/b/c``) at which
    nothing is. The weights are loaded (and verified) later, when the model is built."""
    from .model import check_model_folder, resolve_base

    if base in (None, "default", "minilm"):
        return
    if _is_framing_model(base):
        check_model_folder(Path(base))
        return
    if Path(base).is_dir() and not (Path(base) / "model.safetensors").is_file():
        raise ModelError(_not_a_base(Path(base)))
    try:
        resolve_base(ModelConfig(labels=(), base=str(base)))  # only the base is read
    except ModelError as exc:
        if Path(base).exists():
            raise
        if not _could_be_hub_id(base):
            raise MissingModelError(written_message(exc), base) from exc.__cause__
        raise


def _not_a_base(folder: Path) -> str:
    """Why ``folder``, which is neither a framing model nor an encoder, cannot be a base: what each holds, and
    the framing models in folders inside it (the likelier meaning), at most three named."""
    try:
        inside = sorted(str(sub) for sub in folder.iterdir()
                        if sub.is_dir() and _has_framing_config(sub) and (sub / WEIGHTS_NAME).is_file())
    except OSError:
        inside = []
    hint = ""
    if len(inside) == 1:
        hint = f"; {inside[0]} holds a framing model: give that folder as base (--base {inside[0]}) to continue from it"
    elif inside:
        hint = (f"; {', '.join(inside[:3])}{', ...' if len(inside) > 3 else ''} hold framing models: give one of "
                "them as base (--base) to continue from it")
    return (f"base {folder} is neither a framing model folder, which training continues ({CONFIG_NAME} and "
            f"{WEIGHTS_NAME}), nor an encoder folder (a Hugging Face encoder's config.json, model.safetensors and "
            f"tokenizer files): it has no model.safetensors (only safetensors weights are loaded){hint}")


def _could_be_hub_id(base: str | Path) -> bool:
    """Whether ``base`` is a string that could name a hub model (a ``Path`` never does)."""
    from huggingface_hub.utils import validate_repo_id

    if not isinstance(base, str):
        return False
    try:
        validate_repo_id(base)
    except (ValueError, TypeError):
        return False
    return True


def seed_everything(seed: int) -> None:
    """Seed the global random generators for a reproducible run (:func:`fit` puts them back afterwards)."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def labels_problem(labels: object, name: str = "labels") -> str | None:
    """What is wrong with label names given for a model (``labels=``, ``--labels``: ``name``), before any data
    is read, or ``None``: a model needs two or more names, each given once."""
    if isinstance(labels, str):
        return f"{name} must be a list of label names, not the string {labels!r} (split it: labels=[...])"
    try:
        names = [str(label).strip() for label in cast(Iterable[object], labels)]  # not iterable: TypeError
    except TypeError:
        return f"{name} must be a list of label names, got {type(labels).__name__}"
    if len(names) < 2:
        return f"{name} must name at least two classes for the model to tell apart, got {names}"
    if not all(names):
        return f"{name} has an empty name: {names}"
    twice = next((label for label, count in Counter(names).items() if count > 1), None)
    if twice is not None:
        return f"{name} names {twice!r} more than once: {names}; give each label once"
    return None


def _check_labels(train_examples, eval_examples, labels, preferred: Sequence[str] | None = None) -> list[str]:
    """The model's label names, in order: ``labels`` when given, else those of the data, in
    ``preferred`` order (the starting model's) when they are the same set, else sorted (numerically
    when every name is a whole number). A class needs two training rows, unless ``labels`` name it on
    purpose (say, to keep the starting model's sentence head on data that lacks one of its labels)."""
    seen = Counter(e.label for e in train_examples if e.label is not None)
    partial = {name for e in train_examples if len(e.allowed) > 1 for name in e.allowed}
    given = labels is not None  # given names were checked by labels_problem before the data was read
    if labels is None:
        found = set(seen) | partial
        if preferred is not None and found == set(preferred):
            labels = list(preferred)
        elif preferred is not None and _respelt_labels(found, preferred):
            raise InputError(_respelt_problem(found, preferred))
        else:
            labels = sorted(found, key=lambda name: (0, int(name), "") if _WHOLE.fullmatch(name) else (1, 0, name))
    labels = [str(name).strip() for name in labels]
    if len(labels) < 2:
        raise DataError(f"training data must have at least two classes, found {labels}"
                        + _first_place(train_examples, labels[0] if labels else None))
    if len(set(labels)) != len(labels):
        raise DataError(f"labels must be unique, got {labels}")
    for name in labels:
        problem = label_problem(name)
        if problem:
            raise DataError(f"label {name!r} {problem}" + _first_place(train_examples, name))
    folded: dict[str, str] = {}
    for name in labels:
        other = folded.setdefault(_label_key(name), name)
        if other != name:
            common, rare = sorted((other, name), key=lambda n: -seen.get(n, 0))
            firsts = {n: next((e.where for e in train_examples if e.label == n and e.where), "")
                      for n in (common, rare)}
            places = [f"{n!r} first at {where}" for n, where in firsts.items() if where]
            raise DataError(f"labels {common!r} ({counted(seen.get(common, 0), 'row')}) and {rare!r} "
                            f"({counted(seen.get(rare, 0), 'row')}) differ only in case, spaces, '_' or '-'; write "
                            "them one way"
                            + (f" ({', '.join(places)})" if places else ""))
    unknown = sorted(set(seen) - set(labels))
    if unknown:
        raise DataError(_unknown_labels_problem(unknown, labels, train_examples))
    rare = sorted(label for label in labels if seen.get(label, 0) < 2 and label not in partial)
    if rare and given:
        if len(labels) - len(rare) < 2:
            raise DataError(f"training data needs two or more rows of at least two of labels={labels} (--labels "
                            f"{_cli_names(labels)}), got counts {dict(seen)}")
        _warn_rare_labels(rare, seen, kept_head=preferred is not None and list(preferred) == labels)
    elif rare:
        raise DataError(f"each class needs at least two training examples; too few for {rare} "
                        f"(counts: {dict(seen)})" + did_you_mean(rare[0], [n for n in labels if n != rare[0]])
                        + _first_place(train_examples, rare[0]))
    if eval_examples is not None:
        extra = sorted({e.label for e in eval_examples if e.label is not None} - set(labels))
        if extra:
            raise DataError(f"evaluation data has label {extra[0]!r} that training never saw"
                            + did_you_mean(extra[0], labels) + _first_place(eval_examples, extra[0])
                            + f"; training labels are {labels}")
    return labels


def _respelt_labels(found: set[str], preferred: Sequence[str]) -> dict[str, str]:
    """The data's label names (``found``) that are the starting model's (``preferred``) written another way
    (case, spaces, '_' or '-'), each with the model's name, when every name found is one of the model's so
    written or as is, no two the same one; else empty (another label set: a new sentence head)."""
    model_names = {_label_key(name): name for name in preferred}
    match = {name: model_names.get(_label_key(name)) for name in found}
    if None in match.values() or len(set(match.values())) < len(match):
        return {}
    return {name: model for name, model in match.items() if model is not None and name != model}


def _respelt_problem(found: set[str], preferred: Sequence[str]) -> str:
    """Why data whose labels are the starting model's written another way is refused, and the two ways on."""
    from .profile import profile_losses

    names = sorted(found)
    respelt = ", ".join(f"{name!r} for {model!r}" for name, model in sorted(_respelt_labels(found, preferred).items()))
    kept = profile_losses(preferred)
    lost = [loss for loss in profile_losses(names) if loss not in kept]
    return (f"the training data's labels are the starting model's written another way ({respelt}): as written "
            "they would start a new, untrained sentence head in place of the model's"
            + (f", and the document profile, which reads labels by name, would find no {', '.join(lost)}"
               if lost else "")
            + f"; write them as the model does ({', '.join(map(repr, preferred))}) to keep its sentence head"
            + ("" if len(found) == len(preferred) else
               f" (and pass labels={list(preferred)!r} (--labels {_cli_names(preferred)}), as the data lacks some)")
            + f", or pass labels={names!r} (--labels {_cli_names(names)}) to start a new sentence head with these "
            "names on purpose")


def _unknown_labels_problem(unknown: list[str], labels: list[str], examples: list[Example]) -> str:
    """Why training data whose labels ``unknown`` are not among the given ``labels`` is refused: each named,
    with where it first is, and the setting named for both callers ("labels=['a', 'b'] (--labels a,b)")."""
    names = [f"{name!r}{did_you_mean(name, labels)}{_first_place(examples, name)}" for name in unknown]
    return (f"training data has {counted(len(unknown), 'label')} not in labels={labels} (--labels "
            f"{_cli_names(labels)}): {', '.join(names)}")


def _cli_names(names: Sequence[str]) -> str:
    """Label names as ``--labels`` takes them, quoted for a shell: comma-separated, or a JSON list when a name
    holds a comma."""
    return shlex.quote(json.dumps(list(names)) if any("," in name for name in names) else ",".join(names))


def _warn_rare_labels(rare: list[str], seen: Counter, kept_head: bool) -> None:
    """Warn about labels given (``labels=``) that have fewer than two training rows: what the model will
    know of them depends on whether the starting model's sentence head is kept (the labels are its labels,
    in its order) or a new one is started, whose output for a label without rows stays untrained."""
    names = ", ".join(map(repr, rare))
    if kept_head:
        logger.warning("label(s) %s have fewer than two training rows (counts: %s): the model learns little or "
                       "nothing new of them, and validation may lack them; the kept sentence head (the starting "
                       "model's labels, in its order) keeps what it knew", names, dict(seen))
        return
    logger.warning("label(s) %s have fewer than two training rows (counts: %s) and the sentence head is new (the "
                   "labels are not the starting model's, in its order): the model learns little or nothing of them "
                   "(a label without training rows keeps an untrained output), and validation may lack them; give "
                   "each two or more rows, or leave it out of labels", names, dict(seen))


def _label_key(name: str) -> str:
    """A label name with case, spaces, '_' and '-' evened out: two names with one key are one label
    spelt two ways ("human interest", "human_interest", "Human-Interest")."""
    return " ".join(re.sub(r"[_-]", " ", name.casefold()).split())


def _warn_context_mismatch(train_examples: list[Example], eval_examples: list[Example]) -> None:
    """Warn when only one of the training and the validation data has contexts: validation would then read
    other input than the model's use, and the epoch and the temperature would be chosen on it."""
    train_has, eval_has = any(e.context for e in train_examples), any(e.context for e in eval_examples)
    if train_has and not eval_has:
        logger.warning("the training sentences have contexts but the validation sentences have none: validation "
                       "runs without context, unlike the model's use, and chooses the epoch and the temperature "
                       "on that; give the validation data its contexts too (a context column)")
    elif eval_has and not train_has:
        logger.warning("the validation sentences have contexts but the training sentences have none: the model is "
                       "trained, validated and used without context; give the training data its contexts too")


def _warn_absent_classes(eval_examples: list[Example], labels: list[str]) -> None:
    """Warn when a class has no validation sentence: its recall cannot be measured, so the epoch and the
    temperature are chosen without it (sentences wrongly given it still count against the macro-F1)."""
    present = {e.label for e in eval_examples if e.label is not None}
    absent = [label for label in labels if label not in present]
    if absent:
        logger.warning("the validation data has no sentence labelled %s: the epoch and the temperature are "
                       "chosen without %s (only sentences wrongly given it count, with F1 0 in the macro-F1), "
                       "and its recall is n/a",
                       ", ".join(map(repr, absent)), "it" if len(absent) == 1 else "them")


def _first_place(examples: list[Example], label: str | None) -> str:
    """" (first at data.csv: line 5)" for the first example labelled ``label``, when its place is known."""
    where = next((e.where for e in examples if e.label == label and e.where), "")
    return f" (first at {where})" if where else ""


def _class_label_order(names: list[str] | None, base) -> list[str] | None:
    """The labels a ``ClassLabel`` column's ``names`` give training: in the order of its ids, unless they are
    the starting model's labels in another order, which keeps that model's sentence head (and its order)
    rather than start a new one over a reordering; a warning then says whose order the scores follow."""
    if not names:
        return names
    kept = _framing_model_labels(base)
    if kept is None or list(kept) == names or sorted(kept) != sorted(names):
        return names
    logger.warning("the ClassLabel column orders the classes %s, the starting model %s: its order is kept, with "
                   "its sentence head, so score columns follow the model's labels, not the dataset's ids; pass "
                   "labels= in the ClassLabel's order to start a new head in that order", names, list(kept))
    return list(kept)


def _framing_model_labels(base) -> tuple[str, ...] | None:
    """The labels of the framing model training would continue from, if ``base`` names one."""
    from .analyze import DEFAULT_MODEL_DIR
    from .model import CONFIG_NAME

    source = Path(DEFAULT_MODEL_DIR if base in (None, "default") else base)
    try:
        config = read_json((source / CONFIG_NAME).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):  # ValueError: broken JSON, or past what json reads
        return None
    labels = config.get("labels") if isinstance(config, dict) else None
    return tuple(labels) if isinstance(labels, list) and all(isinstance(x, str) for x in labels) else None


def _warn_duplicates(train_examples: list[Example], eval_examples: list[Example] | None) -> dict[str, int]:
    """Warn about rows that repeat an earlier row (each copy weighs again), one text with two labels, and
    validation sentences that training also holds (they flatter the validation figures); each warning names the
    first rows concerned. Return the copies and the sentences with two labels counted, as ``training_args.json``
    records them (``duplicate_training_rows``, ``duplicate_validation_rows``, ``conflicting_training_sentences``)."""
    counts: dict[str, int] = {}
    for kind, examples, effect in (("training", train_examples, "weighs again in training"),
                                   ("validation", eval_examples or [], "counts again in the validation figures")):
        first: dict[tuple, Example] = {}
        copies = [(e, first.setdefault((e.text, e.context, e.allowed), e)) for e in examples]
        copies = [(copy, original) for copy, original in copies if copy is not original]
        counts[f"duplicate_{kind}_rows"] = len(copies)
        if copies:
            copy, original = copies[0]
            logger.warning("%d duplicate %s row(s), with the text, context and label of an earlier row (first %s, "
                           "a copy of %s): each copy %s; drop them unless meant", len(copies), kind,
                           _places([copy]), _places([original]), effect)
    rows_of: dict[str, list[Example]] = {}
    for e in train_examples:
        if e.label is not None:
            rows_of.setdefault(e.text, []).append(e)
    conflicting = [rows for rows in rows_of.values() if len(_labels_of(rows)) > 1]
    counts["conflicting_training_sentences"] = len(conflicting)
    if conflicting:
        rows = conflicting[0]
        others = f"; the others first at {_places([r[0] for r in conflicting[1:4]])}" if len(conflicting) > 1 else ""
        logger.warning("%d training sentence(s) carry two or more labels, e.g. %r: %s (%s%s)%s%s: each row teaches "
                       "its own label; correct any that is wrong", len(conflicting), rows[0].text[:80],
                       sorted(_labels_of(rows)), _places(rows[:4]), _more(len(rows) - 4, "row"), others,
                       _more(len(conflicting) - 4, "sentence"))
    if eval_examples is not None:
        shared = _shared_sentences(train_examples, eval_examples)
        if shared:
            logger.warning("%d of %d validation sentences are also training sentences: the validation "
                           "figures will flatter the model", shared, len(eval_examples))
    return counts


def _shared_sentences(train_examples: list[Example], eval_examples: list[Example]) -> int:
    """How many validation rows have the text of a labelled training row."""
    trained = {e.text for e in train_examples if e.label is not None}
    return sum(e.text in trained for e in eval_examples)


def stratified_split(examples: list[Example], fraction: float, seed: int) -> tuple[list[Example], list[Example]]:
    """Hold out ``fraction`` of each hard label's groups (documents), stratified by label."""
    rng = random.Random(seed)
    by_label: dict[str, list[str]] = {}
    group_label: dict[str, str] = {}
    for e in examples:
        if e.label is not None and e.group not in group_label:
            group_label[e.group] = e.label
            by_label.setdefault(e.label, []).append(e.group)
    held: set[str] = set()
    for label, groups in sorted(by_label.items()):
        rng.shuffle(groups)
        if len(groups) < 3:  # training keeps the two a class needs, and validation goes without
            logger.warning("label %r has %d distinct sentence(s): all stay in training, and validation has "
                           "none of it", label, len(groups))
            continue
        held.update(groups[: min(len(groups) - 2, max(1, round(len(groups) * fraction)))])
    train = [e for e in examples if e.group not in held]
    validation = [e for e in examples if e.group in held and e.label is not None]
    return train, validation


def _check_validation_rows(eval_examples: list[Example], automatic_split: bool) -> None:
    """Refuse, before any model is built, validation data with no hard-labelled row: nothing could choose
    the epoch or fit the temperature. The automatic split holds out only labels with three or more
    distinct sentences, so a small table may leave it empty."""
    if any(e.label is not None for e in eval_examples):
        return
    if automatic_split:
        raise DataError("no validation rows remain: the automatic split holds out sentences only of a label with "
                        "three or more distinct sentences, and no label has that many; give validation data "
                        "(eval=, --eval) or more rows")
    raise DataError("the validation data has no row with a single label, so nothing can choose the epoch or fit "
                    "the temperature; give validation rows with one label each")


def _warn_drifting_span_types(span_rows: dict[str, int]) -> None:
    """Warn, before training, of the span types a kept span head has that no training row annotates (all of them
    without a spans column): their tagging is not trained but reads the encoder that fine-tuning changes, so it
    drifts, which the model card alone said, after the run."""
    untaught = [name for name, rows in span_rows.items() if not rows]
    if untaught:
        where = ("add a 'spans' column (per row a list of {\"type\", \"start\", \"end\"}, docs/training.md)"
                 if len(untaught) == len(span_rows) else "mark those types in the 'spans' column too")
        logger.warning("no training row annotates %s spans: the starting model's span tagging for them is kept "
                       "untrained, and its tags will drift as fine-tuning changes the encoder; %s, or compare both "
                       "models' spans on your own text", ", ".join(untaught), where)


def silence_unlearnt_span_types(model: FramingModel, examples: list[Example]) -> list[str]:
    """Silence the span types of a new span head that no example annotates; return their names.

    Untaught, such a type keeps its random initial outputs, which tag every token.
    """
    types = model.config.span_types
    untrained = [t for t, name in enumerate(types) if not any(name in e.span_known for e in examples)]
    if untrained:
        logger.warning("no training example annotates %s: the model will not tag them",
                       ", ".join(types[t] for t in untrained))
        silence_span_types(model.span_head, len(types), untrained)
    return [types[t] for t in untrained]


def _warn_context_sentences(examples: list[Example], config: ModelConfig) -> None:
    """Warn when the data's contexts hold another number of sentences than the model reads at inference
    (counted by the segmenter, median of the first 500): fewer (a table of one previous sentence each,
    continuing the bundled model, which reads two), or more (:func:`~framing.data.training_rows`' two,
    the bundled model's number, training a model that reads one). Either way the model would learn from
    other input than ``analyze()`` gives it."""
    contexts = [e.context for e in examples[:500] if e.context and e.context.strip()]
    if config.context != "previous" or not contexts:
        return
    held = float(np.median([len(split_sentences(c)) for c in contexts]))
    reads = config.context_sentences
    if held < reads:
        warn(logger, "the contexts hold %g sentence(s) (median) but the model reads %d before each sentence, as "
             "analyze() will give it: give contexts of %s, or pass context_sentences=%d "
             "(--context-sentences)", held, reads, counted(reads, "sentence"), max(1, math.floor(held)))
    elif held > reads:
        warn(logger, "the contexts hold %g sentences (median) but the model reads %d before each sentence, as "
             "analyze() will give it: give contexts of %d (training_rows(..., context_sentences=%d))%s",
             held, reads, reads, reads, _more_context_advice(held, reads))


def _more_context_advice(held: float, reads: int) -> str:
    """The end of the warning about contexts longer than the model reads: a model that reads as many as they
    hold, or the most a model reads (:data:`MAX_CONTEXT_SENTENCES`), when they hold more; nothing when the
    model reads that already."""
    if math.ceil(held) <= MAX_CONTEXT_SENTENCES:
        return f", or pass context_sentences={math.ceil(held)} (--context-sentences) for a model that reads as many"
    if reads < MAX_CONTEXT_SENTENCES:
        return (f", or pass context_sentences={MAX_CONTEXT_SENTENCES} (--context-sentences), the most a model "
                "reads")
    return f" ({MAX_CONTEXT_SENTENCES} is the most a model reads)"


def _warn_cut_rows(examples: list[Example], enc, max_length: int) -> None:
    """Warn about training sentences longer than the model's window: the model never reads their end, on
    which their label may rest. A span wholly in the cut-off part is named too: it teaches nothing (the kept
    tokens' tags stay true, as that part holds no such span, and inference cuts the sentence alike)."""
    cut = np.nonzero(enc.truncated)[0].tolist()
    if not cut:
        return
    logger.warning("%d training sentence(s) are longer than the model's %d-token window and are cut: the model "
                   "never reads their end, though their label may rest on it; split them (%s)", len(cut),
                   max_length, _places([examples[i] for i in cut[:3]]))
    lost = [(examples[i], kind, start, end) for i in cut for kind, start, end in examples[i].spans
            if start >= enc.offsets[i][-1, 1]]
    if lost:
        example, kind, start, end = lost[0]
        logger.warning("%d span(s) lie wholly past the cut and are not learnt, e.g. %s %r (%s)", len(lost), kind,
                       example.text[start:end], _places([example]))


def _labels_of(examples: list[Example]) -> set[str]:
    """The labels hard-labelled ``examples`` carry."""
    return {e.label for e in examples if e.label is not None}


def _more(n: int, noun: str) -> str:
    """What ends a list cut short by ``n`` items, " and 3 more rows" (nothing when none was left out)."""
    return f" and {counted(n, 'more ' + noun)}" if n > 0 else ""


def _places(examples: list[Example]) -> str:
    """Where examples sit, one file named once: "train: a.csv: line 5, line 9"."""
    wheres = [e.where or repr(e.text[:40]) for e in examples]
    heads = {where.rpartition(": ")[0] for where in wheres}
    if len(heads) == 1 and "" not in heads:
        return f"{heads.pop()}: " + ", ".join(where.rpartition(": ")[2] for where in wheres)
    return "; ".join(wheres)


def _starting_model(base, labels: list[str], args: TrainingArguments, output_dir: str | Path):
    """The model to fine-tune (a continued framing model or a fresh head on an encoder), its
    tokenizer, whether its span head is new, and the starting model's temperature when its sentence head
    is kept (else ``None``: a new head starts uncalibrated, at 1.0)."""
    from .analyze import DEFAULT_MODEL_DIR
    from .model import folder_fingerprint

    source = DEFAULT_MODEL_DIR if base in (None, "default") else base
    if source is not None and _is_framing_model(source):
        fingerprint = folder_fingerprint(Path(source))  # before loading: what was read, though it may be replaced
        model, tokenizer = load_model(source)
        start_temperature = model.config.temperature if list(model.config.labels) == list(labels) else None
        if start_temperature is None:
            logger.warning("labels %s differ from %s's %s: starting a new sentence head (%s)%s%s", list(labels),
                           source, list(model.config.labels), _new_head_note(labels, model.config.labels),
                           _typo_note(labels, model.config.labels), _profile_note(labels))
            model.sentence_head = sentence_head(model.encoder.config.hidden_size, len(labels))
            model.config.labels = tuple(labels)
            model.config.temperature = 1.0  # the old temperature calibrated the old head
        model.config.context = "previous" if args.context else "none"
        model.config.extra.update(_continued_from(source, fingerprint, model.config.extra, output_dir,
                                                  bundled=base in (None, "default")))
        fresh = False
    else:
        base_name, base_sha = base_reference(None if source == "minilm" else source)
        config = ModelConfig(labels=tuple(labels), base=base_name, base_sha256=base_sha,
                             max_length=args.max_length,
                             max_context_tokens=min(CONTEXT_TOKENS_PER_SENTENCE, args.max_length // 2),
                             context="previous" if args.context else "none")
        config.extra["started_from"] = f"encoder {base_name}"
        model = FramingModel(config, build_encoder(config))
        tokenizer = load_tokenizer(None, config)
        fresh, start_temperature = True, None
    if args.context_sentences is not None and args.context_sentences != model.config.context_sentences:
        model.config.context_sentences = args.context_sentences
        model.config.max_context_tokens = min(CONTEXT_TOKENS_PER_SENTENCE * args.context_sentences,
                                              model.config.max_length - 3)
    if args.lora and model.config.base != "random":
        model.add_lora(args.lora_rank, args.lora_alpha)
        model.config.full_encoder = False
    else:
        model.config.full_encoder = model.config.base != "random"
    return model, tokenizer, fresh, start_temperature


def _new_head_note(labels: Sequence[str], model_labels: Sequence[str]) -> str:
    """For the new-head warning: how to keep the starting model's head, where ``labels`` are its own in another
    order; else what a new head means. A user adding one label ('satire') to the four was told to "pass the same
    labels in the same order to keep it", as if the four trained outputs could stay beside a new one."""
    if set(labels) == set(model_labels):
        return "pass the same labels in the same order to keep it"
    new = [name for name in labels if name not in model_labels]
    shared = [name for name in model_labels if name in labels]
    lacking = f"it has no output for {', '.join(map(repr, new))}: " if new else ""
    kept = f", its trained outputs for {', '.join(map(repr, shared))} not kept" if shared else ""
    return f"{lacking}all {len(labels)} labels are learnt from your rows alone{kept}"


def _typo_note(labels: Sequence[str], model_labels: Sequence[str]) -> str:
    """For the new-head warning: the labels that are none of the starting model's but one or two edits from one
    (case, spaces, '_' and '-' aside), each with a "did you mean": likely typos ('editorial_opnion'), which
    start an untrained output of their own (empty when there is none)."""
    typos = []
    for name in labels:
        near = [] if name in model_labels else [
            other for other in model_labels if _within_two_edits(_label_key(name), _label_key(other))]
        hint = did_you_mean(name, near)
        if hint:
            typos.append(f"{name!r}{hint}")
    return f"; not among its labels: {', '.join(typos)}" if typos else ""


def _within_two_edits(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by at most two insertions, deletions or substitutions of a character."""
    if abs(len(a) - len(b)) > 2:
        return False
    row = list(range(len(b) + 1))  # edits from a's first i characters to b's first j, row by row of i
    for i, x in enumerate(a, 1):
        diagonal, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (x != y))
    return row[-1] <= 2


def _profile_note(labels: Sequence[str]) -> str:
    """For the new-head warning: the labels the document profile reads by name that ``labels`` lack, and what
    the profile then cannot find (empty when none is missing)."""
    from .profile import PROFILE_LABELS, profile_losses

    missing = [name for name in PROFILE_LABELS if name not in labels]
    if not missing:
        return ""
    lost = profile_losses(labels)
    return (f"; the labels lack {', '.join(map(repr, missing))}, which the document profile reads by name"
            + (f", so this model's profiles will find no {', '.join(lost)}" if lost else ""))


def _continued_from(source: str | Path, fingerprint: str, earlier: dict[str, Any], output_dir: str | Path,
                    bundled: bool) -> dict[str, Any]:
    """The provenance a model continued from the framing model at ``source`` records in its config's extra
    fields, given that model's own (``earlier``): ``started_from_model``, the starting folder's absolute path,
    its :func:`~framing.model.folder_fingerprint` (taken before training) and, where recorded, its own start
    (``started_from`` and ``started_from_model``: the chain back to an encoder); and ``started_from``, the
    model card's line. A run that replaces the model it started from (``output_dir`` is ``source``) says
    so there, as the path then holds the new model, and names the fingerprint and the earlier start."""
    path = os.path.abspath(source)
    record: dict[str, Any] = {"path": path, "fingerprint": fingerprint}
    for key in ("started_from", "started_from_model"):
        if earlier.get(key):
            record[key] = earlier[key]
    if bundled:
        line = "the bundled default model"
    elif Path(source).resolve() == Path(output_dir).resolve():
        before = f", itself started from {earlier['started_from']}" if earlier.get("started_from") else ""
        line = (f"the model this folder held before this run ({path}, fingerprint {fingerprint[:12]}{before}), "
                "which this model replaced")
    else:
        line = path
    return {"started_from": line, "started_from_model": record}


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


def _temperature_note(result: TrainResult) -> str:
    """A sentence for the model card and ``metrics.json`` on which temperature the model uses, and why."""
    if result.temperature_source == "fitted":
        fitted_on = counted(result.metrics["n"], "validation sentence")
        return f"Temperature {result.temperature:.3f}, fitted on the {fitted_on}."
    unfitted = "none could be fitted, as every validation sentence is labelled right"
    if result.temperature_source == "starting model":
        return (f"Temperature {result.temperature:.3f}, the starting model's: {unfitted}, and the starting "
                "model's sentence head, which that temperature calibrated, was kept.")
    return f"Temperature 1.000, uncalibrated: {unfitted}, and the sentence head is new."


def _base_record(base: str | Path | None) -> str:
    """The starting model as ``training_args.json`` records it: ``"default"``, ``"minilm"``, a folder's absolute
    path, or a hub id."""
    if base in (None, "default", "minilm"):
        return "default" if base is None else str(base)
    return os.path.abspath(base) if Path(base).is_dir() else str(base)


def _save(model, tokenizer, result: TrainResult, args, train_examples, eval_examples, card_extra,
          base: str) -> None:
    import shutil

    from .model_card import write_model_card

    out = result.output_dir
    note = _temperature_note(result)
    extra = dict(card_extra or {})
    extra["sections"] = "\n\n".join(filter(None, [f"## Calibration\n\n{note}", extra.get("sections")]))
    if model.config.base == "random" or model.config.full_encoder:
        model.merge_lora()
    model.cpu()

    def write(folder: Path) -> None:
        save_model(model, tokenizer, folder)
        stopped = {"interrupted_at_epoch": result.interrupted_at_epoch} if result.interrupted_at_epoch else {}
        if result.stopped_by_time_budget_after_epoch:
            stopped["stopped_by_time_budget_after_epoch"] = result.stopped_by_time_budget_after_epoch
        run = {"base": base, "labels": list(result.labels)} | asdict(args) | stopped | {
            "training_sentence_hashes": sentence_hashes(e.text for e in train_examples)}
        write_replacing(folder / "training_args.json", json.dumps(run, indent=2) + "\n")
        write_replacing(folder / "metrics.json", json.dumps({
            "validation": result.metrics, "best_epoch": result.best_epoch, "temperature": result.temperature,
            "temperature_source": result.temperature_source, "temperature_note": note, "history": result.history,
            "seconds": result.seconds, "examples_per_second": result.examples_per_second,
            **stopped}, indent=2) + "\n")
        write_model_card(folder, result, args, train_examples, eval_examples, extra)

    real = out.resolve()  # a symlinked folder: its target is replaced, the link kept
    if not _can_swap(real):
        write(out)  # in place, file by file (see _can_swap)
        return
    # Write the whole folder beside its destination, then swap it in: an interrupted save never leaves new
    # weights beside an old config.
    staging = real.parent / f".{real.name}.partial-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        write(staging)
        _swap_in(staging, real)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _can_swap(real: Path) -> bool:
    """Whether the model folder ``real`` can be replaced by renaming a sibling folder into place: not a
    mount point, not the working folder or one holding it, and its parent writable. Otherwise the model
    is written in place."""
    if not real.exists():
        return os.access(real.parent, os.W_OK | os.X_OK)
    cwd = Path.cwd().resolve()
    return (not os.path.ismount(real) and real != cwd and real not in cwd.parents
            and os.access(real.parent, os.W_OK | os.X_OK))


def _swap_in(staging: Path, out: Path) -> None:
    """Put the complete folder ``staging`` at ``out``, replacing an earlier model folder (checked before
    training). The user's own files there (anything but a model's files) then move into the new folder; any
    that cannot stay in the earlier folder, which is kept and named in a warning."""
    import shutil

    from .model import TOKENIZER_FILES, CONFIG_NAME, WEIGHTS_NAME

    if not out.exists():
        os.replace(staging, out)
        return
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    os.replace(out, old)
    try:
        os.replace(staging, out)
    except BaseException:
        os.replace(old, out)
        raise
    model_files = {CONFIG_NAME, WEIGHTS_NAME, "README.md", "metrics.json", "training_args.json", *TOKENIZER_FILES}
    left = []
    for item in list(old.iterdir()):
        if item.name in model_files:
            continue
        try:
            os.replace(item, out / item.name)
        except OSError:
            left.append(item.name)
    if left:
        logger.warning("could not move %s into the new model folder %s; they are kept in %s",
                       ", ".join(left), out, old)
    else:
        shutil.rmtree(old, ignore_errors=True)


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

