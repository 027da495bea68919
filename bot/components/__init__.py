"""Custom Rasa components (loaded by config.yml from this package)."""
