"""Input checks shared by every public entry point."""

from __future__ import annotations

import json
import numbers
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from functools import wraps
from typing import Any, ParamSpec, TypeVar, cast

from .errors import InputError

#: The most sentences a model's context may hold (here, not in ``model``, so the command line can check it
#: without loading torch).
MAX_CONTEXT_SENTENCES = 4

__all__ = ["check_text", "check_texts", "check_positive", "check_flag", "check_column", "check_names", "check_path",
           "check_table", "folder_problem", "creation_error", "split_names", "did_you_mean", "surrogate_problem",
           "is_missing", "not_text", "device_problem", "check_precision", "unique_keys", "RepeatedKey", "read_json",
           "json_limits", "JsonLimit", "PRECISIONS", "row_name", "command_line_keywords", "similar_folder_hint",
           "closest_name"]

_P = ParamSpec("_P")
_R = TypeVar("_R")


def command_line_keywords(names: Mapping[str, str]) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """Make a function refuse a keyword it lacks with a ``TypeError`` that says what to pass instead, where
    Python's own says only that the keyword is unexpected: for a keyword named as the ``framing`` command
    names its option (``out=`` for ``framing.train``'s ``output_dir=``) or as another library names a
    setting, the advice ``names`` maps it to (``"output_dir= (the command's --out)"``); for a mistyped one
    (``progres=``), the closest keyword the function takes. Only keywords the function lacks are looked
    at, before it runs."""
    def decorate(function: Callable[_P, _R]) -> Callable[_P, _R]:
        accepted = _keyword_names(function)

        @wraps(function)
        def checked(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            for keyword in kwargs:  # the first such keyword, as given
                if keyword in names or (accepted is not None and keyword not in accepted):
                    raise TypeError(_unexpected_keyword(function, keyword, names, accepted or ()))
            return function(*args, **kwargs)
        return checked
    return decorate


def _keyword_names(function: Callable[..., Any]) -> frozenset[str] | None:
    """The keywords ``function`` takes, or ``None`` when it takes any (``**kwargs``)."""
    import inspect

    parameters = inspect.signature(function).parameters.values()
    if any(p.kind is p.VAR_KEYWORD for p in parameters):
        return None
    return frozenset(p.name for p in parameters if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY))


def _unexpected_keyword(function: Callable[..., Any], keyword: str, names: Mapping[str, str],
                        accepted: Iterable[str]) -> str:
    """Python's message for an unexpected keyword, with what to pass: ``names``' advice for it, else the
    closest keyword ``function`` takes (none for a name close to nothing)."""
    message = f"{function.__qualname__}() got an unexpected keyword argument {keyword!r}"
    if keyword in names:
        return f"{message}; pass {names[keyword]}"
    return message + did_you_mean(keyword, sorted(n for n in accepted if n != "self"))


#: The precisions a model can run in (see :func:`framing.engine.resolve_precision`).
PRECISIONS = ("auto", "fp32", "bf16", "fp16", "int8")


def check_precision(precision: object) -> None:
    """Refuse a precision that is none of :data:`PRECISIONS`."""
    if precision not in PRECISIONS:
        raise InputError(f"precision must be 'auto', 'fp32', 'bf16', 'fp16' or 'int8', got {precision!r}")


def check_text(text: object, name: str = "text") -> str:
    """Return ``text`` if it is a ``str`` of valid Unicode; raise ``TypeError`` otherwise, naming its type or the
    missing value it is, and :class:`InputError` for an unpaired surrogate (a ``\\ud800`` escape in JSON), which no
    tokenizer can read."""
    if not isinstance(text, str):
        raise TypeError(not_text(text, name))
    problem = surrogate_problem(text)
    if problem:
        raise InputError(f"{name} {problem}")
    return text


