"""A surname alone when the document names two people of that surname ("Martin Ardley" and "Helen Ardley"): joined to
one of them only on evidence (a title or "he"/"she" that fits one, the one whose account goes on, the one named as a
source since the other was last named), else left as the surname alone rather than guessed."""

import pytest

from test_profile_credits import CLAIM, DENIAL, FACT, profile_of


def said(text, source, label=CLAIM):
    return (text, label, {"source": [source], "cue": [next(cue for cue in ("said", "wrote", "denied") if cue in text)]})


def credits(*rows):
    return profile_of(*rows)["credits"]


#: The wife the story is about, named in full once; her husband named in passing with a title by a source.
_INTRODUCED = [
    ("Helen Ardley's health has been questioned for months.", FACT, {}),
    said("Her former doctor, Nina Rusk, said the illness began during the term of former Governor Martin Ardley.",
         "Her former doctor, Nina Rusk"),
]


def test_a_surname_alone_is_not_joined_to_the_namesake_named_only_in_passing():
    # before, "Ardley" joined "martin ardley", the one of them the index held (by his title)
    assert credits(*_INTRODUCED, said("In her memoir, Ardley wrote that the illness was minor.", "Ardley")) == [
        None, "nina rusk", "ardley"]


def test_a_title_or_pronoun_that_fits_one_namesake_joins_that_one():
    assert credits(*_INTRODUCED, said("Mrs. Ardley said the illness was minor.", "Mrs. Ardley"))[-1] == "helen ardley"
    assert credits(*_INTRODUCED, said("Ardley said she never hid the illness.", "Ardley"))[-1] == "helen ardley"
    profile = profile_of(*_INTRODUCED, said("Mrs. Ardley said the illness was minor.", "Mrs. Ardley"),
                         said("She said the tests were clear.", "She"))
    assert profile["credits"][-2:] == ["helen ardley", "helen ardley"]
    assert {s["source"]: s["display"] for s in profile["sources"]}["helen ardley"] == "Helen Ardley"
    # "Mr." fits the husband
    assert credits(*_INTRODUCED, said("Mr. Ardley said the illness was minor.", "Mr. Ardley"))[-1] == "martin ardley"


def test_a_title_of_the_other_sex_than_the_one_person_of_that_surname_is_someone_else():
    assert credits(
        said("Martin Ardley said the clinic would open in May.", "Martin Ardley"),
        said("Mrs. Ardley said the funds were raised at church.", "Mrs. Ardley"),
    ) == ["martin ardley", "ardley"]


def test_the_namesake_whose_account_goes_on_or_who_spoke_since_keeps_the_surname():
    # the one who speaks, his wife named in passing in his sentence
    assert credits(
        said("Former Governor Martin Ardley said the plan was sound, speaking for his wife Helen Ardley.",
             "Former Governor Martin Ardley"),
        said('"It works," Ardley said.', "Ardley"),
    ) == ["martin ardley", "martin ardley"]
    # the surname alone meant him before she was named
    assert credits(
        said("Martin Ardley said the plan was sound.", "Martin Ardley"),
        said("Ardley said the cost was fair.", "Ardley"),
        ("His wife, Helen Ardley, chairs the clinic's board.", FACT, {}),
        said("Tom Vell said the board met twice.", "Tom Vell"),
        said("Ardley said the board had no say.", "Ardley"),
    ) == ["martin ardley", "martin ardley", None, "tom vell", "martin ardley"]
    # named as a source after the other was last named in full
    assert credits(
        ("Martin Ardley opened the clinic in 2009.", FACT, {}),
        said("Helen Ardley said the clinic would expand.", "Helen Ardley"),
        said("Tom Vell said the board met twice.", "Tom Vell"),
        said("Ardley said the board had no say.", "Ardley"),
    ) == [None, "helen ardley", "tom vell", "helen ardley"]
    # so after the surname alone spoke before either was named in full: before, it stayed a source of its own
    assert credits(
        said("Ardley said the plan was sound.", "Ardley"),
        ("Tim Ardley, a senator, backed the plan in 2009.", FACT, {}),
        said("Martin Ardley said the clinic would expand.", "Martin Ardley"),
        said("Tom Vell said the board met twice.", "Tom Vell"),
        said("Ardley said the board had no say.", "Ardley"),
    ) == ["ardley", None, "martin ardley", "tom vell", "martin ardley"]


