"""Who speaks in a transcript or interview: its host's and guest's labels, unlabelled answers after
questions, voices exchanged; :class:`Speakers` answers a sentence's speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from .credit_scheduled import thing_scheduled
from .document import Sentence
from .errors import InputError, counted
from .given_names import given_name_sex
from .source_find_interviews import interviewee_mention
from .source_index import SourceIndex
from .source_keys import text_key
from .source_words import BODY_NOUNS
from .sources import normalise_source, speaker_display
from .textlines import LINE, PARAGRAPH_BREAK
from .turns import ANSWERER_FIRST_PERSON, INTERVIEWER_ROLES, INTRO_CHARS, SPEAKER_ROLES, SpeakerTurn, intro_names
from .turns import names_outlet, speaker_turns

#: Where a mention is written in the document: (start, end), ``text[start:end]`` being its words.
Mention = tuple[int, int]

#: How a transcript's "Q:" turns show their asker, and its "A:" turns their answerer when the text names no one.
INTERVIEWER_DISPLAY = "Q (interviewer)"
INTERVIEWEE_DISPLAY = "A (interviewee)"

#: The word opening a broadcast transcript's label for a speaker it cannot name ("UNIDENTIFIED MALE:", "UNKNOWN
#: SPEAKER:"), and the words that may follow it, besides a speaker's role ("PROTESTER") and a number ("MALE 2").
_UNIDENTIFIED = frozenset({"unidentified", "unknown"})
_UNIDENTIFIED_PEOPLE = frozenset("""male female man woman men women boy girl child voice speaker person people protester
    participant""".split()) | SPEAKER_ROLES


#: "She" or "He" opening a sentence as its subject, a verb in lower case after it (see
#: :meth:`Speakers._closing_paragraph`).
_PRONOUN_OPENING = re.compile(r"[\"“]?(She|He)\s+[a-z]")
#: The writer telling that someone did not answer the outlet: "did not respond to a request for comment", "did not
#: immediately reply to requests for comment", "could not be reached for comment", which no answer says of another.
_NO_COMMENT_TOLD = re.compile(
    r"\b(?:did\s+not|didn['’]t)\s+(?:immediately\s+)?(?:respond|reply|return)\s+(?:to\s+)?(?:an?|our|repeated)?\s*"
    r"(?:\w+\s+)?(?:requests?|calls?|messages?|emails?)\s+(?:\w+\s+)?(?:for|seeking)\s+comment\b|"
    r"\b(?:could\s+not|couldn['’]t)\s+be\s+reached\s+for\s+comment\b", re.I)

#: A number in brackets ending a transcript's label for a voice it cannot name ("UNIDENTIFIED MALE (1)").
_BRACKETED_NUMBER = re.compile(r"\((\d{1,2})\)\s*$")


def _bracketed_number(label: str) -> str:
    """The number in brackets that ends the speaker's ``label`` (see ``_BRACKETED_NUMBER``), which
    :func:`framing.sources.speaker_display` drops as an aside, as a name's ending (" (1)"); "" for none."""
    found = _BRACKETED_NUMBER.search(label)
    return f" ({found.group(1)})" if found else ""


def unnamed_speaker(words: list[str]) -> bool:
    """Whether a source's key, split into ``words``, is a transcript's speaker it cannot name ("unidentified male",
    "unknown speaker", "unidentified male 2", or "unidentified male (2)" of its second such turn)."""
    return (len(words) > 1 and words[0] in _UNIDENTIFIED
            and all(word in _UNIDENTIFIED_PEOPLE or word.strip("()").isdigit() for word in words[1:]))


_HOST_ROLE = "|".join(sorted(INTERVIEWER_ROLES))
_HOST_NAME = r"[A-Z][\w'’-]*(?:[^\S\r\n]+[A-Z][\w'’-]*){1,3}"
# A person introduced as the host: the role before the name ("host Carl Dune", "Presenter Carl Dune"), or after it
# and a comma ("Carl Dune, the host", "Carl Dune, host of ...").
_HOST_NAMED = (re.compile(rf"\b(?i:{_HOST_ROLE})[^\S\r\n]+({_HOST_NAME})\b"),
               re.compile(rf"\b({_HOST_NAME}),[^\S\r\n]+(?:the[^\S\r\n]+)?(?:{_HOST_ROLE})\b"))
