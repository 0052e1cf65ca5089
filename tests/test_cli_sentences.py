"""``framing summarize --format sentences``: a scored corpus's sentences with the source each is credited to, as one
CSV that joins back to the input, without running the model again."""

import csv
import io
import json

import pytest

import framing
from framing.cli import main

_ARTICLES = [
    {"doc_id": "k-1", "outlet": "Harrow Ledger", "body": "The Marl River Trust said the plant dumped waste.\n\n"
                                                         "Tallis Water denied the allegations. \"These claims are "
                                                         "false,\" a spokesperson said."},
    {"doc_id": "k-2", "outlet": "Quill Daily", "body": "Ines Varga said the depot was unsafe.\n\n"
                                                       "The depot opened in 2001."},
]


def _run(args, capsys):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_summarize_writes_a_score_output_s_sentences_with_their_sources_and_the_input_s_columns(
        tmp_path, capsys, bundled):
    """A political scientist in R scores a CSV of articles and wants one table of sentences she can join back to
    her doc_id and outlet, each with the source it is credited to: sentence rows hold no source, so she had to
    score again at --level document and unpack each row's JSON list of credits by sentence_index."""
    corpus = tmp_path / "corpus.csv"
    with corpus.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["doc_id", "outlet", "body"])
        writer.writeheader()
        writer.writerows(_ARTICLES)
    framing.score(corpus, tmp_path / "scores", model=bundled, text_column="body", id_column="doc_id",
                  keep_columns=["outlet"], format="jsonl")
    code, out, err = _run(["summarize", str(tmp_path / "scores"), "--format", "sentences"], capsys)
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    labels = [f"score_{label}" for label in bundled.labels]
    assert list(rows[0]) == ["doc_id", "record", "outlet", "sentence_index", "start", "end", "text", "label",
                             *labels, "spans", "truncated", "low_confidence", "source", "source_display",
                             "unsourced", "denial_answers"]
    expected = []
    for record, article in enumerate(_ARTICLES):
        doc = bundled.analyze(article["body"])
        shown = {entry["source"]: entry["display"] for entry in doc.profile["sources"]}
        for index, (sentence, credit) in enumerate(zip(doc.sentences, doc.profile["credits"])):
            expected.append((article["doc_id"], str(record), article["outlet"], str(index), str(sentence.start),
                             sentence.text, sentence.label, credit or "", shown.get(credit, "")))
    assert [(row["doc_id"], row["record"], row["outlet"], row["sentence_index"], row["start"], row["text"],
             row["label"], row["source"], row["source_display"]) for row in rows] == expected
    assert any(row["source"] for row in rows) and json.loads(rows[0]["spans"]) is not None
    # it is no summary: --by and --top are refused
    code, out, err = _run(["summarize", str(tmp_path / "scores"), "--format", "sentences", "--by", "outlet"], capsys)
    assert (code, out) == (2, "") and "--by sums up sources; --format sentences" in err


def test_summarize_writes_analysed_records_sentences_after_their_file(tmp_path, capsys):
    """framing analyze --format json records give their sentences after the FILE their meta names."""
    from framing import Document, Sentence

    text = "Ines Varga said the depot was unsafe. The depot opened in 2001."
    parts = (("Ines Varga said the depot was unsafe.", "attributed_claim"), ("The depot opened in 2001.",
                                                                             "reported_fact"))
    sentences = [Sentence(part, text.index(part), text.index(part) + len(part), label,
                          {other: float(other == label) for other in framing.LABELS}) for part, label in parts]
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(Document(text, sentences, meta={"file": "a.txt"}).to_dict()) + "\n", encoding="utf-8")
    code, out, err = _run(["summarize", str(path), "--format", "sentences", "--out", str(tmp_path / "s.csv")], capsys)
    assert (code, out, err) == (0, "", "")
    rows = list(csv.DictReader((tmp_path / "s.csv").open(newline="", encoding="utf-8")))
    assert [(row["file"], row["sentence_index"], row["label"], row["source"], row["source_display"])
            for row in rows] == [("a.txt", "0", "attributed_claim", "ines varga", "Ines Varga"),
                                 ("a.txt", "1", "reported_fact", "", "")]


def _analysed(tmp_path, parts, labels=framing.LABELS):
    """A framing analyze record of ``parts`` (text, label), labelled by hand, as news.jsonl."""
    from framing import Document, Sentence

    text = "\n\n".join(part for part, _ in parts)
    sentences = [Sentence(part, text.index(part), text.index(part) + len(part), label,
                          {other: float(other == label) for other in labels}) for part, label in parts]
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(Document(text, sentences, meta={"file": "a.txt"}).to_dict()) + "\n", encoding="utf-8")
    return path


def test_sentence_rows_say_which_are_unsourced_and_which_claim_a_denial_answers(tmp_path, capsys):
    """A fact-checker lists a folder's unsourced evaluative sentences and its denial pairs with a spreadsheet's
    filter: each row says whether the profile counts it unsourced and, for a denial, which sentence it answers."""
    path = _analysed(tmp_path, [("The depot is a disgrace.", "editorial_opinion"),
                                ("Ines Varga said the depot was unsafe.", "attributed_claim"),
                                ('"It is a death trap," she said.', "attributed_claim"),
                                ("Corlen Transit denied that the depot was unsafe.", "official_denial"),
                                ("The depot opened in 2001.", "reported_fact")])
    code, out, err = _run(["summarize", str(path), "--format", "sentences"], capsys)
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0])[-4:] == ["source", "source_display", "unsourced", "denial_answers"]
    assert [(row["unsourced"], row["denial_answers"]) for row in rows] == [
        ("true", ""), ("false", ""), ("false", ""), ("false", "1"), ("false", "")]
    # a model without editorial_opinion cannot tell: empty, not false
    path = _analysed(tmp_path, [("The depot is a disgrace.", "verdict"), ("It opened in 2001.", "event")],
                     labels=("event", "verdict"))
    code, out, err = _run(["summarize", str(path), "--format", "sentences"], capsys)
    assert code == 0 and [row["unsourced"] for row in csv.DictReader(io.StringIO(out))] == ["", ""], err


def test_summarize_s_help_says_where_the_sentences_behind_its_figures_are_listed(capsys):
    """A fact-checker reading "unsourced evaluative sentences: 4" wants those sentences: --format sentences lists
    them (unsourced, denial_answers), but the help named only each row's source, so she looked for another command."""
    with pytest.raises(SystemExit):
        main(["summarize", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert ("whether it is one of the unsourced evaluative sentences (unsourced: true) or a denial and which sentence "
            "it answers (denial_answers), to list the sentences behind those figures") in shown, shown
    assert "framing summarize news.jsonl --format sentences --out sentences.csv # the sentences behind the figures" \
        in shown
