"""Evaluation against the running stack: simulated people (personas), concerns and safety sets."""
