"""The project's own corpus: valid, large enough, balanced, and pointer-only for real text."""

import json
from collections import Counter
from pathlib import Path

import pytest

from framing.corpora import real_labels, written_corpus
from framing.document import LABELS

ROOT = Path(__file__).resolve().parents[1]


def test_written_corpus_is_valid_and_covers_the_brief():
    examples = written_corpus(ROOT / "corpus" / "written")
    assert len(examples) >= 4000
    counts = Counter(e.label for e in examples)
    assert all(counts[label] >= 700 for label in LABELS), counts
    topics = {e.origin.split(":", 1)[1] for e in examples}
    assert len(topics) >= 12
    for e in examples:
        for kind, start, end in e.spans:
            assert kind in ("source", "cue", "content", "loaded") and 0 <= start < end <= len(e.text)


def test_written_ids_unique_and_registers_known():
    ids, registers = [], Counter()
    for path in (ROOT / "corpus" / "written").glob("*.jsonl"):
        for line in path.open(encoding="utf-8"):
            article = json.loads(line)
            ids.append(article["id"])
            registers[article["register"]] += 1
    assert len(ids) == len(set(ids))
    assert set(registers) == {"wire", "long-form", "op-ed", "press release", "liveblog"}


def test_loaded_supplement_is_valid_and_teaches_writer_voice_wording():
    examples = written_corpus(ROOT / "corpus" / "loaded")
    assert len(examples) >= 1000
    loaded = [(e, start, end) for e in examples for kind, start, end in e.spans if kind == "loaded"]
    assert len(loaded) >= 600
    assert len({e.group for e in examples}) >= 140
    # Hard negatives: sentences with quoted wording and no loaded span of the writer.
    quoted = [e for e in examples if "“" in e.text and not any(k == "loaded" for k, _, _ in e.spans)]
    assert len(quoted) >= 100
    assert {e.label for e in examples} == set(LABELS)
    # Its ids never collide with the written corpus's, so group splits stay per article.
    written_groups = {e.group for e in written_corpus(ROOT / "corpus" / "written")}
    assert not written_groups & {e.group for e in examples}


def test_real_labels_hold_pointers_not_text():
    rows = [json.loads(line) for path in (ROOT / "corpus" / "real").glob("*.jsonl") for line in path.open()]
    assert len([r for r in rows if r["split"] == "train"]) >= 3000
    for row in rows:
        assert set(row) == {"corpus", "doc", "start", "end", "sha1", "label", "labeller_a", "labeller_b", "split"}
        assert row["label"] in LABELS


def test_real_labels_resolve_against_shared(shared):
    examples = real_labels(ROOT / "corpus" / "real", shared, split="train")
    rows = sum(1 for line in (ROOT / "corpus" / "real" / "train.jsonl").open())
    assert len(examples) == rows


