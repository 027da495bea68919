"""While they wait and after: local help keyed to their concerns, check-ins by text, and outcome
surveys. Everything goes out through the outbox and the worker; replies come in through the SMS
webhook, after the safety check."""
