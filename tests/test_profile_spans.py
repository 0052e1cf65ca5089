"""Profile and span post-processing on hand-built sentences."""

import logging
import re

import numpy as np
import pytest

import framing
from conftest import make_tiny
from framing.document import Sentence, Span
from framing.profile import build_profile, normalise_source
from framing.spans import decode_spans, quotations, quoted_regions, writer_voice_only

LABELS = ("reported_fact", "attributed_claim", "official_denial", "editorial_opinion")


def sent(text, label, start, spans=()):
    return Sentence(text, start, start + len(text), label, {l: float(l == label) for l in LABELS}, tuple(spans))


def test_normalise_source():
    assert normalise_source("The Foreign Ministry's") == "foreign ministry"
    assert normalise_source("  the  NGO ") == "ngo"


def test_profile_credits_continuations_and_pairs_denials():
    s = [
        sent("The NGO said the offices spy on residents.", "attributed_claim", 0, [Span("source", 0, 7, "The NGO")]),
        sent("The ministry denied it.", "official_denial", 43, [Span("source", 43, 55, "The ministry")]),
        sent("They help people renew licences.", "official_denial", 67),
        sent("This is a notorious scheme.", "editorial_opinion", 100, [Span("loaded", 110, 119, "notorious")]),
    ]
    p = build_profile(s, LABELS)
    assert p["counts"] == {"reported_fact": 0, "attributed_claim": 1, "official_denial": 2, "editorial_opinion": 1}
    sources = {x["source"]: x for x in p["sources"]}
    assert sources["ministry"]["sentences"] == 2 and sources["ministry"]["denies"]
    assert not sources["ngo"]["denies"]
    assert p["loaded_phrases"] == [{"text": "notorious", "count": 1}]
    assert p["unsourced_sentences"] == [3] and p["unsourced_evaluative_share"] == 0.25
    assert p["denials"][0] == {"denial": 1, "source": "ministry", "allegation": 0}


def test_a_loaded_phrase_written_with_an_article_or_over_a_line_break_counts_once():
    text = ("The fence is a clear violation of the treaty. It is a shameless\nattempt to win votes. A clear\n"
            "violation demands a reply. Clear violation, said nobody. A shameless attempt, again.")
    sentences, start = [], 0
    for words, phrase in (("The fence is a clear violation of the treaty.", "a clear violation"),
                          ("It is a shameless\nattempt to win votes.", "shameless\nattempt"),
                          ("A clear\nviolation demands a reply.", "A clear\nviolation"),
                          ("Clear violation, said nobody.", "Clear violation"),
                          ("A shameless attempt, again.", "shameless attempt")):
        start = text.index(words, start)
        at = start + words.index(phrase)
        sentences.append(sent(words, "editorial_opinion", start, [Span("loaded", at, at + len(phrase), phrase)]))
    assert build_profile(sentences, LABELS, text)["loaded_phrases"] == [
        {"text": "clear violation", "count": 3}, {"text": "shameless attempt", "count": 2}]


def test_decode_bio_tags_to_offsets():
    text = "The ministry said no."
    offsets = np.array([[0, 3], [4, 12], [13, 17], [18, 20], [20, 21]])
    tags = np.zeros((5, 4), dtype=np.int8)
    tags[0, 0], tags[1, 0] = 1, 2  # source: "The ministry"
    tags[2, 1] = 1  # cue: "said"
    spans = decode_spans(tags, offsets, ("source", "cue", "content", "loaded"), text, shift=100)
    assert [(s.type, s.start, s.end, s.text) for s in spans] == [
        ("source", 100, 112, "The ministry"), ("cue", 113, 117, "said")]


def test_a_lone_particle_or_function_word_is_not_a_span():
    text = "They kept carrying out raids on the town, a brazen act."
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    offsets = np.array(words)
    tags = np.zeros((len(words), 4), dtype=np.int8)
    index = {text[a:b]: k for k, (a, b) in enumerate(words)}
    tags[index["out"], 3] = 1  # the particle alone
    tags[index["the"], 3] = 1  # an article alone
    tags[index["brazen"], 3] = 1
    tags[index["act"], 3] = 2
    spans = decode_spans(tags, offsets, ("source", "cue", "content", "loaded"), text, shift=0)
    assert [(s.type, s.text) for s in spans] == [("loaded", "brazen act")]


