"""Every error the library raises on purpose, in one place.

Each class names a kind of problem; each message names the bad value and how
to fix it. All derive from :class:`FramingError`, so callers can catch the
library's errors without catching programming mistakes.
"""

from __future__ import annotations

__all__ = [
    "FramingError",
    "InputError",
    "ModelError",
    "IntegrityError",
    "DataError",
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
