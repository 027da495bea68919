"""Concerns from round 37's final people and round 19's first concerns, each tested in other words."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from frontdoor.checklist.matching import match_concerns


@pytest.mark.parametrize(
    ("role", "text", "present", "absent"),
    [
        # Said in words of their own: frontdoor.checklist.other_words
        ("on_behalf", "mum's been living on biscuits and tea for a fortnight", "eating_or_appetite", None),
        ("self", "I've had to cut my hours at the shop", "work_or_education", None),
        ("carer_for_self", "I've used up all my leave taking him to the clinic", "work_or_education", None),
        ("self", "my manager keeps texting for a date for when I'm back", "work_or_education", None),
        ("carer_for_self", "if I don't go in I don't earn, I'm a cleaner", "money_or_finance", None),
        ("self", "the corner shop is dear as anything", "money_or_finance", None),
        ("self", "I thought I was finished with all this, and now it's back", "coping_with_diagnosis", None),
        ("self", "I'm not sure I can face it all again", "coping_with_diagnosis", None),
        ("self", "honestly I'm not ready for any of it", "coping_with_diagnosis", None),
        ("self", "since I retired from the bowls club I don't know what I'm for", "meaning_or_purpose", None),
        # Words that only look like a concern
        ("self", "I'm scared the treatment's no workin", "worry_fear_or_anxiety", "work_or_education"),
        (
            "self",
            "I've gone down two dress sizes, can't face food",
            "eating_or_appetite",
            "washing_and_dressing",
        ),
        ("carer_for_self", "my wife has it in her liver and I do everything", None, "pain"),
        (
            "carer_for_self",
            "she's got it in her lungs and I can't drive",
            "transport_or_parking",
            "breathing",
        ),
        ("self", "I hope to see my grandson born, inshallah", None, "faith_or_spiritual"),
        ("self", "my hip aches, worse at night", "pain", "sleep"),
        ("self", "my walking's shocking these days", "walking_or_moving", "coping_with_diagnosis"),
        (
            "self",
            "it's two buses to the hospital and I can't get anything down except soup",
            "eating_or_appetite",
            "sadness_or_depression",
        ),
        ("self", "keep stoppin and wantin to sit down", None, "transport_or_parking"),
        # A concern called no problem, and why
        (
            "self",
            "work's fine, my boss has been great, it's the tiredness",
            "tiredness_or_fatigue",
            "work_or_education",
        ),
        ("self", "money's ok, I've got my savings. I just can't sleep", "sleep", "money_or_finance"),
        ("self", "we're ok for money. I'm so tired", "tiredness_or_fatigue", "money_or_finance"),
        ("self", "money's fine but the bills keep coming", "money_or_finance", None),
        ("self", "I'm not alright for money at all", "money_or_finance", None),
        ("self", "I'm not scared of the op, I'm scared of what they'll find", "worry_fear_or_anxiety", None),
        ("self", "sleep's ok, it's the pain in my legs at night", "pain", "sleep"),
    ],
)
def test_concerns_in_their_own_words(
    checklist: Checklist, role: str, text: str, present: str | None, absent: str | None
) -> None:
    found = match_concerns(text, checklist, role)
    assert present is None or present in found, found
    assert absent is None or absent not in found, found
