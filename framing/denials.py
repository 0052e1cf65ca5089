"""Which sentences deny an allegation and which answer one: denial pairs with the allegation each
answers, the accusers' rebuttals, and the denials that are no one's (a headline's framing, a question put, a
formula, a court's ruling).

The readers :func:`denial_pairs` asks live beside it: :mod:`framing.denial_words` (content words, a denial's wording
and the account it points at), :mod:`framing.denial_uncredited` (denials that are no one's: verdicts, furniture,
formulas, questions, court rulings, corrections), :mod:`framing.denial_sides` (the bodies and clients a source speaks
for, the names of a denier's side) and :mod:`framing.denial_rebuttals` (the accusers' rebuttals). This module pairs
each denial with the allegation it answers."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .credit_clauses import ACCOUNT_NOUNS
from .credit_persons import SUBORDINATE_OPENING
from .credit_own_work import links_elsewhere
from .document import DenialPair, Sentence
from .person_names import surnames_in
from .source_words import EDGE, FACT_CHECK_LABEL
from .source_accusations import alleges
from .source_keys import text_key
from .denial_rebuttals import ALLEGATION_WINDOW
from .denial_sides import denier_names, named_alike, names_any, names_denier, same_side, serves_denier, serves_with
from .denial_sides import writes
from .denial_uncredited import court_remark
from .denial_words import account_owners, ACCOUNT_WRITTEN_OUT, ANY_ACCOUNT, brings_up, content_words
from .denial_words import accounts_referred, denial_wording, DENIES_PRONOUN, SPELLED_ALLEGATION
from .denial_words import THAT_ACCOUNT, with_y
from .denial_words import without_finding_cue, without_sources
from .index_groups import plural_group


def denial_pairs(sentences: Sequence[Sentence], credited: dict[int, str], rebuttals: dict[int, int],
                  furniture: Sequence[bool], framing: frozenset[int],
                  served: Sequence[frozenset[str]] | None = None) -> list[DenialPair]:
    """Each denial but the ``rebuttals`` (see :func:`_rebuttals`) with its source and the nearest earlier
    allegation it answers: in the window, else a fact-check's "CLAIM:" line or the scoop's lead further back (see
    :func:`_beyond_window`), else the charge a lede's denial comes before, spelled out a few sentences after it (see
    :func:`_allegation_after`).

    A claim credited to a source that denies anywhere in the document is likely the accused side's
    own account ("His lawyer denied it. She said he would appeal."), so claims by sources that never
    deny come first, and among them those worded as an allegation ("accused", "showed", "evidence":
    not a neutral "the agency said the leader toured a factory" in between); when two sides deny
    each other's claims, the nearest claim by anyone but this denier answers. Within each of these,
    a claim naming the denier outside its own sources comes first (see :func:`names_denier`: "Open Ledger
    accused the transport ministry of ... The report found ... The transport ministry denied it": Open
    Ledger's), then a claim sharing a content word with the denial, before a nearer one that does neither
    ("Activists said the plant dumped waste. The mayor said a meeting would be held. The company
    denied dumping": the activists'). Where no claim by a source that never denies is worded as an allegation, names
    the denier or shares such a word, a named denier's denial answers such a claim by a source that denies elsewhere
    before an unrelated one: the model may read a complaint as a denial ("Councillor Marsh said residents complained
    about noise. People live here, Marsh said."), which makes its source deny; a denial credited to no one may go on
    from its speaker's own claim, which shares its words. A denial that refers back to an account ("dismissed the
    report", "these allegations": see :data:`DENIED_ACCOUNT`) answers first a claim among these that writes its noun
    ("said in a report") and is credited to a source, whatever else it names: the denial says itself what it answers;
    where no claim by a source that never denies writes it, one by a source that denies elsewhere does, the accuser
    the other side denies too ("Brat said in a statement ... Relic's lawyer rejected the statement."). A
    denial that goes on from the same source's denial just before, or from the denial of a body its source speaks for
    ("Corvane Labs rejected the findings. ... Corvane spokesman Ilan Petrov said"), answers the same allegation. The
    writer's own report of a suit against the denier is an allegation as a charge in the passive is ("Two families sued
    the company. The company denied the allegations.": see :func:`_sues`), and so, after a claim worded as an
    allegation, is its report of a fine or like sanction ("The board fined Dravik Corp for hiding leaks. It denied
    wrongdoing.": see :func:`_sanctions`); a denial of an account that no claim answers
    answers a suit brought by another ("Kellmore was sued by tenants."), else the writer's own report of the account
    ("The embassy has noted articles alleging that its staff spied. It rejects these allegations."). A claim that only
    refers back to the allegations ("Analysts said the allegations could hurt the firm": see :func:`_recaps`) comes
    after any claim that may be the allegation itself. Page furniture
    (``furniture``: a headline, a caption, a "Read more:" line) is no allegation: it frames the copy without being
    anyone's account in it; nor, but for the headline, is it a denial (``framing``, see :func:`framing_denials`:
    "ENDS"), nor a line linking to another story (see :func:`links_elsewhere`). A person or spokesperson a
    mention credited so far writes as speaking for a body (``served``, see :func:`bodies_served`) is that body's
    side: a claim naming the body is about what the denial is about, as one sharing a content word with it ("Kessel
    Research said Acme hid losses ... Acme's president, Tom Vance, denied it", "the Interior Department ... A
    spokeswoman for the Interior Department said": see :func:`_bodies_spoken_for`), after one naming the denier
    itself; and the body's own claim is no allegation its side denies ("The OHCCR said ... A spokesperson for the
    OHCCR said the office stood by its findings")."""
    # a sentence of ``framing`` (a court's ruling, a formula, a question put) is no denial: its source denies nothing
    deniers = {credited[i] for i, s in enumerate(sentences)
               if s.label == "official_denial" and i in credited and i not in rebuttals and i not in framing}
    pairs: list[DenialPair] = []
    checked = [j for j, s in enumerate(sentences) if not furniture[j] and _checked_claim(s)]
    lead = next((j for j in range(len(sentences)) if not furniture[j]), None)
    for index, sentence in enumerate(sentences):
        if (sentence.label != "official_denial" or index in rebuttals or index in framing
                or links_elsewhere(sentence, furniture[index])):
            continue
        denier = credited.get(index)
        bodies = served[index] if served and denier is not None else frozenset()
        if (pairs and pairs[-1]["denial"] == index - 1 and denier is not None
                and (pairs[-1]["source"] == denier or pairs[-1]["source"] in bodies)):
            pairs.append({"denial": index, "source": denier, "allegation": pairs[-1]["allegation"]})
            continue
        if _denies_the_one_before(sentences, credited, index, denier, bodies, furniture):
            pairs.append({"denial": index, "source": denier, "allegation": index - 1})
            continue
        window = range(index - 1, max(-1, index - 1 - ALLEGATION_WINDOW), -1)
        claims = [j for j in window
                  if sentences[j].label == "attributed_claim" and not furniture[j]
                  and (denier is None or not (same_side(credited.get(j), denier, bodies)
                                              or serves_denier(served, j, credited, denier)
                                              or serves_with(served, j, credited, bodies)))
                  and not (court_remark(sentences[j], credited.get(j)) and not names_denier(sentences[j], denier))
                  and not _praise(sentences[j]) and not _asks_for_answer(sentences[j].text)
                  and not _deniers_own_doing(sentences[j], credited.get(j), deniers, denier, bodies)]
        wording = denial_wording(sentence)
        topic = content_words(wording)
        accounts = accounts_referred(sentence)
        # the writer's own allegation against the denier or whom it speaks for: "Pruett allegedly told guards to
        # change their accounts. Pruett's lawyer said the charge was a political stunt."
        # and its report of a suit against the denier: "Two families sued the company. The company denied it."
        own = [j for j in window if j not in credited and not furniture[j] and sentences[j].label == "reported_fact"]
        side = denier_names(denier) | bodies
        charged = [j for j in own if _accuses_named(sentences[j], side) or _sues(sentences[j], side)]
        if not charged and "charge" in accounts:
            charged = _charge_reported_before(sentences, credited, furniture, index, side)
        # after a claim worded as an allegation: "Globex was fined. Inspectors accused the firm of faking logs."
        sanctioned = [j for j in own if _sanctions(sentences[j], side)]
        # a denial of "the allegations" that no claim answers answers a suit brought by another: "Kellmore was sued
        # by tenants. The company denied the allegations."
        suits = [j for j in own if _suit_by_other(sentences[j], side)] if accounts else []
        # the claims naming the denier, and those naming a body it speaks for, read once for the orderings below
        of_denier = {j for j in claims if names_denier(sentences[j], denier)}
        of_bodies = {j for j in claims if names_any(sentences[j], bodies)}
        # nearest first, those naming the denier as whom they are about, then those about what the denial is
        # about, before the rest
        # a claim naming a body the denier speaks for is about what the denial is about, as one sharing its words
        # what a claim says, not who says it: "The survey's seismologist said aftershocks were likely" is not about
        # "denied that the municipality had ignored the 2016 survey"; but a group of people complaining names whom
        # it is about ("Parents at Holloway Primary told our reporter ..." for "parents had been kept in the dark")
        said = {j: content_words(sentences[j].text if plural_group(credited.get(j) or "")
                                 else without_sources(sentences[j])) for j in claims}
        claims.sort(key=lambda j: (j not in of_denier, not (topic & said[j] or j in of_bodies)))
        # a recap of the allegations (see :func:`_recaps`) is about them only as the allegation before it is, and
        # comes after the claims that may be the allegation itself ("Analysts said the allegations could hurt the firm")
        recaps = {j for j in claims if _recaps(sentences[j])}
        about = {j for j in claims if (j in of_denier or j in of_bodies or topic & said[j])
                 and j not in recaps}
        # a denial spelling out what it denies answers a claim that says it before a charge or sanction that does not
        charged = _reports_spelled_out(sentences, charged, about, topic, wording)
        sanctioned = _reports_spelled_out(sentences, sanctioned, about, topic, wording)
        neutral = [j for j in claims if credited.get(j) not in deniers]
        if denier is not None and len(neutral) == 1 and ANY_ACCOUNT.search(wording):
            # the one claim in view by another side is what "any suggestion that" rejects: "The pilots' union said
            # the aircraft was not airworthy. ... The airline said: 'We reject any suggestion that safety was
            # compromised.'"
            about.add(neutral[0])
        if accounts:
            # "the accusations" are no claimant's word of its own step: "the festival said it had decided to withdraw
            # the film" is passed over for the villagers' complaint before it
            neutral.sort(key=lambda j: _OWN_STEP.search(sentences[j].text) is not None)
        neutral.sort(key=lambda j: j in recaps)
        accusing = [j for j in neutral if alleges(_without_recalled(sentences[j]))]
        if any(j in of_denier for j in neutral):
            # evidence worded as an allegation by its verb of finding alone ("About 1.8 million households would pay
            # more, the Brixton Tax Policy Center found.") accuses no one: a claim naming the denier comes before it
            accusing = [j for j in accusing
                        if j in of_denier or alleges(without_finding_cue(sentences[j]))]
        if any(_accuses_in_words(sentences[j]) for j in accusing):
            # a neutral claim worded as an allegation by a verb of finding alone and about nothing the denial says
            # ("Analyst Tom Reyes said the figures showed Velmora's margins were thinner than its rivals'") is no
            # accusation where another accuses in words ("Regulators accused the company of hiding losses.")
            accusing = [j for j in accusing
                        if _accuses_in_words(sentences[j]) or topic & said[j]]
        # a claim that only writes the noun ("what we think of their claims") and credits no one cites no account
        # by a source that never denies first, else by one that denies elsewhere: the statement its accuser made ("In
        # a statement, Brat said Relic had passed documents abroad."), not a third party's call that names the client;
        # the accuser's own word for its charge too, after any that says more ("Brat said the charges concerned a
        # serious crime."): no third party's recap, but the other side's account of what it charges
        cited = ([j for j in neutral if j in credited and j not in recaps and brings_up(sentences[j], accounts)]
                 or sorted((j for j in claims if j in credited and brings_up(sentences[j], accounts)
                            and (j not in recaps or credited[j] in deniers)), key=lambda j: j in recaps)
                 if accounts else [])
        owners = account_owners(wording)
        owned = ([j for j in claims if j in credited and owners & content_words(credited[j])]
                 or _owned_further_back(sentences, credited, index, owners, furniture, denier, bodies))
        # a claim about the denier or what it denies: one by a source that never denies first, then, for a named
        # denier, one by any other source before an unrelated claim by a source that never denies (a complaint the
        # model read as a denial, "People live here.", makes its source deny)
        related = [j for j in neutral if j in about] or ([j for j in claims if j in about] if denier else [])
        naming = [j for j in accusing if j in of_denier or j in of_bodies]
        accusing = _allegations_about_it(sentences, accusing, about, related)
        # a denial of "these allegations" that nothing else answers answers the writer's report of them: "The embassy
        # has taken note of articles alleging that its diplomats spied. The Embassy rejects these allegations."
        noted = [j for j in own if alleges(sentences[j].text) or brings_up(sentences[j], accounts)] if accounts else []
        # "dismissed that statement": "that" or "this" with an account's noun points at the claim just before, by
        # whomever: a source that denies elsewhere may be the accuser the model read as denying ("He said ...")
        just_before = [j for j in claims if j == index - 1 and j in credited]
        pointed = just_before if THAT_ACCOUNT.search(wording) else []
        # so does a bare "that" ("dismissed that as invention", "denied it, saying ...": see ``DENIES_PRONOUN``), and
        # "that" called untrue ("said that was untrue": see ``_CALLED_UNTRUE``), where no claim names the denier or a
        # body it speaks for, before an accusation of another
        bare = (just_before if (DENIES_PRONOUN.search(sentence.text) or _CALLED_UNTRUE.fullmatch(wording))
                and not (of_denier | of_bodies) else [])
        kinds = (owned, pointed, cited, _saying_what_is_spelled(sentences, claims, topic, sentence.text), naming,
                 charged, bare, accusing, sanctioned, related)
        ranked = next((kind for kind in kinds if kind), [])
        if not ranked and SPELLED_ALLEGATION.search(wording) is None:
            # a denial that spells out what it denies ("rejected suggestions that the terminal was badly run",
            # "took offense at suggestions that ...") answers no nearby claim that is about none of it; a claim about
            # what it denies further back comes before an unrelated one nearby
            further = (_related_further_back(sentences, credited, furniture, index, (denier, bodies), deniers, topic)
                       or _account_further_back(sentences, credited, furniture, index, (denier, bodies), deniers,
                                                accounts))
            # the writer's own report that writes the account's noun before an unrelated claim: "Residents filed three
            # petitions against the quarry. The council will rule in March. Obiorah dismissed the petitions."
            ranked = further or [j for j in own if brings_up(sentences[j], accounts)] or neutral or claims
        ranked = ranked or suits or noted
        if ACCOUNT_WRITTEN_OUT.search(sentence.text) and not accounts:
            # "The ministry has denied a newspaper report that it asked for the talks to move": only a claim about it,
            # of the first kind that holds one
            allegation = _first_about((*kinds, suits, noted), about | set(charged))
        else:
            allegation = (ranked[0] if ranked
                          else _beyond_window(sentences, credited, index, denier, bodies, checked, lead))
        if allegation is None:
            allegation = _allegation_after(sentences, credited, furniture, index, (denier, bodies), deniers, served)
        pairs.append({"denial": index, "source": denier, "allegation": allegation})
    return pairs


#: How many content words a claim shares with what a denial spells out, at least, to say it (see
#: :func:`_saying_what_is_spelled`).
_SPELLED_WORDS_SHARED = 2


def _saying_what_is_spelled(sentences: Sequence[Sentence], claims: list[int], topic: frozenset[str],
                            denial: str) -> list[int]:
    """The ``claims`` that say what a ``denial`` spells out it denies (a verb of denial before the account: see
    ``ACCOUNT_WRITTEN_OUT``, "rejected the claim that it had ignored its emergency plan"), sharing
    ``_SPELLED_WORDS_SHARED`` of its content words (``topic``), those sharing the most first, then the nearest (an
    analyst's "the emergency plan had worked" after the regulator's "the company had ignored its emergency plan" says
    less of "the claim that it had ignored its emergency plan"): they come before a claim that only names
    the denier ("'Brennock's customers were let down,' said the regulator's director"), as the denial says itself what
    it answers; none for a denial that spells out nothing, nor for the denier's own account ("said in a statement
    that", "doubled down on his claim that")."""
    if ACCOUNT_WRITTEN_OUT.search(denial) is None:
        return []
    shared = {j: len(topic & content_words(sentences[j].text)) for j in claims}
    return sorted((j for j in claims if shared[j] >= _SPELLED_WORDS_SHARED), key=lambda j: (shared[j], j),
                  reverse=True)


def _reports_spelled_out(sentences: Sequence[Sentence], reports: list[int], about: set[int], topic: frozenset[str],
                         wording: str) -> list[int]:
    """The writer's reports of a charge or a sanction against a denier (``reports``) that its denial may answer: where
    the denial spells out what it denies (``wording``, see ``SPELLED_ALLEGATION``) and a claim ``about`` it shares a
    content word of it (``topic``), only the reports that share one too. "The regulator fined Brennock Power for
    failing to restore supply. The regulator said the company had ignored its emergency plan. Brennock rejected the
    claim that it had ignored its plan." answers the regulator's claim, not the fine, which says nothing of the
    plan."""
    if not (reports and SPELLED_ALLEGATION.search(wording)
            and any(topic & content_words(sentences[j].text) for j in about)):
        return reports
    return [j for j in reports if topic & content_words(sentences[j].text)]


#: How many sentences after a denial that nothing before answers the allegation it answers may still be spelled out
#: (see :func:`_allegation_after`).
_AHEAD = 4


def _allegation_after(sentences: Sequence[Sentence], credited: dict[int, str], furniture: Sequence[bool], index: int,
                      side: tuple[str | None, frozenset[str]], deniers: set[str],
                      served: Sequence[frozenset[str]] | None) -> int | None:
    """The nearest sentence among the ``_AHEAD`` after the denial at ``index``, which nothing before answers, that
    spells out the allegation it denies: a claim worded as an allegation (see
    :func:`framing.source_accusations.alleges`) naming the denier or a body it speaks for (``side``), credited to a
    source that never denies (not one of ``deniers``) nor is on the denier's side, or the writer's own report of a
    charge against them (see :func:`_accuses_named`). A lede gives the denial first and the charge after it ("The
    minister denied wrongdoing on Tuesday. ... Opponents accuse Rennick of steering contracts to a friend's firm.").
    ``None`` for none, or for a denial credited to no one, whom no later sentence can be seen to accuse."""
    denier, bodies = side
    if denier is None:
        return None
    names = denier_names(denier) | bodies
    for j in range(index + 1, min(len(sentences), index + 1 + _AHEAD)):
        sentence, speaker = sentences[j], credited.get(j)
        if furniture[j]:
            continue
        if speaker is None:
            if sentence.label == "reported_fact" and _accuses_named(sentence, names):
                return j
        elif (sentence.label == "attributed_claim" and speaker not in deniers
              and not (same_side(speaker, denier, bodies) or serves_denier(served, j, credited, denier))
              and alleges(_without_recalled(sentence)) and names_any(sentence, names)):
            return j
    return None


#: How many sentences before the window of ``ALLEGATION_WINDOW`` a claim about what a denial denies may still lie
#: (see :func:`_related_further_back`).
_FURTHER_BACK = 12


def _related_further_back(sentences: Sequence[Sentence], credited: dict[int, str], furniture: Sequence[bool],
                          index: int, side: tuple[str | None, frozenset[str]], deniers: set[str],
                          topic: frozenset[str]) -> list[int]:
    """The nearest claim before the window of the denial at ``index`` by the denier (``side``: it and the bodies it
    speaks for), at most ``_FURTHER_BACK`` sentences before it, credited to a source that never denies (not one of
    ``deniers``) nor is on the denier's side (see :func:`same_side`), naming the denier (see
    :func:`names_denier`) and sharing two content words with what the denial denies (``topic``), as a list of one
    or none: the allegation it answers, where no claim in the window is about it ("Ana Ruiz said the firm dumped
    waste ... (seven sentences, a biologist's quotation among them) ... The firm denied dumping any waste." is
    Ruiz's, not the biologist's)."""
    denier, bodies = side
    if denier is None:
        return []
    start = index - ALLEGATION_WINDOW
    return next(([j] for j in range(start - 1, max(-1, start - 1 - _FURTHER_BACK), -1)
                 if sentences[j].label == "attributed_claim" and not furniture[j] and j in credited
                 and credited[j] not in deniers and not same_side(credited[j], denier, bodies)
                 and len(with_y(topic) & with_y(content_words(sentences[j].text))) >= 2
                 and names_denier(sentences[j], denier)), [])


def _account_further_back(sentences: Sequence[Sentence], credited: dict[int, str], furniture: Sequence[bool],
                          index: int, side: tuple[str | None, frozenset[str]], deniers: set[str],
                          accounts: set[str]) -> list[int]:
    """The nearest claim before the window of the denial at ``index`` by the denier (``side``: it and the bodies it
    speaks for), at most ``_FURTHER_BACK`` sentences before it, that a denial of an account (``accounts``: "dismissed
    the allegations") answers where no claim in the window alleges anything or writes the account's noun: worded
    as an allegation or writing that noun, credited to a source that never denies (not one of ``deniers``) nor is
    on the denier's side, as a list of one or none ("The opposition alleged that Rs 4 crore was diverted ... (seven
    sentences, officials' and sources' accounts of the file among them) ... The party spokesperson dismissed the
    allegations" is the opposition's)."""
    denier, bodies = side
    if denier is None or not accounts:
        return []
    start = index - ALLEGATION_WINDOW
    return next(([j] for j in range(start - 1, max(-1, start - 1 - _FURTHER_BACK), -1)
                 if sentences[j].label == "attributed_claim" and not furniture[j] and j in credited
                 and credited[j] not in deniers and not same_side(credited[j], denier, bodies)
                 and (alleges(_without_recalled(sentences[j]), passive=False) or brings_up(sentences[j], accounts))),
                [])


def _charge_reported_before(sentences: Sequence[Sentence], credited: dict[int, str], furniture: Sequence[bool],
                            index: int, side: frozenset[str]) -> list[int]:
    """The nearest of the writer's own reports of a charge against ``side`` (see :func:`_accuses_named`) anywhere
    before the denial at ``index``, as a list of one or none: a denial of "the charge" by the accused's side answers
    the charge the copy reported, however far back ("Lucas Merrow has been charged with murder. ... His public
    defender denied the charge."), before an unrelated claim nearer."""
    return next(([j] for j in range(index - 1, -1, -1)
                 if j not in credited and not furniture[j] and sentences[j].label == "reported_fact"
                 and _accuses_named(sentences[j], side)), [])


#: A claim's own rejection of an account ("challenged claims that", "disputed the reports"): a verb of rejecting and
#: one of the account nouns (see ``ACCOUNT_NOUNS``), two words allowed between them.
_REJECTS_ACCOUNT = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*|rebut\w*|disput\w*|"
                              rf"challeng\w*)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{'|'.join(ACCOUNT_NOUNS)})\b", re.I)


def _allegations_about_it(sentences: Sequence[Sentence], accusing: list[int], about: set[int],
                          related: list[int]) -> list[int]:
    """The claims worded as an allegation (``accusing``) that a denial may answer before the ``related`` claims about
    what it denies: all of them when one is ``about`` it (they come first) or no related claim alleges anything; else
    none, as an allegation about something else is no answer to it ("The union said managers hid the audit. Critics
    accused the mayor of wasting money. The company denied hiding any audit.": the union's, not the critics'). A
    related claim that itself rejects an account ("Members challenged claims that their activists ...", see
    ``_REJECTS_ACCOUNT``) is one side's answer, no allegation to pass an accusation over for."""
    if any(j in about for j in accusing):
        return accusing
    if any(_REJECTS_ACCOUNT.search(sentences[j].text) is None for j in related):
        return []
    return accusing


#: The verbs of making allegations ("made", "levelled", "raised", "lodged", "brought", "repeated", "filed").
_MAKING = (r"(?:make|makes|made|making|level(?:s|led|ed|ling|ing)?|rais(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|"
           r"br(?:ing|ings|ought|inging)|repeat(?:s|ed|ing)?|fil(?:e|es|ed|ing))")
#: A definite reference back to allegations already given, two words but a verb of making allowed before the noun
#: ("the allegations", "these accusations", "the union's allegations", "such allegations"; not "the union made
#: allegations"); "claims" and "charges" only just after such a word ("the claims", "these charges"), as after others
#: they may be verbs of saying ("the union claims"); or "allegations" or "accusations" without one ("Allegations of
#: bribery have shaken the town"), group "bare".
_ALLEGATIONS_RECALLED = re.compile(rf"\b(?:(?:the|these|those|such)\s+(?:(?!{_MAKING}\s)[\w'’-]+\s+){{0,2}}?"
                                   r"(?:allegations?|accusations?)|(?:the|these|those|such)\s+(?:claims?|charges?)"
                                   r"|(?P<bare>allegations?|accusations?))\b", re.I)
#: What makes a bare "allegations" (see ``_ALLEGATIONS_RECALLED``) its source's own: "that" spelling them out after it
#: ("allegations that the mayor took bribes"; not "against" whom they are alone, which names old allegations without
#: saying them: "Allegations against the mayor were first made in 2019") (``_ALLEGATIONS_SPELLED``); before it, a
#: verb of making them, two words allowed between ("made allegations", "levelled fresh accusations against"), or a
#: possessive pronoun, the source's ("about her accusation") (``_ALLEGATIONS_OWNED``).
_ALLEGATIONS_SPELLED = re.compile(r"\s+that\b", re.I)
_ALLEGATIONS_OWNED = re.compile(rf"\b(?:{_MAKING}\s+(?:[\w'’-]+\s+){{0,2}}?|(?:her|his|its|their|our|my)\s+)\Z", re.I)


def _recalled(text: str, found: re.Match[str]) -> bool:
    """Whether the allegations ``found`` in ``text`` (see ``_ALLEGATIONS_RECALLED``) are referred back to: definite,
    or bare and not spelled out nor the claim's source's own (see ``_ALLEGATIONS_SPELLED``, ``_ALLEGATIONS_OWNED``):
    "Allegations of bribery have shaken the town" and "Allegations against the mayor were first made in 2019" talk of
    the accuser's claim, "made allegations that" is it."""
    return found.group("bare") is None or not (_ALLEGATIONS_SPELLED.match(text, found.end())
                                               or _ALLEGATIONS_OWNED.search(text, 0, found.start()))


def _without_recalled(claim: Sentence) -> str:
    """The text of ``claim`` without its references back to allegations already given (see :func:`_recalled`):
    "the allegations" words no allegation of the claim's own."""
    text = claim.text
    return _ALLEGATIONS_RECALLED.sub(lambda found: " " if _recalled(text, found) else found.group(), text)


#: A verb of finding or showing among the wordings of an allegation ("showed", "found", "revealed", "identified",
#: "concluded"): evidence cited, which may accuse no one (see :func:`_accuses_in_words`).
_FINDING_WORD = re.compile(r"\b(?:found|finds|show(?:s|ed|n)?|reveal(?:s|ed|ing)?|identif(?:y|ies|ied)|"
                           r"conclud(?:e|es|ed))\b", re.I)


def _accuses_in_words(claim: Sentence) -> bool:
    """Whether ``claim`` is worded as an allegation (see :func:`framing.source_accusations.alleges`) by more than a
    verb of finding or showing (see ``_FINDING_WORD``) and its references back to allegations already given (see
    :func:`_without_recalled`): "Regulators accused the company of hiding losses", "Auditors found the firm guilty of
    fraud"; not "Analyst Tom Reyes said the figures showed Velmora's margins were thinner than its rivals'", a
    neutral claim that only cites evidence."""
    return alleges(_FINDING_WORD.sub(" ", _without_recalled(claim)))


def _recaps(claim: Sentence) -> bool:
    """Whether ``claim`` refers back to allegations already given (see ``_ALLEGATIONS_RECALLED``) and alleges
    nothing itself: "Analysts said the allegations could hurt the firm" talks about the union's claim before it
    ("The union said managers had falsified rosters."), which is what the firm's denial answers."""
    text = claim.text
    return (any(_recalled(text, found) for found in _ALLEGATIONS_RECALLED.finditer(text))
            and not alleges(_without_recalled(claim)))


def _first_about(kinds: Sequence[list[int]], about: set[int]) -> int | None:
    """The first claim ``about`` what a denial spells out, in the first of the ranked ``kinds`` of claims that holds
    one: "Parents said they were not told. 'We found out from a group chat,' one mother said. The head rejected
    claims that parents were kept in the dark" answers the parents' claim, not the mother's, which only the verb
    "found" words as an allegation; ``None`` for none."""
    return next((j for kind in kinds for j in kind if j in about), None)


#: A claim whose content is its source's own step, decided or to come, told in "it" or "they" after a verb of saying
#: ("said it had decided to withdraw", "announced they would appeal"): no allegation against anyone.
_OWN_STEP = re.compile(r"\b(?:said|says|announced|announces|stated|states|added|adds)\s+(?:that\s+)?(?:it|they)\s+"
                       r"(?:(?:had|has|have)\s+decided|would|will)\b")


#: A cue of praise ("hailed", "praised", "welcomed", "applauded", "lauded", "commended"), an auxiliary or adverb allowed
#: before it ("has praised", "generally praised", "was welcomed", "went on to praise"): what it credits is no
#: allegation.
_PRAISE_CUE = re.compile(r"(?:(?:has|have|had|is|are|was|were|been|also|went\s+on\s+to|[a-z]+ly)\s+)*"
                         r"(?:hail|prais|welcom|applaud|laud|commend)(?:ed|es|s|e)?", re.I)
#: A participle of saying after a cue of praise, which gives the praise's reasons ("praised the clinic, saying waits
#: were shorter").
_SAYING_AFTER = re.compile(r"(?:saying|noting|adding|citing|calling)", re.I)


def _praise(claim: Sentence) -> bool:
    """Whether the ``claim``'s first cue is one of praise (see ``_PRAISE_CUE``) and each other one too or a participle
    giving its reasons (see ``_SAYING_AFTER``), and it alleges nothing (see
    :func:`framing.source_accusations.alleges`): "When the deal was signed, ministers hailed it as a triumph",
    "Residents have praised the clinic, saying waits were shorter" allege nothing a later denial ("The minister said
    the deal was sound") answers, whatever words they share."""
    cues = [span.text.strip(EDGE) for span in claim.spans if span.type == "cue"]
    return (bool(cues) and _PRAISE_CUE.fullmatch(cues[0]) is not None
            and all(_PRAISE_CUE.fullmatch(cue) or _SAYING_AFTER.fullmatch(cue) for cue in cues[1:])
            and not alleges(claim.text))


#: A question asking for someone's answer, a speaker's label before it allowed ("KATE LYLE: And what does the board
#: say to that?", "How do you respond?", "What do you make of that?", "How does the board respond to the society's
#: claims?"): it asks for the answer, alleging nothing. The asking verb ends it, or "that", "this", "it" or "now", or
#: up to four words after "to", "of" or "about" ("What do you make of the report?"); not a question that goes on to
#: put a claim of its own ("How can the board say its catch is sustainable when stocks have halved?"), which charges.
_ASKS_FOR_ANSWER = re.compile(r"(?:[^:?]{1,40}:\s*)?(?:(?:and|but|so|well),?\s+)?(?:what|how)\b[^?]*"
                              r"\b(?:say|says|respond|response|reply|answer|make\s+of|think\s+of)"
                              r"(?:\s+(?:that|this|it|now)|(?:\s+(?:to|of|about)|(?<=of))(?:\s+[^\s?]+){1,4})?"
                              r"\s*\?[\"'”’)]*", re.I)


def _asks_for_answer(text: str) -> bool:
    """Whether the claim ``text`` is a question asking for someone's answer (see ``_ASKS_FOR_ANSWER``), which a
    denial after it answers without denying it: no allegation ("KATE LYLE: And what does the board say to that?
    DAN HEALD: The board's chairman rejected the society's argument." answers the society's claim before it)."""
    return _ASKS_FOR_ANSWER.fullmatch(text.strip()) is not None


#: Words that a clause's subject holds none of: an auxiliary of the passive or of tense, which ends the subject.
_NO_SUBJECT_WORD = r"(?!(?:was|were|been|being|be|is|are|am|had|has|have|not|never)\b)"
#: A clause whose subject is its speaker itself or what it owns ("it", "we", "its volunteers", "our consular staff"),
#: in the active voice: an auxiliary of tense and an adverb allowed, then a verb of the past ("its volunteers had
#: assisted", "we helped", "it has always supported"); not "its staff were pressed", which someone did to them.
_OWN_DOING = re.compile(rf"\b(?:it|we|(?:its|our)(?:\s+{_NO_SUBJECT_WORD}[\w-]+){{1,2}})"
                        r"\s+(?:(?:had|has|have|did)\s+)?(?:(?:always|also|only|long|simply|just)\s+)?"
                        r"(?!(?:been|was|were|had|has|have|not|never|need|used|failed|refused)\b)[a-z]+ed\b")


def _deniers_own_doing(claim: Sentence, speaker: str | None, deniers: Collection[str], denier: str | None,
                       bodies: frozenset[str]) -> bool:
    """Whether ``claim`` is the account a source that denies elsewhere (one of ``deniers``), or a body of the
    ``denier``'s state or organisation (see :func:`named_alike`: "the Veltrian embassy"), gives of its own doing
    (see ``_OWN_DOING``: "The embassy said its volunteers had assisted citizens with paperwork."), worded as no
    allegation and naming neither the ``denier`` nor a body of its ``bodies``: it accuses no one, the accused
    side's own story, which another of that side's denials ("Veltria respects the laws of every host country,
    Deputy Minister Hovar said.") does not answer."""
    return (speaker is not None and speaker != denier and (speaker in deniers or named_alike(speaker, denier))
            and _OWN_DOING.search(without_sources(claim)) is not None and not alleges(claim.text)
            and not names_denier(claim, denier) and not names_any(claim, bodies))


def _beyond_window(sentences: Sequence[Sentence], credited: dict[int, str], index: int, denier: str | None,
                   bodies: frozenset[str], checked: list[int], lead: int | None) -> int | None:
    """The allegation further back than the window that the denial at ``index``, by ``denier`` (speaking for
    ``bodies``), answers when nothing in the window does: the nearest fact-check's "CLAIM:" line of ``checked`` (see
    :func:`_checked_claim`: "CLAIM: The Marsh campaign said Senator Ada Rowe's plan would raise taxes ..."), else the
    document's ``lead``, its first sentence that is no page furniture, when it is a claim worded as an allegation
    naming the denier ("Harwell Bank hid $40 million of losses, documents seen by the Ledger show."), the scoop the
    copy goes on to detail, or one speaking for a person it names by "him" or "her" alone ("A person close to
    him said he denied the claims.", see :func:`_speaks_for_one_the_lead_names`); not the denier's side's own, nor
    a lead alleging nothing ("Mira Lant admitted she went too far in a sketch filmed with Oskar Brede" for the
    film-maker's defence)."""
    start = index - ALLEGATION_WINDOW

    def others(j: int) -> bool:
        return denier is None or not same_side(credited.get(j), denier, bodies)

    claim = next((j for j in reversed(checked) if j < start and others(j)), None)
    if claim is not None:
        return claim
    if (denier is not None and lead is not None and lead < start and others(lead)
            and sentences[lead].label == "attributed_claim" and alleges(sentences[lead].text)
            and (names_denier(sentences[lead], denier) or names_any(sentences[lead], bodies)
                 or _speaks_for_one_the_lead_names(sentences, index, lead, denier))):
        return lead
    return None


def _speaks_for_one_the_lead_names(sentences: Sequence[Sentence], index: int, lead: int, denier: str) -> bool:
    """Whether ``denier``, of the denial at ``index``, speaks for a person named by "him" or "her" alone (see
    ``_OF_SOMEONE_UNNAMED``) whom the ``lead`` may mean: the sentence just before names no person the lead does not
    ("Police arrested Mila Orr, a cashier. A lawyer for her said she denied the theft." is Orr's side, not an
    answer to a lead accusing Mayor Tobin Vell)."""
    return (_OF_SOMEONE_UNNAMED.search(denier) is not None
            and surnames_in(sentences[index - 1].text) <= surnames_in(sentences[lead].text))


#: A denier's name that ends by standing for a person by "him" or "her" alone ("person close to him", "lawyer for
#: her"): the one the copy is about, whom the lead's allegation names (see :func:`_speaks_for_one_the_lead_names`).
_OF_SOMEONE_UNNAMED = re.compile(r"\s(?:him|her)$")


def _checked_claim(sentence: Sentence) -> bool:
    """Whether ``sentence`` opens with a fact-check's "CLAIM:" label (see ``FACT_CHECK_LABEL``): the claim it
    checks, which a denial at the check's end may answer."""
    label = FACT_CHECK_LABEL.match(sentence.text)
    return label is not None and label.group().rstrip(": \t").split()[-1].lower() in ("claim", "claims")


#: What a denial that answers only the sentence before says it denies, once its sources and denial words are left
#: out (see :func:`denial_wording`): "that", "it", "this" or "the claim" alone ("Ostrander denied that.").
_THE_ONE_BEFORE = re.compile(r"\s*(?:\w+ly\s+)?(?:that|it|this|the\s+(?:claim|suggestion|accusation|allegation|charge))"
                             r"\s*[.!]?\s*", re.I)


#: A verb of speech and whom it is told to, before or after what a denial says ("replied", "told the court").
_SAID = (r"(?:said|says|replied|replies|answered|answers|responded|responds|retorted|retorts|insisted|insists|"
         r"told\s+(?:the\s+)?[\w-]+)")
#: What a denial that calls the sentence before untrue says once its sources are left out, quoted or not ('"That's not
#: true," replied.', "said that was untrue."; the comma closing a source's apposition before it too): it answers that
#: sentence as "denied that" does.
_CALLED_UNTRUE = re.compile(
    rf"[\s,]*(?:{_SAID}\s+)?[\"“]?(?:(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:(?:simply|just|absolutely|completely|"
    r"totally)\s+)?(?:not\s+true|untrue|false|a\s+lie|wrong|incorrect)|not\s+true)[.!,]?[\"”]?\s*,?\s*"
    rf"(?:{_SAID}\s*)?[.!]?\s*", re.I)


def _owned_further_back(sentences: Sequence[Sentence], credited: dict[int, str], index: int, owners: frozenset[str],
                        furniture: Sequence[bool], denier: str | None, bodies: frozenset[str]) -> list[int]:
    """The nearest claim before the window of the denial at ``index``, at most another window back, credited to a
    source of one of ``owners``, the words of whose account the denial says it rejects (see
    :func:`account_owners`), and not of the denier's side: a feature may give the auditors' findings, then other
    voices, then "Belgrove Construction rejected the auditors' conclusions", which names what it answers itself.
    Empty for none."""
    if not owners:
        return []
    start = index - 1 - ALLEGATION_WINDOW
    return next(([j] for j in range(start, max(-1, start - ALLEGATION_WINDOW), -1)
                 if sentences[j].label == "attributed_claim" and not furniture[j] and j in credited
                 and owners & content_words(credited[j])
                 and (denier is None or not same_side(credited[j], denier, bodies))), [])


def _denies_the_one_before(sentences: Sequence[Sentence], credited: dict[int, str], index: int, denier: str | None,
                           bodies: frozenset[str], furniture: Sequence[bool]) -> bool:
    """Whether the denial at ``index`` answers the sentence just before it: it denies only "that", "it" or "the
    claim" (see ``_THE_ONE_BEFORE``), or calls it untrue ('"That's not true," she replied.': see ``_CALLED_UNTRUE``),
    and that sentence is another side's labelled a denial naming the denier or a
    body it speaks for, its suggestion against them, which no claim search reaches ("Defence attorney Mark Haldane
    suggested Ostrander had her own reasons to blame his client. Ostrander denied that."), or the writer's own worded
    as an allegation ("Councillor Tom Kell allegedly moved the funds. Kell denied it."); not the denier's own, nor
    page furniture, nor the writer's charge against another that names the denier only as a witness (see
    :func:`_names_only_beside_charge`), nor the writer's sentence naming neither after a claim that names one (see
    :func:`_claim_naming_before`: its description of the claimant). A claim just before is found by the search,
    which may prefer one naming the denier; so is a third party's rejection after the accused side's denial, which
    is no allegation against it ("Velmar denied it. Dornland rejected that.")."""
    wording = denial_wording(sentences[index])
    if index == 0 or furniture[index - 1] or not (_THE_ONE_BEFORE.fullmatch(wording)
                                                  or _CALLED_UNTRUE.fullmatch(wording)):
        return False
    before, speaker = sentences[index - 1], credited.get(index - 1)
    if denier is not None and same_side(speaker, denier, bodies):
        return False
    if before.label == "official_denial" and speaker is not None:
        return names_any(before, denier_names(denier) | bodies)
    names = denier_names(denier) | bodies
    return (speaker is None and alleges(before.text) and not _names_only_beside_charge(before, names)
            and (names_any(before, names)
                 or not _claim_naming_before(sentences, credited, index - 1, names, furniture)))


def _claim_naming_before(sentences: Sequence[Sentence], credited: dict[int, str], index: int, names: frozenset[str],
                         furniture: Sequence[bool]) -> bool:
    """Whether a claim credited to a source in the window before the writer's sentence at ``index`` names one of
    ``names`` (a denier's, lower case) outside its sources: that claim is what the denial answers, and the writer's
    sentence naming none of them describes its claimant ("A clip claims that Brisko tracks riders. The clip, posted
    by @railwatch9, shows a man talking. Brisko denied the claim.")."""
    return any(j in credited and sentences[j].label == "attributed_claim" and not furniture[j]
               and names_any(sentences[j], names) for j in range(index - 1, max(-1, index - ALLEGATION_WINDOW), -1))


def _names_only_beside_charge(fact: Sentence, names: frozenset[str]) -> bool:
    """Whether the writer's ``fact`` reports a charge (see ``_WRITER_ALLEGES``) against someone other than all of
    ``names`` (lower case) while naming one of them elsewhere, a witness or an informer ("Ann Roy was charged with
    fraud after Tom Kell alerted police" for Kell, see :func:`_accuses_named`): no allegation against them."""
    return (_WRITER_ALLEGES.search(fact.text) is not None and names_any(fact, names)
            and not _accuses_named(fact, names))


#: The writer's own report of an allegation against someone, in the passive or as a charge's noun: "Pruett allegedly
#: told ...", "was charged with", "is accused of", "pleaded not guilty to", "a charge of obstruction"; not an
#: active "accused X of", someone else's accusation, which may name another of the surname, nor the passive negated
#: ("has not been charged", "was never accused", "hasn't been charged"), which alleges nothing.
_WRITER_ALLEGES = re.compile(
    r"\b(?:allegedly|(?<!not )(?<!never )(?<!n't )(?<!n’t )"
    r"(?:is|was|were|are|been|being)\s+(?:\w+ly\s+)?(?:accused|charged|indicted|arrested|suspected|"
    r"alleged\s+to)|pleaded\s+(?:not\s+)?guilty|(?:charges?|accusations?|allegations?|counts?)\s+of)\b", re.I)


#: A charging document's verb of charging with whom it accuses after it (group "accused", up to "with", "of", "in" or
#: a clause's mark): "The indictment charges Kestrel's finance chief with ...", "the complaint accuses the firm of
#: ..."; the document, not a person, accuses, so whom it names there is the one accused. Not "a lawsuit against"
#: (one may be dropped, "filed papers to drop her lawsuit against Vask").
_FILING_ACCUSES = re.compile(
    r"\b(?:indictment|complaint|(?:law)?suit|charge\s+sheet|petition)\s+(?:\w+ly\s+)?(?:charges|accuses)\s+"
    r"(?P<accused>.+?)(?=\s+(?:with|of|in|for|over|on)\s|[,;:.!?]*$|[,;:])", re.I)


def _accuses_named(fact: Sentence, names: frozenset[str]) -> bool:
    """Whether the writer's ``fact`` reports an allegation (see ``_WRITER_ALLEGES``) against one of ``names`` (lower
    case): written before its first alleging words, past a subordinate clause opening it, where whom it accuses
    stands ("Alan Pruett was charged with ...", "Vask's campaign has faced a string of accusations of ..."); not
    one named after them or in that clause, a witness or an informer ("Ann Roy was charged with fraud after Tom Kell
    alerted police", "After Tom Kell alerted police, Ann Roy was charged with fraud"); or a charging document's, one
    of them named as whom it accuses (see ``_FILING_ACCUSES``: "The indictment charges Kestrel's finance chief
    with")."""
    if any(writes(found.group("accused"), names) for found in _FILING_ACCUSES.finditer(fact.text)):
        return True
    cue = _WRITER_ALLEGES.search(fact.text)
    if cue is None:
        return False
    opening = SUBORDINATE_OPENING.match(fact.text, 0, cue.start())
    subject = text_key(fact.text[opening.end() if opening else 0:cue.start()])
    return any(re.search(rf"(?<![\w'-]){re.escape(name)}(?![\w-])", subject) for name in names)


#: A suit the writer reports: "was sued" (group "passive": its subject is sued, its agent after "by" sues) or an
#: active "sued", "sues" or "suing" (what follows is sued): see :func:`_suit_parts`.
_SUIT = re.compile(r"\b(?:(?P<passive>(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?sued)|sue[ds]|suing)\b", re.I)


#: A sanction the writer reports, in the passive (group "passive") or active, as :data:`_SUIT` reads a suit: "was
#: fined", "fined", "penalised", "sanctioned", "censured", "reprimanded", "banned", "suspended", "barred" (a charge
#: is :data:`_WRITER_ALLEGES`'s).
_SANCTION = re.compile(r"\b(?:(?P<passive>(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:fined|penali[sz]ed|"
                       r"sanctioned|censured|reprimanded|banned|suspended|barred))|fined|fines|penali[sz]e[ds]|"
                       r"sanctioned|censure[ds]|reprimand(?:ed|s)|banned|bans|suspend(?:ed|s)|barred)\b", re.I)


def _suit_parts(sentence: Sentence, action: re.Pattern[str] = _SUIT) -> tuple[str, str] | None:
    """The words naming the one sued and those naming who sues in ``sentence`` (its text but its sources): "Kellmore
    Homes" and "by tenants in May" of "Kellmore Homes was sued by tenants in May.", "the company in March" and "Two
    families" of "Two families sued the company in March."; ``None`` where it reports no suit. With ``action``
    :data:`_SANCTION`, the same of a sanction: "Dravik Corp $2 million" and "The board" of "The board fined Dravik
    Corp $2 million"."""
    text = without_sources(sentence)
    found = action.search(text)
    if found is None:
        return None
    before, after = text[:found.start()], text[found.end():]
    return (before, after) if found.group("passive") else (after, before)


def _sues(sentence: Sentence, names: frozenset[str]) -> bool:
    """Whether ``sentence`` reports a suit against one of ``names`` (see :func:`_suit_parts`), named as the one sued
    ("Two families sued the company" against "company"; not "The company sued two families")."""
    parts = _suit_parts(sentence)
    return parts is not None and writes(parts[0], names)


def _sanctions(sentence: Sentence, names: frozenset[str]) -> bool:
    """Whether the writer's ``sentence`` reports a fine or like sanction against one of ``names`` (see
    :data:`_SANCTION`), named as the one sanctioned ("The board Tuesday fined Dravik Corp $2 million for hiding leaks"
    against "dravik"; not "Dravik fined its supplier"): an allegation the one sanctioned may deny."""
    parts = _suit_parts(sentence, _SANCTION)
    return parts is not None and writes(parts[0], names)


def _suit_by_other(sentence: Sentence, names: frozenset[str]) -> bool:
    """Whether ``sentence`` reports a suit (see :func:`_suit_parts`) brought by none of ``names``: "Kellmore was sued
    by tenants" for "the company" that denies after it; not "The company sued two families"."""
    parts = _suit_parts(sentence)
    return parts is not None and not writes(parts[1], names)
