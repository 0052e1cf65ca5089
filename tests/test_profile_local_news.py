"""Sources of American local copy: generations, degrees, wards, aldermen, police ranks and units; on hand-built
sentences (no model)."""

import pytest

from framing.profile import build_profile, normalise_source
from framing.source_keys import text_key
from test_profile import LABELS, document
from test_profile_credits import profile_of as headed

CLAIM, DENIAL = "attributed_claim", "official_denial"


def profile_of(*rows):
    """The profile of sentences one after another, each row (text, label, the source span's words or None)."""
    return build_profile(document(*rows), LABELS, " ".join(text for text, _, _ in rows))


def sources_of(profile):
    return sorted((s["display"], s["sentences"]) for s in profile["sources"])


def test_a_bare_surname_joins_a_full_name_ending_in_a_generation():
    profile = profile_of(
        ("Harold Pruitt Sr., 77, said someone had tried his back door.", CLAIM, "Harold Pruitt Sr., 77,"),
        ('"I never locked it," Pruitt said.', CLAIM, "Pruitt"))
    assert sources_of(profile) == [("Harold Pruitt Sr.", 2)]


def test_a_surname_and_a_role_join_a_titled_name_ending_in_a_generation():
    profile = profile_of(
        ("Zoning Board Chairman Gerald Whitcomb III said the board would wait.", CLAIM,
         "Zoning Board Chairman Gerald Whitcomb III"),
        ("Whitcomb said he wanted a traffic study.", CLAIM, "Whitcomb"),
        ("The chairman said the vote was in December.", CLAIM, "The chairman"))
    assert profile["credits"] == ["gerald whitcomb iii"] * 3


def test_a_father_and_a_son_of_one_name_stay_two_and_their_surname_joins_neither():
    profile = profile_of(
        ("Robert Ellison Sr. said the shop would close.", CLAIM, "Robert Ellison Sr."),
        ("Robert Ellison Jr. said it would not.", CLAIM, "Robert Ellison Jr."),
        ("Ellison said the lease ran out.", CLAIM, "Ellison"))
    assert profile["credits"][:2] == ["robert ellison sr", "robert ellison jr"]
    assert profile["credits"][2] not in profile["credits"][:2]


@pytest.mark.parametrize("text, expected", [
    ("Former library director James P. Conroy, Ph.D.", "james p. conroy"),
    ("Brookhaven's longtime schools chief Michael Tran, Ed.D.", "michael tran"),
    ("James P. Conroy Ph.D.", "james p. conroy"),
    ("Tom Brandt, M.D.", "tom brandt"),
    ("Ana Ruiz, RN, a nurse at the clinic", "ana ruiz"),
    ("Ph.D.", ""),
    ("Sen. J.D. Vance", "j.d. vance"),
    ("Raymond Cho, MBA", "raymond cho"),
    # letters that also name a body are a degree only after a name and its comma
    ("The RN", "rn"),
    ("Le Pen's RN", "le pen's rn"),
    ("Orla Vance MBA", "orla vance mba"),
])
def test_a_degree_after_a_name_is_no_source_and_no_part_of_the_name(text, expected):
    assert normalise_source(text) == expected


def test_a_degree_after_a_described_name_lets_the_surname_join():
    profile = profile_of(
        ('Former library director James P. Conroy, Ph.D., called her "the heart of the building."', CLAIM,
         "Former library director James P. Conroy, Ph.D."),
        ("Conroy said she had turned down promotions.", CLAIM, "Conroy"))
    assert profile["credits"] == ["james p. conroy"] * 2


@pytest.mark.parametrize("span", ["Raymond Cho (D-Ward 3), who sponsored the plan,",
                                  "Alderman Raymond Cho (D-Ward 3), who sponsored the plan,"])
def test_a_ward_in_brackets_before_a_relative_clause_is_dropped_and_the_surname_joins(span):
    profile = profile_of(
        (f"{span} said the city had studied the corridor.", CLAIM, span),
        ('"We have the data," Cho said.', CLAIM, "Cho"))
    assert profile["credits"] == ["raymond cho"] * 2


@pytest.mark.parametrize("title, role", [("Alderman", "alderman"), ("Alderwoman", "alderwoman"),
                                         ("Ald.", "alderman"), ("Lt.", "lieutenant"), ("Lieut.", "lieutenant"),
                                         ("Cpl.", "corporal"), ("Ofc.", "officer"), ("Cmdr.", "commander"),
                                         ("Insp.", "inspector"), ("District Attorney", "district attorney"),
                                         ("City Manager", "city manager"), ("State Fire Marshal", "fire marshal"),
                                         ("Town Clerk", "clerk"), ("Public Defender", "public defender"),
                                         ("County Administrator", "administrator"), ("County Clerk", "county clerk"),
                                         ("Village Trustee", "trustee")])
