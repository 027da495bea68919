"""The safety reply for a kind of alert, from the messages in content/safety.yml.

Pure and dependency-free so that the action server can still give help from the same file when the
API cannot be reached.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from frontdoor.yaml_text import read_yaml_file


def compose_reply(
    safety: dict[str, Any], kind: str, acute_oncology_line: str | None, nation: str | None
) -> str:
    messages = safety["messages"]
    message = messages.get(kind, messages["general"])
    if isinstance(message, dict):
        message = message.get(nation or "unknown", message["unknown"])
    if "{acute_oncology_line}" in message:
        line = (
            safety["acute_oncology_with_number"].format(number=acute_oncology_line)
            if acute_oncology_line
            else safety["acute_oncology_default"]
        )
        message = message.replace("{acute_oncology_line}", line)
    return " ".join(message.split())


def offline_reply(path: Path, kind: str) -> str:
    """The reply without a site (and so without its local number), read straight from the file."""
    return compose_reply(read_yaml_file(path), kind, None, None)
