"""How the stack runs Rasa: its launcher, the action-response check built once, the tracker store."""