def test_a_capitalised_word_before_a_surname_that_is_no_given_name_makes_no_namesake():
    assert credits(
        said("Martin Ardley said the plan was sound.", "Martin Ardley"),
        ("Yet Ardley kept quiet on the budget.", FACT, {}),
        said("Ardley denied the cost had doubled.", "Ardley", DENIAL),
    ) == ["martin ardley", None, "martin ardley"]


@pytest.mark.parametrize("written", ["Deiniol Pryce, a farmer,", "Deiniol Pryce, 52,", "The farmer, Deiniol Pryce,",
                                     "Presenter Deiniol Pryce"])
def test_a_surname_alone_joins_a_full_name_of_an_unknown_given_name_written_as_a_person_s(written):
    # before, "Deiniol" no known given name, the full name made no namesake, and "Pryce" was a source of its own
    assert credits(
        said("Anna Orr said the river was clean.", "Anna Orr"),
        (f"{written} watched the fish die on Friday.", FACT, {}),
        said("Pryce said the water was dirty.", "Pryce"),
        said("He said the fish had died.", "He"),
    ) == ["anna orr", None, "deiniol pryce", "deiniol pryce"]
    # the subject of a sentence of no source, read as a person, is one too (see the test below)
    assert credits(
        ("Deiniol Pryce watched the fish die.", FACT, {}),
        said("Pryce said the water was dirty.", "Pryce"),
    ) == [None, "deiniol pryce"]


@pytest.mark.parametrize("verb", ["interviewed the minister for an hour", "pressed her on the dates"])
@pytest.mark.parametrize("given, surname", [("Jonah", "Brel"), ("Jonah", "Fell")])
def test_a_surname_alone_joins_the_person_a_sentence_of_no_source_wrote_in_full_of_an_unknown_given_name(
        verb, given, surname):
    # before, "Brel said" after "Jonah Brel interviewed ..." was a source "brel" of its own, the given name known to
    # no list ("fell", a verb's spelling, too)
    acted = (f"{given} {surname} {verb}.", FACT, {})
    assert credits(acted, said(f"{surname} said the answers were evasive.", surname)) == [
        None, f"{given} {surname}".lower()]
    # a word of English opening the sentence is no given name: "Unlike Brel" names no one "Brel" joins; nor does
    # a word the writer's loaded wording ("Brazen Brel")
    unlike = (f"Unlike {surname}, Mr. Holt {verb}.", FACT, {})
    assert credits(unlike, said(f"{surname} said the answers were evasive.", surname))[1] == surname.lower()
    brazen = (f"Brazen {surname} {verb}.", FACT, {"loaded": ["Brazen"]})
    assert credits(brazen, said(f"{surname} said the answers were evasive.", surname))[1] == surname.lower()


