"""Sum a labelled document up: label shares, who is credited, loaded wording, denials.

The profile is plain JSON-serialisable data, built from the sentences alone,
so it can be recomputed from stored results.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

from .credit_speakers import INTERVIEWEE_DISPLAY, INTERVIEWER_DISPLAY, Mention, Speakers
from .credit_quotes import SPEAKING
from .credits import credit_sources
from .credit_own_work import corrects_own_piece
from .credit_weasels import generic_source
from .credit_participles import past_label
from .credit_quotes import in_quotation
from .credit_spans import role_word
from .denial_words import CONTENT_LENGTH, NOT_CONTENT
from .denial_sides import bodies_served, clients_served, POSSESSIVE_END, release_issuers
from .denial_uncredited import (accusation_denials, corrections, court_rulings, formula_denials, framing_denials,
                                interviewer_denials)
from .denial_uncredited import questions_put, verdict_denials
from .denial_order import posted_denial_pairs
from .denial_rebuttals import find_rebuttals
from .document import DenialPair, Document, LoadedPhrase, Profile, ProfileSource, Rebuttal, Sentence, Span
from .errors import InputError, counted
from .furniture import heads_section, in_headline, page_furniture, release_heading
from .given_names import given_name_sex
from .index_name_words import people_in
from .segment import wire_slug_length
from .source_words import EDGE, FACT_CHECK_LABEL, LY_ADVERB, PERSON_NOUNS, PRONOUNS
from .sources import normalise_source
from .source_keys import text_key, title_case
from .spans import quotations, quoted_regions, quotes_within
from .spans import QUOTE_CLOSERS as _QUOTE_CLOSERS
from .textchars import case_blind, opens_like_a_name
from .textlines import closing_note
from .turns import SpeakerTurn
from .validation import check_names, did_you_mean

__all__ = ["build_profile", "normalise_source", "writer_loaded", "profile_losses",
           "generic_source", "indefinite_sources", "PROFILE_LABELS", "INTERVIEWER_DISPLAY", "INTERVIEWEE_DISPLAY",
           "Profile", "ProfileSource", "LoadedPhrase", "DenialPair", "Rebuttal"]

logger = logging.getLogger(__name__)

#: The labels whose roles the profile reads: who speaks, who denies, what is the writer's judgement.
PROFILE_LABELS = ("attributed_claim", "official_denial", "editorial_opinion")


def profile_losses(labels: Sequence[str]) -> list[str]:
    """What :func:`build_profile` cannot find for a model with ``labels``: sources named in the copy need an
    attributed or denial label (a transcript's speakers are sources whatever the labels), denial pairs the
    denial label, unsourced evaluative claims the opinion label."""
    lost = []
    if not set(SPEAKING) & set(labels):
        lost.append("sources")
    if "official_denial" not in labels:
        lost.append("denials")
    if "editorial_opinion" not in labels:
        lost.append("unsourced evaluative claims (their share is null)")
    return lost


#: A sentence's first word that reads as an evaluative word, not a name, though capitalised: hyphenated
#: in lower case after its capital ("So-called", "Self-styled") or with an adjective's ending ("Notorious").
_EVALUATIVE_OPENER = re.compile(r"[A-Z][a-z]+-[a-z-]+|[A-Z][a-z]+(?:ous|ful|less|ive|ish|able|ible)")
#: A source opening the sentence with a capitalised past participle before lower-case words ("Disgraced former
#: minister Oren Palisk", "Embattled mayor", "Disgraced tycoon"): the writer's word for the source described, not
#: a name, where the span's words before a comma hold a role, :data:`_DESCRIPTIONS`, "former" or an "ex-" word
#: ("Disgraced former Hollywood producer", "Disgraced ex-minister"; not "Mohamed el-Erian", "Alfred van der
#: Berg"); group 1 is the participle, group 2 the lower-case words.
_PARTICIPLE_OPENER = re.compile(r"([A-Z][a-z]{3,}ed)((?:\s+[a-z][\w'’-]*)+)")
#: Lower-case words describing a person, no role among ``PERSON_ROLES``, that such a participle may go before.
_DESCRIPTIONS = PERSON_NOUNS | {"former"}
#: Participles that say only that the source goes unnamed, no judgement of the writer's ("Unnamed officials").
_PLAIN_PARTICIPLES = frozenset({"Unnamed", "Unidentified"})

#: A manner adverb in lower case ("laughably", "falsely") opening a loaded span before a cue's verb ("laughably
#: claimed"): the writer's word for how the source spoke. Four letters at least before "ly", so
#: that "only" and "early" are none, and none of :data:`_NOT_ADVERBS`.
_MANNER_ADVERB = re.compile(r"[a-z]{4,}ly")
#: Prepositions opening the words of a loaded span after its cue that tell how the source spoke ("claimed without
#: evidence", "said with no proof"), where other words there are what the cue's verb takes ("slammed the decision").
_MANNER_PREPOSITIONS = frozenset({"with", "without"})
#: Words ending in "ly" that are no manner adverbs: nouns and verbs ("family", "supply") and adjectives
#: ("deadly", "costly", "friendly", "elderly", "weekly").
_NOT_ADVERBS = frozenset("""family assembly anomaly monopoly supply comply multiply deadly costly friendly
    unfriendly elderly likely unlikely lovely lonely lively timely weekly monthly yearly hourly quarterly orderly
    disorderly cowardly scholarly ghastly worldly""".split())
#: Manner adverbs that tell how forcefully or how openly a source spoke ("strenuously denied", "vehemently
#: rejected", "flatly refused"), which the cue reports: in or next to a cue, the source's manner, not the writer's
#: judgement of what was said ("laughably claimed", "falsely claimed").
_SPEAKING_MANNER = frozenset("""strenuously vehemently vigorously firmly flatly categorically strongly emphatically
    forcefully robustly roundly fiercely hotly sharply angrily furiously bitterly adamantly staunchly stoutly
    steadfastly unequivocally repeatedly publicly privately formally officially explicitly expressly""".split())
#: Courtroom and wire-copy words that hedge or name a charge, a plea or a release neutrally ("Okafor allegedly fled",
#: "released on his own recognizance", "charged with embezzlement"): a loaded span of these words alone, in any case,
#: is the language of the law, not the writer's judgement.
_NEUTRAL_LEGAL_WORDS = frozenset("""allegedly reportedly purportedly embezzlement recognizance accusation
    accusations""".split())
#: A gerund after a manner adverb (see :func:`_adverb_of_act`): "taking" of "denied knowingly taking"; not "during",
#: nor a noun ending in "ing" ("nothing", "morning", "string").
_GERUND_AFTER = re.compile(r"\s+(?!(?:during|nothing|something|anything|everything|morning|evening|string|spring)\b)"
                           r"[a-z]{3,}ing\b")
#: The word just before a span and the spaces after it: group 1. Tried only where a word starts, so that a long run
#: of word characters is read once, not from each of its characters.
_WORD_BEFORE_SPACE = re.compile(r"(?<![\w'’-])([\w'’-]+)\s+$")
#: Verbs whose object may be an act, as a gerund, that the source denies or owns to ("denied taking", "admitted
#: misleading"), whether the model marked them a cue or not.
_ACT_CUE = re.compile(r"den(?:ied|ies|y|ying)|admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|confess(?:es|ed|ing)?")

#: An accusing verb in a cue, in the active ("accused", "accusing"), whose object and charge follow it (see
#: :func:`_in_charge`).
_ACCUSING_VERB = re.compile(r"\baccus(?:e|es|ed|ing)\b", re.I)
#: After an accusing verb: its object (one to six words, none of them "of"), "of", and the act charged up to the
#: clause's end (group "charge"): " Ruiz of falsely claiming that the fund was empty".
_CHARGED_WITH = re.compile(r"\s+(?:(?!of\s)[\w'’.-]+\s+){1,6}?of\s+(?P<charge>[^,;:—–()\"“”]*[^,;:—–()\"“”\s.!?])")

#: A verb of naming ending a cue, whose subject says what its object is ("called", "branded", "labelled", "dubbed"),
#: or one whose naming word follows "as" (group "as": "described the chairman as", "denounced it as"): see
#: :func:`_in_naming`.
_NAMING_VERB = re.compile(r"(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|l?ed|l?ing)?|dub(?:s|bed|bing)?"
                          r"|(?P<as>describ(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)))\Z", re.I)
#: Between a naming verb and its naming word: its object and, for group "as", "as", no clause's break between.
_NAMED_OBJECT = re.compile(r"(?:\s+[^\s,;:—–()\"“”]+){0,8}?\s+")
#: A particle after a verb of naming that makes it another verb ("called for", "called off", "called on").
_PARTICLE_AFTER = re.compile(r"\s+(?:for|on|off|up|back|in|out|to|at|upon)\b", re.I)
#: Words that may stand between a subject and its naming verb ("Critics have long called"): auxiliaries and adverbs.
_BEFORE_NAMING = frozenset("have has had will would can could may might should must did do does also often long now "
                           "already even still once".split())
#: A subject that names no source of its own (a weasel word, "people", the reader's "you") or is a passive's "be"
#: ("being dubbed"): the naming is then the writer's. Not a pronoun of a person or body written of ("She called the
#: plan reckless", "Vask, who branded it a disgrace,"): whom it means is the namer.
_NO_NAMER = (PRONOUNS - {"he", "she", "they", "we", "i", "it", "who"}) | frozenset(
    "many some most few others everyone everybody someone somebody nobody people one us me be is are was were been "
    "being".split())

#: An article, a demonstrative or an owner in the possessive ending the text before a noun phrase ("their ", "the
#: mayor's "), so that the words after it up to the noun are its adjectives (see :func:`_writers_adjective`).
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w'’-])(?:the|a|an|this|that|these|those|his|her|its|their|our|your|my"
                               r"|[\w-]+['’]s|[\w-]+s['’])\s+\Z", re.I)
#: A pronoun contracted with "is" or "has" ("he's", "that's"), which reads as an owner in the possessive.
_CONTRACTED = re.compile(r"(?:he|she|it|that|there|what|who|here|where|let)['’]s", re.I)

#: A sentence's credit: the source's canonical name, and where the mention it is drawn from is written.
_Credit = tuple[str, Mention]

#: The most words of a section heading inside the body (see :func:`_section_heading`).
_HEADING_WORDS = 8
#: The longest line heading a section or sidebar (see :func:`_heads_section`).
_HEADING_LINE_CHARS = 150
#: How many characters either side of a heading are read for the line breaks around it.
_HEADING_MARGIN = 40
#: A line break, as lines end in LF, CRLF or CR alone (old Mac and some CMS exports): a CR before an LF is one break.
_BREAK = r"(?:\r\n|\r(?!\n)|\n)"
#: A blank line just before a heading, and one just after it: a paragraph of its own.
_BLANK_LINE_BEFORE = re.compile(rf"{_BREAK}[ \t]*{_BREAK}[ \t]*\Z")
_BLANK_LINE_AFTER = re.compile(rf"[ \t]*{_BREAK}[ \t]*{_BREAK}")
#: A line break just after a list's heading ("Key facts:" above its first item).
_LINE_AFTER = re.compile(rf"[ \t]*{_BREAK}")
#: The most words a crosshead asking a question, and a list's heading ending in a colon, hold (see :func:`_crosshead`).
_CROSSHEAD_WORDS = 12
_LIST_HEADING_WORDS = 6
#: Last words before a colon that leave a sentence hanging, as no list's heading does ("Imagine that she:", "They
#: are:", "the following:").
_HANGING = frozenset("""a an the and or but of to for with that this these those following he she they we it you i
    is are was were be include includes including""".split())
#: A word, or a mark a name may hold between its words (see :func:`_in_proper_name`), and the small words and marks
#: a body's or campaign's name holds between its capitalised words ("Prevention of Torture and other Cruel, Inhuman
#: or Degrading Treatment", "Stop the Killing Now", "Disappearances (WGED)"); how far either side of a loaded span
#: the name is read, and how many capitalised words make one.
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*|[(),&]")
_NAME_JOINERS = frozenset("of and or the on for against other in to at de ( ) , &".split())
_NAME_REACH = 60
_NAME_CAPITALS = 3
#: Capitalised words that open a place's name before its own word ("Port Arlen", "Mount Kessel", "Lake Verra"), and
#: those that end one after it ("Kessington Bay", "Orla River"): see :func:`_in_place_name`. Not the kinds that are
#: verbs too ("Falls", "Springs", "Harbours"): a headline in title case writes "Brutal Regime Falls".
_PLACE_HEADS = frozenset("Port Fort Mount Mt Lake Cape Point Glen".split())
_PLACE_KINDS = frozenset("""Bay Beach Cove Creek Heights Hills Island Islands Lake Peninsula River Valley County
    Province District Parish Township""".split())
#: Nouns in lower case of a line of goods after its capitalised name ("the Sparkle range", "its Vita brand"): see
#: :func:`_in_product_name`.
_PRODUCT_KINDS = frozenset("""range ranges brand brands line lines label labels collection series model models app
    apps""".split())
_PRODUCT_KIND_AFTER = re.compile(r" ([a-z]+)(?![\w'’-])")
#: "range" or "ranges" as a verb of a span's extent, "from" and then "to" after it ("Tidewalkers range from retirees to
#: students"): no line of goods' noun.
_RANGE_FROM_TO = re.compile(r" ranges? from \S.*? to \S")
#: The word just before a place of a loaded span, one space between, and the word just after it.
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w.]*) \Z")
_WORD_AFTER = re.compile(r" ([A-Z][\w]*)(?![\w'’-])")
#: A diplomatic document's name whose foreign word the model may tag loaded ("verbale" of "a note verbale", "notes
#: verbales"): the document's name, not the writer's wording.
_DOCUMENT_NAME = re.compile(r"\bnotes?\s+verbales?\b", re.I)
#: A mandate's title, in lower case or not, and its subject after "on", "for" or "against" up to the mandate's head
#: noun, a few words on ("the special rapporteur on extrajudicial, summary or arbitrary executions", "the working group
#: on arbitrary detention", "the committee against torture"): words of a role's title, not the writer's evaluation.
_MANDATE = re.compile(r"\b(?:rapporteurs?|working\s+groups?|independent\s+experts?|special\s+(?:representative|envoy|"
                      r"advis[eo]r)s?|(?:sub)?committees?)\s+(?:on|for|against)\s+(?P<subject>(?:[\w'’-]+,?\s+){0,6}?"
                      r"(?:executions|killings|detention|disappearances|torture|punishment|treatment|poverty|racism|"
                      r"discrimination|xenophobia|intolerance|slavery|trafficking|violence|exploitation|measures|"
                      r"substances|wastes))\b", re.I)
#: Conjunctions opening a question that argues on from the copy above, as no crosshead does ("And why ...?").
_QUESTION_OPENERS = frozenset({"And", "But", "So", "Yet"})
#: What makes a question set apart the writer's own argument, not a crosshead over the copy below it: a demonstrative
#: ending a question opening "Who" or "Why", which points back at the copy above as no heading does ("Who pays for
#: this?", "Why is that?"; not an explainer's "What is behind this?"), a modal of what ought to be past the first
#: word, a prescription ("Why should renters pay?"; not the reader's "Should I be worried?"), or a negative opening
#: that presses the reader to agree ("Isn't it time the council listened?").
_ARGUING_QUESTION = re.compile(r"\A\W*(?:who|why)\b.*\b(?:this|that|these|those)\?\Z"
                               r"|(?<!\A)\b(?:should|ought|shouldn['’]t)\b|\A\W*\w+n['’]t\b", re.I | re.S)
#: A kicker opening a text that labels it an opinion piece or an analysis ("Opinion: ", "ANALYSIS | ", "Comment" on a
#: line of its own): its writer argues, so a question set apart opening "Who" or "Why" asks of the copy above as
#: "Who pays for this?" does ("Who benefits?"), where an explainer's heads the copy below.
_ARGUING_KICKER = re.compile(r"\A\W*(?:opinion|op-ed|comment|commentary|analysis|editorial|column|viewpoint)"
                             r"[^\S\r\n]*(?:[:|–—-]|\r?\n)", re.I)
#: A question opening "Who" or "Why".
_WHO_OR_WHY = re.compile(r"\A\W*(?:who|why)\b", re.I)
#: Question words that open a heading ending in a colon with copy below it ("What happens next:", "What we know so
#: far:"): it asks what the copy answers, as no writer's sentence ending in a colon does.
_HEADING_QUESTIONS = frozenset("what who whom whose where when why how which".split())
#: A list item's mark opening a line: a bullet, a number's or a letter's ("• ", "1. ", "2) ", "(a) ", "b. ").
_ITEM_MARK = re.compile(r"\s*(?:[•▪‣◦·*–—-]|\d{1,3}[.)]|\(?[a-zA-Z]\)|[a-zA-Z]\.)\s")
#: How many characters and lines below a list's heading are read for its items (see :func:`_list_below`).
_LIST_LOOK = 600
_LIST_LINES = 3
#: Quotation marks and brackets that may close a crosshead after its question mark ('What is "fair"?').
_CLOSING_MARKS = "\"'”’)] "
#: The words in lower case that a heading in title case may hold ("Risks and Uncertainties", "About the Offer").
_HEADING_JOINERS = frozenset("a an the of and or for to in on at by with from as vs &".split())
#: Lines a web page sets inside a story that head no section of it (see :func:`_section_heading`).
_INTERSTITIALS = frozenset(["continue reading", "story continues below", "story continues", "photo gallery", "watch",
                            "video", "listen", "gallery", "photos", "more", "related", "see also", "click here",
                            "read on", "keep reading", "watch video", "watch the video", "editor's note"])


#: The indefinite article opening a source span ("A media watchdog"), or ending the sentence's text before one.
_INDEFINITE = re.compile(r"(?:a|an)\s+", re.I)
_INDEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:a|an)\s+$", re.I)
#: One capitalised word made an adjective from a name ("Orwellian", "Dickensian", "Kafkaesque"): after "the" too, no
#: line of goods' name ("The ministry took the Orwellian line"; see :func:`_in_product_name`).
_ADJECTIVE_FROM_NAME = re.compile(r"[A-Z][a-z]+(?:ian|esque)")


def build_profile(sentences: Iterable[Sentence], labels: Sequence[str], text: str | None = None, *,
                  quotes: list[tuple[int, int]] | None = None,
                  furniture: Sequence[bool] | None = None,
                  turns: Sequence[SpeakerTurn] | None = None) -> Profile:
    """Counts and shares per label, sources, each sentence's credit and where the mention it was drawn from is
    written (see :meth:`_Credits.credit_speaking`, :meth:`Speakers.speaker`), loaded phrases, unsourced claims,
    denial pairs, and the accusers' rebuttals that the model labelled denials (see :func:`find_rebuttals`).

    A sentence that is attributed or a denial but names no source of its own
    is credited to the most recent source, as a continuation of its account.
    With the document's ``text`` (which the sentences' offsets index), a
    quotation that runs over several sentences is credited to the source named
    (or referred to: "she said") where it closes, and an evaluative sentence
    wholly inside a quotation (see :func:`framing.spans.quotations`) is the speaker's, not counted as unsourced,
    and page furniture (a headline, byline, stamp, caption or promotion line: see
    :func:`framing.furniture.page_furniture`) is credited only to a source it names (a byline or credit line to
    none) and, but for the headline,
    is no unsourced claim.
    ``quotes``: ``quoted_regions(text)`` when the caller has it already; ``furniture``: one flag a
    sentence, ``page_furniture(text, bounds)`` of the sentences' bounds, likewise; ``turns``:
    ``speaker_turns(text, bounds, quotes)``, likewise.
    In an interview transcript or Q&A (with ``text``: see :func:`framing.turns.speaker_turns`), every
    sentence of a speaker's turn is credited to that speaker, whatever its label (see :class:`Speakers`),
    and is the speaker's voice: its loaded words are not the writer's, nor is it an unsourced claim.
    A sentence whose label is none of ``labels`` raises :class:`InputError`:
    its counts and shares would not add up; arguments of the wrong type (a ``to_dict()`` record for a
    sentence, a Document for its sentences, bytes for ``text``) raise ``TypeError`` naming the argument.
    """
    sentences, labels = _checked_input(sentences, labels, text)
    total = len(sentences)
    counts = Counter(s.label for s in sentences)
    regions = (quoted_regions(text) if quotes is None else quotes) if text else []
    runs = _closed_quotations(sentences, text, regions)
    voiced = quotations(text, regions) if text else []  # a sentence wholly inside one is its speaker's voice
    speakers = Speakers(sentences, text, regions, turns)
    # a line a speaker's label opens is their turn, though it stands where a headline would ("ROE: That is not
    # true, and —" first, cut off without a stop)
    furniture = [flag and not speakers.labelled(index)
                 for index, flag in enumerate(_furniture(sentences, text, furniture))]
    # a line heading a section or sidebar ("II. The Decision", "FAST FACTS") is no one's, and ends the account going on
    apart = [bool(text) and _heads_section(sentence, text or "") for sentence in sentences]
    headings = [line or heading for line, heading in zip(apart, _section_headings(sentences, text, furniture))]
    unvoiced = [flag or line for flag, line in zip(furniture, apart)]
    credited, shown, mentions = credit_sources(sentences, runs, voiced, unvoiced, regions, speakers, headings,
                                                text)
    aside = _furniture_aside(sentences, text, furniture)
    framing = (framing_denials(sentences, aside) | corrections(sentences, credited, speakers)
               | interviewer_denials(sentences, speakers, credited, mentions) | formula_denials(sentences)
               | questions_put(sentences, credited, voiced, speakers, text) | court_rulings(sentences, credited)
               | verdict_denials(sentences, credited))
    clients = clients_served(sentences, credited, mentions)
    served = [bodies | client for bodies, client in zip(
        bodies_served(sentences, credited, mentions, release_issuers(sentences, furniture, credited)), clients)]
    rebuttals = find_rebuttals(sentences, credited, furniture, framing, served, clients)
    # an accusation labelled a denial is no denial; an accuser's rebuttal stays one, as find_rebuttals read it
    framing |= accusation_denials(sentences) - set(rebuttals)
    spoken = speakers.turn_of  # a sentence in a speaker's turn is the speaker's voice, not the writer's
    unsourced = _unsourced_opinions(sentences, voiced, aside, spoken, text)
    return {
        "sentences": total,
        "counts": {label: counts.get(label, 0) for label in labels},
        "shares": {label: (counts.get(label, 0) / total if total else 0.0) for label in labels},
        "sources": _source_entries(sentences, credited, shown, rebuttals, framing),
        "credits": [credited.get(i) for i in range(total)],
        "credit_mentions": [list(mentions[i]) if i in credited else None for i in range(total)],
        "loaded_phrases": _writers_loaded_phrases(sentences, spoken, aside,
                                                  [(credited[i], mentions[i]) if i in credited else None
                                                   for i in range(total)]),
        # a model without the opinion label cannot tell: null, not a measured zero
        "unsourced_evaluative_share": (None if "editorial_opinion" not in labels
                                       else len(unsourced) / total if total else 0.0),
        "unsourced_sentences": unsourced,
        # a crosshead asking a question ("What happened?") signposts the answer below it: no one's allegation
        "denials": posted_denial_pairs(sentences, credited, rebuttals, _with_signposts(furniture, sentences, text),
                                       framing, served, text),
        "rebuttals": [{"rebuttal": index, "source": credited[index], "allegation": allegation}
                      for index, allegation in rebuttals.items()],
    }


def _source_entries(sentences: Sequence[Sentence], credited: dict[int, str], shown: dict[str, str],
                    rebuttals: dict[int, int], framing: frozenset[int]) -> list[ProfileSource]:
    """A profile's ``sources``: each source ``credited`` with a sentence, shown as ``shown`` says, most credited
    first, with its sentences' labels, and whether it denies (a rebuttal, see :func:`find_rebuttals`, is no denial,
    nor is furniture's, ``framing``: see :func:`framing_denials`)."""
    sources: dict[str, dict[str, Any]] = {}
    for index, name in credited.items():
        entry = sources.setdefault(name, {"source": name, "display": shown.get(name, name), "sentences": 0,
                                          "labels": Counter(), "denies": False})
        entry["sentences"] += 1
        entry["labels"][sentences[index].label] += 1
        entry["denies"] |= (sentences[index].label == "official_denial" and index not in rebuttals
                            and index not in framing)
    return [{"source": entry["source"], "display": entry["display"], "sentences": entry["sentences"],
             "labels": dict(entry["labels"]), "denies": entry["denies"]}
            for entry in sorted(sources.values(), key=lambda e: (-e["sentences"], e["source"]))]


