"""The analyzer contract, run against a tiny random model and the bundled model."""

import json
import os

import numpy as np
import pytest

import framing

ARTICLE = (
    "Ministry rejects report on foreign offices\n\n"
    "A watchdog said on Monday that the government runs 11 unofficial offices abroad. "
    "\"These are surveillance outposts,\" its director told reporters. "
    "The foreign ministry dismissed the report as a fabrication. "
    "They help citizens renew passports and register births.\n\n"
    "Such brazen operations are a clear affront to sovereignty. "
    "The report was published on March 3."
)


@pytest.fixture(params=["tiny", "bundled"])
def analyzer(request):
    return request.getfixturevalue(request.param)


def test_labels_are_a_tuple_of_unique_names(analyzer):
    assert isinstance(analyzer.labels, tuple) and len(set(analyzer.labels)) == len(analyzer.labels) >= 2


def test_offsets_exact_for_sentences_and_spans(analyzer):
    doc = analyzer.analyze(ARTICLE)
    assert len(doc.sentences) == 7
    for sentence in doc.sentences:
        assert ARTICLE[sentence.start:sentence.end] == sentence.text
        for span in sentence.spans:
            assert ARTICLE[span.start:span.end] == span.text
            assert sentence.start <= span.start < span.end <= sentence.end
            assert span.type in ("source", "cue", "content", "loaded")


def test_scores_are_probabilities_over_the_labels(analyzer):
    for sentence in analyzer.analyze(ARTICLE).sentences:
        assert set(sentence.scores) == set(analyzer.labels)
        assert sum(sentence.scores.values()) == pytest.approx(1.0, abs=1e-5)
        assert sentence.label == max(sentence.scores, key=sentence.scores.get)


def test_to_dict_schema_and_json(analyzer):
    doc = analyzer.analyze(ARTICLE)
    data = doc.to_dict()
    assert set(data) == {"text", "sentences", "profile", "meta"} and data["text"] == ARTICLE and data["meta"] == {}
    json.dumps(data)
    data["profile"]["counts"].clear()  # a copy: changing it leaves the document alone
    assert sum(doc.profile["counts"].values()) == len(doc.sentences)
    for row in data["sentences"]:
        # every key on every row, flags included, so a table built from the rows has one schema
        assert set(row) == {"text", "start", "end", "label", "scores", "spans", "truncated", "low_confidence"}
        for span in row["spans"]:
            assert set(span) == {"type", "start", "end", "text"}


def test_classify_preserves_order_and_single_equals_batch(analyzer):
    sentences = ["Short one.", "A much longer sentence about the budget deficit and what the minister said.",
                 "Prices rose.", "The company denied the allegations in a statement on Tuesday evening."]
    batch = analyzer.classify(sentences)
    assert len(batch) == len(sentences)
    for sentence, prediction in zip(sentences, batch):
        single = analyzer.classify([sentence])[0]
        assert single.label == prediction.label
        for label in analyzer.labels:
            assert single.scores[label] == pytest.approx(prediction.scores[label], abs=1e-4)


def test_analyze_many_matches_analyze_in_order(analyzer):
    texts = [ARTICLE, "", "One sentence only.", ARTICLE[:200]]
    many = list(analyzer.analyze_many(texts))
    assert [d.text for d in many] == texts
    for doc, text in zip(many, texts):
        single = analyzer.analyze(text)
        assert [s.label for s in doc.sentences] == [s.label for s in single.sentences]
        assert [(s.start, s.end) for s in doc.sentences] == [(s.start, s.end) for s in single.sentences]


def test_empty_inputs(analyzer):
    assert analyzer.classify([]) == []
    assert analyzer.analyze("").sentences == ()
    assert analyzer.analyze("  \n\t ").sentences == ()


@pytest.mark.parametrize("bad, named", [(None, r"missing value \(None\)"), (b"bytes", "bytes"), (3, "int"),
                                        (4.5, "float"), (["a list"], "list")])
def test_analyze_rejects_non_str(analyzer, bad, named):
    with pytest.raises(TypeError, match=named):
        analyzer.analyze(bad)


def test_classify_rejects_bad_items(analyzer):
    with pytest.raises(TypeError, match=r"sentences\[1\] must be str, got int"):
        analyzer.classify(["fine", 7])
    with pytest.raises(TypeError, match="single str"):
        analyzer.classify("not a list")


def test_long_sentence_is_truncated_and_flagged_not_dropped(analyzer):
    long = "Word " + "word " * 10000 + "end."
    out = analyzer.classify(["Short.", long])
    assert len(out) == 2 and out[1].truncated and not out[0].truncated
    doc = analyzer.analyze("Intro sentence here. " + long)
    assert len(doc.sentences) == 2 and doc.sentences[1].truncated


def test_profile_shape(analyzer):
    profile = analyzer.analyze(ARTICLE).profile
    assert profile["sentences"] == 7
    assert sum(profile["counts"].values()) == 7
    assert sum(profile["shares"].values()) == pytest.approx(1.0)
    assert set(profile["counts"]) == set(analyzer.labels)
    for key in ("sources", "credits", "loaded_phrases", "unsourced_evaluative_share", "unsourced_sentences", "denials"):
        assert key in profile


def test_a_document_cut_into_many_engine_chunks_is_analysed_completely(tiny, monkeypatch):
    """A long document goes to the engine in chunks (a progress bar cuts them inside a document); its
    sentences come back joined across chunks, every one, at its offsets, with the scores of one pass.
    Chunks of 64 sentences stand in for the 16,384 of a huge text (split_sentences alone is tested on
    5 MB in test_robustness.py)."""
    import framing.analyze

    paragraph = ("The council approved the plan on Tuesday. Critics said it was rushed. "
                 "The mayor denied that claim. ") * 11
    text = (paragraph + "\n\n") * 31
    whole = tiny.analyze(text)  # one chunk
    monkeypatch.setattr(framing.analyze, "_CHUNK_SENTENCES", 64)
    chunks = []
    forward = tiny.engine.forward

    def counting(enc, with_spans=False):
        chunks.append(len(enc.row_len))
        return forward(enc, with_spans)

    monkeypatch.setattr(tiny.engine, "forward", counting)
    doc = tiny.analyze(text, progress=True)
    assert len(doc.sentences) == 3 * 11 * 31 == sum(chunks) and max(chunks) == 64 and len(chunks) == 16
    assert doc.sentences[-1].end == len(text.rstrip())
    assert all(text[s.start:s.end] == s.text and all(text[p.start:p.end] == p.text for p in s.spans)
               for s in doc.sentences)
    assert [(s.start, s.end, s.label, s.spans) for s in doc.sentences] == \
        [(s.start, s.end, s.label, s.spans) for s in whole.sentences]
    np.testing.assert_allclose([list(s.scores.values()) for s in doc.sentences],
                               [list(s.scores.values()) for s in whole.sentences], atol=1e-5)


def test_int8_scores_stay_near_the_bundled_model_s_fp32_scores(bundled):
    """Dynamic quantisation moves the bundled model's probabilities by up to about 0.3 on a few of these
    sentences, 0.045 on average (the scores also depend on the sentences batched together: docs/api.md),
    so no tight tolerance holds: each stays within 0.4, 0.08 on average, and a label that fp32 gives with a
    lead over 0.5 stays the same (int8 changes about one label in fourteen, near ties)."""
    sentences = [
        "The harbour authority raised docking fees by a tenth on Monday.",
        "Local traders said the increase would push some of them out of business.",
        "The authority rejected that claim, saying fees had not risen in a decade.",
        "It described the change as a modest adjustment to cover repairs.",
        "This reckless decision will hurt the very people the port should serve.",
        "According to the chamber of commerce, forty firms rely on the port.",
        "A report by the auditors found that repair costs had doubled.",
        "The mayor dismissed the auditors' figures as misleading.",
        "Residents gathered outside the town hall on Wednesday evening.",
        "Critics argue the board has ignored warnings for years.",
        "Nobody should be surprised by such a brazen grab for money.",
        "Campaigners accused the council of hiding the true cost of the scheme.",
    ]
    int8 = framing.Analyzer(bundled.model, bundled.tokenizer, device="cpu", precision="int8")
    assert int8.engine.quantized and not bundled.engine.quantized
    fp32, quantised = bundled.predict_proba(sentences), int8.predict_proba(sentences)
    shift = np.abs(quantised - fp32)
    assert shift.max() <= 0.4 and shift.mean() <= 0.08 and not np.array_equal(quantised, fp32)
    top2 = np.sort(fp32, axis=1)[:, -2:]
    clear = top2[:, 1] - top2[:, 0] > 0.5
    assert clear.sum() >= 8
    np.testing.assert_array_equal(quantised.argmax(1)[clear], fp32.argmax(1)[clear])