def test_the_as_of_a_two_piece_cue_is_kept():
    text = "The minister described the report as a fabrication."
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    tags = np.zeros((len(words), 4), dtype=np.int8)
    index = {text[a:b]: k for k, (a, b) in enumerate(words)}
    tags[index["described"], 1] = 1
    tags[index["as"], 1] = 1
    tags[index["as"], 3] = 1  # a lone "as" is no loaded phrase
    spans = decode_spans(tags, np.array(words), ("source", "cue", "content", "loaded"), text, shift=0)
    assert [(s.type, s.text) for s in spans] == [("cue", "described"), ("cue", "as")]


def test_loaded_words_in_quotes_belong_to_the_source():
    text = 'He called it "a notorious scheme" and the notorious plan went ahead.'
    quotes = quoted_regions(text)
    inside = Span("loaded", text.index("notorious"), text.index("notorious") + 9, "notorious")
    second = text.index("notorious", inside.end)
    outside = Span("loaded", second, second + 9, "notorious")
    assert writer_voice_only([inside, outside], quotes) == [outside]


def spans_from_words(text, marks, n_types=4):
    """Decode hand-set tags: ``marks`` maps (first word, last word, type index) over word tokens."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    tags = np.zeros((len(words), n_types), dtype=np.int8)
    for first, last, t in marks:
        tags[first, t] = 1
        tags[first + 1:last + 1, t] = 2
    return decode_spans(tags, np.array(words), ("source", "cue", "content", "loaded"), text, shift=0)


def test_quoted_regions_of_every_kind():
    def regions(text):
        return [text[a:b] for a, b in quoted_regions(text)]

    # an unclosed curly quote ends at the paragraph break, not at the end of the text
    assert regions("He called it “a disastrous mistake.\n\nThe brazen scheme went on.") == [
        "“a disastrous mistake."]
    # an inch mark opens nothing; the real quote later in the line is found
    assert regions('Police seized a 12" knife. "It was terrifying," a neighbour said.') == ['"It was terrifying,"']
    # single quotes, with apostrophes inside words left alone
    assert regions("They live under a ‘brazen, disgraceful’ regime and don’t like it.") == [
        "‘brazen, disgraceful’"]
    assert regions("The union said ‘we don’t know’ today.") == ["‘we don’t know’"]
    assert regions("He called it 'a total sham' and Trump's team didn't.") == ["'a total sham'"]
    # low-high quotes close on the high mark
    assert regions("Sie nannten es „ein Skandal“ und gingen.") == ["„ein Skandal“"]
    assert regions("Marchers chanted «nous restons» all night.") == ["«nous restons»"]


def test_a_loaded_span_touching_a_quote_is_the_source_s():
    text = "They live under a “brazen, disgraceful” regime, a brazen policy."
    quotes = quoted_regions(text)
    start = text.index("brazen")
    partial = Span("loaded", start, text.index("regime") + 6, text[start:text.index("regime") + 6])
    second = text.index("brazen policy")
    writer = Span("loaded", second, second + 13, "brazen policy")
    assert writer_voice_only([partial, writer], quotes) == [writer]


def test_span_edges_are_trimmed_but_abbreviations_and_hyphenated_words_kept():
    text = "«Our march was peaceful,» said officials in the U.S. about a disgraceful affront to the so-called reform."
    words = [text[m.start():m.end()] for m in re.finditer(r"\w+|[^\w\s]", text)]
    at = {w: k for k, w in enumerate(words)}
    spans = spans_from_words(text, [
        (0, at[","] + 1, 2),                          # content: «Our march was peaceful,»
        (at["officials"], at["S"] + 1, 0),            # source: officials in the U.S.
        (at["a"], at["to"], 3),                       # loaded: a disgraceful affront to
        (at["called"], at["reform"], 3),              # loaded starting inside "so-called"
    ])
    got = {(s.type, s.text) for s in spans}
    assert ("content", "Our march was peaceful") in got
    assert ("source", "officials in the U.S.") in got
    assert ("loaded", "a disgraceful affront") in got
    assert ("loaded", "so-called reform") in got


def test_a_span_never_ends_inside_a_letter_and_its_combining_accent():
    text = "Opposition leader Rene\u0301 said the vote was rigged."
    words = [text[m.start():m.end()] for m in re.finditer(r"\w+|[^\w\s]", text)]
    assert words[2] == "Rene"  # the accent is a word of its own to the tokenizer's pattern
    spans = spans_from_words(text, [(0, 2, 0)])  # tagged up to "Rene", without the accent
    assert [(s.type, s.text) for s in spans] == [("source", "Opposition leader Rene\u0301")]


def test_a_source_typed_with_a_combining_accent_is_the_same_source():
    assert normalise_source("Rene\u0301 Dubois") == normalise_source("Ren\u00e9 Dubois") == "ren\u00e9 dubois"


def test_a_span_holding_one_mark_of_a_pair_takes_in_the_other_beside_it():
    text = 'The firm (finance arm) said the report was “a fabrication.” and "rigged" too.'
    words = [text[m.start():m.end()] for m in re.finditer(r"\w+|[^\w\s]", text)]
    at = {w: k for k, w in enumerate(words)}
    spans = spans_from_words(text, [
        (at["firm"], at["arm"] + 1, 0),                # source: firm (finance arm
        (at["report"], at["fabrication"] + 1, 2),      # content: report was “a fabrication
        (at["and"], at["rigged"], 2),                  # content: and "rigged
    ])
    got = {(s.type, s.text) for s in spans}
    assert ("source", "firm (finance arm)") in got
    assert ("content", "report was “a fabrication.”") in got
    assert ("content", 'and "rigged"') in got
    assert all(text[s.start:s.end] == s.text for s in spans)


@pytest.mark.parametrize("text, first, last, expected", [
    ("Olm called the closure 'a shameful betrayal'. Then she left.", "the closure", "betrayal",
     "the closure 'a shameful betrayal'"),
    ("Olm called the closure ‘a shameful betrayal’. Then she left.", "the closure", "betrayal",
     "the closure ‘a shameful betrayal’"),
    ("Olm called the closure 'a shameful betrayal'. Then she left.", "a shameful", "'. Then", "a shameful betrayal"),
    ("The tax code is ''unfair'', Olm said.", "The tax", "unfair", "The tax code is ''unfair''"),  # doubled marks
    ("''It is unfair'' to workers, Olm said.", "It", "workers", "''It is unfair'' to workers"),
    # starting inside one quotation and running into the next: both quotations whole
    ("Critics called it 'a disgrace' and 'a farce'.", "disgrace", "farce", "'a disgrace' and 'a farce'"),
    ("Critics called it 'a total disgrace' and 'a farce'.", "total", "and", "'a total disgrace' and"),
    # starting deep inside a quotation: cut to start after its closing mark
    ("Olm called it 'a plan that will do lasting harm to the name of this harbour' and then left.", "harbour",
     "left", "and then left"),
    ("Olm called the workers' closure a shameful betrayal.", "the workers", "betrayal",
     "the workers' closure a shameful betrayal"),  # an apostrophe, no quotation
])
def test_a_span_holds_both_single_quotation_marks_or_neither(text, first, last, expected):
    assert _tagged(text, [(2, first, last)]) == [("content", expected)]


def test_a_loaded_span_starting_deep_inside_a_quotation_keeps_only_what_follows_it():
    text = "Olm called it 'a plan that will do lasting harm to the name of this harbour' and then fled the room."
    assert _tagged(text, [(3, "harbour", "fled")]) == [("loaded", "then fled")]


def test_content_stops_where_its_source_starts():
    text = '"We were never told," the union\'s chairwoman, Dana Feld, said.'
    words = [text[m.start():m.end()] for m in re.finditer(r"\w+|[^\w\s]", text)]
    at = {w: k for k, w in enumerate(words)}
    spans = spans_from_words(text, [
        (0, at["union"], 2),                          # content running on into the source
        (at["the"], at["Feld"], 0),                   # source: the union's chairwoman, Dana Feld
    ])
    got = {(s.type, s.text) for s in spans}
    assert got == {("content", "We were never told"), ("source", "the union's chairwoman, Dana Feld")}


def test_content_on_both_sides_of_its_source_and_cue_is_kept():
    text = '"We will fight," Smith said, "until the end."'
    words = [text[m.start():m.end()] for m in re.finditer(r"\w+|[^\w\s]", text)]
    at = {w: k for k, w in enumerate(words)}
    spans = spans_from_words(text, [
        (0, len(words) - 1, 2),                      # content over the whole sentence
        (at["Smith"], at["Smith"], 0),               # source
        (at["said"], at["said"], 1),                 # cue
    ])
    got = sorted((s.type, s.text) for s in spans)
    assert got == [("content", "We will fight"), ("content", "until the end"), ("cue", "said"), ("source", "Smith")]
    assert all(text[s.start:s.end] == s.text for s in spans)


def test_normalise_source_strips_titles_quotes_and_appositives():
    assert normalise_source("Mr. Vasko") == "vasko"
    assert normalise_source("«Reuters»") == "reuters"
    assert normalise_source("Mara Lind, the group's director") == "mara lind"
    assert normalise_source("the board's lawyer, Tom Reyes") == "tom reyes"
    assert normalise_source("union general secretary Tomas Brandt") == "tomas brandt"
    assert normalise_source("the Ministry of Foreign Affairs") == "ministry of foreign affairs"
    assert normalise_source("Spokesman Dorin Vasko") == "dorin vasko"


def test_a_denial_does_not_inherit_the_accuser_and_is_not_paired_with_its_own_words():
    s = [
        sent("Civic Compass said the ministry runs secret offices.", "attributed_claim", 0,
             [Span("source", 0, 13, "Civic Compass")]),
        sent("In a statement, it called those claims absurd.", "official_denial", 53),
    ]
    p = build_profile(s, LABELS)
    assert [x["source"] for x in p["sources"]] == ["civic compass"]
    assert not p["sources"][0]["denies"]
    assert p["denials"] == [{"denial": 1, "source": None, "allegation": 0}]

    s = [
        sent("Rights groups said the offices spy on residents.", "attributed_claim", 0,
             [Span("source", 0, 13, "Rights groups")]),
        sent("Spokesman Dorin Vasko said the offices teach languages.", "attributed_claim", 49,
             [Span("source", 49, 70, "Spokesman Dorin Vasko")]),
        sent("“It is a fabrication,” Vasko added.", "official_denial", 105, [Span("source", 127, 132, "Vasko")]),
    ]
    p = build_profile(s, LABELS)
    sources = {x["source"]: x for x in p["sources"]}
    assert sources["dorin vasko"]["sentences"] == 2 and sources["dorin vasko"]["denies"]
    assert "vasko" not in sources  # the bare surname is the full name seen before
    assert p["denials"] == [{"denial": 2, "source": "dorin vasko", "allegation": 0}]


def test_a_model_without_the_profile_s_label_names_warns_on_load(tmp_path, caplog):
    folder = make_tiny(tmp_path / "custom", labels=("claim", "denial", "fact", "opinion"))
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        analyzer = framing.load(folder, device="cpu")
    assert "attributed_claim, official_denial, editorial_opinion" in caplog.text
    assert "find no sources, denials, unsourced evaluative claims (their share is null)" in caplog.text
    profile = analyzer.analyze("The agency denied the report. Critics called it a disgrace.").profile
    assert profile["sources"] == [] and profile["denials"] == []
    assert profile["unsourced_evaluative_share"] is None


def test_a_model_with_some_of_the_profile_s_labels_is_warned_of_what_it_loses_alone(tmp_path, caplog):
    folder = make_tiny(tmp_path / "three", labels=("reported_fact", "attributed_claim", "official_denial"))
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        analyzer = framing.load(folder, device="cpu")
    assert caplog.text.count("lack editorial_opinion") == 1
    assert "find no unsourced evaluative claims (their share is null)" in caplog.text
    assert analyzer.analyze("The agency denied the report.").profile["unsourced_evaluative_share"] is None


def test_a_model_with_the_profile_s_label_names_loads_without_warning(tiny_dir, caplog):
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        framing.load(tiny_dir, device="cpu")
    assert "lack" not in caplog.text


def _tagged(text, marks):
    """Spans decoded from tags set on whole words: ``marks`` maps (type index, first word, last word)."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    tags = np.zeros((len(words), 4), dtype=np.int8)
    starts = [a for a, _ in words]
    for kind, first, last in marks:
        lo, hi = starts.index(text.index(first)), starts.index(text.index(last))
        tags[lo, kind] = 1
        tags[lo + 1:hi + 1, kind] = 2
    return [(s.type, s.text) for s in decode_spans(tags, np.array(words), ("source", "cue", "content", "loaded"),
                                                   text, shift=0)]


