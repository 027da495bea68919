"""Loading the project's content files (sites, checklist, safety) with errors a person can act on.

Content lives in YAML under ``content/``. A bad file must stop the process with a message that names
the file, the key and the problem, so every loader goes through :func:`load_model`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from frontdoor.yaml_text import read_yaml_file

DEFAULT_CONTENT_DIR = Path(__file__).resolve().parents[2] / "content"

M = TypeVar("M", bound=BaseModel)


class ContentError(Exception):
    """A content file is missing, unreadable or invalid."""

    def __init__(self, path: Path | str, key: str, problem: str) -> None:
        self.path = str(path)
        self.key = key
        self.problem = problem
        super().__init__(f"{self.path}: {key or '(top level)'}: {problem}")


def load_yaml(path: Path) -> Any:
    """Read a YAML file, turning I/O and syntax errors into :class:`ContentError`."""
    try:
        return read_yaml_file(path)
    except OSError as exc:
        raise ContentError(path, "", f"cannot read the file ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else ""
        raise ContentError(path, where, f"not valid YAML ({getattr(exc, 'problem', exc)})") from exc


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def load_model(path: Path, model: type[M]) -> M:
    """Load ``path`` and validate it as ``model``; the first problem becomes a :class:`ContentError`."""
    return validate_model(path, load_yaml(path), model)


def validate_model(path: Path, data: Any, model: type[M]) -> M:
    """Validate what was read from ``path`` as ``model``; the first problem is a :class:`ContentError`."""
    try:
        return model.model_validate(data if data is not None else {})
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ContentError(path, _dotted(tuple(first["loc"])), first["msg"]) from exc
