"""Phone numbers that must be real: Ofcom's drama ranges, and the start-up check on numbers used for safety.

Ofcom keeps blocks of UK numbers that will never be allocated, for use in fiction and demos. The demo
sites use them. A safety reply must never tell a person in crisis to ring one, and a staff alert sent
to one reaches nobody, so:

- a site's ``acute_oncology_line`` that is a drama number is dropped in demo mode (the reply then
  says the number is on their chemotherapy alert card, or 999);
- in production, start-up refuses a drama or missing acute oncology number, a drama number anywhere
  else on a site (phone, SMS number, staff alert number), and a missing or drama duty contact
  (``DUTY_ALERT_SMS_NUMBER``), naming the file, the site and the key.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from frontdoor.content_files import ContentError
from frontdoor.sites.config import SitesFile

logger = logging.getLogger("frontdoor.content")

# National significant numbers (leading 0, no spaces) whose next digits are free for drama use.
# Source: Ofcom, "Telephone numbers for use in TV and radio drama programmes".
DRAMA_PREFIXES = (
    "01134960",  # 0113 496 0000-0999 Leeds
    "01144960",  # Sheffield
    "01154960",  # Nottingham
    "01164960",  # Leicester
    "01174960",  # Bristol
    "01184960",  # Reading
    "01214960",  # Birmingham
    "01314960",  # Edinburgh
    "01414960",  # Glasgow
    "01514960",  # Liverpool
    "01614960",  # Manchester
    "01914980",  # 0191 498 0000-0999 Tyneside, Durham, Sunderland
    "02079460",  # 020 7946 0000-0999 London
    "02896496",  # 028 9649 6000-6999 Northern Ireland
    "02920180",  # 029 2018 0000-0999 Cardiff
    "01632960",  # 01632 960000-960999 no area
    "07700900",  # 07700 900000-900999 mobile
    "08081570",  # 08081 570000-570999 freephone
    "09098790",  # 0909 879 0000-0999 premium rate
    "03069990",  # 03069 990000-990999 UK-wide
)
SAFETY_KEYS = ("acute_oncology_line", "alert_sms_number")
OTHER_KEYS = ("phone", "sms_number")
_NUMBER_LIKE = re.compile(r"\+?\d[\d ()-]{7,}\d")


def national_digits(number: str) -> str:
    """The number as UK national digits: "+44 7700 900123" and "07700 900123" both give "07700900123"."""
    digits = "".join(ch for ch in number if ch.isdigit())
    if number.strip().startswith("+44") or (digits.startswith("44") and len(digits) == 12):
        digits = "0" + digits[2:]
    return digits


def is_drama_number(number: str) -> bool:
    """True for a number in one of Ofcom's drama ranges (never a real line)."""
    digits = national_digits(number)
    return len(digits) == 11 and digits.startswith(DRAMA_PREFIXES)


def drama_numbers_in(text: str) -> list[str]:
    """Every drama number written in a piece of text (a reply, a message template)."""
    return [m.group(0) for m in _NUMBER_LIKE.finditer(text) if is_drama_number(m.group(0))]


def drop_fictional_acute_oncology_lines(sites: SitesFile) -> list[str]:
    """Forget acute oncology numbers that are drama numbers, so no reply ever names one; returns the
    ids of the sites changed. Their treatment reply falls back to the alert card wording."""
    changed = []
    for site in sites.sites:
        if site.acute_oncology_line and is_drama_number(site.acute_oncology_line):
            site.acute_oncology_line = None
            changed.append(site.id)
    if changed:
        logger.warning(
            "acute oncology numbers in the drama range ignored for: %s (replies point to the alert card)",
            ", ".join(changed),
        )
    return changed


def check_production_numbers(sites: SitesFile, sites_path: Path, duty_alert_sms_number: str) -> None:
    """Refuse, with a message naming file, site and key, any number a person in crisis or the staff
    alerts would depend on that is missing or fictional. Call before drama numbers are dropped."""
    for index, site in enumerate(sites.sites):
        where = f"sites[{index}] ({site.id})"
        if not site.acute_oncology_line:
            raise ContentError(
                sites_path,
                f"{where}.acute_oncology_line",
                "production needs the site's 24-hour acute oncology number: it is given in safety replies",
            )
        for key in (*SAFETY_KEYS, *OTHER_KEYS):
            value = getattr(site, key)
            if value and is_drama_number(value):
                raise ContentError(
                    sites_path,
                    f"{where}.{key}",
                    f"{value} is an Ofcom drama number (fictional): production needs the real number",
                )
    if not duty_alert_sms_number:
        raise ContentError(
            "environment",
            "DUTY_ALERT_SMS_NUMBER",
            "production needs a duty contact: crisis alerts for a site without alert_sms_number, "
            "or before the site is known, go there",
        )
    if is_drama_number(duty_alert_sms_number):
        raise ContentError(
            "environment",
            "DUTY_ALERT_SMS_NUMBER",
            f"{duty_alert_sms_number} is an Ofcom drama number (fictional): production needs a real one",
        )


def check_reply_texts(path: Path, texts: dict[str, object]) -> None:
    """Refuse a fixed reply (any mode) that names a drama number; ``texts`` maps keys to strings or to
    nested mappings of them, as in content/safety.yml's messages."""
    for key, value in texts.items():
        if isinstance(value, dict):
            check_reply_texts(path, {f"{key}.{k}": v for k, v in value.items()})
        elif isinstance(value, str) and (found := drama_numbers_in(value)):
            raise ContentError(
                path, key, f"names {found[0]}, an Ofcom drama number: a reply must give real numbers"
            )


def check_help_names_999(path: Path, messages: dict[str, object]) -> None:
    """Every safety reply names 999: the SMS safety net tells help given from help missing by it."""
    for key, value in messages.items():
        if isinstance(value, dict):
            check_help_names_999(path, {f"{key}.{k}": v for k, v in value.items()})
        elif isinstance(value, str) and "999" not in value:
            raise ContentError(path, key, "a safety reply must name 999")