def test_to_dict_reads_back_into_an_equal_document(analyzer):
    doc = analyzer.analyze(ARTICLE)
    again = framing.Document.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert again == doc
    assert again.sentences[0].spans == doc.sentences[0].spans
    with pytest.raises(framing.InputError, match="not a Document.to_dict"):
        framing.Document.from_dict({"text": "x"})
    moved = doc.to_dict()
    moved["text"] = "!" + moved["text"]
    with pytest.raises(framing.InputError, match=r"sentences\[0\].*do not point into this text"):
        framing.Document.from_dict(moved)
    record = doc.to_dict()
    del record["profile"]
    with pytest.raises(framing.InputError, match=r"lacks 'profile'; a record holds 'text', 'sentences' \(a list\) "):
        framing.Document.from_dict(record)
    with pytest.raises(framing.InputError, match=r"'sentences' must be a list, got dict"):
        framing.Document.from_dict({**doc.to_dict(), "sentences": {}})
    record = doc.to_dict()
    record["sentences"][0]["scores"][record["sentences"][0]["label"]] = 2.0
    with pytest.raises(framing.InputError, match=r"sentences\[0\]: scores must be probabilities"):
        framing.Document.from_dict(record)
    record = doc.to_dict()
    spanned = next(k for k, s in enumerate(record["sentences"]) if s["spans"])
    record["sentences"][spanned]["spans"][0]["type"] = ""
    with pytest.raises(framing.InputError, match=rf"sentences\[{spanned}\].spans\[0\]: type must be a span type"):
        framing.Document.from_dict(record)
    record["sentences"][spanned]["spans"][0]["type"] = "speaker"  # a model's own span type names are fine
    assert framing.Document.from_dict(record).sentences[spanned].spans[0].type == "speaker"


@pytest.mark.parametrize("break_record, message", [
    (lambda r: r["sentences"][1].update(start=r["sentences"][1]["start"] - len(r["text"]) - 1,
                                        end=r["sentences"][1]["end"] - len(r["text"]) - 1),
     r"sentences\[1\]: offsets -\d+:-\d+ lie outside the text"),
    (lambda r: r["sentences"][0].update(start=float(r["sentences"][0]["start"])),
     r"sentences\[0\]: start and end must be whole numbers"),
    (lambda r: r["sentences"].reverse(), r"sentences\[1\]: offsets \d+:\d+ lie outside the text, after the sentence"),
    (lambda r: r["sentences"][0].update(scores={r["sentences"][0]["label"]: 0.1}),
     r"sentences\[0\]: the scores sum to 0.1000"),
    (lambda r: r["sentences"][1].update(scores={"a": 0.5, "b": 0.5}, label="a"),
     r"sentences\[1\]: scores name the labels \['a', 'b'\]"),
    (lambda r: r["sentences"][0].update(truncated="false"), r"sentences\[0\]: truncated must be true or false"),
    (lambda r: next(s for s in r["sentences"][1:] if s["spans"])["spans"].append(
        dict(r["sentences"][0]["spans"][0] if r["sentences"][0]["spans"] else
             {"type": "cue", "start": 0, "end": 1, "text": r["text"][0]})),
     r"sentences\[\d+\]\.spans\[\d+\]: offsets \d+:\d+ lie outside its sentence"),
])
def test_from_dict_refuses_records_to_dict_could_not_have_written(analyzer, break_record, message):
    record = json.loads(json.dumps(analyzer.analyze(ARTICLE).to_dict()))
    break_record(record)
    with pytest.raises(framing.InputError, match=message):
        framing.Document.from_dict(record)


def test_reprs_are_short_and_spans_of_checks_the_type(analyzer):
    assert repr(analyzer).startswith("Analyzer(labels=['reported_fact'")
    doc = analyzer.analyze(ARTICLE * 20)
    assert len(repr(doc)) < 200 and f"{len(doc.sentences)} sentences" in repr(doc)
    assert all(len(repr(s)) < 200 for s in doc.sentences)
    with pytest.raises(framing.InputError, match="unknown span type 'speaker'"):
        doc.sentences[0].spans_of("speaker")


def test_the_analyze_bar_shows_the_sentence_count_before_the_first_chunk_is_done(tiny, capsys):
    # a document of one chunk moves the bar once, at the end (drawn or not, as tqdm's redraw interval has it):
    # its total must show from the start
    tiny.analyze(" ".join(f"Officials said on day {i} that the plan was rushed." for i in range(17)), progress=True)
    err = capsys.readouterr().err
    assert "0/17" in err, err


def test_analyze_many_shows_a_bar_of_a_long_document_s_sentences_under_the_bar_of_documents(tiny, monkeypatch,
                                                                                              capsys):
    """A 200,000-word report among short texts left the bar of documents standing still for minutes: a document
    that long now gets a bar of its sentences under it, as framing analyze of several FILEs draws, the short ones
    none; the documents are those without a bar."""
    import re

    import framing.progress

    monkeypatch.setattr(framing.progress, "LONG_DOCUMENT_CHARS", 200)
    # the long one is more sentences than a progress chunk: read in parts, as under analyze's bar
    texts = ["The depot closed. Its staff moved.", " ".join(f"The depot's shed {k} closed." for k in range(300)),
             "The ferry was late."]
    quiet = [doc.to_dict() for doc in tiny.analyze_many(texts)]
    assert capsys.readouterr().err == ""
    assert [doc.to_dict() for doc in tiny.analyze_many(texts, progress=True)] == quiet
    err = capsys.readouterr().err
    counted = re.findall(r" (\d+)/(\d+) \[[^\]]*sentence/s\]", err)
    assert counted and {total for _, total in counted} == {"300"}, err  # the long one's alone
    assert "3/3" in err and "doc/s" in err, err


def test_progress_is_off_by_default_and_changes_no_result(tiny, capsys):
    sentences = [f"Officials said on day {i} that the plan was rushed." for i in range(600)]
    text = " ".join(sentences)  # more sentences than one progress chunk
    quiet_doc, quiet_preds = tiny.analyze(text), tiny.classify(sentences)
    assert capsys.readouterr().err == ""
    doc, preds = tiny.analyze(text, progress=True), tiny.classify(sentences, progress=True)
    err = capsys.readouterr().err
    assert "analyze:" in err and "classify:" in err and "/600" in err and "sentence" in err, err
    assert [(s.start, s.end) for s in doc.sentences] == [(s.start, s.end) for s in quiet_doc.sentences]
    for got, want in zip(doc.sentences + tuple(preds), quiet_doc.sentences + tuple(quiet_preds)):
        assert got.scores == pytest.approx(want.scores, abs=1e-5)
    assert len(preds) == 600 and tiny.classify([], progress=True) == []
    assert tiny.analyze("", progress=True).sentences == ()


def test_predict_proba_predict_and_evaluate_show_a_bar_when_asked_and_change_no_result(tiny, capsys):
    sentences = [f"Officials said on day {i} that the plan was rushed." for i in range(600)]
    quiet = tiny.predict_proba(sentences)
    assert capsys.readouterr().err == ""
    shown = tiny.predict_proba(sentences, progress=True)
    err = capsys.readouterr().err
    assert "predict:" in err and "/600" in err and "sentence" in err, err
    assert shown == pytest.approx(quiet, abs=1e-5)
    assert tiny.predict(sentences[:3], progress=True) == tiny.predict(sentences[:3])
    rows = [{"text": s, "label": tiny.labels[0]} for s in sentences[:20]]
    capsys.readouterr()
    report = framing.evaluate(tiny, rows, progress=True)
    assert "/20" in capsys.readouterr().err and report == framing.evaluate(tiny, rows)
    with pytest.raises(TypeError, match="progress"):
        tiny.predict_proba(sentences[:1], progress="yes")


def test_analyze_many_yields_the_documents_before_a_bad_text_then_raises(tiny):
    got = []
    with pytest.raises(TypeError, match=r"texts\[10\] must be str, got int"):
        for doc in tiny.analyze_many(["The minister said it was fine."] * 10 + [5, "Never reached."]):
            got.append(doc)
    assert len(got) == 10 and all(d.text == "The minister said it was fine." for d in got)


def test_a_count_of_one_takes_the_singular_in_messages_and_reprs(tiny):
    with pytest.raises(framing.InputError, match=r"^got 1 sentence but 2 contexts$"):
        tiny.predict_proba(["The mill reopened."], ["It had shut.", "Workers waited."])
    with pytest.raises(TypeError, match=r"got 1 item$"):
        list(tiny.analyze_many([("The mill reopened.",)], as_tuples=True))
    sentence = framing.Sentence("Ola Berg said so.", 0, 17, "attributed_claim", {"attributed_claim": 1.0},
                                (framing.Span("cue", 9, 13, "said"),))
    assert repr(sentence).endswith(", 1 span)")
    with pytest.raises(framing.InputError, match=r"offsets 9:10 hold 1 character, but its text has 4"):
        framing.Span.from_dict({"type": "cue", "start": 9, "end": 10, "text": "said"})


