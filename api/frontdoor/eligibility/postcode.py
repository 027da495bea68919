"""UK postcodes as people type them: normalised to the Royal Mail format ("dd14hn" -> "DD1 4HN")."""

from __future__ import annotations

import re

_OUTWARD = r"(?:[A-Z]{1,2}[0-9][A-Z0-9]?|GIR)"
_INWARD = r"[0-9][A-Z]{2}"
_FULL = re.compile(rf"^({_OUTWARD})({_INWARD})$")
_AREA_FIRST = re.compile(r"^[A-Z]{1,2}[0-9]")
# Slips people make in the inward part, where only one reading is a valid postcode.
_DIGIT_FOR = {"O": "0", "I": "1", "L": "1", "S": "5", "Z": "2"}
_LETTER_FOR = {"0": "O", "1": "I", "5": "S", "2": "Z", "8": "B"}


# The only letters a district takes after its number ("EC1A", "SW1W"); any other there is a slip for a
# digit ("KY1O" is KY10).
_DISTRICT_LETTERS = set("ABEHMNPRVWXY")


def _fix_outward(out: str) -> str:
    if len(out) >= 3 and out[-2].isdigit() and out[-1] in _DIGIT_FOR and out[-1] not in _DISTRICT_LETTERS:
        return out[:-1] + _DIGIT_FOR[out[-1]]
    return out


def _fix_inward(inward: str) -> str:
    first = _DIGIT_FOR.get(inward[0], inward[0])
    rest = "".join(_LETTER_FOR.get(ch, ch) for ch in inward[1:])
    return first + rest


def _compact(text: str) -> str:
    return re.sub(r"[\s.\-]", "", text or "").upper()


def normalise_postcode(text: str) -> str | None:
    """The postcode in "OUT IN" form, or None when the text is not a UK postcode."""
    compact = _compact(text)
    if not 5 <= len(compact) <= 7:
        return None
    candidate = _fix_outward(compact[:-3]) + _fix_inward(compact[-3:])
    match = _FULL.match(candidate)
    if not match or not (_AREA_FIRST.match(candidate) or candidate == "GIR0AA"):
        return None
    return f"{match.group(1)} {match.group(2)}"


def _half(text: str) -> str:
    return _compact(text).strip(",!")


def is_first_half(text: str) -> bool:
    """ "dl14": a postcode's district alone, with the rest still to come."""
    return re.fullmatch(_OUTWARD, _half(text)) is not None


def in_two_halves(first: str, second: str) -> str | None:
    """ "dl14", then "6QH" when asked for the rest: one postcode, "DL14 6QH"; else None."""
    if is_first_half(first) and re.fullmatch(_INWARD, _half(second)):
        return normalise_postcode(_half(first) + _half(second))
    return None


def outward(postcode: str) -> str:
    return postcode.split(" ")[0]


def sector(postcode: str) -> str:
    """ "DD1 4HN" -> "DD1 4" """
    out, inward = postcode.split(" ")
    return f"{out} {inward[0]}"
