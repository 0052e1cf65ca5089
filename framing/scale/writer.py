"""Chunked, resumable output: part files, a manifest, a commit log and a rejects file.

Layout of an output folder ``OUT``::

    OUT/part-000000.parquet     rows (or part-000000.jsonl with format="jsonl")
    OUT/part-000001.parquet
    OUT.manifest.json           from which input and model, with which settings; the parts committed
                                when it was written
    OUT.commits.jsonl           while a run is unfinished: a line per commit since the manifest was written
    OUT.rejects.jsonl           one line per rejected record: id, record, where, reason

A chunk is committed in three steps: its part file is written under a
temporary name and renamed into place; its rejects are appended to the
rejects file; then one line is appended to the commit log and flushed to
disk, naming the part and the progress after it (the records, the rejects
file's committed length, the input position to continue from). That line is
the commit, and its cost does not grow with the number of parts: a crash
before it leaves an unlisted part or extra rejects lines, which a resume
deletes or truncates, and a crash while it is written leaves a last line cut
short, which is no commit; so no row is ever duplicated or lost.

The manifest is written whole (under a temporary name, then renamed) only as
a run starts, resumes or finishes. Each time it takes in every commit so far
and names a new commit log by a fresh id, so the lines of the log it replaces
no longer count; a complete output's manifest lists every part and names no
log. :func:`read_manifest` gives the manifest with its log's commits taken
in. A manifest of an older framing, which lists every part and names no log,
reads and resumes as one written at a finish.

``OUT`` holds nothing but committed part files (and, while a run writes,
hidden ``.*.tmp`` and lock files, which ``pyarrow.dataset`` and ``datasets``
skip), so it reads as a plain Parquet dataset. In JSON Lines a chunk without
rows (only rejects) gets no part file, since an empty file is no JSON a
reader accepts: its commit is the logged progress alone.

A new run first replaces an earlier run's manifest with its own empty one,
and only then deletes the earlier parts, so a run stopped part way never
leaves a manifest listing parts that are gone.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import time
from pathlib import Path, PurePath
from typing import Any, TextIO, TypeGuard

from ..errors import DataError, InputError, counted
from ..textio import DEFAULT_ENCODING, LINE_ENDS, json_line
from ..validation import check_path
from .appended import Appended

__all__ = ["ChunkWriter", "commit_log_path", "manifest_path", "rejects_path", "read_manifest"]

logger = logging.getLogger(__name__)

#: 2: commits go to a commit log named by the manifest; 1 (older framing): every commit rewrote the manifest.
_MANIFEST_VERSION = 2
_PART = re.compile(r"^part-(\d+)\.(parquet|jsonl)$")
_LOCK_NAME = ".framing-score.lock"


def _beside(out: str | os.PathLike, suffix: str) -> Path:
    check_path(out, "out", "a folder path")  # as framing.score checks it, not Path's "expected str, bytes ..."
    out = Path(out)
    if not out.name or out.name in (".", ".."):
        out = out.resolve()
    return out.with_name(out.name + suffix)


def rejects_path(out: str | os.PathLike) -> Path:
    """``OUT.rejects.jsonl``, beside the output folder."""
    return _beside(out, ".rejects.jsonl")


def manifest_path(out: str | os.PathLike) -> Path:
    """``OUT.manifest.json``, beside the output folder."""
    return _beside(out, ".manifest.json")


def commit_log_path(out: str | os.PathLike) -> Path:
    """``OUT.commits.jsonl``, beside the output folder: the commits of an unfinished run since its manifest
    was written."""
    return _beside(out, ".commits.jsonl")


class WriteFailed(DataError):
    """A write to the output failed (disk full, quota, permissions); the message already says what is
    committed and how to go on."""


class ForeignManifest(DataError):
    """The file where an output's manifest belongs is not one: not JSON, or JSON of another shape.
    ``overwrite=True`` replaces it."""


def read_manifest(out: str | os.PathLike) -> dict[str, Any] | None:
    """The manifest of an output folder with the commits of its commit log taken in (every committed part,
    the progress of the last commit), or ``None`` when there is none.

    Raises :class:`DataError` when it cannot be read, and :class:`ForeignManifest` when it is not a
    manifest 'framing score' writes (another JSON file in its place)."""
    manifest = _read_manifest_file(manifest_path(out))
    if manifest is None:
        return None
    log_id = manifest.pop("commit_log", None)
    if log_id is not None:
        for commit in _logged_commits(commit_log_path(out), log_id):
            if commit["part"] is not None:
                manifest["parts"].append(commit["part"])
            manifest["progress"], manifest["updated"] = commit["progress"], commit["at"]
    return manifest


def _read_manifest_file(path: Path) -> dict[str, Any] | None:
    """The manifest file as written, or ``None`` when there is none."""
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DataError(f"{path}: unreadable manifest ({exc.strerror or exc})") from None
    except ValueError as exc:
        raise ForeignManifest(f"{path}: not a framing score manifest (not JSON: {exc}); use overwrite=True "
                              "(--overwrite) to replace it") from None
    problem = _manifest_problem(manifest)
    if problem:
        raise ForeignManifest(f"{path}: not a framing score manifest ({problem}); use overwrite=True "
                              "(--overwrite) to replace it")
    version = manifest.get("manifest_version", 1)
    if isinstance(version, int) and version > _MANIFEST_VERSION:
        # a later framing's layout (say, another commit log) read as this one's would drop its parts
        raise DataError(f"{path}: written by a later framing (manifest version {version}; this one reads up to "
                        f"{_MANIFEST_VERSION}); resume it with that framing, or use overwrite=True (--overwrite)")
    return manifest


def _logged_commits(path: Path, log_id: str) -> list[dict[str, Any]]:
    """The commits of the log ``log_id`` at ``path``, in order, up to the first line that is not one.

    A line cut short (a run killed or a disk filled as it was written) is no commit, nor is a line of a log
    that an earlier manifest named. Each commit holds the whole progress after it, so the commits before any
    line are a committed state: a resume redoes what the lines from there held."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise DataError(f"{path}: unreadable commit log ({exc.strerror or exc})") from None
    commits = []
    for line in data.split(b"\n")[:-1]:  # what follows the last line end is no whole line
        commit = _logged_commit(line, log_id)
        if commit is None:
            break
        commits.append(commit)
    return commits


