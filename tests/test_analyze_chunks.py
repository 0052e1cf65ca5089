"""A long document is cut into engine chunks of bounded size, with or without a progress bar."""

import framing.analyze as analyze_module


def _chunk_sizes(analyzer, monkeypatch) -> list[int]:
    """Record the number of sentences in every chunk the engine is given."""
    sizes: list[int] = []
    run_chunks = analyzer.engine.run_chunks

    def recording(chunks, with_spans=False, flag_texts=False):
        def seen():
            for sentences, contexts in chunks:
                sizes.append(len(sentences))
                yield sentences, contexts
        return run_chunks(seen(), with_spans=with_spans, flag_texts=flag_texts)

    monkeypatch.setattr(analyzer.engine, "run_chunks", recording)
    return sizes


def test_one_long_document_is_cut_into_chunks_and_joined_back_whole(tiny, monkeypatch):
    text = " ".join(f"Officials in district {k} said the road would reopen on day {k}." for k in range(45))
    whole = tiny.analyze(text)
    monkeypatch.setattr(analyze_module, "_CHUNK_SENTENCES", 8)
    sizes = _chunk_sizes(tiny, monkeypatch)
    docs = list(tiny.analyze_many([text, "A second document follows."]))
    assert len(whole.sentences) == 45
    assert max(sizes) <= 8 and sum(sizes) == 46
    cut = docs[0]
    assert [(s.start, s.end, s.label) for s in cut.sentences] == [(s.start, s.end, s.label) for s in whole.sentences]
    assert [(p.type, p.start, p.end) for p in cut.spans] == [(p.type, p.start, p.end) for p in whole.spans]
    assert docs[1].sentences[0].text == "A second document follows."