def test_analyze_many_yields_its_first_document_before_reading_the_whole_stream(tiny):
    """The stream pauses after 300 documents until the first result is out: a reader that needed a full
    chunk (16,384 sentences) first would find the pause still on."""
    import threading

    released, paused_in_vain = threading.Event(), []

    def texts():
        for k in range(1000):
            if k == 300:
                paused_in_vain.append(not released.wait(60))
            yield f"Officials said on day {k} that prices rose."

    stream = tiny.analyze_many(texts())
    first = next(stream)
    released.set()
    rest = list(stream)
    assert first.text == "Officials said on day 0 that prices rose."
    assert paused_in_vain == [False]
    assert len(rest) == 999 and rest[-1].text.startswith("Officials said on day 999")


def test_a_list_item_s_mark_is_typography_the_model_does_not_read(analyzer):
    plain, bulleted, numbered = analyzer.classify(
        ["Critics said it was a sham.", "• Critics said it was a sham.", "2) Critics said it was a sham."])
    assert bulleted.scores == pytest.approx(plain.scores, abs=1e-5)
    assert numbered.scores == pytest.approx(plain.scores, abs=1e-5)
    np.testing.assert_allclose(analyzer.predict_proba(["- Critics said it was a sham."]),
                               analyzer.predict_proba(["Critics said it was a sham."]), atol=1e-5)
    # training's validation reads what use reads: the same encoder leaves the mark out there too
    from framing.data import Example
    from framing.training import predict_examples

    marked = ["• Critics said it was a sham.", "3) Prices rose."]
    np.testing.assert_allclose(predict_examples(analyzer.engine, [Example(text) for text in marked]),
                               analyzer.predict_proba(marked), atol=1e-6)
    text = "Opponents raised concerns:\n\n• The minister said the plan was a disaster.\n• Prices rose."
    doc = analyzer.analyze(text)
    item = next(s for s in doc.sentences if s.text.startswith("• The minister"))
    assert all(text[s.start:s.end] == s.text and s.start >= item.start + 2 for s in item.spans)


def test_a_wire_dateline_is_not_read_by_the_model_nor_in_the_next_sentences_context(analyzer):
    story = ("The plan has left the country on the brink of ruin. Officials insist the deficit is under control. "
             "It is not.")
    plain = analyzer.analyze(story)
    for dateline in ("NAIROBI, Kenya, March 3 (Reuters) - ", "WASHINGTON (AP) — ", "SEOUL, Nov. 3 - ", "PARIS—"):
        doc = analyzer.analyze(dateline + story)
        assert [s.label for s in doc.sentences] == [s.label for s in plain.sentences], dateline
        for with_line, without in zip(doc.sentences, plain.sentences):
            assert with_line.scores == pytest.approx(without.scores, abs=1e-5), dateline
        # nothing is credited to the dateline, and offsets still count from the document's start
        first = doc.sentences[0]
        assert first.start == 0 and all(span.start >= len(dateline.rstrip()) for span in first.spans)
        assert all(doc.text[span.start:span.end] == span.text for s in doc.sentences for span in s.spans)
    # capitals that are wording, not a dateline, are still read
    from framing.segment import lead_length

    assert [lead_length(t) for t in ("U.S. - China trade officials met.", "NATO — the alliance said it.",
                                     "WHO - The agency said so.", "US–China talks resumed.", "EU—UK deal reached.",
                                     "AI—driven tools are hyped.", "NATO—The alliance met.",
                                     "ACCORDING TO OFFICIALS — The deal was signed.", "WE WILL NOT PAY - The union.",
                                     "OPINION — The plan is a disaster.")] == [0] * 10
    # a dateline crediting an agency or giving a date counts whatever opens the story after it
    for story, rest in [("LONDON (Reuters) - “We will not resign,” the minister said.", "“We"),
                        ("LONDON (Reuters) - 2024 was hot.", "2024"), ("SEOUL, Nov. 3 - the talks failed.", "the"),
                        ("SAN FRANCISCO (Reuters) - eBay said it would cut jobs.", "eBay")]:
        assert story[lead_length(story):].startswith(rest), story


def test_a_liveblog_entry_s_time_stamp_is_not_read_by_the_model_nor_in_the_next_sentences_context(analyzer):
    story = "The harbour board said the pier would reopen in May. Repairs have cost twice the estimate."
    plain = analyzer.analyze(story)
    for stamp in ("14:05 MSK - ", "[11:12 GMT] ", "10:15 a.m. ET - ", "09:40 - "):
        doc = analyzer.analyze(stamp + story)
        for with_stamp, without in zip(doc.sentences, plain.sentences, strict=True):
            assert with_stamp.label == without.label and with_stamp.scores == pytest.approx(without.scores, abs=1e-5)
        assert doc.sentences[0].start == 0 and all(span.start >= len(stamp.rstrip()) for span in doc.sentences[0].spans)


def test_classify_warns_when_its_inputs_hold_several_sentences(tiny, caplog):
    import logging

    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        tiny.classify(["Gen. Smith of the U.S. Army said so.", "Prices rose in 2019. They fell in 2020.",
                       "Prices rose 5%. Analysts were surprised.", 'He called it "a sham". Critics agreed.',
                       "Talks failed (again). Both sides left.", "Shares closed at $5. Trading was thin."])
    assert "5 of 6 inputs hold more than one sentence (the first is number 1" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        tiny.classify(["Gen. Smith of the U.S. Army said so.", "Dr. Li told Acme Corp. staff.",
                       "Officials e.g. Gen. Paz agreed.", "“Why now?” Mr. Li asked."])
    assert "more than one sentence" not in caplog.text
    # the quick pattern reads words from their start only (a stop inside "Gen." is no sentence end)
    from framing.analyze import _maybe_several

    assert not _maybe_several("Officials e.g. Gen. Paz agreed.") and _maybe_several(
        "It rained. ‘Yes.’ Dr. Li said.")


def test_analyze_many_without_profile_gives_the_same_sentences_and_an_empty_profile(tiny):
    texts = [ARTICLE, "One sentence only."]
    full = list(tiny.analyze_many(texts))
    bare = list(tiny.analyze_many(texts, profile=False))
    assert [d.sentences for d in bare] == [d.sentences for d in full]
    assert all(d.profile == {} for d in bare) and all(d.profile["sentences"] for d in full)


def test_analyze_warns_when_the_text_is_html_markup(tiny, caplog):
    import logging

    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        tiny.analyze("<p>The <b>ministry</b> denied the report.</p><p>Critics said it was &quot;rushed&quot;.</p>")
    assert "the text holds 8 HTML tags or entities" in caplog.text and "html.unescape" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):  # a stray < or & in copy is no markup
        tiny.analyze("Profits rose 5% at AT&T. Margins were < 3% and R&D fell. The <b> tag is HTML.")
        tiny.analyze("He said <<no>>, <<never>> and <<stop>>. If x<y and y>z then m<n or n>k.")
    assert "HTML" not in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):  # one line break glued between sentences
        doc = tiny.analyze("The ferry resumed on Monday.<br>Fares rose by a tenth.")
    assert len(doc) == 1 and "the text holds 1 HTML tag or entity: framing reads plain text" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):  # prose naming such a tag is no markup
        tiny.analyze("Editors type the <br> tag to break a line. The <p> tag opens a paragraph.")
    assert "HTML" not in caplog.text


def test_analyze_many_warns_once_of_documents_holding_html_markup(tiny, caplog):
    import logging

    page = "<p>The <b>council</b> voted on Monday.</p><p>Critics called it &quot;hasty&quot;.</p>"
    texts = ["The council voted on Monday.", page, "Profits rose at AT&T.", page.replace("council", "board")]
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        docs = list(tiny.analyze_many(texts))
    warned = [r.getMessage() for r in caplog.records if "HTML" in r.getMessage()]
    assert len(docs) == 4 and len(warned) == 1
    assert warned[0].startswith("2 of 4 documents hold HTML tags or entities (the first is texts[1])")
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):  # a feed's fragment with one <br> in it
        list(tiny.analyze_many(["Council votes today<br/>The council meets at noon.", texts[0]]))
    assert "1 of 2 documents holds HTML tags or entities (the first is texts[0])" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):  # pairs; a caller that stops reading
        stream = tiny.analyze_many(((text, k) for k, text in enumerate(texts)), as_tuples=True)
        assert [next(stream)[1] for _ in range(2)] == [0, 1]
        stream.close()
    assert "1 of 2 documents holds HTML tags or entities (the first is texts[1] with context 1)" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):  # plain copy, or the check left out
        list(tiny.analyze_many(texts[::2]))
        list(tiny.analyze_many(texts, check_markup=False))
    assert "HTML" not in caplog.text
    with pytest.raises(TypeError, match="check_markup must be True or False"):
        tiny.analyze_many(texts, check_markup="no")


