"""Analysed documents back into training rows: the correct-and-retrain loop (framing.data.training_rows), and
the hint a training table with document offsets gets."""

import csv
import dataclasses
import json

import numpy as np
import pytest

import framing
from framing.analyze import DEFAULT_MODEL_DIR
from framing.cli import main
from framing.data import table_examples, training_rows, write_training_rows
from framing.document import Document, Sentence, Span
from framing.errors import DataError, InputError
from framing.model import read_config
from framing.segment import split_sentences

#: An invented article: a claim, a quotation, a denial and the writer's opinion.
ARTICLE = ("Port officials said on Friday that the new ferry terminal at Saltmere would open in May. "
           '"We are ready for the crowds," said Ilse Varn, the harbour director. '
           "The town council denied that the terminal's budget had doubled. "
           "Such careless spending is a disgrace that residents will not forget.")
LABELS_IN_ORDER = ("attributed_claim", "attributed_claim", "official_denial", "editorial_opinion")
#: Phrases marked in each sentence, by type.
MARKED = ({"source": "Port officials", "cue": "said"}, {"source": "Ilse Varn", "cue": "said"},
          {"source": "The town council", "cue": "denied"}, {"loaded": "careless spending"})


def _sentence(text, start, end, label, marked):
    spans = sorted((Span(kind, text.index(phrase, start), text.index(phrase, start) + len(phrase), phrase)
                    for kind, phrase in marked.items()), key=lambda span: span.start)
    scores = {name: float(name == label) for name in framing.LABELS}
    return Sentence(text[start:end], start, end, label, scores, spans)


def article(text=ARTICLE):
    """The article as a hand-labelled Document, spans at document offsets as analysis gives them."""
    bounds = split_sentences(text)
    assert len(bounds) == len(LABELS_IN_ORDER)
    return Document(text, [_sentence(text, start, end, label, marked)
                           for (start, end), label, marked in zip(bounds, LABELS_IN_ORDER, MARKED)])


def _learned(examples):
    """What training learns from each example, without where it was read (an empty context, as a CSV cell
    reads, is none: the model reads no context for either)."""
    return [(e.text, e.context or None, e.allowed, e.spans, e.span_known) for e in examples]


@pytest.mark.parametrize("ending", [".jsonl", ".csv"])
def test_written_rows_read_back_as_the_documents_sentences_labels_and_spans(tmp_path, ending):
    doc = article()
    path = tmp_path / f"rows{ending}"
    assert write_training_rows(path, [doc, doc.to_dict()]) == 2 * len(doc.sentences)
    examples = table_examples(path, name="train")
    assert _learned(examples) == _learned(table_examples(training_rows([doc, doc]), name="train"))
    for example, sentence in zip(examples, doc.sentences + doc.sentences):
        assert example.text == sentence.text and example.label == sentence.label
        assert [example.text[start:end] for _, start, end in example.spans] == [s.text for s in sentence.spans]
        assert [kind for kind, _, _ in example.spans] == [s.type for s in sentence.spans]
        assert example.span_known == {"source", "cue", "loaded"}


def test_context_is_the_sentences_before_as_many_as_the_bundled_model_reads():
    doc = article()
    count = read_config(DEFAULT_MODEL_DIR).context_sentences
    assert count == 2  # as the docs say
    rows = training_rows([doc])
    assert rows[0]["context"] is None
    s = doc.sentences
    assert rows[1]["context"] == s[0].text
    assert rows[3]["context"] == ARTICLE[s[1].start:s[2].end]  # two sentences and the space between
    assert training_rows([doc], context_sentences=1)[3]["context"] == s[2].text


def test_each_document_starts_its_own_context():
    rows = training_rows([article(), article()])
    assert rows[len(LABELS_IN_ORDER)]["context"] is None


def test_rows_carry_the_analyzers_contexts(tiny):
    doc = tiny.analyze(ARTICLE)
    rows = training_rows([doc], context_sentences=tiny.model.config.context_sentences)
    texts = [row["text"] for row in rows]
    scores = tiny.predict_proba(texts, [row["context"] for row in rows])
    expected = np.array([[s.scores[label] for label in tiny.labels] for s in doc.sentences])
    np.testing.assert_allclose(scores, expected, atol=1e-5)
    # the check can tell: other contexts give other scores
    assert not np.allclose(tiny.predict_proba(texts, [None] * len(texts)), expected, atol=1e-5)


def test_hand_corrections_are_what_the_rows_teach():
    doc = article()
    first = doc.sentences[0]
    corrected = dataclasses.replace(first, label="reported_fact",
                                    spans=[span for span in first.spans if span.type != "cue"])
    doc = dataclasses.replace(doc, sentences=[corrected, *doc.sentences[1:]])
    row = training_rows([doc])[0]
    assert row["label"] == "reported_fact"
    assert [span["type"] for span in row["spans"]] == ["source"]


