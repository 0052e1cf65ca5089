"""Hostile and odd input: every case either gives a clear error or a complete, exactly-offset result."""

import csv
import json
import os
import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import framing
import framing.report
from conftest import FUZZ_EXAMPLES, blank
from framing.data import read_table
from framing.errors import DataError
from framing.scale import open_input
from framing.segment import split_sentences
from framing.textio import read_text

ODD_TEXTS = {
    "mixed line endings": "First line here.\r\nSecond line.\rThird.\nFourth one.",
    "byte-order mark": "\ufeffThe ministry denied it. Prices rose.",
    "zero-width and controls": "The min\u200bistry\u200d said no.\x07 Prices\x0b rose. Tab\there.",
    "nul bytes": "The report\x00 was published. It said\x00 nothing.",
    "right-to-left": "قالت الوزارة إن التقرير كاذب. The ministry denied it.",
    "emoji": "Fans cheered 🎉🎉 after the win. The coach said it was “massive” 💪.",
    "html tags": "<p>The <b>ministry</b> denied the report.</p><p>Critics said it was <i>rushed</i>.</p>",
    "only punctuation": "... !!! ??? ...",
}


def check_offsets(doc):
    for sentence in doc.sentences:
        assert doc.text[sentence.start:sentence.end] == sentence.text
        for span in sentence.spans:
            assert doc.text[span.start:span.end] == span.text
    covered = {i for s in doc.sentences for i in range(s.start, s.end)}
    assert all(i in covered for i, ch in enumerate(doc.text) if not blank(ch))


@pytest.mark.parametrize("name", sorted(ODD_TEXTS))
def test_odd_text_keeps_exact_offsets(tiny, name):
    doc = tiny.analyze(ODD_TEXTS[name])
    assert doc.sentences
    check_offsets(doc)
    json.dumps(doc.to_dict())


def test_non_english_is_labelled_and_flagged(bundled):
    doc = bundled.analyze("Министерство отвергло обвинения. "
                          "外交部否认了这些指控。")
    assert doc.sentences and all(s.low_confidence for s in doc.sentences)
    assert all(s.label in bundled.labels for s in doc.sentences)
    english = bundled.classify(["The bill passed the Senate 52 to 48 on Thursday."])[0]
    assert not english.low_confidence


LATIN_SCRIPT = {
    "German": "Das Ministerium hat den Bericht als haltlos zurückgewiesen und will nicht mehr reden.",
    "Spanish": "El ministerio rechazó el informe como infundado y sin pruebas.",
    "French": "Le ministère a rejeté le rapport comme sans fondement.",
    "Italian": "Il ministero ha respinto il rapporto come infondato.",
    "Dutch": "De minister heeft het rapport afgewezen en wil niet reageren.",
}
ENGLISH_WITHOUT_FUNCTION_WORDS = [
    "Prices rose sharply in March across Europe.",
    "Shares jumped 5% on Monday in early trading.",
    "Mayor Bill de Blasio said the de facto ban in La Paz was lifted.",
    "Al Qaeda claimed the attack in Mosul, a Defense official said.",
]


def test_latin_script_foreign_text_is_flagged_and_english_is_not(tiny):
    from framing.language import looks_english

    flagged = tiny.classify(list(LATIN_SCRIPT.values()))
    assert [p.low_confidence for p in flagged] == [True] * len(LATIN_SCRIPT), list(LATIN_SCRIPT)
    assert not any(looks_english(t) for t in LATIN_SCRIPT.values())
    # English without the common function words, or with a foreign name in it, still passes
    assert all(looks_english(t) for t in ENGLISH_WITHOUT_FUNCTION_WORDS)


@pytest.mark.parametrize("blank", ["", "   \n\t", "\u200b\u2060 "])
def test_a_blank_sentence_is_flagged(tiny, blank):
    (prediction,) = tiny.classify([blank])
    assert prediction.low_confidence and prediction.label in tiny.labels


@pytest.mark.parametrize("texts,message", [
    ("The cat sat. Dogs ran.", "single str"),
    (b"The cat sat.", "single bytes"),
    ({"a": "The cat sat."}, "got a dict"),
    (None, "must be a sequence of str, got NoneType"),
    (5, "must be a sequence of str, got int"),
])
def test_a_lone_string_or_a_dict_is_refused_where_texts_belong(tiny, texts, message):
    with pytest.raises(TypeError, match=message):
        tiny.analyze_many(texts)  # refused at the call, before any iteration
    with pytest.raises(TypeError, match=message):
        tiny.classify(texts)


