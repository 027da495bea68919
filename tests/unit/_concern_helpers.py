"""Shared by the concern reader tests: what the reader finds in a message (the ``checklist`` fixture is
in conftest.py)."""

from __future__ import annotations

from frontdoor.checklist.definition import Checklist
from frontdoor.checklist.matching import match_concerns


def found(checklist: Checklist, text: str, role: str = "self") -> set[str]:
    return set(match_concerns(text, checklist, role))