def test_keep_chooses_the_rows_while_every_sentence_still_gives_context(tmp_path):
    doc = article()
    seen = []

    def keep(position, sentence):
        seen.append((position, sentence))
        return position != 2

    rows = training_rows([doc, doc.to_dict()], keep=keep)
    every = training_rows([doc])
    assert rows == 2 * [every[0], every[1], every[3]]
    assert seen == 2 * list(enumerate(doc.sentences))
    s = doc.sentences
    assert rows[2]["context"] == ARTICLE[s[1].start:s[2].end]  # the sentence left out is in its follower's context
    path = tmp_path / "rows.jsonl"
    assert write_training_rows(path, [doc], keep=lambda position, sentence: sentence.label == "official_denial") == 1
    assert _learned(table_examples(path)) == _learned(table_examples([every[2]]))


def test_a_blank_sentence_left_out_with_keep_gives_context_but_no_row():
    scores = {name: 0.25 for name in framing.LABELS}
    doc = Document("Rain fell.   Roads shut.", [Sentence("Rain fell.", 0, 10, "reported_fact", scores),
                                                Sentence("  ", 11, 13, "reported_fact", scores),
                                                Sentence("Roads shut.", 13, 24, "reported_fact", scores)])
    rows = training_rows([doc], context_sentences=1, keep=lambda position, sentence: bool(sentence.text.strip()))
    assert [(row["text"], row["context"]) for row in rows] == [("Rain fell.", None), ("Roads shut.", "  ")]


def test_keep_must_be_a_function():
    with pytest.raises(TypeError, match=r"keep must be a function of \(position, sentence\) or None, got set"):
        training_rows([article()], keep={0, 2})


def test_a_label_the_model_lacks_is_taught_by_a_sentence_whose_scores_are_emptied(tmp_path):
    """The correct-and-retrain docs' way: the model's scores cover its own labels only, so the sentence given
    a new label by hand drops them; the document, saved and read back, trains on the new label."""
    doc = article()
    satire = dataclasses.replace(doc.sentences[3], label="satire", scores={})
    corrected = dataclasses.replace(doc, sentences=[*doc.sentences[:3], satire])
    saved = json.loads(json.dumps(corrected.to_dict()))
    assert Document.from_dict(saved) == corrected
    path = tmp_path / "rows.csv"
    assert write_training_rows(path, [saved], keep=lambda position, sentence: not sentence.scores) == 1
    (example,) = table_examples(path, name="train")
    assert (example.text, example.label) == (satire.text, "satire")
    assert example.context == ARTICLE[doc.sentences[1].start:doc.sentences[2].end]
    assert [example.text[start:end] for _, start, end in example.spans] == ["careless spending"]
    # the same edit in a saved analysis: the label changed and the scores emptied
    record = doc.to_dict()
    record["sentences"][3].update(label="satire", scores={})
    assert training_rows([record]) == training_rows([corrected])


