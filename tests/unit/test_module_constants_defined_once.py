"""No module gives a name at its top level twice.

In the concerns reader (6,700 lines) a second ``_HOMES`` or ``_A_HOME`` silently replaces the first, and
every rule that used the first then reads different words: it has happened three times, and ruff does
not see it. A name is given once; a second meaning takes a second name.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted(
    path for folder in ("api/frontdoor", "bot", "eval") for path in (ROOT / folder).rglob("*.py")
)


def _given_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        names.update(t.id for t in targets if isinstance(t, ast.Name))
    return sorted(name for name, count in names.items() if count > 1)


def test_there_are_modules_to_check() -> None:
    assert len(MODULES) > 50


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_each_top_level_name_is_given_once(path: Path) -> None:
    assert _given_twice(path) == []
