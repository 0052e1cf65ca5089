"""Credits, sources and denials in finance and markets copy (audit a57b): central banks, regulators, listed
companies' statements to the exchange, ratings agencies, short sellers and investors' lawsuits; on hand-built
sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of

AGENCY_SAID = ("The agency said the public debt would keep rising.", CLAIM, {"source": ["The agency"], "cue": ["said"]})


@pytest.mark.parametrize("lede", [
    "On Friday evening, ratings agency Kestrel Global cut the sovereign rating by one notch.",
    "On Friday, the ratings agency Kestrel Global cut the sovereign rating by one notch.",
    "The ratings agency Kestrel Global cut the sovereign rating by one notch.",
    "11:35 Rating agency Kestrel Global put the bank's rating on review for a downgrade.",
])
def test_the_agency_is_the_body_a_fact_opens_with_after_its_kind_in_lower_case_after_an_opener_or_a_stamp(lede):
    # before, only "Rating agency Kestrel Global cut ..." opening the sentence was read as the agency acting
    assert profile_of((lede, FACT, {}), AGENCY_SAID, gap="\n\n")["credits"] == [None, "kestrel global"]


@pytest.mark.parametrize("lede", [
    "Bonds fell after the ratings agency Kestrel Global cut the sovereign rating.",  # no subject: acted on, in passing
    "The union President Tom Vell cut the ribbon.",  # a person after the kind
])
def test_the_agency_stays_apart_from_a_body_the_sentence_does_not_open_with_after_its_kind(lede):
    assert profile_of((lede, FACT, {}), AGENCY_SAID)["credits"] == [None, "agency"]


@pytest.mark.parametrize("claim", [
    "Meridia said its auditor, Brandt & Vale, had resigned with immediate effect.",
    "Meridia said it had parted ways with its longtime auditor, Brandt & Vale.",
    "Meridia said its financial adviser, Cardew Partners, was reviewing the offer.",
])
def test_the_company_joins_the_body_credited_before_past_a_name_set_apart_as_its_own(claim):
    # before, the auditor's or unit's capitalised name read as another business "the company" might mean
    profile = profile_of((claim, CLAIM, {"source": ["Meridia"], "cue": ["said"]}),
                         ("The company said it would appoint a replacement.", CLAIM,
                          {"source": ["The company"], "cue": ["said"]}))
    assert profile["credits"] == ["meridia", "meridia"]


@pytest.mark.parametrize("claim", ["Meridia said Brandt & Vale had resigned.",
                                   "Meridia said its rival, Brandt & Vale, had cut prices.",
                                   "Meridia said its former owner, Brandt & Vale, had pulled out."])
def test_the_company_stays_apart_from_the_body_credited_before_when_another_is_named_not_as_its_own(claim):
    # a rival or a former owner set apart after "its" is another firm, no auditor or unit of Meridia's (before, any
    # noun after "its" made the name Meridia's own)
    profile = profile_of((claim, CLAIM, {"source": ["Meridia"], "cue": ["said"]}),
                         ("The company said it would appoint a replacement.", CLAIM,
                          {"source": ["The company"], "cue": ["said"]}))
    assert profile["credits"] == ["meridia", "company"]


@pytest.mark.parametrize("group, key", [
    ("Former colleagues", "former colleagues"), ("Two shareholders", "two shareholders"),
    ("Several investors", "several investors"), ("Other traders", "other traders"), ("His friends", "friends"),
    ("Clients of the bank", "clients of the bank")])
def test_one_after_a_group_of_people_by_a_plural_noun_is_that_group(group, key):
    # before, only groups of a role's plural ("analysts") or a few nouns ("employees") took in "One said"
    profile = profile_of((f"{group} describe Oskar Lind as quiet and hard-working.", CLAIM,
                          {"source": [group], "cue": ["describe"]}),
                         ('One said he was "the last person you would expect."', CLAIM,
                          {"source": ["One"], "cue": ["said"]}))
    assert profile["credits"] == [key, key]


@pytest.mark.parametrize("span", ["Conduct", "Conduct Board", "Financial Conduct"])
def test_a_span_cut_inside_a_body_s_name_after_the_opening_the_is_the_whole_name(span):
    # before, "Conduct" became "conduct board", a body apart from the copy's "Financial Conduct Board"
    profile = profile_of(("The Financial Conduct Board on Thursday accused Corvane Capital of mis-selling bonds.",
                          CLAIM, {"source": [span], "cue": ["accused"]}),
                         ("Corvane denied wrongdoing.", DENIAL, {"source": ["Corvane"], "cue": ["denied"]}),
                         ("The board said its advisers had steered clients into risky products.", CLAIM,
                          {"source": ["The board"], "cue": ["said"]}))
    assert profile["credits"] == ["financial conduct board", "corvane capital", "financial conduct board"]


def test_a_name_after_a_possessive_opening_the_sentence_is_not_widened_over_it():
    profile = profile_of(("The Velmar Bank's Conduct Board said the advisers had steered clients badly.", CLAIM,
                          {"source": ["Conduct Board"], "cue": ["said"]}))
    assert profile["credits"] == ["conduct board"]


@pytest.mark.parametrize("sentence, expected", [
    ("The finance ministry rejected the downgrade.", "finance ministry"),
    ("Velmar's foreign ministry rejected the downgrade.", "foreign ministry"),
    ("The justice department rejected the downgrade.", "justice department"),
    ("The new ministry rejected the downgrade.", "ministry"),  # no portfolio: any ministry
])
def test_a_ministry_s_noun_alone_takes_in_the_portfolio_the_span_left_out(sentence, expected):
    # before, "ministry" of "The finance ministry" was any ministry, apart from a "finance ministry" credited elsewhere
    profile = profile_of((sentence, DENIAL, {"source": [sentence.split()[2]], "cue": ["rejected"]}))
    assert profile["credits"] == [expected]


@pytest.mark.parametrize("span, expected", [
    ("minutes released alongside the decision", "minutes"),
    ("minutes published on Wednesday", "minutes"),
    ("the committee's minutes", "committee"),
    ("the prospectus filed last year", "prospectus"),
])
def test_minutes_and_a_prospectus_are_documents_told_apart_by_how_they_came_out(span, expected):
    # before, "minutes released alongside the decision" was a source apart from "the minutes" of the next sentence
    profile = profile_of((f"Seven members voted for the hold, according to {span}.", CLAIM,
                          {"source": [span], "cue": ["according to"]}))
    assert profile["credits"] == [expected]


CALDER_DENIES = ("Calder Mining rejected claims by the short seller Greyfin Research that it overstated its reserves.",
                 DENIAL, {"source": ["Calder Mining"], "cue": ["rejected"]})
GREYFIN_SAID = ("Greyfin said on Tuesday that the Tovik mine held less ore than reported.", CLAIM,
                {"source": ["Greyfin"], "cue": ["said"]})


@pytest.mark.parametrize("clause", ["which disclosed a short position in Calder's shares",
                                    "which has bet against Calder"])
def test_the_firm_is_not_the_one_company_its_own_relative_clause_names_as_another(clause):
    # before, "the firm" was the one company in view, Calder Mining, though the clause set it apart from Calder
    profile = profile_of(CALDER_DENIES, GREYFIN_SAID,
                         (f"The firm, {clause}, said its analysis was based on satellite images.", CLAIM,
                          {"source": ["The firm"], "cue": ["said"]}))
    assert profile["credits"] == ["calder mining", "greyfin research", "firm"]


def test_the_company_is_still_the_one_company_in_view_when_its_relative_clause_names_no_other():
    profile = profile_of(CALDER_DENIES, GREYFIN_SAID,
                         ("The company, which denies the claims, said its estimates had been verified.", CLAIM,
                          {"source": ["The company"], "cue": ["said"]}))
    assert profile["credits"] == ["calder mining", "greyfin research", "calder mining"]


@pytest.mark.parametrize("grade", ["BBB", "AA+", "BB-", "Baa3"])
def test_a_rating_s_grade_in_capitals_is_no_other_agency_s_name(grade):
    # before, the grade in capitals read as another agency's name, as "the FBI" would, and "the agency" stayed apart
    lede = f"Ratings agency Kestrel Global cut the sovereign rating by one notch, to {grade}."
    assert profile_of((lede, FACT, {}), AGENCY_SAID)["credits"] == [None, "kestrel global"]


def test_an_agency_s_letters_in_capitals_still_keep_the_agency_apart():
    lede = "Ratings agency Kestrel Global cut the sovereign rating after a warning from the FSB."
    assert profile_of((lede, FACT, {}), AGENCY_SAID)["credits"] == [None, "agency"]


@pytest.mark.parametrize("given", ["Oskar", "Rasmus", "Arjun", "Mads", "Beatrix", "Freja"])
def test_a_surname_joins_the_full_name_of_a_nordic_or_indian_given_name_written_before(given):
    # before, these given names were unknown, so "Lind" alone stayed a source apart from the trader named in full
    profile = profile_of((f"The bank has blamed a junior trader, {given} Lind, for the losses.", CLAIM,
                          {"source": ["The bank"], "cue": ["has blamed"]}),
                         ("Lind denied hiding anything.", DENIAL, {"source": ["Lind"], "cue": ["denied"]}))
    assert profile["credits"] == ["bank", f"{given.lower()} lind"]


@pytest.mark.parametrize("form, maker", [("figures from the county's largest lender", "county's largest lender"),
                                         ("numbers from the insurer", "insurer"),
                                         ("data from the county's largest carmaker", "county's largest carmaker")])
def test_a_count_from_a_business_by_its_noun_is_that_business_s(form, maker):
    rose = (f"House prices rose by 4 per cent, according to {form}.", CLAIM,
            {"source": [form], "cue": ["according to"]})
    assert profile_of(rose)["credits"] == [maker]
    # a maker whose last word says no body, a supply chain's or a place's, leaves the form whole
    for whole in ("figures from the supply chain", "figures from the city centre"):
        other = (f"House prices rose by 4 per cent, according to {whole}.", CLAIM,
                 {"source": [whole], "cue": ["according to"]})
        assert profile_of(other)["credits"] == [whole]


def test_an_insurer_s_first_word_alone_joins_its_name_ending_in_insurance():
    # before, "Insurance" ended no firm's name whose first word joins it, so "Strandline said" was a source of its own
    insurer = ("Strandline Insurance said claims had doubled.", CLAIM,
               {"source": ["Strandline Insurance"], "cue": ["said"]})
    short = ("Strandline said it would raise premiums.", CLAIM, {"source": ["Strandline"], "cue": ["said"]})
    profile = profile_of(insurer, short)
    assert profile["credits"] == ["strandline insurance"] * 2
    assert [s["display"] for s in profile["sources"]] == ["Strandline Insurance"]
    # a state's insurance scheme is no insurer: its place's word alone stays apart
    scheme = ("Kessel Social Insurance said contributions would rise.", CLAIM,
              {"source": ["Kessel Social Insurance"], "cue": ["said"]})
    kessel = ("Kessel said it would cut benefits.", CLAIM, {"source": ["Kessel"], "cue": ["said"]})
    assert profile_of(scheme, kessel)["credits"] == ["kessel social insurance", "kessel"]
