"""framing.summarize: a corpus summed up the way a document's profile sums up one, on hand-built documents."""

import dataclasses
import gc
import json
import subprocess
import sys
import weakref
from pathlib import Path

import pytest

import framing
from framing import Document, InputError, Sentence, Span
from framing.profile import build_profile, current_profile

LABELS = framing.LABELS
FACT, CLAIM, DENIAL, OPINION = LABELS


def make_document(*rows, labels=LABELS, profile=True):
    """A Document of sentences laid out one after another: each row is (text, label, source text or None,
    loaded text or None). Its profile is built from the sentences unless ``profile`` is False."""
    sentences, start = [], 0
    for text, label, source, loaded in rows:
        spans = []
        for kind, words in (("source", source), ("loaded", loaded)):
            if words:
                at = start + text.index(words)
                spans.append(Span(kind, at, at + len(words), words))
        sentences.append(Sentence(text, start, start + len(text), label, {l: float(l == label) for l in labels},
                                  tuple(sorted(spans, key=lambda s: s.start))))
        start += len(text) + 1
    text = " ".join(row[0] for row in rows)
    return Document(text, tuple(sentences), build_profile(sentences, labels, text) if profile else {})


def pier_closure():
    """Four sentences, one of each label: a claim, a denial answering it, an opinion with a loaded phrase."""
    return make_document(
        ("The Velmora council closed the ferry pier on Monday.", FACT, None, None),
        ("Union organiser Ansel Brightwater said the closure was rushed.", CLAIM, "Ansel Brightwater", None),
        ("The council denied that the decision was rushed.", DENIAL, "The council", None),
        ("The shameful handling of the pier has left commuters stranded.", OPINION, None, "shameful handling"),
    )


def repairs():
    """Two claims by one source (the second continues the first), two opinions with loaded phrases."""
    return make_document(
        ("Ansel Brightwater said repairs would take a year.", CLAIM, "Ansel Brightwater", None),
        ("No engineer had inspected the pier since 2019, he added.", CLAIM, None, None),
        ("Such shameful handling was hardly a surprise.", OPINION, None, "shameful handling"),
        ("Closing it was a reckless gamble with public money.", OPINION, None, "reckless gamble"),
    )


def operator():
    """A denial with no claim before it to answer, then a claim by the council."""
    return make_document(
        ("Tidewell Lines denied cutting its evening crossings.", DENIAL, "Tidewell Lines", None),
        ("The council said the pier would reopen in spring.", CLAIM, "The council", None),
    )


def test_every_figure_of_three_documents():
    summary = framing.summarize([pier_closure(), repairs(), operator()])

    assert summary["documents"] == 3 and summary["sentences"] == 10
    assert summary["counts"] == {FACT: 1, CLAIM: 4, DENIAL: 2, OPINION: 3}
    assert list(summary["counts"]) == list(LABELS)
    assert summary["shares"] == pytest.approx({FACT: 0.1, CLAIM: 0.4, DENIAL: 0.2, OPINION: 0.3})
    # each document's share, averaged: 4, 4 and 2 sentences
    assert summary["mean_document_shares"] == pytest.approx({
        FACT: (1 / 4) / 3, CLAIM: (1 / 4 + 2 / 4 + 1 / 2) / 3,
        DENIAL: (1 / 4 + 1 / 2) / 3, OPINION: (1 / 4 + 2 / 4) / 3})
    assert summary["sources"] == [
        {"source": "ansel brightwater", "display": "Ansel Brightwater", "documents": 2, "sentences": 3,
         "labels": {CLAIM: 3}, "denying_documents": 0, "document": None, "document_name": None},
        # "the council" of two documents is most likely two councils: each document keeps its own
        {"source": "council", "display": "council", "documents": 1, "sentences": 1,
         "labels": {CLAIM: 1}, "denying_documents": 0, "document": 2, "document_name": None},
        {"source": "council", "display": "council", "documents": 1, "sentences": 1,
         "labels": {DENIAL: 1}, "denying_documents": 1, "document": 0, "document_name": None},
        {"source": "tidewell lines", "display": "Tidewell Lines", "documents": 1, "sentences": 1,
         "labels": {DENIAL: 1}, "denying_documents": 1, "document": None, "document_name": None},
    ]
    assert summary["loaded_phrases"] == [{"text": "shameful handling", "count": 2, "documents": 2},
                                         {"text": "reckless gamble", "count": 1, "documents": 1}]
    assert summary["unsourced_evaluative_sentences"] == 3
    assert summary["unsourced_evaluative_share"] == pytest.approx(0.3)
    assert summary["denial_pairs"] == 2 and summary["denial_pairs_with_allegation"] == 1


def test_the_summary_is_plain_json_data():
    summary = framing.summarize([pier_closure(), operator()])
    assert json.loads(json.dumps(summary)) == summary


@pytest.mark.parametrize("build", [pier_closure, repairs, operator])
def test_the_summary_of_one_document_agrees_with_its_profile(build):
    doc = build()
    profile = doc.profile
    summary = framing.summarize([doc])

    assert summary["sentences"] == profile["sentences"]
    assert summary["counts"] == profile["counts"] and summary["shares"] == profile["shares"]
    assert summary["mean_document_shares"] == profile["shares"]
    assert [{k: s[k] for k in ("source", "display", "sentences", "labels")} for s in summary["sources"]] == [
        {k: s[k] for k in ("source", "display", "sentences", "labels")} for s in profile["sources"]]
    assert [s["denying_documents"] for s in summary["sources"]] == [int(s["denies"]) for s in profile["sources"]]
    assert all(s["documents"] == 1 for s in summary["sources"])
    assert sorted((p["text"], p["count"]) for p in summary["loaded_phrases"]) == sorted(
        (p["text"], p["count"]) for p in profile["loaded_phrases"])
    assert summary["unsourced_evaluative_share"] == profile["unsourced_evaluative_share"]
    assert summary["denial_pairs"] == len(profile["denials"])


def test_one_source_written_two_ways_in_two_documents_is_merged_under_its_canonical_form():
    first = make_document(("Mr Ansel Brightwater said the ferry was late.", CLAIM, "Mr Ansel Brightwater", None))
    second = make_document(("According to ansel brightwater, the ferry was full.", CLAIM, "ansel brightwater", None))
    sources = framing.summarize([first, second])["sources"]
    assert [(s["source"], s["display"], s["documents"], s["sentences"]) for s in sources] == [
        ("ansel brightwater", "Ansel Brightwater", 2, 2)]


def test_a_company_with_and_without_its_legal_form_in_two_documents_is_one_source():
    for full, bare in (("Orvane Technologies Inc.", "Orvane Technologies"), ("Siemark AG", "Siemark"),
                       ("Kellbrook Industries N.V.", "Kellbrook Industries"), ("Denmere plc", "Denmere Group"),
                       ("Tolvar Ltd", "Tolvar"), ("Halvex Corp", "Halvex"), ("Pellory & Co.", "Pellory")):
        for order in ((full, bare), (bare, full)):
            sources = framing.summarize([_cites(name) for name in order])["sources"]
            if bare.endswith("Group"):  # a group is no legal form: "Denmere Group" may be Denmere plc's parent
                assert [s["documents"] for s in sources] == [1, 1]
                continue
            # the source first seen kept, as for "UN" and "United Nations"
            assert [(s["source"], s["documents"], s["sentences"]) for s in sources] == [
                (framing.summarize([_cites(order[0])])["sources"][0]["source"], 2, 2)]
    # a state's attorney general is no company: "Texas AG" stays apart from Texas; nor is a spa a legal form
    for one, other in (("Texas AG", "Texas"), ("Canyon Ranch Spa", "Canyon Ranch")):
        sources = framing.summarize([_cites(one), _cites(other)])["sources"]
        assert [s["documents"] for s in sources] == [1, 1]


def test_a_firm_named_after_a_surname_stays_apart_from_that_surname_written_as_a_person_s():
    # "Pellory & Co." is a firm; "Mr Pellory ... he" in another document is a person who shares its name
    person = make_document(("Mr Pellory said he would appeal the fine.", CLAIM, "Mr Pellory", None))
    role = make_document(("Pellory, the lawyer, said the fine was fair.", CLAIM, "Pellory", None))
    vague = make_document(("Pellory said the fine was unfair.", CLAIM, "Pellory", None))
    for firm in ("Pellory & Co.", "Pellory Ltd", "Pellory Co."):
        docs = [_cites(firm), person, vague]
        expected = [("pellory", "Pellory", 2), ("pellory", firm, 1)]
        for order in (docs, docs[::-1], [person, _cites(firm), vague]):
            sources = framing.summarize(order)["sources"]
            assert [(s["source"], s["display"], s["documents"]) for s in sources] == expected, (firm, order)
        sources = framing.summarize([role, _cites(firm)])["sources"]
        assert sorted((s["display"], s["documents"]) for s in sources) == [("Pellory", 1), (firm, 1)], firm
    # the person's surname still joins the person's full name, the firm staying apart from both
    docs = [_cites("Pellory & Co."), person, _cites("Ivo Pellory")]
    for order in (docs, docs[::-1]):
        sources = framing.summarize(order)["sources"]
        assert [(s["source"], s["display"], s["documents"]) for s in sources] == [
            ("ivo pellory", "Ivo Pellory", 2), ("pellory", "Pellory & Co.", 1)]
    # with no document writing it as a person's, the firm and the name alone are one (see the test above)
    assert [s["documents"] for s in framing.summarize([_cites("Pellory & Co."), vague])["sources"]] == [2]