def test_a_source_cut_after_of_takes_in_the_name_and_one_cut_after_another_function_word_ends_before_it():
    text = "The Ministry of Defence of Valdoria rejected the report."
    assert _tagged(text, [(0, "The", "of")]) == [("source", "The Ministry of Defence of Valdoria")]
    text = "Officials in the capital said the talks failed."
    assert _tagged(text, [(0, "Officials", "in")]) == [("source", "Officials")]
    text = "A spokesman for the ministry said no."  # nothing capitalised follows: the "for" goes
    assert _tagged(text, [(0, "A", "for")]) == [("source", "A spokesman")]


def test_a_source_cut_after_of_takes_in_a_name_not_a_whole_list_of_names():
    names = " ".join(["Ostrava"] * 400)
    text = f"Officials of {names} said the claim was false."
    assert _tagged(text, [(0, "Officials", "of")]) == [("source", "Officials of" + " Ostrava" * 6)]
    text = "The Office of the High Commissioner for Human Rights and the Interior said so."
    assert _tagged(text, [(0, "The", "of")]) == [
        ("source", "The Office of the High Commissioner for Human Rights and the Interior")]


def test_a_lone_adverb_or_negation_is_no_loaded_phrase():
    text = "It was so, without doubt, a shameful day and no one came."
    assert _tagged(text, [(3, "so", "so"), (3, "without", "without"), (3, "no", "no"),
                          (3, "shameful", "shameful")]) == [("loaded", "shameful")]


