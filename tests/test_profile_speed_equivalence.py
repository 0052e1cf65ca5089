"""The fast paths of source reading give what the plain rules gave: invisible characters, places,
companies, titled people and headlines read from invented sentences, every code point for the
character rules."""

import re
import string
import sys
import unicodedata

from framing import credit_clauses, credit_own_work
import framing.denials as denials
from framing import denial_sides
import framing.source_finders as source_finders
from framing import source_find_after_cue, source_find_interviews, source_find_openings, source_find_subjects
import framing.source_index as source_index
from framing import index_body_reading, index_body_words, index_documents, index_groups, index_name_reading
from framing import index_name_words, index_noticing, index_people_reading, index_resolution, index_state
import framing.sources as sources
from framing import person_names, source_accusations, source_forms, source_keys, source_kinds, source_places
from framing import source_form_documents, source_form_owners, source_form_parts, source_form_titles
from framing import source_roles, source_words
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

    monkeypatch.setattr(index_people_reading, "without_invisible", counted)
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
        return (
            local
            if frame.f_code.co_filename
            in (
                *(
                    m.__file__
                    for m in (
                        sources,
                        person_names,
                        source_accusations,
                        source_forms,
                        source_form_documents,
                        source_form_owners,
                        source_form_parts,
                        source_form_titles,
                        source_keys,
                        source_kinds,
                        source_places,
                        source_roles,
                        source_words,
                    )
                ),
                *(
                    m.__file__
                    for m in (
                        source_finders,
                        source_find_after_cue,
                        source_find_interviews,
                        source_find_openings,
                        source_find_subjects,
                    )
                ),
                *(
                    m.__file__
                    for m in (
                        source_index,
                        index_body_reading,
                        index_body_words,
                        index_documents,
                        index_groups,
                        index_name_reading,
                        index_name_words,
                        index_noticing,
                        index_people_reading,
                        index_resolution,
                        index_state,
                    )
                ),
            )
            else None
        )

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
    assert sentence.surnames == {"brandt", "kowal"} and set(sentence.people) == {"tomas brandt"}


class _Spy:
    """A compiled pattern that notes the sentences it is run on."""

    def __init__(self, pattern: re.Pattern[str], name: str, runs: list[tuple[str, str]]) -> None:
        self.pattern, self.name, self.runs = pattern, name, runs

    def finditer(self, text: str, *args: int):
        self.runs.append((self.name, text))
        return self.pattern.finditer(text, *args)

    def search(self, text: str, *args: int):
        self.runs.append((self.name, text))
        return self.pattern.search(text, *args)

    def match(self, text: str, *args: int):
        self.runs.append((self.name, text))
        return self.pattern.match(text, *args)


#: Invented sentences naming a body of each kind that "the <kind>" may later mean.
NAMED_BODIES = ["Hackers hit the Fennick water utility.", "The Orlan steel plant shut.",
                "The board accused Dravik Bank of hiding losses.", "The Harlow Police Department said it would appeal.",
                "Calder Bay police and state police searched the lake.", "The Department of Justice sued Orvane.",
                "Ostria's defence ministry said so.", "A defence ministry engineer spoke.", "The Ministry of Trade of "
                "Ostria declined.", "The Kestorian Rowing Federation fined him.", "The Velmaran Border Agency agreed.",
                "The league charged Kessel United.", "Harbour City FC won.", "Regulators fined Orvane Holdings Ltd.",
                "St. Aubyn's Hospital Center treated him.", "Orrin Public Schools closed.",
                "The Brightwater Film Festival opened.", "Students sued Norbridge University.",
                "Harlow Community College closed.", "The Lisk Port Authority detained a tanker.",
                "The Maritime Safety Directorate agreed.", "The Lisk Energy Commission met.",
                "The Velmar Drug Safety Board suspended the pill.", "The Brennmoor Inquiry heard evidence.",
                "The Allied Nursing Union balloted members.", "The Halvard Foundation paid.",
                "Donors sued the Orlen Relief Trust.", "The Vell Media Institute agreed.",
                "Students at Kestrel Polytechnic protested.", "The Regional Schools Inspectorate visited.",
                "The Harbour Rights Group published its findings.", "The Free Vale Brigade held the ridge.",
                "The Third Mountain Battalion crossed.", "The Orsk Rifle Regiment withdrew.",
                "Hackers hit Dunmere City Council.", "The Sarbonne Ship Registry agreed.",
                "The Harlow Records Office closed.", "The Harrow Film Academy opened an inquiry.",
                "The gossip account @StarSpill posted it.", "The celebrity website PopWire said so.",
                "The blog Starwatch, run by fans, agreed.", "The channel Kessel One said so.",
                "The Animal Health Advisory Panel met.", "The Wildlife Forensics Unit seized the eggs.",
                "Brackwood Zoo reopened.", "Calder Wildlife Park closed.", "The Fenmoor Donkey Sanctuary agreed.",
                "The Remote Betting Association lobbied hard.", "Tenants wrote to the Kessel Energy Regulator."]


