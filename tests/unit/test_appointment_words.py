"""Changing or cancelling an appointment interrupts a question only in words about the appointment:
"Carol changing", asked which worry matters most, is a worry about Carol (round 33's first run asked
the same question three times, answering each time that nothing was booked)."""

from __future__ import annotations

import pytest

from frontdoor.intake.conversation import interrupts


@pytest.mark.parametrize(
    "text",
    [
        "Carol changing",
        "him changing so much",
        "the change in my dad",
        "my moods changing all the time",
    ],
)
def test_change_in_a_person_is_not_changing_an_appointment(text: str) -> None:
    assert not interrupts("change_appointment", 0.99, text, None)
    assert not interrupts("cancel_appointment", 0.99, text, None)


@pytest.mark.parametrize(
    "text",
    [
        "CHANGE",
        "change please",
        "can I move my appointment to Thursday",
        "I can't make Tuesday after all",
        "could I have another day",
        "need to reschedule",
        "can we change the time",
    ],
)
def test_changing_an_appointment_said_so_still_changes_it(text: str) -> None:
    assert interrupts("change_appointment", 0.99, text, None)


@pytest.mark.parametrize("text", ["cancel", "please cancel it", "can you call it off, I'm not up to it"])
def test_cancelling_said_so_still_cancels(text: str) -> None:
    assert interrupts("cancel_appointment", 0.99, text, None)


def test_a_worry_that_is_not_a_cancellation_does_not_cancel() -> None:
    assert not interrupts("cancel_appointment", 0.99, "my wife getting worse", None)