def test_the_namesake_named_in_the_sentence_before_takes_the_surname_from_the_one_it_joined_first():
    # before, the surname alone went on meaning the accuser, as it had before his sister was named: her denial was his
    profile = profile_of(
        ("Peter Halvik accused his sister of forging the deed.", CLAIM,
         {"source": ["Peter Halvik"], "cue": ["accused"]}),
        said("Halvik said the seal was fake.", "Halvik"),
        said("Irene Halvik, a nurse, denied forging anything.", "Irene Halvik", DENIAL),
        said('"I never touched the deed," Halvik said.', "Halvik", DENIAL),
    )
    assert profile["credits"] == ["peter halvik", "peter halvik", "irene halvik", "irene halvik"]
    assert [(d["denial"], d["source"], d["allegation"]) for d in profile["denials"]] == [
        (2, "irene halvik", 0), (3, "irene halvik", 0)]
    # she named two sentences before: he goes on
    assert credits(
        said("Peter Halvik said the deed was forged.", "Peter Halvik"),
        said("Halvik said the seal was fake.", "Halvik"),
        ("His sister, Irene Halvik, runs the farm.", FACT, {}),
        said("Tom Vell said the deed was lost in 2009.", "Tom Vell"),
        said("Halvik said the farm was his.", "Halvik"),
    )[-1] == "peter halvik"
    # she only written in passing in the sentence before, by another source: he goes on
    assert credits(
        said("Peter Halvik said the deed was forged.", "Peter Halvik"),
        said("Halvik said the seal was fake.", "Halvik"),
        said("Tom Vell said a clerk had insulted Irene Halvik.", "Tom Vell"),
        said('"I will not forgive that," Halvik said.', "Halvik"),
    )[-1] == "peter halvik"


def test_a_surname_alone_that_spoke_for_the_one_person_written_in_full_joins_them_once_credited_by_full_name():
    # before, the surname alone stayed a source of its own ("ardley") beside "martin ardley"
    profile = profile_of(
        ("Martin Ardley has run the clinic since 2009.", FACT, {}),
        said("Ardley said the board had no say.", "Ardley"),
        ("His cousin Helen Ardley chairs another clinic.", FACT, {}),
        said("Martin Ardley said the funds were raised at church.", "Martin Ardley"),
    )
    assert profile["credits"] == [None, "martin ardley", None, "martin ardley"]
    # the surname alone first spoke when two of that name were written in full: no telling whose, it stays apart
    assert credits(
        ("Martin Ardley and Helen Ardley have run the clinic since 2009.", FACT, {}),
        said("Ardley said the board had no say.", "Ardley"),
        said("Martin Ardley said the funds were raised at church.", "Martin Ardley"),
    ) == [None, "ardley", "martin ardley"]


@pytest.mark.parametrize("first, second", [
    ("Katharina", "Matthias"), ("Anneke", "Pieter"), ("Priya", "Olivier"), ("Layla", "João"), ("Yelena", "Sione"),
])
def test_given_names_of_translated_wire_copy_make_namesakes_too(first, second):
    # "Ted Varga accused ... Ana Varga denied ... 'Never,' Varga said", with given names of other languages' news
    assert credits(said(f"{first} Veltkamp wrote that the ministry had lied.", f"{first} Veltkamp"),
                   said(f"{second} Veltkamp said the list matched the customs records.", f"{second} Veltkamp"),
                   said('"The numbers match," Veltkamp said.', "Veltkamp")) == [
        f"{first.lower()} veltkamp", f"{second.lower()} veltkamp", f"{second.lower()} veltkamp"]


_ARRIETA = said("A deputy, María Luisa Arrieta Vidal, wrote that the minister had lied.",
                "A deputy, María Luisa Arrieta Vidal")


def test_a_spanish_or_portuguese_first_surname_alone_joins_the_one_person_so_named():
    arrieta = said("Arrieta said the papers were clear.", "Arrieta")
    assert credits(_ARRIETA, arrieta) == ["maría luisa arrieta vidal"] * 2
    assert credits(said("The minister, João Carlos Moreira Dantas, denied it.",
                        "The minister, João Carlos Moreira Dantas", DENIAL),
                   said("Moreira said the report was a fabrication.", "Moreira", DENIAL)) == [
        "joão carlos moreira dantas"] * 2
    # two people of that first surname: neither
    assert credits(_ARRIETA, said("Pedro Arrieta Soler said he had not seen the papers.", "Pedro Arrieta Soler"),
                   arrieta)[-1] == "arrieta"


def test_a_surname_first_of_the_double_surname_of_the_person_who_just_spoke_is_theirs_not_the_one_it_ends():
    second = said("A second deputy, Ana Vidal Serrano, said she had seen the papers.",
                  "A second deputy, Ana Vidal Serrano")
    vidal = said("Vidal said both had asked not to be named.", "Vidal")
    assert credits(_ARRIETA, second, vidal)[-1] == "ana vidal serrano"
    # right after the person whose name it ends spoke, it is theirs, as the name it ends
    assert credits(second, _ARRIETA, vidal)[-1] == "maría luisa arrieta vidal"


