"""Credits in sports and arts copy (trial t34a): the paper's own unnamed sourcing, sources that name no one, and
denials after "has always denied"; on hand-built sentences with invented names."""

import pytest

from framing.profile import generic_source
from framing.source_find_subjects import subject_before_cue
from test_profile_credits import CLAIM, DENIAL, FACT, profile_of

OUTLET = ("Vallorca are watching the winger, according to the Spanish outlet Diario Sol.", CLAIM,
          {"source": ["the Spanish outlet Diario Sol"], "cue": ["according to"]})


@pytest.mark.parametrize("weasel", [
    "It is understood that Pellmark would prefer to sign a midfielder.",
    "It is understood Pellmark would prefer to sign a midfielder.",
    "It is widely believed that Pellmark would prefer to sign a midfielder.",
    "It is thought Pellmark would prefer to sign a midfielder.",
    "It has been reported that Pellmark would prefer to sign a midfielder.",
    "It emerged on Friday that Pellmark would prefer to sign a midfielder.",
    "But it is known that Pellmark would prefer to sign a midfielder.",
    "It is understood the club would prefer to sign a midfielder.",
    "It is believed a rival would prefer to sign a midfielder.",
    # news, word, reports or rumours that came out, no one's
    "News has since emerged that Pellmark would prefer to sign a midfielder.",
    "Word came on Tuesday that Pellmark would prefer to sign a midfielder.",
    "Reports surfaced on Monday that Pellmark would prefer to sign a midfielder.",
    "But word has it that Pellmark would prefer to sign a midfielder.",
    # the publication's own finding, itself unnamed: before, it went on with the outlet's account before it
    "This paper has learned that Pellmark would prefer to sign a midfielder.",
    "This newspaper can reveal Pellmark would prefer to sign a midfielder.",
    "Our website understands the club would prefer to sign a midfielder.",
])
def test_the_paper_s_own_unnamed_sourcing_credits_no_one_and_ends_the_account(weasel):
    profile = profile_of(OUTLET, ("Two other clubs asked about the winger last summer.", FACT, {}),
                         (weasel, CLAIM, {}), ("The fee would be about 40 million.", CLAIM, {}), gap="\n\n")
    assert profile["credits"] == ["diario sol", None, None, None]
    # right after the outlet's claim too: the phrase is the paper's, no outlet's
    profile = profile_of(OUTLET, (weasel, CLAIM, {}), gap="\n\n")
    assert profile["credits"] == ["diario sol", None]


@pytest.mark.parametrize("tidings", ["News", "Word", "Rumours"])
def test_news_or_word_marked_as_a_source_names_no_one(tidings):
    sentence = f"{tidings} came on Tuesday that the canvas had been found."
    profile = profile_of(("Ilse Varga said the canvas was lost.", CLAIM, {"source": ["Ilse Varga"], "cue": ["said"]}),
                         (sentence, CLAIM, {"source": [tidings], "cue": ["came"]}))
    assert profile["credits"] == ["ilse varga", None]
    assert [s["source"] for s in profile["sources"]] == ["ilse varga"]



@pytest.mark.parametrize("sentence, span", [
    ("Reports surfaced on Monday that the canvas had been found.", "Reports"),
    ("The sale stalled after reports revealed the canvas had been found.", "reports"),
    ("The canvas has been found, according to multiple reports.", "multiple reports"),
    ("Media reports said the canvas had been found.", "Media reports"),
])
def test_reports_of_no_one_s_name_no_one_and_end_the_account(sentence, span):
    profile = profile_of(("Ilse Varga said the canvas was lost.", CLAIM, {"source": ["Ilse Varga"], "cue": ["said"]}),
                         (sentence, CLAIM, {"source": [span]}))
    assert profile["credits"] == ["ilse varga", None]
    assert [s["source"] for s in profile["sources"]] == ["ilse varga"]
    # reports of someone's, or a set named before, still speak
    owned = ("The museum's reports said the canvas had been found.", CLAIM, {"source": ["The museum's reports"]})
    assert profile_of(owned)["credits"] != [None]

