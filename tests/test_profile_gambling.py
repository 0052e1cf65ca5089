"""Credits, sources and denials in gambling, lottery and betting-regulation copy, on hand-built sentences: a
gambling firm's name ("Brightwell Bet", "Orrin Gaming", "Fairmont Lotteries", "Velvet Crown Leisure") is a
business's, so "the company", "a company spokesman" and its first word alone join it, and "the bookmaker" means the
one whose name says so."""

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


def test_a_gambling_firm_s_name_is_a_business_s_that_the_company_and_its_spokesman_join():
    for name in ("Brightwell Bet", "Stakehouse Betting", "Orrin Gaming", "Grand Meridian Casinos",
                 "Velvet Crown Leisure", "Fairmont Lotteries"):
        profile = profile_of(
            (f"{name} denied that its bonus scheme rewarded staff for heavier gambling.", DENIAL,
             {"source": [name], "cue": ["denied"]}),
            ("A company spokesman said the firm had cooperated fully with the inquiry.", DENIAL,
             {"source": ["A company spokesman"], "cue": ["said"]}),
            ("The company operates eleven casinos, according to its website.", CLAIM,
             {"source": ["its website"], "cue": ["according to"]}),
        )
        key = name.lower()
        assert profile["credits"] == [key, f"{key} spokesperson", key], name
    profile = profile_of(
        ("Fairmont Lotteries said it had raised a record sum for good causes.", CLAIM,
         {"source": ["Fairmont Lotteries"], "cue": ["said"]}),
        ("Fairmont rejected the comparison.", DENIAL, {"source": ["Fairmont"], "cue": ["rejected"]}),
    )
    assert profile["credits"] == ["fairmont lotteries", "fairmont lotteries"]


def test_the_bookmaker_is_the_firm_whose_name_says_betting_and_a_gaming_board_is_no_company():
    profile = profile_of(
        ("Stakehouse Betting said its adverts were aimed only at adults.", CLAIM,
         {"source": ["Stakehouse Betting"], "cue": ["said"]}),
        ("The bookmaker added that it had cut its advertising spend.", CLAIM,
         {"source": ["The bookmaker"], "cue": ["added"]}),
    )
    assert profile["credits"] == ["stakehouse betting", "stakehouse betting"]
    # a regulator's name ending in a body's noun is no firm: "the company" after it stays itself
    profile = profile_of(
        ("The Tessaly Gaming Board fined the operator 2 million euros.", FACT, {}),
        ("The Tessaly Gaming Board said the fine was its largest.", CLAIM,
         {"source": ["The Tessaly Gaming Board"], "cue": ["said"]}),
        ("The company said it would appeal.", DENIAL, {"source": ["The company"], "cue": ["said"]}),
    )
    assert profile["credits"][1:] == ["tessaly gaming board", "company"]


def test_a_person_named_in_full_before_a_role_in_a_plain_fact_is_whom_the_surname_means_later():
    said = ("10:24 Mallory said the voluntary code on advertising was working.", DENIAL,
            {"source": ["Mallory"], "cue": ["said"]})
    for named in ("10:20 Now giving evidence is Sian Mallory, chief executive of Redline Sports.",
                  "10:20 Sian Mallory, the firm's compliance director, took the stand."):
        assert profile_of((named, FACT, {}), said)["credits"] == [None, "sian mallory"], named
    # two people of that surname so named: the surname alone means neither
    both = ("10:20 Sian Mallory, chief executive of Redline Sports, sat beside Ewan Mallory, its chairman.", FACT, {})
    assert profile_of(both, said)["credits"] == [None, "mallory"]
    # a place before a speaker's role is no person: "Port Varn, the mayor said" names no one there
    place = ("The casino will open in Port Varn, the mayor said.", CLAIM, {"source": ["the mayor"], "cue": ["said"]})
    varn = ("Varn said the licence was granted in May.", CLAIM, {"source": ["Varn"], "cue": ["said"]})
    assert profile_of(place, varn)["credits"] == ["mayor", "varn"]


