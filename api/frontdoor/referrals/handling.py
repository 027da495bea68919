"""What link workers do with a referral: claim it, record that they made contact, change its status,
add notes. Every change is audited with who made it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from frontdoor.audit.log import record
from frontdoor.referrals.models import Referral, ReferralNote
from frontdoor.staff.models import StaffUser

# The statuses staff may set by hand (booking sets hna_booked; the assistant sets new and ineligible).
STAFF_STATUSES = ("new", "claimed", "contacted", "hna_booked", "closed", "withdrawn")


class HandlingError(Exception):
    """A change that cannot be made; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def claim(session: Session, staff: StaffUser, referral: Referral) -> None:
    if referral.claimed_by and referral.claimed_by != staff.email:
        raise HandlingError(f"already claimed by {referral.claimed_by}", status=409)
    referral.claimed_by = staff.email
    if referral.status == "new":
        referral.status = "claimed"
    record(session, staff.email, "claim", "referral", referral.id)
    session.commit()


def set_status(session: Session, staff: StaffUser, referral: Referral, status: str) -> None:
    if status not in STAFF_STATUSES:
        raise HandlingError(f"status must be one of {', '.join(STAFF_STATUSES)}")
    before = referral.status
    referral.status = status
    record(session, staff.email, "change_status", "referral", referral.id, before=before, after=status)
    session.commit()


def add_note(session: Session, staff: StaffUser, referral: Referral, text: str) -> ReferralNote:
    cleaned = text.strip()
    if not cleaned:
        raise HandlingError("write something in the note first")
    if len(cleaned) > 4000:
        raise HandlingError("a note can be up to 4,000 characters")
    note = ReferralNote(referral_id=referral.id, author=staff.email, text=cleaned)
    referral.notes.append(note)
    record(session, staff.email, "add_note", "referral", referral.id)
    session.commit()
    return note
