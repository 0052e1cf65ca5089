"""analyze_many's bar of documents for texts without a length of their own: a zip of a notebook's lists of
texts and ids, a generator, a cursor, whose number the caller knows and passes as ``total``."""

import pytest

import framing
import framing.analyze as analyze_module

TEXTS = ["The depot closed on Monday.", "Trucks left at noon.", "A driver said the queue was absurd."]


@pytest.fixture
def bars(monkeypatch):
    """The progress bars analyze_many draws, kept to be read after the call."""
    made = []
    real = analyze_module.progress_bar

    def kept_bar(*args, **kwargs):
        made.append(real(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(analyze_module, "progress_bar", kept_bar)
    return made


def test_total_ends_the_bar_of_a_zip_of_texts_and_ids(tiny, bars, capsys):
    ids = ["ha-1", "ha-2", "ha-3"]
    pairs = list(tiny.analyze_many(zip(TEXTS, ids), as_tuples=True, progress=True, total=3))
    assert [context for _, context in pairs] == ids
    assert bars[0].total == 3 and bars[0].n == 3
    assert "3/3" in capsys.readouterr().err


def test_total_ends_the_bar_of_a_generator(tiny, bars):
    docs = list(tiny.analyze_many((t for t in TEXTS), progress=True, total=3))
    assert [d.text for d in docs] == TEXTS
    assert bars[0].total == 3


def test_without_total_a_stream_s_bar_still_counts_without_an_end(tiny, bars):
    list(tiny.analyze_many(iter(TEXTS), progress=True))
    assert bars[0].total is None and bars[0].n == 3


def test_total_changes_no_result(tiny):
    plain = list(tiny.analyze_many(iter(TEXTS)))
    assert list(tiny.analyze_many(iter(TEXTS), total=3)) == plain


def test_a_total_that_a_list_s_length_contradicts_is_refused(tiny):
    with pytest.raises(framing.InputError, match=r"^total is 5, but texts holds 3 items: total is for texts "
                                                 r"without a length of their own"):
        tiny.analyze_many(TEXTS, total=5)
    assert len(list(tiny.analyze_many(TEXTS, total=3))) == 3  # agreeing with the length, it is taken


@pytest.mark.parametrize("total", [0, -2, "3", 2.5, True])
def test_a_total_that_is_no_positive_whole_number_is_refused(tiny, total):
    with pytest.raises(framing.InputError, match=r"^total must be a positive integer"):
        tiny.analyze_many(iter(TEXTS), total=total)
