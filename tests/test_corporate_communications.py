"""Corporate communications: earnings-call transcripts ("Name -- Role:" labels, the operator, analysts asking), short
sellers and the companies they accuse, company names ending a sentence, and press releases' safe-harbor
boilerplate. All names and text are invented."""

import dataclasses

import pytest

import framing
from framing import Document, Span
from framing.furniture import page_furniture
from framing.profile import build_profile
from framing.segment import split_sentences
from framing.spans import quoted_regions
from framing.turns import speaker_label_length, speaker_turns

from test_transcripts import CLAIM, DENIAL, LABELS, labelled


def turns_of(text):
    bounds = split_sentences(text)
    return [(turn.label, turn.kind, [text[a:b] for a, b in bounds[turn.first:turn.last]])
            for turn in speaker_turns(text, bounds, quoted_regions(text))]


def profile_of(text, labels=None, sources=None):
    sentences = labelled(text, labels, sources)
    return [s.text for s in sentences], build_profile(sentences, LABELS, text)


# -- earnings calls --------------------------------------------------------------------------------------------------

CALL = """Operator: Our first question comes from Cal Brenner with Ostwick Capital.

Cal Brenner -- Ostwick Capital -- Analyst: Has the regulator opened an inquiry? Is that right?

Mira Solvay -- Chief Executive Officer: No. We have not been contacted by any regulator.

Cal Brenner -- Ostwick Capital -- Analyst: Thank you.

Mira Solvay -- Chief Executive Officer: Our books are audited every quarter.

Operator: This concludes today's call.
"""


@pytest.mark.parametrize("dash", [" -- ", " — ", "—", " – ", " - "])
def test_an_earnings_call_s_name_and_role_after_dashes_is_the_named_speaker_s_label(dash):
    text = CALL.replace(" -- ", dash)
    assert [(label, kind, len(lines)) for label, kind, lines in turns_of(text)] == [
        ("Operator", "interviewer", 1), ("Cal Brenner", "interviewer", 2), ("Mira Solvay", "speaker", 2),
        ("Cal Brenner", "interviewer", 1), ("Mira Solvay", "speaker", 1), ("Operator", "interviewer", 1)]


def test_an_earnings_call_s_answers_are_the_executive_s_and_the_analyst_s_questions_no_denials():
    # the model's denial labels on the analyst's question and on the executive's answer
    texts, profile = profile_of(CALL, labels={2: DENIAL, 4: DENIAL})
    assert texts[2] == "Is that right?" and texts[4] == "We have not been contacted by any regulator."
    assert profile["credits"] == ["operator", "cal brenner", "cal brenner", "mira solvay", "mira solvay",
                                  "cal brenner", "mira solvay", "operator"]
    assert [(d["denial"], d["source"]) for d in profile["denials"]] == [(4, "mira solvay")]
    assert {s["display"]: s["denies"] for s in profile["sources"]} == {
        "Operator": False, "Cal Brenner": False, "Mira Solvay": True}


COMMA_CALL = (CALL.replace("Cal Brenner -- Ostwick Capital -- Analyst:", "Cal Brenner, Ostwick Capital, Analyst:")
              .replace("Mira Solvay -- Chief Executive Officer:", "Mira Solvay, Chief Executive Officer:"))


def test_an_earnings_call_s_name_and_role_after_a_comma_is_the_named_speaker_s_label():
    # before, a name in title case with a role after a comma was no label: no turn, and the answers nobody's
    assert [(label, kind, len(lines)) for label, kind, lines in turns_of(COMMA_CALL)] == [
        ("Operator", "interviewer", 1), ("Cal Brenner", "interviewer", 2), ("Mira Solvay", "speaker", 2),
        ("Cal Brenner", "interviewer", 1), ("Mira Solvay", "speaker", 1), ("Operator", "interviewer", 1)]
    texts, profile = profile_of(COMMA_CALL, labels={4: DENIAL})
    assert profile["credits"] == ["operator", "cal brenner", "cal brenner", "mira solvay", "mira solvay",
                                  "cal brenner", "mira solvay", "operator"]


