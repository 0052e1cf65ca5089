"""Training's model folders: the model a run starts from (a framing model continued, a new head on an encoder),
and the folder it saves, written beside its place and swapped in whole, with its card and figures."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .data import sentence_hashes
from .errors import counted
from .validation import did_you_mean
from .model import (
    CONTEXT_TOKENS_PER_SENTENCE,
    FramingModel,
    ModelConfig,
    base_reference,
    build_encoder,
    load_model,
    load_tokenizer,
    save_model,
    sentence_head,
    write_replacing,
)
from .training_data import is_framing_model, label_key

if TYPE_CHECKING:
    from .training import TrainingArguments, TrainResult

#: Named, not __name__: all of training logs on one logger, whichever module gives the line.
logger = logging.getLogger("framing.training")


def starting_model(base, labels: list[str], args: TrainingArguments, output_dir: str | Path):
    """The model to fine-tune (a continued framing model or a fresh head on an encoder), its
    tokenizer, whether its span head is new, and the starting model's temperature when its sentence head
    is kept (else ``None``: a new head starts uncalibrated, at 1.0)."""
    from .analyze import DEFAULT_MODEL_DIR
    from .model import folder_fingerprint

    source = DEFAULT_MODEL_DIR if base in (None, "default") else base
    if source is not None and is_framing_model(source):
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
            other for other in model_labels if _within_two_edits(label_key(name), label_key(other))]
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


def base_record(base: str | Path | None) -> str:
    """The starting model as ``training_args.json`` records it: ``"default"``, ``"minilm"``, a folder's absolute
    path, or a hub id."""
    if base in (None, "default", "minilm"):
        return "default" if base is None else str(base)
    return os.path.abspath(base) if Path(base).is_dir() else str(base)


def save_trained_model(model, tokenizer, result: TrainResult, args, train_examples, eval_examples, card_extra,
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
    if not replaceable_by_swap(real):
        write(out)  # in place, file by file (see replaceable_by_swap)
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


def replaceable_by_swap(real: Path) -> bool:
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
