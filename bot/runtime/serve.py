"""Rasa as the stack runs it: Rasa's own command line, with the action-response validator built once,
calls that never reached the action server sent again (bot/runtime/action_retry.py), only the
events the actions read sent to them (bot/runtime/action_payload.py), their JSON written by orjson
(bot/runtime/json_body.py), no form validation call that has nothing to validate
(bot/runtime/form_validation.py), and each tracker's applied events carried on from its last look
rather than worked out from the first event (bot/runtime/applied_events.py).

The tracker store the endpoints name (bot.runtime.tracker_store) is imported first, so a mistake in it
stops Rasa here rather than Rasa quietly keeping conversations in memory instead.

.venv-bot/bin/python -m bot.runtime.serve run --model ... (the arguments of `rasa`)
"""

from __future__ import annotations

import bot.runtime.tracker_store  # noqa: F401
from bot.runtime import (
    action_payload,
    action_retry,
    action_validation,
    applied_events,
    form_validation,
    json_body,
)


def main() -> None:
    action_validation.install()
    action_retry.install()
    action_payload.install()
    json_body.install()
    form_validation.install()
    applied_events.install()
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
