"""Wire copy's conventions in credits, on hand-built sentences: a dateline or a place's label is never the
speaker, a description after a name's comma yields to the name, a channel named by an opening "according to"
yields to the subject who speaks, a country in one word is a lead's subject (so is a capital standing for its
government, one source with its country), honorifics of many languages are
no part of a name, and their abbreviations end no sentence."""

import re

import pytest

import framing
from framing import Document, Sentence, Span
from framing.profile import build_profile, normalise_source
from framing.segment import split_sentences
from framing.source_find_subjects import subject_before_cue
from test_profile_credits import profile_of as spanned

LABELS = framing.LABELS
FACT, CLAIM, DENIAL, OPINION = LABELS


def sentence_of(text, label, marks):
    """One sentence, alone, with spans over the first whole-word match of each of ``marks`` (type, words)."""
    spans = []
    for kind, words in marks:
        found = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text)
        spans.append(Span(kind, found.start(), found.end(), found.group()))
    return Sentence(text, 0, len(text), label, {l: float(l == label) for l in LABELS},
                    tuple(sorted(spans, key=lambda s: s.start)))


def credit_of(text, label, *marks):
    """The one credit of ``text`` read alone as ``label`` with ``marks``."""
    sentence = sentence_of(text, label, marks)
    return build_profile([sentence], LABELS, text)["credits"][0]


# 1. a dateline or a place's label before the speaker

@pytest.mark.parametrize("label", [CLAIM, DENIAL])
@pytest.mark.parametrize("text, place, person, expected", [
    ("VELDORA: Sheikh Tamir bin Aziz said the allegations were baseless.", "VELDORA", "Sheikh Tamir bin Aziz",
     "tamir bin aziz"),
    ("NEW HARLOW: Rakel Munro said the allegations were baseless.", "NEW HARLOW", "Rakel Munro", "rakel munro"),
    ("PORT ELSA, June 2 (Coastline Wire) - Rakel Munro said the allegations were baseless.", "PORT ELSA",
     "Rakel Munro", "rakel munro"),
])
def test_a_place_in_a_dateline_or_a_label_is_not_the_speaker_after_it(text, place, person, expected, label):
    assert credit_of(text, label, ("source", place), ("source", person), ("cue", "said")) == expected


def test_a_name_in_capitals_before_two_hyphens_is_the_subject_its_description_stands_for():
    # "VARNOCK -- The president said": a newsletter's item about Varnock, no dateline
    text = "VARNOCK -- The president said the pier would close."
    found = subject_before_cue(text)
    assert found is not None and text[found[0]:found[1]] == "VARNOCK"
    assert credit_of(text, CLAIM, ("cue", "said")) == "varnock"
    text = "WASHINGTON -- The president said the pier would close."  # a place's dateline: the president speaks
    assert credit_of(text, CLAIM, ("cue", "said")) == "president"


def test_a_span_in_a_dateline_alone_leaves_the_subject_to_speak():
    text = "PORT ELSA, June 2 (Coastline Wire) - The harbour board denied the report."
    assert credit_of(text, DENIAL, ("source", "PORT ELSA"), ("cue", "denied")) == "harbour board"
    text = "NEW HARLOW: The harbour board denied the report."
    assert credit_of(text, DENIAL, ("source", "NEW HARLOW"), ("cue", "denied")) == "harbour board"


def test_a_label_in_capitals_with_no_source_after_it_is_still_credited():
    # one sentence cannot tell a body's label from a place's: "ORVEX: " names the body whose forecast it is
    assert credit_of("ORVEX: Growth will slow to two percent next year.", CLAIM, ("source", "ORVEX")) == "orvex"


def test_a_denial_without_a_denial_word_is_the_source_nearer_its_cue():
    text = "Echoing the auditors, the harbour board said the figures were false."
    marks = (("source", "the auditors"), ("source", "the harbour board"), ("cue", "said"))
    assert credit_of(text, DENIAL, *marks) == "harbour board"
    assert credit_of(text, CLAIM, *marks) == "harbour board"


@pytest.mark.parametrize("label", [CLAIM, DENIAL])
@pytest.mark.parametrize("marked", ["who worked closely with the senator as his aide", "the senator"])
def test_a_relative_clause_after_a_name_does_not_speak_though_nearer_the_cue(marked, label):
    text = "Tomas Brandt, who worked closely with the senator as his aide, argued in the memo that the fees were fair."
    marks = (("source", "Tomas Brandt"), ("source", marked), ("cue", "argued"))
    assert credit_of(text, label, *marks) == "tomas brandt"


