"""GSM-7: the character set an SMS can carry at 160 characters a segment.

One character outside it (a curly quote, an en dash, an emoji) switches the whole message to UCS-2 at
70 characters a segment, more than doubling the cost. Bot text is made GSM-7 safe before sending,
and segments are counted the way carriers count them.
"""

from __future__ import annotations

import re
import unicodedata

BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
EXTENDED = set("^{}\\[~]|€\f")
REPLACEMENTS = {
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "–": "-",
    "—": "-",
    "‒": "-",
    "―": "-",
    "−": "-",
    "‐": "-",
    "‑": "-",
    "…": "...",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u200b": "",
    "•": "-",
    "·": "-",
    "×": "x",
    "÷": "/",
    "`": "'",
    "´": "'",
    "«": '"',
    "»": '"',
}
SINGLE, MULTI = 160, 153


def is_gsm7(text: str) -> bool:
    return all(ch in BASIC or ch in EXTENDED for ch in text)


def to_gsm7(text: str) -> str:
    """Replace typographic characters with plain ones, strip accents GSM-7 lacks, drop the rest."""
    out: list[str] = []
    for ch in text:
        ch = REPLACEMENTS.get(ch, ch)
        if all(c in BASIC or c in EXTENDED for c in ch):
            out.append(ch)
            continue
        plain = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(plain if plain and is_gsm7(plain) else "")
    return "".join(out)


def _length(text: str) -> int:
    return sum(2 if ch in EXTENDED else 1 for ch in text)


def segment_count(text: str) -> int:
    """How many segments a carrier bills for this text (GSM-7 or UCS-2)."""
    if not text:
        return 1
    if is_gsm7(text):
        length, single, multi = _length(text), SINGLE, MULTI
    else:
        length, single, multi = len(text.encode("utf-16-le")) // 2, 70, 67
    return 1 if length <= single else -(-length // multi)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def split_message(text: str, limit: int = 2 * MULTI) -> list[str]:
    """Split a long reply into messages of at most ``limit`` GSM-7 units, at sentence boundaries."""
    parts: list[str] = []
    current = ""
    for sentence in (s.strip() for s in _SENTENCE_END.split(text)):
        if not sentence:
            continue
        candidate = f"{current} {sentence}".strip() if current else sentence
        if _length(candidate) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current)
        while _length(sentence) > limit:
            cut = sentence.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            parts.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        current = sentence
    if current:
        parts.append(current)
    return parts or [""]