def test_a_title_before_a_name_is_dropped_and_its_role_joins_the_person(title, role):
    profile = profile_of(
        (f"{title} Nora Bellweather said she was undecided.", CLAIM, f"{title} Nora Bellweather"),
        ("Bellweather said she wanted housing.", CLAIM, "Bellweather"),
        (f"The {role} said more was coming.", CLAIM, f"The {role}"))
    assert profile["credits"] == ["nora bellweather"] * 3


@pytest.mark.parametrize("span", ["Resident Dana Whitlock", "Resident Dana Whitlock, who lives on Elm Street,"])
def test_resident_is_a_description_not_part_of_the_name(span):
    profile = profile_of(
        (f"{span} told the council the lanes would take her parking.", CLAIM, span),
        ('"Where am I supposed to park?" Whitlock said.', CLAIM, "Whitlock"))
    assert sources_of(profile) == [("Dana Whitlock", 2)]


@pytest.mark.parametrize("role", ["representative", "spokesman"])
def test_a_representative_named_after_a_comma_is_the_person_named(role):
    span = f"A {role} for the company, Bradley Stroud"
    profile = profile_of(
        (f"{span}, denied that the building had been neglected.", DENIAL, span),
        ('"We had security every night," Stroud said.', DENIAL, "Stroud"))
    assert profile["credits"] == ["bradley stroud"] * 2


@pytest.mark.parametrize("role", ["representative", "lawyer"])
def test_a_representative_for_a_person_named_after_a_comma_speaks_for_them(role):
    # the name is the person represented, as with a lawyer for them; the representative speaks, as theirs
    span = f"A {role} for the jailed activist, Lio Vantner"
    profile = profile_of((f"{span}, said he was ill.", CLAIM, span))
    assert profile["credits"] == [f"{role} for lio vantner"]


@pytest.mark.parametrize("many", ["the villagers", "the family"])
def test_a_representative_for_several_people_is_no_one_person_s_named_after_a_comma(many):
    # several people have no one name: before, "A representative for the villagers, Ana Voss" was "representative for
    # ana voss", as if she were the villagers
    span = f"A representative for {many}, Ana Voss"
    profile = profile_of((f"{span}, said the road was unsafe.", CLAIM, span))
    assert profile["credits"] == [f"representative for {many}"]


@pytest.mark.parametrize("text, expected", [
    ("Sgt. Terrence Wallace of the police department's arson unit", "terrence wallace"),
    ("Director Ann Bo of the city's housing department", "ann bo"),
    ("Jane Roe of the ruling party", "jane roe"),
    ("Ministry of the interior", "ministry of the interior"),
    ("head of the agency", "head of the agency"),
])
def test_a_lower_case_unit_after_a_person_s_name_is_dropped(text, expected):
    assert normalise_source(text) == expected


def test_a_surname_with_the_generation_still_joins_the_full_name():
    profile = profile_of(
        ("Dale Whitcombe Jr. said the lease was fair.", CLAIM, "Dale Whitcombe Jr."),
        ("Whitcombe Jr. later said he would sign it.", CLAIM, "Whitcombe Jr."),
        ("Whitcombe said the rent was too high.", CLAIM, "Whitcombe"))
    assert sources_of(profile) == [("Dale Whitcombe Jr.", 3)]


@pytest.mark.parametrize("sentence, span, expected", [
    ("The pilot, a 61-year-old man from Kessel Falls, told deputies the engine lost power.",
     "The pilot, a 61-year-old man from Kessel Falls", "pilot"),
    ("The driver, a 40-year-old woman from Port Arden, told police she swerved.",
     "The driver, a 40-year-old woman from Port Arden", "driver"),
    ("The victim, a Kessel Falls man, told officers he was robbed.", "The victim, a Kessel Falls man", "victim"),
    ("The pilot, 61, of Kessel Falls, told deputies the engine lost power.", "The pilot, 61, of Kessel Falls",
     "pilot"),
    ("A witness from Kessel Falls said the plane came down in a field.", "A witness from Kessel Falls",
     "witness from kessel falls"),
    ('"It was a blessing," said the Rev. Ana Pellow, of Kessel Falls Baptist Church.',
     "the Rev. Ana Pellow, of Kessel Falls Baptist Church", "ana pellow"),
])
def test_a_person_described_by_where_they_are_from_is_credited_not_the_place(sentence, span, expected):
    assert profile_of((sentence, CLAIM, span))["credits"] == [expected]


@pytest.mark.parametrize("span, expected", [
    ("An executive from Halvex Corp.", "halvex corp"),  # a role at a company speaks for it
    ("The inspectors, from Kessel Anti-Fraud Bureau", "kessel anti-fraud bureau"),  # not a private person
])
def test_a_role_from_a_body_is_still_the_body(span, expected):
    assert normalise_source(span) == expected


@pytest.mark.parametrize("span, expected", [
    ("U.S. Attorney Ana Voss", "ana voss"), ("State's Attorney Ana Voss", "ana voss"),
    ("Kessel County Attorney Ana Voss", "ana voss"), ("Assistant District Attorney Ana Voss", "ana voss"),
    ("Principal Ana Voss", "ana voss"),
    ("the District Attorney's office", "district attorney's office"),  # an office, no person
    ("the Town Clerk", "town clerk"), ("Principal Financial Group", "principal financial group"),
])
def test_a_local_office_before_a_name_is_a_title(span, expected):
    assert normalise_source(span) == expected


