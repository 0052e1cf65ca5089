"""framing: label news sentences as fact, attributed claim, official denial or editorial opinion.

    >>> import framing
    >>> analyzer = framing.load()
    >>> doc = analyzer.analyze("The ministry denied the report. It is a disgrace.")
    >>> [s.text for s in doc.sentences]
    ['The ministry denied the report.', 'It is a disgrace.']
    >>> doc.sentences[0].label in framing.LABELS
    True

Reference: docs/api.md (Python), docs/cli.md (the ``framing`` command), docs/scoring.md (corpora).
"""

from typing import TYPE_CHECKING as _TYPE_CHECKING

from .document import (LABELS, Document, DocumentRecord, Prediction, PredictionRecord, Profile, Sentence,
                       SentenceRecord, Span, SpanRecord)
from .errors import DataError, FramingError, InputError, IntegrityError, MissingFileError, ModelError

if _TYPE_CHECKING:  # imported on first use (see __getattr__), so that `import framing` does not load torch
    from .analyze import Analyzer, load
    from .evaluation import evaluate
    from .scale import score
    from .summary import Summary, summarize
    from .training import TrainResult, train

__all__ = [
    "load",
    "score",
    "summarize",
    "train",
    "TrainResult",
    "evaluate",
    "Analyzer",
    "Document",
    "Sentence",
    "Span",
    "Prediction",
    "Profile",
    "Summary",
    "DocumentRecord",
    "SentenceRecord",
    "SpanRecord",
    "PredictionRecord",
    "FramingError",
    "InputError",
    "ModelError",
    "IntegrityError",
    "DataError",
    "MissingFileError",
    "LABELS",
]

__version__ = "0.1.0"


#: What each name imported on first use comes from: these modules pull in torch, transformers or pyarrow
#: (``summary`` numpy, through the profile), which a command such as `framing --version` or a script that
#: only reads documents does not need.
_LAZY = {"Analyzer": "analyze", "load": "analyze", "evaluate": "evaluation", "score": "scale",
         "summarize": "summary", "Summary": "summary", "TrainResult": "training", "train": "training"}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value  # later lookups find it without coming here
        return value
    raise AttributeError(f"module 'framing' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({name for name in globals() if not name.startswith("_")} | {*_LAZY} | {"__version__"})