_ORTEGA = said("An opposition deputy, María Luisa Ortega Vidal, said the count was rigged.",
               "An opposition deputy, María Luisa Ortega Vidal")


@pytest.mark.parametrize("mention, span", [
    ("President Ortega said the count was fair.", "President Ortega"),  # a role she was not written with
    ("Mr. Ortega said the count was fair.", "Mr. Ortega"),  # a title of the other sex
    ("Ortega said he had won fairly.", "Ortega"),  # the other sex's "he"
    ("Ortega, the president, said his party won.", "Ortega, the president"),
])
def test_a_first_surname_alone_that_tells_another_person_stays_apart_from_the_double_surname(mention, span):
    # before, each joined "maría luisa ortega vidal": the first-surname rule read no title, role nor pronoun
    assert credits(_ORTEGA, said(mention, span))[-1] == "ortega"


def test_a_first_surname_alone_that_fits_the_double_surname_still_joins_it():
    for mention, span in [("Ms. Ortega said she would appeal.", "Ms. Ortega"),
                          ("Ortega, the deputy, said it again.", "Ortega, the deputy")]:
        assert credits(_ORTEGA, said(mention, span))[-1] == "maría luisa ortega vidal"


def test_a_surname_alone_is_the_person_it_ends_not_one_whose_middle_or_maiden_name_it_is():
    governor = said("Former Governor Tom Hollis said the law was fair.", "Former Governor Tom Hollis")
    daughter = said("His daughter, Sarah Hollis Brandt, said the law was unfair.", "His daughter, Sarah Hollis Brandt")
    # before, each went to the daughter, who spoke last
    for mention, span in [("Mr. Hollis said he would appeal.", "Mr. Hollis"), ("Hollis said it again.", "Hollis"),
                          ("Hollis, her father, said he would appeal.", "Hollis, her father")]:
        assert credits(governor, daughter, said(mention, span))[-1] == "tom hollis"


def _found(text, source):
    return (text, CLAIM, {"source": [source], "cue": ["found"]})


def test_a_study_cited_by_its_authors_is_its_lead_author_s_once_she_is_named_as_such():
    lead = said("Lead author Helena Voss said the drug was safe.", "Lead author Helena Voss")
    # before, "Voss et al." stayed a source of its own beside the lead author
    assert credits(lead, _found("A study by Voss et al. found the drug cut deaths.", "A study by Voss et al.")) == [
        "helena voss", "helena voss"]
    # a namesake who is no author does not stand in her way
    nurse = said("Karl Voss, a nurse, said the ward was full.", "Karl Voss, a nurse")
    assert credits(nurse, lead, _found("Voss et al. found the drug cut deaths.", "Voss et al."))[-1] == "helena voss"


@pytest.mark.parametrize("first", [
    said("Helena Voss said the drug was safe.", "Helena Voss"),  # no author named
    said("Helena Voss, a co-author of the study, said the drug was safe.", "Helena Voss, a co-author of the study"),
])
def test_a_study_cited_by_its_authors_stays_its_own_source_shown_with_its_stop(first):
    profile = profile_of(first, _found("Voss et al. found the drug cut deaths.", "Voss et al."))
    assert profile["credits"] == ["helena voss", "voss et al"]
    # before, shown "Voss et al" with its stop cut
    assert {s["source"]: s["display"] for s in profile["sources"]}["voss et al"] == "Voss et al."


