"""What the ``framing`` command reads besides its options: its FILEs (named, checked, each read once) and its
model."""

from __future__ import annotations

import logging
import os
import sys

from .cli_options import show_progress
from .cli_output import shown_name
from .errors import command_line_wording

#: Named, not __name__: the command's warnings come from one logger, whichever module gives them.
logger = logging.getLogger("framing.cli")


def load_analyzer(args):
    """The command's model; on a terminal a note says it is loading (the first load verifies the base encoder,
    some seconds of silence otherwise), and goes once it is loaded."""
    from .analyze import load
    from .progress import loading_note

    with loading_note(hasattr(args, "quiet") and show_progress(args)):
        return load(args.model, device=args.device, precision=args.precision, batch_tokens=args.batch_tokens,
                    tokenizer_workers=getattr(args, "tokenizer_workers", 0),
                    compile=getattr(args, "compile", False))


def input_name(path: str) -> str:
    """How notices name the input FILE."""
    return "standard input" if path == "-" else path


def _inputs_problem(args) -> str | None:
    """Why FILE or ``--out`` is empty, or ``None``: an empty path would read (or write into) the current
    folder."""
    if "" in (args.files if args.command == "analyze" else [args.file]):
        return "FILE is empty; give a text file path, or - for standard input"
    if args.out == "":
        return "--out is empty; give a path, or - for standard output"
    return None


def refuse_empty_paths(args) -> bool:
    """Print the usage error of :func:`_inputs_problem`; ``True`` when there is none."""
    problem = _inputs_problem(args)
    if problem:
        print(f"framing {args.command}: error: {command_line_wording(problem)}", file=sys.stderr)
    return problem is None


def without_repeats(files: list[str], done: str = "analysed") -> list[str]:
    """``files`` with each file kept at its first place only, a warning naming each one dropped: one file given
    twice ("news/*.txt news/a.txt", or one path written two ways, "a.txt ./a.txt", or a link to it) would
    otherwise be ``done`` twice: analysed and written twice, or summed up as twice its documents.
    Files that cannot be read are compared by their names as given (each is then reported once); standard input
    is never dropped, since more than one FILE with it is refused as it is."""
    kept: dict[object, str] = {}
    for file in files:
        if file == "-":
            kept[object()] = file
            continue
        try:
            found = os.stat(file)
            key: object = (found.st_dev, found.st_ino)
        except OSError:  # missing or unreadable: reported when it is read
            key = file
        if key in kept:
            logger.warning("%s is given more than once%s; it is %s once", input_name(file),
                           "" if file == kept[key] else f" (also as {shown_name(kept[key])})", done)
            continue
        kept[key] = file
    return list(kept.values())