@pytest.mark.parametrize("label", [CLAIM, DENIAL])
@pytest.mark.parametrize("first, marked", [
    ("Dr. Ilse Varnock, a surgeon at St. Aldric's Hospital in Orlin", "involved in the trial"),
    ("Dr. Ilse Varnock, a surgeon at St. Aldric's Hospital in Orlin who was", "involved in the trial"),
    ("Ilse Varnock, the surgeon", "the trial"),
])
def test_a_relative_clause_after_a_name_s_description_does_not_speak_though_nearer_the_cue(first, marked, label):
    # the span head cut the source in two: the clause's words describe the surgeon and never speak
    text = ("Dr. Ilse Varnock, a surgeon at St. Aldric's Hospital in Orlin who was not involved in the trial, said the "
            "gains were small.")
    if first == "Ilse Varnock, the surgeon":
        text = "Ilse Varnock, the surgeon that was not involved in the trial, said the gains were small."
    marks = (("source", first), ("source", marked), ("cue", "said"))
    assert credit_of(text, label, *marks) == "ilse varnock"
    # "that" after a cue opens what is said, no clause on the one before: the name nearer its own cue still speaks
    text = "On Friday, the harbour board in Orlin warned staff that Ana Ruiz said the port would close."
    marks = (("source", "the harbour board"), ("source", "Ana Ruiz"), ("cue", "warned"), ("cue", "said"))
    assert credit_of(text, label, *marks) == "ana ruiz"


# 2. a description after a name's comma

@pytest.mark.parametrize("description", [
    "a Tunisian",  # cut before its noun
    "a Tunisian lawyer",
    "a Tunisian lawyer who has represented the family",
    "a lawyer",  # a relative clause after it
])
def test_a_description_after_a_name_yields_to_the_name(description):
    text = "Karim Fawzi, a Tunisian lawyer who has represented the family, said he could not reach them."
    if description == "a lawyer":
        text = text.replace("a Tunisian lawyer", "a lawyer")
    assert credit_of(text, CLAIM, ("source", "Karim Fawzi"), ("source", description), ("cue", "said")) == "karim fawzi"


@pytest.mark.parametrize("text, sources, cue, expected", [
    ("Sheriff Mark Orr, in western Kessel, said the crop was potent.", ("Sheriff Mark Orr", "in western"), "said",
     "mark orr"),
    ("The mayor, without offering details, said the budget was short.", ("The mayor", "without offering"), "said",
     "mayor"),
    ('A terse response from the board only said: "No deal."', ("from the board",), "said", "board"),
    ("The worry among donors, of course, is that the fund will run dry.", ("among donors",), "worry", "donors"),
    # "by" names the report's maker, which speaks: before, the span was dropped as if it said how, and no one spoke
    ("A report by the Kessel Audit Office found the bridge unsafe.", ("by the Kessel Audit Office",), "found",
     "kessel audit office"),
])
def test_a_source_span_opening_with_a_preposition_is_where_or_how_unless_its_object_speaks(text, sources, cue,
                                                                                              expected):
    # before, the span nearest the cue was credited as marked: sources "in western", "from the board"
    assert credit_of(text, CLAIM, *(("source", mark) for mark in sources), ("cue", cue)) == expected


@pytest.mark.parametrize("post", ["director of outreach", "senior policy adviser", "spokeswoman for the board",
                                  "chief executive of Velna Stores"])
def test_a_post_with_no_article_after_a_name_yields_to_the_name(post):
    # before, the post marked apart stood nearer the cue and was credited, a source "director of outreach"
    text = f'Lena Marr, {post}, wrote that she was worried about "looking greedy."'
    assert credit_of(text, CLAIM, ("source", "Lena Marr"), ("source", post), ("cue", "wrote")) == "lena marr"
    # a group after a comma is a list's next member, not a post: nothing yields
    text = "Velna Stores, officials and residents said the depot was unsafe."
    marks = (("source", "Velna Stores"), ("source", "officials and residents"), ("cue", "said"))
    assert credit_of(text, CLAIM, *marks) == "officials and residents"


@pytest.mark.parametrize("post", ["assistant coach Tom Vask", "deputy director Tom Vask", "spokesman Tom Vask"])
def test_a_post_with_a_name_after_it_is_that_person_not_a_description_of_the_words_before(post):
    # before, "assistant coach Tom Vask" was read as a bare post describing "Harding's deputy", which was credited
    text = f"Harding's deputy, {post}, said the squad was tired."
    assert credit_of(text, CLAIM, ("source", "Harding's deputy"), ("source", post), ("cue", "said")) == "tom vask"


