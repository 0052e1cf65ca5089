"""Model rows: [CLS] sentence [SEP] context [SEP], the context cut to its last tokens (those nearest the sentence)."""

import numpy as np
import pytest

from framing.engine import Engine


def numbered(first, count):
    return " ".join(f"item {k}," for k in range(first, first + count))


def token_ids(tokenizer, text):
    return tokenizer(text, add_special_tokens=False)["input_ids"]


@pytest.mark.parametrize("sentence_words, context", [
    (4, numbered(0, 200)),              # a long context: its last max_context_tokens tokens
    (110, numbered(0, 200)),            # a long sentence leaves room for fewer: still the last ones
    (4, numbered(0, 3000)),             # longer than the characters tokenized for a context
    (4, numbered(7, 5)),                # a short context is kept whole
])
def test_the_context_keeps_its_last_tokens_and_the_sentence_its_first(tiny, sentence_words, context):
    tokenizer, config = tiny.tokenizer, tiny.model.config
    sentence = " ".join(["prices"] * sentence_words)
    engine = Engine(tiny.model, tokenizer, device="cpu")
    enc = engine.encode([sentence, "Rain fell."], [context, numbered(50, 3)])
    ids, mask, types = enc.padded(np.arange(2), tokenizer.pad_token_id)
    row, kinds = ids[0][mask[0] == 1].tolist(), types[0][mask[0] == 1].tolist()
    sentence_ids, context_ids = token_ids(tokenizer, sentence), token_ids(tokenizer, context)
    a = len(sentence_ids)
    assert a + 2 < config.max_length and not enc.truncated[0]
    b = min(len(context_ids), config.max_context_tokens, config.max_length - 3 - a)
    assert row == [tokenizer.cls_token_id, *sentence_ids, tokenizer.sep_token_id, *context_ids[-b:],
                   tokenizer.sep_token_id]
    assert kinds == [0] * (a + 2) + [1] * (b + 1)
    if len(context_ids) > b:
        assert context_ids[-b:] != context_ids[:b]  # the first tokens would be another segment
    # the second row is assembled on its own terms, whatever the first row's lengths
    assert ids[1][mask[1] == 1].tolist() == tokenizer("Rain fell.", numbered(50, 3))["input_ids"]