def _logged_commit(line: bytes, log_id: str) -> dict[str, Any] | None:
    """The commit a line of the log ``log_id`` records, or ``None`` for a line that is not one."""
    try:
        commit = json.loads(line)
    except ValueError:
        return None
    if not isinstance(commit, dict) or commit.get("log") != log_id or not isinstance(commit.get("progress"), dict):
        return None
    part = commit.get("part")
    if _progress_problem(commit["progress"]) or not (part is None or _is_part(part)):
        return None
    return commit


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_part(part: Any) -> bool:
    return isinstance(part, dict) and isinstance(part.get("file"), str)


def _progress_problem(progress: dict[str, Any]) -> str | None:
    """What makes a manifest's or commit's ``progress`` other than the counts a run reads back, or ``None``."""
    wrong = [key for key in ("records", "documents", "sentences", "rows", "rejects", "rejects_bytes")
             if key in progress and not _is_count(progress[key])]
    wrong += [key for key in ("records", "documents") if key not in progress]
    return f"its progress {wrong[0]!r} is not a count" if wrong else None


#: JSON's names for the Python types whose name is not the one JSON uses.
_KIND_NAMES = {bool: "boolean", str: "string"}


def _manifest_problem(manifest: Any) -> str | None:
    """What makes parsed JSON other than a manifest this module writes (the fields a run reads back), or
    ``None``."""
    if not isinstance(manifest, dict):
        return f"a JSON {type(manifest).__name__}, not an object"
    progress, parts = manifest.get("progress"), manifest.get("parts")
    if not isinstance(progress, dict):
        return "its 'progress' is not an object"
    problem = _progress_problem(progress)
    if problem:
        return problem
    if not isinstance(parts, list) or not all(_is_part(part) for part in parts):
        return "its 'parts' is not a list of part files"
    for key, kind in (("complete", bool), ("settings", dict), ("input", dict), ("model", dict),
                      ("resumes", list), ("commit_log", str)):
        if key in manifest and not isinstance(manifest[key], kind):
            return f"its {key!r} is not a JSON {_KIND_NAMES.get(kind, kind.__name__)}"
    return None


def _replaceable_manifest(out: str | os.PathLike, overwrite: bool) -> dict[str, Any] | None:
    """:func:`read_manifest`, except that with ``overwrite`` a file that is not a manifest counts as none
    (the run replaces it)."""
    try:
        return read_manifest(out)
    except ForeignManifest:
        if not overwrite:
            raise
        logger.info("%s: not a framing score manifest; overwrite replaces it", manifest_path(out))
        return None


def holds_scores(manifest: dict[str, Any] | None) -> TypeGuard[dict[str, Any]]:
    """Whether an earlier run's manifest records scored documents, which a new run must not replace
    unasked; one that scored none (stopped before its first commit, or rejected every record) is replaced."""
    return manifest is not None and manifest.get("progress", {}).get("documents", 0) > 0


def check_output(out: str | os.PathLike, resume: bool, overwrite: bool) -> None:
    """The checks on ``out`` that need no model, made before one loads: a folder path that can be
    created and written, and an earlier output only with ``resume`` or ``overwrite``."""
    from ..validation import folder_problem

    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder; out (--out) names a folder of part files")
    problem = folder_problem(out, beside=True)  # the manifest and rejects file sit beside the folder
    if problem:
        raise InputError(problem)
    existing = _replaceable_manifest(out, overwrite)
    if holds_scores(existing) and not (resume or overwrite):
        raise _earlier_output(out, existing)
    if existing is None and out.is_dir():
        _refuse_foreign_files(out)


def _some(names: list[str], shown: int) -> str:
    """The first ``shown`` names, with ``...`` only when there are more."""
    return ", ".join(names[:shown]) + (", ..." if len(names) > shown else "")


