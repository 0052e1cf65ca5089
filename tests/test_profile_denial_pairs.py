"""Which earlier sentence a denial answers (the `allegation` of `denials`), on hand-built sentences from court and
crime copy: a denial of "that" or "it" answers the sentence just before."""

import re

import pytest

from test_profile_credits import profile_of as spanned
from test_profile_rebuttals import CLAIM, DENIAL, FACT, profile_of

TURNOUT = ("Turnout is running at 61%, the electoral commission said.", CLAIM, "the electoral commission")


def pairs(*rows):
    return [(d["denial"], d["source"], d["allegation"]) for d in profile_of(*rows)["denials"]]


def test_a_denial_of_that_answers_the_sentence_just_before_even_one_labelled_a_denial():
    # before, the lawyer's suggestion, labelled a denial, was no claim: the witness's "denied that" answered nothing
    rows = (("Tessa Ostrander told jurors she saw the defendant pour a third drink.", CLAIM, "Tessa Ostrander"),
            ("Defence attorney Mark Haldane suggested Ostrander had her own reasons to blame his client.", DENIAL,
             "Defence attorney Mark Haldane"),
            ("Ostrander denied that.", DENIAL, "Ostrander"))
    assert pairs(*rows)[-1] == (2, "tessa ostrander", 1)
    for denied in ("Ostrander flatly denied it.", "Ostrander rejected the suggestion."):
        assert pairs(*rows[:2], (denied, DENIAL, "Ostrander"))[-1] == (2, "tessa ostrander", 1)


@pytest.mark.parametrize("denied", ['"That\'s not true," Ostrander replied.', "Ostrander said that was untrue.",
                                    '"That is simply false," Ostrander told the court.'])
def test_calling_it_untrue_answers_the_sentence_just_before_as_denying_that_does(denied):
    # before, "That's not true" was read as denying more than "that": it answered the claim further back
    rows = (("Tessa Ostrander told jurors she saw the defendant pour a third drink.", CLAIM, "Tessa Ostrander"),
            ("Defence attorney Mark Haldane suggested Ostrander had her own reasons to blame his client.", DENIAL,
             "Defence attorney Mark Haldane"),
            (denied, DENIAL, "Ostrander"))
    assert pairs(*rows)[-1] == (2, "tessa ostrander", 1)


def test_a_judge_s_ruling_labelled_a_denial_leaves_the_judge_no_denier_whose_findings_answer_nothing():
    # before, the ruling made the judge a denier: the clerk's denial passed over her finding to the council's claim
    rows = (("Judge Petra Lindqvist wrote that the plaintiffs would likely win.", CLAIM, "Judge Petra Lindqvist"),
            ("She also found that the harm to voters outweighed the council's interest.", CLAIM, "She"),
            ("Town Clerk Amos Reddy had argued that the purge was routine.", DENIAL, "Town Clerk Amos Reddy"),
            ("In its filings, the council said most of those voters had moved away.", CLAIM, "the council"),
            ("The judge rejected that argument.", DENIAL, "The judge"),
            ("Reddy said he disagreed with the ruling and was reviewing the council's options.", DENIAL, "Reddy"))
    assert pairs(*rows) == [(2, "amos reddy", 1), (5, "amos reddy", 1)]


def test_a_denial_of_it_answers_the_writer_s_allegation_just_before():
    rows = (("Prosecutor Ana Lind said the audit took a year.", CLAIM, "Prosecutor Ana Lind"),
            ("Councillor Tom Kell allegedly moved the funds to a private account.", FACT, None),
            ("Kell denied it.", DENIAL, "Kell"))
    assert pairs(*rows) == [(2, "tom kell", 1)]


def test_a_denial_of_that_after_a_plain_fact_or_its_own_words_looks_further_back_as_before():
    claim = ("Prosecutor Ana Lind said Kell moved the funds to a private account.", CLAIM, "Prosecutor Ana Lind")
    # a plain fact of the writer's is no allegation
    assert pairs(claim, ("The hearing lasted two hours.", FACT, None),
                 ("Councillor Tom Kell denied that.", DENIAL, "Councillor Tom Kell")) == [(2, "tom kell", 0)]
    # nor is the denier's own sentence, nor one that denies more than "that"
    assert pairs(claim, ("Councillor Tom Kell said he had kept every receipt.", CLAIM, "Councillor Tom Kell"),
                 ("Kell denied that.", DENIAL, "Kell")) == [(2, "tom kell", 0)]
    assert pairs(claim, ("Kell's lawyer, Rosa Vint, said the inquiry was slow.", CLAIM, "Kell's lawyer, Rosa Vint"),
                 ("Kell denied that he moved any money.", DENIAL, "Kell"))[-1][2] == 0


def test_a_lawyer_s_denial_answers_the_writer_s_allegation_against_the_client_before_another_s_claim():
    # before, the lawyer's denial of "the charge" answered the mother's claim about her son, the one claim in reach
    rows = (("Maya Trent said her son had never been in trouble before.", CLAIM, "Maya Trent"),
            ("Deputy Warden Alan Pruett pleaded not guilty on Monday to a charge of witness tampering.", FACT, None),
            ("Pruett allegedly told guards to change their accounts.", FACT, None),
            ("Pruett's lawyer said the charge was a political stunt.", DENIAL, "Pruett's lawyer"))
    assert pairs(*rows) == [(3, "pruett's lawyer", 2)]
    assert pairs(*rows[:2], rows[3])[-1][2] == 1  # "pleaded not guilty to a charge of"
    # the accused's own denial too, of a charge written in the passive
    assert pairs(rows[0], ("Alan Pruett was charged with witness tampering in May.", FACT, None),
                 ("Pruett denied tampering with anyone.", DENIAL, "Pruett"))[-1][2] == 1
    # a fact that does not name whom the denier speaks for, or an active accusation reported by the writer, is no
    # allegation of the writer's: the claim answers, as before
    for fact in ("Ann Roy was charged with witness tampering in May.",
                 "Three guards accused Pruett of witness tampering last year."):
        assert pairs(rows[0], (fact, FACT, None), rows[3])[-1][2] == 0


def test_a_judge_s_procedural_remark_is_no_allegation_a_defence_lawyer_answers():
    # before, "her client was innocent" answered the judge's announcement of a verdict
    remark = ("The jury has reached a verdict, Judge Lena Ortez told the courtroom.", CLAIM, "Judge Lena Ortez")
    lawyer = ("Defence lawyer Ravi Singh told reporters that his client was innocent.", DENIAL,
              "Defence lawyer Ravi Singh")
    assert pairs(remark, lawyer) == [(1, "ravi singh", None)]
    # a judge's question to the denier is still what the denial answers, and so is a judge's remark that accuses
    assert pairs(('"Is that true?" Judge Lena Ortez asked Singh.', CLAIM, "Judge Lena Ortez"),
                 ("Singh said it was not.", DENIAL, "Singh"))[-1][2] == 0
    assert pairs(("Judge Lena Ortez said the evidence showed the client lied to investigators.", CLAIM,
                  "Judge Lena Ortez"), lawyer)[-1][2] == 0


def test_a_trailing_they_added_keeps_the_accusing_group_as_the_allegation_s_source():
    # before, ", they added" read as another speaker credited at the end: the regulators were not found, their claim
    # went on with the mine's account, and the mine's denial answered no allegation
    rows = (("Ostrava Mining said output rose in May.", CLAIM, "Ostrava Mining"),
            ("Regulators said the mine poisoned the river, they added.", CLAIM, None),
            ("Ostrava Mining denied the claim.", DENIAL, "Ostrava Mining"))
    assert profile_of(*rows)["credits"] == ["ostrava mining", "regulators", "ostrava mining"]
    assert pairs(*rows) == [(2, "ostrava mining", 1)]


