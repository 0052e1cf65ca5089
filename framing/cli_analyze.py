"""``framing analyze``: one FILE, or several with one model load, each into a file of an ``--out`` folder or
all to one stream, as a table, JSON, an html report or CSV."""

from __future__ import annotations

import argparse
import io
import json
import logging
import os
import shlex
import shutil
import sys
import textwrap
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, TextIO

from .cli_inputs import input_name, load_analyzer, refuse_empty_paths, without_repeats
from .cli_options import excel_problem, show_progress
from .cli_output import (FILE_ENDINGS, RESULT_SUFFIXES, check_format, check_out, csv_writer, open_output,
                         option_wording, result_path, result_stem, shown_folder, shown_name, to_stdout,
                         write_output)
from .cli_pages import index_problem, model_name, say_where_reports, warn_of_unlinked_reports, write_index
from .cli_tables import warn_if_table
from .columns import fit, label_columns
from .document import Document, DocumentRecord
from .errors import FramingError, InputError, command_line_wording, counted
from .profile import current_profile
from .progress import LoggedBar
from .report import whole_percentages
from .textio import json_cell, json_line

_COLOURS = {
    "reported_fact": "\033[37m",
    "attributed_claim": "\033[36m",
    "official_denial": "\033[33m",
    "editorial_opinion": "\033[35m",
}
_RESET = "\033[0m"


def _read_file(file: str, in_place: bool = False, encoding: str = "utf-8") -> str:
    """The text of FILE in ``encoding`` (see :func:`framing.textio.read_text`; ``in_place``: one of several FILEs,
    whose encoding is converted into the file itself); a folder is refused with how to analyse what is in it: its
    files named (``DIR/*.txt``), or ``framing score``, which reads a folder of .txt files."""
    from .textio import read_text

    if file != "-" and Path(file).is_dir():
        raise InputError(f"{file}: is a directory, expected a text file; to analyse the files in it, name them "
                         f"({shlex.quote(file)}/*.txt), or label them all with framing score {shlex.quote(file)} "
                         "--out OUT")
    return read_text(file, in_place, encoding, encoding_option=True)


def run_analyze(args) -> int:
    if not refuse_empty_paths(args):
        return 2
    if len(args.files) > 1 or _names_folder(args.out):
        return _run_analyze_files(args)
    file = args.files[0]
    if not check_format(args):
        return 2
    if args.format == "html" and args.out is None:
        print("framing analyze: error: --format html needs --out PATH (or --out - for standard output)",
              file=sys.stderr)
        return 2
    if not check_out(args, file):
        return 2
    warn_if_table(file)
    text = _read_file(file, encoding=args.encoding)
    warn_if_table(file, text)
    _note_if_blank(file, text)
    analyzer = load_analyzer(args)
    with _sentences_logged(args, file, text):
        doc = analyzer.analyze(text, progress=show_progress(args))
    write_output(args, _render(args, doc, analyzer.labels, file))
    if not to_stdout(args.out):
        _say_what_was_written(args.out, doc)
    return 0


def _say_what_was_written(out: str, doc: Document) -> None:
    """One line on standard error naming the file ``--out`` names and how many sentences it holds, as
    :func:`framing.cli_pages.say_where_reports` names a folder's index: the bar of sentences is gone when done, and
    off a terminal none is drawn, so a run that wrote a file would otherwise end without a word. Printed with
    ``--quiet`` too (it stills the bar alone); never with the output on standard output."""
    print(f"framing analyze: wrote {shown_name(out)} ({counted(len(doc.sentences), 'sentence')})", file=sys.stderr)


def _sentences_logged(args: argparse.Namespace, file: str, text: str) -> Any:
    """Off a terminal (a nightly job's log, where no bar is drawn) and without ``--quiet``, the analysis of a long
    ``text`` (:func:`framing.progress.long_document`, read from ``file``) logs how many of its sentences are done
    (:func:`framing.progress.logged_progress`), as several FILEs log how many are done: a long article takes
    minutes on a CPU."""
    from .progress import logged_progress, long_document

    enabled = not args.quiet and not sys.stderr.isatty() and long_document(text)
    return logged_progress(enabled, _files_logger, shown_name(file))