@pytest.mark.parametrize("title, description", [("Provost", "The provost"), ("Headteacher", "The headteacher"),
                                                ("Headmistress", "The headmistress"),
                                                ("Vice-Chancellor", "The vice-chancellor")])
def test_a_school_s_or_university_s_head_before_a_name_is_a_title_the_role_alone_means_later(title, description):
    # before, "Provost" stayed in the name ("provost dana orr") and "The vice-chancellor" was a source of its own
    assert normalise_source(f"{title} Dana Orr") == "dana orr"
    profile = profile_of((f"{title} Dana Orr said hiring would stop.", CLAIM, f"{title} Dana Orr"),
                         (f"{description} said two departments would close.", CLAIM, description))
    assert profile["credits"] == ["dana orr", "dana orr"]


@pytest.mark.parametrize("span, expected", [
    # a local title's word opening a firm's, an outlet's or a plan's name: no person's name follows it
    ("Principal Asset Management", "principal asset management"),
    ("an analyst at Principal Harbor Investors", "analyst at principal harbor investors"),
    ("Manager Magazin", "manager magazin"), ("Clerk Street Capital", "clerk street capital"),
    ("Marshal Plan", "marshal plan"), ("U.S. Attorney Subpoenas", "u.s. attorney subpoenas"),
    # a person's name: a known given name, or two words of no firm's name
    ("Manager Ana", "ana"), ("County Clerk Ana Voss", "ana voss"), ("Trooper J. Vell", "j. vell"),
])
def test_a_local_title_is_read_before_a_person_s_name_only(span, expected):
    assert normalise_source(span) == expected


def test_a_firm_whose_name_opens_with_a_local_title_keeps_its_whole_name():
    profile = profile_of(("Principal Harbor Investors said the fund had closed.", CLAIM, "Principal Harbor Investors"),
                         ("Harbor Investors said the fund was sound.", CLAIM, "Harbor Investors"))
    assert [source["display"] for source in profile["sources"]] == ["Principal Harbor Investors"]  # was "Harbor ..."


def test_a_local_title_before_the_surname_of_a_person_named_in_full_joins_that_person():
    profile = profile_of(
        ("Kessel District Attorney Orla Vantry Jr. said the case was strong.", CLAIM,
         "Kessel District Attorney Orla Vantry Jr."),
        ("District Attorney Vantry said a trial was set.", CLAIM, "District Attorney Vantry"))
    assert [source["display"] for source in profile["sources"]] == ["Orla Vantry Jr."]
    profile = profile_of(("City Manager Ruth Kaplow said the budget was tight.", CLAIM, "City Manager Ruth Kaplow"),
                         ("Tom Vell said it was fine.", CLAIM, "Tom Vell"),
                         ("City Manager Kaplow said cuts were coming.", CLAIM, "City Manager Kaplow"))
    assert profile["credits"] == ["ruth kaplow", "tom vell", "ruth kaplow"]
    # a surname no person was given before stays with its title
    profile = profile_of(("Trooper Vantry said the road was closed.", CLAIM, "Trooper Vantry"))
    assert profile["credits"] == ["trooper vantry"]


@pytest.mark.parametrize("aide", [
    "Eli Grant, a spokesman for the mayor,",
    "Eli Grant, an aide to the mayor,",
    "Councilmember Eli Grant, a critic of the mayor,",
    "Eli Grant, the mayor's spokesman,",
])
def test_someone_written_as_the_mayors_aide_or_critic_is_no_mayor(aide):
    profile = profile_of(
        ("Mayor Carla Whitcomb said police would not be cut.", CLAIM, "Mayor Carla Whitcomb"),
        (f"{aide} said the plan was sound.", CLAIM, aide.rstrip(",")),
        ("The mayor said the critics were wrong.", DENIAL, "The mayor"))
    assert profile["credits"] == ["carla whitcomb", "eli grant", "carla whitcomb"]


def test_a_spokesman_for_the_mayor_is_still_the_spokesman():
    profile = profile_of(
        ("Mayor Carla Whitcomb said police would not be cut.", CLAIM, "Mayor Carla Whitcomb"),
        ("Eli Grant, a spokesman for the mayor, said the plan was sound.", CLAIM,
         "Eli Grant, a spokesman for the mayor"),
        ("The spokesman said the critics were wrong.", DENIAL, "The spokesman"))
    assert profile["credits"] == ["carla whitcomb", "eli grant", "eli grant"]


