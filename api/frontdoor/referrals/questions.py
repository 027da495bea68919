"""Which questions a referral still needs, in order: the conversation's plan, held by the API.

The bot asks whatever comes first and is not yet answered; the plan changes with the answers (an
on-behalf referral asks whether the person agrees, and without that whether the one writing wants
support as a carer; a skin cancer at a site that excludes non-melanoma asks which kind; someone not
eligible is not asked for the rest).
"""

from __future__ import annotations

from frontdoor.aftercare.sending import texts_allowed
from frontdoor.referrals.models import Concern, Referral


def plan(referral: Referral, skin_follow_up: bool) -> list[str]:
    """Every question that applies to this referral now, answered or not, in the order to ask them.

    What decides eligibility comes first, then what is worrying them (the reason they came; which matters
    most only when their scores do not say), then only what a first conversation needs; the rest is the
    link worker's. Last, local help while they wait and the outcome surveys (``aftercare_consent``),
    asked only of someone the worker may text: a UK mobile, no "no" to texts, and not someone who asked
    to be phoned or emailed without a yes to texts.
    An answer that makes the person not eligible is read back once (``eligibility_check``) before
    anyone is turned away; once confirmed there is nothing more to ask, the form ends, and the person
    hears why and where else to get help.
    """
    if referral.eligible is False:
        return [] if referral.eligibility_confirmed else ["eligibility_check"]
    role = referral.referrer_role
    carer = role == "carer_for_self"
    asked: list[str] = ["referrer_role"]
    if role == "on_behalf":
        asked.append("on_behalf_agreed")
    if role == "on_behalf" and referral.on_behalf_agreed is False:
        asked.append("carer_support_wanted")
    asked += ["postcode", "age"]
    asked.append("cares_for_someone_with_cancer" if carer else "has_diagnosis")
    if not carer and referral.has_diagnosis == "yes":
        asked.append("cancer_type")
    if skin_follow_up:
        asked.append("skin_cancer_kind")
    asked.append("concerns_text")
    if first_unscored(referral) is not None:
        asked.append("concern_score")
    if len(referral.concerns) > 1 and one_scored_highest(referral) is None:
        asked.append("main_concern")
    asked += ["distress_score", "name"]
    if role == "on_behalf":
        asked += ["referrer_name", "referrer_relationship", "referrer_phone"]
    asked += ["phone", "support_needs"]
    if not carer:
        asked.append("cancer_stage")
    asked.append("referral_source")
    if texts_allowed(referral):
        asked.append("aftercare_consent")
    asked.append("review_confirm")
    return asked


NO_SCORE = " [no score given]"
"""Ends a concern's words when its score was asked twice and not given: it is not asked a third time."""


def unscored(in_their_words: str | None, score: int | None) -> bool:
    """Still to be scored: no score, and not already asked twice without one."""
    return score is None and not (in_their_words or "").endswith(NO_SCORE)


def one_scored_highest(referral: Referral) -> Concern | None:
    """The worry they scored above every other, once all are scored: it is the one that matters most,
    so "which matters most?" is asked only when scores tie (or one was not given)."""
    scores = [c.score for c in referral.concerns]
    if not scores or None in scores:
        return None
    top = max(scores)
    highest = [c for c in referral.concerns if c.score == top]
    return highest[0] if len(highest) == 1 else None


def first_unscored(referral: Referral) -> Concern | None:
    """The first concern still to be scored."""
    return next((c for c in referral.concerns if unscored(c.in_their_words, c.score)), None)
