"""Corpus scoring with a headline column: the headline analysed apart from the body, the rows' ``part`` and
``headline_*`` columns, bad headline values, column errors, and resume refusing another headline column."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import framing
from framing.cli import main
from framing.furniture import page_furniture
from framing.scale import manifest_path, read_manifest, rejects_path, score, score_dataframe
from framing.scale.scoring import document_row, output_schema
from framing.segment import split_sentences

from test_score import one_thread, read_rows, write_jsonl  # noqa: F401 (one_thread: autouse fixture)

#: Headlines and bodies written for these tests; each headline is a single line ending without a stop, so
#: above its body with a blank line between it is page furniture.
ARTICLES = [
    {"id": "a1", "title": "Quarry owner fined over dust cloud at Brackenfold",
     "text": "The owner of the Brackenfold quarry was fined 40,000 pounds on Thursday. "
             "\"We have fitted new filters since,\" a company spokeswoman said. It is an insult to the village."},
    {"id": "a2", "title": "Ferry timetable cut for the winter",
     "text": "The island ferry will sail twice a day from November, the operator said. "
             "Residents called the change reckless. Tickets go on sale on Monday."},
    {"id": "a3", "title": "Tram depot plan stalls after council vote",
     "text": "Councillors voted 9 to 4 against the depot. The transport authority denied it had hidden the costs."},
    {"id": "a4", "title": "Orchard school reopens after flood repairs",
     "text": "Pupils returned to Orchard Lane primary on Tuesday."},
    {"id": "a5", "title": "Minister resigns. Deputy steps in",
     "text": "The deputy, Lena Oakes, said she would serve until an election. Few expected the move."},
]


@pytest.fixture(scope="module")
def articles_jsonl(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("headline") / "articles.jsonl", ARTICLES)


def _near_tie(scores: dict[str, float]) -> bool:
    """Whether the top two scores are too close for a label to survive the batch's last-digit noise."""
    top, second = sorted(scores.values(), reverse=True)[:2]
    return top - second < 1e-4


def _assert_same_sentences(rows: list[dict], sentences, labels, shift: int = 0) -> None:
    """``rows`` hold ``sentences``, offsets moved back by ``shift``; labels equal, scores within 1e-5."""
    assert [(r["start"] + shift, r["end"] + shift, r["text"]) for r in rows] == \
        [(s.start, s.end, s.text) for s in sentences]
    for row, s in zip(rows, sentences):
        assert all(abs(row[f"score_{label}"] - s.scores[label]) < 1e-5 for label in labels), (row, s)
        assert row["label"] == s.label or _near_tie(s.scores), (row, s)


# -- rows -------------------------------------------------------------------------

def test_body_rows_equal_the_body_of_the_headline_and_body_joined(articles_jsonl, tiny, tmp_path):
    """A headline above the copy is page furniture, so the joined text's body reads the same contexts: analysing
    the two apart gives the body the joined text's labels and scores, offsets moved back by the headline."""
    out = tmp_path / "out"
    summary = score(articles_jsonl, out, model=tiny, headline_column="title", progress=False)
    rows = read_rows(out)
    joined_texts = [a["title"] + "\n\n" + a["text"] for a in ARTICLES]
    joined = list(tiny.analyze_many(joined_texts))
    for article, text, doc in zip(ARTICLES, joined_texts, joined):
        mine = [r for r in rows if r["doc_id"] == article["id"]]
        heads = [r for r in mine if r["part"] == "headline"]
        body = [r for r in mine if r["part"] == "body"]
        assert mine == heads + body and heads, article["id"]  # the headline's rows first
        assert [r["sentence_index"] for r in heads] == list(range(len(heads)))
        assert [r["sentence_index"] for r in body] == list(range(len(body)))
        furniture = page_furniture(text, split_sentences(text))
        assert furniture[:len(heads)] == [True] * len(heads), article["id"]  # the precondition of the equivalence
        assert all(article["title"][r["start"]:r["end"]] == r["text"] for r in heads)
        assert all(article["text"][r["start"]:r["end"]] == r["text"] for r in body)
        # the headline's first sentence reads no context either way; a second one (a5) reads the first as the
        # text of its own it is here, where the joined text passed the furniture over
        _assert_same_sentences(heads[:1], doc.sentences[:1], tiny.labels)
        _assert_same_sentences(body, doc.sentences[len(heads):], tiny.labels, shift=len(article["title"]) + 2)
    assert summary.sentences == len(rows) == sum(len(d.sentences) for d in joined)
    assert [r["part"] for r in rows if r["doc_id"] == "a5"][:2] == ["headline", "headline"]


