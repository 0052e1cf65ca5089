"""Speaker turns: who speaks each part of a transcript, an interview's questions and answers, a briefing, a
letters page or a thread of posts, read from the labels and introductions that mark them."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from operator import itemgetter
from typing import NamedTuple

from .given_names import given_name_sex
from .textlines import NAME_PARTICLES, NEWS_AGENCIES, PARAGRAPH_BREAK, STAMP_MARKS, BARE_CODE, BLANK, DASHES
from .textlines import LABEL_WORD, LINE, OPENERS, PLATFORMS, UPPER, line_of, next_visible, post_sign_off
from .textlines import closing_note

__all__ = ["QUOTED_RUN", "SPEECH_CUES_OPENING", "INTERVIEWER_ROLES", "SPEAKER_ROLES", "INTRO_CHARS", "SpeakerTurn",
           "speaker_label_length", "opening_label_length", "heading_label_length", "asks", "speaker_turns",
           "spoken_sentences", "MASTHEAD_WORDS", "names_outlet", "intro_names", "intro_above", "HOST_LABELS",
           "ANSWERER_FIRST_PERSON"]


#: A transcript's question or answer label opening a line ("Q. Will you resign?", "A. No."), its letter in group 1.
_QA_LABEL = re.compile(r"[^\S\r\n]*([QA])\.[^\S\r\n]")

SPEAKER_TITLES = frozenset("Mr. Mrs. Ms. Dr. Prof. Sen. Rep. Gov. Gen. Col. Lt. Sgt. Capt. Rev. Pres. St.".split())

#: How far past a sentence's start its speaker label, colon and spaces are looked for: a label is short.
LABEL_REACH = 120
#: How far a label's words are read for the first person (see :func:`_in_first_person`).
_TURN_WORDS_REACH = 400
#: A speaker's own pronoun ("I", "I'm", "we've", "my", "us"; not "US" in capitals, the country).
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|(?i:we|me|my|mine|our|ours|myself|ourselves)|[Uu]s)"
                           r"(?:['’](?:m|re|ve|d|ll))?(?![\w'’])")
#: A passage in double quotation marks within a line: someone else's words.
QUOTED_RUN = re.compile(r'[“"][^“”"\r\n]*[”"]')
#: A colon with a blank after it: every label ends with one (see ``_LABEL_AT``), so a sentence with none within
#: ``LABEL_REACH`` characters of its start opens no turn.
_LABEL_COLON = re.compile(r":\s")
#: A single line break and the blanks around it: what parts a label alone on its line from its words.
_ONE_BREAK = re.compile(r"[^\S\r\n]*(?:\r\n|\r|\n)[^\S\r\n]*")
# The dash between a call transcript's speaker and their role or firm: two hyphens or a dash, blanks around them or
# not, or a hyphen between blanks ("Ana Ruiz -- Chief Executive Officer", "Ana Ruiz — CEO", "Ana Ruiz - CEO").
_LABEL_DASH = r"(?:[^\S\r\n]*(?:--|[—–])[^\S\r\n]*|[^\S\r\n]+-[^\S\r\n]+)"
# One or two parts after such dashes, each of one to six words ("& " may join them): a role, or a firm then a role.
_LABEL_DASHED = (rf"(?:{_LABEL_DASH}(?:{LABEL_WORD}|&)(?:[^\S\r\n]+(?:{LABEL_WORD}|&)){{0,5}}){{1,2}}")
# A line's opening label: one to six words, the number of an unnamed voice ("UNIDENTIFIED MALE 2": see
# :func:`_numbered_voice`), an aside in brackets ("(R)", "(via telephone)"), the role or firm and role
# after dashes of an earnings call's label ("Tom Vance -- Kessel Securities -- Analyst": see :func:`_dashed_label`),
# after a comma a role or place, up to eight words with commas between them ("STEVE ROE, HOST", "RUTH ABARA, emergency
# director, Lessing County": see :func:`_name_label` for what counts), then a colon and a space before the words
# ("HOST: ", "Roe: "), or a single line break when the label stands alone on its line above them ("HOST:\n"; across
# a blank line only as ``_LABEL_ABOVE_BLANK`` reads it).
_LABEL_HEAD = (rf"(?P<main>{LABEL_WORD}(?:[^\S\r\n]+{LABEL_WORD}){{0,5}})(?:[^\S\r\n]+(?P<number>\d{{1,2}}))?"
               r"(?:[^\S\r\n]*\((?P<aside>[^()\r\n]{1,60})\))?"
               rf"(?P<dashed>{_LABEL_DASHED})?"
               rf"(?:,[^\S\r\n]*(?P<tail>{LABEL_WORD}(?:,?[^\S\r\n]+{LABEL_WORD}){{0,7}}))?[^\S\r\n]*:")
_LABEL_AT = re.compile(rf"{_LABEL_HEAD}(?:{_ONE_BREAK.pattern}|[^\S\r\n]+)(?=\S)")
#: A label alone in its paragraph, one blank line between it and its words, as a public radio transcript sets its
#: host's ("MARY KELSO, HOST:", a blank line, then her words): read only for a name and role in capitals or a host's
#: role alone (see :func:`_label_above_blank`).
_LABEL_ABOVE_BLANK = re.compile(rf"{_LABEL_HEAD}{_ONE_BREAK.pattern}(?:\r\n|\r|\n)[^\S\r\n]*(?=\S)")
#: What may stand before a line's label in a broadcast transcript: a closed caption's turn mark (">> ANCHOR: "), a
#: time code in brackets ("[00:00:05] ANCHOR: ", "[01:15] ", "[11:12 GMT] ") or one of hours, minutes and seconds
#: alone before a dash or bar or a label, as :data:`ENTRY_STAMP` reads it ("00:00:05 ANCHOR: ", "00:00:05 - "), with
#: the blanks after it.
_TURN_MARK = re.compile(rf"(?:>>+|\[\d{{1,2}}(?::\d{{2}}){{1,2}}(?:[.,]\d{{1,3}})?{STAMP_MARKS}?\]|{BARE_CODE})"
                        r"[^\S\r\n]*")
#: Words that make a line's opening label a heading or banner, not a speaker, when they open it or follow possessives
#: alone (lower case, stops dropped): "Note:", "UPDATE:", "Editor's note:", "Why it matters:", "BREAKING:"; not
#: "MR. PRICE:". Such a line ends a speaker's turn.
_HEADING_WORDS = frozenset("""note notes nb ps update updates updated warning warnings caution breaking analysis opinion
    editorial comment commentary correction corrections clarification disclaimer exclusive live watch listen video
    audio photo photos picture pictures image images caption credit credits source sources related read see also
    review explainer fact check verdict rating price prices cost pros cons summary background context timeline
    takeaway takeaways key points bottom line tip tips alert urgent flash developing spoiler poll quiz transcript
    interview podcast feature highlights contents subject re fwd cc date address phone tel fax email website tickets
    venue location hours winner winners runner-up nominee nominees category why what how when where matters""".split())
#: A broadcast script's production cues in capitals, which label what is shown or played, not who speaks: voice-over
#: ("VO", "VOS": with sound), sound on tape ("SOT", "VOSOT", "NATSOT": natural sound), "SOUNDBITE". One alone before
#: a colon ends the turn above it as a heading's label does, and opens none.
_PRODUCTION_CUES = frozenset("VO VOS SOT VOSOT NATSOT SOUNDBITE".split())
#: Words no speaker's label holds (lower case): sentence words ("The reason: cost."), days and months ("Monday: rain").
NOT_SPEAKER_WORDS = frozenset("""the a an this that these those it its is are was were be been has have had will would
    can could should must do does did not no yes my our your their his her we i you he she they there here all some any
    every each many most more other such so if then than as at by for from in into of on or and but with without about
    after before over under today yesterday tomorrow tonight now monday tuesday wednesday thursday friday saturday
    sunday january february march july september october november december""".split())
#: Roles that make a label in capitals a speaker's on its own ("HOST:", "FOREIGN MINISTER:", "UNIDENTIFIED MALE:"),
#: lower case; the first of them ask the questions.
INTERVIEWER_ROLES = frozenset("""host co-host cohost anchor co-anchor interviewer moderator presenter reporter
    correspondent journalist""".split())
SPEAKER_ROLES = INTERVIEWER_ROLES | frozenset("""guest guests interviewee caller panelist panellist narrator announcer
    commentator analyst witness counsel attorney lawyer prosecutor defendant plaintiff judge justice chair chairman
    chairwoman chairperson minister secretary senator congressman congresswoman president premier governor mayor
    spokesman spokeswoman spokesperson commissioner candidate speaker unidentified unknown audience crowd
    protesters sheriff undersheriff detective inspector superintendent constable sergeant lieutenant marshal
    coroner""".split())
# Roles that stand before a title of _NAME_TITLES, capitalised but no name: "Works Commissioner Engr. Musa Bello",
# "Managing Director Engr. Ada Eze".
ROLES_BEFORE_TITLES = SPEAKER_ROLES | frozenset("director general chief officer manager coordinator head".split())
#: Words after a name's comma that make a label in capitals a reporter's filing a story, an asker's as a
#: correspondent's is: a public radio transcript's "DAN PRICE, BYLINE:" (lower case; "BYLINE:" alone is a heading).
_FILING_ROLES = frozenset({"byline"})
#: Small words that tie a role to whom it serves in a described label in capitals ("DAVID HOLT, ATTORNEY FOR GERALD
#: PIKE", "JANE DOE, SPOKESWOMAN FOR THE MINISTRY", "SAM OKE, HEAD OF THE PORT AUTHORITY"), lower case.
_ROLE_JOINERS = frozenset("for of the at to and".split())
#: Those that may join the words of an office in capitals before a name, "the" after them ("SECRETARY OF STATE ANA
#: LUSK", "SPOKESMAN FOR THE ARMY"): not "to" nor "at", which a headline in capitals holds ("SENATOR TO THE RESCUE").
_OFFICE_JOINERS = frozenset("of for and".split())
#: A briefing's asker labelled by role and outlet, in title case or capitals: "Reporter from AFP", "Journalist of
#: China Daily", "Correspondent with the Daily Ledger", "REPORTER FROM TASS" (the outlet: one to four capitalised
#: words, perhaps after "the").
_OUTLET_LABEL = re.compile(
    r"(?:[A-Z][\w'’.-]*[^\S\r\n]+)?(?i:reporter|journalist|correspondent)[^\S\r\n]+(?i:from|of|with|for|at)"
    r"[^\S\r\n]+(?:(?i:the)[^\S\r\n]+)?[A-Z][\w'’.&-]*(?:[^\S\r\n]+[A-Z][\w'’.&-]*){0,3}")
#: Abbreviated titles that make a label in capitals a person's ("SEN. ROE:", "DR JANE ROE:"), lower case.
_LABEL_TITLES = frozenset("sen rep dr mr mrs ms mx gov gen prof pres amb lt col capt sgt rev sec adm maj cllr".split())
#: The labels of a question and of its answer, in capitals or title case ("Q:", "A:", "QUESTION:", "Answer:").
_QUESTION_LABELS = frozenset({"Q", "QUESTION", "Question"})
_ANSWER_LABELS = frozenset({"A", "ANSWER", "Answer"})
#: How far into a transcript's text above its first label :func:`_named_exchange` looks for the people it names, and
#: ``framing.profile`` for its host: the headline and introduction are short.
INTRO_CHARS = 1500
# A run of capitalised words on one line, name particles between them ("Mayor Dana Holm", "Ana de la Cruz").
_NAME_RUN = re.compile(rf"[{UPPER}][\w'’-]*(?:[^\S\r\n]+(?:(?:{'|'.join(sorted(NAME_PARTICLES))})[^\S\r\n]+)*"
                       rf"[{UPPER}][\w'’-]*)*")
# A possessive's ending, dropped from a name's last word ("Holm's").
POSSESSIVE_END = re.compile(r"['’]s?$", re.IGNORECASE)
# An initial in a name's label ("J. Roe").
_INITIAL = re.compile(r"[A-Z]\.")


class SpeakerTurn(NamedTuple):
    """One speaker's turn in a transcript: sentences ``first`` to ``last - 1`` (positions in the bounds given to
    :func:`speaker_turns`), the first opened by the speaker's ``label`` (as written, without its colon: "SEN. ROE",
    "Q", "Roe"), whose words start at ``words`` in the text. ``kind``: "question" ("Q:"), "answer" ("A:"),
    "interviewer" (a label naming a host's role: "HOST:", "ANCHOR:", or the surname or name alone of a host or
    reporter labelled so in full, "RUIZ:" after "ANA RUIZ, HOST:", or of a host naming themselves as the show opens,
    "RUIZ:" below "I'm Ana Ruiz, and this is Morning Desk."), "speaker", or "post": an embedded social post,
    its ``label`` the account holder's name as its sign-off writes it, on the line after its last sentence ("Mirela
    Haskins" of "— Mirela Haskins (@mhaskins) May 3, 2026"), its ``words`` its first sentence's start, or "posted": a
    post pasted unquoted after a colon with no sign-off, its ``label`` the name the line introducing it writes before
    the verb ("Mirela Haskins tweeted:"), its ``words`` where the post's words start, past the colon."""

    first: int
    last: int
    label: str
    words: int
    kind: str