def test_analyze_many_left_unfinished_at_exit_ends_quietly(tiny_dir, tmp_path):
    import subprocess
    import sys

    # zip() stops reading after two documents; the interpreter's exit then closes the stream
    script = tmp_path / "unfinished.py"
    script.write_text("import sys, framing\n"
                      "stream = framing.load(sys.argv[1], device='cpu').analyze_many(['A fell.', 'B rose.', 'C.'])\n"
                      "print([d.text for _, d in zip('xy', stream)])\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(script), str(tiny_dir)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and run.stdout.strip() == "['A fell.', 'B rose.']"
    assert "Exception ignored" not in run.stderr and "Traceback" not in run.stderr


def test_texts_from_a_numpy_array_are_kept_as_plain_strings(tiny):
    texts = np.array(["The port reopened on Monday.", "Dock workers said the cranes were unsafe."])
    docs = list(tiny.analyze_many(texts)) + [tiny.analyze(texts[0])]
    pairs = list(tiny.analyze_many(zip(texts, "ab"), as_tuples=True))
    for doc in docs + [doc for doc, _ in pairs]:
        assert type(doc.text) is str and all(type(s.text) is str for s in doc.sentences)
    assert repr(docs[0]).startswith("Document('The port reopened on Monday.'")
    assert docs[0] == tiny.analyze("The port reopened on Monday.")


def test_particles_inside_names_are_no_foreign_words():
    from framing.language import looks_english

    assert looks_english("Ignacio de la Fuente and Juan de la Cruz met the mayor of La Paz.")
    assert not looks_english("El ministerio negó el informe de la comisión por la tarde.")


def test_analyze_warns_when_most_sentences_are_not_english(tiny, caplog):
    import logging

    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        tiny.analyze("El ministerio negó el informe el martes. Es una vergüenza para todos. The port closed.")
    assert "2 of 3 sentences do not look like English" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        tiny.analyze("The ministry denied the report. Es una vergüenza para todos. The port closed.")
    assert "look like English" not in caplog.text


@pytest.mark.parametrize("call,message", [
    (lambda a: a.analyze_many(["Prices rose."], progress="yes"), r"^progress must be True or False, got str 'yes'$"),
    (lambda a: a.analyze_many(["Prices rose."], profile=None), r"^profile must be True or False, got NoneType None$"),
    (lambda a: a.classify(["Prices rose."], progress="no"), r"^progress must be True or False, got str 'no'$"),
    (lambda a: a.classify(["Prices rose."], check_sentences=0), r"^check_sentences must be True or False, got int 0$"),
])
def test_a_flag_that_is_not_true_or_false_is_refused(tiny, call, message):
    with pytest.raises(TypeError, match=message):
        call(tiny)


def test_analyze_many_reads_a_source_bound_to_the_calling_thread(tiny):
    """A sqlite cursor may only be used on the thread that made it: the stream reads it there."""
    import sqlite3

    texts = [f"The port authority said on day {k} that ships waited. Traders called it chaos." for k in range(40)]
    connection = sqlite3.connect(":memory:")
    connection.execute("create table articles (body text)")
    connection.executemany("insert into articles values (?)", [(t,) for t in texts])
    docs = list(tiny.analyze_many(row[0] for row in connection.execute("select body from articles")))
    assert [d.text for d in docs] == texts
    for got, want in zip(docs, tiny.analyze_many(texts)):  # chunked otherwise: equal up to padding's rounding
        assert [(s.start, s.end, s.label) for s in got] == [(s.start, s.end, s.label) for s in want]
        assert [s.scores for s in got] == [pytest.approx(s.scores, abs=1e-5) for s in want]


def test_analyze_many_reads_a_stream_only_a_little_ahead_of_its_documents(tiny):
    import itertools

    read = []

    def endless():
        for k in itertools.count():
            read.append(k)
            yield f"The depot shipped {k} crates. Workers said the shift ran late."

    stream = tiny.analyze_many(endless())
    first = next(stream)
    assert first.text.startswith("The depot shipped 0 crates") and len(read) <= 3
    later = list(itertools.islice(stream, 299))
    assert [d.text for d in later] == [f"The depot shipped {k} crates. Workers said the shift ran late."
                                       for k in range(1, 300)]
    stream.close()


def test_analyze_many_yields_what_it_read_before_its_source_fails_then_raises_that_error(tiny):
    def failing():
        for k in range(5):
            yield f"The archive listed {k} missing ledgers."
        raise OSError("the share went away")

    got = []
    with pytest.raises(OSError, match="the share went away"):
        for doc in tiny.analyze_many(failing()):
            got.append(doc)
    assert [d.text for d in got] == [f"The archive listed {k} missing ledgers." for k in range(5)]


def test_sentences_and_documents_are_unhashable_but_compare_by_value(tiny):
    doc = tiny.analyze("The mayor resigned. Aides said she was tired.")
    again = tiny.analyze("The mayor resigned. Aides said she was tired.")
    assert doc == again and doc.sentences[0] == again.sentences[0]
    for value in (doc, doc.sentences[0], tiny.classify(["The mayor resigned."])[0]):
        with pytest.raises(TypeError, match=f"unhashable type: '{type(value).__name__}'"):
            hash(value)
    span = framing.Span("cue", 0, 3, "The")
    assert {span, framing.Span("cue", 0, 3, "The")} == {span}


def _hand_made_document() -> framing.Document:
    """A small document built by hand (no model): three sentences, spans in the second."""
    text = "The depot closed. A driver said the queue was absurd. Trucks left at noon."
    bounds = [(0, 17), (18, 53), (54, 74)]
    spans = [(), (framing.Span("source", 18, 26, "A driver"), framing.Span("cue", 27, 31, "said")), ()]
    sentences = [framing.Sentence(text[a:b], a, b, "reported_fact", {"reported_fact": 0.75, "attributed_claim": 0.25},
                                  s) for (a, b), s in zip(bounds, spans)]
    return framing.Document(text, tuple(sentences), {"sentences": 3})


def test_a_document_or_sentence_built_with_lists_equals_one_built_with_tuples(tiny):
    import dataclasses

    doc = tiny.analyze("The depot closed. A driver said the queue was absurd. Trucks left at noon.")
    listed = framing.Document(doc.text, list(doc.sentences), doc.profile)
    assert listed == doc and isinstance(listed.sentences, tuple)
    assert framing.Document.from_dict(listed.to_dict()) == listed
    corrected = framing.Document(doc.text, [dataclasses.replace(s, label="editorial_opinion") for s in doc],
                                 doc.profile)
    assert framing.Document.from_dict(corrected.to_dict()) == corrected
    sentence = _hand_made_document().sentences[1]
    again = framing.Sentence(sentence.text, sentence.start, sentence.end, sentence.label, sentence.scores,
                             list(sentence.spans))
    assert again == sentence and isinstance(again.spans, tuple)
    with pytest.raises(TypeError, match="sentences must be a tuple or list, got str"):
        framing.Document("text", "text")


@pytest.mark.parametrize("break_record, message", [
    (lambda r: r["sentences"][2].pop("start"),
     r"^sentences\[2\]: not a Sentence.to_dict\(\) record: it lacks 'start'$"),
    (lambda r: r["sentences"][1].update(spans="none"), r"^sentences\[1\]: spans must be a list, got str$"),
    (lambda r: r["sentences"][1]["spans"][1].pop("end"),
     r"^sentences\[1\]\.spans\[1\]: not a Span.to_dict\(\) record: it lacks 'end'$"),
    (lambda r: r["sentences"][1]["spans"].__setitem__(0, "source"),
     r"^sentences\[1\]\.spans\[0\]: not a Span.to_dict\(\) record: expected a dict, got str$"),
    (lambda r: r["sentences"].__setitem__(0, None), r"^sentences\[0\]: not a Sentence.to_dict\(\) record"),
    (lambda r: r["sentences"][0].update(scores=[0.75, 0.25]), r"^sentences\[0\]: scores must be a dict"),
    (lambda r: r["sentences"][1]["spans"][1].update(start=28),
     r"^sentences\[1\]\.spans\[1\]: offsets 28:31 hold 3 characters, but its text has 4$"),
    # the document's own fields: the one lacking or of the wrong kind is named, not a list of all three
    (lambda r: r.update(profile=None), r"^not a Document.to_dict\(\) record: 'profile' must be a dict, got NoneType$"),
    (lambda r: r.update(sentences=tuple(r["sentences"])),
     r"^not a Document.to_dict\(\) record: 'sentences' must be a list, got tuple$"),
    (lambda r: r.pop("profile"), r"^not a Document.to_dict\(\) record: it lacks 'profile'; a record holds"),
])
def test_from_dict_names_the_sentence_or_span_that_lacks_a_field_or_has_one_of_the_wrong_kind(break_record, message):
    _refused_after(break_record, message)


@pytest.mark.parametrize("kind", [framing.Document, framing.Sentence, framing.Span, framing.Prediction])
@pytest.mark.parametrize("data", ["x", '{"text": "x"}', 5, None, [("text", "x")]])
def test_from_dict_of_no_dict_is_a_type_error_as_a_wrong_type_is_everywhere(kind, data):
    """A JSON string not yet parsed is the caller's slip of type, not a bad record: TypeError, naming the type."""
    with pytest.raises(TypeError, match=rf"^{kind.__name__}\.from_dict takes a dict \(a {kind.__name__}\.to_dict\(\) "
                                        rf"record\), got {type(data).__name__}$"):
        kind.from_dict(data)


def test_no_function_of_the_python_api_draws_a_progress_bar_unless_asked():
    """One rule for the library (docs/api.md, Progress bars): progress=False by default everywhere, so a service or
    a script writing logs gets no bar unasked; the framing command draws its own on a terminal."""
    import inspect

    from framing.scale import score_dataframe

    functions = [framing.Analyzer.analyze, framing.Analyzer.analyze_many, framing.Analyzer.classify,
                 framing.Analyzer.predict, framing.Analyzer.predict_proba, framing.evaluate, framing.train,
                 framing.score, score_dataframe]
    defaults = {f.__qualname__: inspect.signature(f).parameters["progress"].default for f in functions}
    assert defaults == dict.fromkeys(defaults, False)


def _refused_after(break_record, message: str) -> None:
    """``Document.from_dict`` of a hand-made document's record, once ``break_record`` has changed it, raises
    ``InputError`` matching ``message``."""
    record = _hand_made_document().to_dict()
    break_record(record)
    with pytest.raises(framing.InputError, match=message):
        framing.Document.from_dict(record)


def test_a_span_type_of_a_model_s_own_reads_back_and_can_be_asked_for():
    record = _hand_made_document().to_dict()
    record["sentences"][1]["spans"][0]["type"] = "speaker"
    sentence = framing.Document.from_dict(record).sentences[1]
    assert [s.text for s in sentence.spans_of("speaker")] == ["A driver"]
    with pytest.raises(framing.InputError, match="unknown span type 'speakr'"):
        sentence.spans_of("speakr")


def test_analyze_many_s_progress_bar_counts_documents_out_of_their_number(tiny, capsys):
    texts = ["The depot closed.", "Trucks left at noon.", "A driver said the queue was absurd."]
    assert len(list(tiny.analyze_many(texts, progress=True))) == 3
    assert "3/3" in capsys.readouterr().err
    list(tiny.analyze_many(iter(texts), progress=True))  # a stream: its length is not known
    assert "3/3" not in capsys.readouterr().err


def test_a_document_built_with_sentences_that_do_not_fit_its_text_is_refused_at_once():
    """Whatever Document accepts, to_dict writes and from_dict reads back: a hand edit that moved an
    offset is refused when the document is built, not when the saved file is read."""
    import dataclasses

    doc = _hand_made_document()
    sentences = list(doc.sentences)
    stretched = [*sentences[:1], dataclasses.replace(sentences[1], end=sentences[1].end + 1), *sentences[2:]]
    with pytest.raises(framing.InputError, match=r"^sentences\[1\]: offsets 18:54 hold 36 characters, but its "
                       r"text has 35$"):
        framing.Document(doc.text, stretched, doc.profile)
    elsewhere = dataclasses.replace(sentences[2], text="Vans left at dawn.!!", start=54, end=74)
    with pytest.raises(framing.InputError, match=r"^sentences\[2\]: text\[54:74\] is not 'Vans left"):
        framing.Document(doc.text, [*sentences[:2], elsewhere], doc.profile)
    cue = sentences[1].spans[1]
    moved = dataclasses.replace(sentences[1], spans=(sentences[1].spans[0], dataclasses.replace(cue, start=28, end=32)))
    with pytest.raises(framing.InputError, match=r"^sentences\[1\]\.spans\[1\]: the sentence's text at 28:32"):
        framing.Document(doc.text, [sentences[0], moved, sentences[2]], doc.profile)
    with pytest.raises(framing.InputError, match=r"^sentences\[0\]: the scores sum to 0\.7500"):
        framing.Document(doc.text, [dataclasses.replace(sentences[0], scores={"reported_fact": 0.75}), *sentences[1:]])
    with pytest.raises(TypeError, match=r"^sentences\[1\] must be a Sentence, got dict; read a to_dict\(\) record "
                       r"with Document.from_dict$"):
        framing.Document(doc.text, [sentences[0], sentences[1].to_dict()])
    with pytest.raises(TypeError, match="^Document meta must be a dict, got list$"):
        framing.Document(doc.text, sentences, doc.profile, ["id-1"])


def test_the_analyzer_s_documents_pass_the_checks_of_one_built_by_hand(tiny):
    """The Analyzer builds its documents without the checks (they cost host time on every sentence): each
    must be one that the checked constructor would build, every field set."""
    import dataclasses

    texts = [ARTICLE, "", "‘Not again,’ she sighed. The vote was 7–2 on Thursday. 🚢 Ferries ran late."]
    for doc in tiny.analyze_many(texts):
        assert framing.Document(**{f.name: getattr(doc, f.name) for f in dataclasses.fields(doc)}) == doc
        assert doc.meta == {}


def test_meta_travels_with_a_document_through_json_and_pickle():
    import pickle

    doc = _hand_made_document()
    meta = {"id": "depot-0413", "outlet": "Harbour Gazette", "published": "2024-03-05", "tags": ["transport"],
            "notes": {"1": "driver's words checked by phone"}}
    tagged = framing.Document(doc.text, doc.sentences, doc.profile, meta)
    record = json.loads(json.dumps(tagged.to_dict()))
    assert record["meta"] == meta and framing.Document.from_dict(record) == tagged
    assert pickle.loads(pickle.dumps(tagged)) == tagged
    assert tagged != doc and framing.Document(doc.text, doc.sentences, doc.profile, dict(meta)) == tagged
    record.pop("meta")  # a record written before documents had meta
    assert framing.Document.from_dict(record).meta == {}


@pytest.mark.parametrize("meta, message", [
    ({"published": __import__("datetime").date(2024, 3, 5)},
     r"^meta\['published'\] cannot be written as JSON \(.*date.*\); store it as a string"),
    ({"ids": ("a", "b")}, r"^meta\['ids'\] would read back from JSON changed .*got \('a', 'b'\)$"),
    ({"notes": {1: "checked"}}, r"^meta\['notes'\] would read back from JSON changed"),
    ({7: "seven"}, r"^meta key 7 must be a string"),
    ({"score": float("nan")}, r"^meta\['score'\] cannot be written as JSON"),
])
def test_a_meta_entry_that_json_would_not_give_back_is_refused_when_the_document_is_made(meta, message):
    doc = _hand_made_document()
    with pytest.raises(framing.InputError, match=message):
        framing.Document(doc.text, doc.sentences, doc.profile, meta)
    with pytest.raises(framing.InputError, match=message):
        framing.Document.from_dict({**doc.to_dict(), "meta": meta})
    tagged = framing.Document(doc.text, doc.sentences, doc.profile, {})
    tagged.meta.update(meta)  # put in after the document was made: to_dict still names it
    with pytest.raises(framing.InputError, match=message):
        tagged.to_dict()


def test_numpy_numbers_in_meta_are_kept_as_python_s_own_which_json_gives_back_equal():
    """A pandas row's cells are numpy scalars (an np.int64 id): JSON gives each back equal as Python's
    number, so meta keeps that, made or written, and every writer takes it."""
    import numpy as np

    doc = _hand_made_document()
    meta = {"id": np.int64(101), "words": [np.int32(7)], "weight": np.float32(0.5), "lead": np.bool_(True)}
    tagged = framing.Document(doc.text, doc.sentences, doc.profile, meta)
    assert tagged.meta == {"id": 101, "words": [7], "weight": 0.5, "lead": True}
    assert [type(v) for v in tagged.meta.values()] == [int, list, float, bool]
    assert framing.Document.from_dict(json.loads(json.dumps(tagged.to_dict()))) == tagged
    tagged.meta["id"] = np.int64(102)  # put in after the document was made: written as Python's
    assert json.dumps(tagged.to_dict()["meta"]) == '{"id": 102, "words": [7], "weight": 0.5, "lead": true}'


@pytest.mark.parametrize("value, message", [
    (float("nan"), r"it holds a NaN or an infinity, which JSON lacks; store None for a missing value"),
    ([1.0, float("inf")], r"it holds a NaN or an infinity"),
    (__import__("numpy").float64("nan"), r"it holds a NaN or an infinity"),
    (__import__("pandas").NA, r"it is pandas' missing value <NA>; store None for a missing value"),
    (__import__("numpy").array([1, 2]), r"ndarray.*a numpy array as \.tolist\(\)"),
])
def test_a_missing_value_or_a_numpy_array_in_meta_is_named_with_what_to_store(value, message):
    doc = _hand_made_document()
    with pytest.raises(framing.InputError, match=r"^meta\['score'\] cannot be written as JSON.*" + message):
        framing.Document(doc.text, doc.sentences, doc.profile, {"score": value})


def test_meta_read_from_json_with_a_nan_is_refused_as_it_could_not_be_written_back():
    record = json.loads(json.dumps({**_hand_made_document().to_dict(), "meta": {"score": float("nan")}}))
    with pytest.raises(framing.InputError, match=r"^meta\['score'\] cannot be written as JSON"):
        framing.Document.from_dict(record)


def _unscored_document(labels=("reported_fact", "attributed_claim")) -> framing.Document:
    """Two sentences labelled by hand, with no scores: no model has read them."""
    text = "The bridge toll rose on Monday. Drivers said the rise was steep."
    return framing.Document(text, [framing.Sentence(text[:31], 0, 31, labels[0], {}),
                                   framing.Sentence(text[32:], 32, len(text), labels[1], {})])


def test_a_document_of_sentences_without_scores_is_saved_rendered_summed_up_and_trained_on():
    from framing.data import training_rows
    from framing.report import render_html

    doc = _unscored_document()
    assert framing.Document.from_dict(json.loads(json.dumps(doc.to_dict()))) == doc
    page = render_html(doc)
    assert "Drivers said the rise was steep." in page and "attributed_claim" in page
    summary = framing.summarize([doc, doc.to_dict()])
    assert summary["counts"] == {"attributed_claim": 2, "reported_fact": 2}
    assert [(row["label"], row["context"]) for row in training_rows([doc], context_sentences=1)] == [
        ("reported_fact", None), ("attributed_claim", doc.sentences[0].text)]


def test_sentences_with_and_without_scores_mix_and_the_scored_ones_give_the_labels_order():
    from framing.profile import document_labels

    doc = _hand_made_document()
    by_hand = framing.Sentence(doc.sentences[0].text, 0, 17, "satire", {})
    mixed = framing.Document(doc.text, [by_hand, *doc.sentences[1:]])
    assert framing.Document.from_dict(mixed.to_dict()) == mixed
    assert document_labels(mixed) == ("reported_fact", "attributed_claim", "satire")
    other = framing.Sentence(doc.sentences[2].text, 54, 74, "reported_fact", {"reported_fact": 1.0})
    with pytest.raises(framing.InputError, match=r"^sentences\[2\]: scores name the labels \['reported_fact'\], "
                       r"but sentences\[1\]'s name \['attributed_claim', 'reported_fact'\]$"):
        framing.Document(doc.text, [by_hand, doc.sentences[1], other])


@pytest.mark.parametrize("label", [" ", None, 3])
def test_a_sentence_without_scores_still_needs_a_label_name(label):
    record = _unscored_document().to_dict()
    record["sentences"][1]["label"] = label
    with pytest.raises(framing.InputError, match=rf"^sentences\[1\]: label must be a label name, got {label!r}$"):
        framing.Document.from_dict(record)


@pytest.mark.parametrize("break_record, message", [
    (lambda r: r.update(id="depot-0413"),
     r"^not a Document.to_dict\(\) record: unknown key 'id'; the record holds text, sentences, profile, meta; keep "
     r"an article's own fields \(an id, its outlet, its date\) in 'meta'$"),
    (lambda r: r.update(metas={}), r"unknown key 'metas' \(did you mean 'meta'\?\)"),
    (lambda r: r.update(meta="depot-0413"), r"^not a Document.to_dict\(\) record: 'meta' must be a dict, got str$"),
    (lambda r: r["sentences"][1].update(note="quote checked"), r"^sentences\[1\]: unknown key 'note'"),
    (lambda r: r["sentences"][1].update(label="attributed_clam"),
     r"^sentences\[1\]: label 'attributed_clam' is not one of the labels scored \(did you mean 'attributed_claim'"),
])
def test_from_dict_refuses_keys_it_would_drop_and_names_them(break_record, message):
    _refused_after(break_record, message)


def test_analyze_many_as_tuples_passes_each_context_through_in_order(tiny, capsys):
    texts = ["The ferry sailed at six.", "", "Crew members said the engine failed. It was repaired by noon."]
    contexts = [{"id": "a"}, None, object()]
    plain = list(tiny.analyze_many(texts))
    for source in (list(zip(texts, contexts)), zip(texts, contexts), [list(pair) for pair in zip(texts, contexts)]):
        pairs = list(tiny.analyze_many(source, as_tuples=True))
        assert [context for _, context in pairs] == contexts
        assert all(got is want for (_, got), want in zip(pairs, contexts))  # untouched, not copied
        assert [doc.text for doc, _ in pairs] == texts
        assert [[s.label for s in d] for d, _ in pairs] == [[s.label for s in d] for d in plain]
    list(tiny.analyze_many(list(zip(texts, contexts)), as_tuples=True, progress=True))
    assert "3/3" in capsys.readouterr().err  # a list of pairs has a length: the bar counts out of it
    with pytest.raises(TypeError, match="as_tuples must be True or False"):
        tiny.analyze_many(texts, as_tuples="yes")


@pytest.mark.parametrize("bad, message", [
    ("The tide turned.", r"^texts\[1\] must be a \(text, context\) pair with as_tuples=True, got str$"),
    (("The tide turned.", 1, 2), r"^texts\[1\] must be a \(text, context\) pair with as_tuples=True, got 3 items$"),
    (7, r"^texts\[1\] must be a \(text, context\) pair with as_tuples=True, got int$"),
    ((None, "b"), r"^texts\[1\]\[0\] is a missing value \(None\), not a text"),
    ((b"The tide turned.", "b"), r"^texts\[1\]\[0\] must be str, got bytes"),
])
def test_analyze_many_as_tuples_names_a_bad_pair_after_the_documents_before_it(tiny, bad, message):
    got = []
    with pytest.raises(TypeError, match=message):
        for doc, context in tiny.analyze_many([("The gulls left.", "a"), bad, ("Never read.", "c")], as_tuples=True):
            got.append((doc.text, context))
    assert got == [("The gulls left.", "a")]


def test_analyze_many_warns_once_of_documents_that_repeat_an_earlier_text(tiny, caplog):
    import logging

    # a scrape's copy, set aside items counting in the positions: before, it was analysed and summed up twice unsaid
    story = "Harbor Watch said Veltria runs covert stations. The embassy denied it."
    texts = [story, None, "The port closed.", story, "Ferries ran late.", story]
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        docs = list(tiny.analyze_many(texts, rejects=[]))
    warned = [r.getMessage() for r in caplog.records if "repeat" in r.getMessage()]
    assert len(docs) == 5 and warned == [
        "2 of 5 documents repeat an earlier document's text exactly (the first is texts[3], the text of texts[0]): "
        "each copy is analysed, and counted again by framing.summarize; drop the copies first to count each article "
        "once"]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):  # each call apart; the checks left out
        list(tiny.analyze_many(texts[:3], rejects=[]))
        list(tiny.analyze_many(texts[3:5]))
        list(tiny.analyze_many(texts[3:], check_markup=False))
    assert "repeat" not in caplog.text


