"""framing's own BERT encoder computes what transformers' BertModel computes, and spares a model load its imports."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import torch

from framing.base import base_encoder_dir
from framing.bert import Bert, BertSettings, plain_settings
from framing.errors import ModelError
from framing.model import ModelConfig, build_encoder, load_tokenizer

from conftest import TINY_ENCODER


def _transformers_bert(settings_or_dir, state=None):
    from transformers import AutoConfig, AutoModel, BertConfig, BertModel

    if state is None:
        config = AutoConfig.from_pretrained(str(settings_or_dir), local_files_only=True)
        config._attn_implementation = "sdpa"
        return AutoModel.from_pretrained(str(settings_or_dir), config=config, add_pooling_layer=False,
                                         local_files_only=True).eval()
    config = BertConfig(**settings_or_dir)
    config._attn_implementation = "sdpa"
    model = BertModel(config, add_pooling_layer=False)
    model.load_state_dict(state)
    return model.eval()


def _batch(seed: int, rows: int, length: int, vocab: int, padded: bool):
    """Token ids, a mask with each row padded to its own length (or none), and a second segment in each row."""
    generator = torch.Generator().manual_seed(seed)
    ids = torch.randint(5, vocab, (rows, length), generator=generator)
    mask = torch.ones(rows, length, dtype=torch.long)
    types = torch.zeros(rows, length, dtype=torch.long)
    for row in range(rows):
        used = int(torch.randint(3, length + 1, (), generator=generator)) if padded else length
        mask[row, used:] = 0
        ids[row, used:] = 0
        types[row, used // 2:used] = 1
    if padded:
        mask[0, :] = 1  # the longest row fills the batch, as the engine's batches do
        ids[0, :] = 7
    return ids, mask, types


def _assert_same_states(ours, theirs, ids, mask, types):
    with torch.inference_mode():
        mine = ours(input_ids=ids, attention_mask=mask, token_type_ids=types, output_hidden_states=True)
        reference = theirs(input_ids=ids, attention_mask=mask, token_type_ids=types, output_hidden_states=True)
    assert len(mine.hidden_states) == len(reference.hidden_states) == ours.config.num_hidden_layers + 1
    for layer, (got, want) in enumerate(zip(mine.hidden_states, reference.hidden_states)):
        torch.testing.assert_close(got, want, rtol=0, atol=1e-6, msg=f"hidden states of layer {layer}")
    torch.testing.assert_close(mine.last_hidden_state, reference.last_hidden_state, rtol=0, atol=1e-6)


@pytest.mark.parametrize("padded", [True, False])
def test_the_verified_base_gives_transformers_states_layer_by_layer(padded):
    config = ModelConfig(labels=("a", "b"))
    ours = build_encoder(config).eval()
    assert isinstance(ours, Bert)
    theirs = _transformers_bert(base_encoder_dir())
    assert sorted(ours.state_dict()) == sorted(theirs.state_dict())
    ids, mask, types = _batch(3, 5, 41, 30522, padded)
    _assert_same_states(ours, theirs, ids, mask, types)


def test_a_random_encoder_gives_transformers_states_with_the_same_weights_also_under_bf16_autocast():
    config = ModelConfig(labels=("a", "b"), base="random", encoder_config=dict(TINY_ENCODER))
    ours = build_encoder(config).eval()
    assert isinstance(ours, Bert) and ours.config.hidden_size == TINY_ENCODER["hidden_size"]
    theirs = _transformers_bert(dict(TINY_ENCODER), ours.state_dict())
    ids, mask, types = _batch(4, 6, 19, TINY_ENCODER["vocab_size"], True)
    _assert_same_states(ours, theirs, ids, mask, types)
    with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16):
        got = ours(input_ids=ids, attention_mask=mask, token_type_ids=types).last_hidden_state
        want = theirs(input_ids=ids, attention_mask=mask, token_type_ids=types).last_hidden_state
    torch.testing.assert_close(got.float(), want.float(), rtol=0, atol=1e-2)


def test_training_mode_drops_out_and_evaluation_mode_does_not():
    encoder = Bert(BertSettings(**TINY_ENCODER))
    ids, mask, types = _batch(5, 2, 12, TINY_ENCODER["vocab_size"], True)
    encoder.train()
    torch.manual_seed(0)
    first = encoder(ids, mask, types).last_hidden_state
    second = encoder(ids, mask, types).last_hidden_state
    assert not torch.equal(first, second)
    encoder.eval()
    assert torch.equal(encoder(ids, mask, types).last_hidden_state, encoder(ids, mask, types).last_hidden_state)


def test_a_random_encoder_starts_as_transformers_starts_one():
    encoder = Bert(BertSettings(**TINY_ENCODER, initializer_range=0.05))
    words = encoder.embeddings.word_embeddings.weight.detach()
    assert torch.count_nonzero(words[0]) == 0  # the padding token's row
    assert abs(float(words[1:].std()) - 0.05) < 0.005
    layer = encoder.encoder.layer[0]
    assert torch.count_nonzero(layer.attention.self.query.bias) == 0
    assert torch.equal(layer.output.LayerNorm.weight, torch.ones_like(layer.output.LayerNorm.weight))


@pytest.mark.parametrize("values", [
    {"hidden_act": "relu"},
    {"position_embedding_type": "relative_key"},
    {"is_decoder": True},
    {"is_decoder": True, "add_cross_attention": True},
    {"chunk_size_feed_forward": 4},
    {"model_type": "roberta"},
    {"rotary_dim": 8},  # a key this module does not know
])
def test_encoders_of_another_shape_are_left_to_transformers(values):
    assert plain_settings({**TINY_ENCODER, **values}) is None
    config = ModelConfig(labels=("a", "b"), base="random", encoder_config={**TINY_ENCODER, **values})
    if "model_type" not in values and "rotary_dim" not in values:
        encoder = build_encoder(config)
        assert type(encoder).__name__ == "BertModel"  # transformers', which builds that shape


def test_a_base_config_must_name_its_model_type_and_bookkeeping_keys_are_no_architecture():
    base = json.loads((base_encoder_dir() / "config.json").read_text())
    assert plain_settings(base, model_type_required=True) == BertSettings(
        hidden_size=384, num_hidden_layers=6, intermediate_size=1536)
    without = {k: v for k, v in base.items() if k != "model_type"}
    assert plain_settings(without, model_type_required=True) is None
    assert plain_settings(without) is not None


@pytest.mark.parametrize("values, message", [
    ({"hidden_size": "x"}, "hidden_size must be a positive integer, got 'x'"),
    ({"hidden_size": 30, "num_attention_heads": 4}, "hidden_size 30 is not a multiple of num_attention_heads 4"),
    ({"hidden_dropout_prob": 1.5}, "hidden_dropout_prob must be a number from 0 to 1"),
    ({"layer_norm_eps": 0}, "layer_norm_eps must be a positive number"),
    ({"pad_token_id": 10 ** 6}, "pad_token_id must be a token id below vocab_size"),
])
def test_bad_sizes_are_named_as_model_errors(values, message):
    config = ModelConfig(labels=("a", "b"), base="random", encoder_config={**TINY_ENCODER, **values})
    with pytest.raises(ModelError, match=f"does not describe a BERT encoder: {message}"):
        build_encoder(config)


def test_the_verified_base_s_tokenizer_splits_as_its_own_class_does():
    from transformers import AutoTokenizer

    ours = load_tokenizer(None, ModelConfig(labels=("a", "b")))
    theirs = AutoTokenizer.from_pretrained(str(base_encoder_dir()), local_files_only=True,
                                           clean_up_tokenization_spaces=False)
    text = "The ministry’s “denial” — naïve CAFÉ owners\tsaid 3,400 jobs (£12m) were lost.\u00a0Really?"
    assert ours(text, "A second segment.", return_offsets_mapping=True) == \
        theirs(text, "A second segment.", return_offsets_mapping=True)
    assert [ours.cls_token_id, ours.sep_token_id, ours.pad_token_id] == \
        [theirs.cls_token_id, theirs.sep_token_id, theirs.pad_token_id] == [101, 102, 0]
    assert ours.get_vocab() == theirs.get_vocab()


def test_the_verified_base_s_tokenizer_saves_as_a_bert_tokenizer_any_transformers_reads(tmp_path):
    """A user saving ``analyzer.tokenizer`` gets what transformers' BertTokenizerFast saved: ``do_lower_case``,
    and a class name that transformers 4.x knows too (the generic class's, ``TokenizersBackend``, it does not);
    AutoTokenizer reads the folder back to the same ids and offsets."""
    from transformers import AutoTokenizer

    ours = load_tokenizer(None, ModelConfig(labels=("a", "b")))
    assert ours.do_lower_case is True
    ours.save_pretrained(tmp_path)
    saved = json.loads((tmp_path / "tokenizer_config.json").read_text(encoding="utf-8"))
    assert saved["tokenizer_class"] in ("BertTokenizer", "BertTokenizerFast")
    assert saved["do_lower_case"] is True
    theirs = AutoTokenizer.from_pretrained(str(tmp_path), local_files_only=True)
    text = "The Mayor’s office said “no comment” to 3 ÉDITEURS\ton Tuesday."
    assert theirs(text, "Then it rained.", return_offsets_mapping=True) == \
        ours(text, "Then it rained.", return_offsets_mapping=True)
    assert theirs.do_lower_case is True
    assert list(theirs.model_input_names) == list(ours.model_input_names) == \
        ["input_ids", "token_type_ids", "attention_mask"]


def test_do_lower_case_is_settable_and_splits_nothing_differently_as_on_transformers_tokenizer(tmp_path):
    """4.x and 5.x let a user set ``do_lower_case`` on their BertTokenizerFast, read it back and save it, while the
    tokenizer.json's normalizer goes on lowercasing; framing's tokenizer does the same, not AttributeError."""
    from transformers import AutoTokenizer

    ours = load_tokenizer(None, ModelConfig(labels=("a", "b")))
    theirs = AutoTokenizer.from_pretrained(str(base_encoder_dir()), local_files_only=True)
    text = "The Harbour Board said ÉLAN Ferries had cancelled."
    before = ours(text, return_offsets_mapping=True)
    for tokenizer in (ours, theirs):
        tokenizer.do_lower_case = False
        assert tokenizer.do_lower_case is False
    assert ours(text, return_offsets_mapping=True) == before == theirs(text, return_offsets_mapping=True)
    ours.save_pretrained(tmp_path / "ours")
    theirs.save_pretrained(tmp_path / "theirs")
    saved = [json.loads((tmp_path / name / "tokenizer_config.json").read_text(encoding="utf-8"))["do_lower_case"]
             for name in ("ours", "theirs")]
    assert saved == [False, False]
    assert load_tokenizer(None, ModelConfig(labels=("a", "b"))).do_lower_case is True  # a fresh load is its own


def test_loading_the_bundled_model_imports_no_modelling_code_of_transformers():
    """Each command, Ray actor and worker process loads a model: transformers' BERT module would add about
    3.5 s of imports (torch.distributed, torch._dynamo, scipy) to each, and any of its model families' modules
    (AutoTokenizer's, or the BERT tokenizer's) its scan of them all, about 0.6 s."""
    done = subprocess.run(
        [sys.executable, "-c", "import sys, framing; analyzer = framing.load(); "
         "print(analyzer.analyze('Prices rose.').sentences[0].label in analyzer.labels); "
         "print(sorted(m for m in ('transformers.modeling_utils', 'transformers.models.bert.modeling_bert', "
         "'transformers.models', 'torch._dynamo', 'scipy.optimize') if m in sys.modules))"],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:2] == ["True", "[]"]


def test_a_base_with_older_layer_norm_names_loads_as_transformers_loads_it(tmp_path):
    """Older BERT checkpoints name layer norms' weights ``gamma`` and ``beta``: transformers renames them, so
    such a base is not refused as one whose weights its config.json does not fit."""
    from safetensors.torch import load_file, save_file

    config = ModelConfig(labels=("a", "b"), base="random", encoder_config=dict(TINY_ENCODER))
    original = build_encoder(config)
    original.save_pretrained(tmp_path)
    state = load_file(str(tmp_path / "model.safetensors"))
    renamed = {key.replace("LayerNorm.weight", "LayerNorm.gamma").replace("LayerNorm.bias", "LayerNorm.beta"): value
               for key, value in state.items()}
    assert renamed.keys() != state.keys()
    save_file(renamed, str(tmp_path / "model.safetensors"), metadata={"format": "pt"})
    loaded = build_encoder(ModelConfig(labels=("a", "b"), base=str(tmp_path)), tmp_path)
    got = loaded.state_dict()
    for key, value in original.state_dict().items():
        torch.testing.assert_close(got[key], value, rtol=0, atol=0, msg=key)


def test_a_base_lacking_a_weight_is_refused_naming_it(tmp_path):
    from safetensors.torch import load_file, save_file

    config = ModelConfig(labels=("a", "b"), base="random", encoder_config=dict(TINY_ENCODER))
    build_encoder(config).save_pretrained(tmp_path)
    state = load_file(str(tmp_path / "model.safetensors"))
    del state["encoder.layer.0.output.dense.bias"]
    save_file(state, str(tmp_path / "model.safetensors"), metadata={"format": "pt"})
    with pytest.raises(ModelError, match=r"its config.json asks for weights its model.safetensors lacks "
                                         r"\(1: encoder.layer.0.output.dense.bias\)"):
        build_encoder(ModelConfig(labels=("a", "b"), base=str(tmp_path)), tmp_path)


def test_a_null_pad_token_id_leaves_no_row_padding_s_as_transformers_does():
    """transformers gives a config whose pad_token_id is null no padding row: row 0 starts random and learns."""
    from transformers import BertConfig, BertModel

    values = {**TINY_ENCODER, "pad_token_id": None}
    theirs = BertModel(BertConfig(**values), add_pooling_layer=False).embeddings.word_embeddings
    ours = build_encoder(ModelConfig(labels=("a", "b"), base="random", encoder_config=values))
    words = ours.get_input_embeddings()
    assert words.padding_idx is theirs.padding_idx is None
    assert torch.count_nonzero(words.weight[0]) > 0
    hidden = ours(torch.tensor([[0, 5, 0]])).last_hidden_state
    (hidden * torch.randn_like(hidden)).sum().backward()  # a layer-normed state's plain sum has no gradient
    assert torch.count_nonzero(words.weight.grad[0]) > 0
    assert plain_settings({**TINY_ENCODER, "pad_token_id": 3}).pad_token_id == 3


def test_a_tokenizer_stored_with_a_model_is_read_without_the_base_package(tmp_path, monkeypatch):
    """A model folder holding its own tokenizer.json (a model trained on a base folder of its own) needs nothing
    of the verified base package to read it; before, checking whether it was that base's looked the package up."""
    import shutil

    import framing.model

    for name in ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt"):
        shutil.copy(base_encoder_dir() / name, tmp_path / name)

    def missing():
        raise ModelError("the base encoder package is not installed")

    monkeypatch.setattr(framing.model, "base_encoder_dir", missing)
    tokenizer = load_tokenizer(tmp_path, ModelConfig(labels=("a", "b"), base=str(tmp_path), base_sha256=None))
    assert tokenizer("Prices rose.")["input_ids"][0] == tokenizer.cls_token_id == 101


@pytest.mark.parametrize("hidden_act", ["gelu", "relu"], ids=["framing-bert", "transformers"])
@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16], ids=["fp16", "bf16"])
def test_a_half_precision_base_loads_as_float32_whichever_builds_it(tmp_path, hidden_act, dtype):
    """A user base saved in fp16 or bf16 (its config.json naming that torch_dtype) is built in float32 by framing's
    Bert (gelu) and by transformers (relu) alike, its weights widened exactly; transformers 5 kept the
    checkpoint's dtype, so the one base trained or ran in another precision than the other."""
    from safetensors.torch import load_file

    values = {**TINY_ENCODER, "hidden_act": hidden_act}
    build_encoder(ModelConfig(labels=("a", "b"), base="random", encoder_config=values)).to(dtype).save_pretrained(
        tmp_path)
    described = json.loads((tmp_path / "config.json").read_text(encoding="utf-8"))
    described["torch_dtype"] = str(dtype).removeprefix("torch.")
    (tmp_path / "config.json").write_text(json.dumps(described), encoding="utf-8")
    stored = load_file(str(tmp_path / "model.safetensors"))
    encoder = build_encoder(ModelConfig(labels=("a", "b"), base=str(tmp_path)), tmp_path)
    assert isinstance(encoder, Bert) == (hidden_act == "gelu")
    assert {value.dtype for value in encoder.state_dict().values() if value.is_floating_point()} == {torch.float32}
    for key, value in encoder.state_dict().items():
        if key in stored:
            assert stored[key].dtype == dtype
            torch.testing.assert_close(value, stored[key].float(), rtol=0, atol=0, msg=key)


