"""Families of ordinary answers that the safety net had taken for a risk, in our own words, beside the
risks next to them that must still get help.

The learned reader had read a question about another area ("is there anything like this in ...") and
a score ("I'd be a 9") as thoughts of suicide, a list of treatments as a side effect, and worry that
will not switch off ("can't stop thinking about it") as despair; the rules had read "off sick" as
vomiting, "they can keep it down" (the disease) as not keeping food down, a person muddled by the
phone as sudden confusion, and seizures given as the reason a licence was lost as a fit happening now.
"""

from __future__ import annotations

import pytest

from tests.unit._safety_helpers import SIDE_EFFECT, SUICIDE, any_alarm, clear_kinds, possible_kinds

ORDINARY = (
    # Asking whether the service reaches another area.
    "Is there anything like this over in Leicester?",
    # Scores for the person and the one they care for.
    "I'd be about a 9 and she'd be a 4",
    # Naming the treatment, with no symptom.
    "She is having radiotherapy and chemotherapy",
    "he's on immunotherapy and hormone injections now",
    # Worry that goes round and round.
    "cant stop thinking about it all",
    "he's so different now, I don't know who I'm married to",
    "some days I don't know who I'm married to any more",
    # Work, not vomiting.
    "off sick for weeks now and on chemo, the money is a worry all the time",
    "I'm off sick from work all the time since the chemo and money is tight",
    # The disease kept down, not food.
    "They told me it can't be cured but the injections can keep it down for years",
    # Muddled by the phone, not suddenly confused.
    "Call my son first, she gets confused on the phone",
    "mum gets muddled with the phone so ring me",
    # Seizures as the reason for something else.
    "She had to give up her licence because of the seizures",
    "He can't drive because of his seizures so I take him to every appointment",
)


@pytest.mark.parametrize("text", ORDINARY)
def test_an_ordinary_answer_raises_no_alarm(text: str) -> None:
    assert not any_alarm(text), text


@pytest.mark.parametrize(
    "text",
    [
        "I'm on chemo and I've been sick all the time since yesterday",
        "chemo last week and now I can't keep anything down",
        "she's on immunotherapy and has had diarrhoea ten times today",
    ],
)
def test_sickness_on_treatment_is_still_a_clear_side_effect(text: str) -> None:
    assert SIDE_EFFECT in clear_kinds(text)


def test_a_symptom_beside_the_treatment_is_still_asked_about() -> None:
    """Only a message made of nothing but the treatment's name and when is set aside."""
    assert SIDE_EFFECT in possible_kinds("He's having chemotherapy and now he has a rash all over")


@pytest.mark.parametrize(
    "text",
    [
        "mum's on chemo and she's suddenly very confused",
        "mum was confused on the phone this morning and she's on chemo",
    ],
)
def test_confusion_on_treatment_still_gets_help(text: str) -> None:
    """Only a habit ("she gets muddled on the phone") is set aside, not confusion heard on a call."""
    assert clear_kinds(text)


def test_a_seizure_now_is_still_an_emergency() -> None:
    assert clear_kinds("he had a seizure this morning and isn't making sense")


@pytest.mark.parametrize(
    "text",
    [
        "would anyone care if I just disappeared",
        "would anybody even notice if i was gone",
        "Would it matter to anyone if he just vanished",
    ],
)
def test_asking_whether_anyone_would_notice_one_gone_is_asked_about(text: str) -> None:
    """It had rested on the learned reader alone, near its threshold."""
    assert SUICIDE in possible_kinds(text) + clear_kinds(text)