@pytest.mark.parametrize("post", ["Petrak's agent", "Petrak's longtime agent", "Orvane's chief executive"])
def test_a_post_owned_by_a_name_after_the_holder_s_name_yields_to_the_name(post):
    # before, the owned post marked apart stood nearer the cue and was credited, a source "petrak's agent" beside
    # "nico ferraz" for one person
    text = f"Nico Ferraz, {post}, said the deal was close."
    assert credit_of(text, CLAIM, ("source", "Nico Ferraz"), ("source", post), ("cue", "said")) == "nico ferraz"
    # a group owned so is a list's next member, not a post: nothing yields
    text = "Nico Ferraz, Petrak's agents and the club said the deal was close."
    marks = (("source", "Nico Ferraz"), ("source", "Petrak's agents"), ("cue", "said"))
    assert credit_of(text, CLAIM, *marks) != "nico ferraz"


@pytest.mark.parametrize("description", ["the largest", "the largest of the chains"])
def test_a_description_cut_before_the_group_it_is_one_of_yields_to_the_name(description):
    # before, "the largest" of "the largest of the chains" was credited, a source "largest"
    text = "Velna Stores, the largest of the chains, denied the charge."
    assert credit_of(text, DENIAL, ("source", "Velna Stores"), ("source", description), ("cue", "denied")) == (
        "velna stores")
    # a verb's subject with its "of" is still no description
    text = "Responding to Ilse Varnock, the head of trade said the audit was wrong, calling it rushed."
    marks = (("source", "Ilse Varnock"), ("source", "the head"), ("cue", "said"))
    assert credit_of(text, CLAIM, *marks) != "ilse varnock"


def test_a_list_s_next_member_or_a_verb_s_subject_after_a_comma_is_no_description():
    text = "Responding to Ilse Varnock, the ministry said the audit was wrong, calling it rushed."
    marks = (("source", "Ilse Varnock"), ("source", "the ministry"), ("cue", "said"))
    assert credit_of(text, CLAIM, *marks) == "ministry"
    text = "Responding to Ilse Varnock, the ministry accused her of lying, a week after the audit."
    marks = (("source", "Ilse Varnock"), ("source", "the ministry"), ("cue", "accused"))
    assert credit_of(text, CLAIM, *marks) == "ministry"
    text = "Asked by Ilse Varnock, the Orlin harbour board said nothing, the port said."
    marks = (("source", "Ilse Varnock"), ("source", "the Orlin harbour board"), ("cue", "said"))
    assert credit_of(text, CLAIM, *marks) == "orlin harbour board"


# 3. a channel named by an opening "according to"

@pytest.mark.parametrize("label", [CLAIM, DENIAL])
@pytest.mark.parametrize("text, channel, speaker, expected", [
    ("According to the state news agency Velnet, Deputy Foreign Minister Ilya Marov said the charges were "
     "groundless.", "the state news agency Velnet", "Deputy Foreign Minister Ilya Marov", "ilya marov"),
    ("According to the official news agency, the ministry said the report was a smear.", "the official news agency",
     "the ministry", "ministry"),
    ("BREVA, May 3 (Coastline Wire) - According to the official news agency, the ministry also said the report was "
     "a smear.", "the official news agency", "the ministry", "ministry"),
])
def test_a_subject_speaking_after_an_opening_according_to_is_the_source_not_the_channel(text, channel, speaker,
                                                                                          expected, label):
    marks = (("cue", "According to"), ("source", channel), ("source", speaker), ("cue", "said"))
    assert credit_of(text, label, *marks) == expected


def test_according_to_alone_or_at_the_end_still_credits_its_source():
    text = "According to Velnet, the talks stalled over fishing quotas."
    assert credit_of(text, CLAIM, ("cue", "According to"), ("source", "Velnet")) == "velnet"
    text = "Ilya Marov said the talks had stalled, according to Velnet."
    marks = (("source", "Ilya Marov"), ("cue", "said"), ("cue", "according to"), ("source", "Velnet"))
    assert credit_of(text, CLAIM, *marks) == "ilya marov"


# 4. a country in one word as a lead's subject

@pytest.mark.parametrize("text, expected", [
    ("Chile on Friday rejected a report that its navy had shadowed the trawlers.", "Chile"),
    ("Vietnam on Monday denied the claim.", "Vietnam"),
    ("Peru rejected the findings.", "Peru"),
    ("BREVA, May 3 (Coastline Wire) - Mongolia on Friday dismissed the report as a smear.", "Mongolia"),
])
def test_a_country_in_one_word_is_the_subject_of_a_lead_s_denial(text, expected):
    found = subject_before_cue(text)
    assert found is not None and text[found[0]:found[1]] == expected


def test_a_country_s_lead_denial_is_credited_to_it_and_an_unknown_word_still_is_not():
    text = "Chile on Friday rejected a report that its navy had shadowed the trawlers."
    assert credit_of(text, DENIAL) == "chile"
    assert subject_before_cue("Halvex denied the charge.") is None
    assert subject_before_cue("Protesters said the road was closed.") is None


