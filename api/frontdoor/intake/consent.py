"""The privacy question: "We will share what you tell us with your local service. Is that OK?"

Its own reader looks first, whatever the bot's intent model made of the message: "Yes, I am content for
you to hold my details" is a yes though the model heard "delete my data", and "ar go on" (Birmingham's
yes) is a yes though it heard "go back". Only a message the reader cannot use, and that says a sure
interruption in words ("delete everything", "can I talk to a person"), leaves the question.
A question back ("who sees it?") is answered first; asked again with a yes beside it ("I suppose so. Is
it shared with my GP?"), the yes is taken, never the same question a third time.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from frontdoor.content import Content
from frontdoor.intake.conversation import describe, interrupts
from frontdoor.intake.parsing import read_privacy_answer, without_relaying
from frontdoor.referrals.schemas import Answers
from frontdoor.referrals.service import current_referral, save_draft

# What may take over from the privacy question (the bot has a rule for each there). A question back or
# something off the subject is answered by the question itself: "who sees it?", then the question again.
LEAVES_THE_QUESTION = {"request_human", "delete_my_data", "start_again", "go_back", "goodbye"}


@dataclass
class ConsentReading:
    agreed: bool | None  # yes, no, or None: ask again
    asks: bool  # a question back to answer before the question is put again
    questions: list[str] | None = None  # with a yes stored: the referral's first questions
    interrupt: str | None = None  # the intent that takes over (the bot's own rule then follows)


def read_consent(
    session: Session,
    content: Content,
    text: str,
    *,
    conversation_id: str | None = None,
    channel: str | None = None,
    intent: str | None = None,
    confidence: float = 0.0,
    told_why: bool = False,
) -> ConsentReading:
    """Read the answer; given the conversation, a yes is stored on its draft at once and the first
    questions come back (one call for the turn). Nothing else is ever stored before a yes."""
    agreed, asks = read_privacy_answer(without_relaying(text))
    if not agreed and intent in LEAVES_THE_QUESTION and interrupts(intent, confidence, text, None):
        return ConsentReading(agreed=None, asks=False, interrupt=intent)  # "can I talk to a person?"
    if asks and not (told_why and agreed):
        return ConsentReading(agreed=None, asks=True)
    reading = ConsentReading(agreed=agreed, asks=False)
    if agreed and conversation_id and channel:
        save_draft(session, content, conversation_id, channel, Answers(consent_share=True))
        referral = current_referral(session, conversation_id)
        reading.questions = describe(referral, content).questions if referral else None
    return reading
