"""Turning one typed answer into stored fields: the bot sends the person's words, the API reads them.

Each question has a reader that returns the fields to store, or a problem code the bot turns into a
kind "please try again" message. Optional questions accept "don't know" / "prefer not to say".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from frontdoor.checklist.matching import match_concerns, pick_numbered
from frontdoor.content import Content
from frontdoor.eligibility.cancer_types import match_cancer_type
from frontdoor.referrals import parsing
from frontdoor.referrals.models import Referral
from frontdoor.referrals.review import field_to_change, value_in

Reading = tuple[dict[str, Any], str | None]
Reader = Callable[[str, Referral, Content], Reading]
OPTIONAL = {"interpreter_needed", "cancer_stage", "referral_source", "what_matters_most", "cancer_type"}


def _choice(field: str, parser: Callable[[str], Any], problem: str) -> Reader:
    def read(text: str, _referral: Referral, _content: Content) -> Reading:
        value = parser(text)
        return ({field: value}, None) if value is not None else ({}, problem)

    return read


def _free_text(field: str, limit: int) -> Reader:
    def read(text: str, _referral: Referral, _content: Content) -> Reading:
        cleaned = " ".join(text.split())
        return ({field: cleaned[:limit]}, None) if cleaned else ({}, "empty")

    return read


def _passthrough(field: str) -> Reader:
    """Fields the draft service validates itself (postcode, phone, name)."""

    def read(text: str, _referral: Referral, _content: Content) -> Reading:
        return {field: text}, None

    return read


def _cancer_type(text: str, _referral: Referral, content: Content) -> Reading:
    """Known types map to their id; anything else is kept in the person's words for the team."""
    found = match_cancer_type(text, content.cancer_types)
    if found is None:
        words = " ".join(text.split())[:40]
        return ({"cancer_type": f"other: {words}"[:40]}, None) if words else ({}, "empty")
    fields: dict[str, Any] = {"cancer_type": found.type_id}
    if found.skin_cancer_kind:
        fields["skin_cancer_kind"] = found.skin_cancer_kind
    return fields, None


def _interpreter(text: str, _referral: Referral, _content: Content) -> Reading:
    answer = parsing.parse_yes_no(text)
    if answer is not None:
        return {"interpreter_needed": answer}, None
    language = " ".join(text.split())[:40]
    return ({"interpreter_needed": True, "language": language}, None) if language else ({}, "not_yes_no")


def _concerns(text: str, referral: Referral, content: Content) -> Reading:
    items = match_concerns(text, content.checklist, referral.referrer_role)
    items = items or pick_numbered(text, content.checklist.common_items())
    if not items:
        return {}, "no_concern_recognised"
    return {"concerns": [{"item": i, "in_their_words": text[:500]} for i in items]}, None


def _concern_score(text: str, referral: Referral, _content: Content) -> Reading:
    score = parsing.parse_score(text)
    if score is None:
        return {}, "not_a_score"
    scored, done = [], False
    for concern in referral.concerns:
        entry = {"item": concern.item, "score": concern.score, "in_their_words": concern.in_their_words}
        if concern.score is None and not done:
            entry["score"], done = score, True
        scored.append(entry)
    return {"concerns": scored}, None


def _on_behalf_agreed(text: str, _referral: Referral, _content: Content) -> Reading:
    """Without the person's agreement we cannot refer them; we can support the carer themselves."""
    agreed = parsing.parse_yes_no(text)
    if agreed is None:
        return {}, "not_yes_no"
    if agreed:
        return {"on_behalf_agreed": True}, None
    return {
        "on_behalf_agreed": False,
        "referrer_role": "carer_for_self",
        "cares_for_someone_with_cancer": True,
    }, None


# Changing the worries means scoring them again.
ASKED_AGAIN_WITH = {"concerns_text": ["concern_score"]}


def _review(text: str, referral: Referral, content: Content) -> Reading:
    """Yes sends it. Naming an answer changes it: at once when the new value is in the message
    ("actually I'm 67"), otherwise by asking that question again ("change my postcode")."""
    if parsing.parse_yes_no(text):
        return {}, None
    field = field_to_change(text)
    if field is None:
        return {}, "not_confirmed"
    value = value_in(field, text)
    if value is not None:
        fields, problem = READERS[field](value, referral, content)
        if problem is None:
            return fields, f"changed:{field}"
    return {}, "change:" + ",".join([field, *ASKED_AGAIN_WITH.get(field, [])])


READERS: dict[str, Reader] = {
    "referrer_role": _choice("referrer_role", parsing.parse_role, "not_a_role"),
    "on_behalf_agreed": _on_behalf_agreed,
    "postcode": _passthrough("postcode"),
    "age": _choice("age", parsing.parse_age, "not_an_age"),
    "has_diagnosis": _choice("has_diagnosis", parsing.parse_has_diagnosis, "not_a_diagnosis_answer"),
    "cares_for_someone_with_cancer": _choice(
        "cares_for_someone_with_cancer", parsing.parse_yes_no, "not_yes_no"
    ),
    "cancer_type": _cancer_type,
    "skin_cancer_kind": _choice("skin_cancer_kind", parsing.parse_skin_kind, "not_a_skin_kind"),
    "name": _passthrough("name"),
    "referrer_name": _free_text("referrer_name", 120),
    "phone": _passthrough("phone"),
    "interpreter_needed": _interpreter,
    "cancer_stage": _choice("cancer_stage", parsing.parse_stage, "not_a_stage"),
    "referral_source": _choice("referral_source", parsing.parse_referral_source, "not_a_source"),
    "concerns_text": _concerns,
    "concern_score": _concern_score,
    "distress_score": _choice("distress_score", parsing.parse_score, "not_a_score"),
    "what_matters_most": _free_text("what_matters_most", 1000),
    "review_confirm": _review,
}


def read_answer(field: str, text: str, referral: Referral, content: Content) -> Reading:
    """The fields to store for this answer, or a problem. "Don't know" is fine where optional."""
    if parsing.is_greeting(text):
        return {}, "greeting"
    if field in OPTIONAL and parsing.is_dont_know(text):
        return ({"cancer_stage": "unknown"} if field == "cancer_stage" else {}), None
    return READERS[field](text, referral, content)
