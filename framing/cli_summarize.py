"""``framing summarize``: analysed documents (``framing analyze --format json`` records, or ``framing score``
outputs) summed up as :func:`framing.summarize` does, as a table, JSON or CSV."""

from __future__ import annotations

import io
import json
import logging
import re
import shlex
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from .cli_inputs import input_name, without_repeats
from .cli_options import excel_problem, show_progress
from .cli_output import check_out, csv_writer, write_output
from .errors import FramingError, InputError, counted, written_message
from .validation import read_json


logger = logging.getLogger("framing")

#: How many sources, and how many loaded phrases, the summary table shows without ``--top``.
_TABLE_SOURCES = 10


def run_summarize(args) -> int:
    from .progress import progress_bar

    if "-" in args.files and len(args.files) > 1:
        print("framing summarize: error: - (standard input) must be the only FILE", file=sys.stderr)
        return 2
    args.files = without_repeats(args.files, done="read")
    if not all(check_out(args, file) for file in args.files):
        return 2
    if args.input is not None and (len(args.files) != 1 or not _is_score_output(args.files[0])):
        print("framing summarize: error: --input gives the input of one framing score output; give that output "
              "as the only FILE", file=sys.stderr)
        return 2
    problem = excel_problem(args, ending_chooses=False)
    if problem:
        print(f"framing summarize: error: {problem}", file=sys.stderr)
        return 2
    if args.format == "sentences":
        if args.by is not None or args.top is not None:
            option = "--by" if args.by is not None else "--top"
            print(f"framing summarize: error: {option} sums up sources; --format sentences writes every sentence "
                  "with its source, and takes neither", file=sys.stderr)
            return 2
        _write_sentences(args)
        return 0
    if args.by is not None:
        _check_kept(args.files, args.by)
    where: list[str] = []  # each document's FILE and line, for errors that name its position
    with progress_bar(show_progress(args), "summarize", "doc", total=_scored_total(args.files)) as bar:
        summary = _summarize(args, _counted(_records(args.files, where, args.input), bar), where)
    if args.format == "json":
        content = json.dumps(summary, ensure_ascii=False, indent=2) + "\n"
    elif args.format == "csv":
        groups = summary["groups"] if args.by is not None else [{"value": None, "summary": summary}]
        content = _summary_csv(groups, args.by, args.excel)
    elif args.by is not None:
        content = _format_groups(args.by, summary["groups"], args.top or _TABLE_SOURCES, where)
    else:
        content = _format_summary(summary, args.top or _TABLE_SOURCES, where)
    if args.format == "table":
        content = _unfinished_lines(args.files) + _set_aside_lines(args.files) + content
    write_output(args, content)
    return 0


def _unfinished_lines(files: list[str]) -> str:
    """A line heading the summary table for each unfinished ``framing score`` output among ``files``: the table is
    handed on without the job's log, whose warning alone said that it sums up part of the input."""
    from .scale.writer import read_manifest

    lines = []
    for file in files:
        manifest = read_manifest(file) if _is_score_output(file) else None
        if manifest is not None and not manifest.get("complete"):
            records = manifest["progress"]["records"]
            lines.append(f"unfinished: {file} stopped after the first {records:,} record{'' if records == 1 else 's'} "
                         "of its input; the records after them are counted nowhere here\n")
    return "".join(lines) + ("\n" if lines else "")


def _set_aside_lines(files: list[str]) -> str:
    """A line heading the summary table for each ``framing score`` output among ``files`` whose run set records
    aside (its rejects file), as the report's index lists them: the table counts scored documents alone, and an
    analyst handed it without the job's log took them for the whole input."""
    from .scale.writer import read_manifest, rejects_path

    lines = []
    for file in files:
        manifest = read_manifest(file) if _is_score_output(file) else None
        rejects = manifest["progress"].get("rejects", 0) if manifest is not None else 0
        if rejects:
            lines.append(f"set aside: {file} could not score {counted(rejects, 'record')} of its input (see "
                         f"{rejects_path(file)}); they are counted nowhere here\n")
    return "".join(lines) + ("\n" if lines else "")


