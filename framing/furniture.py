"""Page furniture: the lines a news page puts around the copy (headline, bylines, time stamps, captions, links,
promotions, sign-up and copyright lines, a press release's banner and closing lines), told apart from the article's
own sentences so that they are read as no one's copy."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from operator import itemgetter

from .textlines import NAME_PARTICLES, NEWS_AGENCIES, PARAGRAPH_BREAK, STAMP_MARKS, BARE_CODE, BLANK, DASHES, LINE
from .textlines import MARKED_LINE_CHARS, OPENERS, PLATFORMS, SECONDS, UPPER, is_when, line_of, next_visible
from .textlines import post_sign_off, trimmed_end

__all__ = ["OPENING_STAMP", "ENTRY_STAMP", "GLUED_PARTICLES", "page_furniture", "in_headline", "stamp_length",
           "bare_stamps", "LINE_END_STOP",
           "LINK_LABELS", "PULL_QUOTE_SIGNATURE", "linked_headline", "heads_section", "release_heading",
           "release_issuer", "contact_issuer", "wire_release_issuer", "is_release_banner", "signs_copy",
           "is_print_page_line", "is_own_picture_credit"]


#: A liveblog time stamp opening a sentence ("10:40 a.m. ET - ", "[11:42 GMT] "): a source span inside
#: it ("ET") is a piece of the stamp, not a source.
OPENING_STAMP = re.compile(rf"^\s*\[?\d{{1,2}}(?:[:.]\d{{2}}{SECONDS}?)?{STAMP_MARKS}+\]?")


def stamp_alone(gap: str) -> str:
    """The pattern of a liveblog's time stamp alone on its line, which heads the entry below it: "10:05", "[10:05]",
    "9.30 a.m.", "13:48 GMT", "14:20 GMT -", a transcript's "00:01:12"; not a bare number such as "12.50". ``gap``:
    what may stand between its parts (any blanks for the segmenter's pieces, blanks on one line in a sentence)."""
    return (rf"[\[(]?(?:\d{{1,2}}:\d{{2}}{SECONDS}?(?:{gap}[ap]\.?m\.?)?|\d{{1,2}}(?:[:.]\d{{2}})?{gap}[ap]\.?m\.?)"
            rf"(?:{gap}[A-Z]{{2,4}})?[\])]?(?:{gap}[-–—:|])?")


_STAMP_ON_LINE = stamp_alone(r"[^\S\r\n]*")
#: A sentence that is a liveblog's time stamp alone ("14:30", "14:30 GMT"): the segmenter joins a stamp to the entry
#: below it (see :func:`framing.segment.split_sentences`), so one left alone heads none (the page's last line): no
#: wording, as a relative stamp alone ("2h ago") is none.
_BARE_STAMP = re.compile(_STAMP_ON_LINE)


#: A liveblog entry's time stamp, up to the dash, bar or colon after it, or in brackets: with "a.m." or a zone
#: ("10:40 a.m. ET - ", "14:05 MSK - ", "[11:42 GMT] "), or hours and minutes ("10:05 - ", "[10:05] "; not
#: "12:30 Club", nor "10 a.m. meetings"); or a transcript's time code of hours, minutes and seconds, whole, in
#: brackets, before a dash, bar or colon or a speaker's label, or of two figures each ending its line
#: ("[00:01:12.500] ", "0:00:05 - ", "00:00:05 " before "JANE ROE: ", "00:00:05\n"; not a time in copy: "2:01:09 is
#: the world record", "10:05:30, when the bell rang", "23:59:59 Tuesday was the deadline"); or any stamp alone on its
#: line that the segmenter joined to the entry below it ("13:48 GMT\n", "10:15 a.m. ET\n", "13:48\n": see
#: :func:`stamp_alone`), one or more.
ENTRY_STAMP = re.compile(rf"(?:{OPENING_STAMP.pattern}(?:(?<=\])|\s*[-–—:|])"
                         rf"|\s*(?:\[\d{{1,2}}:\d{{2}}{SECONDS}\](?:\s*[-–—:|])?"
                         rf"|\d{{1,2}}:\d{{2}}{SECONDS}\s*[-–—:|]"
                         rf"|{BARE_CODE}|\d{{2}}:\d{{2}}{SECONDS}(?=[^\S\r\n]*[\r\n])"
                         rf"|\[\d{{1,2}}[:.]\d{{2}}\]|\d{{1,2}}[:.]\d{{2}}\s*[-–—:|](?!\d)"
                         rf"|(?:{_STAMP_ON_LINE}[^\S\r\n]*(?:\r\n|\r|\n)\s*)+))\s*")

# Abbreviations that often end a sentence (company suffixes, "etc."): like initialisms, they end one
# before a word that typically starts one.
OFTEN_FINAL = frozenset("inc corp co ltd llc plc bros etc al".split())

CLOSERS = "\"'”’»)]}」』）】》〉〕"

# Emoji and other pictographs (symbols of category So in these blocks; not the ornamental quotation marks of the
# dingbats, which open quotations) and the marks that go with one: variation selectors, a keycap, skin tones, a flag's
# tags. After a sentence's stop they close that sentence, as a closing quotation mark does: "We won! 🎉 Now".
_PICTOGRAPH = re.compile("[\u231a\u231b\u23e9-\u23fa\u2600-\u275a\u2761-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")
_PICTOGRAPH_MARKS = re.compile("[\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]*")
# Emoji written as bullets and pointers, before what they mark: with words after them on their line they open the
# next sentence, as a bullet does ("Key points. ✅ Prices rose.", "Top stories. 🔴 LIVE: ...",
# "He said no. ➡️ Read more"), and they end their line's sentence only when nothing follows them there.
# Stars that rate ("★★★★☆", "⭐⭐⭐"): a review's verdict, never the page's layout.
_RATING_STARS = frozenset("★☆⭐✩✪✫✬✭✮✯✰")

#: Lower-case particles glued to a name by a hyphen ("al-Sisi", "el-Sheikh"), as a regex alternation.
GLUED_PARTICLES = r"al|el|ad|an|as|ash|at|az|ar|bin|ibn"


def page_furniture(text: str, bounds: Sequence[tuple[int, int]], *, starts_text: bool = True) -> list[bool]:
    """Whether each sentence of ``text`` (``bounds`` as from :func:`split_sentences`) is page furniture:
    what a news page puts around the copy, which frames it without being part of it.

    The headline is the text's first paragraph when it is one line with a blank line after it, ending
    without a sentence's stop (or a comma, colon or semicolon, which carry on), or ending with a question
    mark above a byline or stamp, with a second heading line below it (see :func:`_second_heading_end`: "Verdict
    unfair, says head"); every sentence in it counts. Everything else counts only as whole lines
    of its own (every sentence on such a line counts), but for a picture's credit or a link ending a line:

    - a byline: names ("By Jane Roe", "By Jane Roe and Sam Poe, Political Editors", "By JANE ROE in
      Nairobi", "By Jane Roe on March 5, 2024"; not a phrase of time or manner such as "By Christmas Eve",
      "By Labor Day", "By New Year's Eve" or "By Nightfall Tomorrow": see :func:`_is_occasion`), an agency
      ("By Reuters", "From AFP", "By The Associated Press") or the paper's staff ("By Our Foreign Staff", "By a
      Staff Reporter", "By Reuters Staff"). A byline of names alone ("By Jane Roe", "By Jane Roe and Sam
      Poe"), which a crosshead ("By Harbour Lights") could pass for, counts only within the first 600
      characters of the text, as its last line, or next to another line of furniture; one with a role, outlet,
      place or date after a comma, bar, dash, "in", "for", "at" or "on" counts anywhere;
    - a publishing stamp ("Updated 14:05 GMT", "Published 3 March 2024", "Updated an hour ago"), a liveblog's
      relative stamp alone ("2h ago", "35 minutes ago", "Just now"), or its time stamp alone heading no entry
      ("14:30" as the last line: see ``_BARE_STAMP``);
    - a wire story's closing credits ("Reporting by Jane Roe in Lagos; Editing by Sam Poe",
      "Additional reporting by Ann Li", "Reporting By Jane Roe"), thanks ("The Associated Press contributed to
      this report.", "Jane Roe contributed reporting.", "Associated Press writer Jane Roe contributed from
      Lagos."), copyright ("Copyright 2024 The Associated Press. All rights reserved.", with "This material may
      not be published, broadcast, rewritten or redistributed." after it or alone, "© Reuters 2024"), standards
      ("Our Standards: The Thomson Reuters Trust Principles.") and an agency's sign-off ("— AP", "(AFP)");
    - an embedded social post's sign-off: a dash, a name, the handle in brackets and a date ("— Jane Roe (@janeroe)
      May 3, 2026"; the post above it is its account holder's turn: see :func:`speaker_turns`);
    - a caption or picture credit: anything after a caption's label ("Image caption: ...", "FILE PHOTO:
      ...", "Pictured: ...", "Image source, Getty Images"), a credit after "Photo:", "Picture:", "Image:", "Credit:" or
      "Photo by" ("Photo: Jane Roe/Agency", "Photo: Acme handout", "Photo: courtesy of Acme", not "Credit: the
      bank's lending rose"), or a credit alone naming a picture desk or an agency with a slash ("Getty Images", "AP
      Photo/Jane Roe", "REUTERS/Jane Roe"); such a credit also counts, on its own, where it ends a caption's line
      after the caption's sentences ("Residents queue for water. (Photo: Jane Roe/Agency)", and so does an agency
      alone in brackets, "Residents queue for water. (AFP)": see :func:`_ends_line_as_furniture`);
    - a promotion: a link's label and its text ("Read more: ...", "Related: ...", "Also read: ...", "Read the full
      story: ..."; also a link's label and a link alone ending a line after its other sentences: "Taps run again.
      Read the full story: https://herald.example/water"; a label alone, quoted or not, and the linked headlines
      listed below it: see :func:`linked_headline`), a
      line of the page's own ("Advertisement", "Share this article"), a call to sign up for a newsletter,
      follow on named platforms or click ("Sign up for our Morning Briefing newsletter", "Follow us on X
      and Instagram", "Click here to ..."), an offer to listen ("Listen to this article"), a video's link
      ("Watch: Moment the bridge fell", a title: not "Watch: the speech drew jeers."), or a press release's
      closing mark ("ENDS", "-ends-", "###", "-30-"); a liveblog entry's time stamp before any of these lines
      ("10:25 GMT - Read more: ...") leaves it furniture. Also the page's own links and notes ("Cookie settings |
      Privacy policy | Terms of use", "Accept all cookies", "Advertisement - scroll to continue", "3 min read", "More
      from AP:", "Embedded content from twitter.com") and a cookie banner ("We use cookies to ... you accept our
      cookie policy.": the site's cookies and a word of consent or policy);
    - the page's layout: a rule ("___", "* * *", "---"), a link alone ("pic.twitter.com/AbC1", "https://t.co/AbC1"),
      a Markdown heading ("## What the report found": one to six "#" and a space first), emoji alone ("🔴" or
      "👉" on a line of its own between a liveblog's entries) and a transcript's stage direction ("[CROSSTALK]",
      "(APPLAUSE)", "(BEGIN VIDEO CLIP)": one to five words in capitals in brackets);
    - a pull quote: a paragraph of one line that repeats word for word a quotation or a sentence of the text before
      it ('"They laughed at us"' after '"They laughed at us," he said.', also with a label or a signature: '"They
      laughed at us" — Jane Roe': see :func:`_repeats_earlier`), which the page sets apart for show, so that it is
      not credited twice nor read as a second denial.

    Only lines of at most 400 characters are read (bylines and stamps: 150), so the search stays linear.
    ``starts_text``: ``False`` for a window cut from inside a document, whose first paragraph is no
    headline and whose start is not the page's top.
    """
    page = Page(text, bounds, starts_text)
    return [sentence_is_furniture(k, page) for k in range(len(bounds))]


def in_headline(text: str, bounds: Sequence[tuple[int, int]]) -> list[bool]:
    """Whether each sentence of ``text`` (``bounds`` as from :func:`split_sentences`) lies in its headline (see
    :func:`page_furniture`): the one line of furniture that is the outlet's own voice on this story."""
    page = Page(text, bounds, True)
    return [page.holds(k) for k in range(len(bounds))]


#: A press-release wire's name between slashes, which stands where an agency's brackets do ("/PRNewswire/",
#: "/PRNewswire-PRWeb/", "/CNW/", "/EINPresswire.com/").
SLASHED_WIRE = r"/[A-Z][\w.-]*(?: [A-Z][\w.-]*)?/"


#: A bare time stamp opening a line: hours and minutes alone, a zone or "a.m." after them allowed, then blanks and a
#: capital ("13:52 The coastguard said ...", "13.52 Police ..."), which one line alone cannot tell from copy or a name
#: ("12:30 Club"; see :func:`bare_stamps`).
_BARE_LINE_STAMP = re.compile(rf"^[^\S\r\n]*(\d{{1,2}}[:.][0-5]\d{STAMP_MARKS}?)[^\S\r\n]+(?=[A-Z])", re.M)


def bare_stamps(text: str) -> frozenset[int]:
    """Where in ``text`` the bare time stamps opening its lines stand (see ``_BARE_LINE_STAMP``: "13:52 " of "13:52
    The coastguard said ..."), when two or more lines open so: a liveblog's entries, each opened by the time it was
    posted with no dash, bracket or zone that :data:`ENTRY_STAMP` reads; none for one such line alone."""
    found = [stamp.start(1) for stamp in _BARE_LINE_STAMP.finditer(text)]
    return frozenset(found) if len(found) > 1 else frozenset()


def stamp_length(sentence: str) -> int:
    """The length of a liveblog entry's time stamp opening ``sentence`` (see :data:`ENTRY_STAMP`: "14:05 MSK - ",
    "[11:12 GMT] ", "10:05 - "), with its spaces; 0 when there is none or nothing follows it. The model does
    not read it: a stamp says when the entry was posted, and read as wording it pulls claims towards facts."""
    stamp = ENTRY_STAMP.match(sentence)
    return stamp.end() if stamp and sentence[stamp.end():].strip() else 0


# A line that ends a sentence (a stop and any closing marks), and the title or initial whose stop does not.
LINE_END_STOP = re.compile(r"[.!?…][\"'”’»)\]]*$")

#: The longest headline, byline or stamp line: furniture is short, and the bound keeps its checks cheap.
_HEADLINE_CHARS = 300
_FURNITURE_LINE_CHARS = 150
# A headline's last characters that end or carry on a sentence: a stop and closing marks, or ",", ":", ";".
_HEADLINE_GOES_ON = re.compile(r"(?:[.!?…。｡！？．]|[,:;，：；])[" + re.escape(CLOSERS) + r"]*$")
# A headline that asks a question, which heads the page only above a byline or stamp.
_HEADLINE_ASKS = re.compile(r"[?？][" + re.escape(CLOSERS) + r"]*$")
# A byline's name: two to four capitalised words or initials (capitals throughout too: "JANE ROE"), with
# name particles between them ("Ana de la Cruz") and glued ones before one ("Omar al-Rashid").
_NAME_WORD = rf"(?:(?:{GLUED_PARTICLES})-)?[{UPPER}][\w'’.-]*"
_BYLINE_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s+)*{_NAME_WORD}){{1,3}}"
# A byline: "By" and one or more names ("Jane Roe, Sam Poe and Ann Li", "Jane Roe & Sam Poe"), then
# optionally a role, outlet or place after a comma, bar, slash or dash, or after "in", "for" or "at"
# ("By Jane Roe, Political Editor", "By Jane Roe | Reuters", "By JANE ROE in Nairobi"): up to eight words.
_BYLINE = re.compile(
    rf"[Bb][Yy]\s+(?P<name>{_BYLINE_NAME})(?:(?:\s*[,&]\s*|\s+(?:and|AND)\s+){_BYLINE_NAME})*"
    r"(?P<role>(?:\s*[,|/•·]\s*|\s+[-–—]\s+|\s+(?:in|for|at|IN|FOR|AT)\s+)\S+(?:\s+\S+){0,7})?")
