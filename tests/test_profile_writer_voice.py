"""Credits in opinion writing: the writer's own pronouns and first-person sentences, descriptions set before or
after a name, a speech verb in the passive with its agent, and a letter's sign-off; on hand-built sentences."""

import pytest

from framing.profile import build_profile
from framing.source_finders import agent_of_passive
from test_profile_credits import CLAIM, DENIAL, FACT, LABELS, profile_of, written


def test_a_span_of_the_writer_s_or_reader_s_pronoun_alone_is_no_source():
    for pronoun in ("Our", "My", "Your", "us", "me"):
        profile = profile_of((f"{pronoun} plan for the harbour", CLAIM, {"source": [pronoun]}),
                             ("The mayor unveiled the plan on Monday.", FACT, {}), gap="\n\n")
        assert profile["credits"] == [None, None] and profile["sources"] == [], pronoun
    # "US" in capitals is the United States
    profile = profile_of(("The US said it would help.", CLAIM, {"source": ["US"], "cue": ["said"]}))
    assert profile["credits"] == ["us"] and profile["sources"][0]["display"] == "US"


def test_the_writer_s_own_analysis_and_a_fragment_opening_with_of_are_no_source():
    brandt = ("Tomas Brandt said spending was flat.", CLAIM, {"source": ["Tomas Brandt"], "cue": ["said"]})
    own = "Our analysis of the accounts shows that relief spending fell."
    for spans in (["Our", "of the accounts"], ["of the accounts"], ["Our analysis"],
                  ["Our analysis of the accounts"]):
        for cue in ([], ["shows"]):  # its verb does not make it the account of the source before
            profile = profile_of(brandt, (own, CLAIM, {"source": spans, "cue": cue}))
            assert profile["credits"] == ["tomas brandt", None] and len(profile["sources"]) == 1, (spans, cue)
    for own, span, cue in (("Our own review found the tender was rigged.", "Our own review", "found"),
                           ("But my investigation shows the ferry ran empty.", "my investigation", "shows")):
        profile = profile_of(brandt, (own, CLAIM, {"source": [span], "cue": [cue]}))
        assert profile["credits"] == ["tomas brandt", None], own
    # a span opening with "of" that names someone is read as before
    profile = profile_of(("One of its members, Senator Ines Kowal, complained that the panel was idle.", CLAIM,
                          {"source": ["of its members, Senator Ines Kowal"], "cue": ["complained"]}))
    assert profile["credits"] == ["ines kowal"]
    # another's analysis still speaks
    profile = profile_of(brandt, ("An analysis by Tessin Audit shows relief fell.", CLAIM,
                                  {"source": ["An analysis by Tessin Audit"]}))
    assert profile["credits"] == ["tomas brandt", "tessin audit"]


def test_a_lower_case_span_inside_a_short_quotation_the_writer_holds_up_is_no_source():
    profile = profile_of(('Our leaders\' "bold vision" for the harbour', CLAIM, {"source": ["Our", "vision"]}),
                         ("The mayor unveiled the plan on Monday.", FACT, {}), gap="\n\n")
    assert profile["credits"] == [None, None] and profile["sources"] == []
    # with a cue, the words in the marks may speak; a name in them and a whole quoted sentence are read as before
    profile = profile_of(('The "harbour board" said the plan was sound.', CLAIM,
                          {"source": ["harbour board"], "cue": ["said"]}))
    assert profile["credits"] == ["harbour board"]
    profile = profile_of(('Ruth Kessling called it a "bold vision" of the harbour.', CLAIM,
                          {"source": ["Ruth Kessling", "vision"]}))
    assert profile["credits"] == ["ruth kessling"]
    profile = profile_of(('"The harbour board has misled everyone for years and years.', CLAIM,
                          {"source": ["The harbour board"]}))
    assert profile["credits"] == ["harbour board"]


