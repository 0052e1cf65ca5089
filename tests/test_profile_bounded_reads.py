"""The reads before a source span that look only near it give what reading the sentence from its start gave.

build_profile once searched a sentence's whole text before each of its source spans, so a long sentence of many
spans took quadratic time; each such read now starts where a match may start. These tests compare each bounded read
with the whole-text one on invented sentences built from words that the patterns look for."""

import random
import re

import framing.credit_subjects as credit_subjects
import framing.profile as profile
import framing.source_index as source_index
from framing import (
    credit_clauses,
    credit_own_work,
    credit_quotes,
    credit_spans,
    index_body_words,
    index_documents,
    index_name_words,
    source_accusations,
    source_forms,
    source_keys,
)
from framing.document import Sentence, Span

_WORDS = ("the", "The", "a", "an", "his", "brother", "step-sisters", "great-grandchildren-in-law", "cousin,",
          "because", "anonymity", "not", "to", "be", "named", "first", "as", "reported", "report", "by", "in", "of",
          "obtained", "seen", "shared", "with", "this", "newspaper", "magazine,", "paper.", "Alliance", "Party",
          "Labour", "Nine", "News", "Tom", "Vell's", "(first", "Ostrova", "X.", ",", ";", "“", "İn", "ſeen",
          "14,000", "said", "denied", "x", "obtained by the", "seen  by this", "leaked to\nthe", "first reported by")
_SPACES = (" ", " ", " ", "  ", "\n", "\t ", " \u00a0", "")


def _texts(count: int, seed: int):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(_WORDS) + rng.choice(_SPACES) for _ in range(rng.randint(1, 14)))


def test_a_read_back_to_the_spaces_before_a_span_finds_what_a_search_from_the_start_finds():
    cases = [(credit_spans._ARTICLE_LEFT_OUT, 3), (source_index._THE_BEFORE, 3),
             (index_name_words._KIN_BEFORE, index_name_words._KIN_REACH), (credit_quotes._QUOTATION_ENDS, 2)]
    for text in _texts(3000, 1):
        for end in range(len(text) + 1):
            for pattern, reach in cases:
                found, whole = source_keys.search_before_space(pattern, text, end, reach), pattern.search(text, 0, end)
                assert (found and found.span()) == (whole and whole.span()), (pattern.pattern, text[:end])


def test_a_read_of_the_last_words_before_a_span_finds_what_a_search_from_the_start_finds():
    for text in _texts(3000, 2):
        for end in range(len(text) + 1):
            reported = index_documents._REPORTED_BEFORE.search(text[:end])
            assert index_documents.reported_before(text, end) == bool(reported), text[:end]
            found, whole = credit_spans._name_left_out(text, end), credit_spans._NAME_LEFT_OUT.search(text, 0, end)
            assert (found and found.span()) == (whole and whole.span()), text[:end]


def test_a_name_of_many_capitalised_words_after_the_is_read_whole():
    text = "Statement from the " + "Grand " * 40 + "Alliance Party said"
    found = credit_spans._name_left_out(text, text.index("Alliance"))
    assert found is not None and found.group(1) == "Grand " * 40


def _sentence(text: str, spans: tuple[Span, ...] = (), label: str = "attributed_claim") -> Sentence:
    return Sentence(text, 0, len(text), label, {label: 1.0}, spans)


def test_the_own_outlet_and_reason_checks_read_near_the_span_as_they_read_the_whole_sentence():
    def whole_outlet(span, sentence):
        end = span.end - sentence.start
        end += credit_spans.maker_after_access(span, sentence.text[end:])
        return credit_own_work._OWN_OUTLET_ACCESS.search(sentence.text, 0, end) is not None

    def whole_reason(span, sentence):
        head = sentence.text[:span.start - sentence.start]
        opens = None
        for opens in credit_clauses._REASON_OPENS.finditer(head):
            pass
        return (opens is not None and credit_clauses._ANONYMITY.search(head, 0, opens.end()) is not None
                and not credit_clauses._CLAUSE_CLOSED.search(head, opens.end()) and "," not in head[opens.end():])

    for text in _texts(1500, 3):
        for start, end in {(m.start(), m.end()) for m in re.finditer(r"\S+", text)}:
            span, sentence = Span("source", start, end, text[start:end]), _sentence(text)
            assert credit_own_work._own_outlet(span, sentence) == whole_outlet(span, sentence), (text, span)
            assert credit_clauses.in_reason_clause(span, sentence) == whole_reason(span, sentence), (text, span)
    shared = "Emails shared with the magazine ,  . said"
    assert credit_own_work._own_outlet(Span("source", 0, shared.index(" said"), shared[:shared.index(" said")]),
                               _sentence(shared))