@pytest.mark.parametrize("resident", ["Derek, 29,", "Walt, 70,", "Derek, who works at the scrap yard,"])
def test_a_resident_named_by_first_name_alone_is_the_he_after_him(resident):
    profile = profile_of(
        (f"{resident} said the prices are higher than at the supermarket.", CLAIM, resident.rstrip(",")),
        ('"But the supermarket doesn\'t know my name," he said.', CLAIM, "he"))
    assert profile["credits"] == [text_key(resident.split(",")[0])] * 2


def test_a_firm_of_one_word_with_a_number_after_it_is_no_person():
    profile = profile_of(
        ("Brightline, 2024's lowest bidder, said its bid was fair.", CLAIM, "Brightline, 2024's lowest bidder"),
        ("Dan Orr said the vote was clean.", CLAIM, "Dan Orr"),
        ('"I have nothing to hide," he said.', CLAIM, "he"))
    assert profile["credits"] == ["brightline", "dan orr", "dan orr"]


@pytest.mark.parametrize("office, person", [("Mayor", "the mayor"), ("Sheriff", "the sheriff"),
                                            ("Police Chief", "the police chief"), ("Gov.", "the governor")])
def test_the_one_holder_of_a_citys_office_is_the_office_after_other_sources(office, person):
    profile = profile_of(
        (f"{office} Carla Whitcomb said the city faces a gap.", CLAIM, f"{office} Carla Whitcomb"),
        ("Finance Director Omar Baines said reserves would cover it.", CLAIM, "Finance Director Omar Baines"),
        (f"{person.capitalize()} said no taxes would rise.", CLAIM, person.capitalize()))
    assert profile["credits"] == ["carla whitcomb", "omar baines", "carla whitcomb"]


def test_the_mayor_after_two_mayors_is_neither():
    profile = profile_of(
        ("Mayor Carla Whitcomb said the city faces a gap.", CLAIM, "Mayor Carla Whitcomb"),
        ("Harlow Mayor Tom Rusk said his town would help.", CLAIM, "Harlow Mayor Tom Rusk"),
        ("Finance Director Omar Baines said reserves would cover it.", CLAIM, "Finance Director Omar Baines"),
        ("The mayor said no taxes would rise.", CLAIM, "The mayor"))
    assert profile["credits"][3] not in ("carla whitcomb", "tom rusk")


def test_the_governor_after_two_governors_is_neither():
    profile = profile_of(
        ("Gov. Carla Whitcomb vetoed the bill.", "reported_fact", None),
        ("Gov. Tom Rusk of Orsk said his state would pass its own.", CLAIM, "Gov. Tom Rusk of Orsk"),
        ("Finance Director Omar Baines said reserves would cover it.", CLAIM, "Finance Director Omar Baines"),
        ("The governor said no taxes would rise.", CLAIM, "The governor"))
    assert profile["credits"][3] not in ("carla whitcomb", "tom rusk")


def test_the_accused_named_in_full_only_inside_the_accusation_is_the_surname_that_answers():
    # "Dorsey" is no known given name, so only the accusation makes "Dorsey Orr" a person
    profile = profile_of(
        ("Rosa Ibarra accused Dorsey Orr of a conflict of interest.", CLAIM, "Rosa Ibarra"),
        ("Orr denied it.", DENIAL, "Orr"),
        ("Ibarra said the rules were clear.", CLAIM, "Ibarra"),
        ("Dorsey Orr said on Friday that he would not resign.", DENIAL, "Dorsey Orr"))
    assert profile["credits"] == ["rosa ibarra", "dorsey orr", "rosa ibarra", "dorsey orr"]
    assert sources_of(profile) == [("Dorsey Orr", 2), ("Rosa Ibarra", 2)]


@pytest.mark.parametrize("accused, answer", [("South Africa", "Africa"), ("Dorsey Orr's office", "Orr")])
def test_a_place_two_people_or_an_office_accused_is_no_person_a_surname_joins(accused, answer):
    profile = profile_of(
        (f"Rosa Ibarra accused {accused} of a cover-up.", CLAIM, "Rosa Ibarra"),
        (f"{answer} denied it.", DENIAL, answer))
    assert profile["credits"] == ["rosa ibarra", answer.lower()]


@pytest.mark.parametrize("hall", ["City Hall", "Boston City Hall", "Town Hall"])
def test_a_city_hall_is_no_one_else_named_before_the_mayor_s_own_denial(hall):
    profile = profile_of(
        ("Mayor Carla Whitcomb said the city faces a gap.", CLAIM, "Mayor Carla Whitcomb"),
        (f'"We will not cut police," Whitcomb said at {hall}.', CLAIM, "Whitcomb"),
        ("She said the shortfall was driven by pension costs.", DENIAL, "She"))
    assert profile["credits"] == ["carla whitcomb"] * 3


@pytest.mark.parametrize("venue", ["the County Courthouse", "Rivermont Civic Center", "the Palace Theatre",
                                   "Kessel Arena", "the Orban Public Library", "Carnegie Hall", "Orban Memorial Hall"])