def test_a_legal_form_that_may_be_part_of_a_name_is_left_out_only_after_two_words_or_more():
    # "Se" of a Korean given name, "Co" after a surname: what would stay is one word a person may be named by
    for one, other in (("Kim Se", "Kim"), ("Lee Sa", "Lee"), ("Marlow Co", "Marlow"), ("Kim Se Ltd", "Kim")):
        sources = framing.summarize([_cites(one), _cites(other)])["sources"]
        assert [s["documents"] for s in sources] == [1, 1]
    for full, bare in (("Brenholt Marine Co", "Brenholt Marine"), ("Vellan Foods SA", "Vellan Foods"),
                       ("Kim Se Ltd", "Kim Se")):
        assert [s["documents"] for s in framing.summarize([_cites(full), _cites(bare)])["sources"]] == [2]


def test_a_name_like_legal_form_written_as_one_is_left_out_after_one_word_too():
    # in capitals, or "Co." with its stop, the form is a company's: "Brakmo AB" in one document, "Brakmo" in another
    for full, bare in (("Brakmo AB", "Brakmo"), ("Veltrix SE", "Veltrix"), ("Dunmore SA", "Dunmore"),
                       ("Norvik ASA", "Norvik"), ("Harrow Co.", "Harrow"), ("Brakmo AB", "Brakmo Ltd")):
        for order in ((full, bare), (bare, full)):
            sources = framing.summarize([_cites(name) for name in order])["sources"]
            assert [(s["source"], s["documents"]) for s in sources] == [(bare.split()[0].lower(), 2)], order
    # the one document's key is the name alone too, so that summaries of two parts of a corpus join on it
    assert framing.summarize([_cites("Norvik ASA")])["sources"][0]["source"] == "norvik"
    # title case is a part of a personal name: "Park Se" and "Noh Sa" stay apart from "Park" and "Noh"
    for one, other in (("Park Se", "Park"), ("Noh Sa", "Noh"), ("Ola Asa", "Ola")):
        assert [s["documents"] for s in framing.summarize([_cites(one), _cites(other)])["sources"]] == [1, 1]


def test_a_source_that_names_no_one_stays_each_document_s_own_while_a_named_one_sums_up():
    # (no body acts before the spokesperson: "The health ministry closed two clinics." would make it the ministry's)
    ministry = make_document(("Two clinics were closed on Monday.", FACT, None, None),
                             ("A spokesperson said the clinics were unsafe.", CLAIM, "A spokesperson", None))
    company = make_document(("Halvex Corp recalled a drug.", FACT, None, None),
                            ("A spokesman denied any risk to patients.", DENIAL, "A spokesman", None))
    who = [make_document((f"The World Health Organization said {what}.", CLAIM, "The World Health Organization",
                          None)) for what in ("cases rose", "cases fell")]
    expected = [
        {"source": "world health organization", "display": "World Health Organization", "documents": 2,
         "sentences": 2, "labels": {CLAIM: 2}, "denying_documents": 0},
        {"source": "spokesperson", "display": "spokesperson", "documents": 1, "sentences": 1,
         "labels": {CLAIM: 1}, "denying_documents": 0},
        {"source": "spokesperson", "display": "spokesperson", "documents": 1, "sentences": 1,
         "labels": {DENIAL: 1}, "denying_documents": 1},
    ]
    # the same rows in the same order whatever the input order; each own source names its document's position
    for order, documents in (([ministry, company, *who], [None, 0, 1]), ([company, *who, ministry], [None, 3, 0])):
        sources = framing.summarize(order)["sources"]
        assert [(s.pop("document"), s.pop("document_name")) for s in sources] == [(d, None) for d in documents]
        assert sources == expected
    # officials and a company's lawyer name no one either; a named body's spokesman or office does
    for generic in ("Officials", "The company lawyer", "A lawyer for the family"):
        assert [s["documents"] for s in framing.summarize([_cites(generic), _cites(generic)])["sources"]] == [1, 1]
    for named in ("A Halvex spokesman", "Chinese Foreign Ministry spokesperson"):
        assert [s["documents"] for s in framing.summarize([_cites(named), _cites(named)])["sources"]] == [2]
    # so do bodies written with "a" or "an" and lower-case words only, the article in the span or before it
    for generic in ("A media watchdog", "a watchdog group", "An aid agency", "a rights monitor"):
        assert [s["documents"] for s in framing.summarize([_cites(generic), _cites(generic)])["sources"]] == [1, 1]
    before = [make_document(("A media watchdog said the count was rigged.", CLAIM, "media watchdog", None))
              for _ in range(2)]
    assert [s["documents"] for s in framing.summarize(before)["sources"]] == [1, 1]
    for named in ("A Reuters reporter", "The media watchdog", "The aid agency"):
        assert [s["documents"] for s in framing.summarize([_cites(named), _cites(named)])["sources"]] == [2]
    # so do a transcript's unnamed asker and answerer
    sources = framing.summarize([_interview("The board does."), _interview("The council does.")])["sources"]
    assert [(s["source"], s["documents"]) for s in sources] == [("a (interviewee)", 1), ("a (interviewee)", 1),
                                                                ("q (interviewer)", 1), ("q (interviewer)", 1)]


def test_a_source_that_names_no_one_names_its_document_by_its_id_or_file_beside_its_position():
    """A data team reads the JSON summary: "a spokesperson" is a document's own, named as its meta names it (a
    score output's doc_id, an analysed FILE), not only by a position that rejected records shift."""
    cites = [dataclasses.replace(_cites("A spokesperson"), meta=meta)
             for meta in ({"doc_id": "art-7", "record": 9}, {"file": "news/b.txt"}, {"id": 12}, {})]
    sources = framing.summarize([*cites, _cites("Tom Vask")])["sources"]
    assert [(s["display"], s["document"], s["document_name"]) for s in sources] == [
        ("spokesperson", 0, "art-7"), ("spokesperson", 1, "news/b.txt"), ("spokesperson", 2, "12"),
        ("spokesperson", 3, None), ("Tom Vask", None, None)]


def _interview(answer):
    """A two-line Q&A whose answerer the text does not name, answering ``answer``."""
    question = "Q: Who runs the pier?"
    text = f"{question}\nA: {answer}"
    sentences = tuple(Sentence(line, start, start + len(line), FACT, {l: float(l == FACT) for l in LABELS})
                      for line, start in ((question, 0), (f"A: {answer}", len(question) + 1)))
    return Document(text, sentences, build_profile(sentences, LABELS, text))


def _debate(host):
    """A four-line debate transcript chaired by ``host`` (a label), with one candidate, Dawe."""
    lines = (f"{host}: Good evening.", "DAWE: Thank you.", f"{host}: First question.", "DAWE: Gladly.")
    text, sentences, start = "\n\n".join(lines), [], 0
    for line in lines:
        sentences.append(Sentence(line, start, start + len(line), FACT, {l: float(l == FACT) for l in LABELS}))
        start += len(line) + 2
    return Document(text, tuple(sentences), build_profile(sentences, LABELS, text))


def test_a_transcript_s_host_by_role_alone_stays_each_document_s_own():
    # two debates' moderators are two people; a named speaker still sums up
    for first, second in (("MODERATOR", "MODERATOR"), ("HOST", "HOST"), ("CO-HOST", "CO-HOST")):
        sources = framing.summarize([_debate(first), _debate(second)])["sources"]
        assert [(s["source"], s["documents"], s["document"]) for s in sources] == [
            ("dawe", 2, None), (first.lower(), 1, 0), (first.lower(), 1, 1)]
    # a role with the host's name in brackets is that named person, who sums up by name as any speaker does
    sources = framing.summarize([_debate("MODERATOR (KAREN LIU)"), _debate("MODERATOR (OMAR HALE)")])["sources"]
    assert [(s["source"], s["documents"], s["document"]) for s in sources] == [
        ("dawe", 2, None), ("karen liu", 1, None), ("omar hale", 1, None)]
    sources = framing.summarize([_debate("MS. KAREN LIU"), _debate("MS. KAREN LIU")])["sources"]
    assert [(s["source"], s["documents"]) for s in sources] == [("dawe", 2), ("karen liu", 2)]


@pytest.mark.parametrize("label", ["UNIDENTIFIED MALE", "UNIDENTIFIED FEMALE", "UNIDENTIFIED SPEAKER",
                                   "UNKNOWN MALE", "UNIDENTIFIED PROTESTER"])