@pytest.mark.parametrize("call,message", [
    (lambda an: an.analyze("The quay flooded.", progres=True), r"^Analyzer\.analyze\(\) got an unexpected keyword "
                                                                r"argument 'progres' \(did you mean 'progress'\?\)$"),
    (lambda an: list(an.analyze_many(["The quay flooded."], reject=[])), r"'reject' \(did you mean 'rejects'\?\)$"),
    (lambda an: an.classify(["The quay flooded."], check_sentence=False), r"did you mean 'check_sentences'"),
    (lambda an: list(an.analyze_many(["The quay flooded."], batch_size=8)),
     r"'batch_size'; pass batch_tokens= to framing\.load, or set analyzer\.batch_tokens"),
    (lambda an: framing.load(devices="cpu"), r"^load\(\) .* 'devices' \(did you mean 'device'\?\)$"),
    (lambda an: framing.summarize([], topp=5), r"^summarize\(\) .* 'topp' \(did you mean 'top'\?\)$"),
    (lambda an: framing.report.render_html(an.analyze("The quay flooded."), tilte="x"), r"did you mean 'title'"),
    (lambda an: an.analyze("The quay flooded.", colour=True), r"^Analyzer\.analyze\(\) got an unexpected keyword "
                                                               r"argument 'colour'$"),
])
def test_a_mistyped_keyword_names_the_one_meant(tiny, call, message):
    with pytest.raises(TypeError, match=message):  # Python's own message says only that it is unexpected
        call(tiny)


def test_load_names_a_file_given_for_a_model_folder(tmp_path):
    path = tmp_path / "model.safetensors"
    path.write_bytes(b"not a folder")
    with pytest.raises(framing.ModelError, match="is a file"):
        framing.load(path)


@pytest.mark.parametrize("bad", [0, -5, 2.5, True])
def test_batch_tokens_must_be_a_positive_integer(tiny_dir, bad):
    with pytest.raises(framing.InputError, match="batch_tokens"):
        framing.load(tiny_dir, device="cpu", batch_tokens=bad)


