"""Training examples from the project's own corpus and from the shared research corpora.

The project's written corpus (``corpus/written``) carries hard labels and spans;
its labels of real sentences (``corpus/real``) point into the shared corpora by
document and character offsets, so the text is read from ``../shared`` when it
is there; and the shared public corpora (NewsSD-ENG, PolNeAR, BASIL, BABE) give
partial labels and spans from their training splits only. Used by the recipe
that builds the bundled model (``models/train_default.py``) and the benchmarks.
"""

from __future__ import annotations

import ast
import csv
import json
import logging
import re
from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from .data import Example, sha1_12
from .document import LABELS
from .errors import DataError, counted
from .furniture import page_furniture
from .segment import preceding, split_sentences
from .spans import quoted_regions

__all__ = ["written_corpus", "real_labels", "shared_examples", "basil_body", "normalised_text"]

logger = logging.getLogger(__name__)

#: Runs of anything but word characters and whitespace: punctuation and symbols, dropped for comparing texts.
_NOT_WORDS = re.compile(r"[^\w\s]+")


def normalised_text(text: str) -> str:
    """``text`` casefolded, with punctuation dropped and whitespace collapsed, for finding copies of one
    sentence that differ only in quotes, spacing or a trailing no-break space (an evaluation sentence whose
    twin the model trained on)."""
    return " ".join(_NOT_WORDS.sub(" ", text.casefold()).split())


# -- the project's corpus --------------------------------------------------------

