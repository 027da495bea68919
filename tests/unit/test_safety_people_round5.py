"""What the fifth round of blind people said at ordinary questions that raised an alarm, in our own
words: a preference for the phone ("she'd rather do it over the phone") asked about thoughts of ending
her life, and "he'd go mental if he knew" gave a domestic abuse reply as if certain."""

from __future__ import annotations

from tests.unit._safety_helpers import ABUSE, any_alarm, clear_kinds, possible_kinds


def test_rather_doing_it_by_phone_is_no_alarm() -> None:
    assert not any_alarm("my dad would rather do it over the phone, he doesn't want visitors in the flat")


def test_he_would_go_mad_if_he_knew_is_asked_about_not_assumed() -> None:
    said = "he doesn't know I'm writing, he'd go spare if he found out"
    assert clear_kinds(said) == []
    assert possible_kinds(said) == [ABUSE]


def test_the_cancer_coming_back_is_not_cancer_in_the_back() -> None:
    """Blind person R5008's daughter: her mother cannot get up the stairs since the operation and is
    scared the cancer will come back. That is not back pain with weak legs (cord compression, 999)."""
    said = "Mum can't get up the stairs since her op and she's terrified the cancer might come back"
    assert clear_kinds(said) == []
    assert "medical_emergency" in clear_kinds("the cancer's gone into his spine and his legs are like jelly")


def test_short_of_breath_on_the_stairs_is_a_worry_not_999() -> None:
    """Blind person R5001 listed her worries: "cant get my breath on the stairs", the gas meter, feeling
    down. That is the checklist's breathing, not an emergency; breathless at rest still is one."""
    assert clear_kinds("I can't catch my breath climbing the stairs and the bills are piling up") == []
    assert "medical_emergency" in clear_kinds("I can't catch my breath even lying in bed")


def test_hopeless_buses_are_not_a_hopeless_person() -> None:
    """A round 5 answer to "how would you like to meet?" ("the buses are hopeless") was asked about
    ending their life."""
    assert not any_alarm("Can someone visit me? I've no car and the trains round here are hopeless")
    assert any_alarm("I feel hopeless, what's the point of any of it")