@pytest.mark.parametrize("last", ["from", "into", "onto", "about", "towards", "toward", "upon", "than", "that",
                                  "across", "without", "beside"])  # before, "beside" stayed: "utterly beside"
def test_a_loaded_span_never_ends_on_a_preposition_or_conjunction(last):
    text = f"It was a disgraceful silence {last} the council."
    assert _tagged(text, [(3, "a disgraceful", last)]) == [("loaded", "a disgraceful silence")]


@pytest.mark.parametrize("text, first, last, expected", [
    ("The mayor lashed out at the press.", "lashed", "out", "lashed out"),
    ("He kept banging on about the press.", "banging", "about", "banging on about"),  # "about" after a verb
    ("The cuts brought about a crisis.", "cuts", "about", "cuts brought about"),
    ("The change came about overnight.", "change", "about", "change came about"),
    # after another verb "about" opens what the span left out
    ("The board shamelessly lied about the cuts.", "shamelessly", "about", "shamelessly lied"),
    ("Residents were outraged about the cuts.", "outraged", "about", "outraged"),
    ("Reading about the shameful cuts was hard.", "Reading", "about", "Reading"),
    ("They knew nothing about the shameful cuts.", "nothing", "about", "nothing"),
])
def test_a_loaded_span_keeps_a_verb_s_particle_at_its_end(text, first, last, expected):
    assert _tagged(text, [(3, first, last)]) == [("loaded", expected)]


