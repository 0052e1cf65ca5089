"""Credits, sources and denial pairs in copy on protests and civil unrest, on hand-built sentences: a rights group
described with where it is based ("a monitoring group based in Geneva") is what "the group" later means; "A company
spokeswoman" after a firm named by a plural of firms' names ("Copperfell Resources") is its spokesperson; "the
force" after "the Metropolitan Police of Tarrow" is that force; "service" marked alone in "The police service" is read
with its qualifier; graffiti, a banner or a sign accusing is no source."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


def test_a_group_described_with_where_it_is_based_is_what_the_group_later_means():
    described = ("Harrow Lens, a monitoring group based in Port Vell, says the true toll is at least three.", CLAIM,
                 {"source": ["Harrow Lens, a monitoring group based in Port Vell"], "cue": ["says"]})
    between = ("Its researchers spoke to relatives of two men.", FACT, {})
    report = ("The group's report accused the police of excessive force.", CLAIM,
              {"source": ["The group's report"], "cue": ["accused"]})
    assert profile_of(described, between, report)["credits"] == ["harrow lens", None, "harrow lens"]
    said = ("The group said the police had ignored its letters.", CLAIM, {"source": ["The group"], "cue": ["said"]})
    assert profile_of(described, between, said)["credits"][2] == "harrow lens"
    # a firm based somewhere is no group
    firm = ("Harrow Lens, a law firm based in Port Vell, says the true toll is at least three.", CLAIM,
            {"source": ["Harrow Lens, a law firm based in Port Vell"], "cue": ["says"]})
    assert profile_of(firm, between, said)["credits"][2] != "harrow lens"


def test_the_group_after_its_director_named_by_its_acronym_is_still_the_group():
    network = ("The Harbour Assembly Rights Network (HARN) accused police of unlawful arrests.", CLAIM,
               {"source": ["The Harbour Assembly Rights Network (HARN)"], "cue": ["accused"]})
    director = ('"This was a peaceful march," said HARN director Mira Olsen.', CLAIM,
                {"source": ["HARN director Mira Olsen"], "cue": ["said"]})
    group = ("The group said it had reviewed 60 videos.", CLAIM, {"source": ["The group"], "cue": ["said"]})
    assert profile_of(network, director, group)["credits"] == [
        "harbour assembly rights network", "mira olsen", "harbour assembly rights network"]
    # the director of another body, by its own acronym, leaves "the group" no one's
    other = ("The Velm Press Union (VPU) said two reporters were held.", CLAIM,
             {"source": ["The Velm Press Union (VPU)"], "cue": ["said"]})
    their = ('"They took our phones," said VPU director Ivo Hale.', CLAIM,
             {"source": ["VPU director Ivo Hale"], "cue": ["said"]})
    assert profile_of(network, other, their, group)["credits"][3] != "harbour assembly rights network"


def test_a_company_spokesperson_after_a_firm_named_by_a_plural_of_firms_names_speaks_for_it():
    accused = ("Goran Pell accused the mine's owner, Copperfell Resources, of asking for troops.", CLAIM,
               {"source": ["Goran Pell"], "cue": ["accused"]})
    dismissed = ("Copperfell Resources dismissed the accusation.", DENIAL,
                 {"source": ["Copperfell Resources"], "cue": ["dismissed"]})
    spokeswoman = ("A company spokeswoman said it had made no request to the military.", DENIAL,
                   {"source": ["A company spokeswoman"], "cue": ["said"]})
    assert profile_of(dismissed, spokeswoman)["credits"] == [
        "copperfell resources", "copperfell resources spokesperson"]
    assert profile_of(accused, dismissed, spokeswoman)["credits"][2] == "copperfell resources spokesperson"
    # a name of no firm's plural is a person's, whom no company spokesperson speaks for
    person = ("Dravo Kessum dismissed the accusation.", DENIAL, {"source": ["Dravo Kessum"], "cue": ["dismissed"]})
    assert profile_of(person, spokeswoman)["credits"] == ["dravo kessum", "company spokesperson"]



def test_the_force_and_police_mean_a_police_force_credited_with_its_place_after_of():
    force = ("According to the Metropolitan Police of Tarrow, protesters tried to storm the assembly.", CLAIM,
             {"source": ["the Metropolitan Police of Tarrow"], "cue": ["According to"]})
    the_force = ("In a statement, the force said the route had been changed.", CLAIM,
                 {"source": ["the force"], "cue": ["said"]})
    police = ("Nineteen people were arrested, police said.", CLAIM, {"source": ["police"], "cue": ["said"]})
    profile = profile_of(force, the_force, police)
    assert profile["credits"] == ["metropolitan police of tarrow"] * 3
    assert [(s["display"], s["sentences"]) for s in profile["sources"]] == [("Metropolitan Police of Tarrow", 3)]
    # a force named in passing, no source, is still the one "the force" means
    passing = ("Officers of the Harbour Police blocked the route.", FACT, {})
    assert profile_of(passing, the_force)["credits"][1] == "harbour police"


def test_a_body_s_noun_marked_without_the_words_qualifying_it_is_read_with_them():
    service = ("The Port Vell Police Service denied that an officer fired a shot.", DENIAL,
               {"source": ["The Port Vell Police Service"], "cue": ["denied"]})
    group = ("The rights group Open Ward says 23 people were held without a lawyer.", CLAIM,
             {"source": ["The rights group Open Ward"], "cue": ["says"]})
    rejected = ("The police service rejected Open Ward's figures as inaccurate.", DENIAL,
                {"source": ["service"], "cue": ["rejected"]})
    spokeswoman = ("A spokeswoman said every detainee had been offered legal advice.", DENIAL,
                   {"source": ["A spokeswoman"], "cue": ["said"]})
    assert profile_of(service, group, rejected, spokeswoman)["credits"] == [
        "port vell police service", "open ward", "port vell police service", "port vell police service spokesperson"]
    # another service is its own source, and a noun joined to another by "and" is not grown over it
    ambulance = ("The ambulance service rejected Open Ward's figures as inaccurate.", DENIAL,
                 {"source": ["service"], "cue": ["rejected"]})
    assert profile_of(service, group, ambulance)["credits"][2] == "ambulance service"
    both = ("The army and police rejected Open Ward's figures.", DENIAL, {"source": ["police"], "cue": ["rejected"]})
    assert profile_of(group, both)["credits"][1] == "police"


def test_his_family_after_a_sentence_naming_one_person_and_crediting_no_one_is_that_person_s():
    chief = ("Asked about the video, Chief Constable Bram Elder said he had not yet seen it.", CLAIM,
             {"source": ["Chief Constable Bram Elder"], "cue": ["said"]})
    death = ("Protests began after the death of Yusuf Amran, 19, who died in police custody.", FACT, {})
    family = ("His family says he was beaten.", CLAIM, {"source": ["His family"], "cue": ["says"]})
    assert profile_of(chief, death, family)["credits"] == ["bram elder", None, "amran's family"]
    # a sentence naming two men, or crediting its own speaker, leaves "his" to the rules before
    two = ("Protests began after Yusuf Amran and Tomas Vell died in police custody.", FACT, {})
    assert profile_of(chief, two, family)["credits"][2] == "elder's family"


def test_the_office_is_the_one_office_the_copy_named_a_source_or_not():
    named = ("A report by the city's police complaints body, the Office for Police Conduct, is expected in May.", FACT,
             {})
    said = ("The office said it had received 118 complaints about the march.", CLAIM,
            {"source": ["The office"], "cue": ["said"]})
    assert profile_of(named, said)["credits"] == [None, "office for police conduct"]
    # two offices named leave it no one's, and "her office" stays the side of the person "her" means
    two = ("The Home Office and the Cabinet Office published the figures.", FACT, {})
    assert profile_of(two, said)["credits"][1] == "office"
    minister = ("Energy Minister Petra Solheim said the plan was sound.", CLAIM,
                {"source": ["Energy Minister Petra Solheim"], "cue": ["said"]})
    hers = ("Her office said it had received 118 complaints.", CLAIM, {"source": ["Her office"], "cue": ["said"]})
    assert profile_of(named, minister, hers)["credits"][2] == "solheim's office"


@pytest.mark.parametrize("row", [
    ("Graffiti appeared on the wall overnight, accusing the mayor of theft.", {"cue": ["accusing"]}),
    ("Graffiti appeared on the wall overnight, accusing the mayor of theft.",
     {"source": ["Graffiti"], "cue": ["accusing"]}),
    ("A banner hung from the bridge on Monday, accusing the council of neglect.",
     {"source": ["A banner"], "cue": ["accusing"]}),
    ("A sign outside the shop accused the landlord of greed.",
     {"source": ["A sign outside the shop"], "cue": ["accused"]}),
])
def test_a_thing_on_display_accusing_is_no_source(row):
    """Graffiti, a banner or a sign carries words but says nothing itself: no one is credited and it is no source
    (before: "graffiti", "banner", "sign outside the shop" were sources)."""
    text, marks = row
    profile = profile_of((text, CLAIM, marks))
    assert profile["credits"] == [None]
    assert profile["sources"] == []


def test_the_people_behind_a_banner_or_a_poster_online_stay_sources():
    unfurled = ("A banner unfurled by Tenants United accused the council of neglect.", CLAIM,
                {"source": ["A banner unfurled by Tenants United"], "cue": ["accused"]})
    assert profile_of(unfurled)["credits"] == ["tenants united"]
    forum = ("An anonymous poster on the forum claimed the mayor took bribes.", CLAIM,
             {"source": ["An anonymous poster on the forum"], "cue": ["claimed"]})
    assert profile_of(forum)["credits"] == ["anonymous poster on the forum"]
    # "Posters" alone are a thread's people who post; the campaign's posters, posters on a wall or "A poster" are
    # things
    people = ("Posters said the ban was unfair.", CLAIM, {"source": ["Posters"], "cue": ["said"]})
    assert profile_of(people)["credits"] == ["posters"]
    for thing in ("The campaign posters", "Posters on the wall", "A poster"):
        put_up = (f"{thing} accused the mayor of theft.", CLAIM, {"source": [thing], "cue": ["accused"]})
        assert profile_of(put_up)["credits"] == [None], thing


def test_a_name_ending_in_a_displayed_thing_s_word_stays_a_source():
    """A person surnamed Banner or Sign, or a newspaper called the Banner, is a source though "banner" alone on a
    bridge is not (before: "tom banner", "kessel banner" and "ana sign" were no sources)."""
    named = ("Tom Banner, a councillor, said the plan would fail.", CLAIM,
             {"source": ["Tom Banner, a councillor"], "cue": ["said"]})
    again = ("Banner said the council had ignored residents.", CLAIM, {"source": ["Banner"], "cue": ["said"]})
    assert profile_of(named, again)["credits"] == ["tom banner", "tom banner"]
    paper = ("The Kessel Banner reported that the mayor had resigned.", CLAIM,
             {"source": ["The Kessel Banner"], "cue": ["reported"]})
    titled = ("Councillor Ana Sign said the plan would fail.", CLAIM,
              {"source": ["Councillor Ana Sign"], "cue": ["said"]})
    assert [profile_of(row)["credits"] for row in (paper, titled)] == [["kessel banner"], ["ana sign"]]
