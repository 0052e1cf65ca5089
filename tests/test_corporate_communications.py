"""Corporate communications: earnings-call transcripts ("Name -- Role:" labels, the operator, analysts asking), short
sellers and the companies they accuse, company names ending a sentence, and press releases' safe-harbor
boilerplate. All names and text are invented."""

import pytest

import framing
from framing import Document, Sentence
from framing.profile import build_profile
from framing.segment import speaker_turns, split_sentences
from framing.spans import quoted_regions

from test_transcripts import CLAIM, DENIAL, FACT, LABELS, labelled


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


@pytest.mark.parametrize("text", [
    "Acme Lattice -- Third Quarter: Revenue rose.\nTolland Mills -- Second Quarter: Sales fell.",  # headings
    "Update -- Markets: Shares fell.\nUpdate -- Markets: Shares rose.",
    "Mira Solvay -- the chief executive: a profile.",  # a description in lower case is copy
    "Rates -- the outlook: The bank held its rate at 4%.",
])
def test_words_before_dashes_and_a_colon_are_no_speaker_outside_a_transcript(text):
    assert turns_of(text) == []


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


@pytest.mark.parametrize("description, name", [("short seller", "Quarrow Research"), ("activist investor", "Quarrow Capital"),
                                               ("hedge fund", "Quarrow Group"),
                                               ("Short seller", "Quarrow Holdings")])
def test_an_investor_firm_s_description_joins_it(description, name):
    text = (f"{description} {name} accused Tollen Mesh of padding its sales. Quarrow said a fifth of the contracts "
            f"were fake. The {description.lower()} said it was betting against the shares.")
    text = text[0].upper() + text[1:]
    written = text[:len(description) + 1 + len(name)]
    _, profile = profile_of(text, {0: CLAIM, 1: CLAIM, 2: CLAIM},
                            {0: [written], 1: ["Quarrow"], 2: [f"The {description.lower()}"]})
    assert profile["credits"] == [name.lower()] * 3


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