def test_a_role_of_several_words_after_of_still_sets_the_name_before_it_apart_but_a_verb_after_it_does_not():
    from framing.index_name_words import NAME_APPOSED_ROLE

    # before, the role's "of" took one word or a name only: "director of national intelligence" set no name apart
    for text in ("Ilvar Tessing, the former director of national intelligence, said the list was old.",
                 "Now giving evidence is Ilvar Tessing, head of online betting policy."):
        found = NAME_APPOSED_ROLE.search(text)
        assert found is not None and found.group("name") == "Ilvar Tessing", text
    for text in ("Responding to Ilse Varnock, the head of trade said the audit was wrong.",
                 "Responding to Ilse Varnock, the head of trade said so."):
        assert NAME_APPOSED_ROLE.search(text) is None, text


def test_the_former_player_is_the_former_player_of_the_club_named_before():
    told = ("A former Kessby player, speaking on condition of anonymity, told the Wire that cash was offered.", CLAIM,
            {"source": ["A former Kessby player"], "cue": ["told"]})
    for later in ("the former player", "the player"):
        said = (f'"Everyone in the dressing room knew about it," {later} said.', CLAIM,
                {"source": [later], "cue": ["said"]})
        assert profile_of(told, said)["credits"] == ["former kessby player"] * 2, later
    official = ("A senior Holmstad Gaming Office official said the data was being checked.", CLAIM,
                {"source": ["A senior Holmstad Gaming Office official"], "cue": ["said"]})
    again = ("The senior official added that no bookmaker was under suspicion.", CLAIM,
             {"source": ["The senior official"], "cue": ["added"]})
    assert profile_of(official, again)["credits"] == ["senior holmstad gaming office official"] * 2
    # another rank is another person: "the former manager" is no "former assistant to the manager"
    aide = ("A former assistant to the Kessby manager said the squad was told nothing.", CLAIM,
            {"source": ["A former assistant to the Kessby manager"], "cue": ["said"]})
    manager = ("The former manager said the claims were false.", DENIAL,
               {"source": ["The former manager"], "cue": ["said"]})
    assert profile_of(aide, manager)["credits"][1] == "former manager"


def test_a_body_s_annual_accounts_are_its_own_word_as_its_report_is():
    found = ("A report by the addiction charity Second Chance found gambling harm costs 2.3 billion a year.", CLAIM,
             {"source": ["A report by the addiction charity Second Chance"], "cue": ["found"]})
    for accounts in ("its annual accounts", "the charity's annual accounts"):
        funded = (f"Second Chance receives no industry funding, according to {accounts}.", CLAIM,
                  {"source": [accounts], "cue": ["according to"]})
        assert profile_of(found, funded)["credits"] == ["second chance", "second chance"], accounts
    # "accounts" alone may be tellings, no document of the body's
    told = ("Second Chance receives no industry funding, according to its accounts.", CLAIM,
            {"source": ["its accounts"], "cue": ["according to"]})
    assert profile_of(found, told)["credits"] == ["second chance", "accounts"]
    # the sentence's own subject owns "its", not the body the sentence before wrote of
    ministry = ("The ministry is expected to publish its own prevalence survey in the autumn.", FACT, {})
    funded = ("Second Chance receives no industry funding, according to its annual report.", CLAIM,
              {"source": ["its annual report"], "cue": ["according to"]})
    assert profile_of(found, ministry, funded)["credits"] == ["second chance", None, "second chance"]


def test_the_association_is_the_one_association_named_though_only_inside_another_s_account():
    # before, "The Remote Gambling Association", named only in what records showed, was none "the association"
    # could mean, so the denial was a bare "association"'s
    lobbied = ("The Remote Gambling Association lobbied hard, according to records seen by this paper.", CLAIM,
               {"source": ["records seen by this paper"], "cue": ["according to"]})
    campaigners = ("Campaigners said the lobbying shaped the bill.", CLAIM,
                   {"source": ["Campaigners"], "cue": ["said"]})
    rejects = ("The association rejects that account.", DENIAL, {"source": ["The association"], "cue": ["rejects"]})
    profile = profile_of(lobbied, campaigners, rejects)
    assert profile["credits"][1:] == ["campaigners", "remote gambling association"]
    assert [pair["source"] for pair in profile["denials"]] == ["remote gambling association"]
    # two associations named: neither
    two = ("The Remote Gambling Association and the Betting Shops Association lobbied hard, according to records.",
           CLAIM, {"source": ["records"], "cue": ["according to"]})
    assert profile_of(two, campaigners, rejects)["credits"][2] == "association"