def test_a_venue_is_no_one_else_named_before_the_mayor_s_own_denial(venue):
    # before, "Courthouse", "Center", "Theatre" were read as a surname: "She" then went to no one
    profile = profile_of(
        ("Mayor Carla Whitcomb said the city faces a gap.", CLAIM, "Mayor Carla Whitcomb"),
        (f'"We will not cut police," Whitcomb said at {venue}.', CLAIM, "Whitcomb"),
        ("She said the shortfall was driven by pension costs.", DENIAL, "She"))
    assert profile["credits"] == ["carla whitcomb"] * 3


@pytest.mark.parametrize("told", ["told Dana Hall", "said in Dana Hall's office"])
def test_a_man_surnamed_hall_is_still_someone_else_named_before_a_denial(told):
    profile = profile_of(
        ("Mayor Carla Whitcomb said the city faces a gap.", CLAIM, "Mayor Carla Whitcomb"),
        (f'"We will not cut police," Whitcomb {told}.', CLAIM, "Whitcomb"),
        ("She said the shortfall was driven by pension costs.", DENIAL, "She"))
    assert profile["credits"] == ["carla whitcomb", "carla whitcomb", None]


@pytest.mark.parametrize("text, source, name", [
    ("The man, who gave his name only as Walt, said he has lived there since the 1970s.", "The man", "walt"),
    ("One resident, identified only as Marcus, said the water was brown.", "One resident", "marcus"),
    ("A neighbor who identified himself only as Marcus said the water was brown.", "A neighbor", "marcus"),
    ("The man, who gave only his first name, Walt, said he has lived there since the 1970s.", "Walt", "walt"),
    ("A woman who asked to be identified only by her first name, Ana, said the rent had doubled.", "A woman", "ana"),
    # a full name given, as a town hall's questioner gives hers
    ("The woman, who gave her name as Rita Kolb, said the rent had doubled.", "The woman", "rita kolb")])
def test_a_resident_who_gave_one_name_only_is_that_name_and_the_pronoun_after(text, source, name):
    pronoun = "She" if name in ("ana", "rita kolb") else "He"
    profile = profile_of((text, CLAIM, source), (f"{pronoun} said the noise was constant.", CLAIM, pronoun))
    assert profile["credits"] == [name, name]


def test_a_resident_who_gave_no_name_stays_described():
    profile = profile_of(("The man, who declined to give his name, said the water was brown.", CLAIM, "The man"))
    assert profile["credits"] == ["man"]


@pytest.mark.parametrize("text, span", [("Police said the footage would be released.", "Police"),
                                        ("The footage would be released, police said.", "police")])
def test_police_with_no_the_is_the_one_police_force_named(text, span):
    profile = profile_of(
        ("Calder Bay police said the man was armed.", CLAIM, "Calder Bay police"),
        (text, CLAIM, span))
    assert profile["credits"] == ["calder bay police"] * 2
    assert sources_of(profile) == [("Calder Bay police", 2)]


def test_police_with_no_the_after_two_forces_named_is_neither():
    profile = profile_of(
        ("Calder Bay police said the man was armed, and state police closed the road.", CLAIM, "Calder Bay police"),
        ("Police said the footage would be released.", CLAIM, "Police"))
    assert profile["credits"] == ["calder bay police", "police"]


@pytest.mark.parametrize("text, span", [("In a statement, the force said the footage would be released.", "the force"),
                                        ("The force said the footage would be released.", "The force")])
def test_the_force_is_the_one_police_force_named(text, span):
    # before, "the force" was a source of its own beside the police it stands for
    profile = profile_of(("Calder Bay police said the man was armed.", CLAIM, "Calder Bay police"), (text, CLAIM, span))
    assert profile["credits"] == ["calder bay police"] * 2
    # after two forces credited it is neither
    profile = profile_of(
        ("Calder Bay police said the man was armed.", CLAIM, "Calder Bay police"),
        ("State police said the road was closed.", CLAIM, "State police"),
        (text, CLAIM, span))
    assert profile["credits"] == ["calder bay police", "state police", "force"]


def test_the_force_is_the_one_force_credited_where_another_was_named_in_passing():
    # before, "the national police oversight body" named a second force, so "the force" was a source of its own
    profile = profile_of(
        ("The national police oversight body opened an inquiry.", "reported_fact", None),
        ("Dunmore police rejected the accusation.", DENIAL, "Dunmore police"),
        ("In a statement, the force said it had released only public information.", DENIAL, "the force"))
    assert profile["credits"] == [None, "dunmore police", "dunmore police"]


@pytest.mark.parametrize("overseer", ["the Independent Police Conduct Authority", "the Kestorian Police Federation"])
def test_a_body_named_after_forces_is_no_second_force(overseer):
    # before, "Independent Police" and "Kestorian Police" were read as forces, so "Police said" was neither's
    profile = profile_of(
        ("Calder Bay police said the man was armed.", CLAIM, "Calder Bay police"),
        (f"The case was referred to {overseer}.", "reported_fact", None),
        ("Police said the footage would be released.", CLAIM, "Police"))
    assert profile["credits"] == ["calder bay police", None, "calder bay police"]