def test_a_body_of_a_named_kind_is_sought_only_in_a_sentence_with_its_kinds_word(monkeypatch):
    for sentence in NAMED_BODIES:  # each match holds one of its kind's words
        for kind, words in index_body_words.NAMED_KIND_WORDS.items():
            if index_body_words.NAMED_KINDS[kind].search(sentence):
                assert any(word in sentence for word in words), (kind, sentence)
    assert {kind for kind, named in _seen(*NAMED_BODIES)._named_kinds.items() if named} == set(
        index_body_words.NAMED_KINDS)
    runs: list[tuple[str, str]] = []
    monkeypatch.setattr(index_body_reading, "NAMED_KINDS", {kind: _Spy(pattern, kind, runs)
                                                       for kind, pattern in index_body_words.NAMED_KINDS.items()})
    monkeypatch.setattr(index_noticing, "NAMED_KINDS", {kind: _Spy(pattern, kind, runs)
                                                       for kind, pattern in index_body_words.NAMED_KINDS.items()})
    monkeypatch.setattr(source_index, "NAMED_KINDS", {kind: _Spy(pattern, kind, runs)
                                                       for kind, pattern in index_body_words.NAMED_KINDS.items()})
    monkeypatch.setattr(index_body_words, "NAMED_KINDS", {kind: _Spy(pattern, kind, runs)
                                                       for kind, pattern in index_body_words.NAMED_KINDS.items()})
    index = _seen("Tom Vask met the board on Tuesday.", "The board accused Dravik Bank of hiding losses.")
    assert [kind for kind, text in runs if text.startswith("Tom")] == []
    assert [kind for kind, text in runs if text.startswith("The board")] == ["bank", "company", "club"]
    assert index._named_kinds["bank"] == {"dravik bank": "Dravik Bank"}


def test_a_firm_is_sought_only_in_a_sentence_with_a_firms_word(monkeypatch):
    runs: list[tuple[str, str]] = []
    monkeypatch.setattr(index_body_words, "_WRITTEN_AS_FIRM", _Spy(index_body_words._WRITTEN_AS_FIRM, "firm", runs))
    assert index_body_words.firms_in("Tom Vask met Dan Orr in Harlow.") == set() and runs == []
    assert index_body_words.firms_in("Shares of Morgan Pike fell as analysts at Taylor Wimble "
                                  "cut their targets.") == {"morgan pike", "taylor wimble"}
    assert index_body_words.firms_in("Velm Motors said its quarterly profit rose.") == {"velm motors"}
    assert len(runs) > 2


def test_a_span_without_m_compiles_no_pattern_for_monsieur(monkeypatch):
    searched = []
    monkeypatch.setattr(source_index.re, "search", lambda *args: searched.append(args))
    assert not index_name_words.monsieur_dropped("Tom Quill", "Tom Quill") and searched == []
    monkeypatch.undo()
    assert index_name_words.monsieur_dropped("M. Quill", "Quill")