def test_a_transcript_s_unidentified_speaker_stays_each_document_s_own_and_apart_from_named_people(label):
    # before, "Unidentified Male" read as a name: two broadcasts' unidentified men summed up as one source, and a
    # person cited by the surname "Male" (or "Speaker") joined it as his full name
    sources = framing.summarize([_debate(label), _debate(label)])["sources"]
    own = label.lower()
    assert [(s["source"], s["documents"], s["document"]) for s in sources] == [
        ("dawe", 2, None), (own, 1, 0), (own, 1, 1)]
    surname = label.split()[-1].capitalize()
    named = make_document((f"{surname} said he would appeal the ruling.", CLAIM, surname, None))
    sources = framing.summarize([_debate(label), named])["sources"]
    assert sorted((s["source"], s["documents"]) for s in sources) == sorted(
        [("dawe", 1), (own, 1), (surname.lower(), 1)])
    # a named speaker still sums up
    sources = framing.summarize([_debate("SEN. ANA MALE"), _debate("SEN. ANA MALE")])["sources"]
    assert [(s["source"], s["documents"]) for s in sources] == [("ana male", 2), ("dawe", 2)]


def test_a_body_s_noun_alone_in_lower_case_stays_each_document_s_own():
    # "the company" of a ferry operator and of a drug maker are two companies
    ferry = make_document(("A ferry operator cut its timetable.", FACT, None, None),
                          ("The company said fuel costs had doubled.", CLAIM, "The company", None))
    drugs = make_document(("A drug maker recalled a batch of insulin.", FACT, None, None),
                          ("The company denied that patients were at risk.", DENIAL, "The company", None))
    sources = framing.summarize([ferry, drugs])["sources"]
    assert [(s["source"], s["documents"], s["denying_documents"]) for s in sources] == [
        ("company", 1, 0), ("company", 1, 1)]
    for generic in ("The ministry", "The firm", "The group", "The agency", "police", "The presidency",
                    "The police command", "The command", "Sources", "The statement"):
        assert [s["documents"] for s in framing.summarize([_cites(generic), _cites(generic)])["sources"]] == [1, 1]
    # so does a body of a kind of place, the place unnamed and the words in lower case
    for generic in ("The city council", "the county council", "The school board", "The state assembly",
                    "The local council"):
        assert [s["documents"] for s in framing.summarize([_cites(generic), _cites(generic)])["sources"]] == [1, 1]
    # a body named, or a noun with more words or a capital, still sums up
    for named in ("The Ministry", "The health ministry", "Harbor Union", "The City Council", "The state"):
        assert [s["documents"] for s in framing.summarize([_cites(named), _cites(named)])["sources"]] == [2]


def test_a_document_in_lower_case_stays_each_document_s_own():
    # two articles' "the study" are two studies: a document alone or described in lower case names no one
    for generic in ("The study", "The filing", "The press release", "The survey", "The court filings", "The analysis",
                    "The preprint", "The paper", "The new study", "Findings", "State records", "County figures",
                    "City data", "Poll"):
        assert [s["documents"] for s in framing.summarize([_cites(generic), _cites(generic)])["sources"]] == [1, 1]
    # a document a capital names sums up
    for named in ("The Lancet study", "The Halvorsen survey", "Halvorsen records", "The State Audit records"):
        assert [s["documents"] for s in framing.summarize([_cites(named), _cites(named)])["sources"]] == [2]


def test_a_team_a_lawsuit_a_journal_a_court_or_a_hospital_unnamed_stays_each_document_s_own():
    # two science stories' "the team" or "the journal" are most likely two teams and two journals
    for generic in ("The team", "The research team", "The lawsuit", "The suit", "The trial", "The retraction notice",
                    "The journal", "The medical journal", "federal court", "The appeals court", "The hospital",
                    "The university", "The lab", "Editors", "The editors", "The indictment", "The plea agreement",
                    "The affidavit", "The motion", "The ruling", "The court order", "The petition", "The warrant",
                    "The transcript", "The jury", "The grand jury", "The appeals panel", "The carmaker",
                    "The airline", "The developer", "The lender", "The charity", "The watchdog"):
        assert [s["documents"] for s in framing.summarize([_cites(generic), _cites(generic)])["sources"]] == [1, 1], \
            generic
    # capitalised, or with a name before it, it may name one, and sums up
    for named in ("The Journal", "The Kessel team", "The Lancet journal", "Harlow University", "The Court",
                  "The Ostrow indictment", "The Marlow panel"):
        assert [s["documents"] for s in framing.summarize([_cites(named), _cites(named)])["sources"]] == [2], named


def test_unnamed_people_counted_or_described_in_lower_case_and_documents_alone_stay_each_document_s_own():
    # a quantifier opening the sentence is no name, nor is an unnamed group written in lower case
    for generic in ("Two former employees", "Several residents", "Three people", "One", "One of them",
                    "People familiar with the matter", "people familiar with the matter", "A former employee",
                    "Officials briefed on the talks", "Records", "Documents", "The complaint", "Regulators",
                    "Investors", "Shareholders", "Customers", "Patients"):
        assert [s["documents"] for s in framing.summarize([_cites(generic), _cites(generic)])["sources"]] == [1, 1]
    # a capital after the quantifier, or another word first, still reads as a name
    for named in ("Two Orsen Ferries employees", "Local residents", "Employees of Orsen Ferries"):
        assert [s["documents"] for s in framing.summarize([_cites(named), _cites(named)])["sources"]] == [2]


def test_people_who_post_online_counted_or_as_a_plural_noun_stay_each_document_s_own():
    # two pieces' "one netizen" or "Netizens" are most likely different people
    for generic in ("one netizen", "One netizen", "Netizens", "one user", "One commenter", "Bloggers", "Viewers",
                    "Posters", "internet users", "Internet users", "Social media users", "one internet user",
                    "Online commenters", "one Ostrian netizen"):
        assert [s["documents"] for s in framing.summarize([_cites(generic), _cites(generic)])["sources"]] == [1, 1], \
            generic
    # a platform's or another word's capital first still reads as a name, as "Local residents" does
    for named in ("Kestrel users", "Harbor Forum commenters"):
        assert [s["documents"] for s in framing.summarize([_cites(named), _cites(named)])["sources"]] == [2], named


def test_a_paper_called_the_press_merges_across_documents_but_the_press_in_lower_case_stays_each_document_s_own():
    later = make_document(("The ferry was late again, the Press reported.", CLAIM, "the Press", None))
    for named in ((_cites("The Press"), _cites("The Press")), (_cites("The Press"), later)):
        assert [(s["display"], s["documents"]) for s in framing.summarize(named)["sources"]] == [("Press", 2)]
    for generic in ("The press", "the press"):
        assert [s["documents"] for s in framing.summarize([_cites(generic), _cites(generic)])["sources"]] == [1, 1]


def test_a_counted_role_with_a_party_s_or_nationality_s_adjective_stays_each_document_s_own():
    # two articles' "two Liberal councillors" are most likely four people: a capitalised adjective names no one
    for generic in ("Two Liberal councillors", "Three Ostrian officials", "Several Republican lawmakers",
                    "Two Ostrian soldiers at the border post"):
        assert [s["documents"] for s in framing.summarize([_cites(generic), _cites(generic)])["sources"]] == [1, 1]
    # a capital that is no such adjective may name a body; no quantifier, no count
    for named in ("Two Kessel Harbour officials", "Liberal councillors"):
        assert [s["documents"] for s in framing.summarize([_cites(named), _cites(named)])["sources"]] == [2]


def _cites(name):
    """A one-sentence document in which ``name``, as written, makes a claim."""
    return make_document((f"{name} said the night ferry was cancelled again.", CLAIM, name, None))


def test_the_index_names_the_report_of_each_source_that_names_no_one():
    from framing.report import render_index

    index = render_index([("harbour.txt", "harbour.html", _cites("police")),
                          ("valley.txt", "valley.html", _cites("police")),
                          ("coast.txt", "coast.html", _cites("Harbor Union")),
                          ("bay.txt", "bay.html", _cites("Harbor Union"))])
    assert "<td>police (harbour.txt)</td>" in index and "<td>police (valley.txt)</td>" in index
    assert "<td>Harbor Union</td><td>2</td>" in index  # merged across reports: no one report's


def test_a_merged_source_is_shown_as_most_documents_show_it_whatever_comes_first():
    straight, curly = "Sean O'Neill", "Sean O\u2019Neill"
    for order in ([straight, curly, curly], [curly, straight, curly], [curly, curly, straight]):
        sources = framing.summarize(_cites(name) for name in order)["sources"]
        assert [(s["source"], s["display"], s["documents"]) for s in sources] == [("sean o'neill", curly, 3)]


def test_two_display_forms_shown_by_as_many_documents_give_the_one_seen_first():
    straight, curly = "Sean O'Neill", "Sean O\u2019Neill"
    for order in ([straight, curly], [curly, straight, straight, curly]):
        assert framing.summarize(_cites(name) for name in order)["sources"][0]["display"] == order[0]