def _writers_loaded_phrases(sentences: Sequence[Sentence], spoken: Sequence[SpeakerTurn | None],
                            aside: Sequence[bool], credits: Sequence[_Credit | None]) -> list[LoadedPhrase]:
    """A profile's ``loaded_phrases``: the writer's loaded wording (see :func:`_writers_wordings`), most used first,
    each phrase counted under its :func:`_phrase_key`."""
    loaded = Counter(_phrase_key(wording.text) for wording in _writers_wordings(sentences, spoken, aside, credits))
    return [{"text": text, "count": n} for text, n in loaded.most_common()]


#: An article opening a loaded phrase, before its next word ("a " of "a clear violation").
_PHRASE_ARTICLE = re.compile(r"(?:a|an|the) (?=\S)")


def _phrase_key(text: str) -> str:
    """What two writings of one loaded phrase share, so that they count as one: its :func:`text_key`, with each run
    of whitespace (a line break of hard-wrapped copy) read as one space and an article opening it left out, as the
    head marks it with the phrase or not ("A clear violation" over a line break is "clear violation")."""
    key = " ".join(text_key(text).split())
    article = _PHRASE_ARTICLE.match(key)
    return key[article.end():] if article else key


def _writers_wordings(sentences: Sequence[Sentence], spoken: Sequence[SpeakerTurn | None],
                      aside: Sequence[bool], credits: Sequence[_Credit | None]) -> Iterator[Span]:
    """The writer's loaded wording in ``sentences`` (see :func:`writers_wording`), in order: a sentence in a
    speaker's turn (``spoken``) is the speaker's voice, not the writer's, and page furniture but the headline
    (``aside``) no part of the article's copy; nor is the name each sentence is credited to (``credits``, see
    :func:`_names_credit`) the writer's wording, though the model tagged it loaded ("Hollow" of "Hollow disputed
    the figures", a company), nor the capitalised words of a name credited elsewhere in the document, past a
    sentence's first word (see :func:`_names_a_source`), nor a person's name the document writes (see
    :func:`_names_a_person`: "Sorby" of "Her mother, Britt Sorby, arrived" after "Elin Sorby died"), nor a word of a
    title or name in capitals (see :func:`_in_a_title`: "Bread" of "staged Bread and Circuses"), nor a press
    release's safe-harbor boilerplate however the page sets it (see :func:`_safe_harbor_boilerplate`), nor the
    publication's correction of its own piece ("misspelled" of "Editor's note: An earlier version of this story
    misspelled the name of ...": see :func:`framing.credit_own_work.corrects_own_piece`), a note on the copy that
    says what it got wrong, no wording of the article's."""
    names = {credit[0] for credit in credits if credit is not None}
    people: Counter[str] | None = None  # how many sentences write each surname, read once a wording asks
    openers: Counter[str] = Counter()  # how many sentences a bare surname opens (see _bare_opening)
    for sentence, turn, off, credit in zip(sentences, spoken, aside, credits):
        if (turn is None and not off and not _safe_harbor_boilerplate(sentence.text)
                and not corrects_own_piece(sentence)):
            for wording in filter(None, (writers_wording(span, sentence) for span in sentence.spans)):
                if (_names_credit(wording, sentence, credit) or _names_a_source(wording, sentence, names)
                        or _in_a_title(wording, sentence)):
                    continue
                if wording.text[:1].isupper():
                    if people is None:
                        people = Counter(key for s in sentences for key in people_in(s.text))
                        openers = Counter(filter(None, (_bare_opening(s.text) for s in sentences)))
                    if _names_a_person(wording, sentence, people, openers):
                        continue
                yield wording


