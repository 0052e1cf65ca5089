"""Where a trained model comes from and what it was told: a broken starting model named as loading names it,
the starting model recorded (path, fingerprint, chain), declared labels and their order, and the warnings
about classes and contexts that training and use would see differently."""

import logging
import shutil

import pytest

import framing
from framing.data import table_examples
from framing.model import CONFIG_NAME, WEIGHTS_NAME, folder_fingerprint, read_config

from test_train import make_rows

train = framing.train
import framing.training as training


class _Stop(Exception):
    """Raised in place of a step of training: the checks and warnings before it have run."""


def _stop_before_the_model(*args, **kwargs):
    raise _Stop


@pytest.mark.parametrize("missing", [WEIGHTS_NAME, CONFIG_NAME])
def test_a_framing_model_base_missing_one_file_is_refused_naming_that_file(tmp_path, tiny_dir, missing):
    broken = shutil.copytree(tiny_dir, tmp_path / "broken")
    (broken / missing).unlink()
    with pytest.raises(framing.ModelError) as raised:
        framing.load(broken)
    with pytest.raises(framing.ModelError) as trained:
        train(make_rows(30, 1), None, base=str(broken), output_dir=tmp_path / "m", epochs=1, progress=False)
    assert str(trained.value) == str(raised.value) == f"{broken} has no {missing}"
    assert not (tmp_path / "m").exists()


def test_given_labels_without_rows_warn_of_an_untrained_output_unless_the_head_is_kept(caplog):
    examples = table_examples(make_rows(30, 1), name="train")
    labels = ["money", "sport", "weather", "satire"]
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        training.check_labels(examples, None, labels, ("reported_fact", "attributed_claim"))
    assert "label(s) 'satire' have fewer than two training rows" in caplog.text
    assert "a label without training rows keeps an untrained output" in caplog.text
    assert "kept sentence head" not in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        training.check_labels(examples, None, labels, tuple(labels))  # the starting model's, in its order
    assert "the kept sentence head (the starting model's labels, in its order) keeps what it knew" in caplog.text
    assert "untrained output" not in caplog.text


def test_the_automatic_split_warns_of_a_declared_class_with_no_validation_sentence(tmp_path, tiny_dir,
                                                                                    monkeypatch, caplog):
    monkeypatch.setattr(training, "starting_model", _stop_before_the_model)
    with caplog.at_level(logging.WARNING, logger="framing.training"), pytest.raises(_Stop):
        train(make_rows(30, 1), None, labels=["money", "sport", "weather", "satire"], base=str(tiny_dir),
              output_dir=tmp_path / "m", epochs=1, progress=False)
    assert "the validation data has no sentence labelled 'satire':" in caplog.text


@pytest.mark.parametrize("context, reads, message", [
    ("The council met at dawn. Then the vote came.", 1,
     "the contexts hold 2 sentences (median) but the model reads 1 before each sentence"),
    ("The council met at dawn.", 2, "the contexts hold 1 sentence(s) (median) but the model reads 2"),
    ("The council met at dawn. Then the vote came.", 2, None),
    ("The council met at dawn.", 1, None),
])
def test_contexts_of_another_length_than_the_model_reads_are_warned_about(tmp_path, tiny_dir, monkeypatch, caplog,
                                                                           context, reads, message):
    monkeypatch.setattr(training, "_TrainBatches", _stop_before_the_model)  # the model is built: stop there
    rows = [dict(row, context=context) for row in make_rows(30, 2)]
    with caplog.at_level(logging.WARNING, logger="framing.training"), pytest.raises(_Stop):
        train(rows, None, base=str(tiny_dir), output_dir=tmp_path / "m", context_sentences=reads, epochs=1,
              progress=False)
    if message is None:
        assert "the contexts hold" not in caplog.text
    else:
        assert message in caplog.text
    if reads == 1 and message:  # the fix: rows of one sentence of context, or a model that reads two
        assert "training_rows(..., context_sentences=1)" in caplog.text
        assert "or pass context_sentences=2 for a model that reads as many" in caplog.text
        assert "--context-sentences" not in caplog.text


FIVE = "The council met at dawn. The vote came. Critics left. The mayor spoke. Rain fell."