@pytest.mark.parametrize("padded", [True, False])
def test_the_encoder_compiles_as_one_graph_and_gives_transformers_states(padded):
    """The engine's compile=True: choosing by the mask's values whether to pass it to SDPA broke the graph
    (fullgraph=True refused it); compiled, the mask is always passed, which changes no state. The "eager"
    backend traces the graph as inductor would, without its minutes of code generation."""
    config = ModelConfig(labels=("a", "b"), base="random", encoder_config=dict(TINY_ENCODER))
    ours = build_encoder(config).eval()
    theirs = _transformers_bert(dict(TINY_ENCODER), ours.state_dict())
    compiled = torch.compile(ours, fullgraph=True, dynamic=True, backend="eager")
    ids, mask, types = _batch(5, 4, 13, TINY_ENCODER["vocab_size"], padded)
    _assert_same_states(compiled, theirs, ids, mask, types)


@pytest.mark.parametrize("key", ["hidden_act", "hidden_dropout_prob", "attention_probs_dropout_prob", "layer_norm_eps",
                                 "position_embedding_type"])
def test_a_null_value_in_a_config_is_left_to_transformers_not_read_as_the_default(tmp_path, key):
    """A config.json stating null for the activation, a dropout or the position scheme does not build framing's
    Bert with the default in its place (other numerics than transformers': 4.x reads a null position scheme as no
    position embeddings); transformers builds it or, as transformers 5 does for all but the position scheme,
    refuses it, naming the key in a ModelError."""
    assert plain_settings({**TINY_ENCODER, key: None}) is None
    assert plain_settings({**TINY_ENCODER, "pad_token_id": None}) is not None
    build_encoder(ModelConfig(labels=("a", "b"), base="random", encoder_config=dict(TINY_ENCODER))).save_pretrained(
        tmp_path)
    described = json.loads((tmp_path / "config.json").read_text(encoding="utf-8"))
    (tmp_path / "config.json").write_text(json.dumps({**described, key: None}), encoding="utf-8")
    try:
        encoder = build_encoder(ModelConfig(labels=("a", "b"), base=str(tmp_path)), tmp_path)
    except ModelError as exc:
        assert key in str(exc)
    else:
        assert not isinstance(encoder, Bert)