@pytest.mark.parametrize("heading", ["Forward-Looking Statements, Legal Department", "Safe Harbor, Investor Relations",
                                     "Investor Relations, Press Office"])
def test_a_heading_and_a_post_after_a_comma_in_a_call_is_no_speaker_s_label(heading):
    # before, any two capitalised words before a comma and a role or post were a name: a turn of "Forward-Looking
    # Statements"
    text = COMMA_CALL + f"\n{heading}: Results may differ from these remarks.\n"
    assert [label for label, _, _ in turns_of(text)] == [
        "Operator", "Cal Brenner", "Mira Solvay", "Cal Brenner", "Mira Solvay", "Operator"]


def test_a_name_no_list_knows_before_a_comma_and_a_role_is_still_a_call_label():
    text = COMMA_CALL.replace("Mira Solvay", "Odrun Vell")
    assert [label for label, _, _ in turns_of(text)] == [
        "Operator", "Cal Brenner", "Odrun Vell", "Cal Brenner", "Odrun Vell", "Operator"]


@pytest.mark.parametrize("text", [
    "Lisbon, Portugal: Ferries stopped.\nMadrid, Spain: Trains ran late.\nLisbon, Portugal: Ferries resumed.",
    "Mira Solvay, Tolland Mills: Sales rose.\nCal Brenner, Ostwick Capital: Shares fell.",  # no role after the comma
])
def test_a_name_and_a_place_or_firm_after_a_comma_without_a_role_is_no_call_label(text):
    assert turns_of(text) == []


@pytest.mark.parametrize("text", [
    "Acme Lattice -- Third Quarter: Revenue rose.\nTolland Mills -- Second Quarter: Sales fell.",  # headings
    "Update -- Markets: Shares fell.\nUpdate -- Markets: Shares rose.",
    "Mira Solvay -- the chief executive: a profile.",  # a description in lower case is copy
    "Rates -- the outlook: The bank held its rate at 4%.",
])
def test_words_before_dashes_and_a_colon_are_no_speaker_outside_a_transcript(text):
    assert turns_of(text) == []


@pytest.mark.parametrize("text", [
    "PELLMARK — MAYOR: The bridge will close on Monday, officials said.",  # a place
    "VIDEO — MAYOR SOL: We will rebuild the bridge.",  # a banner
    "EXCLUSIVE — MINISTER: The bridge will close.",
    "BREAKING NEWS — PELLMARK MAYOR: The mayor resigned on Monday.",
    "LIVE — PRESIDENT SPEAKS: The bridge will close.",
    "UPDATE — MARKETS: Shares fell.",
])
def test_one_word_or_a_heading_before_dashes_in_capitals_is_no_speaker(text):
    # before, each was a speaker's label (the first part its name), most of them a transcript's turn
    assert speaker_label_length(text) == 0 and turns_of(text) == []


def test_sections_with_dashes_in_a_broadcast_are_no_speakers():
    text = ("HOST: Good evening. Here is the news.\n\nANA SOL, MAYOR: We will rebuild.\n\n"
            "Sports -- Results: Pellmark won 2-0.\n\nWeather -- Outlook: Rain later.\n\nHOST: That is all.")
    # before, "Sports" and "Weather" were speakers, each credited with its line
    assert [label for label, _, _ in turns_of(text)] == ["HOST", "ANA SOL, MAYOR", "HOST"]