def _quoted(text):
    return [text[a:b] for a, b in quoted_regions(text)]


@pytest.mark.parametrize("decade", ["'", "‘", "’", "19"])
def test_an_apostrophe_before_a_number_makes_no_quotation_even_with_a_plural_possessive_after_it(decade):
    text = (f"Ever since the {decade}80s the junta has run a cruel and cynical purge of its rivals, and "
            "reformers' pleas went ignored.")
    assert _quoted(text) == []
    assert _quoted(text.replace("reformers'", "reformers’")) == []
    # so a loaded phrase between them stays the writer's, however the decade is typed
    start = text.index("cruel and cynical")
    loaded = Span("loaded", start, start + 17, "cruel and cynical")
    assert writer_voice_only([loaded], quoted_regions(text)) == [loaded]


def test_an_elided_word_opens_no_quotation_but_a_real_single_quote_still_does():
    assert _quoted("The 'Ndrangheta runs a vicious racket that squeezes growers' co-ops dry.") == []
    assert _quoted("Rock 'n' roll fans chased 'em out 'til dawn 'cause the hall's owners' lawyers came.") == []
    # British style: a quotation opening the sentence, closed before its speaker
    assert _quoted("'We broke no rule,' the mayor said.") == ["'We broke no rule,'"]
    # a quotation ending on "s'" closes there, whatever word follows it
    assert _quoted("He called the traders 'vultures' and walked out.") == ["'vultures'"]
    assert _quoted("He called the traders ‘vultures’ and walked out.") == ["‘vultures’"]
    assert _quoted("Critics called the deal 'a mess' last week.") == ["'a mess'"]
    assert _quoted("'Chaos' reigned at the summit. This plan is a shameful betrayal.") == ["'Chaos'"]


def test_an_apostrophe_before_a_decade_opens_no_quotation_beside_a_real_one():
    assert _quoted("Bands of the '90s ruled, critics said 'it was a mess' then.") == ["'it was a mess'"]
    assert _quoted("Bands of the ‘90s ruled, critics said ‘it was a mess’ then.") == ["‘it was a mess’"]
    # inside a quotation, a decade's apostrophe neither closes it nor opens another
    assert _quoted("'Bands of the '90s ruled the charts,' the critic said.") == [
        "'Bands of the '90s ruled the charts,'"]