def test_a_police_statement_is_the_one_force_s_named_by_its_department():
    # before, "a police statement" after "the Hartwell Police Department said" was a source of its own
    profile = profile_of(
        ("Two men were arrested, the Hartwell Police Department said.", CLAIM, "the Hartwell Police Department"),
        ("The men were held on Wednesday, according to a police statement.", CLAIM, "a police statement"),
        ("Officers recovered watches, the statement said.", CLAIM, "the statement"))
    assert profile["credits"] == ["hartwell police department"] * 3
    # with no force named, it is the police's, as "police said" is (see
    # test_a_statement_of_a_body_s_noun_is_that_body_s_before_the_body_speaks_by_its_noun)
    profile = profile_of(
        ("Two men were arrested on Tuesday.", "reported_fact", None),
        ("The men were held on Wednesday, according to a police statement.", CLAIM, "a police statement"))
    assert profile["credits"] == [None, "police"]


@pytest.mark.parametrize("force", ["the city's police department", "the town's police", "the city's police force"])
def test_the_city_s_police_is_the_force_a_police_statement_or_police_alone_means(force):
    # before, "the city's police department" was no force named, so "a police statement" and "Police" were apart
    profile = profile_of(
        (f"Two men were arrested, {force} said.", CLAIM, force),
        ("The men were held on Wednesday, according to a police statement.", CLAIM, "a police statement"),
        ("Police said the footage would be released.", CLAIM, "Police"))
    key = force.removeprefix("the ")
    assert profile["credits"] == [key] * 3
    # with state police named too, "Police" alone is neither's
    profile = profile_of(
        (f"Two men were arrested, {force} said.", CLAIM, force),
        ("State police closed the road.", "reported_fact", None),
        ("Police said the footage would be released.", CLAIM, "Police"))
    assert profile["credits"] == [key, None, "police"]


@pytest.mark.parametrize(("first", "later"), [("The city's police department", "Marlow police"),
                                               ("Marlow police", "the city's police department"),
                                               ("City police", "The Marlow Police Department"),
                                               ("Police in Marlow", "the town's police")])
def test_the_city_s_police_of_a_datelined_story_are_the_police_of_its_place(first, later):
    # before, "The city's police department said ... Marlow police said" under "MARLOW (AP) —" were two sources
    def credits(dateline):
        return profile_of(
            (f"{dateline}A man was arrested after a car hit a shop window.", "reported_fact", None),
            (f"{first} said the driver had been drinking.", CLAIM, first),
            ("No one was hurt.", "reported_fact", None),
            (f"The man will appear in court, {later} said.", CLAIM, later))["credits"]
    joined = credits("MARLOW (AP) — ")
    assert joined[1] is not None and joined[3] == joined[1]
    # with no dateline, or one of another place, the city may be another: they stay apart
    for dateline in ("", "DUNMORE (AP) — "):
        apart = credits(dateline)
        assert None not in apart[1::2] and apart[3] != apart[1]


@pytest.mark.parametrize("word", ["Homeowner", "Tenant", "Landlord", "Neighbor", "Neighbour", "Bystander", "Commuter",
                                  "Volunteer"])
def test_a_resident_s_standing_before_the_name_is_a_description_and_the_role_joins_her(word):
    profile = profile_of(
        (f"{word} Lucia Brandt said the alarm woke her before dawn.", CLAIM, f"{word} Lucia Brandt"),
        ('"We ran out in our socks," Brandt said.', CLAIM, "Brandt"),
        (f"The {word.lower()} said she would rebuild.", CLAIM, f"The {word.lower()}"))
    assert profile["credits"] == ["lucia brandt"] * 3
    assert sources_of(profile) == [("Lucia Brandt", 3)]


@pytest.mark.parametrize("forecaster", ["Ana Ruiz of the weather service",
                                        "meteorologist Ana Ruiz of the weather service's office in Orrin Falls",
                                        "Ana Ruiz, a forecaster with the weather service"])
def test_a_person_of_the_body_as_described_leaves_the_description_to_the_body_named_in_full(forecaster):
    # before, the person's words ("of", "office", "Orrin Falls") read as another weather service of her own
    profile = profile_of(
        ("The National Weather Service said a tornado touched down near Kessel Creek.", CLAIM,
         "The National Weather Service"),
        (f"It was on the ground for a minute, said {forecaster}.", CLAIM, forecaster),
        ("More storms are likely on Friday, the weather service said.", CLAIM, "the weather service"))
    assert profile["credits"] == ["national weather service", "ana ruiz", "national weather service"]


def test_a_person_of_a_body_qualified_otherwise_still_names_another():
    profile = profile_of(
        ("The National Weather Service said a tornado touched down near Kessel Creek.", CLAIM,
         "The National Weather Service"),
        ("It was brief, said Ana Ruiz of the Orrin County weather service.", CLAIM,
         "Ana Ruiz of the Orrin County weather service"),
        ("More storms are likely on Friday, the weather service said.", CLAIM, "the weather service"))
    assert profile["credits"][2] != "national weather service"


