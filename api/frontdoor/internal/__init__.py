"""Endpoints the action server calls (service token only): the assistant's way into the rules."""
