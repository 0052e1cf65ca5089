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