def test_forecasters_are_people_no_utility_and_a_forecaster_s_trade_is_no_part_of_her_name():
    # before, "Forecasters" read as a body the utility might be, so "The utility" stood apart from Orrin Electric
    profile = profile_of(
        ("Forecasters warned that the ground was saturated.", CLAIM, "Forecasters"),
        ("Orrin Electric said crews had restored power to most customers.", CLAIM, "Orrin Electric"),
        ("The utility said the rest would have power by Saturday.", CLAIM, "The utility"))
    assert profile["credits"] == ["forecasters", "orrin electric", "orrin electric"]
    profile = profile_of(("Forecaster Ana Ruiz said the rain would stop by noon.", CLAIM, "Forecaster Ana Ruiz"),
                         ("The forecaster said the river would crest on Sunday.", CLAIM, "The forecaster"))
    assert profile["credits"] == ["ana ruiz"] * 2


@pytest.mark.parametrize("headline, noun, lede", [
    ("Family accuses Orrin County deputies of excessive force", "Family",
     "The family of a 23-year-old man says deputies beat him during an arrest."),
    ("Tenants say landlord ignored mold", "Tenants",
     "Tenants of a building on Elm Street say their landlord ignored mold for months."),
    ("Parents say district ignored bullying", "Parents",
     "Parents of three students at Orrin Middle School say officials ignored bullying."),
])
def test_a_headline_s_group_noun_alone_is_the_one_group_the_copy_names_by_it(headline, noun, lede):
    # before, the headline's "Tenants" stood apart from "Tenants of a building on Elm Street": two sources
    span = lede.split(" say")[0]
    profile = headed((headline, CLAIM, {"source": [noun]}), (lede, CLAIM, {"source": [span]}), gap="\n\n")
    assert profile["credits"][0] == profile["credits"][1] == normalise_source(span)
    assert len(profile["sources"]) == 1


def test_a_headline_s_group_noun_after_two_groups_of_it_is_neither():
    profile = headed(("Tenants say landlord ignored mold", CLAIM, {"source": ["Tenants"]}),
                     ("Tenants of a building on Elm Street say the heat is off.", CLAIM,
                      {"source": ["Tenants of a building on Elm Street"]}),
                     ("Tenants of a tower on Pine Road say the lift is broken.", CLAIM,
                      {"source": ["Tenants of a tower on Pine Road"]}), gap="\n\n")
    assert profile["credits"][0] == "tenants"


@pytest.mark.parametrize("troopers", ["troopers", "state troopers"])
def test_troopers_are_the_one_state_police_force_named(troopers):
    # before, "troopers said" stood apart from "state police said": one force, two sources
    profile = profile_of(
        ("A pickup crossed the center line on Route 4, state police said.", CLAIM, "state police"),
        (f"The driver, 31, died at the scene, {troopers} said.", CLAIM, troopers))
    assert profile["credits"] == ["state police"] * 2
    # no state force named, or a city's only: the troopers stand as written
    profile = profile_of(
        ("A pickup crossed the center line, Calder Bay police said.", CLAIM, "Calder Bay police"),
        (f"The driver, 31, died at the scene, {troopers} said.", CLAIM, troopers))
    assert profile["credits"] == ["calder bay police", troopers]


@pytest.mark.parametrize("name", ["The Orrin School District", "The Orrin Unified School District",
                                  "The Kessel Valley Water District"])
def test_a_district_is_a_body_the_district_later_means(name):
    # before, "Orrin School District" read as a person's name of three words, so "The district" stood apart
    profile = profile_of((f"{name} said the bus driver was on leave.", CLAIM, name),
                         ("The district said it was reviewing the video.", CLAIM, "The district"))
    assert profile["credits"] == [normalise_source(name)] * 2


def test_the_principal_is_the_principal_named_just_before():
    # before, "principal" was no person's role, so "The principal" stood apart from Principal Ana Ruiz
    profile = profile_of(("Principal Ana Ruiz said the school was safe.", CLAIM, "Principal Ana Ruiz"),
                         ("The principal said the drills worked.", CLAIM, "The principal"))
    assert profile["credits"] == ["ana ruiz"] * 2


@pytest.mark.parametrize("office", ["The Orrin County Sheriff's Office", "The Orrin County Sheriff's Department"])
def test_deputies_are_the_one_sheriff_s_office_named(office):
    # before, "Deputies said" stood apart from the sheriff's office they serve
    profile = profile_of((f"{office} said the suspect was armed.", CLAIM, office),
                         ("Deputies said he fled on foot.", CLAIM, "Deputies"),
                         ("He was caught an hour later, deputies said.", CLAIM, "deputies"))
    assert profile["credits"] == [normalise_source(office)] * 3
    # no sheriff's office named: lawmakers or deputies of no office named stay as written
    profile = profile_of(("Calder Bay police said the suspect was armed.", CLAIM, "Calder Bay police"),
                         ("Deputies said he fled on foot.", CLAIM, "Deputies"))
    assert profile["credits"] == ["calder bay police", "deputies"]


