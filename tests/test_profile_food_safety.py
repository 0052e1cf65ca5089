"""Credits, sources and denials in food safety, restaurant inspection and product recall copy, on hand-built
sentences: a food maker named by its trade ("Tessel Nutrition", "Pellmore Mills", "Bayline Packing") is a firm
that "the company" means later, while "Mills" stays a person's surname after a given name; a firm that "has just
released a statement" is what "It says" and "The statement adds" after it mean; the name after a comma
after "A lawyer for the family of one patient" or "A lawyer for the family", a firm after "of" or not, is the
lawyer's."""

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


def test_a_food_maker_named_by_its_trade_is_the_company_that_the_company_means():
    for name in ("Tessel Nutrition", "Pellmore Mills", "Bayline Packing", "Orrin Packers", "Calder Confectionery",
                 "Varn Snacks"):
        profile = profile_of(
            (f"{name} denied that any contaminated tin reached a shop.", DENIAL,
             {"source": [name], "cue": ["denied"]}),
            ("In a statement, the company said the tin was a retained sample.", DENIAL,
             {"source": ["the company"], "cue": ["said"]}),
        )
        assert profile["credits"] == [name.lower()] * 2, name
    profile = profile_of(
        ("Pellmore Mills has recalled 12 lines of flour, the company announced.", FACT,
         {"source": ["the company"], "cue": ["announced"]}),
        ("According to Pellmore, no illnesses have been reported.", CLAIM,
         {"source": ["Pellmore"], "cue": ["According to"]}),
        ("The Bakers' Federation said bakeries faced losses.", CLAIM,
         {"source": ["The Bakers' Federation"], "cue": ["said"]}),
        ("The company said the recall would cost 2 million pounds.", CLAIM,
         {"source": ["The company"], "cue": ["said"]}),
    )
    assert profile["credits"] == [None, "pellmore mills", "bakers' federation", "pellmore mills"]


def test_mills_after_a_given_name_stays_a_person_s_surname():
    profile = profile_of(
        ("John Mills said the tin was safe.", CLAIM, {"source": ["John Mills"], "cue": ["said"]}),
        ("Mills said it was a retained sample.", CLAIM, {"source": ["Mills"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["john mills", "john mills"]


def test_a_statement_just_released_is_its_issuer_s_in_a_live_blog():
    for first in ("10:48 Brennock Farm has just released a statement.", "Brennock Farm has now issued a statement.",
                  "10:48 Brennock Dairies has already issued a statement.",
                  "Brennock Farm has just released a statement."):
        profile = profile_of(
            (first, FACT, {}),
            ('It says the farm "has followed every rule" and is cooperating.', DENIAL, {"cue": ["says"]}),
            ("11:05 The statement adds that the farm's own tests found no listeria.", CLAIM, {"cue": ["adds"]}))
        key = "brennock dairies" if "Dairies" in first else "brennock farm"
        assert profile["credits"] == [None, key, key], first
    # a cheesemaker who has just released a new cheese issued no statement: "It says" stays no one's
    profile = profile_of(
        ("Alan Brennock has just released a new cheese.", FACT, {}),
        ('It says the farm "has followed every rule" and is cooperating.', DENIAL, {"cue": ["says"]}))
    assert profile["credits"] == [None, None]


def test_a_lawyer_for_a_family_of_someone_named_after_a_comma_is_the_lawyer():
    for lawyer in ("A lawyer for the family of one patient, Sinead Corrigan,",
                   "A lawyer for the family, Sinead Corrigan of Corrigan Hale,",
                   "A lawyer for the family of one patient, Sinead Corrigan of Corrigan Hale,",
                   "A lawyer for the families, Sinead Corrigan at Corrigan Hale,"):
        profile = profile_of(
            (f"{lawyer} said the family intends to sue.", CLAIM, {"source": [lawyer[:-1]], "cue": ["said"]}),
            ('"This family trusted a label," Ms Corrigan said.', CLAIM, {"source": ["Ms Corrigan"], "cue": ["said"]}))
        assert profile["credits"] == ["sinead corrigan", "sinead corrigan"], lawyer
    # a lawyer for one person named after the comma still speaks for that person
    profile = profile_of(
        ("A lawyer for the sick boy, Farid Hollis, said the family intends to sue.", CLAIM,
         {"source": ["A lawyer for the sick boy, Farid Hollis"], "cue": ["said"]}),)
    assert profile["credits"] == ["lawyer for farid hollis"]


def test_a_person_by_title_and_surname_is_not_a_farm_that_shares_the_surname():
    farm = ("Brennock Farm said it had followed every rule.", CLAIM, {"source": ["Brennock Farm"], "cue": ["said"]})
    owner = ("Alan Brennock said the farm had cut no corners.", CLAIM,
             {"source": ["Alan Brennock"], "cue": ["said"]})
    later = ("Mr Brennock said it was too early to say.", CLAIM, {"source": ["Mr Brennock"], "cue": ["said"]})
    assert profile_of(farm, owner, later)["credits"] == ["brennock farm", "alan brennock", "alan brennock"]
    assert profile_of(owner, farm, later)["credits"] == ["alan brennock", "brennock farm", "alan brennock"]
    # a given name before "Farm" is still a person's name
    person = ("Tom Farm said the cheese was safe.", CLAIM, {"source": ["Tom Farm"], "cue": ["said"]})
    again = ("Farm said it was too early to say.", CLAIM, {"source": ["Farm"], "cue": ["said"]})
    assert profile_of(person, again)["credits"] == ["tom farm", "tom farm"]
