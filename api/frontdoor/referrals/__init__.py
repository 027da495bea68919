"""Referrals: drafts built up during a conversation, submission, and the record link workers receive."""