def test_an_unclosed_quotation_over_crlf_lines_is_found_in_linear_time():
    # each CRLF once matched two ways, so an unclosed quotation backtracked exponentially in the lines
    line = "The council met on Tuesday to discuss the budget and the new plan"
    text = "Officials called it a 'reform of the rules.\r\n" + "\r\n".join([line] * 400)
    assert _quoted(text) == [] and _quoted(text.replace("\r\n", "\n")) == []


def test_a_single_quote_ends_unclosed_where_another_opens_but_holds_one_nested_in_it():
    # "the 'burbs" is an apostrophe; the quotation is the next sentence's
    text = "Life in the 'burbs is dull. 'Nothing ever happens,' a resident said."
    assert _quoted(text) == ["'Nothing ever happens,'"]
    text = "The coach said, 'My aunt told me 'never quit' and I never did. Not once.' Then he left."
    assert _quoted(text) == ["'My aunt told me 'never quit' and I never did. Not once.'"]


@pytest.mark.parametrize("opener, closer", [("'", "'"), ("‘", "’"), ("“", "”"), ('"', '"')])
def test_a_quotation_over_paragraphs_reopened_in_each_runs_to_each_paragraph_s_end(opener, closer):
    text = (f"The board met on Friday.\n\n{opener}We broke no rule. This audit is a spiteful vendetta.\n\n"
            f"{opener}Every tender was fair,{closer} said Anna Brenner.\n\nThe audit goes on.")
    assert _quoted(text) == [f"{opener}We broke no rule. This audit is a spiteful vendetta.",
                             f"{opener}Every tender was fair,{closer}"]


def test_german_guillemets_turned_round_quote_as_french_ones_do():
    assert _quoted("She wrote: »The ministry is a shameless band of liars.«") == [
        "»The ministry is a shameless band of liars.«"]
    assert _quoted("»Das Amt hat gelogen«, sie schrieb, »und zwar ›dreist‹.«") == [
        "»Das Amt hat gelogen«", "»und zwar ›dreist‹.«"]
    assert _quoted("Er nannte es ›eine Farce‹") == ["›eine Farce‹"]  # the ‹ that closes it ends its line
    assert _quoted("›eine Farce‹ und ›ein Skandal‹, sagte er.") == ["›eine Farce‹", "›ein Skandal‹"]
    text = "She wrote: »The ministry lied.«"
    assert [text[a:b] for a, b in quotations(text, quoted_regions(text))] == ["»The ministry lied.«"]  # it closes
    # French and Swiss copy, spaced or not, still open with « and close with »
    assert _quoted("Il a dit « c'est faux » et « c'est fini ».") == ["« c'est faux »", "« c'est fini »"]
    assert _quoted("Il a dit «c'est faux» et «c'est fini».") == ["«c'est faux»", "«c'est fini»"]
    assert _quoted("Il a dit ‹non› et ‹oui›.") == ["‹non›", "‹oui›"]


def test_an_unclosed_guillemet_ends_at_the_paragraph_break():
    assert _quoted("Il a dit «c'est fini.\n\nThe cruel junta stayed.") == ["«c'est fini."]
    assert _quoted("Il a dit «c'est\nfini» hier.") == ["«c'est\nfini»"]


def test_a_mark_left_open_is_a_quotation_only_where_the_next_paragraph_reopens_one():
    def counted(text):
        return [text[a:b] for a, b in quotations(text, quoted_regions(text))]

    # a stray mark: the rest of its paragraph is the writer's
    assert counted('Ola Berg said the closures were "regrettable. It is a shameful act.\n\n'
                   'The vote was 31 to 22.') == []
    assert counted("Ola Berg called it “regrettable. It is a shameful act.") == []
    # news style: each paragraph of a long quotation reopens it, and only the last closes it
    text = 'Ola Berg said: "It is a shameful act.\n\n"The port deserves better.\n\n"We will appeal," she said.'
    assert counted(text) == ['"It is a shameful act.', '"The port deserves better.', '"We will appeal,"']
    # reopened but never closed: the last paragraph left open is the writer's; closed ones always count
    text = "Ola Berg said: “It is a shameful act.\n\n“The port deserves better.\n\nThe vote was 31 to 22."
    assert counted(text) == ["“It is a shameful act."]
    assert counted('He called it "a farce.\n\nThe port, she said, is "doomed" now.') == ['"doomed"']


