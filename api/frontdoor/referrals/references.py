"""Reference codes people can read out over the phone: no 0/O, 1/I/L or U."""

from __future__ import annotations

import secrets

ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"


def new_reference() -> str:
    """A code like ``K7M-4QX``: 30^6 (about 729 million) possibilities, checked unique on insert."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(6))
    return f"{chars[:3]}-{chars[3:]}"


def normalise_reference(text: str) -> str | None:
    """Accept what a person types ("k7m 4qx", "K7M4QX") and return the stored form, or None."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(cleaned) != 6 or any(ch not in ALPHABET for ch in cleaned):
        return None
    return f"{cleaned[:3]}-{cleaned[3:]}"
