"""From span logits to document spans: the engine's O/B/I rule, and tags lined up with the tokens' offsets."""

import numpy as np
import pytest
import torch

from framing.engine import span_tags


def tag_words(engine, marks):
    """A stand-in for ``engine._forward``: the real sentence logits, and span logits that put a B of the
    given span type on every sentence token whose id is in ``marks`` (token id → type index), O elsewhere."""
    real = engine._forward

    def forward(tensors, with_spans):
        logits, span_logits = real(tensors, with_spans)
        if span_logits is None:
            return logits, None
        fake = torch.full_like(span_logits, -10.0)
        fake[..., 0] = 10.0
        in_sentence = tensors["token_type_ids"] == 0  # not the context's tokens
        for token, kind in marks.items():
            rows, cols = torch.nonzero((tensors["input_ids"] == token) & in_sentence, as_tuple=True)
            fake[rows, cols, kind, 0] = -10.0
            fake[rows, cols, kind, 1] = 10.0
        return logits, fake

    return forward


def token_id(tokenizer, word):
    ids = tokenizer(word, add_special_tokens=False)["input_ids"]
    assert len(ids) == 1, f"{word!r} is not one token: pick another word"
    return ids[0]


def test_a_tagged_token_decodes_to_exactly_its_word(tiny, monkeypatch):
    types = tiny.model.config.span_types
    marks = {token_id(tiny.tokenizer, "officials"): types.index("source"),
             token_id(tiny.tokenizer, "blamed"): types.index("cue"),
             token_id(tiny.tokenizer, "delay"): types.index("content")}
    monkeypatch.setattr(tiny.engine, "_forward", tag_words(tiny.engine, marks))
    # the first, a middle and the last word of a sentence, after a shorter and before a longer one
    text = ("The harbour closed at dawn. Officials blamed fog for the delay. "
            "Ferries waited outside the breakwater for most of the long grey morning.")
    doc = tiny.analyze(text)
    found = [[(span.type, span.text) for span in sentence.spans] for sentence in doc.sentences]
    assert found == [[], [("source", "Officials"), ("cue", "blamed"), ("content", "delay")], []]
    assert all(text[span.start:span.end] == span.text for s in doc.sentences for span in s.spans)


@pytest.mark.parametrize("o, b, i, expected", [
    (0.4, 0.3, 0.3, 1),  # O is the likeliest tag, yet "in a span" (0.6) is likelier than not: a B
    (0.45, 0.15, 0.4, 2),  # likewise, and I is likelier than B
    (0.2, 0.5, 0.3, 1),
    (0.6, 0.1, 0.3, 0),  # O more likely than not
])
def test_a_token_is_inside_a_span_when_o_is_less_likely_than_not(o, b, i, expected):
    logits = torch.log(torch.tensor([[[o, b, i]]]))
    tags = span_tags(logits)
    assert tags.dtype == torch.int8 and tags.tolist() == [[expected]]
    np.testing.assert_array_equal(span_tags(logits + 3.0).numpy(), tags.numpy())  # read as logits, not probabilities
