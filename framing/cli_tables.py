"""Whether a FILE given to ``framing analyze`` or ``classify`` is a table of documents, which ``framing score``
reads row by row: by its ending, or by a header and row in its first lines; a warning, never an error."""

from __future__ import annotations

import csv
import io
import itertools
import logging
import os
import re

from .cli_inputs import input_name
from .validation import read_json

#: Named, not __name__: the command's warnings come from one logger, whichever module gives them.
logger = logging.getLogger("framing.cli")


#: Endings of tables of documents (``framing score`` reads them, a document per row), gzipped or not.
_TABLE_ENDINGS = frozenset({".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet"})
#: A column name in a CSV or TSV header: up to four words of letters, digits and a few marks, starting
#: with a letter, not padded with spaces (prose after a comma is) and not ending a sentence.
_COLUMN_NAME = re.compile(r"[^\W\d][\w.,()/#-]*(?: [\w.,()/#-]+){0,3}(?<![.])")
#: How much of a FILE's start is read for a table's header and first row (a row's text may span lines).
_TABLE_PEEK_CHARS = 65536


def _table_ending(file: str) -> str | None:
    """``file``'s ending when it names a table of documents (``.csv``, ``.jsonl.gz``...), else ``None``."""
    name = file.lower()
    inner = name[:-3] if name.endswith(".gz") else name
    ending = os.path.splitext(inner)[1]
    return file[len(inner) - len(ending):] if ending in _TABLE_ENDINGS else None


def _table_first_line(text: str) -> str | None:
    """How ``text``'s first lines show it to be a table (a CSV or TSV header and a row under it, a JSON
    object), else ``None``."""
    head = text.lstrip()[:_TABLE_PEEK_CHARS]
    line = next(iter(head.splitlines()), "")
    if line.startswith('{"') and line.endswith("}") and isinstance(_json_or_none(line), dict):
        return "its first line is a JSON object"
    for separator in (",", "\t"):
        try:
            header, row = itertools.islice(csv.reader(io.StringIO(head), delimiter=separator), 2)
        except ValueError:  # fewer than two rows
            return None
        except csv.Error:  # a NUL byte before Python 3.11: no header
            return None
        if _table_header(header) and _table_row(row, len(header)):
            return f"its first line, {line!r}, reads as a {'CSV' if separator == ',' else 'TSV'} header"
    return None


def _json_or_none(line: str) -> object:
    """``line`` read as JSON, or ``None`` when it is not."""
    try:
        return read_json(line)
    except ValueError:
        return None


def _table_header(fields: list[str]) -> bool:
    """Whether ``fields`` read as a table's column names: two or more (an empty one, pandas' index, aside),
    each short and shaped like a name (see ``_COLUMN_NAME``)."""
    names = [name for name in fields if name]
    return len(names) > 1 and all(len(name) <= 40 and _COLUMN_NAME.fullmatch(name) for name in names)


def _table_row(fields: list[str], columns: int) -> bool:
    """Whether ``fields``, the line under a header of ``columns`` names, read as its row: as many fields, none
    padded with spaces (prose after a comma is: "The mayor resigned, aides said.")."""
    return len(fields) == columns and not any(field[:1].isspace() for field in fields)


def warn_if_table(file: str, text: str | None = None, command: str = "analyze") -> None:
    """Warn (on the ``framing.cli`` logger: standard error) that ``file`` looks like a table of documents,
    which analyze would label as one article (its header row the first sentence), and ``command`` "classify"
    line by line, header and columns in each sentence, and point at ``framing score``: before it is read
    (``text`` ``None``) by its ending, after by its first line unless the ending said so. Not an error: an article
    can look so by chance."""
    ending = _table_ending(file)
    if text is None:
        why = ending and f"its ending is {ending}"
    else:
        why = None if ending else _table_first_line(text)
    if why:
        name = "FILE" if file == "-" else file
        reads = ("analyze reads a FILE as the text of one article, so all its rows are labelled as one document"
                 if command == "analyze" else
                 "classify labels each line as one sentence, its header and every column included")
        logger.warning("%s looks like a table (%s); %s: to score each row as a document, use framing score %s "
                       "--out OUT --text-column NAME%s", input_name(file), why, reads, name,
                       " (save standard input to a file first)" if file == "-" else "")