def test_the_paper_named_as_its_subject_still_speaks_for_a_source_it_names():
    # "This paper" telling what a named source told it is that source's, and a station or a council is no paper
    told = ("This paper has learned from Ilse Varga that the canvas was found.", CLAIM,
            {"source": ["Ilse Varga"], "cue": ["learned"]})
    assert profile_of(OUTLET, told)["credits"] == ["diario sol", "ilse varga"]
    station = ("This station has learned to run on volunteers.", CLAIM, {})
    assert profile_of(OUTLET, station)["credits"] == ["diario sol", "diario sol"]


@pytest.mark.parametrize("sentence", [
    "It is believed to be the painter's last work.",  # a thing's "it"
    "It is known for its harbour.",
])
def test_a_thing_s_it_before_believed_or_known_still_goes_on_with_the_account(sentence):
    profile = profile_of(("Ilse Varga said the canvas was found in a barn.", CLAIM,
                          {"source": ["Ilse Varga"], "cue": ["said"]}),
                         (sentence, CLAIM, {}))
    assert profile["credits"] == ["ilse varga", "ilse varga"]


@pytest.mark.parametrize("sentence", [
    "It was thought lost for decades.",  # a thing's "it" before a participle's complement or an adverb
    "It was reported stolen from a barn in Dorn on Sunday.",
    "It was reported missing by its owner.",
    "It is known locally as the Lantern Canvas.",
])
def test_a_thing_s_it_before_thought_reported_or_known_and_no_clause_still_goes_on_with_the_account(sentence):
    profile = profile_of(("Ilse Varga said the canvas was found in a barn.", CLAIM,
                          {"source": ["Ilse Varga"], "cue": ["said"]}),
                         (sentence, CLAIM, {}))
    assert profile["credits"] == ["ilse varga", "ilse varga"]


@pytest.mark.parametrize("sentence, marked", [
    ("It is understood that the canvas was taken on Sunday, they said.", {"source": ["they"], "cue": ["said"]}),
    ("It is understood that the canvas was taken on Sunday, they said.", {}),
    ("It emerged that the canvas was taken on Sunday, they said.", {"source": ["they"], "cue": ["said"]}),
    ("It is believed Dorn thieves took the canvas, they added.", {"cue": ["added"]}),
])
def test_the_phrase_with_a_credit_of_its_own_after_it_goes_on_with_that_credit(sentence, marked):
    profile = profile_of(("Dorn Police said the canvas was found in a barn.", CLAIM,
                          {"source": ["Dorn Police"], "cue": ["said"]}),
                         (sentence, CLAIM, marked))
    assert profile["credits"] == ["dorn police", "dorn police"]


def test_the_phrase_inside_a_speaker_s_quotation_is_the_speaker_s():
    profile = profile_of(('Dana Holm said: "We have been clear.', CLAIM, {"source": ["Dana Holm"], "cue": ["said"]}),
                         ('It is understood that nobody here is for sale."', CLAIM, {}))
    assert profile["credits"] == ["dana holm", "dana holm"]


@pytest.mark.parametrize("weasel, marked", [
    ("Many believe a deal would be a masterstroke.", "Many"),
    ("Some say the winger is the best in the league.", "Some"),
    ("Others said the fee was far too high.", "Others"),
    ("Most think the fee was far too high.", "Most"),
])
def test_a_weasel_word_alone_marked_as_a_source_credits_no_one_and_ends_the_account(weasel, marked):
    profile = profile_of(("Ilse Varga said the stadium plan was sound.", CLAIM, {"source": ["Ilse Varga"]}),
                         (weasel, CLAIM, {"source": [marked]}), ("The roof would cost more.", CLAIM, {}))
    assert profile["credits"] == ["ilse varga", None, None]
    assert [s["source"] for s in profile["sources"]] == ["ilse varga"]


