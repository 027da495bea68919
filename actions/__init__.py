"""Rasa SDK actions and form validators. Thin: every rule lives in the API, reached through api_client."""