@pytest.mark.parametrize("country", ["Georgia", "Chad"])
def test_a_country_that_is_also_a_first_name_is_no_subject_alone(country):
    # "Georgia said" after "Georgia Marsh, a nurse, said" is the nurse going on, not a country nor a new source
    assert subject_before_cue(f"{country} said she had worked double shifts.") is None
    first = sentence_of(f"{country} Marsh, a nurse, said the ward was full.", CLAIM,
                        [("source", f"{country} Marsh"), ("cue", "said")])
    text = first.text + " " + f"{country} said she had worked double shifts."
    second = Sentence(text[len(first.text) + 1:], len(first.text) + 1, len(text), CLAIM,
                      {l: float(l == CLAIM) for l in LABELS}, ())
    assert build_profile([first, second], LABELS, text)["credits"] == [f"{country.lower()} marsh"] * 2


def test_niger_s_ministry_is_not_nigeria_s():
    rows = [("Niger's Ministry of Interior said ten had died.", "Niger's Ministry of Interior"),
            ("The Nigerian interior ministry said the toll was higher.", "The Nigerian interior ministry")]
    text, sentences = "", []
    for words, source in rows:
        start = len(text) + (1 if text else 0)
        text = f"{text} {words}" if text else words
        found = sentence_of(words, CLAIM, [("source", source), ("cue", "said")])
        sentences.append(Sentence(words, start, start + len(words), CLAIM, found.scores,
                                  tuple(Span(x.type, x.start + start, x.end + start, x.text) for x in found.spans)))
    sources = build_profile(sentences, LABELS, text)["sources"]
    assert len(sources) == 2


@pytest.mark.parametrize("text, expected", [
    ("Beijing on Friday rejected a report that its coastguard had rammed the trawlers.", "Beijing"),
    ("Moscow denied the claim.", "Moscow"),
    ("Ankara dismissed the findings as a smear.", "Ankara"),
    ("BREVA, May 3 (Coastline Wire) - Bogota said the border would reopen.", "Bogota"),
    ("Brussels said the quotas would stand.", "Brussels"),
])
def test_a_capital_standing_for_its_government_is_the_subject_of_a_lead(text, expected):
    found = subject_before_cue(text)
    assert found is not None and text[found[0]:found[1]] == expected


@pytest.mark.parametrize("capital", ["Washington", "Paris", "London", "Lima", "Victoria"])
def test_a_capital_that_is_also_a_name_or_a_us_state_is_no_subject_alone(capital):
    # "Washington said" is as often the state, a surname or a person's first name: it needs naming first
    assert subject_before_cue(f"{capital} said the border would reopen.") is None


def profile_of(*rows):
    """The profile of the sentences ``rows`` (text, label, source written in it) one after another."""
    text, sentences = "", []
    for words, label, source in rows:
        start = len(text) + (1 if text else 0)
        text = f"{text} {words}" if text else words
        found = sentence_of(words, label, [("source", source)])
        sentences.append(Sentence(words, start, start + len(words), label, found.scores,
                                  tuple(Span(x.type, x.start + start, x.end + start, x.text) for x in found.spans)))
    return build_profile(sentences, LABELS, text)


@pytest.mark.parametrize("first, then", [
    ("China", "Beijing"), ("Beijing", "China"), ("Colombia", "Bogotá"), ("Kyiv", "Kiev"), ("South Korea", "Seoul")])
def test_a_capital_and_its_country_are_one_government(first, then):
    profile = profile_of((f"{first} said the trawlers had strayed.", CLAIM, first),
                         (f"{then} later denied sending them.", DENIAL, then))
    assert profile["credits"] == [normalise_source(first)] * 2


def test_a_capital_stays_apart_from_another_country_a_namesake_and_its_own_accuser():
    profile = profile_of(("China said the trawlers had strayed.", CLAIM, "China"),
                         ("Tokyo later denied sending them.", DENIAL, "Tokyo"))
    assert profile["credits"] == ["china", "tokyo"]
    profile = profile_of(("Belgium said the quotas were unfair.", CLAIM, "Belgium"),  # the EU's as often
                         ("Brussels said they would stand.", CLAIM, "Brussels"))
    assert profile["credits"] == ["belgium", "brussels"]
    profile = profile_of(("Germany said the quotas were unfair.", CLAIM, "Germany"),
                         ("Ilse Berlin, a trawler captain, said so too.", CLAIM, "Ilse Berlin"),
                         ("Berlin said the catch was halved.", CLAIM, "Berlin"))
    assert profile["credits"] == ["germany", "ilse berlin", "ilse berlin"]
    profile = profile_of(("Beijing accused Tokyo of sending the trawlers.", CLAIM, "Beijing"),
                         ("China denied it.", DENIAL, "China"))  # an accuser denies nothing
    assert profile["credits"] == ["beijing", "china"]