def test_the_analyzer_reads_a_mark_left_open_alike_for_loaded_words_and_unsourced_opinion(bundled):
    stray = ('The harbour master, Ola Berg, said the closures were "regrettable. It is a shameful decision that will '
             'haunt the port.\n\nThe vote was 31 to 22.')
    doc = bundled.analyze(stray)
    assert doc.profile["unsourced_sentences"] == [1]  # the writer's opinion, so its loaded words are the writer's
    assert any(span.type == "loaded" for span in doc.sentences[1].spans) and doc.profile["loaded_phrases"]
    reopened = stray.replace("were \"regrettable.", "were regrettable: \"They are regrettable.").replace(
        "The vote was", '"We will appeal," she said.\n\nThe vote was')
    doc = bundled.analyze(reopened)
    assert doc.sentences[1].text.startswith("It is a shameful decision")
    assert doc.profile["unsourced_sentences"] == [] and doc.profile["loaded_phrases"] == []  # Ola Berg's words


def test_a_straight_quotation_runs_over_a_single_line_break_but_not_a_paragraph_break():
    text = '"The junta is cruel and venal. It is a sordid farce that\nno one has quit," said Ola Berg.'
    assert _quoted(text) == [text[:text.index(" said")]]
    assert _quoted('"The junta is cruel.\n\nNo one has quit.') == ['"The junta is cruel.']


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_kind_of_line_ending_is_a_line_break_to_quotations(newline):
    line, blank = newline, newline * 2
    assert _quoted(f"He called it “a cruel farce.{blank}The venal junta stayed.") == ["“a cruel farce."]
    assert _quoted(f'"A cruel farce.{blank}The venal junta stayed.') == ['"A cruel farce.']
    assert _quoted(f"He said «a cruel farce.{blank}The venal junta stayed.") == ["«a cruel farce."]
    assert _quoted(f"He said ‹a cruel{line}farce› today.") == []
    assert _quoted(f'"A cruel{line}farce," he said.') == [f'"A cruel{line}farce,"']
    assert _quoted(f"Board met.{blank}'We broke no rule.{blank}'It was fair,' said Anna Brenner.") == [
        "'We broke no rule.", "'It was fair,'"]


def test_a_line_of_unclosed_single_guillemets_opens_nothing_and_leaves_the_quotations_around_it():
    from framing.segment import _hide_unclosed_angles

    strays = "‹no " * 20000
    text = (f"He called it ‹a farce› and “a {strays}sham” today.\n‹the ‹last› word› on it, {strays}\n"
            f"‹New line› and ‹{strays}open to the end.")
    assert _quoted(text) == ["‹a farce›", f"“a {strays}sham”", "‹the ‹last›", "‹New line›"]
    # the quote pattern reads only the ‹ that close on their line, so no stray one is scanned from
    hidden = _hide_unclosed_angles(text)
    assert len(hidden) == len(text) and hidden.count("‹") == 4
    assert all(a == b or a == "‹" for a, b in zip(text, hidden))