def _run_analyze_files(args) -> int:
    """``framing analyze`` of several FILEs (or into a folder) with one model load: each result goes to
    ``<out>/<stem>.<ext>``, or without ``--out`` to standard output one after another (a table under each
    FILE's name, JSON Lines, or one CSV table), as that one CSV table into the file an ``--out NAME.csv`` names
    (see :func:`_one_csv_table`). A FILE that cannot be read (missing, not UTF-8, binary, a folder) is reported,
    naming it, and costs only its own result: the others are written, and the exit status is then 1."""
    one_table = _one_csv_table(args)
    folder = None if to_stdout(args.out) or one_table else Path(args.out)
    args.format = "csv" if one_table else args.format or "table"
    args.files = without_repeats(args.files)
    problem = _files_problem(args.files, folder, args.format) or excel_problem(args, ending_chooses=False)
    if problem:
        print(f"framing analyze: error: {command_line_wording(problem)}", file=sys.stderr)
        return 2
    if one_table and not all(check_out(args, file) for file in args.files):
        return 2
    for file in args.files:
        warn_if_table(file)
    texts: list[tuple[str, str]] = []  # (FILE, its text): every input is read before the model loads
    unread = []
    for file in args.files:
        try:
            # in place: a copy beside it would join the pattern
            text = _read_file(file, in_place=len(args.files) > 1, encoding=args.encoding)
        except FramingError as exc:  # its message names the FILE and why; the others are still analysed
            print(f"framing analyze: error: {option_wording(exc)}", file=sys.stderr)
            unread.append(file)
            continue
        warn_if_table(file, text)
        _note_if_blank(file, text)
        texts.append((file, text))
    if texts:
        _analyze_files(args, folder, texts)
    if unread and len(args.files) > 1:
        print(f"framing analyze: error: {len(unread)} of {len(args.files)} FILEs could not be read and have no "
              f"result: {', '.join(map(shown_name, unread))}", file=sys.stderr)
    return 1 if unread else 0


def _one_csv_table(args: argparse.Namespace) -> bool:
    """Whether several FILEs go into the one CSV file ``--out`` names (``--out sentences.csv``, with ``--format csv``
    or none): the table standard output gets, one header and each FILE's rows, its ``file`` column naming it. A
    folder of CSVs is asked for by a name without an ending; an existing folder so named, or a name ending in a
    slash (``--out res.csv/``, refused as a folder's name that ends like a file), is a folder (see
    :func:`_names_folder`)."""
    return (len(args.files) > 1 and not to_stdout(args.out) and Path(args.out).suffix.lower() == ".csv"
            and args.format in (None, "csv") and not _names_folder(args.out))


def _analyze_files(args, folder: Path | None, texts: list[tuple[str, str]]) -> None:
    """Analyse each ``(FILE, text)`` of ``texts`` with one model load and write its result into ``folder`` (with
    html, and the index linking them), or without one to standard output, or to the one CSV file ``--out`` names."""
    from .progress import progress_bar

    analyzer = load_analyzer(args)
    if folder is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FramingError(f"--out {args.out}: cannot create the folder ({exc.strerror or exc})") from None
    # several FILEs: one bar counting them, where a bar of each FILE's sentences would start over for each
    by_file = len(texts) > 1 and show_progress(args)
    logged = len(texts) > 1 and not args.quiet and not sys.stderr.isatty()
    with (_LoggedFiles(len(texts)) if logged else progress_bar(by_file, "analyze", "file", total=len(texts))) as bar:
        if folder is not None and args.format == "html":
            write_index(folder, _html_reports(args, analyzer, folder, texts, bar), args.model)
            warn_of_unlinked_reports(folder, [result_path(folder, file, "html") for file, _ in texts])
            say_where_reports("analyze", len(texts), folder)
            return
        one_file = folder is None and not to_stdout(args.out)  # the one CSV table of --out NAME.csv
        sentences = 0
        with open_output(args.out) if one_file else nullcontext(sys.stdout) as stream:
            for index, (file, text) in enumerate(texts):
                # nothing kept but its count of sentences: one document at a time
                sentences += len(_analyze_and_write(args, analyzer, folder, index, file, text,
                                                    _sentence_bar(args, len(texts), text), stream).sentences)
                bar.update()
    if folder is not None or one_file:
        _say_what_files_wrote(args.out, len(texts), sentences, one_file)