def test_a_ministry_owned_by_a_capital_is_the_country_s():
    profile = profile_of(("Russia's Ministry of Foreign Affairs said the talks had stalled.", CLAIM,
                          "Russia's Ministry of Foreign Affairs"),
                         ("Moscow's foreign ministry later denied it.", DENIAL, "Moscow's foreign ministry"))
    assert profile["credits"] == ["russia's ministry of foreign affairs"] * 2


@pytest.mark.parametrize("first, then", [
    ("Ghana", "The Ghanaian government"), ("The Ghanaian government", "Ghana"), ("Accra", "Ghana's government"),
    ("The government of Ghana", "Accra"), ("Ghana's government", "The Ghanaian government"),
    ("Nepal", "The government of Nepal"),
    # a nationality not made from its country's name by a regular ending
    ("Ankara", "The Turkish government"), ("Germany", "The German government"), ("Oslo", "The Norwegian government")])
def test_a_country_its_capital_and_its_government_are_one_government(first, then):
    profile = profile_of((f"{first} said the trawlers had strayed.", CLAIM, first),
                         (f"{then} later denied sending them.", DENIAL, then))
    assert profile["credits"] == [normalise_source(first)] * 2


def test_a_government_stays_apart_from_another_country_its_officials_and_its_own_accuser():
    profile = profile_of(("Ghana said the trawlers had strayed.", CLAIM, "Ghana"),
                         ("The Togolese government denied sending them.", DENIAL, "The Togolese government"))
    assert profile["credits"] == ["ghana", "togolese government"]
    profile = profile_of(("Ghana said the trawlers had strayed.", CLAIM, "Ghana"),  # as its embassy stays apart
                         ("Ghanaian officials later said so too.", CLAIM, "Ghanaian officials"))
    assert profile["credits"] == ["ghana", "ghanaian officials"]
    profile = profile_of(("Ghana accused Togo of sending the trawlers.", CLAIM, "Ghana"),
                         ("The Ghanaian government denied it.", DENIAL, "The Ghanaian government"))
    assert profile["credits"] == ["ghana", "ghanaian government"]


def test_a_ministry_owned_by_a_capital_is_the_country_s_by_either_of_its_names():
    profile = profile_of(("Türkiye's foreign ministry said the talks had stalled.", CLAIM,
                          "Türkiye's foreign ministry"),
                         ("Ankara's foreign ministry later denied it.", DENIAL, "Ankara's foreign ministry"))
    assert profile["credits"] == ["türkiye's foreign ministry"] * 2


def test_a_ministry_named_by_an_irregular_nationality_is_the_country_s():
    profile = profile_of(("Germany's foreign ministry said the talks had stalled.", CLAIM,
                          "Germany's foreign ministry"),
                         ("The German foreign ministry later denied it.", DENIAL, "The German foreign ministry"))
    assert profile["credits"] == ["germany's foreign ministry"] * 2


# 5. honorifics of German, Spanish and Indonesian copy

@pytest.mark.parametrize("written, expected", [
    ("Herr Konrad von Albrecht", "konrad von albrecht"),
    ("Frau Hilde Brunnmeier", "hilde brunnmeier"),
    ("Bapak Agus Wiranto", "agus wiranto"),
    ("Ibu Dewi Lestarini", "dewi lestarini"),
    ("Señor Tomás Aranda", "tomás aranda"),
    ("Senor Tomás Aranda", "tomás aranda"),
    ("Señora Lucía Aranda", "lucía aranda"),
    ("Sra. Lucía Aranda", "lucía aranda"),
    ("Sr. Tomás Aranda", "tomás aranda"),
    ("Ir. Agus Wiranto", "agus wiranto"),
    ("Dipl.-Ing. Konrad Albrecht", "konrad albrecht"),
    ("Kol. Inf. Agus Wiranto", "agus wiranto"),
    ("Ust. Hamid Rosyadi", "hamid rosyadi"),
    # a Korean family name, with or without a hyphen, and a body, are no honorific
    ("Pak Ji-hoon", "pak ji-hoon"),
    ("Pak Pong Ju", "pak pong ju"),
    ("Premier Pak Pong Ju", "pak pong ju"),
    ("Pak Army", "pak army"),
    ("Ibu Army", "ibu army"),
])
def test_honorifics_of_many_languages_are_no_part_of_the_name(written, expected):
    assert normalise_source(written) == expected


