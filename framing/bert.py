"""A plain BERT encoder in torch alone, for the encoders framing builds most: the verified base and random ones.

Transformers builds the same network, but importing its modelling code pulls in torch.distributed,
torch._dynamo and scipy: about 3.5 s of every process that loads a model (each ``framing`` command, each Ray
actor, each worker of a pool). :class:`Bert` has the parameter names transformers' ``BertModel`` has, so base
checkpoints, saved encoder weights and LoRA targets fit either, and it computes what ``BertModel`` computes
with ``sdpa`` attention, operation for operation (tests/test_bert.py compares the two). Encoders of any other
shape (another activation, relative positions, a decoder, another architecture) still go through
transformers' ``AutoModel``: :func:`plain_settings` says which config this module builds.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, NamedTuple

import torch
from torch import nn
from torch.nn import functional as F

__all__ = ["Bert", "BertSettings", "BertOutput", "plain_settings"]

#: Config keys that say nothing about the network's computation (bookkeeping, generation, other heads' labels).
_NOT_ARCHITECTURE = frozenset({
    "_name_or_path", "architectures", "transformers_version", "gradient_checkpointing", "use_cache", "torch_dtype",
    "dtype", "classifier_dropout", "bos_token_id", "eos_token_id", "tie_word_embeddings", "output_hidden_states",
    "output_attentions", "return_dict", "id2label", "label2id", "problem_type", "num_labels",
})
#: Config values that a plain BERT encoder has; any other value is built by transformers.
_PLAIN_VALUES: dict[str, tuple[Any, ...]] = {
    "model_type": ("bert",), "hidden_act": ("gelu",), "position_embedding_type": ("absolute",),
    "is_decoder": (False,), "add_cross_attention": (False,), "chunk_size_feed_forward": (0,),
}


@dataclass(frozen=True)
class BertSettings:
    """A plain BERT encoder's sizes, with transformers' ``BertConfig`` defaults; read like that config
    (``encoder.config.hidden_size``)."""

    vocab_size: int = 30522
    hidden_size: int = 768
    num_hidden_layers: int = 12
    num_attention_heads: int = 12
    intermediate_size: int = 3072
    hidden_act: str = "gelu"
    hidden_dropout_prob: float = 0.1
    attention_probs_dropout_prob: float = 0.1
    max_position_embeddings: int = 512
    type_vocab_size: int = 2
    initializer_range: float = 0.02
    layer_norm_eps: float = 1e-12
    pad_token_id: int | None = 0
    model_type: str = "bert"
    position_embedding_type: str = "absolute"

    def __post_init__(self) -> None:
        sizes = ("vocab_size", "hidden_size", "num_hidden_layers", "num_attention_heads", "intermediate_size",
                 "max_position_embeddings", "type_vocab_size")
        for name in sizes:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a positive integer, got {value!r}")
        for name in ("hidden_dropout_prob", "attention_probs_dropout_prob"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise ValueError(f"{name} must be a number from 0 to 1, got {value!r}")
        for name in ("initializer_range", "layer_norm_eps"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < math.inf:
                raise ValueError(f"{name} must be a positive number, got {value!r}")
        if self.hidden_size % self.num_attention_heads:
            raise ValueError(f"hidden_size {self.hidden_size} is not a multiple of num_attention_heads "
                             f"{self.num_attention_heads}")
        if self.pad_token_id is not None and not (
                isinstance(self.pad_token_id, int) and 0 <= self.pad_token_id < self.vocab_size):
            raise ValueError(f"pad_token_id must be a token id below vocab_size, got {self.pad_token_id!r}")


def plain_settings(values: Mapping[str, Any], *, model_type_required: bool = False) -> BertSettings | None:
    """The settings of ``values`` (an ``encoder_config`` or a base's ``config.json``) when they describe a
    plain BERT encoder that :class:`Bert` builds; ``None`` when transformers must build it (another
    architecture, activation or position scheme, or keys this module does not know). Bad values of known
    keys raise ``ValueError``. A base's config names its ``model_type``; an ``encoder_config`` may leave it out."""
    known = {f.name for f in fields(BertSettings)}
    if model_type_required and "model_type" not in values:
        return None
    if any(key not in known and key not in _NOT_ARCHITECTURE and key not in _PLAIN_VALUES for key in values):
        return None
    # a null value is transformers' to judge: it refuses most (transformers 5: "expected int, got NoneType"), and
    # 4.x reads a null position_embedding_type as no position embeddings, not as the default. A null pad_token_id
    # is kept, as transformers keeps it: no embedding row is padding's (zero, frozen)
    if any(value is None and key != "pad_token_id" for key, value in values.items()
           if key in known or key in _PLAIN_VALUES):
        return None
    if any(key in values and values[key] not in plain for key, plain in _PLAIN_VALUES.items()):
        return None
    return BertSettings(**{key: value for key, value in values.items() if key in known})


class BertOutput(NamedTuple):
    """What the encoder returns: the last layer's states and, when asked, every layer's (embeddings first)."""

    last_hidden_state: torch.Tensor
    hidden_states: tuple[torch.Tensor, ...] | None = None


class _Embeddings(nn.Module):
    def __init__(self, settings: BertSettings) -> None:
        super().__init__()
        self.word_embeddings = nn.Embedding(settings.vocab_size, settings.hidden_size,
                                            padding_idx=settings.pad_token_id)
        self.position_embeddings = nn.Embedding(settings.max_position_embeddings, settings.hidden_size)
        self.token_type_embeddings = nn.Embedding(settings.type_vocab_size, settings.hidden_size)
        self.LayerNorm = nn.LayerNorm(settings.hidden_size, eps=settings.layer_norm_eps)
        self.dropout = nn.Dropout(settings.hidden_dropout_prob)

    def forward(self, input_ids: torch.Tensor, token_type_ids: torch.Tensor | None) -> torch.Tensor:
        positions = torch.arange(input_ids.shape[1], device=input_ids.device).unsqueeze(0)
        if token_type_ids is None:
            token_type_ids = torch.zeros_like(input_ids)
        embeddings = self.word_embeddings(input_ids) + self.token_type_embeddings(token_type_ids)
        embeddings = embeddings + self.position_embeddings(positions)
        return self.dropout(self.LayerNorm(embeddings))


class _SelfAttention(nn.Module):
    def __init__(self, settings: BertSettings) -> None:
        super().__init__()
        self.head_size = settings.hidden_size // settings.num_attention_heads
        self.query = nn.Linear(settings.hidden_size, settings.hidden_size)
        self.key = nn.Linear(settings.hidden_size, settings.hidden_size)
        self.value = nn.Linear(settings.hidden_size, settings.hidden_size)
        self.dropout = nn.Dropout(settings.attention_probs_dropout_prob)

    def forward(self, hidden: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
        shape = (*hidden.shape[:-1], -1, self.head_size)
        query, key, value = (layer(hidden).view(shape).transpose(1, 2) for layer in (self.query, self.key, self.value))
        attended = F.scaled_dot_product_attention(query, key, value, attn_mask=mask,
                                                  dropout_p=self.dropout.p if self.training else 0.0,
                                                  scale=self.head_size ** -0.5)
        return attended.transpose(1, 2).reshape(*hidden.shape[:-1], -1).contiguous()


class _AddNorm(nn.Module):
    """A dense map, dropout, and layer norm over the sum with the map's residual input."""

    def __init__(self, width_in: int, settings: BertSettings) -> None:
        super().__init__()
        self.dense = nn.Linear(width_in, settings.hidden_size)
        self.LayerNorm = nn.LayerNorm(settings.hidden_size, eps=settings.layer_norm_eps)
        self.dropout = nn.Dropout(settings.hidden_dropout_prob)

    def forward(self, hidden: torch.Tensor, residual: torch.Tensor) -> torch.Tensor:
        return self.LayerNorm(self.dropout(self.dense(hidden)) + residual)


class _Attention(nn.Module):
    def __init__(self, settings: BertSettings) -> None:
        super().__init__()
        self.self = _SelfAttention(settings)
        self.output = _AddNorm(settings.hidden_size, settings)

    def forward(self, hidden: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
        return self.output(self.self(hidden, mask), hidden)


class _Intermediate(nn.Module):
    def __init__(self, settings: BertSettings) -> None:
        super().__init__()
        self.dense = nn.Linear(settings.hidden_size, settings.intermediate_size)

    def forward(self, hidden: torch.Tensor) -> torch.Tensor:
        return F.gelu(self.dense(hidden))


class _Layer(nn.Module):
    def __init__(self, settings: BertSettings) -> None:
        super().__init__()
        self.attention = _Attention(settings)
        self.intermediate = _Intermediate(settings)
        self.output = _AddNorm(settings.intermediate_size, settings)

    def forward(self, hidden: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
        attended = self.attention(hidden, mask)
        return self.output(self.intermediate(attended), attended)


class _Layers(nn.Module):
    def __init__(self, settings: BertSettings) -> None:
        super().__init__()
        self.layer = nn.ModuleList(_Layer(settings) for _ in range(settings.num_hidden_layers))


class Bert(nn.Module):
    """A BERT encoder without pooler, initialised as transformers initialises one (normal weights of
    ``initializer_range``, zero biases, unit layer norms), or left with torch's defaults (``initialise=False``)
    when weights are loaded into it at once."""

    def __init__(self, settings: BertSettings, initialise: bool = True) -> None:
        super().__init__()
        self.config = settings
        self.embeddings = _Embeddings(settings)
        self.encoder = _Layers(settings)
        if initialise:
            self._initialise()

    def _initialise(self) -> None:
        std = self.config.initializer_range
        with torch.no_grad():
            for module in self.modules():
                if isinstance(module, (nn.Linear, nn.Embedding)):
                    module.weight.normal_(0.0, std)
                if isinstance(module, nn.Linear):
                    module.bias.zero_()
                elif isinstance(module, nn.Embedding) and module.padding_idx is not None:
                    module.weight[module.padding_idx].zero_()
                elif isinstance(module, nn.LayerNorm):
                    module.weight.fill_(1.0)
                    module.bias.zero_()

    def get_input_embeddings(self) -> nn.Embedding:
        return self.embeddings.word_embeddings

    def save_pretrained(self, directory: str | Path) -> None:
        """Write the folder transformers writes for a ``BertModel`` (``config.json``, ``model.safetensors``),
        which framing, and transformers, load as a base encoder."""
        from safetensors.torch import save_file

        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        config = {"architectures": ["BertModel"], **asdict(self.config)}
        (directory / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
        save_file({key: value.detach().contiguous() for key, value in self.state_dict().items()},
                  str(directory / "model.safetensors"), metadata={"format": "pt"})

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None,
                token_type_ids: torch.Tensor | None = None, output_hidden_states: bool = False) -> BertOutput:
        """``(batch, tokens)`` ids, mask (1 to attend) and segment ids to each token's last-layer state."""
        hidden = self.embeddings(input_ids, token_type_ids)
        mask = None
        # no mask at all when nothing is padding, as transformers does: SDPA then takes its fastest kernel. Under
        # torch.compile the mask is always applied, as transformers applies it there: reading the mask's values
        # to choose would break the graph (an all-true mask gives the same states)
        if attention_mask is not None and (torch.compiler.is_compiling() or not bool(attention_mask.all())):
            length = input_ids.shape[1]
            mask = attention_mask.bool()[:, None, None, :].expand(-1, 1, length, -1)
        states = [hidden] if output_hidden_states else None
        for layer in self.encoder.layer:
            hidden = layer(hidden, mask)
            if states is not None:
                states.append(hidden)
        return BertOutput(hidden, tuple(states) if states is not None else None)