def test_a_trailing_it_added_keeps_the_reporting_body_as_the_allegation_s_source():
    rows = (("Ostrava Mining said output rose in May.", CLAIM, "Ostrava Mining"),
            ("Harwell Watch reported that the mine poisoned the river, it added.", CLAIM, None),
            ("Ostrava Mining denied the claim.", DENIAL, "Ostrava Mining"))
    assert profile_of(*rows)["credits"] == ["ostrava mining", "harwell watch", "ostrava mining"]
    # another speaker credited at the end still speaks it
    found = ("Harwell Watch reported that the mine poisoned the river, the ministry said.", CLAIM, None)
    assert profile_of(rows[0], found)["credits"][1] != "harwell watch"


def test_a_denial_answers_the_writer_s_report_of_a_suit_against_the_denier():
    # before, a suit the writer reported was no allegation: "the allegations" answered nothing
    for suit, denier in (("Two families sued the company in March.", "company"),
                         ("Kellmore Homes was sued by two families in March.", "kellmore homes")):
        assert pairs((suit, FACT, None), ("The company denied the allegations.", DENIAL, "The company")) == [
            (1, denier, 0)], suit
    assert pairs(("Kellmore Homes was sued by two families in March.", FACT, None),
                 ("Kellmore Homes denied wrongdoing.", DENIAL, "Kellmore Homes")) == [(1, "kellmore homes", 0)]
    # nearer than another side's claim that does not accuse
    assert pairs(("The mayor said a meeting would be held.", CLAIM, "The mayor"),
                 ("Two families sued Kellmore Homes in March.", FACT, None),
                 ("Kellmore denied the allegations.", DENIAL, "Kellmore"))[-1] == (2, "kellmore homes", 1)
    # a suit the denier brought is none against it
    assert pairs(("The company sued two families in March.", FACT, None),
                 ("The company denied the allegations.", DENIAL, "The company")) == [(1, "company", None)]


@pytest.mark.parametrize("filing", ["The indictment charges Kestrel's finance chief with hiding losses.",
                                    "The complaint accuses Kestrel Corp. of hiding losses from investors."])
def test_a_denial_answers_the_writer_s_report_of_a_filing_charging_the_denier(filing):
    # before, the filing's active "charges ... with" was no allegation, and the denial stood unpaired
    rows = [("Prosecutors in Orrin unsealed the case on Monday.", FACT, None), (filing, FACT, None),
            ("Shares fell 9 percent.", FACT, None), ("The case will be heard in Orrin.", FACT, None),
            ("Kestrel Corp. denied wrongdoing in a statement.", DENIAL, "Kestrel Corp.")]
    assert pairs(*rows)[-1] == (4, "kestrel corp", 1)
    # one charging someone else, named as a witness after it, is none against the denier
    other = "The indictment charges Dan Orr with fraud after Kestrel Corp. alerted police."
    assert pairs(rows[0], (other, FACT, None), *rows[2:])[-1] == (4, "kestrel corp", None)


def test_a_firm_s_first_word_as_an_owner_names_the_firm_its_denial_answers():
    # "Kestrel's finance chief" names Kestrel Freight Lines, whose head word alone ("lines") it does not write
    filing = ("The indictment charges Kestrel's finance chief with hiding losses.", FACT, None)
    lines = ("Kestrel Freight Lines denied wrongdoing in a statement.", DENIAL, "Kestrel Freight Lines")
    assert pairs(filing, ("Shares fell 9 percent.", FACT, None), lines) == [(2, "kestrel freight lines", 0)]



@pytest.mark.parametrize("fact", [
    "The Harlow Energy Board Tuesday fined Dravik Corp $2 million for hiding leaks.",
    "The Harlow Energy Board last week fined Dravik Corp $2 million for hiding leaks.",
    "The court fined Dravik Corp.",
    "The regulator censured Dravik Corp over the leaks.",
])
def test_a_denial_answers_the_writer_s_report_of_a_sanction_against_the_denier(fact):
    # before, a fine the writer reported was no allegation: the denial answered nothing
    assert pairs((fact, FACT, None), ("It denied wrongdoing.", DENIAL, None)) == [(1, "dravik", 0)]


@pytest.mark.parametrize("fact", ["The league banned Harding for three games.",
                                  "The federation suspended Harding for a month.",
                                  "Harding was barred from the final by the league."])
def test_a_denial_answers_a_ban_or_suspension_the_writer_reports_against_the_denier(fact):
    # before, only a fine or a censure was a sanction: the denial of a ban answered nothing
    assert pairs((fact, FACT, None), ("Harding denied breaking any rule.", DENIAL, "Harding")) == [(1, "harding", 0)]


def test_a_ban_of_a_thing_is_no_allegation_against_the_denier():
    assert pairs(("The league banned metal studs last year.", FACT, None),
                 ("Harding denied breaking any rule.", DENIAL, "Harding")) == [(1, "harding", None)]


def test_a_sanction_the_denier_imposed_is_no_allegation_against_it():
    assert pairs(("Dravik Corp fined its supplier $2 million.", FACT, None),
                 ("Dravik Corp denied wrongdoing.", DENIAL, "Dravik Corp")) == [(1, "dravik corp", None)]

def test_the_writer_s_allegation_against_another_is_none_of_a_witness_named_in_it():
    # before, Kell's denial answered the charge against Roy, as the sentence named Kell (who alerted police)
    lind = ("Prosecutor Ana Lind said the audit took a year.", CLAIM, "Prosecutor Ana Lind")
    kell = ("Kell denied any wrongdoing.", DENIAL, "Kell")
    for fact in ("Ann Roy was charged with fraud after Tom Kell alerted police.",
                 "After Tom Kell alerted police, Ann Roy was charged with fraud."):
        assert pairs(lind, (fact, FACT, None), kell)[-1][2] == 0
    # the one the writer reports charged is still whom the denier answers for
    assert pairs(lind, ("Tom Kell was charged with fraud after Ann Roy alerted police.", FACT, None),
                 kell)[-1][2] == 1


def test_a_denial_of_it_after_the_writer_s_charge_against_another_naming_the_denier_as_a_witness_answers_nothing():
    # before, "Kell denied it." took the charge against Roy just before it, as the sentence alleged something and the
    # "denied it" rule did not ask against whom
    kell = ("Kell denied it.", DENIAL, "Kell")
    for fact in ("Ann Roy was charged with fraud after Tom Kell alerted police.",
                 "After Tom Kell alerted police, Ann Roy was charged with fraud."):
        assert pairs((fact, FACT, None), kell) == [(1, "tom kell", None)]
    # the one charged still answers, as does a charge naming no one the denier could be
    charged = ("Tom Kell was charged with fraud after Ann Roy alerted police.", FACT, None)
    assert pairs(charged, kell) == [(1, "tom kell", 0)]
    assert pairs(("The funds were allegedly moved to a private account.", FACT, None), kell) == [(1, "kell", 0)]


def test_a_third_party_rejecting_the_claim_after_the_accused_s_denial_does_not_answer_that_denial():
    # before, the court's (or a neighbour state's) rejection, labelled a denial, took the accused's denial just
    # before it as the allegation it answered: a third party is not whom that denial suggests anything against
    accusation = ("Ostria said Velmar troops crossed the border at Kessel Pass.", CLAIM, "Ostria")
    velmar = ("Velmar denied the claim.", DENIAL, "Velmar")
    # (a court's rejection of the claim is its ruling, no denial at all)
    assert pairs(accusation, velmar, ("The court rejected the claim.", DENIAL, "The court")) == [(1, "velmar", 0)]
    found = pairs(accusation, velmar, ("Dornland rejected that.", DENIAL, "Dornland"))
    assert found[0] == (1, "velmar", 0)
    assert found[1][2] != 1
    # a denial that suggests something against the denier is still what its "denied that" answers
    assert pairs(accusation, ("Velmar suggested Dornland had moved the border posts.", DENIAL, "Velmar"),
                 ("Dornland rejected that.", DENIAL, "Dornland"))[-1] == (2, "dornland", 1)