# A byline without "By": a name, a comma and the writer's capitalised role on the paper, up to three words ending in
# a newsroom's word ("Jane Roe, Staff Writer", "Jane Roe, Political Editor", "JANE ROE, SENIOR CORRESPONDENT"); not a
# role in lower case or with an article, which copy writes ("Jane Roe, a reporter").
_NAME_LINE = re.compile(
    rf"(?P<name>{_BYLINE_NAME})(?:(?:\s*&\s*|\s+(?:and|AND)\s+){_BYLINE_NAME})?,\s+(?:[{UPPER}][\w'’-]*\s+){{0,2}}"
    r"(?i:staff|staffer|reporter|correspondent|writer|editor|columnist|journalist|photographer)s?")
# Capitalised words that open a phrase of time or manner after "By", not a name ("By Monday Night").
# Months that are also given names ("By April Reyes") are left out.
_NOT_NAMES = frozenset("""the this that these those then now next last early late end noon midnight
    monday tuesday wednesday thursday friday saturday sunday january february march july september october
    november december all any some every far most many much both either neither christmas easter election
    royal popular public special midday nightfall daybreak dusk sunrise sunset sundown today tonight tomorrow
    yesterday lunchtime teatime bedtime""".split())
# Words no name holds ("By Far The Best", "By Mid-Morning Everyone Had Left"). A phrase of time after "By"
# ("By Christmas Eve", "By Election Day", "By Royal Appointment") is told by its first word (_NOT_NAMES, or an
# occasion's before a last word of time: _OCCASIONS): its last word alone may end a surname ("By Elizabeth Day"),
# and an initial may stand between names.
_NOT_NAME_WORDS = frozenset("""the an of and or to is was were are be been had has have will would can could
    everyone everybody nobody someone something nothing today tonight tomorrow yesterday""".split())
# Words that end a phrase of time after "By" ("By Labor Day", "By New Year's Eve", "By Good Friday"), and the words
# that open such a phrase: an occasion's ("Labor", "Boxing", "New", "Super"), which no first name is; after a first
# name the same last word is a surname ("By Doris Day", "By Ilse Knight").
_TIME_ENDS = frozenset(
    """day days eve night nights weekend morning afternoon evening holiday holidays break recess season
    year monday tuesday wednesday thursday friday saturday sunday""".split())
_OCCASIONS = frozenset("""labor labour boxing new lunar chinese thanksgiving halloween independence memorial veterans
    presidents columbus canada australia anzac remembrance armistice bastille may inauguration polling voting budget
    results launch opening closing game match race derby national republic constitution unification liberation flag
    earth groundhog juneteenth mlk good black cyber super ash palm shrove whit pentecost valentine valentines
    winter fall half-term""".split())
# What parts a byline from its date: " on " or a tab ("By Jane Roe on March 5, 2024", "By Jane Roe\tMarch 5").
_BYLINE_DATE = re.compile(r"\s+(?:on|ON)\s+|[^\S\r\n]*\t\s*")
# The words that open a publishing stamp: "Updated", "Published on", "Last modified:", "First posted at".
_PUBLISHED = re.compile(r"(?:(?:[Ll]ast|[Ff]irst|LAST|FIRST)\s+)?(?:[Uu]pdated|[Pp]ublished|[Mm]odified|[Pp]osted|"
                        r"[Ee]dited|UPDATED|PUBLISHED|MODIFIED|POSTED|EDITED)\b")
# A liveblog's relative stamp alone on its line above an entry: "2h ago", "35 minutes ago", "an hour ago", "a few
# minutes ago", "Just now"; not a sentence that opens with one ("2 hours ago, the ferry sank.").
_RELATIVE_STAMP = re.compile(r"(?:\d{1,3}[^\S\r\n]*(?:[smhdw]|secs?|mins?|hrs?|seconds?|minutes?|hours?|days?|weeks?)"
                             r"|(?:an?|a[^\S\r\n]+few)[^\S\r\n]+(?:seconds?|minutes?|hours?|days?|weeks?|moments?))"
                             r"[^\S\r\n]+ago|just[^\S\r\n]+now", re.I)
#: How far from the text's start a byline of names alone may stand and still head the page ("By Jane Roe"
#: under the headline and standfirst); further down such a line is a crosshead ("By Harbour Lights") unless it
#: ends the text or stands beside other furniture.
_BYLINE_TOP_CHARS = 600
# How far a label ("Read more", "Image caption", "FILE PHOTO") runs before its colon or comma.
_LABEL_CHARS = 24

# What joins agencies signing together ("By Reuters and AFP", "By AP/Reuters").
_AGENCY_JOINS = re.compile(r"\s*[,/&]\s*|\s+(?:and|AND)\s+")
# The last word of a byline that signs for the paper's staff ("By Our Foreign Staff", "By a Staff Reporter",
# "By Reuters Staff"), and the words that may open one.
STAFF_WORDS = frozenset("staff staffer reporter reporters correspondent correspondents writer writers desk team editors"
                         .split())
_STAFF_OPENERS = frozenset("a an our the".split())
# A wire story's closing credits: who reported, wrote and edited it ("Reporting by Jane Roe in Lagos; Editing by
# Sam Poe", "Additional reporting by Ann Li", "(Writing by Jane Roe; editing by Sam Poe)"). A name is one to four
# capitalised words (initials too), perhaps with the place it was filed from after "in" or "at"; a paper's staff too
# ("Compiled by Ledger staff.").
TAIL_NAME = (rf"{_NAME_WORD}(?:\s+(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s+)*{_NAME_WORD}){{0,3}}"
              rf"(?:\s+(?:in|at)\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})?")
_TAIL_CREDIT = (r"(?:(?:[Aa]dditional|ADDITIONAL)\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Cc]ompiling|"
                r"[Rr]esearch|[Tt]ranslation|[Gg]raphics|REPORTING|WRITING|EDITING)\s+(?:[Bb]y|BY)\s+"
                rf"{TAIL_NAME}(?:(?:\s*[,&]\s*|\s+(?:and|AND)\s+){TAIL_NAME})*(?:\s+staff)?")
_WIRE_TAIL = re.compile(rf"{_TAIL_CREDIT}(?:\s*[;,]\s*{_TAIL_CREDIT})*\.?")
# An e-mail address or an American telephone number ("news@ledger.com", "555-214-3300", "(555) 214-3300").
_REACHED_AT = r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\(?\d{3}\)?[-. ]?\d{3}[-.]\d{4})"
# A line on how to reach the writer or the newsroom, alone on its line: "Contact Maria Lopez at mlopez@ledger.com or
# 555-201-3344.", "Reach reporter Dan Ito at 555-201-9000.", "Contact the newsroom at news@ledger.com.", "Reach him
# directly at dito@ledger.com.", "Email us at tips@ledger.com." (not "Contact was lost at 9 p.m.": an address or number
# follows "at").
CONTACT_LINE = re.compile(r"(?:Contact|Reach|E-?mail)\s+(?:(?:the\s+)?(?:reporter|writer|author|newsroom|editor)\s+"
                           rf"|(?:him|her|them|us|me)(?:\s+directly)?\s+)?(?:{TAIL_NAME}\s+)?at\s+{_REACHED_AT}"
                           rf"(?:(?:\s*,\s*|\s+or\s+){_REACHED_AT})*\.?")

# A wire story's line of thanks to those who contributed: "The Associated Press contributed to this report.", "Jane
# Roe in Lagos contributed reporting." (not "The Associated Press contributed to the fund, the filing showed.").
_CONTRIBUTED = re.compile(r"[A-Z](?:\S*\s+){1,15}?contributed\s+(?:reporting|to\s+this\s+(?:report|story|article))"
                          r"(?:\s+(?:to\s+this\s+(?:report|story|article)|from\s+[A-Z]\S*(?:\s+[A-Z]\S*){0,2}))?\.?")
# The same thanks to a named writer or reporter, who may have "contributed" alone or "from" a place: "Associated Press
# writer Jane Roe contributed from Lagos." (not "Freelance journalists from 40 countries contributed.": no name).
_WRITER_CONTRIBUTED = re.compile(r"[A-Z](?:\S*\s+){0,3}?(?:writers?|reporters?|correspondents?|journalists?)\s+[A-Z]"
                                 r"(?:\S*\s+){1,12}?contributed(?:\s+from\s+[A-Z]\S*(?:\s+[A-Z]\S*){0,2})?\.?")
# A copyright line's mark, and what may follow its holder: "Copyright 2024 The Associated Press. All rights reserved.",
# with the AP's "This material may not be published, broadcast, rewritten or redistributed." after it, "© Reuters
# 2024" (not "Copyright law changed in 2024.").
_COPYRIGHT = re.compile(r"(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)[\s:©]*")
_COPYRIGHT_YEARS = re.compile(r"\b\d{4}(?:\s*[-–]\s*\d{2,4})?\b")
_RIGHTS_RESERVED = re.compile(r"[.,;]?\s*all rights reserved\.?(?:\s*this material may not be published, broadcast, "
                              r"(?:re)?written,? or redistributed\.?)?$", re.I)
# An agency signing off a story on a line of its own, after a dash or in brackets: "— AP", "(AFP)".
_SIGN_OFF = re.compile(r"[-–—]{1,2}\s*(?P<dashed>[^()]+)|\((?P<bracketed>[^()]+)\)")
# A page's offer to read the story aloud: "Listen to this article", "Listen to this story · 4 min".
_LISTEN = re.compile(r"listen to this (?:article|story)(?:\s*[·•|-]?\s*\d{1,2}(?::\d{2})?\s*(?:min|mins|minutes)?)?")
# Labels of a link to a video, before its title: "Watch: Moment the ferry hits the quay" (not "Watch: the minister's
# speech drew jeers.", copy).
_VIDEO_LABELS = frozenset({"watch", "watch live", "watch now"})
# Labels after which a line holds anything, being a picture's caption or source ("Image caption: ...",
# "FILE PHOTO: ...", "Pictured: ...") or a link to another story ("Read more: ..."); BBC pages put a comma after some
# of them. Not "Above:" nor "Top:", which head a list's items or a ranking as often.
_CAPTION_LABELS = frozenset({"caption", "image caption", "photo caption", "picture caption", "media caption",
                             "video caption", "image source", "image credit", "photo credit", "picture credit",
                             "file photo", "file picture", "file image", "pictured", "pictured above"})
