"""What :func:`framing.credits.credit_sources`'s reading holds, each attribute set up with its type in one place: the
sentences, the credits and mentions so far, the account and topic a sentence naming no source may go on with.
:class:`CreditState` is the first class of the chain that makes :class:`framing.credits._Credits`.
"""

from __future__ import annotations

from collections.abc import Sequence

from .credit_quotes import sentences_in_quotations, quotation_opened_in, quotation_openings
from .credit_speakers import Mention
from .document import Sentence, Span
from .furniture import bare_stamps, stamp_length
from .source_index import SourceIndex


class CreditState:
    """What :func:`framing.credits.credit_sources`'s reading holds, set up for ``sentences``: the credits and
    mentions so far, the account and topic a sentence naming no source may go on with."""

    def __init__(self, sentences: Sequence[Sentence], furniture: Sequence[bool], known: SourceIndex,
                 runs: list[tuple[int, int]], quotes: list[tuple[int, int]], text: str | None = None) -> None:
        self.sentences = sentences
        self.text = text or ""  # the sentences' text, where a paragraph breaks between them
        self.stamped = bare_stamps(text) if text else frozenset()  # "13:52 " opening each of a liveblog's entries
        self.quotes = quotes  # the text's quoted regions: a "he" or "she" in them is no sign of who spoke
        # sentence -> the closed quotation wholly holding it
        self.quotation_of = sentences_in_quotations(sentences, runs)
        self.opened_in = quotation_opened_in(sentences, runs)  # sentence -> the closed quotation it opens, runs past
        # sentence -> the earlier sentence opening the quotation it closes
        self.quote_opening = quotation_openings(sentences, runs)
        self.runs = runs  # where each closed quotation starts and ends
        self.furniture = furniture
        self.known = known
        self.credited: dict[int, str] = {}
        self.mentions: dict[int, Mention] = {}  # credited sentence -> where the mention it is credited by is written
        self.named: dict[int, list[tuple[Span, str]]] = {}  # sentence -> (span, source) of the sources it names
        # sentence -> (span, source) of its pronoun source spans and the source they stand for
        self.referred: dict[int, list[tuple[Span, str]]] = {}
        self.last: str | None = None
        self.last_written = ""  # the span that named ``last``, as written ("A police spokeswoman")
        self.last_mention: Mention = (0, 0)  # where the mention that named ``last`` is written; set with it
        self.last_label: str | None = None
        self.going_on = True  # whether a sentence naming no source may continue ``last``'s account
        self.said_last: dict[str, int] = {}  # source -> the last sentence credited to it
        self.named_last: dict[str, int] = {}  # source -> the last sentence naming it that its account goes on from
        self.surnames: dict[int, frozenset[str]] = {}  # sentence writing personal names -> their surnames, in order
        self.topic: tuple[int, str] | None = None  # a sentence naming no source -> the person its subject is
        self.topic_others: frozenset[str | None] = frozenset()  # the sexes of the others the topic's sentence names
        # a sentence naming no source -> its subject, one acted upon ("Dan Orr was released in 2019."), no topic
        self.acted_upon: tuple[int, Span] | None = None
        self.described_topics: set[str] = set()  # topics of unknown sex that may still be a "he" or "she"
        # a sentence naming no source -> the group of people its subject is ("The institute's scientists analysed ...")
        self.group_topic: tuple[int, Span] | None = None
        self.body_topic: tuple[int, Span] | None = None  # a sentence naming no source -> the body its subject is
        self.sanctioned: tuple[int, Span | None] | None = None  # a sentence naming no source -> whom it sanctions
        self.document_topic: tuple[int, Span] | None = None  # a sentence naming no source -> the study opening it
        # a sentence naming no source -> the source whose document ("Their report") opens it, and where it was named
        self.document_owner: tuple[int, str, Mention] | None = None
        # a sentence naming no source -> the document its subject issues ("issued a joint statement"), as "the ..."
        self.issued_topic: tuple[int, Span] | None = None

    def entry_words(self, index: int) -> int:
        """Where the words of sentence ``index`` start after a liveblog entry's time stamp opening it: one
        :data:`framing.furniture.ENTRY_STAMP` reads ("14:05 GMT - "), or a bare one, its first word, where the
        sentence opens a line so stamped (see :func:`framing.furniture.bare_stamps`: "10:26 " of "10:26 It added
        ..."); 0 for none."""
        sentence = self.sentences[index]
        if sentence.start in self.stamped:
            return len(sentence.text) - len(sentence.text.split(maxsplit=1)[-1])
        return stamp_length(sentence.text)
