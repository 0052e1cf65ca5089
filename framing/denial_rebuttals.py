"""Rebuttals: a denial that is its accuser's answer to another side's denial ("Okafor dismissed her
denial", "The union stands by its account"), with the accuser's own allegation it stands by; what goes
on from a denial just before, and another side's counter-claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .credit_clauses import DENIAL_CUE
from .credit_quotes import SPEAKING
from .denial_sides import names_side, same_side
from .denial_words import DENIES_PRONOUN, content_words, denial_wording
from .document import Sentence
from .source_accusations import alleges

#: How many sentences back a denial looks for the allegation it answers.
ALLEGATION_WINDOW = 6


def find_rebuttals(sentences: Sequence[Sentence], credited: dict[int, str], furniture: Sequence[bool],
                   framing: frozenset[int], served: Sequence[frozenset[str]] | None = None,
                   clients: Sequence[frozenset[str]] | None = None) -> dict[int, int]:
    """The denial sentences that are their accuser's rebuttal, each with the accuser's own allegation it
    stands by: a source does not deny its own allegation, so "Senator Quill accused Halvex of hiding data.
    Halvex denied it. Quill dismissed the denial." leaves Quill an accuser, not a denier.

    A denial credited to a source is a rebuttal when that source made a claim worded as an allegation in
    the ``ALLEGATION_WINDOW`` sentences before it, had made no denial of its own before that claim (the
    accused side's counter-charge is no allegation of the exchange) unless the denial answers a denial or stands by
    its own account (see :func:`_answers_a_denial`: "Okafor dismissed her denial."), no other side's claim that the
    denial may answer lies between the two (see :func:`_counter_claim`: "Halvex accused regulators of a smear.
    Regulators said it hid data. Halvex denied hiding data." is Halvex's denial), and either another side's denial
    lies between the two (the accuser answers the denial) or no one else's claim comes before its
    allegation in the window (the accuser opened the exchange and goes on with it). Once another side has denied the
    allegation, its claims not worded as an allegation go on with that denial ("Calloway Labs denied it. A spokesperson
    said the board had miscounted its records."): the accuser's answer to them is a rebuttal; and a source standing
    by its own account ("The board stood by its findings.", see ``_STANDS_BY_OWN``) rebuts whatever came between.
    Page furniture (a headline, caption or promotion: ``furniture``) is no allegation, nor, but for the headline, a
    rebuttal (``framing``, see :func:`framing_denials`), nor is a passive "Senator accused of bribery", which reports
    an allegation against its subject. In order, so an earlier rebuttal is no denial that would make a later one the
    accused side's. A source speaking for a body (``served``, see
    :func:`bodies_served`) is on that body's side: its denial stands by the body's own allegation ("A report by the
    OHCCR found ... Ostrelia rejected the report. A spokesperson for the OHCCR said the office stood by its
    findings.", "Its chief inspector, Dr. Anneliese Korva, said ...").
    A lawyer for a person credited before (``clients``, see :func:`clients_served`) answering another side's denial
    of that person's claim rebuts it, though the claim is not worded as an allegation ("Varga said managers pressed
    her ... Dravik Bank said her claims were unsupported. Her lawyer said the bank's account did not hold up."), and
    so does the claimant's side writing of another side's denial of its claim (see :func:`_denial_answered`:
    "Federation president Ola Brandt said the ministry's denial did not hold up."). A denial going on from its
    source's rebuttal just before, by a source that has denied nothing of its own, rebuts the same allegation
    ('A spokesperson for the inspectorate said: "We stand by our findings. Inspections follow a framework."').
    """
    rebuttals: dict[int, int] = {}
    first_denial: dict[str, int] = {}  # a source -> its first denial that is no rebuttal
    for index, sentence in enumerate(sentences):
        source = credited.get(index)
        if sentence.label != "official_denial" or source is None or index in framing:
            continue
        side = served[index] if served else frozenset()
        own = _own_allegation(sentences, credited, index, source, furniture, side,
                              clients[index] if clients else frozenset())
        if own is not None and (first_denial.get(source, own) >= own or _answers_a_denial(sentences[index].text)) \
                and not _denial_going_on(sentences, credited, rebuttals, index):
            rebuttals[index] = own
        elif (own is None and source not in first_denial and _STANDS_BY.search(sentence.text)
              and (earlier := _rebutted_before(credited, rebuttals, index)) is not None):
            rebuttals[index] = rebuttals[earlier]  # "Eld said the watchdog stood by every figure": rebutting again
        elif source not in first_denial and index - 1 in rebuttals and credited.get(index - 1) == source:
            rebuttals[index] = rebuttals[index - 1]  # '... said: "We stand by our findings. Inspections are ..."'
        else:
            first_denial.setdefault(source, index)
    return rebuttals


#: Standing by an account, whatever it is ("stood by every figure in its report"): see :func:`_rebutted_before`; not
#: standing by idly as something happens ("denied that his staff stood by as pensioners were overcharged").
_STANDS_BY = re.compile(r"\b(?:stand|stands|stood|standing)\s+(?:firmly\s+)?by\b"
                        r"(?!\s+(?:as|while|when|and|idly|helplessly)\b)", re.I)


def _rebutted_before(credited: dict[int, str], rebuttals: dict[int, int], index: int) -> int | None:
    """The latest rebuttal by the source of the denial at ``index`` in the ``ALLEGATION_WINDOW`` sentences before
    it, or ``None``: an accuser that has rebutted a denial and denied nothing of its own, standing by its account in
    a sentence labelled a denial past the window of its allegation (see ``_STANDS_BY``: "Fair Line said ... Its
    report found ... [eight sentences] ... Eld said the watchdog stood by every figure"), goes on rebutting, no
    denier."""
    return next((at for at in range(index - 1, max(-1, index - 1 - ALLEGATION_WINDOW), -1)
                 if at in rebuttals and credited.get(at) == credited.get(index)), None)


def _denial_going_on(sentences: Sequence[Sentence], credited: dict[int, str], rebuttals: dict[int, int],
                     index: int) -> bool:
    """Whether the denial at ``index`` goes on from its source's denial just before it, which is no rebuttal
    ('"Imogen is going nowhere," he said. "She\'s under contract until 2027."'): the same denial, of the same
    allegation, not the source standing by a claim of its own further back."""
    before = index - 1
    return (before >= 0 and sentences[before].label == "official_denial" and before not in rebuttals
            and credited.get(before) == credited.get(index))


#: A denial written of, with a determiner or owner before it ("her denial", "that rejection", "the denials", "the
#: ministry's denial", "Halvex's flat denial"): what a sentence dismissing it answers.
_A_DENIAL = re.compile(r"\b(?:the|that|this|these|those|her|his|its|their|[\w-]+['’]s)\s+(?:[a-z-]+\s+)?"
                       r"(?:denials?|rejections?)\b", re.I)


def _answers_a_denial(text: str) -> bool:
    """Whether the sentence ``text`` answers a denial ("Okafor dismissed her denial.", see ``_A_DENIAL``) or stands
    by its source's own account (see ``_STANDS_BY_OWN``): in a two-sided exchange ("Okafor denied blocking any homes.
    Okafor then accused Hartwell of ... Hartwell denied it. Okafor dismissed her denial."), the source that denied
    another's charge before making its own answers the denial of its own charge: a rebuttal, whatever it denied
    before."""
    return bool(_A_DENIAL.search(text) or _STANDS_BY_OWN.search(text))


#: A source standing by its own account ("The board stood by its findings.", "... stood by the allegation."): an
#: accuser's rebuttal, whatever another side claimed since (see :func:`_own_allegation`).
_STANDS_BY_OWN = re.compile(r"\b(?:stand|stands|stood|standing)\s+(?:firmly\s+)?by\s+(?:(?:its|their|our|his|her)\s+"
                            r"(?:own\s+)?(?:[a-z-]+\s+)?(?:findings?|reports?|account|conclusions?|results?|data|"
                            r"figures|analysis|assessment|claims?|statements?|story|reporting|allegations?|"
                            r"accusations?|charges?)|the\s+(?:allegations?|accusations?|charges?))\b", re.I)


def _own_allegation(sentences: Sequence[Sentence], credited: dict[int, str], index: int, source: str,
                    furniture: Sequence[bool], side: frozenset[str] = frozenset(),
                    clients: frozenset[str] = frozenset()) -> int | None:
    """The allegation ``source``, or a body of its ``side`` (that it speaks for), made that its denial at ``index``
    stands by (see :func:`find_rebuttals`): its side's nearest claim worded as one within the window (or, for a lawyer,
    its client's claim that another side denied since: see :func:`_client_claim_denied`; or one another side denied
    since, when the denial writes of that denial: see :func:`_denial_answered`), when no other
    side's claim came since, and another side denied since or no one else claimed anything in the window before it;
    else ``None``."""
    start = max(0, index - ALLEGATION_WINDOW)
    own = next((j for j in range(index - 1, start - 1, -1) if sentences[j].label == "attributed_claim"
                and same_side(credited.get(j), source, side) and not furniture[j]
                and (alleges(sentences[j].text, passive=False)
                     or _client_claim_denied(sentences, credited, j, index, source, clients)
                     or _denial_answered(sentences, credited, j, index, source, side))), None)
    if own is None:
        return None
    topic = content_words(denial_wording(sentences[index]))
    denied = next((k for k in range(own + 1, index) if sentences[k].label == "official_denial"
                   and not same_side(credited.get(k), source, side)), index)
    if denied == index and own < index - 1 and _points_back(sentences, credited, index, source, side, furniture):
        return None  # "Quillon denied that." answers the claim just before: no other side has denied its own yet
    # once another side has denied the allegation, its claims not worded as one are that denial's account going on
    # ("A company spokesperson said the board had miscounted its records."), which the accuser's answer stands against
    if not _STANDS_BY_OWN.search(sentences[index].text) and any(
            _counter_claim(sentences[k], credited.get(k), source, topic, side)
            and not same_side(credited.get(k), source, side) and (k <= denied or alleges(sentences[k].text))
            for k in range(own + 1, index)):
        return None  # the denial answers what another side said since, not the exchange its allegation opened
    answered = denied < index
    opened = not any(sentences[k].label == "attributed_claim" and not same_side(credited.get(k), source, side)
                     for k in range(start, own))
    return own if answered or opened else None


def _points_back(sentences: Sequence[Sentence], credited: dict[int, str], index: int, source: str,
                 side: frozenset[str], furniture: Sequence[bool]) -> bool:
    """Whether the denial at ``index`` by ``source`` denies a bare "that" or "it" (see ``DENIES_PRONOUN``) just
    after another side's claim: before any other side's denial, it answers that claim, no allegation of its own side
    further back ("Quillon Space said engineers found a fault. An engineer said the fault was known in August.
    Quillon denied that.")."""
    before = index - 1
    return (before >= 0 and sentences[before].label == "attributed_claim" and not furniture[before]
            and before in credited and not same_side(credited[before], source, side)
            and DENIES_PRONOUN.search(sentences[index].text) is not None)


def _client_claim_denied(sentences: Sequence[Sentence], credited: dict[int, str], claim: int, index: int,
                         source: str, clients: frozenset[str]) -> bool:
    """Whether the ``claim`` is by one of the ``clients`` of ``source``, a lawyer (see :func:`_client_meant`), and a
    source of neither side denied since, before ``index``: the lawyer's denial there answers that denial, though the
    client's claim is not worded as an allegation ("Varga said managers pressed her ... Dravik Bank said her claims
    were unsupported. Her lawyer said the bank's account did not hold up.")."""
    client = credited.get(claim)
    return (client is not None and client in clients
            and any(sentences[k].label == "official_denial" and k in credited
                    and not same_side(credited[k], source, clients) for k in range(claim + 1, index)))


def _denial_answered(sentences: Sequence[Sentence], credited: dict[int, str], claim: int, index: int, source: str,
                     side: frozenset[str]) -> bool:
    """Whether the sentence at ``index``, by ``source``, answers a denial (see ``_A_DENIAL``: "the ministry's denial
    did not hold up") that another side made of the ``claim`` since, before ``index``: its side's claim, though not
    worded as an allegation ("The Farmers' Federation said the ministry had hidden drought data. The ministry denied
    it. Federation president Ola Brandt said the ministry's denial did not hold up."), is what it stands by."""
    if _answers_denial_before(sentences, credited, claim, index, source, side):
        return True
    return _A_DENIAL.search(sentences[index].text) is not None and any(
        sentences[k].label == "official_denial" and k in credited and not same_side(credited[k], source, side)
        for k in range(claim + 1, index))


def _answers_denial_before(sentences: Sequence[Sentence], credited: dict[int, str], claim: int, index: int,
                           source: str, side: frozenset[str]) -> bool:
    """Whether the sentence just before ``index`` is another side's denial of the ``claim`` just before it (see
    :func:`_denies_claim`), charging no one itself, and both are worded as denials (see ``DENIAL_CUE``): the
    claimant's side denying straight after that denial answers it, though its claim is not worded as an allegation
    ("The union said the operator had cut the night premium. Calloway denied it. Union spokesman Ada Okafor rejected
    that account."); not a denial that makes a counter-charge ("Calloway denied it and accused the union of
    lying"), which the claimant's side may deny in turn, nor one the model's label alone makes ("Brandt said
    rainfall had been normal.")."""
    before = index - 1
    return (claim == before - 1 and all(DENIAL_CUE.search(sentences[at].text) for at in (before, index))
            and sentences[before].label == "official_denial" and before in credited
            and not same_side(credited[before], source, side) and not alleges(sentences[before].text)
            and _denies_claim(sentences[before], sentences[claim]))


def _denies_claim(denial: Sentence, claim: Sentence) -> bool:
    """Whether ``denial``, just after ``claim``, denies it: a bare "it" or "that" (see ``DENIES_PRONOUN``: "Calloway
    denied it.") or a content word of the claim ("denied cutting the premium"); not a denial of another's charge the
    claim only goes on beside ("Auditors said the ministry hid losses. The treasurer said the losses were booked
    late. The ministry denied hiding anything.")."""
    return (DENIES_PRONOUN.search(denial.text) is not None
            or bool(content_words(denial_wording(denial)) & content_words(claim.text)))


def _counter_claim(sentence: Sentence, speaker: str | None, source: str, topic: frozenset[str],
                   side: frozenset[str] = frozenset()) -> bool:
    """Whether ``sentence``, credited to ``speaker``, is another side's claim that a denial by ``source`` (or a body
    of its ``side``) about the words ``topic`` may answer: a claim, or a sentence labelled a denial without a
    denial's wording ("Regulators said the company hid data"), worded as an allegation or sharing a content word
    with the denial; such a denial-labelled one only where it names the denier's side (see :func:`names_side`): the
    accused side's account of its own matter ("Dravonia said the stations were volunteer-run help desks") is its
    denial, which the accuser's answer rebuts. A sentence worded as a denial ("Halvex denied it") is an answer."""
    if speaker is None or speaker == source or sentence.label not in SPEAKING:
        return False
    if sentence.label == "official_denial" and DENIAL_CUE.search(sentence.text):
        return False
    if alleges(sentence.text):
        return True
    return bool(topic & content_words(sentence.text)) and (
        sentence.label != "official_denial" or names_side(sentence, source, side))
