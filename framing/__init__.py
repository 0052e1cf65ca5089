"""framing: label news sentences as fact, attributed claim, official denial or editorial opinion.

    >>> import framing
    >>> analyzer = framing.load()
    >>> doc = analyzer.analyze("The ministry denied the report. It is a disgrace.")
    >>> [(s.text, s.label) for s in doc.sentences]
"""

from .analyze import Analyzer, load
from .document import Document, Prediction, Sentence, Span
from .errors import DataError, FramingError, InputError, IntegrityError, ModelError
from .train import TrainResult, train

__all__ = [
    "load",
    "score",
    "train",
    "TrainResult",
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

#: The four labels of the default model, in its order.
LABELS = ("reported_fact", "attributed_claim", "official_denial", "editorial_opinion")

__version__ = "0.1.0"


def __getattr__(name: str):
    # framing.score is imported on first use: it pulls in pyarrow and the readers.
    if name == "score":
        from .scale import score

        return score
    raise AttributeError(f"module 'framing' has no attribute {name!r}")