#: The labels of a line that links to another story ("Read more: ...", "Related coverage: ..."), lower case.
LINK_LABELS = frozenset({"read more", "read also", "also read", "see also", "read next", "related", "related stories",
                          "related articles", "related coverage", "more on this story", "read the full story",
                          "read the full article", "full story"})
#: Link labels that are also copy's words ("Full story: the mayor knew ..."): furniture only before a link or a
#: title without a final stop (see :func:`_is_furniture_line`).
_STORY_LABELS = frozenset({"full story", "read the full story"})
_COMMA_LABELS = frozenset({"image caption", "image source", "media caption"})
# Labels of a picture's credit, before a colon or "by": what follows must read as a credit ("Photo: Jane Roe/Agency",
# "Photo by Jane Roe"), not as copy ("Credit: the bank's lending rose").
_CREDIT_LABELS = frozenset("photo photos photograph photographs picture pictures pic pics image images credit credits "
                           "illustration".split())
# What joins a credit's names ("Jane Roe/Agency", "AFP via Getty Images", "Jane Roe for The Guardian"), and the
# lower-case words that may stand between a name's capitalised ones ("Courtesy of Jane Roe", "Ana de la Cruz").
_CREDIT_JOINS = re.compile(r"\s*[/|,;]\s*|\s+(?:via|for|and|&|VIA|FOR|AND)\s+")
_CREDIT_LINKS = NAME_PARTICLES | {"of", "the"}
# Lower-case words a picture's credit may hold besides names and links ("Photo: Acme handout", "Photo: courtesy of
# Acme", "Picture: supplied", "Photo: pool").
_CREDIT_WORDS = frozenset("handout courtesy supplied file pool".split())
# The caption labels that credit a picture ("Image credit: Jane Roe"): what follows them must read as a credit
# when the label does not open its line (see :func:`_ends_line_as_furniture`).
_CREDITING_CAPTIONS = frozenset({"image credit", "photo credit", "picture credit", "image source"})
# Picture desks that make a credit alone on its line furniture ("Getty Images", "AP Photo/Jane Roe"), and the
# agencies that do so joined by a slash ("REUTERS/Jane Roe", "Jane Roe/AFP"); lower case.
_PICTURE_DESKS = frozenset({"getty images", "shutterstock", "alamy", "istock", "istockphoto", "ap photo", "afp photo",
                            "reuters pictures", "pa images", "pa wire", "zuma press", "zuma wire", "rex features",
                            "sipa usa", "nurphoto", "picture alliance", "file photo", "file picture"})
_PICTURE_AGENCIES = NEWS_AGENCIES | {"epa", "epa-efe", "getty", "sipa", "zuma", "rex", "handout", "anadolu"}
# A picture desk's name anywhere in a lower-cased line: a credit without a slash names one (a cheap first look).
_DESK_NAMED = re.compile("|".join(r"\s+".join(map(re.escape, desk.split())) for desk in sorted(_PICTURE_DESKS)))
# Whole lines that belong to the page, not the story (lower case, spaces single, without a closing stop or colon).
_PAGE_LINES = frozenset({
    "advertisement", "advertisements", "skip advertisement", "story continues below advertisement",
    "article continues below advertisement", "continue reading below", "continue reading the main story",
    "share", "share this", "share this article", "share this story", "share this page", "share article",
    "share story", "read more", "related", "related stories", "related articles", "related coverage",
    "related content", "more on this story", "most read", "listen to this article", "listen to this story",
    "our standards: the thomson reuters trust principles", "scroll to continue", "scroll to continue with content",
    "this material may not be published, broadcast, rewritten or redistributed", "accept all cookies",
    "accept cookies", "manage cookies", "cookie settings", "cookie policy", "privacy policy", "terms of use",
    "terms of service", "terms and conditions", "skip to main content", "skip to content", "skip to navigation",
    "skip to main navigation", "skip to search", "skip to footer"})
# What parts a web page's menu or breadcrumb trail into its items: a bar, or an arrow, chevron, bullet or slash with
# blanks either side ("Home | News | Sport", "Home > News > Local news", "News › Politics").
_MENU_JOINS = re.compile(r"[^\S\r\n]*\|[^\S\r\n]*|[^\S\r\n]+[>›»•·/][^\S\r\n]+")
#: How many items a menu line holds at least, and how many words each of them at most.
_MENU_ITEMS = 3
_MENU_ITEM_WORDS = 3
#: Link labels that also head a box of links alone on their line without a colon, as a page's "Related stories"
#: over its headlines does: those that are whole lines of the page.
_BOX_LABELS = LINK_LABELS & _PAGE_LINES
# What parts the page's own lines sharing a line: "Cookie settings | Privacy policy", "Advertisement - scroll to
# continue".
_PAGE_LINE_JOINS = re.compile(r"\s+[-–—]\s+|\s*[|·•]\s*")
# A line that gives the story's reading time ("3 min read", "5-minute read") or names an embedded post's site
# ("Embedded content from twitter.com"), the latter lower case.
_READING_TIME = re.compile(r"\d{1,3}[\s-]*(?:min|mins|minute|minutes)\.?\s+read\.?", re.I)
_EMBEDDED = re.compile(r"embedded content(?: from \S+)?")
# A link list's heading naming the outlet: "More from AP:", "More from The Associated Press".
_MORE_FROM = re.compile(r"(?:More|MORE)\s+(?:from|FROM)\s+(?P<names>.+?):?")
# A cookie banner: the site says it uses cookies and asks for consent ("We use cookies to improve your experience. By
# continuing to browse you accept our cookie policy."); not copy about cookies ("We use cookies to track users, the
# firm admitted." names no policy nor asks anything).
_COOKIE_NOTICE = re.compile(r"(?:we|this (?:web)?site|our (?:web)?site)\s+uses?\s+cookies\b", re.I)
_COOKIE_CONSENT = re.compile(r"\b(?:cookie policy|privacy policy|cookie settings|accept|agree|consent|continuing to)",
                             re.I)
#: A liveblog's closing sentences, one or more: "That's all for now", "That is all from us today", the writer's
#: return or pause that names the coverage ("We will resume our coverage tomorrow", "We're pausing our live updates
#: here"), "This live blog is now closed", thanks for following: see :func:`_is_live_closing`. None goes on past a
#: comma, after which a source is credited ("Thank you for following the rules, the mayor told residents.").
_LIVE_COVERAGE = r"[^.!?\n]*?\b(?:coverage|updates|live\s?blog|blog)\b[^.!?\n,]*"
#: A liveblog's housekeeping between its entries: the writer's promise of more as it comes ("We will bring you more
#: as we get it", "We'll have more on this shortly"), a call to refresh the page or stay ("Refresh for updates",
#: "Stay with us for the latest"), "More to follow", and its welcome to the coverage ("Good evening and welcome to
#: our live coverage of the count", "Hello and welcome back to the blog"); not a promise of something else ("We will
#: have more teachers").
_LIVE_HOUSEKEEPING = (r"(?:(?:good\s+(?:morning|afternoon|evening)|hello|hi)(?:,?\s+and|,)\s+)?welcome\s+(?:back\s+)?"
                      r"to\s+(?:our|the|this)\b" + _LIVE_COVERAGE + r"|"
                      r"(?:we|i)(?:['’]ll|\s+will)\s+(?:bring\s+you|have)\s+(?:more|the\s+latest|(?:further|more)\s+"
                      r"(?:updates|details))(?:\s+on\s+(?:this|that|the\s+story))?(?:\s+(?:as\s+(?:soon\s+as\s+)?"
                      r"(?:we|it)\b[^.!?\n,]*|when\s+we\b[^.!?\n,]*|shortly|soon|later|here))?"
                      r"|(?:keep\s+)?refresh(?:ing)?\s+(?:(?:this|the)\s+page\s+)?for\s+(?:the\s+)?"
                      r"(?:latest|updates|more)(?:\s+updates)?"
                      r"|stay\s+(?:with\s+us|tuned)\s+for\s+(?:the\s+)?(?:latest|updates|more)(?:\s+updates)?"
                      r"|(?:more|updates|more\s+updates)\s+to\s+follow|more\s+soon")
_LIVE_CLOSING = re.compile(r"(?:(?:that(?:['’]s|\s+is)\s+all(?:\s+from\s+(?:us|me))?"
                           r"(?:\s+for\s+now|(?:\s+for)?\s+(?:today|tonight|this\s+evening))?"
                           r"|(?:we|i)(?:['’]ll|\s+will)\s+(?:be\s+back|resume|return|continue)" + _LIVE_COVERAGE +
                           r"|(?:we|i)(?:['’]re|\s+are|\s+am)\s+(?:now\s+)?(?:pausing|ending|closing|wrapping\s+up)"
                           + _LIVE_COVERAGE +
                           r"|this\s+(?:live\s?blog|blog|live\s+coverage)\s+(?:is|has)\s+(?:now\s+)?(?:been\s+)?"
                           r"(?:closed|ended|paused)[^.!?\n,]*"
                           r"|thanks?(?:\s+you)?\s+for\s+(?:following|joining|reading)[^.!?\n,]*"
                           r"|" + _LIVE_HOUSEKEEPING + r")[.!]\s*)+", re.I)
#: A liveblog entry's bare time before its housekeeping ("13:45 We will bring you more as we get it."), which
#: ``ENTRY_STAMP`` leaves to the copy ("12:30 Club" may be copy): the line is the page's whatever its time.
_HOUSEKEEPING_TIME = re.compile(rf"\d{{1,2}}[:.]\d{{2}}{STAMP_MARKS}*\s+(?=[A-Z])")
# A line of the page's layout rather than copy: a rule ("___", "* * *", "---"), a link alone ("pic.twitter.com/AbC1",
# "https://t.co/AbC1"), a Markdown heading ("## What the report found": one to six "#" and a space) or emoji alone
# ("🔴" or "👉" between a liveblog's entries: see :func:`_pictographs_alone`).
_RULE = re.compile(r"([_=~*-])(?:\s?\1){2,}\.?")
BARE_LINK = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+")
_MARKDOWN_HEADING = re.compile(r"#{1,6} \S")
# A section's heading in long-form copy, a line of its own: a Roman numeral, its stop and the section's title
# ("II. The Decision", "V. After"); see :func:`heads_section`.
ROMAN_HEADING = re.compile(r"[^\S\r\n]*(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.[^\S\r\n]+(?P<title>[^\W_][^\r\n]*)")
# A heading in capitals on a line of its own, a sidebar's or a section's ("FAST FACTS", "WHAT TO DO IF YOUR BILL
# LOOKS WRONG"): letters, figures, blanks and a few marks inside words, no colon, comma or stop.
_CAPITALS_HEADING = re.compile(r"[^\S\r\n]*[^\W_](?:[\w'’&/-]|[^\S\r\n])*[^\W_][^\S\r\n]*")
#: The most words a heading line (see :func:`heads_section`) holds, a Roman numeral's title or a heading in capitals.
SECTION_HEADING_WORDS = 10
# A transcript's stage direction on a line of its own: one to five words in capitals in square or round brackets
# ("[CROSSTALK]", "(APPLAUSE)", "(INAUDIBLE)", "[LAUGHTER]", "(BEGIN VIDEO CLIP)"), what was heard, not said, perhaps
# after a closed caption's turn mark (">> [APPLAUSE]").
_STAGE_DIRECTION = re.compile(r"(?:>>+[^\S\r\n]*)?(?:\[\s*[A-Z][A-Z'’-]*(?:\s+[A-Z][A-Z'’-]*){0,4}\s*\]\.?"
                              r"|\(\s*[A-Z][A-Z'’-]*(?:\s+[A-Z][A-Z'’-]*){0,4}\s*\)\.?)")
# How a line of the page or a call to the reader opens, for a cheap first look (lower case).
_PROMOTION_OPENERS = tuple({line.split()[0] for line in _PAGE_LINES}
                           | {"sign", "subscribe", "follow", "click", "tap", "embedded"})
# A press release's closing mark: "ENDS", "-ends-", "– END –", "###"; and the newsroom's end mark of North American
# copy, "-30-" ("--30--", "- 30 -", "—30—"), a dash on either side, so a number alone on its line stays copy.
_CLOSING_MARK = re.compile(r"[-–—*\s]*(?:ENDS?|[Ee]nds?)\.?[-–—*\s]*|#\s?#\s?#|\s*[-–—]+\s*30\s*[-–—]+\s*")
# A press release's notes for the journalists it is sent to, a line opening "Notes to editors" ("Note to editors:",
# "NOTES FOR EDITORS", "Notes to Editors: The IOPS is independent of the police."): the issuer's boilerplate.
_NOTES_TO_EDITORS = re.compile(r"\s*(?:Notes?|NOTES?)\s+(?:to|for|TO|FOR)\s+(?:[Ee]ditors|EDITORS)\b\s*(?::|$)")
# A press release's banner above its headline: "FOR IMMEDIATE RELEASE", "PRESS RELEASE", "News release:"; and one
# that times it ("FOR RELEASE AT 10:00 ET", "Embargoed until 00:01 GMT, 5 December", "EMBARGO: 00:01 GMT").
_RELEASE_BANNER = re.compile(r"(?:for\s+immediate\s+release|(?:press|news|media)\s+release)\s*[.:]?", re.I)
_TIMED_BANNER = re.compile(r"(?:for\s+release(?:\s*:|\s+(?:at|on|after|until)\b)"
                           r"|embargoed(?:\s*:|\s+(?:until|till|to)\b)|embargo\s*:)[^\r\n]*", re.I)
