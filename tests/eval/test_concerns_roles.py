"""The concerns eval reads each answer as the conversation would, for the role of whoever wrote it."""

from __future__ import annotations

from eval.concerns import score
from frontdoor.checklist.definition import load_checklist


def test_an_answer_written_on_someones_behalf_is_read_as_their_concern() -> None:
    cases = [
        {
            "id": "T1",
            "who": "on_behalf",
            "text": "Dad's badly constipated from the morphine, he asked me to mention it",
            "items": ["bladder_or_bowels"],
            "categories": ["physical"],
        }
    ]
    report = score(cases, load_checklist())
    assert report["items"]["recall"] == 1.0, report
