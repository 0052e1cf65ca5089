"""The fast paths of source reading give what the plain rules gave: invisible characters, places,
companies, titled people and headlines read from invented sentences, every code point for the
character rules."""

import re
import sys
import unicodedata

import framing.source_finders as source_finders
import framing.source_index as source_index
import framing.sources as sources
import framing.textchars as textchars
from framing.source_index import SourceIndex
from framing.textchars import without_invisible


EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))


def test_no_format_character_is_ascii_or_printable():
    # what lets without_invisible return ASCII and printable text as it is
    assert [hex(ord(ch)) for ch in EVERY_CHARACTER
            if unicodedata.category(ch) == "Cf" and (ch.isascii() or ch.isprintable())] == []


def test_without_invisible_drops_exactly_the_format_and_control_characters_but_whitespace():
    assert without_invisible(EVERY_CHARACTER) == "".join(
        ch for ch in EVERY_CHARACTER
        if unicodedata.category(ch) != "Cf" and (unicodedata.category(ch) != "Cc" or ch.isspace()))
    assert without_invisible("So\u00adren Ø\u200dverby\ufeff") == "Soren Øverby"


def test_emoji_joiners_keeps_only_a_zero_width_joiner_between_two_emoji():
    family, flag = "\U0001F468\u200d\U0001F469\u200d\U0001F467", "\U0001F3F3\ufe0f\u200d\U0001F308"
    assert without_invisible(f"The {family}\u200b {flag}", emoji_joiners=True) == f"The {family} {flag}"
    # beside a letter, a space or an edge it is dropped, as every other format character is
    assert without_invisible("Ø\u200dverby \u200d\U0001F468\u200d", emoji_joiners=True) == "Øverby \U0001F468"
    assert without_invisible(family) == "\U0001F468\U0001F469\U0001F467"


def test_text_without_format_characters_is_not_read_character_by_character(monkeypatch):
    read = []
    monkeypatch.setattr(textchars, "is_invisible", lambda ch: read.append(ch) or unicodedata.category(ch) == "Cf")
    printable = "Zoë Quillan’s “quiet” plan for Ostrova — 北京 🇺🇸 ✓"
    assert without_invisible(printable) is printable
    assert without_invisible("line one\nline two\t(plain ASCII)") == "line one\nline two\t(plain ASCII)"
    assert read == []
    # an ASCII control character that is no whitespace (a NUL of scraped text) is read, and dropped
    assert without_invisible("Orvane\x00 Technologies\x07") == "Orvane Technologies"
    assert read
    # a no-break space makes the text unprintable: read, and kept
    assert without_invisible("Mara\u00a0Lind’s\u200b aide") == "Mara\u00a0Lind’s aide"
    assert read


def test_see_drops_invisible_characters_once_per_sentence(monkeypatch):
    calls = []

    def counted(text):
        calls.append(text)
        return without_invisible(text)

    monkeypatch.setattr(source_index, "without_invisible", counted)
    sentence = "Varnian border guards said Tessel\u00ad Pharma Inc. had shipped parts to Os\u200btrova."
    SourceIndex().see(sentence)
    assert calls.count(sentence) == 1


def test_invisible_characters_inside_names_change_nothing_that_see_notes():
    plain, marked = SourceIndex(), SourceIndex()
    plain.see("Brindle Holdings Ltd said Varnian inspectors arrived in Ostrova after Prime Minister Ines Kowal spoke.")
    marked.see("Brin\u00addle Holdings Ltd said Var\u200bnian inspectors arrived in Os\u2060trova after Prime "
               "Minister Ines\u200e Kowal spoke.")
    assert marked.places == plain.places == {"varnia", "varn", "ostrova"}
    assert marked.companies == plain.companies == {"brindle holdings ltd": "Brindle Holdings Ltd"}
    assert marked.people == plain.people and "ines kowal" in plain.people


def test_regular_expression_whitespace_is_str_whitespace_for_every_character():
    # what lets a heading's whitespace be collapsed by str.split instead of a regular expression
    assert [hex(ord(ch)) for ch in EVERY_CHARACTER if ch.isspace() != bool(re.fullmatch(r"\s", ch))] == []


def _python_lines_in_sources(call) -> int:
    """How many lines of framing/sources.py, framing/source_finders.py and framing/source_index.py run while
    ``call()`` runs."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        count += event == "line"
        return local

    def tracer(frame, event, arg):
        return local if frame.f_code.co_filename in (sources.__file__, source_finders.__file__,
                                                          source_index.__file__) else None

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        call()
    finally:
        sys.settrace(previous)
    return count


def test_see_runs_python_per_name_not_per_word():
    # a long sentence costs the regular expressions more, not more Python steps word by word
    opening = "Iraqi inspectors and Brindle Holdings Ltd said Prime Minister Ines Kowal met Tomas Brandt"
    filler = " while quiet talks went on and rivals waited" * 40
    for text in (opening + ".", opening + filler + "."):  # the caches filled first, so that both runs read them
        SourceIndex().see(text)
    short = _python_lines_in_sources(lambda: SourceIndex().see(opening + "."))
    long = _python_lines_in_sources(lambda: SourceIndex().see(opening + filler + "."))
    assert long == short


def _seen(*sentences: str) -> SourceIndex:
    index = SourceIndex()
    for sentence in sentences:
        index.see(sentence)
    return index


def test_places_come_from_prepositions_and_nationalities_before_a_lower_case_word():
    index = _seen("Iraqi and Kenyan officials met Thai envoys near Ostrova.",
                  "Jordanian troops stayed. The Kenyan, Varnian Airways and Taiwanese Premier spoke.")
    assert index.places == {"iraq", "kenya", "ostrova", "jordania", "jordan"}


def test_a_company_is_read_from_the_words_that_open_the_sentence():
    index = _seen("On\u00a0Tuesday,\n Brindle  Holdings Ltd said orders fell.",
                  "Shares of Quorra S.A. rose.",
                  "Velm Motors, the carmaker, said sales rose.",
                  "A lawyer said he advised Kestrel Group plc.",
                  "On Monday Then")
    assert index.companies == {"brindle holdings ltd": "Brindle Holdings Ltd", "quorra s.a": "Quorra S.A.",
                               "velm motors": "Velm Motors"}
    assert index.kinds == {"velm motors": {"carmaker"}}


def test_a_headline_in_title_case_names_no_one():
    headline = _seen("Governor Tomas Brandt Signs Bill as Ines Kowal Looks On")
    assert headline.surnames == set() and headline.people == {}
    sentence = _seen("Governor Tomas Brandt signs the bill as Ines Kowal looks on")
    assert sentence.surnames == {"kowal"} and set(sentence.people) == {"tomas brandt"}
