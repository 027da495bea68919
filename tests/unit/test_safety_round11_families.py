"""A referral kept from someone who will not talk about their illness ("he won't talk about it, he'd go
mad if he knew") is a worry about them, not a hint of abuse; fear or hurt said beside it still is.
Breath taken away by worry ("I can't breathe for a week before every scan with worry") is the
checklist's worry and breathing, not a call to 999; breathing now, with fear beside it, still is.
Muddled as a habit ("she does get muddled", often with dementia) is how someone is, not a sudden
change. Written in other words than the round 11 people whose answers raised them."""

from __future__ import annotations

import pytest

from tests.unit._safety_helpers import ABUSE, EMERGENCY, any_alarm, clear_kinds


@pytest.mark.parametrize(
    "text",
    [
        "my sister doesn't know I'm contacting you, she never talks about the cancer, she'd go spare",
        "No he doesnt know im doing this, he wont discuss his diagnosis, he would go mental if he found out",
    ],
)
def test_kept_from_someone_who_will_not_talk_about_it_is_no_alarm(text: str) -> None:
    assert not any_alarm(text)


@pytest.mark.parametrize(
    "text",
    [
        "he doesn't know I'm texting you, I'm terrified of him and he won't talk about the cancer",
        "my partner would go mad if he knew, he won't talk about it and he hits me when he's angry",
    ],
)
def test_fear_or_hurt_beside_it_still_is(text: str) -> None:
    assert ABUSE in clear_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "before every scan I cant breathe with the worry for days",
        "I can't breathe from the stress of it all, it's panic attacks the GP says",
    ],
)
def test_breath_taken_away_by_worry_is_no_emergency(text: str) -> None:
    assert EMERGENCY not in clear_kinds(text) and not any_alarm(text)


@pytest.mark.parametrize(
    "text",
    [
        "I can't breathe and I'm frightened, my chest is so tight",
        "she can't breathe and her lips have gone blue, I'm in a panic",
        "can't breathe since this morning, I'm worried sick",
    ],
)
def test_breathing_now_with_fear_beside_it_is_still_an_emergency(text: str) -> None:
    assert EMERGENCY in clear_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "yes he's happy for me to, he does get a bit confused mind",
        "my dad can get muddled, he's got dementia",
    ],
)
def test_muddled_as_a_habit_is_no_alarm(text: str) -> None:
    assert not any_alarm(text)


@pytest.mark.parametrize(
    "text",
    [
        "he does get muddled but today he doesn't know who I am",
        "my mum is all muddled and sleepy since this morning",
    ],
)
def test_muddled_as_a_change_now_is_still_an_emergency(text: str) -> None:
    assert EMERGENCY in clear_kinds(text)


def test_a_scar_that_is_big_is_how_it_looks_not_a_swelling() -> None:
    """Round 12's R12015, a melanoma removed from his cheek, was told to call 999 at the concerns
    question for "the scar on my face is big and peple stare". A face gone big still gets help."""
    assert not any_alarm("the scar on my face is big and peple stare. and i worry it will come back")
    assert EMERGENCY in clear_kinds("my face has gone big and my lips are tingly")
    assert EMERGENCY in clear_kinds("her lips are swollen")
