"""analyze reads each sentence with the sentences before it, as the model was trained to."""

import numpy as np
import pytest

import framing.furniture as furniture
from framing.segment import preceding, split_sentences

STORY = ("A chemical plant on the river closed its outflow pipe on Friday.\n\n"
         "Fishermen said the water had turned brown for weeks. The company denied releasing anything. "
         "It called the complaints a smear campaign by rivals. Such denials ring hollow.")


@pytest.fixture(params=["tiny", "bundled"])
def analyzer(request):
    return request.getfixturevalue(request.param)


def test_each_sentence_is_scored_with_the_sentences_before_it_as_context(analyzer):
    doc = analyzer.analyze(STORY)
    bounds = split_sentences(STORY)
    assert [(s.start, s.end) for s in doc.sentences] == bounds and len(bounds) == 5
    texts = [s.text for s in doc.sentences]
    count = analyzer.model.config.context_sentences
    contexts = [preceding(STORY, bounds, k, count) for k in range(len(bounds))]
    assert contexts[0] is None and all(contexts[1:])
    scores = np.array([[s.scores[label] for label in analyzer.labels] for s in doc.sentences])
    np.testing.assert_allclose(scores, analyzer.predict_proba(texts, contexts), atol=1e-5)
    # the context counts: without it every sentence but the first (which has none) scores otherwise
    alone = analyzer.predict_proba(texts)
    np.testing.assert_allclose(scores[0], alone[0], atol=1e-5)
    assert all(np.abs(scores[k] - alone[k]).max() > 1e-3 for k in range(1, len(texts)))


LAYOUT = ("Council chief rejects fraud allegations\n\n"
          "Auditors say Marlow council paid for roads that were never repaired\n\n"
          "By Priya Hallam and Ed Stour\n\n"
          "Updated 11:05 GMT\n\n"
          "An audit by the firm Ledgerwise found that the council paid for repairs that never happened. "
          "The council's chief executive, Tom Averill, rejected the findings.")


def test_the_headline_byline_and_stamp_are_left_out_of_the_context_of_the_copy(analyzer):
    doc = analyzer.analyze(LAYOUT)
    texts = [s.text for s in doc.sentences]
    assert len(texts) == 6
    scores = np.array([[s.scores[label] for label in analyzer.labels] for s in doc.sentences])
    # the standfirst is read alone, as the text's first sentence would be, and the byline after it with it
    np.testing.assert_allclose(scores[1], analyzer.predict_proba([texts[1]])[0], atol=1e-5)
    np.testing.assert_allclose(scores[2], analyzer.predict_proba([texts[2]], [texts[1]])[0], atol=1e-5)
    # the audit sentence goes on from the standfirst, past the byline and the stamp
    np.testing.assert_allclose(scores[4], analyzer.predict_proba([texts[4]], [texts[1]])[0], atol=1e-5)


@pytest.mark.parametrize("byline", ["By Priya Hallam and Ed Stour", "By PRIYA HALLAM in Marlow"])
def test_a_byline_after_a_denial_headline_is_not_read_as_a_denial_nor_credited(bundled, byline):
    doc = bundled.analyze(LAYOUT.replace("By Priya Hallam and Ed Stour", byline))
    assert doc.sentences[2].text == byline
    assert doc.sentences[2].label != "official_denial"
    assert doc.profile["credits"][2] is None


FURNISHED = [
    LAYOUT,
    "Quay Closure Angers Traders\n\nBy Ines Calloway\nUpdated 2 hours ago\n\nThe quay shut at noon. Stallholders "
    "said nobody had told them.\n\nBy Ines Calloway and Pim Dorrell, Harbour Desk\n\nThe council will meet.",
    "Talks resumed on Monday.\n\nUpdated 14:05 GMT. The minister resigned after the vote.",
    "The survey began in May.\n" + "By Mira Castell\n" * 30 + "Catches fell.",
    STORY,
]


def test_contexts_and_profile_look_at_each_sentence_for_furniture_once(analyzer, monkeypatch):
    from framing import segment
    from framing.profile import build_profile

    looked, contexts = [], []
    is_furniture, encode = furniture.sentence_is_furniture, analyzer.engine.encode

    def spy(sentences, ctx=None, with_offsets=False, flag_texts=False):
        contexts.extend(ctx)
        return encode(sentences, ctx, with_offsets, flag_texts)

    monkeypatch.setattr(furniture, "sentence_is_furniture", lambda *args: looked.append(args[0]) or is_furniture(*args))
    monkeypatch.setattr(analyzer.engine, "encode", spy)
    docs = list(analyzer.analyze_many(FURNISHED))
    assert len(looked) == sum(len(doc.sentences) for doc in docs)
    monkeypatch.undo()
    # the contexts and the profiles are those the text gives, sentence by sentence
    count = analyzer.model.config.context_sentences
    expected = []
    for text, doc in zip(FURNISHED, docs):
        bounds = split_sentences(text)
        expected += [segment.preceding(text, bounds, k, count) for k in range(len(bounds))]
        assert doc.profile == build_profile(doc.sentences, analyzer.labels, text)
    assert contexts == expected


@pytest.mark.parametrize("stamp", ["13:48 GMT\n", "13:48\n", "10:15 a.m. ET\n", "13:48 GMT - "])
def test_a_liveblog_stamp_on_its_own_line_is_left_out_of_what_the_model_reads(analyzer, stamp):
    entry = "Tarnwell Rail Ltd. rejected claims that it had skipped inspections."
    stamped, plain = analyzer.analyze(stamp + entry), analyzer.analyze(entry)
    assert len(stamped.sentences) == 1 and stamped.sentences[0].text == stamp + entry  # offsets keep the stamp
    assert stamped.sentences[0].label == plain.sentences[0].label
    np.testing.assert_allclose([stamped.sentences[0].scores[label] for label in analyzer.labels],
                               [plain.sentences[0].scores[label] for label in analyzer.labels], atol=1e-5)
    assert stamped.profile["credits"] == plain.profile["credits"]
