"""A firm named first by its site ("downstream of the Brennick Dyeworks plant"), then speaking by its name alone: the
firm is its own source, keyed as documents that never name the site key it; on hand-built sentences."""

import pytest

import framing
from framing.profile import build_profile
from test_profile_credits import DENIAL, FACT, LABELS, profile_of, written

SITE = ("Dead fish were found downstream of the Brennick Dyeworks plant.", FACT, {})
DENIED = ("Brennick Dyeworks denied that any dye had escaped from its site.", DENIAL,
          {"source": ["Brennick Dyeworks"], "cue": ["denied"]})


def test_a_firm_speaking_by_its_name_after_its_plant_was_named_is_the_firm():
    # before, "Brennick Dyeworks" joined "the Brennick Dyeworks plant" named before: "brennick dyeworks plant"
    profile = profile_of(SITE, DENIED)
    assert profile["credits"] == [None, "brennick dyeworks"]
    assert [entry["display"] for entry in profile["sources"]] == ["Brennick Dyeworks"]


def test_the_firm_is_one_source_across_documents_whether_or_not_they_name_its_plant():
    documents = []
    for rows in ((SITE, DENIED), (DENIED,)):
        sentences, text = written(*rows)
        documents.append(framing.Document(text, sentences, build_profile(sentences, LABELS, text)))
    sources = framing.summarize(documents)["sources"]
    assert [(entry["source"], entry["documents"]) for entry in sources] == [("brennick dyeworks", 2)]


@pytest.mark.parametrize("words, source", [("The plant said its filters had worked.", "The plant"),
                                           ("The Brennick Dyeworks plant said its filters had worked.",
                                            "The Brennick Dyeworks plant")])
def test_the_plant_itself_speaking_is_still_the_plant(words, source):
    profile = profile_of(SITE, DENIED, (words, DENIAL, {"source": [source], "cue": ["said"]}))
    assert profile["credits"] == [None, "brennick dyeworks", "brennick dyeworks plant"]


@pytest.mark.parametrize("firm", ["Brennick Dyeworks", "Orsk Ironworks"])
def test_a_spokesperson_for_the_company_after_a_firm_named_for_its_works_speaks_for_that_firm(firm):
    # before, "Brennick Dyeworks" read as a person's name by its capitals: "company spokesperson" stood apart
    profile = profile_of(
        (f"{firm} denied dumping dye.", DENIAL, {"source": [firm], "cue": ["denied"]}),
        ("A spokesperson for the company said the river was clean.", DENIAL,
         {"source": ["A spokesperson for the company"], "cue": ["said"]}),
        ("The company said tests were done weekly.", DENIAL, {"source": ["The company"], "cue": ["said"]}),
    )
    assert profile["credits"] == [firm.lower(), f"{firm.lower()} spokesperson", firm.lower()]