def _refuse_foreign_files(out: Path) -> None:
    """Refuse a folder holding files that are not 'framing score' output (parts, its lock, temporaries)."""
    others = [p.name for p in out.iterdir() if p.name != _LOCK_NAME and not _PART.match(p.name)
              and not (p.name.startswith(".") and p.name.endswith(".tmp"))]
    if others:
        raise DataError(f"{out}: the folder is not empty ({_some(sorted(others), 3)}) and is not "
                        "the output of 'framing score'; choose a new or empty folder for out (--out)")


def _earlier_output(out: Path, existing: dict[str, Any]) -> DataError:
    done = existing.get("progress", {})
    committed = counted(done.get("documents", 0), "document")
    if not out.is_dir():  # the folder was deleted, its manifest left beside it
        return DataError(f"{out}: is gone, but {manifest_path(out).name} beside it records an earlier run's output "
                         f"there ({committed} committed); use overwrite=True (--overwrite) to start again, or another "
                         "out (--out)")
    if existing.get("complete"):  # nothing is left to continue (resume=True would answer "already complete")
        return DataError(f"{out}: already holds the complete output of an earlier run ({committed} committed); use "
                         "overwrite=True (--overwrite) to score again, or another out (--out)")
    return DataError(f"{out}: holds the incomplete output of an earlier run ({committed} committed); use resume=True "
                     "(--resume) to continue it, overwrite=True (--overwrite) to start again, or another out (--out)")