class Label(NamedTuple):
    """A label that opens a sentence, as :func:`read_label` reads it."""

    end: int  # where the sentence's words start, past the colon and its spaces
    label: str  # as written, without the colon
    kind: str  # "question", "answer", "interviewer", "speaker", or "heading" for a heading's or banner's label
    alone: bool  # a speaker's whatever the text around it: in capitals, or Q/A in capitals
    strong: bool  # a speaker's label on its own, making the text a transcript: a role or a title in capitals
    key: str  # what two lines opened by the same label share
    described: bool = False  # a name in capitals and who they are after a comma ("MARA VELLIN, former aide")
    first_person: bool = False  # its line's words speak in the first person ("We saw the water rise")
    outlet: bool = False  # an outlet's name in mixed case ("BBC News", "Dragon TV"): a briefing's asker's label only
    quoted: bool = False  # read after a quotation mark opening its line: a transcript quoted paragraph by paragraph
    role: str = ""  # the role in capitals whose holder the label names in brackets ("CHAIR" of "Chair (Ana Lusk)")


def speaker_label_length(sentence: str) -> int:
    """The length of a label that may be a speaker's opening ``sentence``, with its colon and spaces ("HOST: ",
    "SEN. JANE ROE: ", "STEVE ROE, HOST: ", "ROE: ", "Q: ", "A: "), or with the line break after it when it stands
    alone on its line above the words; 0 when there is none. It says who speaks, not what: a sentence's subject is
    looked for after it. Only what a sentence alone shows may be a speaker's counts: a label in capitals that holds
    no heading's or sentence's word ("NOTE: ", "BREAKING: ", "THE REASON: " are wording), a place before a colon
    ("NEW DELHI: ") or a body ("IMF: ") too; a label in title case ("Roe: ") is a speaker's only in a transcript (see
    :func:`speaker_turns`). Of these the model leaves out only the labels that cannot be copy (see
    :func:`lead_length`)."""
    if _LABEL_COLON.search(sentence, 0, LABEL_REACH) is None:
        return 0  # most sentences: no colon a label could end with
    found = read_label(sentence, 0)
    return found.end if found is not None and found.alone else 0


def opening_label_length(sentence: str) -> int:
    """The length of a label of a speaker's form opening ``sentence``, with its colon and spaces, whether it counts
    as a speaker's or not (see :func:`speaker_turns`): in capitals or title case ("HOST: ", "Roe: ", "Reporter from
    AFP: ", "AFP: "), or a Q or A; 0 when there is none, or for a heading's ("Poll: ", "Update: ") or a sentence's
    ("The reason: cost."). No source's name runs across such a label's colon."""
    if _LABEL_COLON.search(sentence, 0, LABEL_REACH) is None:
        return 0
    found = read_label(sentence, 0)
    return 0 if found is None or found.kind == "heading" else found.end


#: Headings' words that credit what follows them ("Poll: Voters back the levy", "Sources: The coach will quit"), lower
#: case: a source, unlike the other headings' words.
_SOURCING_HEADINGS = frozenset({"poll", "source", "sources"})


def heading_label_length(sentence: str) -> int:
    """The length of a heading's or banner's label opening ``sentence``, with its colon and spaces ("Transcript: ",
    "Analysis: ", "UPDATE: "); 0 when there is none, or for one that credits what follows ("Poll: ", "Sources: ":
    see ``_SOURCING_HEADINGS``). Its word says what the piece is, not who speaks: no source."""
    if _LABEL_COLON.search(sentence, 0, LABEL_REACH) is None:
        return 0
    found = read_label(sentence, 0)
    if found is None or found.kind != "heading" or found.label.lower() in _SOURCING_HEADINGS:
        return 0
    return found.end


def asks(sentence: str) -> bool:
    """Whether a question's label opens ``sentence`` ("Q: ", "QUESTION: ", "Question: "), whether it counts or not
    (see :func:`speaker_turns`): a question nobody labelled answers is the asker's, not the last speaker's."""
    if _LABEL_COLON.search(sentence, 0, LABEL_REACH) is None:
        return False  # most sentences: no colon a label could end with
    found = read_label(sentence, 0)
    return found is not None and found.kind == "question"


def speaker_turns(text: str, bounds: Sequence[tuple[int, int]],
                  quotes: Sequence[tuple[int, int]] = ()) -> list[SpeakerTurn]:
    """The speakers' turns of a transcript or Q&A in ``text`` (``bounds``: its sentences, as from
    :func:`split_sentences`), in order; none for ordinary copy.

    A turn opens with a speaker's label at the start of a line (past a closed caption's turn mark or a time code in
    brackets or of hours, minutes and seconds: ">> HOST: ", "[00:00:05] HOST: ", "00:00:05 - HOST: "), then a colon
    and the words ("HOST: ", "Roe: "):
    in capitals, a name or role of one to six words, perhaps with an aside in brackets and a role after a comma
    ("SEN. JANE ROE (D-NY): ", "STEVE ROE, HOST: "), or a name of two words or more and who the speaker is, in any
    case, up to eight words ("MARA VELLIN, former aide: ", "RUTH ABARA, emergency director, Lessing County: ",
    "DAVID HOLT, ATTORNEY FOR GERALD PIKE: ": see :func:`_description`), which is keyed by the name, as
    "MARA VELLIN: " is; an earnings call's name and, after
    dashes, a role or a firm and a role ("Ana Ruiz -- Chief Executive Officer: ", "Tom Vance -- Kessel Securities --
    Analyst: ", see :func:`_dashed_label`), labelled and keyed by the name and counted as a name described is, an
    analyst's asking; in title case, a name of one to four words ("Jane Roe: ", "Interviewer: ", "Operator: ", a
    call's host, who asks); or "Q: " and "A: " ("QUESTION: ", "Answer: "), which may also open a sentence inside a line
    ("Q: Why? A: Cost."). A label alone on its line ("MS. LIN:") with the words on the next (not across a blank
    line) is read as though it opened that line, and :func:`split_sentences` makes it part of the sentence below it
    when it counts; a name and role in capitals alone in its paragraph ("MARY KELSO, HOST:"), or a host's role alone
    ("HOST:"), opens a turn across one blank line (see :func:`_label_above_blank`). A heading's word alone ("PRICE:")
    is a speaker's surname where another label names them ("DAN PRICE, BYLINE:"). A turn runs over the lines and
    paragraphs after it until the next speaker's label, a Q or A
    (counted or not: a question nobody labelled answers is not the last speaker's), or a line opened by a heading's
    or banner's label ("Note: ", "UPDATE: ", "Editor's note: "). What counts:

    - Q and A only when the text has both, or Q alone where two questions or more are each answered by a speaker
      labelled by name, one of them twice or more ("Q: How did it feel?" then "VASK: Hard.": see
      :func:`_asked_of_named`);
    - one capital letter but Q and A ("F:", "M:"), at a line's start or inside a line, only where two such letters and
      no other take turns, each twice or more (see :func:`_letter_voices`): two voices;
    - a label in capitals with a role or a title ("HOST:", "FOREIGN MINISTER:", "SEN. ROE:", "UNIDENTIFIED MALE:",
      numbered or not: "UNIDENTIFIED MALE 2:", numbered in title case too, see :func:`_numbered_voice`) always;
    - any other label ("ROE:", "JANE ROE:", "Roe:", "Interviewer:") only in an evident transcript, one that has such
      a role or title, Q and A, or two labels of which one opens two lines or more and is no label in capitals without
      a role or title, which may name a place (a roundup of datelines: "LISBON: ", "MADRID: "); and then, when it opens
      one line only, not in title case (a word such as "Look: " may open a line of an answer) nor as the text's first
      label, where a dateline stands ("NEW DELHI: ", "WASHINGTON: "); a name described that opens another line as
      well ("MARA VELLIN, former aide: " and "MARA VELLIN: ") makes the transcript evident where the lines of two
      people labelled speak in the first person (see :func:`_in_first_person`; a writer's list, "MARK TOLL,
      goalkeeper: Safe hands." and "MARK TOLL, second half: Dire.", is none);
    - every label of a briefing's exchange, in title case or capitals: journalists labelled by a host's or reporter's
      role or their outlet ("Reporter from AFP: ", "AFP: ", "Reporter: ") taking turns with one answerer
      ("Spokesperson Lin: "), each twice or more (see :func:`_briefing_exchange`); outlets that are no agency
      ("CCTV: ", "Global Times: ") ask there too where another asker is a journalist or the headline or introduction
      names a briefing (see :func:`outlets_asking`); an outlet's label in mixed case ("Dragon TV: ", "RIA Novosti: ")
      counts there only, and makes no other text a transcript ("BBC News: " and "Dragon TV: " taking turns).

    A turn whose label opens no other turn, or that of the only speaker labelled in the text, ends with its paragraph:
    one label in ordinary copy ("SENATOR: Did you delete them?") is an exchange quoted, not a transcript to the end.
    A turn also ends before a closing editorial note that is the text's last paragraph ("This interview has been
    edited for length and clarity."), which is no speaker's.

    An embedded social post signed off on a line of its own below it ("— Mirela Haskins (@mhaskins) May 3, 2026") is
    a turn of the account holder's too (kind "post"), outside any transcript's turn: its sentences after the line that
    introduces it with a colon ("Mirela Haskins posted on X:"), else the paragraph of its last line (see
    :func:`_post_turns`). A post pasted unquoted after a name's verb of posting and a colon, with no sign-off ("Mirela
    Haskins tweeted:"), is the named poster's turn (kind "posted") to the end of its line (see
    :func:`_introduced_posts`).

    A label inside one of the quoted regions ``quotes`` (sorted, as :func:`quoted_regions` gives them) is
    a quotation's words, not a label, and changes nothing. Linear in the number of sentences: each is read once, up to
    ``LABEL_REACH`` characters from its start.
    """
    labels = list(sentence_labels(text, bounds, quotes))
    intro = intro_above(text, bounds, labels)
    labels = outlets_asking(labels, intro, text)
    counted = counted_labels([label for _, label in labels], intro)
    hosts = _hosts_labelled([label for _, label in labels], counted) | _hosts_introduced(intro)
    turns: list[SpeakerTurn] = []
    keys: list[str] = []  # each turn's speaker, as _speaker_key gives it
    for (index, label), counts in zip(labels, counted):
        if (counts or label.kind in ("heading", "question", "answer")) and turns and turns[-1].last == len(bounds):
            turns[-1] = turns[-1]._replace(last=index)  # the next speaker, a heading, or any Q or A ends the turn
        if counts:
            kind = "interviewer" if label.kind == "speaker" and label.key in hosts else label.kind
            turns.append(SpeakerTurn(index, len(bounds), label.label, bounds[index][0] + label.end, kind))
            keys.append(_speaker_key(label))
    uses = Counter(keys)
    note = closing_note(text, bounds) if turns else None
    turns = [_before(turn if len(uses) > 1 and uses[key] > 1 else _within_paragraph(text, bounds, turn), note)
             for turn, key in zip(turns, keys)]
    turns = _cut_at_clips(text, bounds, turns)
    turns = _last_ended_at_narration(text, bounds, turns)
    posts = [post for post in _post_turns(text, bounds)
             if not any(turn.first < post.last and post.first < turn.last for turn in turns)]
    taken = spoken_sentences(turns + posts, len(bounds))
    for post in _introduced_posts(text, bounds):
        if not any(taken[post.first:post.last]):
            posts.append(post)
            taken[post.first:post.last] = [True] * (post.last - post.first)
    return sorted(turns + posts) if posts else turns


