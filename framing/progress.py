"""One way to make a progress bar: tqdm on stderr, silent unless asked for."""

from __future__ import annotations


def progress_bar(enabled: bool, desc: str, unit: str, total: int | None = None, leave: bool = True):
    """A tqdm bar on stderr; a silent, do-nothing one unless ``enabled``."""
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, unit=unit, leave=leave, disable=not enabled, dynamic_ncols=True)
