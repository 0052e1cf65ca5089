"""``framing summarize`` of several ``framing score`` outputs warns of a document read twice, by its doc_id."""

import csv
import logging

import framing
from framing.cli import main

_ARTICLES = [{"doc_id": "k-1", "body": "The Marl River Trust said the plant dumped waste."},
             {"doc_id": "k-2", "body": "Ines Varga said the depot was unsafe. The depot opened in 2001."}]


def _write(path, rows, columns=("doc_id", "body")):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns))
        writer.writeheader()
        writer.writerows(rows)


def test_summarize_warns_of_documents_a_second_score_output_holds_again(tmp_path, capsys, caplog, bundled):
    """A researcher adds articles to her CSV and scores the whole file into a new output, then sums up the old and
    the new outputs together: the old documents are counted twice; before, without a word."""
    _write(tmp_path / "week.csv", _ARTICLES[:1])
    _write(tmp_path / "week_plus.csv", _ARTICLES)
    for name in ("week", "week_plus"):
        framing.score(tmp_path / f"{name}.csv", tmp_path / name, model=bundled, text_column="body",
                      id_column="doc_id")
    with caplog.at_level(logging.WARNING, logger="framing"):
        code = main(["summarize", str(tmp_path / "week"), str(tmp_path / "week_plus"), "--format", "csv"])
    assert code == 0 and capsys.readouterr().out.splitlines()[1].startswith("3,")  # counted all the same
    warned = [r.getMessage() for r in caplog.records if "doc_id of a document read earlier" in r.getMessage()]
    assert warned == [f"1 document of a framing score output repeats the doc_id of a document read earlier from "
                      f"another (the first: 'k-1' of {tmp_path / 'week_plus'}, already read from {tmp_path / 'week'}), "
                      "and is counted again: give each document's output once (a corpus scored again into a new "
                      "output holds the documents of the old one)"]
    # outputs whose ids are record numbers ("0", "1" in every day's output) are not compared
    caplog.clear()
    _write(tmp_path / "day1.csv", [{"body": _ARTICLES[0]["body"]}], ["body"])
    _write(tmp_path / "day2.csv", [{"body": _ARTICLES[1]["body"]}], ["body"])
    for name in ("day1", "day2"):
        framing.score(tmp_path / f"{name}.csv", tmp_path / name, model=bundled, text_column="body")
    with caplog.at_level(logging.WARNING, logger="framing"):
        code = main(["summarize", str(tmp_path / "day1"), str(tmp_path / "day2"), "--format", "csv"])
    assert code == 0 and not [r for r in caplog.records if "doc_id of a document" in r.getMessage()]