def test_a_person_with_an_honorific_in_one_document_is_the_same_person_without_it_in_another():
    def document(text, name):
        sentence = sentence_of(text, CLAIM, [("source", name), ("cue", "said")])
        return Document(text, (sentence,), build_profile([sentence], LABELS, text))

    first = document("Herr Konrad von Albrecht said the mill would close.", "Herr Konrad von Albrecht")
    second = document("Konrad von Albrecht said the mill had lost money.", "Konrad von Albrecht")
    sources = framing.summarize([first, second])["sources"]
    assert [(s["source"], s["documents"]) for s in sources] == [("konrad von albrecht", 2)]


# 6. abbreviated titles that end no sentence

@pytest.mark.parametrize("text", [
    "The envoy met Sra. Lucía Aranda on Monday.",
    "The plant is run by Ir. Agus Wiranto, its chief.",
    "The firm hired Dipl.-Ing. Konrad Albrecht as adviser.",
    "Herr Dipl.-Ing. Konrad Albrecht said so.",
    "The sermon by Ust. Hamid Rosyadi drew crowds.",
    "Army spokesman Kol. Inf. Agus Wiranto said the patrol was attacked.",
    "The board named Ing. Tomás Aranda as director.",
])
def test_an_abbreviated_title_before_a_name_ends_no_sentence(text):
    assert split_sentences(text) == [(0, len(text))]


@pytest.mark.parametrize("text, first", [
    ("He spoke with Moshe Kol. Officials said no more.", "He spoke with Moshe Kol."),  # a surname
    ("He met Sra. The rest left early.", "He met Sra."),  # before a sentence's word
])
def test_such_a_title_after_a_name_or_before_a_sentence_s_word_ends_it(text, first):
    assert text[slice(*split_sentences(text)[0])] == first


# 7. honorifics of French and Italian copy

@pytest.mark.parametrize("written, expected", [
    ("M. Olivier Parmentier", "olivier parmentier"),
    ("The spokesman, M. Olivier Parmentier", "olivier parmentier"),
    ("M. Parmentier", "parmentier"),
    ("M. Élie Parmentier", "élie parmentier"),
    ("Mlle Sidonie Vauclair", "sidonie vauclair"),
    ("Mlle. Sidonie Vauclair", "sidonie vauclair"),
    ("Sig. Ettore Manzardi", "ettore manzardi"),
    ("Sig.ra Lidia Manzardi", "lidia manzardi"),
    ("Dott. Ettore Manzardi", "ettore manzardi"),
    ("Dott.ssa Lidia Manzardi", "lidia manzardi"),
    ("The minister, On. Ruggero Tavallini", "ruggero tavallini"),
    ("Mgr. Anselmo Crivetti", "anselmo crivetti"),
    # "M." as an initial stays: before another initial, or inside a name
    ("M. K. Ranganathan", "m. k. ranganathan"),
    ("Harold M. Quillfeather", "harold m. quillfeather"),
])
def test_french_and_italian_honorifics_are_no_part_of_the_name(written, expected):
    assert normalise_source(written) == expected


def test_a_french_honorific_joins_the_name_written_without_it():
    profile = profile_of(("The spokesman, M. Olivier Parmentier, denied the report.", DENIAL,
                          "The spokesman, M. Olivier Parmentier"),
                         ("Olivier Parmentier later said it was false.", DENIAL, "Olivier Parmentier"))
    assert profile["credits"] == ["olivier parmentier"] * 2


@pytest.mark.parametrize("text", [
    "The minister, On. Ruggero Tavallini, told reporters the talks were over.",
    "The shop belongs to Sig. Ettore Manzardi and his sister.",
    "The clinic is run by Dott. Lidia Manzardi, its founder.",
    "The mass was said by Mgr. Anselmo Crivetti at noon.",
    "She met Mlle. Sidonie Vauclair in Lyon.",
])
def test_an_italian_or_french_title_before_a_name_ends_no_sentence(text):
    assert split_sentences(text) == [(0, len(text))]


@pytest.mark.parametrize("text, first", [
    ("The talks ended in Rome. On Monday the minister flew home.", "The talks ended in Rome."),
    ("The talks moved on. Ruggero Tavallini flew home.", "The talks moved on."),  # "on." in lower case
    ("The crowd roared Game On. Ruggero Tavallini flew home.", "The crowd roared Game On."),  # after a name
    ("He greeted the Sig. The rest stayed.", "He greeted the Sig."),  # before a sentence's word
])
def test_on_opening_a_sentence_or_such_a_title_after_a_name_still_ends_one(text, first):
    assert text[slice(*split_sentences(text)[0])] == first


@pytest.mark.parametrize("written, expected", [
    # "M." before a word that is no man's given name, then a surname: a first initial
    ("M. Night Quillfeather", "m. night quillfeather"),
    ("The director, M. Night Quillfeather", "m. night quillfeather"),
    ("M. Venkaiah Ranganathan", "m. venkaiah ranganathan"),
])
def test_an_m_before_a_word_that_is_no_given_name_is_an_initial(written, expected):
    # before, each lost its "M." as a French "Monsieur"
    assert normalise_source(written) == expected