# How many banners may stand above a press release's headline ("PRESS RELEASE", then "FOR IMMEDIATE RELEASE").
_BANNER_LINES = 3
# A press release's closing line naming its issuer, PR Newswire's "SOURCE Acme Robotics plc" or "Source: Acme
# Robotics plc"; and its boilerplate's heading, "About Acme Robotics", above a paragraph that opens with that name.
_RELEASE_SOURCE = re.compile(r"(?:SOURCE:?|Source:)\s+(?P<name>\S.*)")
_ABOUT_HEADING = re.compile(r"(?:About|ABOUT)\s+(?P<name>\S.*)")
#: A press release's contact line, a person and then the body they work for after a comma, a telephone number or an
#: address after another allowed ("Media contact: Ola Brandt, Tessary Freight, +44 20 7946 0000"): group "name" that
#: body; see :func:`contact_issuer`.
_MEDIA_CONTACT = re.compile(r"(?:Media|Press|PR|MEDIA|PRESS)\s+(?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries|CONTACTS?)\s*:"
                            r"\s*[^,\r\n]+,\s*(?P<name>[^,\r\n]+?)\s*(?:,[^\r\n]*)?")
#: A press release's wire dateline, its wire between slashes (see ``DATELINE``: "HARLOW, March 3, 2026 /PRNewswire/
#: -- "), or below a release's banner none ("HARLOW, 3 June 2026 – "), then the issuer's name as the subject, "today"
#: or a weekday allowed before its verb of announcing ("Tessary Freight Ltd. today announced"): see
#: :func:`wire_release_issuer`.
_WIRE_DATELINE_ISSUER = re.compile(
    rf"[{UPPER}][{UPPER}'’ -]*[{UPPER}](?:,\s*[^,/()\r\n]{{2,40}}){{0,4}}\s*(?P<wire>{SLASHED_WIRE})?"
    r"\s*(?:-{1,2}|[–—―])\s*(?P<name>[A-Z][^\s,;:()]*(?:\s+[^\s,;:()]+){0,5}?)\s+"
    r"(?:(?:today|(?:on\s+)?[A-Z][a-z]+day)\s+)?"
    r"(?:announce[sd]|report(?:s|ed)|launch(?:es|ed)|unveil(?:s|ed)|introduce[sd]|release[sd]|confirm(?:s|ed)|"
    r"complete[sd]|name[sd]|appoint(?:s|ed)|said|says|is\s+pleased|(?:has|have)\s+(?:been\s+)?[a-z]+ed)\b")
# A press release's safe-harbor heading, in any case: "Forward-Looking Statements", "Safe Harbor Statement",
# "Cautionary Note Regarding Forward-Looking Statements", "Forward-Looking Information:".
_SAFE_HARBOR_HEADING = re.compile(
    r"(?i:(?:cautionary[^\S\r\n]+(?:note|statement|language)s?[^\S\r\n]+(?:regarding|concerning|about|on)[^\S\r\n]+)?"
    r"forward[-\s]looking[^\S\r\n]+(?:statements?|information)"
    r"|safe[^\S\r\n]+harbou?r(?:[^\S\r\n]+statements?)?)[^\S\r\n]*:?")
# The most words of an issuer's name in those lines; the most furniture lines after a closing "SOURCE" line.
_ISSUER_WORDS = 6
_CLOSING_LINES = 3
_PLATFORM_JOINS = re.compile(r"\s*[,|/]\s*|\s+(?:and|or|&)\s+")
_HANDLE = re.compile(r"\s*\(?@\w+\)?$")
# Calls to subscribe and to click, with the words that may close them after "newsletter".
_SIGN_UP = (("sign", "up", "to"), ("sign", "up", "for"), ("subscribe", "to"), ("subscribe", "for"))
_NEWSLETTER_CLOSERS = frozenset("here now today free for".split())
_NEWSLETTER_WORDS = 14
# A web address written as one word, with or without its scheme ("https://herald.example/signup", "herald.example").
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)+(?:/\S*)?")

# A pull quote: a paragraph of one line, of at most so many characters and at least so many words, that repeats word
# for word text at most so many characters before it (see :func:`_repeats_earlier`).
_PULL_QUOTE_CHARS = 300
_PULL_QUOTE_WORDS = 4
_PULL_QUOTE_REACH = 5000
# A pull quote's words: its quotation marks and its closing stop or comma left out.
_PULL_QUOTE = re.compile(rf"[{re.escape(OPENERS)}\s]*(.*?)[{re.escape(CLOSERS)}\s.,;:!?…]*")
# A pull quote's label before its words ("PULL QUOTE: ", "Pullquote: ").
_PULL_QUOTE_LABEL = re.compile(r"pull[- ]?quote[^\S\r\n]*:[^\S\r\n]*", re.I)
# A word of a pull quote's signature: a capital first, perhaps hyphens inside ("Smith-Roe", "Ana-Maria-Lu-Roe").
_SIGNATURE_WORD = rf"[{UPPER}][\w'’.]*(?:-[\w'’.]+)*"
#: A pull quote's signature after its words: a run of dashes and a name of one to five capitalised words, perhaps a
#: role after a comma (' — Mirek Hall', ' - Mirek Hall, driver', ' --- Mirek Hall', ' ——— Mirek Hall', ' — Ana
#: Smith-Roe'); at the end of the text searched. Searched in linear time: spaces before the dash are read only from
#: their run's first one, a run of dashes only from its first, and a hyphen only where no letter or figure stands
#: before it, so no start reads on inside a hyphenated word ('A-A-A-...!' or a long run of spaces would be quadratic).
PULL_QUOTE_SIGNATURE = re.compile(rf"(?:(?<![^\S\r\n])[^\S\r\n]+)?(?<![{DASHES}])(?:(?<!\w)-|[–—―])[{DASHES}]*"
                                  r"[^\S\r\n]*"
                                  rf"(?:{_SIGNATURE_WORD}[^\S\r\n]+){{0,4}}"
                                  rf"{_SIGNATURE_WORD}(?:,[^\S\r\n]*[^\W\d_][\w'’-]*(?:[^\S\r\n]+[\w'’-]+){{0,5}})?"
                                  r"[^\S\r\n]*\Z")


class Page:
    """What the furniture of ``text`` is judged against: where its headline ends (see :func:`page_furniture`),
    found on first use, since most sentences lie too far from the text's start to be in it; and the last line
    judged, which every sentence on that line shares."""

    def __init__(self, text: str, bounds: Sequence[tuple[int, int]], starts_text: bool) -> None:
        self.text, self.bounds, self.starts_text = text, bounds, starts_text
        self.headline: tuple[int, int] | None = None
        self._line: tuple[int, int, bool] = (-1, -1, False)
        self._repeat: tuple[int, int, bool] = (-1, -1, False)  # the last line read for a pull quote

    def holds(self, k: int) -> bool:
        """Whether sentence ``k`` lies in the headline."""
        if not self.starts_text:
            return False
        if self.headline is None:
            first = _past_banners(self.text, self.bounds[0][0])
            self.headline = (first, _second_heading_end(self.text, _headline_end(self.text, first)))
        start, end = self.headline
        return start <= self.bounds[k][0] and self.bounds[k][1] <= end

    def at_top(self, pos: int) -> bool:
        """Whether ``pos`` lies near enough to the text's start for a byline of names alone to head the page."""
        return self.starts_text and pos - self.bounds[0][0] <= _BYLINE_TOP_CHARS

    def on_furniture_line(self, k: int) -> bool:
        """Whether sentence ``k`` lies on a line of furniture (see :func:`line_of` and :func:`_line_is_furniture`).
        The line is found and judged once for all its sentences: a sentence inside the last line judged shares it."""
        start, end = self.bounds[k]
        if not self._line[0] <= start < end <= self._line[1]:
            line = line_of(self.text, self.bounds, k)
            if line is None:
                return False
            self._line = (*line, _line_is_furniture(self, *line))
        return self._line[2]

    def repeats_earlier(self, k: int) -> bool:
        """Whether sentence ``k`` lies on a pull quote's line (see :func:`_repeats_earlier`), judged once a line."""
        start, end = self.bounds[k]
        if not self._repeat[0] <= start < end <= self._repeat[1]:
            line = line_of(self.text, self.bounds, k)
            if line is None:
                return False
            self._repeat = (*line, _repeats_earlier(self.text, self.bounds, *line))
        return self._repeat[2]


def _headline_end(text: str, first: int) -> int:
    """The end of the headline that starts at ``first`` (the first sentence's start), or 0 when the
    first paragraph is none: not one line, too long, ending as a sentence does, or without a blank
    line after it nor a byline or stamp on the next line ("Ferry deal approved" over "By Jane Roe", as a page copied
    whole lays them out)."""
    line_break = LINE.search(text, first, first + _HEADLINE_CHARS + 1)
    if not line_break:
        return 0
    paragraph = PARAGRAPH_BREAK.match(text, line_break.start()) is not None
    if not paragraph and not _furniture_line_at(text, line_break.end()):
        return 0
    line = trimmed_end(text, first, line_break.start())
    if not _HEADLINE_GOES_ON.search(text, first, line):
        return line
    # a question heads the page when a byline or stamp follows it: "Is the library closing?\n\nBy Jane Roe"
    return line if _HEADLINE_ASKS.search(text, first, line) and _furniture_line_at(text, line_break.end()) else 0


#: The fewest words a second heading line under the headline holds (see :func:`_second_heading_end`).
_SECOND_HEADING_WORDS = 3
# A headline's attribution ending a line after a comma, its verb of saying in the present before or after the
# speaker of one to five words (", says head", ", warn unions", ", head says"), as a second heading writes it.
_HEADLINE_SAYS = (r"(?:says|say|warns|warn|claims|claim|insists|insist|admits|admit|argues|argue|vows|vow|urges|urge"
                  r"|tells|tell)")
_SAID_IN_HEADLINE = re.compile(rf",[^\S\r\n]+(?:{_HEADLINE_SAYS}(?:[^\S\r\n]+[^\s,]+){{1,5}}"
                               rf"|(?:[^\s,]+[^\S\r\n]+){{1,5}}{_HEADLINE_SAYS})[^\S\r\n]*$")
# A stop inside a line before a capital, which parts two sentences: a caption and its credit run together
# ("... at the Capitol.CreditJane Roe/Reuters"), no heading.
_STOP_INSIDE = re.compile(r"[.!?…][" + re.escape(CLOSERS) + r"]*[^\S\r\n]*[A-Z]")


def _second_heading_end(text: str, end: int) -> int:
    """The end of the headline ending at ``end`` (0: none) with its second heading line, a deck or standfirst set
    as a heading ("Verdict unfair, says head" under "Head teacher resigns over inspection"): the next paragraph,
    when it is one line with a blank line and more text after it, of ``_SECOND_HEADING_WORDS`` words or more,
    ending in a headline's attribution after a comma (see ``_SAID_IN_HEADLINE``: ", says head", ", unions warn"),
    which a line of copy without its stop ("Updated figures show a rise") or a crosshead ("By Christmas Eve") has
    not, without a stop, question mark, comma, colon or semicolon, one sentence (no stop before a capital inside
    it: see ``_STOP_INSIDE``), and no other furniture (a byline, a stamp, a date, a menu); ``end`` when there is
    none."""
    start = next_visible(text, end) if end else None
    if start is None or not PARAGRAPH_BREAK.search(text, end, start):
        return end
    line_break = LINE.search(text, start, start + _HEADLINE_CHARS + 1)
    if line_break is None or not PARAGRAPH_BREAK.match(text, line_break.start()):
        return end
    line = trimmed_end(text, start, line_break.start())
    if (next_visible(text, line_break.end()) is None or len(text[start:line].split()) < _SECOND_HEADING_WORDS
            or _SAID_IN_HEADLINE.search(text, start, line) is None
            or _HEADLINE_GOES_ON.search(text, start, line) or _STOP_INSIDE.search(text, start, line)
            or _BARE_STAMP.fullmatch(text, start, line)
            or _is_furniture_line(text, start, line) or _is_date_line(text, start, line)):
        return end
    return line