def written_corpus(directory: Path, context_sentences: int = 1) -> list[Example]:
    """Examples from ``corpus/written/*.jsonl`` (hard labels, spans, the ``context_sentences``
    sentences before each as context)."""
    examples = []
    for path in sorted(Path(directory).glob("*.jsonl")):
        for number, line in enumerate(path.open(encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                article = json.loads(line)
                examples.extend(_article_examples(article, context_sentences))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                raise DataError(f"{path}: line {number}: {exc}") from None
    return examples


def _article_examples(article: dict, context_sentences: int) -> list[Example]:
    out: list[Example] = []
    before: list[str] = []
    for paragraph in article["paragraphs"]:
        for sentence in paragraph:
            text, label = sentence["text"], sentence["label"]
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {article['id']}")
            spans = [_locate(text, span) for span in sentence.get("spans", [])]
            out.append(Example(
                text, _joined_context(before, context_sentences), frozenset([label]), spans=spans,
                span_known=frozenset(("source", "cue", "loaded")),
                group=f"written:{article['id']}", origin=f"written:{article['topic']}",
            ))
            before.append(text)
    return out


def _locate(sentence: str, span: dict) -> tuple[str, int, int]:
    needle, nth = span["text"], int(span.get("nth", 0))
    position = -1
    for _ in range(nth + 1):
        position = sentence.find(needle, position + 1)
        if position < 0:
            raise ValueError(f"span {needle!r} (occurrence {nth}) not found in {sentence!r}")
    return span["type"], position, position + len(needle)


def real_labels(directory: Path, shared: Path, split: str = "train", context_sentences: int = 1) -> list[Example]:
    """The project's labels of real sentences, with text read from the shared corpora and the
    ``context_sentences`` sentences before each as context."""
    texts = _ShareTexts(shared)
    examples, skipped = [], 0
    for path in sorted(Path(directory).glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            if record.get("split") != split:
                continue
            doc = texts.document(record["corpus"], record["doc"])
            if doc is None:
                skipped += 1
                continue
            start, end = record["start"], record["end"]
            sentence = doc[start:end]
            if sha1_12(sentence) != record["sha1"]:
                skipped += 1
                continue
            context = _previous_sentences(doc, texts.sentences(record["corpus"], record["doc"]), start,
                                          context_sentences)
            examples.append(Example(
                sentence, context, frozenset([record["label"]]),
                group=f"{record['corpus']}:{record['doc']}", origin=f"real:{record['corpus']}",
            ))
    if skipped:
        logger.warning("skipped %s whose text is missing or changed", counted(skipped, "real-sentence label"))
    return examples


class _Sentences(NamedTuple):
    """A document's sentences as the Analyzer reads them: their bounds, their ends and their furniture flags."""

    bounds: list[tuple[int, int]]
    ends: list[int]
    furniture: list[bool]


def _previous_sentences(doc: str, sentences: _Sentences, start: int, count: int) -> str | None:
    """The context the Analyzer gives the sentence at ``start`` of ``doc``: the ``count`` sentences before it
    in the whole document's split (``sentences``). A labelled sentence that starts inside one of the split's
    sentences goes on from those that end before it."""
    index = bisect_right(sentences.ends, start)  # the sentences that end before it starts
    return preceding(doc, sentences.bounds, index, count, furniture=sentences.furniture)


def _joined_context(before: list[str], count: int) -> str | None:
    """The last ``count`` of sentences kept as a list (no text between them to keep), joined by a space."""
    return " ".join(before[-count:]) if before else None


class _ShareTexts:
    """Document texts of the shared corpora, loaded on first use."""

    def __init__(self, shared: Path) -> None:
        self.shared = Path(shared)
        self._cache: dict[str, dict[str, str]] = {}
        self._sentences: dict[tuple[str, str], _Sentences] = {}

    def document(self, corpus: str, doc: str) -> str | None:
        if corpus not in self._cache:
            self._cache[corpus] = self._load(corpus)
        return self._cache[corpus].get(str(doc))

    def sentences(self, corpus: str, doc: str) -> _Sentences:
        """The sentences of a document that :meth:`document` found, split once: each document is read whole,
        as the Analyzer reads it, and its many labelled sentences share the split."""
        key = (corpus, str(doc))
        if key not in self._sentences:
            text = self._cache[corpus][key[1]]
            bounds = split_sentences(text)
            self._sentences[key] = _Sentences(bounds, [end for _, end in bounds], page_furniture(text, bounds))
        return self._sentences[key]

    def _load(self, corpus: str) -> dict[str, str]:
        data = self.shared
        if corpus == "polnear":
            out = {}
            for split in ("train", "dev", "test"):
                path = data / "polnear" / f"{split}.jsonl"
                if path.is_file():
                    for line in path.open(encoding="utf-8"):
                        art = json.loads(line)
                        out[art["id"]] = art["text"]
            return out
        if corpus == "basil":
            path = data / "basil" / "basil.jsonl"
            return ({a["id"]: basil_body(a)[0] for a in map(json.loads, path.open(encoding="utf-8"))}
                    if path.is_file() else {})
        if corpus == "babe":
            path = data / "babe" / "babe_sg2.csv"
            if not path.is_file():
                return {}
            with path.open(encoding="utf-8", newline="") as handle:
                return {str(i): row["text"] for i, row in enumerate(csv.DictReader(handle))}
        raise DataError(f"unknown corpus {corpus!r} in real-sentence labels")


def basil_body(article: dict) -> tuple[str, list[tuple[int, int]]]:
    """A BASIL article body: sentences joined by spaces, paragraphs by blank lines."""
    parts, spans, pos = [], [], 0
    for p_index, paragraph in enumerate(article["body_paragraphs"]):
        if p_index:
            parts.append("\n\n")
            pos += 2
        for s_index, sentence in enumerate(paragraph):
            if s_index:
                parts.append(" ")
                pos += 1
            parts.append(sentence)
            spans.append((pos, pos + len(sentence)))
            pos += len(sentence)
    return "".join(parts), spans


# -- shared public corpora (partial supervision) -----------------------------------

NOT_OPINION = frozenset(("reported_fact", "attributed_claim", "official_denial"))
OPINION = frozenset(("editorial_opinion",))
SPEECH = frozenset(("attributed_claim", "official_denial"))
NOT_SPEECH = frozenset(("reported_fact", "editorial_opinion"))


def shared_examples(shared: Path, exclude_groups: Iterable[str] = (), polnear_limit: int | None = 12000,
                    seed: int = 0, context_sentences: int = 1) -> list[Example]:
    """Partial-label examples from the shared corpora's training splits (never test/dev), with the
    ``context_sentences`` sentences before each as context where the corpus has them."""
    import random

    shared = Path(shared)
    exclude = set(exclude_groups)
    out: list[Example] = []
    newssd = shared / "newssd-eng" / "train.csv"
    if newssd.is_file():
        with newssd.open(encoding="utf-8", newline="") as handle:
            for i, row in enumerate(csv.DictReader(handle)):
                allowed = OPINION if row["label"] == "SUBJ" else NOT_OPINION
                out.append(Example(row["sentence"], None, allowed, weight=0.5, group=f"newssd:{i}", origin="newssd"))
    out.extend(_babe_examples(shared / "babe" / "babe_sg2.csv", exclude))
    out.extend(_basil_span_examples(shared / "basil" / "basil.jsonl", exclude, context_sentences))
    polnear = _polnear_examples(shared / "polnear" / "train.jsonl", exclude, context_sentences)
    if polnear_limit is not None and len(polnear) > polnear_limit:
        polnear = random.Random(seed).sample(polnear, polnear_limit)
    out.extend(polnear)
    return out


def _babe_examples(path: Path, exclude: set[str]) -> list[Example]:
    if not path.is_file():
        return []
    out, unplaced = [], 0
    with path.open(encoding="utf-8", newline="") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            group = f"babe:{i}"
            if group in exclude:
                continue
            opinion = row["label_opinion"]
            if opinion.startswith("Expresses"):
                allowed = OPINION
            elif opinion == "Entirely factual":
                allowed = NOT_OPINION
            else:
                allowed = frozenset()
            text = row["text"]
            spans = _babe_loaded(text, row["biased_words"])
            unplaced += spans is None
            out.append(Example(text, None, allowed, weight=0.5, spans=spans or [],
                               span_known=frozenset() if spans is None else frozenset(("loaded",)),
                               group=group, origin="babe"))
    if unplaced:
        logger.info("BABE: %s biased words that cannot be read or found in their text; their loaded words are "
                    "left unannotated", counted(unplaced, "row names", "rows name"))
    return out


def _babe_loaded(text: str, cell: str) -> list[tuple[str, int, int]] | None:
    """The writer-voice loaded spans of a BABE row's biased words (a Python list literal such as
    ``['bizarre', "Trump's"]``): each found as a whole word, in any case, outside quotes. ``None`` when the
    cell cannot be read or a word is not in the text (a typo), so the row teaches nothing about loaded
    words rather than "none here"."""
    if not cell:
        return []
    try:
        words = ast.literal_eval(cell)
    except (ValueError, SyntaxError):
        return None
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        return None
    quotes = quoted_regions(text)
    spans = []
    for word in (w.strip() for w in words):
        places = ([m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)]
                  if word else [])
        if not places:
            return None
        outside = [(a, b) for a, b in places if not any(lo <= a < hi for lo, hi in quotes)]
        if outside:  # the first use in the writer's voice; a word used only inside quotes is the source's
            spans.append(("loaded", *outside[0]))
    return spans


def _basil_span_examples(path: Path, exclude: set[str], context_sentences: int) -> list[Example]:
    if not path.is_file():
        return []
    out = []
    for article in map(json.loads, path.open(encoding="utf-8")):
        group = f"basil:{article['id']}"
        if group in exclude:
            continue
        lex = [a for a in article["phrase_annotations"] if a["bias"] == "lex"]
        before: list[str] = []
        for paragraph in article["body_paragraphs"]:
            for sentence in paragraph:
                spans = []
                for a in lex:
                    if a["txt"] and a["txt"] in sentence and a["quote"] == "no":
                        pos = sentence.find(a["txt"])
                        spans.append(("loaded", pos, pos + len(a["txt"])))
                out.append(Example(sentence, _joined_context(before, context_sentences), frozenset(), weight=0.5,
                                   spans=spans, span_known=frozenset(("loaded",)), group=group, origin="basil"))
                before.append(sentence)
    return out


def _polnear_examples(path: Path, exclude: set[str], context_sentences: int) -> list[Example]:
    if not path.is_file():
        return []
    out = []
    for article in map(json.loads, path.open(encoding="utf-8")):
        if f"polnear:{article['id']}" in exclude:
            continue
        text = article["text"]
        bounds = split_sentences(text)
        furniture = page_furniture(text, bounds)  # once per article, for every sentence's context
        for k, (start, end) in enumerate(bounds):
            spans: list[tuple[str, int, int]] = []
            attributed = False
            for attribution in article["attributions"]:
                for kind in ("source", "cue", "content"):
                    for s, e in attribution[kind]:
                        if s < end and e > start:
                            attributed = True
                            spans.append((kind, max(s, start) - start, min(e, end) - start))
            allowed = SPEECH if attributed else NOT_SPEECH
            out.append(Example(
                text[start:end], preceding(text, bounds, k, context_sentences, furniture=furniture), allowed,
                weight=0.3 if attributed else 0.5, spans=spans,
                span_known=frozenset(("source", "cue", "content")),
                group=f"polnear:{article['id']}", origin="polnear",
            ))
    return out