def _manifest_text(manifest: dict[str, Any]) -> str:
    """The manifest as indented JSON with one line per part: indenting the parts list too would run
    Python's slow encoder over every part of a long run."""
    head = json.dumps({k: v for k, v in manifest.items() if k != "parts"}, ensure_ascii=False, indent=1)
    # one call of the fast compact encoder, then a line per part (a part holds no nested object)
    parts = json.dumps(manifest["parts"], ensure_ascii=False)[1:-1].replace("}, {", "},\n  {")
    return head[:-2] + (f',\n "parts": [\n  {parts}\n ]\n}}\n' if parts else ',\n "parts": []\n}\n')


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class ChunkWriter:
    """Writes committed chunks of rows to ``out`` and keeps the manifest and its commit log.

    ``identity`` holds ``input``, ``model`` and ``settings`` dicts; ``input``
    and ``model`` carry a ``fingerprint``. Resuming (``resume=True``) into an
    output whose fingerprints or settings differ raises :class:`DataError`
    naming what differs. ``schema`` is the Arrow schema of the rows.
    """

    def __init__(self, out: str | os.PathLike, fmt: str, schema, identity: dict[str, Any],
                 resume: bool = False, overwrite: bool = False, appended: Appended | str = "") -> None:
        if fmt not in ("parquet", "jsonl"):
            raise InputError(f"format must be 'parquet' or 'jsonl', got {fmt!r}")
        self.out = Path(out)
        self.fmt = fmt
        self.schema = schema
        self.rejects_file = rejects_path(self.out)
        self.manifest_file = manifest_path(self.out)
        self.log_file = commit_log_path(self.out)
        self._lock: TextIO | None = None
        self.manifest: dict[str, Any] = {}  # the output's manifest, once the folder is checked below
        # the commit log this writer appends to (named by the manifest it wrote last) and its committed length
        self._log_id: str | None = None
        self._log_bytes = 0
        if self.out.exists() and not self.out.is_dir():
            raise InputError(f"{self.out}: exists and is not a folder; out (--out) names a folder of part files")
        created = not self.out.exists()
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"{self.out}: cannot create the output folder ({exc.strerror or exc})") from None
        try:
            self._take_lock()
            existing = _replaceable_manifest(self.out, overwrite)
            # An earlier run that scored nothing (it stopped before its first commit, or every record it read
            # was rejected) left nothing to keep or continue, whatever its input and settings: a new run
            # replaces it, as with overwrite.
            committed = existing if holds_scores(existing) else None
            if committed is not None and resume:
                self._check_identity(committed, identity, appended)
                self.manifest = committed
                self._recover()
                if isinstance(appended, Appended):  # records appended since: reopen a complete output for them
                    logger.info("%s: %s bytes appended to the input since it was scored (%s bytes then, %s now); "
                                "scoring the records after record %d", self.out, f"{appended.now - appended.then:,}",
                                f"{appended.then:,}", f"{appended.now:,}", committed["progress"]["records"])
                    self.manifest = {**self.manifest, "input": identity["input"], "complete": False}
                    self.manifest.pop("runtime", None)
                if not self.complete:
                    self._note_resume(identity, appended)
                logger.info("%s: resuming after %s (%s)", self.out,
                            counted(self.manifest["progress"]["records"], "committed record"),
                            counted(len(self.manifest["parts"]), "part"))
            else:
                if committed is not None and not overwrite:
                    raise _earlier_output(self.out, committed)
                if existing is not None and committed is None:
                    logger.info("%s: an earlier run scored nothing; starting a new run", self.out)
                elif existing is None and resume:
                    logger.info("%s: nothing to resume; starting a new run", self.out)
                if existing is None:
                    self._refuse_unlisted_files(overwrite)
                self.manifest = {
                    "manifest_version": _MANIFEST_VERSION,
                    "tool": "framing score",
                    **identity,
                    "format": fmt,
                    "parts": [],
                    "progress": {"records": 0, "documents": 0, "sentences": 0, "rows": 0, "rejects": 0,
                                 "rejects_bytes": 0, "cursor": None, "seconds": 0.0},
                    "complete": False,
                    "created": _now(),
                    "updated": _now(),
                }
                self._start()
        except BaseException:
            self.close()
            if created:  # leave no empty folder behind a run that could not start
                try:
                    self.out.rmdir()
                except OSError:
                    pass
            raise

    def _note_resume(self, identity: dict[str, Any], appended: Appended | str = "") -> None:
        """Record in the manifest's ``resumes`` what this run scores with, from which record on: the top-level
        ``framing_version``, ``libraries`` and ``batch_tokens`` stay those of the run that created the output,
        so the rows from ``at_record`` on can be traced to the run that scored them; ``appended`` says how the
        input grew since (``appended_bytes``: its size then and now)."""
        manifest = self._draft()
        grown = {"appended_bytes": [appended.then, appended.now]} if isinstance(appended, Appended) else {}
        manifest["resumes"] = [*manifest.get("resumes", []), {
            "at_record": manifest["progress"]["records"], "started": _now(),
            **{key: identity[key] for key in ("framing_version", "libraries", "batch_tokens") if key in identity},
            **grown,
        }]
        try:
            self._write_manifest(manifest)
        except OSError as exc:
            raise self._write_failed("record the resume in the manifest", exc) from exc
        self.manifest = manifest

    # -- state ---------------------------------------------------------------

    @property
    def progress(self) -> dict[str, Any]:
        return self.manifest["progress"]

    @property
    def complete(self) -> bool:
        return bool(self.manifest.get("complete"))

    # -- commit --------------------------------------------------------------

    def commit(self, tables: list, rejects: list[dict[str, Any]], *, records: int,
               documents: int, sentences: int, cursor: dict[str, Any] | None, seconds: float) -> None:
        """Commit one chunk: Arrow tables of rows for ``records`` input records (``documents`` scored,
        ``rejects`` not)."""
        import pyarrow as pa

        index = len(self.manifest["parts"])
        name = f"part-{index:06d}.{self.fmt}"
        table = pa.concat_tables(tables) if tables else self.schema.empty_table()
        # Work on a copy: the manifest in memory changes only once the commit is on disk.
        progress = dict(self.progress)
        part = None
        rows = table.num_rows
        has_file = rows > 0 or self.fmt == "parquet"  # an empty JSON Lines file is no JSON a reader accepts
        logged = self._log_bytes
        try:
            if has_file:
                self._write_part(name, table)
            del table
            if rejects:
                with self.rejects_file.open("ab") as handle:
                    for entry in rejects:
                        handle.write((json_line(entry) + "\n").encode("utf-8"))
                    handle.flush()
                    os.fsync(handle.fileno())
                    progress["rejects_bytes"] = handle.tell()
            first = progress["records"]
            if has_file:
                part = {"file": name, "records": [first, first + records], "rows": rows}
            progress["records"] += records
            progress["documents"] += documents
            progress["sentences"] += sentences
            progress["rows"] += rows
            progress["rejects"] += len(rejects)
            progress["cursor"] = cursor
            progress["seconds"] = round(progress["seconds"] + seconds, 3)
            at = _now()
            self._append_commit({"log": self._log_id, "part": part, "progress": progress, "at": at})
        except OSError as exc:
            raise self._write_failed(f"commit {name}", exc, name) from exc
        except KeyboardInterrupt:
            # Ctrl-C or SIGTERM mid-commit: a commit whose line is not whole in the log is undone, so no
            # temporary or uncommitted part is left beside the committed ones; one whose line is stays, also
            # where the signal came after the line reached the disk but before this writer counted it.
            if self._log_bytes != logged or self._counted_line_after(logged):
                self._committed(part, progress, at)
            else:
                self._undo_commit_shielded(name)
            raise
        self._committed(part, progress, at)

    def _committed(self, part: dict[str, Any] | None, progress: dict[str, Any], at: str) -> None:
        """Take a commit whose line is in the log into the manifest in memory."""
        if part is not None:
            self.manifest["parts"].append(part)
        self.manifest["progress"], self.manifest["updated"] = progress, at

    def _counted_line_after(self, logged: int) -> bool:
        """Whether the log holds one whole commit line of this writer's past its first ``logged`` bytes, counting
        it when it does: the line was written before an interruption kept :meth:`_append_commit` from counting
        it, so it is committed (:func:`read_manifest` reads it)."""
        try:
            with self.log_file.open("rb") as handle:
                handle.seek(logged)
                data = handle.read()
        except OSError:
            return False
        if (self._log_id is None or not data.endswith(b"\n") or data.count(b"\n") != 1
                or _logged_commit(data[:-1], self._log_id) is None):
            return False
        self._log_bytes = logged + len(data)
        return True

    def finish(self, seconds: float, runtime: dict[str, Any] | None = None) -> None:
        """Mark the output complete (in Parquet, an empty part keeps the schema when there are no rows)."""
        if not self.manifest["parts"] and self.fmt == "parquet":
            self.commit([], [], records=0, documents=0, sentences=0,
                        cursor=self.manifest["progress"]["cursor"], seconds=0.0)
        manifest = self._draft()
        manifest["progress"]["seconds"] = round(manifest["progress"]["seconds"] + seconds, 3)
        manifest["complete"] = True
        if runtime:
            manifest["runtime"] = runtime
        try:
            self._write_manifest(manifest)
        except OSError as exc:
            raise self._write_failed("mark the output complete", exc) from exc
        except KeyboardInterrupt:
            _remove(self._manifest_tmp())  # the manifest is the old one or the new one, whole either way
            raise
        self.manifest = manifest

    def close(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None
            try:
                (self.out / _LOCK_NAME).unlink()
            except OSError:
                pass

    # -- internals -----------------------------------------------------------

    def _take_lock(self) -> None:
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock
            return
        lock = self.out / _LOCK_NAME
        try:
            handle = open(lock, "a+")
        except OSError as exc:
            if not os.path.lexists(lock):  # the folder takes no new file
                raise InputError(f"{self.out}: cannot write in the output folder ({exc.strerror or exc})") from None
            # a folder in its place, another user's file
            raise DataError(f"{lock}: cannot open the lock file ({exc.strerror or exc}); if no 'framing score' is "
                            "writing here, remove it and run again") from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise DataError(f"{self.out}: another 'framing score' is writing here; wait for it or stop it") from None
        self._lock = handle

    def _write_part(self, name: str, table) -> None:
        tmp = self.out / f".{name}.tmp"
        if table.schema != self.schema:
            table = table.cast(self.schema)
        with tmp.open("wb") as handle:
            if self.fmt == "parquet":
                import pyarrow.parquet as pq

                # A chunk of rejects only gets the schema and no row group: a row group of 0 rows stops
                # datasets.load_dataset ("BatchSize must be greater than 0").
                with pq.ParquetWriter(handle, self.schema, compression="zstd") as parquet:
                    if table.num_rows:
                        parquet.write_table(table)
            else:
                for batch in table.to_batches(max_chunksize=4096):
                    handle.write(_json_lines(batch).encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.out / name)
        # the rename itself must reach the disk before the commit line that names the part
        _fsync_dir(self.out)

    def _write_failed(self, what: str, exc: OSError, name: str | None = None) -> WriteFailed:
        """The error for a commit that could not be written (disk full, quota, permissions).

        Leftovers of the failed commit are removed where possible — the part
        file ``name`` if it is not committed, temporary files, rejects lines
        past the committed length — so the output reads as its committed
        parts only; ``--resume`` would remove them anyway.
        """
        self._undo_commit_shielded(name)
        return self._failure(what, exc)

    def _undo_commit(self, name: str | None) -> None:
        """Remove what a commit of the part ``name`` that did not happen left: temporary files, the part if it
        was renamed into place, a line of it in the log and rejects lines past the committed length."""
        leftovers = [self._manifest_tmp()]
        if name is not None:
            leftovers.append(self.out / f".{name}.tmp")
        # Only once the failed commit's line (whole, if only its fsync failed) is off the log is the rest of
        # that commit undone: a line left there would name the part and the rejects as committed.
        if self._cut_log():
            if name is not None and name not in {part["file"] for part in self.manifest["parts"]}:
                leftovers.append(self.out / name)  # renamed into place, but its commit never happened
            try:
                self._cut_rejects()
            except OSError:
                pass
        for path in leftovers:
            _remove(path)

    def _undo_commit_shielded(self, name: str | None) -> None:
        """Undo an interrupted commit (``_undo_commit``) to the end: a further Ctrl-C or SIGTERM that lands
        while it runs starts the undo again, since each of its steps may be done twice, instead of leaving the
        commit's part in the folder uncommitted. Each repeat of the signal costs one more round of it."""
        while True:
            try:
                self._undo_commit(name)
                return
            except KeyboardInterrupt:
                logger.warning("interrupted again while undoing an unfinished commit; finishing the undo first")

    def _failure(self, what: str, exc: OSError) -> WriteFailed:
        """What could not be written and why, what is committed, and how to go on."""
        reason, fix = _WRITE_ERRORS.get(exc.errno or 0, ("the write failed", "fix the cause"))
        done = self.manifest["progress"]
        if not done["documents"]:  # a rerun starts afresh, --resume or not
            state = f"No document is committed; {fix} and run the same command again"
        else:
            state = (f"The output stays valid with {counted(done['documents'], 'document')} in "
                     f"{counted(len(self.manifest['parts']), 'committed part')}; {fix} and rerun the same command with "
                     "resume=True (--resume) to continue")
        return WriteFailed(f"{self.out}: could not {what}: {reason} ({exc.strerror or exc}). {state}")

    def _draft(self) -> dict[str, Any]:
        """A copy of the manifest to change before it is written: its progress is a new object (the parts
        list is only read while it is written)."""
        return {**self.manifest, "progress": dict(self.manifest["progress"])}

    def _manifest_tmp(self) -> Path:
        return self.manifest_file.with_name(f".{self.manifest_file.name}.tmp")

    def _write_manifest(self, manifest: dict[str, Any] | None = None) -> None:
        """Write ``manifest`` (by default the one in memory) whole, every committed part in it, and start a new
        commit log: an unfinished output's manifest names the log by a new id, so the lines of the log before
        it no longer count; a complete one names none."""
        manifest = self.manifest if manifest is None else manifest
        manifest["updated"] = _now()
        log_id = None if manifest.get("complete") else os.urandom(8).hex()
        # an older framing's output, once resumed, is this version's
        header = {**manifest, "manifest_version": _MANIFEST_VERSION}
        if log_id is not None:
            header["commit_log"] = log_id
        tmp = self._manifest_tmp()
        with tmp.open("w", encoding="utf-8") as handle:
            handle.write(_manifest_text(header))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.manifest_file)
        _fsync_dir(self.manifest_file.parent)
        self._log_id, self._log_bytes = log_id, 0
        _remove(self.log_file)  # tidiness only: its lines no longer count, and the next commit cuts what is left

    def _append_commit(self, commit: dict[str, Any]) -> None:
        """Append one commit to the log and flush it to disk: the step that commits a chunk, whose cost does
        not grow with the parts committed before it. Bytes past the committed length (a line a failed commit
        left, or the log of an earlier manifest) are cut first."""
        line = (json.dumps(commit, separators=(",", ":")) + "\n").encode("ascii")
        with self.log_file.open("ab") as handle:
            if os.fstat(handle.fileno()).st_size != self._log_bytes:
                handle.truncate(self._log_bytes)
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())
        if not self._log_bytes:  # the log's first line: make its directory entry durable too
            _fsync_dir(self.log_file.parent)
        self._log_bytes += len(line)

    def _cut_log(self) -> bool:
        """Cut the commit log back to its committed length, taking off a failed commit's line; whether the log
        now holds committed lines only (a log this writer has not started is left as it is)."""
        if self._log_id is None:
            return True
        try:
            if self.log_file.exists() and self.log_file.stat().st_size > self._log_bytes:
                with self.log_file.open("r+b") as handle:
                    handle.truncate(self._log_bytes)
        except OSError:
            return False
        return True

    def _stray_files(self, keep: set[str]) -> list[Path]:
        stray = []
        for path in self.out.iterdir():
            if path.name.endswith(".tmp") and path.name.startswith("."):
                stray.append(path)
            elif _PART.match(path.name) and path.name not in keep:
                stray.append(path)
        return stray

    def _recover(self) -> None:
        """Delete parts and rejects lines written after the last commit (and a complete output's commit log,
        left by a run killed as it finished: the manifest holds every commit)."""
        if self.complete:
            _remove(self.log_file)
        keep = {part["file"] for part in self.manifest["parts"]}
        missing = [name for name in sorted(keep) if not (self.out / name).is_file()]
        if missing:
            raise DataError(f"{self.out}: committed part files are missing ({', '.join(missing[:3])}); "
                            "the output was changed after it was written; use overwrite=True (--overwrite) to "
                            "start again")
        for path in self._stray_files(keep):
            logger.info("removing uncommitted %s", path)
            path.unlink()
        committed = self.manifest["progress"]["rejects_bytes"]
        size = self.rejects_file.stat().st_size if self.rejects_file.exists() else 0
        if size < committed:
            raise DataError(f"{self.rejects_file}: shorter than the {committed} bytes committed; it was changed "
                            "after it was written; use overwrite=True (--overwrite) to start again")
        if size > committed:
            logger.info("truncating %s to its committed %d bytes", self.rejects_file, committed)
        self._cut_rejects()

    def _cut_rejects(self) -> None:
        """Cut the rejects file back to its committed length; with none committed, remove it (it exists
        only when there are rejects)."""
        committed = self.manifest["progress"]["rejects_bytes"]
        if not committed:
            self.rejects_file.unlink(missing_ok=True)
        elif self.rejects_file.stat().st_size > committed:
            with self.rejects_file.open("r+b") as handle:
                handle.truncate(committed)

    def _refuse_unlisted_files(self, overwrite: bool) -> None:
        """Refuse, where no manifest is, a folder that holds other files than 'framing score' output, and
        part files (a copied or moved output: its manifest stayed behind) unless ``overwrite``."""
        _refuse_foreign_files(self.out)
        parts = sorted(p.name for p in self.out.iterdir() if _PART.match(p.name))
        if parts and not overwrite:
            raise DataError(
                f"{self.out}: holds {len(parts)} part file(s) ({_some(parts, 2)}) but no manifest "
                f"beside it ({self.manifest_file.name}; a copied or moved output leaves it behind); put the "
                "manifest back to resume=True (--resume), use overwrite=True (--overwrite) to replace them, "
                "or choose another out (--out)")

    def _start(self) -> None:
        """Start a new run: write its empty manifest in place of an earlier run's, then remove that run's
        parts and rejects. The manifest goes first, so a run stopped while it deletes (kill -9, a failed
        deletion) leaves an output that lists no part, never one whose manifest names deleted parts."""
        try:
            self._write_manifest()
            for path in self._stray_files(set()):
                path.unlink()
            self.rejects_file.unlink(missing_ok=True)
        except OSError as exc:
            # an earlier run's manifest is either whole or replaced: only the temporary file can be left over
            _remove(self._manifest_tmp())
            raise self._failure("start the output", exc) from exc

    def _check_identity(self, manifest: dict[str, Any], identity: dict[str, Any], appended: Appended | str) -> None:
        """Refuse to resume from another input, model or settings; ``appended``: the input is the one scored with
        records appended (:class:`Appended`), or why it is not (a line of the refusal; empty: nothing to add)."""
        where = self.out
        was, now = manifest.get("input", {}), identity["input"]
        if isinstance(appended, Appended):
            pass
        elif was.get("fingerprint") != now["fingerprint"]:
            raise DataError(
                f"cannot resume into {where}: it was made from a different input "
                f"(then {was.get('path')} [{was.get('kind')}], fingerprint {str(was.get('fingerprint'))[:12]}; "
                f"now {now['path']} [{now['kind']}], fingerprint {now['fingerprint'][:12]}): "
                f"{_input_difference(was, now, appended)}. "
                "Use the same input, or another out (--out) for this one (an output holds the scores of one "
                "input: a new day's file goes to a new out), or overwrite=True (--overwrite) to delete these "
                "scores and start again"
            )
        elif was.get("content_fingerprint", now.get("content_fingerprint")) != now.get("content_fingerprint"):
            raise DataError(
                f"cannot resume into {where}: its input {now['path']} has changed since it was scored (its size, "
                "first and last MiB are the same, but not its content between them, so the rows committed are of "
                "another text). Score it again with overwrite=True (--overwrite), or give this one another out "
                "(--out)"
            )
        was, now = manifest.get("model", {}), identity["model"]
        if was.get("fingerprint") != now["fingerprint"]:
            raise DataError(
                f"cannot resume into {where}: it was made with a different model "
                f"(then {was.get('path') or 'the bundled model'}, fingerprint {str(was.get('fingerprint'))[:12]}; "
                f"now {now['path'] or 'the bundled model'}, fingerprint {now['fingerprint'][:12]}). "
                "Use the same model (--model), another out (--out), or overwrite=True (--overwrite) to start again"
            )
        was, now = manifest.get("settings", {}), identity["settings"]
        # a setting the earlier run did not record (an older framing) counts as different: it cannot be checked;
        # an optional one recorded by either run is compared, missing meaning unused
        keys = [*now, *(key for key in was if key in OPTIONAL_SETTINGS and key not in now)]
        differ = _shown_differences(was, now, keys)
        if differ:
            details = "; ".join(_difference(key, then, asked) for key, then, asked in differ)
            raise DataError(f"cannot resume into {where}: settings differ ({details}); "
                            "rerun with the earlier settings, another out (--out), or overwrite=True (--overwrite) "
                            "to start again")


