"""A scoring run whose rejects include records that do not decode ends with one warning naming how many and the
likely cause, so a file in another encoding does not lose rows with no more than a count of rejects."""

from __future__ import annotations

import logging

from framing.cli import main
from framing.scale import score

ROWS = [f"ML-{k:03d},The council met on Monday and voted on plan {k}." for k in range(40)]


def latin1_csv(path, rows):
    """A CSV of ASCII rows but for ``rows`` (indexes), whose text holds a Latin-1 'ö' (too few to refuse the
    file up front)."""
    lines = ["id,text"] + [row.replace("Monday", "Mönday") if k in rows else row for k, row in enumerate(ROWS)]
    path.write_bytes(("\n".join(lines) + "\n").encode("latin-1"))
    return path


def undecoded_warnings(records) -> list[str]:
    return [r.getMessage() for r in records if "do not decode" in r.getMessage()]


def test_a_run_that_rejects_rows_in_latin_1_ends_warning_once_of_them_and_the_cause(tiny, tmp_path, caplog):
    source = latin1_csv(tmp_path / "corpus.csv", {7, 30})
    with caplog.at_level(logging.WARNING, logger="framing"):
        summary = score(source, tmp_path / "scores", model=tiny, chunk_docs=5, progress=False)
    assert summary.rejects == 2 and summary.documents == 38
    (message,) = undecoded_warnings(caplog.records)
    assert message.startswith(f"{source}: 2 records rejected because their bytes do not decode as UTF-8 (see "
                              f"{tmp_path / 'scores.rejects.jsonl'}): the file is likely not UTF-8 but "
                              "Windows-1252 or Latin-1")
    assert f"iconv -f cp1252 -t UTF-8 {source} > {tmp_path / 'corpus-utf8.csv'}" in message
    assert "with overwrite=True;" in message and "--" not in message


def test_the_command_line_says_it_with_its_options(tiny_dir, tmp_path, caplog):
    source = latin1_csv(tmp_path / "corpus.csv", {12})
    with caplog.at_level(logging.WARNING, logger="framing"):
        code = main(["score", str(source), "--out", str(tmp_path / "scores"), "--model", str(tiny_dir), "--quiet"])
    assert code == 0
    (message,) = undecoded_warnings(caplog.records)
    assert "1 record rejected because its bytes do not decode as UTF-8" in message
    assert "into this one with --overwrite;" in message and "(--encoding is for a folder's .txt files)" in message


def test_other_rejects_and_a_stray_byte_in_utf8_text_say_no_encoding_is_wrong(tiny, tmp_path, caplog):
    source = tmp_path / "corpus.csv"
    text = "id,text\nML-001,The caf\u00e9 opened.\nML-002,\nML-003,The mayor\x92s plan.\n"
    source.write_bytes(text.encode("utf-8", "surrogateescape").replace(b"\xc2\x92", b"\x92"))
    with caplog.at_level(logging.WARNING, logger="framing"):
        summary = score(source, tmp_path / "scores", model=tiny, progress=False)
    assert summary.rejects == 2
    (message,) = undecoded_warnings(caplog.records)
    assert "1 record rejected because its bytes do not decode as UTF-8" in message
    assert "stray bytes in UTF-8 text" in message and "iconv" not in message
    clean = tmp_path / "clean.csv"
    clean.write_text("id,text\nML-001,The council met.\nML-002,\n", encoding="utf-8")
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="framing"):
        assert score(clean, tmp_path / "clean", model=tiny, progress=False).rejects == 1
    assert undecoded_warnings(caplog.records) == []


def test_a_folder_of_latin_1_text_files_is_told_of_its_encoding_option(tiny, tmp_path, caplog):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_text("The council met on Monday.", encoding="utf-8")
    (folder / "b.txt").write_bytes("The mayor's caf\u00e9 closed.".encode("latin-1"))
    with caplog.at_level(logging.WARNING, logger="framing"):
        score(folder, tmp_path / "scores", model=tiny, progress=False)
    (message,) = undecoded_warnings(caplog.records)
    assert 'score them with encoding="cp1252" (or latin-1)' in message