def test_a_denial_naming_whose_account_it_rejects_answers_that_source_over_a_nearer_claim():
    observers = ("International observers said the runoff was marred by serious shortcomings.", CLAIM,
                 "International observers")
    lawyer = ("Mollo's lawyer, Ines Varga, said she welcomed the ruling.", CLAIM, "Mollo's lawyer, Ines Varga")
    fraud = ('"Fraud does not stop at district boundaries," she said.', CLAIM, "she")
    dismissed = ("A spokesman for the Patriotic Movement, Eduard Kross, dismissed the observers' report.", DENIAL,
                 "A spokesman for the Patriotic Movement, Eduard Kross")
    assert pairs(observers, lawyer, fraud, dismissed) == [(3, "eduard kross", 0)]
    stuffed = ("Opposition lawyers said ballots had been stuffed in Eastgate.", CLAIM, "Opposition lawyers")
    court = ("The court said it had found evidence of tampering in three districts.", CLAIM, "The court")
    rejected = ("The commission chairman rejected the opposition's claims of ballot stuffing.", DENIAL,
                "The commission chairman")
    assert pairs(stuffed, court, rejected) == [(2, "commission chairman", 0)]
    # naming no owner, or one no claim is credited to, the denial answers as before: the nearest allegation about
    # what it denies (the court's finding of ballot tampering) ...
    tampering = (court[0].replace("of tampering", "of ballot tampering"), CLAIM, "The court")
    for denial in ("The commission chairman rejected the claims of ballot stuffing.",
                   "The commission chairman rejected the monitors' claims of ballot stuffing."):
        assert pairs(stuffed, tampering, (denial, DENIAL, "The commission chairman")) == [
            (2, "commission chairman", 1)]
        # ... not one about something else (tampering, no ballots) over the lawyers' claim of stuffing
        assert pairs(stuffed, court, (denial, DENIAL, "The commission chairman")) == [(2, "commission chairman", 0)]


def test_a_fact_check_s_evidence_found_by_a_center_does_not_outrank_the_claim_naming_the_denier():
    claim = ("The Marsh campaign said Senator Ada Rowe's plan would raise taxes on 40 million families.", CLAIM,
             {"source": ["The Marsh campaign"], "cue": ["said"]})
    response = ("Rowe called the advertisement a lie.", DENIAL, {"source": ["Rowe"], "cue": ["called"]})
    for evidence, cue in (("About 1.8 million households would pay more, the Brixton Tax Policy Center found.",
                           "found"),
                          ("Only 1.8 million households would pay more, a Brixton Tax Policy Center study showed.",
                           "showed")):
        source = evidence.split(", ")[1].rsplit(" ", 1)[0]
        profile = spanned(claim, (evidence, CLAIM, {"source": [source], "cue": [cue]}), response)
        assert [(d["denial"], d["allegation"]) for d in profile["denials"]] == [(2, 0)], evidence
    # an accusing verb is the allegation itself, and ranks as before
    profile = spanned(claim, ("Landlords paid for the advertisement, Jon Hale alleged.", CLAIM,
                              {"source": ["Jon Hale"], "cue": ["alleged"]}), response)
    assert [(d["denial"], d["allegation"]) for d in profile["denials"]] == [(2, 1)]


DETAILS = (("The plan was released in May.", FACT, None),
           ("It sets a new rate for incomes above $400,000.", FACT, None),
           ("A tax center reviewed it in June.", FACT, None), ("Its model covers every household.", FACT, None),
           ("About 1.8 million households would pay more.", FACT, None), ("Most would see no change.", FACT, None),
           ("The center published its figures in July.", FACT, None))


def test_a_denial_with_nothing_in_the_window_answers_a_fact_check_s_claim_line_further_back():
    # before, the six-sentence window ended the search: Rowe's answer at the check's end paired with nothing
    rowe = ("Rowe called the advertisement a lie.", DENIAL, "Rowe")
    claim = "The Marsh campaign said Senator Ada Rowe's plan would raise taxes on 40 million families."
    assert pairs(("CLAIM: " + claim, CLAIM, "The Marsh campaign"), *DETAILS, rowe) == [(8, "ada rowe", 0)]
    # the same claim without the label, alleging nothing, is no scoop's lead: as before
    assert pairs((claim, CLAIM, "The Marsh campaign"), *DETAILS, rowe) == [(8, "ada rowe", None)]
    # a claim in the window still comes first
    nearer = ("Marsh's campaign manager said the plan was a tax hike.", CLAIM, "Marsh's campaign manager")
    assert pairs(("CLAIM: " + claim, CLAIM, "The Marsh campaign"), *DETAILS, nearer, rowe)[-1] == (9, "ada rowe", 8)


def test_a_denial_with_nothing_in_the_window_answers_the_scoop_s_lead_naming_it():
    details = DETAILS[1:]
    harwell = ("Harwell Bank denied any wrongdoing.", DENIAL, "Harwell Bank")
    lead = "{} hid $40 million of losses from regulators, documents seen by the Ledger showed."
    assert pairs((lead.format("Harwell Bank"), CLAIM, "documents seen by the Ledger"), *details, harwell) == [
        (7, "harwell bank", 0)]
    # not a lead naming another, nor one alleging nothing, nor one of the denier's own
    other = lead.format("Kessel Mining")
    assert pairs((other, CLAIM, "documents seen by the Ledger"), *details, harwell)[-1][2] is None
    moved = "Harwell Bank moved $40 million to Vell, according to documents seen by the Ledger."
    assert pairs((moved, CLAIM, "documents seen by the Ledger"), *details, harwell)[-1][2] is None
    own = "Harwell Bank said its auditors found the losses were hidden by a former trader."
    assert pairs((own, CLAIM, "Harwell Bank"), *details, harwell)[-1][2] is None


def test_a_denial_answers_a_claim_about_it_further_back_before_an_unrelated_one_in_the_window():
    # before, the biologist's quotation in the window, about something else, was the allegation the firm denied
    trust = "Ana Ruiz of the Fenwick Trust"
    ruiz = (f"{trust} said the firm dumped waste in the Tarn.", CLAIM, trust)
    expert = ("Dr. Kofi Mensah, a biologist, said the Tarn could recover within a decade.", CLAIM, "Dr. Kofi Mensah")
    middle = (("The Tarn runs through three towns.", FACT, None), ("Fish stocks fell by half last year.", FACT, None),
              ("The town council met on Tuesday.", FACT, None), expert,
              ("Samples were taken in May.", FACT, None), ("The results are due next month.", FACT, None),
              ("Farmers along the banks grow barley.", FACT, None))
    denied = ("The firm denied dumping any waste.", DENIAL, "The firm")
    assert pairs(ruiz, *middle, denied)[-1] == (8, "firm", 0)
    # a claim further back that shares one word only, or names no denier, is no answer: the nearby claim as before
    other = (f"{trust} said the waste came from farms.", CLAIM, trust)
    assert pairs(other, *middle, denied)[-1] == (8, "firm", 4)


def test_a_charge_further_back_whose_verb_ends_in_ied_shares_it_with_a_denial_of_its_ying_form():
    # before, "falsified" and "falsifying" were two words, so the charge seven sentences back shared one word only
    ruiz = ("Councillor Hana Ruiz said Coldwater Health had falsified its waiting lists.", CLAIM,
            "Councillor Hana Ruiz")
    middle = tuple((words, FACT, None) for words in (
        "The trust runs four hospitals.", "It employs 9,000 staff.", "Its budget rose last year.",
        "A new chief executive started in May.", "Two wards closed in June.", "The car park was rebuilt."))
    denied = ("Coldwater Health denied falsifying any list.", DENIAL, "Coldwater Health")
    assert pairs(ruiz, *middle, denied)[-1] == (7, "coldwater health", 0)
    # a charge about another thing still shares one word only: no answer
    other = ("Councillor Hana Ruiz said Coldwater Health had lost its waiting lists.", CLAIM, "Councillor Hana Ruiz")
    assert pairs(other, *middle, denied)[-1][2] is None



