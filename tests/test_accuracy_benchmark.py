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