def not_text(value: object, name: str, expected: str = "str") -> str:
    """Why ``value``, which is no ``str``, cannot be read as the text ``name`` (of the ``expected`` kinds): a
    missing value (``None``, a pandas NaN) is named as such, a gap in a column to drop first, not a text of the
    wrong type ("got float"); bytes are to be decoded."""
    if is_missing(value):
        return (f"{name} is a missing value ({value!r}), not a text: drop missing values first "
                "(series.dropna(), or [t for t in texts if t is not None])")
    return (f"{name} must be {expected}, got {type(value).__name__}"
            + (" (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(value, (bytes, bytearray)) else ""))


def surrogate_problem(text: str) -> str | None:
    """"holds an unpaired surrogate ..." when ``text`` is not valid Unicode, else ``None``."""
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return (f"holds an unpaired surrogate (\\u{ord(text[exc.start]):04x}) at character {exc.start}: not valid "
                "Unicode text (a surrogate pair kept as two code points counts too: join it first)")
    return None


def is_missing(value: object) -> bool:
    """Whether ``value`` is a missing value: ``None``, a NaN of any float type, or pandas' ``NA``/``NaT``."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return True
    if isinstance(value, float):
        return value != value
    if type(value).__module__ == "numpy" and getattr(value, "ndim", None) == 0:
        try:
            return bool(value != value)
        except (TypeError, ValueError):
            return False
    return False


def check_texts(texts: object, name: str = "texts") -> list[str]:
    """Return ``texts`` as a list of ``str``, naming the first bad item's index and type."""
    reject_single_text(texts, name)
    out: list[str] = []
    for index, item in enumerate(cast(Iterable[object], texts)):
        if not isinstance(item, str):
            raise TypeError(not_text(item, f"{name}[{index}]"))
        problem = surrogate_problem(item)
        if problem:
            raise InputError(f"{name}[{index}] {problem}")
        out.append(item)
    return out


def reject_single_text(texts: object, name: str = "texts") -> None:
    """Raise ``TypeError`` for a lone string or bytes, a mapping, a table, a set or an array of more than
    one dimension where a collection of texts belongs, and for anything that cannot be iterated (at once,
    not when a lazy consumer first reads it).

    Iterating a string, mapping or DataFrame would silently go character by character, key by key or
    column name by column name; a set has no order to give results back in.
    """
    if not isinstance(texts, Iterable):
        raise TypeError(f"{name} must be a sequence of str, got {type(texts).__name__}")
    if isinstance(texts, (str, bytes, bytearray)):
        raise TypeError(f"{name} must be a sequence of str, got a single {type(texts).__name__}; wrap it in a list")
    if isinstance(texts, Mapping):
        raise TypeError(f"{name} must be a sequence of str, got a {type(texts).__name__}; pass its values "
                        "(e.g. list(d.values())) if they are the texts")
    if hasattr(texts, "columns"):
        raise TypeError(f"{name} must be a sequence of str, got a {type(texts).__name__} (read as its column "
                        "names); pass the column of texts, e.g. df['text']")
    dimensions = getattr(texts, "ndim", 1)
    if dimensions != 1:
        raise TypeError(f"{name} must be a sequence of str, got a {dimensions}-dimensional {type(texts).__name__}; "
                        "pass a one-dimensional one (e.g. its column or .ravel())")
    if isinstance(texts, (set, frozenset)):
        raise TypeError(f"{name} must be a sequence of str, got a {type(texts).__name__}, which is unordered "
                        f"(results would come back in no set order); pass a list, e.g. sorted({name})")


def check_positive(value: object, name: str) -> int:
    """Return ``value`` as a positive ``int``: any integer type (a NumPy ``int64`` becomes an ``int``, which
    JSON records take), but not a ``bool``. A value of another type is named with its type and the fix
    (``'3'``, text read from a form or a config file, is no number)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise InputError(f"{name} must be a positive integer, got {value!r}, {_wrong_number_type(value)}")
    if value <= 0:
        raise InputError(f"{name} must be a positive integer, got {value!r}")
    return int(value)


def _wrong_number_type(value: object) -> str:
    """What is wrong with the type of ``value``, given where a positive whole number is wanted, and how to pass one:
    the number itself only where it is one ("3", 2.0; not "0", -2.0, which would be refused in turn)."""
    kind = type(value).__name__
    if isinstance(value, str) and value.strip().isdecimal() and int(value) > 0:  # not "²", which int() refuses
        return f"a {kind} (text), not a number: pass {int(value)}, without quotes"
    if isinstance(value, bool):
        return f"a {kind}, not a number"
    if isinstance(value, numbers.Real) and float(value).is_integer() and float(value) > 0:
        return f"a {kind}: pass the whole number {int(float(value))}"
    return f"a {kind}: pass a whole number"


def check_flag(value: object, name: str, none: bool = False) -> None:
    """Raise ``TypeError`` unless ``value`` is ``True`` or ``False`` (or, with ``none``, ``None``): a string
    such as ``"no"`` is truthy and would turn the option on."""
    if not isinstance(value, bool) and not (none and value is None):
        allowed = "True, False or None" if none else "True or False"
        raise TypeError(f"{name} must be {allowed}, got {type(value).__name__} {value!r}")


def check_column(value: object, name: str, none: bool = False) -> None:
    """Raise ``TypeError`` unless ``value`` is a column name (a ``str``; with ``none``, ``None`` too), and
    :class:`InputError` for an empty one."""
    if not isinstance(value, str) and not (none and value is None):
        allowed = "a column name (str) or None" if none else "a column name (str)"
        raise TypeError(f"{name} must be {allowed}, got {type(value).__name__} {value!r}")
    if value is not None and not value:
        raise InputError(f"{name} is empty; give a column name")


def check_names(value: object, name: str) -> list:
    """``value`` as a list: it must be an ordered collection of names (a list or tuple, say), not one string,
    a mapping, a set or a single value, which would be read character by character, key by key, in no
    order or not at all."""
    if isinstance(value, (str, bytes, bytearray)):
        raise TypeError(f"{name} must be a list of names, got a single {type(value).__name__}; wrap it in a list")
    if isinstance(value, (Mapping, set, frozenset)) or not isinstance(value, Iterable):
        raise TypeError(f"{name} must be a list of names, got {type(value).__name__}")
    return list(value)


def split_names(value: str) -> list[str]:
    """Names given on the command line as one value (``--labels``, ``--keep-columns``): split at commas, with
    the spaces around each name dropped, or a JSON list of strings, taken exactly as written, for names that
    hold a comma or spaces at either end (a column named " date "). ``ValueError`` (saying what is wrong, for
    the caller to name its option) for a value that starts with ``[`` but is no JSON list of strings."""
    if not value.lstrip().startswith("["):
        return [name.strip() for name in value.split(",")]
    try:
        names = read_json(value)
    except ValueError as exc:
        raise ValueError(f"starts with '[' but is not a JSON list ({exc}): {value!r}") from None
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise ValueError(f"as JSON must be a list of strings, got {value!r}")
    return names


def check_path(value: object, name: str, what: str) -> None:
    """Raise ``TypeError`` unless ``value`` is a ``str`` or ``os.PathLike`` path, ``InputError`` if it is empty.

    ``what`` says what the path should name, e.g. ``"a folder path"``.
    """
    if not isinstance(value, (str, os.PathLike)) or not isinstance(os.fspath(value), str):
        raise TypeError(f"{name} must be {what} (str or os.PathLike), got {type(value).__name__}")
    if not os.fspath(value):
        raise InputError(f"{name} is empty; give {what}")


def check_table(value: object, name: str) -> None:
    """Raise ``TypeError`` unless ``value`` is a table :func:`framing.train` reads: a file path, a
    ``datasets.Dataset``, a pandas DataFrame or a list of row dicts (the rows are checked when read)."""
    if isinstance(value, (str, os.PathLike)):
        check_path(value, name, "a CSV, TSV, JSONL or Parquet file path")
        return
    is_pandas = all(hasattr(value, a) for a in ("to_dict", "columns", "iloc"))
    is_dataset = hasattr(value, "column_names") and hasattr(value, "to_list")
    if not (is_pandas or is_dataset or isinstance(value, (list, tuple))):
        raise TypeError(f"{name} must be a CSV, TSV, JSONL or Parquet file path (str or os.PathLike), a "
                        f"datasets.Dataset, a pandas DataFrame or a list of row dicts, got {type(value).__name__}")


def folder_problem(path: str | os.PathLike, beside: bool = False) -> str | None:
    """Why the folder ``path`` cannot be created or written, or ``None``.

    A folder that exists must be writable; otherwise its nearest existing
    parent must be a writable folder. ``beside``: files are also written next
    to the folder (``framing score``'s manifest), so its parent must be
    writable too. Writable means a file could be created there
    (:func:`creation_error`), not only that ``os.access`` says so.
    """
    target = Path(path).resolve()
    if target.exists() and not target.is_dir():
        return f"{path} exists and is not a folder"
    places = [target] if target.exists() else []
    if beside or not target.exists():
        parent = target.parent
        while not parent.exists():
            parent = parent.parent
        places.append(parent)
    for place in places:
        if not place.is_dir():
            return f"{path} cannot be created: {place} is a file"
        if not os.access(place, os.W_OK | os.X_OK):
            if _read_only_file_system(place):
                return f"{path} cannot be written: the file system of {place} is read-only"
            return f"{path} cannot be written: no permission to write in {place}"
        error = creation_error(place)
        if error is not None:
            return f"{path} cannot be written: cannot create files in {place} ({error.strerror or error})"
    return None


def creation_error(folder: Path) -> OSError | None:
    """What creating a file in ``folder`` raised, or ``None`` when one could be (it is removed at once).

    Tried, since ``os.access`` says yes to root wherever a folder takes no new file (/proc, /sys).
    """
    try:
        tempfile.TemporaryFile(dir=folder).close()
    except OSError as exc:
        return exc
    return None


def _read_only_file_system(folder: Path) -> bool:
    """Whether ``folder`` is on a file system mounted read-only (``os.access`` says no for it as for permissions;
    the fix differs). ``False`` where ``statvfs`` does not tell (Windows)."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):
        return False


def row_name(position: int, label: Any) -> str:
    """How messages name a DataFrame's row at ``position`` (from 0) with the index ``label``: ``"row 5"``, with
    the label where it differs (``"row 5 (index 24)"``), so a row is found with ``iloc`` or ``loc`` alike."""
    return f"row {position}" if _same_number(label, position) else f"row {position} (index {label!r})"


def _same_number(label: Any, position: int) -> bool:
    """Whether a DataFrame's index label is its row's position (a fresh RangeIndex), so naming it adds nothing."""
    return isinstance(label, int) and not isinstance(label, bool) and label == position


def did_you_mean(name: str, names: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest of ``names`` to a mistyped ``name``, or ``""``."""
    close = closest_name(name, names)
    return f" (did you mean {close!r}?)" if close is not None else ""


def closest_name(name: str, names: Iterable[str]) -> str | None:
    """The one of ``names`` closest to a mistyped ``name`` (difflib's ratio 0.75 or more), or ``None``."""
    import difflib

    close = difflib.get_close_matches(str(name), [str(n) for n in names], n=1, cutoff=0.75)
    return close[0] if close else None


def similar_folder_hint(missing: Path, holds: Iterable[str] = ()) -> str:
    """`` (did you mean 'mymodel'?)`` for a folder beside the ``missing`` one whose name is close to its name
    (a typo, ``mymodle``) and that holds every file named in ``holds``, written as ``missing`` was (its
    folder part kept), or ``""``; an unreadable or missing parent folder gives ``""``."""
    parent = missing.parent
    try:
        names = [entry.name for entry in parent.iterdir()
                 if entry.is_dir() and all((entry / name).is_file() for name in holds)]
    except OSError:
        return ""
    close = closest_name(missing.name, names)
    return "" if close is None else f" (did you mean {os.fspath(parent / close)!r}?)"


def device_problem(device: str) -> str | None:
    """Why ``device`` names no device this library runs on ('cpu', 'cuda', 'cuda:N'), or ``None``;
    whether CUDA is there is the engine's to check when the model loads."""
    if re.fullmatch(r"(?:cpu|cuda)(?::[0-9]+)?", device):
        return None
    return f"expected cpu, cuda or cuda:N, got {device!r}"


def label_problem(name: str) -> str | None:
    """What is wrong with a label name, or ``None``: a control or invisible character (which would reach
    terminals and tables raw), whitespace other than single spaces, or accents not in composed form (two
    names that look the same would be two classes)."""
    odd = next((ch for ch in name if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")), None)
    if odd is not None:
        return f"holds a control or invisible character (U+{ord(odd):04X})"
    if " ".join(name.split()) != name or any(ch.isspace() and ch != " " for ch in name):
        return "holds a tab, line break, no-break space or a run of spaces; write single spaces between words"
    if unicodedata.normalize("NFC", name) != name:
        return ("has accents written as separate marks; write it in composed form "
                "(unicodedata.normalize('NFC', name))")
    return None


class RepeatedKey(ValueError):
    """A JSON object that names a key twice (:func:`unique_keys`)."""

    def __init__(self, key: str) -> None:
        super().__init__(f"key {key!r} appears twice in one object")
        self.key = key


def unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object's pairs as a dict (``json.loads(..., object_pairs_hook=unique_keys)``); a repeated key
    raises :class:`RepeatedKey`, where ``json`` would keep the last value without a word."""
    obj = dict(pairs)
    if len(obj) != len(pairs):
        from collections import Counter

        raise RepeatedKey(next(key for key, n in Counter(key for key, _ in pairs).items() if n > 1))
    return obj


class JsonLimit(ValueError):
    """JSON that Python's ``json`` cannot read, though it may be valid (:func:`json_limits`); its message is the
    short reason, for a reject or an error that names the file and line."""


@contextmanager
def json_limits() -> Iterator[None]:
    """Around reading JSON from users: nesting too deep for Python's recursion limit (a ``RecursionError``) and
    an integer longer than ``sys.get_int_max_str_digits()`` (a ``ValueError`` that names no place) raise
    :class:`JsonLimit` instead, so that such a line is refused, or rejected, like broken JSON."""
    try:
        yield
    except RecursionError:
        raise JsonLimit(f"nested too deeply (arrays or objects more than about {sys.getrecursionlimit():,} levels "
                        "deep)") from None
    except ValueError as exc:
        if "integer string conversion" not in str(exc):  # broken JSON, bad UTF-8, a repeated key
            raise
        raise JsonLimit(f"a number with more than {sys.get_int_max_str_digits()} digits (Python reads no longer "
                        "integer; write it as a string)") from None


def read_json(text: str | bytes, object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None) -> Any:
    """``json.loads`` under :func:`json_limits`: JSON from users."""
    with json_limits():
        return json.loads(text, object_pairs_hook=object_pairs_hook)