# The outlet introduced as putting the questions, one to three capitalised words after "the": before a verb of asking
# ("The Herald put questions to", "The Aldane Herald asked") or after one of talking to it ("told the Herald",
# "in an interview with the Herald"). A verb of talking together ("spoke to", "talked with", "sat down with") goes
# either way: the name before or after it asks only where it names an outlet ("The Herald spoke to", "spoke to the
# Aldane Herald"; not "The Chancellor sat down with", "spoke to the Hollow Boys"), so the group "talks" holds it.
_OUTLET_NAME = r"[A-Z][\w'’-]*(?:[^\S\r\n]+[A-Z][\w'’-]*){0,2}"
_TALKING = r"spoke[^\S\r\n]+(?:to|with)|talked[^\S\r\n]+(?:to|with)|sat[^\S\r\n]+down[^\S\r\n]+with"
_OUTLETS_ASKING = (
    re.compile(rf"\b[Tt]he[^\S\r\n]+(?P<name>{_OUTLET_NAME})[^\S\r\n]+(?:put|posed|sent|asked|interviewed"
               rf"|questioned|(?P<talks>{_TALKING}))\b"),
    re.compile(rf"\b(?:told|interview[^\S\r\n]+with|(?P<talks>{_TALKING}))[^\S\r\n]+the[^\S\r\n]+"
               rf"(?P<name>{_OUTLET_NAME})\b"))


