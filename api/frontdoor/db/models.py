"""Every model, imported in one place so Alembic and create_all see the whole schema."""

from frontdoor.aftercare.models import AftercarePlan, AftercareTask, SurveyAnswer
from frontdoor.audit.models import AuditEntry
from frontdoor.booking.models import Appointment, DiaryException, LinkWorker
from frontdoor.db.base import Base
from frontdoor.outbox.models import OutboxMessage
from frontdoor.referrals.models import Concern, Referral, ReferralNote, RiskFlag
from frontdoor.sites.models import Site
from frontdoor.sms.models import InboundSms, SmsConversation, SmsOptOut
from frontdoor.staff.models import StaffSite, StaffUser

__all__ = [
    "AftercarePlan",
    "AftercareTask",
    "Appointment",
    "AuditEntry",
    "Base",
    "Concern",
    "DiaryException",
    "InboundSms",
    "LinkWorker",
    "OutboxMessage",
    "Referral",
    "ReferralNote",
    "RiskFlag",
    "Site",
    "SmsConversation",
    "SmsOptOut",
    "StaffSite",
    "StaffUser",
    "SurveyAnswer",
]