def test_the_nearest_cue_is_the_one_reading_every_cue_finds_and_the_first_written_of_two_as_near():
    rng = random.Random(4)
    for _ in range(3000):
        spans = []
        for _ in range(rng.randint(0, 6)):
            start = rng.randint(0, 60)
            spans.append(Span(rng.choice(("cue", "cue", "source")), start, start + rng.randint(1, 8),
                              rng.choice(("said", "denied", "rejected"))))
        sentence = _sentence("x" * 80, tuple(spans), "official_denial")
        source = rng.choice(spans or [Span("source", 3, 9, "Roe")])
        cues = [c for c in spans if c.type == "cue"]
        nearest = min(cues, key=lambda c: profile._gap(c, source)) if cues else None
        assert credit_quotes._Cues(sentence).nearest(source) is nearest
        for wording in (None, credit_clauses.DENIAL_CUE):
            worded = [c for c in cues if wording is None or wording.search(c.text)]
            assert credit_quotes._Cues(sentence, wording).distance(source) == min(
                (profile._gap(c, source) for c in worded), default=float("inf"))


def test_a_span_speaks_itself_before_its_own_cue_or_no_word():
    text = "Moody's  said it; McDonald's.  Tesco's shares fell"
    cue = text.index("said")
    spans = (Span("source", 0, 7, "Moody's"), Span("cue", cue, cue + 4, "said"))
    sentence = _sentence(text, spans)
    starts = {cue}
    assert credit_subjects.speaks_itself(spans[0], sentence, starts)
    at = text.index("McDonald's")
    assert credit_subjects.speaks_itself(Span("source", at, at + 10, "McDonald's"), sentence, starts)
    at = text.index("Tesco's")
    assert not credit_subjects.speaks_itself(Span("source", at, at + 7, "Tesco's"), sentence, starts)


_RUN_WORDS = ("A.", "B.", "A.B.", "Juan", "Kessel", "Morgan", "Stanley's", "Wimpey’s", "Taylor", "“Big", "Al”",
              "\"Chico\"", "Marquez", "Shares", "shares", "stock", "of", "analysts", "at", "said", "its", "profits",
              "annual", "sales", "Families", "has", "have", "also", "jointly", "filed", "a", "suit", "lawsuit",
              "against", "the", "Tarrow", "now", "privately", "family", "still", "x", "x.", "&", "-", ",", "3.",
              "Shares of Morgan", "Taylor Wimpey's shares", "Kessel Ltd said its annual profits", "Juan \"Chico\" Al",
              "has also filed a suit against the Tarrow", "have filed a lawsuit against Kessel")
_RUN_SPACES = (" ", " ", " ", "  ", "\n", "")


def _run_texts(count: int, seed: int):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(_RUN_WORDS) + rng.choice(_RUN_SPACES) for _ in range(rng.randint(1, 12)))


def _spans(found) -> list[tuple[int, int]]:
    return [match.span() for match in found]


#: The patterns of a firm's name and a nickname as they were, read again from each capital of a run.
_FIRM_WRITTEN = re.compile(
    rf"(?<![\w'’-])(?:(?:[Ss]hares|[Ss]tock)\s+(?:of|in)|(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists)\s+at)\s+"
    rf"({index_body_words._FIRM_NAME})(?![\w'’-])"
    rf"|(?<![\w'’-])({index_body_words._FIRM_NAME})['’]s\s+(?:shares|stock)\b"
    rf"|(?<![\w'’-])({index_body_words._FIRM_NAME})\s+(?:said|says|reported|reports|posted|posts|announced)"
    rf"\s+(?:that\s+)?its\s+{index_body_words._FIRM_RESULTS}")
_NICKNAME = re.compile(r"(?P<before>(?<![\w'’-])[A-Z][\w'’.-]*(?<![’']s)[^\S\n]+)"
                       r"(?P<nick>[\"“][A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)?[\"”][^\S\n]+)(?=[A-Z])")


def test_a_pattern_read_once_a_run_finds_what_finditer_finds():
    for text in _run_texts(4000, 5):
        assert index_body_words.firms_in(text) == {
            source_keys.text_key(found.group(1) or found.group(2) or found.group(3))
            for found in _FIRM_WRITTEN.finditer(text)
        }, text
        assert source_keys.without_nickname(text) == _NICKNAME.sub(
            lambda found: found.group("before") + " " * len(found.group("nick")), text), text
        assert _spans(
            source_keys.runs_tried_once(
                source_accusations.ACTION_AGAINST, text, source_forms._WORD_START, source_forms._LEAD_RUN, at=1
            )
        ) == _spans(source_accusations.ACTION_AGAINST.finditer(text, 1)), text
        trailing, whole = credit_spans.trailing_adverbs(text), credit_spans._TRAILING_ADVERBS.search(text)
        assert (trailing and trailing.span()) == (whole and whole.span()), text