class Speakers:
    """Whose turn of a transcript or Q&A each sentence is in (see :func:`framing.turns.speaker_turns`), named as
    sources are, in the order the sentences are read (a name joins the sources named before it).
    A labelled speaker is its label as :func:`framing.sources.speaker_display` shows it ("SEN. JANE ROE" is "jane
    roe"); a "Q:" turn is ``INTERVIEWER_DISPLAY``'s; an "A:" turn is the person the headline or introduction
    before the first question or answer says the interview is with ("Q&A with Jane Roe", see
    :func:`framing.source_find_interviews.interviewee_named`), else the last speaker named by a label who is no host,
    else ``INTERVIEWEE_DISPLAY``'s; a sentence of an "A:" turn whose subject is that person by name in the third person
    gives the rest of the turn back to the writer (see :meth:`_writer_resumes`). Without the text, no sentence is in a
    turn. Each speaker comes with the mention
    naming them: the turn's label ("SEN. JANE ROE", "Q", "A"), or the name in the introduction or the answerer's
    label that an "A:" turn is credited by; an embedded post's is the name in its sign-off, a pasted post's the name
    in the line introducing it ("Mirela Haskins tweeted:"). A Q&A written without labels, its questions paragraphs of
    their own, has answer turns all the same (see :func:`_unlabelled_answers`).
    """

    def __init__(self, sentences: Sequence[Sentence], text: str | None, quotes: list[tuple[int, int]],
                 turns: Sequence[SpeakerTurn] | None = None) -> None:
        if turns is None:
            turns = speaker_turns(text, [(s.start, s.end) for s in sentences], quotes) if text else []
        elif any(turn.last > len(sentences) for turn in turns):
            raise InputError(f"build_profile: turns reach past the {counted(len(sentences), 'sentence')}; give "
                             "speaker_turns(text, bounds, quotes) of the same sentences")
        self.asked_unlabelled: frozenset[int] = frozenset()  # the sentences of a Q&A's questions set with no label
        if not turns and text:
            turns, self.asked_unlabelled = _unlabelled_answers(sentences, text)
        self.text = text or ""
        self.sentences = sentences
        self.starts = [s.start for s in sentences]
        self.turn_of: list[SpeakerTurn | None] = [None] * len(sentences)
        for turn in turns:
            self.turn_of[turn.first:turn.last] = [turn] * (turn.last - turn.first)
        asked = next((sentences[t.first].start for t in turns if t.kind in ("question", "answer")), None)
        self.interviewee: tuple[str, Mention] | None = None  # whom the interview is with, and where named
        if text and asked is not None:
            at = interviewee_mention(text[:asked])
            self.interviewee = (text[at[0]:at[1]], at) if at else None
        # the people the text names above its first turn, whom a label giving a surname alone ("VOSS:") means
        intro = self.text[:self.starts[min(turns).first]] if turns else ""
        self.named = intro_names(intro)
        self.intro = intro[:INTRO_CHARS]
        self.hosts = _hosts_named(intro)  # the people it introduces as the host, as a label in capitals names them
        self.current: tuple[str, Mention] | None = None  # the speaker of the turn being read, and their mention
        self.left: SpeakerTurn | None = None  # an answer's turn the writer took back (see :meth:`_writer_resumes`)
        self.answerer: tuple[str, Mention] | None = None  # the last speaker named by a label who is no host
        # the unnamed voices so far of each unnumbered "UNIDENTIFIED MALE:" label; that of the last such turn, and of
        # the turn just read when it was one
        self.unidentified: Counter[str] = Counter()
        self.last_unidentified: str | None = None
        self.turn_unidentified: str | None = None
        self.exchanged = _exchanged_voices(turns)  # the turns of two unnamed voices taking turns, past the first two

    def speaker(self, index: int, known: SourceIndex) -> tuple[str, Mention] | None:
        """The speaker of sentence ``index``'s turn and the mention naming them, or ``None`` outside a turn; called
        for each sentence in order."""
        turn = self.turn_of[index]
        if turn is None or turn is self.left:
            return None
        if index == turn.first:
            self.current = self._name(turn, known)
            known.note_turn_speaker(self.current[0])  # "ABARA: Hollin & Vane says ...": no third party named
        elif self._writer_resumes(turn, index):
            self.left = turn
            return None
        return self.current

    def _writer_resumes(self, turn: SpeakerTurn, index: int) -> bool:
        """Whether sentence ``index``, after the first of an "A:" ``turn``, is the writer's again, not the answer's:
        its subject is the one interviewed, named in the third person ("Brooks, 52, previously ran ..." below the
        last answer to "Anne Brooks ... spoke to the Ledger"). That sentence and the rest of the turn are no one's
        turn."""
        if turn.kind != "answer" or self.interviewee is None:
            return False
        *given, surname = (re.escape(word) for word in self.interviewee[0].split())
        before = r"\s+".join(given)
        named = re.compile(rf"[\s\"“]*(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(?:{before}\s+)?{surname},?\s+[a-z0-9]")
        return named.match(self.sentences[index].text) is not None or self._closing_paragraph(turn, index)

    def _closing_paragraph(self, turn: SpeakerTurn, index: int) -> bool:
        """Whether sentence ``index`` opens a paragraph below the first of the last "A:" ``turn``, which runs to the
        text's end, that is the writer's closing narration: the answer above spoke in the first person, the
        paragraph writes no word of it, and it opens with "she" or "he" of the interviewee's sex as their given
        name tells it ("She has led the union since 2019." below "A: We will see them in court." after "Ada Sand
        ..."), or is a thing fixed for a date by no one (see :func:`thing_scheduled`: "The case is due to be heard
        in September."), or tells that someone did not answer for comment (see ``_NO_COMMENT_TOLD``: "The transport
        ministry did not respond to a request for comment."). An answer of another's, "She was my deputy.", or of
        no first person above, goes on."""
        if self.interviewee is None or turn.last != len(self.sentences):
            return False
        sentence, before = self.sentences[index], self.sentences[index - 1]
        if PARAGRAPH_BREAK.search(self.text, before.end, sentence.start) is None:
            return False
        below = PARAGRAPH_BREAK.search(self.text, sentence.start)
        paragraph = self.text[sentence.start:below.start() if below else len(self.text)]
        if (ANSWERER_FIRST_PERSON.search(paragraph)
                or not ANSWERER_FIRST_PERSON.search(self.text[self.starts[turn.first]:before.end])):
            return False
        pronoun = _PRONOUN_OPENING.match(sentence.text)
        if pronoun is not None:
            sexes = {given_name_sex(word) for word in self.interviewee[0].split()[:-1]} - {None}
            return sexes == {pronoun.group(1).lower()}
        return thing_scheduled(sentence.text) or _NO_COMMENT_TOLD.search(sentence.text) is not None

    def asks_unlabelled(self, index: int) -> bool:
        """Whether sentence ``index`` is in a question of a Q&A written without labels (see
        :func:`_unlabelled_answers`): the interviewer's, so no answer's account goes on in it."""
        return index in self.asked_unlabelled

    def asking(self, index: int) -> bool:
        """Whether sentence ``index`` is in an interviewer's turn: a "Q:" turn, one whose label names a host's role
        ("HOST:", "STEVE ROE, HOST:"), or one whose label names a person the text above the first turn introduces
        as its host ("host Carl Dune", "Carl Dune, the host": ``CARL DUNE:`` or ``DUNE:``)."""
        turn = self.turn_of[index]
        return turn is not None and (turn.kind in ("question", "interviewer")
                                     or (turn.kind == "speaker" and self._hosted(turn)))

    def _in_full(self, shown: str) -> str | None:
        """The full name that the text above the first turn gives the person a label of a role and one name shows as
        ``shown`` ("Spokeswoman Zakharova", "Spokesperson Lin"): the one person named in full with that surname
        ("Maria Zakharova"), else the role and name as the label writes them followed by one more capitalised word
        that ends the name, a surname first ("Lin Wei" of "Spokesperson Lin Wei's Regular Press Conference");
        ``None`` for neither."""
        name = shown.split()[-1]
        named = self.named.get(name.upper())
        if named:
            return named
        words = r"[^\S\r\n]+".join(re.escape(word) for word in shown.split())
        found = re.search(rf"(?<![\w'’-])(?i:{words})[^\S\r\n]+([A-Z][a-z]+)(?=['’]s\b|[,;:]|[^\S\r\n]*$"
                          rf"|[^\S\r\n]+[a-z0-9(])", self.intro, re.MULTILINE)
        return f"{name} {found.group(1)}" if found else None

    def _hosted(self, turn: SpeakerTurn) -> bool:
        """Whether ``turn``'s label names whom the text above the first turn introduces as its host."""
        return " ".join(speaker_display(turn.label).split()).upper() in self.hosts

    def opens_turn(self, index: int) -> bool:
        """Whether sentence ``index`` opens a turn, its speaker's label written in it."""
        turn = self.turn_of[index]
        return turn is not None and turn.first == index

    def labelled(self, index: int) -> bool:
        """Whether sentence ``index`` opens a turn with a speaker's label written in it ("ROE: ", "Q: "), not a
        social post's."""
        turn = self.turn_of[index]
        return turn is not None and turn.first == index and turn.kind not in ("post", "posted")

    def words(self, index: int) -> int:
        """Where sentence ``index``'s words start in the text: past its speaker's label when it opens a turn, else
        at its start."""
        turn = self.turn_of[index]
        return turn.words if turn is not None and turn.first == index else self.starts[index]

    def _name(self, turn: SpeakerTurn, known: SourceIndex) -> tuple[str, Mention]:
        """The source that ``turn``'s speaker is, by the rules of the class, and the mention naming them."""
        after, self.turn_unidentified = self.turn_unidentified, None  # an unnamed voice's turn just before, if any
        if turn.kind == "post":  # an embedded post, named by its sign-off on the line after it
            at = self.text.find(turn.label, self.starts[turn.last])
            return known.add(turn.label) or known.add_unnamed(turn.label), (at, at + len(turn.label))
        if turn.kind == "posted":  # a post pasted after the line introducing it, named there: "Haskins tweeted:"
            at = self.text.rfind(turn.label, 0, turn.words)
            return known.add(turn.label) or known.add_unnamed(turn.label), (at, at + len(turn.label))
        start = self.starts[turn.first]  # a label opens its sentence, past a turn mark or time code (">> ", "[00:05] ")
        start = max(start, self.text.find(turn.label, start, turn.words))
        label = (start, start + len(turn.label))
        if turn.kind == "question":
            return known.add_unnamed(INTERVIEWER_DISPLAY), label
        if turn.kind == "answer":
            named = (known.add(self.interviewee[0]), self.interviewee[1]) if self.interviewee else self.answerer
            return named if named and named[0] else (known.add_unnamed(INTERVIEWEE_DISPLAY), label)
        shown = speaker_display(turn.label)
        if unnamed_speaker(text_key(shown).split(" ")):
            return self._unidentified_voice(turn, shown + _bracketed_number(turn.label), label, after, known)
        if " " not in shown:
            shown = self.named.get(shown.upper()) or shown  # "VOSS:" below "Helena Voss, chief executive of ..."
        elif " " not in normalise_source(shown):  # a role and a surname: "Spokeswoman Zakharova", "Spokesperson Lin"
            shown = self._in_full(shown) or shown
        name = known.add(shown) or known.add_unnamed(shown), label
        if turn.kind == "speaker" and not self._hosted(turn):
            self.answerer = name
        return name

    def _unidentified_voice(self, turn: SpeakerTurn, shown: str, label: Mention, after: str | None,
                            known: SourceIndex) -> tuple[str, Mention]:
        """The source for ``turn``, labelled by a speaker the transcript cannot name (``shown``:
        "Unidentified Male"; ``after``: that of the turn just before when it was one too). The same voice as that
        label's last when only named speakers spoke since (an unnamed moderator asking again); another voice, shown
        "Unidentified Male (2)", after a turn of the same label (two in a row are two people) or of another unnamed
        voice ("UNIDENTIFIED MALE:", "UNIDENTIFIED FEMALE:", "UNIDENTIFIED MALE:" of a crowd's voices), but for two
        labels taking turns four times or more, two voices (see :func:`_exchanged_voices`). A label the
        transcript numbers ("UNIDENTIFIED MALE 2:", "UNIDENTIFIED MALE (2):", shown "Unidentified Male (2)") is that
        voice whenever it is written: the number tells the voices apart."""
        if shown.rstrip(")")[-1:].isdigit():
            count = 1
        else:
            if turn.first not in self.exchanged and (not self.unidentified[shown] or after is not None
                                                     or self.last_unidentified != shown):
                self.unidentified[shown] += 1
            count = self.unidentified[shown]
        self.last_unidentified = self.turn_unidentified = shown
        name = known.add_unnamed(shown if count == 1 else f"{shown} ({count})"), label
        if turn.kind == "speaker" and not self._hosted(turn):
            self.answerer = name
        return name