@pytest.mark.parametrize("reads, advice, not_said", [
    (2, ", or pass context_sentences=4, the most a model reads", "for a model that reads as many"),
    (4, "context_sentences=4)) (4 is the most a model reads)", "or pass context_sentences"),
])
def test_contexts_longer_than_any_model_reads_are_advised_the_most_it_reads(tmp_path, tiny_dir, monkeypatch, caplog,
                                                                             reads, advice, not_said):
    """Contexts of 5 sentences: a model reads 4 at most, which is not "as many"; one that reads 4 already is not
    told to read 4."""
    monkeypatch.setattr(training, "_TrainBatches", _stop_before_the_model)
    rows = [dict(row, context=FIVE) for row in make_rows(30, 2)]
    with caplog.at_level(logging.WARNING, logger="framing.training"), pytest.raises(_Stop):
        train(rows, None, base=str(tiny_dir), output_dir=tmp_path / "m", context_sentences=reads, epochs=1,
              progress=False)
    assert f"the contexts hold 5 sentences (median) but the model reads {reads}" in caplog.text
    assert advice in caplog.text and not_said not in caplog.text


def test_a_continued_model_records_its_start_absolutely_with_fingerprint_and_chain(tmp_path, tiny_dir,
                                                                                   monkeypatch):
    first = shutil.copytree(tiny_dir, tmp_path / "model")
    read_config(first)  # a framing model folder, with no start of its own
    monkeypatch.chdir(tmp_path)
    before = folder_fingerprint(first)
    train(make_rows(30, 1), None, base="model", output_dir="model", overwrite=True, epochs=1, progress=False)
    extra = read_config(first).extra
    assert extra["started_from_model"] == {"path": str(first), "fingerprint": before}
    assert folder_fingerprint(first) != before  # the folder now holds the new model
    card = (first / "README.md").read_text(encoding="utf-8")
    assert (f"Started from the model this folder held before this run ({first}, fingerprint {before[:12]}), "
            "which this model replaced.") in card
    # continued again, into a new folder: the chain goes back through the replaced model
    middle = folder_fingerprint(first)
    train(make_rows(30, 1), None, base="model", output_dir="next", epochs=1, progress=False)
    record = read_config(tmp_path / "next").extra["started_from_model"]
    assert record == {"path": str(first), "fingerprint": middle, "started_from": extra["started_from"],
                      "started_from_model": extra["started_from_model"]}
    assert f"Started from {first}." in (tmp_path / "next" / "README.md").read_text(encoding="utf-8")


def test_a_datasets_class_label_order_is_the_model_s_label_order(tmp_path, tiny_dir):
    import datasets

    from framing.data import class_label_names

    names = ["weather", "money", "sport"]  # not sorted: the ids are the dataset's own
    rows = make_rows(30, 3)
    features = datasets.Features({"text": datasets.Value("string"), "label": datasets.ClassLabel(names=names)})
    data = datasets.Dataset.from_dict({"text": [r["text"] for r in rows],
                                       "label": [names.index(r["label"]) for r in rows]}, features=features)
    result = train(data, None, base=str(tiny_dir), output_dir=tmp_path / "m", epochs=1, progress=False)
    assert result.labels == tuple(names)
    assert framing.load(result.output_dir, device="cpu").labels == tuple(names)
    # a plain table, or a column that is no ClassLabel, declares no names
    assert class_label_names(rows, "label") is None and class_label_names(data, "text") is None


def test_a_class_label_reordering_the_starting_model_s_labels_keeps_its_head_and_order(tmp_path, caplog):
    import datasets

    from conftest import make_tiny

    model_order = ("sport", "money", "weather")
    base = make_tiny(tmp_path / "base", labels=model_order)
    names = ["money", "sport", "weather"]  # the same classes, the dataset's own id order
    rows = make_rows(30, 3)
    assert {r["label"] for r in rows} == set(names)
    features = datasets.Features({"text": datasets.Value("string"), "label": datasets.ClassLabel(names=names)})
    data = datasets.Dataset.from_dict({"text": [r["text"] for r in rows],
                                       "label": [names.index(r["label"]) for r in rows]}, features=features)
    with caplog.at_level(logging.WARNING, logger="framing.training"):
        result = train(data, None, base=str(base), output_dir=tmp_path / "m", epochs=1, progress=False)
    assert result.labels == model_order
    assert "the ClassLabel column orders the classes ['money', 'sport', 'weather']" in caplog.text
    assert "starting a new sentence head" not in caplog.text