def test_analyze_many_warns_once_of_documents_that_are_not_english(tiny, caplog):
    import logging

    spanish = "El ministerio negó el informe el martes. Es una vergüenza para todos."
    texts = ["The council voted on Monday.", spanish, "The port closed.", spanish.replace("martes", "lunes")]
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        docs = list(tiny.analyze_many(texts))
    warned = [r.getMessage() for r in caplog.records if "English" in r.getMessage()]
    assert len(docs) == 4 and warned == [
        "2 of 4 documents do not look like English (the first is texts[1]): the model knows English news only, "
        "so their labels (flagged low-confidence) mean little"]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):  # one; English copy; the checks left out
        list(tiny.analyze_many(texts[:2]))
        list(tiny.analyze_many(texts[::2]))
        list(tiny.analyze_many(texts, check_markup=False))
    assert [r.getMessage().split(":")[0] for r in caplog.records] == [
        "1 of 2 documents does not look like English (the first is texts[1])"]


def test_an_analysed_profile_edited_in_place_is_rebuilt_where_it_is_summed_up_or_drawn(bundled):
    # the Analyzer's profile is read as it is only while it is the one built: edited in place, it is rebuilt
    from framing.profile import current_profile
    from framing.report import render_html

    text = "The regulator said fares rose 4% this year. The operator denied it."
    doc, expected = bundled.analyze(text), bundled.analyze(text).profile
    assert doc.profile["sources"] and doc.profile["denials"] and current_profile(doc) is doc.profile
    doc.profile["sources"].clear()
    doc.profile["denials"].clear()
    assert current_profile(doc) == expected and doc.profile["sources"] == []  # rebuilt, the stored one left as is
    assert framing.summarize([doc])["sources"] == framing.summarize([bundled.analyze(text)])["sources"]
    page = render_html(doc)
    assert "No sources found" not in page and "regulator" in page
    doc.profile["sources"].extend(expected["sources"])  # put back as built: read as it is again
    doc.profile["denials"].extend(expected["denials"])
    assert current_profile(doc) is doc.profile