def _say_what_files_wrote(out: str, files: int, sentences: int, one_file: bool) -> None:
    """One line on standard error ending a run of ``files`` FILEs (``sentences`` in all) written into the folder
    ``--out`` names, "wrote 3 files to results/ (412 sentences)", or (``one_file``) into its one CSV table, "wrote
    all.csv (412 sentences of 3 FILEs)", as :func:`_say_what_was_written` ends a FILE's; html's line, naming the
    index, is :func:`framing.cli_pages.say_where_reports`. Printed with ``--quiet`` too; never with the output on
    standard output."""
    if one_file:
        print(f"framing analyze: wrote {shown_name(out)} ({counted(sentences, 'sentence')} of "
              f"{counted(files, 'FILE')})", file=sys.stderr)
        return
    print(f"framing analyze: wrote {counted(files, 'file')} to {shown_folder(out)} ({counted(sentences, 'sentence')})",
          file=sys.stderr)


def _sentence_bar(args: argparse.Namespace, files: int, text: str) -> bool:
    """Whether the analysis of ``text``, one of ``files`` FILEs, draws a bar of its sentences: where bars are shown,
    for a FILE alone, and for a long one of several (:func:`framing.progress.long_document`, as
    ``Analyzer.analyze_many`` draws it), under the bar of FILEs (left off the screen when done), where a bar of each
    short FILE's sentences would only flicker."""
    from .progress import long_document

    return show_progress(args) and (files == 1 or long_document(text))


class _LoggedFiles(LoggedBar):
    """In place of the bar of FILEs off a terminal (a batch job's log, cron, ``nohup``), where none is drawn: a line
    logged for the first FILE analysed, then at most every :data:`framing.progress.LOG_SECONDS`, and for the last,
    as ``framing score`` logs its commits; a run over many FILEs would otherwise say nothing for minutes."""

    def __init__(self, total: int) -> None:
        super().__init__(total, "FILE", _files_logger, "analysed")

    def _log(self, rate: float) -> None:
        _files_logger.info("analysed %s of %s FILEs (%s FILEs/s)", f"{self.n:,}", f"{self.total:,}", f"{rate:,.2f}")

    def __enter__(self) -> _LoggedFiles:
        level = _files_logger.level
        _files_logger.setLevel(logging.INFO)  # shown without -v, as score's commit lines are
        self._restore = level
        return self

    def __exit__(self, *exc: object) -> None:
        _files_logger.setLevel(self._restore)


#: The logger of those lines, set to INFO while they are logged, so that no other INFO of the command shows.
_files_logger = logging.getLogger("framing.cli.files")


def _analyze_and_write(args, analyzer, folder: Path | None, index: int, file: str, text: str,
                       progress: bool, stream: TextIO | None = None) -> Document:
    """Analyse ``text``, read from ``file`` (the ``index``-th FILE), and write its result into ``folder``, or
    without one to ``stream`` (default: standard output; the one CSV file ``--out`` names) (a table under the
    FILE's name, a JSON line, or its CSV rows); returns the Document.

    One document at a time, as a FILE analysed alone (batching across them would move the scores
    slightly); its warnings (markup, not English) name it. ``progress``: a bar of its sentences (see
    :func:`_sentence_bar`; several FILEs are counted by :func:`_analyze_files`'s bar of FILEs)."""
    with _warnings_naming(file), _sentences_logged(args, file, text):
        doc = analyzer.analyze(text, progress=progress)
    if folder is not None:
        with open_output(str(result_path(folder, file, args.format))) as handle:
            handle.write(_render(args, doc, analyzer.labels, file))
    else:
        _write_one_of_several(args, analyzer.labels, doc, index, file, stream or sys.stdout)
    return doc