#: A title's capitalised words before and after a loaded span, joined by "and", "&", "the" or "of the" somewhere
#: ("Bread" of "staged Bread and Circuses": " and Circuses" after it; "Savage" of "The Savage Heart of the Sea"), as
#: no epithet before a person's name is ("Tyrant Vell on the council", "Tyrant Vell and his allies").
_TITLE_JOINER = r"(?:and|&|the|of\s+the)"
_TITLE_BEFORE = re.compile(rf"[A-Z][\w'’-]*\s+{_TITLE_JOINER}\s+(?:[A-Z][\w'’-]*\s+)*$")
_TITLE_AFTER = re.compile(rf"(?:\s+[A-Z][\w'’-]*)*\s+{_TITLE_JOINER}\s+[A-Z]")


def _in_a_title(wording: Span, sentence: Sentence) -> bool:
    """Whether the loaded ``wording`` of ``sentence``, each of its words capitalised, none in capitals throughout, and
    not opening the sentence, is a word of a title of capitalised words that a title's small word joins (see
    ``_TITLE_AFTER``: "Bread" of "Northgate staged Bread and Circuses, a satire"): a play's or a book's name, no
    wording of the writer's, though fewer capitalised words than :func:`_in_proper_name` asks of a body's name;
    never in a headline or crosshead in title case, whose capitals say nothing."""
    text, at, end = sentence.text, wording.start - sentence.start, wording.end - sentence.start
    words = wording.text.split()
    if (at <= 0 or not words or not all(word[:1].isupper() and not word.isupper() for word in words)
            or title_case(text) or at < _title_case_heading_end(text)):
        return False
    return bool(_TITLE_BEFORE.search(text, 0, at) or _TITLE_AFTER.match(text, end))


