"""The three-letter language codes AKN4UN markup writes (FRBRlanguage, "eng@") and the UN's
two-letter ones mineres uses everywhere else: one table for the reader, the writer and the library.
"""

from __future__ import annotations

AKN_LANGUAGES = {
    "eng": "en",
    "fra": "fr",
    "fre": "fr",
    "spa": "es",
    "rus": "ru",
    "ara": "ar",
    "zho": "zh",
    "chi": "zh",
}
AKN_CODES = {"en": "eng", "fr": "fra", "es": "spa", "ru": "rus", "ar": "ara", "zh": "zho"}


def from_akn_code(code: str) -> str:
    """ "fra" -> "fr"; an unknown code keeps its first two letters, none at all is English."""
    return AKN_LANGUAGES.get(code.lower(), code[:2].lower() or "en")


def to_akn_code(language: str) -> str:
    """ "fr" -> "fra", as FRBRlanguage and the expression URI write it."""
    return AKN_CODES.get(language, language)