@pytest.mark.parametrize("hidden", ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_an_invisible_character_inside_a_word_does_not_cut_a_span(hidden):
    text = f"It was a das{hidden}tardly raid on the town."
    start = text.index("tardly")
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    first = next(k for k, (a, _) in enumerate(words) if a == start)
    spans = spans_from_words(text, [(first, first, 3)])
    assert [(s.type, s.text) for s in spans] == [("loaded", f"das{hidden}tardly")]


def spans_over(text, marks, n_types=4):
    """Decode hand-set tags on hand-set tokens: ``marks`` lists (start, end, type index), one token each."""
    marks = sorted(marks)
    tags = np.zeros((len(marks), n_types), dtype=np.int8)
    for k, (_, _, t) in enumerate(marks):
        tags[k, t] = 1
    offsets = np.array([(a, b) for a, b, _ in marks])
    return decode_spans(tags, offsets, ("source", "cue", "content", "loaded"), text, shift=0)


def _cut_at_apostrophe(text, k):
    return 0 < k < len(text) and text[k - 1].isalpha() and text[k] in "'’" or (
        1 < k < len(text) and text[k - 2].isalpha() and text[k - 1] in "'’" and text[k].isalpha())


def test_a_span_never_starts_or_ends_inside_a_word_at_an_apostrophe():
    text = "The town's poorest families lost out, the mayor’s reckless plan hurt O'Neill's staff."
    words = [text[m.start():m.end()] for m in re.finditer(r"\w+|[^\w\s]", text)]
    at = {w: k for k, w in enumerate(words)}
    spans = spans_from_words(text, [
        (at["town"] + 2, at["families"], 3),          # loaded from the "s" of "town's"
        (at["’"], at["plan"], 3),                     # loaded from the apostrophe of "mayor’s"
        (at["Neill"], at["Neill"], 0),                # source: "Neill" of "O'Neill's", cut at both ends
        (at["’"] + 1, at["’"] + 1, 2),                # content: the lone "s" of "mayor’s", so none
    ])
    assert sorted((s.type, s.text) for s in spans) == [
        ("loaded", "poorest families"), ("loaded", "reckless plan"), ("source", "O'Neill's")]
    assert not any(_cut_at_apostrophe(text, k) for s in spans for k in (s.start, s.end))


FAMILY = "\U0001F468\u200d\U0001F469\u200d\U0001F467"  # man, woman and girl joined by zero-width joiners: one emoji


def _range(text, first, last):
    """``(start, end)`` from the start of ``first`` to the end of ``last`` (found after it) in ``text``."""
    start = text.index(first)
    return start, text.index(last, start) + len(last)


@pytest.mark.parametrize("text, first, last, kind, expected", [
    ("“The plan was a sham\u200b,” Amnesty said.", "The", "\u200b,", 2, "The plan was a sham"),
    ("Officials said\r\n\u00a0the plan was a sham\u00a0.", "\r\n", "sham\u00a0", 2, "the plan was a sham"),
    ("Officials said \ufeffthe plan was\u200e a sham.", " \ufeff", "was\u200e", 2, "the plan was"),
    ("Police said the plan was a sham \u2764\ufe0f.", "the", "\u2764", 2, "the plan was a sham \u2764\ufe0f"),
    ("Police said \ufe0f the plan was a sham.", "\ufe0f", "sham", 2, "the plan was a sham"),
    ("We saw \u2764\ufe0f a shameful farce.", "\ufe0f", "farce", 3, "\u2764\ufe0f a shameful farce"),
    ("Fans hailed a shameful farce \U0001F44D\U0001F3FD too.", "a shameful", "\U0001F44D", 3,
     "a shameful farce \U0001F44D\U0001F3FD"),
    (f"Police said the plan was a sham {FAMILY} today.", "the", "\U0001F468", 2, f"the plan was a sham {FAMILY}"),
    (f"Police said the plan was a sham {FAMILY} today.", "the", "\u200d", 2, f"the plan was a sham {FAMILY}"),
    ("Police said \u200b\u00a0 the plan was a sham.", "\u200b", "\u00a0", 2, None),
    ("It was part of \u200ba shameful farce.", "of", "farce", 3, "a shameful farce"),  # "of" stripped, then the space
])
def test_span_edges_drop_whitespace_and_invisible_characters_but_keep_marks_with_their_character(
        text, first, last, kind, expected):
    start, end = _range(text, first, last)
    spans = spans_over(text, [(start, end, kind)])
    assert [s.text for s in spans] == ([expected] if expected else [])
    assert all(text[s.start:s.end] == s.text for s in spans)


def test_a_span_ending_on_a_word_broken_across_a_line_end_takes_in_the_word_s_rest():
    # a PDF's text or OCR of a page breaks a word at a line's end with a hyphen; the model may stop at the hyphen
    text = "A charge the com-\npany called baseless, said Lu-\n  kas Demel, who accord-\ning to staff left."
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    at = {text[a:b]: k for k, (a, b) in enumerate(words)}
    spans = spans_from_words(text, [(at["the"], at["com"] + 1, 0), (at["said"], at["said"], 1),
                                    (at["Lu"], at["Lu"] + 1, 0), (at["accord"], at["accord"] + 1, 1)])
    assert [(s.type, s.text) for s in spans] == [("source", "the com-\npany"), ("cue", "said"),
                                                 ("source", "Lu-\n  kas"), ("cue", "accord-\ning")]
    # a hyphen before a capital (a name's own, "Tarn-" / "Weiss") or a dash at a line's end is no broken word
    text = "Ruth Tarn-\nWeiss said so -\nand left."
    spans = spans_from_words(text, [(0, 2, 0), (4, 6, 1)])  # "Ruth Tarn-", "said so -"
    assert [(s.type, s.text.rstrip("- ")) for s in spans] == [("source", "Ruth Tarn"), ("cue", "said so")]