def _input_difference(was: dict[str, Any], now: dict[str, Any], appended: str = "") -> str:
    """What makes the input described by ``now`` (a manifest's ``input``) another than ``was``, as far as
    the descriptions tell: a file's fingerprint covers its name (through a link, the target's, as its path
    shows), size, first and last MiB; a folder's, those of every file in it. ``appended``: why the same file is
    not the one scored with records appended to it."""
    then_path, now_path = str(was.get("path")), str(now["path"])
    if "files" in now or "files" in was:
        return f"its files differ (their names, sizes or content) {appended}".rstrip()
    then_name, now_name = PurePath(then_path).name, PurePath(now_path).name
    if then_name != now_name:
        return (f"the file's name differs, {then_name} then and {now_name} now, and a file's name counts in its "
                "fingerprint (through a link, its target's)")
    if then_path == now_path and appended and not appended.startswith("("):
        return f"the file changed since it was scored: {appended}"
    if then_path == now_path:
        return ("the file's size or content changed since (or an earlier framing started the output through a link "
                f"of another name, and fingerprinted the link's name, which this one does not) {appended}").rstrip()
    return "the file's size or content differs"


#: What a write error means and what fixes it, by ``errno``.
_WRITE_ERRORS = {
    errno.ENOSPC: ("the disk is full", "free space"),
    errno.EDQUOT: ("the disk quota is used up", "free space"),
    errno.EACCES: ("permission denied", "fix the permissions"),
    errno.EPERM: ("permission denied", "fix the permissions"),
    errno.EROFS: ("the file system is read-only", "make it writable"),
}