def test_a_sentence_in_the_writer_s_first_person_ends_the_account_it_follows():
    pike = ('Councillor Tamsin Pike claims the union\'s figures are "scaremongering."', DENIAL,
            {"source": ["Councillor Tamsin Pike"], "cue": ["claims"]})
    for own in ("I counted 212 passengers on a single Tuesday.", "We have heard that one before.",
                "But we've heard that one before.", "Our readers know better.", "My own count was higher."):
        profile = profile_of(pike, (own, DENIAL, {}), ("The buses run full.", CLAIM, {}))
        assert profile["credits"] == ["tamsin pike", None, None], own
    # a person the writer names and then answers: "her" is not the writer's source
    profile = profile_of(("My neighbour, Ruth Okafor, told me she has stopped taking the bus.", CLAIM,
                          {"source": ["My neighbour, Ruth Okafor"], "cue": ["told"]}),
                         ("I cannot blame her.", CLAIM, {}))
    assert profile["credits"] == ["ruth okafor", None]
    # "he" after it is still the person named before; a name that only opens with "Our" is no first person
    profile = profile_of(pike, ("We asked her for her data.", DENIAL, {}),
                         ("She said she had none.", DENIAL, {"source": ["She"], "cue": ["said"]}))
    assert profile["credits"] == ["tamsin pike", None, "tamsin pike"]
    profile = profile_of(pike, ("Our Lady of the Harbour school shut its gates.", DENIAL, {}))
    assert profile["credits"] == ["tamsin pike", "tamsin pike"]


def test_a_first_person_sentence_after_an_opener_before_its_comma_ends_the_account_too():
    press = ("Some Ostrian newspapers have printed stories about secret depots in Kessel.", CLAIM,
             {"source": ["Some Ostrian newspapers"], "cue": ["have printed"]})
    for own in ("As Ostria's envoy, I feel it is my duty to set the record straight.",
                "As the harbour's longest-serving pilot, we know these waters.",
                "Speaking as a parent, I find the plan reckless.", "For my part, I doubt the depots exist.",
                "But for our part, we see no depots."):
        profile = profile_of(press, (own, DENIAL, {}), ("The depots are libraries.", CLAIM, {}))
        assert profile["credits"] == ["some ostrian newspapers", None, None], own
    # an opener that names a source, or no first person after it, goes on with the account
    profile = profile_of(press, ("As the papers put it, the depots are run from abroad.", CLAIM, {}))
    assert profile["credits"] == ["some ostrian newspapers"] * 2