def _check_kept(files: list[str], column: str) -> None:
    """Refuse ``--by COLUMN`` for a ``framing score`` output among ``files`` that did not keep ``COLUMN``, naming
    the columns it kept, before any document is read; ``headline`` of an output scored with a headline column is
    held by its documents, and the headline column's own name is refused naming ``headline``, which holds it."""
    from .scale.outputs import kept_columns
    from .scale.writer import read_manifest

    for file in files:
        manifest = read_manifest(file) if _is_score_output(file) else None
        if manifest is None or "settings" not in manifest:
            continue  # a file of records is checked as it is read; a broken manifest, when its output is read
        kept = kept_columns(manifest)
        headline_column = manifest["settings"].get("headline_column")
        if headline_column is not None and column == "headline":
            continue  # its documents hold each headline as meta["headline"]
        if headline_column is not None and column == headline_column:
            raise InputError(f"--by {column}: {file} was scored with the headline column {column!r}, whose text its "
                             "documents hold as 'headline': sum up --by headline")
        if column not in kept:
            raise InputError(f"--by {column}: {file} kept no column {column!r} (the columns it kept: "
                             f"{', '.join(kept) or 'none'}); score it again keeping it, "
                             f"{_score_again(manifest, [*kept, column])}, and sum up NEW")


def _score_again(manifest: dict[str, Any], keep: list[str]) -> str:
    """The ``framing score`` command that scores a score output's input again into ``NEW`` as its run read it (its
    text, id and headline columns) keeping the columns ``keep``: a command naming the input alone would fail on a text
    column not named ``text`` and drop the columns kept before, which the new output would then lack."""
    settings, scored = manifest["settings"], manifest.get("input", {})
    words = ["framing", "score", str(scored.get("path", "INPUT")), "--out", "NEW"]
    if settings.get("text_column", "text") != "text":
        words += ["--text-column", settings["text_column"]]
    if scored.get("id_column") not in (None, "id"):
        words += ["--id-column", scored["id_column"]]
    if settings.get("headline_column"):
        words += ["--headline-column", settings["headline_column"]]
    plain = all("," not in name and name == name.strip() for name in keep)
    words += ["--keep-columns", ",".join(keep) if plain else json.dumps(keep)]
    return " ".join(shlex.quote(word) for word in words)


def _summarize(args, documents: Iterator[Any], where: list[str]):
    """:func:`framing.summarize` of ``documents``, an error naming a document's place (``where``: its FILE and
    line) where the library's names its position."""
    from .summary import summarize, summarize_by

    try:
        if args.by is not None:
            return {"by": args.by, "groups": summarize_by(documents, args.by, top=args.top)}
        return summarize(documents, top=args.top)
    except InputError as exc:
        # "documents[3]: ..." and "documents[3] must be ..." both read "news.jsonl line 4: ..."
        message = written_message(exc)  # a setting named for both callers, worded for the command line when shown
        raise InputError(re.sub(r"documents\[(\d+)\]:?", lambda m: where[int(m[1])] + ":", message)) from None


#: Columns of a document's ``meta`` that open a sentence row of ``--format sentences``, to join it back to its input.
_ID_COLUMNS = ("doc_id", "record", "file")


def _write_sentences(args) -> None:
    """``framing summarize --format sentences``: a CSV of every sentence of the documents, in ``framing analyze
    --format csv``'s columns and the source each is credited to, after the first document's ``meta`` (a score
    output's ``doc_id``, ``record`` and kept columns; an analyze record's ``file``), so that rows join back to the
    input. Written as the documents are read, so the corpus need not fit in memory."""
    from .cli_analyze import sentence_csv_header, sentence_csv_rows
    from .cli_output import open_output
    from .document import Document
    from .progress import progress_bar

    where: list[str] = []
    meta: list[str] | None = None
    labels: list[str] = []
    with (progress_bar(show_progress(args), "summarize", "doc", total=_scored_total(args.files)) as bar,
          open_output(args.out) as handle):
        writer = csv_writer(handle, args.excel)
        for record in _counted(_records(args.files, where, args.input), bar):
            try:
                doc = record if isinstance(record, Document) else Document.from_dict(record)
            except (InputError, TypeError, ValueError) as exc:
                raise InputError(f"{where[-1]}: {exc}") from None
            if meta is None:
                meta = [*(name for name in _ID_COLUMNS if name in doc.meta),
                        *(name for name in doc.meta if name not in _ID_COLUMNS)]
                labels = list(doc.sentences[0].scores) if doc.sentences else []
                writer.writerow([*meta, *sentence_csv_header(labels)])
            values = [_csv_value(doc.meta.get(name)) for name in meta]
            for row in sentence_csv_rows(doc, labels):
                writer.writerow([*values, *row])


