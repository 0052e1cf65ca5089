"""Train a new span head on a frozen framing model.

The encoder runs once over the examples and its token states are cached, so
a span head (linear or BiLSTM, see :mod:`framing.model`) trains in minutes
on a CPU. The encoder and the sentence head are untouched, so a model's
sentence labels stay exactly as they were.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from .data import Example
from .encoding import RowEncoder
from .engine import resolve_device, span_tags
from .errors import DataError
from .model import TAGS, FramingModel, SpanTagger, load_model, save_model, span_head, span_output_layer
from .training import batch_bar, seed_everything, span_tag_targets
from .training_data import silence_unlearnt_span_types

__all__ = ["fit_span_head"]

logger = logging.getLogger(__name__)


def fit_span_head(
    model_dir: str | Path,
    train_examples: list[Example],
    eval_examples: list[Example],
    *,
    output_dir: str | Path,
    kind: str = "bilstm",
    layers: Sequence[int] = (3,),
    epochs: int = 4,
    seed: int = 0,
    batch_rows: int = 64,
    device: str | None = None,
    progress: bool = True,
    tune_thresholds: bool = True,
) -> dict[str, Any]:
    """Replace a model's span head with a new one trained on its frozen encoder; save to ``output_dir``.

    Only examples that annotate some span type are used; the epoch with the
    best mean token-level span F1 on ``eval_examples`` is kept. With
    ``tune_thresholds``, each span type then gets the shift of its O logit
    that gives the best token F1 on ``eval_examples`` (a token is tagged when
    O is less likely than not, so the shift moves that type's
    precision/recall balance); the shift is folded into the head's output
    bias, so the saved model needs no extra setting. A span type that no
    training example annotates is silenced (never tagged). Returns the token
    F1 per span type after the shift (``None`` for types the evaluation set
    does not annotate) and before it, the shifts, the silenced types, the
    best epoch and the history. These F1 figures come from the set that chose
    the epoch and the shifts, so they flatter the head; independent figures
    come from ``benchmarks/spans.py``.
    """
    train_examples = [e for e in train_examples if e.span_known]
    eval_examples = [e for e in eval_examples if e.span_known]
    if not train_examples or not eval_examples:
        raise DataError(f"span-head training needs span-annotated examples in both sets; got "
                        f"{len(train_examples)} for training and {len(eval_examples)} for evaluation")
    seed_everything(seed)
    model, tokenizer = load_model(model_dir)
    model.config.span_head, model.config.span_layers = kind, tuple(int(k) for k in layers)
    model.config.validate()
    model.span_head = span_head(model.config, model.encoder.config.hidden_size,
                                getattr(model.encoder.config, "num_hidden_layers", None))
    on = resolve_device(device)
    model.to(on)
    for name, param in model.named_parameters():
        param.requires_grad_(name.startswith("span_head."))
    types = model.config.span_types
    train_set = _SpanFeatures(model, tokenizer, train_examples, on, progress)
    eval_set = _SpanFeatures(model, tokenizer, eval_examples, on, progress)
    head = model.span_head
    optimizer = torch.optim.AdamW(head.parameters(), lr=1e-3, weight_decay=0.01)
    best: tuple[float, int, dict[str, torch.Tensor], dict] = (-1.0, 0, {}, {})
    history = []
    for epoch in range(1, epochs + 1):
        head.train()
        bar = batch_bar(progress, math.ceil(len(train_set) / batch_rows), f"span head {epoch}/{epochs}")
        for states, lengths, tags in train_set.batches(batch_rows, shuffle=True, seed=seed * 1000 + epoch):
            logits = _head_logits(head, states.to(on), lengths, len(types))
            loss = nn.functional.cross_entropy(logits.reshape(-1, len(TAGS)), tags.to(on).reshape(-1),
                                               ignore_index=-100)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            if bar is not None:
                bar.update(1)
        if bar is not None:
            bar.close()
        scores = _span_token_f1(head, eval_set, types, on)
        known = [v for v in scores.values() if v is not None]
        mean = float(np.mean(known)) if known else 0.0
        history.append({"epoch": epoch, "mean_token_f1": mean, **scores})
        logger.info("span head epoch %d: token F1 %s", epoch,
                    {k: round(v, 3) for k, v in scores.items() if v is not None})
        if mean > best[0]:
            best = (mean, epoch, {k: v.detach().clone() for k, v in head.state_dict().items()}, scores)
    head.load_state_dict(best[2])
    untrained = silence_unlearnt_span_types(model, train_examples)
    offsets = _fit_o_offsets(head, eval_set, types, on) if tune_thresholds else {}
    scores = _span_token_f1(head, eval_set, types, on) if offsets else best[3]
    model.cpu().eval()
    save_model(model, tokenizer, output_dir)
    return {"best_epoch": best[1], "token_f1": scores, "token_f1_untuned": best[3], "o_offsets": offsets,
            "untrained_types": untrained, "history": history, "kind": kind,
            "layers": list(model.config.span_layers)}


def _head_logits(head: nn.Module, states: torch.Tensor, lengths: torch.Tensor, n_types: int) -> torch.Tensor:
    logits = head(states, lengths) if isinstance(head, SpanTagger) else head(states)
    return logits.view(states.shape[0], states.shape[1], n_types, len(TAGS))


class _SpanFeatures:
    """Frozen-encoder token states of ``[CLS] sentence [SEP]`` per example, with O/B/I targets."""

    def __init__(self, model: FramingModel, tokenizer: Any, examples: list[Example], device: torch.device,
                 progress: bool) -> None:
        encoder = RowEncoder(tokenizer, model.config)
        contexts = [e.context for e in examples] if model.config.context == "previous" else None
        enc = encoder.encode([e.text for e in examples], contexts, with_offsets=True)
        assert enc.offsets is not None  # asked for
        layers = model.config.span_layers
        self.tags = [span_tag_targets(e, o, model.config.span_types) for e, o in zip(examples, enc.offsets)]
        states: dict[int, np.ndarray] = {}
        order = np.argsort(enc.row_len, kind="stable")
        bar = batch_bar(progress, math.ceil(len(order) / 64), "caching token states")
        model.eval()
        with torch.inference_mode():
            for lo in range(0, len(order), 64):
                rows = order[lo:lo + 64]
                ids, mask, types = (torch.from_numpy(a).to(device) for a in enc.padded(rows, encoder.pad_id))
                out = model.encoder(input_ids=ids, attention_mask=mask, token_type_ids=types,
                                    output_hidden_states=bool(layers))
                hidden = out.last_hidden_state
                if layers:
                    hidden = torch.cat([hidden] + [out.hidden_states[k] for k in layers], dim=-1)
                hidden = hidden.to(torch.float16).cpu().numpy()
                for k, row in enumerate(rows.tolist()):
                    states[row] = hidden[k, : int(enc.sentence_len[row]) + 2]
                if bar is not None:
                    bar.update(1)
        if bar is not None:
            bar.close()
        self.states: list[np.ndarray] = [states[row] for row in range(len(examples))]

    def __len__(self) -> int:
        return len(self.states)

    def batches(self, size: int, shuffle: bool = False,
                seed: int = 0) -> Iterator[tuple[torch.Tensor, torch.Tensor, torch.Tensor]]:
        """``(states, lengths, tags)`` batches; tags are -100 outside the sentence."""
        order = np.random.default_rng(seed).permutation(len(self.states)) if shuffle else np.arange(len(self.states))
        for lo in range(0, len(order), size):
            rows = order[lo:lo + size].tolist()
            width = max(len(self.states[r]) for r in rows)
            dim = self.states[rows[0]].shape[1]
            states = np.zeros((len(rows), width, dim), np.float32)
            tags = np.full((len(rows), width, self.tags[rows[0]].shape[1]), -100, np.int64)
            lengths = np.zeros(len(rows), np.int64)
            for k, r in enumerate(rows):
                n = len(self.states[r])
                states[k, :n] = self.states[r]
                tags[k, 1:1 + len(self.tags[r])] = self.tags[r]
                lengths[k] = n
            yield torch.from_numpy(states), torch.from_numpy(lengths), torch.from_numpy(tags)


def _head_passes(head: nn.Module, features: _SpanFeatures, n_types: int,
                 device: torch.device) -> Iterator[tuple[torch.Tensor, np.ndarray]]:
    """The head's fp32 logits ``(B, T, types, 3)`` and the O/B/I targets (-100: unknown) per batch."""
    head.eval()
    with torch.inference_mode():
        for states, lengths, tags in features.batches(256):
            yield _head_logits(head, states.to(device), lengths, n_types).float(), tags.numpy()