def test_a_host_named_before_dashes_is_an_interviewer_as_after_a_comma():
    text = ("HOST: Good evening.\n\nANA SOL, MAYOR: We will rebuild.\n\nDALE MARSH — HOST: Did you take the money?"
            "\n\nANA SOL, MAYOR: No.")
    # before, "DALE MARSH — HOST" was a speaker, and the question labelled a denial was his denial
    assert [(label, kind) for label, kind, _ in turns_of(text)] == [
        ("HOST", "interviewer"), ("ANA SOL, MAYOR", "speaker"), ("DALE MARSH", "interviewer"),
        ("ANA SOL, MAYOR", "speaker")]
    _, profile = profile_of(text, labels={2: DENIAL, 3: DENIAL})
    assert [(d["denial"], d["source"]) for d in profile["denials"]] == [(3, "ana sol")]


def _call(company):
    text = (f"Operator: Welcome to the {company} call.\n\nMira Solvay: Thank you. Sales rose.\n\n"
            "Operator: Our first question, please.\n\nMira Solvay: Margins held.")
    sentences = labelled(text)
    return Document(text, tuple(sentences), build_profile(sentences, LABELS, text))


def test_two_calls_operators_stay_each_document_s_own():
    sources = framing.summarize([_call("Tolland Mills"), _call("Brisk Foods")])["sources"]
    assert [(s["source"], s["documents"], s["document"]) for s in sources] == [
        ("mira solvay", 2, None), ("operator", 1, 0), ("operator", 1, 1)]


# -- short sellers and the companies they accuse ---------------------------------------------------------------------

SHORT_REPORT = ("Shares of Tollen Mesh Corp fell 20% after short seller Quarrow Research accused the software company "
                "of padding its sales. Quarrow said a fifth of the contracts were fake. The firm said it was betting "
                "against Tollen's shares.")


@pytest.mark.parametrize("label", [CLAIM, DENIAL])
def test_a_short_seller_named_as_a_firm_is_a_company_its_short_name_joins_and_the_firm_is_not_the_accused(label):
    sources = {0: ["short seller Quarrow Research"], 1: ["Quarrow"], 2: ["The firm"]}
    _, profile = profile_of(SHORT_REPORT, {0: CLAIM, 1: CLAIM, 2: label}, sources)
    # "The firm" may be either company in view: neither, and never the accused Tollen Mesh as a denier
    assert profile["credits"] == ["quarrow research", "quarrow research", "firm"]
    assert "tollen mesh corp" not in {s["source"] for s in profile["sources"]}


@pytest.mark.parametrize("description, name", [("short seller", "Quarrow Research"),
                                               ("activist investor", "Quarrow Capital"),
                                               ("hedge fund", "Quarrow Group"), ("Short seller", "Quarrow Holdings")])
def test_an_investor_firm_s_description_joins_it(description, name):
    text = (f"{description} {name} accused Tollen Mesh of padding its sales. Quarrow said a fifth of the contracts "
            f"were fake. The {description.lower()} said it was betting against the shares.")
    text = text[0].upper() + text[1:]
    written = text[:len(description) + 1 + len(name)]
    _, profile = profile_of(text, {0: CLAIM, 1: CLAIM, 2: CLAIM},
                            {0: [written], 1: ["Quarrow"], 2: [f"The {description.lower()}"]})
    assert profile["credits"] == [name.lower()] * 3


@pytest.mark.parametrize("opening, source", [
    ("Short seller Quarrow Research said Tollen Mesh had padded its sales.", "Short seller Quarrow Research"),
    ("Quarrow Research, a short seller, said Tollen Mesh had padded its sales.", "Quarrow Research, a short seller")])
def test_a_denial_after_a_short_seller_s_claim_is_not_the_short_seller_s(opening, source):
    # before, "the firm" denying the claim was the short seller, which "said" rather than "accused": its claim about a
    # company is its allegation, which it does not deny
    text = f"{opening} The firm said the report was wrong."
    _, profile = profile_of(text, {0: CLAIM, 1: DENIAL}, {0: [source], 1: ["The firm"]})
    assert profile["credits"] == ["quarrow research", "firm"]
    assert profile["denials"] == [{"denial": 1, "source": "firm", "allegation": 0}]


