"""``framing classify``: a sentence per line in, streamed batch by batch, a label per line out as JSON Lines or
CSV."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from .cli_inputs import input_name, load_analyzer, refuse_empty_paths
from .cli_options import show_progress
from .cli_output import check_format, check_out, csv_writer, open_output
from .cli_tables import warn_if_table
from .textio import json_line

#: Named, not __name__: the command's warnings come from one logger, whichever module gives them.
logger = logging.getLogger("framing.cli")


def _csv_header(labels: Sequence[str]) -> list[str]:
    """``framing classify``'s CSV columns after the line number: label, a score per label, the flags, text."""
    return ["label", *(f"score_{label}" for label in labels), "low_confidence", "truncated", "text"]


def _csv_fields(labelled, text: str, labels: Sequence[str]) -> list:
    """The :func:`_csv_header` fields of the :class:`Prediction` of the line ``text``."""
    return [labelled.label, *(labelled.scores[label] for label in labels),
            str(labelled.low_confidence).lower(), str(labelled.truncated).lower(), text]


def run_classify(args) -> int:
    from .progress import progress_bar
    from .textio import read_lines

    if not refuse_empty_paths(args) or not check_format(args) or not check_out(args, args.file):
        return 2
    warn_if_table(args.file, command="classify")
    lines = read_lines(args.file, args.encoding, encoding_option=True)
    first = next(lines, None)  # opens the input: a missing file is reported before the model loads
    second = next(lines, None)
    if first is not None and second is not None:
        warn_if_table(args.file, f"{first[1]}\n{second[1]}", command="classify")  # "id,sentence" over a row
    analyzer = load_analyzer(args)
    # one bar for the whole stream (its length is not known ahead), moved batch by batch
    with open_output(args.out) as handle, progress_bar(show_progress(args), "classify", "sentence") as bar:
        if args.format == "csv":
            writer = csv_writer(handle, args.excel)
            writer.writerow(["line", *_csv_header(analyzer.labels)])

            def write(number: int, line: str, prediction) -> None:
                writer.writerow([number, *_csv_fields(prediction, line, analyzer.labels)])
        else:
            def write(number: int, line: str, prediction) -> None:
                handle.write(json_line({"line": number, "text": line, **prediction.to_dict()}) + "\n")
        labelled = 0
        pending = [line for line in (first, second) if line is not None]
        for number, line in lines:
            pending.append((number, line))
            if len(pending) == _CLASSIFY_BATCH:
                labelled += _classify_batch(analyzer, pending, write, bar, first=not labelled)
                pending = []
        labelled += _classify_batch(analyzer, pending, write, bar, first=not labelled)
    if not labelled:
        print(f"framing classify: note: {input_name(args.file)} has no non-blank lines; there is nothing to label",
              file=sys.stderr)
    return 0


#: Lines labelled per batch by ``framing classify`` (output streams batch by batch).
_CLASSIFY_BATCH = 4096


def _classify_batch(analyzer, lines: list[tuple[int, str]], write, bar, first: bool) -> int:
    """Label the non-blank lines and ``write(number, line, prediction)`` each; in the ``first`` batch, warn
    (by line number) when lines hold more than one sentence.

    Returns how many lines were labelled.
    """
    from .analyze import several_sentences

    kept = [(number, line) for number, line in lines if line.strip()]
    texts = [line.strip() for _, line in kept]
    if first:
        several = several_sentences(texts)
        if several:
            logger.warning(
                "%d of the first %d lines hold more than one sentence (the first is line %d); each line is "
                "labelled as one sentence: use 'framing analyze' to split text into sentences",
                len(several), min(len(texts), 1000), kept[several[0]][0])
    predictions = analyzer.classify(texts, check_sentences=False)
    for (number, line), prediction in zip(kept, predictions):
        write(number, line, prediction)
    bar.update(len(kept))
    return len(kept)