#: A press release's safe-harbor words: "forward-looking statements" or "information", "safe harbor statement" or
#: "provisions", results or events that "may differ materially" (an adverb allowed before "differ").
_SAFE_HARBOR_WORDS = re.compile(r"\bforward[-\s]looking\s+(?:statements?|information)\b"
                                r"|\bsafe[-\s]harbou?r\s+(?:statements?|provisions?)\b"
                                r"|\b(?:results|events|outcomes?|performance)\s+(?:may|could|might|will|would)\s+"
                                r"(?:\w+ly\s+)?differ\s+materially\b", re.I)
#: Words one of which each match of ``_SAFE_HARBOR_WORDS`` holds, in lower case (see
#: :func:`framing.textchars.case_blind`).
_SAFE_HARBOR_NEEDS = ("forward", "harbo", "differ")


def _safe_harbor_boilerplate(text: str) -> bool:
    """Whether the sentence ``text`` is a press release's safe-harbor boilerplate (see ``_SAFE_HARBOR_WORDS``: "This
    press release contains forward-looking statements.", "Actual results may differ materially."), legal formula
    whose words ("forward-looking", "materially") are no writer's loaded wording, under a heading or not. Most
    sentences hold none of the words each match does (see ``_SAFE_HARBOR_NEEDS``), and are not searched."""
    folded = case_blind(text)
    return any(word in folded for word in _SAFE_HARBOR_NEEDS) and _SAFE_HARBOR_WORDS.search(text) is not None


def _names_a_source(span: Span, sentence: Sentence, names: Collection[str]) -> bool:
    """Whether the loaded ``span`` of ``sentence``, past the sentence's first word, is capitalised words all of one
    name among ``names`` (canonical, the sources the document credits): "Tessaly" of "The board fined Tessaly Bank"
    or of a headline "Watchdog fines Tessaly Bank" where "Tessaly rejected the findings" is credited to Tessaly, a
    name the model may tag loaded, not the writer's wording. A sentence's first word, capitalised as any is, is
    left to :func:`_names_credit`."""
    words = [word.strip(EDGE) for word in span.text.split()]
    if span.start == sentence.start or not words or not all(opens_like_a_name(word) for word in words):
        return False
    keys = {text_key(POSSESSIVE_END.sub("", word)) for word in words}
    return any(keys <= set(name.split(" ")) for name in names)


#: A capitalised word opening a sentence alone, then its "'s", a comma or a word in lower case ("Sorby was 19.",
#: "Sorby, a driver, ...", "Sorby's mother"): a surname standing for a person if the document writes one so.
_BARE_OPENING = re.compile(r"([A-Z][\w-]*)(?=['’]s\b|,\s|\s+[a-z])")


def _bare_opening(text: str) -> str | None:
    """The key of the word opening ``text`` alone (see ``_BARE_OPENING``), or ``None``."""
    found = _BARE_OPENING.match(text)
    return None if found is None else text_key(found.group(1))


def _names_a_person(span: Span, sentence: Sentence, written: Counter[str], openers: Counter[str]) -> bool:
    """Whether the loaded ``span`` of ``sentence`` is one capitalised word, a surname (its "'s" aside) of a personal
    name the document writes outside the span's own run of words (``written``: how many sentences write each
    surname, see :func:`framing.index_name_words.people_in`, after a title too: "Councillor Ann Coombe"; the
    sentence read again with the span blanked out):
    "Sorby" of "Sorby's mother, Britt Sorby, arrived" where "Elin Sorby" is written, a person's name the model may
    tag loaded, not the writer's wording. Opening the sentence, only alone before "'s", a comma or a word in lower
    case (see ``_BARE_OPENING``) and written so in another sentence ("Sorby, a driver, had debts." after "Elin
    Sorby"); in its own run, a surname that opens another sentence so (``openers``: "Sorby" of "Elin Sorby died"
    before "Sorby was 19."). Not "Brazen" of "called Tessaly Brazen", which only its own run of capitalised words
    made a surname, nor of "Brazen Tessaly lost" opening a sentence, capitalised as any first word is."""
    word = span.text.strip(EDGE)
    if not word[:1].isupper() or " " in word:
        return False
    key = text_key(POSSESSIVE_END.sub("", word))
    own = key in people_in(sentence.text)
    if span.start == sentence.start:
        return _bare_opening(sentence.text) == key and written[key] > own
    at, end = span.start - sentence.start, span.end - sentence.start
    if written[key] > own:
        return True  # written in another sentence
    if own and openers[key] > (_bare_opening(sentence.text) == key):
        return True  # its own run a person's name, whom another sentence calls by the surname alone
    return key in people_in(sentence.text[:at] + " " * (end - at) + sentence.text[end:])


def _names_credit(span: Span, sentence: Sentence, credit: _Credit | None) -> bool:
    """Whether the loaded ``span`` of ``sentence`` lies in the mention the sentence is ``credit``ed by (the source's
    name and where the mention is written) and its words, each capitalised, are words of that name: the name of the
    source credited ("Savage" of "Dr. Mark Savage, who ran the clinic, denied it", "Free Voices" of "Free Voices, a
    campaign group, said"), which the model may tag loaded, as the word is one in other copy, and which may lie
    outside the source span the model marked, or where it marked none. The writer's word for the source
    ("notorious", "so-called") is none of the name's words, or in lower case, and stays loaded, as does an
    evaluative word opening the sentence (see :func:`_evaluative_opener`: "Notorious", "Disgraced former
    minister"). A name in a script without capitals (Arabic, Hebrew) counts as capitalised."""
    if credit is None:
        return False
    name, (start, end) = credit
    words = [word.strip(EDGE) for word in span.text.split()]
    if words and span.start == sentence.start and _evaluative_opener(words[0], sentence):
        return False  # "Notorious", "Disgraced" opening the sentence: the writer's word, as writers_wording reads it
    known = {word.strip(EDGE) for word in name.split()}
    return (start <= span.start and span.end <= end and bool(words)
            and all(opens_like_a_name(word) and text_key(POSSESSIVE_END.sub("", word)) in known for word in words))


def document_writers_loaded(doc: Document) -> list[Span]:
    """The writer's loaded wording in ``doc``, in document order, as its profile's ``loaded_phrases`` counts it
    (what :meth:`framing.Document.writers_loaded` gives): of the ``loaded`` spans the model marked, not those that are a
    cue, a source's name or role, the name a sentence is credited to, in a speaker's turn or in page furniture but
    the headline, and only the writer's part of one overlapping a cue (see :func:`writers_wording`); the credits
    are those of its profile (see :func:`current_profile`)."""
    text = doc.text or None
    spoken = Speakers(doc.sentences, text, quoted_regions(text) if text else [], None).turn_of
    profile = current_profile(doc)
    credits = [(name, (mention[0], mention[1])) if name is not None and mention else None
               for name, mention in zip(profile["credits"], profile["credit_mentions"])]
    return list(_writers_wordings(doc.sentences, spoken, _furniture_aside(doc.sentences, text), credits))


def _furniture_aside(sentences: Sequence[Sentence], text: str | None,
                    furniture: Sequence[bool] | None = None) -> Sequence[bool]:
    """Whether each of ``sentences`` of ``text`` is page furniture other than the headline (a cookie banner, a
    link's title, a caption; ``furniture``: ``page_furniture(text, bounds)`` when the caller has it): not the
    article's copy, so neither its opinion, its loaded words nor its denial are the writer's or anyone's; the
    headline is the outlet's own voice and counts. Without a text none is; the headline is sought only where
    furniture holds any of these."""
    furniture = _furniture(sentences, text, furniture)
    if not text or not any(f and (s.label in ("editorial_opinion", "official_denial")
                                  or any(span.type == "loaded" for span in s.spans))
                           for s, f in zip(sentences, furniture)):
        return [False] * len(sentences)
    headline = in_headline(text, [(s.start, s.end) for s in sentences])
    return [f and not h for f, h in zip(furniture, headline)]


def _unsourced_opinions(sentences: Sequence[Sentence], voiced: list[tuple[int, int]], aside: Sequence[bool],
                        spoken: Sequence[SpeakerTurn | None], text: str | None) -> list[int]:
    """A profile's ``unsourced_sentences``: the opinion sentences that are the writer's own, outside the
    quotations ``voiced`` and the speakers' turns (``spoken``), in the article's copy or its headline (not
    ``aside``), no press release's safe-harbor boilerplate (see :func:`_safe_harbor_boilerplate`: "Actual results
    may differ materially." is legal formula, no verdict) and no signpost of the ``text`` (see :func:`_signposts`)."""
    # an evaluative sentence inside quotation marks or a speaker's turn is its speaker's, not the writer's
    found = [i for i, s in enumerate(sentences)
             if s.label == "editorial_opinion" and spoken[i] is None and not aside[i] and not in_quotation(s, voiced)
             and not _safe_harbor_boilerplate(s.text)]
    if not found or not text:
        return found
    signposts = _signposts(sentences, text)
    return [i for i in found if not signposts[i]]


