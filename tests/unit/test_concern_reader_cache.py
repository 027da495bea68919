"""The concern reader is trained once per checklist, not once per load of the content files."""

from __future__ import annotations

from frontdoor.caches import forget
from frontdoor.checklist.matching import reader_for
from frontdoor.content import get_content


def test_the_same_checklist_loaded_again_reuses_the_trained_reader() -> None:
    """Every test's app, and every content reload, loads the checklist again: training the reader each
    time cost a second or more per API test."""
    first = reader_for(get_content().checklist)
    forget()
    assert reader_for(get_content().checklist) is first


def test_a_changed_checklist_gets_its_own_reader() -> None:
    checklist = get_content().checklist
    changed = checklist.model_copy(update={"ordinary": [*checklist.ordinary, "the dog had its jabs today"]})
    assert reader_for(changed) is not reader_for(checklist)