def _csv_value(value: Any) -> Any:
    """A ``meta`` value in a CSV cell: text and numbers as they are, null empty, anything else as JSON."""
    if value is None:
        return ""
    return value if isinstance(value, (str, int, float)) else json.dumps(value, ensure_ascii=False)


def _counted(documents: Iterator[Any], bar: Any) -> Iterator[Any]:
    """``documents`` as they are read, each counted on ``bar``."""
    for document in documents:
        yield document
        bar.update()


def _scored_total(files: list[str]) -> int | None:
    """How many documents ``files`` hold when all are ``framing score`` outputs (their manifests say), for the
    bar to count up to; ``None`` when one is a file of records, whose count is known only once it is read."""
    from .scale.writer import read_manifest

    if not files or not all(_is_score_output(file) for file in files):
        return None
    try:
        return sum((read_manifest(file) or {})["progress"]["documents"] for file in files)
    except (FramingError, KeyError):  # reading the output says what is wrong with it
        return None


def _records(files: list[str], where: list[str], input: str | None = None) -> Iterator[Any]:
    """The documents of ``files``, read one at a time: a JSON value per non-blank line, or a file that is one
    JSON value over many lines (``framing analyze --format json`` of one FILE); each one's place is added to
    ``where``."""
    from .textio import read_lines

    ids: dict[str, str] = {}  # doc_id -> the score output read first that holds it
    repeats: list[tuple[str, str, str]] = []  # (doc_id, the output, the earlier output) of each id read again
    for file in files:
        if _is_score_output(file):
            keyed = _ids_from_a_column(file) and sum(map(_is_score_output, files)) > 1
            for doc in _scored(file, where, input):
                earlier = ids.setdefault(doc.meta["doc_id"], file) if keyed else file
                if earlier != file:
                    repeats.append((doc.meta["doc_id"], file, earlier))
                yield doc
            continue
        _refuse_a_folder_to_summarize(file)
        _refuse_a_score_output_s_file(file)
        lines, read = read_lines(file), 0
        for number, line in lines:
            if not line.strip():
                continue
            try:
                record = read_json(line)
            except ValueError:
                if read:
                    raise FramingError(f"{input_name(file)} line {number}: not JSON") from None
                # one record written over many lines: the rest of the file is its JSON
                text = line + "\n" + "\n".join(rest for _, rest in lines)
                try:
                    record = read_json(text)
                except ValueError as exc:
                    if line.lstrip()[:1] not in ("{", "["):  # an article's text or a CSV, not analyse output
                        raise FramingError(
                            f"{input_name(file)}: not JSON (its first line opens {line.strip()[:24]!r}); framing "
                            "summarize reads what 'framing analyze --format json' writes: analyse the articles "
                            "first, e.g. framing analyze news/*.txt --format json > news.jsonl") from None
                    raise FramingError(f"{input_name(file)}: neither JSON Lines nor one JSON record "
                                       f"({exc})") from None
            if (isinstance(record, dict) and not {"sentences", "profile"} & record.keys()
                    and any(isinstance(value, str) for value in record.values())):
                raise FramingError(
                    f"{input_name(file)} line {number}: a record of an article, not of an analysed document (it "
                    "has no 'sentences' nor 'profile'): framing summarize reads what 'framing analyze --format json' "
                    f"or 'framing score' writes: score the articles first, framing score {input_name(file)} --out "
                    "scores, then framing summarize scores")
            where.append(f"{input_name(file)} line {number}")
            read += 1
            yield record
    if repeats:
        doc_id, file, earlier = repeats[0]
        one = len(repeats) == 1
        logger.warning(f"{counted(len(repeats), 'document')} of a framing score output {'repeats' if one else 'repeat'}"
                       f" the doc_id of a document read earlier from another (the first: {doc_id!r} of {file}, already "
                       f"read from {earlier}), and {'is' if one else 'are'} counted again: give each document's output "
                       "once (a corpus scored again into a new output holds the documents of the old one)")