@pytest.mark.parametrize("rows, expected", [
    # a family name written first, one person of it: the family name alone is that person
    ([said("Wang Lei said the dam was safe.", "Wang Lei"), said("Wang said the river was low.", "Wang")],
     ["wang lei", "wang lei"]),
    ([said("Park Ji-hoon said the dam was safe.", "Park Ji-hoon"), said("Mr Park said the river was low.", "Mr Park")],
     ["park ji-hoon", "park ji-hoon"]),
    # two of that family name whose given names tell no sex: a title or the name alone is left unguessed
    ([said("Wang Lei said the dam was safe.", "Wang Lei"), said("Wang Fang said the gate was old.", "Wang Fang"),
      said("Ms Wang said the river was low.", "Ms Wang")], ["wang lei", "wang fang", "wang"]),
    ([said("Wang Lei said the dam was safe.", "Wang Lei"), said("Wang Fang said the gate was old.", "Wang Fang"),
      said("Wang said the river was low.", "Wang")], ["wang lei", "wang fang", "wang"]),
    # given names that tell the sex, written first: the title picks the one of its sex
    ([said("Emily Wang said the dam was safe.", "Emily Wang"), said("David Wang said the gate was old.", "David Wang"),
      said("Ms Wang said the river was low.", "Ms Wang")], ["emily wang", "david wang", "emily wang"]),
])
def test_a_family_name_written_first_joins_its_one_person_and_two_are_not_guessed_between(rows, expected):
    assert credits(*rows) == expected


def test_a_surname_alone_joins_the_one_person_written_in_full_though_never_credited():
    # before, "Ruiz" stayed a source of its own ("ruiz"): the full name's sentence credited no one
    bakery = ("Ana Ruiz, 42, runs a bakery on Mill Road.", FACT, {})
    quoted = said('"We lost half our trade," Ruiz said.', "Ruiz")
    profile = profile_of(bakery, quoted)
    assert profile["credits"] == [None, "ana ruiz"]
    assert {s["source"]: s["display"] for s in profile["sources"]} == {"ana ruiz": "Ana Ruiz"}
    # keyed by the name from its given name on, not a word before it
    assert credits(("Democrat Ana Ruiz runs a bakery on Mill Road.", FACT, {}), quoted) == [None, "ana ruiz"]
    # a Czech or Polish given name too (before, "Karel" was no known one and "Ruiz" stayed apart)
    for given in ("Karel", "Marek", "Ivo"):
        assert credits((f"The row with the director {given} Ruiz delayed the film.", FACT, {}),
                       said('"They butchered my film," Ruiz said.', "Ruiz")) == [None, f"{given.lower()} ruiz"]
    # a surname that was a place or a source of its own before stays as written
    assert credits(("Ana Ruiz, 42, runs a bakery in Ruiz.", FACT, {}), quoted) == [None, "ruiz"]
    assert credits(said("Ruiz said the road would close.", "Ruiz"), bakery, quoted) == ["ruiz", None, "ruiz"]
    # and so does one whose "he" says another than the woman written, one a couple shares, or one a person
    # named as a source, whose given name is no known one, ends with
    assert credits(bakery, said("Ruiz said he had lost half his trade.", "Ruiz"))[1] == "ruiz"
    assert credits(("Ana and Tom Ruiz run a bakery on Mill Road.", FACT, {}), quoted) == [None, "ruiz"]
    assert credits(said("Jeh Ruiz said the road would close.", "Jeh Ruiz"), bakery, quoted) == [
        "jeh ruiz", None, "jeh ruiz"]


@pytest.mark.parametrize("span", ["Representatives Jane E. Corlow of Kessel and T. R. Pamber of Harlow",
                                  "Jane Corlow and Tom Pamber"])