def test_the_equivalence_test_would_see_a_headline_read_as_context(tiny):
    """The control for the test above: a headline that is copy (it ends with a stop) is context for the body's
    first sentence, which then scores differently from the body alone."""
    article = ARTICLES[0]
    as_copy = tiny.analyze(article["title"] + ".\n\n" + article["text"])
    alone = tiny.analyze(article["text"])
    first, other = as_copy.sentences[1], alone.sentences[0]
    assert first.text == other.text
    assert max(abs(first.scores[k] - other.scores[k]) for k in tiny.labels) > 1e-4


def test_document_rows_hold_the_body_profile_and_the_headline_label(articles_jsonl, tiny, tmp_path):
    rows = {r["doc_id"]: r for r in read_rows(_scored(articles_jsonl, tiny, tmp_path, level="document"))}
    labels = tiny.labels
    for article in ARTICLES:
        row = rows[article["id"]]
        body = document_row(article["id"], tiny.analyze(article["text"]), labels)
        headline = tiny.analyze(article["title"]).sentences
        assert row["chars"] == len(article["text"]) and row["sentences"] == body["sentences"]
        for name in ("credits", "sources", "denials", "unsourced_sentences"):
            assert row[name] == body[name], (article["id"], name)
        assert all(math.isclose(row[f"share_{label}"], body[f"share_{label}"], abs_tol=1e-9) for label in labels)
        assert row["headline_sentences"] == len(headline)
        assert json.loads(row["headline_labels"]) == [s.label for s in headline]
        assert row["headline_label"] == headline[0].label
        assert row["headline_low_confidence"] == headline[0].low_confidence
        assert all(abs(row[f"headline_score_{label}"] - headline[0].scores[label]) < 1e-5 for label in labels)


def _scored(path: Path, tiny, tmp_path: Path, **options) -> Path:
    out = tmp_path / "scored"
    score(path, out, model=tiny, headline_column=options.pop("headline_column", "title"), progress=False, **options)
    return out


def test_output_schema_gains_the_headline_columns_only_when_asked():
    labels = ("fact", "opinion")
    assert output_schema("sentence", labels, headline=True).names[:3] == ["doc_id", "part", "sentence_index"]
    assert "part" not in output_schema("sentence", labels).names
    document = output_schema("document", labels, ["url"], headline=True)
    assert document.names[-7:] == ["headline_sentences", "headline_label", "headline_score_fact",
                                   "headline_score_opinion", "headline_low_confidence", "headline_labels", "url"]
    assert str(document.field("headline_score_fact").type) == "float"
    assert not any(name.startswith("headline") for name in output_schema("document", labels).names)


# -- headline values ----------------------------------------------------------------

BODY = "The library extended its opening hours on Saturday."


def test_a_missing_empty_or_placeholder_headline_is_none_and_a_non_string_is_a_reject(tiny, tmp_path):
    records = [
        {"id": "given", "title": "Library opens late on Saturdays", "text": BODY},
        {"id": "no_key", "text": BODY},
        {"id": "null", "title": None, "text": BODY},
        {"id": "blank", "title": "  \t", "text": BODY},
        {"id": "dash", "title": "\u2014", "text": BODY},
        {"id": "number", "title": 7, "text": BODY},
        {"id": "list", "title": ["Library", "hours"], "text": BODY},
        {"id": "surrogate", "title": "Library \ud800 hours", "text": BODY},
    ]
    out = _scored(write_jsonl(tmp_path / "values.jsonl", records), tiny, tmp_path)
    rows = read_rows(out)
    assert sorted({r["doc_id"] for r in rows}) == sorted(["given", "no_key", "null", "blank", "dash"])
    assert {r["doc_id"] for r in rows if r["part"] == "headline"} == {"given"}
    rejects = {r["id"]: r["reason"] for r in map(json.loads, rejects_path(out).read_text().splitlines())}
    assert rejects["number"] == "'title' is int, expected a string"
    assert rejects["list"] == "'title' is list, expected a string"
    assert rejects["surrogate"].startswith("'title' ") and set(rejects) == {"number", "list", "surrogate"}


