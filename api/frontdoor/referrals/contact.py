"""Contact details people type: phone numbers normalised to E.164, and shown back as people write them."""

from __future__ import annotations

import phonenumbers

# Ofcom keeps these ranges for drama and training: never allocated, so demos and tests can text them
# safely. libphonenumber calls them invalid; we accept them so a demo looks like the real thing.
OFCOM_DRAMA_PREFIXES = ("+447700900", "+441632960")


def normalise_phone(text: str, region: str = "GB") -> str | None:
    """E.164 for a valid number ("07700 900123" -> "+447700900123"), else None."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if phonenumbers.is_valid_number(number):
        return e164
    if phonenumbers.is_possible_number(number) and e164.startswith(OFCOM_DRAMA_PREFIXES):
        return e164
    return None


def phone_shown(e164: str) -> str:
    """A stored number as people write it: "+447700900123" is shown as "07700 900123"."""
    return phonenumbers.format_number(phonenumbers.parse(e164, "GB"), phonenumbers.PhoneNumberFormat.NATIONAL)