def _unnamed_voice(turn: SpeakerTurn) -> str | None:
    """How ``turn``'s label shows a speaker the transcript cannot name and does not number ("Unidentified Male" of
    "UNIDENTIFIED MALE:"), or ``None`` for any other turn."""
    if turn.kind not in ("speaker", "interviewer") or _bracketed_number(turn.label):
        return None
    shown = speaker_display(turn.label)
    return shown if unnamed_speaker(text_key(shown).split(" ")) and not shown[-1:].isdigit() else None


def _exchanged_voices(turns: Sequence[SpeakerTurn]) -> frozenset[int]:
    """The first sentences of the turns, past the first two, of a run of four turns or more, no other between them,
    of two unnumbered labels of unnamed voices taking turns throughout ("UNIDENTIFIED FEMALE:", "UNIDENTIFIED MALE:",
    "UNIDENTIFIED FEMALE:", "UNIDENTIFIED MALE:" of a call): two voices, each its label's voice again at its return,
    not a crowd's new one."""
    exchanged: set[int] = set()
    run: list[tuple[int, str]] = []  # the run's turns so far: their first sentence and the label shown
    for turn in [*sorted(turns), None]:
        shown = _unnamed_voice(turn) if turn is not None else None
        if turn is not None and shown is not None:
            run.append((turn.first, shown))
            continue
        if (len(run) >= 4 and len({voice for _, voice in run}) == 2
                and all(one[1] != two[1] for one, two in zip(run, run[1:]))):
            exchanged.update(first for first, _ in run[2:])
        run = []
    return frozenset(exchanged)


