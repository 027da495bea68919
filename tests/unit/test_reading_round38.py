"""Readers from round 37's final people, round 38's first and concerns round 19's first, each tested
in other words."""

from __future__ import annotations

import pytest

from frontdoor.checklist.definition import Checklist
from frontdoor.intake import corrections
from frontdoor.intake.parsing import parse_age, parse_role
from frontdoor.referrals.models import Referral
from tests.helpers import assert_concerns_read


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
        ("self", "the depot keep phoning asking when I'm back", "work_or_education", None),
        ("self", "my fixed-term contract finishes in May", "work_or_education", None),
        ("carer_for_self", "my brother and I have had words about it", "relationships", None),
        ("on_behalf", "he wants to be in his own home till the end", "end_of_life_wishes", None),
        ("self", "I'm a single dad with two at school", "children", None),
        ("self", "no kids, and I've nobody.", "loneliness_or_isolation", "children"),
        ("self", "I've no one to take the kids to school", None, "loneliness_or_isolation"),
        ("self", "stuck indoors with cabin fever", "loneliness_or_isolation", None),
        ("on_behalf", "she won't let anybody come round now", "loneliness_or_isolation", None),
        ("carer_for_self", "seeing her like this is breaking me", "carer_coping", None),
        ("carer_for_self", "I feel like a prisoner since he came home", "carer_coping", None),
        ("self", "back and forth to the netty half the night", "bladder_or_bowels", None),
        # Words that only look like a concern
        ("self", "the chemist at the end of the street has stopped delivering", None, "end_of_life_wishes"),
        ("carer_for_self", "I drive a cab, nights mostly, then sit with him all day", None, "sleep"),
        (
            "carer_for_self",
            "me and my brother have had words, big words",
            "relationships",
            "information_needs",
        ),
        (
            "self",
            "the garden's a jungle and I'm ashamed to let the neighbours see",
            None,
            "sadness_or_depression",
        ),
        ("self", "every twinge I'm sure it's back", None, "pain"),
        ("self", "who will walk our dog when I'm in hospital", None, "walking_or_moving"),
        ("self", "out of breath walking up the ginnel", "breathing", "worry_fear_or_anxiety"),
        ("self", "I'm out of puff walking to the shop", None, "housework_and_shopping"),
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
    assert_concerns_read(checklist, role, text, present, absent)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # R38014 "eighty-three in March just gone" was kept as 82: a birthday to come.
        ("seventy-one in June just gone", 71),
        ("66 in April gone", 66),
        ("I'll be 66 in April", 65),
    ],
)
def test_a_birthday_gone_is_not_one_to_come(text: str, age: int) -> None:
    assert parse_age(text) == age


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # R38037 chose 2, then wrote "Sorry, I mean 3. I'm not his carer, just his friend from church".
        ("oops I meant 3, she's my neighbour", "on_behalf"),
        ("I'm not her carer, just her pal from work", "on_behalf"),
        ("meant to put 1, it's me that has it", "self"),
    ],
)
def test_a_role_meant_or_a_carer_denied(text: str, role: str) -> None:
    assert parse_role(text) == role


def test_a_role_taken_back_at_the_next_question_is_changed() -> None:
    referral = Referral(referrer_role="carer_for_self")
    said = "sorry, I meant 3. I'm not her carer, I'm just a neighbour"
    assert corrections.find(said, "postcode", referral) == corrections.Correction("referrer_role", "3")
    # A number at a numbered question is that question's answer.
    assert corrections.find("sorry I meant 3", "concern_score", referral) is None