def test_sources_cited_by_as_many_documents_and_sentences_are_ordered_by_name_whatever_the_input_order():
    docs = [make_document((f"{name} said the crossing was cancelled.", CLAIM, name, None))
            for name in ("Wren Haldane", "Corin Abbot", "Mira Oakes")]
    once_more = make_document(("Mira Oakes said the tide was high.", CLAIM, "Mira Oakes", None))
    for order in (docs + [once_more], [once_more] + docs[::-1]):
        names = [s["source"] for s in framing.summarize(order)["sources"]]
        assert names == ["mira oakes", "corin abbot", "wren haldane"]


def test_a_source_cited_by_more_documents_comes_before_one_with_more_sentences_in_one():
    talkative = make_document(("Corin Abbot said the pier was unsafe.", CLAIM, "Corin Abbot", None),
                              ("Corin Abbot said the rails were rusted.", CLAIM, "Corin Abbot", None),
                              ("Corin Abbot said the lights were out.", CLAIM, "Corin Abbot", None))
    widely = [make_document((f"Wren Haldane said the {thing} was late.", CLAIM, "Wren Haldane", None))
              for thing in ("ferry", "bus")]
    sources = framing.summarize([talkative, *widely])["sources"]
    assert [(s["source"], s["documents"], s["sentences"]) for s in sources] == [
        ("wren haldane", 2, 2), ("corin abbot", 1, 3)]


def test_documents_and_their_records_mix_and_give_the_same_summary():
    docs = [pier_closure(), repairs(), operator()]
    expected = framing.summarize(docs)
    mixed = [docs[0].to_dict(), docs[1], json.loads(json.dumps(docs[2].to_dict()))]
    assert framing.summarize(mixed) == expected
    assert framing.summarize(doc.to_dict() for doc in docs) == expected


def test_a_missing_or_stale_profile_is_rebuilt_from_the_sentences():
    doc = pier_closure()
    without = Document(doc.text, doc.sentences, {})
    assert framing.summarize([without]) == framing.summarize([doc])

    # the fact relabelled as opinion by hand, the profile left as it was
    edited = (dataclasses.replace(doc.sentences[0], label=OPINION), *doc.sentences[1:])
    summary = framing.summarize([Document(doc.text, edited, doc.profile)])
    assert summary["counts"] == {FACT: 0, CLAIM: 1, DENIAL: 1, OPINION: 2}
    assert summary["unsourced_evaluative_sentences"] == 2


def test_a_claim_and_a_denial_swapped_by_hand_with_the_old_profile_carried_over_are_summed_up_as_they_now_are():
    doc = pier_closure()
    # the label counts stay the same; who denies is the other side now
    swapped = (doc.sentences[0], dataclasses.replace(doc.sentences[1], label=DENIAL),
               dataclasses.replace(doc.sentences[2], label=CLAIM), doc.sentences[3])
    for carried in (Document(doc.text, swapped, doc.profile), dataclasses.replace(doc, sentences=swapped)):
        summary = framing.summarize([carried])
        assert summary == framing.summarize([Document(doc.text, swapped)])
        assert {s["source"]: s["denying_documents"] for s in summary["sources"]} == {
            "ansel brightwater": 1, "council": 0}


def test_a_source_span_removed_from_a_record_is_summed_up_without_its_source():
    record = make_document(
        ("In the view of Ansel Brightwater, the closure was rushed.", CLAIM, "Ansel Brightwater", None),
        ("The council denied that the decision was rushed.", DENIAL, "The council", None)).to_dict()
    record["sentences"][0]["spans"] = []  # the README's edit-the-JSON workflow: the claim's source taken out
    sources = [s["source"] for s in framing.summarize([record])["sources"]]
    assert sources == ["council"]
    # a subject standing before its verb is still read as the source when no span marks it
    record = pier_closure().to_dict()
    record["sentences"][1]["spans"] = []
    assert [s["display"] for s in framing.summarize([record])["sources"]][0] == "Ansel Brightwater"
    # and so is the source after "according to"
    record = make_document(
        ("According to Ansel Brightwater, the closure was rushed.", CLAIM, "Ansel Brightwater", None)).to_dict()
    record["sentences"][0]["spans"] = []
    assert [s["display"] for s in framing.summarize([record])["sources"]] == ["Ansel Brightwater"]


@pytest.mark.parametrize("damage", [
    lambda profile: profile["sources"][0]["labels"].update({DENIAL: "2"}),
    lambda profile: profile.update(unsourced_sentences=[0] * 10),
    lambda profile: profile["counts"].update({label: float(n) for label, n in profile["counts"].items()}),
])
def test_a_stored_profile_with_damaged_parts_is_never_read(damage):
    doc = pier_closure()
    record = doc.to_dict()
    damage(record["profile"])
    expected = json.dumps(framing.summarize([doc]))
    assert json.dumps(framing.summarize([record])) == expected
    assert json.dumps(framing.summarize([Document.from_dict(record)])) == expected


@pytest.mark.parametrize("damage", [
    lambda profile: profile.update(sources=[{"source": "x", "display": "x", "sentences": 1, "labels": {CLAIM: "2"},
                                             "denies": False}]),
    lambda profile: profile.update(unsourced_sentences=[0] * 10),
    lambda profile: profile["counts"].update({label: float(n) for label, n in profile["counts"].items()}),
])
def test_an_analysed_document_s_profile_damaged_in_place_is_rebuilt(tiny, damage):
    text = "Dock workers said the cranes were unsafe. The port denied it. It was a farce."
    doc = tiny.analyze(text)
    expected = json.dumps(framing.summarize([tiny.analyze(text).to_dict()]))
    damage(doc.profile)
    assert json.dumps(framing.summarize([doc])) == expected


def test_a_profile_with_malformed_entries_is_rebuilt_rather_than_read():
    record = pier_closure().to_dict()
    record["profile"]["sources"] = [{"source": "someone else"}]
    assert framing.summarize([record]) == framing.summarize([pier_closure()])


def test_documents_are_read_one_at_a_time_and_not_kept():
    refs, alive = [], []

    def stream():
        for _ in range(5):
            gc.collect()
            alive.append(sum(ref() is not None for ref in refs))
            doc = pier_closure()
            refs.append(weakref.ref(doc))
            yield doc
            del doc

    assert framing.summarize(stream())["documents"] == 5
    assert max(alive) <= 1  # at most the document being summed up when the next is asked for


def test_empty_input_gives_zeros():
    for empty in ([], iter(()), (d for d in [])):
        summary = framing.summarize(empty)
        assert summary["documents"] == summary["sentences"] == 0
        assert summary["counts"] == summary["shares"] == summary["mean_document_shares"] == {}
        assert summary["sources"] == summary["loaded_phrases"] == []
        assert summary["unsourced_evaluative_sentences"] == 0 and summary["unsourced_evaluative_share"] == 0.0
        assert summary["denial_pairs"] == summary["denial_pairs_with_allegation"] == 0


def test_documents_without_sentences_count_but_do_not_dilute_the_mean_share():
    blank = make_document()
    summary = framing.summarize([blank, Document("", ())])
    assert summary["documents"] == 2 and summary["sentences"] == 0
    assert set(summary["shares"].values()) == set(summary["mean_document_shares"].values()) == {0.0}

    doc = pier_closure()
    both = framing.summarize([doc, blank])
    assert both["documents"] == 2
    assert both["mean_document_shares"] == doc.profile["shares"]


def test_top_keeps_the_first_sources_and_phrases():
    docs = [pier_closure(), repairs(), operator()]
    full, cut = framing.summarize(docs), framing.summarize(docs, top=1)
    assert cut["sources"] == full["sources"][:1] and cut["loaded_phrases"] == full["loaded_phrases"][:1]
    assert {k: v for k, v in cut.items() if k not in ("sources", "loaded_phrases")} == {
        k: v for k, v in full.items() if k not in ("sources", "loaded_phrases")}


@pytest.mark.parametrize("top", [0, -2, 1.5, "3", True])
def test_a_top_that_is_not_a_positive_whole_number_is_refused(top):
    with pytest.raises(InputError, match=f"top must be a positive integer, got {top!r}"):
        framing.summarize([pier_closure()], top=top)


@pytest.mark.parametrize("top, says", [("3", "'3', a str (text), not a number: pass 3, without quotes"),
                                       (2.0, "2.0, a float: pass the whole number 2"),
                                       (1.5, "1.5, a float: pass a whole number"),
                                       (True, "True, a bool, not a number")])
def test_a_top_of_the_wrong_type_is_refused_naming_its_type_and_the_fix(top, says):
    with pytest.raises(InputError) as caught:
        framing.summarize([pier_closure()], top=top)
    assert str(caught.value) == f"top must be a positive integer, got {says}"


@pytest.mark.parametrize("item, kind", [("The pier closed.", "str"), (42, "int"), (None, "NoneType"),
                                        (["a", "list"], "list")])
def test_an_item_that_is_no_document_is_refused_naming_its_position_and_type(item, kind):
    with pytest.raises(InputError, match=rf"documents\[1\] must be a framing Document .* got {kind}$"):
        framing.summarize([pier_closure(), item, operator()])


