"""The reports' arithmetic and where a draft stopped, without a database."""

from __future__ import annotations

import statistics

import pytest

from frontdoor.reports.service import Count, Figure, median, percentile, stopped_at


@pytest.mark.parametrize(
    "values", [[3], [1, 2], [5, 1, 4], [2, 2, 2, 9], [0, 10, 3, 3, 7, 1], list(range(1, 16))]
)
def test_median_and_percentile_from_counts_match_the_values(values) -> None:
    histogram: dict[float, int] = {}
    for v in values:
        histogram[v] = histogram.get(v, 0) + 1
    assert median(histogram) == statistics.median(values)
    ordered = sorted(values)
    rank = -(-len(values) * 90 // 100)  # nearest rank
    assert percentile(histogram, 90) == ordered[rank - 1]
    assert median({}) is None and percentile({}, 90) is None


def test_small_numbers_are_not_shown() -> None:
    assert [str(Count(n)) for n in (0, 1, 4, 5, 12)] == ["0", "fewer than 5", "fewer than 5", "5", "12"]
    assert str(Figure(3.5, 4)) == "fewer than 5" and str(Figure(3.5, 5)) == "3.5"
    assert str(Figure(80, 10, "%")) == "80%" and str(Figure(None, 0)) == "-"


def _draft(**answers) -> dict:
    blank = dict.fromkeys(
        [
            "role_set",
            "carer_support_wanted",
            "postcode",
            "age",
            "cares",
            "skin_cancer_kind",
            "main_concern",
            "distress",
            "name",
            "referrer_name",
            "referrer_relationship",
            "referrer_phone",
            "phone",
            "support_needs",
            "cancer_stage",
            "referral_source",
        ],
        0,
    )
    return {
        **blank,
        "eligible": None,
        "eligibility_confirmed": 0,
        "referrer_role": "self",
        "on_behalf_agreed": None,
        "has_diagnosis": None,
        "cancer_type": None,
        "concerns": 0,
        "unscored": 0,
        **answers,
    }


def test_where_a_draft_stopped_follows_the_conversations_plan() -> None:
    assert stopped_at(_draft(), False) == "referrer_role"
    assert stopped_at(_draft(role_set=1, referrer_role="on_behalf"), False) == "on_behalf_agreed"
    not_agreed = _draft(role_set=1, referrer_role="on_behalf", on_behalf_agreed=False)
    assert stopped_at(not_agreed, False) == "carer_support_wanted"
    assert stopped_at({**not_agreed, "carer_support_wanted": 1, "postcode": 1}, False) == "age"
    assert stopped_at(_draft(role_set=1, postcode=1), False) == "age"
    carer = _draft(role_set=1, referrer_role="carer_for_self", postcode=1, age=1)
    assert stopped_at(carer, False) == "cares_for_someone_with_cancer"
    skin = _draft(role_set=1, postcode=1, age=1, has_diagnosis="yes", cancer_type="skin")
    assert stopped_at(skin, True) == "skin_cancer_kind"
    assert stopped_at(skin, False) == "concerns_text"  # a site that does not exclude skin cancers
    scored = _draft(
        role_set=1, postcode=1, age=1, has_diagnosis="yes", cancer_type="lung", concerns=2, unscored=1
    )
    assert stopped_at(scored, False) == "concern_score"
    assert stopped_at({**scored, "unscored": 0}, False) == "main_concern"
    assert stopped_at(_draft(eligible=False), False) == "eligibility_check"
    assert stopped_at(_draft(eligible=False, eligibility_confirmed=1), False) == "turned_away"