def _ids_from_a_column(out: str) -> bool:
    """Whether the ``framing score`` output ``out`` took its ids from a column of its input, so that an id it shares
    with another output names the same document; record numbers (``0``, ``1``, ...) repeat in every output."""
    from .scale.writer import read_manifest

    try:
        return bool(((read_manifest(out) or {}).get("input") or {}).get("id_column"))
    except FramingError:  # reading the output says what is wrong with it
        return False


def _is_score_output(file: str) -> bool:
    """Whether ``file`` is a ``framing score`` output folder: its manifest lies beside it."""
    from .scale.writer import manifest_path

    return file != "-" and Path(file).is_dir() and manifest_path(file).is_file()


def _scored(out: str, where: list[str], input: str | None = None) -> Iterator[Any]:
    """The documents of the ``framing score`` output ``out`` (see :func:`framing.scale.scored_documents`; ``input``:
    where its input now lies, if not where the manifest says), each one's place added to ``where``."""
    from .scale.outputs import scored_documents

    for doc in scored_documents(out, input):
        where.append(f"{out} document {doc.meta['doc_id']!r} (record {doc.meta['record']})")
        yield doc


def _refuse_a_folder_to_summarize(file: str) -> None:
    """Refuse a folder given to ``framing summarize`` that is no ``framing score`` output, saying to name the files
    in it."""
    if file == "-" or not Path(file).is_dir():
        return
    raise InputError(f"{file}: is a directory, expected a file of 'framing analyze --format json' records or a "
                     f"'framing score' output folder; name the files in it ({Path(file) / '*.jsonl'})")


def _refuse_a_score_output_s_file(file: str) -> None:
    """Refuse a part file, the manifest, the rejects file or the commit log of a ``framing score`` output given to
    ``framing summarize`` in place of its folder, naming the folder to give."""
    from .scale.writer import commit_log_path, manifest_path, rejects_path

    path = Path(file)
    if file == "-" or not path.is_file():
        return
    folder = path.parent if _is_score_output(str(path.parent)) else None
    for suffix, named in ((".manifest.json", manifest_path), (".rejects.jsonl", rejects_path),
                          (".commits.jsonl", commit_log_path)):
        if folder is None and path.name.endswith(suffix):
            beside = path.with_name(path.name[:-len(suffix)])
            folder = beside if beside.is_dir() and named(beside) == path else None
    if folder is not None:
        raise InputError(f"{file}: a file of the framing score output {folder}; give the output folder itself, "
                         f"framing summarize {folder}, which reads its parts with the input's text")


def _whose(document: int | None, where: Sequence[str]) -> str:
    """Where the document whose own a summary's source is (``document``: its position) was read, in brackets, as
    the index of html reports names its FILE beside such a source; nothing for a source merged across documents."""
    return f"  [{where[document]}]" if document is not None and document < len(where) else ""


def _format_summary(summary, sources: int, where: Sequence[str] = ()) -> str:
    """A :func:`framing.summarize` result as a short table: documents and sentences, each label's count and
    share, the first ``sources`` sources (one that names no one, "a spokesperson", is a document's own: its place in
    ``where``, its FILE and line, beside it) and as many loaded phrases, and the unsourced and denial figures that
    were measured."""
    rows = [f"documents  {summary['documents']}", f"sentences  {summary['sentences']}", ""]
    width = max((len(label) for label in summary["counts"]), default=0)
    rows += [f"{label:<{width}}  {n:>6}  {summary['shares'][label]:6.1%}" for label, n in summary["counts"].items()]
    if summary["sources"]:
        rows += ["", "sources (documents, sentences):"]
        rows += [f"  {s['documents']:>4}  {s['sentences']:>5}  {s['display']}{_whose(s['document'], where)}"
                 for s in summary["sources"][:sources]]
    if summary["loaded_phrases"]:
        rows += ["", "loaded phrases (documents, uses):"]
        rows += [f"  {p['documents']:>4}  {p['count']:>5}  {p['text']}" for p in summary["loaded_phrases"][:sources]]
    if summary["loaded_phrases_not_english"]:
        rows += [f"  (left out: those of {counted(summary['loaded_phrases_not_english'], 'document')} not in English)"]
    figures = [("unsourced evaluative sentences", summary["unsourced_evaluative_sentences"]),
               ("denial pairs", summary["denial_pairs"]),
               ("  with an allegation", summary["denial_pairs_with_allegation"]),
               ("rebuttals", summary["rebuttals"])]
    measured = [(name, n) for name, n in figures if n is not None]
    if measured:
        rows.append("")
        rows += [f"{name}  {n}" for name, n in measured]
    return "\n".join(rows + _unmeasured(summary, [name for name, n in figures if n is None and name[0] != " "])) + "\n"


