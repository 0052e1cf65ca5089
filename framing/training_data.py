"""Training's checks of its setup and data, before and while the data is read: the options, the output folder
and the starting model given; the labels (their names, order and counts), duplicate and shared rows, contexts,
the validation split, span types and rows cut to the model's window, each refused or warned about."""

from __future__ import annotations

import json
import logging
import math
import random
import re
import shlex
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

import numpy as np
import torch

from .data import Example
from .segment import split_sentences
from .engine import resolve_device
from .errors import DataError, InputError, MissingModelError, ModelError, counted, warn, written_message
from .validation import did_you_mean, label_problem, read_json
from .model import (
    CONFIG_NAME,
    WEIGHTS_NAME,
    MAX_CONTEXT_SENTENCES,
    FramingModel,
    ModelConfig,
    silence_span_types,
)

if TYPE_CHECKING:
    from .training import TrainingArguments

#: Named, not __name__: all of training logs on one logger, whichever module gives the line.
logger = logging.getLogger("framing.training")


_WHOLE = re.compile(r"-?[0-9]+")  # label names that sort as numbers


def check_setup(args: TrainingArguments, labels: Sequence[str] | None, base: str | Path | None,
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


def is_framing_model(folder: str | Path) -> bool:
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
    if is_framing_model(base):
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


def check_labels(train_examples, eval_examples, labels, preferred: Sequence[str] | None = None) -> list[str]:
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
        other = folded.setdefault(label_key(name), name)
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
    model_names = {label_key(name): name for name in preferred}
    match = {name: model_names.get(label_key(name)) for name in found}
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


def label_key(name: str) -> str:
    """A label name with case, spaces, '_' and '-' evened out: two names with one key are one label
    spelt two ways ("human interest", "human_interest", "Human-Interest")."""
    return " ".join(re.sub(r"[_-]", " ", name.casefold()).split())


def warn_context_mismatch(train_examples: list[Example], eval_examples: list[Example]) -> None:
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


def warn_absent_classes(eval_examples: list[Example], labels: list[str]) -> None:
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


def class_label_order(names: list[str] | None, base) -> list[str] | None:
    """The labels a ``ClassLabel`` column's ``names`` give training: in the order of its ids, unless they are
    the starting model's labels in another order, which keeps that model's sentence head (and its order)
    rather than start a new one over a reordering; a warning then says whose order the scores follow."""
    if not names:
        return names
    kept = framing_model_labels(base)
    if kept is None or list(kept) == names or sorted(kept) != sorted(names):
        return names
    logger.warning("the ClassLabel column orders the classes %s, the starting model %s: its order is kept, with "
                   "its sentence head, so score columns follow the model's labels, not the dataset's ids; pass "
                   "labels= in the ClassLabel's order to start a new head in that order", names, list(kept))
    return list(kept)


def framing_model_labels(base) -> tuple[str, ...] | None:
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


def warn_duplicates(train_examples: list[Example], eval_examples: list[Example] | None) -> dict[str, int]:
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
        shared = shared_sentences(train_examples, eval_examples)
        if shared:
            logger.warning("%d of %d validation sentences are also training sentences: the validation "
                           "figures will flatter the model", shared, len(eval_examples))
    return counts


def shared_sentences(train_examples: list[Example], eval_examples: list[Example]) -> int:
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


def check_validation_rows(eval_examples: list[Example], automatic_split: bool) -> None:
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


def warn_drifting_span_types(span_rows: dict[str, int]) -> None:
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


def warn_context_sentences(examples: list[Example], config: ModelConfig) -> None:
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


def warn_cut_rows(examples: list[Example], enc, max_length: int) -> None:
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