def test_written_contexts_hold_as_many_sentences_before_as_asked(tmp_path):
    article = {"id": "t1", "topic": "courts", "register": "wire", "paragraphs": [
        [{"text": "A court ruled on Monday.", "label": "reported_fact"},
         {"text": "The ruling is final.", "label": "reported_fact"}],
        [{"text": "Critics called it a disgrace.", "label": "attributed_claim"}]]}
    (tmp_path / "a.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    one = [e.context for e in written_corpus(tmp_path)]
    two = [e.context for e in written_corpus(tmp_path, context_sentences=2)]
    assert one == [None, "A court ruled on Monday.", "The ruling is final."]
    assert two == [None, "A court ruled on Monday.", "A court ruled on Monday. The ruling is final."]


def test_real_and_polnear_contexts_hold_the_sentences_before_as_the_text_has_them(shared):
    from framing.corpora import shared_examples
    from framing.segment import split_sentences

    one = real_labels(ROOT / "corpus" / "real", shared, split="eval")
    two = real_labels(ROOT / "corpus" / "real", shared, split="eval", context_sentences=2)
    assert [e.text for e in one] == [e.text for e in two]
    longer = [(a.context, b.context) for a, b in zip(one, two) if a.context]
    # the two-sentence context ends with the one-sentence context and holds one sentence more
    assert all(b.endswith(a) for a, b in longer)
    assert sum(len(split_sentences(b)) == 2 for _, b in longer) > 0.9 * len(longer)
    polnear = [e for e in shared_examples(shared, polnear_limit=None, context_sentences=2) if e.origin == "polnear"]
    with_context = [e for e in polnear if e.context]
    assert sum(len(split_sentences(e.context)) == 2 for e in with_context) > 0.8 * len(with_context)


def test_babe_biased_words_are_read_as_python_literals_and_placed_as_whole_words():
    from framing.corpora import _babe_loaded

    # apostrophes inside the list literal, a word that is also part of another, any case
    assert _babe_loaded("Trump's difficult plan is a Cult.", "[\"Trump's\", 'cult']") == [
        ("loaded", 0, 7), ("loaded", 28, 32)]
    # the first use outside quotes is the writer's; a word used only inside quotes is the source's
    assert _babe_loaded('He called it "awful" and awful it was.', "['awful']") == [("loaded", 25, 30)]
    assert _babe_loaded('He called it "awful".', "['awful']") == []
    assert _babe_loaded("Nothing loaded here.", "[]") == [] and _babe_loaded("x", "") == []
    # an unreadable cell or a word not in the text: the row says nothing about loaded words
    assert _babe_loaded("A fine day.", "['fine'") is None
    assert _babe_loaded("A fine day.", "['fien']") is None


def test_babe_rows_whose_words_cannot_be_placed_are_not_taught_as_free_of_loaded_words(tmp_path):
    from framing.corpora import _babe_examples

    path = tmp_path / "babe.csv"
    path.write_text("text,label_opinion,biased_words\n"
                    "\"A brazen, reckless plan.\",Expresses writer's opinion,\"['brazen', 'reckles']\"\n"
                    "\"A brazen plan.\",Expresses writer's opinion,['brazen']\n", encoding="utf-8")
    first, second = _babe_examples(path, set())
    assert first.span_known == frozenset() and first.spans == []
    assert second.span_known == {"loaded"} and second.spans == [("loaded", 2, 8)]


def test_normalised_text_reads_copies_that_differ_in_case_punctuation_or_spacing_alike():
    from framing.corpora import normalised_text

    assert normalised_text("Editor’s note: the mayor\nregularly  skips meetings.\xa0") == \
        normalised_text("EDITOR'S NOTE — The mayor regularly skips meetings") == \
        "editor s note the mayor regularly skips meetings"
    assert normalised_text("The pool closed.") != normalised_text("The pools closed.")


def test_sample_real_draws_no_evaluation_sentence_that_training_reads_in_other_punctuation(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("sample_real", ROOT / "corpus" / "tools" / "sample_real.py")
    sample_real = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sample_real)
    (tmp_path / "basil").mkdir()
    (tmp_path / "basil" / "basil.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "babe").mkdir()
    babe = tmp_path / "babe" / "babe_sg2.csv"
    babe.write_text("text,label_opinion,biased_words\n"
                    "The senator’s plan is a slow-motion disaster for the port.,Expresses writer's opinion,[]\n"
                    "Rain fell on the harbour town for a third day.,Entirely factual,[]\n"
                    "\"The senator's plan is a slow motion disaster for the port.\xa0\",Expresses writer's opinion,"
                    "[]\n",
                    encoding="utf-8")
    evaluation = {0, 1}  # rows set aside for evaluation; row 2, which training reads, is row 0 stored again

    trained = sample_real.training_texts(tmp_path, set(), evaluation)
    strata = sample_real.without_twins(sample_real.babe_items(babe, evaluation, "eval"), trained)

    assert [it["doc"] for items in strata.values() for it in items] == ["1"]


# Real-sentence labels are read with the context the Analyzer gives the same sentence of the same document.

ARTICLES = [
    # a headline and a standfirst, a byline and a stamp on lines of their own
    "Ferry operator denies cutting crossings\n\nIslanders say the winter timetable leaves them stranded\n\n"
    "By Ottilie Sand and Bram Kester\n\nUpdated 09:40 GMT\n\n"
    "The Kestrel Line dropped three of its five daily crossings in November. "
    "Its manager said no crossing had been cut for good.",
    # a stamp that runs on into a sentence on its line is no furniture: the copy after it reads it
    "Talks over the pier resumed on Monday.\n\nUpdated 14:05 GMT. The harbour master resigned after the vote. "
    "Her deputy takes over.",
    # a liveblog: a stamp alone on its line goes with the entry under it
    "Storm Ilse live: ferries cancelled\n\n10:05\n\nThe first crossing was called off at dawn.\n\n"
    "By Juno Varga\n\n10:40 GMT - Coastguards said the swell had reached six metres. Nobody was hurt.",
    # a byline after the copy, and no headline
    "Harbour fees rose by a tenth this spring, the board said. Skippers called the rise unfair.\n\n"
    "By Wim Aalders, Marine Correspondent\n\nThe board meets again in May.",
]


@pytest.fixture(params=["tiny", "bundled"])
def analyzer(request):
    return request.getfixturevalue(request.param)


def analyzed_contexts(analyzer, texts, monkeypatch):
    """The sentences and the contexts the Analyzer scores them with, as its engine receives them."""
    seen_sentences, seen_contexts = [], []
    encode = analyzer.engine.encode

    def spy(sentences, contexts=None, with_offsets=False, flag_texts=False):
        seen_sentences.extend(sentences)
        seen_contexts.extend(contexts)
        return encode(sentences, contexts, with_offsets, flag_texts)

    monkeypatch.setattr(analyzer.engine, "encode", spy)
    docs = list(analyzer.analyze_many(texts))
    assert seen_sentences == [s.text for doc in docs for s in doc.sentences]
    return docs, seen_contexts


def write_real_labels(tmp_path, texts, pieces):
    """A shared folder holding ``texts`` as PolNeAR articles, and a label of each piece ``(doc, start, end)``."""
    from framing.data import sha1_12

    (tmp_path / "shared" / "polnear").mkdir(parents=True)
    (tmp_path / "real").mkdir()
    articles = [json.dumps({"id": f"d{n}", "text": text}) for n, text in enumerate(texts)]
    (tmp_path / "shared" / "polnear" / "train.jsonl").write_text("\n".join(articles) + "\n", encoding="utf-8")
    records = [json.dumps({"corpus": "polnear", "doc": f"d{n}", "start": start, "end": end,
                           "sha1": sha1_12(texts[n][start:end]), "label": "reported_fact", "split": "train"})
               for n, start, end in pieces]
    (tmp_path / "real" / "train.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    return tmp_path / "real", tmp_path / "shared"


def test_real_label_contexts_are_those_the_analyzer_reads(analyzer, tmp_path, monkeypatch):
    docs, contexts = analyzed_contexts(analyzer, ARTICLES, monkeypatch)
    pieces = [(n, s.start, s.end) for n, doc in enumerate(docs) for s in doc.sentences]
    real, shared = write_real_labels(tmp_path, ARTICLES, pieces)
    examples = real_labels(real, shared, context_sentences=analyzer.model.config.context_sentences)
    assert [e.text for e in examples] == [s.text for doc in docs for s in doc.sentences]
    assert [e.context for e in examples] == contexts
    # a stamp on the line of the sentence after it is copy, read right before the labelled sentence
    resigned = next(e for e in examples if e.text.startswith("The harbour master"))
    assert resigned.context.endswith("Updated 14:05 GMT.")


def test_a_label_inside_a_sentence_of_the_split_takes_that_sentence_context(tiny, tmp_path, monkeypatch):
    docs, contexts = analyzed_contexts(tiny, ARTICLES[2:3], monkeypatch)
    entry = next(k for k, s in enumerate(docs[0].sentences) if s.text.startswith("10:05"))
    start = ARTICLES[2].index("The first crossing")  # labelled without the stamp the split puts before it
    real, shared = write_real_labels(tmp_path, ARTICLES[2:3], [(0, start, docs[0].sentences[entry].end)])
    (example,) = real_labels(real, shared, context_sentences=1)
    assert example.text == "The first crossing was called off at dawn."
    assert example.context == contexts[entry]