def test_to_dict_refuses_what_from_dict_would_refuse_naming_the_sentence(tiny):
    import dataclasses

    doc = tiny.analyze("The depot closed on Friday. A driver said the queue was absurd.")
    scores = doc.sentences[1].scores
    label = next(iter(scores))
    scores[label] += 0.25  # edited in place: the scores no longer sum to 1
    with pytest.raises(framing.InputError, match=r"^sentences\[1\]: the scores sum to 1\.2500, not 1"):
        doc.to_dict()
    with pytest.raises(framing.InputError, match=r"^sentence: the scores sum to 1\.2500, not 1"):
        doc.sentences[1].to_dict()
    scores[label] -= 0.25
    scores["satire"] = 0.0  # still summing to 1, but over other labels than the first sentence's
    with pytest.raises(framing.InputError, match=r"^sentences\[1\]: scores name the labels .* but sentences\[0\]"):
        doc.to_dict()
    del scores["satire"]
    assert framing.Document.from_dict(json.loads(json.dumps(doc.to_dict()))) == doc
    prediction = tiny.classify(["The depot closed."])[0]
    prediction.scores[prediction.label] = 2.0
    with pytest.raises(framing.InputError, match=r"^prediction: scores must be probabilities in \[0, 1\]"):
        prediction.to_dict()
    # a sentence built by hand is checked on its own when written, as Sentence.from_dict reads it
    moved = dataclasses.replace(doc.sentences[0], end=doc.sentences[0].end + 1)
    with pytest.raises(framing.InputError, match=r"^sentence: offsets 0:28 hold 28 characters, but its text has 27"):
        moved.to_dict()