def _fit_o_offsets(head: nn.Module, features: _SpanFeatures, types: Sequence[str],
                   device: torch.device) -> dict[str, float]:
    """Per span type, the O-logit shift in [-3, 3] (steps of 0.25) that maximises token F1; folded into the head.

    A token is inside a span when P(O) < 0.5, i.e. when its O margin
    ``logit_O - logsumexp(logit_B, logit_I)`` is below zero; adding ``c`` to
    the O logit moves that boundary to ``-c``. Ties go to the smaller shift.
    """
    margins: list[np.ndarray] = []
    golds: list[np.ndarray] = []
    for logits, tags in _head_passes(head, features, len(types), device):
        margin = (logits[..., 0] - torch.logsumexp(logits[..., 1:], dim=-1)).cpu().numpy()
        margins.append(np.where(tags != -100, margin, np.nan).reshape(-1, len(types)))
        golds.append((tags > 0).reshape(-1, len(types)))
    margin, gold = np.concatenate(margins), np.concatenate(golds)
    grid = np.arange(-12, 13) / 4.0
    offsets: dict[str, float] = {}
    for t, name in enumerate(types):
        known = ~np.isnan(margin[:, t])
        m, g = margin[known, t], gold[known, t]
        if not g.any():
            continue
        scores = []
        for c in grid:
            predicted = m + c < 0
            tp = int((predicted & g).sum())
            scores.append(2 * tp / (predicted.sum() + g.sum()))
        f1 = np.asarray(scores)
        candidates = np.nonzero(f1 >= f1.max() - 1e-12)[0]
        offsets[name] = float(grid[min(candidates, key=lambda k: abs(grid[k]))])
    linear = span_output_layer(head)
    with torch.no_grad():
        bias = linear.bias.view(len(types), len(TAGS))
        for t, name in enumerate(types):
            bias[t, 0] += offsets.get(name, 0.0)
    logger.info("span head O-logit shifts: %s", offsets)
    return offsets


def _span_token_f1(head: nn.Module, features: _SpanFeatures, types: Sequence[str],
                   device: torch.device) -> dict[str, float | None]:
    """Token-level F1 per span type ("inside a span" as the engine decodes it)."""
    tp, fp, fn = (np.zeros(len(types)) for _ in range(3))
    for logits, tags in _head_passes(head, features, len(types), device):
        predicted = span_tags(logits).cpu().numpy() > 0
        known, gold = tags != -100, tags > 0
        tp += (predicted & gold & known).sum((0, 1))
        fp += (predicted & ~gold & known).sum((0, 1))
        fn += (~predicted & gold & known).sum((0, 1))
    return {name: (float(2 * tp[i] / (2 * tp[i] + fp[i] + fn[i])) if tp[i] + fn[i] else None)
            for i, name in enumerate(types)}