@pytest.mark.parametrize("first, words, source", [
    (TURNOUT, '"Every box was sealed," commission chair Pell Anders said.', "commission chair Pell Anders"),
    (TURNOUT, '"Every box was sealed," Commission chair Pell Anders said.', "Commission chair Pell Anders"),
    (("The election board said turnout was 61%.", CLAIM, "The election board"),
     '"Every box was sealed," said board chairman Ida Roe.', "board chairman Ida Roe")])
def test_a_role_written_after_its_body_s_noun_in_lower_case_is_that_body_s_side(first, words, source):
    # before, "commission chair Pell Anders" served no body (only "Commission chair" or "the commission's chair"
    # did), so the chair's denial answered the commission's own turnout figure as its allegation
    assert pairs(first, (words, DENIAL, source))[-1][2] is None


def test_a_role_after_the_noun_of_another_body_is_no_side_of_the_body_before():
    assert pairs(TURNOUT, ('"Every box was sealed," council chair Pell Anders said.', DENIAL,
                           "council chair Pell Anders"))[-1][2] == 0


SETTLEMENT_CHARGE = ("The regulator accused Halvex Bank of misleading investors about its loan book.", CLAIM,
                     "The regulator")


@pytest.mark.parametrize("words, source", [
    ("Halvex neither admitted nor denied the allegations.", "Halvex"),
    ("Halvex Bank neither admits nor denies the findings.", "Halvex Bank"),
    ("Without admitting or denying the allegations, Halvex agreed to pay a $5 million fine.", "Halvex"),
    ("The bank did not admit wrongdoing as part of the settlement.", None),
    ("Halvex admitted no wrongdoing.", "Halvex"),
    ("Halvex would neither confirm nor deny the report.", "Halvex"),
    ("Halvex neither admitted nor denied the findings that it made false and misleading statements.", "Halvex"),
])
def test_a_settlement_s_non_admission_labelled_a_denial_makes_no_denier(words, source):
    # before, the formula of an enforcement settlement, which denies nothing, was the firm's denial of the charge
    profile = profile_of(SETTLEMENT_CHARGE, (words, DENIAL, source))
    assert profile["denials"] == [] and profile["rebuttals"] == []
    assert not any(entry["denies"] for entry in profile["sources"])


@pytest.mark.parametrize("words", [
    "Halvex neither admitted nor denied the allegations, but disputed the size of the fine.",
    "Halvex did not admit wrongdoing and denied misleading anyone.",
    "Halvex rejected the findings and admitted no wrongdoing.",
    "Halvex said the claims were baseless and did not admit wrongdoing.",
])
def test_a_denial_beside_a_non_admission_stays_a_denial(words):
    profile = profile_of(SETTLEMENT_CHARGE, (words, DENIAL, "Halvex"))
    # "Halvex" is the Halvex Bank the charge names, written short
    assert [(d["denial"], d["source"], d["allegation"]) for d in profile["denials"]] == [(1, "halvex bank", 0)]



@pytest.mark.parametrize("role, body", [
    ("White House press secretary", "The White House"),
    ("White House press secretary", "The administration"),
    ("White House spokesman", "The administration"),
])
def test_a_white_house_press_secretary_s_denial_answers_no_claim_of_the_white_house_or_the_administration(role, body):
    # before, the denial answered the administration's own account (a press secretary spoke for no body, and the
    # White House's spokesman not for "the administration"), not the senator's criticism
    rows = (("Sen. Ada Kell said the plan was too vague to pass.", CLAIM, "Sen. Ada Kell"),
            (f"{body} said it was trying hard to keep within the law.", CLAIM, body),
            (f'"The administration is bound by the statute," {role} Tom Vask said Tuesday.', DENIAL,
             f"{role} Tom Vask"))
    assert pairs(*rows) == [(2, "tom vask", 0)]
    # a spokesman named with no body may speak for anyone: the nearest claim, as before
    assert pairs(rows[0], rows[1], (rows[2][0].replace(role, "spokesman"), DENIAL, "spokesman Tom Vask")) == [
        (2, "tom vask", 1)]


@pytest.mark.parametrize("denial", ["Orvane said the findings were wrong.", "Orvane said the report was wrong."])
def test_a_denial_of_the_findings_answers_the_claim_that_found_them_as_one_of_the_report_does(denial):
    # before, "the findings" pointed back at nothing: the denial answered the nearer accusation naming Orvane
    rows = (("Kessel Watch said the plant was unsafe.", CLAIM, "Kessel Watch"),
            ("Its report found the plant leaked acid into the river.", CLAIM, "Its report"),
            ("Local anglers accused Orvane of ignoring their complaints.", CLAIM, "Local anglers"))
    assert pairs(*rows, (denial, DENIAL, "Orvane")) == [(3, "orvane", 1)]


@pytest.mark.parametrize("role", ["spokesman", "publicist"])
def test_a_person_s_publicist_named_after_the_role_speaks_for_that_person_as_a_spokesperson_does(role):
    # before, "Tom Vask's publicist, Dana Moor" spoke for no one: her denial answered the nearest claim, not the one
    # naming Vask
    rows = (("Ana Ruiz said Tom Vask had hidden the money.", CLAIM, "Ana Ruiz"),
            ("Lena Orr said the weather in Kessel was bad.", CLAIM, "Lena Orr"),
            (f"Tom Vask's {role}, Dana Moor, said the story was false.", DENIAL, f"Tom Vask's {role}, Dana Moor"))
    assert pairs(*rows) == [(2, "dana moor", 0)]


def test_a_spokesperson_for_a_body_written_short_answers_no_claim_of_that_body_in_full():
    # before, "A spokesperson for the Glimmer" was no side of "The Daily Glimmer": its denial answered the paper's own
    # account, which shares the word "paper", not the singer's allegation
    rows = (("The Daily Glimmer reported that the couple had been living apart.", CLAIM, "The Daily Glimmer"),
            ("The paper cited sources close to the couple.", CLAIM, "The paper"),
            ("Lyra Venn denied the report.", DENIAL, "Lyra Venn"),
            ("Venn said the Glimmer invented the story.", CLAIM, "Venn"),
            ("A spokesperson for the Glimmer said the paper stood by its reporting.", DENIAL,
             "A spokesperson for the Glimmer"))
    assert pairs(*rows)[-1] == (4, "glimmer spokesperson", 3)


@pytest.mark.parametrize("minister, ministry", [
    ("Finance Minister Karel Duval", "The finance ministry"),
    ("the finance minister, Karel Duval,", "The finance ministry"),
    ("Minister of Finance Karel Duval", "The Ministry of Finance"),
])
def test_a_minister_s_claim_is_no_allegation_the_ministry_of_that_portfolio_denies(minister, ministry):
    # before, the ministry's denial answered its own minister's account, not the agency's downgrade
    rows = (("Norcrest said the debt was likely to exceed 90% of output.", CLAIM, "Norcrest"),
            (f"{ministry} rejected the decision as unjustified.", DENIAL, ministry),
            (f"The deficit had fallen to 3.1% of output, said {minister}", CLAIM, minister.strip(",")),
            ("The ministry added that two other agencies had kept the rating.", DENIAL, "The ministry"))
    assert [allegation for _, _, allegation in pairs(*rows)] == [0, 0]
    # a minister of another portfolio is another side
    other = (rows[2][0].replace("Finance", "Health").replace("finance", "health"), CLAIM,
             rows[2][2].replace("Finance", "Health").replace("finance", "health"))
    assert [allegation for _, _, allegation in pairs(rows[0], rows[1], other, rows[3])] == [0, 2]