#: Most words of a paragraph that asks an unlabelled Q&A's question ("Your paper got a lot of attention. What did
#: it show?"), and most sentences.
_QUESTION_WORDS = 40
_QUESTION_SENTENCES = 2
#: Fewest questions, each answered in the paragraph after it, that make a text an unlabelled Q&A.
_UNLABELLED_QUESTIONS = 3


def _unlabelled_answers(sentences: Sequence[Sentence], text: str) -> tuple[list[SpeakerTurn], frozenset[int]]:
    """The answer turns of a Q&A written without "Q:" or "A:", and the sentences of the questions they answer (see
    :func:`framing.turns.speaker_turns` for labelled ones): a paragraph of a sentence or two, short, that ends in a
    question mark asks, and the paragraphs after it up to the next such question are the answer, when at least
    ``_UNLABELLED_QUESTIONS`` questions are answered so and the text before the first names the one the interview is
    with ("Yusra Halim leads the lab. We spoke with her ...": see
    :func:`framing.source_find_interviews.interviewee_named`). An explainer's questions as headings ("Why is the delta
    sinking?") name no interviewee and make no turns; none for anything else. Where paragraphs between blank lines make
    no such Q&A, its lines are read as paragraphs: a question on a line of its own with its answer on the line below,
    in one paragraph ("How big was the effect?" above "Modest."), or copy with no blank line."""
    for breaks in (PARAGRAPH_BREAK, LINE):
        turns, asked = _answers_after_questions(sentences, text, [found.end() for found in breaks.finditer(text)])
        if turns:
            return turns, asked
    return [], frozenset()