def test_a_surname_alone_after_a_joint_credit_joins_the_one_person_of_the_pair_it_ends(span):
    # before, "Ms. Corlow" stayed a source of its own ("corlow"): the pair's source is no person, and "Corlow" read
    # as a word of its name
    joint = said(f"{span} said the party was short of money.", span)
    pair = "jane e. corlow and t. r. pamber" if "E." in span else "jane corlow and tom pamber"
    corlow = pair.partition(" and ")[0]
    profile = profile_of(joint, said('"We are broke," Ms. Corlow said.', "Ms. Corlow"),
                         said("She said the loans were due.", "She"), said("Pamber said they would pay.", "Pamber"))
    assert profile["credits"] == [pair, corlow, corlow, pair.partition(" and ")[2]]
    assert {s["source"]: s["display"] for s in profile["sources"]}[corlow] == corlow.title()  # "Jane E. Corlow"
    # a title of the other sex than the given name, or a surname two of the pair share, joins neither
    assert credits(joint, said('"We are broke," Mr. Corlow said.', "Mr. Corlow"))[1] == "corlow"
    assert credits(said("Ana Ruiz and Luis Ruiz said the party was short of money.", "Ana Ruiz and Luis Ruiz"),
                   said('"We are broke," Ruiz said.', "Ruiz")) == ["ana ruiz and luis ruiz", "ruiz"]


def test_a_surname_alone_joins_the_person_a_group_s_source_names_as_its_leader():
    # before, "Rupert" was no known given name, so "Dr. Rupert Okonjo", written only inside the authors' source,
    # made no namesake, and "Okonjo said" stayed a source of its own
    rows = [said("Its authors, led by Dr. Rupert Okonjo of Harlow University, wrote that the drug raised the risk.",
                 "Its authors, led by Dr. Rupert Okonjo of Harlow University"),
            said("Tessaly said the analysis was flawed.", "Tessaly", DENIAL),
            said("Okonjo said his team had checked its numbers.", "Okonjo")]
    assert credits(*rows) == ["authors", "tessaly", "rupert okonjo"]


def test_surnames_alone_joined_by_and_are_credited_as_the_people_written_in_full():
    # before, "Ruiz and Vask" stayed "ruiz and vask" though both were written in full
    backed = ("Democrat Ana Ruiz has backed the toll, as has Mayor Tom Vask.", FACT, {})
    slammed = said("Ruiz and Vask said the council had wasted money.", "Ruiz and Vask")
    profile = profile_of(backed, slammed)
    assert profile["credits"] == [None, "ana ruiz and tom vask"]
    assert [s["display"] for s in profile["sources"]] == ["Ana Ruiz and Tom Vask"]
    # two people of one of the surnames written in full, or a surname a source alone before: as written
    assert credits(("Ana Ruiz and Luis Ruiz have backed the toll, as has Mayor Tom Vask.", FACT, {}), slammed) == [
        None, "ruiz and vask"]
    assert credits(said("Ruiz said the toll was fair.", "Ruiz"), backed, slammed)[-1] == "ruiz and vask"


@pytest.mark.parametrize("listed, surname, person", [
    ("Ana Bell, Tom Vask and Lee Orr", "Orr", "lee orr"),  # "Lee", a given name of either sex
    ("Ana Bell, Tomek Vask and Lee Orr", "Vask", "tomek vask"),  # "Tomek", no given name known
    ("Ana Bell and Kiri Orr", "Orr", "kiri orr"),
])
def test_a_surname_alone_joins_the_one_name_of_a_list_of_people_whatever_its_given_name(listed, surname, person):
    # before, a name in the list joined only where its given name was known as one sex's
    rows = ((f"{listed} signed the letter.", FACT, {}), said(f"{surname} said the plan was rushed.", surname))
    assert credits(*rows) == [None, person]
    # so too two people accused together (before, "Orr" stayed apart from "Dorsey Orr and Ana Ruiz")
    assert credits(("Rosa Ibarra accused Dorsey Orr and Ana Ruiz of a cover-up.", CLAIM, {"source": ["Rosa Ibarra"]}),
                   said("Orr denied it.", "Orr", DENIAL)) == ["rosa ibarra", "dorsey orr"]
    # written alone as the subject of a sentence of no source, read as a person's, it is one too (before: the surname
    # alone); "Yet Orr" is still no one's name
    first = person.split()[0].title()
    assert credits((f"{first} {surname} signed the letter.", FACT, {}), rows[1]) == [None, person]
    assert credits((f"Yet {surname} signed the letter.", FACT, {}), rows[1]) == [None, surname.lower()]



