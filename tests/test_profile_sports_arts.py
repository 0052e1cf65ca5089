"""Credits in sports and arts copy (trial t34a): the paper's own unnamed sourcing, sources that name no one, and
denials after "has always denied"; on hand-built sentences with invented names."""

import pytest

from test_profile_credits import CLAIM, FACT, profile_of

OUTLET = ("Vallorca are watching the winger, according to the Spanish outlet Diario Sol.", CLAIM,
          {"source": ["the Spanish outlet Diario Sol"], "cue": ["according to"]})


@pytest.mark.parametrize("weasel", [
    "It is understood that Pellmark would prefer to sign a midfielder.",
    "It is understood Pellmark would prefer to sign a midfielder.",
    "It is widely believed that Pellmark would prefer to sign a midfielder.",
    "It is thought Pellmark would prefer to sign a midfielder.",
    "It has been reported that Pellmark would prefer to sign a midfielder.",
    "It emerged on Friday that Pellmark would prefer to sign a midfielder.",
    "But it is known that Pellmark would prefer to sign a midfielder.",
])
def test_the_paper_s_own_unnamed_sourcing_credits_no_one_and_ends_the_account(weasel):
    profile = profile_of(OUTLET, ("Two other clubs asked about the winger last summer.", FACT, {}),
                         (weasel, CLAIM, {}), ("The fee would be about 40 million.", CLAIM, {}), gap="\n\n")
    assert profile["credits"] == ["diario sol", None, None, None]
    # right after the outlet's claim too: the phrase is the paper's, no outlet's
    profile = profile_of(OUTLET, (weasel, CLAIM, {}), gap="\n\n")
    assert profile["credits"] == ["diario sol", None]


@pytest.mark.parametrize("sentence", [
    "It is believed to be the painter's last work.",  # a thing's "it"
    "It is known for its harbour.",
])
def test_a_thing_s_it_before_believed_or_known_still_goes_on_with_the_account(sentence):
    profile = profile_of(("Ilse Varga said the canvas was found in a barn.", CLAIM,
                          {"source": ["Ilse Varga"], "cue": ["said"]}),
                         (sentence, CLAIM, {}))
    assert profile["credits"] == ["ilse varga", "ilse varga"]


def test_the_phrase_inside_a_speaker_s_quotation_is_the_speaker_s():
    profile = profile_of(('Dana Holm said: "We have been clear.', CLAIM, {"source": ["Dana Holm"], "cue": ["said"]}),
                         ('It is understood that nobody here is for sale."', CLAIM, {}))
    assert profile["credits"] == ["dana holm", "dana holm"]