def test_analyze_s_markup_and_language_warnings_can_be_left_out_as_analyze_many_s_can(tiny, caplog):
    import logging

    page = "<p>The <b>council</b> voted on Monday.</p><p>Critics called it &quot;hasty&quot;.</p>"
    foreign = "El consejo votó el lunes por la tarde. Es una vergüenza para todos. The port closed."
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):  # on every call, by default
        for _ in range(2):
            tiny.analyze(page)
            tiny.analyze(foreign)
    assert [r.name for r in caplog.records] == ["framing.analyze"] * 4
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        docs = [tiny.analyze(page, check_markup=False), tiny.analyze(foreign, check_markup=False)]
    assert caplog.records == [] and docs == [tiny.analyze(page), tiny.analyze(foreign)]
    with pytest.raises(TypeError, match=r"^check_markup must be True or False, got str 'no'$"):
        tiny.analyze(page, check_markup="no")


def test_a_document_reads_as_its_sentences_by_position_and_slice():
    doc = _hand_made_document()
    first, second, third = doc.sentences
    assert len(doc) == 3 and list(doc) == [first, second, third]
    assert doc[0] is first and doc[-1] is third and doc[np.int64(1)] is second
    assert doc[1:] == [second, third] and doc[::-1] == [third, second, first] and doc[5:] == []
    for index in (3, -4):
        with pytest.raises(IndexError, match=rf"^sentence position {index} is out of range: the document has 3 "
                                             r"sentences$"):
            doc[index]
    with pytest.raises(IndexError, match=r"the document has 1 sentence$"):
        framing.Document(first.text, [first])[1]
    with pytest.raises(TypeError, match=r"^a Document is indexed by a sentence's position \(an int\) or a slice, "
                                        r"got str$"):
        doc["0"]


@pytest.mark.parametrize("flag", [True, False])
def test_a_document_refuses_a_flag_as_a_sentence_position(flag):
    with pytest.raises(TypeError, match=rf"^a Document is indexed by a sentence's position \(an int\) or a slice, "
                                        rf"got bool {flag}$"):
        _hand_made_document()[flag]


@pytest.mark.parametrize("text", ["Prices rose. Critics said so.",
                                  "Fans cheered 🎉🇫🇷. Zoë said: «non» 👍🏽",
                                  "𝒜 ministry 🎉", ""])
