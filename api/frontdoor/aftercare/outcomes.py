"""What changed for people: the outcome surveys on the reports page, per site and survey, from
aggregates only (counts and medians grouped in SQL, with the reports' small-number rule)."""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from frontdoor.aftercare.models import AftercareTask, SurveyAnswer
from frontdoor.aftercare.surveys import DISTRESS
from frontdoor.content import Content
from frontdoor.referrals.models import Concern, Referral
from frontdoor.reports.service import Count, Figure, Filters, Table, _range, median


def outcome_changes(session: Session, content: Content, filters: Filters) -> Table:
    in_range = _range(Referral, Referral.created_at, filters)
    sent = {
        (site, int(key.partition(":")[2])): n
        for site, key, n in session.execute(
            select(Referral.site_id, AftercareTask.key, func.count())
            .join(Referral, Referral.id == AftercareTask.referral_id)
            .where(in_range, AftercareTask.kind == "survey", AftercareTask.sent_at.is_not(None))
            .group_by(Referral.site_id, AftercareTask.key)
        )
    }
    answered = {
        (site, month): n
        for site, month, n in session.execute(
            select(Referral.site_id, SurveyAnswer.month, func.count(func.distinct(SurveyAnswer.referral_id)))
            .join(Referral, Referral.id == SurveyAnswer.referral_id)
            .where(in_range, SurveyAnswer.score.is_not(None))
            .group_by(Referral.site_id, SurveyAnswer.month)
        )
    }
    distress: dict[tuple[str, int], Counter[float]] = defaultdict(Counter)
    for site, month, change, n in session.execute(
        select(
            Referral.site_id, SurveyAnswer.month, SurveyAnswer.score - Referral.distress_score, func.count()
        )
        .join(Referral, Referral.id == SurveyAnswer.referral_id)
        .where(
            in_range,
            SurveyAnswer.question == DISTRESS,
            SurveyAnswer.score.is_not(None),
            Referral.distress_score.is_not(None),
        )
        .group_by(Referral.site_id, SurveyAnswer.month, SurveyAnswer.score - Referral.distress_score)
    ):
        distress[(site, month)][change] += n
    concerns: dict[tuple[str, int], Counter[float]] = defaultdict(Counter)
    for site, month, change, n in session.execute(
        select(Referral.site_id, SurveyAnswer.month, SurveyAnswer.score - Concern.score, func.count())
        .join(Referral, Referral.id == SurveyAnswer.referral_id)
        .join(Concern, and_(Concern.referral_id == Referral.id, Concern.item == SurveyAnswer.question))
        .where(in_range, SurveyAnswer.score.is_not(None), Concern.score.is_not(None))
        .group_by(Referral.site_id, SurveyAnswer.month, SurveyAnswer.score - Concern.score)
    ):
        concerns[(site, month)][change] += n
    table = Table(
        "outcomes",
        "What changed: outcome surveys by text",
        "For referrals made in the period: surveys sent and answered at each point after referral, and "
        "the median change from the referral in overall distress and in each concern's 0 to 10 score "
        "(below zero is better). Concern changes count each concern scored again.",
        [
            "Site",
            "Months after referral",
            "Sent",
            "Answered",
            "Change in distress",
            "Change in concern scores",
        ],
        chart_value=3,
    )
    for site_id in filters.site_ids:
        for month in content.aftercare.survey.months:
            key = (site_id, month)
            people = distress[key]
            scored = concerns[key]
            table.rows.append(
                [
                    site_id,
                    month,
                    Count(sent.get(key, 0)),
                    Count(answered.get(key, 0)),
                    Figure(median(people), sum(people.values())),
                    Figure(median(scored), sum(scored.values())),
                ]
            )
    return table