def test_csv_and_parquet_headline_values(tiny, tmp_path):
    path = tmp_path / "values.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", "text"])
        writer.writerows([["given", "Reading room gets new lamps", BODY], ["empty", "", BODY]])
    with path.open("ab") as handle:
        handle.write(b"latin,Caf\xe9 closes early," + BODY.encode() + b"\n")
    out = _scored(path, tiny, tmp_path)
    assert {(r["doc_id"], r["part"]) for r in read_rows(out)} == {("given", "headline"), ("given", "body"),
                                                                    ("empty", "body")}
    reject = json.loads(rejects_path(out).read_text())
    assert reject["id"] == "latin" and reject["reason"].startswith("'title' is not valid UTF-8 (byte 0xe9")

    table = pa.table({"id": ["nan", "float", "null", "null_too"], "title": [math.nan, 1.5, None, None],
                      "text": [BODY] * 4})
    pq.write_table(table, tmp_path / "floats.parquet")
    out = tmp_path / "floats"
    score(tmp_path / "floats.parquet", out, model=tiny, headline_column="title", progress=False)
    assert {(r["doc_id"], r["part"]) for r in read_rows(out)} == {("nan", "body"), ("null", "body"),
                                                                    ("null_too", "body")}
    assert json.loads(rejects_path(out).read_text())["reason"] == "'title' is float, expected a string"


def test_strict_stops_at_a_non_string_headline(tiny, tmp_path):
    path = write_jsonl(tmp_path / "strict.jsonl", [{"id": "x", "title": {"main": "Hours"}, "text": BODY}])
    with pytest.raises(framing.DataError, match=r"record 0 \(line 1, id 'x'\): 'title' is dict, expected a string"):
        score(path, tmp_path / "out", model=tiny, headline_column="title", strict=True, progress=False)


