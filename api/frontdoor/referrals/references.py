"""Reference codes people can read out over the phone: no 0/O, 1/I/L or U."""

from __future__ import annotations

import secrets

ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"


def new_reference() -> str:
    """A code like ``K7M-4QX``: 30^6 (about 729 million) possibilities, checked unique on insert."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(6))
    return f"{chars[:3]}-{chars[3:]}"
