"""The SMS channel: Twilio webhooks in, replies and alerts out, at the lowest cost in segments."""