def test_five_megabyte_single_paragraph_is_segmented_completely():
    """Segmentation of a huge paragraph, the part of analyze whose cost grows with the text; the model's
    side of a long document (chunks joined back) is tested in test_contract.py."""
    sentence = "The committee reviewed the budget figures for the coming year in detail. "
    text = sentence * (5_000_000 // len(sentence) + 1)
    bounds = split_sentences(text)
    assert len(bounds) == text.count(". ")
    step = len(sentence)
    assert bounds == [(k * step, (k + 1) * step - 1) for k in range(len(bounds))]  # every sentence, exactly


def test_five_megabyte_text_without_any_boundary(tiny):
    text = "word " * 1_000_000
    doc = tiny.analyze(text)
    assert len(doc.sentences) == 1 and doc.sentences[0].truncated
    assert doc.sentences[0].end == len(text.rstrip())


def test_same_input_same_labels_run_to_run(bundled):
    text = ODD_TEXTS["html tags"] + " The company dismissed the claims as baseless. This is reckless."
    first = [(s.label, round(s.confidence, 6)) for s in bundled.analyze(text).sentences]
    again = [(s.label, round(s.confidence, 6)) for s in framing.load(device="cpu").analyze(text).sentences]
    assert first == again


def test_csv_with_embedded_newlines_and_quotes(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text('text,label\n"He said ""no,""\nthen left.",a\n"Plain, with comma",b\n', encoding="utf-8")
    rows = read_table(path)
    assert rows == [{"text": 'He said "no,"\nthen left.', "label": "a"}, {"text": "Plain, with comma", "label": "b"}]


@pytest.mark.parametrize("body,message", [
    ('"a b",x\n"stray quote,y\n"c d",x\n', r"line 3: malformed CSV \(',' expected after '\"', on line 4\)"),
    ('"a b",x\n"stray quote,y\nc d,x\n', r"line 3: the quote opened on line 3 is never closed"),
    ('"a\nb","c\nd,y\n', r"line 2: the quote opened on line 3 is never closed"),
    ('a b,x\nc, d,y\n', r"line 3: has 3 fields but the header has 2"),
])
def test_csv_that_would_merge_or_split_rows_names_file_and_line(tmp_path, body, message):
    path = tmp_path / "d.csv"
    path.write_text("text,label\n" + body, encoding="utf-8")
    with pytest.raises(DataError, match=rf"d\.csv: {message}"):
        read_table(path)


@pytest.mark.parametrize("name,body,where", [
    ("d.csv", 'text,label\n"Two\nlines.",a\nOne.,b\n,a\n', "line 5"),
    ("d.jsonl", '{"text": "One.", "label": "a"}\n\n{"text": "", "label": "b"}\n', "line 3"),
])
def test_table_row_errors_name_the_file_and_line(tmp_path, name, body, where):
    from framing.data import table_examples

    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DataError, match=rf"^data: .*{name}: {where}: 'text' must be non-empty text, got ''$"):
        table_examples(path)


def test_label_kinds_clash_names_both_lines(tmp_path):
    from framing.data import table_examples

    path = tmp_path / "d.jsonl"
    path.write_text('{"text": "One.", "label": 1}\n{"text": "Two.", "label": "1"}\n', encoding="utf-8")
    with pytest.raises(DataError, match="line 2: 'label' is text \\('1'\\) but line 1 has an integer"):
        table_examples(path)


def test_a_folder_given_for_a_table_says_so(tmp_path):
    with pytest.raises(DataError, match="is a directory, expected a .csv, .jsonl or .parquet file"):
        read_table(tmp_path)


def test_jsonl_with_a_malformed_line_names_it(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"text": "ok", "label": "a"}\n{"text": "broken\n{"text": "ok2", "label": "b"}\n')
    with pytest.raises(DataError, match="line 2"):
        read_table(path)


def test_parquet_with_wrong_column_type(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from framing.data import table_examples

    path = tmp_path / "d.parquet"
    pq.write_table(pa.table({"text": [1, 2, 3], "label": ["a", "b", "a"]}), path)
    with pytest.raises(DataError, match=r"(?m)row 0: 'text' is int, expected a string$"):
        table_examples(path)


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_fuzz_table_readers_raise_only_data_errors(tmp_path, data):
    """Arbitrary bytes as CSV or JSONL: rows come back, or a DataError says why."""
    for suffix in (".csv", ".jsonl"):
        path = tmp_path / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            rows = read_table(path)
        except DataError:
            continue
        assert isinstance(rows, list) and all(isinstance(r, dict) for r in rows)


# The analyzer runs a model per example, so it takes three in ten of the fuzz count (60 by default).
@settings(max_examples=FUZZ_EXAMPLES * 3 // 10, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_fuzz_analyze_arbitrary_unicode(tiny, text):
    check_offsets(tiny.analyze(text))


def test_json_lines_records_never_hold_a_raw_line_separator():
    from framing.textio import json_line

    value = {"text": "one\u2028two\u2029three\x85four\nfive", "label": "café"}
    line = json_line(value)
    assert len(line.splitlines()) == 1 and "café" in line
    assert json.loads(line) == value


@pytest.mark.parametrize("call,error,message", [
    (lambda tmp: framing.score(None, out=tmp / "out"), TypeError,
     r"^input must be a file or folder path \(str or os.PathLike\), got NoneType$"),
    (lambda tmp: framing.score(tmp / "in.jsonl", out=None), TypeError,
     r"^out must be a folder path \(str or os.PathLike\), got NoneType$"),
    (lambda tmp: framing.score(tmp / "in.jsonl", out=""), framing.InputError, r"^out is empty; give a folder path$"),
    (lambda tmp: framing.train(5, output_dir=tmp / "m"), TypeError,
     r"^train must be a CSV, TSV, JSONL or Parquet file path \(str or os.PathLike\), a datasets.Dataset, "
     r"a pandas DataFrame or a list of row dicts, got int$"),
    (lambda tmp: framing.train([{"text": "a", "label": "x"}], eval=b"val.csv", output_dir=tmp / "m"), TypeError,
     r"^eval must be .*, got bytes$"),
    (lambda tmp: framing.train([{"text": "a", "label": "x"}], output_dir=None), TypeError,
     r"^output_dir must be a folder path \(str or os.PathLike\), got NoneType$"),
    (lambda tmp: framing.train("", output_dir=tmp / "m"), framing.InputError,
     r"^train is empty; give a CSV, TSV, JSONL or Parquet file path$"),
])
def test_score_and_train_name_a_bad_argument_and_the_types_accepted(tmp_path, call, error, message):
    (tmp_path / "in.jsonl").write_text('{"text": "Prices rose."}\n', encoding="utf-8")
    with pytest.raises(error, match=message):
        call(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]  # refused before anything was written


def _two_rows(folder):
    rows = folder / "rows.csv"
    rows.write_text("text,label\nThe ferry left at noon.,reported_fact\nWhat a shabby timetable.,editorial_opinion\n",
                    encoding="utf-8")
    return rows


#: Each public entry point that reads a path, called with ``gone`` (a path naming nothing) where that path
#: goes and usable values elsewhere; and the class it raised for a missing path before MissingFileError.
MISSING_PATH_CALLS = {
    "load": (lambda gone, tmp: framing.load(gone), framing.ModelError),
    "evaluate model": (lambda gone, tmp: framing.evaluate(gone, _two_rows(tmp)), framing.ModelError),
    "evaluate data": (lambda gone, tmp: framing.evaluate(None, gone), DataError),
    "train train": (lambda gone, tmp: framing.train(gone, output_dir=tmp / "m"), DataError),
    "train eval": (lambda gone, tmp: framing.train(_two_rows(tmp), gone, output_dir=tmp / "m"), DataError),
    "train base": (lambda gone, tmp: framing.train(_two_rows(tmp), output_dir=tmp / "m", base=str(gone)),
                   framing.ModelError),
    "score input": (lambda gone, tmp: framing.score(gone, tmp / "out"), framing.InputError),
    "score model": (lambda gone, tmp: framing.score(_two_rows(tmp), tmp / "out", model=gone), framing.ModelError),
    "read_table": (lambda gone, tmp: read_table(gone), DataError),
    "read_text": (lambda gone, tmp: read_text(str(gone)), framing.InputError),
    "open_input": (lambda gone, tmp: open_input(gone), framing.InputError),
}


@pytest.mark.parametrize("name", sorted(MISSING_PATH_CALLS))
def test_a_path_naming_nothing_raises_one_class_whichever_entry_point_reads_it(tmp_path, name):
    call, earlier = MISSING_PATH_CALLS[name]
    gone = tmp_path / "no-such-thing"
    with pytest.raises(framing.MissingFileError) as caught:
        call(gone, tmp_path)
    error = caught.value
    assert isinstance(error, FileNotFoundError) and isinstance(error, earlier)  # old handlers still catch it
    assert error.filename == str(gone) and str(gone) in str(error) and not str(error).startswith("[Errno")
    assert not (tmp_path / "m").exists() and not (tmp_path / "out").exists()


@pytest.mark.parametrize("base", ["framing-tests/no-such-encoder", "no-such-encoder"])
def test_a_train_base_that_may_be_a_hub_id_is_no_missing_path(tmp_path, monkeypatch, base):
    monkeypatch.chdir(tmp_path)  # so that no folder of that name is here
    with pytest.raises(framing.ModelError, match="nor in the local Hugging Face cache") as caught:
        framing.train(_two_rows(tmp_path), output_dir=tmp_path / "m", base=base)
    assert not isinstance(caught.value, FileNotFoundError)  # a hub id names no path that could be missing
    with pytest.raises(framing.MissingFileError) as caught:  # the same name given as a path is one
        framing.train(_two_rows(tmp_path), output_dir=tmp_path / "m", base=Path(base))
    assert caught.value.filename == base and not (tmp_path / "m").exists()


def test_a_missing_path_error_survives_pickling_with_its_class_message_and_path(tmp_path):
    gone = tmp_path / "no-such-thing.csv"
    with pytest.raises(framing.MissingFileError) as caught:
        read_table(gone)
    again = pickle.loads(pickle.dumps(caught.value))  # as a Ray worker's error reaches the driver
    assert type(again) is type(caught.value) and str(again) == str(caught.value) and again.filename == str(gone)


def test_a_path_that_exists_but_cannot_be_used_is_no_missing_path(tmp_path):
    with pytest.raises(framing.ModelError, match="has no weights.safetensors") as caught:
        framing.load(tmp_path)  # an empty folder
    assert not isinstance(caught.value, FileNotFoundError)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_given_for_a_table_is_refused_as_no_regular_file_not_as_missing(tmp_path):
    pipe = tmp_path / "rows.csv"
    os.mkfifo(pipe)
    with pytest.raises(DataError, match=r"rows\.csv: not a regular file; save the data to") as caught:
        read_table(pipe)
    assert not isinstance(caught.value, FileNotFoundError)


def test_a_training_table_reads_a_field_longer_than_csv_s_default_limit(tmp_path):
    article = "The council met. " * 12000  # about 200,000 characters, past csv's 131,072 default
    path = tmp_path / "long.csv"
    path.write_text(f'text,label\n"{article}",reported_fact\n', encoding="utf-8")
    earlier = csv.field_size_limit(131072)  # the default, whatever an earlier test raised it to
    try:
        assert read_table(path) == [{"text": article, "label": "reported_fact"}]
    finally:
        csv.field_size_limit(earlier)


def test_name_particles_do_not_make_an_english_sentence_look_foreign():
    from framing.language import looks_english

    assert looks_english("The mayor of La Paz met Ignacio de la Fuente on Monday.")
    assert not looks_english("El gobierno dijo que la ley es para los pobres y que no cambiará.")
    assert not looks_english("Das Ministerium hat den Bericht als haltlos zurückgewiesen.")


def test_a_run_of_particles_inside_a_name_is_the_name_s_even_when_a_name_opens_the_headline():
    from framing.language import looks_english

    # "de la" between two capitalised words is one name's; "Le" opening "Le Mans" is one marker only
    assert looks_english("Le Mans winner Rosa de la Vega retires at 41")
    assert looks_english("Tour champion Joost van der Meulen crashes out")
    assert looks_english("Rosa de los Santos wins in Oslo")
    # particles between lower-case words are still foreign words
    assert not looks_english("El equipo de la ciudad gana el título")


@pytest.mark.parametrize("kind,message", [
    ("DataFrame", r"got a DataFrame \(read as its column names\); pass the column of texts, e.g. df\['text'\]"),
    ("2-D array", "got a 2-dimensional ndarray"),
    ("set", "got a set, which is unordered"),
    ("frozenset", "got a frozenset, which is unordered"),
])
def test_a_table_a_set_or_a_two_dimensional_array_is_refused_where_texts_belong(tiny, kind, message):
    import numpy as np
    import pandas as pd

    texts = ["Prices rose.", "Rates fell."]
    make = {"DataFrame": lambda: pd.DataFrame({"text": texts}), "2-D array": lambda: np.array([texts]),
            "set": lambda: set(texts), "frozenset": lambda: frozenset(texts)}[kind]
    for call in (tiny.predict, tiny.predict_proba, tiny.classify, tiny.analyze_many):
        with pytest.raises(TypeError, match=message):
            call(make())


def test_a_column_of_texts_is_still_taken(tiny):
    import pandas as pd

    column = pd.DataFrame({"text": ["Prices rose.", "Rates fell."]})["text"]
    assert len(tiny.predict(column)) == len(tiny.classify(column.to_numpy())) == 2


@pytest.mark.parametrize("n_labels,cutoff", [(2, 2 / 3), (3, 5 / 9), (4, 0.5), (5, 7 / 15)])
def test_the_low_confidence_cutoff_is_a_third_of_the_way_from_uniform_to_certain(n_labels, cutoff):
    from framing.analyze import low_confidence_cutoff

    assert low_confidence_cutoff(n_labels) == pytest.approx(cutoff)
    assert low_confidence_cutoff(n_labels) == pytest.approx(1 / n_labels + (1 - 1 / n_labels) / 3)


ENGLISH_SENTENCES = ["The council voted to close the old library on Friday.",
                     "A spokesman for the bakery said the ovens were safe.",
                     "Neighbours insist the bridge repairs were rushed."]


@pytest.mark.parametrize("labels", [("calm", "alarm"), ("fact", "claim", "opinion"),
                                    ("a", "b", "c", "d", "e")])
def test_a_custom_label_model_flags_weak_labels_by_its_own_cutoff(tmp_path, labels):
    from conftest import make_tiny
    from framing.analyze import low_confidence_cutoff

    model = framing.load(make_tiny(tmp_path / "custom", labels=labels), device="cpu")
    predictions = model.classify(ENGLISH_SENTENCES)
    cutoff = low_confidence_cutoff(len(labels))
    assert [p.low_confidence for p in predictions] == [p.confidence < cutoff for p in predictions]
    # random weights stay near uniform: every guess is weak, two labels included (0.5 never flagged one)
    assert all(p.low_confidence for p in predictions), [p.scores for p in predictions]


def test_the_bundled_model_still_flags_below_one_half(bundled):
    from framing.language import looks_english

    text = (Path(__file__).resolve().parents[1] / "examples" / "overseas_offices.txt").read_text(encoding="utf-8")
    doc = bundled.analyze(text)
    expected = [s.confidence < 0.5 or not any(ch.isalpha() for ch in s.text) or not looks_english(s.text)
                for s in doc.sentences]
    assert any(expected) and not all(expected)
    assert [s.low_confidence for s in doc.sentences] == expected


@pytest.mark.parametrize("blank", ["", "   \n\t", "\u200b\u2060 "])
def test_predict_refuses_an_empty_or_blank_sentence_naming_it(tiny, blank):
    for call in (tiny.predict, tiny.predict_proba):
        with pytest.raises(framing.InputError, match=r"^sentences\[1\] is empty or blank"):
            call(["Prices rose.", blank, "Rates fell."])


def test_numpy_integers_are_taken_as_integers(tiny_dir):
    import numpy as np

    analyzer = framing.load(tiny_dir, device="cpu", batch_tokens=np.int64(512))
    assert analyzer.engine.batch_tokens == 512 and type(analyzer.engine.batch_tokens) is int
    with pytest.raises(framing.InputError, match="batch_tokens must be a positive integer"):
        framing.load(tiny_dir, device="cpu", batch_tokens=np.int64(0))


def test_analyze_refuses_a_progress_flag_that_is_not_true_or_false_as_its_siblings_do(tiny):
    with pytest.raises(TypeError, match="progress must be True or False, got str 'no'"):
        tiny.analyze("Prices rose.", progress="no")


def test_score_dataframe_names_a_column_argument_that_is_not_a_name(tiny):
    import pandas as pd

    from framing.scale import score_dataframe

    frame = pd.DataFrame({"text": ["Prices rose."]})
    with pytest.raises(TypeError, match="text_column must be a column name"):
        score_dataframe(frame, text_column=None, model=tiny)
    with pytest.raises(TypeError, match="id_column must be a column name"):
        score_dataframe(frame, id_column=3, model=tiny)


@pytest.mark.parametrize("missing, shown", [(None, "None"), (float("nan"), "nan")])
def test_analyze_many_names_a_missing_text_as_such_and_says_to_drop_it(tiny, missing, shown):
    """A gap in a pandas column is no text of the wrong type: the message says what it is and the fix."""
    import pandas as pd

    column = pd.Series(["The bridge reopened.", missing, "Traffic eased by evening."], dtype=object)
    got = []
    with pytest.raises(TypeError, match=rf"^texts\[1\] is a missing value \({shown}\), not a text: drop missing "
                       r"values first \(series\.dropna\(\)"):
        for doc in tiny.analyze_many(column):
            got.append(doc.text)
    assert got == ["The bridge reopened."]
    assert [d.text for d in tiny.analyze_many(column.dropna())] == ["The bridge reopened.", "Traffic eased by evening."]


@pytest.mark.parametrize("missing, shown", [(None, "None"), (float("nan"), "nan")])
def test_classify_and_predict_name_a_missing_sentence_as_analyze_many_does(tiny, missing, shown):
    """A pandas column of sentences with a gap in it: each entry point says it is a missing value to drop, not a
    sentence of the wrong type ("got float"), as analyze_many does for texts."""
    import pandas as pd

    column = pd.Series(["The ferry left at noon.", missing], dtype=object)
    expected = rf"^sentences\[1\] is a missing value \({shown}\), not a text: drop missing values first"
    for call in (tiny.classify, tiny.predict, tiny.predict_proba):
        with pytest.raises(TypeError, match=expected):
            call(column)
    with pytest.raises(TypeError, match=rf"^text is a missing value \({shown}\), not a text"):
        tiny.analyze(missing)


def test_predict_proba_reads_a_gap_among_contexts_as_no_context_and_says_to_decode_bytes(tiny):
    """A context column read by pandas has NaN where an article's first sentence has none: that is no context, as
    None is (docs/api.md); a context given as bytes gets the advice to decode it, as a text does."""
    import numpy as np

    sentences = ["The ferry left at noon.", "Its crew said the engine had failed."]
    np.testing.assert_array_equal(tiny.predict_proba(sentences, [float("nan"), "The ferry left at noon."]),
                                  tiny.predict_proba(sentences, [None, "The ferry left at noon."]))
    with pytest.raises(TypeError, match=r"^contexts\[1\] must be str or None, got bytes \(decode bytes first"):
        tiny.predict_proba(sentences, [None, b"The ferry left at noon."])


def test_classify_says_to_decode_bytes_as_analyze_does(tiny):
    """Bytes among sentences (a feed read in binary) get the advice to decode them, as a text given alone does."""
    with pytest.raises(TypeError, match=r"^sentences\[0\] must be str, got bytes \(decode bytes first"):
        tiny.classify([b"The ferry left at noon."])
