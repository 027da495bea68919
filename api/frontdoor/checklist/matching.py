"""Finding checklist concerns in what people write in their own words.

"can't pay the rent and I'm shattered" -> money_or_finance, housing, tiredness_or_fatigue. Phrases
come from content/checklist.yml, matched on word boundaries in order of appearance. This is the
deterministic mapper; the bot reads the result back for the person to confirm.
"""

from __future__ import annotations

import re

from frontdoor.checklist.definition import Checklist, ChecklistItem


def _normalise(text: str) -> str:
    text = (text or "").lower().replace("’", "'")
    return " " + " ".join(re.sub(r"[^\w' ]", " ", text).split()) + " "


def match_concerns(text: str, checklist: Checklist, role: str | None = None, limit: int = 5) -> list[str]:
    """Item ids mentioned in the text, first mention first, at most ``limit``."""
    haystack = _normalise(text)
    found: list[tuple[int, str]] = []
    for item in checklist.for_role(role):
        positions = [
            haystack.find(f" {phrase} ")
            for phrase in (_normalise(p).strip() for p in [*item.phrases, item.label])
            if f" {phrase} " in haystack
        ]
        if positions:
            found.append((min(positions), item.id))
    return [item_id for _, item_id in sorted(found)][:limit]


def pick_numbered(text: str, options: list[ChecklistItem]) -> list[str]:
    """Numbers typed against a numbered list ("1 and 4", "2,3") -> item ids."""
    picked = []
    for number in re.findall(r"\d+", text or ""):
        index = int(number) - 1
        if 0 <= index < len(options) and options[index].id not in picked:
            picked.append(options[index].id)
    return picked