def test_utf16_offsets_give_each_offset_as_javascript_counts_it(text):
    units = framing.Document(text, []).utf16_offsets()
    assert len(units) == len(text) + 1
    # what JavaScript's index is: the UTF-16 units of the text before the offset
    assert units == [len(text[:k].encode("utf-16-le")) // 2 for k in range(len(text) + 1)]


@pytest.mark.parametrize("text", ["Prices rose. Critics said so.",
                                  "Fans cheered 🎉🇫🇷. Zoë said: «non» 👍🏽",
                                  "Andre\u0301 said \u05d3\u05e0\u05d4\u00a0left\r\n€5 𝒜", ""])
def test_utf8_offsets_give_each_offset_as_a_byte_offset_counts_it(text):
    # before, framing offered UTF-16 units alone: a byte offset meant encoding the text before each offset
    offsets = framing.Document(text, []).utf8_offsets()
    assert offsets == [len(text[:k].encode("utf-8")) for k in range(len(text) + 1)]
    data = text.encode("utf-8")
    assert all(data[offsets[k]:offsets[k + 1]].decode("utf-8") == text[k] for k in range(len(text)))


def test_sentence_at_finds_the_sentence_holding_a_character_offset(tiny):
    doc = _hand_made_document()  # sentences at 0:17, 18:53 and 54:74, a space between each
    first, second, third = doc.sentences
    assert [doc.sentence_at(k) for k in (0, 16, 18, 52, 54, 73)] == [first, first, second, second, third, third]
    assert doc.sentence_at(17) is None and doc.sentence_at(53) is None  # the space after a stop
    text = "Fans cheered 🎉. The club said so."  # offsets count code points: the emoji is one
    sentences = [framing.Sentence(text[a:b], a, b, "reported_fact", {}) for a, b in ((0, 15), (16, 33))]
    emoji = framing.Document(text, sentences)
    assert emoji.sentence_at(text.index("🎉")) is sentences[0] and emoji.sentence_at(16) is sentences[1]
    for offset in (74, -1):
        with pytest.raises(framing.InputError, match=rf"^offset {offset} lies outside the text, which has 74 "
                                                     "characters"):
            doc.sentence_at(offset)
    with pytest.raises(framing.InputError, match="which has 0 characters"):
        framing.Document("", []).sentence_at(0)
    for offset in (3.0, True, "3"):
        with pytest.raises(TypeError, match=r"^offset must be a whole number, a character's position in the text"):
            doc.sentence_at(offset)
    for offset in (np.int64(20), np.int32(20), np.uint16(20)):  # offsets read back from a table by pandas
        assert doc.sentence_at(offset) is second
    analysed = tiny.analyze(ARTICLE)  # every offset of a real article: what a scan of the sentences finds
    assert all(analysed.sentence_at(k) is next((s for s in analysed if s.start <= k < s.end), None)
               for k in range(len(ARTICLE)))


def test_reprs_count_the_sentences_themselves_and_str_gives_a_sentence_s_or_span_s_text(tiny):
    import dataclasses

    doc = _hand_made_document()  # its stored profile counts nothing: the repr counts the sentences
    assert repr(doc) == ("Document('The depot closed. A driver said the queue was absurd. Tru...', 3 sentences: "
                         "reported_fact 3)")
    assert repr(framing.Document(doc[0].text, [doc[0]])) == "Document('The depot closed.', 1 sentence: reported_fact 1)"
    assert repr(framing.Document("", [])) == "Document('', 0 sentences)"
    analysed = tiny.analyze("The depot closed. A driver said the queue was absurd.")
    relabelled = dataclasses.replace(analysed, sentences=[dataclasses.replace(s, label="official_denial")
                                                          for s in analysed])
    assert repr(relabelled).endswith("2 sentences: official_denial 2)")  # not the counts of the profile carried over
    sentence = doc[1]
    assert str(sentence) == f"{sentence}" == "A driver said the queue was absurd."
    assert str(sentence.spans[0]) == "A driver" and repr(sentence).startswith("Sentence('A driver said")


SUBTITLES = ("1\n00:00:01,000 --> 00:00:04,200\nThe port board denied the report.\n\n"
             "2\n00:00:04,300 --> 00:00:08,900\nDock workers said the cranes were unsafe.\n")


@pytest.mark.parametrize("text, subtitles", [
    (SUBTITLES, True),
    (SUBTITLES.replace("\n", "\r\n").replace(",", "."), True),  # WebVTT's time codes, Windows line ends
    ("\ufeffWEBVTT\n\n00:01.000 --> 00:04.000\n<v Anchor>Good evening.\n", True),
    ("The clip ran from 00:00:05,000 --> to the end. Click --> here.", False),  # one time code, an arrow
    ("The port reopened on Monday.", False),
])
def test_subtitle_files_are_told_from_copy(text, subtitles):
    from framing.doubts import looks_like_subtitles

    assert looks_like_subtitles(text) == subtitles


def test_the_advised_sed_command_keeps_captions_of_a_figure_alone():
    import re
    import shutil
    import subprocess

    from framing.doubts import SUBTITLE_ADVICE

    if shutil.which("sed") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but sed is not installed")
        pytest.skip("no sed here")
    script = re.search(r"sed -E '(.*?)' FILE", SUBTITLE_ADVICE).group(1)
    subtitles = ("\ufeff1\n00:00:01,000 --> 00:00:04,200\nThe port board said the fee rose to\n\n"
                 "2\n00:00:04,300 --> 00:00:05,000\n$250\n\n3\n00:00:05,100 --> 00:00:07,000\nfrom\n2024\n")
    kept = subprocess.run(["sed", "-E", script], input=subtitles, capture_output=True, text=True, check=True).stdout
    assert kept == "The port board said the fee rose to\n$250\nfrom\n2024\n"


def test_analyze_warns_of_subtitles_and_says_how_to_keep_their_words(tiny, caplog):
    import logging

    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        tiny.analyze(SUBTITLES)
        tiny.analyze(SUBTITLES, check_markup=False)
    warned = [r.getMessage() for r in caplog.records]
    assert len(warned) == 1 and "-->" in warned[0]
    assert warned[0].startswith("the text looks like SRT or WebVTT subtitles: framing reads plain text")
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        # the second file is another episode's: an exact copy would be warned of as a repeat too
        list(tiny.analyze_many(["The port reopened.", SUBTITLES, SUBTITLES.replace("port board", "harbour trust")]))
    warned = [r.getMessage() for r in caplog.records]
    assert len(warned) == 1
    assert warned[0].startswith("2 of 3 documents look like SRT or WebVTT subtitles (the first is texts[1]): framing")


SPOKEN = ("good evening and welcome to the programme tonight the port board is accused of dumping waste in the bay "
          "dock workers said on monday that the cranes were unsafe and that nobody had told them about any of it "
          "the board's spokesman denied the report he said the claims were wrong and the figures were made up "
          "and that the port would stay open all week while the inspectors look at the cranes again")  # 74 words of
# speech-to-text without its punctuation
CAPITALS = ("THE PORT BOARD IS ACCUSED OF DUMPING WASTE IN THE BAY.\nDOCK WORKERS SAID ON MONDAY THAT THE CRANES WERE "
            "UNSAFE.\nTHE BOARD'S SPOKESMAN, TOM ARDLEY, DENIED THE REPORT.\n"
            "\"IT IS FALSE AND WE REJECT IT,\" HE SAID.\n")


@pytest.mark.parametrize("text, unpunctuated, capitals", [
    (SPOKEN, True, False),
    (SPOKEN.upper(), True, True),
    (SPOKEN.replace(" dock", ". Dock").replace(" the board's", ". The board's"), False, False),  # punctuated
    (" ".join(SPOKEN.split()[:70]), False, False),  # 70 words, the most copy may hold
    ("\n".join(SPOKEN.split(" monday")), False, False),  # a line break
    (CAPITALS, False, True),
    ("PORT BOARD DENIES DUMPING WASTE", False, False),  # a headline in capitals, alone
    (CAPITALS.replace("T", "t", 1), False, True),  # a stray lower-case letter
    (CAPITALS.replace("THE", "The"), False, True),  # a capital opening each sentence
    (CAPITALS.title(), False, False),
    # an acronym in Chinese text
    ("港口管理局否认向海湾倾倒废物的报道，称GDP数据有误。" * 9, False, False),
    # 120 capitals of it
    ("港口管理局否认向海湾倾倒废物的报道，称GDP数据有误。" * 40, False, False),
    (CAPITALS.replace("'", "’").replace('"', "”") + "♪ ♪\n", False, True),  # typographic marks beyond ASCII
    # in Arabic
    ("قالت منظمة WHO إن الميناء آمن، "
     "ونفى المجلس التقارير عن النفايات. " * 4, False, False),
    ("Q3 2024: 1,204 | Q4 2024: 1,310 | 2025: 5,020 USD | " * 5, False, False),  # a table of figures
])
def test_unpunctuated_text_and_text_all_in_capitals_are_told_from_copy(text, unpunctuated, capitals):
    from framing.doubts import all_capitals
    from framing.doubts import unpunctuated as unpunctuated_text

    assert (unpunctuated_text(text), all_capitals(text)) == (unpunctuated, capitals)


def test_analyze_warns_of_unpunctuated_text_and_text_all_in_capitals(tiny, caplog):
    import logging

    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        tiny.analyze(SPOKEN)
        tiny.analyze(CAPITALS)
        list(tiny.analyze_many([SPOKEN, "The port reopened.", CAPITALS,
                                CAPITALS.replace("PORT BOARD", "HARBOUR TRUST")]))  # no exact copy: not a repeat
    warned = [r.getMessage() for r in caplog.records]
    assert [message[:message.index(":")] for message in warned] == [
        "the text holds more than 70 words in a row without punctuation", "the text is all in capital letters",
        "1 of 4 documents holds more than 70 words in a row without punctuation (the first is texts[0])",
        "2 of 4 documents are all in capital letters (the first is texts[2])"]
    assert "Sentence.truncated" in warned[0] and "not supported well" in warned[1]


def test_analyze_warns_of_a_blob_naming_it_and_keeps_the_sentences_around_it(tiny, caplog):
    """A CMS export leaves an embedded image's data URI between two sentences: they stay sentences, and a warning
    names the blob (its length, place and opening) where before only "not English" was said of one cut sentence."""
    import base64
    import logging

    blob = "data:image/png;base64," + base64.b64encode(bytes(range(256)) * 586).decode()
    text = f"The mayor of Orlenby said so. {blob} Critics on the council disagreed."
    with caplog.at_level(logging.WARNING, logger="framing.analyze"):
        doc = tiny.analyze(text)
        list(tiny.analyze_many(["The port reopened.", text]))
    assert [s.text for s in doc.sentences] == ["The mayor of Orlenby said so.", blob,
                                               "Critics on the council disagreed."]
    warned = [r.getMessage() for r in caplog.records]
    assert [message[:message.index(": ")] for message in warned] == [
        f"the text holds a run of {len(blob):,} characters without a space at character 30 ('data:image/png;base64,AA'"
        "...)",
        f"1 of 2 documents holds a run of 500 characters or more without a space (the first is texts[1], a run of "
        f"{len(blob):,} characters without a space at character 30 ('data:image/png;base64,AA'...))"]
    assert all("embedded image" in message and "remove it first" in message for message in warned)


def test_a_silent_progress_bar_starts_no_thread():
    # a disabled tqdm bar still starts tqdm's monitor thread; a service calling analyze without progress should
    # find no thread it never asked for (run apart: another test's visible bar may have started the monitor here)
    import subprocess
    import sys

    code = ("import threading\nfrom framing.progress import progress_bar\n"
            "with progress_bar(False, 'analyze', 'doc', total=3) as bar:\n"
            "    bar.update(1); bar.total = 5; bar.refresh()\n"
            "print(sorted(t.name for t in threading.enumerate()))\n")
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": os.path.dirname(os.path.dirname(framing.__file__))})
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "['MainThread']"
