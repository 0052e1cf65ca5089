"""analyze reads each sentence with the sentences before it, as the model was trained to."""

import numpy as np
import pytest

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