def test_every_input_format_gives_the_same_headline_rows(articles_jsonl, tiny, tmp_path):
    expected = read_rows(_scored(articles_jsonl, tiny, tmp_path))
    with (tmp_path / "a.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "title", "text"])
        writer.writeheader()
        writer.writerows(ARTICLES)
    pq.write_table(pa.Table.from_pylist(ARTICLES), tmp_path / "a.parquet", row_group_size=2)
    import datasets

    datasets.Dataset.from_list(ARTICLES).save_to_disk(str(tmp_path / "saved"))
    for path in (tmp_path / "a.csv", tmp_path / "a.parquet", tmp_path / "saved"):
        out = tmp_path / f"out-{path.stem}-{path.suffix[1:]}"  # a folder: a name ending ".csv" is refused
        score(path, out, model=tiny, headline_column="title", progress=False)
        assert read_rows(out) == expected, path.name


def test_the_headline_column_can_also_be_kept(articles_jsonl, tiny, tmp_path):
    pq.write_table(pa.Table.from_pylist(ARTICLES), tmp_path / "a.parquet")
    titles = {a["id"]: a["title"] for a in ARTICLES}
    for path in (articles_jsonl, tmp_path / "a.parquet"):
        rows = read_rows(_scored(path, tiny, tmp_path / path.suffix[1:], keep_columns=["title"]))
        assert rows and all(r["title"] == titles[r["doc_id"]] for r in rows), path.name


# -- column errors --------------------------------------------------------------------

def test_a_headline_column_the_input_lacks_is_named_with_the_columns_there(articles_jsonl, tmp_path):
    pq.write_table(pa.Table.from_pylist(ARTICLES), tmp_path / "a.parquet")
    with (tmp_path / "a.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "title", "text"])
        writer.writeheader()
        writer.writerows(ARTICLES)
    for path in (articles_jsonl, tmp_path / "a.parquet", tmp_path / "a.csv"):
        with pytest.raises(framing.DataError, match=r"no headline column 'headline'; the columns are "
                                                    r"\['id', 'title', 'text'\]\. Pass headline_column=NAME "
                                                    r"to pick one"):
            score(path, tmp_path / "out", headline_column="headline", progress=False)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("options, role", [({"headline_column": "text"}, "text"),
                                           ({"headline_column": "title", "id_column": "title"}, "id")])
def test_a_headline_column_that_is_the_text_or_id_column_is_refused(options, role, articles_jsonl, tmp_path):
    with pytest.raises(framing.InputError, match=rf"headline_column '\w+' is also the {role} "
                                                 "column"):
        score(articles_jsonl, tmp_path / "out", progress=False, **options)


def test_the_default_id_column_cannot_be_the_headline_column(tmp_path):
    path = write_jsonl(tmp_path / "ids.jsonl", [{"id": "Library hours", "text": BODY}])
    with pytest.raises(framing.InputError, match=r"the headline column 'id' is also the id column"):
        score(path, tmp_path / "out", headline_column="id", progress=False)


def test_a_folder_of_text_files_has_no_headline_column(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(BODY, encoding="utf-8")
    with pytest.raises(framing.DataError, match=r"has no columns .*drop the headline column 'title'"):
        score(tmp_path / "in", tmp_path / "out", headline_column="title", progress=False)


def test_cli_passes_the_headline_column_and_refuses_kept_columns_named_like_its_output(articles_jsonl, tiny_dir,
                                                                                       tmp_path, capsys):
    out = tmp_path / "cli"
    code = main(["score", str(articles_jsonl), "--out", str(out), "--model", str(tiny_dir), "--quiet",
                 "--headline-column", "title", "--level", "document"])
    assert code == 0 and read_manifest(out)["settings"]["headline_column"] == "title"
    assert {r["doc_id"] for r in read_rows(out)} == {a["id"] for a in ARTICLES}
    code = main(["score", str(articles_jsonl), "--out", str(tmp_path / "kept"), "--headline-column", "title",
                 "--level", "document", "--keep-columns", "headline_label"])
    assert code == 2 and "cannot keep ['headline_label']" in capsys.readouterr().err
    code = main(["score", str(articles_jsonl), "--out", str(tmp_path / "missing"), "--headline-column", "dek"])
    assert code == 1 and "no headline column 'dek'" in capsys.readouterr().err


def test_a_kept_column_named_headline_beside_a_headline_column_is_refused_naming_both(articles_jsonl, tmp_path,
                                                                                      capsys):
    with pytest.raises(framing.InputError, match=r"^cannot keep 'headline' beside headline_column='title': .*"
                                                 r"meta\['headline'\].* leave it out of keep_columns$"):
        score(articles_jsonl, tmp_path / "py", headline_column="title", keep_columns=["headline"], progress=False)
    code = main(["score", str(articles_jsonl), "--out", str(tmp_path / "cli"), "--headline-column", "title",
                 "--keep-columns", "pub,headline"])
    err = capsys.readouterr().err
    assert code == 2 and "--keep-columns: cannot keep 'headline' beside --headline-column title:" in err, err
    assert not (tmp_path / "py").exists() and not (tmp_path / "cli").exists()


# -- resume ------------------------------------------------------------------------------

def _stopped_midway(tmp_path: Path, tiny, **options) -> tuple[Path, Path]:
    """An input whose record 4 has no text, and an unfinished output of a strict run that stopped there."""
    records = [dict(a, dek=a["title"].upper()) for a in ARTICLES] * 2
    records = [dict(r, id=f"{r['id']}-{k}") for k, r in enumerate(records)]
    records[4] = dict(records[4], text=None)
    path = write_jsonl(tmp_path / "stop.jsonl", records)
    out = tmp_path / "stopped"
    with pytest.raises(framing.DataError, match="stopped: 4 documents are committed"):
        score(path, out, model=tiny, strict=True, chunk_docs=2, progress=False, **options)
    return path, out


def test_resume_needs_the_same_headline_column_and_then_equals_an_uninterrupted_run(tiny, tmp_path):
    path, out = _stopped_midway(tmp_path, tiny, headline_column="title")
    for other, shown in (({"headline_column": "dek"}, "'dek'"), ({}, "None")):
        with pytest.raises(framing.DataError, match=rf"settings differ \(.*headline_column: then 'title', now {shown}"):
            score(path, out, model=tiny, chunk_docs=2, resume=True, progress=False, **other)
    resumed = score(path, out, model=tiny, chunk_docs=2, resume=True, progress=False, headline_column="title")
    assert resumed.resumed_documents == 4 and resumed.rejects == 1
    whole = tmp_path / "whole"
    score(path, whole, model=tiny, chunk_docs=2, progress=False, headline_column="title")
    assert read_rows(out) == read_rows(whole)


def test_an_output_made_without_a_headline_column_resumes_as_before(tiny, tmp_path):
    path, out = _stopped_midway(tmp_path, tiny)
    assert "headline_column" not in json.loads(manifest_path(out).read_text())["settings"]  # as before headlines
    with pytest.raises(framing.DataError, match=r"settings differ \(.*headline_column: then None, now 'title'"):
        score(path, out, model=tiny, chunk_docs=2, resume=True, progress=False, headline_column="title")
    resumed = score(path, out, model=tiny, chunk_docs=2, resume=True, progress=False)
    whole = tmp_path / "whole"
    score(path, whole, model=tiny, chunk_docs=2, progress=False)
    assert resumed.resumed_documents == 4 and read_rows(out) == read_rows(whole)
    assert "part" not in read_rows(out)[0]



def test_a_resume_without_the_headline_column_is_not_blamed_on_the_kept_columns(tiny, tmp_path):
    """The columns a headline column adds (``part``) differ with it: the refusal names the headline column, not
    the kept input columns, which are the same."""
    path, out = _stopped_midway(tmp_path, tiny, headline_column="title", keep_columns=["dek"])
    with pytest.raises(framing.DataError) as refused:
        score(path, out, model=tiny, chunk_docs=2, resume=True, progress=False, keep_columns=["dek"])
    assert "headline_column: then 'title', now None" in str(refused.value)
    assert "columns:" not in str(refused.value) and "keep_columns" not in str(refused.value)


def test_a_resume_refused_for_its_headline_column_names_the_kept_columns_that_differ_too(tiny, tmp_path):
    """Kept columns that differ beside the headline column are named with it, so that one retry is enough."""
    path, out = _stopped_midway(tmp_path, tiny, headline_column="title", keep_columns=["dek"])
    with pytest.raises(framing.DataError) as refused:
        score(path, out, model=tiny, chunk_docs=2, resume=True, progress=False, keep_columns=["id"])
    assert "headline_column: then 'title', now None" in str(refused.value)
    assert "columns: then also ['dek'], now also ['id'] (the input columns copied: keep_columns)" in str(refused.value)
    assert "'part'" not in str(refused.value)  # the column the headline column adds is not blamed on keep_columns

# -- score_dataframe -------------------------------------------------------------------

def test_score_dataframe_takes_a_headline_column(tiny, tmp_path):
    import pandas as pd

    records = ARTICLES[:3] + [{"id": "none", "title": None, "text": BODY}]
    df = pd.DataFrame(records).set_index("id")
    df.loc["none", "title"] = float("nan")  # as pandas reads an empty cell
    sentences = score_dataframe(df, model=tiny, level="sentence", headline_column="title")
    expected = read_rows(_scored(write_jsonl(tmp_path / "df.jsonl", records), tiny, tmp_path))
    assert sentences[["doc_id", "part", "sentence_index", "start", "end", "label"]].to_dict("records") == \
        [{k: r[k] for k in ("doc_id", "part", "sentence_index", "start", "end", "label")} for r in expected]
    documents = score_dataframe(df, model=tiny, headline_column="title", nested="objects")
    assert documents.loc["none", "headline_sentences"] == 0 and documents.loc["none", "headline_labels"] == []
    assert documents.loc["a1", "headline_sentences"] == 1 and documents.loc["a1", "title"] == ARTICLES[0]["title"]
    # no headline: its flag is null, as score writes it, not a confident False
    flags = documents["headline_low_confidence"]
    assert flags.isna().tolist() == [False, False, False, True] and str(flags.dtype) == "boolean"
    assert documents.loc["none", "headline_label"] is None or pd.isna(documents.loc["none", "headline_label"])
    with_all = score_dataframe(df.loc[["a1", "a2"]], model=tiny, headline_column="title")
    assert with_all["headline_low_confidence"].dtype == bool  # no null: the plain type, as before
    bad = df.assign(title=[ARTICLES[0]["title"], 3, None, None])
    with pytest.raises(framing.DataError, match=r"row 1 \(index 'a2'\): 'title' is int, expected a string"):
        score_dataframe(bad, model=tiny, headline_column="title")
    with pytest.raises(framing.DataError, match=r"no headline column 'dek'; the columns are \['title', 'text'\]"):
        score_dataframe(df, model=tiny, headline_column="dek")


@pytest.mark.parametrize("kind", ["jsonl", "csv", "parquet"])
def test_a_headline_column_not_named_is_warned_of_with_the_option_that_reads_it(kind, tmp_path, caplog):
    """A CMS export's "title" column, scored without headline_column, is in no document nor row: a warning names it
    and the option; before, the headlines were left out without a word. Kept or named, it is not warned of."""
    from framing.scale.readers import open_input, say_headline_is_not_read

    rows = [{"id": a["id"], "title": a["title"], "text": a["text"]} for a in ARTICLES[:2]]
    path = tmp_path / f"in.{kind}"
    if kind == "jsonl":
        write_jsonl(path, rows)
    elif kind == "csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        pq.write_table(pa.Table.from_pylist(rows), path)
    reader = open_input(path, text_column="text")
    assert "is not read" not in caplog.text  # reading an output back (summarize, report) is no time to say it
    say_headline_is_not_read(reader)
    assert "the column 'title' is not read" in caplog.text and "pass headline_column='title'" in caplog.text
    caplog.clear()
    say_headline_is_not_read(open_input(path, text_column="text", headline_column="title"))
    say_headline_is_not_read(open_input(path, text_column="text", keep_columns=("title",)))
    assert "is not read" not in caplog.text


def test_a_headline_column_left_unread_on_purpose_is_not_warned_of(tiny, tiny_dir, tmp_path, caplog, capsys):
    """headline_column=False (--no-headline-column) says no headline column is meant: the "title" column is left
    unread without the warning, which names that option, and the rows are those of a run without one."""
    rows = [{"id": a["id"], "title": a["title"], "text": a["text"]} for a in ARTICLES[:2]]
    path = write_jsonl(tmp_path / "in.jsonl", rows)
    score(path, tmp_path / "warned", model=tiny, progress=False)
    assert "pass headline_column='title', or headline_column=False to leave it unread" in caplog.text
    caplog.clear()
    score(path, tmp_path / "unread", model=tiny, progress=False, headline_column=False)
    assert "is not read" not in caplog.text
    assert read_rows(tmp_path / "unread") == read_rows(tmp_path / "warned")
    assert "headline_column" not in read_manifest(tmp_path / "unread")["settings"]  # resumes as without one
    command = ["score", str(path), "--model", str(tiny_dir), "--quiet", "--keep-columns", "id"]
    assert main([*command, "--out", str(tmp_path / "cli")]) == 0
    assert "pass --headline-column title, or --no-headline-column to leave it unread" in caplog.text
    caplog.clear()
    assert main([*command, "--out", str(tmp_path / "cli2"), "--no-headline-column"]) == 0
    assert "is not read" not in caplog.text
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main([*command, "--out", str(tmp_path / "cli3"), "--no-headline-column", "--headline-column", "title"])
    assert "not allowed with argument" in capsys.readouterr().err
