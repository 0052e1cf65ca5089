"""``framing report``: the HTML reports of a ``framing score`` output and the index linking them, drawn from its
sentence rows (see :func:`framing.scale.scored_documents`) without running the model again."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from .document import Document

__all__ = ["add_commands"]

logger = logging.getLogger("framing.cli")

#: The characters a report's file name keeps of its document's id; any other run becomes one "_".
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
#: The most characters of a document's id a report's file name keeps.
_ID_CHARS = 60


def add_commands(commands) -> None:
    from .cli_options import add_quiet_option, language_tag, non_empty_argument

    report = commands.add_parser(
        "report", help="HTML reports of a framing score output, without running the model again",
        description="Write an HTML report per document of a 'framing score' output of sentence rows (the "
                    "default level), as 'framing analyze --format html' draws it, and an index.html linking them "
                    "with the sources cited across them; each document's text is read again from the input "
                    "the output's manifest names, as 'framing summarize' reads it.",
        epilog="examples:\n"
               "  framing score posts/ --out scores\n"
               "  framing summarize scores\n"
               "  framing report scores --out reports\n",
    )
    report.add_argument("scores", metavar="OUT", type=non_empty_argument,
                        help="a framing score output folder of sentence rows (its manifest beside it)")
    report.add_argument("--out", required=True, type=non_empty_argument, metavar="FOLDER",
                        help="the folder (created if missing) that gets a report per document, named by its "
                             "record number and id (000007-a7.html), and index.html")
    report.add_argument("--input", metavar="PATH", type=non_empty_argument,
                        help="read the documents' text from PATH, the input OUT scored moved or copied to another "
                             "folder under the same file name (default: the path its manifest names)")
    report.add_argument("--ids", metavar="ID,...", type=_ids_argument,
                        help="write the reports of these documents alone, named by their doc_id (commas between, "
                             "or a JSON list for ids that hold a comma), and an index of them (default: every "
                             "document)")
    report.add_argument("--lang", type=language_tag, default="en", metavar="TAG",
                        help="the language tag of the texts, for screen readers' voices (default: en)")
    add_quiet_option(report)
    report.set_defaults(run=_run_report)


def _run_report(args) -> int:
    from .cli_options import show_progress
    from .cli_pages import index_problem, say_where_reports, warn_of_unlinked_reports, write_index
    from .errors import InputError
    from .progress import progress_bar
    from .scale.outputs import documents_to_report, kept_columns
    from .scale.writer import manifest_path, read_manifest, rejects_path
    from .validation import folder_problem

    folder = Path(args.out)
    problem = folder_problem(folder)
    problem = f"--out {problem}" if problem else index_problem([], folder)
    if problem is None and folder.resolve().is_relative_to(Path(args.scores).resolve()):
        problem = (f"--out {args.out} is inside the framing score output {args.scores}, which holds its part files "
                   "alone; choose a folder beside it")
    if problem:
        print(f"framing report: error: {problem}", file=sys.stderr)
        return 2
    if not Path(args.scores).is_dir() or not manifest_path(args.scores).is_file():
        raise InputError(f"{args.scores}: no framing score output (a folder with {manifest_path(args.scores)} beside "
                         "it); for articles' text files, use framing analyze FILE ... --format html --out FOLDER")
    documents = documents_to_report(args.scores, args.input)  # checked before anything is written
    manifest = read_manifest(args.scores) or {}
    model = (manifest.get("model") or {}).get("path")
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    set_aside = _set_aside(args.scores)
    total = manifest["progress"]["documents"]
    seen: set[str] = set()
    if args.ids is not None:
        documents = _chosen(documents, set(args.ids), seen)
        set_aside = [line for line in set_aside if str(line.get("id")) in args.ids]
        seen.update(str(line.get("id")) for line in set_aside)
        total = len(set(args.ids) - seen)  # each id once; one set aside gets no report
    earlier_index = (folder / "index.html").is_file()
    try:
        with progress_bar(show_progress(args), "report", "doc", total=total) as bar:
            write_index(folder, _reports(args, documents, folder, model, written, bar), model, set_aside,
                         kept_columns(manifest), None if manifest.get("complete") else manifest["progress"]["records"])
    except KeyboardInterrupt:
        raise KeyboardInterrupt(_stopped_before_the_index(folder, len(written), total, earlier_index)) from None
    warn_of_unlinked_reports(folder, written)
    if set_aside:
        logger.warning("%d record%s of %s %s set aside when scored and %s no report; index.html lists them, and "
                       "%s holds why", len(set_aside), "" if len(set_aside) == 1 else "s", args.scores,
                       "was" if len(set_aside) == 1 else "were", "has" if len(set_aside) == 1 else "have",
                       rejects_path(args.scores))
    say_where_reports("report", len(written), folder)
    missing = [doc_id for doc_id in args.ids or () if doc_id not in seen]
    if missing:
        ids = f"the id{'s' if len(missing) > 1 else ''} {', '.join(map(repr, missing))}"
        print(f"framing report: error: {args.scores} holds no document with {ids} (neither scored nor set aside); "
              "--ids takes the doc_id of its rows", file=sys.stderr)
        return 1
    return 0


def _stopped_before_the_index(folder: Path, written: int, total: int, earlier_index: bool) -> str:
    """What an interrupted run leaves in ``folder``: ``written`` of ``total`` reports and no index of them (an
    earlier run's index, if any, links what that run wrote, some of it now rewritten)."""
    index = (f"{folder / 'index.html'} is still an earlier run's" if earlier_index
             else f"no {folder / 'index.html'} was written")
    return (f"wrote {written:,} of {total:,} reports into {folder}, and {index}; rerun the same command to write them "
            "all and the index")


def _ids_argument(value: str) -> list[str]:
    """``--ids``: document ids split at commas, or a JSON list for ids that hold one, as ``--keep-columns`` takes
    column names; none empty."""
    import argparse

    from .validation import split_names

    try:
        ids = split_names(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if not all(ids):
        raise argparse.ArgumentTypeError(f"an empty id in {value!r}")
    return ids


def _chosen(documents: Iterator[Document], ids: set[str], seen: set[str]) -> Iterator[Document]:
    """The ``documents`` whose ``doc_id`` is among ``ids``, in input order, each noted in ``seen``: a newsroom
    that wants a few reports out of a night's thousands is spared writing every one."""
    for doc in documents:
        doc_id = str(doc.meta["doc_id"])
        if doc_id in ids:
            seen.add(doc_id)
            yield doc


def _set_aside(scores: str) -> list[dict]:
    """The records of the output ``scores`` that its run set aside (its rejects file's lines), which get no report:
    the index lists them, so that its readers know what it leaves out."""
    from .scale.writer import rejects_path
    from .validation import read_json

    path = rejects_path(scores)
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [read_json(line) for line in handle if line.strip()]


def _reports(args, documents: Iterator[Document], folder: Path, model: str | None, written: list[Path],
             bar) -> Iterator[tuple[str, str, Document]]:
    """Write each document's report into ``folder`` in turn, noting its path in ``written``, and give what the
    index reads of it: ``(its id, the report's file name, the Document)``."""
    from .cli_output import open_output
    from .cli_pages import model_name
    from .report import render_html

    for doc in documents:
        doc_id, record = str(doc.meta["doc_id"]), int(doc.meta["record"])
        path = folder / report_name(doc_id, record)
        with open_output(str(path)) as handle:
            headline = doc.meta.get("headline")  # the page's heading shows it beside the id the index names
            title = doc_id if not isinstance(headline, str) or not headline.strip() else f"{headline} ({doc_id})"
            handle.write(render_html(doc, title=title, lang=args.lang, model=model_name(model)))
        written.append(path)
        bar.update()
        yield doc_id, path.name, doc


def report_name(doc_id: str, record: int) -> str:
    """The file name of the report of the document ``doc_id``, the input's record ``record``: the record number
    first (unique, and sorting as the input runs), then the id's safe characters (a URL's or a path's), a
    ``.txt`` ending left out."""
    stem = _UNSAFE.sub("_", re.sub(r"\.txt$", "", doc_id, flags=re.I)).strip("._")[:_ID_CHARS]
    return f"{record:06d}-{stem}.html" if stem else f"{record:06d}.html"