# A show named after a phrase that opens a broadcast ("this is Morning Desk", "welcome to Morning Desk", "you're
# listening to Morning Desk"), its name capitalised; and a speaker naming themselves, "I'm Dana Ruiz", the name (two or
# three capitalised words) in group 1.
_SHOW = (r"(?i:this[^\S\r\n]+is|welcome[^\S\r\n]+(?:back[^\S\r\n]+)?to|you['’]re[^\S\r\n]+(?:watching|listening"
         r"[^\S\r\n]+to))[^\S\r\n]+(?:the[^\S\r\n]+)?[A-Z]")
_SELF_NAMED = r"\bI(?:['’]m|[^\S\r\n]+am)[^\S\r\n]+([A-Z][\w'’-]+(?:[^\S\r\n]+[A-Z][\w'’-]+){1,2})"
#: A host naming themselves as their show opens, beside its name on one line: "I'm Dana Ruiz, and this is Morning
#: Desk.", "Welcome to Morning Desk. I'm Dana Ruiz."; not a speaker naming themselves alone ("I'm Governor Lena
#: Paik, and I have an update").
_HOST_SELF_NAMED = (re.compile(rf"{_SELF_NAMED},?[^\S\r\n]+(?:and[^\S\r\n]+)?{_SHOW}"),
                    re.compile(rf"{_SHOW}[^\r\n]{{0,80}}?[.!,][^\S\r\n]+{_SELF_NAMED}"))


def intro_above(text: str, bounds: Sequence[tuple[int, int]], labels: Sequence[tuple[int, Label]]) -> str:
    """A transcript's headline and introduction: the text of ``text`` (``bounds``: its sentences) above the first of
    ``labels`` (each sentence's position and label, in order) that is no heading's. A headline opened by a heading's
    label ("Transcript: 'We changed nothing'", "Interview: ...") is part of the introduction, which still names the
    people who speak below it."""
    first = next((index for index, label in labels if label.kind != "heading"), None)
    return text[:bounds[first][0]] if first is not None else ""


def _hosts_introduced(intro: str) -> frozenset[str]:
    """The keys that name the host who names themselves in a transcript's headline and introduction ``intro`` (the
    text above its first label) as the show opens (see ``_HOST_SELF_NAMED``): the whole name and the surname in
    capitals ("DANA RUIZ", "RUIZ" of "I'm Dana Ruiz, and this is Morning Desk."), so that a later "RUIZ:" asks as
    "DANA RUIZ, HOST:" would. Only the first ``INTRO_CHARS`` characters are read."""
    if "I" not in intro:
        return frozenset()
    hosts: set[str] = set()
    for pattern in _HOST_SELF_NAMED:
        for found in pattern.finditer(intro, 0, INTRO_CHARS):
            words = found.group(1).upper().split()
            hosts.update({" ".join(words), words[-1]})
    return frozenset(hosts)


def _hosts_labelled(labels: list[Label], counted: list[bool]) -> frozenset[str]:
    """The keys that name an interviewer whom a counted label of ``labels`` names in full with a host's role ("ANA
    RUIZ, HOST", "TOM VANCE, CORRESPONDENT", "TOM VANCE — HOST"): the whole name and the surname ("ANA RUIZ",
    "RUIZ"), so that a later "RUIZ:" asks as "ANA RUIZ, HOST:" did. A label of a role ("ABC NEWS ANCHOR",
    "REPORTER FROM TASS") names no one by it."""
    hosts: set[str] = set()
    for label, counts in zip(labels, counted):
        words = label.key.split()
        if (counts and label.kind == "interviewer" and len(words) >= 2
                and not any(word.strip(".'’-").lower() in SPEAKER_ROLES for word in words)):
            hosts.update({label.key, words[-1]})
    return frozenset(hosts)


def _introduced_posts(text: str, bounds: Sequence[tuple[int, int]]) -> list[SpeakerTurn]:
    """The social posts of ``text`` pasted unquoted after a colon that ends a line's verb of posting ("Mirela Haskins
    tweeted:", "Haskins wrote on X:", "Haskins posted on Monday night:"), with no sign-off below them, as turns of the
    names written just before the verb, or before a description set apart by commas ("Haskins, the union's leader,
    tweeted:"; see :func:`_poster_named`) (kind "posted"): the words after the colon, on its line or the next, up to
    the end of their line, when that is at most ``_POST_CHARS`` characters. Nothing
    when those words open with a quotation mark (a quotation, credited as such), the verb has no capitalised name
    before it ("He tweeted:", "The ministry posted:") or the post's words run into no sentence."""
    if ":" not in text:
        return []
    posts: list[SpeakerTurn] = []
    starts = [start for start, _ in bounds]
    for intro in _POST_INTRO.finditer(text):
        name = _poster_named(text, intro.start())
        gap = _SPACE_AFTER.match(text, intro.end())
        words = gap.end() if gap else intro.end()
        if name is None or words >= len(text) or text[words] in OPENERS:
            continue
        first = bisect_left(starts, words + 1) - 1
        if first < 0 or bounds[first][1] <= words:
            continue
        line = LINE.search(text, words, words + _POST_CHARS + 1)  # no further: a long line is no post, read once
        end = line.start() if line else len(text)
        if end - words > _POST_CHARS:
            continue
        posts.append(SpeakerTurn(first, bisect_left(starts, end), name, words, "posted"))
    return posts


def _poster_named(text: str, verb: int) -> str | None:
    """The name written on the line just before a verb of posting at ``verb`` ("Mirela Haskins" of "On Monday Mirela
    Haskins tweeted:"), perhaps before a description set apart by commas ("Mirela Haskins, the union's leader,
    tweeted:": see ``_POSTER_ASIDE``): one to four capitalised words, without the words that open a sentence or say
    when (``_NOT_POSTERS``), or ``None``."""
    line = text.rfind("\n", max(0, verb - _POSTER_REACH - _POSTER_ASIDE_CHARS), verb) + 1
    aside = _POSTER_ASIDE.search(text, max(line, verb - _POSTER_ASIDE_CHARS - 8), verb)
    before = aside.start() if aside else verb
    found = _POSTER.search(text, max(line, before - _POSTER_REACH), before)
    if found is None:
        return None
    words = found.group(1).split()
    while words and words[0] in _NOT_POSTERS:
        words.pop(0)
    return " ".join(words) or None


def _post_turns(text: str, bounds: Sequence[tuple[int, int]]) -> list[SpeakerTurn]:
    """The embedded social posts of ``text`` as turns of the account holders their sign-offs name (see
    :func:`post_sign_off`), each ending before its sign-off: the sentences after the line that introduces the post
    with a colon ("Mirela Haskins posted on X:") when one stands at most ``_POST_CHARS`` characters above the sign-off,
    else those of the paragraph that holds the line above the sign-off, when it starts that near."""
    if "(@" not in text:
        return []  # the usual case: no handle anywhere
    posts: list[SpeakerTurn] = []
    floor = 0  # the first sentence after the last sign-off: no post reaches above it
    for k, (start, end) in enumerate(bounds):
        if text[start] not in DASHES or "(@" not in text[start:end]:
            continue
        line = line_of(text, bounds, k)
        if line is None or line[0] != start:
            continue
        name = post_sign_off(text, *line)
        if name is None:
            continue
        first = _post_start(text, bounds, k, floor)
        if first is not None:
            posts.append(SpeakerTurn(first, k, name, bounds[first][0], "post"))
        floor = bisect_left(bounds, line[1], key=itemgetter(1)) + 1  # past the sign-off's line
    return posts


def _post_start(text: str, bounds: Sequence[tuple[int, int]], k: int, floor: int) -> int | None:
    """The first sentence of the post whose sign-off is sentence ``k`` (see :func:`_post_turns`), not above ``floor``:
    after the line introducing it with a colon, any such line in the paragraph of the post's last line, one naming a
    platform or a verb of posting ("posted on X:", "wrote:") further up; else that paragraph's first. ``None`` when
    nothing stands above the sign-off or the post's start lies too far above it."""
    paragraph = None  # where the paragraph of the post's last line starts
    i = k - 1
    while i >= floor and bounds[k][0] - bounds[i][0] <= _POST_CHARS:
        start, end = bounds[i]
        if (text[end - 1] == ":" and LINE.search(text, end, bounds[i + 1][0])
                and (paragraph is None or _POST_WORDS & set(re.findall(r"\w+", text[start:end].lower())))):
            return i + 1 if i + 1 < k else None  # "Mirela Haskins posted on X:", ending its line
        if paragraph is None and (i == floor or PARAGRAPH_BREAK.search(text, bounds[i - 1][1], start)):
            paragraph = i
        i -= 1
    return paragraph


def spoken_sentences(turns: Sequence[SpeakerTurn], count: int) -> list[bool]:
    """Whether each of ``count`` sentences is in one of ``turns`` (see :func:`speaker_turns`): a speaker's words,
    not the writer's."""
    spoken = [False] * count
    for turn in turns:
        spoken[turn.first:turn.last] = [True] * (turn.last - turn.first)
    return spoken


#: A broadcast transcript's line that marks a clip played or a break ("(BEGIN VIDEO CLIP)", "(END VIDEOTAPE)",
#: "(BEGIN AUDIO CLIP)", "(COMMERCIAL BREAK)"): what follows it unlabelled is no longer the last speaker's words.
_CLIP_CUE = re.compile(r"\((?:(?:BEGIN|END)[^\S\r\n]+(?:(?:VIDEO|AUDIO)[^\S\r\n]*(?:CLIP|TAPE)|CLIP)"
                       r"|COMMERCIAL[^\S\r\n]+BREAK)\)")


def _cut_at_clips(text: str, bounds: Sequence[tuple[int, int]], turns: list[SpeakerTurn]) -> list[SpeakerTurn]:
    """``turns``, each ended before the first sentence inside it that is a clip's or a break's cue alone (see
    ``_CLIP_CUE``): a host's turn does not run on into the words of the mayor's clip played after it."""
    if not turns:
        return turns
    cues = [index for index, (start, end) in enumerate(bounds) if _CLIP_CUE.fullmatch(text, start, end)]
    if not cues:
        return turns
    cut = []
    for turn in turns:
        k = bisect_right(cues, turn.first)
        cut.append(turn._replace(last=cues[k]) if k < len(cues) and cues[k] < turn.last else turn)
    return cut


