"""Every error the library raises on purpose, in one place.

Each class names a kind of problem; each message names the bad value and how
to fix it. All derive from :class:`FramingError`, so callers can catch the
library's errors without catching programming mistakes.
"""

from __future__ import annotations

import errno
import os

__all__ = [
    "FramingError",
    "InputError",
    "ModelError",
    "IntegrityError",
    "DataError",
    "MissingFileError",
    "MissingInputError",
    "MissingDataError",
    "MissingModelError",
]


class FramingError(Exception):
    """Base class of the errors raised by framing."""


class InputError(FramingError, ValueError):
    """A value passed to a public function has the right type but is unusable."""


class ModelError(FramingError):
    """A model directory is missing, unsafe or inconsistent."""


class IntegrityError(ModelError):
    """A file's checksum differs from the one it must have."""


class DataError(FramingError, ValueError):
    """A data file or table cannot be used (missing column, bad row, ...)."""


class MissingFileError(FramingError, FileNotFoundError):
    """A path given to framing names nothing: no file or folder is there.

    One class to catch for "that path does not exist", whichever entry point
    was called; also a :class:`FileNotFoundError` whose ``filename`` is the
    path. Raised as the subclass that is also the entry point's class for
    its kind of path (:class:`MissingInputError`, :class:`MissingDataError`,
    :class:`MissingModelError`), so a handler of that class catches it too.
    """

    def __init__(self, message: str, path: str | os.PathLike[str]) -> None:
        super().__init__(message)
        self.errno, self.strerror, self.filename = errno.ENOENT, os.strerror(errno.ENOENT), os.fspath(path)

    def __str__(self) -> str:
        return str(self.args[0])  # the message, not OSError's "[Errno 2] ...: 'path'"

    def __reduce__(self) -> tuple[type, tuple[str, str], dict[str, object]]:
        # OSError's own would call the class with (errno, strerror, filename) on unpickling (Ray workers)
        return type(self), (self.args[0], self.filename), self.__dict__


class MissingInputError(MissingFileError, InputError):
    """A missing file or folder given as an argument: a text file to read, :func:`framing.score`'s input."""


class MissingDataError(MissingFileError, DataError):
    """A missing data file: :func:`framing.train`'s ``train``/``eval``, :func:`framing.evaluate`'s ``data``."""


class MissingModelError(MissingFileError, ModelError):
    """A missing model folder: :func:`framing.load`'s ``path``, a ``model`` or ``base`` argument."""
