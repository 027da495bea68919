"""The chat page and the dashboard through the app (no browser): headers, the chat's way to Rasa,
sign-in with its limits, CSRF, site boundaries, escaping, exports and the audit trail."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from frontdoor.audit.models import AuditEntry
from frontdoor.referrals.models import Referral
from frontdoor.settings import get_settings
from tests.api.test_referrals_api import draft, submit
from tests.fakes.rasa_rest import FakeRasa
from tests.helpers import PASSWORD, assert_valid_record, create_staff

SENDER = "web-" + "a" * 32


def sign_in(client, email: str, password: str = PASSWORD):
    form = client.get("/staff/sign-in")
    token = re.search(r'name="signin_token" value="([^"]+)"', form.text).group(1)
    return client.post(
        "/staff/sign-in",
        data={"email": email, "password": password, "signin_token": token},
        follow_redirects=False,
    )


def csrf(page_html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page_html).group(1)


def referral(client, conversation: str, postcode: str = "DD1 4HN", **answers) -> str:
    draft(client, conversation, consent_share=True)
    draft(
        client, conversation, postcode=postcode, age=70, has_diagnosis="yes", referrer_role="self", **answers
    )
    return submit(client, conversation)["referral_id"]


def test_the_chat_page_is_self_contained_and_may_be_embedded(client) -> None:
    page = client.get("/chat?site=dundee")
    assert page.status_code == 200
    assert "Dundee Cancer Link Workers" in page.text
    policy = page.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "frame-ancestors *" in policy
    assert not re.search(r'(src|href)="https?://', page.text)  # nothing from other sites
    assert client.get("/chat?site=nowhere").status_code == 200
    assert "Privacy notice" in client.get("/privacy").text


@pytest.fixture
def fake_rasa(monkeypatch: pytest.MonkeyPatch):
    fake = FakeRasa().start()
    monkeypatch.setenv("RASA_URL", fake.url)
    get_settings.cache_clear()
    yield fake
    fake.stop()


def test_chat_messages_go_to_rasa_as_the_rest_channel(client, fake_rasa) -> None:
    out = client.post("/chat/api/message", json={"sender": SENDER, "message": "hello", "site": "dundee"})
    assert out.status_code == 200
    assert out.json()["replies"][0]["text"] == "you said: hello"
    assert fake_rasa.received[0] == {"sender": SENDER, "message": "hello", "metadata": {"site": "dundee"}}


@pytest.mark.parametrize(
    "body",
    [
        {"sender": "me", "message": "hi"},
        {"sender": SENDER, "message": ""},
        {"sender": SENDER, "message": "x" * 1001},
    ],
)
def test_bad_chat_messages_are_refused_plainly(client, body) -> None:
    assert client.post("/chat/api/message", json=body).status_code == 422


def test_when_rasa_is_down_the_person_gets_another_way_in(client) -> None:
    out = client.post("/chat/api/message", json={"sender": SENDER, "message": "hello"})
    assert out.status_code == 503 and "0808 808 00 00" in out.json()["detail"]


def test_staff_pages_need_sign_in(client) -> None:
    response = client.get("/staff", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/staff/sign-in"
    page = client.get("/staff/sign-in")
    assert (
        page.headers["x-frame-options"] == "DENY"
        and "frame-ancestors 'none'" in page.headers["content-security-policy"]
    )


def test_sign_in_sets_a_safe_cookie_and_wrong_passwords_are_limited(client, db) -> None:
    create_staff(db, "lw@dundee.example", "link_worker", ["dundee"])
    wrong = sign_in(client, "lw@dundee.example", "nope")
    assert wrong.status_code == 400 and "not right" in wrong.text
    ok = sign_in(client, "lw@dundee.example")
    assert ok.status_code == 303
    cookie = ok.headers["set-cookie"]
    assert (
        "fd_session=" in cookie
        and "HttpOnly" in cookie
        and "SameSite=strict" in cookie.replace("Strict", "strict")
    )
    for _ in range(5):
        sign_in(client, "lw@dundee.example", "still wrong")
    locked = sign_in(client, "lw@dundee.example")
    assert locked.status_code == 429 and "Too many attempts" in locked.text


def test_the_queue_and_record_escape_what_people_typed(client, db) -> None:
    create_staff(db, "lw2@dundee.example", "link_worker", ["dundee"])
    referral_id = referral(client, "xss", name="<script>alert(1)</script>", what_matters_most="<b>bold</b>")
    sign_in(client, "lw2@dundee.example")
    queue = client.get("/staff")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in queue.text and "<script>alert(1)" not in queue.text
    record = client.get(f"/staff/referrals/{referral_id}")
    assert record.status_code == 200
    assert "&lt;b&gt;bold&lt;/b&gt;" in record.text and "<b>bold</b>" not in record.text


def test_a_link_worker_cannot_open_another_sites_record(client, db) -> None:
    create_staff(db, "lw3@fife.example", "link_worker", ["fife"])
    referral_id = referral(client, "other-site")
    sign_in(client, "lw3@fife.example")
    response = client.get(f"/staff/referrals/{referral_id}")
    assert response.status_code == 403 and "site you do not work for" in response.text
    assert client.get(f"/staff/referrals/{referral_id}/export.json").status_code == 403
    assert all(row not in client.get("/staff").text for row in (referral_id,))


def test_claim_status_note_and_exports_are_audited(client, db) -> None:
    create_staff(db, "lw4@dundee.example", "link_worker", ["dundee"])
    referral_id = referral(client, "handled")
    sign_in(client, "lw4@dundee.example")
    page = client.get(f"/staff/referrals/{referral_id}")
    token = csrf(page.text)
    assert client.post(f"/staff/referrals/{referral_id}/claim", data={}).status_code == 403  # no CSRF token
    claimed = client.post(
        f"/staff/referrals/{referral_id}/claim", data={"csrf_token": token}, follow_redirects=False
    )
    assert claimed.status_code == 303
    client.post(
        f"/staff/referrals/{referral_id}/status", data={"csrf_token": token, "new_status": "contacted"}
    )
    bad = client.post(
        f"/staff/referrals/{referral_id}/status", data={"csrf_token": token, "new_status": "banana"}
    )
    assert bad.status_code == 400
    client.post(
        f"/staff/referrals/{referral_id}/notes", data={"csrf_token": token, "text": "Left a voicemail"}
    )
    db.expire_all()
    found = db.get(Referral, referral_id)
    assert (found.status, found.claimed_by) == ("contacted", "lw4@dundee.example")
    assert [n.text for n in found.notes] == ["Left a voicemail"]
    exported = client.get(f"/staff/referrals/{referral_id}/export.json")
    assert_valid_record(exported.json())
    fhir = client.get(f"/staff/referrals/{referral_id}/export.fhir.json").json()
    kinds = [e["resource"]["resourceType"] for e in fhir["entry"]]
    assert kinds == ["Patient", "ServiceRequest", "QuestionnaireResponse"]
    actions = {
        a.action for a in db.scalars(select(AuditEntry).where(AuditEntry.actor == "lw4@dundee.example"))
    }
    assert {"sign_in", "view", "claim", "change_status", "add_note", "export"} <= actions
