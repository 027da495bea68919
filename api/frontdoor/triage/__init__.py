"""Triage: how urgently a link worker should pick a referral up."""