def _json_lines(batch) -> str:
    """An Arrow record batch as JSON Lines, byte for byte what :func:`json_line` writes for each row's dict, a
    float32 value as the shortest decimal that reads back as it (see :func:`_json_values`).

    Each column is encoded at once, with the encoders ``json.dumps`` itself runs (``float.__repr__`` for a
    number, ``encode_basestring`` for a string), and each row is filled into one template of the keys: a
    third of the time of building a dict per row and encoding it."""
    keys = [json.encoder.encode_basestring(name).replace("%", "%%") + ": %s" for name in batch.schema.names]
    template = "{" + ", ".join(keys) + "}\n"
    text = "".join([template % row for row in zip(*map(_json_values, batch.columns))])
    if any(chr(code) in text for code in LINE_ENDS):  # rare: translating every chunk would cost more than the rest
        text = text.translate(LINE_ENDS)
    return text


def _json_values(column) -> list[str]:
    """The JSON text of each value of an Arrow column, as ``json.dumps(value, ensure_ascii=False)`` writes it; a
    float32 value (a score) as the float64 of its shortest decimal, ``0.003881187`` and not the float64 digits of
    the float32 value, ``0.003881186945363879``: as short, and reading back as float32 to the Parquet part's value."""
    import pyarrow as pa

    kind = column.type
    values: list[Any] = _shortest_float32(column) if pa.types.is_float32(kind) else column.to_pylist()
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        encode = json.encoder.encode_basestring
        return [encode(value) if value is not None else "null" for value in values]
    if values and (pa.types.is_integer(kind) or pa.types.is_floating(kind) or pa.types.is_boolean(kind)):
        # one call for the whole column: a number, true, false, NaN or null holds no ", "
        return json.dumps(values)[1:-1].split(", ")
    return [json.dumps(value, ensure_ascii=False) for value in values]


