"""What ``framing analyze`` and ``framing classify`` say of a FILE not in UTF-8: ``--encoding`` first, then the
``iconv`` command, as ``framing score`` names ``--encoding`` for a folder's .txt files."""

import pytest

from framing.cli import main
from framing.textio import conversion_hint

#: Invented lines in Windows-1252 (curly quotes, a dash) and in Latin-1 (an accent alone).
CP1252 = "The mayor said \u201cno\u201d to the plan \u2013 again.\n".encode("cp1252")
LATIN1 = "The caf\u00e9 on Mill Road closed.\n".encode("latin-1")


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", ["analyze", "classify"])
@pytest.mark.parametrize("data, option, iconv", [(CP1252, "cp1252", "cp1252"), (LATIN1, "latin-1", "latin1")])
def test_a_file_alone_not_in_utf8_is_refused_naming_the_encoding_option_first(command, data, option, iconv,
                                                                             tmp_path, monkeypatch, capsys):
    """Before, the refusal named only iconv, though --encoding cp1252 reads one file as it is."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes(data)
    code, out, err = run([command, "a.txt"], capsys)
    assert code != 0 and out == "", err
    assert f"read it with --encoding {option}, or convert it first, e.g. iconv -f {iconv} -t UTF-8 a.txt > " in err
    assert err.index("--encoding") < err.index("iconv")


def test_one_of_several_files_not_in_utf8_names_the_option_for_every_file(tmp_path, monkeypatch, capsys):
    """With several FILEs, --encoding reads them all so: the message says it, then the conversion into itself."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes(CP1252)
    (tmp_path / "b.txt").write_bytes(CP1252)
    code, _, err = run(["analyze", "a.txt", "b.txt"], capsys)
    assert code == 1 and ("read it with --encoding cp1252 (every FILE is then read so), or convert it first, e.g. "
                          "iconv -f cp1252 -t UTF-8 a.txt > a.txt.tmp && mv a.txt.tmp a.txt") in err, err


def test_the_encoding_option_is_named_only_where_the_command_has_it():
    """The guard: a reader without --encoding (training data, a CSV for score) keeps the iconv command alone, and
    UTF-8 with a stray byte is still told to replace it, not to read the file in another encoding."""
    assert conversion_hint(CP1252, name="data.csv") == ("it looks like Windows-1252 (curly quotes, dashes): convert "
                                                         "it first, e.g. iconv -f cp1252 -t UTF-8 data.csv > "
                                                         "data-utf8.csv")
    stray = "The caf\u00e9 said ".encode("utf-8") + b"\x92no\x92."
    assert "--encoding" not in conversion_hint(stray, name="a.txt", encoding_option=True)


#: Invented lines in UTF-16 without a byte-order mark, as some Windows tools save text.
UTF16 = "The harbour master said the pier was safe.\nThe council denied it.\n"


@pytest.mark.parametrize("command", ["analyze", "classify"])
@pytest.mark.parametrize("codec, order", [("utf-16-le", "LE"), ("utf-16-be", "BE")])
def test_utf16_without_a_mark_is_refused_naming_the_encoding_its_bytes_suggest_first(command, codec, order,
                                                                                    tmp_path, monkeypatch, capsys):
    """Before, only iconv was named, though --encoding utf-16-le reads the file as it is, as cp1252's message
    names --encoding cp1252."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes(UTF16.encode(codec))
    code, out, err = run([command, "a.txt"], capsys)
    assert code == 1 and out == "", err
    assert err.endswith(f"a.txt: looks like UTF-16 without a byte-order mark, expected UTF-8; read it with --encoding "
                        f"{codec}, or convert it first, e.g. iconv -f UTF-16{order} -t UTF-8 a.txt > a-utf8.txt\n"), err


def test_utf16_one_of_several_files_names_the_option_for_every_file_as_cp1252_does(tmp_path, monkeypatch, capsys):
    """With several FILEs, the same words as cp1252's: the option reads them all so, the conversion is in place."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes(UTF16.encode("utf-16-le"))
    (tmp_path / "b.txt").write_bytes(UTF16.encode("utf-16-le"))
    code, _, err = run(["analyze", "a.txt", "b.txt"], capsys)
    assert code == 1 and ("read it with --encoding utf-16-le (every FILE is then read so), or convert it first, e.g. "
                          "iconv -f UTF-16LE -t UTF-8 a.txt > a.txt.tmp && mv a.txt.tmp a.txt") in err, err


def test_utf16_given_its_encoding_is_read_and_without_the_option_keeps_the_conversion_alone(tmp_path):
    """The guard: --encoding utf-16-le, as advised, reads the file; a reader without --encoding (training data, a
    folder scored, whose rejects keep the conversion) names none, a mark or none."""
    from framing.textio import read_text, utf16_problem

    path = tmp_path / "a.txt"
    path.write_bytes(UTF16.encode("utf-16-le"))
    assert read_text(str(path), encoding="utf-16-le") == UTF16
    head = UTF16.encode("utf-16-le")[:200]
    assert utf16_problem(head, "a.txt") == ("looks like UTF-16 without a byte-order mark, expected UTF-8; convert it "
                                            "first, e.g. iconv -f UTF-16LE -t UTF-8 a.txt > a-utf8.txt")
    marked = UTF16.encode("utf-16")[:200]
    assert utf16_problem(marked, "a.txt").endswith("; convert it first, e.g. iconv -f UTF-16 -t UTF-8 a.txt > "
                                                   "a-utf8.txt")


@pytest.mark.parametrize("codec, named", [("utf-16", "UTF-16"), ("utf-32", "UTF-32")])
def test_a_file_with_a_byte_order_mark_is_refused_naming_the_encoding_that_reads_the_mark(codec, named, tmp_path,
                                                                                           monkeypatch, capsys):
    """Before, only iconv was named, though --encoding utf-16 reads the file, its mark dropped."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes(UTF16.encode(codec))
    code, _, err = run(["analyze", "a.txt"], capsys)
    assert code == 1 and err.endswith(f"a.txt: encoded as {named}, expected UTF-8; read it with --encoding {codec}, "
                                      f"or convert it first, e.g. iconv -f {named} -t UTF-8 a.txt > a-utf8.txt\n"), err
