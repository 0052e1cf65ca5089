"""Every error the library raises on purpose, in one place.

Each class names a kind of problem; each message names the bad value and how
to fix it. All derive from :class:`FramingError`, so callers can catch the
library's errors without catching programming mistakes. A logged warning that
names a setting is worded by the same rule (:func:`warn`). On the command line
SIGTERM stops a command as Ctrl-C does (:func:`sigterm_interrupts`).
"""

from __future__ import annotations

import errno
import logging
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = [
    "FramingError",
    "InputError",
    "ModelError",
    "IntegrityError",
    "BaseEncoderError",
    "DataError",
    "OptionError",
    "MissingFileError",
    "MissingInputError",
    "MissingDataError",
    "MissingModelError",
]


#: A setting as messages name it for both callers: a keyword argument, its value if any, and the command-line
#: option in brackets, with the option's own value when it differs: "resume=True (--resume)", "out (--out)",
#: "text_column=NAME (--text-column NAME)", "text_column='my text' (--text-column)", "labels=['a', 'b'] (--labels
#: a,b)", "headline_column=False (--no-headline-column)". Only a pair whose keyword is the option's name (``_`` for
#: ``-``), or ``False`` beside the option of that name after ``--no-``, is one; "off (--no-context)" is left as
#: written.
_SETTING = re.compile(r"\b(?P<keyword>[a-z][a-z0-9_]*)(?:=(?P<value>'[^']*'|\"[^\"]*\"|\[[^\[\]()]*\]|[^\s()]+))?"
                      r" \((?P<option>--[a-z][a-z0-9-]*)(?P<option_value> [^()]+)?\)")


def _one_setting(pair: re.Match[str], command_line: bool) -> str:
    """The setting ``pair`` names, as the command line (``--resume``, ``--text-column NAME``) or Python
    (``resume=True``, ``text_column=NAME``) spells it; a match that is no such pair, as it was."""
    keyword, value, option, option_value = pair.group("keyword", "value", "option", "option_value")
    if value == "False" and option == "--no-" + keyword.replace("_", "-"):
        return option if command_line else f"{keyword}={value}"
    if option != "--" + keyword.replace("_", "-"):
        return pair.group()
    if not command_line:
        return keyword if value is None else f"{keyword}={value}"
    if option_value:
        return option + option_value
    return option if value in (None, "True") else f"{option} {value}"


def python_wording(message: str) -> str:
    """``message`` with each setting named as a keyword argument only: "use resume=True to continue it"."""
    return _SETTING.sub(lambda pair: _one_setting(pair, command_line=False), message)


def command_line_wording(message: str) -> str:
    """``message`` with each setting named as a command-line option only: "use --resume to continue it"."""
    return _SETTING.sub(lambda pair: _one_setting(pair, command_line=True), message)


#: How :func:`warn` names a setting: as a keyword argument, or as an option while a command runs. A context
#: variable, so a command running on one thread leaves a library call on another with the keyword's wording.
_warning_wording: ContextVar[Callable[[str], str]] = ContextVar("framing_warning_wording", default=python_wording)


def warn(logger: logging.Logger, message: str, *args: object) -> None:
    """Log the warning ``message % args``, which names a setting for both callers as an error's message does
    (``batch_tokens=512 (--batch-tokens 512)``), with each setting named for its caller alone: as a keyword
    argument (``batch_tokens=512``), or inside :func:`command_line_warnings` as an option (``--batch-tokens
    512``). Unlike an error, which is worded when it is shown, a logged record is already the text that any
    handler prints, so it is worded here."""
    logger.warning(_warning_wording.get()(message % args), stacklevel=2)


@contextmanager
def command_line_warnings() -> Iterator[None]:
    """Have :func:`warn` name settings as command-line options meanwhile, in this thread's context alone (other
    threads keep theirs): what the command line runs a command in."""
    earlier = _warning_wording.set(command_line_wording)
    try:
        yield
    finally:
        _warning_wording.reset(earlier)


#: The signal that stopped the running command through :func:`_interrupt` (SIGTERM); ``None`` for Ctrl-C.
_signal_received: int | None = None
#: Whether a signal has already stopped the running command, whose clean-up is then unwinding.
_stopping = False
#: Ctrl-C presses since then; the second says the command is still stopping, the third quits at once.
_presses_while_stopping = 0