def test_a_denial_of_the_claim_after_the_writer_s_description_of_its_claimant_answers_the_claim():
    # before, "Brisko denied the claim." took the writer's description of the video just before it ("shows" alleges),
    # which does not name Brisko, over the video's claim about Brisko
    claim = ("A clip claims that Brisko secretly tracks its riders.", CLAIM, "A clip")
    described = ("The clip, posted by @railwatch9, shows a man talking about Lisbon.", FACT, None)
    for denial in ("Brisko denied the claim.", "Brisko denied it."):
        assert pairs(claim, described, (denial, DENIAL, "Brisko")) == [(2, "brisko", 0)]
    # a writer's sentence naming the denier still answers
    named = ("The clip shows Brisko staff reading riders' messages.", FACT, None)
    assert pairs(claim, named, ("Brisko denied the claim.", DENIAL, "Brisko")) == [(2, "brisko", 1)]


@pytest.mark.parametrize("firm", ["Dunmore Inc.", "Dunmore Ltd", "Dunmore Corp."])
def test_a_firm_s_spokesperson_answers_no_claim_of_the_firm_written_with_its_legal_form(firm):
    # before, the spokesperson for "Dunmore" answered "Dunmore Inc."'s own statement: the body its role was written
    # with was compared with the firm's key, legal form and all
    rows = ((f"{firm} confirmed on Thursday that intruders had copied client files.", CLAIM, firm),
            ('"We have found no sign that any client file was opened," a spokesperson for Dunmore said.', DENIAL,
             "a spokesperson for Dunmore"))
    # the spokesperson of the firm that spoke ("dunmore inc spokesperson"), as "a Dunmore spokesperson" is
    assert pairs(*rows) == [(1, f"{firm.lower().rstrip('.')} spokesperson", None)]
    # another firm's claim is still answered
    other = ("Kestrel Inc. said that intruders had copied Dunmore client files.", CLAIM, "Kestrel Inc.")
    assert pairs(other, rows[1]) == [(1, "dunmore spokesperson", 0)]


def test_a_firm_s_spokesperson_dismissing_the_denial_of_the_firm_s_allegation_rebuts_it():
    # before, "A spokesperson for Dunmore" was no side of "Dunmore Inc.": a denial paired with its own firm's charge
    profile = profile_of(("Dunmore Inc. accused Kestrel of copying its code.", CLAIM, "Dunmore Inc."),
                         ("Kestrel denied it.", DENIAL, "Kestrel"),
                         ("A spokesperson for Dunmore dismissed the denial.", DENIAL, "A spokesperson for Dunmore"))
    assert profile["denials"] == [{"denial": 1, "source": "kestrel", "allegation": 0}]
    assert profile["rebuttals"] == [{"rebuttal": 2, "source": "dunmore inc spokesperson", "allegation": 0}]


def test_a_denial_of_these_allegations_with_no_claim_before_answers_the_writer_s_report_of_them():
    # before, an embassy's statement rejecting "these allegations" that its own opening line reported answered nothing
    noted = ("The Embassy of Kestoria has taken note of articles in the Merevian press alleging that its diplomats "
             "spied.", FACT, None)
    rejects = ("The Embassy categorically rejects these allegations.", DENIAL, "The Embassy")
    assert pairs(("Statement by the Embassy of Kestoria", FACT, None), noted, rejects)[0] == (
        2, "embassy of kestoria", 1)
    # a claim before it still comes first, and a denial of no account answers no report
    assert pairs(("Merevian officials said the diplomats met an army clerk.", CLAIM, "Merevian officials"), noted,
                 rejects)[0][2] == 0
    assert pairs(noted, ("The Embassy said its staff had broken no law.", DENIAL, "The Embassy"))[0][2] is None


@pytest.mark.parametrize("body, words, source", [
    ("Corvane Labs", '"We never hid a single result," Corvane spokesman Ilan Petrov said.',
     "Corvane spokesman Ilan Petrov"),
    ("The Corvane Institute", '"We never hid a single result," the institute\'s vice-president, Ilan Petrov, said.',
     "the institute's vice-president, Ilan Petrov"),
])
def test_a_denial_by_one_who_speaks_for_the_body_denying_just_before_answers_the_same_allegation(body, words, source):
    # before, the spokesman's or vice-president's denial went past the body's and answered a nearer claim by another
    # source (the health board's plain figure), not the inspectors' charge the body had just rejected
    rows = (("Inspectors said the lab had left out two failed tests from its filing.", CLAIM, "Inspectors"),
            ("The health board said 40 clinics had used the test kits this year.", CLAIM, "The health board"),
            (f"{body} rejected the inspectors' findings.", DENIAL, body),
            (words, DENIAL, source))
    denier = body.removeprefix("The ").lower()
    assert pairs(*rows) == [(2, denier, 0), (3, "ilan petrov", 0)]


def test_a_director_of_a_body_credited_only_later_answers_what_that_body_denied_just_before():
    # before, "The agency's director" owned no body, none of that noun credited yet: Ruiz's denial went past the
    # agency's and answered the miller's plain claim, not the farmers' charge the agency had just denied
    rows = (("The Lisk Water Agency closed the Orra dam on Monday.", FACT, {}),
            ("The agency's director, Ana Ruiz, said the closure was needed.", DENIAL,
             {"source": ["The agency's director, Ana Ruiz"], "cue": ["said"]}),
            ("Farmers said the agency had ignored their warnings for months.", CLAIM,
             {"source": ["Farmers"], "cue": ["said"]}),
            ("Tom Vask, a miller, said he had lost his harvest.", CLAIM,
             {"source": ["Tom Vask, a miller"], "cue": ["said"]}),
            ("The agency denied ignoring any warnings.", DENIAL, {"source": ["The agency"], "cue": ["denied"]}),
            ("Ruiz said every letter had been answered.", DENIAL, {"source": ["Ruiz"], "cue": ["said"]}))
    assert spanned(*rows)["denials"][-2:] == [{"denial": 4, "source": "lisk water agency", "allegation": 2},
                                              {"denial": 5, "source": "ana ruiz", "allegation": 2}]


@pytest.mark.parametrize("step", ["In a statement, the festival said it had decided to withdraw the film.",
                                  "The festival said it would hold a discussion with the villagers."])
def test_a_denial_of_the_accusations_passes_over_a_claimant_s_own_step_for_the_complaint_before_it(step):
    # before, the nearest claim by a source that never denies was taken: the festival's own decision
    rows = (("Villagers filmed for the documentary say they were misled by its director.", CLAIM, "Villagers"),
            (step, CLAIM, "the festival" if "the festival" in step else "The festival"),
            ("Sarel rejected the accusations.", DENIAL, "Sarel"))
    assert pairs(*rows) == [(2, "sarel", 0)]
    # a denial of no account still answers the nearest claim
    assert pairs(*rows[:2], ("Sarel said he was proud.", DENIAL, "Sarel")) == [(2, "sarel", 1)]


@pytest.mark.parametrize("mention", ["A spokesman for the company, Jorrit Haag", "Company spokesman Jorrit Haag"])
def test_a_spokesperson_for_the_company_just_after_a_body_s_denial_answers_what_the_body_denied(mention):
    # before, "the company" named no body: Haag was no side of Vellmark Water, and his "minor" factor answered the
    # fire chief's "minor injuries" for a shared word
    rows = (("Residents said the sluice gate had failed to open.", CLAIM, "Residents"),
            ("Chief Orla Brenning said two crew members had minor injuries.", CLAIM, "Chief Orla Brenning"),
            ("Vellmark Water denied that the sluice failure caused the flooding.", DENIAL, "Vellmark Water"),
            (f"{mention}, said the gate was a minor factor.", DENIAL, mention))
    assert pairs(*rows)[-2:] == [(2, "vellmark water", 0), (3, "jorrit haag", 0)]


