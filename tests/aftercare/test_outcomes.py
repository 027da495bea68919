"""The reports page shows what changed, per site and survey: sent, answered, and the median change in
distress and concern scores, with the reports' small-number rule."""

from __future__ import annotations

from frontdoor.aftercare.outcomes import outcome_changes
from frontdoor.content import get_content
from frontdoor.reports.service import Filters
from tests.aftercare.conftest import refer, uk
from tests.helpers import create_staff
from tests.web.test_pages import sign_in


def _row(table, site: str, month: int) -> list[str]:
    return [str(v) for v in next(r for r in table.rows if r[0] == site and r[1] == month)]


def test_change_in_distress_and_concern_scores_per_site(client, db, clock, phone) -> None:
    people = []
    for n in range(6):
        refer(client, db, clock, f"+4477009009{50 + n}", survey_consent=True)
        people.append(phone(f"+4477009009{50 + n}"))
    for person in people:
        person.run()
    clock.to(uk(2027, 2, 23, 10))
    for n, person in enumerate(people):
        person.run()
        if n == 5:
            continue  # one person does not answer
        # distress 6 -> 4 (-2); money 9 -> 5 (-4), worry 7 -> 7 (0), caring 5 skipped, tiredness 3 -> 2 (-1)
        for answer in ("4", "5", "7", "skip", "2"):
            person.say(answer)
    filters = Filters(start=uk(2026, 11, 1).date(), end=uk(2026, 11, 30).date(), site_ids=("dundee", "fife"))
    table = outcome_changes(db, get_content(), filters)
    assert _row(table, "dundee", 3) == ["dundee", "3", "6", "5", "-2", "-1"]
    assert _row(table, "dundee", 9) == ["dundee", "9", "0", "0", "-", "-"]
    assert _row(table, "fife", 3) == ["fife", "3", "0", "0", "-", "-"]

    create_staff(db, "boss@example.org", role="admin")
    assert sign_in(client, "boss@example.org").status_code == 303
    page = client.get("/staff/reports?start=2026-11-01&end=2026-11-30")
    assert page.status_code == 200
    assert "What changed: outcome surveys by text" in page.text
    csv = client.get("/staff/reports/outcomes.csv?start=2026-11-01&end=2026-11-30")
    assert csv.status_code == 200, csv.text
    assert "dundee,3,6,5,-2,-1" in csv.text


def test_fewer_than_five_answers_show_no_figures(client, db, clock, phone) -> None:
    refer(client, db, clock, "+447700900961", survey_consent=True)
    person = phone("+447700900961")
    person.run()
    clock.to(uk(2027, 2, 23, 10))
    person.run()
    for answer in ("1", "1", "1", "1", "1"):
        person.say(answer)
    filters = Filters(start=uk(2026, 11, 1).date(), end=uk(2026, 11, 30).date(), site_ids=("dundee",))
    row = _row(outcome_changes(db, get_content(), filters), "dundee", 3)
    assert row == ["dundee", "3", "fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5"]