def _answers_after_questions(sentences: Sequence[Sentence], text: str,
                             breaks: list[int]) -> tuple[list[SpeakerTurn], frozenset[int]]:
    """The answer turns of :func:`_unlabelled_answers` and the sentences of their questions, its paragraphs ending
    at ``breaks`` (offsets where one opens)."""
    paragraphs: list[list[int]] = []
    at = -1  # the paragraph of the sentence read last
    for index, sentence in enumerate(sentences):
        paragraph = bisect_right(breaks, sentence.start)
        if paragraphs and paragraph == at:
            paragraphs[-1].append(index)
        else:
            paragraphs.append([index])
        at = paragraph
    asking = [len(group) <= _QUESTION_SENTENCES and sentences[group[-1]].text.rstrip().endswith("?")
              and sum(len(sentences[k].text.split()) for k in group) <= _QUESTION_WORDS for group in paragraphs]
    answered = [k for k in range(len(paragraphs) - 1) if asking[k] and not asking[k + 1]]
    intro = text[:sentences[paragraphs[answered[0]][0]].start] if answered else ""
    if len(answered) < _UNLABELLED_QUESTIONS or interviewee_mention(intro) is None:
        return [], frozenset()
    turns = []
    for k in answered:
        end = next((m for m in range(k + 1, len(paragraphs)) if asking[m]), len(paragraphs))
        first, last = paragraphs[k + 1][0], paragraphs[end - 1][-1] + 1
        turns.append(SpeakerTurn(first, last, "", sentences[first].start, "answer"))
    return turns, frozenset(index for k in answered for index in paragraphs[k])


def _hosts_named(intro: str) -> frozenset[str]:
    """The people the headline and introduction ``intro`` of a transcript introduce as its host or another
    interviewer ("host Carl Dune", "Carl Dune, the host"), each by their name and surname in capitals as a label
    would name them ("CARL DUNE", "DUNE"), and the outlet it introduces as asking ("The Herald put questions to",
    "Voss told the Aldane Herald", "Voss spoke to the Aldane Herald": "ALDANE HERALD", "HERALD"; not a speaker's
    role nor a body, "spoke to the Mayor", "told the Court", nor whom someone talks with that is no outlet, "The
    Chancellor sat down with", "spoke to the Hollow Boys"; see :func:`_outlet_asking`); only its first
    ``INTRO_CHARS`` characters are read."""
    named = [found.group(1) for pattern in _HOST_NAMED for found in pattern.finditer(intro, 0, INTRO_CHARS)]
    named += [found["name"] for pattern in _OUTLETS_ASKING for found in pattern.finditer(intro, 0, INTRO_CHARS)
              if _outlet_asking(found)]
    hosts: set[str] = set()
    for name in named:
        words = name.upper().split()
        hosts.update({" ".join(words), words[-1]})
    return frozenset(hosts)


def _outlet_asking(found: re.Match[str]) -> bool:
    """Whether the name a match of ``_OUTLETS_ASKING`` found is one asking: no speaker's role nor a body ("spoke
    to the Mayor", "told the Court"), and an outlet where a verb of talking together leaves either side the one asking
    (see :func:`framing.turns.names_outlet`: "spoke to the Herald", not "The Chancellor sat down with" nor
    "spoke to the Hollow Boys", whom the outlet interviews)."""
    words = found["name"].lower().split()
    if any(word in SPEAKER_ROLES for word in words) or words[-1] in BODY_NOUNS:
        return False
    return found["talks"] is None or names_outlet(found["name"])
