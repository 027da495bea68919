"""Carrier keywords. A message that is only one of these words is a keyword, never a conversation.

"Cancel" is the careful case: Twilio and UK carriers treat a bare CANCEL as an opt-out, so a message
that is just "cancel" opts the number out, as the person's phone company would expect. Anything longer
("cancel my appointment") goes to the assistant like any other message.
"""

from __future__ import annotations

from typing import Literal

STOP = {"stop", "stopall", "unsubscribe", "cancel", "end", "quit"}
START = {"start", "unstop", "yes start"}
HELP = {"help", "info"}

Keyword = Literal["stop", "start", "help"]


def keyword(body: str) -> Keyword | None:
    word = " ".join(body.strip().strip(".!").lower().split())
    if word in STOP:
        return "stop"
    if word in START:
        return "start"
    if word in HELP:
        return "help"
    return None