def _with_signposts(furniture: list[bool], sentences: Sequence[Sentence], text: str | None) -> list[bool]:
    """``furniture`` with the sentences that signpost the page (see :func:`_signposts`: a crosshead asking a
    question, "Did they take money?") flagged too: like page furniture, none is anyone's account that a denial
    answers."""
    if not text:
        return furniture
    return [flag or signpost for flag, signpost in zip(furniture, _signposts(sentences, text))]


def _signposts(sentences: Sequence[Sentence], text: str) -> list[bool]:
    """Whether each of ``sentences`` of ``text`` signposts the page rather than says anything: a list's heading or,
    where the text has two or more, a crosshead asking a question (see :func:`_crosshead`: "Key facts:", "What is
    the city doing?"), a line heading a section or sidebar (see :func:`_heads_section`: "II. The Decision", "FAST
    FACTS"), or the text's closing editorial note ("This interview has been edited for length and clarity.", see
    :func:`framing.textlines.closing_note`), which is no one's. The model may label any of them an opinion; none is
    the writer's verdict. One question set apart in a text is more often the writer's own ("How is that
    possible?") than a crosshead."""
    arguing = _ARGUING_KICKER.match(text) is not None
    kinds = [_crosshead(sentence, text, arguing) if index else "" for index, sentence in enumerate(sentences)]
    questions = kinds.count("?")
    flags = [kind == ":" or (kind == "?" and questions > 1) or _heads_section(sentence, text)
             for kind, sentence in zip(kinds, sentences)]
    note = closing_note(text, [(s.start, s.end) for s in sentences])
    if note is not None:
        flags[note:] = [True] * (len(sentences) - note)
    return flags


def _crosshead(sentence: Sentence, text: str, arguing: bool) -> str:
    """What ``sentence`` of ``text`` ends with ("?" or ":") when it is a crosshead asking a question or a list's
    heading, else "": a blank line above it, no other colon, and either up to ``_CROSSHEAD_WORDS`` words
    ending in a question mark with a blank line below ("What is the city doing?"), or up to ``_LIST_HEADING_WORDS``
    words, no comma, ending in a colon after a word that leaves no sentence hanging (``_HANGING``), with a line
    break below ("Key facts:" above its list; not "Imagine that she:" nor "... the following:", which a writer's
    sentence goes on from), with a list below (see :func:`_list_below`; not "My verdict is damning:" above
    sentences) unless it opens with a question word (``_HEADING_QUESTIONS``: "What happens next:"). A longer one
    stays the writer's, as does one asked in the copy ("So one has to wonder: why?"), a question opening
    with a conjunction (``_QUESTION_OPENERS``: "And why did nobody stop him?"), holding a loaded span or arguing
    (``_ARGUING_QUESTION``: "Who pays for this?", "Why should renters pay?"), which argue rather than signpost, and
    in a piece whose kicker says it argues (``arguing``: see ``_ARGUING_KICKER``) one opening "Who" or "Why" ("Who
    benefits?")."""
    words = sentence.text.rstrip(_CLOSING_MARKS)
    end = words[-1:]
    if end not in ("?", ":") or ":" in words[:-1]:
        return ""
    split = words[:-1].split()
    if not split or (end == "?" and len(split) > _CROSSHEAD_WORDS):
        return ""
    if end == ":" and (len(split) > _LIST_HEADING_WORDS or "," in words or split[-1].lower() in _HANGING
                       or (split[0].lower() not in _HEADING_QUESTIONS and not _list_below(text, sentence.end))):
        return ""
    if end == "?" and (split[0] in _QUESTION_OPENERS or any(span.type == "loaded" for span in sentence.spans)
                       or _ARGUING_QUESTION.search(words) or (arguing and _WHO_OR_WHY.match(words))):
        # "And why did nobody stop him?", "Who is to blame for this shameful mess?", "Who pays for this?": the writer
        return ""
    before = text[max(0, sentence.start - _HEADING_MARGIN):sentence.start]
    after = text[sentence.end:sentence.end + _HEADING_MARGIN]
    below = _BLANK_LINE_AFTER if end == "?" else _LINE_AFTER
    set_apart = _BLANK_LINE_BEFORE.search(before) is not None and (not after.strip() or below.match(after) is not None)
    return end if set_apart else ""


def _list_below(text: str, end: int) -> bool:
    """Whether the lines below a heading that ends at ``end`` of ``text`` read as a list: the first opens with a
    bullet, a number's or a letter's mark ("1. Who will pay."), or two or more are short (up to
    ``_CROSSHEAD_WORDS`` words) and either hold a colon or a digit ("Tankers: 30", "Crew: 6.") or end without a
    sentence's final stop; lines of sentences ("He lied. He failed.") are copy that the heading introduces, so it
    is the writer's."""
    lines = text[end:end + _LIST_LOOK].lstrip().splitlines()[:_LIST_LINES]
    if lines and _ITEM_MARK.match(lines[0]):
        return True
    short = 0
    for line in lines:
        words = line.split()
        if not words or len(words) > _CROSSHEAD_WORDS or (
                line.rstrip(_CLOSING_MARKS)[-1:] in ".!?" and ":" not in line and not any(c.isdigit() for c in line)):
            break
        short += 1
    return short >= 2


def document_labels(doc: Document) -> tuple[str, ...]:
    """The labels to (re)build ``doc``'s profile with: its profile's label order (without one, the model's:
    the order of the first scores a sentence has), then any other label a sentence holds."""
    counts = doc.profile.get("counts") if isinstance(doc.profile, dict) else None
    known = tuple(counts) if isinstance(counts, dict) and counts else next(
        (tuple(s.scores) for s in doc.sentences if s.scores), ())
    return tuple(dict.fromkeys((*known, *sorted({s.label for s in doc.sentences}))))


def current_profile(doc: Document, labels: Sequence[str] = ()) -> Profile:
    """``doc.profile`` when it is the one the Analyzer built for exactly these sentences, unchanged since, and
    is whole, else one built from the sentences over :func:`document_labels` followed by ``labels``: a stored
    profile (``from_dict``), one carried over to edited sentences (``dataclasses.replace``) or one edited in
    place may count, credit or pair other sentences than these, though it has the right form, so what is
    drawn or summed up is rebuilt to say what the sentences show."""
    if doc._holds_built_profile() and _well_formed(doc.profile, doc.sentences):
        return doc.profile
    logger.debug("rebuilding a document's profile from its sentences: it is not the profile the Analyzer built "
                 "for them, or it is empty or was damaged since")
    return build_profile(doc.sentences, tuple(dict.fromkeys((*document_labels(doc), *labels))), doc.text)


def _well_formed(profile: object, sentences: Sequence[Sentence]) -> bool:
    """Whether ``profile`` has every key :func:`build_profile` writes, in the form a report or summary reads
    (whole counts, positions of ``sentences``), and counts exactly the labels they hold: false for a profile
    left empty (``analyze_many(profile=False)``) or changed in place after analysis."""
    if not isinstance(profile, dict) or not _PROFILE_KEYS <= profile.keys():
        return False
    counts = profile["counts"]
    return (isinstance(counts, dict) and _whole(counts.values()) and profile["sentences"] == len(sentences)
            and dict(Counter(s.label for s in sentences)) == {k: n for k, n in counts.items() if n}
            and _opinion_positions(profile["unsourced_sentences"], sentences)
            and all(_entries_fit(profile[key], keys) for key, keys in _ENTRY_KEYS.items())
            and all(_whole(entry["labels"].values()) for entry in profile["sources"]))


def _opinion_positions(indices: object, sentences: Sequence[Sentence]) -> bool:
    """Whether ``indices`` is a list of positions of ``sentences`` labelled editorial_opinion, each once, in order."""
    return (isinstance(indices, list) and _whole(indices) and indices == sorted(set(indices))
            and all(0 <= i < len(sentences) and sentences[i].label == "editorial_opinion" for i in indices))


def _whole(values: Iterable[object]) -> bool:
    """Whether every one of ``values`` is a whole number (an int, not a bool or a float)."""
    return all(isinstance(v, int) and not isinstance(v, bool) for v in values)


def _entries_fit(entries: object, keys: dict[str, type | tuple[type, ...]]) -> bool:
    """Whether ``entries`` is a list of dicts holding ``keys`` with values of their types."""
    return isinstance(entries, list) and all(
        isinstance(entry, dict) and all(isinstance(entry.get(key, ...), kind) for key, kind in keys.items())
        for entry in entries)


def _checked_input(sentences: Iterable[Sentence], labels: Sequence[str],
                   text: object) -> tuple[Sequence[Sentence], Sequence[str]]:
    """``sentences`` and ``labels`` as sequences (any other iterable is listed), refusing with ``TypeError``
    what is no iterable of :class:`Sentence` objects or of label names and a ``text`` that is no string,
    and with :class:`InputError` a sentence labelled with none of ``labels`` (a typo in a hand correction),
    which the counts would leave out. One ``isinstance`` a sentence: this runs for every analysed document."""
    if isinstance(text, (bytes, bytearray)):
        raise TypeError(f"text must be str or None, got {type(text).__name__}; decode it first "
                        "(e.g. data.decode('utf-8'))")
    if text is not None and not isinstance(text, str):
        raise TypeError(f"text must be str or None, got {type(text).__name__}")
    if isinstance(sentences, Document):
        raise TypeError("sentences must be an iterable of framing Sentences, got a Document; pass doc.sentences")
    if isinstance(sentences, (str, bytes, bytearray, Mapping)) or not isinstance(sentences, Iterable):
        raise TypeError(f"sentences must be an iterable of framing Sentences, got {type(sentences).__name__}")
    if isinstance(labels, str):
        raise TypeError(f"labels must be a list of label names, got the single string {labels!r}; wrap it in a list")
    labels = check_names(labels, "labels")
    sentences = sentences if isinstance(sentences, (list, tuple)) else list(sentences)
    for index, label in enumerate(labels):
        if not isinstance(label, str):
            raise TypeError(f"labels[{index}] must be a label name (str), got {type(label).__name__}")
    known = set(labels)
    for index, sentence in enumerate(sentences):
        if not isinstance(sentence, Sentence):
            hint = ": read to_dict() records with Sentence.from_dict" if isinstance(sentence, dict) else ""
            raise TypeError(f"sentences[{index}] must be a framing Sentence, got {type(sentence).__name__}{hint}")
        if sentence.label not in known:
            raise InputError(f"sentences[{index}] has label {sentence.label!r}, which is none of the labels "
                             f"{', '.join(map(str, labels))}{did_you_mean(sentence.label, labels)}")
    return sentences, labels