def _format_groups(column: str, groups: list[Any], sources: int, where: Sequence[str]) -> str:
    """The summary table of each group of ``summarize --by COLUMN``, each under a ``==> COLUMN: value <==`` line,
    as ``framing analyze`` heads each FILE's table."""
    tables = [f"==> {column}: {'(none)' if group['value'] is None else group['value']} <==\n"
              + _format_summary(group["summary"], sources, where) for group in groups]
    return "\n".join(tables)


#: How many of a summary's sources its CSV row names in ``top_sources``.
_CSV_SOURCES = 5


def _summary_csv(groups: list[Any], column: str | None, excel: bool) -> str:
    """``framing summarize --format csv``: a header, then a row of each group's figures (``--by COLUMN``: the
    group's value first, in a column named ``COLUMN``; without it, one row for all documents), to open in a
    spreadsheet and compare articles or outlets side by side: documents, sentences, each label's count and share,
    the sources cited (how many, how many deny, the first few with their sentences), the unsourced evaluative
    sentences and share, denial pairs (with an allegation) and rebuttals. A figure not measured is empty."""
    labels = list(dict.fromkeys(label for group in groups for label in group["summary"]["counts"]))
    content = io.StringIO()
    writer = csv_writer(content, excel)
    writer.writerow([*([column] if column is not None else []), "documents", "sentences",
                     *(f"count_{label}" for label in labels), *(f"share_{label}" for label in labels),
                     "sources", "denying_sources", "top_sources", "unsourced_evaluative_sentences",
                     "unsourced_evaluative_share", "denial_pairs", "denial_pairs_with_allegation", "rebuttals"])
    for group in groups:
        summary = group["summary"]
        sources = summary["sources"]
        figures = [summary.get(name) for name in ("unsourced_evaluative_sentences", "unsourced_evaluative_share",
                                                  "denial_pairs", "denial_pairs_with_allegation", "rebuttals")]
        writer.writerow([*([group["value"] if group["value"] is not None else ""] if column is not None else []),
                         summary["documents"], summary["sentences"],
                         *(summary["counts"].get(label, 0) for label in labels),
                         *(_csv_figure(summary["shares"].get(label)) for label in labels),
                         len(sources), sum(1 for entry in sources if entry["denying_documents"]),
                         "; ".join(f"{entry['display']} ({entry['sentences']})" for entry in sources[:_CSV_SOURCES]),
                         *(_csv_figure(figure) for figure in figures)])
    return content.getvalue()


def _csv_figure(value: Any) -> Any:
    """A figure in a CSV cell: a share rounded to four places, a count as it is, an unmeasured one (``None``) empty."""
    if value is None:
        return ""
    return round(value, 4) if isinstance(value, float) else value


def _unmeasured(summary, figures: list[str]) -> list[str]:
    """A line naming the ``figures`` (and the sources) a summary leaves out because its labels lack those the
    profile reads by name, so that a model trained on labels of its own does not seem to have found none."""
    from .profile import PROFILE_LABELS

    lacking = [label for label in PROFILE_LABELS if summary["counts"] and label not in summary["counts"]]
    if not summary["sources"] and {"attributed_claim", "official_denial"} <= set(lacking):
        figures = ["sources", *figures]
    if not figures or not lacking:
        return []
    return ["", f"not measured, as the labels lack {', '.join(lacking)} (the profile reads them by name): "
                f"{', '.join(figures)}"]
