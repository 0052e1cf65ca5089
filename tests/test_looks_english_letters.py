"""looks_english reads only the characters outside ASCII one by one, and stops early without two foreign words."""

from hypothesis import given, settings
from hypothesis import strategies as st

from framing.language import _WORD, _foreign_word, _mostly_foreign_letters, looks_english

# ASCII words, English and foreign function words, letters of other scripts, digits and numerals that are no
# letters ("½", "²", "Ⅻ", Arabic-Indic digits), combining marks, emoji and invisible characters
PIECES = ["the", "said", "de", "la", "und", "que", "Paz", "Ana", "é", "ß", "ñ", "Ø", "東京", "Ωμέγα",
          "Киев",
          "½", "²", "Ⅻ", "٣", "7", "_", "\u0301", "🎉", "\u200b", "ǅ", " ", " ", ", ", "."]


def mostly_foreign_by_each_character(text):
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isascii() for ch in letters) / len(letters) < 0.6


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(st.sampled_from(PIECES), max_size=30).map("".join)))
def test_the_share_of_ascii_letters_is_that_of_a_count_over_every_character(text):
    assert _mostly_foreign_letters(text) == mostly_foreign_by_each_character(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_text_with_fewer_than_two_foreign_words_is_english_unless_its_letters_are_foreign(text):
    if sum(map(_foreign_word, _WORD.findall(text))) < 2:
        assert looks_english(text) == (not mostly_foreign_by_each_character(text))


def test_pure_ascii_text_skips_the_letter_count_and_still_flags_foreign_words():
    assert looks_english("") and looks_english("12 34 !!") and looks_english("Prices rose at La Paz market")
    assert not looks_english("El gobierno dijo que la ley es para los pobres y que no cambia")
    assert not looks_english("Предприятие закрыли в среду.")
    assert looks_english("Kyiv (Київ) talks resumed today.")


class _ReadInFull(str):
    """A text that claims not to be ASCII: looks_english then takes its full path (an ASCII text's letters
    are never mostly foreign), without the shortcut for ASCII text that holds no foreign word at all."""

    def isascii(self):
        return False


ASCII_PIECES = ["the", "The", "said", "de", "La", "la", "UND", "Que", "el", "Paz", "Ana", "van", "der", "7", "_",
                "x1", "l'", "-", " ", "  ", ", ", ".", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(st.characters(max_codepoint=127), max_size=60),
                 st.lists(st.sampled_from(ASCII_PIECES), max_size=30).map("".join)))
def test_the_shortcut_for_ascii_text_gives_the_full_reading(text):
    assert looks_english(text) == looks_english(_ReadInFull(text))