def writer_loaded(span, sentence: Sentence) -> bool:
    """Whether a ``loaded`` span of ``sentence`` holds the writer's wording (see :func:`writers_wording`), from the
    sentence alone: a sentence in a speaker's turn or page furniture is no writer's, which only the document tells
    (:meth:`framing.Document.writers_loaded` leaves such spans out)."""
    return writers_wording(span, sentence) is not None


def writers_wording(span, sentence: Sentence) -> Span | None:
    """The writer's wording in a ``loaded`` span of ``sentence``, not the credit itself, or ``None``: the span where
    it overlaps no cue ("claimed") and, where it overlaps a source, its words are not all names, capitalised
    ("PolitiFact"), or a person's role ("A Corvane spokeswoman"), an evaluative word opening the sentence counting
    as lower case ("Notorious", "Disgraced former minister": :func:`_evaluative_opener`); of a span overlapping a
    cue, only the manner adverb that opens it before the cue's verb ("laughably" of "laughably claimed", see
    :func:`_writers_adverb`), or the whole span where it is the writer's adjective on the cue's noun inside the cue
    ("smug" of "smug assurances", see :func:`_writers_adjective`), else its words after the cues where they tell
    how the source spoke
    (:func:`_after_cues`: "without evidence" of "claimed without evidence", not "the decision" of "slammed the
    decision"), or else its words before the cues, but pronouns alone (:func:`_before_cues`: "furious" of "a furious
    attack" with the cue "attack"), read as a span of their own; what a source's cue of naming calls its object is
    the source's ("reckless" of "Critics called the plan reckless": :func:`_in_naming`); an adverb of how
    forcefully or openly the source spoke in or next to a cue is none ("strenuously" of "strenuously denied": see
    :func:`_source_manner`), nor is a
    fact-check's label opening the sentence ("CLAIM" of "CLAIM: ...": see ``FACT_CHECK_LABEL``) nor a wire desk's
    slug ("COLUMN-" of "COLUMN-Stop ...", see :func:`framing.segment.wire_slug_length`). The writer's own word for a
    source ("the so-called Open Ledger Initiative", "the notorious agency's spokesman") is loaded wording, as
    LABELS.md asks."""
    if (span.type != "loaded" or _source_manner(span, sentence) or _neutral_legal(span)
            or _quantity_adjective(span, sentence)):
        return None
    label = FACT_CHECK_LABEL.match(sentence.text)
    if label and span.end - sentence.start <= label.end():
        return None  # "CLAIM" of "CLAIM: The embassy said ...": a fact-check's label, no wording of the writer's
    slug = wire_slug_length(sentence.text)
    if slug and span.start - sentence.start < slug:  # "COLUMN-" of "COLUMN-Stop letting your bank rob you"
        past = past_label(span, sentence.start + slug) if span.end - sentence.start > slug else None
        return writers_wording(past, sentence) if past else None

    def overlaps(other) -> bool:
        return other.start < span.end and span.start < other.end

    cues = [s for s in sentence.spans if s.type == "cue" and overlaps(s)]
    if cues:
        adverb = _writers_adverb(span, cues)
        if adverb and not _source_manner(adverb, sentence):
            return adverb
        if _writers_adjective(span, cues, sentence):
            return span  # "smug" of "their smug assurances" with the cue "smug assurances": the writer's word
        after = _after_cues(span, cues, sentence)  # read only failing the adverb: it reads the quotations
        before = None if after else _before_cues(span, cues)
        return writers_wording(after or before, sentence) if after or before else None
    if (_adverb_of_act(span, sentence) or _in_charge(span, sentence) or _in_naming(span, sentence)
            or _in_proper_name(span, sentence) or _in_place_name(span, sentence) or _in_product_name(span, sentence)
            or _in_title_or_document(span, sentence)):
        return None
    words = [w for w in span.text.split() if w[:1].isalpha()]
    if span.start == sentence.start and words and _evaluative_opener(words[0].strip(EDGE), sentence):
        words = words[1:]  # capitalised only because it opens the sentence: "So-called experts", "Notorious"
        if not words:
            return span
    crediting = all(w[:1].isupper() or role_word(w.strip(EDGE).lower()) for w in words)
    return None if crediting and any(s.type == "source" and overlaps(s) for s in sentence.spans) else span


def _neutral_legal(span) -> bool:
    """Whether the loaded ``span`` is words of ``_NEUTRAL_LEGAL_WORDS`` alone ("allegedly", "recognizance"): neutral
    courtroom language, not the writer's loaded wording; "allegedly censoring" keeps the word that may be."""
    words = [word.strip(EDGE).lower() for word in span.text.split()]
    return bool(words) and all(word in _NEUTRAL_LEGAL_WORDS for word in words)


#: "a great" or "a good" before "many" or "deal" ("a great many pupils", "a good deal of money"): a quantity.
_QUANTITY_ADJECTIVE = re.compile(r"\b[Aa]\s+(?:great|good)\s+(?:many|deal)\b")


def _quantity_adjective(span, sentence: Sentence) -> bool:
    """Whether the loaded ``span`` of ``sentence`` is "great" or "good" alone in "a great many" or "a good deal"
    (see ``_QUANTITY_ADJECTIVE``): a quantity, not the writer's praise."""
    if span.text.strip(EDGE).lower() not in ("great", "good"):
        return False
    start = span.start - sentence.start
    return any(found.start() < start < found.end() for found in _QUANTITY_ADJECTIVE.finditer(sentence.text))


def _source_manner(span, sentence: Sentence) -> bool:
    """Whether the loaded ``span`` of ``sentence`` is adverbs of how forcefully or openly a source spoke alone (see
    ``_SPEAKING_MANNER``), in a cue or next to one, only spaces between: the source's manner, which the cue reports
    ("strenuously" of "The council strenuously denied the claim"), not the writer's loaded wording."""
    words = re.findall(r"[\w'’-]+", span.text)
    if not words or any(word.lower() not in _SPEAKING_MANNER for word in words):
        return False
    text, at = sentence.text, sentence.start

    def touches(cue) -> bool:
        if cue.start < span.end and span.start < cue.end:
            return True
        first, second = (span, cue) if span.end <= cue.start else (cue, span)
        return not text[first.end - at:second.start - at].strip()

    return any(cue.type == "cue" and touches(cue) for cue in sentence.spans)


def _in_proper_name(span, sentence: Sentence) -> bool:
    """Whether the loaded ``span`` of ``sentence`` is words of a proper name, a body's or a campaign's: capitalised
    words (the name's small words, commas or brackets between: see ``_NAME_JOINERS``) that with those beside it make
    ``_NAME_CAPITALS`` capitalised words or more ("Cruel, Inhuman or Degrading" of "the Subcommittee on Prevention of
    Torture and other Cruel, Inhuman or Degrading Treatment", "Killing" of "The NGO Stop the Killing Now"), or an
    acronym in brackets after a capitalised word ("WGED" of "the Working Group on Enforced Disappearances (WGED)"):
    the name's words, not the writer's. Not a span that opens the sentence, whose capital says nothing of a name, nor
    one in a headline or crosshead in title case (see :func:`framing.source_keys.title_case`: "Local Voices Drowned
    Out by Big Money: ..."), nor a word in capitals outside brackets ("THE MANY CAVEATS"), nor an epithet before
    a person's name ("Demogorgon Trump": two capitalised words)."""
    text, at, end = sentence.text, span.start - sentence.start, span.end - sentence.start
    words = [word for word in _NAME_TOKEN.findall(span.text) if word[:1].isalpha()]
    first = _NAME_TOKEN.search(text)
    if (not words or first is None or at <= first.start() or any(not word[:1].isupper() and word not in _NAME_JOINERS
                                                                for word in words)
            or at < _title_case_heading_end(text)):
        return False
    before = list(reversed(list(_NAME_TOKEN.finditer(text, max(0, at - _NAME_REACH), at))))
    after = list(_NAME_TOKEN.finditer(text, end, end + _NAME_REACH))
    capitals = [word for word in words if word[:1].isupper()]
    if all(word.isupper() and len(word) > 1 for word in capitals):  # an acronym: in brackets after a name's word
        return (len(capitals) == 1 and before[:1] != [] and before[0].group() == "(" and after[:1] != []
                and after[0].group() == ")" and _name_capitals(before[1:], first.start()) > 0)
    named = _name_capitals(before, first.start()) + _name_capitals(after, first.start())
    return len(capitals) + named >= _NAME_CAPITALS


def _in_place_name(span, sentence: Sentence) -> bool:
    """Whether the loaded ``span`` of ``sentence``, capitalised words past the sentence's first, is a place's name with
    the word of its kind written beside it, one space between: after a head ("Arlen" of "Storm batters Port Arlen as
    thousands lose power", "Mount Kessel": see ``_PLACE_HEADS``) or before a kind ("Kessington" of "Kessington Bay":
    see ``_PLACE_KINDS``), in a headline in title case too. A name, not the writer's wording; an epithet before a
    person's name ("Crooked Vell") has no such word beside it."""
    at, end = span.start - sentence.start, span.end - sentence.start
    words = [word for word in span.text.split() if word[:1].isalpha()]
    if at == 0 or not words or not all(word[:1].isupper() for word in words):
        return False
    head = _WORD_BEFORE.search(sentence.text, 0, at)
    kind = _WORD_AFTER.match(sentence.text, end)
    return (head is not None and head.group(1) in _PLACE_HEADS) or (kind is not None and kind.group(1) in _PLACE_KINDS)


