"""The verified base's tokenizer, read without ``AutoTokenizer``'s scan of every model family transformers has.

``AutoTokenizer`` reads the base's ``tokenizer_config.json`` (``"tokenizer_class": "BertTokenizer"``) and, to
find that class, imports transformers' list of model families: about 0.6 s of each process that loads a model.
Importing transformers' BERT tokenizer module by name costs as much. :class:`BertTokenizerFast` is
transformers' generic fast tokenizer over the base's ``tokenizer.json``, so it splits, and offsets, as that
file says, with what transformers' ``BertTokenizerFast`` adds for a user: BERT's model inputs, and
``do_lower_case``. Its ``save_pretrained`` writes ``"tokenizer_class": "BertTokenizerFast"`` (transformers 5.x)
or ``"BertTokenizer"`` (4.x, which drops the ``Fast``): names ``AutoTokenizer`` reads back as transformers' BERT
tokenizer in 4.x and 5.x alike, to the same ids and offsets. The generic class's own name, ``TokenizersBackend``
in 5.x, is unknown to 4.x.
"""

from __future__ import annotations

from transformers import PreTrainedTokenizerFast

__all__ = ["BertTokenizerFast"]


class BertTokenizerFast(PreTrainedTokenizerFast):
    """A BERT WordPiece tokenizer whose ``tokenizer.json`` says how it splits; saved under a name AutoTokenizer
    reads as transformers' BERT tokenizer."""

    model_input_names = ["input_ids", "token_type_ids", "attention_mask"]

    @property
    def do_lower_case(self) -> bool:
        """Whether text is lowercased before it is split, as its ``tokenizer_config.json`` says (BERT's default,
        True, where it says nothing), or as a user set it. Settable, as on transformers' BertTokenizerFast (4.x
        and 5.x), and as there setting it changes no split: the ``tokenizer.json`` normalizer lowercases or not;
        the value set is what save_pretrained writes. A cased tokenizer is one whose tokenizer.json does not
        lowercase (a cased base's)."""
        return self.__dict__.get("_do_lower_case_set", bool(self.init_kwargs.get("do_lower_case", True)))

    @do_lower_case.setter
    def do_lower_case(self, value: bool) -> None:
        self._do_lower_case_set = value
