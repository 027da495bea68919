"""Fixtures the unit tests share."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist, load_checklist


@pytest.fixture(scope="module")
def checklist() -> Checklist:
    """The checklist as content/checklist.yml defines it, read once per test module."""
    return load_checklist()