def _shortest_float32(column) -> list[float | None]:
    """The values of a float32 Arrow column, each the float64 of the shortest decimal that reads back as that
    float32 (Arrow's cast to text gives it, as ``str(numpy.float32(x))`` does, ten times as fast)."""
    import pyarrow as pa

    return [None if text is None else float(text) for text in column.cast(pa.string()).to_pylist()]


def _remove(path: Path) -> None:
    """Delete ``path`` if it is there; a failure leaves it (cleaning up must not hide the error being reported)."""
    try:
        path.unlink()
    except OSError:
        pass


#: Settings a manifest records only when a run uses them, with the value their absence stands for: an output
#: made without one (or before it existed) resumes as before, and one made with it only with the same value.
OPTIONAL_SETTINGS: dict[str, Any] = {"headline_column": None, "encoding": DEFAULT_ENCODING}


def _setting(settings: dict[str, Any], key: str) -> Any:
    """The recorded value of ``key`` in ``settings``: an optional one's default when absent, else
    ``"not recorded"`` (an older framing's manifest)."""
    if key in settings:
        return settings[key]
    return OPTIONAL_SETTINGS[key] if key in OPTIONAL_SETTINGS else "not recorded"


#: Recorded settings that are ``score``'s keyword of the same name and the command's option: a difference names
#: the keyword for Python and the option for the command (``level (--level)``), which the manifest's key alone
#: left to be guessed.
_OPTION_SETTINGS = frozenset({"level", "format", "text_column", "id_column", "precision", "headline_column",
                              "encoding"})


