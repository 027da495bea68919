"""A form's validator is not called when it has nothing to validate and nothing to decide.

Rasa 3.6's ``FormAction.validate_slots`` calls the form's validation action on the action server even
with no slot candidates: when the form starts (``_validate_if_required`` validates "the user input" of
a turn that was answering some other question) and when it comes back after an interruption. For a
validator that neither chooses its questions (no ``required_slots`` of its own) nor extracts slots
(no ``extract_<slot>``), rasa-sdk answers such a call with no events at all: a round trip to learn
nothing. The booking questions start in the same turn as the referral is sent, the costliest turn
of a referral (bench/results/latest.md names it), and the privacy question starts with the first
hello: two such calls each.

``install()`` makes such a call return what it would have returned (no events) without making it, for
the forms in ``STATIC_FORMS`` only. A test holds each of those validators to the condition above
(tests/bot_env/form_validation.py). It installs only on the Rasa version it was written against.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rasa.core.actions.forms import FormAction

from bot.runtime import rasa_version

if TYPE_CHECKING:
    from rasa.shared.core.events import Event

# Forms whose validators keep the domain's questions and extract nothing (actions/booking.py,
# actions/consent.py). The referral form's validator chooses its questions, so it is always called.
STATIC_FORMS = frozenset({"booking_form", "consent_form"})

_rasa_validate_slots = FormAction.validate_slots


async def validate_slots(
    self: FormAction, slot_candidates: dict[str, Any], *args: Any, **kwargs: Any
) -> list[Event]:
    """``FormAction.validate_slots``, without the call that has nothing to validate for a static form."""
    if not slot_candidates and self.name() in STATIC_FORMS:
        return []
    return await _rasa_validate_slots(self, slot_candidates, *args, **kwargs)


def install() -> bool:
    """Skip static forms' empty validation calls. True when installed."""
    # FormAction.validate_slots as read in Rasa 3.6.21
    if not rasa_version.is_known(otherwise="every form validation is called"):
        return False
    FormAction.validate_slots = validate_slots  # type: ignore[method-assign]
    return True