def test_an_m_before_a_surname_that_says_she_is_an_initial_not_monsieur():
    # before, "M. Quill" was "Monsieur Quill" and joined Tom Quill, and her "She said" was credited to no one
    profile = profile_of(("Tom Quill said the law was fair.", CLAIM, "Tom Quill"),
                         ("M. Quill said she disagreed.", CLAIM, "M. Quill"),
                         ("She said the law was unfair.", CLAIM, "She"))
    assert profile["credits"] == ["tom quill", "m. quill", "m. quill"]


@pytest.mark.parametrize("written, expected", [
    # a French particle or a hyphenated given name after "M.": Monsieur, as before 2a54e32
    ("M. Le Vellec", "le vellec"),
    ("M. De Morvan", "de morvan"),
    ("M. Jean-Marc Orvelle", "jean-marc orvelle"),
])
def test_an_m_before_a_french_particle_or_hyphenated_given_name_is_monsieur(written, expected):
    # before, each kept "M." as a first initial
    assert normalise_source(written) == expected


def test_monsieur_and_a_particle_join_the_person_named_in_full():
    # before, "M. Le Vellec" kept its "M." and was a second source beside Armand Le Vellec
    profile = profile_of(("Armand Le Vellec said the tax would go.", CLAIM, "Armand Le Vellec"),
                         ("M. Le Vellec said the deficit would fall.", CLAIM, "M. Le Vellec"))
    assert profile["credits"] == ["armand le vellec", "armand le vellec"]


def test_an_m_before_a_surname_given_whose_she_may_be_another_is_monsieur():
    # before, "she" made "M. Varoux" an initial and a source of its own, though the "she" is Solange Marquet's
    profile = profile_of(("Étienne Varoux said the tax would go.", CLAIM, "Étienne Varoux"),
                         ("Solange Marquet said it would stay.", CLAIM, "Solange Marquet"),
                         ("M. Varoux said she was wrong.", CLAIM, "M. Varoux"))
    assert profile["credits"] == ["étienne varoux", "solange marquet", "étienne varoux"]


# a wire desk's slug glued to a headline's first word ("UPDATE 2-", "RPT-", "COLUMN-")

@pytest.mark.parametrize("text, marks, expected", [
    # the model's span may start inside the slug, at it, or be missing: the name after the slug speaks
    ("UPDATE 2-Ostrava Chemicals denies report of takeover approach", [("source", "2-Ostrava Chemicals")],
     "ostrava chemicals"),
    ("RPT-Ostrava Chemicals denies report of takeover approach", [("source", "RPT-Ostrava Chemicals")],
     "ostrava chemicals"),
    ("CORRECTED-Ostrava Chemicals denies report of takeover approach", [("source", "CORRECTED-Ostrava Chemicals")],
     "ostrava chemicals"),
    ("RPT-UPDATE 1-Ostrava Chemicals denies report of takeover approach", [("source", "1-Ostrava Chemicals")],
     "ostrava chemicals"),
    ("EXCLUSIVE-Ostrava Chemicals denies report of takeover approach", [], "ostrava chemicals"),
    ("UPDATE 2-Ostrava Chemicals denies report of takeover approach", [("source", "UPDATE")], "ostrava chemicals"),
])
def test_a_wire_slug_glued_to_a_headline_is_no_part_of_the_name_after_it(text, marks, expected):
    # before, "UPDATE 2-" made "2-ostrava chemicals" a source apart from Ostrava Chemicals in the copy
    assert credit_of(text, DENIAL, *marks, ("cue", "denies")) == expected


@pytest.mark.parametrize("marked, expected", [
    ("COLUMN-Stop letting your bank rob you", ["stop letting your bank rob you"]),
    ("COLUMN", []),
    ("Stop letting your bank rob you", ["stop letting your bank rob you"]),
])
def test_a_wire_slug_is_no_part_of_the_writer_s_loaded_wording(marked, expected):
    # before, "COLUMN-stop letting your bank rob you" was the writer's loaded phrase
    text = "COLUMN-Stop letting your bank rob you on savings rates"
    sentence = sentence_of(text, OPINION, [("loaded", marked)])
    assert [p["text"] for p in build_profile([sentence], LABELS, text)["loaded_phrases"]] == expected


