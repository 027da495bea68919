"""Reading YAML fast: libyaml's C parser when PyYAML was built with it, and a file read again unchanged
is not parsed again.

The content files are large (the safety vocabulary and its examples are hundreds of kilobytes) and are
read at every start-up and, in the tests, for every fresh app. The pure-Python parser takes about a
second over them; the C one a fraction of that, with the same safe subset of YAML.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# path -> (digest of its bytes, what they parsed to, pickled): the latest parse of each file, for the
# files read most recently (the tests read copies of the content from many folders).
_PARSED: dict[str, tuple[bytes, bytes]] = {}
KEPT_FILES = 32


def parse_yaml(text: str) -> Any:
    """``yaml.safe_load`` with the fastest safe loader available; raises ``yaml.YAMLError`` as it does."""
    return yaml.load(text, Loader=_LOADER)


def read_yaml_file(path: Path) -> Any:
    """The file's YAML. Bytes parsed before are not parsed again: the first parse is copied, so every
    caller still gets objects of its own to change. Raises ``OSError`` or ``yaml.YAMLError``."""
    raw = Path(path).read_bytes()
    digest = hashlib.blake2b(raw, digest_size=16).digest()
    key = str(Path(path).resolve())
    cached = _PARSED.get(key)
    if cached is None or cached[0] != digest:
        cached = (digest, pickle.dumps(parse_yaml(raw.decode("utf-8")), protocol=pickle.HIGHEST_PROTOCOL))
        _PARSED.pop(key, None)
        if len(_PARSED) >= KEPT_FILES:
            _PARSED.pop(next(iter(_PARSED)))  # the file parsed longest ago
        _PARSED[key] = cached
    # Our own pickle of a safe YAML parse, made in this process: never bytes from outside.
    return pickle.loads(cached[1])
