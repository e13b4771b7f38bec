"""Which official language a resolution's text is in, read from the text itself.

The library uses it to never hand a French copy to an English request, and the metadata
stage to label a text ("language": "fr") as the AKN reader labels markup.
"""

from __future__ import annotations

import re
from functools import cache

LANGUAGE_SAMPLE = 2048  # the heading and the first preambular paragraph
# Each heading with the words it cannot match without, one of which is looked for in the
# lower-cased sample before the pattern is: an English text asks no French or Spanish pattern,
# each of which read the whole sample to fail. (Lower case tells them under IGNORECASE too:
# no other character matches these letters so; "i", "k" and "s" have one and are left out.)
# Each pattern is compiled when first asked (re's cache), so an English text compiles no
# French or Spanish one (~0.3 ms of every first parse).
LANGUAGE_HEADINGS = (
    ("fr", ("rale",), r"(?i)R[ée]solution adopt[ée]e par l.Assembl[ée]e g[ée]n[ée]rale"),
    (
        "fr",
        ("conseil", "rale,"),
        r"Adopt[ée]e par le Conseil de s[ée]curit[ée]|L.Assembl[ée]e g[ée]n[ée]rale,",
    ),
    ("es", ("aprobada",), r"(?i)Resoluci[óo]n aprobada por la Asamblea General"),
    ("es", ("consejo", "asamblea"), r"Aprobada por el Consejo de Seguridad|La Asamblea General,"),
    ("en", (), r"(?i)Resolution adopted by the General Assembly"),  # asked at once
    ("en", (), r"Adopted by the Security Council|The General Assembly,"),
)
SCRIPTS = (("ru", "\u0400", "\u04ff"), ("ar", "\u0600", "\u06ff"), ("zh", "\u4e00", "\u9fff"))
FUNCTION_WORDS = {
    "en": frozenset({"the", "of", "and", "to", "its", "that", "with", "for"}),
    "fr": frozenset({"les", "des", "et", "du", "aux", "sur", "le", "ses", "dans"}),
    "es": frozenset({"los", "las", "del", "el", "y", "para", "sus", "con", "en"}),
}


def text_language(text: str) -> str | None:
    """The language of a resolution's text, from its opening, or None when it is not clear.

    Russian, Arabic and Chinese show in their script; English, French and Spanish in the
    heading every resolution opens with, failing that in their commonest small words.
    """
    if beyond_latin_punctuation().search(text):  # else no letter of the three scripts
        found = written_language(text)
        if found:
            return found
    lowered = text.lower()
    for language, needed, heading in LANGUAGE_HEADINGS:
        if (not needed or any(word in lowered for word in needed)) and re.search(heading, text):
            return language
    words = re.findall(r"[^\W\d_]+", lowered)
    counts = sorted(
        (
            (sum(word in vocabulary for word in words), language)
            for language, vocabulary in FUNCTION_WORDS.items()
        ),
        reverse=True,
    )
    (best, language), (second, _) = counts[0], counts[1]
    return language if best >= 5 and best >= 2 * second else None


def written_language(text: str) -> str | None:
    """Russian, Arabic or Chinese when its script makes more than 30% of the letters."""
    letters = -1  # counted only for a text that has some Cyrillic, Arabic or Chinese at all
    highest = max(text, default="")
    for language, first, last in SCRIPTS:
        if highest < first:  # no letter of the script, told without compiling its pattern
            continue
        written = len(script_pattern(first, last).findall(text))
        if written and letters < 0:
            letters = sum(map(str.isalpha, text))
        if written and letters and written > letters * 0.3:
            return language
    return None


@cache
def beyond_latin_punctuation() -> re.Pattern[str]:
    """A character beyond U+03FF but the punctuation of U+2000-U+206F. A text in Latin letters
    holds almost no other (its ’ “ ” – — are there), and a text without one holds no letter of
    the three scripts: one search tells it, where max() over the sample took five times as
    long and the curly quotes, ranked above Cyrillic, sent English texts to the scripts'
    patterns. A negated class compiles in a tenth of a millisecond."""
    return re.compile("[^\x00-\u03ff\u2000-\u206f]")


@cache
def script_pattern(first: str, last: str) -> re.Pattern[str]:
    """A character of the script from `first` to `last`. Compiled when a text may hold one:
    the Chinese range alone costs about 1 ms to compile, more than reading the language."""
    return re.compile(f"[{first}-{last}]")
