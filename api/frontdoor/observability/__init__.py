"""Logs and metrics: what operators see, and never a person's details."""