HARBOUR_MASTER = ("Ida Orlen, the harbour master, said the pier would reopen.", CLAIM,
                  {"source": ["Ida Orlen, the harbour master"], "cue": ["said"]})


@pytest.mark.parametrize("sentence, label, marked", [
    ("While many have claimed the pier was unsafe, Ms. Orlen said that was never so.", DENIAL,
     {"source": ["many", "Ms. Orlen"], "cue": ["have claimed", "said"]}),
    ("Many told them the pier was unsafe, Orlen said.", CLAIM, {"source": ["Many", "Orlen"], "cue": ["told", "said"]}),
    ("Some, including Ida Orlen of Dorn, said the fee was too high.", CLAIM,
     {"source": ["Some", "including Ida Orlen of Dorn"], "cue": ["said"]}),
    ("Some \u2013 including harbour staff such as Ida Orlen, the harbour master \u2013 argued for a delay.", CLAIM,
     {"source": ["Some", "including harbour staff such as Ida Orlen, the harbour master"], "cue": ["argued"]}),
])
def test_a_named_speaker_beside_a_weasel_word_takes_the_credit(sentence, label, marked):
    profile = profile_of(HARBOUR_MASTER, ("The ferry was late again on Monday.", FACT, {}), (sentence, label, marked))
    assert profile["credits"] == ["ida orlen", None, "ida orlen"]


@pytest.mark.parametrize("sentence, marked", [
    ("Some called the plan a stunt, even as the reporters who wrote it explained how they checked it.",
     {"source": ["Some", "the reporters"], "cue": ["called", "explained"]}),
    ("Many said the fee was too high, with one blogger asking why.",
     {"source": ["Many", "one blogger"], "cue": ["said", "asking"]}),
    # a name inside what the weasel word's cue reports is no speaker of the sentence
    ("Some said that Mayor Tom Vell told aides to shred the files.",
     {"source": ["Some", "Mayor Tom Vell"], "cue": ["said", "told"]}),
])
def test_a_weasel_word_beside_no_named_speaker_still_credits_no_one(sentence, marked):
    profile = profile_of(HARBOUR_MASTER, (sentence, CLAIM, marked))
    assert profile["credits"] == ["ida orlen", None]


@pytest.mark.parametrize("name, weasel", [("Ivan Most", "Most"), ("Ana Few", "Few")])
def test_a_weasel_word_that_is_the_surname_of_a_person_named_is_that_person(name, weasel):
    profile = profile_of((f"Harbour coach {name} said the pitch was poor.", CLAIM,
                          {"source": [f"Harbour coach {name}"], "cue": ["said"]}),
                         (f"{weasel} said the team played well.", CLAIM, {"source": [weasel], "cue": ["said"]}))
    assert profile["credits"] == [name.lower()] * 2


@pytest.mark.parametrize("group", ["Critics", "Many fans", "Some experts", "Observers"])
def test_an_unnamed_group_with_its_noun_stays_a_source_that_names_no_one(group):
    profile = profile_of((f"{group} said the fee was far too high.", CLAIM, {"source": [group]}))
    assert profile["credits"] == [group.lower()]
    assert generic_source(group.lower(), group)


@pytest.mark.parametrize("adverb", ["always", "long", "never", "still", "so far", "also always"])
def test_the_subject_before_has_always_or_has_long_denied_is_read(adverb):
    text = f"The Pellmark club has {adverb} denied the claims."
    assert subject_before_cue(text) == (0, len("The Pellmark club"))
    assert subject_before_cue(f"The Pellmark club {adverb} denied the claims.") == (0, len("The Pellmark club"))


def test_a_denial_after_has_always_denied_is_credited_to_its_subject():
    profile = profile_of(("Sprinter Edda Marr has been banned for four years.", FACT, {}),
                         ("The athletics body has always denied bias against her.", DENIAL, {"cue": ["denied"]}))
    assert profile["credits"] == [None, "athletics body"]