def _write_one_of_several(args, labels: Sequence[str], doc: Document, index: int, file: str, stream: TextIO) -> None:
    """Write the result of ``file``, the ``index``-th of several FILEs, to ``stream``, after the others'."""
    if args.format == "json":
        stream.write(json_line(_record(doc, file)) + "\n")
    elif args.format == "csv":  # one table, as JSON Lines are one stream: the header once, its file column telling
        stream.write(_format_csv(doc, labels, file, excel=args.excel, header=not index))
    else:
        heading = ("\n" if index else "") + f"==> {shown_name(file)} <==\n"
        stream.write(heading + _render(args, doc, labels, file))


def _html_reports(args, analyzer, folder: Path, texts: list[tuple[str, str]],
                  bar: Any) -> Iterator[tuple[str, str, Document, str]]:
    """Each FILE's html report, analysed from its ``(FILE, text)`` in ``texts`` and written into ``folder`` in turn, as
    ``render_index`` reads it: ``(FILE's name, the report's file name, Document, FILE)``; the index keeps each report's
    figures, not its Document. ``bar`` counts the reports written; a long one's sentences get a bar of their own
    (see :func:`_sentence_bar`)."""
    for index, (file, text) in enumerate(texts):
        doc = _analyze_and_write(args, analyzer, folder, index, file, text, _sentence_bar(args, len(texts), text))
        bar.update()
        # the file's name alone, as the folder lists its reports: a long path given would crowd the index
        yield shown_name(Path(file).name), result_path(folder, file, "html").name, doc, shown_name(file)


@contextmanager
def _warnings_naming(file: str) -> Iterator[None]:
    """Prefix what the Analyzer logs meanwhile with ``file``, so that a warning among several FILEs says
    which one it is about."""
    logger = logging.getLogger("framing.analyze")

    def prefix(record: logging.LogRecord) -> bool:
        record.msg = f"{input_name(file)}: {record.msg}"
        return True

    logger.addFilter(prefix)
    try:
        yield
    finally:
        logger.removeFilter(prefix)


def _names_folder(out: str | None) -> bool:
    """Whether ``framing analyze``'s ``--out`` names a folder whatever the number of FILEs: an existing folder,
    a path ending in a slash, or a new path without an ending (``--out results``), so a pattern that matches
    one FILE still writes into the folder it names."""
    if to_stdout(out) or not out:
        return False
    path = Path(out)
    return path.is_dir() or out.endswith(("/", os.sep)) or (not path.suffix and not os.path.lexists(out))


def _files_problem(files: list[str], folder: Path | None, format: str) -> str | None:
    """Why several FILEs cannot be analysed into ``folder`` (``None``: standard output) as ``format``, or
    ``None``; checked before any input is read or the model loaded."""
    from .validation import folder_problem

    if "-" in files:
        if len(files) == 1:
            return (f"--out {folder} names a folder, whose results are named after their FILEs; give standard "
                    "input's result a file name (--out result.json)")
        return "- (standard input) must be the only FILE; save it to a file to analyze it with others"
    if folder is None:
        if format == "html":
            return "--format html with several FILEs needs --out FOLDER, which gets a file per FILE"
        return None
    if folder.suffix.lower() in FILE_ENDINGS and not folder.is_dir():
        return (f"--out {folder} ends like a file ({folder.suffix}), but the results go into a folder, which "
                f"gets a file per FILE: name the folder without such an ending (choose the format with --format)"
                f"{_one_file_of_all(folder)}")
    problem = folder_problem(folder)
    if problem:
        return f"--out {problem}"
    problem = _shared_stem_problem(files, folder, format)
    if problem:
        return problem
    problem = index_problem(files, folder) if format == "html" else None
    if problem:
        return problem
    # (device, inode) -> FILE, so each result is checked against every input at one stat each
    inputs: dict[tuple[int, int], str] = {}
    for file in files:
        try:
            found = os.stat(file)
        except OSError:  # missing: reported when it is read
            continue
        inputs.setdefault((found.st_dev, found.st_ino), file)
    for file in files:
        target = result_path(folder, file, format)
        if target.is_dir():
            return f"--out {folder}: the result for {file} would be {target}, which is a folder"
        try:
            found = os.stat(target)
        except OSError:  # no result there yet
            continue
        overwritten = inputs.get((found.st_dev, found.st_ino))
        if overwritten:
            return (f"--out {folder}: the result for {file} would be written over the input FILE {overwritten}; "
                    "choose another folder")
    return None