def test_a_claim_of_praise_is_no_allegation_a_denial_answers_whatever_words_they_share():
    # before, the minister's defence of the deal answered the ministers' praise of it, for the word "deal"
    rows = [("When the cabinet signed the gas deal, ministers hailed it as a triumph.", CLAIM,
             {"source": ["ministers"], "cue": ["hailed"]}),
            ("Bills rose by a third this winter, the regulator said.", CLAIM,
             {"source": ["the regulator"], "cue": ["said"]}),
            ('"The deal guarantees supply," Energy Minister Ivo Sarn said.', DENIAL,
             {"source": ["Energy Minister Ivo Sarn"], "cue": ["said"]})]
    assert spanned(*rows)["denials"] == [{"denial": 2, "source": "ivo sarn", "allegation": 1}]
    # with praise alone before it, the denial answers nothing
    assert spanned(rows[0], rows[2])["denials"] == [{"denial": 1, "source": "ivo sarn", "allegation": None}]


@pytest.mark.parametrize("praise", [
    ("Residents praised the new clinic, saying waits were shorter.", ["praised", "saying"]),
    ("Residents have warmly praised the new clinic.", ["have warmly praised"]),
    ("Residents generally welcomed the new clinic.", ["generally welcomed"])])
def test_praise_with_an_auxiliary_an_adverb_or_its_reasons_is_no_allegation_when_the_charge_is_out_of_the_window(
        praise):
    # before, only a cue of praise alone was praise: with the charge seven sentences back, the residents' praise of
    # the clinic, the one claim in the window, was paired as the allegation; the charge further back is the one
    # answered ("falsified" and "falsifying" one verb to the search further back)
    fillers = ["The town has 12,000 people.", "The clinic opened in May.", "It has four doctors.",
               "Bus routes were changed to reach it.", "Parking is free.", "The pharmacy closes at six."]
    text, cues = praise
    rows = [("Councillor Hana Ruiz said Coldwater Health had falsified its waiting lists.", CLAIM,
             {"source": ["Councillor Hana Ruiz"], "cue": ["said"]}),
            *[(filler, FACT, {}) for filler in fillers],
            (text, CLAIM, {"source": ["Residents"], "cue": cues}),
            ("Coldwater Health denied falsifying any list.", DENIAL,
             {"source": ["Coldwater Health"], "cue": ["denied"]})]
    assert spanned(*rows)["denials"] == [{"denial": 8, "source": "coldwater health", "allegation": 0}]
    # praise whose reasons allege something is an allegation still
    alleging = ("Residents praised the new clinic, saying it showed the old one was run badly.", CLAIM,
                {"source": ["Residents"], "cue": ["praised", "saying"]})
    assert spanned(*rows[:7], alleging, rows[8])["denials"][0]["allegation"] == 7


@pytest.mark.parametrize("denied", ["The airline said: 'We reject any suggestion that safety was compromised.'",
                                    "The airline rejected any claim that its crews cut corners."])
def test_a_blanket_rejection_of_any_suggestion_answers_the_one_claim_in_view_that_shares_no_word(denied):
    # before, a denial spelling out what it rejects answered only a claim sharing its words: the union's charge stood
    # unanswered
    union = ("The pilots' union said the aircraft was not airworthy.", CLAIM, "The pilots' union")
    facts = [("The plane was built in 2009.", FACT, None), ("It flies twice a day between Orlen and Vask.", FACT, None)]
    assert pairs(union, *facts, (denied, DENIAL, "The airline")) == [(3, "airline", 0)]
    # with two claims in view, neither is taken for it
    other = ("Passengers said the cabin was cold.", CLAIM, "Passengers")
    assert pairs(union, other, *facts, (denied, DENIAL, "The airline")) == [(4, "airline", None)]


@pytest.mark.parametrize("denied", ["The Velmari foreign ministry has denied a newspaper report that it had asked for "
                                    "the venue to move.",
                                    "The Velmari foreign ministry rejected claims that it had asked for the venue to "
                                    "move."])
def test_a_denial_that_writes_out_what_it_answers_answers_no_unrelated_claim_before(denied):
    # before, it answered the mediator's news of a prisoner swap, the nearest claim, about something else
    swap = ("Both sides agreed to exchange 200 prisoners, mediator Hanna Ostberg said.", CLAIM,
            "mediator Hanna Ostberg")
    assert pairs(swap, (denied, DENIAL, "The Velmari foreign ministry"))[-1] == (1, "velmari foreign ministry", None)
    # a claim about what it denies is still what it answers
    moved = ("The Kessel Ledger reported that Velmar had asked for the venue to move.", CLAIM, "The Kessel Ledger")
    assert pairs(swap, moved, (denied, DENIAL, "The Velmari foreign ministry"))[-1] == (
        2, "velmari foreign ministry", 1)


@pytest.mark.parametrize("denial", ["The port authority rejected suggestions that the terminal was badly run.",
                                    "The port authority dismissed claims that its cranes were unsafe.",
                                    "The port authority took offense at suggestions that the terminal was badly run."])
def test_a_denial_spelling_out_what_it_denies_answers_no_nearby_claim_about_none_of_it(denial):
    # before, it answered the analyst's unrelated remark just before it
    rows = [("Each day of delay adds a cost to a cargo, analysts at Halvard Maritime estimate.", CLAIM,
             {"source": ["analysts at Halvard Maritime"], "cue": ["estimate"]}),
            ('"Consumers pay in the end," said Halvard\'s chief analyst, Simon Kett.', CLAIM,
             {"source": ["Halvard's chief analyst, Simon Kett"], "cue": ["said"]}),
            (denial, DENIAL, {"source": ["The port authority"], "cue": [denial.split()[3]]})]
    assert spanned(*rows)["denials"] == [{"denial": 2, "source": "port authority", "allegation": None}]
    # a claim about it before is still what it answers
    about = ("Shippers said the terminal was badly run and its cranes unsafe.", CLAIM,
             {"source": ["Shippers"], "cue": ["said"]})
    assert spanned(about, *rows)["denials"] == [{"denial": 3, "source": "port authority", "allegation": 0}]


#: An audit's finding of overspending, the minister's answer, and another ministry's claim on another matter: what
#: the Kestorian officials' denial after them answers.
AUDIT_BRANDT_VARNIA = (
    ("An audit office report found that the ministry had overspent on three projects.", CLAIM,
     "An audit office report"),
    ("Minister Olaf Brandt said lessons had been learned.", DENIAL, "Minister Olaf Brandt"),
    ("Varnia's Foreign Ministry said the purchase militarised the region.", CLAIM, "Varnia's Foreign Ministry"))


@pytest.mark.parametrize("denied", ["Kestorian officials dismissed that statement as hypocritical.",
                                    "Kestorian officials rejected this claim."])
def test_a_denial_of_that_statement_answers_the_claim_just_before_over_an_allegation_further_back(denied):
    # before, "dismissed that statement" answered the audit's finding, worded as an allegation, further back
    rows = (*AUDIT_BRANDT_VARNIA, (denied, DENIAL, "Kestorian officials"))
    assert pairs(*rows)[-1] == (3, "kestorian officials", 2)
    # "the statement" is no pointing back: it answers as before
    plain = ("Kestorian officials dismissed the statement as hypocritical.", DENIAL, "Kestorian officials")
    assert pairs(*rows[:3], plain)[-1][2] == 0


@pytest.mark.parametrize("denied", ["Kestorian officials denied that reports of overspending were accurate.",
                                    "Kestorian officials said that claims of overspending were false."])
def test_that_before_a_plural_account_opens_a_clause_pointing_at_no_claim_just_before(denied):
    # "denied that reports of ..." is "that" the conjunction, no "that report": before, it answered the ministry's
    # claim just before, on another matter, over the audit's finding of overspending
    rows = (*AUDIT_BRANDT_VARNIA, (denied, DENIAL, "Kestorian officials"))
    assert pairs(*rows)[-1] == (3, "kestorian officials", 0)


