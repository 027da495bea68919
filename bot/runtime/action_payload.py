"""What Rasa sends the action server: the conversation's state with only the events the actions read.

Rasa 3.6's ``RemoteAction._action_call_format`` sends every event of the conversation with every
action call, each turned into a dict and then into JSON; a whole referral is a few hundred events
(265 for the bench's shortest), all built by Rasa and parsed by the action server on every call.
Building and writing the call was about a fifth of Rasa's busy time at 10 people at once (py-spy).

The actions read the slots, the latest message and the active form from the state itself, and look
back through the events no further than ``actions/turns.py`` does: the person's last three messages
and what happened between them (the question asked before their previous answer is the furthest),
and their first message (``opening``). ``install()`` makes Rasa send those events and the rest of the
state unchanged. Nothing else in Rasa changes. It installs only on the Rasa version it was written
against; on any other it leaves Rasa as it is and says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import rasa
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event, UserUttered
from rasa.shared.core.trackers import EventVerbosity

from bot.runtime import rasa_version

if TYPE_CHECKING:
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker

USER_MESSAGES_KEPT = 3


def events_read(events: list[Event]) -> list[Event]:
    """The events from the person's third-last message on, after their first message."""
    users = [i for i, event in enumerate(events) if isinstance(event, UserUttered)]
    if len(users) <= USER_MESSAGES_KEPT:
        return list(events)
    start = users[-USER_MESSAGES_KEPT]
    return [events[users[0]], *events[start:]]


def action_call_format(self: RemoteAction, tracker: DialogueStateTracker, domain: Domain) -> dict[str, Any]:
    """``RemoteAction._action_call_format`` with only the events the actions read (``events_read``)."""
    state = tracker.current_state(EventVerbosity.NONE)
    state["events"] = [event.as_dict() for event in events_read(list(tracker.events))]
    result: dict[str, Any] = {
        "next_action": self._name,
        "sender_id": tracker.sender_id,
        "tracker": state,
        "version": rasa.__version__,
    }
    if not self._is_selective_domain_enabled() or domain.does_custom_action_explicitly_need_domain(
        self.name()
    ):
        result["domain"] = domain.as_dict()
    return result


def install() -> bool:
    """Make Rasa send the action server only the events the actions read. True when installed."""
    # RemoteAction._action_call_format as read in Rasa 3.6.21
    if not rasa_version.is_known(otherwise="every event goes to the action server"):
        return False
    RemoteAction._action_call_format = action_call_format  # type: ignore[method-assign]
    return True
