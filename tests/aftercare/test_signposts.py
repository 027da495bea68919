"""Local help from the directory: chosen for a record's highest-scored concerns, within the segment
limit, texted once after sending to people who said yes; the directory is checked at start-up."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from frontdoor.aftercare.models import AftercareTask
from frontdoor.aftercare.signposts import choose, sms_text
from frontdoor.content import load_content
from frontdoor.content_files import DEFAULT_CONTENT_DIR, ContentError
from frontdoor.referrals.models import Concern, Referral
from frontdoor.sms.gsm import is_gsm7, segment_count
from tests.aftercare.conftest import refer, uk
from tests.helpers import assert_valid_record, bearer, create_staff

CONTENT = load_content(DEFAULT_CONTENT_DIR)


def _referral(site: str, postcode: str, concerns: list[tuple[str, int | None]]) -> Referral:
    referral = Referral(site_id=site, postcode=postcode)
    for position, (item, score) in enumerate(concerns):
        definition = CONTENT.checklist.get(item)
        referral.concerns.append(
            Concern(
                position=position,
                item=item,
                category=definition.category,
                label=definition.label,
                score=score,
            )
        )
    return referral


def _chosen(
    site: str, nation: str, postcode: str, concerns: list[tuple[str, int | None]]
) -> list[tuple[str, str]]:
    picked = choose(CONTENT.directory, CONTENT.checklist, _referral(site, postcode, concerns), nation)
    return [(s.item, s.service.id) for s in picked]


def test_local_services_for_the_item_first_then_category_then_national() -> None:
    concerns = [
        ("tiredness_or_fatigue", 2),
        ("money_or_finance", 9),
        ("sadness_or_depression", 6),
        ("caring_responsibilities", 8),
        ("housing", 7),
    ]
    assert _chosen("tower_hamlets", "england", "E1 6AN", concerns) == [
        ("money_or_finance", "th_welfare_benefits"),  # local, names the item
        ("caring_responsibilities", "th_carers_centre"),
        ("housing", "citizens_advice_england"),  # the local money service is already offered: national
    ]
    assert _chosen("dundee", "scotland", "DD1 4HN", [("sadness_or_depression", 6), ("housing", 5)]) == [
        ("sadness_or_depression", "maggies_dundee"),  # local, by category (emotional)
        ("housing", "citizens_advice_scotland"),  # national, for Scotland only
    ]


def test_postcode_limits_and_unscored_or_unmatched_concerns() -> None:
    inside = _chosen("tower_hamlets", "england", "E3 2AB", [("bereavement", 5)])
    outside = _chosen("tower_hamlets", "england", "E1 6AN", [("bereavement", 5)])
    assert inside == [("bereavement", "th_bereavement_group")]
    assert outside == [("bereavement", "maggies_barts")]  # a local service for feelings
    assert _chosen("coventry", "england", "CV1 2AA", [("something_else", 9)]) == []
    unscored_last = _chosen("fife", "scotland", "KY1 1AA", [("pain", None), ("money_or_finance", 1)])
    assert unscored_last == [("money_or_finance", "fife_welfare_support"), ("pain", "macmillan_support_line")]


def test_every_concern_of_the_checklist_gets_somewhere_in_every_site() -> None:
    for site in CONTENT.sites.sites:
        for item in CONTENT.checklist.items:
            if item.offered and not item.retired:
                postcode = f"{site.coverage.areas[0]} 1AA"
                assert _chosen(site.id, site.nation, postcode, [(item.id, 5)]), (site.id, item.id)


def test_the_text_fits_three_segments_and_drops_hours_then_services_to_fit() -> None:
    texts = CONTENT.aftercare.signposts
    referral = _referral(
        "durham",
        "DH1 1AA",
        [("money_or_finance", 9), ("caring_responsibilities", 8), ("walking_or_moving", 7)],
    )
    chosen = choose(CONTENT.directory, CONTENT.checklist, referral, "england")
    body, kept = sms_text(chosen, "County Durham Macmillan Link Workers", texts)
    assert len(kept) == 3
    assert is_gsm7(body) and segment_count(body) <= 3
    assert body == (
        "While you wait to hear from County Durham Macmillan Link Workers, these can help now:\n"
        "Money or finance: Durham Welfare Rights, 0191 498 0311, Mon-Fri 9am-4pm\n"
        "Caring for someone else: Durham County Carers Support, 0191 498 0312, Mon-Fri 9am-5pm\n"
        "Walking or moving around: Durham Move More, 0191 498 0313, Mon-Fri 9am-5pm\n"
        "Reply STOP to stop texts."
    )
    two = texts.model_copy(update={"max_segments": 2})
    body, kept = sms_text(chosen, "County Durham Macmillan Link Workers", two)
    assert segment_count(body) == 2 and len(kept) == 3
    assert "Mon-Fri" not in body
    long_intro = two.model_copy(update={"intro": "While you wait, " + "a long introduction " * 7})
    body, kept = sms_text(chosen, "County Durham Macmillan Link Workers", long_intro)
    assert segment_count(body) == 2 and kept == chosen[:2]


@pytest.mark.parametrize("offer", [True, False])
def test_sent_once_after_referral_only_with_a_yes_and_noted_on_the_record(
    client, db, clock, phone, offer
) -> None:
    referral = refer(client, db, clock, "+447700900811", site="tower_hamlets", offer_local_help=offer)
    person = phone("+447700900811", site="tower_hamlets")
    texts = person.run()
    clock.advance(hours=1)
    texts += person.run()
    create_staff(db, "lw@example.org", sites=["tower_hamlets"])
    record = client.get(f"/api/referrals/{referral.id}", headers=bearer(client, "lw@example.org")).json()
    assert_valid_record(record)
    if not offer:
        assert texts == []
        assert record["aftercare"]["signposts_offered"] == []
        assert record["aftercare"]["local_help_wanted"] is False
        return
    assert texts == [
        "While you wait to hear from Tower Hamlets Cancer Link Workers, these can help now:\n"
        "Money or finance: Tower Hamlets Benefits Advice, 020 7946 0411, Mon-Fri 9am-5pm\n"
        "Worry, fear or anxiety: Maggie's Barts, 020 7946 0413, Mon-Fri 9am-5pm\n"
        "Caring for someone else: Tower Hamlets Carers Centre, 020 7946 0412, Mon-Fri 10am-4pm\n"
        "Reply STOP to stop texts."
    ]
    assert segment_count(texts[0]) <= 3
    assert [s["service"] for s in record["aftercare"]["signposts_offered"]] == [
        "th_welfare_benefits",
        "maggies_barts",
        "th_carers_centre",
    ]
    print("\n" + person.printed())


def test_no_text_to_someone_who_asked_not_to_be_texted(client, db, clock, phone) -> None:
    refer(client, db, clock, "+447700900821", channel="web", offer_local_help=True, preferred_contact="phone")
    person = phone("+447700900821")
    assert person.run() == []
    clock.to(uk(2026, 11, 23, 12, 1))
    assert person.run() == []
    db.expire_all()
    assert db.scalar(select(AftercareTask).where(AftercareTask.kind == "signposts")).status == "not_needed"


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, target)
    return target


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data))


@pytest.mark.parametrize(
    ("file", "change", "key", "problem"),
    [
        (
            "directory.yml",
            lambda d: d["sites"]["dundee"][0].update(items=["money"]),
            "sites.dundee[0].items",
            "unknown checklist item",
        ),
        ("directory.yml", lambda d: d["sites"].update(narnia=[]), "sites.narnia", "no site with this id"),
        (
            "directory.yml",
            lambda d: d["national"][0].update(categories=["emotional"]),
            "(top level)",
            "every concern",
        ),
        (
            "directory.yml",
            lambda d: d["national"][1].pop("web"),
            "national[1]",
            "phone number or a web address",
        ),
        (
            "directory.yml",
            lambda d: d["national"][0].update(phone="0808 808"),
            "national[0].phone",
            "not a UK phone",
        ),
        (
            "directory.yml",
            lambda d: d["national"][0].update(name="Macmillan’s line"),
            "national[0].name",
            "GSM-7",
        ),
        (
            "directory.yml",
            lambda d: d["sites"]["dundee"][0].update(nations=["england"]),
            "sites.dundee[0].nations",
            "scotland",
        ),
        (
            "directory.yml",
            lambda d: d["sites"]["dundee"][0].update(postcodes=["nowhere"]),
            "sites.dundee[0].postcodes",
            "not a postcode",
        ),
        (
            "aftercare.yml",
            lambda d: d["checkin"].update(text="{site}: " + "x" * 130),
            "checkin.text",
            "one SMS",
        ),
        (
            "aftercare.yml",
            lambda d: d.update(send_at="21:00"),
            "(top level)",
            "between quiet_until and quiet_from",
        ),
        ("aftercare.yml", lambda d: d["survey"].update(months=[9, 3]), "survey.months", "in order"),
    ],
)
def test_a_bad_directory_or_aftercare_file_stops_start_up(content_dir, file, change, key, problem) -> None:
    _edit(content_dir / file, change)
    with pytest.raises(ContentError) as caught:
        load_content(content_dir)
    message = str(caught.value)
    assert message.startswith(str(content_dir / file))
    assert key in message
    assert problem in message