@pytest.mark.parametrize("key", ["hidden_act", "layer_norm_eps", "hidden_size"])
def test_a_null_that_transformers_refuses_is_named_with_its_file_before_transformers_reads_it(
        tmp_path, monkeypatch, key):
    """transformers 4.x stores a null hidden_act and fails later with a bare KeyError (5.x refuses it in its config
    class): framing refuses it first, under either, naming the key and the config.json."""
    import transformers

    build_encoder(ModelConfig(labels=("a", "b"), base="random", encoder_config=dict(TINY_ENCODER))).save_pretrained(
        tmp_path)
    described = json.loads((tmp_path / "config.json").read_text(encoding="utf-8"))
    (tmp_path / "config.json").write_text(json.dumps({**described, key: None}), encoding="utf-8")

    def unreached(*args, **kwargs):
        raise AssertionError("transformers read a config framing should have refused")

    monkeypatch.setattr(transformers.AutoConfig, "from_pretrained", unreached)
    with pytest.raises(ModelError, match=f"{tmp_path / 'config.json'} states null for '{key}'"):
        build_encoder(ModelConfig(labels=("a", "b"), base=str(tmp_path)), tmp_path)


def test_a_null_position_scheme_or_pad_token_id_still_reaches_transformers(tmp_path):
    """The guard's negative case: nulls transformers 5 builds are not refused."""
    build_encoder(ModelConfig(labels=("a", "b"), base="random", encoder_config=dict(TINY_ENCODER))).save_pretrained(
        tmp_path)
    described = json.loads((tmp_path / "config.json").read_text(encoding="utf-8"))
    (tmp_path / "config.json").write_text(
        json.dumps({**described, "position_embedding_type": None, "pad_token_id": None}), encoding="utf-8")
    assert not isinstance(build_encoder(ModelConfig(labels=("a", "b"), base=str(tmp_path)), tmp_path), Bert)