#: The format that writes several FILEs' results as one file, by the ending of the file wanted.
_ONE_FILE_FORMATS = {".csv": "csv", ".json": "json", ".jsonl": "json", ".txt": "table"}


def _one_file_of_all(path: Path) -> str:
    """How to write several FILEs' results into the one file ``path`` asks for, ``sentences.csv`` say: standard
    output, where they are one table (or JSON Lines), sent to it (``--format csv > sentences.csv``); empty for an
    ending no format writes so (html, a folder per FILE)."""
    format = _ONE_FILE_FORMATS.get(path.suffix.lower())
    if format is None:
        return ""
    if format == "csv":  # written to that file by --format csv (or none): see _one_csv_table
        return f"; for one CSV table of all FILEs in one file, give --format csv --out {shlex.quote(str(path))}"
    what = {"json": "the JSON Lines of all FILEs", "table": "the tables of all FILEs"}[format]
    return (f"; for {what} in one file, leave --out out and send standard output there: --format {format} > "
            f"{shlex.quote(str(path))}")


def _shared_stem_problem(files: list[str], folder: Path, format: str) -> str | None:
    """Why the results of ``files`` in ``folder`` would not each get a file of their own, or ``None``: two
    FILEs with one stem, or with stems that differ only in case or Unicode normal form ("A" and "a", "café"
    composed and not), which a file system that ignores them (macOS, Windows) takes for one name."""
    stems: dict[str, list[str]] = {}
    for file in files:
        stem = result_stem(file)
        stems.setdefault(_stem_key(stem), []).append(stem)
    same = max(stems.values(), key=len)
    if len(same) < 2:
        return None
    target = folder / (same[0] + RESULT_SUFFIXES[format])
    if len(set(same)) == 1:
        return (f"{len(same)} FILEs are named {same[0]!r}; their results would all be {target}: rename them, "
                "or analyze them apart")
    names = " and ".join(repr(stem) for stem in dict.fromkeys(same))
    return (f"{len(same)} FILEs are named {names}, one name on a file system that ignores case or Unicode's "
            f"normal forms (macOS, Windows); their results would all be {target} there: rename them, or "
            "analyze them apart")


def _stem_key(stem: str) -> str:
    """``stem`` as a file system that ignores case and Unicode's normal forms compares it."""
    return unicodedata.normalize("NFC", stem).casefold()


def _note_if_blank(file: str, text: str) -> None:
    """Say on standard error that ``text``, read from ``file``, has no sentences to label."""
    if not text.strip():
        what = "is empty" if not text else "holds only whitespace"
        print(f"framing analyze: note: {input_name(file)} {what}; there are no sentences to label",
              file=sys.stderr)


def _render(args, doc, labels: Sequence[str], file: str) -> str:
    """``doc``, analysed from ``file``, as ``args.format``: the content of one output file."""
    if args.format == "json":
        return json.dumps(_record(doc, file), ensure_ascii=False, indent=2) + "\n"
    if args.format == "csv":
        return _format_csv(doc, labels, file, excel=args.excel)
    if args.format == "html":
        from .report import render_html

        title = args.title or (os.path.basename(shown_name(file)) if file != "-" else "stdin")
        return render_html(doc, title=title, lang=args.lang, model=model_name(args.model))
    colour = to_stdout(args.out) and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    return format_table(doc, colour=colour)


def _record(doc: Document, file: str) -> DocumentRecord:
    """``doc.to_dict()`` with ``meta["file"]`` naming the FILE it was analysed from, as given (``-``:
    standard input), as every JSON result of ``framing analyze`` has it, so records can be told apart."""
    record = doc.to_dict()
    record["meta"] = {**record["meta"], "file": shown_name(file)}
    return record


