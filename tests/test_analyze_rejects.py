"""analyze_many(rejects=[...]) sets items that are no usable text aside, in order, instead of stopping at them."""

import logging

import pytest

import framing
import framing.analyze as analyze_module

GOOD = ["The ferry left Port Avel at six.", "Crew members said the engine failed. It was fixed by noon.",
        "The harbour master denied any delay.", "Fares rose by 3% this spring."]
BAD = [None, float("nan"), 17, b"The tide turned.", "The quay \ud800 flooded."]


def _mixed(layout: str) -> list:
    """``layout`` read left to right: ``g`` the next good text, ``b`` the next bad item."""
    good, bad = iter(GOOD), iter(BAD)
    return [next(good) if kind == "g" else next(bad) for kind in layout]


def _error_message(analyzer, item, as_tuples: bool = False) -> str:
    """The message analyze_many raises for ``item`` alone: what its reject records as its reason."""
    with pytest.raises((TypeError, framing.InputError)) as raised:
        list(analyzer.analyze_many([(item, "ctx")] if as_tuples else [item], as_tuples=as_tuples))
    return str(raised.value)


def _positions(reason: str, position: int, suffix: str = "") -> str:
    """A reason for ``texts[0]`` renamed to the item's own position."""
    return reason.replace(f"texts[0]{suffix}", f"texts[{position}]{suffix}", 1)