def _in_product_name(span, sentence: Sentence) -> bool:
    """Whether the loaded ``span`` of ``sentence``, capitalised words past the sentence's first, none in capitals
    throughout, is the name of a line of goods before its noun in lower case, one space between (see
    ``_PRODUCT_KINDS``: "Sparkle" of "Brightwell recalled the Sparkle range"): a product's name, not the writer's
    wording; a capitalised word before another noun ("a Grim bay of wrecks") stays loaded, and so does one after "a"
    or "an", an adjective from a name rather than a line's ("an Orwellian line on dissent", "a Kafkaesque series of
    hearings"; after "the" too, one word in "-ian" or "-esque": "the Orwellian line"), and one before "range from
    ... to", a verb (see ``_RANGE_FROM_TO``: "Orlena's Tidewalkers range from retirees to students")."""
    at, end = span.start - sentence.start, span.end - sentence.start
    words = [word for word in span.text.split() if word[:1].isalpha()]
    if (at == 0 or not words or not all(word[:1].isupper() and not word.isupper() for word in words)
            or _INDEFINITE_BEFORE.search(sentence.text[:at]) or _ADJECTIVE_FROM_NAME.fullmatch(span.text.strip())):
        return False
    kind = _PRODUCT_KIND_AFTER.match(sentence.text, end)
    return (kind is not None and kind.group(1) in _PRODUCT_KINDS
            and _RANGE_FROM_TO.match(sentence.text, end) is None)  # "Tidewalkers range from retirees to students"


def _in_title_or_document(span, sentence: Sentence) -> bool:
    """Whether the loaded ``span`` of ``sentence`` lies in a diplomatic document's name (``_DOCUMENT_NAME``: "verbale"
    of "a note verbale") or in the subject of a mandate's title after its preposition, no cue between the title and
    the span (``_MANDATE``: "extrajudicial" of "the special rapporteur on extrajudicial executions"): words naming a
    document or a role, in lower case or not, not the writer's evaluation."""
    at, end = span.start - sentence.start, span.end - sentence.start
    if any(found.start() <= at and end <= found.end() for found in _DOCUMENT_NAME.finditer(sentence.text)):
        return True
    return any(found.start("subject") <= at and end <= found.end("subject") and not any(
                   cue.type == "cue" and cue.start - sentence.start < end and found.start() < cue.end - sentence.start
                   for cue in sentence.spans)
               for found in _MANDATE.finditer(sentence.text))


@lru_cache(maxsize=256)
def _title_case_heading_end(text: str) -> int:
    """Where the headline or crosshead in title case that ``text``, a sentence, is or opens ends (see
    :func:`framing.source_keys.title_case`): the whole sentence, or its words up to its first colon ("Local Voices
    Drowned Out by Big Money: The council ..."); 0 for none. Read once a sentence, for each of its loaded spans."""
    if title_case(text):
        return len(text)
    colon = text.find(":")
    return colon if colon >= 0 and title_case(text[:colon]) else 0


def _name_capitals(tokens: Sequence[re.Match[str]], first: int) -> int:
    """How many capitalised words, but the sentence's first (at ``first``), the name going on in ``tokens`` holds
    (words and marks read away from a loaded span, see :func:`_in_proper_name`), up to a word that is neither
    capitalised nor a name's small word."""
    count = 0
    for token in tokens:
        if token.group() in _NAME_JOINERS:
            continue
        if not token.group()[:1].isupper():
            break
        count += token.start() != first
    return count


def _adverb_of_act(span, sentence: Sentence) -> bool:
    """Whether the loaded ``span`` of ``sentence`` opens with a manner adverb (:data:`_MANNER_ADVERB`) set right after
    a verb of denying or owning to an act (``_ACT_CUE``, a cue or not), only spaces between, and before a gerund
    (``_GERUND_AFTER``): the adverb tells how the act denied or admitted was done ("knowingly" of "denied knowingly
    taking a banned substance", "admitted deliberately misleading"), what the source denies, not the writer's word
    for how the source spoke ("falsely" of "claimed falsely that"); after other words ("criticised for allegedly
    hiding", "accused of knowingly") it still counts."""
    first = re.match(r"[a-z]+", span.text)
    if first is None or not _MANNER_ADVERB.fullmatch(first[0]) or first[0] in _NOT_ADVERBS:
        return False
    at = span.start - sentence.start
    if not _GERUND_AFTER.match(sentence.text, at + first.end()):
        return False
    verb = _WORD_BEFORE_SPACE.search(sentence.text, 0, at)
    return verb is not None and _ACT_CUE.fullmatch(verb[1].lower()) is not None


def _in_charge(span, sentence: Sentence) -> bool:
    """Whether the loaded ``span`` of ``sentence`` lies in what an accusing cue charges its object with (see
    ``_CHARGED_WITH``): past the verb ("accused", "accuses", "accusing", "accuse" in a cue span), its object and "of",
    up to the clause's end: "falsely claiming" of "Vask accused Ruiz of falsely claiming that the fund was empty", the
    accuser's word for the act charged, not the writer's. Not a passive "Ruiz was accused of knowingly ...", with no
    object between the verb and "of", nor words past a comma ("..., a shameful smear")."""
    at, end = span.start - sentence.start, span.end - sentence.start
    for cue in sentence.spans:
        verb = _ACCUSING_VERB.search(cue.text) if cue.type == "cue" and cue.start < span.start else None
        charged = _CHARGED_WITH.match(sentence.text, cue.start - sentence.start + verb.end()) if verb else None
        if charged is not None and charged.start("charge") <= at and end <= charged.end("charge"):
            return True
    return False


def _in_naming(span, sentence: Sentence) -> bool:
    """Whether the loaded ``span`` of ``sentence`` is what a source's naming cue calls its object (see
    ``_NAMING_VERB``: "reckless" of "Critics called the plan reckless", "a disgrace" of "The opposition branded it a
    disgrace", "accident-prone" of "Critics have described the treasurer as accident-prone"; where the model marked
    no cue in the sentence, a verb in its words whose object, just after it, the model marked content), its object
    between, no clause's break: the namer's word, not the writer's, under any label. Not where the verb's subject,
    past auxiliaries and adverbs (``_BEFORE_NAMING``), names no source (``_NO_NAMER``: "Many call it a disgrace",
    "You can call it a farce", "being dubbed a Hillblazer"), which is the writer's naming, nor a verb's particle
    after it ("called for", "called off")."""
    text, at = sentence.text, span.start - sentence.start
    cues = [cue for cue in sentence.spans if cue.type == "cue"]
    contents = {content.start - sentence.start for content in sentence.spans if content.type == "content"}
    verbs = ([(cue.start - sentence.start + found.start(), cue.end - sentence.start) for cue in cues
              for found in [re.search(r"[\w'’-]+\Z", cue.text)] if found] if cues
             else [(found.start(), found.end()) for found in re.finditer(r"[\w'’-]+", text[:at])
                   if found.end() + 1 in contents])  # no cue marked: a verb whose object the model marked content
    for start, end in verbs:
        naming = _NAMING_VERB.fullmatch(text, start, end) if end <= at else None
        between = _NAMED_OBJECT.fullmatch(text, end, at) if naming else None
        if (naming is None or between is None or _PARTICLE_AFTER.match(text, end) is not None
                or (naming["as"] and not re.search(r"\sas\s+\Z", between.group()))):
            continue
        words = [w for w in re.finditer(r"[\w'’-]+", text[:start])
                 if w.group().lower() not in _BEFORE_NAMING and not re.fullmatch(LY_ADVERB, w.group())]
        # a comma between: a participle after its noun ("The fund, once dubbed a miracle,"), a passive naming no one
        if words and words[-1].group().lower() not in _NO_NAMER and "," not in text[words[-1].end():start]:
            return True
    return False


def _evaluative_opener(word: str, sentence: Sentence) -> bool:
    """Whether ``word``, the first of ``sentence``, is an evaluative word capitalised only because it opens the
    sentence (:data:`_EVALUATIVE_OPENER`), or a participle before a lower-case role or description in the source
    span that opens the sentence (:data:`_PARTICIPLE_OPENER`: "Disgraced former minister", not "Alfred Kwame",
    "Mohamed" of "Mohamed said" or "Mohamed el-Erian", nor "Unnamed" of "Unnamed officials")."""
    if _EVALUATIVE_OPENER.fullmatch(word):
        return True
    if word in _PLAIN_PARTICIPLES:
        return False
    return any(s.type == "source" and s.start == sentence.start and (participle := _PARTICIPLE_OPENER.match(s.text))
               and participle[1] == word and any(role_word(w) or w in _DESCRIPTIONS or w.startswith("ex-")
                                                 for w in s.text[participle.end(1):].partition(",")[0].lower().split())
               for s in sentence.spans)


