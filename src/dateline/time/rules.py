"""The time-expression rules: one regex per kind of expression, with its resolver.

Regexes run on lower-cased text (resolvers check capitals in the original) and
only near a key word of their class (see ``KEY_WORDS``), which keeps the stage
fast. Overlaps are settled in :mod:`dateline.time.extract` (longest first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.time import readings as r
from dateline.time import relative as rel
from dateline.time.relative import PERIOD_WORDS
from dateline.time.readings import (HOLIDAYS, MONTHS, PARTS_OF_DAY, REFERENCES,
                                    SEASONS, SET_ADVERBS, UNITS, WEEKDAYS, WORDS, Resolver)

_FULL_MONTHS = [w for w in MONTHS if len(w) > 4 or w in ("may", "june", "july")]
_ABBREV_MONTHS = [w for w in MONTHS if w not in _FULL_MONTHS]
# Full names, or abbreviations (optionally with their dot); never a longer word.
MONTH = (rf"(?P<month>(?:{WORDS.alternation('month', _FULL_MONTHS)})"
         rf"|(?:{WORDS.alternation('month', _ABBREV_MONTHS)})\.?)(?![a-z])")
MONTH_FULL = rf"(?P<month>{WORDS.alternation('month', _FULL_MONTHS)})(?![a-z])"
WEEKDAY = rf"(?P<wd>{WORDS.alternation('weekday')})(?![a-z])"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.,]\d|[a-z%])"
YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)(?![\d%]|[.,]\d)"
_NUMBER_WORD = WORDS.alternation("number")
NUMBER = rf"(?P<num>\d+(?:\.\d+)?|(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?)"
UNIT = rf"(?P<unit>{WORDS.alternation('unit')})(?![a-z])"
PART_OF_DAY = rf"(?P<pod>{WORDS.alternation('part_of_day')})(?![a-z])"
POSITION = (r"(?:(?P<pos>early|mid|middle|late)[\s-]+"
            r"|(?:the\s+)?(?:end|beginning|middle|start)\s+of\s+)")
LEFT = r"(?<![\w$.,'-])"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
SPELLED_YEAR = (
    r"(?:(?P<high>eighteen|nineteen)[\s-]+(?:hundred\s+(?:and\s+)?)?"
    rf"|two\s+thousand(?:\s+and)?(?=\s+(?:{_ONES}|{_TEENS}|{_TENS})|(?![\s-]+\w)|\s+(?!\w))\s*)"
    rf"(?P<low>(?:{_TENS})(?:[\s-]+(?:{_ONES}))?|{_TEENS}|{_ONES})?(?![\w-])")
_SEASON_WORD = rf"(?P<season>{WORDS.alternation('season')})"
_REFERENCE = rf"(?P<ref>{WORDS.alternation('reference')})"
_SET_UNIT = rf"(?P<unit>{WORDS.alternation('unit')})(?![a-z])"
_HOLIDAY = rf"(?P<holiday>{WORDS.alternation('holiday')})(?![a-z])"
_SET_ADVERB = rf"(?P<adverb>{WORDS.alternation('set_adverb')})(?![a-z])"
_MODIFIER = (r"(?:(?:more|less|fewer)\s+than|over|under|nearly|almost|about|around|at\s+least|"
             r"at\s+most|up\s+to|roughly|approximately|within|only|just)")
_QUARTER_ORDINAL = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"

ISO_DATE = r"(?<![\w-])(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)(?![\w-])"
SLASHED_DATE = r"(?<![\w/])(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\w/])"
MONTH_DAY = rf"(?:{WEEKDAY}\s*,?\s+(?:the\s+)?)?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?"
DAY_MONTH = (rf"(?:{WEEKDAY}\s*,?\s+)?(?:the\s+)?(?<![\w$.,])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
             rf"(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?")
MONTH_YEAR = rf"(?:{POSITION})?{MONTH}(?:\s+of)?,?\s+{YEAR}"
MONTH_REL_YEAR = rf"{MONTH_FULL}(?:\s+of)?\s+(?P<rel>last|next|this)\s+year(?![a-z'])"
SEASON_YEAR = rf"(?:the\s+)?{_SEASON_WORD}(?:\s+of)?\s+(?:{YEAR}|{SPELLED_YEAR})"
HOLIDAY = rf"(?:(?P<rel>last|next|this)\s+)?{_HOLIDAY}"
MONTH_ALONE = rf"(?:(?P<rel>last|next|this)\s+)?(?:{POSITION})?{MONTH_FULL}"
YEAR_ALONE = rf"(?:{POSITION}|(?P<fiscal>fiscal(?:\s+year)?)\s+)?{LEFT}{YEAR}"
DECADE = rf"(?:the\s+)?(?:{POSITION})?(?:(?P<cent>1[5-9]|20)|')(?P<dec>\d)0'?s(?![a-z])"
WEEKDAY_ALONE = (rf"(?:(?P<rel>last|next|this|coming|past|previous)\s+)?{WEEKDAY}"
                 rf"(?:\s+{PART_OF_DAY})?")
RELATIVE_DAY = rf"(?P<word>today|yesterday|tomorrow|tonight)(?![a-z])(?:\s+{PART_OF_DAY})?"
PART_OF_TODAY = rf"(?P<rel>this|last)\s+{PART_OF_DAY}"
RELATIVE_UNIT = (rf"(?:(?:earlier|later|early|late)\s+|{POSITION})?(?:the\s+)?"
                 r"(?P<rel>last|next|this|past|previous|coming|current)\s+"
                 r"(?P<unit>week|weekend|month|year|quarter|decade|century|"
                 rf"{WORDS.alternation('season')})(?![a-z-])")
THE_WEEKEND = r"the\s+weekend(?![a-z])"
POSITION_OF = (r"(?:the\s+)?(?:end|beginning|middle|start)\s+of\s+the\s+"
               r"(?P<unit>year|month|week)(?![a-z])")
AGO = (rf"(?:{LEFT}{NUMBER}[\s-]+)?{UNIT}\s+"
       r"(?P<dir>ago|earlier|later|from\s+now|hence)(?![a-z])")
DURATION = (rf"(?:{_MODIFIER}\s+)?"
            r"(?:(?:the\s+)?(?:past|last|next|first|coming|previous|final|recent)\s+)?"
            rf"{LEFT}{NUMBER}[\s-]+{UNIT}(?![\s-]+old)")
VAGUE_DURATION = r"(?<=\bfor )(?P<unit>years|months|weeks|days|decades|hours)(?![a-z])"
# "as soon as" is a conjunction, not a reference to the future.
REFERENCE = rf"{LEFT}(?<!as\s){_REFERENCE}(?![\w-])"
SET = (rf"(?:every|each|per)\s+(?:{NUMBER}\s+)?(?:{_SET_UNIT}|{WEEKDAY}|{MONTH_FULL})"
       rf"|{LEFT}{_SET_ADVERB}")
QUARTER = (r"(?:the\s+)?(?:(?P<yrel>last|next|this)\s+year's\s+|(?P<qyear>(?:19|20)\d\d)\s+)?"
           rf"(?P<rel>(?:(?:{'|'.join(sorted(PERIOD_WORDS))})[\s-]+)*)"
           rf"(?:{_QUARTER_ORDINAL}[\s-]+)?(?P<noun>quarter|period)(?![a-z])"
           rf"(?:\s+of\s+(?:fiscal\s+)?{YEAR})?")
CLOCK = (r"(?<![\w:.])(?P<h>[012]?\d)(?::(?P<m>[0-5]\d))?\s*"
         r"(?P<ampm>[ap]\.m\.?|[ap]m(?![a-z]))")

# (name, key word class, regex, resolver), in order of priority when two rules match
# the same span. A rule's regex is only tried near a key word of its class (see
# KEY_WORDS): scanning all of a text with every regex is slow.
RULES: list[tuple[str, str, str, Resolver]] = [
    ("iso_date", "digit", ISO_DATE, r.resolve_iso),
    ("slashed_date", "digit", SLASHED_DATE, r.resolve_slashed),
    ("month_day", "month", MONTH_DAY, r.resolve_month_day),
    ("day_month", "month", DAY_MONTH, r.resolve_month_day),
    ("month_year", "month", MONTH_YEAR, r.resolve_month_year),
    ("month_rel_year", "month", MONTH_REL_YEAR, rel.resolve_month_rel_year),
    ("spelled_year", "spelled", SPELLED_YEAR, r.resolve_spelled_year),
    ("season_year", "unit", SEASON_YEAR, r.resolve_season_year),
    ("holiday", "holiday", HOLIDAY, r.resolve_holiday),
    ("month", "month", MONTH_ALONE, r.resolve_month),
    ("year", "digit", YEAR_ALONE, r.resolve_year),
    ("decade", "digit", DECADE, r.resolve_decade),
    ("weekday", "weekday", WEEKDAY_ALONE, r.resolve_weekday),
    ("relative_day", "day_word", RELATIVE_DAY, rel.resolve_relative_day),
    ("part_of_today", "day_word", PART_OF_TODAY, rel.resolve_part_of_today),
    ("relative_unit", "unit", RELATIVE_UNIT, rel.resolve_relative_unit),
    ("the_weekend", "unit", THE_WEEKEND, rel.resolve_the_weekend),
    ("position_of", "unit", POSITION_OF, rel.resolve_position_of),
    ("ago", "unit", AGO, rel.resolve_ago),
    ("duration", "unit", DURATION, rel.resolve_duration),
    ("vague_duration", "unit", VAGUE_DURATION, rel.resolve_vague_duration),
    ("reference", "reference", REFERENCE, rel.resolve_reference),
    ("set", "set", SET, rel.resolve_set),
    ("quarter", "unit", QUARTER, rel.resolve_quarter),
    ("clock", "digit", CLOCK, r.resolve_clock),
]


# The words a rule cannot match without, by class (lower case; any numeral is "digit").
KEY_WORDS = {
    "month": list(MONTHS),
    "weekday": list(WEEKDAYS),
    "day_word": ["today", "yesterday", "tomorrow", "tonight", *PARTS_OF_DAY],
    "unit": [*UNITS, *SEASONS, "weekend", "period"],
    "reference": list(REFERENCES),
    "set": ["every", "each", "per", *SET_ADVERBS],
    "spelled": ["eighteen", "nineteen", "thousand"],
    "holiday": [word.replace("'s", "") for word in HOLIDAYS],
}
WORD_START = r"(?<![a-z0-9])"


@dataclass(frozen=True)
class Rule:
    name: str
    key: str
    pattern: re.Pattern
    resolver: Resolver


def compiled_rules() -> list[Rule]:
    """The rules compiled for lower-cased text (resolvers check case in the original)."""
    return [Rule(name, key, re.compile(WORD_START + pattern), resolver)
            for name, key, pattern, resolver in RULES]


# Words of multi-word entries too common to be keys ("in the past" has the key "past").
_FUNCTION_WORDS = {"in", "the", "at", "of", "a", "an", "as"}


def key_classes() -> dict[str, tuple[str, ...]]:
    """Each single key word (words of multi-word entries too) -> its classes."""
    table: dict[str, tuple[str, ...]] = {}
    for word_class, words in KEY_WORDS.items():
        for entry in words:
            for word in entry.split():
                if word not in _FUNCTION_WORDS and word_class not in table.get(word, ()):
                    table[word] = table.get(word, ()) + (word_class,)
    return table
