"""What a result came from, for manifests and reports: library versions and an in-memory model's digest."""

from __future__ import annotations

import hashlib
import json
import platform
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analyze import Analyzer

__all__ = ["library_versions", "analyzer_fingerprint", "model_record"]


def library_versions() -> dict[str, str]:
    """The versions of framing and of the libraries its scores depend on."""
    import numpy
    import torch
    import transformers

    from . import __version__

    return {"framing": __version__, "torch": torch.__version__, "transformers": transformers.__version__,
            "tokenizers": version("tokenizers"), "numpy": numpy.__version__, "python": platform.python_version()}


def analyzer_fingerprint(analyzer: "Analyzer") -> str:
    """SHA-256 of an in-memory model's configuration and parameters (a model from a folder is named by
    the folder's fingerprint instead)."""
    import torch

    config = json.dumps(analyzer.model.config.to_json(), ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.sha256(config.encode())
    for name, tensor in sorted(analyzer.model.state_dict().items()):
        digest.update(name.encode() + b"\0")
        if hasattr(tensor, "detach"):
            digest.update(tensor.detach().cpu().contiguous().view(-1).view(dtype=torch.uint8).numpy().tobytes())
    return digest.hexdigest()


def model_record(analyzer: "Analyzer", in_memory: str | None = None) -> dict[str, str | None]:
    """The model an Analyzer runs, as results record it: ``path`` (``None`` for the bundled model; the
    folder it was loaded from; ``in_memory`` for one built in memory) and ``fingerprint`` (of the folder's
    config and weights, or of an in-memory model's)."""
    from .analyze import DEFAULT_MODEL_DIR

    if analyzer.source is None:
        return {"path": in_memory, "fingerprint": analyzer_fingerprint(analyzer)}
    bundled = analyzer.source == Path(DEFAULT_MODEL_DIR).resolve()
    return {"path": None if bundled else str(analyzer.source), "fingerprint": analyzer.source_fingerprint}
