"""The fast paths of source reading give what the plain rules gave: invisible characters, places,
companies, titled people and headlines read from invented sentences, every code point for the
character rules."""

import sys
import unicodedata

import framing.sources as sources
import framing.textchars as textchars
from framing.sources import SourceIndex
from framing.textchars import without_invisible


EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))


def test_no_format_character_is_ascii_or_printable():
    # what lets without_invisible return ASCII and printable text as it is
    assert [hex(ord(ch)) for ch in EVERY_CHARACTER
            if unicodedata.category(ch) == "Cf" and (ch.isascii() or ch.isprintable())] == []


def test_without_invisible_drops_exactly_the_format_characters():
    assert without_invisible(EVERY_CHARACTER) == "".join(ch for ch in EVERY_CHARACTER
                                                         if unicodedata.category(ch) != "Cf")
    assert without_invisible("So\u00adren Ø\u200dverby\ufeff") == "Soren Øverby"


def test_text_without_format_characters_is_not_read_character_by_character(monkeypatch):
    read = []
    monkeypatch.setattr(textchars, "is_invisible", lambda ch: read.append(ch) or unicodedata.category(ch) == "Cf")
    printable = "Zoë Quillan’s “quiet” plan for Ostrova — 北京 🇺🇸 ✓"
    assert without_invisible(printable) is printable
    assert without_invisible("line one\nline two\t(plain ASCII)") == "line one\nline two\t(plain ASCII)"
    assert read == []
    # a no-break space makes the text unprintable: read, and kept
    assert without_invisible("Mara\u00a0Lind’s\u200b aide") == "Mara\u00a0Lind’s aide"
    assert read


def test_see_drops_invisible_characters_once_per_sentence(monkeypatch):
    calls = []

    def counted(text):
        calls.append(text)
        return without_invisible(text)

    monkeypatch.setattr(sources, "without_invisible", counted)
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