def test_a_pattern_read_once_a_run_still_finds_its_matches_inside_a_long_run():
    initials = "A." * 50
    assert index_body_words.firms_in(f"Shares of {initials}Kessel Holdings rose") == {
        source_keys.text_key(f"{initials}Kessel Holdings")}
    assert index_body_words.firms_in(f"{initials}Taylor Wimpey's shares fell") == {
        source_keys.text_key(f"{initials}Taylor Wimpey")}
    # a match that ends inside a run ("shares.") is read on from there, as from each capital before
    assert index_body_words.firms_in("Kessel Ltd's shares.Vask Ltd's shares fell") == {"kessel ltd", "vask ltd"}
    assert source_keys.without_nickname(f"{initials}Juan \"Chico\" Marquez") == f"{initials}Juan         Marquez"
    assert credit_spans.trailing_adverbs("Kessel " + "also " * 50 + "x") is None
    assert credit_spans.trailing_adverbs("Kessel x" + " also" * 50).start() == len("Kessel x")


def test_a_clause_of_time_after_he_said_is_found_as_reading_every_cue_from_the_start_found():
    def whole(span, sentence):
        at, text = sentence.start, sentence.text
        return any(cue.type == "cue" and cue.end <= span.start
                   and credit_subjects._PRONOUN_BEFORE_CUE.search(text, 0, cue.start - at)
                   and credit_subjects._WHEN_CLAUSE_AFTER_CUE.match(text, cue.end - at, span.start - at)
                   for cue in sentence.spans)

    words = ("he", "she", "He", "said", "told", "after", "while", "federal", "prosecutor", "Dan", "Orr", ",", ";",
             "“", "”", "\"", "the", "theshe", "x")
    rng = random.Random(6)
    for _ in range(3000):
        text, bounds = "", []
        for word in (rng.choice(words) for _ in range(rng.randint(2, 16))):
            text += rng.choice((" ", " ", "  ", "")) if text else ""
            bounds.append((len(text), len(text) + len(word)))
            text += word
        spans = tuple(Span(rng.choice(("cue", "cue", "source")), start + 5, end + 5, text[start:end])
                      for start, end in rng.sample(bounds, min(len(bounds), rng.randint(1, 6))))
        sentence = Sentence(text, 5, 5 + len(text), "attributed_claim", {"attributed_claim": 1.0}, spans)
        said_after = credit_subjects.cues_after_pronoun(sentence)
        for span in spans:
            assert credit_subjects.in_clause_after_pronoun_said(span, sentence, said_after) == whole(span, sentence), (
                text, span)


def test_the_subjects_a_cue_reports_are_those_reading_every_cue_and_span_for_each_span_finds():
    def whole(span, sentence, spans):
        at, text = sentence.start, sentence.text
        if credit_quotes._REPORTED_VERB.match(text, span.end - at) is None:
            return False
        cue = next((c for c in sentence.spans if c.type == "cue"
                    and at + credit_clauses.end_of(credit_quotes._SPACES_THAT, text, c.end - at) == span.start), None)
        return cue is not None and any(
            other is not span
            and other.end <= cue.start
            and at + credit_clauses.end_of(credit_quotes._SPACES_OR_COMMAS, text, other.end - at) == cue.start
            for other in spans
        )

    words = ("His", "lawyer", ",", "Petra", "Quinlan", "said", "that", "Stavros", "denies", "the", "charges", "told")
    rng = random.Random(7)
    for _ in range(3000):
        text, bounds = "", []
        for word in (rng.choice(words) for _ in range(rng.randint(2, 14))):
            text += rng.choice((" ", " ", "  ", "")) if text else ""
            bounds.append((len(text), len(text) + len(word)))
            text += word
        marked = tuple(Span(rng.choice(("cue", "source", "source")), start + 3, end + 3, text[start:end])
                       for start, end in rng.sample(bounds, min(len(bounds), rng.randint(1, 7))))
        sentence = Sentence(text, 3, 3 + len(text), "attributed_claim", {"attributed_claim": 1.0}, marked)
        spans = [span for span in marked if span.type == "source"]
        assert credit_quotes._reported_subjects(spans, sentence) == [
            span for span in spans if whole(span, sentence, spans)], text


def test_the_last_dash_and_comma_before_a_span_are_those_a_read_from_the_start_finds():
    words = ("Ned", "Varga", ",", "1,000", "2,", "—", "–", "--", "-", "---", "where", "which", "every", "review",
             "starts", "said", "x")
    rng = random.Random(8)
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice((" ", " ", "", "  ")) for _ in range(rng.randint(1, 14)))
        for end in range(len(text) + 1):
            head = text[:end]
            assert credit_clauses._last_clause_comma(head) == max(
                (found.start() for found in credit_clauses._CLAUSE_COMMA.finditer(head)), default=-1), head
            stop = rng.randint(end, len(text))
            span, sentence = Span("source", end, stop, text[end:stop]), _sentence(text)
            whole = credit_clauses._DASHED_CLAUSE.search(head)
            assert credit_clauses.in_dashed_clause(span, sentence) == (
                whole is not None and bool(head[:whole.start()].strip())
                and credit_clauses._DASH_CLOSING.match(text, span.end) is not None), head