def test_a_broken_record_is_refused_naming_its_position_and_what_is_wrong():
    record = operator().to_dict()
    record["sentences"][1]["start"] = 3
    with pytest.raises(InputError, match=r"^documents\[2\]: sentences\[1\]: offsets"):
        framing.summarize([pier_closure(), repairs(), record])
    with pytest.raises(InputError, match=r"^documents\[0\]: not a Document.to_dict\(\) record"):
        framing.summarize([{"text": "The pier closed."}])


@pytest.mark.parametrize("documents, hint", [
    (pier_closure(), "got a single Document; wrap it in a list"),
    (pier_closure().to_dict(), r"got a dict: wrap one Document.to_dict\(\) record in a list"),
    ({"week 12": pier_closure()}, r"list\(d.values\(\)\)"),
    ("The pier closed.", "got str"),
    (7, "got int"),
])
def test_something_that_is_no_collection_of_documents_is_refused(documents, hint):
    with pytest.raises(TypeError, match=hint):
        framing.summarize(documents)


def test_a_path_given_for_documents_says_how_to_read_a_score_output(tmp_path):
    """framing summarize takes a framing score output folder; in Python the folder is read by scored_documents."""
    for path in (tmp_path, str(tmp_path)):
        with pytest.raises(TypeError, match=r"got a path \(.*\), which is not read here: pass a framing score "
                                            r"output's framing.scale.scored_documents\(path\)"):
            framing.summarize(path)


def test_labels_are_the_union_in_first_seen_order_and_a_document_lacking_one_counts_none_of_it():
    extended = (*LABELS, "satire")
    satire = make_document(("The pier will now host a yacht regatta for ducks.", "satire", None, None),
                           ("The council closed the pier.", FACT, None, None), labels=extended)
    summary = framing.summarize([pier_closure(), satire])
    assert list(summary["counts"]) == [*LABELS, "satire"]
    assert summary["counts"] == {FACT: 2, CLAIM: 1, DENIAL: 1, OPINION: 1, "satire": 1}
    assert summary["mean_document_shares"]["satire"] == pytest.approx((0 + 1 / 2) / 2)
    assert list(framing.summarize([satire, pier_closure()])["counts"]) == list(extended)


def test_labels_in_another_order_follow_the_first_document():
    reordered = (OPINION, FACT, CLAIM, DENIAL)
    other = make_document(("The council closed the pier.", FACT, None, None), labels=reordered)
    assert list(framing.summarize([other, pier_closure()])["counts"]) == list(reordered)


@pytest.mark.parametrize("missing", [OPINION, DENIAL, CLAIM])
def test_documents_with_and_without_a_label_the_profile_reads_are_refused(missing):
    labels = tuple(label for label in LABELS if label != missing)
    lacking = make_document(("The council closed the pier.", FACT, None, None), labels=labels)
    with pytest.raises(InputError, match=rf"documents\[1\] .*unlike documents\[0\] \(it lacks \['{missing}'\]\)"):
        framing.summarize([pier_closure(), lacking])
    with pytest.raises(InputError, match=rf"documents\[1\] .*unlike documents\[0\] \(it adds \['{missing}'\]\)"):
        framing.summarize([lacking, pier_closure()])


def test_documents_from_two_unrelated_label_schemes_are_refused_naming_both_label_sets():
    three = make_document(("The ferry left at noon.", "fact", None, None),
                          ("Its captain called the crossing a triumph.", "opinion", None, None),
                          labels=("fact", "hearsay", "opinion"))
    two = make_document(("The ferry left at noon.", "calm", None, None), labels=("calm", "alarm"))
    with pytest.raises(InputError, match=(r"documents\[1\] is labelled with \['calm', 'alarm'\], documents\[0\] "
                                          r"with \['fact', 'hearsay', 'opinion'\]: .*different label schemes")):
        framing.summarize([three, two])
    with pytest.raises(InputError, match=r"documents\[2\] is labelled with \['fact', 'hearsay', 'opinion'\], "
                                         r"documents\[0\] with \['calm', 'alarm'\]"):
        framing.summarize([two, two, three])


def test_a_document_adding_a_label_becomes_the_scheme_others_must_fit():
    base = make_document(("The ferry left at noon.", "calm", None, None), labels=("calm", "alarm"))
    wider = make_document(("The ferry left at noon.", "calm", None, None), labels=("calm", "alarm", "panic"))
    apart = make_document(("The ferry left at noon.", "calm", None, None), labels=("calm", "alarm", "relief"))
    assert list(framing.summarize([base, wider, base])["counts"]) == ["calm", "alarm", "panic"]
    with pytest.raises(InputError, match=r"documents\[2\] is labelled with .*'relief'.*, documents\[1\] with "
                                         r"\['calm', 'alarm', 'panic'\]"):
        framing.summarize([base, wider, apart])


def test_the_order_of_the_documents_does_not_decide_whether_their_schemes_fit():
    # two hand-labelled documents, each with one label, both within a later model document's labels
    calm = make_document(("The ferry left at noon.", "calm", None, None), labels=(), profile=False)
    alarm = make_document(("Panic spread along the quay.", "alarm", None, None), labels=(), profile=False)
    both = make_document(("The ferry left at noon.", "calm", None, None),
                         ("Panic spread along the quay.", "alarm", None, None), labels=("calm", "alarm"))
    counts = [framing.summarize(order)["counts"] for order in ([both, calm, alarm], [calm, alarm, both],
                                                               [calm, both, alarm])]
    assert counts[0] == counts[1] == counts[2] == {"calm": 2, "alarm": 2}
    with pytest.raises(InputError, match=r"documents\[1\] is labelled with \['alarm'\], documents\[0\] with "
                                         r"\['calm'\]"):
        framing.summarize([calm, alarm])


def test_hand_labelled_sentences_without_scores_are_summed_up_with_the_model_s_documents():
    # no reported_fact among them: their labels are a subset of the model's, which is allowed (the three
    # labels the profile reads by name must still all be there)
    hand = make_document(("Ansel Brightwater said the pier was unsafe.", CLAIM, "Ansel Brightwater", None),
                         ("The harbour board denied it.", DENIAL, None, None),
                         ("The whole affair was a shambles.", OPINION, None, None), labels=(), profile=False)
    assert all(s.scores == {} for s in hand.sentences)
    summary = framing.summarize([pier_closure(), hand])
    assert list(summary["counts"]) == list(LABELS)
    assert summary["counts"] == {FACT: 1, CLAIM: 2, DENIAL: 2, OPINION: 2}
    assert framing.summarize([hand, pier_closure()])["counts"] == summary["counts"]


def hand_labelled(*rows):
    """A Document of hand-labelled sentences without scores or profile: it shows only the labels they hold."""
    return make_document(*((text, label, None, None) for text, label in rows), labels=(), profile=False)


def test_hand_labelled_documents_holding_some_of_the_labels_the_profile_reads_are_summed_up_together():
    three = hand_labelled(("Critics said the ferry was late.", CLAIM), ("Tidewell Lines denied it.", DENIAL),
                          ("The timetable is a farce.", OPINION))
    denial = hand_labelled(("The harbour board denied closing the pier.", DENIAL))
    for order in ([three, denial], [denial, three], [pier_closure(), denial], [denial, pier_closure(), three]):
        assert framing.summarize(order)["counts"][DENIAL] == sum(s.label == DENIAL for d in order for s in d.sentences)
    assert framing.summarize([three, denial])["counts"] == {CLAIM: 1, DENIAL: 2, OPINION: 1}


def test_hand_labelled_documents_keep_showing_only_their_labels_with_a_profile_built_for_them():
    # the profile current_profile builds for hand-labelled sentences counts only the labels they hold: it
    # makes them no scored document, whose every label the profile reads by name must be there
    three = hand_labelled(("Critics said the ferry was late.", CLAIM), ("Tidewell Lines denied it.", DENIAL),
                          ("The timetable is a farce.", OPINION))
    denial = hand_labelled(("The harbour board denied closing the pier.", DENIAL))
    with_profiles = [dataclasses.replace(d, profile=current_profile(d)) for d in (three, denial)]
    assert list(with_profiles[1].profile["counts"]) == [DENIAL]
    assert framing.summarize(with_profiles) == framing.summarize([three, denial])
    assert framing.summarize(with_profiles[::-1]) == framing.summarize([denial, three])
    summary = framing.summarize(with_profiles)
    assert summary["counts"] == {CLAIM: 1, DENIAL: 2, OPINION: 1}
    # the denial-only document's sentence counts as a measured zero in the unsourced share, not as unknown
    assert summary["unsourced_evaluative_sentences"] == 1 and summary["unsourced_evaluative_share"] == 1 / 4