#: Recorded settings that choose the output's own columns: when one of them differs, so do the recorded
#: ``columns``, which then say nothing more (a headline column's ``part`` is no kept input column).
_COLUMN_SHAPING_SETTINGS = frozenset({"level", "labels", "headline_column"})


def _shown_differences(was: dict[str, Any], now: dict[str, Any], keys: list[str]) -> list[tuple[str, Any, Any]]:
    """The settings of ``keys`` a refused resume names, each with its value then and now. When a setting that shapes
    the output's columns differs, ``columns`` compares the kept input columns alone: the columns a headline column
    or another level adds are not blamed on ``keep_columns``, and kept columns that differ too are named with it,
    so that one retry is enough."""
    values = [(key, _setting(was, key), _setting(now, key)) for key in keys]
    if any(key in _COLUMN_SHAPING_SETTINGS and then != asked for key, then, asked in values):
        values = [(key, _kept_input_columns(was), _kept_input_columns(now)) if key == "columns" else (key, then, asked)
                  for key, then, asked in values]
    return [(key, then, asked) for key, then, asked in values if then != asked]


def _kept_input_columns(settings: dict[str, Any]) -> Any:
    """The recorded columns of ``settings`` that are not framing's own at its level, labels and headline column:
    the input columns it copies (``keep_columns``); the recorded value as it is where it cannot tell them."""
    from .scoring import LEVELS, output_schema

    columns, labels = _setting(settings, "columns"), settings.get("labels")
    if not isinstance(columns, list) or not isinstance(labels, list) or settings.get("level") not in LEVELS:
        return columns
    ours = output_schema(settings["level"], labels, headline=_setting(settings, "headline_column") is not None,
                         record=True).names
    return [name for name in columns if name not in ours]


def _difference(key: str, then: Any, now: Any) -> str:
    """How a recorded setting differs, naming only the changed items of a list (the columns); the output's
    columns say which setting chose the input columns they copy."""
    if isinstance(then, list) and isinstance(now, list) and set(then) != set(now):
        gone, added = [x for x in then if x not in now], [x for x in now if x not in then]
        kept = " (the input columns copied: keep_columns (--keep-columns))" if key == "columns" else ""
        return f"{key}: then also {gone}, now also {added}{kept}"
    if key in _OPTION_SETTINGS:
        key = f"{key} (--{key.replace('_', '-')})"
    return f"{key}: then {then!r}, now {now!r}"
