"""The language of a text, and whether dateline can code it (English only).

Detection uses py3langid's model (bundled in the package, offline, 97 languages,
numpy only): news arrives in every script, which a list of function words cannot
cover. A call is trusted only when the model is sure and the text has enough words;
otherwise the language the source declares (``<html lang>``, a feed's ``<language>``)
is used; with neither, the language is unknown and the text is coded.
"""

from __future__ import annotations

import re
from functools import lru_cache

ENGLISH = "en"
# The model's normalised probability a call needs to be trusted. On 11,700 sentences of
# BBC English (../shared/corpora/bbc) no call at 0.9 or above was another language.
MIN_CONFIDENCE = 0.9
# Fewer words than this and a call is noise (names alone: "Kyiv Lviv Odesa").
MIN_WORDS = 4
# Characters of a long text looked at: the opening paragraphs decide. The first look
# reads fewer (the model's time grows with the text); only an unsure call reads more.
FIRST_LOOK_CHARS = 1000
SAMPLE_CHARS = 4000
DETECTED, DECLARED = "detected", "declared by the source"

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO-639-1 code of the text's language, or None when the text is too short or the
    call unclear."""
    for size in (FIRST_LOOK_CHARS, SAMPLE_CHARS):
        sample = text[:size]
        if len(_WORD.findall(sample)) < MIN_WORDS:
            return None
        language, confidence = _identifier().classify(sample)
        if confidence >= MIN_CONFIDENCE:
            return str(language)
        if len(text) <= size:
            break
    return None


def decide_language(text: str, declared: str | None) -> tuple[str | None, str]:
    """(language, how it was known): the detected language when the call is sure, else
    the declared one; (None, ...) when neither is known."""
    detected = detect_language(text)
    if detected:
        return detected, DETECTED
    return (declared.lower(), DECLARED) if declared else (None, DETECTED)