@pytest.mark.parametrize("between", ["Critics accused the mayor of wasting money on the stadium.",
                                     "Analysts said the survey showed rents rising in the old town."])
def test_a_denial_answers_the_claim_about_what_it_denies_over_a_nearer_allegation_about_something_else(between):
    # before, the nearer claim worded as an allegation ("accused", "showed") was taken, though it shares no word with
    # the denial and names neither the company nor anything it denies
    rows = (("The union said managers at Dornfeld Freight hid the safety audit.", CLAIM, "The union"),
            (between, CLAIM, between.split(" said")[0].split(" accused")[0]),
            ("Dornfeld Freight denied hiding any audit.", DENIAL, "Dornfeld Freight"))
    assert pairs(*rows) == [(2, "dornfeld freight", 0)]
    # an allegation about it is still what it answers, however near
    about = ("Drivers accused the firm of burying the safety audit.", CLAIM, "Drivers")
    assert pairs(rows[0], about, rows[2]) == [(2, "dornfeld freight", 1)]
    # and one side's own rejection of the charge is no allegation to pass the accusation over for
    rejected = ("Depot managers challenged claims that any audit was hidden.", CLAIM, "Depot managers")
    assert pairs(("Drivers accused the depot managers of lying to inspectors.", CLAIM, "Drivers"), rejected,
                 rows[2]) == [(2, "dornfeld freight", 0)]


@pytest.mark.parametrize("accusation", ["The union said managers at Halloran Care had falsified rosters.",
                                        "The union accused managers at Halloran Care of falsifying rosters."])
@pytest.mark.parametrize("recap", ["Analysts said the allegations could hurt the firm.",
                                   "Analyst Ben Ode said the union's accusations were serious.",
                                   "Analysts said allegations of this kind could hurt the firm.",
                                   "Allegations of neglect have shaken the sector, analyst Ben Ode said.",
                                   "Allegations against Halloran Care were first made in 2019, analyst Ben Ode said.",
                                   "Analysts said the claims could hurt the firm."])
@pytest.mark.parametrize("denied", ["The firm denied falsifying rosters.", "The firm denied the allegations.",
                                    "The firm said the claims were false."])
def test_a_denial_answers_the_accuser_s_claim_not_a_later_recap_of_the_allegations(accusation, recap, denied):
    # before, a third party's recap that only writes "the allegations" was taken for the allegation itself: as a claim
    # worded as an allegation naming the firm, or one writing the account's noun the denial refers back to; and so,
    # until this session, was one writing "allegations" with no "the" or "the claims", and, until session 59, old
    # allegations named by whom they are "against" alone
    speaker = re.search(r"(?:^|, )(\w[\w ']*?) said", recap).group(1)
    rows = ((accusation, CLAIM, "The union"),
            ("Halloran Care runs 12 homes in the county.", FACT, None),
            (recap, CLAIM, speaker),
            ("Its shares fell 3 percent on Monday.", FACT, None),
            (denied, DENIAL, "The firm"))
    # "the firm" is Halloran Care, the one firm named, however far back (since session 64), but where a name in
    # capitals that is no person ("Analysts") spoke since, whose own firm the copy may mean
    firm = "firm" if speaker == "Analysts" else "halloran care"
    assert pairs(*rows) == [(4, firm, 0)]
    # a recap is still what a denial answers when no claim before it is
    assert pairs(*rows[1:])[-1][2] == 1


@pytest.mark.parametrize("made", ["The union made allegations of neglect at Halloran Care, a former nurse said.",
                                  "A former nurse said allegations that Halloran Care falsified rosters were true.",
                                  "A former nurse said her accusation had been ignored by Halloran Care.",
                                  "A former nurse said the union made allegations against Halloran Care."])
def test_allegations_written_without_the_that_their_source_makes_or_spells_out_are_no_recap(made):
    # "allegations" made, spelled out after "that" or owned by the source are the allegation, before a nearer claim
    rows = ((made, CLAIM, "a former nurse" if "a former" in made else "A former nurse"),
            ("Residents said the homes' gardens were well kept.", CLAIM, "Residents"),
            ("The firm denied the allegations.", DENIAL, "The firm"))
    # "the firm" is Halloran Care, the one firm named: "Residents", capitalised as it opens its sentence, is no
    # business the firm may be (audit a68a; before, it kept a bare "firm")
    assert pairs(*rows) == [(2, "halloran care", 0)]


@pytest.mark.parametrize("chief", ["Board chief executive Tom Doyle", "Board chairman Tom Doyle"])
def test_a_spokesperson_standing_by_the_words_of_its_own_body_s_officer_denies_no_claim_of_theirs(chief):
    # before, the spokesman and the officer, both speaking for the board, were two sides: "stood by Mr Doyle's
    # remarks" was paired as a denial of Doyle's own claim
    rows = [("Lenvale councillors said the board had closed two wards without notice.", CLAIM, "Lenvale councillors"),
            (f"{chief} said the waiting lists were shorter than ever.", CLAIM, chief),
            ("A spokesman for the board said it stood by Mr Doyle's remarks.", DENIAL, "A spokesman for the board")]
    assert profile_of(*rows)["denials"] == [{"denial": 2, "source": "board spokesperson", "allegation": 0}]


def test_an_officer_owned_by_a_body_s_noun_speaks_for_the_body_a_later_spokesperson_speaks_for():
    # before, "the board's chief executive" waited for a source named "board", which a spokesman for it is not, so
    # Doyle spoke for no body and the spokesman standing by his remarks denied his claim
    rows = [("The board's chief executive, Tom Doyle, said the waiting lists were shorter than ever.", CLAIM,
             "The board's chief executive, Tom Doyle"),
            ("A spokesman for the board said it stood by Mr Doyle's remarks.", DENIAL, "A spokesman for the board")]
    assert profile_of(*rows)["denials"] == [{"denial": 1, "source": "board spokesperson", "allegation": None}]


def test_a_lede_s_denial_answers_the_allegation_spelled_out_a_few_sentences_after_it():
    # before, the denial that opens the copy answered nothing: no claim lay before it
    rows = (("Housing Minister Alda Rennick denied any wrongdoing on Tuesday.", DENIAL,
             "Housing Minister Alda Rennick"),
            ("The row began when the Harbour Gazette printed leaked emails.", FACT, None),
            ("Opposition leader Tomas Brel accused Rennick of steering a contract to a friend's firm.", CLAIM,
             "Opposition leader Tomas Brel"),
            ("Rennick said the tender had followed every rule.", DENIAL, "Rennick"))
    assert pairs(*rows) == [(0, "alda rennick", 2), (3, "alda rennick", 2)]
    # the writer's own report of the charge too
    charged = ("Rennick is accused of steering a contract to a friend's firm.", FACT, None)
    assert pairs(rows[0], rows[1], charged)[0] == (0, "alda rennick", 2)
    # not a later claim about someone else, nor one too far on
    other = ("Opposition leader Tomas Brel accused the port authority of wasting money.", CLAIM,
             "Opposition leader Tomas Brel")
    assert pairs(rows[0], rows[1], other)[0] == (0, "alda rennick", None)
    assert pairs(rows[0], *[rows[1]] * 4, rows[2])[0] == (0, "alda rennick", None)