def _past_banners(text: str, first: int) -> int:
    """Where the text's headline may start: ``first``, the first sentence's start, or the first line with text
    after the press release's banners on lines of their own there ("FOR IMMEDIATE RELEASE", "PRESS RELEASE":
    see :func:`is_release_banner`), and after a byline, stamp or date alone on the lines opening a page copied
    from a CMS ("By Jane Roe" over "Ferry deal approved") or the page's own lines a scrape keeps above the story
    ("Share this article", "Advertisement": see :func:`_is_promotion`; a menu, "Home | News | Sport", where a
    headline stands below it: see :func:`_is_menu`), none of which takes the headline's place."""
    for _ in range(_BANNER_LINES):
        line_break = LINE.search(text, first, first + _FURNITURE_LINE_CHARS + 1)
        if line_break is None:
            break
        end = trimmed_end(text, first, line_break.start())
        if not (is_release_banner(text[first:end]) or _is_byline(text, first, end) or _is_stamp(text, first, end)
                or _is_date_line(text, first, end) or _is_promotion(text[first:end]) or _is_menu(text[first:end])):
            break
        start = next_visible(text, line_break.end())
        if start is None:
            break
        if _is_menu(text[first:end]) and not _headline_end(text, start):
            break  # a headline with bars over copy, "Ferry strike | Day three | Live", heads the page itself
        first = start
    return first


def _furniture_line_at(text: str, pos: int) -> bool:
    """Whether the first line with text at or after ``pos`` is a byline, a stamp or a date alone."""
    start = next_visible(text, pos)
    if start is None:
        return False
    line_break = LINE.search(text, start, start + _FURNITURE_LINE_CHARS + 1)
    if line_break is None and len(text) - start > _FURNITURE_LINE_CHARS:
        return False
    end = trimmed_end(text, start, line_break.start() if line_break else len(text))
    return _is_byline(text, start, end) or _is_stamp(text, start, end) or _is_date_line(text, start, end)


def sentence_is_furniture(k: int, page: Page) -> bool:
    """Whether sentence ``k`` of ``page``'s text is in the headline, on a line of furniture (see
    :func:`_line_is_furniture`), on a pull quote's (see :func:`_repeats_earlier`), a picture's credit or a link
    ending a line of copy (see :func:`_ends_line_as_furniture`), or a liveblog's time stamp alone that heads no entry
    (see ``_BARE_STAMP``)."""
    return (page.holds(k) or page.on_furniture_line(k) or page.repeats_earlier(k)
            or _ends_line_as_furniture(page.text, page.bounds, k)
            or _BARE_STAMP.fullmatch(page.text, *page.bounds[k]) is not None)


def _ends_line_as_furniture(text: str, bounds: Sequence[tuple[int, int]], k: int) -> bool:
    """Whether sentence ``k`` ends its line after the line's other sentences as furniture: a picture's credit (see
    :func:`_is_credit`), in brackets or not, after a caption ("Residents queue for water. (Photo: Jane Roe/Agency)",
    "Engineers inspect the pump. Photo: Acme handout"), an agency's name alone in brackets, a caption's credit or a
    wire story's sign-off ("Residents queue for water. (AFP)", "... the ministry said. (Reuters)"), or a link's label
    and a link alone after a newsletter's item ("Taps should run by noon. Read the full story:
    https://herald.example/water"). Alone on its line, any of them is furniture already."""
    start, end = bounds[k]
    if not k or end - start > _FURNITURE_LINE_CHARS or LINE.search(text, bounds[k - 1][1], start):
        return False
    after = next_visible(text, end, min(len(text), end + MARKED_LINE_CHARS))
    if after is not None and LINE.search(text, end, after) is None:
        return False
    line = _unwrapped(text[start:end])
    label, rest = _labelled(line) or ("", "")
    return (_is_credit(line) or (text[start] == "(" and _is_sign_off(text[start:end]))
            or (label in LINK_LABELS and BARE_LINK.fullmatch(rest) is not None))


def _is_credit(line: str) -> bool:
    """Whether ``line`` is a picture's credit: names after a credit's label ("Photo: Jane Roe/Agency", "Photo by
    Jane Roe", "Image credit: Getty Images"; see :func:`_credit_names`), or a credit alone naming a picture desk
    or an agency with a slash (see :func:`_is_bare_credit`)."""
    label, rest = _labelled(line) or ("", "")
    if rest and (label in _CREDIT_LABELS or label in _CREDITING_CAPTIONS):
        return _credit_names(rest) is not None
    return _is_bare_credit(line)


def _repeats_earlier(text: str, bounds: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` (its sentences' bounds among ``bounds``) is a pull quote: a paragraph of
    its own, one line of at most ``_PULL_QUOTE_CHARS`` characters and ``_PULL_QUOTE_WORDS`` words or more, whose
    words, quotation marks and closing stop or comma left out, were written word for word at most
    ``_PULL_QUOTE_REACH`` characters before it, as a quotation or a sentence: from a sentence's start or just after
    an opening mark, to a closing mark, a stop, a comma before a closing mark or a sentence's end ('"They laughed at
    us"' after '"They laughed at us," he said.'). A label before the words ("PULL QUOTE: ") and a signature after
    them (' — Mirek Hall', ' - Mirek Hall, driver': see ``PULL_QUOTE_SIGNATURE``) are left out too. Words that
    merely start or end a longer sentence, or match in other words, are no pull quote."""
    if end - start > _PULL_QUOTE_CHARS or not _paragraph_alone(text, start, end):
        return False
    label = _PULL_QUOTE_LABEL.match(text, start, end)
    signed = PULL_QUOTE_SIGNATURE.search(text, start, end)
    words = _PULL_QUOTE.fullmatch(text, label.end() if label else start, signed.start() if signed else end)
    core = " ".join(words.group(1).split()) if words else ""
    if len(core.split(" ")) < _PULL_QUOTE_WORDS:
        return False
    at = text.find(core, max(0, start - _PULL_QUOTE_REACH), start)
    while at >= 0:
        after = at + len(core)  # before the line, so inside the text
        opens = text[at - 1] in OPENERS if at else True
        opens = opens or _bound_at(bounds, at, 0)  # after an opening mark, or a sentence's start
        closes = (text[after] in CLOSERS + ".!?…" or (text[after] in ",;:" and text[after + 1:after + 2] in CLOSERS)
                  or _bound_at(bounds, after, 1))  # before a closing mark or a stop, or a sentence's end
        if opens and closes:
            return True
        at = text.find(core, at + 1, start)
    return False


def _bound_at(bounds: Sequence[tuple[int, int]], pos: int, side: int) -> bool:
    """Whether a sentence of ``bounds`` starts (``side`` 0) or ends (1) at ``pos``."""
    k = bisect_left(bounds, pos, key=itemgetter(side))
    return k < len(bounds) and bounds[k][side] == pos


def _paragraph_alone(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is a paragraph of its own: a blank line or the text's edge either side."""
    before = trimmed_end(text, 0, start)
    after = next_visible(text, end)
    return ((before == 0 or PARAGRAPH_BREAK.search(text, before, start) is not None)
            and (after is None or PARAGRAPH_BREAK.search(text, end, after) is not None))


#: A year in a date ("2026"), which a date line alone holds and a liveblog entry's bare time ("10:05") does not.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _is_date_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a date alone, with its year and perhaps a time ("March 3, 2026", "Tue 3 Mar
    2026 10.05 GMT"): a page's publishing date without its "Updated" or "Published" (see :func:`_is_stamp`)."""
    return end - start <= _FURNITURE_LINE_CHARS and _YEAR.search(text, start, end) is not None and is_when(
        text, start, end)


# A print byline's second line, naming the writer's desk or paper: "Harbinger Staff Writer", "Of The Harbinger
# Staff", "Associated Press Writer", "Special to The Harbinger".
_BYLINE_DESK = re.compile(
    r"(?:(?:Of|OF)[^\S\r\n]+)?(?:(?:The|THE)[^\S\r\n]+)?(?:[A-Z][\w'’.&-]*[^\S\r\n]+){0,4}"
    r"(?i:staff(?:[^\S\r\n]+(?:writer|reporter|photographer))?|staffer|writer|reporter|correspondent|columnist"
    r"|editor|photographer)"
    r"|(?:Special|SPECIAL)[^\S\r\n]+(?:to|TO)[^\S\r\n]+(?:(?:The|THE)[^\S\r\n]+)?[A-Z][\w'’.&-]*"
    r"(?:[^\S\r\n]+[A-Z][\w'’.&-]*){0,4}")


def _desk_below_byline(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` names the writer's desk or paper (see ``_BYLINE_DESK``) just below a
    byline, with no blank line between, as a printed page sets a byline over two lines ("By DEREK HALE" over
    "Harbinger Staff Writer")."""
    if _BYLINE_DESK.fullmatch(text, start, trimmed_end(text, start, end)) is None:
        return False
    above = _bounds_of_nearest_line_above(text, start)
    return above is not None and not PARAGRAPH_BREAK.search(text, above[1], start) and (
        _is_byline(text, *above) or _is_plain_byline(text, *above))


# An opinion piece's closing note on its writer: a name of two to four capitalised words, a title perhaps before it,
# then "is" ("Mara Quell is a former ombudsman ...", "Dr Tomas Ferrin is ..."), after a dash or in asterisks perhaps;
# and the words that make it the writer's, who writes or is a columnist or the author of a title
# ("... and writes on public services.", "... the author of The Quiet State.").
_WRITER_NOTE = re.compile(rf"[\s*_{DASHES}]*(?:(?:Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev)\.?\s+)?"
                          rf"{_BYLINE_NAME}\s+is\s+")
_WRITER_WORDS = re.compile(r"\b(?:writes|writer|columnist|contributor|commentator|blogger|journalist|broadcaster"
                           r"|author\s+of\s+(?-i:[\"“‘'A-Z]))", re.I)
#: The longest closing note on the writer that :func:`_writer_note` reads.
_WRITER_NOTE_CHARS = 400


def _writer_note(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is an opinion piece's closing note on its writer, ending the text but
    for furniture (see :func:`_ends_text`): a name and "is" first (see ``_WRITER_NOTE``), and a word that makes them
    a writer ("Mara Quell is a former ombudsman and writes on public services.", "Mara Quell is a columnist for the
    Harbour Gazette."); not a person in the news ("Mara Quell is a former ombudsman who resigned in 2019.") nor a
    note above more copy."""
    if end - start > _WRITER_NOTE_CHARS or _WRITER_NOTE.match(text, start, end) is None:
        return False
    words = _WRITER_WORDS.search(text, start, end)
    return words is not None and _ends_text(text, end)


def _line_is_furniture(page: Page, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is furniture. A byline of names alone ("By Jane Roe") heads the page
    (see :meth:`Page.at_top`), ends the text, or stands beside other furniture (a stamp, a credit, another
    byline); elsewhere it is a crosshead in the copy ("By Harbour Lights"). A section's Roman numeral and title ("II.
    The Decision") is furniture below a blank line (see :func:`_roman_heading_line`). The rest (see
    :func:`_is_furniture_line`) is furniture wherever it stands."""
    text = page.text
    if _desk_below_byline(text, start, end):
        return True
    if _is_plain_byline(text, start, end):
        return page.at_top(start) or next_visible(text, end) is None or _beside_furniture(text, start, end)
    if _is_date_line(text, start, end):  # elsewhere, a timeline's date over its events is copy
        return page.at_top(start) or _beside_furniture(text, start, end)
    return (_is_furniture_line(text, start, end) or _is_release_close(text, start, end)
            or _roman_heading_line(text, start, end) or _bare_link_label(text[start:end])
            or _writer_note(text, start, end)
            or linked_headline(text, start, end))


#: How many linked headlines a list below a link's label alone holds at most (see :func:`linked_headline`).
_LINKED_HEADLINES = 12


def _bare_link_label(line: str) -> bool:
    """Whether ``line`` is a link's label alone, in quotation marks or not ("Related:", '"Related:"', "See also:",
    see ``LINK_LABELS``), or one of a box of links without its colon ("Related stories", see ``_BOX_LABELS``), which
    heads a list of linked stories' headlines below it."""
    word = line.strip().strip("\"“”'‘’").strip()
    if word.endswith(":"):
        return word[:-1].strip().lower() in LINK_LABELS
    return " ".join(word.lower().split()) in _BOX_LABELS


#: How many words a linked headline in sentence case holds (see :func:`_listed_title`).
_LISTED_TITLE_WORDS = range(2, 16)


def _listed_title(line: str) -> bool:
    """Whether ``line`` reads as a story's headline in a list of links: in title case (see :func:`title_like`), or in
    sentence case as British pages write it, a capital or a figure first, two to fifteen words and no stop, comma,
    colon, semicolon or exclamation mark at its end ("Quayside homes valued at record high"), which a line of
    copy has."""
    if title_like(line):
        return True
    words = line.split()
    return (len(words) in _LISTED_TITLE_WORDS and (words[0][0].isupper() or words[0][0].isdigit())
            and words[-1][-1] not in ".,:;!")