@pytest.mark.parametrize("title, pronoun, kin, key", [("Mr", "She", "Her husband, Nate Varro", "nate varro"),
                                                      ("Mrs", "He", "His wife, Mara Varro", "mara varro")])
def test_a_title_of_the_other_sex_than_a_surname_source_s_is_the_namesake_of_that_sex(title, pronoun, kin, key):
    # before, "Mr Varro" joined "varro", the surname alone that had spoken as a woman ("She" went on with her), her
    # given name of either sex leaving her unjoined to her full name
    rows = [("Reality star Kim Varro has won a libel case against the magazine.", FACT, {}),
            said("Varro, 34, said the claims had caused great distress.", "Varro, 34"),
            said(f"{pronoun} said the messages had been abusive.", pronoun),
            said(f"{kin}, said outside court that the family felt vindicated.", kin),
            said(f'"Kim has been through hell," {title} Varro said.', f"{title} Varro")]
    assert credits(*rows) == [None, "varro", "varro", key, key]


def test_a_surname_joined_to_its_only_namesake_still_means_them_once_another_is_named():
    # before, the join of "Salgado" to "Rui Salgado", the one person of that name so far, was not kept, so once his
    # son "Miguel Salgado" spoke, "Salgado" (and the "he" after "Salgado himself ...") went to the son
    rows = [("Rui Salgado does not like to be photographed.", FACT, {}),
            said("Salgado denied any wrongdoing.", "Salgado"),
            ("His son, Miguel Salgado, now runs the London office.", FACT, {}),
            said('"My father built this business on trust," Miguel Salgado said.', "Miguel Salgado"),
            said("Prof Helen Garvey said agents had become too powerful.", "Prof Helen Garvey")]
    assert credits(*rows, ("Salgado himself declined to be interviewed.", FACT, {}),
                   said('Through a spokesman, he said that he "works for his players".', "he"))[-1] == "rui salgado"
    assert credits(*rows, said("Salgado said he works for his players.", "Salgado"))[-1] == "rui salgado"
    # the son, named as a source in the sentence just before, is meant by the surname alone after him
    assert credits(*rows[:4], said("Salgado said the firm had nothing to hide.", "Salgado"))[-1] == "miguel salgado"


@pytest.mark.parametrize("named, introduced", [("Ramon Salgado", "His son, Miguel Salgado"),
                                               ("Miguel Salgado", "His father, Ramon Salgado")])
def test_the_younger_or_the_elder_is_the_relative_the_document_described_so(named, introduced):
    # before, "The younger Salgado" was the Salgado named last, whichever generation
    rows = [said(f"{named} said the money was a loan.", named),
            said(f"{introduced}, said he had never seen the accounts.", introduced)]
    younger = said("The younger Salgado said the accounts were sealed.", "The younger Salgado")
    elder = said("The elder Salgado said the accounts were sealed.", "The elder Salgado")
    assert credits(*rows, younger)[-1] == "miguel salgado"
    assert credits(*rows, elder)[-1] == "ramon salgado"


@pytest.mark.parametrize("written", ["Among those targeted was Petra Lindqvist, an editor at the Kestrel Herald.",
                                     "Petra Lindqvist, an editor at the Kestrel Herald, was among those targeted."])
def test_a_surname_alone_joins_a_full_name_whose_role_is_served_or_ends_the_sentence(written):
    # before, a role serving a body ("an editor at the Kestrel Herald") or one ending the sentence with no comma after
    # it was no sign of a person: "Petra", no known given name, left "Lindqvist" a source of its own
    assert credits((written, FACT, {}), said("Lindqvist said the messages began in May.", "Lindqvist")) == [
        None, "petra lindqvist"]
    # a description that is no person's role, served or not: as before, no namesake
    assert credits(("Petra Lindqvist, a port on the Kessel coast.", FACT, {}),
                   said("Lindqvist said the messages began in May.", "Lindqvist")) == [None, "lindqvist"]