def test_a_hand_labelled_document_holding_a_label_the_profile_reads_that_scored_documents_lack_is_refused():
    model = make_document(("The council closed the pier.", FACT, None, None), labels=(FACT, CLAIM, OPINION))
    hand = hand_labelled(("The council closed the pier.", FACT), ("Critics said it was rushed.", CLAIM),
                         ("The harbour board denied it.", DENIAL), ("It is a farce.", OPINION))
    with pytest.raises(InputError, match=r"documents\[1\] .*unlike documents\[0\] \(it adds \['official_denial'\]\)"):
        framing.summarize([model, hand])
    with pytest.raises(InputError, match=r"documents\[1\] .*unlike documents\[0\] \(it lacks \['official_denial'\]\)"):
        framing.summarize([hand, model])


def test_without_the_opinion_or_denial_label_those_figures_are_null_not_zero():
    labels = (FACT, CLAIM)
    doc = make_document(("The council closed the pier.", FACT, None, None),
                        ("Ansel Brightwater said it was rushed.", CLAIM, "Ansel Brightwater", None), labels=labels)
    summary = framing.summarize([doc])
    assert summary["unsourced_evaluative_share"] is None and summary["unsourced_evaluative_sentences"] is None
    assert summary["denial_pairs"] is None and summary["denial_pairs_with_allegation"] is None
    assert summary["sources"][0]["source"] == "ansel brightwater"


def test_summarize_by_sums_up_each_outlet_apart_in_one_pass():
    """An analyst compares two outlets whose documents' meta name them (a score output's kept column): each group is
    the summary of its documents alone, a null value last, and a source that names no one keeps its position."""
    from framing.summary import summarize_by

    documents = [dataclasses.replace(doc, meta={"outlet": outlet, "doc_id": name}) for doc, outlet, name in
                 ((pier_closure(), "Velmar Post", "a1"), (operator(), None, "a2"), (repairs(), "Velmar Post", "a3"),
                  (operator(), "Harbour Courier", "a4"))]
    groups = summarize_by(iter(documents), "outlet", top=1)
    assert [group["value"] for group in groups] == ["Harbour Courier", "Velmar Post", None]
    assert groups[1]["summary"] == framing.summarize([documents[0], documents[2]], top=1)
    assert groups[0]["summary"]["counts"] == framing.summarize(documents[3:])["counts"]
    own = [s for s in groups[0]["summary"]["sources"] if s["document"] is not None]
    assert [(s["document"], s["document_name"]) for s in own] == [(3, "a4")]  # "The council" of the fourth
    with pytest.raises(InputError, match=r"^documents\[1\]: its meta holds no 'outlet' to group by \(its keys: "
                                         r"'file'\).*keep_columns=\['outlet'\]"):
        summarize_by([{**pier_closure().to_dict(), "meta": {"outlet": "Velmar Post"}},
                      {**operator().to_dict(), "meta": {"file": "b.txt"}}], "outlet")
    with pytest.raises(InputError, match=r"documents\[0\]: its meta's 'outlet' is a list"):
        summarize_by([dataclasses.replace(operator(), meta={"outlet": ["a"]})], "outlet")


def test_summarize_is_exported_and_imported_on_first_use():
    assert "summarize" in framing.__all__ and "summarize" in dir(framing)
    # a fresh interpreter: this one has imported the summary already
    script = ("import sys, framing\n"
              "before = 'framing.summary' in sys.modules\n"
              "function = framing.summarize\n"
              "print(before, 'framing.summary' in sys.modules, function.__module__)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          cwd=Path(framing.__file__).parents[1])
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "framing.summary"]


def test_analysed_texts_sum_up_to_their_profiles(tiny):
    texts = ["The harbour board approved a new ferry timetable. Critics said it was rushed.",
             "Tidewell Lines denied cutting crossings. The change is a disgrace."]
    docs = list(tiny.analyze_many(texts))
    summary = framing.summarize(iter(docs))
    assert summary["documents"] == 2
    assert summary["sentences"] == sum(len(d.sentences) for d in docs)
    assert summary["counts"] == {label: sum(d.profile["counts"][label] for d in docs) for label in tiny.labels}
    assert summary["denial_pairs"] == sum(len(d.profile["denials"]) for d in docs)
    assert sum(s["sentences"] for s in summary["sources"]) == sum(
        s["sentences"] for d in docs for s in d.profile["sources"])
    assert framing.summarize(tiny.analyze_many(texts, profile=False)) == summary


def test_mean_document_shares_are_the_same_to_the_bit_whatever_the_documents_order():
    # facts of each document's sentences; these shares summed one by one round differently in the two orders
    layout = [(1, 15), (4, 30), (4, 9), (1, 25), (5, 30), (1, 18)]
    assert sum(f / n for f, n in layout) != sum(f / n for f, n in reversed(layout))
    documents = [make_document(*[(f"Line {k} of {n}.", FACT if k < facts else OPINION, None, None)
                                 for k in range(n)]) for facts, n in layout]
    forward = framing.summarize(documents)["mean_document_shares"]
    backward = framing.summarize(documents[::-1])["mean_document_shares"]
    assert forward == backward
    assert forward[FACT] == pytest.approx(sum(f / n for f, n in layout) / len(layout), rel=1e-15)
    assert forward[FACT] + forward[OPINION] == pytest.approx(1.0)


def test_police_and_unnamed_groups_opening_a_sentence_stay_each_document_s_own():
    # "Police said" in two towns' stories are two forces, though the sentence's first capital looks like a name
    for group in ("Police", "Witnesses", "Authorities", "Residents", "Investigators", "Refugees", "Eyewitnesses"):
        assert [s["documents"] for s in framing.summarize([_cites(group), _cites(group)])["sources"]] == [1, 1]
    for named in ("Reuters", "Harbor Union", "Ministry officials"):
        assert [s["documents"] for s in framing.summarize([_cites(named), _cites(named)])["sources"]] == [2]


@pytest.mark.parametrize("body", ["The council", "The cabinet", "The parliament", "The assembly", "The municipality"])
def test_a_council_or_a_cabinet_in_lower_case_stays_each_document_s_own(body):
    # two documents' "the council" are most likely two councils, as two documents' "the board" are
    assert [s["documents"] for s in framing.summarize([_cites(body), _cites(body)])["sources"]] == [1, 1]
    # "the Ministry" capitalised, as an official statement writes its issuer, sums up across documents
    assert [s["documents"]
            for s in framing.summarize([_cites("The Ministry"), _cites("The Ministry")])["sources"]] == [2]


def _statement(issuer):
    """An official statement headed with its ``issuer``'s full name, which then calls itself "the Ministry"."""
    return make_document((f"Statement of the {issuer}", FACT, None, None),
                         ("The Ministry firmly rejects the report.", DENIAL, "The Ministry", None))


def test_two_ministries_statements_calling_themselves_the_ministry_stay_apart_by_their_headings():
    ostria, velmar = "Ministry of Foreign Affairs of Ostria", "Ministry of Foreign Affairs of Velmar"
    docs = [_statement(ostria), _statement(velmar), _statement(ostria)]
    for order in (docs, docs[::-1]):
        sources = framing.summarize(order)["sources"]
        assert sorted((s["display"], s["documents"], s["denying_documents"]) for s in sources) == [
            (ostria, 2, 2), (velmar, 1, 1)]


def _filed(dateline, what="the talks would resume"):
    """A one-sentence document opening with ``dateline`` in which "the Presidency", capitalised, makes a claim."""
    return make_document((f"{dateline}The Presidency said {what}.", CLAIM, "The Presidency", None))


def test_a_capitalised_body_s_noun_alone_stays_each_document_s_own_where_their_datelines_name_other_places():
    # "the Presidency" of a story filed from Varnock and of one filed from Halden are most likely two presidencies
    varnock, halden = _filed("VARNOCK (Meridian Wire) - "), _filed("HALDEN, March 3 - ", "the talks had failed")
    undated = _filed("")
    for order, positions in (([varnock, halden], [0, 1]), ([halden, undated, varnock], [2, 0, 1])):
        sources = framing.summarize(order)["sources"]
        assert sorted((s["source"], s["display"], s["documents"], s["document"]) for s in sources) == [
            ("presidency", "Presidency", 1, at) for at in sorted(positions)]
    # one place, or one place and documents without a dateline, still sum up; so do a capital and its country
    for docs in ([varnock, _filed("VARNOCK (Meridian Wire) - ", "no date was set")], [varnock, undated],
                 [_filed("NAIROBI - "), _filed("KESSELTON, Kenya (Meridian Wire) - ")], [undated, undated]):
        for order in (docs, docs[::-1]):
            sources = framing.summarize(order)["sources"]
            assert [(s["source"], s["display"], s["documents"], s["document"]) for s in sources] == [
                ("presidency", "Presidency", 2, None)]


def _denies(name):
    """A one-sentence document in which ``name``, as written, denies a report."""
    return make_document((f"{name} denied that the ferry contract was rigged.", DENIAL, name, None))


