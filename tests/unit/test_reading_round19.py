"""What the nineteenth blind set of people showed (issue #13), in other words than theirs: agreeing to
the sharing in a whole formal sentence, and option 1 ("Me, I have cancer") chosen by someone whose
first message spoke of family who had cancer."""

from __future__ import annotations

import pytest

from frontdoor.content import get_content
from frontdoor.intake import parsing
from frontdoor.intake.readers import read_answer
from frontdoor.referrals.models import Referral


@pytest.mark.parametrize(
    "text",
    [
        "I consent to my details being passed to the link workers.",
        "I hereby give my consent for the information to be shared.",
        "You have my permission to pass this on to the team.",
        "I am perfectly happy for you to share it with them",
        "I'm content for you to hold my details",
        "You may share my information with the service. Kind regards",
        "We agree",
    ],
)
def test_agreeing_to_the_sharing_in_a_whole_sentence_is_a_yes(text: str) -> None:
    assert parsing.read_privacy_answer(text) == (True, False)


@pytest.mark.parametrize(
    "text",
    [
        "I do not consent to my details being passed on",
        "I'm not happy for you to share it",
        "I'm happy to talk but don't pass it on",
        "you can share it but not with my GP",
    ],
)
def test_agreement_taken_back_or_hedged_is_not_a_yes(text: str) -> None:
    assert parsing.read_privacy_answer(text)[0] is not True


@pytest.mark.parametrize("answer", ["1", "1 please", "1 i suppose"])
def test_option_one_is_the_person_with_cancer_whatever_the_first_message_said(answer: str) -> None:
    opening = (
        "hello not sure if I'm in the right place, my dad and my gran both had bowel cancer and I'm "
        "scared I've got it too"
    )
    fields, problem = read_answer("referrer_role", answer, Referral(), get_content(), opening=opening)
    assert problem is None
    assert fields == {"referrer_role": "self"}


def test_a_bare_me_beside_a_first_message_about_caring_is_still_the_carer() -> None:
    opening = "my husband's got lung cancer and I'm the one looking after him. do you help carers?"
    fields, _ = read_answer("referrer_role", "me", Referral(), get_content(), opening=opening)
    assert fields == {"referrer_role": "carer_for_self"}
