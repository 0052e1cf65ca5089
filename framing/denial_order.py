"""A liveblog printed newest first, its latest entry at the top: its denials paired in the order its entries were
posted, so that a denial answers the allegation posted before it, which stands below it on the page, and not a
later entry printed above it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .denials import denial_pairs
from .document import DenialPair, Sentence
from .furniture import bare_stamps, stamp_length

# An entry's time opening its sentence: hours and minutes, perhaps in brackets, "a.m." or "p.m." perhaps after them
# ("11:20 ", "[11:20] ", "1:20 p.m. - ").
_ENTRY_TIME = re.compile(r"\s*\[?(?P<hours>\d{1,2})[:.](?P<minutes>[0-5]\d)(?:\s*(?P<half>[ap])\.?m\b\.?)?", re.I)
_HALF_DAY = 12 * 60


def _posted_at(sentence: Sentence, stamped: frozenset[int]) -> int | None:
    """The minute of the day at which the entry that ``sentence`` opens was posted, read from its time stamp (see
    :func:`framing.furniture.stamp_length` and :func:`framing.furniture.bare_stamps`); ``None`` when it opens none."""
    time = _ENTRY_TIME.match(sentence.text)
    if time is None or not (stamp_length(sentence.text) or sentence.start + time.start("hours") in stamped):
        return None
    hours, minutes = int(time.group("hours")), int(time.group("minutes"))
    if hours > 23:
        return None
    if time.group("half"):
        hours = hours % 12 + (12 if time.group("half").lower() == "p" else 0)
    return hours * 60 + minutes


def posting_order(sentences: Sequence[Sentence], text: str | None) -> list[int] | None:
    """The indices of ``sentences`` in the order a liveblog printed newest first posted them: what stands above its
    first entry (the headline, a summary) first, then its entries from the last on the page to the first, each
    entry's sentences in their own order; ``None`` unless two entries or more open with a time stamp and each
    stamp is earlier than the one above it ("11:20 ... 10:05 ... 09:40"), so that a page printed oldest first, or a
    timeline's times out of order, keeps the page's order."""
    if not text:
        return None
    stamped = bare_stamps(text)
    opened = [(index, at) for index, sentence in enumerate(sentences)
              if (at := _posted_at(sentence, stamped)) is not None]
    if len(opened) < 2 or any(later[1] >= earlier[1] for earlier, later in zip(opened, opened[1:])):
        return None
    starts = [index for index, _ in opened] + [len(sentences)]
    entries = [list(range(start, end)) for start, end in zip(starts, starts[1:])]
    return list(range(starts[0])) + [index for entry in reversed(entries) for index in entry]


def posted_denial_pairs(sentences: Sequence[Sentence], credited: dict[int, str], rebuttals: dict[int, int],
                        furniture: Sequence[bool], framing: frozenset[int], served: Sequence[frozenset[str]] | None,
                        text: str | None) -> list[DenialPair]:
    """:func:`framing.denials.denial_pairs` of ``sentences`` read in the order they were posted (see
    :func:`posting_order`), with the indices of the page: in a liveblog printed newest first, "11:20 The trust
    denied refusing to meet the union." answers "10:05 Union leaders accused the trust ..." below it, not "12:10
    The mayor said the trust had refused ..." above it; elsewhere, the pairs of the page's order."""
    order = posting_order(sentences, text)
    if order is None:
        return denial_pairs(sentences, credited, rebuttals, furniture, framing, served)
    at = {index: position for position, index in enumerate(order)}
    pairs = denial_pairs([sentences[i] for i in order], {at[i]: name for i, name in credited.items()},
                         {at[i]: at[j] for i, j in rebuttals.items()}, [furniture[i] for i in order],
                         frozenset(at[i] for i in framing), [served[i] for i in order] if served else served)
    paged: list[DenialPair] = [{"denial": order[pair["denial"]], "source": pair["source"],
                                "allegation": None if pair["allegation"] is None else order[pair["allegation"]]}
                               for pair in pairs]
    return sorted(paged, key=lambda pair: pair["denial"])