def test_no_opening_subject_is_read_for_an_issuer_where_no_document_is_written(monkeypatch):
    read = []
    monkeypatch.setattr(index_noticing, "opening_subject",
                        lambda text: read.append(text) or source_find_openings.opening_subject(text))
    monkeypatch.setattr(index_documents, "opening_subject",
                        lambda text: read.append(text) or source_find_openings.opening_subject(text))
    _seen("Tom Vask said the deal was fair.")
    assert read == []
    index = _seen("The Velmaran embassy issued a statement on Saturday.")
    assert read and index._issued_in_sentence["statement"] == "The Velmaran embassy"


def test_a_sentence_is_read_once_for_its_lead_and_a_word_once_for_a_nationality(monkeypatch):
    read, tried = [], []
    _forget_kept()
    monkeypatch.setattr(source_keys, "dateline_length", lambda text, **kw: read.append(text) or 0)
    monkeypatch.setattr(source_places, "dateline_length", lambda text, **kw: read.append(text) or 0)
    monkeypatch.setattr(source_places, "_adjective_of", lambda country, word: tried.append(word) or False)
    sentence = "On Tuesday, the Orvane Holdings board met in Harlow."
    assert source_keys.past_opener(sentence) == source_keys.past_opener(sentence) == len("On Tuesday,")
    assert read == [sentence]
    assert not source_places.is_nationality("velmoric") and not source_places.is_nationality("velmoric")
    assert set(tried) == {"velmoric"} and len(tried) == len(source_places._COUNTRY_KEYS)
    # a kept answer is never changed by its caller
    assert isinstance(person_names.surnames_in("Tom Vask met Ana Ruiz."), frozenset)
    monkeypatch.undo()
    _forget_kept()  # nothing read with the spies stays kept


def _forget_kept() -> None:
    for kept in (source_keys.past_opener, source_keys.lead_length, source_places.is_nationality):
        kept.cache_clear()


