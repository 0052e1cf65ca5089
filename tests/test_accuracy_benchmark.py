"""benchmarks/accuracy.py's reference for the PolNeAR figure: which labelled sentences hold an attribution."""

import json

from conftest import load_benchmark


def test_polnear_attribution_flags_marks_sentences_overlapping_any_attribution_part(tmp_path):
    text = "The mayor said taxes will rise. Rain fell all day. Critics want a vote."
    rain = text.index("Rain")
    critics = text.index("Critics")
    article = {"id": "doc-1", "text": text, "attributions": [
        {"source": [[0, 9]], "cue": [[10, 14]], "content": [[15, 30]]},
        {"source": [[critics, critics + 7]], "cue": [], "content": []},  # a source alone still marks its sentence
    ]}
    other = {"id": "doc-2", "text": "Nothing here.", "attributions": []}
    polnear = tmp_path / "polnear"
    polnear.mkdir()
    (polnear / "train.jsonl").write_text("", encoding="utf-8")
    (polnear / "dev.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    (polnear / "test.jsonl").write_text(json.dumps(other) + "\n", encoding="utf-8")
    labels = tmp_path / "eval.jsonl"
    records = [
        {"corpus": "polnear", "doc": "doc-1", "start": 0, "end": 31},
        {"corpus": "polnear", "doc": "doc-1", "start": rain, "end": rain + len("Rain fell all day.")},
        {"corpus": "polnear", "doc": "doc-1", "start": critics, "end": len(text)},
        {"corpus": "basil", "doc": "doc-1", "start": 4, "end": 19},  # another corpus: not looked up in PolNeAR
    ]
    labels.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")

    flags = load_benchmark("accuracy").polnear_attribution_flags(tmp_path, labels)

    assert flags == {
        ("polnear:doc-1", "The mayor said taxes will rise."): True,
        ("polnear:doc-1", "Rain fell all day."): False,
        ("polnear:doc-1", "Critics want a vote."): True,
    }


def test_denial_contagion_probes_end_with_their_target_and_match_their_kind():
    """The benchmark reads each probe's last sentence as its target: the segmenter must cut it so."""
    from pathlib import Path

    from framing.segment import split_sentences

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "denial_contagion.jsonl"
    probes = [json.loads(line) for line in path.open(encoding="utf-8")]
    gold_of = {"third_party_claim": "attributed_claim", "writer_fact": "reported_fact",
               "denier_continues": "official_denial"}
    assert len({p["id"] for p in probes}) == len(probes) == 60
    for p in probes:
        bounds = split_sentences(p["text"])
        assert len(bounds) == 3, p["id"]
        assert p["text"][bounds[-1][0]:bounds[-1][1]] == p["target"], p["id"]
        assert p["gold"] == gold_of[p["kind"]], p["id"]
    assert sum(p["gold"] != "official_denial" for p in probes) == 40


def test_without_training_twins_leaves_out_sentences_trained_on_in_any_casing_punctuation_or_spacing():
    from framing.data import Example

    def row(text, group):
        return Example(text, None, frozenset(["reported_fact"]), group=group)

    rows = [row("The council voted to close the library.", "doc-1"),
            row("Editor's note: the mayor\nregularly  skips meetings", "doc-2"),  # trained on as below
            row("The ferry runs twice a day.\xa0", "doc-3"),  # a trailing no-break space
            row("The council voted to close the pool.", "doc-4")]  # one word apart: not a twin
    trained = ["EDITOR’S NOTE — The mayor regularly skips meetings.", "the ferry runs twice a day",
               "The bakery opened at dawn."]

    kept, twins = load_benchmark("accuracy").without_training_twins(rows, trained)

    assert [e.group for e in kept] == ["doc-1", "doc-4"]
    assert [e.group for e in twins] == ["doc-2", "doc-3"]
