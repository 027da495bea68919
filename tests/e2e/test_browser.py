"""The chat page and the dashboard in a real browser (Debian's Chromium, driven by Playwright), checked
with axe-core at WCAG 2.2 A and AA: a referral made by clicking and typing, then found, opened,
claimed, noted and exported by a link worker. Screenshots and axe results go to test-artifacts/."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontdoor.settings import PROJECT_ROOT
from tests.e2e.conversation import staff_headers
from tests.helpers import PASSWORD

pytestmark = pytest.mark.e2e
CHROMIUM = Path("/usr/bin/chromium")
AXE = PROJECT_ROOT / "web" / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
NAME = "Jean <script>window.pwned=1</script>"


@pytest.fixture(scope="module")
def browser() -> Iterator:
    if not CHROMIUM.exists() or not AXE.exists():
        message = "needs Debian's chromium (/usr/bin/chromium) and web/node_modules (make env)"
        if os.environ.get("FRONTDOOR_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield launched
        launched.close()


def axe(page, name: str) -> list[dict]:
    """Run axe on the page as it is now; keep the full result; return the violations."""
    page.add_script_tag(content=AXE.read_text())
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG
    )
    out = ARTIFACTS / "axe" / f"{name}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    summary = {"url": page.url, "violations": result["violations"], "passes": len(result["passes"])}
    out.write_text(json.dumps(summary, indent=1))
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]]} for v in result["violations"]]


def screenshot(page, name: str) -> None:
    (ARTIFACTS / "screenshots").mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "screenshots" / f"{name}.png"), full_page=True)


def assistant_count(page) -> int:
    return page.locator(".fd-chat-message--assistant").count()


def wait_for_reply(page, before: int, expected: str) -> None:
    page.wait_for_function(
        "([n, words]) => { const all = document.querySelectorAll('.fd-chat-message--assistant');"
        " return all.length > n && document.getElementById('chat-typing').hidden"
        " && document.getElementById('chat-log').innerText.toLowerCase().includes(words); }",
        arg=[before, expected.lower()],
        timeout=60_000,
    )


def type_answer(page, text: str, expected: str) -> None:
    before = assistant_count(page)
    page.locator("#chat-input").fill(text)
    page.keyboard.press("Enter")
    wait_for_reply(page, before, expected)


def click_choice(page, title: str, expected: str) -> None:
    before = assistant_count(page)
    page.get_by_role("button", name=title, exact=True).click()
    wait_for_reply(page, before, expected)


def test_refer_in_the_chat_page_then_handle_it_in_the_dashboard(browser, stack) -> None:
    base = stack.api
    phone = browser.new_context(viewport={"width": 375, "height": 740}, bypass_csp=True)
    page = phone.new_page()
    outside: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(base) else outside.append(r.url))
    page.goto(f"{base}/chat?site=dundee")
    assert axe(page, "chat-empty") == []
    screenshot(page, "chat-mobile-start")

    type_answer(page, "hello", "privacy")
    click_choice(page, "Yes, that's OK", "who is this support for")
    # Keyboard only: back from the message box to the last choice, and Enter.
    page.locator("#chat-input").focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused in {"Me, I have cancer", "I'm a carer", "Someone else"}
    page.locator("#chat-input").focus()
    click_choice(page, "Me, I have cancer", "postcode")
    for answer, expected in [
        ("DD1 4HN", "how old"),
        ("67", "diagnosed"),
        ("1", "type"),
        ("lung", "worrying"),
        ("I'm worried sick about money", "how much"),
    ]:
        type_answer(page, answer, expected)

    page.reload()  # the conversation survives a reload: same conversation, same log
    assert "worried sick about money" in page.locator("#chat-log").inner_text()
    type_answer(page, "9", "how much")
    type_answer(page, "6", "have you felt")
    type_answer(page, "8", "full name")
    type_answer(page, NAME, "call or text you")
    type_answer(page, "07700 900123", "interpreter")
    type_answer(page, "no", "treatment")
    type_answer(page, "3", "hear about us")
    type_answer(page, "my gp", "while you wait")
    click_choice(page, "Yes to both", "send this")
    assert axe(page, "chat-conversation") == []
    click_choice(page, "Yes, send it", "how would you like to meet")
    reference = re.search(
        r"reference is ([A-Z0-9]{3}-[A-Z0-9]{3})", page.locator("#chat-log").inner_text()
    ).group(1)
    type_answer(page, "phone call", "which time suits")
    type_answer(page, "1", "booked")
    assert page.get_by_role("link", name="Add to your calendar").count() == 1
    assert page.evaluate("window.pwned") is None
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    screenshot(page, "chat-mobile")
    assert outside == []
    page.get_by_role("button", name="End and clear this chat").click()
    assert page.locator(".fd-chat-message").count() == 0
    phone.close()

    staff_headers(stack, "browser-lw@dundee.example", "--role", "link_worker", "--site", "dundee")
    desk = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = desk.new_page()
    page.goto(f"{base}/staff")
    assert axe(page, "sign-in") == []
    page.get_by_label("Email address").fill("browser-lw@dundee.example")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/staff")
    rows = page.locator("table.fd-queue tbody tr")
    priorities = [rows.nth(i).locator("td").nth(1).inner_text().strip() for i in range(rows.count())]
    rank = {"urgent": 0, "high": 1, "routine": 2}
    assert [rank[p] for p in priorities] == sorted(rank[p] for p in priorities)  # urgent first, then high
    ours = next(i for i in range(rows.count()) if reference in rows.nth(i).inner_text())
    assert priorities[ours] == "high"  # money scored 9 and distress 8
    assert "<script>window.pwned=1</script>" in rows.nth(ours).inner_text()  # shown as text, not run
    assert page.evaluate("window.pwned") is None
    assert axe(page, "queue") == []
    screenshot(page, "queue")

    rows.nth(ours).get_by_role("link", name=reference).click()
    page.wait_for_url(re.compile(r".*/staff/referrals/.*"))
    assert axe(page, "record") == []
    page.get_by_role("button", name="Claim").click()
    page.wait_for_url(re.compile(r".*done=claimed"))
    page.get_by_label("Add a note").fill("Phoned, left a voicemail <b>bold?</b>")
    page.get_by_role("button", name="Add note").click()
    page.wait_for_url(re.compile(r".*done=note"))
    assert "left a voicemail <b>bold?</b>" in page.locator("main").inner_text()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download as FHIR (QuestionnaireResponse and ServiceRequest)").click()
    bundle = json.loads(Path(download.value.path()).read_text())
    assert [e["resource"]["resourceType"] for e in bundle["entry"]] == [
        "Patient",
        "ServiceRequest",
        "QuestionnaireResponse",
    ]
    screenshot(page, "record")
    desk.close()
