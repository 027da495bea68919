"""Sending the referral to the link workers' queue, in the turn that answers the last question.

The answer that leaves nothing more to ask ("yes, send it" at the read-back) sends the referral in the
same call: the reference, the site, the ways of meeting for booking and, on the web, the local help to
show, all come back with the reading. One call to the API, and no second trip from Rasa to the action
server and on to the API, for the turn that costs most (`make bench` names it).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from frontdoor.aftercare.scheduling import now
from frontdoor.aftercare.service import signposts_in_chat
from frontdoor.booking.conversation import start_for as booking_start
from frontdoor.content import Content
from frontdoor.intake.conversation import answer, describe
from frontdoor.referrals.models import Referral
from frontdoor.referrals.schemas import AnswerOut
from frontdoor.referrals.service import submit


def send(session: Session, content: Content, conversation_id: str, in_chat: bool = False) -> dict[str, Any]:
    """Submit the conversation's referral (once: sent again, the same one comes back) and say what
    happens next. ``in_chat``: sent from the chat's last answer, so on the web the local help is
    offered there and then (``local_help``); otherwise the worker plans it, and texts it where it may."""
    referral = submit(session, content, conversation_id)
    described = describe(referral, content)
    site = content.sites.get(referral.site_id) if referral.site_id else None
    # Booking opens straight after a new referral: its ways of meeting come back with the reference.
    booking = booking_start(session, content, referral) if referral.status == "new" else None
    shown = (
        signposts_in_chat(session, content, referral, now())
        if in_chat and referral.status != "ineligible" and referral.channel == "web"
        else None
    )
    sent = {
        "booking": booking.model_dump() if booking else None,
        "site_name": described.site_name,
        "target_days": site.first_appointment_target_working_days if site else None,
        "ineligible_reasons": described.ineligible_reasons,
        "other_help": described.other_help,
        "referral_id": referral.id,
        "reference": referral.reference,
        "status": referral.status,
        "priority": referral.priority,
        "site_id": referral.site_id,
        "check_first": check_first(referral),
    }
    return {**sent, "local_help": shown.get("text") if shown else None} if in_chat else sent


def check_first(referral: Referral) -> str | None:
    """Sent, but eligibility still open (a postcode on a site's boundary, say): the rule a link worker
    checks before booking ("lives_in_area"), so the person hears why no time is offered yet."""
    if referral.status != "new" or referral.eligible is not None:
        return None
    return next((c["rule"] for c in referral.eligibility_checks or [] if c.get("passed") is None), "details")


def answer_and_send(
    session: Session, content: Content, conversation_id: str, field: str, **reading: Any
) -> AnswerOut:
    """Read one answer (``frontdoor.intake.conversation.answer``); when it leaves nothing more to ask,
    the referral is sent with it and the outcome comes back as ``submitted``. Nothing is left to ask
    once the read-back is agreed to (it is always the last question), or once an answer that means
    the person cannot be referred has been confirmed (then there are no questions at all)."""
    out = answer(session, content, conversation_id, field=field, **reading)
    if out.accepted and out.status == "in_progress" and (field == "review_confirm" or not out.questions):
        out.submitted = send(session, content, conversation_id, in_chat=True)
    return out