def _after_cues(span: Span, cues: Sequence[Span], sentence: Sentence) -> Span | None:
    """The words of the loaded ``span`` after every cue it overlaps, as a loaded span, where they tell how the
    source spoke and touch no content span or quotation of ``sentence``: opening with "with" or "without" before
    content ("without evidence" of "claimed without evidence", "with no proof"; not "that" of "said that"), or a
    manner adverb, taken alone ("falsely" of "claimed falsely"); else ``None``. That is the writer's comment on
    the claim, where the cue is the credit itself; what the cue's verb takes ("the decision" of "slammed the
    decision", "Acme Corp" of "insisted Acme Corp") or the claim itself is the source's matter."""
    cut = max(cue.end for cue in cues) - span.start
    rest = span.text[cut:]
    words = re.findall(r"[\w'’-]+", rest)
    if cut <= 0 or not words:
        return None
    start, end = span.start + cut + len(rest) - len(rest.lstrip(EDGE)), span.end - len(rest) + len(rest.rstrip(EDGE))
    opener = words[0]
    if _MANNER_ADVERB.fullmatch(opener) and opener not in _NOT_ADVERBS:
        end = start + len(opener)  # the adverb alone: "falsely" of "claimed falsely that ..."
    elif opener not in _MANNER_PREPOSITIONS or not any(
            len(w) >= CONTENT_LENGTH and w.lower() not in NOT_CONTENT for w in words[1:]):
        return None
    offset = sentence.start
    if (any(s.type == "content" and s.start < end and start < s.end for s in sentence.spans)
            or quotes_within(quoted_regions(sentence.text), start - offset, end - offset)):
        return None
    return Span("loaded", start, end, span.text[start - span.start:end - span.start])


def _before_cues(span: Span, cues: Sequence[Span]) -> Span | None:
    """The words of the loaded ``span`` before every cue it overlaps, as a loaded span, or ``None`` where the span
    starts inside a cue or those words are only pronouns: the writer's word on the account the cue names or on its
    speaker, outside the cue, which is the credit itself ("furious" of "a furious attack" with the cue "attack",
    "exasperated" of "their exasperated rhetoric shows" with the cue "rhetoric shows")."""
    cut = min(cue.start for cue in cues) - span.start
    words = re.findall(r"[\w'’-]+", span.text[:max(cut, 0)])
    if not words or all(word.lower() in PRONOUNS for word in words):
        return None
    rest = span.text[:cut].rstrip(EDGE + " \t\r\n")
    start = len(rest) - len(rest.lstrip(EDGE))
    return Span("loaded", span.start + start, span.start + len(rest), rest[start:])


def _writers_adjective(span, cues: Sequence[Span], sentence: Sentence) -> bool:
    """Whether the loaded ``span`` of ``sentence`` is the writer's adjective on the noun that ends each of the
    ``cues`` it overlaps, written inside the cue before that noun, after an article or an owner (see
    ``_ADJECTIVE_BEFORE``): words in lower case, no manner adverb (see :func:`_writers_adverb`): "smug" of "their
    smug assurances" with the cue "smug assurances", "oft-stated" of "the mayor's oft-stated pledge"; not "only" of
    "Acme only claims", a verb. The cue's noun names the account; the adjective judges it."""
    words = [word.strip(EDGE) for word in span.text.split()]
    if not words or any(not word[:1].islower() or _MANNER_ADVERB.fullmatch(word) for word in words):
        return False
    for cue in cues:
        last = re.search(r"[\w'’-]+\W*\Z", cue.text)
        if last is None or span.start < cue.start or span.end > cue.start + last.start():
            return False
    opening = min(cue.start for cue in cues) - sentence.start
    before = _ADJECTIVE_BEFORE.search(sentence.text, 0, opening)
    # not a contraction ("he's heralded plans": a verb), nor an owner that ends the content before it, the noun
    # phrase then the source's own words ("cited ... as examples of Vask's rude remarks about the staff")
    return (bool(cues) and before is not None and _CONTRACTED.fullmatch(before.group().strip()) is None
            and not any(s.type == "content" and s.end <= sentence.start + opening
                        and not sentence.text[s.end - sentence.start:opening].strip() for s in sentence.spans))


def _writers_adverb(span, cues: Sequence[Span]) -> Span | None:
    """The manner adverb (:data:`_MANNER_ADVERB`) opening the loaded ``span`` that ends before each of the ``cues``
    it overlaps does, as a loaded span of its own, or ``None``: "laughably" in "laughably claimed" is the
    writer's comment on the claim, whether the cue took it in or not, where a cue's verb ("slammed", "claimed")
    is the credit itself."""
    first = re.match(r"\S+", span.text)
    word = first[0].strip(EDGE) if first else ""
    if first is None or not _MANNER_ADVERB.fullmatch(word) or word in _NOT_ADVERBS:
        return None
    if not all(span.start + first.end() < cue.end for cue in cues):
        return None
    start = span.start + first[0].index(word)
    return Span("loaded", start, start + len(word), word)


def indefinite_sources(sentences: Iterable[Sentence]) -> frozenset[str]:
    """The canonical forms of the sources that ``sentences``' source spans write with "a" or "an" and lower-case
    words only after it ("A media watchdog said", "an aid agency"; not "A Halvex spokesman"): such a source names
    no one (:func:`generic_source`)."""
    found = set()
    for sentence in sentences:
        for span in sentence.spans:
            article = _INDEFINITE.match(span.text)
            rest = span.text[article.end():] if article else span.text
            written = article or _INDEFINITE_BEFORE.search(sentence.text[:span.start - sentence.start])
            if span.type == "source" and written and rest and not any(ch.isupper() for ch in rest):
                found.add(normalise_source(span.text))
    return frozenset(found)


def _furniture(sentences: Sequence[Sentence], text: str | None, given: Sequence[bool] | None) -> Sequence[bool]:
    """Whether each sentence is page furniture: ``given`` (checked to hold a flag a sentence), else found in
    ``text``; without a text, none is."""
    if given is not None:
        if len(given) != len(sentences):
            raise InputError(f"build_profile: furniture holds {counted(len(given), 'flag')} for "
                             f"{counted(len(sentences), 'sentence')}; give page_furniture(text, bounds) of the same "
                             "sentences")
        return given
    return page_furniture(text, [(s.start, s.end) for s in sentences]) if text else [False] * len(sentences)


def _section_headings(sentences: Sequence[Sentence], text: str | None, furniture: Sequence[bool]) -> list[bool]:
    """Whether each sentence is a section heading inside the body (see :func:`_section_heading`); none without the
    ``text``, which tells where lines break, nor in the page's ``furniture`` but a press release's closing sections'
    heading ("About Acme", "Forward-Looking Statements": see :func:`framing.furniture.release_heading`), nor the
    text's first sentence, nor one the model labelled a claim or denial, a crosshead in someone's words ("Anglers Say
    Silt Choked the Estuary") that their account may go on under."""
    if not text:
        return [False] * len(sentences)
    return [index > 0 and (not furniture[index] or release_heading(sentence.text))
            and sentence.label not in SPEAKING and _section_heading(sentence, text)
            for index, sentence in enumerate(sentences)]


def _heads_section(sentence: Sentence, text: str) -> bool:
    """Whether ``sentence`` is a whole line of ``text`` heading a section or a sidebar (see
    :func:`framing.furniture.heads_section`: "II. The Decision", "FAST FACTS"): whatever its label, no one's words, as
    page furniture is, though the page may not set it apart; it ends the account going on, as a section heading
    does, and is no writer's verdict."""
    return (len(sentence.text) <= _HEADING_LINE_CHARS and sentence.text[-1:].isalnum()
            and heads_section(text, sentence.start, sentence.end))


def _section_heading(sentence: Sentence, text: str) -> bool:
    """Whether ``sentence`` of ``text`` is a heading: a paragraph of its own, a blank line either side, with no
    comma and no stop or mark at its end, one to ``_HEADING_WORDS`` words in title case or in capitals
    ("Forward-Looking Statements", "Risks and Uncertainties", "SAFE HARBOR STATEMENT"; not "Kelvar shares rose", nor
    a letter's signature on the line below it, "Dev Patel" or "Dev Patel, Northgate")."""
    words = sentence.text.split()
    if (not 0 < len(words) <= _HEADING_WORDS or not sentence.text.rstrip()[-1:].isalnum() or "," in sentence.text
            or not words[0][:1].isupper()
            or not all(word[:1].isupper() or word.lower() in _HEADING_JOINERS for word in words)
            or " ".join(words).lower() in _INTERSTITIALS or given_name_sex(words[0]) is not None):
        return False  # "Continue Reading" or a name alone on its line ("Lina Voss") heads no section
    # a paragraph of its own, read a few characters either side, so that the search stays linear
    before = text[max(0, sentence.start - _HEADING_MARGIN):sentence.start]
    after = text[sentence.end:sentence.end + _HEADING_MARGIN]
    return _BLANK_LINE_BEFORE.search(before) is not None and _BLANK_LINE_AFTER.match(after) is not None


def _closed_quotations(sentences: Sequence[Sentence], text: str | None,
                       regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where each quotation of ``text`` that closes starts and ends (``regions``: its quoted regions, in
    order). A quotation left open at a paragraph's end and reopened at the next paragraph's start (the
    news convention for a quote of several paragraphs) runs on; one never closed is left out."""
    if not text or not sentences:
        return []
    starts = [s.start for s in sentences]
    runs = []
    k = 0
    while k < len(regions):
        start, end = regions[k]
        last = bisect_right(starts, end - 1) - 1
        while (text[end - 1] not in _QUOTE_CLOSERS and k + 1 < len(regions) and last + 1 < len(sentences)
               and regions[k + 1][0] == sentences[last + 1].start):
            k += 1
            end = regions[k][1]
            last = bisect_right(starts, end - 1) - 1
        k += 1
        if text[end - 1] in _QUOTE_CLOSERS:
            runs.append((start, end))
    return runs


def _gap(a, b) -> int:
    """Characters between two spans."""
    return min(abs(b.start - a.end), abs(a.start - b.end))


#: Every key build_profile writes.
_PROFILE_KEYS = frozenset(build_profile((), ()))
#: The keys of a profile's lists' entries that a report or summary reads, with their types.
_ENTRY_KEYS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "sources": {"source": str, "sentences": int, "labels": dict, "denies": bool},
    "loaded_phrases": {"text": str, "count": int},
    "denials": {"allegation": (int, type(None))},
    "rebuttals": {"rebuttal": int, "source": str, "allegation": int},
}