def linked_headline(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is a linked story's headline in a list below a link's label alone (see
    :func:`_bare_link_label`: "Related:" then "Orvian Candidates Reject A Wage Hike." on lines of their own): it reads
    as a headline (see :func:`_listed_title`), and so does each line between it and the label, at most
    ``_LINKED_HEADLINES`` lines up; copy between ends the list."""
    if end - start > _HEADLINE_CHARS or not _listed_title(text[start:end]):
        return False
    for _ in range(_LINKED_HEADLINES):
        above = _bounds_of_nearest_line_above(text, start)
        if above is None:
            return False
        line = text[above[0]:above[1]]
        if _bare_link_label(line):
            return True
        if above[1] - above[0] > _HEADLINE_CHARS or not _listed_title(line):
            return False
        start = above[0]
    return False


def heads_section(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` heads a section of long-form copy or a sidebar, below a blank line: a
    Roman numeral and the section's title ("II. The Decision", "V. After": see :func:`_roman_heading_line`), or a
    heading in capitals ("FAST FACTS", "WHAT TO DO IF YOUR BILL LOOKS WRONG") above a line that holds lower case (so
    that copy set all in capitals is none), of one to ``SECTION_HEADING_WORDS`` words with no stop at its end, and
    neither below a line ending in a colon ("Varga wrote:", a post in capitals is hers) nor inside a quotation
    opened above (see :func:`_in_open_quotation`: a heading of a statement quoted is the statement's words). Only
    the first is page furniture (see :func:`page_furniture`); either is no one's words, ends the account going on
    and is no writer's verdict (see :func:`framing.profile.build_profile`)."""
    if _roman_heading_line(text, start, end):
        return True
    line = text[start:end]
    if (end - start > _FURNITURE_LINE_CHARS or _CAPITALS_HEADING.fullmatch(line) is None
            or any(ch.islower() for ch in line) or sum(ch.isalpha() for ch in line) < 3
            or len(line.split()) > SECTION_HEADING_WORDS or not _below_blank_line(text, start)):
        return False
    if text[trimmed_end(text, 0, start) - 1] == ":" or _in_open_quotation(text, start):
        return False  # what a line ending in a colon introduces ("Varga wrote:"), or a quoted statement's words
    below = next_visible(text, end, min(len(text), end + MARKED_LINE_CHARS))
    if below is None:
        return False
    line_break = LINE.search(text, below, below + _HEADLINE_CHARS)
    return any(ch.islower() for ch in text[below:line_break.start() if line_break else below + _HEADLINE_CHARS])


#: How far above a line :func:`_in_open_quotation` looks for the quotation mark that opened it.
_OPEN_QUOTE_REACH = 2000
#: Double quotation marks, which open or close a quotation by what stands beside them.
_DOUBLE_MARKS = '"“”„«»'
# What follows an apostrophe that opens no quotation: a number ('90s, '08), an elided word ('n', 'em,
# 'til, 'cause) or a name that starts with one (N and a consonant: 'Ndrangheta).
ELISION = r"\d|(?i:n|em|til|cause|cos|tis|twas|bout|round)(?!\w)|N[bcdfghjklmnpqrstvwxz]"
# A single quotation mark that is no apostrophe inside a word ("council's", "don’t") nor one opening an elided word
# or a number ("'til dawn", "'em", "’90s"): one that may open or close a British quotation ('‘The plant', "'The
# plant", "rule.’"); or, group "elided", an opening mark before a letter that an elided word's might be, which opens
# a quotation only where a quotation opens (see :func:`_opens_after_colon`: "said:\n\n‘Round-the-clock patrols").
_SINGLE_MARK = re.compile(rf"(?<!\w)['‘’](?!{ELISION})|['‘’](?!\w)|(?<!\w)(?P<elided>['‘])(?=[^\W\d_])")


def _in_open_quotation(text: str, start: int) -> bool:
    """Whether ``start`` lies inside a quotation opened on a line above and not closed before it: the last double
    quotation mark within ``_OPEN_QUOTE_REACH`` characters above opens one, a blank or a line's start or a bracket or
    dash before it and none after it ('It said:\n\n"The plant meets every rule.\n\nNEXT STEPS', a statement quoted
    over paragraphs, which a heading inside does not end); or so does the last single mark that is no apostrophe
    inside a word nor one eliding a word or a number ("'til dawn", "'em", "’90s"), with a letter after it (a
    British statement, "It said:\n\n‘The plant meets ..."; after a colon or at a paragraph's start one before a
    capitalised word an elision's might be too, "It said:\n\n‘Round-the-clock patrols ...")."""
    floor = max(0, start - _OPEN_QUOTE_REACH)
    at = max(text.rfind(mark, floor, start) for mark in _DOUBLE_MARKS)
    if _opens_quotation(text, at, start):
        return True
    single = -1
    for single_mark in _SINGLE_MARK.finditer(text, floor, start):
        if single_mark.group("elided") is None or _opens_after_colon(text, single_mark.start()):
            single = single_mark.start()
    return _opens_quotation(text, single, start) and text[single + 1].isalpha()


def _opens_after_colon(text: str, at: int) -> bool:
    """Whether the single mark at ``at``, before a word an elision's might be ("‘Round-the-clock", "'Tis",
    "‘Nkosi"), opens a quotation all the same: a capital after it, and a colon before it ("The board
    said:\n\n‘Round-the-clock patrols") or a paragraph's start (the text's, or below a blank line); inside copy it
    is an apostrophe ("worked 'til dawn")."""
    if not text[at + 1].isupper():
        return False
    before = trimmed_end(text, 0, at)
    return before == 0 or text[before - 1] == ":" or PARAGRAPH_BREAK.search(text, before, at) is not None


def _opens_quotation(text: str, at: int, start: int) -> bool:
    """Whether the quotation mark at ``at`` (none when negative), above ``start``, opens a quotation: a blank, a
    line's start, a bracket or a dash before it and no blank after it."""
    return (at >= 0 and (at == 0 or text[at - 1].isspace() or text[at - 1] in "([—–-")
            and at + 1 < start and not text[at + 1].isspace())


def _roman_heading_line(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]``, below a blank line, is a Roman numeral and a section's title of one to
    ``SECTION_HEADING_WORDS`` words, capitalised, with no stop at its end ("II. The Decision", "V. After")."""
    if end - start > _FURNITURE_LINE_CHARS or not text[start:end].rstrip()[-1:].isalnum():
        return False
    roman = ROMAN_HEADING.fullmatch(text, start, end)
    if roman is None:
        return False
    title = roman.group("title")
    return ((title[:1].isupper() or title[:1].isdigit()) and len(title.split()) <= SECTION_HEADING_WORDS
            and _below_blank_line(text, start))


def _below_blank_line(text: str, start: int) -> bool:
    """Whether a blank line stands just above the line starting at ``start``, which is not the text's first (that is
    its headline's)."""
    above = trimmed_end(text, 0, start)
    return above > 0 and PARAGRAPH_BREAK.search(text, above, start) is not None


def _is_release_close(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` closes a press release: its issuer named after "SOURCE" or "Source:"
    with only furniture after it ("SOURCE Acme Robotics plc", then "###"), or its boilerplate's heading naming
    what the paragraph below opens with ("About Acme Robotics" above "Acme Robotics plc designs ..."; that
    paragraph is copy), or its safe-harbor heading above more lines ("Forward-Looking Statements", "Safe Harbor
    Statement", "Cautionary Note Regarding Forward-Looking Statements"; the paragraph below is copy too)."""
    line = text[start:end]
    if _SAFE_HARBOR_HEADING.fullmatch(line):
        return next_visible(text, end) is not None
    source = _RELEASE_SOURCE.fullmatch(line)
    if source:
        return _issuer(source.group("name")) and _ends_text(text, end)
    about = _ABOUT_HEADING.fullmatch(line)
    if not about or not _issuer(about.group("name")):
        return False
    below = _bounds_of_nearest_line_below(text, end)
    name = about.group("name").lower().split()
    opening = text[below[0]:below[1]].lower().split()[:len(name)] if below else []
    return [word.rstrip(",;:") for word in opening] == name


def release_heading(line: str) -> bool:
    """Whether ``line`` reads as a heading of a press release's closing sections, page furniture where
    :func:`page_furniture` finds it so: its boilerplate's "About Acme Robotics" or its safe-harbor heading
    ("Forward-Looking Statements", "Safe Harbor Statement"). Such a heading still opens another section, which no
    earlier speaker's account goes on into (see :func:`framing.profile.build_profile`)."""
    about = _ABOUT_HEADING.fullmatch(line)
    return _SAFE_HARBOR_HEADING.fullmatch(line) is not None or (about is not None and _issuer(about.group("name")))


def release_issuer(line: str) -> str | None:
    """The issuer that a press release's closing line names, as written: its boilerplate's heading ("About Acme
    Robotics") or its issuer's line ("SOURCE Acme Robotics plc", "Source: Acme Robotics plc"), a name of a company or
    body (see :func:`_issuer`); ``None`` for any other line. Read it only of a line :func:`page_furniture` finds
    furniture, which tells that the line closes a release (see :func:`_is_release_close`)."""
    found = _ABOUT_HEADING.fullmatch(line) or _RELEASE_SOURCE.fullmatch(line)
    return found.group("name") if found is not None and _issuer(found.group("name")) else None


def contact_issuer(sentence: str) -> str | None:
    """The body that a press release's media contact line names after the contact's name, as written ("Tessary
    Freight" of "Media contact: Ola Brandt, Tessary Freight, +44 20 7946 0000": see ``_MEDIA_CONTACT``), a name of a
    company or body (see :func:`_issuer`); ``None`` for any other sentence. It may be a PR agency's: read it as the
    issuer only where the release names it elsewhere (see :func:`framing.profile.build_profile`)."""
    found = _MEDIA_CONTACT.fullmatch(sentence.strip())
    return found.group("name") if found is not None and _issuer(found.group("name")) else None


def wire_release_issuer(sentence: str, released: bool = False) -> str | None:
    """The issuer that a press release's sentence opening with its wire dateline names as its subject, as written
    ("Tessary Freight Ltd." of "HARLOW, March 3, 2026 /PRNewswire/ -- Tessary Freight Ltd. today announced ...": see
    ``_WIRE_DATELINE_ISSUER``), a name of a company or body (see :func:`_issuer`); with ``released`` (the text has
    a release's banner, "FOR IMMEDIATE RELEASE": see :func:`is_release_banner`), after a dateline without a wire too
    ("HARLOW, 3 June 2026 – Tessary Freight today announced ..."); ``None`` for any other sentence, a news agency's
    dateline too ("HARLOW (Reuters) - Tessary Freight Ltd. said ...")."""
    found = _WIRE_DATELINE_ISSUER.match(sentence)
    if found is None or not (released or found.group("wire")):
        return None
    return found.group("name") if _issuer(found.group("name")) else None


def _issuer(name: str) -> bool:
    """Whether ``name`` reads as a company's or body's name: one to ``_ISSUER_WORDS`` words, the first with a
    capital and the others too, linking ("of", "the") or a legal form ("plc", "Inc.")."""
    words = name.split()
    return 1 <= len(words) <= _ISSUER_WORDS and _has_capital(words[0]) and all(
        _has_capital(word) or word in _CREDIT_LINKS or word.lower().rstrip(".,") in OFTEN_FINAL for word in words)


def _ends_text(text: str, end: int) -> bool:
    """Whether nothing but up to ``_CLOSING_LINES`` lines of furniture ("###", "-ENDS-") follows ``end``."""
    for _ in range(_CLOSING_LINES + 1):
        below = _bounds_of_nearest_line_below(text, end)
        if below is None:
            return next_visible(text, end) is None
        if not _is_furniture_line(text, *below):
            return False
        end = below[1]
    return False


def _is_furniture_line(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is furniture by its form: a byline, a publishing stamp or a liveblog's
    relative stamp alone ("2h ago", see ``_RELATIVE_STAMP``), or on one
    line a caption or picture credit, a promotion, a wire story's closing credits or an embedded post's sign-off
    ("— Jane Roe (@janeroe) May 3, 2026", see :func:`post_sign_off`)."""
    if end - start <= _FURNITURE_LINE_CHARS and (_is_byline(text, start, end) or _is_stamp(text, start, end)
                                                  or _RELATIVE_STAMP.fullmatch(text, start, end) is not None):
        return True
    if LINE.search(text, start, end):
        return False
    line = _unwrapped(text[start:end])
    # a liveblog entry's stamp before a link or promotion ("10:25 GMT - Read more: ...")
    line = line[stamp_length(line):]
    label, rest = _labelled(line) or ("", "")
    if rest and label in _STORY_LABELS:
        return BARE_LINK.fullmatch(rest) is not None or _is_title(rest)
    if rest and (label in _CAPTION_LABELS or label in LINK_LABELS):
        return True
    if rest and label in _CREDIT_LABELS and _credit_names(rest) is not None:
        return True
    if rest and label in _VIDEO_LABELS and _is_title(rest):
        return True
    return (_is_bare_credit(line) or _is_promotion(line) or _is_menu(line) or _is_live_closing(line)
            or is_wire_tail(line)
            or _is_copyright(line)
            or _is_sign_off(text[start:end]) or _is_layout(text[start:end]) or is_release_banner(line)
            or is_print_page_line(line)
            or post_sign_off(text, start, end) is not None or CONTACT_LINE.fullmatch(line) is not None)


# A printed page's number, as a running head or a jump line gives it: "A7", "B12", "C-3", "12", "Page 4", "PAGE A7".
_PAGE_MARK = r"(?:(?:PAGE|Page|page|P\.)[^\S\r\n]*)?(?:[A-Z]{1,2}-?\d{1,3}|\d{1,3}[A-Z]?)"
# A jump line, telling the reader where the story goes on or came from: "Continued on Page B3", "Continued from
# Page 1", "(Cont'd on page 6)", "See COUNCIL, Page A5", "See Council on Page 5", "COUNCIL, from Page A1".
_JUMP_LINE = re.compile(
    r"[(\[]?(?:(?:Continued|CONTINUED|Cont['’]d|CONT['’]D)[^\S\r\n]+(?:on|from|ON|FROM)"
    r"|(?:See|SEE)[^\S\r\n]+[A-Z][\w'’&-]*(?:[^\S\r\n]+[A-Z][\w'’&-]*){0,3},?[^\S\r\n]+(?:on|ON)?"
    r"|[A-Z][A-Z'’&-]*(?:[^\S\r\n]+[A-Z][A-Z'’&-]*){0,3},?[^\S\r\n]+(?:from|FROM))"
    r"[^\S\r\n]*(?:(?:PAGE|Page|page|P\.)[^\S\r\n]*)(?:[A-Z]{1,2}-?\d{1,3}|\d{1,3}[A-Z]?)[)\]]?\.?")
# A page number alone on its line: "Page 12", "PAGE A7", "- 12 -", "— 4 —".
_PAGE_NUMBER = re.compile(rf"(?:PAGE|Page)[^\S\r\n]+(?:[A-Z]{{1,2}}-?\d{{1,3}}|\d{{1,3}}[A-Z]?)"
                          rf"|[{DASHES}][^\S\r\n]*\d{{1,3}}[^\S\r\n]*[{DASHES}]")
# Where a running head parts its page number from the rest: two blanks or more, a tab, or a bar or bullet.
_HEAD_GAP = r"(?:[^\S\r\n]{2,}|[^\S\r\n]*[\t|•·][^\S\r\n]*|,?[^\S\r\n]+(?=(?:PAGE|Page)[^\S\r\n]))"
# A printed page's running head: the paper's name and the date with its year, its page number at one end
# ("THE DAILY HARBINGER, TUESDAY, MARCH 4, 1997  A7", "B2 | Kellsby Courier | Friday, May 2, 1980").
_RUNNING_HEAD = re.compile(rf"(?:(?P<lead>{_PAGE_MARK}){_HEAD_GAP})?(?P<head>[A-Z][^\r\n]*?)"
                           rf"(?:{_HEAD_GAP}(?P<tail>{_PAGE_MARK}))?[^\S\r\n]*")
#: How many words a running head's name and date hold at most, and the small words among them in lower case
#: ("The Voice of the Valley").
_RUNNING_HEAD_WORDS = 12
_HEAD_SMALL_WORDS = frozenset({"of", "the", "and", "de", "la", "le", "du", "on", "for"})
_MONTH_NAME = re.compile(r"\b(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                         r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")


def is_print_page_line(line: str) -> bool:
    """Whether ``line`` is a printed page's own line, as OCR of a newspaper page or a PDF's text keeps it amid the
    copy: a jump line ("Continued on Page B3", "See COUNCIL, Page A5"), a page number alone ("Page 12") or a
    running head (a line of at most 150 characters, at most 12 words, all capitalised but small words such as "of",
    naming a month and a year, with a page number at one end after two blanks, a tab or a bar: "THE DAILY
    HARBINGER, TUESDAY, MARCH 4, 1997  A7")."""
    line = line.strip()
    if len(line) > _FURNITURE_LINE_CHARS:
        return False
    if _JUMP_LINE.fullmatch(line) or _PAGE_NUMBER.fullmatch(line):
        return True
    head = _RUNNING_HEAD.fullmatch(line)
    if head is None or not (head.group("lead") or head.group("tail")):
        return False
    words = head.group("head").split()
    return len(words) <= _RUNNING_HEAD_WORDS and all(not w[:1].islower() or w in _HEAD_SMALL_WORDS for w in words) and (
        _YEAR.search(head.group("head")) is not None and _MONTH_NAME.search(head.group("head")) is not None)


def signs_copy(line: str) -> bool:
    """Whether the furniture ``line`` names who made the piece rather than anyone it quotes: a byline ("By Jane Roe,
    Staff Writer", "By Reuters"), a wire story's closing credits or thanks, a picture's credit, a copyright notice or
    an agency's sign-off. A name there is the newsroom's, never a source of the story."""
    line = line.strip()
    unwrapped = _unwrapped(line)
    return (_is_byline(line, 0, len(line)) or is_wire_tail(unwrapped) or _is_credit(unwrapped)
            or _is_copyright(unwrapped) or _is_sign_off(line))


def is_release_banner(line: str) -> bool:
    """Whether ``line`` is a press release's banner: "FOR IMMEDIATE RELEASE", "PRESS RELEASE", "NEWS RELEASE",
    "MEDIA RELEASE", in any case; or one that times it, in capitals or with a figure and no closing stop ("FOR
    RELEASE AT 10:00 ET", "Embargoed until 00:01 GMT, 5 December"; not "Embargoed until further notice" nor
    copy's "For release on bail he paid £500.")."""
    if len(line) > _FURNITURE_LINE_CHARS:
        return False
    if _RELEASE_BANNER.fullmatch(line):
        return True
    return _TIMED_BANNER.fullmatch(line) is not None and (line.upper() == line or (
        any(ch.isdigit() for ch in line) and not line.endswith((".", "!", "?"))))


def _is_title(words: str) -> bool:
    """Whether ``words`` read as the title of a link rather than a sentence: a capital, figure or quotation mark
    first, and no full stop at the end ("Moment the ferry hits the quay", not "the speech drew jeers.")."""
    return (words[0].isupper() or words[0].isdigit() or words[0] in OPENERS) and not words.endswith(".")


def is_wire_tail(line: str) -> bool:
    """Whether ``line`` is a wire story's closing credits or thanks: "Reporting by Jane Roe; Editing by Sam Poe",
    "The Associated Press contributed to this report.", "Associated Press writer Jane Roe contributed from Lagos."."""
    return _WIRE_TAIL.fullmatch(line) is not None or ("contributed" in line and (
        _CONTRIBUTED.fullmatch(line) is not None or _WRITER_CONTRIBUTED.fullmatch(line) is not None))


def _is_copyright(line: str) -> bool:
    """Whether ``line`` is a copyright notice: its mark, then years and a holder's capitalised name, perhaps with
    "All rights reserved." ("Copyright 2024 The Associated Press. All rights reserved.", "© Reuters 2024")."""
    mark = _COPYRIGHT.match(line)
    if mark is None:
        return False
    rest = _RIGHTS_RESERVED.sub("", line[mark.end():])
    holder = _COPYRIGHT_YEARS.sub(" ", rest).strip(" .,")
    if not holder:
        return _COPYRIGHT_YEARS.search(rest) is not None
    return _credit_names(holder) is not None


def _is_sign_off(line: str) -> bool:
    """Whether ``line`` is an agency's sign-off alone: "— AP", "(AFP)", "-- Reuters"."""
    sign_off = _SIGN_OFF.fullmatch(line)
    return sign_off is not None and _names_agencies((sign_off.group("dashed") or sign_off.group("bracketed")).strip())


def _beside_furniture(text: str, start: int, end: int) -> bool:
    """Whether the nearest line with text above or below ``text[start:end]`` is furniture by its form (see
    :func:`_is_furniture_line`) or a date alone (see :func:`_is_date_line`): bylines sit with stamps, dates, credits
    and other bylines, a crosshead with copy."""
    return any(line is not None and (_is_furniture_line(text, *line) or _is_date_line(text, *line))
               for line in (_bounds_of_nearest_line_above(text, start), _bounds_of_nearest_line_below(text, end)))


def _bounds_of_nearest_line_above(text: str, start: int) -> tuple[int, int] | None:
    """Where the text of the nearest line with any above the line at ``start`` starts and ends; ``None`` when there
    is none, or it lies past ``MARKED_LINE_CHARS`` of blanks or is longer than that."""
    end = start
    while end > max(0, start - MARKED_LINE_CHARS) and BLANK.match(text, end - 1):
        end -= 1
    low = max(0, end - MARKED_LINE_CHARS)
    line_start = max(text.rfind("\n", low, end), text.rfind("\r", low, end)) + 1
    if end == 0 or end == start or BLANK.match(text, end - 1) or (line_start == 0 and low > 0):
        return None
    first = next_visible(text, line_start, end)
    return None if first is None else (first, end)


def _bounds_of_nearest_line_below(text: str, end: int) -> tuple[int, int] | None:
    """Where the text of the nearest line with any below the line ending at ``end`` starts and ends; ``None`` when
    there is none, or it lies past ``MARKED_LINE_CHARS`` of blanks or is longer than that."""
    start = next_visible(text, end, min(len(text), end + MARKED_LINE_CHARS))
    if start is None:
        return None
    line_break = LINE.search(text, start, start + MARKED_LINE_CHARS + 1)
    if line_break is None and len(text) - start > MARKED_LINE_CHARS:
        return None
    return start, trimmed_end(text, start, line_break.start() if line_break else len(text))


def _unwrapped(line: str) -> str:
    """``line`` without the brackets around the whole of it: "(Photo by Jane Roe/Agency)", "(Reporting by ...)"."""
    if len(line) > 2 and (line[0], line[-1]) in (("(", ")"), ("[", "]")):
        return line[1:-1].strip()
    return line


def _is_byline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a byline: names (see ``_BYLINE``), perhaps with their date after " on " or a
    tab ("By Jane Roe on March 5, 2024"), not "By Monday Night" nor a sentence with a stop at its end ("By Jane
    Roe's count, it failed."); or an agency or the paper's staff (see :func:`_is_desk_byline`); or a name and the
    writer's role without "By" (see :func:`_is_name_line`)."""
    if text[start:start + 2].lower() != "by" and not text.startswith(("From", "FROM"), start, end):
        return _is_name_line(text, start, end)
    if _bare_byline(text, start, end) or _is_desk_byline(text[start:end]):
        return True
    return any(_bare_byline(text, start, gap.start()) and is_when(text, gap.end(), end)
               for gap in _BYLINE_DATE.finditer(text, start, end))


def _is_name_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a byline without "By": a name and the writer's role (see ``_NAME_LINE``: "Jane
    Roe, Staff Writer"), whose name is no source of the story."""
    line = _NAME_LINE.fullmatch(text, start, end)
    return line is not None and not _not_a_name(line.group("name").lower().split())


def _is_plain_byline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a byline of names alone ("By Jane Roe", "By Jane Roe and Sam Poe"), which a
    crosshead ("By Harbour Lights") could pass for: no role, outlet, place or date, and no comma, after which
    ``_BYLINE`` cannot tell a role ("By Jane Roe, Political Editor") from a name."""
    byline = _bare_byline(text, start, end)
    return (byline is not None and byline.group("role") is None and "," not in byline.group(0)
            and not _is_desk_byline(byline.group(0)))


def _bare_byline(text: str, start: int, end: int) -> re.Match[str] | None:
    """The byline ``text[start:end]`` without a date: "By", names, and a role, outlet or place; ``None`` when it is
    none."""
    byline = _BYLINE.fullmatch(text, start, end)
    if not byline or _not_a_name(byline.group("name").lower().split()):
        return None
    stop = LINE_END_STOP.search(text, start, end)
    # a last word "D.C." may end so
    return byline if not stop or "." in text[text.rfind(" ", start, end) + 1:end - 1] else None


def _not_a_name(words: list[str]) -> bool:
    """Whether the lower-cased capitalised ``words`` after "By" open a phrase of time or manner rather than
    name someone: "By Monday Night", "By Christmas Eve", "By Labor Day", "By Far The Best", "By Mid-Morning Everyone
    Had Left"."""
    return (words[0] in _NOT_NAMES or words[0].startswith("mid-")
            or any(word in _NOT_NAME_WORDS for word in words) or _is_occasion(words))


def _is_occasion(words: list[str]) -> bool:
    """Whether the lower-cased ``words`` after "By" name a day or time by its occasion: a word such as "Day", "Eve",
    "Night" or "Weekend" last, after an occasion's word first ("Labor Day", "New Year's Eve", "Super Bowl Sunday")
    or a possessive ("Mother's Day"); not after a first name ("Doris Day")."""
    return len(words) >= 2 and words[-1] in _TIME_ENDS and (
        words[0] in _OCCASIONS or any(word.endswith(("'s", "’s", "s'", "s’")) for word in words[:-1]))


def _is_desk_byline(line: str) -> bool:
    """Whether ``line`` signs the copy for an agency or the paper's staff rather than a person: "By Reuters",
    "From AFP", "By The Associated Press", "By Reuters and AFP", "By Our Foreign Staff", "By a Staff Reporter",
    "By Reuters Staff", "From Our Correspondent in Lagos"."""
    words = line.split()
    if not 2 <= len(words) <= 10 or words[0] not in ("By", "BY", "From", "FROM"):
        return False
    return _names_agencies(" ".join(words[1:])) or _names_staff(words[1:])


def _names_agencies(names: str) -> bool:
    """Whether ``names`` are news agencies alone, joined by commas, slashes or "and" ("The Associated Press")."""
    parts = [part.lower().removeprefix("the ") for part in _AGENCY_JOINS.split(names.removesuffix("."))]
    return all(part in NEWS_AGENCIES for part in parts)


def _names_staff(words: list[str]) -> bool:
    """Whether ``words`` name the paper's staff: "a", "an", "our" or "the" and up to three capitalised words before
    one such as "Staff", "Reporter" or "Correspondent" ("Our Foreign Staff", "a Staff Reporter", "Reuters Staff"),
    then perhaps "in" or "at" and a place of up to three capitalised words ("Our Correspondent in Lagos")."""
    for at, word in enumerate(words):
        if word in ("in", "at", "IN", "AT"):
            place = words[at + 1:]
            if not 1 <= len(place) <= 3 or not all(w[0].isupper() for w in place):
                return False
            words = words[:at]
            break
    opener = bool(words) and words[0].lower() in _STAFF_OPENERS
    titles = words[int(opener):-1]
    return (len(words) >= 2 and words[-1].lower() in STAFF_WORDS and len(titles) <= 3
            and all(w[0].isupper() and w.lower() not in _NOT_NAME_WORDS for w in titles))


def _labelled(line: str) -> tuple[str, str] | None:
    """``line``'s label, lower case, and the text after it: before a colon ("Read more: ...", "FILE PHOTO: ..."),
    before a comma after a BBC label ("Image caption, ..."), or before "by" after a picture's ("Photo by Jane
    Roe"); ``None`` when it has none."""
    comma = line.find(",", 0, _LABEL_CHARS + 1)
    if comma > 0 and line[:comma].strip().lower() in _COMMA_LABELS:
        return line[:comma].strip().lower(), line[comma + 1:].strip()
    colon = line.find(":", 0, _LABEL_CHARS + 1)
    if colon > 0:
        return line[:colon].strip().lower(), line[colon + 1:].strip()
    words = line.split(maxsplit=2)
    if len(words) == 3 and words[1] in ("by", "BY") and words[0].lower() in _CREDIT_LABELS:
        return words[0].lower(), words[2]
    return None


# A newspaper's own picture credit: its name, "Staff" or "File", then "photo" by or over a slash before the
# photographer's name ("Harbinger photo by Ron Pettit", "Staff photo by Ivy Trent", "HARBINGER PHOTO / CLAUDE
# MERRICK", "XP Photo/Gus Llewellyn"), or "Staff photo", "File photo" alone; in brackets or not.
_OWN_PICTURE_CREDIT = re.compile(
    r"[(\[]?(?:(?:(?:[A-Z][\w'’.&-]*[^\S\r\n]+){0,3}(?:[A-Z][\w'’.&-]*|staff|file)[^\S\r\n]+)"
    r"(?:photo|Photo|PHOTO|photograph|Photograph|PHOTOGRAPH)(?:[^\S\r\n]+(?:by|BY)[^\S\r\n]+|[^\S\r\n]*/[^\S\r\n]*)"
    r"[A-Z][\w'’.-]*(?:[^\S\r\n]+[A-Z][\w'’.-]*){0,3}"
    r"|(?:Staff|STAFF|File|FILE|Submitted|SUBMITTED)[^\S\r\n]+(?:photo|Photo|PHOTO))[)\]]?\.?")


def is_own_picture_credit(line: str) -> bool:
    """Whether ``line`` is a newspaper's own picture credit alone ("Staff photo by Ivy Trent", "(Harbinger photo by
    Ron Pettit)": see ``_OWN_PICTURE_CREDIT``)."""
    return len(line) <= _FURNITURE_LINE_CHARS and _OWN_PICTURE_CREDIT.fullmatch(line.strip()) is not None


def _is_bare_credit(line: str) -> bool:
    """Whether ``line`` is a picture's credit without a label, naming a picture desk ("Getty Images", "AP Photo/Jane
    Roe", "AFP via Getty Images") or an agency before or after a slash ("REUTERS/Jane Roe", "Jane Roe/AFP"), or a
    newspaper's own credit ("Staff photo by Ivy Trent", "(Harbinger photo by Ron Pettit)": ``_OWN_PICTURE_CREDIT``)."""
    if is_own_picture_credit(line):
        return True
    if len(line) > _FURNITURE_LINE_CHARS or ("/" not in line and not _DESK_NAMED.search(line.lower())):
        return False
    names = _credit_names(line)
    return names is not None and (any(name in _PICTURE_DESKS for name in names)
                                  or ("/" in line and any(name in _PICTURE_AGENCIES for name in names)))


def _credit_names(credit: str) -> list[str] | None:
    """The names of a picture's credit, lower case ("Jane Roe/Agency", "AFP via Getty Images", "Jane Roe for the
    Guardian"), or ``None`` when ``credit`` is none: each name is one to six words after any "the", the first with a
    capital and the others too or linking ("Courtesy of Jane Roe"), or a picture's own word (``_CREDIT_WORDS``:
    "Acme handout", "courtesy of Acme"), so that copy ("the bank's lending rose") is no credit."""
    names = _CREDIT_JOINS.split(credit.removesuffix("."))
    for name in names:
        words = name.split()
        words = words[1:] if words[:1] == ["the"] else words  # "Jane Roe for the Morlan Herald"
        if not 1 <= len(words) <= 6 or not (_has_capital(words[0]) or words[0] in _CREDIT_WORDS):
            return None
        if not all(_has_capital(word) or word in _CREDIT_LINKS or word in _CREDIT_WORDS for word in words):
            return None
    return [" ".join(name.lower().split()) for name in names]


def _has_capital(word: str) -> bool:
    """Whether ``word`` holds a capital letter ("Roe", "iStock", "EPA-EFE")."""
    return any(ch.isupper() for ch in word)


def _is_live_closing(line: str) -> bool:
    """Whether ``line`` is a liveblog's closing note and nothing else, in one sentence or more (see
    ``_LIVE_CLOSING``): "That is all for now. We will resume our coverage tomorrow morning.", "This live blog is now
    closed.", or its housekeeping (see ``_LIVE_HOUSEKEEPING``), its bare time before it perhaps, its last stop
    perhaps left out ("Refresh for updates"). The page's, no one's account; a sentence of another kind on the line
    makes it copy."""
    line = line.strip()
    timed = _HOUSEKEEPING_TIME.match(line)
    line = line[timed.end():] if timed else line
    return bool(line) and _LIVE_CLOSING.fullmatch(line if line.endswith((".", "!")) else line + ".") is not None


def _is_promotion(line: str) -> bool:
    """Whether ``line`` belongs to the page rather than the story: lines of the page's own ("Advertisement",
    "Share this article", "Related:", "Cookie settings | Privacy policy", "3 min read", "More from AP:", "Embedded
    content from twitter.com"), a cookie banner (see ``_COOKIE_NOTICE``), a press release's closing mark ("ENDS",
    "-ends-", "###", "-30-") or its notes to editors (see ``_NOTES_TO_EDITORS``), or a call to subscribe, follow,
    share or click (see :func:`_is_call`)."""
    if _CLOSING_MARK.fullmatch(line) or (_COOKIE_NOTICE.match(line) and _COOKIE_CONSENT.search(line)):
        return True
    if _NOTES_TO_EDITORS.match(line):
        return True
    more = _MORE_FROM.fullmatch(line)
    if (more and _credit_names(more.group("names")) is not None) or _READING_TIME.fullmatch(line):
        return True
    if not line[:_LABEL_CHARS].lower().startswith(_PROMOTION_OPENERS):
        return False
    whole = " ".join(line.lower().split()).rstrip(".:")
    return (all(part in _PAGE_LINES for part in _PAGE_LINE_JOINS.split(whole)) or _LISTEN.fullmatch(whole) is not None
            or _EMBEDDED.fullmatch(whole) is not None or _is_call(whole))


def _is_menu(line: str) -> bool:
    """Whether ``line`` is a web page's menu or breadcrumb trail: ``_MENU_ITEMS`` items or more parted by bars or
    arrows (see ``_MENU_JOINS``: "Home | News | Sport", "Home > News > Local news"), each of one to
    ``_MENU_ITEM_WORDS`` words with a capital or a figure first and no stop, comma or other mark of a sentence (so
    "The options were | a new boat | ..." is copy)."""
    if len(line) > _FURNITURE_LINE_CHARS:
        return False
    items = _MENU_JOINS.split(line.strip())
    return len(items) >= _MENU_ITEMS and all(
        1 <= len(item.split()) <= _MENU_ITEM_WORDS and item[:1].isalnum() and not item[:1].islower()
        and all(ch.isalnum() or ch in " &'’-" for ch in item) for item in items)


def _is_layout(line: str) -> bool:
    """Whether ``line`` is the page's layout: a rule, a link alone, a Markdown heading, emoji alone (see
    ``_RULE``) or a transcript's stage direction ("[CROSSTALK]", see ``_STAGE_DIRECTION``)."""
    return _RULE.fullmatch(line) is not None or BARE_LINK.fullmatch(line) is not None or (
        _MARKDOWN_HEADING.match(line) is not None) or _pictographs_alone(line) or (
        _STAGE_DIRECTION.fullmatch(line.strip()) is not None)


def _pictographs_alone(line: str) -> bool:
    """Whether ``line`` holds emoji or other pictographs alone, with their marks: "🔴", "👉 👉", "👍🏽"; not a
    review's rating in stars ("★★★★☆", "⭐⭐⭐"), the critic's verdict."""
    return (is_pictograph(line[:1]) and pictographs_end(line, 0, len(line)) == len(line)
            and not any(ch in _RATING_STARS for ch in line))


def _is_call(whole: str) -> bool:
    """Whether the lower-cased line ``whole`` asks the reader to sign up, follow, share or click."""
    words = whole.rstrip("!").split()
    return _is_sign_up(words) or _is_follow(words) or _is_click(words)


def _is_sign_up(words: list[str]) -> bool:
    """Whether ``words`` ask the reader to sign up for a newsletter: "sign up for our morning briefing newsletter
    here", "subscribe to our newsletters", "sign up for our newsletter at herald.example/signup"; not "sign up for
    the newsletter, the council urged"."""
    if not any(tuple(words[:len(opening)]) == opening for opening in _SIGN_UP):
        return False
    end = len(words) - 2 if len(words) > 2 and words[-2] == "at" and _WEB_ADDRESS.fullmatch(words[-1]) else len(words)
    while end and words[end - 1] in _NEWSLETTER_CLOSERS:
        end -= 1
    return 0 < end <= _NEWSLETTER_WORDS and words[end - 1] in ("newsletter", "newsletters")


def _is_follow(words: list[str]) -> bool:
    """Whether ``words`` ask the reader to follow or share on named platforms alone: "follow us on x and
    instagram", "follow us on instagram @herald", "share on whatsapp"; not "follow us on a tour"."""
    if words[:3] in (["follow", "us", "on"], ["follow", "us", "at"]):
        rest = words[3:]
    elif words[:2] in (["share", "on"], ["share", "via"]):
        rest = words[2:]
    else:
        return False
    return all(_HANDLE.sub("", platform) in PLATFORMS for platform in _PLATFORM_JOINS.split(" ".join(rest)))


def _is_click(words: list[str]) -> bool:
    """Whether ``words`` ask the reader to click: "click here", "click here to subscribe", "tap here for more"."""
    return words[:2] in (["click", "here"], ["tap", "here"]) and (len(words) == 2 or words[2] in ("to", "for"))


def _is_stamp(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a publishing stamp: its opening words (see ``_PUBLISHED``), then
    a date or time (see :func:`is_when`)."""
    head = _PUBLISHED.match(text, start, end)
    return head is not None and is_when(text, head.end(), end)


def title_like(line: str) -> bool:
    """Whether most of a line's longer words are capitalised, as in a headline ("Bridge Repairs Will
    Close Two Lanes", "MINISTRY DENIES CLAIMS")."""
    words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def is_pictograph(char: str) -> bool:
    """Whether ``char`` is an emoji or another pictograph (see ``_PICTOGRAPH``)."""
    return _PICTOGRAPH.match(char) is not None and unicodedata.category(char) == "So"


def pictographs_end(text: str, pos: int, hi: int) -> int:
    """Where the pictographs from ``pos`` (one at least), with their marks and the blanks between them, end before
    ``hi``: "🎉🎉", "👍🏽 ✅", a flag's two letters, a family's emoji joined by zero-width joiners."""
    end = pos
    while pos < hi and is_pictograph(text[pos]):
        marks = _PICTOGRAPH_MARKS.match(text, pos + 1, hi)
        end = marks.end() if marks else pos + 1
        pos = next_visible(text, end, hi) or hi
    return end
