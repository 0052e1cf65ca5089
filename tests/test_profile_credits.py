"""Whom the profile credits each sentence to, pronouns and quotations, denial pairs by topic, role words
inside a source, and the documented profile fields; on hand-built sentences."""

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from framing.document import Document, Sentence, Span
import framing.profile
from framing.profile import build_profile, normalise_source, writer_loaded
from framing.person_names import surnames_in
from framing.source_find_openings import opening_subject
from framing.source_keys import past_opener
from framing.turns import opening_label_length

LABELS = ("reported_fact", "attributed_claim", "official_denial", "editorial_opinion")
CLAIM, DENIAL, FACT, OPINION = "attributed_claim", "official_denial", "reported_fact", "editorial_opinion"
ROOT = Path(__file__).resolve().parents[1]


def written(*rows, gap=" "):
    """Sentences one after another, each row (text, label, {span type: [whole words, ...]}), and the text."""
    sentences, start = [], 0
    for words, label, marks in rows:
        found = [(kind, re.search(rf"(?<!\w){re.escape(part)}(?!\w)", words)) for kind, parts in marks.items()
                 for part in parts]
        spans = sorted((Span(kind, start + m.start(), start + m.end(), m.group()) for kind, m in found),
                       key=lambda s: s.start)
        sentences.append(Sentence(words, start, start + len(words), label,
                                  {l: float(l == label) for l in LABELS}, tuple(spans)))
        start += len(words) + len(gap)
    return sentences, gap.join(words for words, _, _ in rows)


def profile_of(*rows, gap=" "):
    sentences, text = written(*rows, gap=gap)
    return build_profile(sentences, LABELS, text)


def test_he_after_a_spokesperson_for_a_body_named_with_of_is_that_spokesperson_not_the_person_named_before():
    profile = profile_of(
        ("Tomas Hjort, an oceanographer, said one year of data could mislead.", CLAIM,
         {"source": ["Tomas Hjort, an oceanographer"], "cue": ["said"]}),
        ("A spokesman for the Kestoria Ministry of Environment said the report was under review.", CLAIM,
         {"source": ["A spokesman for the Kestoria Ministry of Environment"], "cue": ["said"]}),
        ("He said emissions had fallen by 12 percent.", CLAIM, {"source": ["He"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["tomas hjort", *["kestoria ministry of environment spokesperson"] * 2]


def test_she_after_a_nameless_person_s_role_is_that_role_not_the_person_named_before():
    profile = profile_of(
        ("Tarn Valley Residents accused Oskell Mining of poisoning wells.", CLAIM,
         {"source": ["Tarn Valley Residents"], "cue": ["accused"]}),
        ("Ruth Abara, the residents' chair, was not available.", FACT,
         {"source": ["Ruth Abara, the residents' chair"]}),
        ("An Oskell spokesman denied the charge.", DENIAL, {"source": ["An Oskell spokesman"], "cue": ["denied"]}),
        ("He said the wells were tested every month.", DENIAL, {"source": ["He"], "cue": ["said"]}),
    )
    assert [(s["source"], s["denies"]) for s in profile["sources"]] == [
        ("oskell spokesperson", True), ("tarn valley residents", False)]
    assert profile["credits"] == ["tarn valley residents", None, "oskell spokesperson", "oskell spokesperson"]
    # no person named at all (a liveblog): the role that just spoke, with what it serves after it
    profile = profile_of(
        ("Tarn Valley Residents accused Oskell Mining of poisoning wells.", CLAIM,
         {"source": ["Tarn Valley Residents"]}),
        ("A lawyer for Oskell rejected the claim.", DENIAL, {"source": ["A lawyer for Oskell"]}),
        ("She said the firm would sue.", DENIAL, {"source": ["She"]}),
        gap="\n\n")
    assert profile["denials"][1] == {"denial": 2, "source": "lawyer for oskell", "allegation": 0}
    assert profile["credits"] == ["tarn valley residents", "lawyer for oskell", "lawyer for oskell"]


def test_he_going_on_with_a_body_s_denial_where_no_one_is_named_speaks_for_that_body():
    """No person is named for "he" to mean: the one who goes on with the embassy's denial speaks for it (before:
    no one, a denial pair without a denier); after a claim, which a reporter may have made, "he" stays no one's."""
    profile = profile_of(
        ("Harbour Watch, a monitoring group, logged 40 visits to the site.", CLAIM,
         {"source": ["Harbour Watch, a monitoring group"], "cue": ["logged"]}),
        ("The embassy denied it.", DENIAL, {"source": ["The embassy"], "cue": ["denied"]}),
        ("'They were tourists,' he said.", DENIAL, {"source": ["he"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["harbour watch", "embassy", "embassy"]
    assert profile["denials"][1] == {"denial": 2, "source": "embassy", "allegation": 0}
    profile = profile_of(
        ("The Velmar Courier reported 40 visits to the site.", CLAIM,
         {"source": ["The Velmar Courier"], "cue": ["reported"]}),
        ("'They were spies,' he wrote.", CLAIM, {"source": ["he"], "cue": ["wrote"]}),
    )
    assert profile["credits"] == ["velmar courier", None]


def test_it_after_people_named_together_issuing_a_statement_is_theirs():
    """"The Vask brothers" is read as a name and a plural noun, not the name alone, so that the statement they
    issued is the "It" that speaks next (before: no one's, as "The Vask" issued nothing)."""
    profile = profile_of(
        ("The Vask brothers issued a joint statement.", FACT, {}),
        ("It said they had never met the buyer.", DENIAL, {"cue": ["said"]}),
    )
    assert profile["credits"] == [None, "vask brothers"]
    assert profile["denials"] == [{"denial": 1, "source": "vask brothers", "allegation": None}]


def test_a_body_s_noun_after_its_board_or_members_acted_is_that_body_not_its_part():
    """"The board of X" or "Delegates of X" acted, naming no source: a later "the trust" or "the union" (its
    minutes too) is X, the body whose head that noun is (before: "board of the marlow hospice trust", the part)."""
    profile = profile_of(
        ("The board of the Marlow Hospice Trust met on Friday.", FACT, {}),
        ("The trust denies that it misused donations.", DENIAL, {"source": ["The trust"], "cue": ["denies"]}),
    )
    assert profile["credits"] == [None, "marlow hospice trust"]
    assert [(s["source"], s["display"]) for s in profile["sources"]] == [
        ("marlow hospice trust", "Marlow Hospice Trust")]
    profile = profile_of(
        ("Delegates of the Carrow Dockworkers Union voted on Monday.", FACT, {}),
        ("The Union's own minutes record that the vote was close.", CLAIM,
         {"source": ["The Union's own minutes"], "cue": ["record"]}),
    )
    assert profile["credits"] == [None, "carrow dockworkers union"]


def test_they_after_others_acted_in_the_plural_is_not_the_one_body_that_spoke_before():
    """"They said" after "Two ministries issued statements" is no one ministry's (before: the Ostrian Ministry of
    Health's, named earlier); after the officials who spoke acting again, it still goes on with them."""
    health = ("The Ostrian Ministry of Health said the clinics were open.", CLAIM,
              {"source": ["The Ostrian Ministry of Health"], "cue": ["said"]})
    they = ("They said the clinics would close.", CLAIM, {"source": ["They"], "cue": ["said"]})
    profile = profile_of(health, ("Two ministries issued statements on Friday.", FACT, {}), they)
    assert profile["credits"] == ["ostrian ministry of health", None, None]
    profile = profile_of(("Officials said the clinics were open.", CLAIM, {"source": ["Officials"], "cue": ["said"]}),
                         ("Officials met again on Friday.", FACT, {}), they)
    assert profile["credits"] == ["officials", None, "officials"]


@pytest.mark.parametrize("document", ["own logs", "logbook", "minutes"])
def test_a_named_body_s_logs_are_its_own_document(document):
    """A body's logs speak for it as its minutes or records do (before: "union's logs", a source of its own)."""
    profile = profile_of(
        ("The Carrow Dockworkers Union voted on Monday.", FACT, {}),
        (f"The union's {document} record that the vote was close.", CLAIM,
         {"source": [f"The union's {document}"], "cue": ["record"]}),
    )
    assert profile["credits"] == [None, "carrow dockworkers union"]


def test_she_after_a_body_or_a_group_is_still_the_person_named_before():
    profile = profile_of(
        ("Mayor Ines Varga said the depot was unsafe.", CLAIM, {"source": ["Mayor Ines Varga"]}),
        ("Oskell officials said the depot met every rule.", CLAIM, {"source": ["Oskell officials"]}),
        ("She said she would ask for an inspection.", CLAIM, {"source": ["She"]}),
    )
    assert {s["source"]: s["sentences"] for s in profile["sources"]} == {"ines varga": 2, "oskell officials": 1}
    assert profile["credits"] == ["ines varga", "oskell officials", "ines varga"]


@pytest.mark.parametrize("titled", ["Councillor Oduya", "Cllr Oduya", "Sen. Oduya", "Harbour coach Oduya"])
def test_he_after_a_sentence_about_a_titled_surname_is_that_person_not_the_man_who_spoke_before(titled):
    # before, a surname of unknown sex opening a sentence with no source lost "he" to the last man who spoke, as a
    # place or a firm opening it does; a title or a person's role before it says it is a person
    profile = profile_of(
        ("Tom Brel said the depot plan was sound.", CLAIM, {"source": ["Tom Brel"], "cue": ["said"]}),
        (f"{titled} spoke to the board on Tuesday.", FACT, {}),
        ("He says the plan is dead.", CLAIM, {"source": ["He"], "cue": ["says"]}),
    )
    assert profile["credits"] == ["tom brel", None, "oduya"]


def test_he_after_a_sentence_about_a_place_is_still_the_man_who_spoke_before():
    profile = profile_of(
        ("Tom Brel said the depot plan was sound.", CLAIM, {"source": ["Tom Brel"], "cue": ["said"]}),
        ("Harlow votes on the plan in May.", FACT, {}),
        ("He says the vote will be close.", CLAIM, {"source": ["He"], "cue": ["says"]}),
    )
    assert profile["credits"] == ["tom brel", None, "tom brel"]


@pytest.mark.parametrize("opener", ["Back at the depot", "Outside the court"])
def test_she_after_a_sentence_opening_with_a_place_before_its_subject_is_that_subject(opener):
    # before, "Back at the depot," hid the subject "Orr", and "she" went to the woman who spoke last
    profile = profile_of(
        ('"We sell at a loss," Anna Orr said.', CLAIM, {"source": ["Anna Orr"], "cue": ["said"]}),
        ("Mira Holt, an economist, said costs rose.", CLAIM, {"source": ["Mira Holt, an economist"], "cue": ["said"]}),
        ('"It is too simple," she said.', CLAIM, {"source": ["she"], "cue": ["said"]}),
        (f"{opener}, Orr was less patient.", FACT, {}),
        ('"Nothing will be left," she said.', CLAIM, {"source": ["she"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["anna orr", "mira holt", "mira holt", None, "anna orr"]


@pytest.mark.parametrize("opener", ["Two months later", "Weeks earlier", "A day later", "Moments afterwards"])
def test_a_lapse_of_time_opening_a_sentence_does_not_hide_its_subject(opener):
    # before, "Two months later," hid the subject "Orr": her claim went on with the economist's account, and "she"
    # went to the economist too
    profile = profile_of(
        ('"We sell at a loss," Anna Orr said.', CLAIM, {"source": ["Anna Orr"], "cue": ["said"]}),
        ("Mira Holt, an economist, said costs rose.", CLAIM, {"source": ["Mira Holt, an economist"], "cue": ["said"]}),
        ('"It is too simple," she said.', CLAIM, {"source": ["she"], "cue": ["said"]}),
        (f'{opener}, Orr won loud applause at a rally, telling farmers "the worst is over."', CLAIM, {}),
        ('"Nothing will be left," she said.', CLAIM, {"source": ["she"], "cue": ["said"]}),
    )
    # as with no opener: Orr's act is no continuation of the economist's account
    assert profile["credits"] == ["anna orr", "mira holt", "mira holt", None, "anna orr"]


def test_she_said_closing_a_quotation_that_went_on_with_the_last_account_is_that_account_s():
    # before, the quotation's sentences went to Ruiz, named by her surname alone, but its "she said" to no one
    rows = [("Ruiz pressed hard on Monday night.", FACT, {"source": ["Ruiz"]}),
            ("She then went after his record on housing.", FACT, {"source": ["She"]}),
            ('"Where are the audited accounts?', CLAIM, {}),
            ('There are two likely answers," she said.', CLAIM, {"source": ["she"], "cue": ["said"]}),
            ('"One is that the fund is smaller than he claims."', CLAIM, {})]
    assert profile_of(*rows)["credits"] == [None, None, "ruiz", "ruiz", "ruiz"]
    # a "he said" when she is known to be a woman is not hers
    rows[1] = ("Ms. Ruiz then went after his record on housing.", FACT, {"source": ["Ms. Ruiz"]})
    rows[3] = ('There are two likely answers," he said.', CLAIM, {"source": ["he"], "cue": ["said"]})
    assert profile_of(*rows)["credits"][3] is None
    # nor is one after a group's account
    rows[0] = ("Campaign aides said the debate went well.", CLAIM, {"source": ["Campaign aides"], "cue": ["said"]})
    rows[1] = ("They were upbeat.", FACT, {})
    assert profile_of(*rows)["credits"][3] is None


def test_a_lapse_of_time_after_a_subject_and_its_verb_is_no_opener_hiding_them():
    # "Orr spoke two days later," is a subject, a verb and when: no opener to pass over, as "Two days later," is;
    # read as one, it hid "Orr", and "she" after it went on with the economist's account
    profile = profile_of(
        ('"We sell at a loss," Anna Orr said.', CLAIM, {"source": ["Anna Orr"], "cue": ["said"]}),
        ("Mira Holt, an economist, said costs rose.", CLAIM, {"source": ["Mira Holt, an economist"], "cue": ["said"]}),
        ('"It is too simple," she said.', CLAIM, {"source": ["she"], "cue": ["said"]}),
        ('Orr spoke two days later, telling farmers "the worst is over."', CLAIM, {}),
        ('"Nothing will be left," she said.', CLAIM, {"source": ["she"], "cue": ["said"]}),
    )
    assert profile["credits"][-1] == "anna orr"


@pytest.mark.parametrize("speakers", ["Ana Ruiz and Tom Vask", "Ruiz and Vask"])
def test_she_said_closing_a_quotation_that_went_on_with_two_people_s_account_is_neither_s(speakers):
    # before, "she said" went to the two together, as if she were both
    rows = [("Costs rose in May.", FACT, {}),
            (f"{speakers} said the ruling was wrong.", CLAIM, {"source": [speakers], "cue": ["said"]}),
            ('"Why won\'t the court listen?', CLAIM, {}),
            ('I think there are reasons," she said.', CLAIM, {"source": ["she"], "cue": ["said"]})]
    assert profile_of(*rows)["credits"][3] is None


def test_a_quotation_closed_by_he_said_belongs_to_him_not_to_who_spoke_since():
    profile = profile_of(
        ("Tomas Erling, the union's treasurer, said talks had stalled.", CLAIM,
         {"source": ["Tomas Erling, the union's treasurer"]}),
        ("Brellin Foods Ltd said it had made a fair offer.", CLAIM, {"source": ["Brellin Foods Ltd"]}),
        ('"We were never shown the figures.', CLAIM, {}),
        ('The offer is an insult," he said.', CLAIM, {"source": ["he"]}),
    )
    assert {s["source"]: s["sentences"] for s in profile["sources"]} == {"tomas erling": 3, "brellin foods ltd": 1}
    assert profile["credits"] == ["tomas erling", "brellin foods ltd", "tomas erling", "tomas erling"]


def test_a_name_inside_a_quotation_its_speaker_opened_is_quoted_by_them_and_takes_no_account_over():
    rows = [('Mara Tesh told the panel: "Look at this.', CLAIM, {"source": ["Mara Tesh"], "cue": ["told"]}),
            ("Olek Brand says he will pay for it with a levy on farms.", CLAIM, {"source": ["Olek Brand"]}),
            ("That sounds great.", CLAIM, {}),
            ('We will tax the bad guys."', CLAIM, {})]
    profile = profile_of(*rows)
    assert profile["credits"] == ["mara tesh"] * 4
    assert [s["source"] for s in profile["sources"]] == ["mara tesh"]
    # outside her quotation, the name speaks for himself and his account goes on
    profile = profile_of(rows[0], ('It is a levy on farms."', CLAIM, {}), *rows[1:3])
    assert profile["credits"] == ["mara tesh", "mara tesh", "olek brand", "olek brand"]


def test_an_evaluative_sentence_wholly_inside_quotation_marks_is_never_unsourced():
    # the speaker given by a pronoun after the quotation closes
    profile = profile_of(
        ("Tomas Erling, the union's treasurer, said the deal was unfair.", CLAIM,
         {"source": ["Tomas Erling, the union's treasurer"]}),
        ('"It is a shameful betrayal.', OPINION, {}),
        ('Members deserve far better," he said.', CLAIM, {"source": ["he"]}),
    )
    assert profile["unsourced_sentences"] == [] and profile["unsourced_evaluative_share"] == 0.0
    # a quotation opened after 'said: "': the sentence inside it is his; the writer's own verdict is not
    profile = profile_of(
        ('Tomas Erling said: "The deal is unfair.', CLAIM, {"source": ["Tomas Erling"]}),
        ('It is a shameful betrayal."', OPINION, {}),
        ("It was a grim week for the union.", OPINION, {}),
    )
    assert profile["unsourced_sentences"] == [2]


def test_a_quotation_never_closed_leaves_the_sentences_after_it_the_writer_s():
    profile = profile_of(
        ('Critics called the plan "a folly.', CLAIM, {"source": ["Critics"]}),
        ("It is a reckless gamble with public money.", OPINION, {}),
    )
    assert profile["unsourced_sentences"] == [1]


def test_a_paragraph_left_open_is_a_quotation_only_when_the_next_reopens_one():
    rows = [("Tomas Erling, the union's treasurer, said the deal was unfair.", CLAIM,
             {"source": ["Tomas Erling, the union's treasurer"]}),
            ('"It is a shameful betrayal.', OPINION, {}),
            ('"Members deserve far better.', OPINION, {}),
            ("It was a grim week for the union.", OPINION, {})]
    # news style never closed: the paragraph reopened after it is a quotation, the last one left open is not
    assert profile_of(*rows, gap="\n\n")["unsourced_sentences"] == [2, 3]
    # a stray mark with no quotation after it opens none
    assert profile_of(rows[0], rows[1], rows[3], gap="\n\n")["unsourced_sentences"] == [1, 2]


SAID = ("'Our beds are full every night,' Dr Aoife Brennan said.", CLAIM,
        {"source": ["Dr Aoife Brennan"], "cue": ["said"]})


@pytest.mark.parametrize("opened, denial, gap", [
    # news style: each paragraph of the quotation reopened with a mark, only the last closed
    ("'We have opened 60 new beds this winter.", "'Nobody claims the crisis is over, but it is easing.'", "\n\n"),
    ("'We have opened 60 new beds this winter.", "Nobody claims the crisis is over, but it is easing.'", " "),
])
def test_a_denial_in_the_quotation_that_holds_its_speaker_s_claim_is_still_the_speaker_s(opened, denial, gap):
    profile = profile_of(SAID, (opened, CLAIM, {}), (denial, DENIAL, {}), gap=gap)
    assert profile["credits"] == ["aoife brennan"] * 3
    assert profile["denials"] == [{"denial": 2, "source": "aoife brennan", "allegation": None}]


def test_a_denial_in_a_quotation_of_its_own_inherits_no_source_whose_last_sentence_made_a_claim():
    profile = profile_of(SAID, ("'Nobody claims the crisis is over.'", DENIAL, {}), gap="\n\n")
    assert profile["credits"] == ["aoife brennan", None]


def test_a_denial_answers_the_claim_about_what_it_denies_before_a_nearer_one():
    profile = profile_of(
        ("Fishermen said the Sorra refinery had leaked oil into the bay.", CLAIM, {"source": ["Fishermen"]}),
        ("The harbour master said the ferry would run on Sunday.", CLAIM, {"source": ["The harbour master"]}),
        ("Sorra Petroleum denied leaking any oil.", DENIAL, {"source": ["Sorra Petroleum"], "cue": ["denied"]}),
    )
    assert profile["denials"] == [{"denial": 2, "source": "sorra petroleum", "allegation": 0}]
    # the denier's own name and the word for what it denies are no shared topic: the nearest claim answers
    profile = profile_of(
        ("Fishermen said the bay had turned black.", CLAIM, {"source": ["Fishermen"]}),
        ("The harbour master said Sorra Petroleum would close its terminal.", CLAIM,
         {"source": ["The harbour master"]}),
        ("Sorra Petroleum rejected the claims.", DENIAL, {"source": ["Sorra Petroleum"], "cue": ["rejected"]}),
    )
    assert profile["denials"] == [{"denial": 2, "source": "sorra petroleum", "allegation": 1}]


def test_a_denial_of_the_report_answers_the_claim_that_brought_the_report_up():
    police = ("The harbour police said on Wednesday they were examining two tankers.", CLAIM,
              {"source": ["The harbour police"]})
    denial = ("Sorra Petroleum dismissed {} as a fabrication.", DENIAL, {"source": ["Sorra Petroleum"]})

    def answered(claim, denied):
        rows = (claim, police, (denial[0].format(denied), DENIAL, denial[2]))
        return profile_of(*rows)["denials"][0]["allegation"]

    in_report = ("Greenwatch said in a report on Monday that the Sorra refinery leaks oil.", CLAIM,
                 {"source": ["Greenwatch"]})
    # "the report" is no topic word, so the nearer claim used to answer
    assert answered(in_report, "the report") == 0
    assert answered(in_report, "the watchdog's 40-page report") == 0
    assert answered(in_report, "these reports") == 0
    study = ("According to Greenwatch's 40-page study, the refinery leaks oil.", CLAIM, {"source": ["Greenwatch's"]})
    assert answered(study, "the study") == 0
    assert answered(("Greenwatch made new claims that the refinery leaks oil.", CLAIM, {"source": ["Greenwatch"]}),
                    "those claims") == 0
    # a reference no claim brings up, an indefinite one, or none: the nearest claim answers, as before, where the
    # farther names nothing of the denier's (its "Sorra refinery" names the firm by its first word, and answers)
    unnamed = ("Greenwatch said in a report on Monday that the refinery leaks oil.", CLAIM, {"source": ["Greenwatch"]})
    assert answered(unnamed, "the study") == 1
    assert answered(unnamed, "a report") == 1
    assert answered(unnamed, "the figures") == 1
    assert answered(in_report, "the study") == 0
    # what the denial names beats a claim naming the denier: the denial says what it answers
    rows = (in_report, ("Fishermen said Sorra Petroleum would close its terminal.", CLAIM, {"source": ["Fishermen"]}),
            ("Sorra Petroleum rejected the report.", DENIAL, {"source": ["Sorra Petroleum"]}))
    assert profile_of(*rows)["denials"][0]["allegation"] == 0


def test_credits_name_each_sentence_s_source_or_null_and_add_up_to_the_source_counts():
    sentences, text = written(
        ("Harbour Feud Deepens", FACT, {}),
        ("Fishermen said the bay had turned black.", CLAIM, {"source": ["Fishermen"]}),
        ("They said the catch had halved.", CLAIM, {"source": ["They"]}),
        ("Sorra Petroleum denied any spill.", DENIAL, {"source": ["Sorra Petroleum"]}),
        ("The bay is a sorry sight.", OPINION, {}),
        gap="\n\n")
    profile = build_profile(sentences, LABELS, text)
    assert profile["credits"] == [None, "fishermen", "fishermen", "sorra petroleum", None]
    assert Counter(c for c in profile["credits"] if c) == {s["source"]: s["sentences"] for s in profile["sources"]}
    assert json.loads(json.dumps(profile))["credits"] == profile["credits"]
    assert build_profile([], LABELS, "")["credits"] == []


def test_a_role_word_inside_a_source_is_not_the_writer_s_loaded_wording():
    def loaded(words, source, *phrases):
        (sentence,), _ = written((words, CLAIM, {"source": [source], "loaded": list(phrases)}))
        return [p["text"] for p in build_profile([sentence], LABELS)["loaded_phrases"]]

    assert loaded("A Brellin spokeswoman said the plant was safe.", "A Brellin spokeswoman", "spokeswoman") == []
    assert loaded("Brellin officials said the plant was safe.", "Brellin officials", "officials") == []
    # the writer's word for the source still counts, beside the role or alone
    assert loaded("The hapless Brellin spokeswoman said so.", "The hapless Brellin spokeswoman",
                  "hapless Brellin spokeswoman") == ["hapless brellin spokeswoman"]
    assert loaded("The hapless Brellin spokeswoman said so.", "The hapless Brellin spokeswoman",
                  "hapless") == ["hapless"]


@pytest.mark.parametrize("rows, credits", [
    # a company's name that is also an evaluative word, the model marking no source in its sentence
    ((("Hollow, a packaging maker in Leeds, was fined $2 million in March.", FACT, {"source": ["Hollow"]}),
      ("Hollow disputed the figures.", DENIAL, {"cue": ["disputed"], "loaded": ["Hollow"]})),
     [None, "hollow"]),
    # a person's surname, the source span marked or not
    ((("Prosecutors said the clinic billed for visits that never took place.", CLAIM,
       {"source": ["Prosecutors"], "cue": ["said"]}),
      ("Dr. Mark Savage, who ran the clinic, denied the charges.", DENIAL,
       {"cue": ["denied"], "loaded": ["Savage"]})),
     ["prosecutors", "mark savage"]),
    ((("Prosecutors said the clinic billed for visits that never took place.", CLAIM,
       {"source": ["Prosecutors"], "cue": ["said"]}),
      ("Dr. Mark Savage, who ran the clinic, denied the charges.", DENIAL,
       {"source": ["Dr. Mark Savage"], "cue": ["denied"], "loaded": ["Savage"]})),
     ["prosecutors", "mark savage"]),
    # a group's name before the description the model marked as its source
    ((("Free Voices, a campaign group, called the law an outrage.", CLAIM,
       {"source": ["a campaign group"], "cue": ["called"], "loaded": ["Free Voices"]}),),
     ["free voices"]),
    ((("Free Voices, a campaign group, called the law an outrage.", CLAIM,
       {"source": ["Voices"], "cue": ["called"], "loaded": ["Free"]}),),
     ["free voices"]),
    # a name in a script without capitals (Arabic, Hebrew) in English copy, the model marking it loaded
    ((("Its chair, \u0644\u064a\u0644\u0649 \u062d\u062f\u0627\u062f, said no leak had occurred.", CLAIM,
       {"source": ["\u0644\u064a\u0644\u0649 \u062d\u062f\u0627\u062f"], "cue": ["said"],
        "loaded": ["\u0644\u064a\u0644\u0649 \u062d\u062f\u0627\u062f"]}),),
     ["\u0644\u064a\u0644\u0649 \u062d\u062f\u0627\u062f"]),
    ((("A spokesperson for the board, \u05d3\u05e0\u05d4 \u05dc\u05d5\u05d9, denied the report.", DENIAL,
       {"cue": ["denied"], "loaded": ["\u05dc\u05d5\u05d9"]}),),
     ["\u05d3\u05e0\u05d4 \u05dc\u05d5\u05d9"]),
])
def test_the_name_a_sentence_is_credited_to_is_not_the_writer_s_loaded_wording(rows, credits):
    sentences, text = written(*rows)
    profile = build_profile(sentences, LABELS, text)
    assert profile["credits"] == credits
    assert profile["loaded_phrases"] == []
    assert Document(text, sentences, profile).writers_loaded() == []
    assert Document(text, sentences).writers_loaded() == []  # its profile rebuilt from the sentences


def test_the_writer_s_word_beside_or_like_a_credited_name_stays_loaded():
    sentences, text = written(
        ("The shadowy Free Voices group said the law was an outrage.", CLAIM,
         {"source": ["The shadowy Free Voices group"], "cue": ["said"], "loaded": ["shadowy"]}),
        ("Tomas Savage defended the savage cuts.", CLAIM,
         {"source": ["Tomas Savage"], "cue": ["defended"], "loaded": ["savage"]}),
        ("Savage's own record is grim.", OPINION, {"loaded": ["Savage's own record is grim"]}),
        # an evaluative word opening the sentence before the name is the writer's, as with no name there
        ("Notorious hacker Zed said he had copied the files.", CLAIM,
         {"source": ["Notorious hacker Zed"], "cue": ["said"], "loaded": ["Notorious"]}))
    profile = build_profile(sentences, LABELS, text)
    assert profile["credits"][1:3] == ["tomas savage", None]
    assert [p["text"] for p in profile["loaded_phrases"]] == ["shadowy", "savage", "savage's own record is grim",
                                                              "notorious"]
    assert [s.text for s in Document(text, sentences, profile).writers_loaded()] == [
        "shadowy", "savage", "Savage's own record is grim", "Notorious"]


@pytest.mark.parametrize("headline", [True, False])
def test_a_name_credited_elsewhere_in_the_document_is_not_the_writer_s_loaded_wording(headline):
    # before, "Tessaly" marked loaded where no one is credited was the writer's loaded phrase, though Tessaly speaks
    rows = [("The Financial Conduct Board fined Tessaly Bank 48 million crowns on Monday.", FACT,
             {"loaded": ["Tessaly"]}),
            ("Tessaly rejected the findings.", DENIAL, {"source": ["Tessaly"], "cue": ["rejected"]})]
    if headline:
        rows.insert(0, ("Watchdog fines Tessaly Bank 48 million; bank to appeal", FACT, {"loaded": ["Tessaly"]}))
    sentences, text = written(*rows, gap="\n\n")
    profile = build_profile(sentences, LABELS, text)
    assert profile["credits"][-1] == "tessaly bank"  # the bank named before, written short
    assert profile["loaded_phrases"] == []
    assert Document(text, sentences, profile).writers_loaded() == []


def test_a_name_s_word_credited_nowhere_or_opening_a_sentence_stays_loaded():
    sentences, text = written(
        ("The Financial Conduct Board fined Orlen Savings 12 million crowns.", FACT, {"loaded": ["Orlen"]}),
        ("Brazen Tessaly lost again.", OPINION, {"loaded": ["Brazen"]}),
        ("The board called Tessaly Brazen in its notice.", FACT, {"loaded": ["Brazen"]}),
        ("Tessaly rejected the findings.", DENIAL, {"source": ["Tessaly"], "cue": ["rejected"]}))
    profile = build_profile(sentences, LABELS, text)
    assert [p["text"] for p in profile["loaded_phrases"]] == ["brazen", "orlen"]


@pytest.mark.parametrize("headline, name", [("Storm batters Port Arlen as thousands lose power", "Arlen"),
                                            ("Storm Batters Port Arlen As Thousands Lose Power", "Arlen"),
                                            ("Floods batter Kessington Bay as the river rises", "Kessington"),
                                            ("Ash from Mount Tarrow batters two villages", "Tarrow")])


def test_a_place_s_name_beside_the_word_of_its_kind_is_not_the_writer_s_loaded_wording(headline, name):
    # before, "Arlen" of "Port Arlen" tagged loaded in the headline was the writer's phrase: two capitalised words
    # made no name, and the place is credited nowhere nor written again
    batters = next(word for word in headline.split() if word.lower() == "batters" or word.lower() == "batter")
    sentences, text = written((headline, FACT, {"loaded": [name, batters]}),
                              ("Crews worked through the night.", FACT, {}), gap="\n\n")
    profile = build_profile(sentences, LABELS, text)
    assert [p["text"] for p in profile["loaded_phrases"]] == [batters.lower()]
    assert [span.text for span in Document(text, sentences, profile).writers_loaded()] == [batters]
    # an epithet before a person's name, or a word of a place's kind in lower case, leaves the word the writer's
    sentences, text = written(
        ("The vote unleashed Crooked Vell on the council.", FACT, {"loaded": ["Crooked"]}),
        ("Critics called it a Grim bay of wrecks.", FACT, {"loaded": ["Grim"]}))
    assert [p["text"] for p in build_profile(sentences, LABELS, text)["loaded_phrases"]] == ["crooked", "grim"]


@pytest.mark.parametrize("headline", ["Rebels Cheer as Brutal Regime Falls", "Voters Fume as Reckless Spending Springs "
                                      "a Leak", "Critics Say That Rogue Regimes Harbor Smugglers"])


def test_loaded_words_before_a_verb_that_is_also_a_place_s_kind_in_a_title_case_headline_stay_loaded(headline):
    # before, "Falls", "Springs" or "Harbor" after the loaded words read as a place's kind ("Niagara Falls"), so the
    # loaded words were taken for a place's name and dropped
    loaded = " ".join(headline.split()[3:5])
    sentences, text = written((headline, OPINION, {"loaded": [loaded]}), ("Crews worked through the night.", FACT, {}),
                              gap="\n\n")
    assert [p["text"] for p in build_profile(sentences, LABELS, text)["loaded_phrases"]] == [loaded.lower()]


def test_a_person_s_surname_the_document_writes_is_not_the_writer_s_loaded_wording():
    # before, "Varrow" of "Anja Varrow" tagged loaded was kept as the writer's phrase: she is credited nowhere
    sentences, text = written(
        ("Prosecutor Ines Kald said the records placed Tomas Brell at the quay the night Mira Varrow died.", CLAIM,
         {"source": ["Prosecutor Ines Kald"], "cue": ["said"]}),
        ("The victim's mother, Anja Varrow, arrived at court.", FACT, {"loaded": ["Varrow"]}),
        ("The judge called Varrow Callous in passing.", FACT, {"loaded": ["Callous"]}))
    profile = build_profile(sentences, LABELS, text)
    assert [p["text"] for p in profile["loaded_phrases"]] == ["callous"]
    assert [span.text for span in Document(text, sentences, profile).writers_loaded()] == ["Callous"]


@pytest.mark.parametrize("opening", ["Sorby, a brazen driver, had debts.", "Sorby was a brazen driver.",
                                     "Sorby's brazen driving was known."])


def test_a_person_s_surname_opening_a_sentence_is_not_the_writer_s_loaded_wording(opening):
    # before, "Sorby" tagged loaded opening a sentence was kept as the writer's phrase, and so was "Sorby" of "Elin
    # Sorby" that a later sentence calls by the surname alone
    sentences, text = written(("Lukas Fenn is accused of killing Elin Sorby.", FACT, {"loaded": ["Sorby"]}),
                              (opening, OPINION, {"loaded": ["Sorby", "brazen"]}))
    assert [p["text"] for p in build_profile(sentences, LABELS, text)["loaded_phrases"]] == ["brazen"]
    # a word opening a sentence before another capitalised word stays loaded, as "Brazen Tessaly lost" does
    sentences, text = written(("Lukas Fenn is accused of killing Elin Sorby.", FACT, {}),
                              ("Sorby Fenn lost again.", OPINION, {"loaded": ["Sorby"]}))
    assert [p["text"] for p in build_profile(sentences, LABELS, text)["loaded_phrases"]] == ["sorby"]

def test_every_profile_field_has_a_row_in_the_api_reference_table():
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    table = text[text.index("#### Profile fields"):text.index("### `Sentence`")]
    documented = set(re.findall(r"^\| `(\w+)` \|", table, flags=re.M))
    sentences, words = written(("Fishermen said the bay had turned black.", CLAIM, {"source": ["Fishermen"]}))
    assert documented == set(build_profile(sentences, LABELS, words))


def test_a_name_typed_with_a_combining_accent_is_one_composed_source_as_the_api_reference_says():
    # before, api.md said `display` was the source "as first written", though it is composed (NFC), so that a
    # researcher matching it to the text by code points found no match; nor did it say `source` was composed
    decomposed, composed = "Rene\u0301e Duval", "Ren\u00e9e Duval"
    sentences, text = written((f"{decomposed} said the bridge was failing.", CLAIM, {"source": [decomposed]}),
                              (f"{composed} later denied it.", DENIAL, {"source": [composed]}))
    profile = build_profile(sentences, LABELS, text)
    assert [(s["source"], s["display"], s["sentences"]) for s in profile["sources"]] == [
        ("ren\u00e9e duval", "Ren\u00e9e Duval", 2)]
    start, end = profile["credit_mentions"][0]
    assert text[start:end] == "Rene\u0301e Duval" != profile["sources"][0]["display"]
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    row = next(line for line in api.splitlines() if line.startswith("| `sources` |"))
    assert "composed (Unicode NFC)" in row and "its accents composed (NFC) too" in row


def test_a_joiner_that_spells_a_name_in_a_script_without_capitals_is_kept_in_its_display_form():
    # before, the zero-width non-joiner of a Persian name (it keeps "Mohammad" and "Reza" from joining) was dropped
    # from `display` as a stray invisible character, so the name showed as another spelling; the key still drops it
    name = "\u0645\u062d\u0645\u062f\u200c\u0631\u0636\u0627 \u0646\u0648\u0631\u06cc"
    profile = profile_of((f"The minister, {name}, denied the report.", DENIAL,
                          {"source": [f"The minister, {name}"], "cue": ["denied"]}),
                         (f"{name.replace(chr(0x200c), '')} said the deal was off.", DENIAL,
                          {"source": [name.replace("\u200c", "")], "cue": ["said"]}))
    assert [(s["source"], s["display"], s["sentences"]) for s in profile["sources"]] == [
        (name.replace("\u200c", ""), name, 2)]
    # a joiner beside a Latin letter or a space is still stray, and dropped
    profile = profile_of(("Caf\u00e9\u200d owners\u200c said trade had fallen.", CLAIM,
                          {"source": ["Caf\u00e9\u200d owners\u200c"], "cue": ["said"]}))
    assert [s["display"] for s in profile["sources"]] == ["Caf\u00e9 owners"]


def test_a_denial_and_a_claim_sharing_only_a_date_or_a_speaker_word_share_no_topic():
    rows = (
        ("Officials said on Friday that the ferry pier would reopen next month.", CLAIM, {"source": ["Officials"]}),
        ("Dockworkers said foremen had skimmed their wages at the pier.", CLAIM, {"source": ["Dockworkers"]}),
    )
    for denial in ("The harbour board denied it on Friday.", "The harbour board denied it next month.",
                   "The harbour board denied it, officials said."):
        profile = profile_of(*rows, (denial, DENIAL, {"source": ["The harbour board"], "cue": ["denied"]}))
        assert profile["denials"][0]["allegation"] == 1
    # a word both claims share picks neither: the nearer one answers, as before
    profile = profile_of(*rows, ("The harbour board denied any wrongdoing at the pier.", DENIAL,
                                 {"source": ["The harbour board"], "cue": ["denied"]}))
    assert profile["denials"][0]["allegation"] == 1
    # and of two claims that share it, the one worded as an allegation answers, though farther
    profile = profile_of(
        ("Dockworkers accused foremen of skimming wages at the pier.", CLAIM, {"source": ["Dockworkers"]}),
        ("Officials said on Friday that the pier would reopen next month.", CLAIM, {"source": ["Officials"]}),
        ("The harbour board denied any wrongdoing at the pier on Friday.", DENIAL,
         {"source": ["The harbour board"], "cue": ["denied"]}))
    assert profile["denials"][0]["allegation"] == 0


def test_she_after_a_role_written_as_a_man_s_is_the_person_named_before_not_that_role():
    rows = (
        ("Harbour Chief Odile Farrant said two trawlers were seized.", CLAIM,
         {"source": ["Harbour Chief Odile Farrant"]}),
        ("A coastguard spokesman said the crews were ashore.", CLAIM, {"source": ["A coastguard spokesman"]}),
    )
    profile = profile_of(*rows, ("She said more seizures were likely.", CLAIM, {"source": ["She"]}))
    assert profile["credits"] == ["odile farrant", "coastguard spokesperson", "odile farrant"]
    # "he" after him is his, and so is "she" after a spokeswoman
    profile = profile_of(*rows, ("He said more seizures were likely.", CLAIM, {"source": ["He"]}))
    assert profile["credits"][2] == "coastguard spokesperson"
    profile = profile_of(rows[0], ("The board chairwoman said the crews were ashore.", CLAIM,
                                   {"source": ["The board chairwoman"]}),
                         ("He said more seizures were likely.", CLAIM, {"source": ["He"]}))
    assert profile["credits"][2] == "odile farrant"


def test_he_or_she_after_a_one_word_person_is_that_person():
    # a surname after a personal title is a person, though no full name came before it
    profile = profile_of(
        ("Harbour manager Colm Ashby said the quay was safe.", CLAIM,
         {"source": ["Harbour manager Colm Ashby"], "cue": ["said"]}),
        ("Ms Trevane said the cranes were never inspected.", CLAIM, {"source": ["Ms Trevane"], "cue": ["said"]}),
        ('"Nobody checked them," she said.', CLAIM, {"source": ["she"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["colm ashby", "trevane", "trevane"]
    profile = profile_of(
        ("Dr. Osei said the dose was too high.", CLAIM, {"source": ["Dr. Osei"], "cue": ["said"]}),
        ('"It should be halved," he said.', CLAIM, {"source": ["he"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["osei", "osei"]
    # and so is one after a role's title
    profile = profile_of(
        ("President Ortane said the levy was fair.", CLAIM, {"source": ["President Ortane"], "cue": ["said"]}),
        ('"It is overdue," he said.', CLAIM, {"source": ["he"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["ortane", "ortane"]
    # a surname the story wrote in a full name before, no source then: the accused answering in court
    profile = profile_of(
        ("Tobias Wren, 41, of Hexley, is charged with theft.", FACT, {}),
        ("Prosecutor Ada Vance said Wren forged invoices.", CLAIM,
         {"source": ["Prosecutor Ada Vance"], "cue": ["said"]}),
        ("Wren denies the charge.", DENIAL, {"source": ["Wren"], "cue": ["denies"]}),
        ('"I kept every receipt," he told the jury.', DENIAL, {"source": ["he"], "cue": ["told"]}),
    )
    assert profile["credits"] == [None, "ada vance", "tobias wren", "tobias wren"]  # the full name written before
    # a one-word body or company is no person: "he" still goes back to the person named before it
    profile = profile_of(
        ("Colm Ashby said the quay was safe.", CLAIM, {"source": ["Colm Ashby"], "cue": ["said"]}),
        ("Quayline said its cranes were inspected.", CLAIM, {"source": ["Quayline"], "cue": ["said"]}),
        ('"We did everything right," he said.', CLAIM, {"source": ["he"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["colm ashby", "quayline", "colm ashby"]


def test_he_after_the_taoiseach_or_the_tanaiste_is_that_office_holder_not_the_person_named_before():
    for role in ("Taoiseach", "Tánaiste", "Tanaiste"):
        profile = profile_of(
            ("Deputy Orla Keaveny accused the Government of cronyism.", CLAIM,
             {"source": ["Deputy Orla Keaveny"], "cue": ["accused"]}),
            (f"The {role} said there was nothing to hide.", CLAIM, {"source": [f"The {role}"], "cue": ["said"]}),
            ('"Deputy Keaveny knows that," he said.', CLAIM, {"source": ["he"], "cue": ["said"]}),
            gap="\n\n")
        assert profile["credits"][1:] == [role.lower()] * 2, role
    # the office before a name is a title, as "Prime Minister" is
    assert normalise_source("Tánaiste Orla Keaveny") == "orla keaveny"


def test_a_source_written_again_with_or_without_its_accents_is_the_source_first_written():
    for first, then in (("Tánaiste", "Tanaiste"), ("Tanaiste", "Tánaiste")):
        profile = profile_of(
            (f"The {first} said the budget was fair.", CLAIM, {"source": [f"The {first}"], "cue": ["said"]}),
            (f"The {then} denied that taxes would rise.", DENIAL, {"source": [f"The {then}"], "cue": ["denied"]}),
        )
        assert profile["credits"] == [first.lower()] * 2
        assert [s["display"] for s in profile["sources"]] == [first]
    profile = profile_of(
        ("José Pérez said the port was closed.", CLAIM, {"source": ["José Pérez"], "cue": ["said"]}),
        ("Jose Perez said it would reopen.", CLAIM, {"source": ["Jose Perez"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["josé pérez"] * 2


@pytest.mark.parametrize("full, short", [("José Pérez", "Perez"), ("Jose Perez", "Pérez"),
                                         ("Anke Müller", "Muller"),
                                         ("Zoë Brandt", "Brandt")])


def test_a_surname_with_or_without_its_accents_joins_the_one_person_named_in_full(full, short):
    board = ("The harbour board said it was open.", CLAIM, {"source": ["The harbour board"], "cue": ["said"]})
    profile = profile_of(
        (f"{full} said the port was closed.", CLAIM, {"source": [full], "cue": ["said"]}), board,
        (f"{short} said the board was wrong.", CLAIM, {"source": [short], "cue": ["said"]}),
        board,
        (f"{short} denied that the port had reopened.", DENIAL, {}),  # the subject a name the text has written
    )
    assert profile["credits"] == [full.lower(), "harbour board", full.lower(), "harbour board", full.lower()]


@pytest.mark.parametrize("first, then", [("Dmitry Volkar", "Dmitri Volkar"), ("Sergei Tamarin", "Sergey Tamarin"),
                                         ("Mohammed al-Qadiri", "Muhammad al-Qadiri"),
                                         ("Aleksandr Petrenko Vasko", "Alexander Petrenko Vasko")])


def test_a_given_name_transliterated_another_way_is_the_person_first_named(first, then):
    board = ("The harbour board said it was open.", CLAIM, {"source": ["The harbour board"], "cue": ["said"]})
    profile = profile_of((f"{first} said the port was closed.", CLAIM, {"source": [first], "cue": ["said"]}), board,
                         (f"{then} said it would reopen.", CLAIM, {"source": [then], "cue": ["said"]}),
                         (f"{then.split()[-1]} said the board was wrong.", CLAIM, {}))
    assert profile["credits"] == [first.lower(), "harbour board", first.lower(), first.lower()]


def test_a_given_name_spelled_another_way_joins_the_person_a_title_named_in_a_sentence_crediting_no_one():
    profile = profile_of(("Deputy Minister Sergey Tamarin met the board.", FACT, {}),
                         ("Deputy Minister Sergei Tamarin said the port was closed.", CLAIM,
                          {"source": ["Deputy Minister Sergei Tamarin"], "cue": ["said"]}),
                         ("The deputy minister said it would reopen.", CLAIM,
                          {"source": ["The deputy minister"], "cue": ["said"]}))
    assert profile["credits"] == [None, "sergey tamarin", "sergey tamarin"]


def test_a_given_name_spelled_another_way_joins_no_one_whose_other_names_differ():
    profile = profile_of(("Dmitry Volkar said the port was closed.", CLAIM, {"source": ["Dmitry Volkar"]}),
                         ("Dmitri Volkov said it was open.", CLAIM, {"source": ["Dmitri Volkov"]}),
                         ("Yuri Sabin said it was shut.", CLAIM, {"source": ["Yuri Sabin"]}),
                         ("Yury Sabin Lenko said it was open.", CLAIM, {"source": ["Yury Sabin Lenko"]}))
    assert profile["credits"] == ["dmitry volkar", "dmitri volkov", "yuri sabin", "yury sabin lenko"]


@pytest.mark.parametrize("first, then, span", [
    ("Ahmed Karimi said the port was closed.", "Ahmad Karimi, his cousin, said it would reopen.", "Ahmad Karimi"),
    ("Ahmed Karimi said the port was closed.", "Her brother, Ahmad Karimi, said it would reopen.", "Ahmad Karimi"),
    ("Ahmed Karimi said the port was closed.", "The victim's father, Ahmad Karimi, said it would reopen.",
     "The victim's father, Ahmad Karimi"),
    ("Ahmed Karimi, her husband, said the port was closed.", "Ahmad Karimi said it would reopen.", "Ahmad Karimi")])


def test_a_given_name_spelled_another_way_joins_no_one_when_either_is_described_as_a_relative(first, then, span):
    profile = profile_of((first, CLAIM, {"source": ["Ahmed Karimi"], "cue": ["said"]}),
                         (then, CLAIM, {"source": [span], "cue": ["said"]}))
    assert profile["credits"] == ["ahmed karimi", "ahmad karimi"]


def test_a_surname_two_people_share_but_for_its_accents_joins_neither():
    profile = profile_of(("Ana Pérez said the port was closed.", CLAIM, {"source": ["Ana Pérez"]}),
                         ("Luis Perez said it was open.", CLAIM, {"source": ["Luis Perez"]}),
                         ("Perez said the board was wrong.", CLAIM, {"source": ["Perez"]}))
    assert profile["credits"] == ["ana pérez", "luis perez", "perez"]


@pytest.mark.parametrize("first, then", [("مُحَمَّد علي", "محمد علي"),
                                         ("أحمد سالم", "احمد سالم"),
                                         ("שָׁלוֹם לֵוִי", "שלום לוי")])


def test_arabic_or_hebrew_vowel_marks_written_or_left_out_make_one_name(first, then):
    profile = profile_of((f"{first} said the port was closed.", CLAIM, {"source": [first], "cue": ["said"]}),
                         (f"{then} said it would reopen.", CLAIM, {"source": [then], "cue": ["said"]}))
    assert profile["credits"] == [first, first]


@pytest.mark.parametrize("first, then", [("カトウ", "ガトウ"), ("मीना", "मना")])
def test_marks_that_are_parts_of_letters_in_other_scripts_make_another_name(first, then):
    profile = profile_of((f"{first} said the port was closed.", CLAIM, {"source": [first], "cue": ["said"]}),
                         (f"{then} said it would reopen.", CLAIM, {"source": [then], "cue": ["said"]}))
    assert profile["credits"] == [first, then]


def test_the_professor_the_coach_or_the_inspector_is_the_person_just_named_so():
    for role in ("Professor", "Inspector", "Colonel", "Rabbi", "Economist"):
        profile = profile_of(
            (f"{role} Mirela Haskins said the figures were sound.", CLAIM,
             {"source": [f"{role} Mirela Haskins"], "cue": ["said"]}),
            (f"The {role.lower()} said more work was needed.", CLAIM,
             {"source": [f"The {role.lower()}"], "cue": ["said"]}),
        )
        assert profile["credits"] == ["mirela haskins", "mirela haskins"], role
    for role in ("coach", "barrister", "manager", "captain"):
        profile = profile_of(
            (f"Dunmore {role} Pavel Orr said the result was fair.", CLAIM,
             {"source": [f"Dunmore {role} Pavel Orr"], "cue": ["said"]}),
            (f"The {role} said the squad was tired.", CLAIM, {"source": [f"The {role}"], "cue": ["said"]}),
        )
        assert profile["credits"] == ["pavel orr", "pavel orr"], role
    # an assistant coach is not the coach
    profile = profile_of(
        ("Assistant coach Pavel Orr said the result was fair.", CLAIM,
         {"source": ["Assistant coach Pavel Orr"], "cue": ["said"]}),
        ("The coach said the squad was tired.", CLAIM, {"source": ["The coach"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["pavel orr", "coach"]


@pytest.mark.parametrize("role, surname", [("coach", "Harding"), ("minister", "Ahmed"), ("Kessel striker", "Ibarra"),
                                           ("her lawyer", "Voss")])


def test_a_surname_after_a_lower_case_role_is_the_person_a_later_surname_alone_names(role, surname):
    # before, "coach Harding" kept its role in the key, and a later "Harding" made a second source of one person
    profile = profile_of(
        (f"The plan was a mistake, {role} {surname} said.", CLAIM, {"source": [f"{role} {surname}"], "cue": ["said"]}),
        (f"{surname} said it would be dropped.", CLAIM, {"source": [surname], "cue": ["said"]}),
    )
    assert profile["credits"] == [surname.lower()] * 2
    assert [(s["source"], s["sentences"]) for s in profile["sources"]] == [(surname.lower(), 2)]


def test_a_capitalised_word_after_a_lower_case_word_that_is_no_role_stays_in_the_source():
    profile = profile_of(("The ministry Kessel said the plan was sound.", CLAIM,
                          {"source": ["The ministry Kessel"], "cue": ["said"]}))
    assert profile["credits"] == ["ministry kessel"]


def test_the_role_of_an_abbreviated_title_or_a_capitalised_role_is_the_person_just_named_so():
    for title, role in (("Supt", "The superintendent"), ("Det Insp", "The inspector"), ("Cllr", "The councillor"),
                        ("Mr Justice", "The judge"), ("Health Minister", "The Health Minister"),
                        ("Minister for Health", "The Minister for Health"), ("Prime Minister", "The Prime Minister")):
        profile = profile_of(
            (f"{title} Mirela Haskins said the road was closed.", CLAIM,
             {"source": [f"{title} Mirela Haskins"], "cue": ["said"]}),
            (f"{role} said it would reopen.", CLAIM, {"source": [role], "cue": ["said"]}),
        )
        assert profile["credits"] == ["mirela haskins", "mirela haskins"], title
    # a capitalised role the person was not named with stays apart, as a lower-case one does
    for title, role in (("Justice Minister", "The judge"), ("Health Minister", "The Finance Minister")):
        profile = profile_of(
            (f"{title} Mirela Haskins said the road was closed.", CLAIM,
             {"source": [f"{title} Mirela Haskins"], "cue": ["said"]}),
            (f"{role} said it would reopen.", CLAIM, {"source": [role], "cue": ["said"]}),
        )
        assert profile["credits"][1] == role.lower().removeprefix("the "), title


@pytest.mark.parametrize("title", ["Mr Justice", "Mrs Justice", "Mr. Justice"])
def test_a_high_court_judge_s_title_marked_without_the_name_after_it_is_the_judge(title):
    # before, "Mr Justice" alone marked was a source "justice", whom "the judge" then joined
    profile = profile_of(
        (f"{title} Harlow ruled that the article was defamatory.", CLAIM, {"source": [title], "cue": ["ruled"]}),
        ("The judge said the magazine had failed to call her.", CLAIM, {"source": ["The judge"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["harlow", "harlow"]


@pytest.mark.parametrize("title, role", [("Supt.", "The superintendent"), ("Det.", "The detective"),
                                         ("Sgt.", "The sergeant"), ("Cllr.", "The councillor")])


def test_an_abbreviated_title_left_out_of_the_span_is_still_the_person_s_role(title, role):
    # before, "Supt. Tom Vask said ... The superintendent added" with "Tom Vask" alone marked were two sources: only
    # "Gov." and "Sen." of the abbreviated titles were read before a name outside the span
    profile = profile_of(
        (f"{title} Tom Vask said the road would stay closed.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]}),
        (f"{role} added that no one had been hurt.", CLAIM, {"source": [role], "cue": ["added"]}),
    )
    assert profile["credits"] == ["tom vask", "tom vask"], title


def test_pres_with_its_full_stop_is_the_president_just_named_so():
    # "Pres. Vask" is President Vask: "the president" after it is him, as after "Gov." "the governor" is
    for title, role in (("Pres.", "The president"), ("Gov.", "The governor"), ("President", "The president")):
        profile = profile_of(
            (f"{title} Mirela Haskins admits the plan did not work.", CLAIM,
             {"source": [f"{title} Mirela Haskins"], "cue": ["admits"]}),
            (f"{role} said it would be fixed.", CLAIM, {"source": [role], "cue": ["said"]}),
        )
        assert profile["credits"] == ["mirela haskins", "mirela haskins"], title
    # another role stays apart
    profile = profile_of(
        ("Pres. Mirela Haskins admits the plan did not work.", CLAIM,
         {"source": ["Pres. Mirela Haskins"], "cue": ["admits"]}),
        ("The governor said it would be fixed.", CLAIM, {"source": ["The governor"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["mirela haskins", "governor"]


def test_a_line_linking_to_another_story_credits_no_one_and_denies_nothing():
    profile = profile_of(("Ferry crews resumed the crossing at dawn, the harbour board said.", CLAIM,
                          {"source": ["the harbour board"]}),
                         ("Read more: Harbour master denies ferries sailed in unsafe swell", DENIAL,
                          {"source": ["Read more: Harbour master"]}),
                         ("Related: Port unions reject the new rota", DENIAL, {"source": ["Port unions"]}),
                         ("Two crossings were cancelled.", FACT, {}), gap="\n\n")
    assert profile["credits"] == ["harbour board", None, None, None]
    assert [s["source"] for s in profile["sources"]] == ["harbour board"]
    assert profile["denials"] == [] and profile["rebuttals"] == []
    # in a liveblog, after the entry's time stamp, too
    profile = profile_of(("10:20 GMT - Ferry crews resumed the crossing, the harbour board said.", CLAIM,
                          {"source": ["the harbour board"]}),
                         ("10:25 GMT - Read more: Harbour master denies ferries sailed in unsafe swell", DENIAL,
                          {"source": ["Harbour master"]}), gap="\n\n")
    assert profile["credits"] == ["harbour board", None]
    assert profile["denials"] == [] and profile["rebuttals"] == []
    # the same words in the copy are a denial
    profile = profile_of(("Ferry crews resumed the crossing at dawn, the harbour board said.", CLAIM,
                          {"source": ["the harbour board"]}),
                         ("The harbour master denied ferries sailed in unsafe swell.", DENIAL,
                          {"source": ["The harbour master"]}), gap="\n\n")
    assert [d["source"] for d in profile["denials"]] == ["harbour master"]


def test_a_markdown_heading_is_furniture_no_one_s_account():
    profile = profile_of(("The harbour board said the ferry was safe to sail.", CLAIM,
                          {"source": ["The harbour board"]}),
                         ("## What the inspectors found", CLAIM, {}),
                         ("The hull had a crack a metre long.", CLAIM, {}), gap="\n\n")
    assert profile["credits"] == ["harbour board", None, "harbour board"]
    assert profile["sources"][0]["sentences"] == 2


def test_a_pull_quote_is_counted_once_not_as_a_second_denial_by_the_same_words():
    profile = profile_of(
        ("Harbour police spokesman Pavel Dunmore denied using batons.", DENIAL,
         {"source": ["Harbour police spokesman Pavel Dunmore"]}),
        ('"Only shields were carried on the quay," he said.', DENIAL, {"source": ["he"]}),
        ('"Only shields were carried on the quay"', DENIAL, {}),  # the same words, set apart as a pull quote
        ("The crowd left at dusk.", FACT, {}), gap="\n\n")
    assert profile["credits"] == ["pavel dunmore", "pavel dunmore", None, None]
    assert [d["denial"] for d in profile["denials"]] == [0, 1]
    assert profile["sources"][0]["sentences"] == 2


@pytest.mark.parametrize("stamp", ["", "13:30 GMT - ", "13:30 GMT\n", "13:30\n", "[13:30 GMT]\n"])
def test_a_liveblog_stamp_on_the_line_above_is_no_part_of_a_name_he_may_mean(stamp):
    # "GMT" over "Tenants' union leader ..." read as a name of its own, someone else named before a denial's "he"
    profile = profile_of(
        (f"{stamp}Tenants' union leader Pavel Dunmore said he had warned the council.", CLAIM,
         {"source": ["Tenants' union leader Pavel Dunmore"]}),
        ('"They ignored every letter," he said.', DENIAL, {"source": ["he"]}))
    assert profile["credits"] == ["pavel dunmore", "pavel dunmore"]


def test_a_link_label_left_in_a_source_span_is_dropped():
    assert normalise_source("Read more: Harbour master") == "harbour master"
    assert normalise_source("SEE ALSO: The port authority") == "port authority"
    assert normalise_source("Related Press Agency") == "related press agency"  # a name, not a label


def test_a_quotation_after_he_said_goes_on_his_account_not_the_source_named_before():
    rows = (
        ("Oskar Tallin said the shaft was unsafe.", CLAIM, {"source": ["Oskar Tallin"]}),
        ("Brellin Mining Ltd said it had inspected the shaft.", CLAIM, {"source": ["Brellin Mining Ltd"]}),
        ('"They never came down," he said.', CLAIM, {"source": ["he"]}),
        ('"Not once in ten years."', CLAIM, {}),
    )
    assert profile_of(*rows)["credits"] == ["oskar tallin", "brellin mining ltd", "oskar tallin", "oskar tallin"]
    # a nameless role "she" stands for is the account that goes on too
    profile = profile_of(
        ("Oskar Tallin said the shaft was unsafe.", CLAIM, {"source": ["Oskar Tallin"]}),
        ("A Brellin spokeswoman denied it.", DENIAL, {"source": ["A Brellin spokeswoman"]}),
        ("She said the shaft was inspected.", DENIAL, {"source": ["She"]}),
        ("Inspectors visited it in May.", DENIAL, {}),
    )
    assert profile["credits"] == ["oskar tallin", "brellin spokesperson", "brellin spokesperson",
                                  "brellin spokesperson"]


def test_the_writer_s_own_verdict_ends_the_account_before_it():
    claim = ("Spokesman Ivo Marek said every payment had been audited.", DENIAL,
             {"source": ["Spokesman Ivo Marek"]})
    after = ("The firms have no staff.", CLAIM, {})
    profile = profile_of(claim, ("The explanation does not add up.", OPINION, {}), after)
    assert profile["credits"] == ["ivo marek", None, None]
    assert profile["unsourced_sentences"] == [1]
    # a fact between goes on as before, and so does a verdict that names its speaker or is quoted
    assert profile_of(claim, ("The audit ran for a year.", FACT, {}), after)["credits"][2] == "ivo marek"
    assert profile_of(claim, ("He called the report absurd.", OPINION, {"source": ["He"]}),
                      after)["credits"][2] == "ivo marek"
    assert profile_of(claim, ('"The report is absurd."', OPINION, {}), after)["credits"][2] == "ivo marek"
    # an evaluative sentence inside a quotation that runs over several sentences is the speaker's
    profile = profile_of(("Ivo Marek said: \"Every payment was audited.", DENIAL, {"source": ["Ivo Marek"]}),
                         ("The report is a disgrace.", OPINION, {}),
                         ("The firms are real.\"", DENIAL, {}),
                         ("They employ forty people.", DENIAL, {}))
    assert profile["credits"] == ["ivo marek", None, "ivo marek", "ivo marek"]
    # a named source or "he said" after the verdict starts an account again
    profile = profile_of(claim, ("The explanation does not add up.", OPINION, {}),
                         ('"We have nothing to hide," he said.', DENIAL, {"source": ["he"]}), after)
    assert profile["credits"] == ["ivo marek", None, "ivo marek", "ivo marek"]


@pytest.mark.parametrize("label", ["Verdict: False.", "Our verdict: False.", "RATING: Misleading.",
                                   "Our ruling: Mostly false.",
                                   # a label heading the verdict alone, and the checker's rating in the first person
                                   "Our ruling", "We rate this claim False."])


def test_a_fact_check_s_verdict_line_is_the_checker_s_own_and_ends_the_account_before_it(label):
    # before, the verdict went on with the ministry's account: the ministry's denial, and the line after it too
    profile = profile_of(
        ("Opposition deputies said the depot held prisoners.", CLAIM,
         {"source": ["Opposition deputies"], "cue": ["said"]}),
        ("The Drellan information ministry said the depot was empty in June.", DENIAL,
         {"source": ["The Drellan information ministry"], "cue": ["said"]}),
        (label, DENIAL, {}),
        ("Satellite images from June show trucks at the depot.", DENIAL, {}),
        gap="\n\n")
    assert profile["credits"] == ["opposition deputies", "drellan information ministry", None, None]
    # the checker's verdict is no one's denial; the ministry's stays one
    assert profile["denials"][0] == {"denial": 1, "source": "drellan information ministry", "allegation": 0}
    assert 2 not in [d["denial"] for d in profile["denials"]]
    # a verdict line naming who speaks is still theirs; "Claim:" is no verdict and goes on as before
    assert profile_of(("Dorn Vasko said the depot was empty.", CLAIM, {"source": ["Dorn Vasko"]}),
                      ("Verdict: The Drellan ministry said the images were fake.", DENIAL,
                       {"source": ["The Drellan ministry"]}))["credits"] == ["dorn vasko", "drellan ministry"]
    assert profile_of(("Dorn Vasko said the depot was empty.", CLAIM, {"source": ["Dorn Vasko"]}),
                      ("Claim: the depot held no trucks.", CLAIM, {}))["credits"] == ["dorn vasko"] * 2


def test_he_in_a_denial_after_his_own_claim_is_his_unless_someone_else_was_named_since():
    accused = (
        ("Prosecutors say Gerald Whitcombe took bribes from two developers.", CLAIM,
         {"source": ["Prosecutors"], "cue": ["say"]}),
        ("Whitcombe said the money came from his savings.", CLAIM, {"source": ["Whitcombe"], "cue": ["said"]}),
    )
    profile = profile_of(*accused, ('"I have never taken a penny," he told the court.', DENIAL,
                                    {"source": ["he"], "cue": ["told"]}))
    # (the surname alone is the one person written in full before it)
    assert profile["credits"] == ["prosecutors", "gerald whitcombe", "gerald whitcombe"]
    assert profile["denials"] == [{"denial": 2, "source": "gerald whitcombe", "allegation": 0}]
    assert {x["source"]: x["denies"] for x in profile["sources"]} == {"prosecutors": False, "gerald whitcombe": True}
    # a name in the denial itself is no one named before it
    profile = profile_of(*accused, ('"I never took a penny from Liam Hartigan," he said.', DENIAL,
                                    {"source": ["he"], "cue": ["said"]}))
    assert profile["credits"][2] == "gerald whitcombe"
    # the accused named in full since the accuser's claim: "he" may be him, so the accuser is no denier
    profile = profile_of(
        ("Prosecutor Ada Vance said the payments were hidden.", CLAIM,
         {"source": ["Prosecutor Ada Vance"], "cue": ["said"]}),
        ("Gerald Whitcombe, 64, was arrested in May.", FACT, {}),
        ("He denied the charges.", DENIAL, {"source": ["He"], "cue": ["denied"]}),
    )
    assert profile["credits"] == ["ada vance", None, None]
    assert profile["denials"] == [{"denial": 2, "source": None, "allegation": 0}]


@pytest.mark.parametrize("between", ["Men in a grey van waited outside his flat in Port Velm.",
                                     "He was followed to the Red Lantern every week."])


def test_he_in_a_denial_after_his_own_claim_is_his_after_a_place_or_body_written_as_a_name(between):
    # before, "Port Velm" and "the Red Lantern", read as a person's full name, were someone else the denial's "he"
    # might mean, so the quotation was no one's, where the same sentence labelled a claim was Brandt's
    profile = profile_of(
        ("Karl Brandt, an exile, said men follow him to work.", CLAIM,
         {"source": ["Karl Brandt, an exile"], "cue": ["said"]}),
        (between, FACT, {}),
        ("'You cannot live a normal life,' he said.", DENIAL, {"source": ["he"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["karl brandt", None, "karl brandt"]
    # a person's name, not after "the" or "in", may still be the one "he" means
    profile = profile_of(
        ("Karl Brandt, an exile, said men follow him to work.", CLAIM,
         {"source": ["Karl Brandt, an exile"], "cue": ["said"]}),
        ("The men were sent by Dana Ruiz, a consul.", FACT, {}),
        ("'You cannot live a normal life,' he said.", DENIAL, {"source": ["he"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["karl brandt", None, None]


def test_he_or_she_denying_after_a_sentence_that_accuses_or_charges_its_subject_is_the_accused():
    # before, "He" went to the prosecution witness who spoke last, making him a source that denies; and a "She" after
    # "Vollan is charged with ..." to no one: the accused or charged subject is whom the next "he" or "she" means
    profile = profile_of(
        ("Ivo Lennart testified that he saw Garrick Moss load two boxes into his truck.", CLAIM,
         {"source": ["Ivo Lennart"], "cue": ["testified"]}),
        ('"He looked nervous," Lennart said.', CLAIM, {"source": ["Lennart"], "cue": ["said"]}),
        ("Moss, 52, is accused of setting the fire.", FACT, {}),
        ("He has pleaded not guilty and denies the charges.", DENIAL, {"source": ["He"], "cue": ["denies"]}))
    assert profile["credits"] == ["ivo lennart", "ivo lennart", None, "garrick moss"]
    assert {x["source"]: x["denies"] for x in profile["sources"]} == {"ivo lennart": False, "garrick moss": True}
    profile = profile_of(
        ("Prosecutors say Renata Vollan stole from the trust.", CLAIM, {"source": ["Prosecutors"], "cue": ["say"]}),
        ("Vollan is charged with theft and forgery.", FACT, {}),
        ("She denies taking any money.", DENIAL, {"source": ["She"], "cue": ["denies"]}))
    assert profile["credits"] == ["prosecutors", None, "renata vollan"]
    assert profile["denials"] == [{"denial": 2, "source": "renata vollan", "allegation": 1}]  # the charge
    # one of the other sex than the pronoun is not meant, and one arrested stays as it was (see above)
    profile = profile_of(
        ("Ivo Lennart testified that he saw Renata Vollan at the shop.", CLAIM,
         {"source": ["Ivo Lennart"], "cue": ["testified"]}),
        ("Vollan, 52, is accused of setting the fire.", FACT, {}),
        ("He said the lights were out.", CLAIM, {"source": ["He"], "cue": ["said"]}))
    assert profile["credits"] == ["ivo lennart", None, "ivo lennart"]


def test_he_or_she_opening_a_denial_the_model_marked_no_source_in_is_read_as_a_marked_one():
    # no one else named since her claim: "She" is hers, and her own claim is no allegation her denial answers
    claim = ("The agency's chief medical officer, Dr. Halina Vors, told reporters that 11 of the cases needed "
             "hospital care.", CLAIM, {"source": ["The agency's chief medical officer, Dr. Halina Vors"],
                                       "cue": ["told"]})
    for words in ("She said most buyers were women under 45.", "But she also said most buyers were women under 45."):
        profile = profile_of(claim, (words, DENIAL, {"cue": ["said"]}))
        assert profile["credits"] == ["halina vors", "halina vors"]
        assert profile["denials"] == [{"denial": 1, "source": "halina vors", "allegation": None}]
    # a college is no person named since, whom "she" may mean
    profile = profile_of(
        ("Dr. Brit Olander, a chemist at Eastmoor College who was not involved in the work, said the gains were "
         "small.", CLAIM, {"source": ["Dr. Brit Olander, a chemist at Eastmoor College who was not involved in the "
                                      "work"], "cue": ["said"]}),
        ("She said the sample was small.", DENIAL, {"cue": ["said"]}))
    assert profile["credits"] == ["brit olander", "brit olander"]
    # as with a marked "he": not the claimant's when someone else's full name was written since
    profile = profile_of(
        ("Prosecutor Ada Vance said the payments were hidden.", CLAIM,
         {"source": ["Prosecutor Ada Vance"], "cue": ["said"]}),
        ("Gerald Whitcombe, 64, was arrested in May.", FACT, {}),
        ("He denied the charges.", DENIAL, {"cue": ["denied"]}))
    assert profile["credits"] == ["ada vance", None, None]
    # nor one whose cue is no speech: "He was also expected to be charged" goes on with who reported it
    profile = profile_of(
        ("Tomas Vell, the harbour master, was expected to resign, two of the officials said.", CLAIM,
         {"source": ["two of the officials"], "cue": ["said"]}),
        ("He was also expected to be charged with fraud.", CLAIM, {"cue": ["was also expected"]}))
    assert profile["credits"] == ["two of the officials", "two of the officials"]
    # so too past an opener and its comma: "she" is still the subject of the cue
    profile = profile_of(claim, ("Asked why, she said most buyers were women.", DENIAL, {"cue": ["said"]}))
    assert profile["credits"] == ["halina vors", "halina vors"]


def test_the_publication_s_own_article_or_an_earlier_version_of_it_is_no_source():
    claim = ("Mayor Tilda Varn said the levy would cut waste.", CLAIM,
             {"source": ["Mayor Tilda Varn"], "cue": ["said"]})
    for marks in ({"source": ["The article"], "cue": ["said"]}, {"cue": ["said"]}):
        profile = profile_of(
            claim,
            ("Correction: An earlier version of this article incorrectly said the levy passed on Tuesday.", CLAIM,
             {"source": ["An earlier version of this article"], "cue": ["said"]}),
            ("The article also incorrectly said Varn opposed the levy.", DENIAL, marks))
        # the writer's own note: no source, no one's account going on, and no denial of the mayor's claim
        assert profile["credits"] == ["tilda varn", None, None]
        assert [x["source"] for x in profile["sources"]] == ["tilda varn"]
        assert profile["denials"] == [] and profile["rebuttals"] == []
    for words, label, source in (("This story has been updated to say the levy passed.", CLAIM, "This story"),
                                 ("A previous version misstated the vote.", DENIAL, "A previous version")):
        profile = profile_of(claim, (words, label, {"source": [source]}))
        assert profile["credits"] == ["tilda varn", None] and profile["denials"] == []
    # nor is a version of something else, which the account goes on over
    profile = profile_of(claim, ("An earlier version of the levy was rejected.", FACT, {}),
                         ("It will be debated again.", CLAIM, {}))
    assert profile["credits"] == ["tilda varn", None, "tilda varn"]
    # "the article" that corrects nothing may be another outlet's, and speaks
    profile = profile_of(("The Orlin Gazette ran an article on Monday.", FACT, {}),
                         ("The article said the mayor lied.", CLAIM, {"source": ["The article"], "cue": ["said"]}))
    assert profile["credits"] == [None, "article"]


def test_the_article_just_after_a_sentence_correcting_the_publication_s_piece_is_its_own_piece():
    # before, only "The article also incorrectly said" was the publication's own piece: "The article also said"
    # after the correction was credited to "article"
    correction = ("An earlier version of this article misstated the charges against Ilse Darrow.", FACT, {})
    for marks in ({"source": ["The article"], "cue": ["said"]}, {"cue": ["said"]}):
        profile = profile_of(("Correction", FACT, {}), correction,
                             ("The article also said Darrow had admitted taking the money.", CLAIM, marks))
        assert profile["credits"] == [None, None, None] and profile["sources"] == []
    # two sentences on, or after a sentence correcting nothing, "the article" may be another outlet's, and speaks
    later = ("The article said the mayor lied.", CLAIM, {"source": ["The article"], "cue": ["said"]})
    assert profile_of(correction, ("The Orlin Gazette ran an article on Monday.", FACT, {}),
                      later)["credits"] == [None, None, "article"]


@pytest.mark.parametrize("text, marked, source", [
    # before, the clause after "who" was the source: "was in the van that hit a pedestrian"
    ("A man who was in the van that hit a pedestrian testified Tuesday that the driver was texting.",
     "was in the van that hit a pedestrian", "man"),
    ("The night nurse who treated the boy told jurors he arrived unconscious.", "treated the boy", "night nurse"),
    ("But a neighbour who heard the shots said the street went quiet.", "heard the shots", "neighbour"),
])
def test_a_source_marked_on_the_clause_after_a_person_and_who_is_that_person(text, marked, source):
    assert profile_of((text, CLAIM, {"source": [marked]}))["credits"] == [source]


def test_a_clause_after_who_with_a_name_or_no_person_before_it_is_not_taken_for_one():
    # a name before the clause is read elsewhere; here nothing in lower case after an article opens the sentence
    profile = profile_of(("Witnesses who were at the bar said the driver drank six beers.", CLAIM,
                          {"source": ["Witnesses"], "cue": ["said"]}))
    assert profile["credits"] == ["witnesses"]
    profile = profile_of(("A woman who was in the car said the driver was drinking.", CLAIM,
                          {"source": ["A woman"], "cue": ["said"]}))
    assert profile["credits"] == ["woman"]


@pytest.mark.parametrize("post", ["inspector", "auditor", "Inspector"])
def test_a_post_cut_before_general_is_the_whole_post_and_its_later_words_are_no_denial_of_its_finding(post):
    # before, "A report by the state inspector" was "state inspector", and "The inspector general said" another
    # source, whose words, labelled a denial, were paired with the report's own finding
    profile = profile_of(
        (f"A report by the state {post} general found that the prison kept no medical logs for a year.", CLAIM,
         {"source": [f"A report by the state {post}"], "cue": ["found"]}),
        (f"The {post.lower()} general said nurses skipped rounds on most nights.", DENIAL,
         {"source": [f"The {post.lower()} general"], "cue": ["said"]}))
    assert profile["credits"] == [f"state {post.lower()} general"] * 2
    # one source: no denial of its own finding (the model's label makes it the finder standing by it, a rebuttal)
    assert profile["denials"] == [] and [x["denies"] for x in profile["sources"]] == [False]


def test_a_post_not_followed_by_general_stays_as_marked():
    profile = profile_of(("A report by the fire inspector found the exits were blocked.", CLAIM,
                          {"source": ["A report by the fire inspector"], "cue": ["found"]}))
    assert profile["credits"] == ["fire inspector"]


@pytest.mark.parametrize("label", ["Clarification: ", "Correction: ", "Editor's note: ", "CLARIFICATION: "])
def test_a_piece_under_a_correction_s_label_is_the_publication_s_own_and_no_source(label):
    # before, the label and the piece were one source, "clarification: a story on march 2"
    profile = profile_of(
        ("The Ledger regrets the error.", DENIAL, {"source": ["The Ledger"], "cue": ["regrets"]}),
        (f"{label}A story on March 2 said Harbour Sgt. Omar Reyes had been suspended.", CLAIM, {"cue": ["said"]}),
        ("Reyes said he was on leave.", CLAIM, {"source": ["Reyes"], "cue": ["said"]}))
    assert profile["credits"][:2] == ["ledger", None]
    assert not any(word in x["source"] for x in profile["sources"] for word in ("story", "note", "correction"))


def test_a_source_after_a_correction_s_label_is_named_without_it():
    profile = profile_of(("Correction: The transit authority said the line would reopen in June, not May.", CLAIM,
                          {"cue": ["said"]}))
    assert profile["credits"] == ["transit authority"]


@pytest.mark.parametrize("marks", [["version", "this story"], ["version"], ["earlier version"]])
def test_a_word_of_an_earlier_version_of_this_story_marked_apart_is_no_source(marks):
    # the model may mark "version" and "this story" as two spans: neither names a source, and the account ends
    profile = profile_of(
        ("The Kessel Times reported the cuts on Tuesday.", CLAIM, {"source": ["The Kessel Times"]}),
        ("An earlier version of this story also incorrectly said the Kessel Times had cited four people.", CLAIM,
         {"source": marks, "cue": ["said"]}),
        ("It cited three people familiar with the matter.", CLAIM, {}))
    assert profile["credits"] == ["kessel times", None, None]
    assert [x["source"] for x in profile["sources"]] == ["kessel times"]
    # "version" of another thing than the piece stays a source's word
    profile = profile_of(("A version of the bill said the levy would double.", CLAIM,
                          {"source": ["version"], "cue": ["said"]}))
    assert profile["credits"] == ["version"]


def test_a_press_release_s_own_words_and_its_section_headings_end_the_account_going_on():
    quote = ('"Tessa is a fine team," said Ivo Brandt, chief executive of Kelvar.', CLAIM,
             {"source": ["Ivo Brandt, chief executive of Kelvar"], "cue": ["said"]})
    boilerplate = ('Words such as "expects" and "will" identify forward-looking statements.', CLAIM, {})
    # "This press release" is the issuer's own piece, as "this article" is the outlet's
    for own in ("This press release contains forward-looking statements.",
                "This news release contains forward-looking statements."):
        profile = profile_of(quote, (own, FACT, {}), boilerplate, gap="\n\n")
        assert profile["credits"] == ["ivo brandt", None, None]
    # a heading on a line of its own inside the body opens another section: no one's account goes on over it
    for heading in ("Forward-Looking Statements", "SAFE HARBOR STATEMENT", "Risks and Uncertainties"):
        profile = profile_of(quote, (heading, FACT, {}), boilerplate, gap="\n\n")
        assert profile["credits"] == ["ivo brandt", None, None]
    # a line in sentence case, or run on with the copy, is no such heading; nor a web page's interstitial, nor the
    # speaker's name alone on its line
    for line, gap in (("Kelvar shares rose", "\n\n"), ("Forward-Looking Statements", " "),
                      ("Continue Reading", "\n\n"), ("Photo Gallery", "\n\n"), ("Ivo Brandt", "\n\n")):
        profile = profile_of(quote, (line, FACT, {}), boilerplate, gap=gap)
        assert profile["credits"] == ["ivo brandt", None, "ivo brandt"]


def test_a_role_in_an_all_capitals_headline_is_the_person_later_named_in_that_role():
    profile = profile_of(
        ("MINISTER DENIES WRONGDOING", DENIAL, {"source": ["MINISTER"], "cue": ["DENIES"]}),
        ("The transport minister, Elena Vasquez, said she had followed every rule.", DENIAL,
         {"source": ["The transport minister, Elena Vasquez"], "cue": ["said"]}),
        ("Opposition lawmakers said the tender had been rigged.", CLAIM,
         {"source": ["Opposition lawmakers"], "cue": ["said"]}),
        gap="\n\n")
    assert profile["credits"] == ["elena vasquez", "elena vasquez", "opposition lawmakers"]
    assert [(s["display"], s["sentences"]) for s in profile["sources"]] == [
        ("Elena Vasquez", 2), ("Opposition lawmakers", 1)]
    # "the minister" left nameless is the one later named for that role, in whatever words
    profile = profile_of(
        ("The minister said the contract was lawful.", CLAIM, {"source": ["The minister"], "cue": ["said"]}),
        ("The transport minister, Elena Vasquez, said the tender was open.", CLAIM,
         {"source": ["The transport minister, Elena Vasquez"], "cue": ["said"]}))
    assert profile["credits"] == ["elena vasquez", "elena vasquez"]
    # an acronym in capitals stays a name of its own
    profile = profile_of(("NATO SAYS TROOPS WILL STAY", CLAIM, {"source": ["NATO"], "cue": ["SAYS"]}), gap="\n\n")
    assert profile["credits"] == ["nato"]


def test_a_name_with_its_own_possessive_and_the_owner_of_its_report_are_one_source():
    for first, second in (("The ratings agency Moody's said the bank's capital had fallen.", "Moody's report"),
                          ("Moody's report said the bank's capital had fallen.", "The ratings agency Moody's")):
        profile = profile_of(
            (first, CLAIM, {"source": ["The ratings agency Moody's" if "agency" in first else "Moody's report"],
                            "cue": ["said"]}),
            (f"{second} warned of further losses.", CLAIM, {"source": [second], "cue": ["warned"]}))
        assert len(set(profile["credits"])) == 1 and len(profile["sources"]) == 1
    # two people with one surname's possessive stay apart from a person of another name
    profile = profile_of(
        ("Ana Jones said the audit was late.", CLAIM, {"source": ["Ana Jones"], "cue": ["said"]}),
        ("Jones's report said the figures were wrong.", CLAIM, {"source": ["Jones's report"], "cue": ["said"]}))
    assert profile["credits"] == ["ana jones", "ana jones"]


def test_furniture_but_the_headline_is_no_unsourced_evaluative_claim():
    rows = [("A Port Sold For A Song", OPINION, {}),
            ("The harbour board approved the sale on Monday.", FACT, {}),
            ("It was a reckless decision.", OPINION, {}),
            ("We use cookies, and by using this site you accept our cookie policy.", OPINION, {}),
            ("Read more: The shameful story of another port", OPINION, {})]
    sentences, text = written(*rows, gap="\n\n")
    profile = build_profile(sentences, LABELS, text)
    assert profile["unsourced_sentences"] == [0, 2]
    assert profile["counts"][OPINION] == 4 and profile["unsourced_evaluative_share"] == 2 / 5
    # flags given stand for those found, the headline still read from the text
    profile = build_profile(sentences, LABELS, text, furniture=[False, False, False, True, False])
    assert profile["unsourced_sentences"] == [0, 2, 4]
    # without the text nothing is furniture
    assert build_profile(sentences, LABELS)["unsourced_sentences"] == [0, 2, 3, 4]


def test_furniture_but_the_headline_holds_no_loaded_phrase_of_the_writer_s():
    sentences, text = written(("The Shameless Port Sale", OPINION, {"loaded": ["Shameless"]}),
                              ("It was a reckless decision.", OPINION, {"loaded": ["reckless"]}),
                              ("Image caption: A disgraceful sight at the quay", FACT, {"loaded": ["disgraceful"]}),
                              ("Read more: The brazen sale of another port", OPINION, {"loaded": ["brazen"]}),
                              gap="\n\n")
    assert [p["text"] for p in build_profile(sentences, LABELS, text)["loaded_phrases"]] == ["shameless", "reckless"]
    # nor do linked headlines listed below a "Related:" label alone, nor are they anyone's
    sentences, text = written(("The debate was lively.", OPINION, {"loaded": ["lively"]}),
                              ("Related:", CLAIM, {}),
                              ("Orvian Mayors Roundly Spurn The Plan For A Fare Rise.", CLAIM,
                               {"loaded": ["Roundly"], "source": ["Orvian Mayors"]}),
                              ("Mara Quist Makes Sexist Joke To Bash Bank Chief Ida Lund", CLAIM,
                               {"loaded": ["Sexist Joke", "Bash"]}),
                              gap="\n\n")
    profile = build_profile(sentences, LABELS, text)
    assert [p["text"] for p in profile["loaded_phrases"]] == ["lively"]
    assert profile["credits"] == [None] * 4


def test_a_document_s_writers_loaded_spans_are_those_its_profile_counts():
    sentences, text = written(("Ola Berg claimed without evidence that the sale was rigged.", CLAIM,
                               {"source": ["Ola Berg"], "cue": ["claimed"],
                                "loaded": ["Ola Berg", "claimed without evidence"]}),
                              ("It was a reckless decision.", OPINION, {"loaded": ["reckless"]}),
                              ("Read more: The brazen sale of another port", OPINION, {"loaded": ["brazen"]}),
                              gap="\n\n")
    doc = Document(text, sentences, build_profile(sentences, LABELS, text))
    assert len([s for s in doc.spans if s.type == "loaded"]) == 4  # every one the model marked
    assert [(s.type, s.text) for s in doc.writers_loaded()] == [("loaded", "without evidence"), ("loaded", "reckless")]
    assert all(text[s.start:s.end] == s.text for s in doc.writers_loaded())


def test_writer_loaded_reads_one_sentence_alone_not_the_document_s_furniture():
    sentences, text = written(("It was a reckless decision.", OPINION, {"loaded": ["reckless"]}),
                              ("Image caption: A disgraceful sight at the quay", FACT, {"loaded": ["disgraceful"]}),
                              gap="\n\n")
    caption = sentences[1]
    assert writer_loaded(caption.spans[0], caption)  # as api.md says: the sentence alone
    assert [s.text for s in Document(text, sentences, build_profile(sentences, LABELS, text)).writers_loaded()] == [
        "reckless"]
    assert "furniture_aside" not in framing.profile.__all__ and not hasattr(framing.profile, "furniture_aside")


def test_the_claim_after_a_loaded_cue_is_the_source_s_not_the_writer_s():
    sentences, text = written(("Ruiz insisted the scheme was a shameless swindle.", CLAIM,
                               {"source": ["Ruiz"], "cue": ["insisted"],
                                "content": ["the scheme was a shameless swindle"],
                                "loaded": ["insisted the scheme was a shameless swindle"]}),
                              ("Berg said without evidence the vote was rigged.", CLAIM,
                               {"source": ["Berg"], "cue": ["said"],
                                "content": ["without evidence the vote was rigged"],
                                "loaded": ["said without evidence"]}),
                              ("Ola Berg claimed 'without evidence'.", CLAIM,
                               {"source": ["Ola Berg"], "cue": ["claimed"], "loaded": ["claimed 'without evidence"]}))
    profile = build_profile(sentences, LABELS, text)
    assert profile["loaded_phrases"] == []
    assert Document(text, sentences, profile).writers_loaded() == []


def test_a_source_span_on_a_title_alone_reaches_over_the_name_after_it():
    profile = profile_of(
        ("County Commissioner Alan Pike approved the deal.", FACT, {"source": ["County Commissioner"]}),
        ("The commissioner denied any conflict of interest.", DENIAL,
         {"source": ["The commissioner"], "cue": ["denied"]}))
    assert profile["credits"] == [None, "alan pike"]
    assert [(s["display"], s["denies"]) for s in profile["sources"]] == [("Alan Pike", True)]
    profile = profile_of(("President Trump went further on Thursday, tweeting:", CLAIM, {"source": ["President"]}))
    assert profile["credits"] == ["trump"]
    # a span cut after an abbreviated title or honorific reaches over its full stop to the name
    for text, span, credit in (
            ("Communications Secretary Atty. Rosa Delmonte said the army was loyal.", "Communications Secretary Atty",
             "rosa delmonte"),
            ("Union President Engr. Rosa Delmonte said the army was loyal.", "Union President Engr", "rosa delmonte"),
            ("But Mr. Delmonte was proposing something else.", "Mr", "delmonte")):
        assert profile_of((text, CLAIM, {"source": [span]}))["credits"] == [credit], text
    # no name after the title: a weekday, a possessive, lower case, or a headline in title case
    for text, span, credit in (("Minister Monday said the plan was sound.", "Minister", "minister"),
                               ("President Roe's office said the plan was sound.", "President", "president"),
                               ("The Commissioner said the plan was sound.", "The Commissioner", "commissioner"),
                               ("Retired General Reveals Grim Experience", "Retired General", "retired general")):
        assert profile_of((text, CLAIM, {"source": [span]}))["credits"] == [credit], text


# -- where each credit was drawn from: credit_mentions -------------------------------------------------------------

def mentioned(*rows, gap=" "):
    """Each sentence's credit with the words its ``credit_mentions`` entry slices from the text (None for none), and
    the profile."""
    sentences, text = written(*rows, gap=gap)
    profile = build_profile(sentences, LABELS, text)
    assert len(profile["credit_mentions"]) == len(sentences)
    words = [None if at is None else text[at[0]:at[1]] for at in profile["credit_mentions"]]
    return list(zip(profile["credits"], words)), profile


def test_a_credit_from_a_source_span_is_drawn_from_that_span_and_no_credit_has_no_mention():
    credits, profile = mentioned(
        ("Harbour Feud Deepens", FACT, {}),
        ("Echoing the UN, Amnesty said the bay had turned black.", CLAIM,
         {"source": ["the UN", "Amnesty"], "cue": ["said"]}),
        ('Sorra Petroleum, "a responsible operator", denied any spill.', DENIAL, {"source": ["Sorra Petroleum,"]}),
        ("The bay is a sorry sight.", OPINION, {}),
        gap="\n\n")
    # of two spans the one credited (nearer the cue); a comma at a span's edge is no word of the mention
    assert credits == [(None, None), ("amnesty", "Amnesty"), ("sorra petroleum", "Sorra Petroleum"), (None, None)]
    assert profile["credit_mentions"][1] == [38, 45]  # document offsets, a list as JSON gives it back
    assert build_profile([], LABELS, "")["credit_mentions"] == []


def test_a_credit_found_by_a_rule_is_drawn_from_the_subject_or_the_name_after_the_cue():
    credits, _ = mentioned(
        ("The Halden ministry denied the report.", DENIAL, {}),
        ("The report was false, said Karim Haddad, a ministry spokesman.", CLAIM, {}),
        ("Customs officials, the agency added, had checked every crate.", CLAIM, {}))
    assert credits == [("halden ministry", "The Halden ministry"), ("karim haddad", "Karim Haddad"),
                       ("agency", "the agency")]
    # a title's name joined to the span on the title alone: the mention reaches over both
    credits, _ = mentioned(("County Commissioner Alan Pike approved the deal.", CLAIM,
                            {"source": ["County Commissioner"]}))
    assert credits == [("alan pike", "County Commissioner Alan Pike")]


def test_he_or_she_is_the_mention_in_its_own_sentence_not_the_name_it_stands_for():
    credits, _ = mentioned(
        ("Mayor Ines Varga said the depot was unsafe.", CLAIM, {"source": ["Mayor Ines Varga"]}),
        ("Oskell officials said the depot met every rule.", CLAIM, {"source": ["Oskell officials"]}),
        ("She told reporters she would ask for an inspection.", CLAIM, {"source": ["She"]}),
        ('"It will take a week," she said.', CLAIM, {"source": ["she"]}))
    assert credits == [("ines varga", "Mayor Ines Varga"), ("oskell officials", "Oskell officials"),
                       ("ines varga", "She"), ("ines varga", "she")]


def test_a_continued_account_is_drawn_from_the_mention_in_the_sentence_it_carries_from():
    credits, profile = mentioned(
        ("Tomas Erling, the union's treasurer, said talks had stalled.", CLAIM,
         {"source": ["Tomas Erling, the union's treasurer"]}),
        ("The offer was an insult.", CLAIM, {}),
        ("Brellin Foods Ltd said it had made a fair offer.", CLAIM, {"source": ["Brellin Foods Ltd"]}),
        ("He said the union would strike.", CLAIM, {"source": ["He"]}),
        ("The strike would start on Monday.", CLAIM, {}),
        ("Brellin Foods Ltd said it was ready.", CLAIM, {"source": ["Brellin Foods Ltd"]}),
        ("Wages had not risen in years.", CLAIM, {}))
    # the account goes on from the span that named its source, or from the "he" that made it his account again
    assert credits == [("tomas erling", "Tomas Erling, the union's treasurer"),
                       ("tomas erling", "Tomas Erling, the union's treasurer"),
                       ("brellin foods ltd", "Brellin Foods Ltd"), ("tomas erling", "He"), ("tomas erling", "He"),
                       ("brellin foods ltd", "Brellin Foods Ltd"), ("brellin foods ltd", "Brellin Foods Ltd")]
    mentions = profile["credit_mentions"]
    assert mentions[1] == mentions[0] and mentions[4] == mentions[3] and mentions[6][0] > mentions[2][0]


def test_a_quotation_closed_later_is_drawn_from_the_name_or_pronoun_after_it_and_a_role_keeps_its_words():
    credits, _ = mentioned(
        ('"We were never shown the figures.', CLAIM, {}),
        ('The offer is an insult," said Kay Scheller.', CLAIM, {"source": ["Kay Scheller"]}),
        ('"It must change.', CLAIM, {}),
        ('Now," she said.', CLAIM, {"source": ["she"]}))
    assert credits == [("kay scheller", "Kay Scheller")] * 2 + [("kay scheller", "she")] * 2
    # a nameless role later named: the credit is the person, the mention the role as written
    credits, _ = mentioned(
        ("A government spokesperson said the pier was safe.", CLAIM, {"source": ["A government spokesperson"]}),
        ("The spokesperson, Clarita Reyes, said repairs were done.", CLAIM,
         {"source": ["The spokesperson, Clarita Reyes"]}))
    assert credits == [("clarita reyes", "A government spokesperson"),
                       ("clarita reyes", "The spokesperson, Clarita Reyes")]
    # and so when the name comes first and the role is set apart after it
    credits, _ = mentioned(
        ("A former farm manager told a jury that the pens were never cleaned.", CLAIM,
         {"source": ["A former farm manager"]}),
        ("The court heard the animals were kept indoors.", FACT, {}),
        ("Piet Dorran, the former manager, said he had warned the owners.", CLAIM,
         {"source": ["Piet Dorran, the former manager"]}))
    assert [credit for credit, _ in credits] == ["piet dorran", None, "piet dorran"]


def test_credit_mentions_survive_json_and_from_dict():
    from framing.document import Document
    from framing.profile import current_profile

    sentences, text = written(
        ("Mayor Ines Varga said the depot was unsafe.", CLAIM, {"source": ["Mayor Ines Varga"]}),
        ("She said it would close.", CLAIM, {"source": ["She"]}),
        ("The depot is an eyesore.", OPINION, {}))
    doc = Document(text, sentences, build_profile(sentences, LABELS, text))
    back = Document.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert back == doc and back.profile["credit_mentions"] == [[0, 16], [44, 47], None]
    assert current_profile(back) == doc.profile


def test_a_named_head_of_a_chain_of_spans_speaks_not_the_chain_s_tail_nearer_the_cue():
    chain = "Judge Ilse Varnock of the Kessel Crown Court for the Northern Circuit of Aldmoor found that"
    credits, _ = mentioned(
        ("Pellory Mills said the vats were sealed.", CLAIM, {"source": ["Pellory Mills"]}),
        (f"{chain} the vats had leaked for a year.", CLAIM,
         {"source": ["Judge Ilse Varnock of the Kessel Crown Court", "the Northern Circuit", "Aldmoor"],
          "cue": ["found"]}))
    assert credits[1] == ("ilse varnock", "Judge Ilse Varnock of the Kessel Crown Court")
    # a head naming no one leaves the chain to the cue's rule; spans not chained keep it too
    credits, _ = mentioned(("A spokesman for the harbour board said the vats were sealed.", CLAIM,
                            {"source": ["A spokesman", "the harbour board"], "cue": ["said"]}),
                           ("Echoing Rhoda Senn, the Kessel Trust said the vats leaked.", CLAIM,
                            {"source": ["Rhoda Senn", "the Kessel Trust"], "cue": ["said"]}))
    assert [name for name, _ in credits] == ["harbour board", "kessel trust"]
    # an article before a capitalised word names a body wherever the sentence opens
    ministry = "Ministry for the Kessel Region said the vats leaked."
    credits, _ = mentioned((f"The {ministry}", CLAIM,
                            {"source": ["The Ministry", "the Kessel Region"], "cue": ["said"]}),
                           (f"On Friday the {ministry}", CLAIM,
                            {"source": ["the Ministry", "the Kessel Region"], "cue": ["said"]}))
    assert [name for name, _ in credits] == ["ministry", "ministry"]


@pytest.mark.parametrize("listing", ["NASDAQ: QRVX", "Nasdaq: QRVX", "NYSE American: QRVX", "LSE: QRV", "TSX: QRV.B"])
def test_a_stock_listing_after_a_company_s_name_is_no_source_of_its_own(listing):
    # "(NASDAQ: QRVX)" belongs to the company before it: marked apart, it neither takes the denial nor lists a source
    denial = f"BOSTON, Dec. 4 -- Quorvex Labs Inc. ({listing}) today strongly denied reports that it hid trial data."
    profile = profile_of((denial, DENIAL, {"source": ["Quorvex Labs Inc.", listing], "cue": ["denied"]}))
    assert profile["credits"] == ["quorvex labs inc"]
    assert [s["source"] for s in profile["sources"]] == ["quorvex labs inc"]
    # marked alone, the listing gives way to the sentence's subject, the company
    profile = profile_of((denial, DENIAL, {"source": [listing]}))
    assert profile["credits"] == ["quorvex labs inc"]


def test_a_name_s_first_words_a_span_left_out_after_the_are_its_own():
    # "Alliance Party" marked in "the Progressive Alliance Party" is that party, so "the party" has one to join
    profile = profile_of(
        ("Statement from the Kestrel Reform Party", FACT, {"source": ["Reform Party"]}),
        ("The Kestrel Reform Party condemned the hospital cuts.", DENIAL,
         {"source": ["The Kestrel Reform Party"]}),
        ("The party denied claims that it had backed the cuts.", DENIAL, {"source": ["The party"]}), gap="\n\n")
    assert profile["credits"] == [None, "kestrel reform party", "kestrel reform party"]
    assert [s["source"] for s in profile["sources"]] == ["kestrel reform party"]
    # a span that starts after "the" or a lower-case word is left as marked
    profile = profile_of(("The Reform Party denied it.", DENIAL, {"source": ["Reform Party"]}),
                         ("Kestrel's Reform Party denied it.", DENIAL, {"source": ["Reform Party"]}))
    assert profile["credits"] == ["reform party", "reform party"]


@pytest.mark.parametrize("text, source", [
    ("The talks failed, said the State Department's Ned Price.", "Ned Price"),
    ("The bill is dead, the BBC's Laura Kuenssberg said.", "Laura Kuenssberg"),
    ("Speaking to the BBC Ana Ruiz denied the claims.", "Ana Ruiz"),
    ("Speaking to BBC Radio Ana Ruiz denied the claims.", "Ana Ruiz"),
    ("Speaking to BBC Radio Iseul Markan denied the claims.", "Iseul Markan"),
    ("In a Daily Ana Ruiz said the bill was dead.", "Ana Ruiz"),
    ("Writing in the Guardian Jane Roe said the bill was dead.", "Jane Roe"),
    ("The talks failed, said the Kestrel Foreign Ministry's Reform Party.", "Reform Party"),
])
def test_a_person_s_span_is_never_widened_over_an_outlet_or_a_possessive_before_it(text, source):
    assert profile_of((text, CLAIM, {"source": [source]}))["credits"] == [normalise_source(source)]


def test_a_name_set_before_a_noun_it_qualifies_gives_way_to_the_cue_s_subject():
    profile = profile_of(
        ("Senator Orla Vance toured the mill on Friday.", FACT, {"source": ["Senator Orla Vance"]}),
        ("A woman in the audience at a Vance campaign event asked her about the closure.", CLAIM,
         {"source": ["A woman in the audience", "Vance"], "cue": ["asked"]}),
        ("A Vance administration official said the cuts would stay.", CLAIM,
         {"source": ["Vance", "official"], "cue": ["said"]}),
        ("Mill workers at a Vance rally denied the figures.", DENIAL,
         {"source": ["Mill workers", "Vance"], "cue": ["denied"]}),
    )
    assert profile["credits"] == [None, "woman in the audience", "official", "mill workers"]
    # the name alone gives way to the subject holding it; a name with no noun after it still speaks
    profile = profile_of(
        ("Senator Orla Vance toured the mill on Friday.", FACT, {"source": ["Senator Orla Vance"]}),
        ("The Vance campaign said the mill would reopen.", CLAIM, {"source": ["Vance"], "cue": ["said"]}),
        ("A Vance administration official said the cuts would stay.", CLAIM, {"source": ["Vance"], "cue": ["said"]}),
        ("A woman in the audience heard Vance promise the mill would reopen.", CLAIM,
         {"source": ["A woman in the audience", "Vance"], "cue": ["promise"]}),
    )
    assert profile["credits"] == [None, "vance campaign", "vance administration official", "orla vance"]


def test_a_sentence_opening_in_a_poll_or_report_ends_the_account_before_it():
    voss = ("Harlan Voss said the race was tightening.", CLAIM, {"source": ["Harlan Voss"], "cue": ["said"]})
    profile = profile_of(voss, ("In the poll, Mendez leads Voss by four points.", CLAIM, {}),
                         ("Most voters named jobs as their first worry.", CLAIM, {}))
    assert profile["credits"] == ["harlan voss", None, None]
    profile = profile_of(voss, ("In a survey released on Tuesday, Mendez leads.", CLAIM, {}))
    assert profile["credits"] == ["harlan voss", None]
    # "according to" the survey credits the survey, as before
    profile = profile_of(voss, ("According to the new survey, Mendez leads.", CLAIM, {}))
    assert profile["credits"] == ["harlan voss", "survey"]
    # a sentence about the poll that names someone, or "it" for the body that wrote the report, is theirs
    profile = profile_of(voss, ("In the poll, Voss said, his lead had held.", CLAIM,
                                {"source": ["Voss"], "cue": ["said"]}))
    assert profile["credits"] == ["harlan voss", "harlan voss"]
    profile = profile_of(
        ("The Brenlow Trust published its annual review.", CLAIM, {"source": ["The Brenlow Trust"]}),
        ("In the report, it said rents had doubled.", CLAIM, {"source": ["it"], "cue": ["said"]}))
    assert profile["credits"] == ["brenlow trust", "brenlow trust"]


def test_a_source_after_because_speaks_unless_the_clause_gives_why_a_source_is_unnamed():
    profile = profile_of(("The depot stalled because Orsen Freight said it lacked steel.", CLAIM,
                          {"source": ["Orsen Freight"], "cue": ["said"]}),
                         ("Work halted because, Mayor Ida Brenn said, the permits lapsed.", CLAIM,
                          {"source": ["Mayor Ida Brenn"], "cue": ["said"]}))
    assert profile["credits"] == ["orsen freight", "ida brenn"]


def test_an_anonymous_source_s_relative_pronoun_is_no_part_of_it_and_the_reason_for_anonymity_never_speaks():
    why = "because he was not authorised to discuss internal deliberations"
    profile = profile_of((f"A senior official who spoke on condition of anonymity {why} said the review was delayed.",
                          CLAIM, {"source": ["A senior official who spoke", "authorised", "deliberations"],
                                  "cue": ["said"]}),
                         ("The official said the minister had asked for it.", CLAIM,
                          {"source": ["The official"], "cue": ["said"]}))
    assert profile["credits"] == ["senior official", "senior official"]
    assert [(s["display"], s["sentences"]) for s in profile["sources"]] == [("senior official", 2)]
    profile = profile_of(("A senior Tessin Health official who spoke on condition of anonymity said an inquiry had "
                          "opened.", CLAIM, {"source": ["A senior Tessin Health official who"], "cue": ["said"]}),
                         ("The official said the inquiry was at an early stage.", CLAIM,
                          {"source": ["The official"], "cue": ["said"]}))
    assert profile["credits"] == ["senior tessin health official"] * 2
    # a span after the clause's comma, or after "because of", still speaks
    profile = profile_of(("Because the council refused to comment, Ruth Abara said the plan had stalled.", CLAIM,
                          {"source": ["the council", "Ruth Abara"], "cue": ["said"]}),
                         ("Because of the storm the harbour board said the pier would stay shut.", CLAIM,
                          {"source": ["the harbour board"], "cue": ["said"]}))
    assert profile["credits"] == ["ruth abara", "harbour board"]


def test_some_or_one_of_an_unnamed_group_and_one_such_person_are_that_group_in_one_story():
    group = ("Orlin Mills is in talks to buy Dray Foods, people familiar with the matter said.", CLAIM,
             {"source": ["people familiar with the matter"], "cue": ["said"]})
    profile = profile_of(
        group,
        ("A deal could come next week, two of the people said.", CLAIM,
         {"source": ["two of the people"], "cue": ["said"]}),
        ("Kessel Bank will lend the money, one of the people said.", CLAIM,
         {"source": ["one of the people"], "cue": ["said"]}),
        ("Orlin Mills declined to comment.", FACT, {}),
        ("Veld Corp. also looked at Dray Foods, according to a person familiar with the matter.", CLAIM,
         {"source": ["a person familiar with the matter"], "cue": ["according to"]}))
    assert profile["credits"] == ["people familiar with the matter"] * 3 + [None, "people familiar with the matter"]
    assert [(s["source"], s["sentences"]) for s in profile["sources"]] == [("people familiar with the matter", 4)]
    # "sources close to the board" and "a source close to the board", "officials briefed on the talks" and "one of the
    # officials" likewise
    for plural, member in (("sources close to the board", "a source close to the board"),
                           ("officials briefed on the talks", "one of the officials"),
                           ("officials briefed on the talks", "an official briefed on the talks")):
        profile = profile_of((f"The deal is off, {plural} said.", CLAIM, {"source": [plural], "cue": ["said"]}),
                             (f"It may return, {member} said.", CLAIM, {"source": [member], "cue": ["said"]}))
        assert len(profile["sources"]) == 1, (plural, member)
    # one of other people, or a person described otherwise, is someone else
    for plural, member in (("people familiar with the matter", "one of the bankers"),
                           ("people familiar with the matter", "a person close to Dray Foods"),
                           ("two former employees", "one of the people")):
        profile = profile_of((f"The deal is off, {plural} said.", CLAIM, {"source": [plural], "cue": ["said"]}),
                             (f"It may return, {member} said.", CLAIM, {"source": [member], "cue": ["said"]}))
        assert len(profile["sources"]) == 2, (plural, member)


@pytest.mark.parametrize("one, again", [("A source close to the singer", "The source"),
                                        ("A source close to the singer", "The insider"),
                                        ("An insider at the club", "The source"),
                                        ("A person familiar with the talks", "The person")])


def test_the_source_or_the_insider_after_one_unnamed_person_is_that_person(one, again):
    # before, "The insider" after "A source close to the singer" was a source of its own
    profile = profile_of((f"{one} said the pair had split.", CLAIM, {"source": [one], "cue": ["said"]}),
                         (f'{again} added that there had been "no drama".', CLAIM,
                          {"source": [again], "cue": ["added"]}))
    assert profile["credits"] == [normalise_source(one)] * 2
    # the source is someone else after a person described otherwise, or a named one
    for other in ("A spokesman for the singer", "Dana Orr"):
        profile = profile_of((f"{other} said the pair had split.", CLAIM, {"source": [other], "cue": ["said"]}),
                             (f'{again} added that there had been "no drama".', CLAIM,
                              {"source": [again], "cue": ["added"]}))
        assert profile["credits"][1] == normalise_source(again)


def test_one_member_of_an_unnamed_group_by_the_group_s_noun_and_another_after_it_are_that_group():
    # before, "one official" was a source of its own beside "three Western officials", and "another" went on with it
    group = "three Western officials familiar with the assessments"
    profile = profile_of(
        (f"Kestoria moved missiles to a base near the border, according to {group}.", CLAIM,
         {"source": [group], "cue": ["according to"]}),
        ("One official said the move was meant to pressure Merevia.", CLAIM,
         {"source": ["One official"], "cue": ["said"]}),
        ("Another said it was not clear what the missiles carried.", CLAIM, {"source": ["Another"], "cue": ["said"]}))
    assert profile["credits"] == [normalise_source(group)] * 3
    # one of other people is someone else
    profile = profile_of(
        (f"Kestoria moved missiles to a base near the border, according to {group}.", CLAIM,
         {"source": [group], "cue": ["according to"]}),
        ("One banker said the move had rattled markets.", CLAIM, {"source": ["One banker"], "cue": ["said"]}))
    assert profile["credits"][1] != normalise_source(group)


@pytest.mark.parametrize("marks", [{"cue": ["said"]}, {"source": ["Another"], "cue": ["said"]}])
def test_another_after_one_person_by_a_role_is_a_second_such_person_keyed_by_that_role(marks):
    # before, "Another said" the model marked no source in went on with the first official's account, and a marked
    # "Another" was a source "another", one with every other "another" of the text
    profile = profile_of(("The council will vote on the flood plan next week.", FACT, {}),
                         ("One official said the plan was ready.", CLAIM,
                          {"source": ["One official"], "cue": ["said"]}),
                         ("Another said it was months away.", CLAIM, marks))
    assert profile["credits"] == [None, "one official", "another official"]
    assert [(s["source"], s["sentences"]) for s in profile["sources"]] == [("another official", 1), ("one official", 1)]
    # after a person named, "another" is no one of a role
    profile = profile_of(("Tom Vask said the plan was ready.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]}),
                         ("Another said it was months away.", CLAIM, marks))
    assert profile["credits"] == ["tom vask", "another"]


@pytest.mark.parametrize("again, marked", [
    ("the people", "the people"),
    ("the people", "people"),  # the span cut after "the"
    ("these people", "these people"),  # "these" or "those" is "the"
    ("these people", "people"),
    ("those people", "people"),
    ("another person", "another person"),
    ("another person", "person"),  # the span cut after "another"
    ("one of the people", "One of the people"),
])
def test_the_group_again_or_another_of_it_after_people_familiar_with_the_matter_is_that_group(again, marked):
    # before, "the people" was "people" and "another person" "person" or "another person", each a source of its
    # own, and "one of the people" after "the people" joined that "people" too
    group = ("Halvorsen Freight is in talks to buy Quenby Logistics, according to three people familiar with the "
             "matter.", CLAIM, {"source": ["three people familiar with the matter"], "cue": ["according to"]})
    text = "One of the people said talks could fail." if again.startswith("one") else f"Talks could fail, {again} said."
    profile = profile_of(group, ("The companies have been talking for weeks, the people said.", CLAIM,
                                 {"source": ["the people"], "cue": ["said"]}),
                         (text, CLAIM, {"source": [marked], "cue": ["said"]}))
    assert profile["credits"] == ["three people familiar with the matter"] * 3


@pytest.mark.parametrize("group, again", [
    ("officials briefed on the talks", "another official"),
    ("sources close to the board", "the sources"),
    ("two former employees", "another employee"),
    ("aides with knowledge of the plan", "the aides"),
])
def test_the_group_again_or_another_of_it_by_its_noun_is_that_group(group, again):
    profile = profile_of((f"The deal is off, {group} said.", CLAIM, {"source": [group], "cue": ["said"]}),
                         (f"It may return, {again} said.", CLAIM, {"source": [again], "cue": ["said"]}))
    assert [s["sentences"] for s in profile["sources"]] == [2]


@pytest.mark.parametrize("group, again", [
    ("security researchers at Kellin Labs", "Kellin researchers"),
    ("researchers at Halden University", "Halden researchers"),
    ("engineers from the Orsund Institute of Technology", "Orsund engineers"),
])
def test_a_group_owned_by_the_body_it_was_placed_at_is_that_group(group, again):
    # before, "Kellin researchers" was a source apart from "security researchers at Kellin Labs"
    profile = profile_of((f"The database was open, {group} said.", CLAIM, {"source": [group], "cue": ["said"]}),
                         (f"{again} said it held heart-rate records.", CLAIM, {"source": [again], "cue": ["said"]}))
    assert [s["sentences"] for s in profile["sources"]] == [2]
    # a group owned by another body, or another noun of the same body, stays apart
    other = again.replace("Kellin", "Vellmark").replace("Halden", "Vellmark").replace("Orsund", "Vellmark")
    profile = profile_of((f"The database was open, {group} said.", CLAIM, {"source": [group], "cue": ["said"]}),
                         (f"{other} said it held heart-rate records.", CLAIM, {"source": [other], "cue": ["said"]}))
    assert len(profile["sources"]) == 2


def test_a_group_written_by_its_plural_alone_is_the_one_group_of_that_plural_placed_at_a_body():
    # before, "Researchers" and "Researchers at the Vell Lab" were two sources
    bare = ("Researchers said the trial was small.", CLAIM, {"source": ["Researchers"], "cue": ["said"]})
    fact = ("The drug cut deaths by a third.", FACT, {})
    full = ("Researchers at the Vell Lab said the results need a larger study.", CLAIM,
            {"source": ["Researchers at the Vell Lab"], "cue": ["said"]})
    for rows in ((bare, fact, full), (full, fact, bare)):
        assert profile_of(*rows)["credits"] == ["researchers at the vell lab", None, "researchers at the vell lab"]
    # other researchers anywhere in the text: the plural alone may be either group's
    for other in ("Researchers at Kessel University", "Kessel researchers"):
        more = (f"{other} said the dose was too low.", CLAIM, {"source": [other], "cue": ["said"]})
        assert profile_of(bare, full, more)["credits"][0] == "researchers"
        assert profile_of(full, more, bare)["credits"][2] == "researchers"
    # a group placed at no body named in capitals stays apart
    both = ("Lawmakers from both parties said the bill was rushed.", CLAIM,
            {"source": ["Lawmakers from both parties"], "cue": ["said"]})
    alone = ("Lawmakers said the vote would wait.", CLAIM, {"source": ["Lawmakers"], "cue": ["said"]})
    assert profile_of(both, alone)["credits"] == ["lawmakers from both parties", "lawmakers"]


@pytest.mark.parametrize("group, other", [
    ("three people familiar with the matter", "another banker"),
    ("three people familiar with the matter", "the bankers"),
    ("officials briefed on the talks", "another person"),
])
def test_another_or_the_of_another_noun_is_no_member_of_the_group(group, other):
    profile = profile_of((f"The deal is off, {group} said.", CLAIM, {"source": [group], "cue": ["said"]}),
                         (f"It may return, {other} said.", CLAIM, {"source": [other], "cue": ["said"]}))
    assert len(profile["sources"]) == 2


def test_many_of_whom_keeps_its_pronoun():
    profile = profile_of(("Tarn residents, many of whom say the wells are foul, met on Monday.", CLAIM,
                          {"source": ["many of whom"], "cue": ["say"]}))
    assert "many of" not in [s["display"] for s in profile["sources"]]


def test_one_of_a_group_just_named_is_that_group_not_a_source_of_its_own():
    group = ("Two former employees said callers were told to mention bailiffs.", CLAIM,
             {"source": ["Two former employees"], "cue": ["said"]})
    profile = profile_of(group, ("One said supervisors listened in on calls.", CLAIM,
                                 {"source": ["One"], "cue": ["said"]}),
                         ('"It was relentless," one said.', CLAIM, {"source": ["one"], "cue": ["said"]}),
                         ("One of them said she quit in March.", CLAIM, {"source": ["One of them"], "cue": ["said"]}))
    assert profile["credits"] == ["two former employees"] * 4
    assert [(s["source"], s["sentences"]) for s in profile["sources"]] == [("two former employees", 4)]
    # after a person, "One" is no group's member and stays as written
    brandt = ("Tomas Brandt said the ferry was late.", CLAIM, {"source": ["Tomas Brandt"], "cue": ["said"]})
    profile = profile_of(brandt, ("One said it was early.", CLAIM, {"source": ["One"], "cue": ["said"]}))
    assert profile["credits"] == ["tomas brandt", "one"]


def test_the_singular_of_a_counted_group_just_named_is_that_group_not_a_source_of_its_own():
    # before, "the former employee" after "two former call-centre employees" was a source apart
    group = ("The calls were scripted, according to two former call-centre employees.", CLAIM,
             {"source": ["two former call-centre employees"], "cue": ["according to"]})
    for role in ("the former employee", "the employee"):
        profile = profile_of(group, (f'"It was relentless," {role} said.', CLAIM, {"source": [role], "cue": ["said"]}))
        assert profile["credits"] == ["two former call-centre employees"] * 2
    # another role of that noun is someone else
    profile = profile_of(group, ('"It was fine," the chief employee said.', CLAIM,
                                 {"source": ["the chief employee"], "cue": ["said"]}))
    assert profile["credits"][1] == "chief employee"


def test_the_two_or_both_are_the_people_just_named_together_never_a_source_called_two():
    together = ("Ana Ruiz and Tom Vask said the talks went well.", CLAIM,
                {"source": ["Ana Ruiz and Tom Vask"], "cue": ["said"]})
    ruiz = ("Ruiz said more talks were planned.", CLAIM, {"source": ["Ruiz"], "cue": ["said"]})
    for count in ("The two", "Both", "The pair", "Both lawmakers"):
        rows = (together, ruiz, (f"{count} said turnout would be high.", CLAIM, {"source": [count], "cue": ["said"]}))
        assert profile_of(*rows)["credits"] == ["ana ruiz and tom vask", "ana ruiz", "ana ruiz and tom vask"]
    # a group counted so, of people: the group
    group = ("Two former employees said the mill was unsafe.", CLAIM,
             {"source": ["Two former employees"], "cue": ["said"]})
    two = ("The two said managers ignored them.", CLAIM, {"source": ["The two"], "cue": ["said"]})
    assert profile_of(group, two)["credits"] == ["two former employees"] * 2
    # no two named together as a source: no one, as "they" would be, not the one person who spoke last
    met = ("Ana Ruiz and Tom Vask met in Marlow.", FACT, {})
    assert profile_of(met, ruiz, two)["credits"] == [None, "ana ruiz", None]


def test_the_coach_after_a_lower_case_trade_and_a_name_in_a_sentence_that_named_no_source():
    # README's own case: "Dunmore coach Pavel Orr" in a sentence with no source, then "The coach said"
    for role in ("coach", "manager"):
        profile = profile_of(
            (f"Dunmore {role} Pavel Orr was angry after the match.", FACT, {}),
            (f"The {role} said the referee was poor.", CLAIM, {"source": [f"The {role}"], "cue": ["said"]}),
        )
        assert profile["credits"] == [None, "pavel orr"], role
    # a trade before a business's name names no person: "the manager" stays apart
    profile = profile_of(
        ("Asset manager Velta Holdings bought the shares.", FACT, {}),
        ("The manager said it was a bargain.", CLAIM, {"source": ["The manager"], "cue": ["said"]}),
    )
    assert profile["credits"] == [None, "manager"]


def test_the_director_after_a_lower_case_director_and_a_given_name_in_a_sentence_that_named_no_source():
    # before, "director" was no trade before a name: "the director" was a source apart from Ivo Stenmark
    rows = (("A row between the studio Halvard Pictures and the director Ivo Stenmark has delayed the film.", FACT, {}),
            ("Stenmark accused the studio of recutting it.", CLAIM, {"source": ["Stenmark"], "cue": ["accused"]}),
            ('"They have butchered my film," the director wrote.', CLAIM,
             {"source": ["the director"], "cue": ["wrote"]}))
    assert profile_of(*rows)["credits"] == [None, "ivo stenmark", "ivo stenmark"]
    # before a name of no known given name it is no trade: a title's word of a body's name may follow it
    other = (rows[0][0].replace("the director Ivo Stenmark", "the director Arvo Stenmark"), FACT, {})
    assert profile_of(other, *rows[1:])["credits"][2] == "director"


@pytest.mark.parametrize("named, described", [
    ("The diocese said its bishop, the Rt Rev Ana Ruiz, had never seen the letter.", "The bishop"),
    ("The company's chief executive, Ana Ruiz, resigned on Monday.", "The chief executive"),
    ("Velmark's lawyer, Ana Ruiz, wrote to the court on Monday.", "The lawyer"),
])
def test_a_role_set_apart_before_a_name_in_a_sentence_that_credited_no_one_is_that_person(named, described):
    # before, "The bishop" after "its bishop, the Rt Rev Ana Ruiz," was a source of its own
    said = (f"{described} said the charges were politically motivated.", CLAIM,
            {"source": [described], "cue": ["said"]})
    assert profile_of((named, FACT, {}), said)["credits"] == [None, "ana ruiz"]
    # and her surname alone later is her
    ruiz = ("Ruiz said the charges were false.", DENIAL, {"source": ["Ruiz"], "cue": ["said"]})
    assert profile_of((named, FACT, {}), ruiz)["credits"] == [None, "ana ruiz"]
    # a business's name is no person so read
    other = (named.replace("Ana Ruiz", "Velta Holdings"), FACT, {})
    assert profile_of(other, said)["credits"][-1] == normalise_source(described)


@pytest.mark.parametrize("named, described", [
    ("Former mayor Ana Ruiz was charged with fraud on Monday.", "The former mayor"),
    ("Prosecutors charged former senator Ana Ruiz on Monday.", "The former senator"),
    ("Velmark chief executive Ana Ruiz resigned on Monday.", "The chief executive"),
    ("Finance minister Ana Ruiz resigned on Monday.", "The minister"),
])
def test_a_description_by_an_office_in_lower_case_before_the_one_name_is_that_person(named, described):
    profile = profile_of((named, FACT, {}), (f"{described} said the charges were politically motivated.", CLAIM,
                                             {"source": [described], "cue": ["said"]}))
    assert profile["credits"] == [None, "ana ruiz"]


@pytest.mark.parametrize("named, described", [
    # political copy's trades, "former" perhaps before the two capitalised words of whom they served
    ("Former Tom Vask pollster Ana Ruiz was a guest on the show.", "The former pollster"),
    ("Kessel Party pollster Ana Ruiz was a guest on the show.", "The pollster"),
    ("Democratic strategist Ana Ruiz was a guest on the show.", "The strategist"),
    ("Former Kessel consultant Ana Ruiz was a guest on the show.", "The former consultant"),
])
def test_a_description_by_a_political_trade_before_the_one_name_is_that_person(named, described):
    profile = profile_of((named, FACT, {}), (f"{described} said the race was tightening.", CLAIM,
                                             {"source": [described], "cue": ["said"]}))
    assert profile["credits"] == [None, "ana ruiz"]
    # a former one is not "the pollster"
    if described.startswith("The former"):
        profile = profile_of((named, FACT, {}), (f"The {described.rpartition(' ')[2]} said the race was tight.",
                                                 CLAIM, {"source": [f"The {described.rpartition(' ')[2]}"]}))
        assert profile["credits"] == [None, described.rpartition(" ")[2]]


@pytest.mark.parametrize("trade", ["pianist", "violinist", "physician", "chef", "designer", "entrepreneur"])
def test_a_description_by_any_trade_before_or_after_the_one_name_is_that_person(trade):
    # a trade known by its ending ("-ist", "-ician") or listed, before the name, unmarked or marked, or after it
    told = (f'"I was told nothing," the {trade} said.', CLAIM, {"source": [f"the {trade}"], "cue": ["said"]})
    quiet = ("The organisers have not commented.", FACT, {})
    opening = f"{trade.capitalize()} Anna Krall"
    assert profile_of((f"{opening} was not invited this year.", FACT, {}), told)["credits"] == [None, "anna krall"]
    said = (f"{opening} said the festival had cancelled her reading.", CLAIM, {"source": [opening], "cue": ["said"]})
    assert profile_of(said, quiet, told)["credits"] == ["anna krall", None, "anna krall"]
    apposed = (f"Anna Krall, a {trade}, said the festival had cancelled her reading.", CLAIM,
               {"source": [f"Anna Krall, a {trade}"], "cue": ["said"]})
    assert profile_of(apposed, quiet, told)["credits"] == ["anna krall", None, "anna krall"]
    # two of that trade named: neither
    other = (f"Another {trade}, Dan Orr, said his reading went ahead.", CLAIM,
             {"source": [f"Another {trade}, Dan Orr"], "cue": ["said"]})
    assert profile_of(said, other, told)["credits"] == ["anna krall", "dan orr", trade]


@pytest.mark.parametrize("first, described", [
    ("Harbour Authority chief executive Lena Marsh", "the chief executive"),
    ("Prime Minister Lena Marsh", "the prime minister"),
    ("Premier Lena Marsh", "the premier"),
    ("Kestoria's health minister, Lena Marsh,", "the minister"),
    ("Sen. Lena Marsh", "the senator"),
])
def test_a_one_holder_post_is_its_one_holder_past_a_speaker_with_a_role_of_their_own(first, described):
    said = (f"{first} said the audit was wrong.", CLAIM, {"source": [first], "cue": ["said"]})
    told = (f'"We followed every rule," {described} said.', CLAIM, {"source": [described], "cue": ["said"]})
    # another speaker written with a role of their own holds no other post unsaid: the description is Marsh's
    titled = ("Auditor General Pavel Orr said the board ignored warnings.", CLAIM,
              {"source": ["Auditor General Pavel Orr"], "cue": ["said"]})
    assert profile_of(said, titled, told)["credits"] == ["lena marsh", "pavel orr", "lena marsh"]
    # one written with no role may hold it, as before
    untold = ("Pavel Orr said the board ignored warnings.", CLAIM, {"source": ["Pavel Orr"], "cue": ["said"]})
    assert profile_of(said, untold, told)["credits"][-1] == described.removeprefix("the ")


@pytest.mark.parametrize("named, described", [
    ("Tom Vask, the billionaire developer,", "The billionaire"),
    ("Disgraced tycoon Tom Vask", "The tycoon"),
    ("Tom Vask, a media mogul,", "The mogul"),
])
def test_a_person_s_noun_of_wealth_or_standing_written_with_the_name_is_that_person(named, described):
    # a noun the writer gave the person, no role among PERSON_ROLES, means them as a role does
    said = (f"{named} said the tower would rise.", CLAIM, {"source": [named.rstrip(",")], "cue": ["said"]})
    added = (f"{described} added that the vote would fail.", CLAIM, {"source": [described], "cue": ["added"]})
    assert profile_of(said, added)["credits"] == ["tom vask", "tom vask"]
    # two so written: neither
    other = ("Ana Ruiz, a billionaire banker, a tycoon and a mogul, said the vote was close.", CLAIM,
             {"source": ["Ana Ruiz, a billionaire banker, a tycoon and a mogul"], "cue": ["said"]})
    assert profile_of(other, said, added)["credits"][-1] == described.lower().removeprefix("the ")


@pytest.mark.parametrize("named, described", [
    ("Former mayor Ana Ruiz was charged with fraud on Monday.", "The mayor"),  # a former mayor is not "the mayor"
    ("Former mayor Ana Ruiz and former mayor Rosa Lind were charged.", "The former mayor"),  # two: neither
    ("Former mayors Ana Ruiz and Rosa Lind were charged.", "The former mayors"),  # plural: no one person
])
def test_a_description_by_an_office_fitting_no_one_person_stays_apart(named, described):
    profile = profile_of((named, FACT, {}), (f"{described} said the charges were politically motivated.", CLAIM,
                                             {"source": [described], "cue": ["said"]}))
    assert profile["credits"] == [None, described.lower().removeprefix("the ")]


def test_the_director_after_a_titled_name_written_with_a_possessive():
    profile = profile_of(
        ("Director Lena Marsh's third feature is a portrait of a harbour town.", FACT, {}),
        ("Marsh said the story came from her grandmother.", CLAIM, {"source": ["Marsh"], "cue": ["said"]}),
        ('"Nobody wrote about women like her," the director told reporters.', CLAIM,
         {"source": ["the director"], "cue": ["told"]}),
    )
    assert profile["credits"] == [None, "lena marsh", "lena marsh"]
    assert [s["display"] for s in profile["sources"]] == ["Lena Marsh"]


def test_the_boss_is_the_one_manager_or_coach_just_named():
    profile = profile_of(
        ('"We were robbed," fumed Dunmore manager Pavel Orr.', CLAIM,
         {"source": ["Dunmore manager Pavel Orr"], "cue": ["fumed"]}),
        ("The Dunmore boss added that he would write to the league.", CLAIM,
         {"source": ["The Dunmore boss"], "cue": ["added"]}),
        ("The boss also questioned the time added on.", CLAIM, {"source": ["The boss"], "cue": ["questioned"]}),
    )
    assert profile["credits"] == ["pavel orr"] * 3
    # a manager and a coach just named: "the boss" is neither
    profile = profile_of(
        ("Dunmore manager Pavel Orr said the referee erred.", CLAIM,
         {"source": ["Dunmore manager Pavel Orr"], "cue": ["said"]}),
        ("Harbour coach Ivo Dane said it was fair.", CLAIM, {"source": ["Harbour coach Ivo Dane"], "cue": ["said"]}),
        ("The boss added that he would write to the league.", CLAIM, {"source": ["The boss"], "cue": ["added"]}),
    )
    assert profile["credits"] == ["pavel orr", "ivo dane", "boss"]


def test_the_52_year_old_is_the_one_person_written_with_that_age():
    profile = profile_of(
        ('"We were robbed," fumed Pavel Orr, 52, after the match.', CLAIM, {"source": ["Pavel Orr"], "cue": ["fumed"]}),
        ("Dunmore led for an hour.", FACT, {}),
        ("The 52-year-old also questioned the time added on.", CLAIM,
         {"source": ["The 52-year-old"], "cue": ["questioned"]}),
    )
    assert profile["credits"] == ["pavel orr", None, "pavel orr"]
    # another age, or two people of that age: no one it means
    for opening in ('"We were robbed," fumed Pavel Orr, 51, after the match.',
                    '"We were robbed," fumed Pavel Orr, 52, as Ivo Dane, 52, looked on.'):
        profile = profile_of(
            (opening, CLAIM, {"source": ["Pavel Orr"], "cue": ["fumed"]}),
            ("The 52-year-old also questioned the time added on.", CLAIM,
             {"source": ["The 52-year-old"], "cue": ["questioned"]}),
        )
        assert profile["credits"] == ["pavel orr", "52-year-old"], opening


def test_a_name_after_a_run_of_initials_still_has_its_age_noted():
    from framing.source_index import SourceIndex
    # the pattern of a name and its age no longer opens a match just after a stop (it read a run of initials to its
    # end from each one: quadratic, see "SourceIndex.see, initials in copy" in benchmarks/pathological.py); a name
    # written with initials still opens at its first
    known = SourceIndex()
    known.see("A." * 50 + " x, 43, and J.R. Ewing, 60, left.")
    assert known._so_called == {"60-year-old": {"j.r. ewing": "J.R. Ewing"}}


def test_an_inverted_description_after_a_quotation_speaks_not_the_speaker_before():
    mayor = ("Mayor Ilse Varnock said the pier was unsafe.", CLAIM,
             {"source": ["Mayor Ilse Varnock"], "cue": ["said"]})
    quoted = ('"We will rebuild the pier," said the 43-year-old.', CLAIM, {"cue": ["said"]})
    # no one written with that age: news style's "the 43-year-old" describes someone named already, the person
    # credited just before (before, a source of its own); one written with another age is not it
    assert profile_of(mayor, quoted)["credits"] == ["ilse varnock", "ilse varnock"]
    aged_otherwise = ("Mayor Ilse Varnock, 51, said the pier was unsafe.", CLAIM,
                      {"source": ["Mayor Ilse Varnock"], "cue": ["said"]})
    assert profile_of(aged_otherwise, quoted)["credits"] == ["ilse varnock", "43-year-old"]
    # the one person written with that age, a source or not, is the one it describes
    aged = ("Dorsey Kell, 43, runs the ferry.", FACT, {})
    profile = profile_of(aged, mayor, quoted)
    assert profile["credits"] == [None, "ilse varnock", "dorsey kell"]
    assert "Dorsey Kell" in {s["display"] for s in profile["sources"]}
    # marked by the model, the same
    marked = ('"We will rebuild the pier," said the 43-year-old.', CLAIM,
              {"source": ["the 43-year-old"], "cue": ["said"]})
    assert profile_of(aged, mayor, marked)["credits"] == [None, "ilse varnock", "dorsey kell"]
    # two people of that age: neither
    both = ("Dorsey Kell, 43, and Runa Pell, 43, run the ferry.", FACT, {})
    assert profile_of(both, mayor, quoted)["credits"] == [None, "ilse varnock", "43-year-old"]
    # another description, with a clause after it
    fisher = ('"The pier will hold," says the fisherman, who has sailed from it for years.', CLAIM, {"cue": ["says"]})
    assert profile_of(mayor, fisher)["credits"] == ["ilse varnock", "fisherman"]


def test_the_croatian_is_the_one_person_just_named_with_that_nationality():
    profile = profile_of(
        ("Ana Kovac, the Croatian world No. 34, said she had no regrets.", CLAIM,
         {"source": ["Ana Kovac, the Croatian world No. 34"], "cue": ["said"]}),
        ('"She played the big points better," the Croatian said.', CLAIM,
         {"source": ["the Croatian"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["ana kovac", "ana kovac"]
    profile = profile_of(
        ("Portuguese manager Ruben Alves was far more relaxed.", FACT, {}),
        ('"We never stopped believing," said the Portuguese.', CLAIM, {"source": ["the Portuguese"], "cue": ["said"]}),
    )
    assert profile["credits"] == [None, "ruben alves"]
    # two Croatians: neither
    profile = profile_of(
        ("Ana Kovac, the Croatian No. 34, said she had no regrets.", CLAIM,
         {"source": ["Ana Kovac, the Croatian No. 34"], "cue": ["said"]}),
        ("Mia Horvat, a Croatian too, said she was tired.", CLAIM,
         {"source": ["Mia Horvat, a Croatian too"], "cue": ["said"]}),
        ('"She played better," the Croatian said.', CLAIM, {"source": ["the Croatian"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["ana kovac", "mia horvat", "croatian"]


@pytest.mark.parametrize("description, key, before", [
    ("the 43-year-old", "43-year-old", "Pavel Orr, 52, said the club had been unlucky."),  # another age given
    ("the Portuguese", "portuguese", "Spanish coach Pavel Orr said the club had been unlucky."),  # another nationality
    ("the Portuguese", "portuguese", "Pavel Orr said the club had been unlucky."),
])
def test_an_age_or_nationality_no_one_was_described_by_is_a_description_of_its_own(description, key, before):
    # not the person named before (the copy may mean another), nor one of another age or nationality
    rows = [(before, CLAIM, {"source": [before.partition(" said")[0]], "cue": ["said"]}),
            (f'"I never felt stronger," {description} said.', CLAIM, {"source": [description], "cue": ["said"]})]
    assert profile_of(*rows)["credits"] == ["pavel orr", key]
    # and the "he" that goes on after it is theirs, as after a nameless role ("a spokesman"), not the man named before
    rows.append(('"The legs were fine," he said.', CLAIM, {"source": ["he"], "cue": ["said"]}))
    assert profile_of(*rows)["credits"] == ["pavel orr", key, key]


def test_a_nationality_that_speaks_as_they_is_a_side_whose_he_or_she_is_not_theirs():
    rows = [("Pavel Orr said the talks had stalled.", CLAIM, {"source": ["Pavel Orr"], "cue": ["said"]}),
            ("The Portuguese said they would walk out.", CLAIM, {"source": ["The Portuguese"], "cue": ["said"]}),
            ("He said the offer was an insult.", CLAIM, {"source": ["He"], "cue": ["said"]})]
    assert profile_of(*rows)["credits"] == ["pavel orr", "portuguese", "pavel orr"]


def test_material_seen_by_the_publication_itself_credits_no_one():
    profile = profile_of(
        ("Ivo Dane said the vote was rigged.", CLAIM, {"source": ["Ivo Dane"], "cue": ["said"]}),
        ("According to emails reviewed by the magazine, the chief executive knew of the fault.", CLAIM,
         {"source": ["emails reviewed by the magazine"], "cue": ["According to"]}),
        ("Bill seen by the magazine.", CLAIM, {"source": ["the magazine"]}),
    )
    assert profile["credits"] == ["ivo dane", None, None]
    assert [s["source"] for s in profile["sources"]] == ["ivo dane"]
    # a named outlet that had the material is the source, as README says
    profile = profile_of(("According to emails obtained by the Harbour Ledger, the chief executive knew.", CLAIM,
                          {"source": ["emails obtained by the Harbour Ledger"], "cue": ["According to"]}))
    assert profile["credits"] == ["harbour ledger"]


@pytest.mark.parametrize("sentence, span, cue, expected", [
    ("According to documents seen by this blog, the bank hid losses.", "documents seen by this blog", "According to",
     None),
    ("Emails shared with this website show the mayor knew.", "Emails shared with this website", "show", None),
    ("A memo leaked to this newsletter says the plant will close.", "A memo leaked to this newsletter", "says", None),
    # "the site" or "the outlet" may be another outlet the copy named, so it stays a source
    ("According to emails seen by the outlet, the mayor knew.", "emails seen by the outlet", "According to", "outlet"),
])
def test_material_seen_by_an_online_publication_itself_credits_no_one(sentence, span, cue, expected):
    # before, "this blog" was a source (the writer's own outlet), the first of a blog's sources in every post
    profile = profile_of((sentence, CLAIM, {"source": [span], "cue": [cue]}))
    assert profile["credits"] == [expected]


@pytest.mark.parametrize("sentence, span, expected", [
    ("According to emails obtained by the Harbour Ledger, the chief executive knew.", "obtained", "harbour ledger"),
    ("According to internal safety logs obtained by Axion, workers were told to stay.",
     "internal safety logs obtained", "axion"),
    ("According to a transcript seen by Channel 9 News, a manager was warned.", "a transcript seen", "channel 9 news"),
    # the publication itself unnamed after the participle: the writer's own reporting, no source
    ("According to emails obtained by the newspaper, the chief executive knew.", "obtained", None),
    # a possessive after "by": whom it owns had the material, not the owner
    ("According to logs reviewed by Drellmark's auditors, the pier was unsafe.", "logs reviewed",
     "drellmark's auditors"),
])
def test_a_span_stopped_at_a_participle_of_access_credits_the_outlet_after_by(sentence, span, expected):
    profile = profile_of((sentence, CLAIM, {"source": [span], "cue": ["According to"]}))
    assert profile["credits"] == [expected]


def test_a_span_cut_inside_a_body_s_name_names_the_whole_body():
    profile = profile_of(
        ("The landlord, Castell Property Group, has raised the rent.", CLAIM, {"source": ["The landlord, Castell"]}),
        ("Castell Property Group says the rent reflects the market.", CLAIM,
         {"source": ["Castell Property Group"], "cue": ["says"]}),
    )
    assert profile["credits"] == ["castell property group", "castell property group"]
    assert [s["display"] for s in profile["sources"]] == ["Castell Property Group"]


@pytest.mark.parametrize("sentence, span, expected", [
    # before, "Police in Port" was a source of its own, apart from the police of Port Calder
    ("Police in Port Calder confirmed that they had visited the address.", "Police in Port", "police in port calder"),
    ("Officials at Nova Ostrava Airport said flights were delayed.", "Officials at Nova Ostrava",
     "officials at nova ostrava airport"),
    ("The embassy in Port Calder, which runs the office, said it was a help desk.", "The embassy in Port",
     "embassy in port calder"),
    # a weekday or a role after the place is no part of it
    ("Police in Orlan Tuesday said they had visited the address.", "Police in Orlan", "police in orlan"),
    ("Officials in Orlan Ambassador Rurik Dalen said it was a help desk.", "Officials in Orlan", "officials in orlan"),
])
def test_a_span_cut_inside_the_place_its_body_is_in_names_the_whole_place(sentence, span, expected):
    profile = profile_of((sentence, CLAIM, {"source": [span]}))
    assert profile["credits"] == [expected]


@pytest.mark.parametrize("body", ["Kessel Philharmonic", "Harbour Symphony Orchestra", "Orsk Sinfonia"])
def test_a_span_cut_inside_a_company_of_performers_name_names_the_whole_company(body):
    # before, "The Kessel" cut from "The Kessel Philharmonic" was a source "Kessel", and "the orchestra" stood apart
    profile = profile_of(
        (f"The {body} said its concert was cancelled.", CLAIM, {"source": ["The " + body.split()[0]], "cue": ["said"]}),
        ("The orchestra said tickets would be refunded.", CLAIM, {"source": ["The orchestra"], "cue": ["said"]}),
    )
    assert profile["credits"] == [body.lower()] * 2
    assert [s["display"] for s in profile["sources"]] == [body]


@pytest.mark.parametrize("text, span, cues", [
    ("According to the Kestorian ministry, 40 residents signed the petition.", "the Kestorian", ["According to"]),
    ("The Ostby council denied the claims on Tuesday.", "The Ostby", ["denied"]),
])
def test_a_span_cut_short_of_a_body_s_noun_in_lower_case_names_the_whole_body(text, span, cues):
    noun = text.split(span, 1)[1].split()[0].strip(",")
    profile = profile_of(
        (f"{span} {noun} said the figures were wrong.", CLAIM, {"source": [f"{span} {noun}"], "cue": ["said"]}),
        (text, CLAIM, {"source": [span], "cue": cues}),
    )
    whole = f"{span} {noun}".lower().removeprefix("the ")
    assert profile["credits"] == [whole, whole]
    assert len(profile["sources"]) == 1


def test_a_span_of_the_and_a_name_before_a_lower_case_noun_that_goes_on_stays_as_marked():
    """"The Ostby" of "The Ostby council members said" is no body's noun cut off: the noun goes on to "members"."""
    profile = profile_of(
        ("The Ostby council members said the figures were wrong.", CLAIM, {"source": ["The Ostby"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["ostby"]


@pytest.mark.parametrize("quantifier", ["Several", "Many", "Some", "Most", "A few"])
def test_a_quantifier_alone_speaking_after_a_group_is_that_group_not_a_source_of_its_own(quantifier):
    # before, "Several" and "A few" were sources "several" and "few", and "Many" the writer's weasel word
    group = ("Nine exiles described being approached by men claiming to be consular staff.", CLAIM,
             {"source": ["Nine exiles"], "cue": ["described"]})
    profile = profile_of(group, (f"{quantifier} said the visits grew more frequent after the vote.", CLAIM,
                                 {"source": [quantifier], "cue": ["said"]}))
    assert profile["credits"] == ["nine exiles", "nine exiles"]
    assert [s["source"] for s in profile["sources"]] == ["nine exiles"]
    # after one person, or with no one credited before, it names no one
    for before in (("Karl Brandt, an exile, said he was followed.", CLAIM,
                    {"source": ["Karl Brandt, an exile"], "cue": ["said"]}),
                   ("The visits began in March.", FACT, {})):
        profile = profile_of(before, (f"{quantifier} said the visits grew more frequent.", CLAIM,
                                      {"source": [quantifier], "cue": ["said"]}))
        assert profile["credits"][1] is None
        assert len(profile["sources"]) == (before[1] == CLAIM)
    # "Others" are others than the group
    profile = profile_of(group, ("Others said the visits stopped.", CLAIM, {"source": ["Others"], "cue": ["said"]}))
    assert profile["credits"] == ["nine exiles", None]


@pytest.mark.parametrize("speaker", ["Several of them", "Two of them", "They"])
def test_people_the_writer_spoke_to_are_whom_they_or_a_count_of_them_speaking_next_means(speaker):
    # before, "Several of them" was a source "several of them", and "They" or an unmarked one no one's
    met = ("I spoke to twelve drivers at the depot.", FACT, {})
    for marks in ({"source": [speaker], "cue": ["told"]}, {"cue": ["told"]}):
        profile = profile_of(met, (f"{speaker} told me the wages were late.", CLAIM, marks))
        assert profile["credits"] == [None, "twelve drivers at the depot"]
        assert [s["display"] for s in profile["sources"]] == ["twelve drivers at the depot"]
    # one person the writer met, or people someone owns, lend no group
    for other in ("I spoke to a driver at the depot.", "We met his parents at the depot."):
        profile = profile_of((other, FACT, {}), (f"{speaker} told me the wages were late.", CLAIM, {"cue": ["told"]}))
        assert profile["credits"] == [None, None]


@pytest.mark.parametrize("writer", ["This reporter", "Your correspondent", "On Monday, this reporter",
                                    "This newspaper"])
def test_the_writer_naming_themselves_as_a_reporter_spoke_to_the_group_they_then_means(writer):
    # before, only "I" or "We" was the writer meeting people: "They said" after "This reporter spoke to ..." was no
    # one's
    said = ("They said the water was brown.", CLAIM, {"source": ["They"], "cue": ["said"]})
    profile = profile_of((f"{writer} spoke to dozens of residents.", FACT, {}), said)
    assert profile["credits"] == [None, "dozens of residents"]
    # another reporter, or someone the reporter is not, lends no group
    for other in ("A reporter spoke to dozens of residents.", "This reporter's editor spoke to dozens of residents."):
        assert profile_of((other, FACT, {}), said)["credits"] == [None, None]


def test_these_journalists_written_of_before_are_not_the_writer_meeting_people():
    # before, "These journalists", who point back to journalists the copy wrote of, read as the writer, so "They"
    # after it was the miners they had interviewed
    profile = profile_of(("Three foreign journalists were expelled on Monday.", FACT, {}),
                         ("These journalists had interviewed striking miners.", FACT, {}),
                         ("They said the mines were unsafe.", CLAIM, {"source": ["They"], "cue": ["said"]}))
    assert profile["credits"] == [None, None, None]
    # the writer's own reporters still meet them
    profile = profile_of(("Our reporters spoke to dozens of residents.", FACT, {}),
                         ("They said the water was brown.", CLAIM, {"source": ["They"], "cue": ["said"]}))
    assert profile["credits"] == [None, "dozens of residents"]


def test_they_marked_just_after_a_count_of_the_people_the_writer_spoke_to_is_that_group_still():
    # before, "They" was "several of them", the count's own words the index had noted
    met = ("I spoke to twelve drivers at the depot.", FACT, {})
    they = ("They said managers knew.", CLAIM, {"source": ["They"], "cue": ["said"]})
    several = ("Several of them told me the wages were late.", CLAIM, {"source": ["Several of them"], "cue": ["told"]})
    assert profile_of(met, several, they)["credits"] == [None] + ["twelve drivers at the depot"] * 2
    # a group speaking by its own name is whom "They" then means
    managers = ("Managers at the depot said the wages were paid.", CLAIM,
                {"source": ["Managers at the depot"], "cue": ["said"]})
    assert profile_of(met, managers, they)["credits"] == [None] + ["managers at the depot"] * 2


@pytest.mark.parametrize("before, key", [
    ("A visual investigations team at the Sentinel examined the footage.",
     "visual investigations team at the sentinel"),
    ("A research team at Varn University examined the samples.", "research team at varn university"),
])
def test_the_noun_alone_after_a_sentence_whose_subject_it_heads_is_that_subject_written_short(before, key):
    # before, "The team" was a source "team" of its own, whatever team the sentence before described
    profile = profile_of((before, FACT, {}), ("The team found the clip was edited.", CLAIM,
                                              {"source": ["The team"], "cue": ["found"]}))
    assert profile["credits"] == [None, key]
    # a subject of the noun alone adds nothing, and another noun's subject is no one the span means
    for other in ("The team examined the footage.", "A visual investigations unit at the Sentinel examined it."):
        profile = profile_of((other, FACT, {}), ("The team found the clip was edited.", CLAIM,
                                                 {"source": ["The team"], "cue": ["found"]}))
        assert profile["credits"] == [None, "team"]
    # a subject acted on, or one of two joined, is not the one speaking; a document's noun stays its own source
    for other in ("A visual investigations team at the Sentinel was sent to the port.",
                  "A visual investigations team at the Sentinel and the police examined the footage."):
        profile = profile_of((other, FACT, {}), ("The team found the clip was edited.", CLAIM,
                                                 {"source": ["The team"], "cue": ["found"]}))
        assert profile["credits"] == [None, "team"]
    profile = profile_of(("A short written statement from the club appeared online.", FACT, {}),
                         ("The statement said the coach had resigned.", CLAIM,
                          {"source": ["The statement"], "cue": ["said"]}))
    assert profile["credits"][1] != "short written statement"


@pytest.mark.parametrize("met, group", [
    ("We met residents on Monday night.", "residents"),
    ("I interviewed nurses in the last month.", "nurses"),
    ("I spoke to drivers at the depot on Tuesday.", "drivers at the depot"),
    ("I spoke to twelve drivers on the picket line.", "twelve drivers on the picket line"),
])
def test_when_the_writer_met_people_is_no_part_of_the_group_where_they_are_is(met, group):
    # before, "on Monday night" and "in the last month" were read as where the people are: "residents on monday
    # night", "nurses in the"
    profile = profile_of((met, FACT, {}), ("They told me the wages were late.", CLAIM, {"cue": ["told"]}))
    assert profile["credits"] == [None, group]


def test_those_who_is_weasel_wording_no_source():
    for span, text in (("Those who slept less", "Those who slept less showed more inflammation."),
                       ("those", "Support came from those who live nearby."),
                       ("those who", "Support came from those who live nearby.")):
        profile = profile_of(
            ("Ivo Dane said sleep mattered.", CLAIM, {"source": ["Ivo Dane"], "cue": ["said"]}),
            (text, CLAIM, {"source": [span]}),
        )
        assert profile["credits"] == ["ivo dane", None], text
    # the source that speaks beside it still does
    profile = profile_of(("Those who slept less showed more inflammation, the study found.", CLAIM,
                          {"source": ["Those who slept less", "the study"], "cue": ["found"]}))
    assert profile["credits"] == ["study"]


def test_the_rest_of_a_quotation_shares_the_credit_of_its_he_said_sentence_even_none():
    # "he" means no person named (a business spoke last): his quotation's next sentence is no one's, not the firm's
    profile = profile_of(
        ("The owner, Brackwater Estates Ltd, has doubled the lease.", CLAIM,
         {"source": ["The owner, Brackwater Estates Ltd"], "cue": ["has doubled"]}),
        ('"I went through the accounts three times," he told me.', CLAIM, {"source": ["he"], "cue": ["told"]}),
        ('"They came out the same every time."', CLAIM, {}),
        gap="\n\n")
    assert profile["credits"] == ["brackwater estates ltd", None, None]
    # where "he" is someone, his quotation goes on as his
    profile = profile_of(
        ("Anselm Roake, who is 68, says he will have to close.", CLAIM,
         {"source": ["Anselm Roake, who is 68"], "cue": ["says"]}),
        ('"I went through the accounts three times," he told me.', CLAIM, {"source": ["he"], "cue": ["told"]}),
        ('"They came out the same every time."', CLAIM, {}),
        gap="\n\n")
    assert profile["credits"] == ["anselm roake"] * 3


def test_a_denial_resuming_the_quotation_its_speaker_s_claim_broke_off_is_still_theirs():
    rows = [("When Morrow arrived in 2019, Fenwick was failing its inspections.", FACT, {}),
            ('"It was, frankly, a shambles," Morrow says.', CLAIM, {"source": ["Morrow"], "cue": ["says"]}),
            ('"Nobody would admit how bad it had got.', DENIAL, {}),
            ('So the first job was to stop pretending."', CLAIM, {})]
    assert profile_of(*rows)["credits"] == [None, "morrow", "morrow", "morrow"]
    # closed in the sentence
    assert profile_of(*rows[:2], ('"Nobody would admit how bad it had got."', DENIAL, {}))["credits"] == [
        None, "morrow", "morrow"]
    # a quotation after a claim that quoted nothing is no one's resumed words: the accuser is no denier
    profile = profile_of(("Parents said the school hid its inspection results.", CLAIM,
                          {"source": ["Parents"], "cue": ["said"]}),
                         ('"Nothing was hidden."', DENIAL, {}))
    assert profile["credits"] == ["parents", None]


def test_a_judge_ruling_on_a_motion_or_an_argument_is_no_denier():
    # a court's ruling on a party's filing is a third party's, whatever the model labels it: no denier, no pair
    profile = profile_of(
        ("Prosecutors allege that Dara Quell poisoned three patients.", CLAIM,
         {"source": ["Prosecutors"], "cue": ["allege"]}),
        ("Judge Orlen denied a defense motion to move the trial to Brisk County.", DENIAL,
         {"source": ["Judge Orlen"], "cue": ["denied"]}),
    )
    assert profile["credits"] == ["prosecutors", "orlen"]
    assert [(s["source"], s["denies"]) for s in profile["sources"]] == [("orlen", False), ("prosecutors", False)]
    assert profile["denials"] == []
    # nor are the judge's reasons quoted after the ruling; the accused side's denial stays one
    profile = profile_of(
        ("Her lawyer, Tomas Vell, argued that Quell had acted under orders.", CLAIM,
         {"source": ["Her lawyer, Tomas Vell"], "cue": ["argued"]}),
        ("The judge rejected that argument.", DENIAL, {"source": ["The judge"], "cue": ["rejected"]}),
        ('"Orders excuse nothing here," she wrote.', DENIAL, {"source": ["she"], "cue": ["wrote"]}),
        ("Quell has denied poisoning anyone.", DENIAL, {"source": ["Quell"], "cue": ["denied"]}),
    )
    assert profile["credits"] == ["tomas vell", "judge", "judge", "quell"]
    assert [(s["source"], s["denies"]) for s in profile["sources"]] == [
        ("judge", False), ("quell", True), ("tomas vell", False)]
    assert [d["denial"] for d in profile["denials"]] == [3]


@pytest.mark.parametrize("label", [CLAIM, DENIAL])
def test_the_one_judge_named_is_the_judge_after_other_sources(label):
    # before, "the judge" after the clerk, another source, was read as a judge of its own
    rows = (("District Judge Petra Lindqvist halted the levy on Tuesday.", FACT, {}),
            ("The notices were unlawful, the judge wrote.", CLAIM, {"source": ["the judge"], "cue": ["wrote"]}),
            ("Town Clerk Amos Reddy had argued that the levy was routine.", DENIAL,
             {"source": ["Town Clerk Amos Reddy"], "cue": ["argued"]}),
            ("The judge rejected that argument.", label, {"source": ["The judge"], "cue": ["rejected"]}))
    assert profile_of(*rows)["credits"] == [None, "petra lindqvist", "amos reddy", "petra lindqvist"]
    # with two judges named, the judge is neither
    two = (rows[0], ("Judge Omar Fenn dissented.", FACT, {}), *rows[2:])
    assert profile_of(*two)["credits"][3] not in ("petra lindqvist", "omar fenn")


@pytest.mark.parametrize("testified", ["testified that", "told jurors that", "told the court that"])
def test_the_witness_is_the_one_person_named_as_testifying(testified):
    # before, "the witness" after the defence lawyer, another source, was read as a witness of its own
    rows = (("Ines Rowley, 29, " + testified + " she saw the van leave the yard.", CLAIM,
             {"source": ["Ines Rowley, 29"], "cue": [testified.split()[0]]}),
            ("Defence lawyer Hugo Brandt asked how she could see so far at night.", CLAIM,
             {"source": ["Defence lawyer Hugo Brandt"], "cue": ["asked"]}),
            ("The witness said the yard lights were on.", CLAIM, {"source": ["The witness"], "cue": ["said"]}))
    assert profile_of(*rows)["credits"] == ["ines rowley", "hugo brandt", "ines rowley"]
    # two people named as testifying: the witness is neither
    two = (rows[0], ("Colm Avery, 51, " + testified + " he heard a crash.", CLAIM,
                     {"source": ["Colm Avery, 51"], "cue": [testified.split()[0]]}), *rows[1:])
    assert profile_of(*two)["credits"][3] not in ("ines rowley", "colm avery")


def test_a_judge_or_a_company_denying_an_allegation_still_denies():
    profile = profile_of(
        ("The watchdog accused Judge Orlen of taking gifts from litigants.", CLAIM,
         {"source": ["The watchdog"], "cue": ["accused"]}),
        ("Judge Orlen denied the charges against him.", DENIAL, {"source": ["Judge Orlen"], "cue": ["denied"]}),
    )
    assert profile["denials"] == [{"denial": 1, "source": "orlen", "allegation": 0}]
    profile = profile_of(
        ("Regulators argued that Halvex Corp hid the test results.", CLAIM,
         {"source": ["Regulators"], "cue": ["argued"]}),
        ("Halvex Corp rejected that argument.", DENIAL, {"source": ["Halvex Corp"], "cue": ["rejected"]}),
    )
    assert profile["denials"] == [{"denial": 1, "source": "halvex corp", "allegation": 0}]


@pytest.mark.parametrize("accuser, span", [("Kellin Labs said", "Kellin Labs"),
                                           ("Kellin's report found", "Kellin's report")])


def test_the_company_in_a_denial_is_the_company_that_denied_not_the_one_whose_claim_it_answers(accuser, span):
    # before, "the company" was the accusing lab (the one company its name shows) or stayed apart (two bodies in view)
    profile = profile_of(
        ("A fitness app, PulseTrack, suffered a breach.", FACT, {}),
        (f"{accuser} that the app's database was open for weeks.", CLAIM, {"source": [span]}),
        ("PulseTrack denied that any data had been stolen.", DENIAL, {"source": ["PulseTrack"], "cue": ["denied"]}),
        ('"We found no evidence of theft," the company said.', DENIAL, {"source": ["the company"], "cue": ["said"]}),
    )
    assert profile["credits"][2:] == ["pulsetrack", "pulsetrack"]
    assert [d["source"] for d in profile["denials"]] == ["pulsetrack", "pulsetrack"]


def test_he_after_a_sentence_naming_two_people_means_the_one_written_last():
    # "Conrad", a given name too, is named first, though after the speaker in the order they may speak
    profile = profile_of(
        ("In a dissent joined by Justices Conrad and Ilves, Justice Amsel wrote that the majority had erred.", CLAIM,
         {"source": ["Conrad", "Justice Amsel"], "cue": ["wrote"]}),
        ("He argued that the statute was plain.", CLAIM, {"source": ["He"], "cue": ["argued"]}),
    )
    assert profile["credits"] == ["amsel", "amsel"]
    assert [s["source"] for s in profile["sources"]] == ["amsel"]


def test_a_denial_does_not_go_on_with_filings_that_only_a_plain_fact_cited():
    profile = profile_of(
        ("Corvane Bank has agreed to pay $40 million to settle a lawsuit alleging that it hid fees, according to "
         "court filings.", FACT, {"source": ["court filings"], "cue": ["according to"]}),
        ("The deal still needs a judge's approval.", FACT, {}),
        ("Corvane agreed to the deal without admitting wrongdoing.", DENIAL, {"cue": ["agreed"]}),
    )
    assert profile["credits"] == [None, None, None]
    assert profile["sources"] == []
    # a claim the filings are credited with, or a plain fact's account another sentence goes on with, is unchanged
    profile = profile_of(
        ("Corvane Bank hid fees for years, according to court filings.", FACT,
         {"source": ["court filings"], "cue": ["according to"]}),
        ("The bank charged customers twice, the filings show.", CLAIM, {"source": ["the filings"], "cue": ["show"]}),
    )
    assert profile["credits"] == [None, "court filings"]


@pytest.mark.parametrize("claim, denial, source", [
    # a court's word that qualifies another noun, or a surname, names no court
    ("Senators said that Supreme Court nominee Tom Vance had misled them about his record.",
     "Supreme Court nominee Tom Vance rejected the argument that he had misled senators.",
     "Supreme Court nominee Tom Vance"),
    ("Residents said that the Kessel Court Hotel had hidden a leak.",
     "The Kessel Court Hotel rejected the residents' request for an inquiry, calling the claim false.",
     "The Kessel Court Hotel"),
    ("Investors said that Court Street Capital had hidden losses.",
     "Court Street Capital rejected the investors' request for an audit.", "Court Street Capital"),
    ("Neighbours said that Tom Judge had dumped waste in the river.",
     "Tom Judge rejected the neighbours' request to stop.", "Tom Judge"),
    ("Residents said that the expert panel had ignored the leak.",
     "The expert panel rejected the residents' request for an inquiry.", "The expert panel"),
    # the ruling's words in a clause that is not the judge's own verb
    ("Senators said that Justice Tom Vance had hidden gifts from a donor.",
     "Justice Tom Vance denied any such thing in a letter rejecting the senators' request to testify.",
     "Justice Tom Vance"),
])
def test_a_denial_by_no_court_or_not_ruling_on_a_filing_stays_a_denial(claim, denial, source):
    # before, each was read as a court's ruling: no denier, no pair
    claimant = claim.split(" said")[0]
    profile = profile_of((claim, CLAIM, {"source": [claimant], "cue": ["said"]}),
                         (denial, DENIAL, {"source": [source], "cue": [denial.split()[len(source.split())]]}))
    assert [d["denial"] for d in profile["denials"]] == [1]
    assert {s["source"]: s["denies"] for s in profile["sources"]}[profile["credits"][1]]


def test_a_judge_accused_who_dismisses_the_case_against_her_denies():
    # before, her "dismissed the case" and "rejected the request" were read as rulings, and her next denial went on
    accused = ("Prosecutors accused Judge Dara Orlen of taking bribes from Velmor Steel.", CLAIM,
               {"source": ["Prosecutors"], "cue": ["accused"]})
    profile = profile_of(accused,
                         ("Judge Dara Orlen dismissed the case against her as a smear.", DENIAL,
                          {"source": ["Judge Dara Orlen"], "cue": ["dismissed"]}),
                         ("She said she had never met anyone from Velmor.", DENIAL,
                          {"source": ["She"], "cue": ["said"]}))
    assert [d["denial"] for d in profile["denials"]] == [1, 2]
    profile = profile_of(accused,
                         ("Judge Dara Orlen rejected the request of prosecutors to step aside, calling the claims "
                          "false.", DENIAL, {"source": ["Judge Dara Orlen"], "cue": ["rejected"]}))
    assert [d["denial"] for d in profile["denials"]] == [1]


def test_a_judge_not_accused_still_rules_on_a_motion_with_a_word_between():
    profile = profile_of(
        ("Lawyers for Dara Quell asked Judge Orlen to move the trial.", CLAIM,
         {"source": ["Lawyers for Dara Quell"], "cue": ["asked"]}),
        ("Judge Orlen on Monday denied the defense motion.", DENIAL, {"source": ["Judge Orlen"], "cue": ["denied"]}),
    )
    assert profile["denials"] == []
    assert not {s["source"]: s["denies"] for s in profile["sources"]}["orlen"]


@pytest.mark.parametrize("introduced", [
    "The case is before Judge Ana Okafor of the district court.",
    "U.S. District Judge Ana Okafor heard arguments on Monday.",
    "Judge Okafor heard arguments on Monday.",
])
def test_a_judge_s_bare_surname_ruling_on_a_motion_is_no_denier(introduced):
    # before, "Okafor" alone named no court: her ruling was a denial paired with the prosecutors' allegation
    profile = profile_of(
        ("Prosecutors allege that Dorn Pellick stole $2 million.", CLAIM,
         {"source": ["Prosecutors"], "cue": ["allege"]}),
        (introduced, FACT, {}),
        ("Okafor denied the motion to dismiss.", DENIAL, {"source": ["Okafor"], "cue": ["denied"]}),
    )
    assert profile["credits"][2].endswith("okafor")
    assert profile["denials"] == []
    assert not any(s["denies"] for s in profile["sources"])


@pytest.mark.parametrize("introduced, denial", [
    # another office's title, another person of that surname, or a judge accused: the bare surname still denies
    ("Justice Minister Ana Okafor spoke on Monday.", "Okafor rejected the argument that she had misled them."),
    ("Her brother, Judge Tom Okafor, retired last year.", "Okafor rejected the argument that she had misled them."),
    ("Prosecutors accused Judge Ana Okafor of taking bribes.", "Okafor dismissed the case against her as a smear."),
])
def test_a_surname_not_a_judge_s_or_an_accused_judge_s_still_denies(introduced, denial):
    profile = profile_of(
        (introduced, FACT, {}),
        ("Senators said that Ana Okafor had misled them.", CLAIM, {"source": ["Senators"], "cue": ["said"]}),
        (denial, DENIAL, {"source": ["Okafor"], "cue": [denial.split()[1]]}),
    )
    assert profile["credits"][2].endswith("okafor")
    assert [d["denial"] for d in profile["denials"]] == [2]


@pytest.mark.parametrize("before, ruling, source", [
    # an accusation against the defendant in a sentence that names the judge, or "a judge", or "the court"
    ("Dorn Pellick, who is charged with fraud, appeared before Judge Mira Castell on Monday.",
     "Judge Castell denied his request for bail.", "Judge Castell"),
    ("Pellick, accused of stealing $2 million, faced a judge on Monday.",
     "The judge rejected his bid for release.", "The judge"),
    ("The court heard claims that Pellick took bribes.", "The court rejected his appeal.", "The court"),
    ("Prosecutors charged Pellick in a case assigned to Judge Mira Castell.",
     "The judge denied the motion to dismiss.", "The judge"),
    ("Judge Mira Castell accused Pellick of lying to the court.", "Judge Castell denied his request for bail.",
     "Judge Castell"),
    # a surname written in lower case is an ordinary word; the office's word before a noun names another thing;
    # "charged with" a task is no accusation
    ("Prosecutors charged a young man with theft.", "Judge Young denied his request for bail.", "Judge Young"),
    ("The firm was accused of charging a price far above cost.", "Judge Price rejected the firm's motion.",
     "Judge Price"),
    ("Prosecutors alleged that the court records had been forged by Pellick.", "The court rejected his appeal.",
     "The court"),
    ("Pellick filed a lawsuit against the court clerk.", "The court rejected his appeal.", "The court"),
    ("Judge Ana Ruiz, who was charged with reviewing the evidence, heard the case.",
     "Judge Ruiz denied his request for bail.", "Judge Ruiz"),
    ("Judge Ana Ruiz, charged with overseeing the inquiry, heard the case.",
     "Judge Ruiz denied his request for bail.", "Judge Ruiz"),
])
def test_a_judge_is_no_party_for_an_accusation_against_another_in_a_sentence_naming_her(before, ruling, source):
    # before, any accusation word with the judge's last word ("judge", "court", "castell") made her a party, whose
    # ruling stayed a denial and who denied
    profile = profile_of((before, FACT, {}), (ruling, DENIAL, {"source": [source], "cue": [ruling.split()[2]]}))
    assert profile["denials"] == []
    assert not any(s["denies"] for s in profile["sources"])


@pytest.mark.parametrize("accusation", [
    "Prosecutors alleged that Judge Mira Castell took bribes from Velmor Steel.",
    "Judge Mira Castell was charged with taking bribes from Velmor Steel.",
    "Dorn Pellick filed a complaint against Judge Mira Castell over bribes from Velmor Steel.",
    "Dorn Pellick sued Judge Mira Castell over bribes from Velmor Steel.",
])
def test_a_judge_accused_by_name_is_a_party_whose_dismissal_denies(accusation):
    profile = profile_of((accusation, CLAIM, {}),
                         ("Judge Castell dismissed the case against her as a smear.", DENIAL,
                          {"source": ["Judge Castell"], "cue": ["dismissed"]}))
    assert [d["denial"] for d in profile["denials"]] == [1]


@pytest.mark.parametrize("ruling, source", [
    ("A federal judge in Kessel denied his request for bail.", "A federal judge in Kessel"),
    ("An appeals court in Vell rejected his appeal.", "An appeals court in Vell"),
    ("The judge overseeing the case denied his request for bail.", "The judge overseeing the case"),
    ("The judge who heard the case rejected the defense's motion.", "The judge who heard the case"),
    ("Mira Castell, a judge in Kessel, denied his request for bail.", "Mira Castell, a judge in Kessel"),
    ("The tribunal in Vell dismissed his appeal.", "The tribunal in Vell"),
    ("Judge Mira Castell, in a brief order, denied his request for bail.", "Judge Mira Castell"),
    ("Judge Mira Castell last week denied his request for bail.", "Judge Mira Castell"),
    ("Judge Mira Castell said she would deny his request for bail.", "Judge Mira Castell"),
    ("Judge Mira Castell wrote that she was rejecting the defense's motion.", "Judge Mira Castell"),
    ("Denying his request for bail, Judge Mira Castell said he might flee.", "Judge Mira Castell"),
])
def test_a_court_named_with_a_phrase_or_ruling_in_its_own_clause_makes_no_denial(ruling, source):
    # before, a court's word with a phrase after it named no court, and the ruling verb was looked for only right
    # after the court's name or at the first cue
    profile = profile_of(("Prosecutors say Dorn Pellick stole $2 million.", CLAIM,
                          {"source": ["Prosecutors"], "cue": ["say"]}),
                         (ruling, DENIAL, {"source": [source]}))
    assert profile["denials"] == []


@pytest.mark.parametrize("ruling, source", [
    ("The court rejected the government's claim that the detentions were lawful.", "The court"),
    ("The tribunal dismissed the ministry's contention that the marchers posed a threat.", "The tribunal"),
    ("Judge Ana Ruiz rejected the state's assertion that every arrest had been lawful.", "Judge Ana Ruiz"),
])
def test_a_court_rejecting_a_party_s_claim_is_no_denial(ruling, source):
    # before, a court rejecting a claim, contention or assertion was paired with the allegation as a denial: a third
    # party's ruling, reported as fact under LABELS.md, not the accused side's denial
    profile = profile_of(("Rights groups accused the government of holding the marchers without charge.", CLAIM,
                          {"source": ["Rights groups"], "cue": ["accused"]}),
                         (ruling, DENIAL, {"source": [source], "cue": [ruling.split()[len(source.split())]]}))
    assert profile["denials"] == []
    assert not any(s["denies"] for s in profile["sources"])


@pytest.mark.parametrize("ruling, marks", [
    ("The court rejected the claim.", {"source": ["The court"], "cue": ["rejected"]}),
    ("The court rejected the claim.", {"cue": ["rejected"], "content": ["the claim"]}),
    ("The tribunal dismissed these claims on Tuesday.", {"cue": ["dismissed"]}),
    ("Judge Ana Ruiz rejected that claim.", {"source": ["Judge Ana Ruiz"], "cue": ["rejected"]}),
])
def test_a_court_rejecting_the_claim_after_the_accused_s_denial_is_no_denier(ruling, marks):
    # before, a court rejecting "the claim" with no party's name before it, or with no source span marked, stayed a
    # denial: the court's source entry denied, though it rules on the claim as it does on "the government's claim"
    profile = profile_of(("Rights groups accused the government of holding the marchers without charge.", CLAIM,
                          {"source": ["Rights groups"], "cue": ["accused"]}),
                         ("The government denied it.", DENIAL, {"source": ["The government"], "cue": ["denied"]}),
                         (ruling, DENIAL, marks))
    assert [d["denial"] for d in profile["denials"]] == [1]
    assert [s["source"] for s in profile["sources"] if s["denies"]] == ["government"]


def test_a_court_accused_or_denying_the_claims_still_denies():
    # a court accused by name is a party; "denied the claims" may answer an allegation against the court
    accused = ("Prosecutors accused Judge Dara Orlen of taking bribes from Velmor Steel.", CLAIM,
               {"source": ["Prosecutors"], "cue": ["accused"]})
    profile = profile_of(accused, ("Judge Dara Orlen rejected the claim.", DENIAL,
                                   {"source": ["Judge Dara Orlen"], "cue": ["rejected"]}))
    assert [d["denial"] for d in profile["denials"]] == [1]
    profile = profile_of(("Reporters said the chief justice was ill.", CLAIM, {"source": ["Reporters"]}),
                         ("The court denied the claims.", DENIAL, {"source": ["The court"], "cue": ["denied"]}))
    assert [d["denial"] for d in profile["denials"]] == [1]


def test_the_accused_side_or_an_accused_judge_rejecting_a_claim_still_denies():
    profile = profile_of(("Rights groups accused the government of holding the marchers without charge.", CLAIM,
                          {"source": ["Rights groups"], "cue": ["accused"]}),
                         ("The government rejected the claim that the detentions were unlawful.", DENIAL,
                          {"source": ["The government"], "cue": ["rejected"]}))
    assert [d["denial"] for d in profile["denials"]] == [1]
    profile = profile_of(("Prosecutors accused Judge Dara Orlen of taking bribes from Velmor Steel.", CLAIM,
                          {"source": ["Prosecutors"], "cue": ["accused"]}),
                         ("Judge Dara Orlen rejected the prosecutors' claim that she had taken money.", DENIAL,
                          {"source": ["Judge Dara Orlen"], "cue": ["rejected"]}))
    assert [d["denial"] for d in profile["denials"]] == [1]


@pytest.mark.parametrize("finding, marks, source", [
    ("The tribunal found that the applicant faced no real risk of torture.", {}, "tribunal"),
    ("In its ruling, the three-judge panel said the assurances were worthless.",
     {"source": ["the three-judge panel"], "cue": ["said"]}, "three-judge panel"),
    ("Presiding Judge Helga Marr wrote that the office had ignored the rapporteur's report.",
     {"source": ["Presiding Judge Helga Marr"], "cue": ["wrote"]}, "helga marr"),
    ("The appeals court ruled on Tuesday that the deportation was unlawful.",
     {"source": ["The appeals court"], "cue": ["ruled"]}, "appeals court"),
])
def test_a_court_s_own_finding_is_no_denial(finding, marks, source):
    # before, a court was no denier only where it ruled on a party's filing: its findings were its denials
    profile = profile_of(("The migration office argued that the applicant's account was inconsistent.", CLAIM,
                          {"source": ["The migration office"], "cue": ["argued"]}),
                         (finding, DENIAL, marks))
    assert profile["credits"] == ["migration office", source]
    assert profile["denials"] == []
    assert not any(s["denies"] for s in profile["sources"])


@pytest.mark.parametrize("dissent, marks", [
    ("Judge Martin Feld dissented, arguing that the officers had acted in good faith.",
     {"source": ["Judge Martin Feld"], "cue": ["arguing"]}),
    ("In his dissent, Judge Martin Feld argued that the officers had acted in good faith.",
     {"source": ["Judge Martin Feld"], "cue": ["argued"]}),
])
def test_a_judge_s_dissent_is_no_denial(dissent, marks):
    # before, a dissent's reasons labelled a denial made the dissenting judge a source that denies, answering the
    # majority: a judge's own reasons, as a court's finding, deny nothing
    profile = profile_of(("Judge Rosa Ilic wrote for the majority that the search was illegal.", CLAIM,
                          {"source": ["Judge Rosa Ilic"], "cue": ["wrote"]}),
                         (dissent, DENIAL, marks))
    assert profile["credits"] == ["rosa ilic", "martin feld"]
    assert profile["denials"] == []
    assert not any(s["denies"] for s in profile["sources"])


def test_a_judge_named_with_her_title_before_is_no_denier_for_her_finding():
    profile = profile_of(("The migration office argued that the applicant's account was inconsistent.", CLAIM,
                          {"source": ["The migration office"], "cue": ["argued"]}),
                         ("Presiding Judge Helga Marr heard the appeal in May.", FACT,
                          {"source": ["Presiding Judge Helga Marr"]}),
                         ("She wrote that the office had ignored the rapporteur's report.", DENIAL,
                          {"source": ["She"], "cue": ["wrote"]}))
    assert profile["credits"][2] == "helga marr"
    assert profile["denials"] == []


@pytest.mark.parametrize("denial", [
    # a judge speaking of herself, or quoted with no clause after the verb, may be answering an allegation
    "Judge Helga Marr said she had never met anyone from Velmor Steel.",
    "Judge Helga Marr wrote that she would not step aside.",
    '"I have never met anyone from Velmor Steel," Judge Helga Marr said.',
])
def test_a_judge_s_words_about_herself_stay_a_denial(denial):
    profile = profile_of(("Reporters said that Judge Helga Marr had dined with Velmor Steel's owner.", CLAIM,
                          {"source": ["Reporters"], "cue": ["said"]}),
                         (denial, DENIAL, {"source": ["Judge Helga Marr"], "cue": ["said" if "said" in denial
                                                                                    else "wrote"]}))
    assert [d["denial"] for d in profile["denials"]] == [1]


@pytest.mark.parametrize("allegation, denial, source", [
    ("Critics say Judge Ola Brandt claimed expenses for trips she never took.",
     "Judge Ola Brandt said the figures were wrong.", "Judge Ola Brandt"),
    ("The Daily Kessel reported that the chief justice had been admitted to hospital.",
     "The Supreme Court said the report was untrue.", "The Supreme Court"),
])
def test_a_court_saying_a_claim_about_itself_is_untrue_stays_a_denial(allegation, denial, source):
    # "said" with a clause is a court's finding only where the sentence names its ruling; here it answers a claim
    profile = profile_of((allegation, CLAIM, {"source": [allegation.split(" say")[0].split(" reported")[0]],
                                              "cue": ["say" if " say " in allegation else "reported"]}),
                         (denial, DENIAL, {"source": [source], "cue": ["said"]}))
    assert [d["denial"] for d in profile["denials"]] == [1]


@pytest.mark.parametrize("denial", [
    "Justice Tom Vance, in a letter rejecting the senators' request, denied any wrongdoing.",
    "Justice Tom Vance said he would deny the claims in court.",
])
def test_a_judge_s_own_denial_beside_a_ruling_word_stays_a_denial(denial):
    profile = profile_of(("Senators said that Justice Tom Vance had hidden gifts from a donor.", CLAIM,
                          {"source": ["Senators"], "cue": ["said"]}),
                         (denial, DENIAL, {"source": ["Justice Tom Vance"]}))
    assert [d["denial"] for d in profile["denials"]] == [1]


def test_the_judge_standing_for_a_judge_accused_by_name_still_denies():
    profile = profile_of(("Prosecutors accused Judge Mira Castell of taking bribes from Velmor Steel.", CLAIM,
                          {"source": ["Prosecutors"], "cue": ["accused"]}),
                         ("The judge dismissed the case against her as a smear.", DENIAL,
                          {"source": ["The judge"], "cue": ["dismissed"]}))
    assert [d["denial"] for d in profile["denials"]] == [1]


def test_a_judge_accused_in_her_own_sentence_denies():
    # before, only other sentences could accuse the judge, so her rejection here was read as a ruling
    profile = profile_of(("Dorn Pellick asked Judge Mira Castell to step aside.", CLAIM,
                          {"source": ["Dorn Pellick"], "cue": ["asked"]}),
                         ("Judge Mira Castell, accused of bias, rejected his request that she step aside.", DENIAL,
                          {"source": ["Judge Mira Castell"], "cue": ["rejected"]}))
    assert [d["denial"] for d in profile["denials"]] == [1]


def marked(*rows):
    """A profile of the sentences ``rows``, each (text, label, marks), a mark (span type, words, which occurrence of
    them in the sentence from 1), so that a sentence may mark a second "said"."""
    sentences, start = [], 0
    for text, label, marks in rows:
        spans = []
        for kind, part, nth in marks:
            at = -1
            for _ in range(nth):
                at = text.index(part, at + 1)
            spans.append(Span(kind, start + at, start + at + len(part), part))
        sentences.append(Sentence(text, start, start + len(text), label, {l: float(l == label) for l in LABELS},
                                  tuple(sorted(spans, key=lambda s: s.start))))
        start += len(text) + 1
    return build_profile(sentences, LABELS, " ".join(text for text, _, _ in rows))


@pytest.mark.parametrize("text, accuser, accused, accused_cue, denier", [
    ("Kessel said the ministry lied, and the ministry said the report was false.",
     "Kessel", "the ministry", "said", "ministry"),
    ("Halvex Watch accused Corvane of hiding losses, and Corvane called the allegations baseless.",
     "Halvex Watch", "Corvane", "called", "corvane"),
    ("Rights groups say the army burned villages, while the army says the reports are fabricated.",
     "Rights groups", "the army", "says", "army"),
    ("Senator Ana Ruiz said the agency had misled Congress, but the agency said her claims were not true.",
     "Senator Ana Ruiz", "the agency", "said", "agency"),
    ("Kessel Research said Acme hid losses, and Acme's president, Tom Vance, called the report false.",
     "Kessel Research", "Acme's president, Tom Vance", "called", "tom vance"),
])
def test_a_denial_holding_both_sides_is_the_side_s_whose_clause_calls_the_account_false(
        text, accuser, accused, accused_cue, denier):
    # before, with no denial word both sources stood as near their cues, and the accuser, written first, was
    # credited with the denial and shown as a denier; one credit a sentence: the denial is the accused side's
    first_cue = text.split(accuser, 1)[1].split()[0]
    marks = [("source", accuser, 1), ("cue", first_cue, 1), ("source", accused, text.count(accused)),
             ("cue", accused_cue, text.count(accused_cue))]
    allegation = ("Amnesty said the ministry tortured detainees.", CLAIM,
                  [("source", "Amnesty", 1), ("cue", "said", 1)])
    profile = marked(allegation, (text, DENIAL, marks))
    assert profile["credits"] == ["amnesty", denier]
    assert {s["source"]: s["denies"] for s in profile["sources"]} == {"amnesty": False, denier: True}
    assert profile["denials"] == [{"denial": 1, "source": denier, "allegation": 0}]
    # read as a claim, the main content is the accuser's (LABELS.md's precedence): still the first side's
    assert marked((text, CLAIM, marks))["credits"] == [normalise_source(accuser)]


@pytest.mark.parametrize("text, marks", [
    # the denier written first names the accuser in its own words, and the accuser's clause calls a person a liar,
    # no account false: the denier's (a rule crediting the side another side's words named took Ruiz)
    ("Vance said the claims by Ruiz were lies, and Ruiz said Vance was lying.",
     [("source", "Vance", 1), ("cue", "said", 1), ("source", "Ruiz", 2), ("cue", "said", 2)]),
    # a name inside the first side's words, with no cue of its own, opens no clause
    ("Vance said the report by Kessel Research was false.",
     [("source", "Vance", 1), ("cue", "said", 1), ("source", "Kessel Research", 1)]),
    ("Vance called the report false, and Kessel Research said Vance was lying.",
     [("source", "Vance", 1), ("cue", "called", 1), ("source", "Kessel Research", 1), ("cue", "said", 1)]),
    # both sides call the other's account false, or neither does: the first written, as before
    ("Vance said the claims by Ruiz were lies, and Ruiz said his statement was false.",
     [("source", "Vance", 1), ("cue", "said", 1), ("source", "Ruiz", 2), ("cue", "said", 2)]),
    ("Vance said Ruiz lied, and Ruiz said the report was not false.",
     [("source", "Vance", 1), ("cue", "said", 1), ("source", "Ruiz", 2), ("cue", "said", 2)]),
])
def test_a_denial_holding_both_sides_stays_the_first_side_s_unless_only_the_other_calls_an_account_false(text, marks):
    allegation = ("Amnesty said the ministry tortured detainees.", CLAIM,
                  [("source", "Amnesty", 1), ("cue", "said", 1)])
    profile = marked(allegation, (text, DENIAL, marks))
    assert profile["credits"] == ["amnesty", "vance"]
    assert {s["source"]: s["denies"] for s in profile["sources"]} == {"amnesty": False, "vance": True}


@pytest.mark.parametrize("between", [
    ("The state attorney general, Tom Rell, said he would appeal.", CLAIM,
     {"source": ["The state attorney general, Tom Rell"], "cue": ["said"]}),
    ("The banker, Tom Rell, wept in court.", FACT, {}),
])
def test_she_after_a_titled_judge_acting_on_the_case_is_the_judge(between):
    # before, a judge named as the subject of a ruling that marks no source was the next sentence's topic only:
    # after a sentence between, "she" was no one's
    for judge in ("Judge Ana Okafor blocked the state's new voting law on Friday.",
                  "U.S. District Judge Ana Okafor sentenced the former banker on Monday."):
        profile = profile_of((judge, FACT, {}), between,
                             ("In her ruling, she said the law violated free speech.", CLAIM,
                              {"source": ["she"], "cue": ["said"]}),
                             ("Ms. Okafor said the state had shown no harm.", CLAIM,
                              {"source": ["Ms. Okafor"], "cue": ["said"]}))
        assert profile["credits"][2:] == ["ana okafor", "ana okafor"], judge


def test_he_after_a_judge_who_sentenced_another_man_is_not_read_as_the_judge():
    # the sentence names another man, whom a "he" may mean: the judge is not noted as whom "he" means
    profile = profile_of(("Judge Tom Okafor sentenced Dan Rell to five years in prison on Monday.", FACT, {}),
                         ("Prosecutors said the sentence was fair.", CLAIM, {"source": ["Prosecutors"]}),
                         ("He said he would appeal.", CLAIM, {"source": ["He"], "cue": ["said"]}))
    assert profile["credits"] == [None, "prosecutors", None]


@pytest.mark.parametrize("critics", [
    ("Critics said the plan was rushed.", CLAIM, {"source": ["Critics"], "cue": ["said"]}),
    ("Critics said the plan was rushed.", OPINION, {"source": ["Critics"]}),
])
def test_she_opening_a_claim_the_model_marked_nothing_in_is_no_group_s(critics):
    # before, with no source and no cue marked, "She said" went on with the critics' account (or, after an
    # opinion, with the last source's)
    mayor = ("Mayor Lena Brandt said the plan would cut traffic.", CLAIM,
             {"source": ["Mayor Lena Brandt"], "cue": ["said"]})
    she = ("She said the city had consulted residents for two years.", CLAIM, {})
    assert profile_of(mayor, critics, she)["credits"][2] == "lena brandt"
    # no woman named: no one, never the critics
    mayor = ("Mayor Tom Brandt said the plan would cut traffic.", CLAIM,
             {"source": ["Mayor Tom Brandt"], "cue": ["said"]})
    assert profile_of(mayor, critics, she)["credits"][2] is None


@pytest.mark.parametrize("text, accuser, denier", [
    ("Acme said it had done nothing wrong, after Kessel Research said the company filed false claims with Medicare.",
     "Kessel Research", "Acme"),
    ("The ministry said its troops acted lawfully, while Amnesty said soldiers filed false reports about the raid.",
     "Amnesty", "The ministry"),
    ("Acme said it acted within the law, and prosecutors said the firm made false statements to investors.",
     "prosecutors", "Acme"),
    ("Acme said it did nothing wrong, and prosecutors said the firm filed claims that were false.",
     "prosecutors", "Acme"),
])
def test_an_accuser_naming_false_claims_as_the_wrong_is_no_rebutting_side(text, accuser, denier):
    # the accuser's words name a wrong ("filed false claims"), no account already given called false: the denial
    # stays the denier's, written first (the rule for a side calling an account false credited the accuser)
    marks = [("source", denier, 1), ("cue", "said", 1), ("source", accuser, 1), ("cue", "said", 2)]
    allegation = ("Amnesty said the ministry tortured detainees.", CLAIM,
                  [("source", "Amnesty", 1), ("cue", "said", 1)])
    profile = marked(allegation, (text, DENIAL, marks))
    assert profile["credits"][1] == normalise_source(denier)


@pytest.mark.parametrize("first, specific, the", [
    ("an aide", "A Republican committee aide", "the aide"),
    ("a spokesman", "A Republican party spokesman", "the spokesman"),
])
def test_the_role_after_a_more_specific_one_that_spoke_just_before_is_that_one(first, specific, the):
    profile = profile_of(
        (f"The report will be released next month, {first} said Thursday.", CLAIM,
         {"source": [first], "cue": ["said"]}),
        (f"{specific} blasted the statement.", DENIAL, {"source": [specific], "cue": ["blasted"]}),
        (f'"Their announcement is pure politics," {the} said.', DENIAL, {"source": [the], "cue": ["said"]}))
    joined = normalise_source(specific)
    assert profile["credits"][1:] == [joined, joined]
    assert profile["denials"][1] == {"denial": 2, "source": joined, "allegation": 0}
    assert {s["source"]: s["denies"] for s in profile["sources"]}[normalise_source(first)] is False
    # with someone else credited between, "the aide" stays the bare role, as written
    profile = profile_of(
        (f"The report will be released next month, {first} said Thursday.", CLAIM,
         {"source": [first], "cue": ["said"]}),
        (f"{specific} blasted the statement.", DENIAL, {"source": [specific], "cue": ["blasted"]}),
        ("Senator Ana Ruiz said the panel had done its work.", CLAIM,
         {"source": ["Senator Ana Ruiz"], "cue": ["said"]}),
        (f'"It is all on schedule," {the} said.', CLAIM, {"source": [the], "cue": ["said"]}))
    assert profile["credits"][3] == normalise_source(first)


@pytest.mark.parametrize("they", ["They said the reopening was too early.", '"It is too early," they said.',
                                  "But they also argued that the reopening was too early."])


def test_they_speaking_is_never_the_one_person_whose_account_goes_on(they):
    pell = ("Mayor Oren Pell said the campus would reopen.", CLAIM, {"source": ["Mayor Oren Pell"], "cue": ["said"]})
    assert profile_of(pell, ("Student groups have organised a march.", FACT, {}), (they, CLAIM, {}))["credits"] == [
        "oren pell", None, None]
    assert profile_of(pell, (they, CLAIM, {}))["credits"] == ["oren pell", None]
    # a group's account goes on with its "they"
    groups = ("Student groups said the campus was unsafe.", CLAIM, {"source": ["Student groups"], "cue": ["said"]})
    assert profile_of(groups, (they, CLAIM, {}))["credits"] == ["student groups"] * 2


def test_they_marked_as_the_source_is_never_the_one_person_whose_account_goes_on():
    pell = ("Mayor Oren Pell said the campus would reopen.", CLAIM, {"source": ["Mayor Oren Pell"], "cue": ["said"]})
    disagree = ("But they disagree on when to reopen.", CLAIM, {"source": ["they"]})
    assert profile_of(pell, ("Student groups have organised a march.", FACT, {}), disagree)["credits"] == [
        "oren pell", None, None]
    groups = ("Student groups said the campus was unsafe.", CLAIM, {"source": ["Student groups"], "cue": ["said"]})
    assert profile_of(groups, disagree)["credits"] == ["student groups"] * 2
    # nor is a group named in capitals one person
    republicans = ("House Republicans said the vote was rushed.", CLAIM,
                   {"source": ["House Republicans"], "cue": ["said"]})
    assert profile_of(republicans, disagree)["credits"] == ["house republicans"] * 2


def test_a_fact_whose_marked_source_names_no_one_opens_no_account():
    rule = ("One rule was keeping costs flat, since the deficit has worried voters.", FACT, {"source": ["deficit"]})
    other = ("The other was ensuring that the plan would be fair.", CLAIM, {})
    assert profile_of(rule, other)["credits"] == [None, None]
    # nor does it carry over the account before it
    ruiz = ("Mayor Ana Ruiz said two rules had shaped the plan.", CLAIM,
            {"source": ["Mayor Ana Ruiz"], "cue": ["said"]})
    assert profile_of(ruiz, rule, other)["credits"] == ["ana ruiz", None, None]
    # a line in title case names no one by its capitals
    assert profile_of(("The Harbour Weekly Casts A Fresh Eye Over The Candidates.", FACT, {"source": ["Harbour"]}),
                      ("The debate ran for two hours.", FACT, {}),
                      ("Tom Vask Makes A Joke About The Bank Chief", CLAIM, {}))["credits"] == [None, None, None]
    # a fact naming someone, or a group in lower case, still opens an account
    for fact, source in (("Mayor Ana Ruiz visited the depot on Tuesday.", "Mayor Ana Ruiz"),
                         ("Residents gathered outside the depot.", "Residents")):
        assert profile_of((fact, FACT, {"source": [source]}), other)["credits"][1] == normalise_source(source)


@pytest.mark.parametrize("fact, source", [("The military shelled the border town on Monday.", "military"),
                                          ("The prosecution rested its case on Friday.", "prosecution"),
                                          ("The opposition walked out of parliament.", "opposition")])


def test_a_fact_whose_marked_source_is_a_speaking_collective_in_lower_case_opens_its_account(fact, source):
    # "the military" or "the prosecution" names a side that speaks, no stray noun such as "ink"
    later = ("The strikes hit two weapons depots.", CLAIM, {})
    assert profile_of((fact, FACT, {"source": ["The " + source]}), later)["credits"] == [None, source]


@pytest.mark.parametrize("they", ["They note that the reopening was too early.", "They noted the reopening was early.",
                                  "But they say the reopening was too early.", "They pointed out that it was early.",
                                  '"It is too early," they noted.'])


def test_they_noting_or_saying_in_the_present_is_never_the_one_person_whose_account_goes_on(they):
    pell = ("Mayor Oren Pell said the campus would reopen.", CLAIM, {"source": ["Mayor Oren Pell"], "cue": ["said"]})
    assert profile_of(pell, (they, CLAIM, {}))["credits"] == ["oren pell", None]
    groups = ("Student groups said the campus was unsafe.", CLAIM, {"source": ["Student groups"], "cue": ["said"]})
    assert profile_of(groups, (they, CLAIM, {}))["credits"] == ["student groups"] * 2
    # "they" as the subject of no verb of saying may be what the person's account is about
    assert profile_of(pell, ("They have hired new guards.", CLAIM, {}))["credits"] == ["oren pell"] * 2


@pytest.mark.parametrize("group, key", [("The institute's scientists", "institute's scientists"),
                                        ("Researchers at Varn University", "researchers at varn university"),
                                        ("The two inspectors", "two inspectors")])


@pytest.mark.parametrize("they", ["They found that heat had reached deeper water.",
                                  "They also said the floats failed."])


def test_they_finding_or_saying_after_a_group_by_its_role_acted_naming_no_source_is_that_group(group, key, they):
    solberg = [("Lead author Mira Solberg said the findings were alarming.", CLAIM,
                {"source": ["Lead author Mira Solberg"], "cue": ["said"]}),
               ('"We see it now," she said.', CLAIM, {"source": ["she"], "cue": ["said"]})]
    analysed = (f"{group} analysed data from 4,000 ocean floats.", FACT, {})
    assert profile_of(*solberg, analysed, (they, CLAIM, {"source": ["They"]}))["credits"][2:] == [None, key]
    # a role alone names no one, nor does a sentence between leave them the subject
    assert profile_of(*solberg, ("Scientists analysed data from 4,000 ocean floats.", FACT, {}),
                      (they, CLAIM, {"source": ["They"]}))["credits"][2:] == [None, None]
    assert profile_of(*solberg, analysed, ("The floats drift at depth.", FACT, {}),
                      (they, CLAIM, {"source": ["They"]}))["credits"][2:] == [None, None, None]


def test_he_after_a_document_credited_to_its_owner_in_the_possessive_is_the_owner():
    rows = [("The mayor denied the claims, her spokesman Jon Pell said.", DENIAL,
             {"source": ["her spokesman Jon Pell"], "cue": ["said"]}),
            ("Edvin Rusk's lawsuit seeks his old post back and the pay he missed.", CLAIM,
             {"source": ["Edvin Rusk's lawsuit"], "cue": ["seeks"]}),
            ("He also seeks an order barring the mayor from repeating the claims.", CLAIM,
             {"source": ["He"], "cue": ["seeks"]})]
    assert profile_of(*rows)["credits"][2] == "edvin rusk"
    # a woman's lawsuit: "he" is not hers, and stays the last man's
    rows[1] = ("Wendy Rusk's lawsuit seeks her old post back.", CLAIM,
               {"source": ["Wendy Rusk's lawsuit"], "cue": ["seeks"]})
    assert profile_of(*rows)["credits"][2] == "jon pell"


def test_a_role_subject_speaks_before_a_name_inside_its_own_relative_clause():
    text = "The aide who wrote the speech delivered by Lise Moran says he will not vote for Oren Task."
    profile = profile_of((text, CLAIM, {"source": ["The aide who", "Lise Moran"], "cue": ["says"]}))
    assert profile["credits"] == ["aide"]
    # the role opening no sentence as its subject: the name nearer the cue speaks
    text = "Echoing the aide who wrote the speech, Lise Moran said she will not vote for Oren Task."
    profile = profile_of((text, CLAIM, {"source": ["the aide who", "Lise Moran"], "cue": ["said"]}))
    assert profile["credits"] == ["lise moran"]


@pytest.mark.parametrize("text, marks, cue, credit", [
    ("Lawyers who work at the centre tell a different story.", ["Lawyers", "work at the centre"], "tell", "lawyers"),
    ("Residents whom the council moved say the flats are damp.", ["Residents", "the council"], "say", "residents"),
    # an auxiliary after "who" (before, "worked at the centre" and "dealt with him" spoke)
    ("Lawyers who have worked at the centre say the rules were ignored.", ["Lawyers", "worked at the centre"], "say",
     "lawyers"),
    ("Those who have dealt with him describe a man who is relentless.", ["Those who", "dealt with him"], "describe",
     None),  # as the whole span is: no one named
])
def test_a_span_just_after_who_tells_the_source_before_it_apart_and_does_not_speak(text, marks, cue, credit):
    # before, the span nearer the cue spoke: "work at the centre", "the council"
    profile = profile_of((text, CLAIM, {"source": marks, "cue": [cue]}))
    assert profile["credits"] == [credit]


def test_a_generic_one_arguing_is_no_one_of_a_group_named_before_nor_their_account():
    group = ("Indeed, it is drawn so tightly that many farm economists believe it would be easy to dodge.", OPINION,
             {"source": ["many farm economists"]})
    musing = ("One can also debate a levy dedicated to paying for roads.", CLAIM, {"source": ["One"]})
    assert profile_of(group, musing)["credits"] == [None, None]
    said = ("Farm economists said the levy was easy to dodge.", CLAIM, {"source": ["Farm economists"]})
    assert profile_of(said, musing)["credits"] == ["farm economists", None]
    # "One" of the group speaking is still one of them
    profile = profile_of(said, ("One said the levy would fail.", CLAIM, {"source": ["One"]}))
    assert profile["credits"] == ["farm economists", "farm economists"]


def test_the_accused_of_a_passive_accusation_is_no_source_of_it():
    # before, the headline "Senator accused of ..." was credited to Senator Brun Halloway, whom it accuses, and so was
    # the writer's "Senator Brun Halloway was accused of ..." labelled a claim
    profile = profile_of(
        ("Senator accused of lobbying for family firm", CLAIM, {"source": ["Senator"]}),
        ("Senator Brun Halloway pressed the ministry to award a contract to his brother's company, according to "
         "emails seen by the Kessel Herald.", CLAIM, {"source": ["emails seen by the Kessel Herald"]}),
        ("Halloway denied any wrongdoing.", DENIAL, {"source": ["Halloway"]}), gap="\n\n")
    assert profile["credits"] == [None, "kessel herald", "brun halloway"]
    profile = profile_of(("Senator Brun Halloway was accused of lobbying for his brother's firm.", CLAIM,
                          {"source": ["Senator Brun Halloway"]}),
                         ("He denied any wrongdoing.", DENIAL, {"source": ["He"]}))
    assert profile["credits"] == [None, "brun halloway"]  # the name is still whom "he" means
    assert profile["denials"] == [{"denial": 1, "source": "brun halloway", "allegation": 0}]
    profile = profile_of(("Two aides suspected of leaking the memo were fired, the ministry said.", CLAIM,
                          {"source": ["Two aides", "the ministry"]}))
    assert profile["credits"] == ["ministry"]


@pytest.mark.parametrize("rows, credits", [
    ((("Minister accused of lying says she will sue", CLAIM, {"source": ["Minister"]}),
      ("Minister Ada Roe said on Monday she would sue the Herald.", CLAIM, {"source": ["Minister Ada Roe"]})),
     ["ada roe", "ada roe"]),
    ((("Senator Brun Halloway, accused of lobbying for his brother's firm, said the emails were about delays.",
       CLAIM, {"source": ["Senator Brun Halloway"]}),), ["brun halloway"]),
    ((("The agency charged with oversight found the plant unsafe.", CLAIM, {"source": ["The agency"]}),), ["agency"])])


def test_the_accused_who_goes_on_to_speak_is_still_the_source(rows, credits):
    assert profile_of(*rows, gap="\n\n")["credits"] == credits


@pytest.mark.parametrize("span", ["Police accused", "Police accused of brutality"])
def test_a_passive_accusation_inside_the_accused_s_span_is_no_part_of_the_source_s_name(span):
    # before, the source was "police accused" or "police accused of brutality"
    said = ("Police accused of brutality say they acted lawfully.", CLAIM, {"source": [span], "cue": ["say"]})
    assert profile_of(said)["credits"] == ["police"]
    # with no speech after it, the accused is no source of the accusation
    fired = ("Officers accused of brutality were suspended on Monday.", CLAIM,
             {"source": [span.replace("Police", "Officers").removesuffix(" say")]})
    assert profile_of(fired)["credits"] == [None]
    # one who acts for the accused keeps the words
    lawyer = ("The lawyer for a man accused of fraud said the case was weak.", CLAIM,
              {"source": ["The lawyer for a man accused of fraud"], "cue": ["said"]})
    assert profile_of(lawyer)["credits"] == ["lawyer for a man accused of fraud"]


def test_a_passive_accusation_after_another_s_account_goes_on_with_no_one_s():
    # the accused dropped as its source, the accusation is not the account before it either: no one named makes it
    profile = profile_of(("Vask and his allies pounced on the memos in attacking the audit.", CLAIM,
                          {"source": ["Vask and his allies"]}),
                         ("Besides drafting the memos, Mr. Halder was accused of forwarding a contract to his inbox.",
                          CLAIM, {"source": ["Mr. Halder"]}))
    assert profile["credits"] == ["vask and his allies", None]


def test_he_after_a_fronted_clause_is_the_main_clause_s_subject_not_the_source_the_clause_names():
    # before, "He" went back to Tom Brask, the last speaker, of his sex, over Haim Valen, whose sex is unknown
    donors = [("Tom Brask said the donors were greedy.", CLAIM, {"source": ["Tom Brask"], "cue": ["said"]}),
              ("The largest givers included shipping owner Haim Valen and his wife, Ora.", FACT, {})]
    fronted = "After Brask described the donors as greedy in a speech,"
    urged = ("He urged aides to act fast.", CLAIM, {"source": ["He"], "cue": ["urged"]})
    profile = profile_of(*donors, (f"{fronted} Valen pressed the campaign to hit back.", CLAIM,
                                   {"source": ["Brask", "Valen"], "cue": ["described"]}), urged)
    assert profile["credits"][-1] == "haim valen"
    # with no source as the main clause's subject, or one of the other sex, the last speaker's account goes on
    assert profile_of(*donors, (f"{fronted} the campaign responded.", CLAIM,
                                {"source": ["Brask"], "cue": ["described"]}), urged)["credits"][-1] == "tom brask"
    assert profile_of(*donors, (f"{fronted} Ines Valen pressed the campaign to hit back.", CLAIM,
                                {"source": ["Brask", "Ines Valen"], "cue": ["described"]}), urged)["credits"][-1] == (
        "tom brask")


def test_she_opening_a_second_clause_is_the_subject_opening_the_sentence_not_a_role_named_before():
    # before, "she" went to "the former mayor", the last source, a nameless role, over Ruiz, the sentence's own subject
    rows = [("Ana Ruiz spoke in Harlow on Monday.", FACT, {}),
            ('"I have confidence in the voters," Ruiz said.', CLAIM, {"source": ["Ruiz"], "cue": ["said"]}),
            ("The former mayor has long maintained that she followed the rules.", DENIAL,
             {"source": ["The former mayor"], "cue": ["maintained"]})]
    clause = "did not cooperate with the audit, but she has said she will talk to the police."
    assert profile_of(*rows, (f"Ruiz {clause}", CLAIM, {"source": ["she"], "cue": ["said"]}))["credits"] == [
        None, "ana ruiz", "former mayor", "ana ruiz"]
    # a subject of the other sex, or another person named in the first clause, leaves the pronoun to the rules before
    other_sex = (f"Mr. Tom Vask {clause}", CLAIM, {"source": ["she"], "cue": ["said"]})
    assert profile_of(*rows, other_sex)["credits"][-1] == "former mayor"
    assert profile_of(*rows, ("Ruiz met Ines Pell at the audit, but she has said she will talk to the police.", CLAIM,
                              {"source": ["she"], "cue": ["said"]}))["credits"][-1] == "former mayor"


@pytest.mark.parametrize("conjunction", ["when", "as", "after", "because"])
def test_she_in_a_clause_of_time_or_reason_is_the_subject_opening_the_sentence(conjunction):
    # before, "she" went to the adviser who spoke last, not to Holt, the sentence's own subject
    rows = [("Governor Kim Holt backed the bill in May.", FACT, {}),
            ("Ana Ruiz, a policy adviser, noted that the unions wanted more.", CLAIM,
             {"source": ["Ana Ruiz, a policy adviser"], "cue": ["noted"]}),
            ('"Can we do more?" she asked.', CLAIM, {"source": ["she"], "cue": ["asked"]})]
    text = f'Holt won loud applause {conjunction} she spoke to nurses, telling them "you have my support."'
    marks = {"source": ["she"], "cue": ["spoke", "telling"]}
    assert profile_of(*rows, (text, CLAIM, marks))["credits"] == [None, "ana ruiz", "ana ruiz", "kim holt"]
    # another person named in the first clause leaves the pronoun to the rules before
    text = f'Holt met Ines Pell {conjunction} she spoke to nurses, telling them "you have my support."'
    assert profile_of(*rows, (text, CLAIM, marks))["credits"][-1] == "ana ruiz"
    # and so does a person written by a role's noun: "the aide" may be "she" as well as Holt
    text = f'Holt thanked the aide {conjunction} she spoke to nurses, telling them "you have my support."'
    assert profile_of(*rows, (text, CLAIM, marks))["credits"][-1] != "kim holt"


@pytest.mark.parametrize("sentence, credit, cue, subject", [
    ("The authors, to their credit, said as much.", "their credit", "said", "authors"),
    ("The ministry, to its own credit, denied nothing.", "its own credit", "denied", "ministry"),
    ("The board, to his credit, said the plan had failed.", "to his credit", "said", "board"),
])
def test_to_their_credit_is_an_aside_naming_no_source(sentence, credit, cue, subject):
    profile = profile_of(
        ("Health officials said the outbreak was growing.", CLAIM,
         {"source": ["Health officials"], "cue": ["said"]}),
        (sentence, DENIAL, {"source": [sentence.split(",")[0], credit], "cue": [cue]}),
    )
    assert profile["credits"] == ["health officials", subject]
    assert "credit" not in {source["source"] for source in profile["sources"]}
    # a credit that is no aside stays a source: "Their credit union said ..."
    assert profile_of(("Their credit union said the loan was safe.", CLAIM,
                       {"source": ["Their credit union"], "cue": ["said"]}))["credits"] == ["credit union"]


@pytest.mark.parametrize("opening, closing", [('"', '"'), ("''", "''")])
def test_a_quotation_in_doubled_apostrophes_is_credited_as_one_in_double_marks(opening, closing):
    quotation = f"{opening}She will crush you to get what she wants."
    profile = profile_of(
        ("Ana Ruiz spoke at the rally in Harlow.", FACT, {}),
        (quotation, CLAIM, {}),
        (f"That's who she is,{closing} Ms. Ruiz said.", CLAIM, {"source": ["Ms. Ruiz"], "cue": ["said"]}),
    )
    assert profile["credits"] == [None, "ana ruiz", "ana ruiz"]


def _filing_rows(fact):
    return (
        (fact, FACT, {}),
        ("The complaint says Pellam hid losses from investors.", CLAIM,
         {"source": ["The complaint"], "cue": ["says"]}),
        ("Pellam denied the allegations.", DENIAL, {"source": ["Pellam"], "cue": ["denied"]}),
    )


@pytest.mark.parametrize("fact, filer", [
    ("The Securities Board sued Pellam Capital on Monday.", "securities board"),
    ("On Monday, the Securities Board filed a civil complaint against Pellam Capital.", "securities board"),
    ("Pellam Capital was sued by the Securities Board on Monday.", "securities board"),
    ("Attorney General Ana Ruiz sued Pellam Capital on Monday.", "ana ruiz"),
])
def test_a_filing_speaks_for_the_one_named_as_filing_it(fact, filer):
    profile = profile_of(*_filing_rows(fact))
    # "Pellam" is the firm the fact named, "Pellam Capital" (before, a source "pellam" apart)
    assert profile["credits"] == [None, filer, "pellam capital"]
    assert "complaint" not in {source["source"] for source in profile["sources"]}
    assert [(pair["denial"], pair["source"]) for pair in profile["denials"]] == [(2, "pellam capital")]
    # the writer's report of the suit stays the allegation the denial answers
    assert profile_of(*_filing_rows(fact))["denials"][0]["allegation"] == (1 if "complaint" in fact else 0)


@pytest.mark.parametrize("fact, filer", [
    ("The Securities Board filed a civil complaint in the High Court on Monday.", "securities board"),
    ("Ana Ruiz filed a complaint with the regulator.", "ana ruiz"),
    ("Ana Ruiz's lawyers filed a complaint in the High Court on Monday.", "ana ruiz"),
    ("Ruiz's lawyers filed a complaint in the High Court on Monday.", "ana ruiz"),
])
def test_a_filing_speaks_for_its_filer_written_without_against_or_through_lawyers(fact, filer):
    # before, a suit or complaint filed "in" a court or "with" a body, or by the filer's lawyers, was its own source
    rows = (("Ana Ruiz said Pellam Capital owed her money.", CLAIM, {"source": ["Ana Ruiz"], "cue": ["said"]}),
            *_filing_rows(fact))
    assert profile_of(*rows)["credits"][2] == filer


@pytest.mark.parametrize("fact", [
    "Pellam Capital was sued on Monday.",  # no filer named
    "Two families sued Pellam Capital on Monday.",  # no name
    "The Securities Board and Orvane Bank sued Pellam Capital on Monday.",  # two filers
    "Tom Vell and Ana Ruiz sued Pellam Capital on Monday.",
    "Tenants filed a complaint in the High Court on Monday.",  # a group, no name
    "The Securities Board sued Pellam Capital. Orvane Bank also sued Pellam Capital.",  # one filer each
])
def test_a_filing_stays_its_own_source_when_its_filer_is_unnamed_or_unclear(fact):
    rows = list(_filing_rows(fact))
    rows[:1] = [(part if part.endswith(".") else part + ".", FACT, {}) for part in fact.split(". ")]
    profile = profile_of(*rows)
    # "Pellam" is the firm the fact named, "Pellam Capital", where one was named (before, a source "pellam" apart)
    assert profile["credits"][-2:] == ["complaint", "pellam capital" if "Pellam Capital" in fact else "pellam"]


def test_an_indictment_speaks_for_the_one_named_as_indicting():
    profile = profile_of(
        ("The Justice Department indicted Tom Vell on Friday.", FACT, {}),
        ("The indictment says Vell hid bribes in a shell company.", CLAIM,
         {"source": ["The indictment"], "cue": ["says"]}),
    )
    assert profile["credits"] == [None, "justice department"]


@pytest.mark.parametrize("motion", [
    "In a filing on Tuesday, the company's lawyers asked the court to dismiss the case.",
    "On Tuesday, Pellam's lawyers filed a motion to dismiss the case."])


@pytest.mark.parametrize("denial, source, cue", [("The filing says the fund kept every rule.", "The filing", "says"),
                                                 ("According to the filing, the fund kept every rule.", "the filing",
                                                  "According to")])


def test_the_filing_after_another_side_s_new_filing_is_not_the_filer_s_complaint(motion, denial, source, cue):
    # before, "the filing" was the Securities Board's complaint after the firm's own motion: the accuser was made the
    # source of the firm's denial, and a denier
    rows = (*_filing_rows("The Securities Board sued Pellam Capital on Monday.")[:2], (motion, FACT, {}),
            (denial, DENIAL, {"source": [source], "cue": [cue]}))
    profile = profile_of(*rows)
    assert profile["credits"] == [None, "securities board", None, "filing"]
    assert [source["source"] for source in profile["sources"] if source["denies"]] == ["filing"]
    # a new filing that names the suit's filer is the filer's own: "the filing" is still the board's
    own = "In a filing on Tuesday, the board asked the court to freeze the fund's assets."
    assert profile_of(*rows[:2], (own, FACT, {}), rows[3])["credits"][-1] == "securities board"
    # a legislature's motion is no filing in the case: "the filing" is still the board's
    voted = "Lawmakers in Kessel passed a motion on the case on Tuesday."
    assert profile_of(*rows[:2], (voted, FACT, {}), rows[3])["credits"][-1] == "securities board"


def _issued_rows(fact, document="statement"):
    return (
        (fact, FACT, {}),
        (f"The {document} said the centres were registered community associations.", DENIAL,
         {"source": [f"The {document}"], "cue": ["said"]}),
    )


@pytest.mark.parametrize("fact, issuer", [
    ("The Velmaran embassy in Lisk issued a statement on Saturday.", "velmaran embassy in lisk"),
    ("The Varnesian foreign ministry has released a statement.", "varnesian foreign ministry"),
    ("Tom Vell sent a statement to reporters.", "tom vell"),
    # its own, "its" or "their" before the document
    ("The Kestoria Audit Office published its statement on Thursday.", "kestoria audit office"),
    ("The Varnesian foreign ministry has released their statement.", "varnesian foreign ministry"),
    # its letters in brackets after its name
    ("The Care Quality Commission (CQC) published its statement on Thursday.", "care quality commission"),
])
def test_the_statement_speaks_for_the_one_named_as_issuing_it(fact, issuer):
    # before, "the statement" was a source of its own, shown as the denier
    profile = profile_of(*_issued_rows(fact))
    assert profile["credits"] == [None, issuer]
    assert [source["source"] for source in profile["sources"]] == [issuer]
    assert profile_of(*_issued_rows(fact.replace(" statement", " letter"), "letter"))["credits"] == [None, issuer]


@pytest.mark.parametrize("fact", [
    "A statement was posted on the embassy's website.",  # no issuer named
    "The embassy issued a statement. The Lisk police also issued a statement.",  # one issuer each
    "The embassy issued a statement. A second statement was posted online.",
    "The embassy issued a letter.",  # another document
    "The court released a statement by Rights Watch.",  # another's statement
    "The ministry published a statement from the rebels.",
    "Tom Vell criticised its statement.",  # "its" of no issuing
])
def test_the_statement_stays_its_own_source_when_its_issuer_is_unnamed_or_unclear(fact):
    rows = list(_issued_rows(fact))
    rows[:1] = [(part if part.endswith(".") else part + ".", FACT, {}) for part in fact.split(". ")]
    assert profile_of(*rows)["credits"][-1] == "statement"


@pytest.mark.parametrize("fact, issuer", [
    ("A letter signed by 40 teachers was sent to the board.", "40 teachers"),
    ("The board received a letter signed by Mayor Ines Varga on Monday.", "ines varga"),
    ("A statement written by the club's captains was read out before the match.", "club's captains"),
    ("A letter sent by the Orrin Tenants Union to the council was made public.", "orrin tenants union"),
])
def test_the_letter_speaks_for_those_written_as_signing_or_sending_it(fact, issuer):
    # before, "the letter" was a source of its own, or the subject that received it, though the sentence named its
    # makers after the document
    document = "letter" if "letter" in fact else "statement"
    profile = profile_of(*_issued_rows(fact, document))
    assert profile["credits"] == [None, issuer]
    # a document with no maker after it is its own source, as before
    assert profile_of(*_issued_rows(f"A {document} was sent to the board.", document))["credits"] == [None, document]


def _its_spokesman_rows(*before):
    return (*before, ("Its spokesman insisted the centres merely helped pensioners.", DENIAL,
                      {"source": ["Its spokesman"], "cue": ["insisted"]}))


def test_its_spokesman_speaks_for_the_body_the_sentence_before_credited():
    # before, "Its spokesman" was a bare "spokesperson", a source of no one's
    profile = profile_of(*_its_spokesman_rows(
        ("Velmara rejected the report.", DENIAL, {"source": ["Velmara"], "cue": ["rejected"]})))
    assert profile["credits"] == ["velmara", "velmara spokesperson"]
    profile = profile_of(*_its_spokesman_rows(
        ("The Lisk ministry rejected the report.", DENIAL, {"source": ["The Lisk ministry"], "cue": ["rejected"]})))
    assert profile["credits"] == ["lisk ministry", "lisk ministry spokesperson"]


@pytest.mark.parametrize("role", ["Its chief executive", "its board", "Its lawyers", "Its former chairman"])
def test_a_role_or_part_owned_by_its_speaks_for_the_body_named_just_before_as_its_spokesman_does(role):
    # before, "Its chief executive" or "its board" was a bare "chief executive" or "board", a source of no one's
    owned = role.replace("Its", "Orsk Mining's").replace("its", "Orsk Mining's")
    denied = (f"In a statement, {role} denied it.", DENIAL, {"source": [role], "cue": ["denied"]})
    written = (f"In a statement, {owned} denied it.", DENIAL, {"source": [owned], "cue": ["denied"]})
    for before in (("Orsk Mining was accused of dumping waste.", FACT, {}),
                   ("Orsk Mining said the river was clean.", CLAIM, {"source": ["Orsk Mining"], "cue": ["said"]})):
        profile = profile_of(before, denied)
        assert profile["credits"][1] == profile_of(before, written)["credits"][1]
        assert profile["credits"][1].startswith("orsk mining")
    assert owned in [source["display"] for source in profile["sources"]]
    # "its" with a word of what befell people, no part of the body, stays as marked
    victims = ("Its victims said the water was foul.", CLAIM, {"source": ["Its victims"], "cue": ["said"]})
    assert profile_of(before, victims)["credits"][1] == "victims"


def test_a_spokesman_of_no_one_speaks_for_the_body_the_sentence_before_credited():
    # before, "A spokesman" after "The Lisk agency denied ..." was a bare "spokesperson", a source of no one's
    rows = (("The Lisk agency denied that cuts had weakened its checks.", DENIAL,
             {"source": ["The Lisk agency"], "cue": ["denied"]}),
            ("A spokeswoman said visits were ranked by risk.", DENIAL, {"source": ["A spokeswoman"], "cue": ["said"]}))
    profile = profile_of(*rows)
    assert profile["credits"] == ["lisk agency", "lisk agency spokesperson"]
    assert [source["display"] for source in profile["sources"]] == ["Lisk agency", "Lisk agency spokesperson"]
    # after a person, still no one's
    profile = profile_of(("Ana Ruiz denied the report.", DENIAL, {"source": ["Ana Ruiz"], "cue": ["denied"]}),
                         rows[1])
    assert profile["credits"] == ["ana ruiz", "spokesperson"]


def test_a_spokesman_of_no_one_naming_a_person_with_a_role_in_his_own_sentence_still_speaks_for_the_body():
    # before, "its author, Carl Wend," written in the spokeswoman's own sentence counted as a person named in the
    # sentence before: she was a bare "spokesperson", a source of no one's
    rows = (("The Lisk ministry denied that the review had been compromised.", DENIAL,
             {"source": ["The Lisk ministry"], "cue": ["denied"]}),
            ("A spokeswoman said its author, Carl Wend, had been chosen for his experience.", DENIAL,
             {"source": ["A spokeswoman"], "cue": ["said"]}))
    assert profile_of(*rows)["credits"] == ["lisk ministry", "lisk ministry spokesperson"]
    # named in the sentence before too: whose she is stays unclear
    named = ("The Lisk ministry and its adviser Carl Wend denied it.", DENIAL,
             {"source": ["The Lisk ministry"], "cue": ["denied"]})
    assert profile_of(named, rows[1])["credits"][-1] == "spokesperson"


@pytest.mark.parametrize("body, noun", [("Lisk Port Authority", "authority"), ("Lisk Rail Board", "board")])
def test_the_body_s_noun_after_only_its_spokesperson_spoke_is_that_body_not_a_source_apart(body, noun):
    # before, "The authority" after "A spokeswoman for the Lisk Port Authority" was a source "authority" of its own
    rows = ((f"A spokeswoman for the {body} said the cranes were safe.", DENIAL,
             {"source": [f"A spokeswoman for the {body}"], "cue": ["said"]}),
            (f"The {noun} said it had checked every crane.", DENIAL, {"source": [f"The {noun}"], "cue": ["said"]}))
    profile = profile_of(*rows)
    key = body.lower()
    assert profile["credits"] == [f"{key} spokesperson", key]
    assert [source["display"] for source in profile["sources"]] == [body, f"{body} spokesperson"]
    # two such bodies: neither
    other = (f"A spokesman for the Orsk Water {body.split()[-1]} said it was not.", CLAIM,
             {"source": [f"A spokesman for the Orsk Water {body.split()[-1]}"], "cue": ["said"]})
    assert profile_of(rows[0], other, rows[1])["credits"][-1] == noun


def test_its_spokesman_after_a_person_or_two_sources_stays_a_bare_spokesperson():
    profile = profile_of(*_its_spokesman_rows(
        ("Ana Ruiz rejected the report.", DENIAL, {"source": ["Ana Ruiz"], "cue": ["rejected"]})))
    assert profile["credits"][-1] == "spokesperson"
    profile = profile_of(*_its_spokesman_rows(
        ("Velmara and Orvane rejected the report.", DENIAL, {"source": ["Velmara", "Orvane"], "cue": ["rejected"]})))
    assert profile["credits"][-1] == "spokesperson"


_HIGHWAYS = ("The county highways department said it had repaired the road twice.", CLAIM,
             {"source": ["The county highways department"], "cue": ["said"]})
_RURAL = ("The Department for Rural Affairs has denied the claims.", DENIAL,
          {"source": ["The Department for Rural Affairs"], "cue": ["denied"]})
_FARMERS = ("Farmers accused ministers of ignoring flood warnings.", CLAIM, {"source": ["Farmers"], "cue": ["accused"]})
_DEPARTMENT_SPOKESMAN = ("A department spokesman said warnings had been sent to every farm.", DENIAL,
                         {"source": ["A department spokesman"], "cue": ["said"]})


def test_a_department_spokesman_speaks_for_the_department_credited_just_before_of_two():
    # before, with "the county highways department" credited earlier, "A department spokesman" was a bare
    # "department spokesperson", though the sentence just before credited the Department for Rural Affairs
    credits = profile_of(_HIGHWAYS, _FARMERS, _RURAL, _DEPARTMENT_SPOKESMAN)["credits"]
    assert credits[-1] == "department for rural affairs spokesperson"
    credits = profile_of(_RURAL, _FARMERS, _HIGHWAYS, _DEPARTMENT_SPOKESMAN)["credits"]
    assert credits[-1] == "county highways department spokesperson"
    # two departments credited, the one just before no department: neither's
    credits = profile_of(_HIGHWAYS, _RURAL, _FARMERS, _DEPARTMENT_SPOKESMAN)["credits"]
    assert credits[-1] == "department spokesperson"


@pytest.mark.parametrize("body", ["Orsk Mining", "KestAir Navigation"])
def test_a_spokesman_of_no_one_after_a_body_that_acted_speaks_for_it(body):
    # before, "A spokesman" after "KestAir Navigation has hit back." (no source credited) was a bare "spokesperson",
    # and "Navigation" was read as a surname, so not even a credited "KestAir Navigation denied it" lent its name
    acted = (f"{body} has hit back.", FACT, {})
    spoke = ("A spokesman told us the report was wrong.", DENIAL, {"source": ["A spokesman"], "cue": ["told"]})
    key = f"{body.lower()} spokesperson"
    assert profile_of(acted, spoke)["credits"] == [None, key]
    denied = (f"{body} denied the report.", DENIAL, {"source": [body], "cue": ["denied"]})
    assert profile_of(denied, spoke)["credits"] == [body.lower(), key]
    # a person who acted has no spokesman so read, nor a body after another sentence
    assert profile_of(("Tom Vask has hit back.", FACT, {}), spoke)["credits"] == [None, "spokesperson"]
    assert profile_of(acted, ("Ships were held.", FACT, {}), spoke)["credits"] == [None, None, "spokesperson"]


@pytest.mark.parametrize("end", ["Association", "Co-operative", "Guild", "Syndicate", "Society", "Council"])
def test_the_noun_that_ends_the_name_of_a_body_that_acted_uncredited_is_that_body(end):
    # before, "The association said" after "The Greenvale Growers Association welcomed ..." (no source credited) was a
    # bare "association", though "the union" and "the utility" joined such a body; a guild's or a co-operative's name
    # was read as a person's, and was noted as no body at all
    acted = (f"The Greenvale Growers {end} today welcomed the decision.", FACT, {})
    noun = end.lower()
    said = (f"The {noun} said prices would fall.", CLAIM, {"source": [f"The {noun}"], "cue": ["said"]})
    assert profile_of(acted, said)["credits"] == [None, f"greenvale growers {noun}"]
    # another name written between, or another body that acted after it: neither; but "the council" is the one
    # council the copy named, whatever is written between, as "the trust" and "the association" are (see NAMED_KINDS)
    other = ("Orsk Mining cut jobs.", FACT, {})
    meant = f"greenvale growers {noun}" if noun in ("council", "association") else noun
    assert profile_of(acted, other, said)["credits"] == [None, None, meant]
    assert profile_of(acted, ("Prices rose at Varden Foods stores.", FACT, {}), said)["credits"] == [None, None, meant]


@pytest.mark.parametrize("named, noun", [
    ("Footage obtained by the animal welfare group Open Barns, which says it filmed inside the farm, shows hens in "
     "cramped cages.", "group"),
    ("Tenants were rehoused by the housing charity Roofline Trust last winter.", "charity"),
])
def test_the_noun_after_a_civic_body_named_after_its_kind_in_a_sentence_of_no_source_is_that_body(named, noun):
    # before, "The group alleges" after "... the animal welfare group Open Barns ..." (no source credited) was a bare
    # "group": only a business's kind written before its name ("the manufacturer Stahlwerk") noted the name
    said = (f"The {noun} alleges the birds were left without water.", CLAIM,
            {"source": [f"The {noun}"], "cue": ["alleges"]})
    body = "open barns" if noun == "group" else "roofline trust"
    assert profile_of((named, FACT, {}), said)["credits"] == [None, body]
    # two such bodies named: neither
    two = ("The campaign group Fair Fields and the rights group Open Barns filmed inside the farm.", FACT, {})
    assert profile_of(two, said)["credits"] == [None, noun]


@pytest.mark.parametrize("body, acted", [
    ("Marland's Foreign Office", "has not yet responded."),
    ("The Velmari Foreign Ministry", "did not respond to a request for comment."),
    ("The Ministry of Defence", "declined to comment."),
    ("Northfall Energy", "did not respond to a request for comment."),
])
def test_a_spokesman_of_no_one_after_a_state_body_or_one_kept_silent_speaks_for_it(body, acted):
    # before, "A spokesman" after a ministry's or an office's sentence, or after any body's "did not respond" or
    # "declined to comment", was a bare "spokesperson": only a company's or a civic group's name was a body's
    spoke = ("A spokesman said the office was aware of the reports.", DENIAL,
             {"source": ["A spokesman"], "cue": ["said"]})
    name = body.removeprefix("The ").lower()
    assert profile_of((f"{body} {acted}", FACT, {}), spoke)["credits"] == [None, f"{name} spokesperson"]
    # a person kept silent has no spokesman so read
    assert profile_of(("Tom Vask declined to comment.", FACT, {}), spoke)["credits"] == [None, "spokesperson"]


def test_a_spokeswoman_of_no_one_after_her_own_clause_on_the_company_speaks_for_the_company():
    # before, "The company plans ..., a spokeswoman said." was a bare "spokesperson", whoever "the company" was
    halvex = ("Its developer Halvex Therapeutics said the drug worked.", CLAIM,
              {"source": ["Its developer Halvex Therapeutics"], "cue": ["said"]})
    plans = ("The company plans to file for approval in May, a spokeswoman said.", CLAIM,
             {"source": ["a spokeswoman"], "cue": ["said"]})
    between = ("Halvex shares rose 12 percent.", FACT, {})
    assert profile_of(halvex, between, plans)["credits"][-1] == "halvex therapeutics spokesperson"
    # with no company in view, or a clause of no body, she stays nameless
    bell = ("Dr. Ana Bell said the trial was small.", CLAIM, {"source": ["Dr. Ana Bell"], "cue": ["said"]})
    assert profile_of(bell, plans)["credits"][-1] == "spokesperson"
    rose = ("The shares rose in May, a spokeswoman said.", CLAIM, {"source": ["a spokeswoman"], "cue": ["said"]})
    assert profile_of(halvex, between, rose)["credits"][-1] == "spokesperson"
    # nor after a clause on two bodies: either may be hers (before, the company that spoke just before)
    both = ("The company and the union agreed a deal, a spokeswoman said.", CLAIM,
            {"source": ["a spokeswoman"], "cue": ["said"]})
    assert profile_of(halvex, both)["credits"][-1] == "spokesperson"


@pytest.mark.parametrize("full", ["Northline Rail Freight", "Northline Rail Freight Ltd", "Orvane Pharma Inc."])
def test_a_firm_named_in_full_after_its_first_word_spoke_is_that_source_shown_in_full(full):
    # before, "Northline said ... Northline Rail Freight said" were two sources, and "Orvane said ... Orvane Pharma
    # Inc. said" one shown as "Orvane", the short form
    short = full.split()[0]
    profile = profile_of(
        (f"{short} said it would cut 200 jobs.", CLAIM, {"source": [short], "cue": ["said"]}),
        (f"{full} said the cuts were needed.", CLAIM, {"source": [full], "cue": ["said"]}))
    assert profile["credits"] == [short.lower()] * 2
    assert [source["display"] for source in profile["sources"]] == [full]
    # a person's surname first stays apart from a firm named after it
    profile = profile_of(
        ("Tom Vask said it would cut 200 jobs.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]}),
        ("Vask Motors said the cuts were needed.", CLAIM, {"source": ["Vask Motors"], "cue": ["said"]}))
    assert profile["credits"] == ["tom vask", "vask motors"]


@pytest.mark.parametrize("fact", ["Northline Rail Freight will cut 200 jobs.", "Northline Rail Freight was fined."])
def test_a_firm_s_first_word_after_the_firm_was_a_subject_is_the_firm_shown_in_full(fact):
    # before, "Northline said" after "Northline Rail Freight will cut 200 jobs." (no source) was an entry "Northline"
    profile = profile_of((fact, FACT, {}),
                         ("Northline said the cuts were needed.", CLAIM, {"source": ["Northline"], "cue": ["said"]}))
    assert profile["credits"] == [None, "northline rail freight"]
    assert [source["display"] for source in profile["sources"]] == ["Northline Rail Freight"]
    # a name that says no firm's trade ("Northline Harbour") is not read so
    profile = profile_of(("Northline Harbour will cut 200 jobs.", FACT, {}),
                         ("Northline said the cuts were needed.", CLAIM, {"source": ["Northline"], "cue": ["said"]}))
    assert profile["credits"] == [None, "northline"]


@pytest.mark.parametrize("fact", ["Workers at Northline Rail Freight walked out.",
                                  "Workers walked out at the Northline Rail Freight depot."])


def test_a_firm_s_first_word_after_the_firm_was_named_anywhere_is_the_firm(fact):
    # before, only a firm that was a sentence's subject was noted, so "Northline said" was an entry "Northline"
    said = ("Northline said the strike was unlawful.", DENIAL, {"source": ["Northline"], "cue": ["said"]})
    assert profile_of((fact, FACT, {}), said)["credits"] == [None, "northline rail freight"]
    # two firms its first word starts: neither
    two = ("Workers at Northline Rail Freight and Northline Software walked out.", FACT, {})
    assert profile_of(two, said)["credits"] == [None, "northline"]


@pytest.mark.parametrize("document", ["Its report", "Its 600-page report", "Its latest annual report"])
def test_its_document_is_the_body_the_sentence_before_credited(document):
    # before, "Its report" opening a sentence was a source "report" apart from the inquiry whose report it is
    found = ("The inquiry found that 212 children had been abused.", CLAIM,
             {"source": ["The inquiry"], "cue": ["found"]})
    said = (f"{document} said officials had moved accused priests.", CLAIM, {"source": [document], "cue": ["said"]})
    assert profile_of(found, said)["credits"] == ["inquiry", "inquiry"]
    # after a person, or two sources, whose it is is unclear: the document alone
    ruiz = ("Ana Ruiz said 212 children had been abused.", CLAIM, {"source": ["Ana Ruiz"], "cue": ["said"]})
    alone = normalise_source(document)
    assert profile_of(ruiz, said)["credits"][-1] == alone
    two = ("The inquiry and the police found that children had been abused.", CLAIM,
           {"source": ["The inquiry", "the police"], "cue": ["found"]})
    assert profile_of(two, said)["credits"][-1] == alone


@pytest.mark.parametrize("fact", ["Shares in Kessel Homes, the largest housebuilder, fell 6%.",
                                  "Shares of Kessel Homes fell 6% on Tuesday."])


def test_a_company_whose_shares_open_a_sentence_is_the_company_later(fact):
    # before, a company named only by its shares was none: "The company" after it was a source of its own
    said = ("The company said it expected demand to weaken.", CLAIM, {"source": ["The company"], "cue": ["said"]})
    assert profile_of((fact, FACT, {}), said)["credits"] == [None, "kessel homes"]
    short = ("Kessel said demand would weaken.", CLAIM, {"source": ["Kessel"], "cue": ["said"]})
    assert profile_of((fact, FACT, {}), short)["credits"] == [None, "kessel homes"]
    # shares of a company written later in a sentence: the one business the copy named, which "the company" means
    later = ("Investors sold shares in Kessel Homes on Tuesday.", FACT, {})
    assert profile_of(later, said)["credits"] == [None, "kessel homes"]


@pytest.mark.parametrize("market", ["Shares in Tokyo fell sharply on Monday.", "Shares in Asia slid."])
def test_shares_in_a_market_s_place_name_no_company_that_the_company_could_mean(market):
    # a markets wrap's "Shares in Tokyo" is a market, not a second company beside the one credited before
    velta = ("Velta Motors said sales rose.", CLAIM, {"source": ["Velta Motors"], "cue": ["said"]})
    said = ("The company said demand was weak.", CLAIM, {"source": ["The company"], "cue": ["said"]})
    assert profile_of(velta, (market, FACT, {}), said)["credits"] == ["velta motors", None, "velta motors"]


@pytest.mark.parametrize("claim, firm", [
    ("Orsk Mining will close its last mine, the company said on Monday.", "orsk mining"),
    ("Halvard Energy asked for a rate rise, the utility said.", "halvard energy"),
    # a place's name where its own plant is, no other firm (before, "Varne" kept "the company" apart)
    ("Orsk Petroleum will close its Varne refinery, the company said.", "orsk petroleum"),
])
def test_a_description_closing_a_sentence_means_the_firm_it_opens_with(claim, firm):
    # before, "the company" of "Orsk Mining will close ..., the company said" was a source "company" of its own,
    # apart from "Orsk" later
    noun = claim.rsplit(", the ", 1)[1].split()[0]
    profile = profile_of((claim, CLAIM, {"source": [f"the {noun}"], "cue": ["said"]}),
                         (f"{firm.split()[0].title()} rejected the union's figures.", DENIAL,
                          {"source": [firm.split()[0].title()], "cue": ["rejected"]}))
    assert profile["credits"] == [firm, firm]
    # another firm named after it: neither
    other = claim.replace(", the", ", after Velna Foods objected, the")
    assert profile_of((other, CLAIM, {"source": [f"the {noun}"], "cue": ["said"]}))["credits"] == [noun]


def _bank_rows(fact):
    return ((fact, CLAIM, {"source": ["The board"], "cue": ["accused"]}),
            ("The bank said the accounts were sound.", DENIAL, {"source": ["The bank"], "cue": ["said"]}))


def test_the_bank_is_the_one_bank_named_before_as_a_source_or_not():
    # before, "The bank" was a source of its own, apart from the bank the board accused
    profile = profile_of(*_bank_rows("The board accused Dravik Bank of hiding losses."))
    assert profile["credits"] == ["board", "dravik bank"]
    assert [pair["source"] for pair in profile["denials"]] == ["dravik bank"]


def test_the_bank_after_a_chamber_of_commerce_credited_is_the_one_bank_named_not_the_chamber():
    # before, a chamber's name said no trade, so "The bank" joined the Velmar Chamber of Commerce credited just before
    rows = (("The Velmar Reserve Bank raised its main rate on Thursday.", FACT, {}),
            ("Governor Anika Strand said inflation remained stubborn.", CLAIM,
             {"source": ["Governor Anika Strand"], "cue": ["said"]}),
            ("Insolvencies rose 28 percent, the Velmar Chamber of Commerce said.", CLAIM,
             {"source": ["the Velmar Chamber of Commerce"], "cue": ["said"]}),
            ("The bank said inflation was falling.", CLAIM, {"source": ["The bank"], "cue": ["said"]}))
    assert profile_of(*rows)["credits"] == [None, "anika strand", "velmar chamber of commerce", "velmar reserve bank"]


def test_the_bank_and_the_central_bank_are_the_one_central_bank_named_in_lower_case():
    # before, "the Velmar central bank" was no bank named: "The bank" and "The central bank" were two sources
    rows = (("The Velmar central bank raised its main rate on Wednesday.", FACT, {}),
            ("The bank said inflation was persistent.", CLAIM, {"source": ["The bank"], "cue": ["said"]}),
            ("Economists at Dravik Bank expected another rise.", FACT, {}),
            ("The central bank rejected the criticism.", DENIAL, {"source": ["The central bank"], "cue": ["rejected"]}))
    assert profile_of(*rows)["credits"] == [None, "velmar central bank", None, "velmar central bank"]
    # another bank named before: "The bank" is neither
    assert profile_of(rows[2], *rows[:2])["credits"][-1] == "bank"


def test_a_former_central_bank_governor_names_no_bank():
    # before, "Former central bank" was a bank named, so "The bank" after it was no longer the one bank, Dravik Bank
    rows = (("Dravik Bank raised its main rate on Tuesday.", FACT, {}),
            ("Former central bank governor Tom Vask said the move was a mistake.", CLAIM,
             {"source": ["Former central bank governor Tom Vask"], "cue": ["said"]}),
            ("The bank said it stood by the decision.", DENIAL, {"source": ["The bank"], "cue": ["said"]}))
    assert profile_of(*rows)["credits"][-1] == "dravik bank"


@pytest.mark.parametrize("fact, hospital", [
    ("A family accused St. Aubyn's Hospital in Brentwick of negligence.", "st. aubyn's hospital"),
    ("The patient was flown to Arven General Hospital Center.", "arven general hospital center"),
])
def test_the_hospital_is_the_one_hospital_named_before_as_a_source_or_not(fact, hospital):
    # before, "The hospital" was a source of its own, apart from the hospital the copy had named
    profile = profile_of((fact, FACT, {}),
                         ("The hospital said the patient had been seen at once.", DENIAL,
                          {"source": ["The hospital"], "cue": ["said"]}))
    assert profile["credits"] == [None, hospital]


@pytest.mark.parametrize("fact, noun, body", [
    ("Students accused Norbridge University of hiding the report.", "university", "norbridge university"),
    ("Students accused the University of Orsk of hiding the report.", "university", "university of orsk"),
    ("Students accused Harlow Community College of hiding the report.", "college", "harlow community college"),
])
def test_the_university_is_the_one_university_named_before_as_a_source_or_not(fact, noun, body):
    # before, "The university" was a source of its own, apart from the university the copy had named
    profile = profile_of((fact, FACT, {}), (f"The {noun} said the report was public.", DENIAL,
                                            {"source": [f"The {noun}"], "cue": ["said"]}))
    assert profile["credits"] == [None, body]


@pytest.mark.parametrize("officials, later", [
    ("Officials at Norbridge University", "The university"),
    ("Officials at Norbridge University", "Norbridge University"),
    ("Senior officials of the Kestorian Health Ministry", "The ministry"),
    ("Dravik Bank executives", "The bank"),
])
def test_officials_of_a_body_and_the_body_are_one_source(officials, later):
    # before, "Officials at Norbridge University said ... The university said" were two sources
    rows = ((f"{officials} said the campus would stay open.", CLAIM, {"source": [officials], "cue": ["said"]}),
            (f"{later} said it would host the fair.", CLAIM, {"source": [later], "cue": ["said"]}))
    credits = profile_of(*rows)["credits"]
    assert credits == [credits[0]] * 2
    if later[:1] != "T":  # and back: the body named first, then its officials
        credits = profile_of(*rows[::-1])["credits"]
        assert credits == [credits[0]] * 2


@pytest.mark.parametrize("body, officials", [
    ("Vell University", "Officials at the university"), ("The Kestorian Health Ministry", "Officials at the ministry"),
    ("Dravik Bank", "Senior executives at the bank"),
])
def test_officials_at_a_body_by_its_kind_s_noun_after_the_body_are_the_body(body, officials):
    # before, "Vell University said ... Officials at the university said" were two sources
    credits = profile_of(
        (f"{body} said the lab would close.", CLAIM, {"source": [body], "cue": ["said"]}),
        (f"{officials} said the staff would be moved.", CLAIM, {"source": [officials], "cue": ["said"]}))["credits"]
    assert credits == [normalise_source(body)] * 2
    # two universities named: neither
    credits = profile_of(
        (f"{body} and Orsk {body.split()[-1]} said the lab would close.", CLAIM, {"source": [body], "cue": ["said"]}),
        (f"{officials} said the staff would be moved.", CLAIM, {"source": [officials], "cue": ["said"]}))["credits"]
    assert credits[1] != credits[0]


@pytest.mark.parametrize("others", ["Researchers at Norbridge University", "House officials"])
def test_others_at_a_body_or_officials_of_a_name_s_last_word_are_not_the_body(others):
    # researchers' findings are no word of the university's; "House officials" may be cut from "White House officials"
    body = "Norbridge University" if others.startswith("Researchers") else "The House"
    credits = profile_of(
        (f"{others} said the campus would stay open.", CLAIM, {"source": [others], "cue": ["said"]}),
        (f"{body} said it would host the fair.", CLAIM, {"source": [body], "cue": ["said"]}))["credits"]
    assert credits[0] != credits[1]


def test_a_person_s_surname_is_no_body_named_after_that_person():
    # "Harrow" after "Lena Harrow" is her, not "Harrow University" (with "university" a kind whose name written short
    # joins it, "Harrow" went to the university)
    profile = profile_of(
        ("Lena Harrow said the school was sound.", CLAIM, {"source": ["Lena Harrow"], "cue": ["said"]}),
        ("Students sued Harrow University in 2014.", FACT, {}),
        ("Harrow said the suit had no merit.", DENIAL, {"source": ["Harrow"], "cue": ["said"]}))
    assert profile["credits"] == ["lena harrow", None, "lena harrow"]


@pytest.mark.parametrize("body", ["Lisk Port Authority", "Maritime Safety Directorate", "Lisk Energy Commission",
                                  "Velmar Drug Safety Board"])


def test_the_authority_directorate_or_commission_is_the_one_so_named_before_as_a_source_or_not(body):
    # before, "The authority" after "The Lisk Port Authority has detained ..." was a source of its own, and so was
    # "The board" after "The Velmar Drug Safety Board has detained ..."
    noun = body.split()[-1].lower()
    profile = profile_of((f"The {body} has detained the tanker Nordic Star.", FACT, {}),
                         (f"The {noun} said the detention would last a week.", CLAIM,
                          {"source": [f"The {noun}"], "cue": ["said"]}))
    assert profile["credits"] == [None, body.lower()]
    assert [source["display"] for source in profile["sources"]] == [body]
    # two so named: neither
    two = f"The {body} and the Orsk {body.split()[-1]} have detained the tanker."
    assert profile_of((two, FACT, {}), (f"The {noun} said it would last a week.", CLAIM,
                                        {"source": [f"The {noun}"], "cue": ["said"]}))["credits"] == [None, noun]


@pytest.mark.parametrize("group, noun", [("Forecasters at the national weather service", "service"),
                                         ("Researchers at the Vell Lab", "lab")])


def test_the_body_s_noun_is_the_group_placed_at_that_body_which_spoke(group, noun):
    # before, "The service said" after "Forecasters at the national weather service warned" was a source of its own
    warned = (f"{group} warned of heavy rain on Tuesday.", CLAIM, {"source": [group], "cue": ["warned"]})
    said = (f"The {noun} said rivers could burst their banks.", CLAIM, {"source": [f"The {noun}"], "cue": ["said"]})
    profile = profile_of(warned, said)
    assert profile["credits"] == [group.lower()] * 2 and len(profile["sources"]) == 1
    # two such groups at bodies of that noun: neither
    engineers = f"Engineers at the Orsk {noun.title()}"
    other = (f"{engineers} agreed.", CLAIM, {"source": [engineers]})
    assert profile_of(warned, other, said)["credits"][2] == noun


@pytest.mark.parametrize("mention", ["The inquiry", "A public inquiry"])
def test_the_inquiry_or_a_public_inquiry_is_the_one_inquiry_named_before(mention):
    # before, "The inquiry heard that ..." and "A public inquiry has heard that ..." after "The Brennmoor Inquiry ..."
    # were sources of their own
    heard = (f"{mention} has heard that the ward was short of staff.", CLAIM, {"source": [mention], "cue": ["heard"]})
    profile = profile_of(("The Brennmoor Inquiry opened hearings on Monday.", FACT, {}), heard)
    assert profile["credits"] == [None, "brennmoor inquiry"]
    # two so named: neither
    two = "The Brennmoor Inquiry and the Lisk Inquiry opened hearings on Monday."
    assert profile_of((two, FACT, {}), heard)["credits"][1] not in {"brennmoor inquiry", "lisk inquiry"}


@pytest.mark.parametrize("body", ["Port of Vell Authority", "Port of the Vell Estuary Authority",
                                  "Bank of Orsk Hospital"])


def test_the_kind_s_noun_is_a_body_named_with_of_before_its_kind_s_word(body):
    # before, "The authority" after "The Port of Vell Authority said" was "Vell Authority", a source of its own
    noun = body.split()[-1].lower()
    profile = profile_of((f"The {body} said the quay would close in May.", CLAIM,
                          {"source": [f"The {body}"], "cue": ["said"]}),
                         (f"The {noun} said ships would be sent to Harlow.", CLAIM,
                          {"source": [f"The {noun}"], "cue": ["said"]}))
    assert profile["credits"] == [body.lower()] * 2
    assert [source["display"] for source in profile["sources"]] == [body]


@pytest.mark.parametrize("fact, short, body", [
    ("A family accused St. Aubyn's Hospital in Brentwick of negligence.", "St. Aubyn's", "st. aubyn's hospital"),
    ("Students accused Norbridge University of hiding the report.", "Norbridge", "norbridge university"),
    ("The board accused Dravik Bank of hiding losses.", "Dravik", "dravik bank"),
])
def test_a_body_named_with_its_kind_s_word_is_the_one_its_name_alone_means(fact, short, body):
    # before, "St. Aubyn's" was a source of its own, apart from the hospital the copy had named and "the hospital"
    profile = profile_of((fact, FACT, {}),
                         (f"{short} said the claims were false.", DENIAL, {"source": [short], "cue": ["said"]}))
    assert profile["credits"] == [None, body]


@pytest.mark.parametrize("fact", [
    "The board accused Dravik Bank and Orvane Bank of hiding losses.",  # two banks
    "The board accused settlers in the West Bank of hiding losses.",  # a place
])
def test_the_bank_stays_its_own_source_after_two_banks_or_none(fact):
    assert profile_of(*_bank_rows(fact))["credits"][-1] == "bank"


def _company_rows(fact, *before):
    return (*before, (fact, CLAIM, {"source": ["The board"], "cue": ["accused"]}),
            ("The company said the claims were false.", DENIAL, {"source": ["The company"], "cue": ["said"]}))


@pytest.mark.parametrize("fact, company", [
    ("The board accused Dravik Corp of hiding losses.", "dravik corp"),
    ("The board accused Orvane Holdings Ltd. of hiding losses.", "orvane holdings ltd"),
    # or with a last word only a firm's name ends with
    ("The board accused Orsk Mining of hiding losses.", "orsk mining"),
    ("The board accused Velta Airlines of hiding losses.", "velta airlines"),
])
def test_the_company_is_the_one_company_named_with_its_legal_form_anywhere(fact, company):
    # before, "The company" was a source of its own: the company was named in passing, opening no sentence
    profile = profile_of(*_company_rows(fact))
    assert profile["credits"] == ["board", company]
    assert [(pair["source"], pair["allegation"]) for pair in profile["denials"]] == [(company, 0)]


@pytest.mark.parametrize("fact, before", [
    ("The board accused Dravik Corp and Orvane Inc of hiding losses.", ()),  # two companies
    ("The board accused Orsk Mining and Velta Motors of hiding losses.", ()),
    # a company noted otherwise, opening a sentence described as a business, is the other one
    ("The board accused Dravik Corp of hiding losses.",
     (("Halvard Terminals, the port operator, expanded in May.", FACT, {}),)),
])
def test_the_company_stays_its_own_source_after_two_companies(fact, before):
    assert profile_of(*_company_rows(fact, *before))["credits"][-1] == "company"


@pytest.mark.parametrize("body, described", [
    ("The Kessel Rifle League", "The nation's largest gun group"),
    ("The Kessel Rifle League", "The leading gun-rights group"),
    ("Velta Motors", "The world\u2019s biggest carmaker"),
    ("The Harbour Workers Union", "The country's largest union"),
])
def test_a_body_described_by_its_rank_is_the_body_credited_just_before(body, described):
    # as "the group" or "the carmaker" alone is
    said = (f"{body} says the new rules are ripe for abuse.", CLAIM, {"source": [body], "cue": ["says"]})
    accused = (f"{described} is accusing the council of exploiting the crisis.", CLAIM,
               {"source": [described], "cue": ["accusing"]})
    credits = profile_of(said, accused)["credits"]
    assert credits[0] == credits[1] == body.lower().removeprefix("the ")


def test_a_body_described_by_its_rank_after_two_such_bodies_is_neither():
    rows = [(f"The {name} group says the new rules are ripe for abuse.", CLAIM,
             {"source": [f"The {name} group"], "cue": ["says"]}) for name in ("Kessel Rifle", "Marsh Shooters")]
    accused = ("The nation's largest gun group is accusing the council of exploiting the crisis.", CLAIM,
               {"source": ["The nation's largest gun group"], "cue": ["accusing"]})
    assert profile_of(*rows, accused)["credits"][-1] == "nation's largest gun group"


@pytest.mark.parametrize("fact, noun, body", [
    ("The inspectorate accused the Harlow Police Department of losing evidence.", "department",
     "harlow police department"),
    # one department written either way round
    ("The inspectorate accused the Department of Justice, the Justice Department, of losing evidence.", "department",
     "department of justice"),
    ("The inspectorate accused the Orvian Food Safety Agency of hiding the figures.", "agency",
     "orvian food safety agency"),
    ("The inspectorate accused the Ministry of Trade of hiding the figures.", "ministry", "ministry of trade"),
])
def test_the_kind_is_the_one_body_of_that_kind_named_before_as_a_source_or_not(fact, noun, body):
    # before, "The department" was a source of its own, apart from the body the inspectorate accused
    profile = profile_of((fact, CLAIM, {"source": ["The inspectorate"], "cue": ["accused"]}),
                         (f"The {noun} said the records were complete.", DENIAL, {"source": [f"The {noun}"]}))
    assert profile["credits"] == ["inspectorate", body]
    assert [(pair["source"], pair["allegation"]) for pair in profile["denials"]] == [(body, 0)]


@pytest.mark.parametrize("memo, body", [("A leaked ministry memo", "ministry"),
                                        ("A leaked health ministry memo", "health ministry"),
                                        ("A confidential ministry memo", "ministry")])


def test_how_secret_a_memo_is_names_no_ministry_that_the_ministry_means(memo, body):
    # before, "The ministry" was "leaked ministry", a ministry of the word before its noun
    profile = profile_of((f"{memo} proposes merging the two campuses.", FACT, {}),
                         ("The ministry denied that any merger was planned.", DENIAL, {"source": ["The ministry"]}))
    assert profile["credits"][-1] == body


@pytest.mark.parametrize("note", ["Nordpress could not independently verify either side's account.",
                                  "The claims could not be independently verified.",
                                  "It was not possible to independently confirm the toll.",
                                  "The figures could not be verified."])


@pytest.mark.parametrize("label", [DENIAL, CLAIM])
def test_the_writer_s_note_that_a_claim_went_unchecked_goes_on_with_no_account(note, label):
    # before, the note went on with the denial before it, as if the army said it could not verify the claims
    profile = profile_of(("Velmar's army denied the accusation.", DENIAL, {"source": ["Velmar's army"]}),
                         (note, label, {}))
    assert profile["credits"] == ["velmar's army", None]
    # checked by someone named, it stays theirs
    profile = profile_of(("Velmar's army denied the accusation.", DENIAL, {"source": ["Velmar's army"]}),
                         ("The figures could not be verified by its field units.", label, {}))
    assert profile["credits"] == ["velmar's army"] * 2


@pytest.mark.parametrize("first, label", [
    ("The Dalmori Defence Ministry said Velmar's forces fired 40 shells.", CLAIM),
    ("The Dalmori Defence Ministry accused Velmar of firing 40 shells.", CLAIM),
    ("The Dalmori foreign ministry said Velmar's forces fired 40 shells.", CLAIM)])


def test_a_country_s_ministry_with_no_portfolio_is_its_one_ministry_named_with_one(first, label):
    # before, "The Dalmori ministry" was a source apart from the country's one ministry named in full
    profile = profile_of((first, label, {"source": [first.split(" said")[0].split(" accused")[0]]}),
                         ("Velmar's army denied the accusation.", DENIAL, {"source": ["Velmar's army"]}),
                         ("The Dalmori ministry rejected that claim as absurd.", DENIAL,
                          {"source": ["The Dalmori ministry"]}))
    assert profile["credits"][2] == profile["credits"][0]
    assert len(profile["sources"]) == 2


@pytest.mark.parametrize("first", ["The Dalmori Defence Ministry and the Dalmori foreign ministry",
                                   "The Velmari Defence Ministry", "The Dalmori Defence Ministry"])


def test_a_country_s_ministry_with_no_portfolio_stays_apart_from_two_or_another_country_s(first):
    rows = [(f"{first} said Velmar's forces fired 40 shells.", CLAIM, {"source": [first]})]
    if first.count("Dalmori") == 1 and "Velmari" not in first:
        rows.append(("The Dalmori Interior Ministry said 12 people died.", CLAIM,
                     {"source": ["The Dalmori Interior Ministry"]}))
    profile = profile_of(*rows, ("The Dalmori ministry rejected that claim.", DENIAL,
                                 {"source": ["The Dalmori ministry"]}))
    assert profile["credits"][-1] == "dalmori ministry"


@pytest.mark.parametrize("lead", ["according to", "by", "from"])
def test_a_small_word_before_ministry_names_no_ministry_that_the_ministry_means(lead):
    # before, "The ministry" was "according to ministry" (so displayed), a ministry of the two words before its noun
    profile = profile_of((f"Dana Ilves said delays were falling, {lead} ministry figures.", CLAIM,
                          {"source": ["Dana Ilves"], "cue": ["said"]}),
                         ("The ministry denied that any backlog remained.", DENIAL, {"source": ["The ministry"]}))
    assert profile["credits"][-1] == "ministry"


@pytest.mark.parametrize("fact, noun", [
    ("The inspectorate accused the Harlow Police Department and the Kessel Police Department of losing evidence.",
     "department"),
    ("The inspectorate accused the Orvian Food Safety Agency and the Orvian Rail Agency of hiding the figures.",
     "agency"),
    ("The inspectorate accused the Ministry of Trade and the Ministry of Finance of hiding the figures.", "ministry"),
    # a ministry named in lower case is another one
    ("The inspectorate accused the Ministry of Trade and Velmar's finance ministry of hiding the figures.", "ministry"),
])
def test_the_kind_stays_its_own_source_after_two_bodies_of_that_kind(fact, noun):
    profile = profile_of((fact, CLAIM, {"source": ["The inspectorate"], "cue": ["accused"]}),
                         (f"The {noun} said the records were complete.", DENIAL, {"source": [f"The {noun}"]}))
    assert profile["credits"][-1] == noun


@pytest.mark.parametrize("first, second", [
    ("The Velnova news agency", "Velnova"),
    ("Velnova", "The Velnova news agency"),
    ("The Kessel Tribune newspaper", "Kessel Tribune"),
])
def test_an_outlet_named_with_its_kind_and_without_it_is_one_source(first, second):
    # before, "velnova news agency" and "velnova" were two sources
    profile = profile_of(
        (f"{first} said the talks had failed.", CLAIM, {"source": [first], "cue": ["said"]}),
        (f"{second} said the envoy left early.", CLAIM, {"source": [second], "cue": ["said"]}),
    )
    assert len(set(profile["credits"])) == 1
    assert len(profile["sources"]) == 1


def test_a_person_s_name_never_joins_an_outlet_of_that_name():
    profile = profile_of(
        ("Ana Ruiz said the talks had failed.", CLAIM, {"source": ["Ana Ruiz"], "cue": ["said"]}),
        ("The Ana Ruiz newspaper said the envoy left early.", CLAIM,
         {"source": ["The Ana Ruiz newspaper"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["ana ruiz", "ana ruiz newspaper"]


def test_a_deck_line_s_pronoun_is_the_person_the_headline_names_as_its_subject():
    rows = [
        ("Ana Ruiz takes on her party", FACT, {}),
        ("In speech to the convention, she attacks the leadership's record", DENIAL,
         {"source": ["she"], "cue": ["attacks"]}),
        ("HARLOW — Senator Ana Ruiz told delegates on Saturday that the party had lost its way.", CLAIM,
         {"source": ["Senator Ana Ruiz"], "cue": ["told"]}),
    ]
    assert profile_of(*rows, gap="\n\n")["credits"] == [None, "ana ruiz", "ana ruiz"]
    # the headline's object is no subject; nor is a deck of another sex than the headline's known given name
    rows[0] = ("Party leaders take on Ana Ruiz", FACT, {})
    assert profile_of(*rows, gap="\n\n")["credits"][1] is None
    rows[0] = ("Tom Ruiz takes on his party", FACT, {})
    rows[2] = ("HARLOW — Senator Tom Ruiz told delegates on Saturday that the party had lost its way.", CLAIM,
               {"source": ["Senator Tom Ruiz"], "cue": ["told"]})
    assert profile_of(*rows, gap="\n\n")["credits"][1] is None


def test_he_said_closing_a_sentence_is_the_named_subject_opening_it_not_the_last_source():
    # before, the trailing "he said" went to the heading's description, the last source, over Chris Vask (his sex
    # unknown), the subject; and so did the "he said" closing his quotation after it
    heading = ("Another Party Elder Endorses Ana Ruiz.", CLAIM,
               {"source": ["Another Party Elder"], "cue": ["Endorses"]})
    some = ("Some Republicans are so opposed to Dan Orr that they are endorsing Ana Ruiz.", CLAIM,
            {"source": ["Some Republicans"], "cue": ["endorsing"]})
    clause = "was for Ed Pell while Pell was in the race, he said Wednesday on the radio."
    choice = [('"Ruiz is my second pick.', CLAIM, {}), ("The reason is plain enough.", OPINION, {}),
              ('Dan Orr lost me long ago," he said.', CLAIM, {"source": ["he"], "cue": ["said"]})]
    for subject in ("Former Rep. Chris Vask", "Former Rep. Chris Vask (R-Harlow)"):
        was_for = (f"{subject} {clause}", CLAIM, {"source": ["he"], "cue": ["said"]})
        assert profile_of(heading, some, was_for, *choice, gap="\n\n")["credits"] == [
            "another party elder", "some republicans", "chris vask", "chris vask", None, "chris vask"]
    # and after a named speaker: Ed Pell's account does not go on over the new subject's own words
    pell = ("Ed Pell said the vote was fair.", CLAIM, {"source": ["Ed Pell"], "cue": ["said"]})
    backed = ("Former councilman Tom Vask backed the plan until March, he said Wednesday.", CLAIM,
              {"source": ["he"], "cue": ["said"]})
    assert profile_of(pell, backed)["credits"] == ["ed pell", "tom vask"]


@pytest.mark.parametrize("sentence", [
    "Mr. Tom Vask backed the plan until March, she said Wednesday.",  # the subject is of the other sex
    "Tom Vask was arrested in March, she said Wednesday.",  # one acted upon
    '"Tom Vask backed the plan," she said Wednesday.',  # a quotation's words, not the sentence's subject
    "Tom Vask backed the plan, and she said Wednesday that it had failed.",  # a second clause's subject, not an aside
])
def test_a_trailing_pronoun_that_cannot_be_the_subject_keeps_the_last_speaker(sentence):
    ruiz = ("Ana Ruiz said the vote was fair.", CLAIM, {"source": ["Ana Ruiz"], "cue": ["said"]})
    assert profile_of(ruiz, (sentence, CLAIM, {"source": ["she"], "cue": ["said"]}))["credits"] == [
        "ana ruiz", "ana ruiz"]


def test_a_trailing_pronoun_after_a_surname_subject_keeps_the_last_speaker_s_account():
    # "Vask", written before in full, may be whom the last speaker talks of: Pell's account goes on
    pell = ("Mayor Tom Vask resigned in March. Ed Pell said the vote was fair.", CLAIM,
            {"source": ["Ed Pell"], "cue": ["said"]})
    first = ("Vask was the first mayor to resign, he said.", CLAIM, {"source": ["he"], "cue": ["said"]})
    assert profile_of(pell, first)["credits"] == ["ed pell", "ed pell"]


@pytest.mark.parametrize("person", [
    "Another Republican, Rep. Tomas Vask of Ohio,", "One Democrat, Sen. Tomas Vask,",
    "Another Republican, Tomas Vask,"])


def test_one_of_a_group_named_in_apposition_is_the_person_not_the_group(person):
    profile = profile_of(
        ("Some Republicans — including Senator Ana Ruiz — rejected the plan.", CLAIM,
         {"source": ["Some Republicans — including Senator Ana Ruiz"], "cue": ["rejected"]}),
        (f"{person} also said the order would not be possible.", CLAIM,
         {"source": [person.rstrip(",")], "cue": ["also said"]}),
    )
    assert profile["credits"] == ["some republicans", "tomas vask"]
    # a group counted with no name after it stays the group's
    assert normalise_source("Another Republican") == "another republican"


def test_a_quotation_she_closes_is_no_body_s_account_going_on():
    rows = [
        ("Lin said her mother was visited twice by police.", CLAIM, {"source": ["Lin"], "cue": ["said"]}),
        ("The Velmaran embassy said it had no information about the case.", CLAIM,
         {"source": ["The Velmaran embassy"], "cue": ["said"]}),
        ('"Take this seriously.', CLAIM, {}),
        ('We are not imagining it," she said.', CLAIM, {"source": ["she"], "cue": ["said"]}),
    ]
    assert profile_of(*rows)["credits"][2] in (None, "lin")  # the closing "she" is no body
    # "it" may be the embassy; a person's account going on stays theirs
    rows[3] = ('We know nothing," it said.', CLAIM, {"cue": ["said"]})
    assert profile_of(*rows)["credits"][2] == "velmaran embassy"
    rows[1:2] = []
    rows[2] = ('We are not imagining it," she said.', CLAIM, {"source": ["she"], "cue": ["said"]})
    assert profile_of(*rows)["credits"][1] == "lin"
    # a person placed at a body is no body
    rows[0] = ("Justice Vask of the Kessel Supreme Court said the law was unclear.", CLAIM,
               {"source": ["Justice Vask of the Kessel Supreme Court"], "cue": ["said"]})
    assert profile_of(*rows)["credits"][1] == profile_of(*rows)["credits"][0]


def test_a_few_keeps_its_article_and_stays_an_unnamed_group():
    profile = profile_of(
        ("A few residents said the water smelled.", CLAIM, {"source": ["A few residents"], "cue": ["said"]}),
        ("One said it was brown.", CLAIM, {"source": ["One"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["a few residents", "a few residents"]
    assert [(s["source"], s["display"]) for s in profile["sources"]] == [("a few residents", "A few residents")]
    assert framing.profile.generic_source("a few residents", "A few residents")
    assert normalise_source("Few residents") == "few residents"


@pytest.mark.parametrize("word", ["One", "Another", "Another of them"])
def test_one_more_of_the_people_written_of_names_no_one_as_one_does(word):
    # "Another" was a name: two documents' "another" merged into one source in a summary
    profile = profile_of(
        ("The plant closed in March.", FACT, {}),
        (f"{word} said the jobs had gone abroad.", CLAIM, {"source": [word], "cue": ["said"]}),
    )
    entry = profile["sources"][0]
    assert framing.profile.generic_source(entry["source"], entry["display"])


@pytest.mark.parametrize("group, key, nameless", [
    ("The groups", "groups", True), ("Groups", "groups", True), ("The rights groups", "rights groups", False),
    ("Aid groups", "aid groups", False), ("Human rights groups", "human rights groups", False)])


def test_groups_alone_name_no_one_and_a_described_group_keeps_its_words(group, key, nameless):
    profile = profile_of(
        ("Police detained Ana Vell on Monday.", FACT, {}),
        (f"{group} said the trial was unfair.", CLAIM, {"source": [group], "cue": ["said"]}),
    )
    assert profile["credits"] == [None, key]
    entry = profile["sources"][0]
    assert framing.profile.generic_source(entry["source"], entry["display"]) is nameless


@pytest.mark.parametrize("verb", ["wept", "knelt", "slept", "sang", "froze", "strode"])
def test_she_after_a_named_woman_whose_verb_is_an_irregular_past_is_hers_not_the_judge_s(verb):
    # before, "wept" (and other irregular pasts) was read as no main verb: the woman was nobody's topic, and "she"
    # went to the judge of the sentence before
    profile = profile_of(("Judge Tova Renk set bail at $90,000.", FACT, {}),
                         (f"Lise Marn, the victim's sister, {verb} in the gallery.", FACT, {}),
                         ('"He took my brother," she said afterwards.', CLAIM, {"source": ["she"], "cue": ["said"]}))
    assert profile["credits"][2] == "lise marn"


@pytest.mark.parametrize("audience, heard, evidence", [("Jurors", "heard", "a recording of a call in which"),
                                                       ("The jury", "was shown", "a video where"),
                                                       ("Jurors", "listened to", "audio in which")])


def test_an_audience_of_evidence_in_which_another_speaks_is_not_the_speaker(audience, heard, evidence):
    # before, the audience, as near its cue ("heard") as Vance to "told", spoke first: hearing is no speech
    text = f'{audience} {heard} {evidence} Vance told his brother that the shop was "finished."'
    profile = profile_of(("Vance is accused of setting the fire.", FACT, {}),
                         (text, CLAIM, {"source": [audience, "Vance"], "cue": [heard, "told"]}))
    assert profile["credits"][1] == "vance"
    # a jury that heard someone's account with no evidence named is left as it was
    profile = profile_of(("Jurors heard that Vance told his brother the shop was finished.", CLAIM,
                          {"source": ["Jurors", "Vance"], "cue": ["heard", "told"]}),)
    assert profile["credits"] == ["jurors"]


@pytest.mark.parametrize("label, words", [(DENIAL, "said Darek Mull denies the charges."),
                                          (CLAIM, "said Darek Mull was at home that night.")])


def test_a_named_lawyer_who_reports_her_client_s_clause_is_the_speaker_not_the_client(label, words):
    # before, the comma after the lawyer's name set her further from "said" than the client opening the clause she
    # reports, and the client was credited
    allegation = ("Prosecutors allege that Darek Mull took bribes.", CLAIM,
                  {"source": ["Prosecutors"], "cue": ["allege"]})
    profile = profile_of(allegation, (f"His lawyer, Ruth Pell, {words}", label,
                                      {"source": ["His lawyer, Ruth Pell", "Darek Mull"], "cue": ["said"]}))
    assert profile["credits"] == ["prosecutors", "ruth pell"]
    # a name after an inverted cue still speaks
    profile = profile_of(allegation, ('"He denies the charges," said Darek Mull.', DENIAL,
                                      {"source": ["Darek Mull"], "cue": ["said"]}))
    assert profile["credits"] == ["prosecutors", "darek mull"]


@pytest.mark.parametrize("audience", ["1,348 people gathered at Harlow College", "students at Harlow College",
                                      "the Harlow Courier"])


def test_an_audience_that_he_told_is_not_the_speaker(audience):
    # before, the name in the audience after "he told" was a source of the sentence's own and was credited over "he"
    profile = profile_of(("Tom Vask said he will stay in the race.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]}),
                         (f'"Our job is to win," he told {audience}.', CLAIM,
                          {"source": ["he", audience.split(" at ")[-1]], "cue": ["told"]}))
    assert profile["credits"] == ["tom vask", "tom vask"]
    # a name past a comma after the audience is another clause's, and stays
    profile = profile_of(("Tom Vask said he will stay in the race.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]}),
                         ('"Our job is to win," he told students, and Dan Orr agreed.', CLAIM,
                          {"source": ["he", "Dan Orr"], "cue": ["told", "agreed"]}))
    assert profile["credits"][1] == "dan orr"


@pytest.mark.parametrize("opening", ["Naming three of the mayor's closed shops", "Pointing to the Harlow audit"])
def test_a_participle_clause_before_she_added_is_no_name_she_speaks(opening):
    # before, the participle clause and "she" ("naming three of the mayor's closed shops she") was the key
    profile = profile_of(("Ana Ruiz said the mayor was a failure.", CLAIM, {"source": ["Ana Ruiz"], "cue": ["said"]}),
                         ("Tom Vask said the mayor had done well.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]}),
                         (f'{opening} she added, "He has failed at everything."', CLAIM, {}))
    assert profile["credits"] == ["ana ruiz", "tom vask", "ana ruiz"]


@pytest.mark.parametrize("tag", ["(a Democrat)", "(a Republican)", "(an independent)"])
def test_he_after_a_subject_with_its_party_in_brackets_is_that_subject(tag):
    # before, "(a Democrat)" after the name hid the subject, so "he declared" went to the man who spoke before
    vask = ("Senator Tom Vask said the plan was sound.", CLAIM, {"source": ["Senator Tom Vask"], "cue": ["said"]})
    pike = (f"Gerald Pike {tag} was the face of the party's old wing, and he took that view to the congress.",
            FACT, {})
    speech = ('In a 1971 address, he declared: "Harlow will never change."', CLAIM,
              {"source": ["he"], "cue": ["declared"]})
    assert profile_of(vask, pike, speech)["credits"] == ["tom vask", None, "gerald pike"]


@pytest.mark.parametrize("adverb", ["also", "then", "later", "quickly", "never", "still"])
def test_she_after_a_titled_subject_whose_verb_an_adverb_opens_is_that_subject(adverb):
    # before, "also" between the subject and its verb hid the subject, so "She said" went to the last speaker
    ruiz = ("Councilwoman Ana Ruiz said she backed the rezoning.", CLAIM,
            {"source": ["Councilwoman Ana Ruiz"], "cue": ["said"]})
    marsh = (f"Councilwoman Lena Marsh {adverb} voted against it.", FACT, {})
    speech = ("She said the site floods every spring.", CLAIM, {"source": ["She"], "cue": ["said"]})
    assert profile_of(ruiz, marsh, speech)["credits"] == ["ana ruiz", None, "lena marsh"]
    # a noun in "-ly" after a capitalised name is no adverb: "the Marsh family" is no person
    family = ("The Marsh family also voted against it.", FACT, {})
    assert profile_of(ruiz, family, speech)["credits"] == ["ana ruiz", None, "ana ruiz"]


@pytest.mark.parametrize("aside", ["(a Democrat) was arrested in 1971", "(a photo of 1971) was shown in the hall"])
def test_he_after_a_bracketed_party_subject_acted_upon_or_another_bracket_keeps_the_last_speaker(aside):
    vask = ("Senator Tom Vask said the plan was sound.", CLAIM, {"source": ["Senator Tom Vask"], "cue": ["said"]})
    speech = ('In a 1971 address, he declared: "Harlow will never change."', CLAIM,
              {"source": ["he"], "cue": ["declared"]})
    assert profile_of(vask, (f"Gerald Pike {aside}.", FACT, {}), speech)["credits"] == ["tom vask", None, "tom vask"]


def test_a_lone_given_name_described_as_kin_is_a_person_a_pronoun_may_mean():
    # before, "his wife, Ana" was credited as "ana" but noted as no person, so "she" went back to Lee Devine
    adviser = ("Lee Devine, an adviser to the mayor, said the budget was sound.", CLAIM,
               {"source": ["Lee Devine, an adviser to the mayor"], "cue": ["said"]})
    said = ('"Closing the doors on residents is a mistake," she said.', CLAIM, {"source": ["she"], "cue": ["said"]})
    wife = ("At a town meeting Tuesday, his wife, Ana, asked for the hearing to be public.", CLAIM,
            {"source": ["his wife, Ana"], "cue": ["asked for"]})
    assert profile_of(adviser, wife, said)["credits"] == ["lee devine", "ana", "ana"]
    # a relative of the other sex is no one the pronoun means: the speaker before goes on
    mother = ("Mara Devine, an adviser to the mayor, said the budget was sound.", CLAIM,
              {"source": ["Mara Devine, an adviser to the mayor"], "cue": ["said"]})
    son = ("At a town meeting Tuesday, her son, Tom, asked for the hearing to be public.", CLAIM,
           {"source": ["her son, Tom"], "cue": ["asked for"]})
    assert profile_of(mother, son, said)["credits"] == ["mara devine", "tom", "mara devine"]


def test_a_relative_named_by_a_given_name_alone_and_in_full_is_one_source_either_way_round():
    arrest = ("Police said Mark Orta was arrested on Friday.", FACT, {"source": ["Police"], "cue": ["said"]})
    alone = ("Orta's wife, Lucia, said he had done nothing wrong.", DENIAL,
             {"source": ["Orta's wife, Lucia"], "cue": ["said"]})
    full = ("Lucia Orta said the family would appeal.", CLAIM, {"source": ["Lucia Orta"], "cue": ["said"]})
    hearing = ("The hearing is set for Monday.", FACT, {})
    profile = profile_of(arrest, alone, hearing, full)
    assert profile["credits"][1] == profile["credits"][3] == "lucia orta"
    assert [s["source"] for s in profile["sources"]] == ["lucia orta"]
    # named in full first, then by her given name alone
    first = ("Orta's wife, Lucia Orta, said he had done nothing wrong.", DENIAL,
             {"source": ["Orta's wife, Lucia Orta"], "cue": ["said"]})
    later = ("Lucia said the family would appeal.", CLAIM, {"source": ["Lucia"], "cue": ["said"]})
    assert profile_of(arrest, first, hearing, later)["credits"][3] == "lucia orta"
    # a given name alone of no one described as kin stays apart from a later full name
    plain = ("Lucia said he had done nothing wrong.", DENIAL, {"source": ["Lucia"], "cue": ["said"]})
    assert profile_of(arrest, plain, hearing, full)["credits"][1] == "lucia"


@pytest.mark.parametrize("relative, named, partner", [("Orta's wife", "Lucia Orta", "her husband"),
                                                      ("Orta's widow", "Lucia Orta", "her late husband"),
                                                      ("Orta's husband", "Tomas Orta", "his wife")])


def test_a_spouse_with_no_name_is_the_person_of_that_surname_who_later_speaks_of_their_partner(relative, named,
                                                                                               partner):
    # before, "Orta's wife" and "Lucia Orta" stayed two sources
    crash = ("Rafe Orta was hurt in the crash on Sunday.", FACT, {})
    shocked = (f"{relative} said the family was shocked.", CLAIM, {"source": [relative], "cue": ["said"]})
    hearing = ("Police are still investigating.", FACT, {})
    road = (f"{named} said {partner} had driven that road for years.", CLAIM, {"source": [named], "cue": ["said"]})
    profile = profile_of(crash, shocked, hearing, road)
    assert profile["credits"] == [None, named.lower(), None, named.lower()]
    # one who speaks of another relative may be any of the family
    other = (f"{named} said her father had driven that road for years.", CLAIM, {"source": [named], "cue": ["said"]})
    assert profile_of(crash, shocked, hearing, other)["credits"] == [None, relative.lower(), None, named.lower()]


def test_the_judge_who_spoke_is_the_one_judge_named_after_her_by_title():
    said = ("The judge said the trial would go ahead in March.", CLAIM, {"source": ["The judge"], "cue": ["said"]})
    delay = ("The defence had asked for a delay.", FACT, {})
    ruled = ("Later, Judge Ama Orr ruled that the evidence could be used.", FACT, {})
    profile = profile_of(said, delay, ruled)
    assert profile["credits"][0] == "ama orr" and [s["source"] for s in profile["sources"]] == ["ama orr"]
    # with two judges named by title, either may have spoken
    other = ("Judge Tom Kell had heard the bail plea.", FACT, {})
    assert profile_of(said, other, ruled)["credits"][0] == "judge"
    # a president unnamed may be another than the one named later
    president = ("The president said he would name a replacement soon.", CLAIM,
                 {"source": ["The president"], "cue": ["said"]})
    named = ("President Tom Vask of the Orrin Bar Association disagreed.", FACT, {})
    assert profile_of(president, delay, named)["credits"][0] == "president"


def test_the_governor_just_after_a_titled_surname_alone_is_that_person():
    # before, "Gov. Vask" named no person (a word alone after a title), so "The governor" stood apart
    vetoed = ("Gov. Vask vetoed the bill on Monday.", FACT, {})
    said = ("The governor said cuts were coming.", CLAIM, {"source": ["The governor"], "cue": ["said"]})
    assert profile_of(vetoed, said)["credits"] == [None, "vask"]
    # the one person named in full by that surname
    vask = ("Tom Vask said taxes would fall.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]})
    assert profile_of(vask, vetoed, said)["credits"][-1] == "tom vask"
    # not a sentence later, nor after another role's title
    assert profile_of(vetoed, ("It passed.", FACT, {}), said)["credits"][-1] == "governor"
    assert profile_of(("Sen. Vask vetoed the bill on Monday.", FACT, {}), said)["credits"][-1] == "governor"


def test_a_body_described_by_what_it_is_made_of_is_the_one_named_later_with_a_word_of_it():
    described = ("A panel of 40 climate scientists said the sea would rise faster.", CLAIM,
                 {"source": ["A panel of 40 climate scientists"], "cue": ["said"]})
    pages = ("The report runs to 300 pages.", FACT, {})

    def named(name):
        return (f"{name} said coastal cities must plan now.", CLAIM, {"source": [name], "cue": ["said"]})
    profile = profile_of(described, pages, named("The Kestorian Climate Panel"))
    assert profile["credits"] == ["kestorian climate panel", None, "kestorian climate panel"]
    # a panel sharing no word with it is another
    assert profile_of(described, pages, named("The Harlow Ethics Panel"))["credits"][0] == (
        "panel of 40 climate scientists")


def test_a_body_described_in_lower_case_then_named_then_called_by_its_noun_is_one_source():
    def said(source, words):
        return (f"{source} said {words}.", CLAIM, {"source": [source], "cue": ["said"]})
    profile = profile_of(("Investigators reached the crash site near Lorvik on Sunday.", FACT, {}),
                         said("The national air accident bureau", "the plane had lost power"),
                         said("The Air Accident Investigation Bureau", "its final report would take a year"),
                         said("The bureau", "it had recovered both flight recorders"))
    assert profile["credits"] == [None, *["air accident investigation bureau"] * 3]
    assert [source["source"] for source in profile["sources"]] == ["air accident investigation bureau"]
    # a name holding a word of reach the description lacks is another body
    profile = profile_of(said("The state election commission", "turnout was high"),
                         said("The Federal Election Commission", "its audit was finished"))
    assert profile["credits"] == ["state election commission", "federal election commission"]


def test_the_group_is_the_one_group_named_in_capitals_before_a_source_or_not():
    published = ("The Harbour Rights Group published its findings on Monday.", FACT, {})
    answered = ("The port authority called the findings one-sided.", DENIAL,
                {"source": ["The port authority"], "cue": ["called"]})
    stood = ("The group said it stood by its findings.", CLAIM, {"source": ["The group"], "cue": ["said"]})
    profile = profile_of(published, answered, stood)
    assert profile["credits"] == [None, "port authority", "harbour rights group"]
    # after two groups so named, neither
    two = ("The Harbour Rights Group and the Pelton Tenants Group published their findings.", FACT, {})
    assert profile_of(two, answered, stood)["credits"][-1] == "group"


@pytest.mark.parametrize("body, members", [("A panel of 40 climate scientists", "The scientists"),
                                           ("A group of doctors in Orrin", "The doctors")])


def test_the_people_a_body_is_made_of_speak_as_that_body(body, members):
    # before, "The scientists" stood apart from "A panel of 40 climate scientists", as "The employees" does not from
    # "Two former employees"
    said = (f"{body} said the sea would rise faster.", CLAIM, {"source": [body], "cue": ["said"]})
    pages = ("The report runs to 300 pages.", FACT, {})
    again = (f"{members} said coastal cities must plan now.", CLAIM, {"source": [members], "cue": ["said"]})
    credits = profile_of(said, pages, again)["credits"]
    assert credits[2] == credits[0] and credits[0].startswith(("panel", "group"))
    # other people are not its members
    other = ("The engineers said coastal cities must plan now.", CLAIM, {"source": ["The engineers"], "cue": ["said"]})
    assert profile_of(said, pages, other)["credits"][2] == "engineers"

def test_a_pronoun_means_the_one_person_of_its_sex_named_just_before_over_a_source_of_unknown_sex():
    # before, "she" went back to Dorsey Orr, whose sex is unknown, past Nora Quill named in the sentence just before
    def credits(first, before, said):
        return profile_of(
            (f"{first}, the party's field director, released a statement on Monday.", FACT,
             {"source": [f"{first}, the party's field director"]}),
            ("The merger, Orr explained, had been planned since the spring.", CLAIM, {"source": ["Orr"]}),
            (before, FACT, {}),
            (f'"We are ahead of the others," {said} said in an interview.', CLAIM, {"source": [said], "cue": ["said"]}),
        )["credits"]
    quill = "That, party treasurer Nora Quill explained, was deliberate."
    assert credits("Dorsey Orr", quill, "she") == [None, "dorsey orr", None, "nora quill"]
    # not the other sex's pronoun, nor over a source known to be of the pronoun's sex
    assert credits("Dorsey Orr", quill, "he") == [None, "dorsey orr", None, "dorsey orr"]
    assert credits("Ana Orr", quill, "she") == [None, "ana orr", None, "ana orr"]
    # nor where the sentence names another person who may be of that sex; one of the other sex is passed over
    assert credits("Dorsey Orr", "That, Nora Quill and Lee Brandt explained, was deliberate.", "she")[-1] == (
        "dorsey orr")
    assert credits("Dorsey Orr", "That, Nora Quill and Tom Brandt explained, was deliberate.", "she")[-1] == (
        "nora quill")


def test_a_pronoun_after_a_whistleblower_or_an_employee_who_just_spoke_is_theirs():
    # before, "she" skipped the whistleblower, read as no person, back to the company's spokeswoman: a false denial
    def credits(first, role, pronoun):
        profile = profile_of(
            (f"{first}, a spokesperson for Ember, said the reminder was paused.", DENIAL,
             {"source": [f"{first}, a spokesperson for Ember"], "cue": ["said"]}),
            (f"The {role} said that account was false.", DENIAL, {"source": [f"The {role}"], "cue": ["said"]}),
            (f'"They killed it because it worked," {pronoun} said.', DENIAL, {"source": [pronoun], "cue": ["said"]}),
        )
        return profile["credits"], [pair["source"] for pair in profile["denials"]]
    assert credits("Mira Santos", "whistleblower", "she") == (
        ["mira santos", "whistleblower", "whistleblower"], ["mira santos", "whistleblower", "whistleblower"])
    assert credits("Tom Reyes", "whistleblower", "he")[0][-1] == "whistleblower"
    assert credits("Mira Santos", "former employee", "she")[0][-1] == "former employee"
    # a body that spoke last is no "she": the spokeswoman named before
    assert credits("Mira Santos", "ministry", "she")[0][-1] == "mira santos"


def test_he_after_a_name_alone_whose_cue_says_his_is_that_source_not_a_man_named_before():
    # before, "he" went back to Tom Vask: "Kell", of unknown sex and no person known, was passed over
    def credits(first, middle, cue, pronoun="he"):
        return profile_of(
            (f"{first} said he would vote for the levy.", CLAIM, {"source": [first], "cue": ["said"]}),
            (middle, CLAIM, {"source": [middle.split(" ")[0]], "cue": [cue]}),
            (f'"With an eye to March, Harlow," {pronoun} said.', CLAIM, {"source": [pronoun], "cue": ["said"]}),
        )["credits"]
    kell = "Kell freely conceded that his choice was tactical, with an eye on the March vote in Harlow."
    assert credits("Tom Vask", kell, "freely conceded") == ["tom vask", "kell", "kell"]
    assert credits("Ana Vask", "Kell said she would vote no.", "said", "she")[-1] == "kell"
    # no word of its sex after its cue, or one of another: the man named before
    assert credits("Tom Vask", "Kell freely conceded that the choice was tactical.", "freely conceded")[-1] == (
        "tom vask")
    assert credits("Tom Vask", "Kell told him the choice was tactical.", "told")[-1] == "tom vask"
    assert credits("Tom Vask", "Ember said Tom Vask's choice was tactical.", "said")[-1] == "tom vask"


def test_she_carried_through_a_she_sentence_of_fact_is_the_woman_written_of_before_it():
    # before, the "She ..." sentence between lost the topic: the quotation was no one's
    said = ('"Every day since 2003," she said.', CLAIM, {"source": ["she"], "cue": ["said"]})
    first = ("Carol Nguyen, 61, has run the store for 23 years.", FACT, {})
    knows = ("She knows most of her customers by name.", FACT, {})
    assert profile_of(first, knows, said)["credits"] == [None, None, "carol nguyen"]
    assert profile_of(first, knows, ("She opens at six.", FACT, {}), said)["credits"][-1] == "carol nguyen"
    # not a "He ..." sentence after a woman, nor "She ..." after a man: the woman who spoke before
    assert profile_of(first, ("He knows most of his customers by name.", FACT, {}), said)["credits"][-1] is None
    ruiz = ("Ana Ruiz said the rent was high.", CLAIM, {"source": ["Ana Ruiz"], "cue": ["said"]})
    tom = ("Tom Nguyen, 61, has run the store for 23 years.", FACT, {})
    assert profile_of(ruiz, tom, knows, said)["credits"] == ["ana ruiz", None, None, "ana ruiz"]


def test_she_after_a_person_written_of_past_a_long_clause_of_time_is_that_person():
    # before, an opener of more than six words hid the subject: the quotation was no one's
    said = ('"I thought the house was coming apart," she said.', CLAIM, {"source": ["she"], "cue": ["said"]})
    first = ("When the Ellis river burst its banks last March, Mira Quell was asleep upstairs.", FACT, {})
    assert profile_of(first, said)["credits"] == [None, "mira quell"]
    assert profile_of(first, ("She woke to a loud noise.", FACT, {}), said)["credits"][-1] == "mira quell"
    # a long opener of another kind is still read as the subject's words, not passed over
    assert past_opener("Both the ministry and the two largest unions in the city, however, said so.") == 0


#: A woman written of, then an economist's claim: a "she" later is the woman when the copy turns back to her.
QUELL_AND_SOREL = (("Mira Quell was asleep upstairs.", FACT, {}),
                   ("Dr. Ines Sorel, an economist, said the wall would cost more than the homes.", CLAIM,
                    {"source": ["Dr. Ines Sorel, an economist"], "cue": ["said"]}))


def test_she_after_a_subject_with_a_relative_clause_before_its_verb_is_that_subject_not_the_speaker_before():
    # before, ", who is a nurse," hid the subject: "she wrote" was no one's, or the economist's
    profile = profile_of(
        *QUELL_AND_SOREL,
        ("Quell, who is a nurse, posted a long note about the flood plan.", FACT, {}),
        ('"The plan leaves our street behind," she wrote.', CLAIM, {"source": ["she"], "cue": ["wrote"]}),
    )
    assert profile["credits"] == [None, "ines sorel", None, "mira quell"]
    found = opening_subject("Mira Quell, who is a nurse, posted a note.")
    assert found == (0, len("Mira Quell"))
    # a clause with a comma inside it is left alone
    assert opening_subject("Mira Quell, who is a nurse, a mother and a poet, posted a note.") is None


def test_she_after_a_subject_with_a_linking_aside_before_its_verb_is_that_subject_not_the_speaker_before():
    # before, ", for her part," was read into the subject: the quotation went on with Sorel's account
    profile = profile_of(
        *QUELL_AND_SOREL,
        ("Quell, for her part, has decided to stay.", FACT, {}),
        ('"This is home," she said.', CLAIM, {"source": ["she"], "cue": ["said"]}),
    )
    assert profile["credits"] == [None, "ines sorel", None, "mira quell"]
    # "however" and "for its part" alike; a role's "for" still opens what it serves
    for text in ("Mira Quell, however, has decided to stay.", "The ministry, for its part, has said nothing."):
        found = opening_subject(text)
        assert found is not None and text[found[0]:found[1]] == text.split(",")[0]
    found = opening_subject("A spokesman for the ministry said it.")
    assert found is not None and found[1] == len("A spokesman for the ministry")


def test_his_lawyers_are_the_lawyers_of_the_person_he_means_as_his_campaign_is_his():
    # before, "His lawyers said" was a source "lawyers" apart from the client and from a later "Vask's lawyers"
    profile = profile_of(
        ("Tom Vask said he was innocent.", DENIAL, {"source": ["Tom Vask"], "cue": ["said"]}),
        ("His lawyers said the search was unlawful.", DENIAL, {"source": ["His lawyers"], "cue": ["said"]}),
        ("Vask's lawyers later filed an appeal, they said.", CLAIM, {"source": ["Vask's lawyers"], "cue": ["said"]}))
    assert profile["credits"] == ["tom vask", "vask's lawyers", "vask's lawyers"]
    # where "his" means no one known, the lawyers stay nameless
    alone = ("His lawyers said the search was unlawful.", DENIAL, {"source": ["His lawyers"], "cue": ["said"]})
    assert profile_of(alone)["credits"] == ["lawyers"]


@pytest.mark.parametrize("side, key, bare", [("His lawyer", "vask's lawyer", "lawyer"),
                                             ("His brother", "vask's brother", "brother"),
                                             ("His aides", "vask's aides", "aides"),
                                             ("His spokesman", "vask spokesperson", "spokesperson")])


def test_his_lawyer_or_brother_just_after_the_person_he_means_spoke_is_that_person_s(side, key, bare):
    # before, "His lawyer said" or "His brother said" was a source "lawyer" or "brother" of no one
    spoke = ("Tom Vask denied the charge.", DENIAL, {"source": ["Tom Vask"], "cue": ["denied"]})
    said = (f"{side} said Vask was at home that night.", CLAIM, {"source": [side], "cue": ["said"]})
    assert profile_of(spoke, said)["credits"] == ["tom vask", key]
    # but not when another man was written of since, nor after a "he" of its own sentence, whom "his" may mean
    held = ("Police held Ivo Marr on Tuesday.", FACT, {})
    assert profile_of(spoke, held, said)["credits"] == ["tom vask", None, bare]
    own = (f"He was at home that night, {side.lower()} said.", CLAIM, {"source": [side.lower()], "cue": ["said"]})
    assert profile_of(spoke, own)["credits"] == ["tom vask", bare]
    other = (f"{side} said Ivo Marr was at home.", CLAIM, {"source": [side], "cue": ["said"]})
    assert profile_of(spoke, other)["credits"] == ["tom vask", bare]


@pytest.mark.parametrize("subject", ["Foreign Minister Ana Dorr", "Ana Dorr, the foreign minister,"])
def test_her_office_after_a_fact_about_a_person_is_that_person_s_office(subject):
    # before, a person written of only in a fact sentence was no one "her" meant: the office stayed nameless
    office = ("Her office called the quote a fabrication.", DENIAL, {"source": ["Her office"], "cue": ["called"]})
    fact = (f"{subject} visited Kestoria on Monday.", FACT, {})
    assert profile_of(fact, office)["credits"] == [None, "dorr's office"]
    # a man who spoke before is no "her": still hers
    vask = ("Tom Vask said the deal was signed.", CLAIM, {"source": ["Tom Vask"], "cue": ["said"]})
    assert profile_of(vask, fact, office)["credits"] == ["tom vask", None, "dorr's office"]
    # a person of the other sex written of is not whom "her" means
    man = ("Foreign Minister Tom Dorr visited Kestoria on Monday.", FACT, {})
    assert profile_of(man, office)["credits"] == [None, "office"]


@pytest.mark.parametrize("role", ["skipper", "captain", "coach", "manager", "striker"])
def test_he_after_a_subject_named_with_a_lower_case_role_before_the_name_is_that_person(role):
    # before, "skipper Anders Holm" opening a sentence was no subject (its first word in lower case): "He said" after
    # it was no one's
    profile = profile_of(
        ("The race was delayed on Monday.", FACT, {}),
        (f"On Tuesday, {role} Anders Holm met reporters at the dock.", FACT, {}),
        ("He said the crew was tired.", CLAIM, {"source": ["He"], "cue": ["said"]}))
    assert profile["credits"] == [None, None, "anders holm"]
    found = opening_subject(f"{role} Anders Holm met reporters.")
    assert found == (len(role) + 1, len(f"{role} Anders Holm"))


def test_he_opening_a_fact_after_a_man_acted_upon_carries_him_to_the_next_he_said():
    # before, "He spoke to us ..." lost the man released, no topic as one acted upon: the judge's quotation went on
    judge = ('Judge Ivo Hammond said the verdict was "unsafe".', CLAIM,
             {"source": ["Judge Ivo Hammond"], "cue": ["said"]})
    released = ("Dominic Fayle, 52, was released from prison in 2019.", FACT, {})
    spoke = ("He spoke to us at his home in Lenholm.", FACT, {})
    said = ('"I lost my twenties," he said.', CLAIM, {"source": ["he"], "cue": ["said"]})
    assert profile_of(judge, released, spoke, said)["credits"] == ["ivo hammond", None, None, "dominic fayle"]
    # not a "She ..." sentence after a man, nor after one acted upon by someone named who may be the "he"
    assert profile_of(judge, released, ("She spoke to us at her home.", FACT, {}), said)["credits"][-1] == "ivo hammond"
    arrested = ("Dominic Fayle was arrested by Detective Tom Vell in 2019.", FACT, {})
    assert profile_of(judge, arrested, spoke, said)["credits"][-1] != "dominic fayle"


def test_now_before_an_age_or_a_description_is_an_appositive_of_the_subject_a_he_then_means():
    # before, ", now 52," ended no subject: "Fayle" was no topic and the judge's account went on
    fayle = ("Dominic Fayle denied starting the fire.", DENIAL, {"source": ["Dominic Fayle"], "cue": ["denied"]})
    judge = ('Judge Ivo Hammond said the verdict was "unsafe".', CLAIM,
             {"source": ["Judge Ivo Hammond"], "cue": ["said"]})
    said = ('"I lost my twenties," he said.', CLAIM, {"source": ["he"], "cue": ["said"]})
    for aside in ("now 52", "now a teacher"):
        lives = (f"Fayle, {aside}, lives in Lenholm.", FACT, {})
        assert profile_of(fayle, judge, lives, said)["credits"] == ["dominic fayle", "ivo hammond", None,
                                                                    "dominic fayle"]


@pytest.mark.parametrize("work", ["His inspection", "His report", "His latest annual report"])
def test_his_document_is_the_man_the_pronoun_means(work):
    # before, "His inspection found ..." was a source of its own, "inspection", as "Its report" was
    said = ('The chief inspector of prisons, Charles Adeyemi, said the jail was "the worst".', CLAIM,
            {"source": ["The chief inspector of prisons, Charles Adeyemi"], "cue": ["said"]})
    found = (f"{work} found that prisoners were locked up for 22 hours a day.", CLAIM,
             {"source": [work], "cue": ["found"]})
    assert profile_of(said, found)["credits"] == ["charles adeyemi", "charles adeyemi"]
    # not a woman's: whose it is is unclear, the document alone
    ruiz = ("Ana Ruiz said the jail was unsafe.", CLAIM, {"source": ["Ana Ruiz"], "cue": ["said"]})
    assert profile_of(ruiz, found)["credits"][-1] == normalise_source(work)


@pytest.mark.parametrize("owned", ["the ministry's statistics", "the ministry's own statistics"])
def test_a_body_s_statistics_are_the_body_s_own_word(owned):
    # before, "the ministry's own statistics" was a source of its own, as "the ministry's figures" was not
    said = ("The Ministry of Justice said it had accepted the findings.", CLAIM,
            {"source": ["The Ministry of Justice"], "cue": ["said"]})
    cited = (f"According to {owned}, the prison population reached 91,400.", CLAIM,
             {"source": [owned], "cue": ["According to"]})
    assert profile_of(said, cited)["credits"] == ["ministry of justice", "ministry of justice"]


def test_a_name_the_model_split_at_its_capitalised_preposition_is_one_source():
    # before, "Reporters" and "Frontiers" were read apart and the sentence was credited to "frontiers"
    said = ("Reporters Without Frontiers, which ranks Velmar 162nd, said 14 journalists were held.", CLAIM,
            {"source": ["Reporters", "Frontiers"], "cue": ["said"]})
    profile = profile_of(said)
    assert profile["credits"] == ["reporters without frontiers"]
    assert [source["display"] for source in profile["sources"]] == ["Reporters Without Frontiers"]
    # not two names a verb of a title-case headline parts
    tells = ("Ruiz Tells Vask To Resign", CLAIM, {"source": ["Ruiz", "Vask"], "cue": ["Tells"]})
    assert profile_of(tells)["credits"] != ["ruiz tells vask"]

def test_the_main_clause_speaker_is_credited_over_an_accuser_in_a_clause_opening_the_sentence():
    profile = profile_of(
        ("Mayor Tom Vask did not answer.", FACT, {}),
        ('After Ana Ruiz accused him of bullying, he warned, "If they come after me, I will answer in kind," Vask '
         "told Harlow Radio when asked about the council.", CLAIM,
         {"source": ["Ana Ruiz", "Vask"], "cue": ["accused", "told"]}),
    )
    assert profile["credits"] == [None, "tom vask"]
    # a pronoun past the clause may mean the clause's subject
    profile = profile_of(
        ("Tom Vask met Mayor Ana Ruiz in May.", FACT, {}),
        ('When Vask chose the phrase "not ready to decide," he was repeating Ruiz, who had chosen it at a hearing '
         "in May.", CLAIM, {"source": ["Vask", "he", "who"], "cue": ["chose", "was repeating"]}),
    )
    assert profile["credits"] == [None, "tom vask"]
    # no cue after the span past the clause ("according to early polls"): the clause's speaker, whom "she" means
    profile = profile_of(
        ("While Ana Ruiz said that she expects the levy to pass, she worries about the count in Harlow, where, "
         "according to early polls, Vask is ahead.", CLAIM,
         {"source": ["Ana Ruiz", "early polls"], "cue": ["said", "according to"]}),
    )
    assert profile["credits"] == ["ana ruiz"]
    # two main clauses: the first written of two as near their cues, as before
    profile = profile_of(
        ("Mayor Tom Vask did not answer.", FACT, {}),
        ("Ana Ruiz said the levy was unfair, and Vask told Harlow Radio that it was fair.", CLAIM,
         {"source": ["Ana Ruiz", "Vask"], "cue": ["said", "told"]}),
    )
    assert profile["credits"] == [None, "ana ruiz"]


@pytest.mark.parametrize("said", [
    "he said after federal prosecutor Dan Orr read out the charges.",
    "he told reporters after federal prosecutor Dan Orr read out the charges.",
    "he said, as prosecutor Dan Orr looked on.",
])
def test_he_said_after_someone_else_acted_is_whom_he_means(said):
    profile = profile_of(
        ("Tom Vask, 44, pleaded guilty on Monday.", FACT, {}),
        (f'"Every word of it is true," {said}', CLAIM, {"source": ["he", "Orr"], "cue": [said.split()[1].strip(",")]}),
    )
    assert profile["credits"] == [None, "tom vask"]


POSSESSIVE_OPENING = ("Tom Vask's beard was greyer and his step slower than in 2004.", FACT, {})
QUOTED_HE = ('"She was always the braver of us two," he told them.', CLAIM, {"source": ["he"], "cue": ["told"]})


def test_he_after_a_possessive_subject_and_fact_sentences_about_him_is_that_person():
    profile = profile_of(
        POSSESSIVE_OPENING,
        ("At his first rally of the season, the former mayor praised his wife before a crowd of 300 in a school hall.",
         FACT, {}),
        ("He did not mention his own record.", FACT, {"source": ["He"], "cue": ["did not mention"]}),
        QUOTED_HE,
    )
    assert profile["credits"] == [None, None, None, "tom vask"]
    assert profile_of(POSSESSIVE_OPENING, QUOTED_HE)["credits"] == [None, "tom vask"]


@pytest.mark.parametrize("between", [
    "In his first speech, the former mayor praised Dan Orr, the party chairman.",  # another man named since
    "In her first speech, the senator gave the crowd a warm welcome.",  # a pronoun of the other sex
    "The crowd cheered for a long time.",  # no one written of
])
def test_he_after_a_possessive_subject_is_no_one_where_the_fact_between_leaves_him(between):
    profile = profile_of(POSSESSIVE_OPENING, (between, FACT, {}), QUOTED_HE)
    assert profile["credits"] == [None, None, None]


@pytest.mark.parametrize("said, span", [
    ("Vask said the party was ready.", "Vask"),
    ("\u201cWe are ready,\u201d Vask said.", "Vask"),
    ("Vask, a Democrat, said the party was ready.", "Vask, a Democrat"),
])
def test_he_added_after_a_surname_alone_credited_just_before_is_that_person_s(said, span):
    added = ("He added that the voters would decide.", CLAIM, {"source": ["He"], "cue": ["added"]})
    assert profile_of((said, CLAIM, {"source": [span], "cue": ["said"]}), added)["credits"] == ["vask", "vask"]


@pytest.mark.parametrize("said, span, cue", [
    ("Reuters said the border was closed.", "Reuters", "said"),  # a news agency
    ("Officials said the border was closed.", "Officials", "said"),  # a group
    ("Ms. Ruiz said the border was closed.", "Ms. Ruiz", "said"),  # a woman
    # an outlet's word after "the"
    ("The plan was backed by the council, according to The Ledger.", "Ledger", "according to"),
])
def test_he_after_a_one_word_source_that_is_no_man_stays_no_one_s(said, span, cue):
    added = ("He added that talks would resume.", CLAIM, {"source": ["He"], "cue": ["added"]})
    assert profile_of((said, CLAIM, {"source": [span], "cue": [cue]}), added)["credits"][1] is None


def test_a_named_subject_doing_something_reportedly_goes_on_with_the_outlet_that_reported_it():
    report = ("The files were found in 2019, according to the Harlow Ledger.", CLAIM,
              {"source": ["the Harlow Ledger"], "cue": ["according to"]})
    profile = profile_of(report, ("Ana Ruiz reportedly forwarded them to a private account.", CLAIM, {}))
    assert profile["credits"] == ["harlow ledger"] * 2


@pytest.mark.parametrize("post", ["A widely shared post", "A video posted last week"])
def test_the_service_a_post_went_out_on_is_not_its_source(post):
    # "Telegram" after "on" is where the post is: the post speaks, and the company that runs the service, answering
    # later, is a source of its own
    claimed = (f"{post} on Telegram claimed that the ministry had banned home gardens.", CLAIM,
               {"source": [post, "Telegram"], "cue": ["claimed"]})
    answer = ("Telegram said it did not comment on individual channels.", CLAIM,
              {"source": ["Telegram"], "cue": ["said"]})
    credits = profile_of(claimed, answer)["credits"]
    assert credits[0] not in (None, "telegram") and credits[1] == "telegram"


def test_one_said_to_be_someone_with_no_cue_after_is_spoken_of_not_a_speaker():
    # before, "a man" marked as the source of "a man said to be a diplomat discussed ..." was credited, and the
    # broadcast's account stopped there
    broadcast = ("State channel VTV-2 showed what it said were bank transfers.", CLAIM,
                 {"source": ["State channel VTV-2"], "cue": ["showed"]})
    call = ("The report also aired a call in which a man said to be a Marland diplomat discussed the march.",
            CLAIM, {"source": ["man"]})
    assert profile_of(broadcast, call)["credits"][1] == profile_of(broadcast)["credits"][0]
    # one said to be a diplomat who then speaks is still the speaker
    spoke = ("A man said to be a Marland diplomat told the channel the march was planned.", CLAIM,
             {"source": ["A man"], "cue": ["told"]})
    assert profile_of(spoke)["credits"] == ["man"]


def test_he_in_a_denial_after_a_firm_s_officer_named_with_the_firm_in_the_possessive_is_that_officer():
    # before, "Harrow Living's" read as a person named in passing, whom the denial's "he" might mean: no one's
    claim = ("Harrow Living's managing director, Owen Tarrant, said the firm was proud of the estate.", CLAIM,
             {"source": ["Harrow Living's managing director, Owen Tarrant"], "cue": ["said"]})
    denial = ('"We have never cut a corner on repairs," he said.', DENIAL, {"source": ["he"], "cue": ["said"]})
    assert profile_of(claim, denial)["credits"] == ["owen tarrant"] * 2
    # someone else named in the claim's content may still be whom the denial's "he" means
    accusation = ("Owen Tarrant said Piet Morrow had taken the money.", CLAIM,
                  {"source": ["Owen Tarrant"], "cue": ["said"]})
    assert profile_of(accusation, denial)["credits"] == ["owen tarrant", None]


@pytest.mark.parametrize("country", ["Dravinia", "The Republic of Dravinia"])
@pytest.mark.parametrize("ministry", ["Its Foreign Ministry", "Its foreign ministry", "Its Ministry of Defence"])
def test_its_ministry_is_the_state_credited_just_before_it_s(country, ministry):
    denied = (f"{country} has denied the claim.", DENIAL, {"source": [country], "cue": ["denied"]})
    exercise = (f"{ministry} said the troops were on exercise.", DENIAL, {"source": [ministry], "cue": ["said"]})
    owned = (f"{country.removeprefix('The ')}'s {ministry.removeprefix('Its ')} said the troops were on exercise.",
             DENIAL, {"source": [f"{country.removeprefix('The ')}'s {ministry.removeprefix('Its ')}"], "cue": ["said"]})
    assert profile_of(denied, exercise)["credits"] == profile_of(denied, owned)["credits"]


@pytest.mark.parametrize("state", ["Chile", "The Kingdom of Orsland"])
@pytest.mark.parametrize("owned", ["Its foreign ministry", "Its embassy in Kestoria", "Its armed forces"])
def test_its_ministry_embassy_or_forces_after_a_state_acted_crediting_no_one_is_that_state_s(state, owned):
    # before, "Its foreign ministry" after a state that acted but said nothing was a bare "foreign ministry", no one's
    acted = (f"{state} launched an inquiry into the sale on Monday.", FACT, {})
    vetted = (f"{owned} said the buyer had been vetted.", CLAIM, {"source": [owned], "cue": ["said"]})
    named = state.removeprefix("The ")
    assert profile_of(acted, vetted)["credits"] == [None, f"{named.lower()}'s {owned.removeprefix('Its ').lower()}"]
    # a person who acted owns no ministry: "its" stays no one's
    person = ("Tom Vask launched an inquiry into the sale on Monday.", FACT, {})
    assert profile_of(person, vetted)["credits"][1] == owned.removeprefix("Its ").lower()
    # a sentence between: "its" may mean anything it wrote of
    between = ("The sale was worth 40 million crowns.", FACT, {})
    assert profile_of(acted, between, vetted)["credits"][2] == owned.removeprefix("Its ").lower()


@pytest.mark.parametrize("accuser", ["The Republic of Dravinia", "Dravinia's president"])
@pytest.mark.parametrize("owned, key", [("Its Foreign Ministry", "kestoria's foreign ministry"),
                                        ("Its spokesman", "kestoria spokesperson")])


def test_its_ministry_or_spokesman_denying_an_accusation_is_the_accused_s_not_the_accuser_s(accuser, owned, key):
    # before, "its" went to the accuser, credited just before: Dravinia's own ministry denied Dravinia's charge
    accused = (f"{accuser} accused Kestoria of shelling a border post.", CLAIM,
               {"source": [accuser], "cue": ["accused"]})
    denied = (f"{owned} denied it.", DENIAL, {"source": [owned], "cue": ["denied"]})
    profile = profile_of(accused, denied)
    assert profile["credits"][1] == key
    assert profile["denials"] == [{"denial": 1, "source": key, "allegation": 0}]
    # a claim after the accusation goes on with the accuser's side; so does a denial after accusing a person
    claimed = (f"{owned} said two soldiers were hurt.", CLAIM, {"source": [owned], "cue": ["said"]})
    assert not profile_of(accused, claimed)["credits"][1].startswith("kestoria")
    person = (f"{accuser} accused Tom Vask of lying.", CLAIM, {"source": [accuser], "cue": ["accused"]})
    assert not (profile_of(person, denied)["credits"][1] or "").startswith("tom vask")


@pytest.mark.parametrize("owned", ["Its Foreign Ministry", "Its spokesman"])
def test_its_ministry_or_spokesman_opening_a_sentence_with_no_source_marked_is_still_credited(owned):
    # before, a subject opening with "Its" was read as a pronoun, naming no one: the sentence was credited to no one
    denied = ("Dravinia has denied the claim.", DENIAL, {"source": ["Dravinia"], "cue": ["denied"]})
    unmarked = (f"{owned} said the troops were on exercise.", DENIAL, {"cue": ["said"]})
    marked = (f"{owned} said the troops were on exercise.", DENIAL, {"source": [owned], "cue": ["said"]})
    assert profile_of(denied, unmarked)["credits"] == profile_of(denied, marked)["credits"]
    assert profile_of(denied, unmarked)["credits"][1].startswith("dravinia")
    # "its" with a word of no body or role after it is still no one
    plain = ("Its troops were on exercise, it said.", DENIAL, {"cue": ["said"]})
    assert profile_of(denied, plain)["credits"][1] != "troops"


@pytest.mark.parametrize("marked", ["Vell's terse", "Tom Vell's terse"])
def test_a_possessive_source_span_a_cue_runs_into_is_its_possessor(marked):
    asked = ("Reporters asked Tom Vell about the deal.", FACT, {})
    reply = (f'{marked} reply: "No."', CLAIM, {"source": [marked], "cue": ["terse reply"]})
    assert profile_of(asked, reply)["credits"] == [None, "tom vell"]
    # a possessive the cue does not reach stays as marked
    said = ("Vell's lawyer said no.", CLAIM, {"source": ["Vell's lawyer"], "cue": ["said"]})
    assert profile_of(said)["credits"] != ["vell"]


def test_a_possessive_source_span_no_cue_of_what_was_said_runs_into_stays_as_marked():
    critics = ("Even Vell's critics did not dispute his record.", DENIAL,
               {"source": ["Vell's critics"], "cue": ["critics did not dispute"]})
    assert profile_of(critics)["credits"] == ["vell's critics"]
    fans = ('Vell\'s adoring fans reply, "Yes!"', CLAIM, {"source": ["Vell's adoring fans"], "cue": ["reply"]})
    assert profile_of(fans)["credits"] == ["vell's adoring fans"]


def test_a_possessive_source_span_alone_before_a_cue_of_what_was_said_is_its_possessor():
    alone = ('Vell\'s terse reply: "No."', CLAIM, {"source": ["Vell's"], "cue": ["terse reply"]})
    assert profile_of(alone)["credits"] == ["vell"]


PRESIDENT = ("President Tom Vask answered a farmer's question on Wednesday.", DENIAL,
             {"source": ["President Tom Vask"], "cue": ["answered"]})
TOLD = ('"Nobody is closing the mills," the president said.', CLAIM,
        {"source": ["the president"], "cue": ["said"]})


def test_the_president_is_the_one_president_named_when_the_last_speaker_has_a_role_of_their_own():
    # a senator spoke between: "the president" is still Vask, as "the governor" is its one holder (before, a source
    # of its own, "president")
    senator = ("Senator Ana Ruiz said the answer dodged the question.", CLAIM,
               {"source": ["Senator Ana Ruiz"], "cue": ["said"]})
    assert profile_of(PRESIDENT, senator, TOLD)["credits"] == ["tom vask", "ana ruiz", "tom vask"]
    # one written with no role may be another president, unsaid ("Zelensky denied it"): as written
    untold = ("Ana Ruiz denied it.", DENIAL, {"source": ["Ana Ruiz"], "cue": ["denied"]})
    assert profile_of(PRESIDENT, untold, TOLD)["credits"] == ["tom vask", "ana ruiz", "president"]
    # a union's president named too: two presidents, neither
    union = ("Ana Ruiz, the union's president, said the strike would go on.", CLAIM,
             {"source": ["Ana Ruiz, the union's president"], "cue": ["said"]})
    assert profile_of(PRESIDENT, union, TOLD)["credits"] == ["tom vask", "ana ruiz", "president"]


def test_a_titled_possessor_s_title_is_not_the_role_of_the_person_who_serves_them():
    # "President Tom Vask's adviser" holds no presidency: "the president" is Vask, not his adviser
    adviser = ("Ana Ruiz, President Tom Vask's trade envoy, criticised the tariff.", CLAIM,
               {"source": ["Ana Ruiz, President Tom Vask's trade envoy"], "cue": ["criticised"]})
    aside = ("The visit was planned without the ministry.", FACT, {})
    said = ("The president has told aides he will skip the summit.", CLAIM,
            {"source": ["The president"], "cue": ["has told"]})
    assert profile_of(adviser, aside, said)["credits"] == ["ana ruiz", None, "tom vask"]
    # so a governor's aide is no governor
    aide = ("Ana Ruiz, Gov. Tom Vask's chief of staff, defended the budget.", CLAIM,
            {"source": ["Ana Ruiz, Gov. Tom Vask's chief of staff"], "cue": ["defended"]})
    governor = ("The governor said the cuts were needed.", CLAIM, {"source": ["The governor"], "cue": ["said"]})
    assert profile_of(aide, aside, governor)["credits"] == ["ana ruiz", None, "tom vask"]


ELLIS = ('"The figures do not add up," said Tom Ellis, a budget analyst.', CLAIM,
         {"source": ["Tom Ellis, a budget analyst"], "cue": ["said"]})
EXPERTS = ("Experts say the plan is a mess.", CLAIM, {"source": ["Experts"], "cue": ["say"]})


@pytest.mark.parametrize("opening", ['Said Ellis: "', 'Added Ellis, "', 'Countered Ellis: "', "Replied Ellis: '"])
def test_a_cue_opening_the_sentence_names_its_speaker_before_the_quotation(opening):
    # the model marked no source: before, the quotation went on with the last speaker's account (the experts)
    quoted = (f"{opening}The rebate will never reach them.{opening[-1]}", CLAIM, {"cue": [opening.split(' ')[0]]})
    assert profile_of(ELLIS, EXPERTS, quoted)["credits"] == ["tom ellis", "experts", "tom ellis"]
    # a name in full, or a surname after a title, need not have been named before
    full = (f"{opening.replace('Ellis', 'Ana Ruiz')}The rebate will never reach them.{opening[-1]}", CLAIM,
            {"cue": [opening.split(' ')[0]]})
    assert profile_of(EXPERTS, full)["credits"] == ["experts", "ana ruiz"]
    titled = (f"{opening.replace('Ellis', 'Mayor Ruiz')}The rebate will never reach them.{opening[-1]}", CLAIM,
              {"cue": [opening.split(' ')[0]]})
    assert profile_of(EXPERTS, titled)["credits"] == ["experts", "ruiz"]


@pytest.mark.parametrize("opening", ['Said Tuesday: "', 'Added Monday: "', 'Countered Tuesday, "'])
def test_a_day_after_a_cue_opening_the_sentence_is_no_speaker(opening):
    # before, "said tuesday" or "added monday" was read as a speaker's full name
    quoted = (f"{opening}I do not think she cares.{opening[-1]}", CLAIM, {"cue": [opening.split(' ')[0]]})
    assert profile_of(ELLIS, quoted)["credits"] == ["tom ellis", "tom ellis"]


def test_a_cue_and_a_name_before_a_quotation_are_no_speaker_s_label_but_a_turn_s_label_stays():
    assert opening_label_length('Said Ellis: "I doubt it."') == 0
    assert opening_label_length("Said Ahmed: We will go on.") == len("Said Ahmed: ")


@pytest.mark.parametrize("made", ["an analysis by Ana Ruiz, a professor at Kessel State University",
                                  "a review by Ana Ruiz, a former budget adviser at New Kessel University",
                                  "a 40-page report by Dr. Ana Ruiz, an economist at the Harbour Policy Institute"])


def test_a_document_by_a_person_described_at_a_body_is_the_person_s(made):
    # before, the description with the most capitalised words was taken ("professor at kessel state university")
    said = (f"Some families would pay more under the plan, according to {made}.", CLAIM,
            {"source": [made], "cue": ["according to"]})
    later = ("Ruiz said most households would end up paying more.", CLAIM, {"source": ["Ruiz"], "cue": ["said"]})
    assert profile_of(said, later)["credits"] == ["ana ruiz", "ana ruiz"]


@pytest.mark.parametrize("quoting, marks, quoted", [
    ("It quoted an unnamed crew member as saying the pumps failed.", {"source": ["It"], "cue": ["quoted"]},
     "unnamed crew member"),
    ("It quoted an unnamed crew member as saying the pumps failed.", {"cue": ["quoted"]}, "unnamed crew member"),
    ('"We had no warning," the Lantern quoted Ms. Ada Rell, the ship\'s cook, as saying.',
     {"source": ["the Lantern"], "cue": ["quoted"]}, "ada rell")])


def test_an_outlet_quoting_someone_as_saying_credits_the_one_quoted(quoting, marks, quoted):
    # before, the outlet that relays the words, or no one, was credited with them
    profile = profile_of(
        ("The Daily Lantern reported the ferry sank at dawn.", CLAIM,
         {"source": ["The Daily Lantern"], "cue": ["reported"]}),
        (quoting, CLAIM, marks))
    assert profile["credits"] == ["daily lantern", quoted]
    # one quoted in the passive is the subject, as before
    profile = profile_of(("Ada Rell was quoted as saying the pumps failed.", CLAIM,
                          {"source": ["Ada Rell"], "cue": ["was quoted"]}))
    assert profile["credits"] == ["ada rell"]


@pytest.mark.parametrize("leader, pronoun, credited", [("Peter Vask", "him", "peter vask"),
                                                       ("Ana Ruiz", "her", "ana ruiz")])


def test_an_outlet_quoting_him_or_her_as_saying_credits_the_person_the_pronoun_means(leader, pronoun, credited):
    # before, "him" quoted was no one's, and the sentence was credited to no one
    profile = profile_of(
        (f"{leader}, the union leader, met the board on Monday.", FACT, {}),
        (f"The Lantern quoted {pronoun} as saying the deal was dead.", CLAIM,
         {"source": ["The Lantern"], "cue": ["quoted"]}))
    assert profile["credits"] == [None, credited]


@pytest.mark.parametrize("quoter", ["Vask", "Senator Tom Vask"])
def test_a_person_quoting_someone_as_saying_makes_the_point_himself(quoter):
    # before, the one quoted was credited, as for an outlet that relays the words: "Vask quoted Churchill" was
    # Churchill's, though Vask made the point
    profile = profile_of(
        ("Tom Vask spoke to farmers in Dunmore.", FACT, {}),
        (f"{quoter} quoted Churchill as saying that success is never final.", CLAIM,
         {"source": [quoter], "cue": ["quoted"]}))
    assert profile["credits"] == [None, "tom vask"]
    # an outlet, or a reporter, quoting him still relays his words: his
    for relay in ("The Lantern", "Lantern reporter Ed Holt"):
        relayed = (f"{relay} quoted him as saying that the plan would fail.", CLAIM,
                   {"source": [relay], "cue": ["quoted"]})
        assert profile_of(("Tom Vask spoke to farmers in Dunmore.", FACT, {}), relayed)["credits"] == [None, "tom vask"]


@pytest.mark.parametrize("first", ["Mayor Tom Vask spoke to farmers in Dunmore.",
                                   "Detective Inspector Tom Vask spoke to farmers in Dunmore."])
def test_a_surname_written_first_after_a_title_is_a_person_s(first):
    # before, a title first made "Mayor Tom Vask" no personal name, so "Vask" was no known surname and "Vask quoted
    # Churchill" relayed Churchill as an outlet would
    profile = profile_of(
        (first, FACT, {}),
        ("Vask quoted Churchill as saying that success is never final.", CLAIM,
         {"source": ["Vask"], "cue": ["quoted"]}))
    assert profile["credits"] == [None, "tom vask"]
    assert surnames_in(first) == {"vask"}
    # a place named after a titled person names no one
    for place in ("Prince Edward Island", "President Kennedy Street", "Governor Macquarie Drive"):
        assert surnames_in(f"The storm reached {place} on Monday.") == set()


def test_an_outlet_that_quoted_someone_in_a_relative_clause_speaks_its_main_clause():
    # "which quoted Orr as saying" says what the outlet did; its own "said" is what the sentence credits
    profile = profile_of(
        ("The Lantern, which quoted Tom Orr as saying the pumps failed, said it stood by its story.", CLAIM,
         {"source": ["The Lantern"], "cue": ["quoted", "said"]}))
    assert profile["credits"] == ["lantern"]


@pytest.mark.parametrize("said, marks, speaker", [
    ("Two councillors who had backed the tenants voted the plan down, saying the rents were too high.",
     {"source": ["the tenants"], "cue": ["saying"]}, "two councillors"),
    ("Councillor Ana Holt, who had backed the tenants, voted the plan down, saying the rents were too high.",
     {"source": ["the tenants"], "cue": ["saying"]}, "ana holt"),
    ("Vask, who helped catch Tom Orr -- who hurt 23 people -- told radio listeners the city was safer now.",
     {"source": ["Tom Orr"], "cue": ["told"]}, "vask"),
    ("Ana Vask, who helped catch Tom Orr -- who hurt 23 people -- told radio listeners the city was safer now.",
     {"source": ["Ana Vask", "Tom Orr"], "cue": ["told"]}, "ana vask")])


def test_one_a_who_clause_acts_on_is_named_in_passing_and_the_one_it_is_about_speaks(said, marks, speaker):
    # before, the tenants and the man Vask helped catch were credited with what the subject said
    assert profile_of((said, CLAIM, marks))["credits"] == [speaker]
    # one the clause is about and who speaks in it is still credited
    assert profile_of(("Residents who accused Tom Orr said the fence was down.", CLAIM,
                       {"source": ["Residents who accused Tom Orr"], "cue": ["said"]}))["credits"] == ["residents"]


@pytest.mark.parametrize("body, key", [("The Office for Standards in Care", "office for standards in care"),
                                       ("The Department of Fisheries and Coastal Affairs",
                                        "department of fisheries and coastal affairs")])


def test_the_report_a_body_named_with_and_or_in_published_is_that_body_s(body, key):
    # before, "in" or "and" ended the body's name as a subject: "the report" was a source of its own
    report = ("The report said homes were short of staff.", CLAIM, {"source": ["The report"], "cue": ["said"]})
    assert profile_of((f"{body} published its report.", FACT, {}), report)["credits"] == [None, key]
    # two people joined by "and" are no one body
    profile = profile_of(("Secretary of State Tom Orr and Ana Vell published their report.", FACT, {}), report)
    assert profile["credits"] == [None, "report"]


@pytest.mark.parametrize("sacked", ["Holt fired the coach after he said the bus was unsafe.",
                                    "Ana Holt fired the coach because he said the bus was unsafe.",
                                    "Holt sacked her driver after he said the car was unsafe."])


def test_he_saying_after_a_person_named_by_a_role_noun_is_no_man_named_before(sacked):
    # before, "he" went to the man named before: the coach, whom no name stands for, may be the one who said it
    vell = ("Tom Vell said the race was fixed.", CLAIM, {"source": ["Tom Vell"], "cue": ["said"]})
    assert profile_of(vell, (sacked, CLAIM, {"source": ["he"], "cue": ["said"]}))["credits"] == ["tom vell", None]


@pytest.mark.parametrize("quit_", ["Holt quit as coach after she said the bus was unsafe.",
                                   "Ana Holt quit her job as a driver after she said the bus was unsafe.",
                                   "Holt stayed on as the team's coach after she said the bus was unsafe."])


def test_a_role_held_as_one_s_own_is_no_other_person_a_she_saying_may_mean(quit_):
    # a role after "as" is the subject's, so "she" is Holt, the last speaker, not the coach nor the driver
    holt = ("Ana Holt said the race was fixed.", CLAIM, {"source": ["Ana Holt"], "cue": ["said"]})
    assert profile_of(holt, (quit_, CLAIM, {"source": ["she"], "cue": ["said"]}))["credits"] == ["ana holt"] * 2


def test_a_she_saying_after_a_role_noun_is_the_last_speaker_who_is_the_sentence_s_subject():
    # the subject is the last speaker, "the coach" only describes her: "she" is Holt
    holt = ("Ana Holt said the race was fixed.", CLAIM, {"source": ["Ana Holt"], "cue": ["said"]})
    quit_ = ("Holt, the coach, quit after she said the bus was unsafe.", CLAIM, {"source": ["she"], "cue": ["said"]})
    assert profile_of(holt, quit_)["credits"] == ["ana holt"] * 2


@pytest.mark.parametrize("cue", ["Added", "Said", "Countered"])
def test_a_cue_opening_a_quotation_is_no_first_word_of_a_surname_named_nowhere_before(cue):
    # before, the surname grew back over the cue into a name of its own ("added holt")
    quoted = (f'{cue} Holt: "The rebate will never reach them."', CLAIM, {"cue": [cue]})
    profile = profile_of(EXPERTS, quoted)
    assert profile["credits"] == ["experts", "holt"]
    assert [entry["display"] for entry in profile["sources"]] == ["Experts", "Holt"]


@pytest.mark.parametrize("opening", ["When Priya Mallory brought her father in, she expected a wait.",
                                     "After Priya Mallory left the ward, she rang her sister."])


def test_she_after_a_woman_named_in_an_opening_clause_whose_main_clause_she_opens_is_that_woman(opening):
    profile = profile_of(
        (opening, FACT, {}),
        ("She had brought a book.", FACT, {}),
        ('"Nobody told us anything," she said.', CLAIM, {"source": ["she"], "cue": ["said"]}),
        gap="\n\n")
    assert profile["credits"] == [None, None, "priya mallory"]
    # the clause's subject is no one "she" means where the main clause opens with someone else
    profile = profile_of(
        ("When Priya Mallory brought her father in, the nurse on duty was busy.", FACT, {}),
        ('"Nobody told us anything," she said.', CLAIM, {"source": ["she"], "cue": ["said"]}),
        gap="\n\n")
    assert profile["credits"] == [None, None]


@pytest.mark.parametrize("entry, credit", [
    ('12:30 Sefton: "This is entirely preventable."', "sefton"),
    ('12:30 GMT Mayor Ana Sefton: "This is entirely preventable."', "ana sefton"),
    ('12:30 Sefton: "This is entirely preventable," the mayor said.', "mayor"),  # the quotation's own source
    ('12:30 Update: "Preventable" was the word of the day.', None),
])
def test_a_name_labelling_a_liveblog_entry_s_quotation_after_its_time_is_who_says_it(entry, credit):
    profile = profile_of(("12:15 The river rose by a metre overnight.", FACT, {}), (entry, CLAIM, {}),
                         ("12:45 Roads in Tarrow are closed.", FACT, {}), gap="\n\n")
    assert profile["credits"] == [None, credit, None]


@pytest.mark.parametrize("passing, denier", [
    ("The Harlow Weekly put him on a navy frigate.", "tom vask"),
    ("Reports placed him in the Ostmark War.", "tom vask"),
    ("He spoke again on Labor Day at Madison Square.", "tom vask"),
    # a given name before "Day" or "Tower" makes a man, whom the "he" may mean as well as Vask: no one
    ("Reporters also asked his rival, Ray Day, about the tours.", None),
    ("The same question was put to Sen. John Tower on Friday.", None),
])
def test_a_war_a_day_or_a_weekly_named_since_a_claim_is_no_person_the_he_of_a_denial_may_mean(passing, denier):
    # before, "Harlow Weekly", "Ostmark War" and "Labor Day" were read as people named in passing since Vask's claim,
    # so his own denial after them went to no one
    profile = profile_of(
        ("Senator Tom Vask said he had served two tours abroad.", CLAIM,
         {"source": ["Senator Tom Vask"], "cue": ["said"]}),
        (passing, FACT, {}),
        ("In an interview, he said he could not recall reading those stories.", DENIAL,
         {"source": ["he"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["tom vask", None, denier]


def test_a_document_from_one_source_to_another_is_the_sender_s_not_the_recipient_s():
    # before, the recipient named after "to", nearest the cue, was credited with what the sender wrote
    profile = profile_of(
        ("The memo from Kessel Institute President Ana Ruiz to party chairman Tom Vask asks whether the vote can "
         "wait.", CLAIM, {"source": ["Kessel Institute President Ana Ruiz", "party chairman Tom Vask"],
                          "cue": ["asks"]}),
        ("A letter from the union to the board says the plan is rushed.", CLAIM,
         {"source": ["the union", "the board"], "cue": ["says"]}),
        ("Vask wrote to the board, saying the plan could wait.", CLAIM, {"source": ["Vask"], "cue": ["wrote"]}),
    )
    assert profile["credits"] == ["ana ruiz", "union", "tom vask"]


@pytest.mark.parametrize("clause", ["a few hours after", "days before", "shortly after", "when"])
def test_a_speaker_in_a_clause_of_time_after_the_main_clause_is_not_credited_over_the_main_speaker(clause):
    # before, "Tom Vask", whose cue is next to him, was credited over Ruiz, whose "on Monday" stood before her cue
    profile = profile_of((f"Ana Ruiz on Monday repeated that she opposes the toll, {clause} Governor Tom Vask said he "
                          "backs it.", CLAIM, {"source": ["Ana Ruiz", "Governor Tom Vask"],
                                               "cue": ["repeated", "said"]}))
    assert profile["credits"] == ["ana ruiz"]


def test_a_speaker_in_a_clause_of_time_is_credited_when_the_main_clause_speaks_not():
    # the members held a press conference: they said nothing the sentence reports, Vask did
    profile = profile_of(
        ("Members of the Kessel Caucus held a press conference, shortly after Tom Vask said he backs the toll.",
         CLAIM, {"source": ["Members of the Kessel Caucus", "Tom Vask"], "cue": ["said"]}))
    assert profile["credits"] == ["tom vask"]


@pytest.mark.parametrize("marked", ["I’m", "I'm", "I've", "we're"])
def test_a_pronoun_run_on_with_its_verb_inside_a_quotation_is_no_new_source(marked):
    # before, "I'm" marked as a source became a source of its own, "i'm", and took the rest of the quotation
    profile = profile_of(
        ('"The river rose fast," Mayor Tom Vask said.', CLAIM, {"source": ["Mayor Tom Vask"], "cue": ["said"]}),
        (f'"And {marked} saying, where is the levee?', CLAIM, {"source": [marked], "cue": ["saying"]}),
        ('We have to act."', CLAIM, {}),
    )
    assert profile["credits"] == ["tom vask"] * 3
    assert [s["source"] for s in profile["sources"]] == ["tom vask"]


def test_the_n_year_old_with_no_one_written_at_that_age_is_the_person_credited_just_before():
    # before, "the 43-year-old" became a source of its own when no one had been written with that age
    said = ('"It takes years to build a fleet," the 43-year-old said.', CLAIM,
            {"source": ["the 43-year-old"], "cue": ["said"]})
    for first, meant in (("Senator Tom Vask said the navy needs ships.", "tom vask"),
                         ("Senator Tom Vask, 43, said the navy needs ships.", "tom vask"),
                         ("Senator Tom Vask, 52, said the navy needs ships.", "43-year-old")):
        profile = profile_of((first, CLAIM, {"source": ["Senator Tom Vask"], "cue": ["said"]}), said)
        assert profile["credits"] == ["tom vask", meant]


def test_a_clause_of_being_asked_with_no_comma_is_no_part_of_the_name_after_it():
    # before, the subject finder read the clause into the name: "asked about the deal vask"
    for asked in ("Asked about the deal Vask said no.", "Asked whether the deal was dead Mayor Tom Vask said no."):
        profile = profile_of(("Tom Vask runs the port.", FACT, {}), (asked, CLAIM, {"cue": ["said"]}))
        assert profile["credits"] == [None, "tom vask"]


@pytest.mark.parametrize("marked", ["released on Tuesday", "released", "Tuesday"])
def test_a_source_that_is_only_a_participle_of_making_or_its_time_is_the_document_before_it(marked):
    # before, "released on Tuesday" or "released" was the source, and "Tuesday" left the sentence to no one
    profile = profile_of(("The harbour bridge cost 827 million crowns, figures released on Tuesday show.", CLAIM,
                          {"source": [marked], "cue": ["show"]}))
    assert profile["credits"] == ["figures"]


def test_a_team_led_by_a_named_person_is_known_by_that_person():
    # before, "the team led by glaciologist Dr. Kofi Mensah" was a source apart from Kofi Mensah
    profile = profile_of(
        ("Ice loss has doubled since 2010, the team led by glaciologist Dr. Kofi Mensah said.", CLAIM,
         {"source": ["the team led by glaciologist Dr. Kofi Mensah"], "cue": ["said"]}),
        ("Mensah said the shelf could break within a decade.", CLAIM, {"source": ["Mensah"], "cue": ["said"]}))
    assert profile["credits"] == ["kofi mensah", "kofi mensah"]


@pytest.mark.parametrize("name", ["Tom Steel", "Ana Mills", "Lena Power"])
def test_a_person_whose_surname_is_a_firm_s_last_word_is_no_company_the_company_means(name):
    # before, "Tom Steel, a welder" was read as a firm by "Steel", and a later "The company said" joined him
    profile = profile_of(
        (f"{name}, a welder, said the night shift was cut.", CLAIM, {"source": [f"{name}, a welder"], "cue": ["said"]}),
        ("The company said the shift was kept.", CLAIM, {"source": ["The company"], "cue": ["said"]}))
    assert profile["credits"] == [name.lower(), "company"]
    # a firm so named is still the company
    profile = profile_of(
        ("Brant Steel said on Monday it would close two plants.", CLAIM, {"source": ["Brant Steel"], "cue": ["said"]}),
        ("The company said the closures were temporary.", CLAIM, {"source": ["The company"], "cue": ["said"]}))
    assert profile["credits"] == ["brant steel"] * 2


@pytest.mark.parametrize("firm", ["Marta Foods", "Oskar Freight", "Harold Logistics"])
def test_a_given_name_before_a_trade_no_one_is_named_after_is_a_firm_whose_spokesperson_speaks(firm):
    # before, "Marta Foods" was read as a woman surnamed "Foods", as "Tom Steel" is a man: no firm, so "a
    # spokesperson" just after its denial and "the company" were no one's
    profile = profile_of(
        (f"The Marl River Trust said {firm} dumped waste in the river.", CLAIM,
         {"source": ["The Marl River Trust"], "cue": ["said"], "content": [f"{firm} dumped waste in the river"]}),
        (f"{firm} denied the allegations.", DENIAL, {"source": [firm], "cue": ["denied"]}),
        ('"These claims are false," a spokesperson said.', DENIAL, {"source": ["a spokesperson"], "cue": ["said"]}),
        ("The company said it would appeal.", DENIAL, {"source": ["The company"], "cue": ["said"]}))
    key = firm.lower()
    assert profile["credits"] == ["marl river trust", key, f"{key} spokesperson", key]
    # a surname that is a trade too is still a person's ("Lena Power", "Tom Steel" above), and so is a given name
    # before a rare surname that is a trade in the plural ("Ana Lines")
    for person in ("Lena Power", "Ana Lines"):
        profile = profile_of(
            (f"{person}, a welder, said the night shift was cut.", CLAIM,
             {"source": [f"{person}, a welder"], "cue": ["said"]}),
            ("The company said the shift was kept.", CLAIM, {"source": ["The company"], "cue": ["said"]}))
        assert profile["credits"] == [person.lower(), "company"]


@pytest.mark.parametrize("kind", ["Ministry", "Department", "Commission"])
def test_the_body_s_noun_in_capitals_is_the_one_body_of_its_kind_named_before(kind):
    # before, "The Ministry said" after "The Ministry of Waterways closed the canal" was a source "ministry" apart,
    # where "the ministry" in lower case was that ministry
    named = (f"The {kind} of Waterways closed the canal on Monday.", FACT, {})
    said = (f"The {kind} said repairs would take a week.", CLAIM, {"source": [f"The {kind}"], "cue": ["said"]})
    key = f"{kind.lower()} of waterways"
    assert profile_of(named, said)["credits"] == [None, key]
    # two of its kind named: neither
    other = (f"The {kind} of Harbours blamed the floods.", FACT, {})
    assert profile_of(named, other, said)["credits"] == [None, None, kind.lower()]


@pytest.mark.parametrize("title", ["Foreign Minister", "Mayor", "Attorney General"])
def test_a_titled_person_s_office_is_keyed_by_the_name_without_the_title(title):
    # before, "Foreign Minister Ana Dorr's office" kept the title in its key, as no "Ana Dorr's office" written
    # without it did
    said = (f"{title} Ana Dorr's office said the talks were over.", CLAIM,
            {"source": [f"{title} Ana Dorr's office"], "cue": ["said"]})
    again = ("Ana Dorr's office said later that they would resume.", CLAIM,
             {"source": ["Ana Dorr's office"], "cue": ["said"]})
    assert profile_of(said, again)["credits"] == ["ana dorr's office"] * 2


def test_an_office_owned_by_a_surname_is_the_office_of_the_one_person_named_in_full_with_it():
    said = ("Foreign Minister Ana Dorr's office said the talks would resume in March.", CLAIM,
            {"source": ["Foreign Minister Ana Dorr's office"], "cue": ["said"]})
    delay = ("The opposition called the delay a failure.", CLAIM, {"source": ["The opposition"], "cue": ["called"]})
    again = ("Dorr's office said the minister had never promised an earlier date.", DENIAL,
             {"source": ["Dorr's office"], "cue": ["said"]})
    profile = profile_of(said, delay, again)
    assert profile["credits"] == ["ana dorr's office", "opposition", "ana dorr's office"]
    assert [source["source"] for source in profile["sources"]] == ["ana dorr's office", "opposition"]
    # another person of that surname named: either may own it
    other = ("Tom Dorr, her brother, said he was not consulted.", CLAIM,
             {"source": ["Tom Dorr, her brother"], "cue": ["said"]})
    assert profile_of(said, other, again)["credits"][-1] == "dorr's office"


@pytest.mark.parametrize("told, marks", [
    ("Parents were told that the school would close.", {"source": ["Parents"], "cue": ["were told"]}),
    ("Parents were told that the school would close.", {"cue": ["were told"]}),
    ("Staff at the depot have been quietly informed that it would shut.", {"source": ["Staff at the depot"]}),
    ("The school would close, parents were told.", {"source": ["parents"], "cue": ["were told"]}),
    ("It was reported that the school would close.", {"cue": ["It was reported"]})])


def test_whom_a_passive_tells_is_no_source_and_an_unnamed_teller_is_credited_as_it_was_reported_is(told, marks):
    # before, the audience of "were told" was credited as its source, or, unmarked, the council's account went on;
    # "It was reported that" was credited to no one
    council = ("The Brookfield council said budgets were tight.", CLAIM,
               {"source": ["The Brookfield council"], "cue": ["said"]})
    profile = profile_of(council, (told, CLAIM, marks))
    assert profile["credits"] == ["brookfield council", None]
    assert [s["source"] for s in profile["sources"]] == ["brookfield council"]


def test_whom_a_passive_tells_gives_way_to_the_teller_after_by():
    # before, "Parents" marked beside the head teacher was credited
    profile = profile_of(("Parents were told by the head teacher that the school would close.", CLAIM,
                          {"source": ["Parents", "the head teacher"], "cue": ["were told by"]}))
    assert profile["credits"] == ["head teacher"]


@pytest.mark.parametrize("says, marks", [
    ("They said members were told the ward would close.", {"source": ["They"], "cue": ["said"]}),
    ("It said members were told the ward would close.", {"cue": ["said"]}),
    ("It believes members were warned in March.", {"cue": ["believes"]})])


def test_a_speaker_saying_that_others_were_told_goes_on_with_its_account(says, marks):
    # before, "They said members were told" read as a sentence whose subject was told by no one named: no one's
    union = ("The Harlow Nurses Union said the ward would shut.", CLAIM,
             {"source": ["The Harlow Nurses Union"], "cue": ["said"]})
    assert profile_of(union, (says, CLAIM, marks))["credits"] == ["harlow nurses union"] * 2


@pytest.mark.parametrize("told", ["Harlow Council was warned in March and said it would act.",
                                  "Harlow Council was warned by inspectors and later insisted it would act."])


def test_the_subject_of_a_passive_of_telling_that_goes_on_to_speak_is_a_source(told):
    # before, "Harlow Council", told something, was no source though it said something itself after "and"
    cue = "said" if " said " in told else "insisted"
    profile = profile_of((told, CLAIM, {"source": ["Harlow Council"], "cue": [cue]}))
    assert profile["credits"] == ["harlow council"]


@pytest.mark.parametrize("said, marks", [
    ("The school was said to be closing.", {"source": ["The school"], "cue": ["was said"]}),
    ("The head is widely believed to have resigned.", {"source": ["The head"], "cue": ["believed"]})])


def test_the_subject_of_a_passive_of_hearsay_is_no_source(said, marks):
    # before, the subject of "was said to be" was credited as its source: what is said of it, by no one named
    assert profile_of((said, CLAIM, marks))["credits"] == [None]
    # after a source, the account goes on, as after "It is believed to be ..." (see test_profile_sports_arts.py)
    council = ("The Brookfield council said budgets were tight.", CLAIM,
               {"source": ["The Brookfield council"], "cue": ["said"]})
    assert profile_of(council, (said, CLAIM, marks))["credits"] == ["brookfield council"] * 2
    # a speaker credited after it still speaks
    profile = profile_of(council, ("The head was said to be furious, aides say.", CLAIM,
                                   {"source": ["The head", "aides"], "cue": ["was said", "say"]}))
    assert profile["credits"] == ["brookfield council", "aides"]


@pytest.mark.parametrize("role", ["driver", "miner", "cleaner", "rider", "picker", "organiser"])
def test_a_worker_s_job_is_a_person_s_role_a_later_mention_and_a_group_go_back_to(role):
    # before, "the courier" was a source of its own, "Courier Tom Vell" a name with the job in it, and "Couriers at
    # the depot" no group that "they" could mean
    profile = profile_of(
        (f"Ola Brandt, a {role} at the Harrowgate depot, said the shifts were too long.", CLAIM,
         {"source": [f"Ola Brandt, a {role} at the Harrowgate depot"]}),
        ("The depot handles parcels for three retailers.", FACT, {}),
        (f"The {role} said she had been paid late twice.", CLAIM, {"source": [f"The {role}"]}),
        (f"{role.title()} Tom Vell said he would strike.", CLAIM, {"source": [f"{role.title()} Tom Vell"]}))
    assert profile["credits"] == ["ola brandt", None, "ola brandt", "tom vell"]
    profile = profile_of((f"{role.title()}s at the Harrowgate depot walked out on Tuesday.", FACT, {}),
                         ("They said the shifts were too long.", CLAIM, {"source": ["They"]}))
    assert profile["credits"] == [None, f"{role}s at the harrowgate depot"]
    # a surname spelled as a job is still the name
    profile = profile_of((f"Senator Ella {role.title()} said the bill was flawed.", CLAIM,
                          {"source": [f"Senator Ella {role.title()}"]}),
                         ("Mayor Tom Vell said it was fine.", CLAIM, {"source": ["Mayor Tom Vell"]}),
                         (f"{role.title()} said she would vote no.", CLAIM, {"source": [role.title()]}))
    assert profile["credits"] == [f"ella {role}", "tom vell", f"ella {role}"]


@pytest.mark.parametrize("between", ["The depot handles parcels for three retailers.",
                                     "It was the third stoppage this year."])


def test_they_saying_two_sentences_after_a_group_with_one_thing_the_subject_between_is_that_group(between):
    # before, only the sentence just after the group's could mean it by "they"
    walked_out = ("Workers at the Harrowgate depot walked out on Tuesday.", FACT, {})
    they = ("Their grievance is simple, they say: the shifts are too long.", CLAIM, {"source": ["they"]})
    assert profile_of(walked_out, (between, FACT, {}), they)["credits"] == [
        None, None, "workers at the harrowgate depot"]
    # a plural subject between, or a sentence credited to someone, may be whom "they" means
    assert profile_of(walked_out, ("The lorries left at noon.", FACT, {}), they)["credits"] == [None] * 3
    assert profile_of(walked_out, ("Managers said the depot was busy.", CLAIM, {"source": ["Managers"]}),
                      they)["credits"][2] != "workers at the harrowgate depot"


@pytest.mark.parametrize("fact", ["Cardwell Foods cut 200 jobs on Monday.", "Velta Motors posted a loss on Monday."])
def test_it_saying_after_a_fact_whose_subject_is_a_business_by_its_name_s_ending_is_that_business(fact):
    # before, a firm known by its name's ending but by no legal form ("Cardwell Foods Ltd") was no body "it" could mean
    firm = fact.split(" cut")[0].split(" posted")[0]
    profile = profile_of(("Mayor Ines Varga said the town would suffer.", CLAIM, {"source": ["Mayor Ines Varga"]}),
                         (fact, FACT, {}),
                         ("It said the cuts were painful.", CLAIM, {"source": ["It"]}))
    assert profile["credits"] == ["ines varga", None, firm.lower()]


@pytest.mark.parametrize("act", ["cut 200 jobs on Monday", "posted a loss of $3 million", "raised prices by 4 percent",
                                 "shut its plant in Dorne"])


def test_the_company_after_a_one_word_name_doing_a_business_s_act_is_that_firm(act):
    # before, "Cardwell", its kind unsaid, was no firm "the company" could mean
    said = ("The company said the cuts were painful.", CLAIM, {"source": ["The company"]})
    varga = ("Mayor Ines Varga said the town would suffer.", CLAIM, {"source": ["Mayor Ines Varga"]})
    assert profile_of(varga, (f"Cardwell {act}.", FACT, {}), said)["credits"] == ["ines varga", None, "cardwell"]
    # a surname of a person named before stays the person's
    tom = ("Tom Cardwell, the owner, said sales had slumped.", CLAIM, {"source": ["Tom Cardwell, the owner"]})
    assert profile_of(tom, (f"Cardwell {act}.", FACT, {}), said)["credits"][2] != "cardwell"


@pytest.mark.parametrize("act", ["cut 200 jobs on Monday", "posted a loss of $3 million", "shut its plant in Dorne"])
def test_it_saying_after_a_one_word_name_doing_a_business_s_act_is_that_firm(act):
    # before, "Cardwell" opened no subject "it" could mean, and "It said" was no one's
    said = ("It said the cuts were painful.", CLAIM, {"source": ["It"]})
    varga = ("Mayor Ines Varga said the town would suffer.", CLAIM, {"source": ["Mayor Ines Varga"]})
    assert profile_of(varga, (f"Cardwell {act}.", FACT, {}), said)["credits"] == ["ines varga", None, "cardwell"]
    # a surname of a person named before is no firm "it" may mean
    tom = ("Tom Cardwell, the owner, said sales had slumped.", CLAIM, {"source": ["Tom Cardwell, the owner"]})
    assert profile_of(tom, (f"Cardwell {act}.", FACT, {}), said)["credits"][2] != "cardwell"


@pytest.mark.parametrize("noun", ["Regulator", "Watchdog"])
def test_a_headline_s_regulator_is_the_one_body_named_below_by_a_regulator_s_name(noun):
    # before, the headline's "Regulator" was a source apart from the board the copy credits
    headline = (f"{noun} accuses Corvane of overcharging pensioners", CLAIM, {"source": [noun]})
    board = ("The Financial Conduct Board said Corvane had overcharged 40,000 customers.", CLAIM,
             {"source": ["The Financial Conduct Board"]})
    denied = ("Corvane denied any wrongdoing.", DENIAL, {"source": ["Corvane"]})
    profile = profile_of(headline, board, denied, gap="\n\n")
    assert profile["credits"] == ["financial conduct board", "financial conduct board", "corvane"]
    assert len(profile["sources"]) == 2
    # two such bodies: the headline says which of them no more
    other = ("The Kessel Pensions Authority said it would review the case.", CLAIM,
             {"source": ["The Kessel Pensions Authority"]})
    assert profile_of(headline, board, other, denied, gap="\n\n")["credits"][0] == noun.lower()


@pytest.mark.parametrize("first, then", [("complaint", "filing"), ("lawsuit", "suit"), ("complaint", "lawsuit")])
def test_a_suit_s_document_named_again_by_another_of_its_nouns_is_one_source(first, then):
    # before, "the complaint" and "the filing" were two sources for one document
    opened = (f"The {first}, filed in the district court on Monday, claims Corvane overcharged pensioners.", CLAIM,
              {"source": [f"The {first}"]})
    again = (f"According to the {then}, the firm hid the fees.", CLAIM, {"source": [f"the {then}"]})
    profile = profile_of(opened, again)
    assert profile["credits"] == [first, first] and len(profile["sources"]) == 1
    # one told apart by a word before its noun stays apart
    amended = (f"The amended {then} says the firm hid more fees.", CLAIM, {"source": [f"The amended {then}"]})
    assert profile_of(opened, amended)["credits"][1] != first


def test_a_time_opening_a_sentence_with_no_comma_leaves_its_subject_the_source():
    for opener in ("Last week", "On Monday", "In March", "Earlier this year"):
        profile = profile_of(
            ("Mayor Ines Varga said the depot on Quill Lane was safe.", CLAIM,
             {"source": ["Mayor Ines Varga"], "cue": ["said"]}),
            (f"{opener} the ombudsman found that the council had erred.", CLAIM, {"cue": ["found"]}),
        )
        assert profile["credits"] == ["ines varga", "ombudsman"], opener


def test_a_role_with_the_after_a_liveblog_s_bare_time_stamp_is_whom_she_means():
    for stamp in ("", "09:52 ", "9.52am "):
        profile = profile_of(
            (f"{stamp}The Chancellor has welcomed the jobless figures.", FACT, {}),
            ("In a post on social media, she said the economy was turning.", CLAIM,
             {"source": ["she"], "cue": ["said"]}),
            gap="\n\n")
        assert profile["credits"] == [None, "chancellor"], stamp


def test_she_whose_verb_of_speech_follows_and_after_a_clause_of_what_she_did_is_the_person_named_before():
    profile = profile_of(
        ("Priya Menon waited nine hours at Dunmore airport.", FACT, {}),
        ("Menon is not convinced.", FACT, {}),
        ("She has filed a claim with the ombudsman, and says the airline ignored her.", CLAIM, {"cue": ["says"]}),
    )
    assert profile["credits"] == [None, None, "priya menon"]
    # a subject of its own before the verb of speech: not hers
    profile = profile_of(
        ("Priya Menon waited nine hours at Dunmore airport.", FACT, {}),
        ("Menon is not convinced.", FACT, {}),
        ("She has filed a claim, and her lawyer says the airline ignored her.", CLAIM, {"cue": ["says"]}),
    )
    assert profile["credits"][2] != "priya menon"


def test_a_review_owned_by_its_after_a_body_s_act_is_that_body_s():
    for document in ("review", "latest report", "audit"):
        profile = profile_of(
            ("The Harbour Fees Authority looked at the mooring charges last year.", FACT, {}),
            (f"Its {document} found that the charges had doubled.", CLAIM,
             {"source": [f"Its {document}"], "cue": ["found"]}),
        )
        assert profile["credits"] == [None, "harbour fees authority"], document


@pytest.mark.parametrize("first, later, body", [
    (("The Larsk Health Council met on Tuesday.", FACT, {}), "The body", "larsk health council"),
    (("The Tarvel Port Authority said the quay was closed.", CLAIM, {"source": ["The Tarvel Port Authority"]}),
     "The organisation", "tarvel port authority"),
    (("The United Nations agency said it had sent food to the border.", CLAIM, {"cue": ["said"]}),
     "The organisation", "united nations agency"),
    (("The United Nations agency sent food to the border.", FACT, {}), "The organization", "united nations agency")])


def test_the_organisation_or_the_body_after_a_state_s_or_a_world_body_is_that_body(first, later, body):
    profile = profile_of(first, (f"{later} added that its stores would run out within a week.", CLAIM,
                                 {"source": [later], "cue": ["added"]}))
    assert profile["credits"][1] == body
    assert [s["source"] for s in profile["sources"]] == [body]


@pytest.mark.parametrize("owned", ["Its review found", "Its audit showed", "Its latest report concluded",
                                   "Its inquiry concluded", "Its internal investigation found"])


def test_its_document_finding_with_no_source_marked_is_the_body_the_sentence_before_wrote_of(owned):
    profile = profile_of(
        ("The Tarvel Port Authority looked at the quay fees in March.", FACT, {}),
        (f"{owned} that 40 firms had been overcharged.", CLAIM, {"cue": [owned.rpartition(" ")[2]]}))
    assert profile["credits"] == [None, "tarvel port authority"]
    # after a person, whom "its" does not mean, the account of the one who spoke goes on
    profile = profile_of(
        ("Ana Ruiz, an inspector, said the quay was unsafe.", CLAIM, {"source": ["Ana Ruiz, an inspector"]}),
        (f"{owned} that 40 firms had been overcharged.", CLAIM, {"cue": [owned.rpartition(" ")[2]]}))
    assert profile["credits"] == ["ana ruiz", "ana ruiz"]
    # its own inquiry marked as the source is the body's too, as its review is (before, "inquiry" apart)
    profile = profile_of(
        ("The Tarvel Port Authority said it had acted on the fees.", CLAIM, {"source": ["The Tarvel Port Authority"]}),
        (f"{owned} that 40 firms had been overcharged.", CLAIM, {"source": [owned.rpartition(" ")[0]]}))
    assert profile["credits"] == ["tarvel port authority"] * 2


@pytest.mark.parametrize("government", ["The Velmar government", "The Harlow administration"])
@pytest.mark.parametrize("later", ["The organisation", "The body"])
def test_the_organisation_or_the_body_after_a_government_is_no_government(government, later):
    # copy calls a state's agency "the organisation", never the government itself
    profile = profile_of((f"{government} said the port would stay open.", CLAIM,
                          {"source": [government], "cue": ["said"]}),
                         (f"{later} said exports would rise by a tenth.", CLAIM, {"source": [later], "cue": ["said"]}))
    assert profile["credits"][1] == later.removeprefix("The ").lower()


@pytest.mark.parametrize("agency", ["The Kessel Government Audit Office", "The Velmar Food Administration",
                                    "The Tarnland Government Digital Service"])


@pytest.mark.parametrize("later", ["The organisation", "The body"])
def test_the_organisation_or_the_body_after_an_agency_with_a_government_s_word_in_its_name_is_that_agency(agency,
                                                                                                          later):
    # "government" inside an agency's name, or "Administration" after what it runs, makes no government of it
    profile = profile_of((f"{agency} said the port would stay open.", CLAIM, {"source": [agency], "cue": ["said"]}),
                         (f"{later} said exports would rise by a tenth.", CLAIM, {"source": [later], "cue": ["said"]}))
    assert profile["credits"][1] == agency.removeprefix("The ").lower()


def test_a_document_to_a_recipient_named_without_its_article_is_still_the_sender_s():
    # the model may leave "the" out of the recipient's span: before, "Kessel Council" after "to the" was credited
    profile = profile_of(("A letter from the union to the Kessel Council says the plan is rushed.", CLAIM,
                          {"source": ["the union", "Kessel Council"], "cue": ["says"]}))
    assert profile["credits"] == ["union"]


@pytest.mark.parametrize("issuers, issued, source", [
    ("The Vellan Treasury and the Orm Central Bank", "joint statement", "joint statement"),
    ("The Harlow dockers' union and Tessary Freight", "statement", "statement"),
    ("The Vellan Treasury", "statement", "vellan treasury"),  # one body, no noun "it" was known to mean: the issuer
    # a plural subject in lower case, counted or not (was no one's)
    ("The two ministries", "joint statement", "joint statement"),
    ("Both unions", "statement", "statement"),
    ("The ministries", "statement", "statement"),
])
def test_it_saying_after_a_sentence_whose_subject_issues_a_document_is_that_document(issuers, issued, source):
    # before, "It said" after several bodies' joint statement (or after a body of no known noun) was no one's, while
    # "The statement added" was the statement's
    profile = profile_of(
        (f"{issuers} issued a {issued} on Monday.", FACT, {}),
        ("It said inflation would ease by the spring.", CLAIM, {"source": ["It"], "cue": ["said"]}),
        ("The statement added that rates would hold.", CLAIM, {"source": ["The statement"], "cue": ["added"]}),
    )
    assert profile["credits"] == [None, source, source]
    assert len(profile["sources"]) == 1


def test_a_name_set_after_whom_a_lawyer_acts_for_is_that_person_s_and_the_lawyer_speaks_as_theirs():
    # before, the lawyer was "the arrested man's" and a later "A lawyer for Farid Hollis" someone else
    profile = profile_of(
        ("Police held a man in Harlow on Monday.", FACT, {}),
        ("A lawyer for the arrested man, Farid Hollis, said he was at home.", DENIAL,
         {"source": ["A lawyer for the arrested man, Farid Hollis"], "cue": ["said"]}),
        ("Hollis said he would sue.", CLAIM, {"source": ["Hollis"], "cue": ["said"]}),
        ("A lawyer for Farid Hollis said the suit was filed.", CLAIM,
         {"source": ["A lawyer for Farid Hollis"], "cue": ["said"]}),
    )
    assert profile["credits"] == [None, "lawyer for farid hollis", "hollis", "lawyer for farid hollis"]
    assert {s["source"]: s["sentences"] for s in profile["sources"]} == {"lawyer for farid hollis": 2, "hollis": 1}


@pytest.mark.parametrize("found, credit", [("Brel found the door was locked.", None),
                                           ("Brel found the flat had been ransacked.", None),
                                           ("Brel found the wiring was faulty.", "tom brel")])


def test_a_person_coming_upon_a_thing_s_physical_state_is_no_finding_of_theirs(found, credit):
    # before, the no-"that" reading of "found" credited Brel with the locked door as with a report's finding
    profile = profile_of(("Sgt Tom Brel went to the flat on Monday.", FACT, {}), (found, CLAIM, {}))
    assert profile["credits"] == [None, credit]


@pytest.mark.parametrize("named, credit", [("A lawyer for the arrested man, Farid Hollis,", "lawyer for farid hollis"),
                                           ("The mother of the victim, Ana Roe,", "mother of ana roe"),
                                           ("A lawyer for the company, Susan Adair,", "susan adair")])


def test_a_name_marked_alone_after_a_relation_to_someone_described_is_read_with_the_relation(named, credit):
    # before, a span of the name alone credited the arrested man with his lawyer's words
    name = named.split(", ")[1].rstrip(",")
    profile = profile_of(("Police held a man in Harlow on Monday.", FACT, {}),
                         (f"{named} said the arrest was unlawful.", DENIAL, {"source": [name], "cue": ["said"]}))
    assert profile["credits"] == [None, credit]


@pytest.mark.parametrize("quote", ["'", '"'])
def test_a_report_written_with_its_title_after_it_is_its_issuer_s_as_the_report_is(quote):
    # before, "The report, 'Nowhere Safe'" was a source "nowhere safe" of its own, though the trust had issued it
    title = f"The report, {quote}Nowhere Safe{quote}"
    profile = profile_of(
        ("The Harlow Prisoners Trust published a report on Tuesday.", FACT, {}),
        (f"{title}, documents 40 cases of neglect.", CLAIM, {"source": [title], "cue": ["documents"]}),
    )
    assert profile["credits"] == [None, "harlow prisoners trust"]
    # no issuer named: the titled report is a source of its own
    assert profile_of((f"{title}, documents 40 cases of neglect.", CLAIM, {"source": [title], "cue": ["documents"]})
                      )["credits"] == ["nowhere safe"]


@pytest.mark.parametrize("document", ["The report", "The audit", "The 90-page report"])
def test_a_document_that_also_says_goes_on_with_the_body_that_spoke_just_before(document):
    # before, "The report also said" after the auditors spoke was a source "report" apart from the auditors
    said = ("The auditors, Harwell & Stone, said the council had lost track of 4 million pounds.", CLAIM,
            {"source": ["The auditors, Harwell & Stone"], "cue": ["said"]})
    also = (f"{document} also said officials had ignored repeated warnings.", CLAIM,
            {"source": [document], "cue": ["said"]})
    assert profile_of(said, also)["credits"] == ["harwell & stone", "harwell & stone"]
    # no "also", a person who spoke, or a sentence between: the document alone
    alone = normalise_source(document)
    plain = (f"{document} said officials had ignored repeated warnings.", CLAIM,
             {"source": [document], "cue": ["said"]})
    assert profile_of(said, plain)["credits"][-1] == alone
    ruiz = ("Ana Ruiz said the council had lost track of 4 million pounds.", CLAIM,
            {"source": ["Ana Ruiz"], "cue": ["said"]})
    assert profile_of(ruiz, also)["credits"][-1] == alone
    between = ("The council meets on Tuesday.", FACT, {})
    assert profile_of(said, between, also)["credits"][-1] == alone
    # a source named before that the document's noun ends: that source, as before
    data = ("Council data showed arrears had doubled.", CLAIM, {"source": ["Council data"], "cue": ["showed"]})
    shown = ("The data also showed rents had risen.", CLAIM, {"source": ["The data"], "cue": ["showed"]})
    assert profile_of(data, said, shown)["credits"] == ["council data", "harwell & stone", "council data"]


def test_the_noun_of_a_body_that_acted_reaches_it_over_its_own_member_s_quotation():
    # before, "The association said" after its chair spoke was an entry "association" apart from the residents'
    # association the copy named: any credit since the association acted ended its reach, its own chair's too
    acted = ("The Copperhill Residents' Association has opposed the depot from the start.", FACT, {})
    between = ("Work on the site began in May.", FACT, {})
    chair = ("\"We were never consulted,\" said Ann Corley, the association's chair.", CLAIM,
             {"source": ["Ann Corley, the association's chair"], "cue": ["said"]})
    said = ("The association said it would seek a judicial review.", CLAIM,
            {"source": ["The association"], "cue": ["said"]})
    body = "copperhill residents' association"
    assert profile_of(acted, between, chair, said)["credits"] == [None, None, "ann corley", body]
    assert profile_of(acted, chair, said)["credits"] == [None, "ann corley", body]
    # one who speaks for no one of it: the noun alone, as before, for a kind that means only the body that acted
    # ("the society"); "the association" is the one association named anywhere (see NAMED_KINDS)
    teacher = ("\"We were never consulted,\" said Ann Corley, a local teacher.", CLAIM,
               {"source": ["Ann Corley, a local teacher"], "cue": ["said"]})
    assert profile_of(acted, teacher, said)["credits"] == [None, "ann corley", body]
    society = ("The Copperhill Residents' Society has opposed the depot from the start.", FACT, {})
    by_society = ("The society said it would seek a judicial review.", CLAIM,
                  {"source": ["The society"], "cue": ["said"]})
    assert profile_of(society, teacher, by_society)["credits"] == [None, "ann corley", "society"]


def test_he_in_a_liveblog_entry_opened_by_a_surname_alone_is_that_person_over_a_man_of_an_earlier_entry():
    # before, "he said" just after "14:15 Tull told the inquiry ..." went back to Mark Osgood of the entry before,
    # the last man of known sex, though the entry is Tull's, whose sex the copy does not write
    osgood = ("10:05 Mark Osgood, the finance chief, said the budget was balanced.", CLAIM,
              {"source": ["Mark Osgood, the finance chief"], "cue": ["said"]})
    tull = ("14:15 Tull told the inquiry the figures were wrong.", CLAIM, {"source": ["Tull"], "cue": ["told"]})
    said = ("The report was rushed, he said.", CLAIM, {"source": ["he"], "cue": ["said"]})
    assert profile_of(osgood, tull, said, gap="\n\n")["credits"] == ["mark osgood", "tull", "tull"]
    dashed = ("14:15 - Tull told the inquiry the figures were wrong.", CLAIM, {"source": ["Tull"], "cue": ["told"]})
    assert profile_of(osgood, dashed, said, gap="\n\n")["credits"][-1] == "tull"
    # a name that speaks of itself as a body does, one named beside another source, or no entry: the man, as before
    firm = ("14:15 Quayline said its figures were right.", CLAIM, {"source": ["Quayline"], "cue": ["said"]})
    assert profile_of(osgood, firm, said, gap="\n\n")["credits"] == ["mark osgood", "quayline", "mark osgood"]
    both = ("14:15 Tull told Mark Osgood the figures were wrong.", CLAIM,
            {"source": ["Tull", "Mark Osgood"], "cue": ["told"]})
    assert profile_of(osgood, both, said, gap="\n\n")["credits"][-1] == "mark osgood"
    prose = (osgood[0][6:], *osgood[1:]), (tull[0][6:], *tull[1:])
    assert profile_of(*prose, said)["credits"][-1] == "mark osgood"


@pytest.mark.parametrize("owned", ["Their report", "Their final report", "Its audit"])
def test_it_finding_after_a_sentence_opened_by_their_report_is_the_source_that_spoke_before(owned):
    # before, a source span "It" after "Their report, published in January, is blunt." was no one's: only "The
    # report" opening the sentence before was read as what "It" means, and "Their report" owned by whom spoke before
    said = ("The auditors, Harwell & Stone, said the council had lost track of 4 million pounds.", CLAIM,
            {"source": ["The auditors, Harwell & Stone"], "cue": ["said"]})
    blunt = (f"{owned}, published in January, is blunt.", OPINION, {})
    found = ("It found that officials had ignored repeated warnings.", CLAIM, {"source": ["It"], "cue": ["found"]})
    assert profile_of(said, blunt, found)["credits"] == ["harwell & stone", None, "harwell & stone"]
    # no one credited just before the document: no one's, as before
    fact = ("The council's accounts were examined by outside auditors.", FACT, {})
    assert profile_of(said, fact, blunt, found)["credits"][-1] is None


@pytest.mark.parametrize("owned", ["Their report", "Its audit"])
@pytest.mark.parametrize("said", ["Mayor Tobin Vell said the residents had complained for years.",
                                  "Ana Rusk said the inspectors had visited the depot twice."])


def test_it_finding_after_their_report_is_not_the_person_who_spoke_before(owned, said):
    # one person owns no "their" nor "its" report: the residents' or the inspectors' is meant, whom no credit names
    speaker = said.partition(" said")[0]
    blunt = (f"{owned}, published in January, is blunt.", OPINION, {})
    found = ("It found that officials had ignored repeated warnings.", CLAIM, {"source": ["It"], "cue": ["found"]})
    profile = profile_of((said, CLAIM, {"source": [speaker], "cue": ["said"]}), blunt, found)
    assert profile["credits"] == [speaker.removeprefix("Mayor ").lower(), None, None]


@pytest.mark.parametrize("note", [
    "Editor's note: An earlier version of this story misspelled the name of the council's treasurer.",
    "An earlier version of this article wrongly said the council met on Monday.",
])
def test_a_correction_of_the_publication_s_own_piece_is_no_loaded_wording_of_the_writer(note):
    # before, the correcting word ("misspelled", "wrongly") the model marked loaded was the writer's loaded phrase
    word = "misspelled" if "misspelled" in note else "wrongly"
    profile = profile_of(("The Delmar council approved the budget on Tuesday.", FACT, {}),
                         (note, OPINION, {"loaded": [word]}), gap="\n\n")
    assert profile["loaded_phrases"] == []
    # the same word in the article's own copy is still the writer's
    profile = profile_of((f"The council {word} handled the budget, a reckless act.", OPINION, {"loaded": [word]}))
    assert [p["text"] for p in profile["loaded_phrases"]] == [word]


@pytest.mark.parametrize("verb, cue", [("opened by reminding parties", "reminding"), ("began by saying", "saying"),
                                       ("went on to warn", "warn")])


def test_a_subject_that_opened_by_saying_is_the_source_where_no_span_names_it(verb, cue):
    # before, "The inspector, Helen Dawlish, opened by reminding parties that ..." with no source span was no one's:
    # a verb of opening before the verb of speaking made no cue its subject speaks by, as "said" is
    said = (f"The inspector, Helen Dawlish, {verb} that the hearing would close on Friday.", CLAIM,
            {"cue": [cue]})
    assert profile_of(said)["credits"] == ["helen dawlish"]
    # opening by an act, no speech: no one's, as before
    acted = ("The inspector, Helen Dawlish, opened by visiting the site that the depot would use.", CLAIM, {})
    assert profile_of(acted)["credits"] == [None]


@pytest.mark.parametrize("between, credit", [
    ("A hearing is set for November.", "greta vierling"),  # a thing fixed for a date by no one: she goes on
    ("The trial has been adjourned until March.", "greta vierling"),
    ("The crowd cheered for a long time.", "ana holt"),  # people acting between: as before, the one named last
    ("The minister was delayed for an hour.", "ana holt"),  # a person's role, though put off
    ("A suspect is due in court on Monday.", "ana holt"),  # a person, though due: "she" may be the suspect
    ("The defendant is due back in court in May.", "ana holt"),
    ("A teenager is due to appear before magistrates.", "ana holt"),
])
def test_she_after_a_subject_and_a_thing_scheduled_by_no_one_is_that_subject(between, credit):
    # before, a sentence naming no one between "Vierling has appealed." and "she says" left "she" the neighbour's
    profile = profile_of(("Greta Vierling, 58, was fined for her column in March.", FACT, {}),
                         ("Ana Holt, a neighbour, said the charges were invented.", CLAIM,
                          {"source": ["Ana Holt, a neighbour"], "cue": ["said"]}),
                         ("Vierling has appealed.", FACT, {}), (between, FACT, {}),
                         ("Until then, she says, she will keep writing.", CLAIM, {"source": ["she"], "cue": ["says"]}))
    assert profile["credits"] == [None, "ana holt", None, None, credit]


@pytest.mark.parametrize("label", ["Host", "Anchor", "Interviewer"])
def test_a_broadcast_s_label_before_a_name_is_no_part_of_the_name(label):
    # before, "Host Jonah Fell" was the source's name, and "Fell said" was credited to "host jonah fell"
    profile = profile_of(
        (f"{label} Jonah Fell pressed her on the dates.", CLAIM,
         {"source": [f"{label} Jonah Fell"], "cue": ["pressed"]}),
        ("Fell said the dates did not match.", CLAIM, {"source": ["Fell"], "cue": ["said"]}),
    )
    assert profile["credits"] == ["jonah fell", "jonah fell"]
    # a firm's name opening with the word stays whole
    profile = profile_of(("Anchor Bay Capital said the price was fair.", CLAIM,
                          {"source": ["Anchor Bay Capital"], "cue": ["said"]}))
    assert [source["display"] for source in profile["sources"]] == ["Anchor Bay Capital"]


@pytest.mark.parametrize("state", ["The Vatican", "Vatican"])
def test_the_vatican_a_state_is_no_short_name_of_an_outlet_named_after_it(state):
    # before, "The Vatican denied ..." after "Vatican Radio reported ..." went on with Vatican Radio, as a one-word
    # name opening a longer one would; the Holy See is a state, named alone as countries are
    profile = profile_of(
        ("Vatican Radio reported the meeting.", CLAIM, {"source": ["Vatican Radio"], "cue": ["reported"]}),
        (f"{state} denied that any payment was made.", DENIAL, {"source": [state], "cue": ["denied"]}),
    )
    assert profile["credits"] == ["vatican radio", "vatican"]


_RIGHTS_HEADLINE = ("Rights group accuses Kestovan police of torture", CLAIM,
                    {"source": ["Rights group"], "cue": ["accuses"]})
_POLICE_DENY = ("Police denied the allegations.", DENIAL, {"source": ["Police"], "cue": ["denied"]})


def test_a_headline_s_rights_group_joins_the_one_rights_group_the_copy_names_uncredited():
    # before, the lede naming "The Harbour Rights Network, a rights group," in a sentence crediting no one left the
    # headline's "rights group" a source of its own
    lede = ("The Harbour Rights Network, a rights group, has published a report on detentions.", FACT, {})
    profile = profile_of(_RIGHTS_HEADLINE, lede, _POLICE_DENY, gap="\n\n")
    assert profile["credits"][0] == "harbour rights network"
    assert [s["display"] for s in profile["sources"]][:1] == ["Harbour Rights Network"]
    # two rights groups named: neither; nor a person described by the group's words ("a rights group founder")
    second = ("Open Ledger, a local rights group, backed the report.", FACT, {})
    assert profile_of(_RIGHTS_HEADLINE, lede, second, _POLICE_DENY, gap="\n\n")["credits"][0] == "rights group"
    founder = ("Tomas Orr, a rights group founder, has published a report on detentions.", FACT, {})
    assert profile_of(_RIGHTS_HEADLINE, founder, _POLICE_DENY, gap="\n\n")["credits"][0] == "rights group"


_NSF_NAMED = ("A man filmed beating protesters was named by the National Salvation Front (NSF).", FACT, {})


@pytest.mark.parametrize("marks", [{"source": ["The NSF", "the police"], "cue": ["says", "say"]},
                                   {"source": ["The NSF"], "cue": ["says"]}])


def test_a_denial_whose_clause_after_a_semicolon_holds_no_record_is_that_clause_s_body(marks):
    # before, the denial was the NSF's, whose clause only claims: the police's clause is the one that denies
    denial = ("The NSF says he is a police officer; the police say they have no record of him.", DENIAL, marks)
    assert profile_of(_NSF_NAMED, denial)["credits"] == [None, "police"]
    # a second clause that denies nothing, or a first clause that denies too, leaves the first subject's
    other = ("The NSF says he is a police officer; the police say he was off duty.", DENIAL, marks)
    assert profile_of(_NSF_NAMED, other)["credits"] == [None, "national salvation front"]
    both = ("The NSF denies he is a police officer; the police say they have no record of him.", DENIAL,
            {**marks, "cue": ["denies", "say"]})
    assert profile_of(_NSF_NAMED, both)["credits"] == [None, "national salvation front"]


@pytest.mark.parametrize("sentence", ["The council put out a statement saying the road would reopen.",
                                      "The council issued a statement saying the road would reopen.",
                                      "The council has sent a letter accusing the contractor of delays."])
def test_a_subject_issuing_a_document_that_says_something_speaks_with_no_comma_before_the_participle(sentence):
    # before, the participle credited the subject only after a comma ("issued a statement, saying")
    cue = "saying" if "saying" in sentence else "accusing"
    assert profile_of((sentence, CLAIM, {"cue": [cue]}))["credits"] == ["council"]
    # a document the subject got, or another's, is no word of its own
    for other in ("The council received a letter saying the road would close.",
                  "The council published a report by the auditors saying the road was safe.",
                  "The council put out a statement from the police saying the road was safe."):
        assert profile_of((other, CLAIM, {"cue": ["saying"]}))["credits"] == [None]


def test_a_statement_put_out_is_issued_as_one_released_is():
    # before, "put out" issued nothing, so "The statement" was a source of its own
    put_out = ("The council put out a statement on Monday.", FACT, {})
    it_said = ("It said the road would reopen.", CLAIM, {"source": ["It"], "cue": ["said"]})
    statement = ("The statement said repairs were done.", CLAIM, {"source": ["The statement"], "cue": ["said"]})
    assert profile_of(put_out, it_said, statement)["credits"] == [None, "council", "council"]
    # a fire put out is no document
    fire = ("The council put out a fire on Monday.", FACT, {})
    assert profile_of(fire, statement)["credits"] == [None, "statement"]


@pytest.mark.parametrize("marked", [["the councillor"], ["Mayor Dora Velk", "the councillor"]])
def test_a_passive_participle_s_agent_between_the_subject_and_its_verb_is_no_source(marked):
    # before, "the councillor" marked in the aside was credited, the mayor's word his
    said = ("Mayor Dora Velk, accused by the councillor of favouritism, said the contract was fair.", DENIAL,
            {"source": marked, "cue": ["accused", "said"]})
    assert profile_of(said)["credits"] == ["dora velk"]
    criticised = ("Orsa Lines, criticised for the delays by the union, rejected that.", DENIAL,
                  {"source": [m.replace("Mayor Dora Velk", "Orsa Lines").replace("the councillor", "the union")
                              for m in marked], "cue": ["rejected"]})
    assert profile_of(criticised)["credits"] == ["orsa lines"]
    # where the participle is the sentence's only cue, its agent speaks
    described = ("Harlow Bridge, described by the councillor as unsafe, was closed.", CLAIM,
                 {"source": ["the councillor"], "cue": ["described"]})
    assert profile_of(described)["credits"] == ["councillor"]


@pytest.mark.parametrize("sentence", ["Customers were sent a letter saying their accounts would close.",
                                      "Staff have been issued a notice saying the plant will shut.",
                                      "The council was sent a letter saying the road was unsafe."])
def test_a_subject_sent_or_issued_a_document_that_says_something_is_not_its_speaker(sentence):
    # before, "sent a letter saying" after "were" credited the subject, to whom the letter was sent
    assert profile_of((sentence, CLAIM, {"cue": ["saying"]}))["credits"] == [None]
    # the subject sending it still speaks, a name ending in "be" before the verb no passive ("The Globe sent")
    for own in ("The council sent a letter saying the road was unsafe.",
                "The Globe sent a letter saying the road was unsafe."):
        assert profile_of((own, CLAIM, {"cue": ["saying"]}))["credits"] == [own.split()[1].lower()]


@pytest.mark.parametrize("sentence", ["Customers were also sent a letter saying prices would rise.",
                                      "Customers were recently sent a letter saying prices would rise.",
                                      "Customers were also recently sent a letter saying prices would rise.",
                                      "The council was then issued a notice saying the road was unsafe."])
def test_a_subject_sent_a_document_with_an_adverb_after_its_verb_of_being_is_not_its_speaker(sentence):
    # before, an adverb between "were" and "sent" slipped past the lookbehinds that read the passive, so the
    # subject the letter was sent to was credited
    assert profile_of((sentence, CLAIM, {"cue": ["saying"]}))["credits"] == [None]
    # an adverb before the subject's own verb of sending leaves it the speaker
    for own in ("The council also sent a letter saying the road was unsafe.",
                "The council has now sent a letter saying the road was unsafe.",
                "The council has now also sent a letter saying the road was unsafe."):
        assert profile_of((own, CLAIM, {"cue": ["saying"]}))["credits"] == ["council"]
