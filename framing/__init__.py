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

from .analyze import Analyzer, load
from .document import LABELS, Document, Prediction, Sentence, Span
from .errors import DataError, FramingError, InputError, IntegrityError, ModelError
from .evaluate import evaluate
from .train import TrainResult, train

__all__ = [
    "load",
    "score",
    "train",
    "TrainResult",
    "evaluate",
    "Analyzer",
    "Document",
    "Sentence",
    "Span",
    "Prediction",
    "FramingError",
    "InputError",
    "ModelError",
    "IntegrityError",
    "DataError",
    "LABELS",
]

__version__ = "0.1.0"


def __getattr__(name: str):
    # framing.score is imported on first use: it pulls in pyarrow and the readers.
    if name == "score":
        from .scale import score

        return score
    raise AttributeError(f"module 'framing' has no attribute {name!r}")
