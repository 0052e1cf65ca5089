"""The words of a denial and of what it answers: a sentence's content words, lightly stemmed, the words it
denies without its sources, and the ways a denial points at the account it answers ("the claims", "that
report", "the observers' findings", "any suggestion that", "denied a report that").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .credit_clauses import ACCOUNT_NOUNS, DENIAL_CUE
from .document import Sentence

#: Words that two sentences share without being about the same thing: function words, reporting verbs,
#: what a denial calls the allegation it answers ("the claims", "the report"), when it was said ("on
#: Tuesday", "last week") and who said it ("a spokesman", "officials").
NOT_CONTENT = frozenset('''about after also been being before could from have into more most over said says
    than that their them then there these they this those were what when where which while will with would
    claim claims accusation accusations allegation allegations report reports charge charges statement
    statements story
    monday tuesday wednesday thursday friday saturday sunday january february march april june july august
    september october november december today tonight yesterday tomorrow morning afternoon evening night
    weekend days week weeks month months year years hour hours earlier later last next
    spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople official officials'''.split())
#: Nouns of what someone files against another, which the writer's own copy reports as often as a source's ("Residents
#: filed three petitions against the quarry"), by each form: what a denial refers back to too ("dismissed the
#: petitions"), besides an account's noun (see ``ACCOUNT_NOUNS``).
FILED_ACCOUNTS = {form: noun for noun in ("petition", "complaint") for form in (noun, f"{noun}s")}
#: The nouns of an account a denial refers back to, by each form (see ``ACCOUNT_NOUNS``, ``FILED_ACCOUNTS``).
DENIED_NOUNS = {**ACCOUNT_NOUNS, **FILED_ACCOUNTS}
#: A denial's definite reference to such an account, two words allowed before the noun ("the report", "these
#: baseless allegations", "the group's 42-page study", "the petitions"); group 1 is the noun.
DENIED_ACCOUNT = re.compile(rf"\b(?:the|this|that|these|those)\s+(?:[\w'’-]+\s+){{0,2}}?"
                             rf"({'|'.join(DENIED_NOUNS)}|findings?)\b", re.I)
#: A clause a denial denies opening after its verb or an account's noun ("denied that ...", "the claim that ..."):
#: see :func:`accounts_referred`.
_DENIED_CLAUSE = re.compile(rf"(?:{DENIAL_CUE.pattern}|\b(?:{'|'.join(DENIED_NOUNS)}|findings?))\s+that\s+", re.I)


def accounts_referred(sentence: Sentence) -> set[str]:
    """The nouns of the accounts denial ``sentence`` refers back to outside its sources (see ``DENIED_ACCOUNT``:
    "claim" of "rejected the claim that ..."), each as ``DENIED_NOUNS`` gives it ("finding" for "findings"); not one
    further inside a clause it denies after "that" ("survey" of "denied that the municipality had ignored the 2016
    survey", of "the claims that officials ignored the survey"): what the denial calls untrue, no account it answers,
    though one opening that clause is ("denied that the report was accurate"), and one after a denial's verb again
    ends it ("denied that he had been warned and dismissed the survey as outdated")."""
    text = without_sources(sentence)
    # where each clause denied opens, and where each denial's verb stands, which closes a clause opened before it
    opened = [(found.end(), True) for found in _DENIED_CLAUSE.finditer(text)]
    closed = [(found.start(), False) for found in DENIAL_CUE.finditer(text)]
    return {DENIED_NOUNS.get(m.group(1).lower(), "finding") for m in DENIED_ACCOUNT.finditer(text)
            if not max(((at, inside) for at, inside in opened + closed if at < m.start()), default=(0, False))[1]}


#: A denial's account pointed at with "that" or "this" alone before its noun ("dismissed that statement", "rejected
#: this claim", "rejected that account", "disputed this version"): the claim just before it. The noun is singular:
#: before a plural, "that" opens a clause ("denied that reports of abuse were true"), pointing at nothing.
THAT_ACCOUNT = re.compile(rf"\b(?:this|that)\s+({'|'.join(sorted(set(ACCOUNT_NOUNS.values())))}|account|version)\b",
                           re.I)
#: The words by which a claim writes the findings a denial refers back to ("the findings"): "its report found",
#: "the audit's findings" (see :func:`brings_up`).
_FINDING_WORDS = frozenset("finding findings found finds".split())
#: Nouns of what a finding body concluded, besides an account's ("the auditors' conclusions", "the inspectors'
#: findings"): what an owner's account may be called.
_CONCLUSION_NOUNS = ("findings", "conclusions")
#: A denial's account named by whose it is, an owner's word in the possessive ("the observers' report", "the
#: opposition's claims", "Mollo's allegations", "the auditors' conclusions"), two words allowed before the noun;
#: group 1 is the owner's word.
_OWNED_ACCOUNT = re.compile(rf"(?<![\w'’-])([^\W\d_][\w-]*?)(?:['’]s|(?<=s)['’])\s+(?:[\w'’-]+\s+){{0,2}}?"
                            rf"(?:{'|'.join([*ACCOUNT_NOUNS, *_CONCLUSION_NOUNS])})\b", re.I)

#: An account's noun and "that", what it alleges written after it ("claims that it hid losses", "suggestions that
#: the terminal was badly run"), a participle's few words of how it went about allowed between ("reports circulating
#: on social media that", "claims made online that"), or a few words of where it went about ("claims on social media
#: that", "reports in the Dunmore Courier that", "claims online that"): a denial holding one spells out itself what
#: it answers.
_SPELLED_ACCOUNT = (rf"(?:{'|'.join(ACCOUNT_NOUNS)}|rumou?rs?|suggestions?|speculation|assertions?|criticism)"
                    r"(?:\s+(?:[a-z]+ing|[a-z]+ed|made|spread|shared|on|in|online)(?:\s+[\w'’-]+){0,4}?)?\s+that\b")
SPELLED_ALLEGATION = re.compile(rf"\b{_SPELLED_ACCOUNT}", re.I)
#: A denial's blanket rejection of "any" account ("We reject any suggestion that safety was compromised", "rejected
#: any claim that"): it answers whatever was said against its side, which may share no word with it.
ANY_ACCOUNT = re.compile(rf"\bany\s+{_SPELLED_ACCOUNT}", re.I)
#: A denial that writes the account it answers itself, new to the copy: a verb of denial, then such a noun with
#: "a" or none before it, two words allowed ("has denied a newspaper report that it asked ...", "rejected claims
#: that its troops ..."): it answers no earlier claim but one about what it denies.
ACCOUNT_WRITTEN_OUT = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|"
                                  r"refut(?:e|es|ed|ing))\s+(?:an?\s+)?(?:[\w'’-]+\s+){0,2}?"
                                  + _SPELLED_ACCOUNT, re.I)
#: Endings dropped to compare words lightly stemmed: "dumped", "dumping" and "dumps" are "dump".
_ENDING = re.compile(r"(?:ing|ed|es|s|e)$")
#: The shortest word that counts as content ("dump", not "the" or "any").
CONTENT_LENGTH = 4

#: How many sentences' content words are kept once worked out (see :func:`content_words`).
_WORDS_KEPT = 1024


#: An auxiliary or modal verb, which a clause has and what a denial calls something ("as invention") has not.
_AUXILIARY = r"\b(?:had|has|have|was|were|is|are|did|does|do|would|will|could|can|should|must|might)\b"
#: A denial of a bare "that", "it" or "this", a stop or comma after it or "as" what it is called, no auxiliary verb
#: before the next stop or comma ("Quillon denied that, saying ...", "Orsk disputed it.", "The ministry dismissed
#: that as invention"): the pronoun means what was said just before. Not "denied that as many as 40 men had died",
#: whose "that" opens a clause.
DENIES_PRONOUN = re.compile(r"\b(?:den(?:y|ies|ied)|disput(?:e|es|ed)|reject(?:s|ed)?|dismiss(?:es|ed)?|"
                             r"refut(?:e|es|ed)|contest(?:s|ed)?)\s+(?:that|it|this)"
                             rf"(?:\s*(?:[,.;:!]|\Z)|\s+as\s(?:(?!{_AUXILIARY})[^,.;:!?])*(?:[,.;:!?]|\Z))", re.I)


def with_y(words: frozenset[str]) -> frozenset[str]:
    """The content ``words`` (see :func:`content_words`) with a stem that ends in "i" spelt with "y", as its other
    forms write it: "falsifi" of "falsified" is "falsify" of "falsifying", so that a denial far from the charge it
    answers ("Coldwater Health denied falsifying any list.") still shares its verb with it ("had falsified its
    waiting lists"); read so by the search further back alone (see :func:`_related_further_back`)."""
    return frozenset(word[:-1] + "y" if word.endswith("i") else word for word in words)


def account_owners(wording: str) -> frozenset[str]:
    """The content words (see :func:`content_words`) of the owners a denial's ``wording`` names as whose account it
    rejects ("observer" of "dismissed the observers' report", "opposition" of "rejected the opposition's claims"; see
    ``_OWNED_ACCOUNT``): a claim credited to a source of such a word is the one it answers, whatever is nearer."""
    return frozenset().union(*(content_words(found.group(1)) for found in _OWNED_ACCOUNT.finditer(wording)))


def brings_up(claim: Sentence, accounts: set[str]) -> bool:
    """Whether ``claim`` writes one of the ``accounts`` (nouns of :data:`ACCOUNT_NOUNS`, singular, or "finding")
    that a denial refers back to, singular or plural: "in a report", "its 42-page report found" for "dismissed the
    report", and "its report found" for "the findings" (see ``_FINDING_WORDS``)."""
    return any(DENIED_NOUNS.get(word) in accounts or ("finding" in accounts and word in _FINDING_WORDS)
               for word in re.findall(r"[^\W\d_]+", claim.text.lower()))


def denial_wording(sentence: Sentence) -> str:
    """What ``sentence`` denies: its text without its sources ("Halden Chemicals") and denial words, which
    a claim shares without being what is denied."""
    return DENIAL_CUE.sub(" ", without_sources(sentence))


#: A cue that is a verb of finding ("found", "showed", "concluded"): evidence cited, worded as an allegation by the
#: verb alone; not an accusing verb ("accused", "alleged"), which is the allegation itself.
_FINDING_CUE = re.compile(r"(?:has\s+|have\s+|had\s+)?(?:found|finds|find|show(?:s|ed|n)?|reveal(?:s|ed)?|"
                          r"conclud(?:es|ed)|identifi(?:es|ed))", re.I)


def without_finding_cue(sentence: Sentence) -> str:
    """The text of ``sentence`` with a space for each of its source spans and its cue spans of finding (see
    ``_FINDING_CUE``): what it says, without who found it or the verb by which they did ("found" of "..., the
    center found")."""
    text = sentence.text
    spans = (s for s in sentence.spans
             if s.type == "source" or (s.type == "cue" and _FINDING_CUE.fullmatch(s.text.strip())))
    for span in sorted(spans, key=lambda s: -s.start):
        text = text[:span.start - sentence.start] + " " + text[span.end - sentence.start:]
    return text


def without_sources(sentence: Sentence) -> str:
    """The text of ``sentence`` with a space for each of its source spans."""
    text = sentence.text
    for span in sorted((s for s in sentence.spans if s.type == "source"), key=lambda s: -s.start):
        text = text[:span.start - sentence.start] + " " + text[span.end - sentence.start:]
    return text


@lru_cache(maxsize=_WORDS_KEPT)
def content_words(text: str) -> frozenset[str]:
    """The content words of ``text``, lower case and lightly stemmed ("dumped" and "dumping" are "dump"); kept
    once worked out, as each claim is read again by every denial within the window after it."""
    return frozenset(_ENDING.sub("", word) for word in re.findall(r"[^\W\d_]+", text.lower())
            if len(word) >= CONTENT_LENGTH and word not in NOT_CONTENT)