def _names_opening(labels: set[str]) -> re.Pattern[str] | None:
    """A paragraph opening with a speaker's name as a label gives it, in any case, a given name before it allowed
    ("Sand" or "Ada Sand" of the label "Sand", "Open Ledger" of "OPEN LEDGER"), then a verb in lower case ("Sand
    has led ...", "Open Ledger stands by ..."): the writer's narration of a speaker in the third person; ``None``
    for no name."""
    names = sorted({label for label in labels if len(label) > 1}, key=len, reverse=True)
    if not names:
        return None
    spelled = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?:[A-Z][\w'’-]+[^\S\r\n]+)?(?i:{spelled})[^\S\r\n]+(?=[a-z])")


def _last_ended_at_narration(text: str, bounds: Sequence[tuple[int, int]],
                             turns: list[SpeakerTurn]) -> list[SpeakerTurn]:
    """``turns``, the last ended before a paragraph below its first that opens with its own speaker's name, or that
    of the one whose question, just before, it answers, in the third person (see :func:`_names_opening`: "Open
    Ledger stands by its findings." below "OPEN LEDGER: Will you resign?" and "SAND: I would rather the group
    withdraw the report."): no one answering tells of themselves, nor of the one asking them, so that, not the
    answer, is the writer's closing narration, and so is all after it. A turn labelled Q or A names no one and is
    left as it is, and so is a speaker's naming of another (a debate's rival)."""
    last = turns[-1] if turns else None
    if last is None or last.last != len(bounds) or last.kind not in ("speaker", "interviewer"):
        return turns
    labels = {last.label}
    asked = turns[-2] if len(turns) > 1 and turns[-2].last == last.first else None
    if (asked is not None and asked.kind in ("speaker", "interviewer")
            and text[:bounds[last.first][0]].rstrip()[-1:] == "?"):
        labels.add(asked.label)
    opening = _names_opening({label.partition(",")[0].strip() for label in labels})
    for found in PARAGRAPH_BREAK.finditer(text, bounds[last.first][1], bounds[last.last - 1][1]):
        index = bisect_left(bounds, found.end(), last.first, last.last, key=itemgetter(0))
        if index < last.last and ((opening is not None and opening.match(text, bounds[index][0], bounds[index][1]))
                                  or _writer_s_outlet_told(text[bounds[index][0]:bounds[index][1]])):
            return turns[:-1] + [last._replace(last=index)]
    return turns


#: The writer's own outlet or reporter in the third person ("when contacted by this newspaper", "told our
#: correspondent"), which an answer in the first person does not write of so (see :func:`_writer_s_outlet_told`).
_OWN_OUTLET = re.compile(r"\b(?:this|our)\s+(?:newspaper|paper|reporter|correspondent|publication)\b", re.I)
#: A word of the first person, which makes a sentence an answer's, whatever outlet it names ("I told this paper",
#: "Our officers read this paper"), the outlet's own "our" left out first ("told our correspondent"); "us" not in
#: capitals, the country's letters ("US observers").
ANSWERER_FIRST_PERSON = re.compile(r"\b(?:(?i:I|me|my|mine|myself|we|our|ours|ourselves)|[Uu]s)\b")


def _writer_s_outlet_told(sentence: str) -> bool:
    """Whether ``sentence``, opening a paragraph below an interview's last answer, is the writer's narration of
    someone telling or answering their own outlet ("Garba, when contacted by this newspaper, stood by his claim."):
    it names "this newspaper" or "our correspondent" and writes no word of the first person, as no answer in the
    first person tells of the outlet so (an answerer's "our" counts: "Our officers have read what this paper
    printed")."""
    return _OWN_OUTLET.search(sentence) is not None and ANSWERER_FIRST_PERSON.search(
        _OWN_OUTLET.sub(" ", sentence)) is None


def _before(turn: SpeakerTurn, note: int | None) -> SpeakerTurn:
    """``turn`` ended before sentence ``note`` (a closing note) when it runs on over it."""
    return turn._replace(last=note) if note is not None and turn.first < note < turn.last else turn


def _speaker_key(label: Label) -> str:
    """What the turns of one speaker share: the label's words, or the kind of a Q or A ("Q", "QUESTION")."""
    return label.kind if label.kind in ("question", "answer") else label.key


def _within_paragraph(text: str, bounds: Sequence[tuple[int, int]], turn: SpeakerTurn) -> SpeakerTurn:
    """``turn`` ended with the paragraph its label opens in, or that of its words below a label alone in its
    paragraph (see :func:`_label_above_blank`)."""
    end = PARAGRAPH_BREAK.search(text, max(bounds[turn.first][1], turn.words), bounds[turn.last - 1][1])
    if end is None:
        return turn
    return turn._replace(last=bisect_left(bounds, end.end(), turn.first, turn.last, key=itemgetter(0)))


def sentence_labels(text: str, bounds: Sequence[tuple[int, int]],
                     quotes: Sequence[tuple[int, int]]) -> list[tuple[int, Label]]:
    """Each sentence of ``text`` opened by a label outside ``quotes``, with the label, in order (see
    :func:`_labels_read`), a heading's word alone in capitals that is the surname of a name another label gives
    read as that person's ("PRICE:" below "DAN PRICE, BYLINE:", not a heading's "PRICE:"), and so is a production cue
    that the text also writes in title case, as a name ("VOS:" where it names "Piet Vos": see ``_PRODUCTION_CUES``)."""
    labels = _letter_voices(list(_labels_read(text, bounds, quotes)))
    surnames = {label.label.partition(",")[0].split()[-1] for _, label in labels
                if label.kind != "heading" and len(label.label.partition(",")[0].split()) >= 2}
    for cue in {label.label for _, label in labels} & _PRODUCTION_CUES:
        if re.search(rf"\b{cue.title()}\b", text):
            surnames.add(cue)  # "VOS:" where "His lawyer Piet Vos joins us" is the lawyer's, no cue
    return _holders_again([(index, _surname_label(label) if label.kind == "heading" and label.label in surnames
                             else label) for index, label in labels])


def _holders_again(labels: list[tuple[int, Label]]) -> list[tuple[int, Label]]:
    """``labels`` with a role's label alone ("Chair:") read as the one person a label named in brackets after that
    role before it ("Chair (Dame Rosalind Ferrars):", see :func:`_holder_named_aside`): the transcript's later turns
    of that holder, who spoke under the role's name; not where two holders of that role were named."""
    holders: dict[str, set[Label]] = {}
    for _, label in labels:
        if label.role:
            holders.setdefault(label.role, set()).add(label._replace(end=0, first_person=False))
    named = {role: next(iter(held)) for role, held in holders.items() if len({h.key for h in held}) == 1}
    return [(index, named[label.key]._replace(end=label.end, first_person=label.first_person)
             if not label.role and label.key in named and label.label.upper() == label.key else label)
            for index, label in labels]


def _surname_label(label: Label) -> Label:
    """The heading's ``label``, one word in capitals, read as a speaker's label of that surname (see
    :func:`sentence_labels`)."""
    return Label(label.end, label.label, "speaker", True, False, label.label.upper(), False, label.first_person)


def _labels_read(text: str, bounds: Sequence[tuple[int, int]],
                 quotes: Sequence[tuple[int, int]]) -> Iterator[tuple[int, Label]]:
    """Each sentence of ``text`` opened by a label outside ``quotes``, with the label: any at a line's start, only Q
    and A inside a line. A label is read within its sentence, or for a label alone on its line (see
    :func:`label_line`) through to the words of the sentence below it, so that it counts as it would opening that
    sentence's line, or across one blank line for a name and role in capitals (see :func:`_label_above_blank`)."""
    colons = [found.start() for found in _LABEL_COLON.finditer(text)]
    # a court transcript's "Q." and "A." (see _stopped_label), read where its heading names whom it examines
    stops = ("Q. " in text or "A. " in text) and _EXAMINATION_OF.search(text, 0, INTRO_CHARS) is not None
    if not colons and not stops:
        return
    quoted_turns = _quoted_transcript(text)
    q = 0
    for index, (start, end) in enumerate(bounds):
        near = bisect_left(colons, start)
        stopped = _stopped_label(text, start) if stops else None
        if stopped is None and (near == len(colons) or colons[near] >= start + LABEL_REACH):
            continue  # no colon a label could end with: the regular expressions need not run (most copy)
        while q < len(quotes) and quotes[q][1] <= start:
            q += 1
        quoted = _quoted_turn_label(text, start, end) if quoted_turns else None
        if q < len(quotes) and quotes[q][0] <= start and quoted is None:
            continue  # a transcript quoted in a sentence: its labels are the quotation's words
        found = (quoted or stopped
                 or read_label(text, start, bounds[index + 1][1] if label_line(text, bounds, index) else end)
                 or _label_above_blank(text, bounds, index) or _letter_label(text, start))
        if found is not None and (found.kind in ("question", "answer") or _one_letter(found)
                                  or _opens_line(text, start)):
            yield index, found._replace(first_person=_in_first_person(text, start + found.end))


#: A paragraph of a transcript quoted in full, opened by a quotation mark and a speaker's label in capitals
#: ('"HOST: Welcome back.'), as copy that quotes an interview paragraph by paragraph writes each turn.
_QUOTED_LABEL_LINE = re.compile(r"^[^\S\r\n]*[\"“]([A-Z][A-Z.'’ -]{0,40}):[^\S\r\n]", re.M)


def _quoted_transcript(text: str) -> bool:
    """Whether ``text`` quotes a transcript paragraph by paragraph: two labels or more, of two speakers or more,
    each opening a paragraph after a quotation mark (see ``_QUOTED_LABEL_LINE``); one such paragraph is an exchange
    quoted, whose label stays the quotation's words."""
    if ":" not in text:
        return False
    found = [match.group(1) for match in _QUOTED_LABEL_LINE.finditer(text)]
    return len(found) >= 2 and len(set(found)) >= 2


def _quoted_turn_label(text: str, start: int, end: int) -> Label | None:
    """The speaker's label after the quotation mark opening the line of the sentence at ``start`` (to ``end``), in a
    transcript quoted paragraph by paragraph (see :func:`_quoted_transcript`), with its end past the mark; ``None``
    for none."""
    if _QUOTED_LABEL_LINE.match(text, start) is None or not _opens_line(text, start):
        return None
    mark = start + len(text[start:end]) - len(text[start:end].lstrip()) + 1
    found = read_label(text, mark, end)
    return (None if found is None or found.kind == "heading"
            else found._replace(end=found.end + mark - start, quoted=True))


#: A court transcript's heading naming whom it examines, in its first ``INTRO_CHARS`` characters: "Cross-examination
#: of Ana Ruiz", "Direct examination of Dr. Ana Ruiz", "EXAMINATION OF ANA RUIZ".
_EXAMINATION_OF = re.compile(r"\b(?:(?:[Cc]ross|[Dd]irect|[Rr]edirect|[Rr]ecross|CROSS|DIRECT)[- ])?"
                             r"(?:[Ee]xamination|EXAMINATION)[^\S\r\n]+(?:of|OF)[^\S\r\n]+[A-Z]")


def _stopped_label(text: str, start: int) -> Label | None:
    """The label of a court transcript's question or answer written with a stop, "Q. " or "A. ", opening the line of
    the sentence at ``start``, where the nearest line with words above or below it opens with the other (see
    :func:`transcript_label`): a question's or answer's label as "Q: " and "A: " are, read only where the text's
    heading names whom it examines (see ``_EXAMINATION_OF``), whose answers they are (framing.profile credits them
    by :func:`framing.source_find_interviews.interviewee_mention`); elsewhere ("Brandt described the call:" above them)
    no label, as before. ``None`` for none."""
    found = _QA_LABEL.match(text, start)
    if found is None or not _opens_line(text, start) or not transcript_label(text, found.end(1)):
        return None
    end = (next_visible(text, found.end()) or found.end()) - start
    letter = found.group(1)
    return Label(end, letter, "question" if letter == "Q" else "answer", True, False, letter)


#: A voice's label of one capital letter but Q and A (which are a question's and an answer's: see ``_QA_LABEL``) and
#: a colon, opening a sentence, past a turn mark or time code: "F: ", "M: ", as some transcripts label a woman's and a
#: man's voice; the letter in group 1.
_LETTER_VOICE = re.compile(r"([B-PR-Z]):[^\S\r\n]+(?=\S)")


def _letter_label(text: str, start: int) -> Label | None:
    """The label of one capital letter opening the sentence at ``start`` (see ``_LETTER_VOICE``), read as a speaker's
    in title case is (counting only in a transcript), keyed by the letter; it counts only where two such letters take
    turns (see :func:`_letter_voices`). ``None`` for none."""
    mark = _TURN_MARK.match(text, start)
    found = _LETTER_VOICE.match(text, mark.end() if mark else start)
    return None if found is None else Label(found.end() - start, found.group(1), "speaker", False, False, found[1])


def _one_letter(label: Label) -> bool:
    """Whether ``label`` is a voice's label of one capital letter (see :func:`_letter_label`)."""
    return label.kind == "speaker" and len(label.key) == 1


def _letter_voices(labels: list[tuple[int, Label]]) -> list[tuple[int, Label]]:
    """``labels`` without those of one letter (see :func:`_letter_label`) unless two letters, and no other, take
    turns, each twice or more ("F: Did you sign it? M: I never saw it. F: Not once? M: Not once."): two voices of a
    transcript. A list's letters ("B: Porto." after "A: Lisbon."), a third letter or a letter twice in a row are no
    voices."""
    letters = [label.key for _, label in labels if _one_letter(label)]
    if not letters:
        return labels
    voices = (len(set(letters)) == 2 and len(letters) >= 4
              and all(one != two for one, two in zip(letters, letters[1:])))
    return labels if voices else [(index, label) for index, label in labels if not _one_letter(label)]


def _in_first_person(text: str, start: int) -> bool:
    """Whether the words of a label's line, from ``start`` to the line's end (at most ``_TURN_WORDS_REACH``
    characters), say "I", "we", "me", "my", "us" or "our" outside quotation marks, as a speaker's own words do and a
    writer's list does not ("MARK TOLL, goalkeeper: Made two fine saves." is a rating, not his words)."""
    line = LINE.search(text, start, start + _TURN_WORDS_REACH)
    words = QUOTED_RUN.sub(" ", text[start:line.start() if line else start + _TURN_WORDS_REACH])
    return _FIRST_PERSON.search(words) is not None


def label_line(text: str, bounds: Sequence[tuple[int, int]], index: int) -> bool:
    """Whether sentence ``index`` ends in a colon and the next one starts on the following line without a label of
    its own (another speaker's, a Q or A, a heading's): a label alone on its line may stand above its words."""
    end = bounds[index][1]
    return (text[end - 1:end] == ":" and index + 1 < len(bounds)
            and _ONE_BREAK.fullmatch(text, end, bounds[index + 1][0]) is not None
            and read_label(text, bounds[index + 1][0]) is None)


def _label_above_blank(text: str, bounds: Sequence[tuple[int, int]], index: int) -> Label | None:
    """The label that sentence ``index`` is, alone in its paragraph above its words across one blank line, when it is
    a name in capitals and a role after a comma ("MARY KELSO, HOST:", as public radio sets its host's), or a host's
    role alone in capitals ("HOST:", "ANCHOR:", see ``INTERVIEWER_ROLES``) above a paragraph with no label of its own
    (the host's words, the next speaker's label past a blank line as public radio sets it; not "HOST:", a blank line,
    then "Is the pier safe?" above "GUEST: Yes."), which count alone (see :func:`speaker_turns`), and the sentence
    below opens with no label of its own; else ``None`` (another role alone, "SPEAKER:", or a name alone, "MARY
    KELSO:", there stays no label, as before). Its turn opens with the label's sentence, which stays one of its own
    (the segmenter joins no paragraphs), and runs over the paragraph below."""
    end = bounds[index][1]
    if text[end - 1:end] != ":" or index + 1 == len(bounds) or read_label(text, bounds[index + 1][0]) is not None:
        return None
    found = read_label(text, bounds[index][0], bounds[index + 1][1], _LABEL_ABOVE_BLANK)
    if found is None or not found.strong:
        return None
    host = found.key.lower() in INTERVIEWER_ROLES and _unlabelled_paragraph(text, bounds[index + 1][0])
    return found if found.described or host else None


def _unlabelled_paragraph(text: str, start: int) -> bool:
    """Whether no line of the paragraph that starts at ``start`` after its first opens with a label (see
    :func:`read_label`)."""
    end = PARAGRAPH_BREAK.search(text, start)
    stop = end.start() if end else len(text)
    return not any(read_label(text, line.end()) for line in LINE.finditer(text, start, stop))


def counted_labels(labels: list[Label], intro: str) -> list[bool]:
    """Which of ``labels`` (in the text's order) name a speaker, by the rules of :func:`speaker_turns`; ``intro``:
    the text above the first label, its headline and introduction."""
    briefing = _briefing_exchange([label for label in labels if label.kind != "heading"])
    # an outlet's label in mixed case ("BBC News:") counts in a briefing only, and makes no other text a transcript
    speakers = [label for label in labels if label.kind != "heading" and not label.outlet]
    asked = {label.kind for label in speakers if label.kind in ("question", "answer")}
    paired = len(asked) == 2 or _asked_of_named(speakers)
    lines = Counter(label.key for label in speakers if label.kind not in ("question", "answer"))
    # capitals without a role or title may name places ("LISBON: ", "MADRID: " in a roundup): not the label that recurs
    # a name in capitals described ("MARA VELLIN, former aide:") counts towards a transcript only where two people
    # speak in the first person: a writer's list of names described is none ("MARK TOLL, goalkeeper: Safe hands." and
    # "MARK TOLL, second half: Dire." rate a player; a cast list; election results)
    spoken = len({label.key for label in speakers if label.first_person and label.kind not in ("question", "answer")})
    voiced = Counter(label.key for label in speakers
                     if label.kind not in ("question", "answer") and not (label.alone and not label.strong)
                     and not (label.described and spoken < 2))
    # such a name described once that opens another line ("MARA VELLIN:")
    described = spoken >= 2 and any(label.described and lines[label.key] >= 2 for label in speakers)
    transcript = (paired or any(label.strong for label in speakers)
                  or (len(lines) >= 2 and max(voiced.values(), default=0) >= 2)
                  or described or _named_exchange(speakers, lines, intro))
    first = speakers[0] if speakers else None
    quoted = _quoted_exchange(speakers)
    return [paired if label.kind in ("question", "answer")
            else label.kind != "heading" and (label.strong or briefing or (label.quoted and quoted) or (
                not label.outlet and transcript
                and (lines[label.key] >= 2 or _surname_recurs(label, lines) or _named_then_surnamed(label, speakers)
                     or ((label.alone or label.described) and label is not first))))
            for label in labels]


def _named_then_surnamed(label: Label, speakers: list[Label]) -> bool:
    """Whether ``label``, a speaker's, and another of ``speakers`` are one person's full name and surname, the full
    name first ("Tom Ashby:" above "Ashby:"): each opens one line only, but together they name a speaker who takes
    two turns of an evident transcript, as a name that opens two lines does."""
    if label.kind != "speaker":
        return False
    surname = _named_words(label)[-1]
    named = [other for other in speakers if other.kind == "speaker" and _named_words(other)[-1] == surname]
    return (len(named) >= 2 and len(_named_words(named[0])) > 1
            and any(len(_named_words(other)) == 1 for other in named[1:]))


def _named_words(label: Label) -> list[str]:
    """The words of ``label``'s key that name its speaker, without a member's letters after them ("TOM ASHBY" of
    "TOM ASHBY MP": see ``_POST_NOMINALS``)."""
    words = label.key.split(" ")
    return words[:-1] if len(words) > 1 and words[-1] in _POST_NOMINALS else words


def _surname_recurs(label: Label, lines: Counter[str]) -> bool:
    """Whether ``label``, a speaker's of two words or more, ends in a surname that labels two lines or more on its
    own (``lines``: how many lines each key opens): "Chief Inspector Arne Blom: Good morning." opening a press
    conference's transcript whose later turns are "Blom:" is Blom's first turn, though it opens one line only."""
    words = _named_words(label)
    return label.kind == "speaker" and len(words) > 1 and lines[words[-1]] >= 2


def _quoted_exchange(speakers: list[Label]) -> bool:
    """Whether two speakers or more each open two paragraphs or more of a transcript quoted paragraph by paragraph
    (labels read after a quotation mark: see :func:`_quoted_turn_label`), as in '"HOST: ..."' and '"VASK: ..."' taking
    turns: their labels count as a transcript's, whoever they are."""
    keys = Counter(label.key for label in speakers if label.quoted)
    return sum(count >= 2 for count in keys.values()) >= 2


def _asked_of_named(speakers: list[Label]) -> bool:
    """Whether ``speakers``' labels are an interview's questions labelled "Q:" and answers labelled by the speaker's
    name ("Q: How did the race feel?" then "VASK: The hardest of my life."): no "A:", two questions or more, each
    followed by a speaker's label, and one speaker answering twice or more. The questions then count as a Q's that
    an "A:" answers do, the interviewer's."""
    questions = sum(label.kind == "question" for label in speakers)
    if questions < 2 or any(label.kind == "answer" for label in speakers):
        return False
    answers = [two for one, two in zip(speakers, speakers[1:]) if one.kind == "question"]
    return (len(answers) == questions and all(label.kind == "speaker" for label in answers)
            and max(Counter(label.key for label in answers).values()) >= 2)


def _briefing_exchange(speakers: list[Label]) -> bool:
    """Whether ``speakers``' labels are a briefing's exchange, every label of which names a speaker, in title case or
    capitals: journalists asking, labelled by a host's or reporter's role or by their outlet ("Reporter from AFP:",
    "Reporter:", "AFP:", "Reuters:"), and one answerer ("Spokesperson Lin:", "Lin Wei:", "LIN WEI:"), the two taking
    turns, each twice or more, with no Q or A; an asker's label may open one line only."""
    if len(speakers) < 4 or any(label.kind in ("question", "answer") for label in speakers):
        return False
    if not _one_person({label.key for label in speakers if label.kind != "interviewer"}):
        return False
    return all((one.kind == "interviewer") != (two.kind == "interviewer") for one, two in zip(speakers, speakers[1:]))


def _one_person(keys: set[str]) -> bool:
    """Whether the labels' ``keys`` name one person: one key, or keys whose words, past a role or title ("SPOKESPERSON
    WANG", "MR. WANG"), all stand in the longest of them ("WANG LEI"): a briefing's answerer labelled by name and
    then by role and surname."""
    if len(keys) <= 1:
        return len(keys) == 1
    names = [frozenset(word for word in key.split() if word.rstrip(".").lower() not in _ANSWERER_TITLES)
             for key in keys]
    longest = max(names, key=len)
    return all(name and name <= longest for name in names)


#: Words of a briefing's or press conference's heading or introduction ("Regular Press Conference on June 3").
_BRIEFING_NAMED = re.compile(r"\b(?:briefing|press[^\S\r\n]+conference|news[^\S\r\n]+conference)\b", re.I)


def outlets_asking(labels: list[tuple[int, Label]], intro: str, text: str) -> list[tuple[int, Label]]:
    """``labels`` (each sentence's position and label, in order) with the outlets asking at a briefing made
    interviewers: where one answerer's label ("Tao Mingyu:", "Spokesperson Tao:") takes turns, twice or more, with
    askers' labels that name no agency and no reporter's role but an outlet ("CCTV:", "Global Times:",
    "Bloomberg:", see :func:`names_outlet`), more than half of them outlets so named and none read as a person's
    (see :func:`_reads_as_person`: "Tom Vance:", "Senator Vance:"; "VANCE:" is no outlet's where the text
    ``text`` names Tom Vance), nor a role or title in capitals ("SEN. ROE:"), so that one outlet no list knows
    ("Zephrana:") loses no interviewer; and either another asker's label is a journalist's ("AFP:", "Reporter
    from AFP:", "Reporter:"; a host's, "ANCHOR:", is none) or the askers are two or more and the headline or
    introduction ``intro`` names a briefing or press conference. With no Q or A, so that the journalists' labels
    count and their questions are theirs (see :func:`_briefing_exchange`); any other ``labels`` as given: people
    who take turns with one speaker at a news conference are no journalists for that."""
    speakers = [label for _, label in labels if label.kind != "heading"]
    if len(speakers) < 4 or any(label.kind in ("question", "answer") for label in speakers):
        return labels
    named, people = intro_names(intro), _people_named(text)
    for side in (0, 1):
        answers, asked = speakers[1 - side::2], speakers[side::2]
        answerer = {label.key for label in answers}
        askers = {label.key for label in asked}
        if (_one_person(answerer) and answers[0].kind != "interviewer" and not answerer & askers
                and not any(label.strong and label.kind != "interviewer" for label in asked)
                and not any(_reads_as_person(label, named, people) for label in asked)
                and 2 * len({label.key for label in asked if label.kind == "interviewer" or _journalist(label)
                             or names_outlet(label.label)}) > len(askers)
                and (any(_journalist(label) for label in asked)
                     or (len(askers) >= 2 and _BRIEFING_NAMED.search(intro, 0, INTRO_CHARS) is not None))):
            return [(index, label._replace(kind="interviewer") if label.key in askers else label)
                    for index, label in labels]
    return labels


def _reads_as_person(label: Label, named: dict[str, str | None], people: frozenset[str]) -> bool:
    """Whether ``label`` reads as a person's name rather than an outlet's: opened by a known given name ("Carl
    Dune", "TOM:"; see :func:`framing.given_names.given_name_sex`), a speaker's title ("Mr Vance", "Dr. Holm") or a
    title or office before a name ("Senator Vance", "Mayor Tom Vance", "Sir Tom"; see ``_PERSON_TITLE_WORDS``),
    a person's whole name or surname that the headline or introduction names (``named``, see
    :func:`intro_names`), or a surname written after a given name or title anywhere in the text (``people``, see
    :func:`_people_named`: "Vance:" where "Senator Tom Vance" is named); not where it names an outlet all the same
    (see :func:`names_outlet`)."""
    words = label.label.split()
    if not words or names_outlet(label.label):
        return False
    title = words[0] if words[0].endswith(".") else words[0] + "."
    return (given_name_sex(words[0]) is not None or title.capitalize() in SPEAKER_TITLES
            or (len(words) > 1 and words[0].rstrip(".").lower() in _PERSON_TITLE_WORDS)
            or " ".join(words).upper() in named or " ".join(words).upper() in people)


#: Titles and offices written before a person's name in a label, lower case ("Senator Vance", "Sir Tom").
_PERSON_TITLE_WORDS = _LABEL_TITLES | frozenset("""sir lady lord dame senator councillor councilor councilman
    councilwoman alderman alderwoman mayor governor congressman congresswoman representative assemblyman
    assemblywoman minister premier president chancellor judge justice professor doctor colonel captain sergeant
    commissioner sheriff ambassador reverend father bishop rabbi imam""".split())


#: Roles and titles before an answerer's name in a briefing's label ("Spokesperson Wang", "Mr. Wang"), lower case.
_ANSWERER_TITLES = _PERSON_TITLE_WORDS | SPEAKER_ROLES


def _people_named(text: str) -> frozenset[str]:
    """The surnames, in capitals, that ``text`` writes after a known given name or a title of
    ``_PERSON_TITLE_WORDS`` in a run of capitalised words ("VANCE" of "Senator Tom Vance" or "Tom Vance"): people,
    whose bare surname as a label is no outlet's."""
    found: set[str] = set()
    for run in _NAME_RUN.finditer(text):
        words = [POSSESSIVE_END.sub("", word) for word in run.group().split()]
        if len(words) > 1 and (given_name_sex(words[-2]) is not None
                               or words[-2].rstrip(".").lower() in _PERSON_TITLE_WORDS):
            found.add(words[-1].upper())
    return frozenset(found)


def _journalist(label: Label) -> bool:
    """Whether ``label`` names a journalist asking at a briefing: a news agency ("AFP", "Reuters") or a reporter's
    role ("Reporter", "Reporter from AFP", "CORRESPONDENT"); not a host's ("ANCHOR", "MODERATOR")."""
    return (_agency_label(label.label) or _OUTLET_LABEL.fullmatch(label.label) is not None
            or any(word in ("REPORTER", "JOURNALIST", "CORRESPONDENT") for word in label.key.split()))


#: Words of a newspaper's masthead that no common given name or surname is, lower case ("Kessel Times", "Daily
#: Harbour", "Varna Herald"): a briefing's asker (see :func:`names_outlet`) and what "the paper" may mean in
#: framing.sources both read them.
MASTHEAD_WORDS = frozenset("""times post daily herald tribune gazette telegraph guardian chronicle observer courier
    examiner inquirer dispatch ledger sentinel bulletin globe mail mirror express press""".split())
#: Last words of a news outlet's name, lower case: "Global Times", "China Daily", "Kessel Herald", "Morlan Radio".
_OUTLET_WORDS = MASTHEAD_WORDS | frozenset(
    "news journal radio television tv channel magazine media network weekly".split())
#: Outlets often asking at a briefing whose names end in no masthead's word and are no initials without a vowel
#: ("Al Jazeera", "Le Monde", "ITV"), lower case; two words that end a name ("China News Service", "Hubei Media
#: Group"), which either alone does not ("Secret Service", "Kessel Group").
_OUTLET_NAMES = frozenset({
    "al jazeera", "al arabiya", "politico", "axios", "sputnik", "ria novosti", "nikkei", "yomiuri", "asahi",
    "mainichi", "asahi shimbun", "yomiuri shimbun", "mainichi shimbun", "le monde", "le figaro", "der spiegel",
    "euronews", "deutsche welle", "france 24", "prasar bharati", "caixin", "arirang", "itv", "abc", "rte", "voa",
    "rai", "ani news"})
_OUTLET_ENDINGS = frozenset({"news service", "media group", "broadcasting corporation", "broadcasting service"})
#: News agencies' words for agencies in general, which name no one outlet.
_AGENCIES_IN_GENERAL = frozenset({"agencies", "wires", "news agencies", "wire services"})
#: A broadcaster's or paper's initials in capitals, three to six letters with no vowel ("CCTV", "BBC", "NHK",
#: "CGTN"), which no surname in capitals ("KELL", "RUIZ", "WYNN") is.
_OUTLET_INITIALS = re.compile(r"[B-DF-HJ-NP-TV-XZ]{3,6}")


def names_outlet(name: str) -> bool:
    """Whether ``name`` (a speaker's label or a name in a transcript's introduction, as written) reads as a news
    outlet's, not a person's, a role's or another body's: a news agency (:data:`NEWS_AGENCIES`; in title case one of
    five letters or more, "Bloomberg", not "Ani"), a name ending in a masthead's or broadcaster's word ("Global
    Times", "Aldane Herald", "Morlan Radio", "China News Service"), initials in capitals with no vowel ("CCTV",
    "NHK"), or one of a few outlets named otherwise ("Al Jazeera", "Le Monde", "ITV", see ``_OUTLET_NAMES``). So
    that only an outlet is taken to ask where people taking turns might as well be arguing ("Tom Vance:", "Hollow
    Boys")."""
    written = " ".join(name.split())
    low = written.lower()
    if low in NEWS_AGENCIES and low not in _AGENCIES_IN_GENERAL:
        return not any(ch.islower() for ch in written) or len(low) >= 5
    if low in _OUTLET_NAMES:
        return len(low) > 3 or written.isupper()  # "ITV", not "Abc"
    return (low.rsplit(" ", 1)[-1] in _OUTLET_WORDS or " ".join(low.split()[-2:]) in _OUTLET_ENDINGS
            or _OUTLET_INITIALS.fullmatch(written) is not None)


def _named_exchange(speakers: list[Label], lines: Counter[str], intro: str) -> bool:
    """Whether ``speakers``' labels (``lines``: how many lines each key opens) are an exchange between people named
    in capitals alone ("CARL DUNE:", "HOLM:"), which no place roundup is: only capitals without a role or title, two
    or more keys that each open two lines or more, no key opening two labelled lines in a row, and one of them the
    whole name or surname of a person the headline or introduction ``intro`` names in full ("Mayor Dana Holm" for
    "DANA HOLM:" or "HOLM:"). A full name's first label and its surname's later ones ("CARLA BRISK:" then "BRISK:")
    count as one key's lines."""
    lines = _lines_by_surname(lines)
    if (len(lines) < 2 or min(lines.values()) < 2
            or any(not label.alone or label.strong or label.kind in ("question", "answer") for label in speakers)
            or any(one.key == two.key for one, two in zip(speakers, speakers[1:]))):
        return False
    named = intro_names(intro)
    return any(key in named for key in lines)


def _lines_by_surname(lines: Counter[str]) -> Counter[str]:
    """``lines`` (how many lines each label's key opens) with a full name's lines counted as its surname's where the
    surname labels lines of its own ("CARLA BRISK" once and "BRISK" six times: "BRISK" seven times)."""
    merged: Counter[str] = Counter()
    for key, count in lines.items():
        surname = key.split(" ")[-1]
        merged[surname if surname != key and surname in lines else key] += count
    return merged


def intro_names(intro: str) -> dict[str, str | None]:
    """The people a transcript's headline and introduction ``intro`` (the text above its first label) name in full,
    as a label in capitals would name them: each whole name or surname in capitals ("DANA HOLM", "HOLM" of "Mayor
    Dana Holm") with the name as written from the given name on ("Dana Holm"), or ``None`` where two people share
    it. A name is two capitalised words or more on one line (name particles between them), past a sentence's word
    ("The Herald" is none); only the first ``INTRO_CHARS`` characters are read."""
    named: dict[str, str | None] = {}
    for run in _NAME_RUN.finditer(intro, 0, INTRO_CHARS):
        words = [POSSESSIVE_END.sub("", word) for word in run.group().split()]
        while words and words[0].lower() in NOT_SPEAKER_WORDS:
            words.pop(0)  # "The Herald", "In Morlan": a sentence's word before a name
        if len(words) < 2:
            continue
        for k in range(len(words)):
            given = min(k, len(words) - 2)  # a surname alone is named from the word before it, past particles
            while given > 0 and words[given] in NAME_PARTICLES:
                given -= 1
            key, name = " ".join(words[k:]).upper(), " ".join(words[given:])
            named[key] = name if named.get(key, name) == name else None
    return named


def _opens_line(text: str, start: int) -> bool:
    """Whether only blanks stand between ``start`` and the line break (or the text's start) before it."""
    at = start
    while at > 0 and text[at - 1] not in "\r\n" and BLANK.match(text, at - 1):
        at -= 1
    return at == 0 or text[at - 1] in "\r\n"


#: Verbs of speech that open a sentence before its speaker and a colon ('Said Ellis: "I doubt it."'), no label's
#: first word when a quotation follows the colon (see :func:`read_label`); the speaker after them is read by
#: :func:`framing.source_find_after_cue.name_after_opening_cue`.
SPEECH_CUES_OPENING = ("Said", "Says", "Added", "Adds", "Countered", "Counters", "Replied", "Replies")
_SPEECH_VERBS_OPENING = frozenset(cue.lower() for cue in SPEECH_CUES_OPENING)
_QUOTE_AFTER_LABEL = re.compile(r"\s*[“\"‘']")


def read_label(text: str, start: int, stop: int | None = None, form: re.Pattern[str] = _LABEL_AT) -> Label | None:
    """The label opening ``text`` at ``start`` (see :func:`speaker_turns`), past a turn mark or time code before it
    (see ``_TURN_MARK``: ">> ", "[00:00:05] "), its words before ``stop`` (the text's end when ``None``), or ``None``
    when there is none: no label's form, or words in lower case ("The reason: cost."), figures ("10:30"), a
    sentence's word, or nothing after the colon on its line or the next (a blank line or the text's end after a
    label alone on its line; ``form`` ``_LABEL_ABOVE_BLANK`` reads across one blank line)."""
    mark = _TURN_MARK.match(text, start)
    at = mark.end() if mark else start
    found = form.match(text, at, min(len(text) if stop is None else stop, start + LABEL_REACH))
    if found is None:
        return None
    main, aside, tail = found.group("main"), found.group("aside"), found.group("tail")
    label = text[at:found.end()].rstrip().rstrip(":").rstrip()
    end = found.end() - start
    number = found.group("number")
    if number is not None and not _numbered_voice(found):
        return None
    if found.group("dashed") is not None:
        return _dashed_label(end, main, found.group("dashed"), tail)
    if tail is None and (main in _QUESTION_LABELS or (aside is None and main in _ANSWER_LABELS)):
        # a question may name its asker's outlet in brackets, as a press conference's transcript does ("Question
        # (Ostrel Courier):"): still a question, not a speaker called "Question"
        kind = "question" if main in _QUESTION_LABELS else "answer"
        return Label(end, label, kind, main.isupper(), False, main.upper())
    words = main.split() + (tail.replace(",", " ").split() if tail else [])
    bare = [word.strip(".'’-").lower() for word in words]
    if bare[0] in _SPEECH_VERBS_OPENING and _QUOTE_AFTER_LABEL.match(text, found.end()):
        return None  # 'Said Ellis: "I doubt it."': a speech cue and its speaker before a quotation, not a turn's label
    if words[0][:1].isupper() and _heading(words, bare):
        return Label(end, label, "heading", False, False, "")
    if aside is None and tail is None and main in _PRODUCTION_CUES:  # "VOS:", "SOT:": a cue, no one's name
        return Label(end, label, "heading", False, False, "")
    if aside is None and tail is None and _OUTLET_LABEL.fullmatch(main):  # "Reporter from AFP", "JOURNALIST OF TASS"
        capitals = not any(ch.islower() for ch in main)
        return Label(end, label, "interviewer", capitals, capitals, " ".join(bare).upper())
    # a description in lower case after a name may hold any word ("RUTH ABARA, director of the county's office"), one
    # in capitals with a role the small words that tie the role to whom it serves ("ATTORNEY FOR GERALD PIKE")
    size = len(main.split())
    named = bare[:size] if tail is not None and any(ch.islower() for ch in tail) else bare
    if any(word in ROLES_BEFORE_TITLES for word in named[size:]):
        named = named[:size] + _untied(named[size:])
    # so may an office in capitals before a name, after its role ("SECRETARY OF STATE ANA LUSK"; not "THE MINISTER",
    # nor a headline's "SENATOR TO THE RESCUE")
    office = next((k for k, word in enumerate(bare[:size]) if word in SPEAKER_ROLES), None)
    if office is not None and not any(ch.islower() for ch in main):
        after = zip(named[office:], named[office + 1:])
        named = named[:office + 1] + [word for before, word in after if word not in _OFFICE_JOINERS
                                      and not (word == "the" and before in _OFFICE_JOINERS)]
    if any(word in NOT_SPEAKER_WORDS for word in named):
        return None
    read = _name_label(end, label, main, tail, bare, aside)
    if read is None or number is None:
        return read
    return read._replace(key=f"{read.key} {number}", alone=True, strong=True)  # "Unidentified Female 2" as in capitals


#: The first words of a transcript's label for a voice it cannot name, which it may number ("UNIDENTIFIED MALE 2").
_UNNAMED_VOICE = frozenset({"unidentified", "unknown"})


def _numbered_voice(found: re.Match[str]) -> bool:
    """Whether the label ``found`` with a number after its words is a voice the transcript cannot name and numbers
    ("UNIDENTIFIED MALE 2", "Unidentified Female 1"), read as the label without its number is and keyed with the
    number, each number one voice, and a speaker's label on its own in title case as in capitals (the number makes it
    no line's opening words); a number after any other label makes none ("ROUND 2: ", "PART 1: ")."""
    words = found.group("main").split()
    return (len(words) >= 2 and words[0].lower() in _UNNAMED_VOICE and found.group("dashed") is None
            and found.group("tail") is None)


def _untied(role: list[str]) -> list[str]:
    """The words of a role in capitals after a label's comma (``role``, lower case) without the small words that tie
    it to whom it serves (see ``_ROLE_JOINERS``): one just after a role's word or another such word ("ATTORNEY FOR
    GERALD PIKE", "SPOKESWOMAN FOR THE PORT AUTHORITY"), "of" or "to" after any word ("ATTORNEY FOR THE FAMILY OF THE
    VICTIM", "ADVISER TO THE MAYOR"), "and" before a word that is none of them ("HEAD OF SAFETY AND SECURITY"). Any
    other small word stays, so that a heading in capitals holding a role stays a sentence's words ("CITY HALL, MAYOR
    TO FACE THE COUNCIL:", "ELECTION RESULTS, GOVERNOR AND THE SENATE:")."""
    kept: list[str] = []
    tied = False  # the word before is a role's word or a small word dropped
    for at, word in enumerate(role):
        after = role[at + 1] if at + 1 < len(role) else ""
        if word == "and":
            joiner = bool(after) and after not in _ROLE_JOINERS and after not in NOT_SPEAKER_WORDS
        else:
            joiner = word in _ROLE_JOINERS and (tied or word in ("of", "to"))
        if not joiner:
            kept.append(word)
        tied = joiner or word in ROLES_BEFORE_TITLES
    return kept


def _heading(words: list[str], bare: list[str]) -> bool:
    """Whether a label's ``words`` (``bare``: lower case, without stops) make a heading or banner: a heading's word
    first ("UPDATE", "Why it matters", "KEY POINTS") or after possessives alone ("Editor's note"); after a title or a
    name it is a surname ("MR. PRICE", "JANE PRICE", "SEN. ANNE KEY" are speakers)."""
    for word, low in zip(words, bare):
        if low in _HEADING_WORDS:
            return True
        if not word.upper().endswith(("'S", "’S", "'", "’")):
            return False
    return False


def _name_label(end: int, label: str, main: str, tail: str | None, bare: list[str],
                aside: str | None = None) -> Label | None:
    """The label of a speaker named by ``main`` (and ``tail``, after a comma; ``bare``: their words in lower case
    without stops; ``aside``: what stands in brackets after ``main``) as :func:`read_label` reads it: in capitals,
    two letters at least ("HOST", "SEN. ROE"), with a tail of up to four words in capitals ("STEVE ROE, HOST",
    "WASHINGTON, D.C.") or a description of who they are (see :func:`_description`: "MARA VELLIN, former aide", "RUTH
    ABARA, emergency director, Lessing County"), which marks the label ``described`` and keys it by the name alone,
    as a later "MARA VELLIN:" is; or in title case without a tail ("Roe", "Interviewer"); ``None`` for any other. A
    name in capitals of two words or more with a politician's party and state in brackets (see ``_PARTY_ASIDE``:
    "MAYA OKAFOR (D-NY)", "REPRESENTATIVE TOMAS BRILL (R-OH)") is a speaker's on its own, as a TV caption sets it,
    as is one with a role or a title."""
    named = _holder_named_aside(main, aside)
    if named is not None:  # "PRESENTER (JUNE MALLORY)": the host by name, as "JUNE MALLORY, PRESENTER" would be
        kind = "interviewer" if main.lower() in INTERVIEWER_ROLES else "speaker"  # "Chair (Dame Rosalind Ferrars)"
        return Label(end, named, kind, True, True, named.upper(), role=main.upper())
    key = " ".join(bare).upper()
    filed = tail is not None and any(word in _FILING_ROLES for word in bare[len(main.split()):])
    kind = ("interviewer" if any(word in INTERVIEWER_ROLES for word in bare) or _agency_label(main) or filed
            or (len(bare) == 1 and bare[0] in HOST_LABELS) else "speaker")
    if any(ch.islower() for ch in main) or sum(ch.isalpha() for ch in main) < 2:
        if tail is not None:
            return _comma_role_label(end, main, tail)
        if _title_case_name(main.split()):
            return Label(end, label, kind, False, False, key)
        # an outlet's name in mixed case ("Dragon TV", "RIA Novosti": see names_outlet), which counts only where it
        # asks at a briefing (see counted_labels)
        return Label(end, label, kind, False, False, key, outlet=True) if names_outlet(main) else None
    described = tail is not None and _description(main, tail)
    if described:
        key = " ".join(bare[:len(main.split())]).upper()
    elif tail is not None and (any(ch.islower() for ch in tail) or "," in tail or len(tail.split()) > 4):
        return None  # only a description of someone named runs longer or in lower case
    if tail is not None and any(ch.islower() for ch in tail):
        return Label(end, label, kind, False, False, key, True)  # counts in a transcript only: see counted_labels
    strong = ((bare[0] in _LABEL_TITLES and len(bare) > 1) or any(word in SPEAKER_ROLES for word in bare) or filed
              or (aside is not None and len(main.split()) >= 2 and _PARTY_ASIDE.fullmatch(aside.strip()) is not None))
    return Label(end, label, kind, True, strong, key, described)


#: A name of two words or more in capitals, as a speaker's role in a label may name its holder in brackets after
#: it; or in title case ("Shona MacAskill", "June McAllister-Reid"), as some transcripts write it.
_NAME_ASIDE = re.compile(r"[A-Z][A-Z'’-]+(?:[^\S\r\n]+[A-Z][A-Z'’-]+)+"
                         r"|[A-Z][a-z'’]+(?:[A-Z][a-z'’]+)*(?:-[A-Z][a-z'’]+)*"
                         r"(?:[^\S\r\n]+[A-Z][a-z'’]+(?:[A-Z][a-z'’]+)*(?:-[A-Z][a-z'’]+)*)+")

#: Words of a stage direction in brackets after a speaker's role, lower case ("Voice Over", "Off Camera", "Via
#: Satellite", "Through Translator"): how or where the speaker is heard, never a name.
_STAGE_DIRECTION_WORDS = frozenset("""voice voice-over off camera tape studio translator translation interpreter
    telephone phone video satellite link audio live remote archive continuing cont'd via through""".split())


def _holder_named_aside(main: str, aside: str | None) -> str | None:
    """The name in brackets after a speaker's role alone (``main``: "PRESENTER", "Chair", "WITNESS"; ``aside``:
    "JUNE MALLORY" of "PRESENTER (JUNE MALLORY):", "Dame Rosalind Ferrars" of "Chair (Dame Rosalind Ferrars):"),
    which names the label's speaker, in capitals or in title case (keyed in capitals), so that a later "MALLORY:"
    is that one host and not another speaker, and a later "Chair:" alone that one chair (see
    :func:`_holders_again`); ``None`` for any other label, and for a stage direction (see
    ``_STAGE_DIRECTION_WORDS``: "PRESENTER (Voice Over):", "HOST (OFF CAMERA):": how the host is heard, not who)."""
    if aside is None or main.lower() not in SPEAKER_ROLES:
        return None
    if any(word in _STAGE_DIRECTION_WORDS for word in aside.lower().split()):
        return None
    return aside.strip() if _NAME_ASIDE.fullmatch(aside.strip()) else None


#: A politician's party, perhaps with their state, in brackets after their name in a TV caption: "D-NY", "R-Ohio",
#: "D-N.Y.", "I-VT", "D-NEW YORK", "R".
_PARTY_ASIDE = re.compile(r"[DRI](?:-[A-Za-z][A-Za-z.]*(?:[^\S\r\n][A-Za-z][A-Za-z.]*)?)?")


#: Words in lower case that may join the words of a firm or role after a call transcript's dashes ("Head of Investor
#: Relations", "Vice President and Treasurer", "Bank of the Isles").
_DASHED_JOINERS = frozenset("of and for the & de".split())
#: How a call transcript's dashes part a label's name from its role or firm.
_DASH_SPLIT = re.compile(_LABEL_DASH)
#: Roles that make a label of a role alone its host's, who asks no question but passes them on: an earnings call's
#: "Operator:" (lower case). Such a host, like a "Moderator", is each document's own (see
#: :func:`framing.profile.generic_source`).
HOST_LABELS = frozenset({"operator"})


def _dashed_label(end: int, main: str, dashed: str, tail: str | None) -> Label | None:
    """The label of an earnings call's speaker named by ``main`` and described after dashes by ``dashed`` (a role, or
    a firm then a role) and ``tail`` (more of the role, after a comma), as :func:`read_label` reads it: "Ana Ruiz --
    Chief Executive Officer", "Tom Vance -- Kessel Securities -- Analyst", "ANA RUIZ — CEO", "Jo Lee - Vice President,
    Investor Relations". The name, two to four words in title case or in capitals, is the label as shown and its
    key, as "Ana Ruiz:" is; the words after it capitalised (or "of", "and", "&"). One word before the dashes is a
    place, a section or a banner, no name ("KESSEL — MAYOR:", "VIDEO — MAYOR RUIZ:", "Sports -- Results:"), nor is a
    heading's word ("BREAKING NEWS — KESSEL MAYOR:") nor a section's or post's name (see :func:`_person_named`:
    "Forward-Looking Statements -- Legal Department:"). An analyst's label ("-- Analyst") or one whose role is a host's
    or a reporter's ("TOM VANCE — HOST", see ``INTERVIEWER_ROLES``) is an asker's (kind "interviewer"): analysts put
    the questions on a call. In capitals it is a speaker's whatever the text around it, and with a role (see
    ``SPEAKER_ROLES``) makes the text a transcript; in title case it counts in a transcript only, as a name described
    does (see :func:`counted_labels`). ``None`` for any other."""
    names = main.split()
    words = _DASH_SPLIT.sub(" ", dashed).split() + (tail.replace(",", " ").split() if tail else [])
    bare = [word.strip(".'’-").lower() for word in names]
    capitals = not any(ch.islower() for ch in main)
    if (not 2 <= len(names) <= 4 or any(word in NOT_SPEAKER_WORDS or word in _HEADING_WORDS for word in bare)
            or not (_title_case_name(names) or (capitals and sum(ch.isalpha() for ch in main) >= 2))
            or not all(word[:1].isupper() or word in _DASHED_JOINERS for word in words) or not _person_named(main)):
        return None
    role = [word.strip(".'’-").lower() for word in words]
    own = [word.strip(".'’-").lower() for word in _DASH_SPLIT.split(dashed)[-1].split()]  # the last part: the role
    kind = ("interviewer" if role[-1] in ("analyst", "analysts") or any(word in INTERVIEWER_ROLES for word in own)
            else "speaker")
    key = " ".join(bare).upper()
    if capitals and not any(ch.islower() for ch in dashed + (tail or "")):
        return Label(end, main, kind, True, any(word in SPEAKER_ROLES for word in role), key)
    return Label(end, main, kind, False, False, key, True)


def _comma_role_label(end: int, main: str, tail: str) -> Label | None:
    """The label of an earnings call's speaker in title case named by ``main`` and described after a comma by
    ``tail``, a role or a firm and a role in title case ("Ana Ruiz, Chief Executive Officer", "Tom Vance, Kessel
    Securities, Analyst"), read as the same label after dashes is (see :func:`_dashed_label`), so that it counts in a
    transcript only; ``None`` where no word of ``tail`` is a role or post ("Lisbon, Portugal", "Jane Roe, Kessel") or
    ``main`` names no person (see :func:`_person_named`: "Forward-Looking Statements, Legal Department")."""
    roles = [word.strip(".'’-").lower() for word in tail.replace(",", " ").split()]
    if not any(role in ROLES_BEFORE_TITLES or role in COMPANY_POSTS for role in roles):
        return None
    return _dashed_label(end, main, " -- " + " -- ".join(part.strip() for part in tail.split(",")), None)


#: Words, lower case and singular, that end a heading's or a section's name and no person's ("Forward-Looking
#: Statements", "Safe Harbor", "Financial Results"), besides a heading's word, a post or a body's part ("Legal
#: Department", "Investor Relations": see ``_HEADING_WORDS``, ``COMPANY_POSTS``).
_SECTION_ENDINGS = frozenset("""statement remark result outlook guidance overview disclosure information notice agenda
    harbor harbour""".split())


def _person_named(main: str) -> bool:
    """Whether a call label's name ``main``, before a comma and a role, names a person: a known given name first
    ("Ana Ruiz"; see :func:`framing.given_names.given_name_sex`), or two words or more whose last is no heading's,
    section's, post's or body's word ("Odrun Vell"; not "Forward-Looking Statements", "Legal Department")."""
    words = main.split()
    if given_name_sex(words[0]) is not None:
        return True
    last = words[-1].strip(".'’-").lower()
    return len(words) >= 2 and not any(form in _HEADING_WORDS or form in COMPANY_POSTS or form in _SECTION_ENDINGS
                                       for form in (last, last.removesuffix("s")))


def _description(main: str, tail: str) -> bool:
    """Whether ``tail``, after a comma, describes the person a label in capitals ``main`` names: a name of two
    words or more, and a description holding a word in lower case of three letters or more ("former aide", "bus
    driver") or a role in capitals ("DIRECTOR", "HOST", a reporter's "BYLINE"), with no stop but an abbreviation's
    ("Co.", "Dept."): not a
    place's ("WASHINGTON, D.C.", "NEW YORK, N.Y.") nor a sentence going on ("RUTH ABARA, director. Then")."""
    words = tail.replace(",", " ").split()
    if len(main.split()) < 2 or any(word.endswith(".") and len(word) > 5 for word in words):
        return False
    return any((word.isalpha() and word.islower() and len(word) >= 3)
               or word.strip(".").lower() in ROLES_BEFORE_TITLES | _FILING_ROLES for word in words)


def _agency_label(main: str) -> bool:
    """Whether a label's words ``main`` name a news agency, whose journalist asks at a briefing: in capitals any of
    :data:`NEWS_AGENCIES` but the plural words and names that are also a person's or a place's ("AFP", "AP", "TASS",
    "REUTERS"; not "BLOOMBERG", a candidate in a debate), in title case one of five letters or more ("Reuters",
    "Xinhua", "Associated Press"; not "Ani", a given name)."""
    low = " ".join(main.split()).lower()
    return (low in NEWS_AGENCIES and low not in _NO_ASKERS
            and (not any(ch.islower() for ch in main) or len(low) >= 5))


#: The letters after a member's name that say which house they sit in or their rank at the bar ("Tom Ashby MP",
#: "Ruth Kell MSP", "Ana Roe KC"), which a transcript's label in title case may end with.
_POST_NOMINALS = frozenset("MP MSP MLA MEP MPP TD QC KC".split())


def _title_case_name(words: list[str]) -> bool:
    """Whether ``words`` read as a name or role in title case: one to four capitalised words or initials, with name
    particles between them ("Jane Roe", "Sen. Roe", "Ana de la Cruz", "Interviewer"; not "Jane ROE" nor "jane"), a
    member's letters perhaps after a name (see ``_POST_NOMINALS``: "Tom Ashby MP")."""
    if len(words) > 1 and words[-1] in _POST_NOMINALS:
        words = words[:-1]
    named = [word[:1].isupper() and (any(ch.islower() for ch in word) or _INITIAL.fullmatch(word) is not None)
             for word in words]
    return (1 <= sum(named) <= 4 and named[0] and named[-1]
            and all(is_name or word in NAME_PARTICLES for word, is_name in zip(words, named)))


# Of those, the words for agencies in general, and names that are also people's or places' ("BLOOMBERG:" of a
# debate's candidate, "PA:"), which name no briefing's asker.
_NO_ASKERS = frozenset({"agencies", "wires", "news agencies", "wire services", "bloomberg", "pa"})

_POST_CHARS = 1000
# Words of a line that introduces a post from a paragraph above it: a platform or a verb of posting (lower case).
_POST_WORDS = (PLATFORMS - {"email", "e-mail"}) | frozenset("post posts posted wrote writes tweet tweets tweeted "
                                                              "share shares shared".split())
# A verb of posting that ends its line's introduction of a post with a colon, perhaps with the platform and the day
# ("tweeted:", "wrote on X:", "posted on Facebook on Monday night:"; see :func:`_introduced_posts`), and the space after
# it.
_POST_INTRO = re.compile(r"(?<=[^\W\d_]|,)[^\S\r\n]+(?:tweeted|posted|wrote)"
                         r"(?:[^\S\r\n]+on[^\S\r\n]+(?:X|Twitter|Facebook|Instagram|Threads|Bluesky|Telegram|"
                         r"LinkedIn|Mastodon|TikTok|Truth[^\S\r\n]+Social|social[^\S\r\n]+media))?"
                         r"(?:[^\S\r\n]+(?:on[^\S\r\n]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                         r"(?:[^\S\r\n]+(?:morning|afternoon|evening|night))?)?:[^\S\r\n]*")
# The capitalised words just before such a verb (up to ``_POSTER_REACH`` characters back on its line), and the words
# among them that name no poster: a sentence's opening words, a day or a month, a pronoun.
_POSTER = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’.-]*[^\S\r\n]+){0,3}[A-Z][\w'’-]*)$")
_POSTER_REACH = 80
# A description set between the poster's name and the verb ("Mara Lind, the club captain, tweeted:"): an article or a
# possessive, then up to ``_POSTER_ASIDE_CHARS`` characters without a comma, a quotation mark or a line's end.
_POSTER_ASIDE_CHARS = 60
_POSTER_ASIDE = re.compile(rf",[^\S\r\n]+(?:a|an|the|his|her|its|their)[^\S\r\n]+"
                           rf"[^,\r\n\"“”]{{1,{_POSTER_ASIDE_CHARS}}},$")
_SPACE_AFTER = re.compile(r"\s+")
_NOT_POSTERS = frozenset("""The A An On In At Last This Then But And Yet So Later Earlier Also Meanwhile Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October
    November December He She They It We I You""".split())

# Lower-case words of a company's post that may follow its name in the same sentence ("Acme Corp. Chief Executive
# Jane Roe said", "Acme Inc. Spokeswoman Jo Lee told"): such a run is a person of the company, no new sentence. Also
# the people and parts of a company ("Acme Inc. Employees said", "Acme Inc. Investor Relations said", "Acme Inc.
# Board said"), a trade ("Acme Inc. Economist Ana Ruiz"), and a county's posts and offices after "Co.", which is
# "County" too ("Kessel Co. Sheriff Tom Vance said", "Kessel Co. Deputies said", "Kessel Co. Health Department").
COMPANY_POSTS = frozenset("""chief executive officer ceo cfo coo cto vice president chairman chairwoman chair director
    spokesman spokeswoman spokesperson founder co-founder head manager analyst treasurer secretary general counsel
    partner owner co-owner shareholder stockholder investor relations employee worker staff staffer whistleblower
    guard member trustee engineer economist board department office council committee commission division unit team
    union sheriff deputy deputies coroner auditor clerk assessor recorder marshal superintendent inspector
    commissioner supervisor administrator dispatcher official officer""".split())


def transcript_label(text: str, dot: int) -> bool:
    """Whether the stop at ``dot`` ends a transcript's "Q." or "A." opening its line, where the nearest line with
    words above or below it opens with the other label ("Q. Will you resign?" then "A. We sent tankers."): the
    speaker's label, not a sentence of its own."""
    start = max(text.rfind("\n", 0, dot), text.rfind("\r", 0, dot)) + 1
    label = _QA_LABEL.match(text, start)
    if label is None or label.end(1) != dot:
        return False
    other = "A" if label.group(1) == "Q" else "Q"
    above = start - 1
    while above >= 0 and text[above].isspace():
        above -= 1
    if above >= 0:
        line = _QA_LABEL.match(text, max(text.rfind("\n", 0, above), text.rfind("\r", 0, above)) + 1)
        if line is not None and line.group(1) == other:
            return True
    end = LINE.search(text, dot)
    below = next_visible(text, end.end()) if end else None
    if below is None:
        return False
    line = _QA_LABEL.match(text, max(text.rfind("\n", 0, below), text.rfind("\r", 0, below)) + 1)
    return line is not None and line.group(1) == other
