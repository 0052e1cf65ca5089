"""framing: label news sentences as fact, attributed claim, official denial or editorial opinion.

    >>> import framing
    >>> analyzer = framing.load()
    >>> doc = analyzer.analyze("The ministry denied the report. It is a disgrace.")
    >>> [(s.text, s.label) for s in doc.sentences]
"""

from .analyze import Analyzer, load
from .document import Document, Prediction, Sentence, Span
from .errors import DataError, FramingError, InputError, IntegrityError, ModelError

__all__ = [
    "load",
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