def test_case_blind_makes_each_character_a_case_blind_pattern_reads_as_an_ascii_letter_that_letter():
    letter = re.compile("[a-z]", re.I)
    for ch in EVERY_CHARACTER:
        if letter.fullmatch(ch):
            assert [a for a in string.ascii_lowercase if re.fullmatch(a, ch, re.I)] == [textchars.case_blind(ch)]
    assert textchars.case_blind("An İNCORRECTLY ſpelled ıtem") == "an incorrectly spelled item"


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of the regular expression ``pattern`` ("a|(?:b|c)d" gives "a" and "(?:b|c)d")."""
    parts, depth, part = [], 0, ""
    for ch in pattern:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            parts.append(part)
            part = ""
        else:
            part += ch
    return [*parts, part]


def test_each_match_of_a_guarded_pattern_holds_a_word_of_its_guard():
    alleging = source_accusations._ALLEGING.pattern[len(r"\b(?:"):-len(r")\b")]
    assert all(any(word in part for word in source_accusations._ALLEGING_WORDS) for part in _alternatives(alleging))
    assert all(
        any(word in part for word in credit_own_work._OWN_PIECE_WORDS)
        for part in _alternatives(credit_own_work._PIECES)
    )
    assert credit_own_work._CORRECTING.pattern == rf"\b(?:{'|'.join(credit_own_work._CORRECTING_WORDS)})\b"
    assert {
        word.split()[0] for word in (*source_words.TRADES, *index_name_words._HEADS, *index_name_words._OFFICES)
    } <= set(index_name_words._TRADE_NAME_WORDS)


#: Invented sentences that the guarded patterns match, and some they do not, some spelled as only a case-blind
#: pattern reads them ("ſhowed", "İNCORRECTLY").
GUARDED = ["Dunmore coach Pavel Orr said the pitch was poor.", "Striker Tomás Ibarra scored twice.",
           "Federation president Viktor Stanek resigned.", "Former mayor Ana Ruiz, 52, spoke.", "(coach Pavel Orr)",
           "Velmark chief executive Tom Vell and Co-author Lena Moravec met.", "The vice president Dan Orr left.",
           "The audit ſhowed fraud at the port.", "Ledgers showed no fraud.", "Rosa Ibarra accused Dan Orr of lying.",
           "An earlier version of this article İNCORRECTLY said the mayor left.", "The story misstated her age.",
           "Velm Motors, the carmaker, said sales rose.", "The port operator, Halvard Terminals, said so.",
           "The Securities Board sued Pellam.", "Pellam was sued by the Securities Board on Monday.",
           "Officials in the city of Harlow met.", "Tom Vask met Dan Orr in Harlow."]


def _read(*found: re.Match[str] | None) -> list[tuple[tuple[int, int], tuple[str | None, ...]] | None]:
    return [match and (match.span(), match.groups()) for match in found]


def test_guarded_patterns_give_what_the_patterns_alone_give():
    for text in GUARDED:
        assert _read(*index_name_words.trade_names(text)) == _read(*index_name_words._TRADE_NAME.finditer(text))
        assert source_accusations.alleges(text) == any(
            not source_accusations._NEGATED_BEFORE.search(text, max(0, m.start() - 30), m.start())
            and not source_accusations._NEGATED_AFTER.match(text, m.end())
            and not source_accusations._blames_a_thing(text, m)
            for m in source_accusations._ALLEGING.finditer(text)
        )
        assert credit_own_work._corrects(text) == bool(credit_own_work._CORRECTING.search(text))
        assert credit_own_work._may_name_piece(text) or not credit_own_work._OWN_PIECE.search(text)
        assert _read(index_body_words.described_business(text)) == _read(
            index_body_words._DESCRIBED_BUSINESS.match(text)
        )
    assert [text for text in GUARDED if list(index_name_words.trade_names(text))] == GUARDED[:6]
    assert [text for text in GUARDED if credit_own_work._corrects(text)] == GUARDED[10:12]
    assert source_accusations.alleges("The audit ſhowed fraud at the port.") and not source_accusations.alleges(
        "Ledgers showed no fraud."
    )


def test_a_sentence_without_a_guards_word_is_not_searched(monkeypatch):
    runs: list[tuple[str, str]] = []
    for module, name in (
        (index_name_words, "_TRADE_NAME"),
        (index_noticing, "_ACCUSED_NAME"),
        (index_noticing, "FILER"), (index_documents, "FILER"),
        (index_noticing, "AGE_AFTER_NAME"), (index_name_words, "AGE_AFTER_NAME"),
        (index_body_words, "_DESCRIBED_BUSINESS"),
        (source_accusations, "_ALLEGING"),
        (source_places, "_TOWN_OF"),
        (credit_own_work, "_CORRECTING"),
    ):
        monkeypatch.setattr(module, name, _Spy(getattr(module, name), name, runs))
    credit_own_work._corrects.cache_clear()
    plain = "Tom Vask met Dan Orr in Harlow on Tuesday."
    _seen(plain)
    assert not source_accusations.alleges(plain) and not credit_own_work._corrects(plain)
    assert runs == []
    _seen(*GUARDED)
    assert source_accusations.alleges(GUARDED[7]) and credit_own_work._corrects(GUARDED[10])
    assert {name for name, _ in runs} == {"_TRADE_NAME", "_ACCUSED_NAME", "FILER", "AGE_AFTER_NAME",
                                          "_DESCRIBED_BUSINESS", "_TOWN_OF", "_ALLEGING", "_CORRECTING"}
    monkeypatch.undo()
    credit_own_work._corrects.cache_clear()


def test_a_span_is_worked_out_once_for_display_whether_its_possessive_is_a_name_or_not(monkeypatch):
    worked = []
    stem = source_forms._display_stem.__wrapped__
    monkeypatch.setattr(source_forms, "_display_stem",
                        sources.lru_cache(maxsize=8)(lambda text, listed: worked.append(text) or stem(text, listed)))
    source_forms._display_source.cache_clear()
    assert source_forms.display_source("Halvard Bank's", True) == "Halvard Bank's"
    assert (
        source_forms.display_source("Halvard Bank's")
        == source_forms.display_source("Halvard Bank's", False)
        == "Halvard Bank"
    )
    assert source_forms.display_source("He's") == source_forms.display_source("He's", True) == "He"
    assert source_forms.display_source("who advised the mayor", True) == ""
    assert worked == ["Halvard Bank's", "He's", "who advised the mayor"]
    monkeypatch.undo()
    source_forms._display_source.cache_clear()


def test_a_name_written_nowhere_in_a_claim_is_not_searched_for_as_a_whole_word(monkeypatch):
    searched, search = [], re.search
    monkeypatch.setattr(denials.re, "search", lambda *args: searched.append(args[0]) or search(*args))
    assert not denial_sides.writes("Tom Vask denied the claim.", frozenset({"orvane", "dan orr"})) and searched == []
    assert not denial_sides.writes("Tom Vaskov denied it.", frozenset({"vask"})) and len(searched) == 1
    assert denial_sides.writes("Tom Vask denied it.", frozenset({"vask"}))


def test_a_sentence_is_read_once_for_its_uninvolved_clauses_whatever_its_spans(monkeypatch):
    from framing.document import Sentence, Span

    runs: list[tuple[str, str]] = []
    monkeypatch.setattr(credit_clauses, "UNINVOLVED", _Spy(credit_clauses.UNINVOLVED, "uninvolved", runs))
    credit_clauses._uninvolved_clauses.cache_clear()
    text = "Two scientists not involved in the study, Ada Roe and Tom Vask, said the work was sound."
    spans = [Span("source", 0, 14, "Two scientists"), Span("source", 19, 40, "involved in the study"),
             Span("source", 42, 49, "Ada Roe"), Span("source", 54, 62, "Tom Vask")]
    sentence = Sentence(text, 0, len(text), "attributed_claim", {}, tuple(spans))
    assert [credit_clauses.in_uninvolved_clause(span, sentence) for span in spans] == [False, True, False, False]
    assert runs == [("uninvolved", text)]
    plain = Sentence("Ada Roe said the work was sound.", 0, 32, "attributed_claim", {}, (spans[2],))
    assert not credit_clauses.in_uninvolved_clause(spans[2], plain) and len(runs) == 1  # no "not": not read
    monkeypatch.undo()
    credit_clauses._uninvolved_clauses.cache_clear()


def test_a_span_with_no_dash_before_it_is_not_read_for_a_dashed_clause(monkeypatch):
    from framing.document import Sentence, Span

    runs: list[tuple[str, str]] = []
    monkeypatch.setattr(credit_clauses, "_DASHED_CLAUSE", _Spy(credit_clauses._DASHED_CLAUSE, "dashed", runs))
    plain = "Ned Varga, chairman of the committee, said the review starts now."
    assert not credit_clauses.in_dashed_clause(
        Span("source", 0, 9, "Ned Varga"), Sentence(plain, 0, len(plain), "x", {})
    )
    assert runs == []
    dashed = "Ned Varga, chairman of the committee — where every spending review starts — said so."
    at = dashed.index("every")
    span = Span("source", at, at + len("every spending review starts"), "every spending review starts")
    assert credit_clauses.in_dashed_clause(span, Sentence(dashed, 0, len(dashed), "x", {})) and len(runs) == 1


class _Unread(list):
    """Sources credited so far that must not be read."""

    def __iter__(self):
        raise AssertionError("read")


def test_a_mention_with_no_firms_role_is_not_read_against_every_source_credited_before():
    assert denial_sides._firm_by_short_name("", "Nate Ellery", "nate ellery", _Unread(["grayfin research"])) == set()
    assert denial_sides._firm_by_short_name("", "Grayfin founder Nate Ellery", "nate ellery",
                                       ["grayfin research", "orvane holdings"]) == {"grayfin research"}