def profile_laid_out(rows, gap="\n\n"):
    """The profile of ``rows`` (text, label, marks as for :func:`sentence_of`), one paragraph each."""
    text, sentences = "", []
    for words, label, marks in rows:
        start = len(text) + (len(gap) if text else 0)
        text = f"{text}{gap}{words}" if text else words
        found = sentence_of(words, label, marks)
        sentences.append(Sentence(words, start, start + len(words), label, found.scores,
                                  tuple(Span(x.type, x.start + start, x.end + start, x.text) for x in found.spans)))
    return build_profile(sentences, LABELS, text)


ZENTRIX_COPY = [("Shares of Zentrix Pharma Inc. fell after short seller Grayfin Research accused the drugmaker of "
                 "inflating sales.", CLAIM, [("source", "short seller Grayfin Research"), ("cue", "accused")]),
                ('Zentrix said the report was "false and misleading."', DENIAL, [("source", "Zentrix"),
                                                                                  ("cue", "said")])]


@pytest.mark.parametrize("headline, marks", [
    ('Short seller Grayfin targets Zentrix Pharma; company calls report "false and misleading"',
     [("source", "Short seller Grayfin"), ("cue", "targets")]),
    ("Grayfin targets Zentrix Pharma; firm denies fraud claims", [("source", "Grayfin"), ("cue", "targets")]),
    # the clause's noun marked as a source too: before, the accuser's ("grayfin research") denial
    ('Short seller Grayfin targets Zentrix Pharma; company calls report "false and misleading"',
     [("source", "Short seller Grayfin"), ("cue", "targets"), ("source", "company"), ("cue", "calls")]),
    # the accuser's span cut short before its name: before, "company"
    ('Short seller Grayfin targets Zentrix Pharma; company calls report "false and misleading"',
     [("source", "seller"), ("cue", "targets"), ("source", "company"), ("cue", "calls")]),
])
def test_a_headline_s_clause_after_a_semicolon_that_denies_is_the_business_acted_on(headline, marks):
    # before, the headline's denial was the accuser's, "short seller grayfin", which then denied
    profile = profile_laid_out([(headline, DENIAL, marks), *ZENTRIX_COPY])
    assert profile["credits"] == ["zentrix pharma inc", "grayfin research", "zentrix pharma inc"]
    assert {s["source"]: s["denies"] for s in profile["sources"]} == {"zentrix pharma inc": True,
                                                                       "grayfin research": False}


def test_a_semicolon_clause_that_denies_nothing_leaves_the_headline_s_source():
    headline = "Grayfin targets Zentrix Pharma; company to hold call with investors"
    profile = profile_laid_out([(headline, DENIAL, [("source", "Grayfin"), ("cue", "targets")]), *ZENTRIX_COPY])
    assert profile["credits"][0] != "zentrix pharma inc"


@pytest.mark.parametrize("written", ["Short seller Grayfin", "short-seller Grayfin", "the short seller Grayfin"])
def test_a_short_seller_s_trade_before_its_one_word_name_is_no_part_of_it(written):
    # before, "Short seller Grayfin" was a source of its own beside "Grayfin Research"
    assert normalise_source(written) == "grayfin"
    profile = profile_laid_out([("Short seller Grayfin says Zentrix Pharma inflated sales", CLAIM,
                                 [("source", "Short seller Grayfin"), ("cue", "says")]), ZENTRIX_COPY[0]])
    assert profile["credits"] == ["grayfin research", "grayfin research"]


@pytest.mark.parametrize("text, credit", [
    ("DUNMORE, Kestoria - The national police oversight body has opened an inquiry, the body said on Monday.",
     "national police oversight body"),
    ("The European Commission fined Acme on Tuesday, the commission said.", "european commission"),
    # a different noun, or none opening the sentence, leaves the description as it is
    ("The national police oversight body has opened an inquiry, the agency said.", "agency"),
    ("An inquiry has been opened, the body said.", "body"),
])
def test_a_body_s_noun_at_the_end_is_the_subject_opening_the_sentence_with_that_noun(text, credit):
    # before, "the body" of "The national police oversight body has opened ..., the body said" was a source "body"
    marked = "the body" if "the body" in text else ("the commission" if "commission said" in text else "the agency")
    profile = spanned((text, CLAIM, {"source": [marked], "cue": ["said"]}))
    assert profile["credits"] == [credit]


def test_a_dateline_s_place_is_no_other_body_the_company_passes_over():
    removed = ("HALDEN, Norvania (Reuters) - The social video platform Velmora removed 400 accounts, the company said.",
               CLAIM, {"source": ["the company"], "cue": ["said"]})
    assert spanned(removed)["credits"] == ["velmora"]
    # another firm named after the dateline still leaves "the company" unsure
    flagged = ("HALDEN, Norvania (Reuters) - The social video platform Velmora removed 400 accounts flagged by Tessix "
               "Media, the company said.", CLAIM, {"source": ["the company"], "cue": ["said"]})
    assert spanned(flagged)["credits"] == ["company"]
