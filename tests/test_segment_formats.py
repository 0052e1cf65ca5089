"""Sentence splitting in non-story formats: weather lines, lettered lists."""
import pytest

from framing.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize("figure", ["31C", "31°C", "12 °F", "-4°F", "10,000L"])
def test_a_unit_letter_glued_to_a_figure_ends_its_sentence(figure):
    # a weather line: the letter after the figure is a unit, not a middle initial
    assert sentences(f"Highs of {figure}. No rain is expected.") == [f"Highs of {figure}.", "No rain is expected."]


def test_an_initial_after_a_name_still_holds():
    assert sentences("Tessa R. Ollen said no rain was expected.") == ["Tessa R. Ollen said no rain was expected."]
    assert sentences("Route 9 C. Varn said.") == ["Route 9 C. Varn said."]