@pytest.mark.parametrize("group", ["Other writers", "Other novelists", "Other artists", "Some curators",
                                   "Other negotiators"])
def test_other_people_of_an_arts_or_talks_trade_opening_a_sentence_are_a_new_party_not_the_critic_before(group):
    # before, "writer", "novelist", "artist", "curator" and "negotiator" were no trades, so "Other writers came to
    # Tesch's defence." went on with the critic's account
    profile = profile_of(
        ("Literary critic Tobias Wen said the passages were similar.", CLAIM,
         {"source": ["Literary critic Tobias Wen"], "cue": ["said"]}),
        (f"{group} came to Tesch's defence.", CLAIM, {}))
    assert profile["credits"] == ["tobias wen", None]



@pytest.mark.parametrize("organisers", ["organisers", "organizers", "festival organisers"])
def test_organisers_speak_for_the_one_event_named_with_them_and_the_festival_is_that_one(organisers):
    profile = profile_of(
        (f"The Brightwater Film Festival has cancelled the screening, {organisers} said.", CLAIM,
         {"source": [organisers], "cue": ["said"]}),
        ("The festival said it regretted the decision.", CLAIM, {"source": ["The festival"], "cue": ["said"]}),
        ("Staff had received threats.", FACT, {}),
        ("Organisers said tickets would be refunded.", CLAIM, {"source": ["Organisers"], "cue": ["said"]}))
    assert profile["credits"] == ["brightwater film festival"] * 2 + [None, "brightwater film festival"]
    assert [s["source"] for s in profile["sources"]] == ["brightwater film festival"]


@pytest.mark.parametrize("named, expected", [
    (["The Vell Jazz Festival opened on Friday."], "vell jazz festival"),
    # two events named before: neither's
    (["The Vell Jazz Festival opened on Friday.", "The Orsk Marathon was moved to June."], "organisers"),
])
def test_organisers_speak_for_the_one_event_the_text_named_sentences_before(named, expected):
    # before, the event had to be named in the same sentence or the one before it
    profile = profile_of(*[(line, FACT, {}) for line in named],
                         ("More than 20,000 people came on the first day.", FACT, {}),
                         ("Food stalls ran out of bread by noon.", FACT, {}),
                         ("The organisers said next year's festival would run for four days.", CLAIM,
                          {"source": ["The organisers"], "cue": ["said"]}))
    assert profile["credits"][-1] == expected


@pytest.mark.parametrize("events, organisers", [
    ("The Orsk Marathon and the Kessel Book Fair were called off", "organisers"),  # two events: neither's
    ("The Orsk Marathon was called off", "festival organisers"),  # a festival's organisers, no marathon's
])
def test_organisers_of_no_one_event_named_stay_a_source_apart(events, organisers):
    profile = profile_of((f"{events}, {organisers} said.", CLAIM, {"source": [organisers], "cue": ["said"]}))
    assert profile["credits"] == [organisers]


@pytest.mark.parametrize("representative", ["A representative for Lena Croft", "A publicist for Lena Croft",
                                            "A representative of the singer"])
def test_the_spokeswoman_just_after_a_representative_is_that_representative(representative):
    dismissed = (f"{representative} dismissed the report.", DENIAL, {"source": [representative], "cue": ["dismissed"]})
    untrue = ('"It is simply untrue," the spokeswoman said.', DENIAL, {"source": ["the spokeswoman"], "cue": ["said"]})
    credits = profile_of(dismissed, untrue)["credits"]
    assert credits[1] == credits[0] and credits[0].startswith(representative.split(" ")[1])
    # not after another source spoke between them
    agent = ("Her agent said the tour would go ahead.", CLAIM, {"source": ["Her agent"], "cue": ["said"]})
    assert profile_of(dismissed, agent, untrue)["credits"][2] not in (credits[0], "agent")
