"""An .ics file for the booked appointment, so a person can add it to their phone's calendar."""

from __future__ import annotations

from datetime import UTC, datetime

from icalendar import Calendar, Event

from frontdoor.booking.models import Appointment
from frontdoor.booking.preferences import meeting_label
from frontdoor.db.base import aware


def appointment_ics(appointment: Appointment, site_name: str, link_worker: str, reference: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//frontdoor//cancer support self-referral//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"appointment-{appointment.id}@frontdoor")
    event.add("dtstamp", datetime.now(UTC))
    event.add("dtstart", aware(appointment.start))
    event.add("dtend", aware(appointment.end))
    how = meeting_label(appointment.type, appointment.venue)
    event.add("summary", f"{site_name}: {how} with {link_worker}")
    event.add("description", f"Your first conversation with a link worker. Reference {reference}.")
    if appointment.venue:
        event.add("location", appointment.venue)
    calendar.add_component(event)
    return calendar.to_ical()