def test_without_spans_the_rows_teach_labels_alone(tmp_path):
    path = tmp_path / "rows.csv"
    write_training_rows(path, [article()], spans=False)
    with open(path, newline="", encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == ["text", "label", "context"]
    assert all(not e.span_known and not e.spans for e in table_examples(path))


def test_a_sentence_inside_a_later_one_keeps_offsets_from_its_own_start():
    doc = article()
    rows = training_rows([doc])
    third = doc.sentences[2]
    assert third.start > 0
    span = rows[2]["spans"][0]
    assert third.text[span["start"]:span["end"]] == span["text"] == "The town council"


@pytest.mark.parametrize("documents, message", [
    (article(), "single Document"),
    (article().to_dict(), r"got a dict: wrap one Document.to_dict\(\) record in a list"),
    ({"week 12": article()}, r"pass the values of a mapping of documents \(list\(d.values\(\)\)\)"),
    ("some text", "got str"),
    (42, "got int"),
])
def test_a_document_where_documents_belong_raises_type_error(documents, message):
    with pytest.raises(TypeError, match=message):
        training_rows(documents)


def _broken(**changes):
    """The article's record with its second sentence changed: a Document refuses such a sentence when it is
    made, so a bad one reaches training_rows as a record (read back from JSON, say)."""
    record = article().to_dict()
    record["sentences"][1].update(changes)
    return record


ILSE = ARTICLE.index("Ilse")


@pytest.mark.parametrize("documents, message", [
    ([article(), "text"], r"documents\[1\] must be a framing Document"),
    ([{"text": "x"}], r"documents\[0\]: not a Document.to_dict\(\) record"),
    ([_broken(start=3)], r"documents\[0\]: sentences\[1\]: offsets 3:"),
    ([_broken(label=" ")], r"documents\[0\]: sentences\[1\]: label ' ' is not one of the labels"),
    ([_broken(spans=[Span("actor", ILSE, ILSE + 4, "Ilse").to_dict()])], r"sentences\[1\]\.spans\[0\]: type 'actor'"),
    ([_broken(spans=[Span("source", 0, 4, "Port").to_dict()])], r"sentences\[1\]\.spans\[0\]: offsets 0:4"),
])
def test_a_document_training_could_not_read_is_refused_naming_it(documents, message):
    with pytest.raises(InputError, match=message):
        training_rows(documents)


def test_sentences_out_of_order_are_refused():
    record = article().to_dict()
    record["sentences"][:2] = record["sentences"][1::-1]
    with pytest.raises(InputError, match=r"documents\[0\]: sentences\[1\]: offsets 0:\d+ lie outside the text, after"):
        training_rows([record])


@pytest.mark.parametrize("count", [0, 5, True, 1.5, "2"])
def test_an_unusable_context_length_is_refused(count):
    with pytest.raises(InputError, match="context_sentences must be an integer from 1 to"):
        training_rows([article()], context_sentences=count)


def test_spans_must_be_a_flag():
    with pytest.raises(TypeError, match="spans must be True or False"):
        training_rows([article()], spans="no")


def test_a_file_of_another_kind_or_where_none_can_be_written_is_refused(tmp_path):
    with pytest.raises(InputError, match=r"ending '\.txt'.*\.jsonl or \.csv"):
        write_training_rows(tmp_path / "rows.txt", [article()])
    with pytest.raises(InputError, match="cannot write the rows"):
        write_training_rows(tmp_path / "missing" / "rows.jsonl", [article()])
    assert not (tmp_path / "rows.txt").exists()


def _analysis_table(path, doc, start_column=True):
    """A table as `framing analyze --format csv` writes one: spans at document offsets."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["index", "start", "label", "text", "spans"] if start_column else ["label", "text", "spans"])
        for index, sentence in enumerate(doc.sentences):
            spans = json.dumps([span.to_dict() for span in sentence.spans])
            place = [index, sentence.start] if start_column else []
            writer.writerow([*place, sentence.label, sentence.text, spans])
    return path


def test_document_offsets_in_a_training_table_are_named_with_the_way_to_convert_them(tmp_path):
    path = _analysis_table(tmp_path / "analysis.csv", article())
    with pytest.raises(DataError, match=r"line 3: spans\[0\].*look like document offsets.*training_rows"):
        table_examples(path, name="train")


def test_without_a_start_column_the_offset_error_says_nothing_of_documents(tmp_path):
    path = _analysis_table(tmp_path / "analysis.csv", article(), start_column=False)
    with pytest.raises(DataError, match=r"line 3: spans\[0\]") as error:
        table_examples(path, name="train")
    assert "document offsets" not in str(error.value)


def test_document_offsets_that_land_inside_the_sentence_get_the_hint_too(tmp_path):
    # a long second sentence: its spans' document offsets still fall inside it, on other words
    text = ("Rain fell. " + "Officials of the regional water board said that the reservoir above "
            "the valley held enough water for the whole summer season, barring a drought.")
    start, end = split_sentences(text)[1]
    sentence = Sentence(text[start:end], start, end, "attributed_claim",
                        {name: 0.25 for name in framing.LABELS},
                        [Span("cue", text.index(" said") + 1, text.index(" said") + 5, "said")])
    doc = Document(text, [_sentence(text, *split_sentences(text)[0], "reported_fact", {}), sentence])
    path = _analysis_table(tmp_path / "analysis.csv", doc)
    with pytest.raises(DataError, match=r"says 'said' but the text there is .*document offsets"):
        table_examples(path, name="train")


def test_framing_analyze_csv_fed_to_framing_train_names_the_conversion(tmp_path, tiny_dir, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["analyze", str(tmp_path / "a.txt"), "--format", "csv", "--out", str(tmp_path / "a.csv"),
                 "--model", str(tiny_dir)]) == 0
    # the tiny model's weights are fixed, so it tags spans here; without them the error under test cannot arise
    assert any(json.loads(row["spans"]) for row in list(csv.DictReader(open(tmp_path / "a.csv")))[1:])
    code = main(["train", "--train", str(tmp_path / "a.csv"), "--out", str(tmp_path / "m"),
                 "--base", str(tiny_dir)])
    assert code == 1
    assert "framing.data.training_rows" in capsys.readouterr().err


def test_a_blank_sentence_is_refused_as_nothing_to_learn_from():
    scores = {name: 0.25 for name in framing.LABELS}
    doc = Document("Rain fell.   ", [Sentence("Rain fell.", 0, 10, "reported_fact", scores),
                                     Sentence("  ", 11, 13, "reported_fact", scores)])
    with pytest.raises(InputError, match=r"documents\[0\]\.sentences\[1\]: is blank"):
        training_rows([doc], context_sentences=2)


def test_a_score_output_s_documents_give_the_training_rows_of_the_analysed_documents(tiny, tmp_path):
    """A data team retrains from its scored archive: the rows of framing.scale.scored_documents (contexts as analyze
    builds them, spans at sentence offsets) are those of the same articles analysed."""
    articles = ["Tom Vask said the ferry was late.\n\nThe council denied it. The delay is a scandal.",
                "The pier opened in 2001. Dan Orr said it was unsafe."]
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"a{k}", "text": t}) + "\n" for k, t in enumerate(articles)),
                      encoding="utf-8")
    framing.score(corpus, tmp_path / "scores", model=tiny)
    rows = training_rows(framing.scale.scored_documents(tmp_path / "scores"))
    assert rows == training_rows(tiny.analyze(text) for text in articles) and len(rows) == 5