def _format_csv(doc, labels: Sequence[str], file: str, excel: bool = False, header: bool = True) -> str:
    """A header, then one CSV row per sentence in ``framing score``'s sentence columns and order, with the
    FILE it was read from (``file``) where score has ``doc_id`` and ``record``, so several FILEs' rows can be joined:
    file, then :func:`sentence_csv_header`'s columns. ``excel``: written for spreadsheets (see
    :func:`~framing.cli_output.csv_writer`). Without ``header``, the rows alone, to follow an earlier FILE's in one
    table (nor, with ``excel``, a byte-order mark)."""
    content = io.StringIO()
    writer = csv_writer(content, excel, mark=header)
    if header:
        writer.writerow(["file", *sentence_csv_header(labels)])
    for row in sentence_csv_rows(doc, labels):
        writer.writerow([shown_name(file), *row])
    return content.getvalue()


def sentence_csv_header(labels: Sequence[str]) -> list[str]:
    """The columns of a sentence's CSV row (:func:`sentence_csv_rows`) for a model with ``labels``."""
    return ["sentence_index", "start", "end", "text", "label", *(f"score_{label}" for label in labels), "spans",
            "truncated", "low_confidence", "source", "source_display", "unsourced", "denial_answers"]


def sentence_csv_rows(doc, labels: Sequence[str]) -> Iterator[list]:
    """One CSV row per sentence of ``doc``: sentence_index (from 0, as the profile counts), start, end, text, label,
    ``score_LABEL`` per label, spans (a JSON list of ``{"type", "start", "end", "text"}``, document offsets),
    truncated and low_confidence (true or false); then the source the profile credits the sentence to (its
    ``credits`` entry) and that source as the text first names it (``source_display``), both empty for none;
    unsourced (true for a sentence in the profile's ``unsourced_sentences``, else false; empty where the labels
    cannot tell, as ``unsourced_evaluative_share`` is null) and denial_answers (for a denial of the profile's
    ``denials``, the sentence_index of the claim it answers; empty for none); the profile is built from the
    sentences where ``doc`` holds none with credits (a score output's documents)."""
    profile: Any = doc.profile if doc.profile.get("credits") is not None else current_profile(doc)
    credits = profile.get("credits") or [None] * len(doc.sentences)
    shown = {entry["source"]: entry["display"] for entry in profile.get("sources", [])}
    measured = profile.get("unsourced_evaluative_share") is not None
    unsourced = set(profile.get("unsourced_sentences") or ())
    answers = {pair["denial"]: pair["allegation"] for pair in profile.get("denials") or ()
               if pair.get("allegation") is not None}
    for index, (sentence, credit) in enumerate(zip(doc.sentences, credits)):
        spans = json_cell([span.to_dict() for span in sentence.spans])
        yield [index, sentence.start, sentence.end, sentence.text, sentence.label,
               *(sentence.scores.get(label, "") for label in labels), spans, str(sentence.truncated).lower(),
               str(sentence.low_confidence).lower(), credit or "", shown.get(credit, credit) if credit else "",
               str(index in unsourced).lower() if measured else "", answers.get(index, "")]


def format_table(doc, colour: bool = False, width: int | None = None) -> str:
    """One block per sentence: label, confidence (``?`` after it: a low-confidence guess; ``+``: the sentence
    was cut to fit the model) and the wrapped sentence text."""
    width = width or max(60, min(shutil.get_terminal_size((100, 20)).columns, 120))
    label_width = label_columns(s.label for s in doc.sentences)
    lines = []
    for sentence in doc.sentences:
        mark = ("?" if sentence.low_confidence else " ") + ("+" if sentence.truncated else " ")
        score = f"{sentence.confidence:4.2f}" if sentence.scores else "  --"  # "--": labelled by hand, no scores
        head = f"{fit(sentence.label, label_width)} {score}{mark}"
        body = textwrap.wrap(" ".join(sentence.text.split()), width=max(20, width - label_width - 7)) or [""]
        if colour:
            head = f"{_COLOURS.get(sentence.label, '')}{head}{_RESET}"
        lines.append(head + body[0])
        lines.extend(" " * (label_width + 7) + part for part in body[1:])
    if doc.sentences:
        profile = current_profile(doc)
        percents = whole_percentages(profile["counts"], profile["sentences"])
        lines.append("")
        lines.append("  ".join(f"{label} {percent}%" for label, percent in percents.items()))
    return "\n".join(lines) + "\n"