def test_a_surname_alone_joins_the_one_full_name_ending_in_it_across_documents():
    full = _cites("Harbour Minister Vesna Kolar")
    # the surname before the full name: one document's profile keeps them apart
    both = make_document(("Kolar denied that the contract was rigged.", DENIAL, "Kolar", None),
                         ("The Tidewell Lines board met on Monday.", FACT, None, None),
                         ("Vesna Kolar denied that the ferry was late.", DENIAL, "Vesna Kolar", None))
    assert [s["source"] for s in both.profile["sources"]] == ["kolar", "vesna kolar"]
    docs = [full, _denies("Kolar"), both, _cites("Tidewell Lines")]
    for order in (docs, docs[::-1]):
        sources = framing.summarize(order)["sources"]
        # the document citing both counts once, as a document and as a denying one
        assert [(s["source"], s["display"], s["documents"], s["sentences"], s["labels"], s["denying_documents"])
                for s in sources] == [("vesna kolar", "Vesna Kolar", 3, 4, {CLAIM: 1, DENIAL: 3}, 2),
                                      ("tidewell lines", "Tidewell Lines", 1, 1, {CLAIM: 1}, 0)]


def test_a_family_name_written_first_joins_the_full_name_it_starts_and_its_given_name_alone_joins_nothing():
    full = _cites("Ministry spokesperson Zhou Mingtao")
    for order in ((full, _denies("Spokesperson Zhou")), (_denies("Spokesperson Zhou"), full)):
        sources = framing.summarize(order)["sources"]
        assert [(s["source"], s["documents"], s["denying_documents"]) for s in sources] == [("zhou mingtao", 2, 1)]
    # the given name alone is no surname: "Spokesperson Mingtao" is not read as Zhou Mingtao
    sources = framing.summarize([full, _denies("Spokesperson Mingtao")])["sources"]
    assert sorted((s["source"], s["documents"]) for s in sources) == [("mingtao", 1), ("zhou mingtao", 1)]
    # a name whose two words are both such family names ("Lin Wei") may be written either way: with both cited
    # alone, one of them is someone else and which is not known
    sources = framing.summarize([_cites("Lin Wei"), _denies("Spokesperson Lin"), _denies("Spokesperson Wei")])
    assert sorted((s["source"], s["documents"]) for s in sources["sources"]) == [("lin", 1), ("lin wei", 1),
                                                                                   ("wei", 1)]
    # a document citing both counts once
    both = make_document(("Spokesperson Zhou denied that the ferry contract was rigged.", DENIAL, "Spokesperson Zhou",
                          None),
                         ("Zhou Mingtao said the ferry was late.", CLAIM, "Zhou Mingtao", None))
    sources = framing.summarize([full, both])["sources"]
    assert [(s["source"], s["documents"], s["sentences"]) for s in sources] == [("zhou mingtao", 2, 3)]
    # another given name before the family name in its document: someone else, Dana Zhou, whom the surname joins
    # there (before: "zhou", "Dana" no given name of one sex)
    other = make_document(("Dr. Dana Zhou spoke first.", FACT, None, None),
                          ("Zhou said the ferry was late.", CLAIM, "Zhou", None))
    sources = framing.summarize([full, other])["sources"]
    assert sorted(s["source"] for s in sources) == ["dana zhou", "zhou mingtao"]


def test_kim_or_lee_first_is_a_family_name_only_before_a_given_name_of_two_words_or_a_hyphenated_one():
    for full, lone in (("Kim Reynolds", "Governor Reynolds"), ("Lee Dorran", "Rep. Dorran"),
                       ("Kim Jong Un", "Leader Kim"), ("Lee Jae-myung", "President Lee")):
        sources = framing.summarize([_cites(full), _denies(lone)])["sources"]
        assert [(s["display"], s["documents"]) for s in sources] == [(full, 2)], (full, lone)


def test_kim_lee_or_another_family_name_first_before_words_no_such_syllables_spell_is_a_western_name():
    # "Kim" or "Lee" first, then a middle name and a surname: the surname is the last word, as before the family
    # name first was read, and "Mr. Kim" alone is someone else; so for a surname that no such syllables spell
    for full, lone, other in (("Kim Varnell Ashby", "Ms. Ashby", "Mr. Kim"),
                              ("Lee Ann Corvell", "Ms. Corvell", "Mr. Lee"),
                              ("Lee Roy Tang", "Mr. Tang", "Mr. Lee"),  # a known given name after "Lee"
                              ("Chan Velmoradi", "President Velmoradi", "Mr. Chan")):
        sources = framing.summarize([_cites(full), _denies(lone)])["sources"]
        assert [(s["display"], s["documents"]) for s in sources] == [(full, 2)], (full, lone)
        sources = framing.summarize([_cites(full), _denies(other)])["sources"]
        assert [s["documents"] for s in sources] == [1, 1], (full, other)
    # a Korean, Chinese or Vietnamese given name, in syllables, one word or hyphenated, keeps its family name first
    for full, lone in (("Kim Tae Yeol", "Chairman Kim"), ("Zhou Mingtao", "Spokesperson Zhou"),
                       ("Nguyen Thi Lan", "Minister Nguyen"), ("Han Duck-soo", "Premier Han")):
        sources = framing.summarize([_cites(full), _denies(lone)])["sources"]
        assert [s["documents"] for s in sources] == [2], (full, lone)


def test_a_name_whose_first_and_last_words_are_both_family_names_joins_the_one_of_them_cited_alone():
    # written given name first, as before: "Mr. Park" is Jin Park ("Park" is no given name's syllable), "Dr. Lin"
    # is Wei Lin (either word may be the family name; only "Lin" is cited alone)
    for full, lone in (("Jin Park", "Mr. Park"), ("Mai Nguyen", "Ms. Nguyen"), ("Wen Bo Lee", "Dr. Lee"),
                       ("Wei Lin", "Dr. Lin"), ("Nam Le", "Mr. Le")):
        for order in ((_cites(full), _denies(lone)), (_denies(lone), _cites(full))):
            sources = framing.summarize(order)["sources"]
            assert [(s["display"], s["documents"], s["denying_documents"]) for s in sources] == [(full, 2, 1)], full
    # written family name first: "Spokesperson Lin" is Lin Wei
    sources = framing.summarize([_cites("Lin Wei"), _denies("Spokesperson Lin")])["sources"]
    assert [(s["display"], s["documents"]) for s in sources] == [("Lin Wei", 2)]
    # both cited alone: one of them is someone else, and which is not known, so neither joins
    sources = framing.summarize([_cites("Nam Le"), _denies("Mr. Le"), _denies("Spokesperson Nam")])["sources"]
    assert sorted((s["source"], s["documents"]) for s in sources) == [("le", 1), ("nam", 1), ("nam le", 1)]


def test_a_surname_alone_stays_apart_when_two_full_names_end_in_it_or_it_is_no_person_s():
    for names in (("Vesna Kolar", "Milan Kolar", "Kolar"),  # two Kolars: which one is not known
                  ("Harbour Watch", "Watch"), ("Strand Systems", "Systems"),  # a body's or a firm's last word
                  # a country, a capital, an acronym
                  ("Jonas Kenya", "Kenya"), ("Alba Nairobi", "Nairobi"), ("Petra Nato", "NATO"),
                  ("Ivo Bloomberg", "Bloomberg")):  # a news agency
        sources = framing.summarize([_cites(name) for name in names])["sources"]
        assert sorted(s["display"] for s in sources) == sorted(names), names
    # nor when the surname's document writes another given name before it: "Ryan" of "Rep. Tim Ryan" is not Paul Ryan
    # (in its own document it is Rep. Milan Kolar, "Rep." read as a title before a name)
    other = make_document(("Rep. Milan Kolar spoke first.", FACT, None, None),
                          ("Kolar said the ferry was late.", CLAIM, "Kolar", None))
    sources = framing.summarize([_cites("Vesna Kolar"), other])["sources"]
    assert sorted(s["source"] for s in sources) == ["milan kolar", "vesna kolar"]


def _headed(headline, *rows):
    """A document of ``rows`` (as :func:`make_document` takes them) under ``headline``, a line of its own."""
    body = make_document(*rows)
    text = f"{headline}\n\n{body.text}"
    sentences = [Sentence(headline, 0, len(headline), FACT, {l: float(l == FACT) for l in LABELS}, ())]
    sentences += [dataclasses.replace(s, start=s.start + len(headline) + 2, end=s.end + len(headline) + 2,
                                      spans=tuple(dataclasses.replace(p, start=p.start + len(headline) + 2,
                                                                      end=p.end + len(headline) + 2)
                                                  for p in s.spans)) for s in body.sentences]
    return Document(text, tuple(sentences), build_profile(sentences, LABELS, text))


