"""The audit trail: who saw and changed what, and when."""