def test_a_short_seller_named_as_a_person_stays_a_person():
    # no company for "the firm" to mean: it stays its own
    text = ("Short seller Dale Marsh accused Tollen Mesh of padding its sales. Marsh said a fifth of the contracts "
            "were fake. The firm said the claims were false.")
    _, profile = profile_of(text, {0: CLAIM, 1: CLAIM, 2: DENIAL},
                            {0: ["Short seller Dale Marsh"], 1: ["Marsh"], 2: ["The firm"]})
    assert profile["credits"] == ["dale marsh", "dale marsh", "firm"]


# -- a company's name ending a sentence ------------------------------------------------------------------------------

def sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize("form", ["Corp.", "Inc.", "Ltd.", "LLC.", "plc."])
@pytest.mark.parametrize("speaker", ["Quarrow said", "Quarrow Research told clients", "Dale Marsh added"])
def test_a_company_s_legal_form_ends_its_sentence_before_a_speaker_named_without_a_post(form, speaker):
    text = f"Quarrow Research published a report on Tollen Mesh {form} {speaker} a fifth were fake."
    assert sentences(text) == [f"Quarrow Research published a report on Tollen Mesh {form}",
                               f"{speaker} a fifth were fake."]


@pytest.mark.parametrize("text", [
    "Tollen Mesh Corp. Chief Executive Dale Marsh said sales rose.",  # the company's post before the name
    "Tollen Mesh Inc. CEO Dale Marsh told analysts sales rose.",
    "Tollen Mesh Corp. Vice President Ana Sol said sales rose.",
    "Tollen Mesh Inc. Thursday said it would cut jobs.",  # the company speaks, on a day
    "Marsh et al. Lindqvist said so.",  # no company's form
])
def test_a_company_s_post_or_a_day_after_its_legal_form_holds_the_sentence(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize("text", [
    # "Co." is a county's too: its posts and offices after it
    "A crash closed the road, Pellmark Co. Sheriff Dale Marsh said.",
    "Pellmark Co. Coroner Ana Sol said two died.",
    "Pellmark Co. Deputies said the road was closed.",
    "Pellmark Co. Sheriff's Office said the road was closed.",
    "Pellmark Co. Health Department said cases rose.",
    # a company's people, parts and trades
    "Tollen Mesh Inc. Economist Ana Sol said rates will fall.",
    "Tollen Mesh Inc. Shareholder Dale Marsh said the bid was low.",
    "Tollen Mesh Inc. Employees said they were not paid.",
    "Tollen Mesh Corp. Whistleblower Dale Marsh said he was fired.",
    "Tollen Mesh Inc. Investor Relations said the call is at 9.",
    "Tollen Mesh Inc. Board said it would meet.",
])
def test_a_county_s_or_company_s_post_people_or_office_after_a_legal_form_holds_the_sentence(text):
    # before, each was cut after "Co."/"Inc."/"Corp." as though a speaker named without a post opened a sentence
    assert sentences(text) == [text]


# -- a press release's safe-harbor boilerplate ----------------------------------------------------------------------

RELEASE = """FOR IMMEDIATE RELEASE

Tollen Mesh Reports Higher Sales

Tollen Mesh Corp. today reported sales of $80 million for the quarter.

{heading}

This release contains forward-looking statements about our plans. Tollen Mesh undertakes no obligation to update \
any forward-looking statement.

###
"""


@pytest.mark.parametrize("heading", ["Forward-Looking Statements", "FORWARD-LOOKING STATEMENTS",
                                     "Safe Harbor Statement", "Cautionary Note Regarding Forward-Looking Statements",
                                     "Safe Harbour:"])
def test_a_release_s_safe_harbor_heading_is_furniture_and_its_words_no_writer_s_loaded_phrase(heading):
    text = RELEASE.format(heading=heading)
    bounds = split_sentences(text)
    lines = [text[a:b] for a, b in bounds]
    furniture = page_furniture(text, bounds)
    assert furniture[lines.index(heading)] and not furniture[lines.index(heading) + 1]
    sentences = labelled(text)
    at = text.index(heading)
    k = lines.index(heading)
    sentences[k] = dataclasses.replace(sentences[k], spans=(Span("loaded", at, at + 16, text[at:at + 16]),))
    assert build_profile(sentences, LABELS, text)["loaded_phrases"] == []


def test_safe_harbor_boilerplate_with_no_heading_is_no_writer_s_loaded_phrase():
    rows = [("Nimbus Corp. reported revenue of $5 million for the quarter.", {}),
            ("This press release contains forward-looking statements.", {"loaded": ["forward-looking"]}),
            ("Actual results may differ materially from those projected.", {"loaded": ["materially"]}),
            ("The reckless plan drew protests.", {"loaded": ["reckless"]})]
    sentences, start = [], 0
    for line, marks in rows:
        spans = tuple(Span(kind, start + line.index(part), start + line.index(part) + len(part), part)
                      for kind, parts in marks.items() for part in parts)
        sentences.append(framing.Sentence(line, start, start + len(line), "reported_fact",
                                          {label: float(label == "reported_fact") for label in LABELS}, spans))
        start += len(line) + 1
    text = " ".join(line for line, _ in rows)
    assert build_profile(sentences, LABELS, text)["loaded_phrases"] == [{"text": "reckless", "count": 1}]


def test_safe_harbor_boilerplate_labelled_an_opinion_is_no_unsourced_claim_of_the_writer():
    # before, "Actual results may differ materially." labelled an opinion was the writer's unsourced verdict
    rows = ["Nimbus Corp. reported revenue of $5 million for the quarter.",
            "Actual results may differ materially from those projected.", "The reckless plan drew protests."]
    sentences, start = [], 0
    for line in rows:
        label = "reported_fact" if line.startswith("Nimbus") else "editorial_opinion"
        sentences.append(framing.Sentence(line, start, start + len(line), label,
                                          {name: float(name == label) for name in LABELS}, ()))
        start += len(line) + 1
    assert build_profile(sentences, LABELS, " ".join(rows))["unsourced_sentences"] == [2]


@pytest.mark.parametrize("disclaimer", [
    "Tollen Mesh undertakes no obligation to update any forward-looking statement.",
    "The company does not undertake any obligation to update the information in this release.",
    "Tollen Mesh disclaims any intention or obligation to update or revise these statements.",
])
def test_a_safe_harbor_disclaimer_labelled_a_denial_makes_its_issuer_no_denier(disclaimer):
    text = f"Tollen Mesh Corp. reported sales of $80 million. {disclaimer}"
    _, profile = profile_of(text, {1: DENIAL}, {1: [disclaimer.split(" undertakes")[0].split(" does")[0]
                                                    .split(" disclaims")[0]]})
    assert profile["denials"] == [] and not any(s["denies"] for s in profile["sources"])


def test_a_denial_of_a_duty_to_update_others_stays_a_denial():
    text = "Regulators said Tollen Mesh hid losses. The company denied any obligation to update regulators."
    _, profile = profile_of(text, {0: CLAIM, 1: DENIAL}, {0: ["Regulators"], 1: ["The company"]})
    assert [d["denial"] for d in profile["denials"]] == [1]


@pytest.mark.parametrize("text", [
    "Tollen Mesh denied the report and said it disclaims any intention to revise its statement that the ferry is safe.",
    "Tollen Mesh's chief executive said the company accepts no responsibility to revise its audited statements, "
    "which were accurate.",
])
def test_a_denial_disclaiming_a_duty_to_revise_its_own_earlier_statement_stays_a_denial(text):
    # before, any duty "to revise" with "statements" after it read as a safe harbor's boilerplate
    _, profile = profile_of(f"Regulators said Tollen Mesh hid losses. {text}", {0: CLAIM, 1: DENIAL},
                            {0: ["Regulators"], 1: ["Tollen Mesh"]})
    assert [d["denial"] for d in profile["denials"]] == [1]


@pytest.mark.parametrize("heading", ["Forward-Looking Statements", "About Tollen Systems"])
def test_a_release_s_closing_heading_is_furniture_that_still_ends_the_account_going_on(heading):
    text = (f'"Sales will double," said Dale Marsh, chief executive of Tollen Systems.\n\n{heading}\n\n'
            'Tollen Systems builds routers for ferries. Such words identify forward-looking statements.')
    texts, profile = profile_of(text, {0: CLAIM, 3: CLAIM}, {0: ["Dale Marsh, chief executive of Tollen Systems"]})
    assert texts[1] == heading and page_furniture(text, split_sentences(text))[1]
    assert profile["credits"] == ["dale marsh", None, None, None]


@pytest.mark.parametrize("opening, sources", [
    ("Quarrow Research, a short seller, said Tollen Mesh had padded its sales.", ["Quarrow Research, a short seller"]),
    ("Quarrow Research, a short seller, said Tollen Mesh had padded its sales.",
     ["Quarrow Research", "a short seller"]),
    # the model cut the description inside its noun, or the name opens a clause after "after"
    ("Quarrow Research, a short seller, said Tollen Mesh had padded its sales.", ["seller"]),
    ("Tollen Mesh shares fell 20% after Quarrow Research, a short seller, accused it of padding its sales.",
     ["a short seller"]),
    ("Orrin Capital, an activist investor, said Tollen Mesh had wasted cash.", ["Orrin Capital"]),
])
def test_a_short_seller_described_after_its_name_is_the_firm(opening, sources):
    # before, "the firm" after "Quarrow Research, a short seller," was no one's, the short seller unnoted as a firm,
    # and a description the model marked alone was credited as "seller" or "short seller"
    text = f"{opening} The firm said it was betting against Tollen's shares."
    _, profile = profile_of(text, {0: CLAIM, 1: CLAIM}, {0: sources, 1: ["The firm"]})
    firm = "orrin capital" if "Orrin" in opening else "quarrow research"
    assert profile["credits"] == [firm, firm]


@pytest.mark.parametrize("firm", ["Grayfin Research", "Kestrel Capital", "Tarn Partners", "Orrin Capital Management"])
@pytest.mark.parametrize("standing", ["{short} stood by its findings.", "{short} said it stood by its findings."])
def test_a_short_seller_named_short_after_its_firm_s_name_stands_by_its_own_report(firm, standing):
    # before, "Grayfin Research" read as a person's name: "Grayfin" alone was no known name, so "Grayfin stood by its
    # findings" went on with the company's denial, or was a source apart, "grayfin", listed as denying
    short = firm.split()[0]
    text = f"{firm} accused Tollen Mesh of padding its sales. Tollen Mesh called the report false. " + \
        standing.format(short=short)
    marked = [short] if "said" in standing else []
    _, profile = profile_of(text, {0: CLAIM, 1: DENIAL, 2: DENIAL}, {0: [firm], 1: ["Tollen Mesh"], 2: marked})
    key = firm.lower()
    assert profile["credits"] == [key, "tollen mesh", key]
    assert profile["rebuttals"] == [{"rebuttal": 2, "source": key, "allegation": 0}]
    assert [(s["source"], s["denies"]) for s in profile["sources"]] == [(key, False), ("tollen mesh", True)]


@pytest.mark.parametrize("heading", ["Forward-Looking Statements -- Legal Department",
                                     "Safe Harbor — Investor Relations", "Investor Relations - Press Office",
                                     "FORWARD-LOOKING STATEMENTS -- LEGAL DEPARTMENT"])
def test_a_heading_and_a_post_after_dashes_in_a_call_or_release_is_no_speaker_s_label(heading):
    # before, a heading before dashes read as a name: a turn of "Forward-Looking Statements" that took its
    # paragraph, as the same heading before a comma did before
    text = CALL + f"\n{heading}: Results may differ from these remarks. Shares may fall.\n"
    assert [label for label, _, _ in turns_of(text)] == [
        "Operator", "Cal Brenner", "Mira Solvay", "Cal Brenner", "Mira Solvay", "Operator"]
    assert turns_of(f"Kessel Corp said revenue rose.\n\n{heading}: Results may differ.") == []


# -- a press release's own officers ---------------------------------------------------------------------------------

def _release(quote, closing="About Brightwell Energy\n\nBrightwell Energy plc builds wind farms.\n"):
    return ("FOR IMMEDIATE RELEASE\n\nBrightwell Energy Announces Record Quarter\n\n"
            "ASHBURY, England, 2 October 2026 -- Brightwell Energy plc today reported record third-quarter revenue.\n\n"
            f"{quote}\n\nBrightwell categorically rejects media reports suggesting that the site lies on protected "
            f"peatland.\n\n{closing}")


@pytest.mark.parametrize("closing", ["About Brightwell Energy\n\nBrightwell Energy plc builds wind farms.\n",
                                     "SOURCE Brightwell Energy plc\n"])
def test_a_release_s_officer_named_by_title_alone_speaks_for_the_issuer_and_makes_no_allegation_it_denies(closing):
    # before, the issuer's denial was paired with its own chief executive's boast as the allegation it answers
    quote = '"This has been an outstanding quarter," said Chief Executive Officer Rowena Tate.'
    texts, profile = profile_of(_release(quote, closing), {3: CLAIM, 4: DENIAL},
                                {3: ["Chief Executive Officer Rowena Tate"], 4: ["Brightwell"]})
    assert texts[4].startswith("Brightwell categorically")
    assert profile["credits"][3:5] == ["rowena tate", "brightwell"]
    assert profile["denials"] == [{"denial": 4, "source": "brightwell", "allegation": None}]


def test_a_release_s_company_is_its_issuer_whose_claim_is_no_allegation_it_denies():
    quote = ('The company also confirmed plans to build a solar park near Hollin Moor. "This has been an outstanding '
             'quarter," said Chief Executive Officer Rowena Tate.')
    texts, profile = profile_of(_release(quote), {3: CLAIM, 4: CLAIM, 5: DENIAL},
                                {3: ["The company"], 4: ["Chief Executive Officer Rowena Tate"], 5: ["Brightwell"]})
    assert texts[5].startswith("Brightwell categorically")
    assert profile["denials"] == [{"denial": 5, "source": "brightwell", "allegation": None}]


def test_a_release_s_quote_from_an_officer_of_another_firm_is_still_an_allegation_the_issuer_denies():
    quote = ('"Brightwell has built on protected peatland before," said Chief Executive Officer Ana Lind of Velta '
             'Motors.')
    _, profile = profile_of(_release(quote), {3: CLAIM, 4: DENIAL},
                            {3: ["Chief Executive Officer Ana Lind of Velta Motors"], 4: ["Brightwell"]})
    assert profile["denials"] == [{"denial": 4, "source": "brightwell", "allegation": 3}]


def test_a_news_story_s_officer_named_with_the_firm_makes_no_allegation_the_firm_denies():
    # a claim by one who speaks for the denier is its own side's account, release or not
    text = ('Regulators opened an inquiry into Brightwell on Monday. "This has been an outstanding quarter," said '
            'Brightwell CEO Rowena Tate. Brightwell categorically rejects media reports suggesting that the site lies '
            'on protected peatland.')
    _, profile = profile_of(text, {1: CLAIM, 2: DENIAL}, {1: ["Brightwell CEO Rowena Tate"], 2: ["Brightwell"]})
    assert profile["denials"] == [{"denial": 2, "source": "brightwell", "allegation": None}]


def _wire_release(dateline):
    return ("Tessary Freight Opens Harlow Hub\n\n"
            f"{dateline} Tessary Freight Ltd. today announced record volumes at its Harlow hub.\n\n"
            '"This has been an outstanding quarter," said Chief Executive Officer Rowena Tate.\n\n'
            "Tessary categorically rejects the media reports about its hub.\n")


@pytest.mark.parametrize("dateline", ["HARLOW, England, March 3, 2026 /PRNewswire/ --",
                                      "HARLOW, March 3, 2026 /EINPresswire.com/ --"])
def test_a_release_s_wire_dateline_names_its_issuer_as_the_subject_after_it(dateline):
    # before, a release with no "About ..." or "SOURCE ..." line had no issuer: the issuer's denial was paired with
    # its own chief executive's boast as the allegation it answers
    texts, profile = profile_of(_wire_release(dateline), {2: CLAIM, 3: DENIAL},
                                {2: ["Chief Executive Officer Rowena Tate"], 3: ["Tessary"]})
    assert texts[3].startswith("Tessary categorically")
    assert profile["credits"][2:4] == ["rowena tate", "tessary freight ltd"]  # "Tessary" joins the firm opening 1
    assert profile["denials"] == [{"denial": 3, "source": "tessary freight ltd", "allegation": None}]


@pytest.mark.parametrize("officer", ["Chief Executive Officer Rowena Tate", "Chief Executive Rowena Tate"])
def test_a_release_s_dateline_below_its_banner_names_its_issuer_without_a_wire(officer):
    # before, only a wire between slashes made the subject the issuer, and "Chief Executive" without "Officer" was
    # no officer: the issuer's denial was paired with its own chief executive's boast as the allegation it answers
    text = "FOR IMMEDIATE RELEASE\n\n" + _wire_release("HARLOW, 3 June 2026 –").replace(
        "Chief Executive Officer Rowena Tate", officer)
    texts, profile = profile_of(text, {3: CLAIM, 4: DENIAL}, {3: [officer], 4: ["Tessary"]})
    assert texts[4].startswith("Tessary categorically")
    assert profile["denials"] == [{"denial": 4, "source": "tessary freight ltd", "allegation": None}]
    # without the banner such a dateline is a news story's, whose subject is no issuer
    texts, profile = profile_of(_wire_release("HARLOW, 3 June 2026 –").replace(
        "Chief Executive Officer Rowena Tate", officer), {2: CLAIM, 3: DENIAL}, {2: [officer], 3: ["Tessary"]})
    assert profile["denials"] == [{"denial": 3, "source": "tessary freight ltd", "allegation": 2}]


def test_a_news_dateline_names_no_issuer():
    texts, profile = profile_of(_wire_release("HARLOW, England (Reuters) -"), {2: CLAIM, 3: DENIAL},
                                {2: ["Chief Executive Officer Rowena Tate"], 3: ["Tessary"]})
    assert texts[3].startswith("Tessary categorically")
    assert profile["denials"] == [{"denial": 3, "source": "tessary freight ltd", "allegation": 2}]


@pytest.mark.parametrize("contact, issuer", [
    ("Media contact: Ola Brandt, Tessary Freight, +44 20 7946 0000", True),
    ("Press contact: Ola Brandt, Tessary Freight Ltd., ola.brandt@example.com", True),
    ("Media contact: Ola Brandt, Brandt Partners, +44 20 7946 0000", False),  # an agency the copy never names
])
def test_a_release_s_media_contact_line_names_its_issuer_when_the_copy_names_it_too(contact, issuer):
    text = _wire_release("HARLOW, England, March 3, 2026 --") + f"\n{contact}\n"
    texts, profile = profile_of(text, {2: CLAIM, 3: DENIAL},
                                {2: ["Chief Executive Officer Rowena Tate"], 3: ["Tessary"]})
    assert texts[4] == contact
    assert profile["denials"] == [{"denial": 3, "source": "tessary freight ltd", "allegation": None if issuer else 2}]