@pytest.mark.parametrize("family", ["Her family", "His family", "The family"])
def test_his_or_her_family_is_the_family_of_the_one_named_before(family):
    named = ("The family of Dana Keel said she had been wrongly arrested.", CLAIM, "The family of Dana Keel")
    held = ("Keel was held for three days in the Orrin jail.", "reported_fact", None)
    again = (f"{family} said they would sue the county.", CLAIM, family)
    assert profile_of(named, held, again)["credits"] == ["family of dana keel", None, "family of dana keel"]
    # the family of someone described, not named, too
    described = ("The family of a 62-year-old woman said she had been wrongly arrested.", CLAIM,
                 "The family of a 62-year-old woman")
    key = "family of a 62-year-old woman"
    assert profile_of(described, held, again)["credits"] == [key, None, key]


def test_his_family_with_none_named_before_is_that_of_the_man_the_pronoun_means():
    vask = ("Senator Tom Vask said the bill was fair.", CLAIM, "Senator Tom Vask")
    assert profile_of(vask, ("His family said they would sue.", CLAIM, "His family"))["credits"][1] == "vask's family"
    # "her" means no one here: the family stays no one's
    assert profile_of(vask, ("Her family said they would sue.", CLAIM, "Her family"))["credits"][1] == "family"


@pytest.mark.parametrize("name", ["Orrin Public Schools", "Kessel County Schools", "The Orrin Unified Schools"])
def test_a_school_system_named_schools_is_the_one_the_district_means(name):
    # before, "The district" named no word of "Orrin Public Schools", so it stood apart
    said = (f"{name} said on Monday that it would close two schools.", CLAIM, name)
    vote = ("The board voted 5 to 2 for the plan.", "reported_fact", None)
    district = ("The district said the buildings were too costly to repair.", CLAIM, "The district")
    assert profile_of(said, vote, district)["credits"] == [normalise_source(name), None, normalise_source(name)]
    # named as no source, it is still the one the district means; after two, neither
    sued = (f"Parents sued {name} on Monday.", "reported_fact", None)
    assert profile_of(sued, district)["credits"] == [None, normalise_source(name)]
    other = ("Tarn City Schools closed one school last year.", "reported_fact", None)
    assert profile_of(sued, other, district)["credits"] == [None, None, "district"]


@pytest.mark.parametrize("holder", ["Councillor Sam Oduya", "Cllr Sam Oduya", "Dr Sam Oduya"])
def test_he_after_a_description_and_its_titled_holder_is_the_one_so_named(holder):
    # before, a title or a capitalised role before the holder's given name hid the name, and "He" was no one's
    marsh = ("Councillor Fiona Marsh said the budget was a tax on families.", CLAIM,
             {"source": ["Councillor Fiona Marsh"], "cue": ["said"]})
    opened = (f"The leader of the council, {holder}, has opened the debate.", "reported_fact", {})
    says = ("He says the city faces a gap of 14 million pounds.", CLAIM, {"source": ["He"], "cue": ["says"]})
    assert headed(marsh, opened, says)["credits"] == ["fiona marsh", None, "sam oduya"]


def test_he_after_the_one_titled_person_named_in_passing_is_that_person_where_no_one_else_may_be_meant():
    says = ("He says the plan is dead.", CLAIM, {"source": ["He"], "cue": ["says"]})
    heard = ("The board heard from Councillor Oduya.", "reported_fact", {})
    assert headed(heard, says)["credits"] == [None, "oduya"]
    # a woman who spoke before is no one "he" means; two councillors named leave it in doubt
    marsh = ("Councillor Fiona Marsh said the budget was unfair.", CLAIM,
             {"source": ["Councillor Fiona Marsh"], "cue": ["said"]})
    assert headed(marsh, heard, says)["credits"] == ["fiona marsh", None, "oduya"]
    two = ("The board heard from Councillor Oduya and Councillor Brandt.", "reported_fact", {})
    assert headed(two, says)["credits"] == [None, None]
    chair = ("The chairman heard from Councillor Oduya, a Green.", "reported_fact", {})
    assert headed(chair, says)["credits"] == [None, None]


@pytest.mark.parametrize("title", ["District Attorney", "City Manager", "County Attorney"])
def test_a_local_title_before_a_surname_is_the_person_named_in_full_before(title):
    # before, "said District Attorney Pell" after "District Attorney Ana Pell" was a source "pell" of its own
    for first in ((f"{title} Ana Pell filed charges on Monday.", "reported_fact", None),
                  (f"{title} Ana Pell said charges were filed.", CLAIM, f"{title} Ana Pell")):
        profile = profile_of(first, (f"The case is strong, said {title} Pell.", CLAIM, f"{title} Pell"))
        assert profile["credits"][1] == "ana pell"
        assert [source["source"] for source in profile["sources"]] == ["ana pell"]