def _interrupt(signum: int, frame: object) -> None:
    """Stop the command on SIGTERM (``timeout``, systemd, ``docker stop``) as Ctrl-C does: the KeyboardInterrupt
    unwinds through the same clean-up (a run's lock file removed, what is committed said, a training's best
    epoch saved), where Python's default would end the process without a word. A later signal is not raised
    inside that clean-up (that cut it short, and a generator's ``finally`` printed "Exception ignored ...
    KeyboardInterrupt" under the command's last line): a second Ctrl-C says the command is still stopping, a
    third quits at once (exit 130), for a clean-up that hangs, as ``kill -9`` would; a second SIGTERM is ignored."""
    global _signal_received, _stopping, _presses_while_stopping
    if not _stopping:
        _stopping = True
        _signal_received = None if signum == signal.SIGINT else signum
        raise KeyboardInterrupt
    if signum != signal.SIGINT:
        return
    _presses_while_stopping += 1
    if _presses_while_stopping == 1:
        sys.stderr.write("framing: still stopping (finishing what was begun); press Ctrl-C again to quit at once\n")
        sys.stderr.flush()
    else:
        os._exit(128 + signal.SIGINT)


@contextmanager
def sigterm_interrupts() -> Iterator[None]:
    """Have SIGTERM raise KeyboardInterrupt meanwhile, and Ctrl-C (unless the process ignores it) raise it once,
    through :func:`_interrupt`: what the command line runs a command in (here, not in the ``cli`` module, which
    ``python -m framing.cli`` runs as a second copy, ``__main__``)."""
    global _signal_received, _stopping, _presses_while_stopping
    _signal_received, _stopping, _presses_while_stopping = None, False, 0
    if threading.current_thread() is not threading.main_thread():  # only the main thread can handle signals
        yield
        return
    handled = [signal.SIGTERM]
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # not one ignored (a background job's)
        handled.append(signal.SIGINT)
    previous = {signum: signal.signal(signum, _interrupt) for signum in handled}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)


def interruption() -> tuple[str, int]:
    """What stopped the command, as its last line says it, and its exit status, 128 + the signal's number:
    130 for Ctrl-C (SIGINT), 143 for SIGTERM."""
    if _signal_received is None:
        return "interrupted", 128 + signal.SIGINT
    return f"interrupted ({signal.Signals(_signal_received).name})", 128 + _signal_received


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and ``noun`` for a message, plural unless ``n`` is 1: "1 sentence", "1,204 documents"; ``plural``
    where adding an s will not do ("worker processes", "lines hold")."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def written_message(exc: BaseException) -> str:
    """``exc``'s message as written, a setting named for both callers (``str()`` of a :class:`FramingError`
    names it for Python alone): to build another error's message on, or to word for the command line."""
    return str(exc.args[0]) if isinstance(exc, FramingError) and len(exc.args) == 1 else str(exc)


class FramingError(Exception):
    """Base class of the errors raised by framing.

    A message names a setting for both callers, ``resume=True (--resume)``; ``str()`` shows the keyword
    argument alone (see :func:`python_wording`), and the command line shows the option alone from the
    message as written (``args[0]``, see :func:`command_line_wording`).
    """

    def __str__(self) -> str:
        return python_wording(super().__str__())


class InputError(FramingError, ValueError):
    """A value passed to a public function has the right type but is unusable."""


class ModelError(FramingError):
    """A model directory is missing, unsafe or inconsistent."""


class IntegrityError(ModelError):
    """A file's checksum differs from the one it must have."""


class BaseEncoderError(ModelError):
    """The verified base encoder package is not installed, or a file of it is missing: a problem of this
    installation, not of the model folder that names the encoder."""


class DataError(FramingError, ValueError):
    """A data file or table cannot be used (missing column, bad row, ...)."""


class OptionError(InputError, DataError):
    """Options that do not fit the input, found before any record is read: a text column named for a folder of
    ``.txt`` files, the headline column also the text or id column, an output inside the input folder; or
    that do not fit each other (``compile=True`` with ``precision='int8'``), found before the model loads.

    An :class:`InputError` and a :class:`DataError` (each such error was one of them), and on the command
    line a usage error, with exit status 2, where an error found reading the data exits 1.
    """


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
        return python_wording(str(self.args[0]))  # the message, not OSError's "[Errno 2] ...: 'path'"

    def __reduce__(self) -> tuple[type, tuple[str, str], dict[str, object]]:
        # OSError's own would call the class with (errno, strerror, filename) on unpickling (Ray workers)
        return type(self), (self.args[0], self.filename), self.__dict__


class MissingInputError(MissingFileError, InputError):
    """A missing file or folder given as an argument: a text file to read, :func:`framing.score`'s input."""


class MissingDataError(MissingFileError, DataError):
    """A missing data file: :func:`framing.train`'s ``train``/``eval``, :func:`framing.evaluate`'s ``data``."""


class MissingModelError(MissingFileError, ModelError):
    """A missing model folder: :func:`framing.load`'s ``path``, a ``model`` or ``base`` argument."""