def test_a_headline_s_word_in_title_case_before_a_surname_is_no_given_name_that_keeps_it_apart():
    # "Dropped" of "Harbour Board Quietly Dropped Kolar Inquiry" names no other Kolar
    rows = (("Ms. Kolar said the ferry contract was rigged.", CLAIM, "Ms. Kolar", None),)
    for headline in ("Harbour Board Quietly Dropped Kolar Inquiry", "Quietly Dropped Kolar Inquiry Was Rigged."):
        full = ("Vesna Kolar said the board ignored her.", CLAIM, "Vesna Kolar", None)
        # in another document, or named in full after the surname alone in the same one
        for docs in ([_cites("Vesna Kolar"), _headed(headline, *rows)], [_headed(headline, *rows, full)]):
            sources = framing.summarize(docs)["sources"]
            assert [(s["display"], s["documents"], s["sentences"]) for s in sources] == [
                ("Vesna Kolar", len(docs), 2)], (headline, len(docs))
    # a known given name in a headline is one, as in a sentence: Peter Kolar is someone else
    sources = framing.summarize([_cites("Vesna Kolar"), _headed("Peter Kolar Wins Ferry Seat", *rows)])["sources"]
    assert sorted(s["display"] for s in sources) == ["Kolar", "Vesna Kolar"]


def test_a_surname_alone_joins_a_full_name_only_where_its_document_writes_it_as_a_person_s():
    person = _cites("Oren Talbrook")
    for rows, merged in (
            # "it" after its cue, a business's noun beside it, a legal form: a company named like a person
            ((("Talbrook said it would recall 10,000 vans.", CLAIM, "Talbrook"),
              ("The carmaker denied the brakes were faulty.", DENIAL, "The carmaker")), False),
            ((("Talbrook, the van maker, said sales fell.", CLAIM, "Talbrook"),), False),
            ((("The carmaker Talbrook said sales fell.", CLAIM, "Talbrook"),), False),
            ((("Talbrook said sales fell.", CLAIM, "Talbrook"), ("Talbrook Co. owns the plant.", FACT, None)), False),
            # nothing either way: no evidence that it is the person
            ((("Talbrook said sales fell.", CLAIM, "Talbrook"),), False),
            # a title, a person's role after its comma, "he" or "she" after its cue: a person's
            ((("Mr Talbrook said sales fell.", CLAIM, "Mr Talbrook"),), True),
            ((("Talbrook, the chief executive, said sales fell.", CLAIM, "Talbrook, the chief executive"),), True),
            ((("Talbrook said she would resign.", CLAIM, "Talbrook"),), True),
            # the full name in its document, possessive or with a generation's suffix, and a title in quotation marks
            ((("Oren Talbrook's office sent a note.", FACT, None), ("Talbrook said sales fell.", CLAIM, "Talbrook")),
             True),
            ((("Oren Talbrook Jr. sent a note.", FACT, None), ("Talbrook said sales fell.", CLAIM, "Talbrook")), True),
            ((("Talbrook said sales fell.", CLAIM, "Talbrook"),
              ("\u201cSenator Talbrook is right,\u201d an aide said.", CLAIM, "an aide")), True)):
        lone = make_document(*((text, label, source, None) for text, label, source in rows))
        for order in ((person, lone), (lone, person)):
            sources = framing.summarize(order)["sources"]
            assert (sources[0]["source"], sources[0]["documents"]) == (("oren talbrook", 2) if merged else
                                                                       (sources[0]["source"], 1)), rows
            assert [s["source"] for s in sources].count("talbrook") == (0 if merged else 1), rows
    # a document writing it both ways is a company's
    both = make_document(("Mr Talbrook said sales fell.", CLAIM, "Mr Talbrook", None),
                         ("Talbrook said it would recall 10,000 vans.", CLAIM, "Talbrook", None))
    assert sorted(s["source"] for s in framing.summarize([person, both])["sources"]) == ["oren talbrook", "talbrook"]


def test_it_after_a_titled_surname_or_in_a_document_without_a_person_s_evidence_does_not_make_it_a_body_s():
    from framing.person_names import surname_kind
    # "it" after a title, a role or a given name is the object's, not the speaker's
    for text in ("Mr. Pellow said it would take years.", "Senator Pellow said it would pass.",
                 "Pellow, the chief executive, said it would pass."):
        assert surname_kind(text, "pellow") == "person", text
    # a description's head is cut before what it is of, to, for or at: "heir" is no business's noun
    assert surname_kind("Pellow, the heir to the retailer, said no.", "pellow") is None
    # a document writing only "Pellow said it would pass" neither keeps Pellow apart nor merges him alone
    person = _cites("Idris Pellow")
    vague = make_document(("Pellow said it would pass the chamber.", CLAIM, "Pellow", None))
    titled = make_document(("Senator Pellow said it would pass.", CLAIM, "Senator Pellow", None))
    for docs in ([person, vague, titled], [titled, vague, person]):
        sources = framing.summarize(docs)["sources"]
        assert [(s["source"], s["documents"]) for s in sources] == [("idris pellow", 3)]
    sources = framing.summarize([person, vague])["sources"]
    assert sorted(s["source"] for s in sources) == ["idris pellow", "pellow"]


def test_a_company_s_source_key_is_its_name_without_legal_forms_whatever_the_order_or_subset():
    # per-outlet summaries join on `source`: one outlet writing "Ltd." and another not give one key
    for full, bare in (("Veranth Pharmaceuticals Ltd.", "Veranth Pharmaceuticals"), ("Halvex Corp", "Halvex")):
        keys = {s["source"] for docs in ([_cites(full), _cites(bare)], [_cites(bare), _cites(full)], [_cites(full)],
                                         [_cites(bare)]) for s in framing.summarize(docs)["sources"]}
        assert keys == {framing.source_keys.without_legal_form(framing.source_keys.text_key(bare))}, full
    # "UN" is spelled out, however the first document wrote it
    keys = {framing.summarize([_cites(a), _cites(b)])["sources"][0]["source"]
            for a, b in (("UN refugee agency", "United Nations refugee agency"),
                         ("United Nations refugee agency", "UN refugee agency"))}
    assert keys == {"united nations refugee agency"}


@pytest.mark.parametrize("top, says", [("0", "'0', a str: pass a whole number"),
                                       (-2.0, "-2.0, a float: pass a whole number"),
                                       ("²", "'²', a str: pass a whole number")])
def test_a_top_of_the_wrong_type_that_is_no_positive_number_is_not_offered_as_the_fix(top, says):
    # before, "0" and -2.0 were offered as the fix ("pass 0, without quotes"), which is refused in turn, and "²"
    # (a digit to str.isdigit, not to int) raised a bare ValueError
    with pytest.raises(InputError) as caught:
        framing.summarize([pier_closure()], top=top)
    assert str(caught.value) == f"top must be a positive integer, got {says}"


def not_english(doc, low_confidence=True):
    """``doc`` with every sentence flagged low-confidence, as the model flags a sentence it reads as not English."""
    sentences = tuple(dataclasses.replace(s, low_confidence=low_confidence) for s in doc.sentences)
    return Document(doc.text, sentences, build_profile(sentences, LABELS, doc.text))


def spanish_article():
    """An invented Spanish article whose words the English lexicon took for loaded phrases."""
    return not_english(make_document(
        ("El alcalde afirmó que el muelle cerrará en marzo.", CLAIM, "El alcalde", "afirmó"),
        ("Cualquier retraso costará dinero a los vecinos del barrio.", OPINION, None, "Cualquier retraso"),
    ))


def test_summary_leaves_out_the_loaded_phrases_of_a_document_not_in_english_and_counts_it():
    """A Spanish article's words are no loaded phrases: left out of loaded_phrases, the document counted there and
    in every other total (its sentences, its source)."""
    summary = framing.summarize([pier_closure(), spanish_article()])
    assert [p["text"] for p in summary["loaded_phrases"]] == ["shameful handling"]
    assert summary["loaded_phrases_not_english"] == 1
    assert summary["documents"] == 2 and summary["sentences"] == 6
    assert "El alcalde" in [s["display"] for s in summary["sources"]]
    by = framing.summary.summarize_by([{**spanish_article().to_dict(), "meta": {"outlet": "Diario"}}], "outlet")
    assert by[0]["summary"]["loaded_phrases"] == [] and by[0]["summary"]["loaded_phrases_not_english"] == 1
    from framing.cli_summarize import _format_summary

    assert "(left out: those of 1 document not in English)" in _format_summary(summary, 10)


def test_summary_keeps_the_loaded_phrases_of_an_english_document_with_a_few_doubtful_sentences():
    """The guard: English sentences flagged low-confidence (the model unsure of the label) do not make a document
    foreign, nor does one Spanish sentence among three English ones."""
    english = not_english(repairs())  # English words, flagged low-confidence: still English
    mixed = make_document(
        ("El alcalde afirmó que el muelle cerrará.", CLAIM, "El alcalde", "afirmó"),
        ("Such shameful handling was hardly a surprise.", OPINION, None, "shameful handling"),
        ("Closing it was a reckless gamble with public money.", OPINION, None, "reckless gamble"),
        ("The council closed the pier on Monday.", FACT, None, None))
    mixed = Document(mixed.text, (dataclasses.replace(mixed.sentences[0], low_confidence=True), *mixed.sentences[1:]),
                     build_profile(mixed.sentences, LABELS, mixed.text))
    summary = framing.summarize([english, mixed])
    assert summary["loaded_phrases_not_english"] == 0
    assert {p["text"] for p in summary["loaded_phrases"]} == {"shameful handling", "reckless gamble", "afirmó"}
