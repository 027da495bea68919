"""The Rasa version the runtime patches were read against, and the one check each makes before it installs."""

from __future__ import annotations

import logging

import rasa

logger = logging.getLogger(__name__)
RASA_VERSIONS = ("3.6.",)  # each patch names the Rasa 3.6.21 code it replaces


def is_known(otherwise: str) -> bool:
    """True on a Rasa version the patches were written for; on any other, say what happens instead."""
    if rasa.__version__.startswith(RASA_VERSIONS):
        return True
    logger.warning(
        "Rasa %s is not one this was written for (%s): %s",
        rasa.__version__,
        ", ".join(RASA_VERSIONS),
        otherwise,
    )
    return False
