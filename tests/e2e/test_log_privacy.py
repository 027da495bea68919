"""No personal data in the logs: a whole referral by web and by text with a made-up person, then
every log file of the running stack is searched for their details."""

from __future__ import annotations

import json
import re

import pytest

from tests.e2e.conversation import converse
from tests.e2e.test_sms_referral import sms

pytestmark = pytest.mark.e2e

PERSONA = {
    "name": "Philippa Quartermaine",
    "phone": "07700 900777",
    "postcode": "DD2 4TF",
    "worry": "my landlord Barrington keeps threatening to evict me",
    "matters": "getting my allotment back",
}
NEEDLES = [
    "Philippa",
    "Quartermaine",
    "07700900777",
    "07700 900777",
    "+447700900777",
    "DD2 4TF",
    "DD24TF",
    "Barrington",
    "allotment",
    "+447700900888",
    "07700900888",
]


def test_logs_hold_no_personal_details(stack, sender) -> None:
    converse(
        stack,
        sender,
        [
            ("hello", "privacy"),
            ("yes", "who is this support for"),
            ("1", "postcode"),
            (PERSONA["postcode"], "how old"),
            ("71", "diagnosed"),
            ("1", "type"),
            ("bowel", "worrying"),
            (PERSONA["worry"], "how much"),
            ("9", "have you felt"),
            ("7", "full name"),
            (PERSONA["name"], "call or text you"),
            (PERSONA["phone"], "interpreter"),
            (PERSONA["matters"], "treatment"),
            ("3", "hear about us"),
            ("a leaflet", "while you wait"),
            ("yes", "send this"),
            ("yes", "how would you like to meet"),
        ],
    )
    assert "privacy" in sms(stack, "+447700900888", "Hi Philippa Quartermaine here, DD2 4TF")
    found = []
    for path in sorted(stack.log_dir.glob("*.log")):
        text = path.read_text(errors="replace")
        found += [(path.name, needle) for needle in NEEDLES if needle.lower() in text.lower()]
    assert found == []
    api_lines = [
        line for line in (stack.log_dir / "api.log").read_text().splitlines() if line.startswith("{")
    ]
    requests = [json.loads(line) for line in api_lines if '"frontdoor.requests"' in line]
    assert requests and all(re.fullmatch(r"[0-9a-f]{32}", r["request_id"]) for r in requests)