@pytest.mark.parametrize("denied", ["Velmora Foods denied the allegations.", "Velmora Foods denied wrongdoing."])
def test_an_analyst_s_evidence_is_no_accusation_where_another_claim_accuses_the_denier_in_words(denied):
    # before, "showed" made the analyst's neutral claim naming the firm an allegation, the nearest one to answer
    accusation = ("Regulators accused Velmora Foods of hiding losses at its Polish unit.", CLAIM, "Regulators")
    evidence = ("Analyst Tom Reyes said the figures showed Velmora's margins were thinner than its rivals'.", CLAIM,
                "Analyst Tom Reyes")
    assert pairs(accusation, evidence, (denied, DENIAL, "Velmora Foods")) == [(2, "velmora foods", 0)]
    # a denial of what the evidence says still answers it
    margins = ("Velmora Foods said its margins were sound.", DENIAL, "Velmora Foods")
    assert pairs(accusation, evidence, margins) == [(2, "velmora foods", 1)]
    # and so does one with no accusation in words in reach
    assert pairs(("Velmora Foods runs 40 plants.", FACT, None), evidence,
                 (denied, DENIAL, "Velmora Foods")) == [(2, "velmora foods", 1)]


ABROAD = (("The Open Borders Watch said in a report that Veltrian embassy staff had pressed exiles to return home.",
           CLAIM, "The Open Borders Watch"),
          ("The embassy in Brevik said its volunteers had assisted citizens with paperwork.", CLAIM,
           "The embassy in Brevik"),
          ("Veltria respects the laws of every host country, Deputy Minister Anton Hovar said.", DENIAL,
           "Deputy Minister Anton Hovar"),
          ("The embassy in Brevik denied pressing anyone.", DENIAL, "The embassy in Brevik"))


def test_a_denying_side_s_account_of_its_own_doing_is_no_allegation_another_of_its_denials_answers():
    # before, the deputy minister's denial answered the embassy's account of its volunteers, its own side's story
    assert pairs(*ABROAD)[0] == (2, "anton hovar", 0)
    # with no accuser in view, it answers none
    assert pairs(*ABROAD[1:])[0] == (1, "anton hovar", None)


def test_a_two_sided_exchange_keeps_each_side_s_charge_though_both_sides_deny_and_tell_their_own_doing():
    charge = ("The Harbour Party said it had uncovered invoices showing Dorsk paid a friend's firm.", CLAIM,
              "The Harbour Party")
    rows = (("Mayor Lena Dorsk denied paying anyone.", DENIAL, "Mayor Lena Dorsk"),
            ("Dorsk's campaign said the party had taken money from developers.", CLAIM, "Dorsk's campaign"),
            ("The Harbour Party denied taking any money.", DENIAL, "The Harbour Party"))
    assert pairs(charge, *rows) == [(1, "lena dorsk", 0), (3, "harbour party", 2)]
    # an account of its own doing that names the other side, worded as no allegation, is that side's charge too
    named = ("The Harbour Party said it had published every invoice Dorsk signed.", CLAIM, "The Harbour Party")
    assert pairs(named, *rows) == [(1, "lena dorsk", 0), (3, "harbour party", 2)]


@pytest.mark.parametrize("watch, ministry", [("The Federal Rights Centre", "The Federal Interior Ministry"),
                                             ("The National Lawyers Guild", "The National Police")])
def test_a_word_many_bodies_names_share_makes_no_body_of_the_denier_s_side(watch, ministry):
    # before, "federal" or "national" in both names made the watchdog's account of its own inquiry the denying
    # side's, which the denial did not answer
    rows = ((f"{watch} said its investigators documented beatings of detainees in Orsk.", CLAIM, watch),
            (f"{ministry} rejected the report.", DENIAL, ministry))
    assert pairs(*rows)[0][2] == 0


@pytest.mark.parametrize("ministry", ["Veltria's foreign ministry", "The Veltrian foreign ministry"])
def test_a_body_of_the_denier_s_state_by_its_adjective_tells_its_own_doing_as_no_allegation(ministry):
    # before, the ministry's denial answered the embassy's account of its volunteers: the embassy denies nothing, but
    # "Veltrian" is of the state whose ministry denies
    rows = (("The Open Borders Watch said in a report that embassy staff had pressed exiles to return home.", CLAIM,
             "The Open Borders Watch"),
            ("The Veltrian embassy said its volunteers had assisted citizens with paperwork.", CLAIM,
             "The Veltrian embassy"),
            (f"{ministry} rejected the report.", DENIAL, ministry))
    assert pairs(*rows)[0][2] == 0
    assert pairs(*rows[1:])[0][2] is None


def test_a_denial_for_him_far_after_the_lead_s_allegation_answers_it():
    # "a person close to him" speaks for the one the copy is about, whom the lead accuses: more than a window of
    # sentences later the denial still answers it (before: no allegation, as the denier's name named no one)
    filler = [("The port opened in 1990.", FACT, {})] * 7
    profile = spanned(
        ("Ana Rusk accused Mayor Tobin Vell of taking bribes.", CLAIM, {"source": ["Ana Rusk"], "cue": ["accused"]}),
        *filler,
        ("A person close to him said he denied the claims.", DENIAL,
         {"source": ["A person close to him"], "cue": ["said"]}),
    )
    assert profile["denials"] == [{"denial": 8, "source": "person close to him", "allegation": 0}]


def test_a_denial_for_her_after_another_person_is_named_does_not_answer_the_lead_far_before():
    # "her" is the cashier named just before, not the mayor the lead accuses
    filler = [("The port opened in 1990.", FACT, {})] * 7
    profile = spanned(
        ("Ana Rusk accused Mayor Tobin Vell of taking bribes.", CLAIM, {"source": ["Ana Rusk"], "cue": ["accused"]}),
        *filler,
        ("Police arrested Mila Orr, a cashier, over a missing payroll.", FACT, {}),
        ("A lawyer for her said she denied the theft.", DENIAL, {"source": ["A lawyer for her"], "cue": ["said"]}),
    )
    assert profile["denials"] == [{"denial": 9, "source": "lawyer for her", "allegation": None}]


@pytest.mark.parametrize("filed, denial", [
    ("Residents filed three petitions against the Dunmore quarry.", "Obiorah dismissed the petitions."),
    ("Two tenants lodged complaints about the Harlow estate's lifts.", "Obiorah rejected the complaints."),
])
def test_a_denial_of_what_was_filed_answers_the_writer_s_report_of_it_before_an_unrelated_claim(filed, denial):
    """The denial names what it answers: the writer's report that writes the petitions, not the council's claim about
    its timetable just before it, which shares none of its words (before: the nearer claim)."""
    profile = spanned(
        (filed, FACT, {}),
        ("The council said it would hear the matter in March.", CLAIM, {"source": ["The council"], "cue": ["said"]}),
        (denial, DENIAL, {"source": ["Obiorah"], "cue": [denial.split()[1]]}))
    assert profile["denials"] == [{"denial": 2, "source": "obiorah", "allegation": 0}]


_MARCH = ("Thousands marched through the capital on Saturday.", FACT, None)
_COUNT = ("Organisers said more than 40,000 people took part.", CLAIM, "Organisers")
_ROUNDS = ("Witnesses said officers fired live rounds near the square.", CLAIM, "Witnesses")


@pytest.mark.parametrize("denial", [
    "The Police Service has denied reports circulating on social media that officers fired live rounds.",
    "The Police Service rejected claims made online that officers fired live rounds.",
])
def test_a_denial_of_reports_it_describes_itself_answers_only_a_claim_that_says_the_same(denial):
    # before, "reports circulating on social media that ..." was no account written out (too many words before
    # "that"), so the denial answered the organisers' unrelated count
    row = (denial, DENIAL, "The Police Service")
    assert profile_of(_MARCH, _COUNT, row)["denials"] == [{"denial": 2, "source": "police service", "allegation": None}]
    assert profile_of(_MARCH, _COUNT, _ROUNDS, row)["denials"][0]["allegation"] == 2
    # a comma after the account closes it: "denied the reports, saying that ..." answers the nearest claim as before
    said = ("The Police Service denied the reports, saying that its officers had shown restraint.", DENIAL,
            "The Police Service")
    assert profile_of(_MARCH, _COUNT, said)["denials"][0]["allegation"] == 1
