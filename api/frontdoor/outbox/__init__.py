"""The outbox: every message we send (staff alerts, SMS replies, reminders) is stored first, then sent
by a worker, so nothing is lost or sent twice across restarts."""
