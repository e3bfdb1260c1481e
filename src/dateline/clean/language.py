"""A cheap language check: the share of running words that are a language's function words."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from dateline.tables import read_table

# Function words are about 40-50% of running English news text; below 15% the text is
# either another language or not prose (lists, tables). Chosen by looking at the seed
# article (~45%) and headline-only lines (~10-20%).
MIN_STOPWORD_SHARE = 0.15
# Fewer words than this and the share is noise.
MIN_WORDS = 8
# The winning language must beat the runner-up by this share, else the call is unclear.
MIN_MARGIN = 0.05

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

STOPWORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "clean" / "stopwords.tsv"


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    return {row["language"]: frozenset(row["words"].split())
            for row in read_table(STOPWORDS_FILE, ("language", "words"))}


def detect_language(text: str) -> str | None:
    """ISO-639-1 code of the text's language, or None when the text is too short or unclear."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return None
    shares = sorted(((sum(w in stop for w in words) / len(words), lang)
                     for lang, stop in _stopwords().items()), reverse=True)
    (best, lang), (second, _) = shares[0], shares[1]
    if best < MIN_STOPWORD_SHARE or best - second < MIN_MARGIN:
        return None
    return lang
