"""The conversation id for a phone number: stable, and without the number in it.

Rasa's tracker keys and logs then never show a phone number; the number itself is kept only on the
stored message, to reply to.
"""

from __future__ import annotations

import hashlib
import hmac

import phonenumbers


def normalise_sender(number: str) -> str:
    """E.164 when the number parses (UK by default), otherwise the digits as received."""
    try:
        parsed = phonenumbers.parse(number, "GB")
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        return "".join(ch for ch in number if ch.isdigit() or ch == "+")[:20]


def conversation_id_for(number: str, secret: str) -> str:
    digest = hmac.new(secret.encode(), normalise_sender(number).encode(), hashlib.sha256).hexdigest()
    return f"sms-{digest[:24]}"
