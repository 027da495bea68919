"""Contact details people type: phone numbers normalised to E.164."""

from __future__ import annotations

import phonenumbers


def normalise_phone(text: str, region: str = "GB") -> str | None:
    """E.164 for a valid number ("07700 900123" -> "+447700900123"), else None."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
