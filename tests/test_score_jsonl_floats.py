"""JSON Lines parts write each float32 score as the shortest decimal that reads back as it, so that they match the
Parquet parts' values and are no longer than they need be."""

from __future__ import annotations

import json
import re

import numpy as np
import pyarrow.parquet as pq

from framing.scale import read_manifest, score

ARTICLES = [
    {"id": "ML-001", "text": "The council met on Monday. Critics said the plan was rushed."},
    {"id": "ML-002", "text": "Officials denied the report. \"We never did that,\" a spokesperson said."},
    {"id": "ML-003", "text": "Prices rose 3.5 percent in March. It is a disgrace."},
]


def significant_digits(text: str) -> int:
    """The significant digits of a JSON number: ``0.003881187`` has 7, ``1.5e-05`` 2."""
    return len(text.split("e")[0].replace("-", "").replace(".", "").lstrip("0"))


def part_files(out):
    return [out / part["file"] for part in read_manifest(out)["parts"]]


def test_json_lines_scores_read_back_as_the_parquet_float32_values(tiny, tmp_path):
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in ARTICLES), encoding="utf-8")
    parquet, jsonl = tmp_path / "parquet", tmp_path / "jsonl"
    score(source, parquet, model=tiny, progress=False)
    score(source, jsonl, model=tiny, format="jsonl", progress=False)
    table = pq.read_table(part_files(parquet))
    lines = [line for path in part_files(jsonl) for line in path.read_text(encoding="utf-8").splitlines()]
    rows = [json.loads(line) for line in lines]
    floats32 = [field.name for field in table.schema if str(field.type) == "float"]
    assert [name for name in floats32 if name.startswith("score_")] == [f"score_{label}" for label in tiny.labels]
    for name in floats32:
        parquet_values = table.column(name).to_numpy(zero_copy_only=False)
        jsonl_values = np.array([row[name] for row in rows], dtype=np.float32)
        assert jsonl_values.tobytes() == parquet_values.tobytes(), name
        # each written as the shortest decimal of the float32 (numpy's), not the 17 digits of its float64
        texts = [re.search(rf'"{name}": ([^,}}]+)', line).group(1) for line in lines]
        assert [float(text) for text in texts] == [float(str(np.float32(value))) for value in parquet_values]
        assert max(map(significant_digits, texts)) <= 9, texts
