"""What the seventeenth blind set of people showed (issue #13), in other words than theirs: a yes or a
no said first in the person's own language ("Sim, yes ok", "nie"); an answer to "who is this support
for?" that changes its number part way ("3 - actually no, it's for me, I look after her. so 2"); and
answers asked again for nothing: "ok yes", "this number, is mine. call me first", a name with the name
they go by ("... but everybody calls me Rab"), treatment that is now scans and check-ups; and a venue
said to be close to home, which is not a home visit."""

from __future__ import annotations

import pytest

from frontdoor.booking.preferences import parse_meeting
from frontdoor.intake import parsing
from frontdoor.intake.readers import read_answer


@pytest.mark.parametrize(
    "text", ["Sim, ok", "tak tak", "haan ji, theek hai", "Sí, vale", "ja ok", "evet", "Taip, gerai"]
)
def test_a_yes_in_the_persons_own_language_first(text: str) -> None:
    assert parsing.parse_yes_no(text) is True
    assert parsing.read_privacy_answer(text) == (True, False)


@pytest.mark.parametrize("text", ["nie", "Não, obrigado", "nahi ji", "nein danke"])
def test_a_no_in_the_persons_own_language_first(text: str) -> None:
    assert parsing.parse_yes_no(text) is False


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("3 - actually naw, its for me, i look efter her. so 2", "carer_for_self"),
        ("1, no sorry, it's my dad who has it, I'm asking for him. 3", "on_behalf"),
        ("2 wait no 1", "self"),
    ],
)
def test_the_number_they_settle_on_is_the_last(text: str, role: str) -> None:
    assert parsing.parse_role(text) == role


@pytest.mark.parametrize(
    ("text", "answer"), [("ok yes", True), ("okay, yes please", True), ("alright, no", False)]
)
def test_ok_before_the_answer(text: str, answer: bool) -> None:
    assert parsing.parse_yes_no(text) is answer


@pytest.mark.parametrize(
    "text",
    ["this number, its his daughter's. ring me first", "same one - I'm his wife", "This phone. Thanks"],
)
def test_this_number_and_something_more_about_it(text: str) -> None:
    assert parsing.means_same_number(text)


def test_another_number_beside_this_one_is_not_this_one() -> None:
    assert not parsing.means_same_number("this number, or the landline 01382 496117")


@pytest.mark.parametrize(
    ("text", "name", "goes_by"),
    [
        ("Elizabeth Moran but everyone calls me Betty", "Elizabeth Moran", "Betty"),
        ("William Hughes, call me Bill", "William Hughes", "Bill"),
        ("it's Catriona Bell, known as Cat", "Catriona Bell", "Cat"),
    ],
)
def test_a_name_and_the_one_they_go_by(text: str, name: str, goes_by: str) -> None:
    assert read_answer("name", text, None, None) == ({"name": name, "preferred_name": goes_by}, None)


@pytest.mark.parametrize(
    "text", ["operation done, they just keep an eye on it now", "I'm on surveillance, scans every 6 months"]
)
def test_watched_not_treated_is_finished_treatment(text: str) -> None:
    assert parsing.parse_stage(text) == "finished_treatment"


@pytest.mark.parametrize(
    "text",
    ["the library, it's near my house", "at the community centre, close to home", "the hub next to my house"],
)
def test_a_venue_near_home_is_a_venue_not_a_visit(text: str) -> None:
    assert parse_meeting(text, ["home_visit", "phone", "community_venue"]) == "community_venue"


@pytest.mark.parametrize("text", ["come to my house please", "a visit at home, near the park"])
def test_a_visit_at_home_is_still_a_visit(text: str) -> None:
    assert parse_meeting(text, ["home_visit", "phone", "community_venue"]) == "home_visit"
