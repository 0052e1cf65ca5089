"""What :func:`framing.credits.credit_sources`'s reading holds, declared with its types: the sentences, the credits and
mentions so far, the account and topic a sentence naming no source may go on with; :class:`_Credits`'s ``__init__``
sets them. :class:`CreditState` is one class of the chain that makes :class:`framing.credits._Credits`.
"""

from __future__ import annotations

from collections.abc import Sequence

from .credit_speakers import Mention
from .document import Sentence, Span
from .source_index import SourceIndex


class CreditState:
    """What :func:`framing.credits.credit_sources`'s reading holds, declared with its types: the sentences, the
    credits and mentions so far, the account and topic a sentence naming no source may go on with;
    :class:`_Credits`'s ``__init__`` sets them.
    """

    sentences: Sequence[Sentence]
    text: str
    quotes: list[tuple[int, int]]
    quotation_of: dict[int, int]
    opened_in: dict[int, int]
    quote_opening: dict[int, int]
    runs: list[tuple[int, int]]
    furniture: Sequence[bool]
    known: SourceIndex
    credited: dict[int, str]
    mentions: dict[int, Mention]
    named: dict[int, list[tuple[Span, str]]]
    referred: dict[int, list[tuple[Span, str]]]
    last: str | None
    last_written: str
    last_mention: Mention
    last_label: str | None
    going_on: bool
    said_last: dict[str, int]
    named_last: dict[str, int]
    surnames: dict[int, frozenset[str]]
    topic: tuple[int, str] | None
    topic_others: frozenset[str | None]
    acted_upon: tuple[int, Span] | None
    described_topics: set[str]
    group_topic: tuple[int, Span] | None
    body_topic: tuple[int, Span] | None
    sanctioned: tuple[int, Span | None] | None
    document_topic: tuple[int, Span] | None