@pytest.mark.parametrize("own, spans", [
    ('"The fence was down," I said.', {"source": ["I"], "cue": ["said"]}),
    ('"The fence was down," I said.', {}),
    ("The fence was down when we arrived, I said.", {"cue": ["said"]}),
    ('"The fence was down," I told him.', {"cue": ["told"]}),
    ('"The fence was down," said I.', {}),
    ("The fence was down, we wrote.", {}),
])
def test_the_writer_s_own_cue_in_the_first_person_ending_a_sentence_is_no_one_else_s(own, spans):
    # before, the first person's cue at the end went on with the account of the last person named
    vask = ("Tom Vask said the gate had been locked all week.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]})
    for label in (CLAIM, FACT):
        profile = profile_of(vask, (own, label, spans), ("The sheep had gone.", CLAIM, {}))
        assert profile["credits"] == ["tom vask", None, None], (own, label)
    # inside quotation marks the first person is the speaker's, and "he said" is the person's as before
    quoted = ('"The fence was down, I said," Vask recalled.', CLAIM, {"source": ["Vask"], "cue": ["recalled"]})
    assert profile_of(vask, quoted)["credits"] == ["tom vask", "tom vask"]
    assert profile_of(vask, ('"The fence was down," he said.', CLAIM, {"source": ["he"], "cue": ["said"]})
                      )["credits"] == ["tom vask", "tom vask"]
    opened = ('Vask told the inquiry: "We got there late.', CLAIM, {"source": ["Vask"], "cue": ["told"]})
    assert profile_of(vask, opened, ('The fence was down, I said."', CLAIM, {}))["credits"] == ["tom vask"] * 3


def test_a_statement_a_colon_introduces_is_its_speaker_s_though_in_the_first_person_and_unquoted():
    acme = ("In a statement, Halvard Ferries said:", CLAIM, {"source": ["Halvard Ferries"], "cue": ["said"]})
    profile = profile_of(acme, ("We are committed to the safety of our passengers.", CLAIM, {}),
                         ("We will cooperate with the inquiry.", CLAIM, {}), gap="\n\n")
    assert profile["credits"] == ["halvard ferries"] * 3
    # a source named after it ends the statement: the writer's first person after that is the writer's
    profile = profile_of(acme, ("We are committed to safety.", CLAIM, {}),
                         ("Ruth Okafor, a passenger, said the ferry was late.", CLAIM,
                          {"source": ["Ruth Okafor, a passenger"], "cue": ["said"]}),
                         ("I counted four late sailings.", CLAIM, {}))
    assert profile["credits"] == ["halvard ferries", "halvard ferries", "ruth okafor", None]
    # a sentence not in the first person ends the statement; the writer's own colon introduces none
    profile = profile_of(acme, ("We are committed to safety.", CLAIM, {}), ("The ferry sailed at noon.", FACT, {}),
                         ("I counted four late sailings.", CLAIM, {}))
    assert profile["credits"][3] is None
    pike = ('Councillor Tamsin Pike claims the figures are false.', CLAIM,
            {"source": ["Councillor Tamsin Pike"], "cue": ["claims"]})
    profile = profile_of(pike, ("Here is what I saw on the ferry:", FACT, {}),
                         ("I counted 212 passengers.", CLAIM, {}))
    assert profile["credits"] == ["tamsin pike", None, None]


def test_a_list_heading_whose_source_speaks_only_in_an_opening_clause_is_the_writer_s():
    # "Since the minister said ..., three things have happened:" heads the writer's own list, not the minister's
    items = [("- Rents in the capital rose 9 percent.", FACT, {}), ("- Two housing charities closed.", FACT, {})]
    profile = profile_of(("Since the minister said the plan was fair in March, three things have happened:", CLAIM,
                          {"source": ["the minister"], "cue": ["said"]}), *items, gap="\n")
    assert profile["credits"] == ["minister", None, None]
    # a source speaking in the main clause after such an opening still heads its list
    profile = profile_of(("When the debate opened, Housing Minister Ana Roth listed two gains:", CLAIM,
                          {"source": ["Housing Minister Ana Roth"], "cue": ["listed"]}), *items, gap="\n")
    assert profile["credits"] == ["ana roth"] * 3


def test_a_list_a_source_s_colon_introduces_is_its_account_item_by_item():
    # before, the items, labelled facts, were credited to no one: the writer's own facts
    heading = ("The report, by the special rapporteur Ilse Dorran, found:", CLAIM,
               {"source": ["The report"], "cue": ["found"]})
    items = [("1. Police used beatings to extract confessions in 64 cases.", FACT, {}),
             ("2. Doctors at two prisons failed to record injuries.", FACT, {}),
             ("3. No officer has been prosecuted.", CLAIM, {})]
    after = ("The council will debate the report in March.", FACT, {})
    profile = profile_of(("Tessaly rejected the report.", DENIAL, {"source": ["Tessaly"], "cue": ["rejected"]}),
                         heading, *items, after, gap="\n")
    assert profile["credits"] == ["tessaly"] + ["report"] * 4 + [None]
    assert [(s["source"], s["sentences"]) for s in profile["sources"]] == [("report", 4), ("tessaly", 1)]
    # bullets under a speaking line; an item naming its own source is that source's
    profile = profile_of(("Civic Watch said in its report:", CLAIM, {"source": ["Civic Watch"], "cue": ["said"]}),
                         ("• 214 people were held without any record.", FACT, {}),
                         ("• 38 former detainees described beatings.", CLAIM,
                          {"source": ["38 former detainees"], "cue": ["described"]}),
                         ("- Six people died in custody.", FACT, {}), gap="\n")
    assert profile["credits"] == ["civic watch", "civic watch", "38 former detainees", "civic watch"]
    # a heading the model read as a fact still names the list's source
    profile = profile_of(("The review, published by the Kessel Bar Council, found that:", FACT,
                          {"source": ["The review"]}), *items[:2], after, gap="\n")
    assert profile["credits"] == [None, "review", "review", None]
    # the writer's own heading, or one credited only as the account going on, introduces no one's list
    profile = profile_of(("Key findings:", FACT, {}), *items[:2], gap="\n")
    assert profile["credits"] == [None, None, None]
    profile = profile_of(("Tessaly rejected the report.", DENIAL, {"source": ["Tessaly"], "cue": ["rejected"]}),
                         ("Its findings are these:", DENIAL, {}), *items[:2], gap="\n")
    assert profile["credits"] == ["tessaly", "tessaly", None, None]


def test_a_list_of_findings_below_a_sentence_naming_the_report_is_the_report_s():
    # before, "Key findings:" named no one, so its items, labelled facts, were credited to no one
    items = [("1. Detainees at Orsk were held for weeks without a lawyer.", FACT, {}),
             ("2. Guards beat prisoners during night-time questioning.", FACT, {})]
    after = ("The ministry has promised a reply.", FACT, {})
    profile = profile_of(("The Kessel Commission's report, released on Monday, found abuse at three prisons.", CLAIM,
                          {"source": ["The Kessel Commission's report"], "cue": ["found"]}),
                         ("Key findings:", FACT, {}), *items, after, gap="\n")
    assert profile["credits"] == ["kessel commission", None, "kessel commission", "kessel commission", None]
    # a fact naming the report, and a heading of recommendations
    profile = profile_of(("The Kessel Commission's report was published on Monday.", FACT,
                          {"source": ["The Kessel Commission's report"]}),
                         ("Its main recommendations:", FACT, {}), *items, gap="\n")
    assert profile["credits"] == [None, None, "kessel commission", "kessel commission"]
    # a sentence naming no one before, a sentence between, or a heading of another kind credits no item
    profile = profile_of(("The report was published on Monday.", FACT, {}), ("Key findings:", FACT, {}), *items,
                         gap="\n")
    assert profile["credits"] == [None, None, None, None]
    profile = profile_of(("The Kessel Commission's report, released on Monday, found abuse at three prisons.", CLAIM,
                          {"source": ["The Kessel Commission's report"], "cue": ["found"]}),
                         ("Two of the prisons have since closed.", FACT, {}), ("Key findings:", FACT, {}), *items,
                         gap="\n")
    assert profile["credits"][3:] == [None, None]
    profile = profile_of(("The Kessel Commission's report, released on Monday, found abuse at three prisons.", CLAIM,
                          {"source": ["The Kessel Commission's report"], "cue": ["found"]}),
                         ("What happens next:", FACT, {}), *items, gap="\n")
    assert profile["credits"][2:] == [None, None]


def test_a_list_of_findings_below_a_denial_is_not_the_denier_s():
    # before, "Key findings:" after "The ministry denied the report." credited the findings to the ministry
    items = [("1. Detainees at Orsk were held for weeks without a lawyer.", FACT, {}),
             ("2. Guards beat prisoners during night-time questioning.", FACT, {})]
    report = ("The Kessel Commission's report found abuse at three prisons.", CLAIM,
              {"source": ["The Kessel Commission's report"], "cue": ["found"]})
    denial = ("The ministry denied the report.", DENIAL, {"source": ["The ministry"], "cue": ["denied"]})
    profile = profile_of(report, denial, ("Key findings:", FACT, {}), *items, gap="\n")
    assert profile["credits"] == ["kessel commission", "ministry", None, None, None]
    profile = profile_of(denial, ("Key findings:", FACT, {}), *items, gap="\n")
    assert profile["credits"] == ["ministry", None, None, None]


def test_a_first_person_sentence_in_quotation_marks_or_a_speaker_s_turn_goes_on_with_the_speaker():
    # a quotation over paragraphs, each reopened, and one closed by a later sentence
    profile = profile_of(('Ines Varga, the harbour master, said: "The port is failing.', CLAIM,
                          {"source": ["Ines Varga, the harbour master"], "cue": ["said"]}),
                         ('"We need an inquiry.', CLAIM, {}), ('"I will ask for one."', CLAIM, {}), gap="\n\n")
    assert profile["credits"] == ["ines varga"] * 3
    profile = profile_of(("Ines Varga, the harbour master, spoke on Monday.", FACT,
                          {"source": ["Ines Varga, the harbour master"]}),
                         ('"We need an inquiry.', CLAIM, {}),
                         ('I will ask for one," she said.', CLAIM, {"source": ["she"], "cue": ["said"]}))
    assert profile["credits"] == [None, "ines varga", "ines varga"]
    # a quotation whose next paragraph the text did not reopen with a mark: its closing mark tells
    profile = profile_of(("Ruth Okafor posted this on Monday:", FACT, {"source": ["Ruth Okafor"]}),
                         ("\u201cIt has been hard to watch my friends take sides.", CLAIM, {}),
                         ("So I am asking you to unfriend me.\u201d", CLAIM, {}), gap="\n\n")
    assert profile["credits"] == [None, "ruth okafor", "ruth okafor"]
    sentences, text = written(("HOST: What happened at the pier?", FACT, {}),
                              ("MAYOR ANA ROE: The board closed it.", CLAIM, {}), ("We had no choice.", CLAIM, {}),
                              gap="\n")
    assert build_profile(sentences, LABELS, text)["credits"] == ["host", "ana roe", "ana roe"]


def test_an_issuer_s_first_person_after_a_quotation_is_the_issuer_s_not_the_person_quoted():
    profile = profile_of(("The Harbour Party issued a statement on Monday.", FACT, {}),
                         ('Party leader Ines Varga said: "The port is failing."', CLAIM,
                          {"source": ["Party leader Ines Varga"], "cue": ["said"]}),
                         ("We demand an inquiry into the port's finances.", CLAIM, {}), gap="\n\n")
    assert profile["credits"] == [None, "ines varga", None]


def test_a_speech_verb_in_the_passive_is_its_agent_s_or_ends_the_account_before_it():
    baywater = ("Baywater Holdings said in 2019 that its mall would create 800 jobs.", CLAIM,
                {"source": ["Baywater Holdings"], "cue": ["said"]})
    for sentence, agent in (('Residents who objected were dismissed by the deputy mayor as "a noisy minority."',
                             "deputy mayor"),
                            ("The plan was roundly criticised by Councillor Tamsin Pike.", "tamsin pike"),
                            ("The jobs figure was disputed by the Ministry of Labour, which called it a guess.",
                             "ministry of labour"),
                            ("Staff were told by the harbour board that pay would rise.", "harbour board")):
        profile = profile_of(baywater, (sentence, CLAIM, {}))
        assert profile["credits"] == ["baywater holdings", agent], sentence
    # an agent that names no one credits no one, and the account before it ends there
    profile = profile_of(baywater, ('The scheme was dismissed by critics as "a gimmick."', CLAIM, {}),
                         ("The jobs would be seasonal.", CLAIM, {}))
    assert profile["credits"] == ["baywater holdings", None, None]
    # a speech verb before the passive keeps the sentence its subject's
    profile = profile_of(("Ruth Okafor said the depot was unsafe.", CLAIM, {"source": ["Ruth Okafor"]}),
                         ("She said she was told by inspectors that it would close.", CLAIM, {"source": ["She"]}))
    assert profile["credits"] == ["ruth okafor", "ruth okafor"]
    # and so does one after it: the passive is part of what the speaker says
    profile = profile_of(("Nurse Ada Kemp described the night of the fire.", FACT, {"source": ["Nurse Ada Kemp"]}),
                         ("Patients were told by staff to stay in their rooms, she said.", CLAIM, {"source": ["she"]}))
    assert profile["credits"] == [None, "ada kemp"]
    profile = profile_of(("Ana Ruiz toured the plant on Monday.", FACT, {}),
                         ("Tenants were warned by the landlord that rents would rise, Councillor Ben Ode said.",
                          CLAIM, {}))
    assert profile["credits"][1] != "landlord"
    # words at the end that name no speaker are no trailing credit: the passive's agent still counts
    for ending in ("and little more was said", "as the mayor had long said"):
        profile = profile_of(baywater, (f"The plan was dismissed by critics as reckless, {ending}.", CLAIM, {}))
        assert profile["credits"] == ["baywater holdings", None], ending


def test_an_identifiable_group_in_lower_case_speaks_by_the_passive_or_a_relative_clause():
    baywater = ("Baywater Holdings said in 2019 that its mall would create 800 jobs.", CLAIM,
                {"source": ["Baywater Holdings"], "cue": ["said"]})
    for sentence, group in (("The levy was criticised by dock workers' unions, which said it would cost jobs.",
                             "dock workers' unions"),
                            ("The closure was welcomed by road-safety campaigners, who said it was overdue.",
                             "road-safety campaigners"),
                            ("The plan was condemned by tenant associations as a land grab.", "tenant associations"),
                            ("The levy was opposed by shipping firms, which said it would drive trade away.",
                             "shipping firms"),
                            ("The sharpest warning came from harbour engineers, who said the channel was too shallow.",
                             "harbour engineers")):
        profile = profile_of(baywater, (sentence, CLAIM, {}))
        assert profile["credits"] == ["baywater holdings", group], sentence
    # weasel wording is no group, whatever follows it
    for sentence in ("The levy was criticised by critics, who said it would cost jobs.",
                     "The levy was criticised by many, who said it would cost jobs.",
                     "The levy was criticised by their members, who said it would cost jobs."):
        assert profile_of(baywater, (sentence, CLAIM, {}))["credits"][1] is None, sentence


def test_the_one_sued_in_the_passive_is_no_speaker_of_the_claim_after_its_suer():
    # before, the account of the firm or person sued went on: the suers' claim was credited to the one they sued
    kellmore = ("Kellmore Homes said the flats were safe.", CLAIM, {"source": ["Kellmore Homes"], "cue": ["said"]})
    for sentence, credit in (("It was sued by the Ostby Tenants Union, which said the flats made children ill.",
                              "ostby tenants union"),
                             ("The firm was sued by tenants who say the flats made them ill.", None),
                             ("It was sued by tenants in May, who said the flats made them ill.", None)):
        assert profile_of(kellmore, (sentence, CLAIM, {}))["credits"] == ["kellmore homes", credit], sentence


@pytest.mark.parametrize("text, agent", [
    ('Residents were dismissed by the deputy mayor as "a noisy minority."', "the deputy mayor"),
    ("Kellmore Homes was sued by the Ostby Tenants Union over the damp.", "the Ostby Tenants Union"),
    ("Pike was accused by the dockers' union of lying about the figures.", "the dockers' union"),
    ("Staff were told by the Ministry of Health that pay would rise.", "the Ministry of Health"),
    ("The figures were disputed by Mr. Pike, who called them false.", "Mr. Pike"),
    ("The idea was praised by the head of the union in a letter.", "the head of the union"),
    ("The scheme was dismissed by critics as a gimmick.", None),  # no one named
    ("She said she was told by the harbour board that it would close.", None),  # hers: a speech verb first
    ("The pier was rebuilt by the harbour board in 2019.", None),  # no verb of speech or judgement
    ('The "plan" was described by "the board" as sound.', None),  # in quotation marks
    ("The plant was described by inspectors as safe, she added.", None),  # hers: a speech verb after it
    # a rating with its grade before "by"; a group in lower case alone only with a clause of finding after it
    ('The school was rated "inadequate" by the watchdog.', "the watchdog"),
    ("The care home has been judged requires improvement by the regulator.", "the regulator"),
    ("The pupils were graded far below average by the board.", None),  # three words: no grade
    ("Children's services were rated inadequate by inspectors, who found that cases were left for weeks.",
     "inspectors"),
    ("Children's services were rated inadequate by inspectors.", None),
])
def test_the_agent_of_a_speech_verb_in_the_passive(text, agent):
    found = agent_of_passive(text)
    assert (text[found[0]:found[1]] if found else None) == agent


@pytest.mark.parametrize("opening, span, company", [
    ("The port operator, Halvard Terminals, said it would hire 500 staff.", "The port operator, Halvard Terminals",
     "halvard terminals"),
    ("On Monday, the port operator, Halvard Terminals, said it would hire 500 staff.",
     "the port operator, Halvard Terminals", "halvard terminals"),
    ("The developer, Halvard Holdings, said it would hire 500 staff.", "The developer, Halvard Holdings",
     "halvard holdings"),
    ("The developer, Halvard Holdings Ltd, said it would hire 500 staff.", "The developer, Halvard Holdings Ltd",
     "halvard holdings ltd"),
    ("The developer Halvard Holdings said it would hire 500 staff.", "The developer Halvard Holdings",
     "halvard holdings"),  # no comma: a source span so written
    ("Staff cheered as the property developer Halvard Holdings Ltd said it would hire 500.",
     "the property developer Halvard Holdings Ltd", "halvard holdings ltd"),
])
def test_a_company_named_after_a_description_of_it_is_one_source_with_its_short_name(opening, span, company):
    first = (opening, CLAIM, {"source": [span], "cue": ["said"]})
    profile = profile_of(first, ("Halvard said in 2019 that it would hire 800.", CLAIM,
                                 {"source": ["Halvard"], "cue": ["said"]}))
    assert profile["credits"] == [company, company] and len(profile["sources"]) == 1
    # so is the description where it is a business's ("the port operator"), and "the company"
    again = "The port operator" if "port" in opening else "The company"
    profile = profile_of(first, (f"{again} said in 2019 that it would hire 800.", CLAIM,
                                 {"source": [again], "cue": ["said"]}))
    assert profile["credits"] == [company, company] and len(profile["sources"]) == 1


@pytest.mark.parametrize("text, span, source", [
    ("Halvard Holdings, the developer, said it would hire 500 staff.", "the developer", "halvard holdings"),
    ("On Monday, Ruth Okafor, the union's treasurer, said talks had stalled.", "the union's treasurer",
     "ruth okafor"),
    ("Talks had stalled, according to Ruth Okafor, the union's treasurer.", "the union's treasurer", "ruth okafor"),
    # a family name glued to its particle in lower case
    ("Layla el-Tamimi, a lawyer, said the case fitted a pattern.", "a lawyer", "layla el-tamimi"),
    # a place after the description's noun, and a relative clause after that
    ("Ruth Okafor, a lawyer in Kostel, said talks had stalled.", "a lawyer in Kostel", "ruth okafor"),
    ("Ruth Okafor, a lawyer in Kostel who represents the family, said talks had stalled.",
     "a lawyer in Kostel who represents the family", "ruth okafor"),
    # the name's own "the" before it, after a word opening a clause
    ("The cut came a week after the Civic Signals Project, a research group, published a study.", "a research group",
     "civic signals project"),
    # no name before the description: an opener, a date, or a lone word the text has not named
    ("On Tuesday, the developer, which owns the pier, said it would hire staff.", "the developer", "developer"),
    ("Meanwhile, the developer, Halvard, said it would hire staff.", "the developer", "developer"),
    ("Halvard, the developer, said it would hire 500 staff.", "the developer", "developer"),
    # a description not closed by a comma is no appositive: "the developer said" is the subject
    ("In Brenlow, Halvard Holdings and the developer said it would hire staff.", "the developer", "developer"),
])
def test_a_span_that_is_only_a_description_set_apart_after_a_name_is_the_name_s(text, span, source):
    profile = profile_of((text, CLAIM, {"source": [span], "cue": ["said"] if "said" in text else []}))
    assert profile["credits"] == [source]


@pytest.mark.parametrize("name", ["Layla el-Tamimi", "el-Tamimi", "Ruth Okafor"])
def test_a_description_marked_apart_after_a_name_does_not_speak_for_it(name):
    text = f"{name}, a lawyer in Kostel who represents the family, said the case fitted a pattern."
    profile = profile_of((text, CLAIM, {"source": [name, "a lawyer"], "cue": ["said"]}))
    assert profile["credits"] == [name.lower()]


def test_a_letter_s_sign_off_ends_the_account_running_into_the_next_letter():
    pike = ('Councillor Tamsin Pike dismissed the union\'s figures as "scaremongering."', DENIAL,
            {"source": ["Councillor Tamsin Pike"], "cue": ["dismissed"]})
    for sign_off, marks in (("Dev Patel, Northgate", {}), ("J. R. Okafor, Newcastle upon Tyne", {}),
                            ("Dev Patel, Northgate", {"source": ["Dev Patel"]})):
        sentences, text = written(pike, ("That is wrong.", DENIAL, {}), (sign_off, FACT, marks),
                                  ("The buses run empty.", DENIAL, {}), ("They have done for years.", CLAIM, {}),
                                  gap="\n")
        assert build_profile(sentences, LABELS, text)["credits"] == ["tamsin pike", "tamsin pike", None, None, None]
    # a line with a full stop, a name alone, or a street's line is no sign-off
    for line in ("Dev Patel, Northgate.", "Dev Patel", "Harbour Road, Northgate", "Old Mill Street, Brenlow",
                 "Quay Avenue, Northgate"):
        sentences, text = written(pike, (line, FACT, {}), ("The buses run empty.", DENIAL, {}), gap="\n")
        assert build_profile(sentences, LABELS, text)["credits"] == ["tamsin pike", None, "tamsin pike"], line
