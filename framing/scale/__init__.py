"""Corpus scoring at scale: streaming readers, chunked resumable output, helpers.

    >>> import framing
    >>> framing.score("articles.jsonl", "scores")   # scores/part-*.parquet, scores.manifest.json

See ``docs/scoring.md``. The Ray back end lives in :mod:`framing.ray`.
"""

from .helpers import DatasetLabeler, rows_frame, score_dataframe
from .outputs import scored_documents
from .readers import Record, open_input
from .scoring import ScoreSummary, document_row, output_schema, score, sentence_rows
from .writer import ForeignManifest, WriteFailed, manifest_path, read_manifest, rejects_path

__all__ = [
    "score",
    "ScoreSummary",
    "DatasetLabeler",
    "score_dataframe",
    "rows_frame",
    "scored_documents",
    "open_input",
    "Record",
    "output_schema",
    "sentence_rows",
    "document_row",
    "read_manifest",
    "rejects_path",
    "manifest_path",
    "ForeignManifest",
    "WriteFailed",
]
