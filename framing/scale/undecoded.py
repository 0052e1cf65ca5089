"""The warning a scoring run ends with when records were rejected because their bytes do not decode: a file in
another encoding (Latin-1, Windows-1252) otherwise lost those rows with exit 0, said only by the count of rejects
and, inside the rejects file, by each one's reason."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from ..errors import counted, warn
from ..textio import iconv_command, is_utf8
from .readers import Reader

#: A reject's reason for bytes that do not decode: not UTF-8 (or not the encoding given for ``.txt`` files), or
#: UTF-8 that the one-byte encoding given would garble. A file's name that is not UTF-8 is no such reason.
_UNDECODED = re.compile(r"(?<!file name is )\bnot valid (?:UTF-8|\S+, the encoding given)\b"
                        r"|\bwhich read as \S+ would be garbled")
#: What such a reason adds when the record's bytes look like Windows-1252 or Latin-1 throughout.
_SINGLE_BYTE = "looks like Windows-1252 or Latin-1"
#: ... and when they are UTF-8 but for a stray byte.
_STRAY = "a stray byte in UTF-8 text"
#: The input kinds as a message names them.
_KINDS = {"jsonl": "JSON Lines", "csv": "CSV", "tsv": "TSV"}


class UndecodedRejects:
    """Counts a run's rejects whose bytes do not decode (:meth:`see`) and warns once, at the run's end
    (:meth:`warn`), of how many there are and their likely cause."""

    def __init__(self, reader: Reader) -> None:
        self.name, self.kind = reader.name, reader.kind
        self.encoding: str = getattr(reader, "encoding", "utf-8")
        self.count = self.single_byte = self.stray = 0

    def see(self, reason: str | None) -> None:
        """Count a record's reason for its rejection (``None``: it was not)."""
        if reason is None or not _UNDECODED.search(reason):
            return
        self.count += 1
        self.single_byte += _SINGLE_BYTE in reason
        self.stray += _STRAY in reason

    def warn(self, logger: logging.Logger, rejects_file: Path) -> None:
        """Warn of the records counted, if any, naming the rejects file and what to do."""
        if not self.count:
            return
        warn(logger, "%s: %s rejected because %s bytes do not decode as %s (see %s): %s", self.name,
             counted(self.count, "record"), "its" if self.count == 1 else "their",
             "UTF-8" if is_utf8(self.encoding) else self.encoding, rejects_file, self._cause())

    def _cause(self) -> str:
        if self.kind == "txt_folder":
            if not is_utf8(self.encoding):
                return (f"those files are in another encoding than {self.encoding}, or UTF-8 (which it would "
                        "garble); score them in a run of their own with theirs, or without encoding (--encoding) "
                        "when they are UTF-8")
            if self.single_byte:
                return ("the files are likely not UTF-8 but Windows-1252 or Latin-1, as older tools save them; score "
                        "them with encoding=\"cp1252\" (--encoding cp1252) (or latin-1), or convert each with iconv "
                        "-f cp1252 -t UTF-8 as the rejects file says")
        elif self.single_byte:
            return (f"the file is likely not UTF-8 but Windows-1252 or Latin-1, as Excel and older tools save it; "
                    f"convert it first, e.g. {iconv_command(self.name, 'cp1252')}, and score the converted file "
                    "into another out (--out), or into this one with overwrite=True (--overwrite); "
                    f"{_KINDS.get(self.kind, self.kind)} input is read as UTF-8 alone (encoding (--encoding) is for "
                    "a folder's .txt files)")
        if self.stray:
            return ("stray bytes in UTF-8 text, as text pasted from elsewhere brings: replace each with the "
                    "character meant (the rejects file names each byte)")
        return "the text is not UTF-8 there; the rejects file names each byte"
