"""Programs that tests run inside the bot env (.venv-bot: Rasa 3.6, Python 3.10), printing JSON."""