LAYOUTS = ["bggbg", "gbbgb", "bbgg", "ggbb", "gbgbgbg", "bbbbb"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("stream", [False, True])
def test_bad_items_are_set_aside_and_the_others_come_out_in_order(tiny, layout, stream):
    texts = _mixed(layout)
    rejects: list = []
    got = list(tiny.analyze_many(iter(texts) if stream else texts, rejects=rejects))
    good = [t for t in texts if isinstance(t, str) and "\ud800" not in t]
    assert [d.text for d in got] == good
    alone = list(tiny.analyze_many(good))
    assert [[s.label for s in d] for d in got] == [[s.label for s in d] for d in alone]
    bad_positions = [k for k, kind in enumerate(layout) if kind == "b"]
    assert [r["record"] for r in rejects] == bad_positions
    assert all(list(r) == ["record", "reason"] for r in rejects)  # the rejects file's keys, as framing score writes
    for record, item in zip(rejects, BAD):
        assert record["reason"] == _positions(_error_message(tiny, item), record["record"])


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("stream", [False, True])
def test_with_as_tuples_every_document_keeps_its_own_context_and_a_reject_names_its_context(tiny, layout, stream):
    texts = _mixed(layout)
    contexts = [{"row": k} for k in range(len(texts))]
    pairs = list(zip(texts, contexts))
    rejects: list = []
    got = list(tiny.analyze_many(iter(pairs) if stream else pairs, as_tuples=True, rejects=rejects))
    assert [(doc.text, context) for doc, context in got] == [(t, c) for t, c in pairs if t in GOOD]
    assert all(context is contexts[texts.index(doc.text)] for doc, context in got)
    bad_positions = [k for k, kind in enumerate(layout) if kind == "b"]
    assert [r["record"] for r in rejects] == bad_positions
    assert all(r["context"] is contexts[r["record"]] for r in rejects)  # untouched, as a yielded context is
    assert all(list(r) == ["record", "context", "reason"] for r in rejects)
    for record, item in zip(rejects, BAD):
        assert record["reason"] == _positions(_error_message(tiny, item, as_tuples=True), record["record"], "[0]")
        assert record["reason"].startswith(f"texts[{record['record']}][0] ")


def test_by_the_time_a_document_comes_out_every_bad_item_before_it_is_in_rejects_and_none_after(tiny):
    texts = _mixed("bgbbgb")
    rejects: list = []
    seen = [(doc.text, [r["record"] for r in rejects]) for doc in tiny.analyze_many(texts, rejects=rejects)]
    assert seen == [(GOOD[0], [0]), (GOOD[1], [0, 2, 3])]
    assert [r["record"] for r in rejects] == [0, 2, 3, 5]


def test_rejects_are_appended_to_what_the_list_already_holds(tiny):
    rejects: list = [{"record": 9, "reason": "an earlier call's"}]
    assert [d.text for d in tiny.analyze_many([None, GOOD[0]], rejects=rejects)] == [GOOD[0]]
    assert [r["record"] for r in rejects] == [9, 0]


@pytest.mark.parametrize("stream", [False, True])
def test_the_progress_bar_counts_the_items_set_aside_so_it_ends_at_the_input_s_number(tiny, monkeypatch, stream):
    bars = []

    def kept_bar(*args, **kwargs):
        bars.append(real(*args, **kwargs))
        return bars[-1]

    real = analyze_module.progress_bar
    monkeypatch.setattr(analyze_module, "progress_bar", kept_bar)
    texts = _mixed("bggbbgb")
    docs = list(tiny.analyze_many(iter(texts) if stream else texts, progress=True, rejects=[]))
    assert len(docs) == 3
    assert bars[0].n == 7 and bars[0].total == (None if stream else 7)
    pairs = list(zip(texts, range(7)))
    list(tiny.analyze_many(iter(pairs) if stream else pairs, progress=True, as_tuples=True, rejects=[]))
    assert bars[1].n == 7 and bars[1].total == (None if stream else 7)


def test_an_error_raised_by_the_input_itself_still_propagates_after_what_came_before(tiny):
    def feed():
        yield GOOD[0]
        yield None
        yield GOOD[1]
        raise OSError("the connection dropped")

    rejects: list = []
    got = []
    with pytest.raises(OSError, match="the connection dropped"):
        for doc in tiny.analyze_many(feed(), rejects=rejects):
            got.append(doc.text)
    assert got == GOOD[:2]
    assert [r["record"] for r in rejects] == [1]


@pytest.mark.parametrize("bad", ["The tide turned.", ("The tide turned.", 1, 2), 7])
def test_an_item_that_is_no_pair_under_as_tuples_still_raises(tiny, bad):
    rejects: list = []
    got = []
    with pytest.raises(TypeError, match=r"^texts\[2\] must be a \(text, context\) pair with as_tuples=True"):
        for doc, context in tiny.analyze_many([(None, "a"), (GOOD[0], "b"), bad, (GOOD[1], "c")], as_tuples=True,
                                              rejects=rejects):
            got.append((doc.text, context))
    assert got == [(GOOD[0], "b")]
    assert [(r["record"], r["context"]) for r in rejects] == [(0, "a")]


@pytest.mark.parametrize("rejects", [(), {}, "rejects", 0, False])
def test_rejects_that_is_no_list_is_refused_at_the_call(tiny, rejects):
    with pytest.raises(TypeError, match=rf"^rejects must be a list, to which the items that are no usable text are "
                       rf"appended, or None, got {type(rejects).__name__}; pass rejects=\[\]"):
        tiny.analyze_many(GOOD, rejects=rejects)  # not only once the documents are read


@pytest.mark.parametrize("check_markup", [True, False])
def test_the_items_set_aside_are_logged_once_per_call_with_the_first(tiny, caplog, check_markup):
    texts = _mixed("gbgbbg")
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        list(tiny.analyze_many(texts, rejects=[], check_markup=check_markup))
        list(tiny.analyze_many(GOOD, rejects=[], check_markup=check_markup))  # none set aside: nothing said
    assert [r.getMessage() for r in caplog.records] == [
        "3 of 6 texts were set aside, not analysed, and listed in rejects; the first: texts[1] is a missing value "
        "(None), not a text: drop missing values first (series.dropna(), or [t for t in texts if t is not None])"]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        list(tiny.analyze_many([(17, "a"), (GOOD[0], "b")], as_tuples=True, rejects=[], check_markup=check_markup))
    assert [r.getMessage() for r in caplog.records] == [
        "1 of 2 texts was set aside, not analysed, and listed in rejects; the first: texts[0][0] must be str, got int"]


def test_a_doubtful_document_is_named_by_its_position_among_the_texts_given(tiny, caplog):
    texts = [None, 3, GOOD[0], "The <b>mayor</b> said the &quot;plan&quot; was fair.", GOOD[1]]
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        list(tiny.analyze_many(texts, rejects=[]))
    assert any(r.getMessage().startswith("1 of 3 documents holds HTML tags or entities (the first is texts[3])")
               for r in caplog.records)


def test_a_caller_that_stops_reading_hears_of_the_items_set_aside_so_far(tiny, caplog):
    rejects: list = []
    docs = tiny.analyze_many(_mixed("bgbg"), rejects=rejects)
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        assert next(docs).text == GOOD[0]
        docs.close()
    assert [r["record"] for r in rejects] == [0]
    assert [r.getMessage().split(";")[0] for r in caplog.records] == [
        "1 of 2 texts was set aside, not analysed, and listed in rejects"]


def test_a_doubtful_document_is_named_with_its_context_where_the_texts_carry_one(tiny, caplog):
    """as_tuples: the caller's id is in the warning, beside the position, past the items set aside before it."""
    texts = [(None, ("v-0", "Velmar Post")), (GOOD[0], ("v-1", "Velmar Post")),
             ("The <b>mayor</b> said the &quot;plan&quot; was fair.", ("o-7", "Orsk Daily")),
             (GOOD[0], ("o-8", "Orsk Daily" * 10))]
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        got = list(tiny.analyze_many(texts, as_tuples=True, rejects=[]))
    assert [context[0] for _, context in got] == ["v-1", "o-7", "o-8"]
    messages = [r.getMessage() for r in caplog.records]
    assert any(m.startswith("1 of 3 documents holds HTML tags or entities (the first is texts[2] with context ('o-7', "
                            "'Orsk Daily'))") for m in messages)
    assert any("(the first is texts[3] with context ('o-8', 'Orsk DailyOrsk Daily" in m
               and "..., the text of texts[1])" in m for m in messages)  # a long context cut short
