"""Safety rules: two-part combinations in plain words, third-party reports, verb families and
method-led wording. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit._safety_helpers import ABUSE, EMERGENCY, SIDE_EFFECT, SUICIDE, any_alarm, clear_kinds


@pytest.mark.parametrize(
    "text",
    [
        "my back is agony and my legs feel like jelly",  # issue 14
        "wet myself for the first time and my spine is killing me",  # issue 14
        "really sore neck and now both legs have gone numb",
        "lower back pain is awful and my legs keep giving way",
        "he's got cancer in his bones and now he can't feel his feet",
    ],
)
def test_back_pain_with_legs_or_bladder(text: str) -> None:
    assert SIDE_EFFECT in clear_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "boiling hot and shivering, chemo on Friday",  # issue 14
        "he's burning up and not making sense after his chemo",  # issue 14
        "shaking like a leaf since the immunotherapy drip",
        "mum's confused and clammy, she's on chemo tablets",
        "feeling really awful and it's four days since my chemotherapy",
    ],
)
def test_fever_or_confusion_with_treatment(text: str) -> None:
    assert SIDE_EFFECT in clear_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "the cut on his leg is bleeding and it won't stop",
        "bleeding from my nose for hours now and it keeps coming",
        "spitting up blood",  # issue 14
        "I threw up and there was blood in it",
        "her face has dropped on one side and her arm is weak",
    ],
)
def test_emergency_combinations(text: str) -> None:
    assert EMERGENCY in clear_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "chemo on Tuesday and I feel fine",
        "my back aches a bit after the garden",
        "I had some bleeding after the biopsy, the nurse said it was normal and it stopped",
        "my legs are tired from the stairs",
    ],
)
def test_one_part_alone_is_not_a_combination(text: str) -> None:
    assert SIDE_EFFECT not in clear_kinds(text) and EMERGENCY not in clear_kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my dad keeps saying he'd be better off gone and I believe him", SUICIDE),  # issue 14
        ("my sister told me she's been saving her sleeping tablets", SUICIDE),
        ("my husband says he wants to end his life", SUICIDE),
        ("my grandson takes my pension and shoves me", ABUSE),  # issue 14
        ("her son hits her when she won't give him money", ABUSE),
        ("our neighbour's carer locks him in his room", ABUSE),
        ("my wife has collapsed and won't wake up", EMERGENCY),
    ],
)
def test_third_party_reports(text: str, kind: str) -> None:
    assert kind in clear_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've been stockpiling my pills",  # issue 14
        "been hoarding my tablets for weeks",
        "I've saved up all my morphine",
        "thinking of ending it",
        "I keep thinking about ending it",
        "thought about stepping in front of a train",  # issue 14
        "I keep thinking about walking into the sea",
        "what's the point of going on",  # issue 14
        "nothing left to keep going for",  # issue 14
    ],
)
def test_verb_families_and_method_led_wording(text: str) -> None:
    assert SUICIDE in clear_kinds(text)


def test_abuse_framed_as_control_money_or_threats() -> None:
    assert ABUSE in clear_kinds("he won't let me see my friends and checks where I go")
    assert ABUSE in clear_kinds("she threatened to throw me out on the street")
    assert ABUSE in clear_kinds("my nephew has emptied my savings")


def test_taking_tablets_as_prescribed_is_not_an_overdose() -> None:
    assert not any_alarm("I take all my tablets with breakfast")
