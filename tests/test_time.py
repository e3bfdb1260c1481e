"""Tests of the time stage: time expressions, their TIMEX3 values, and event dates.

Sentences are our own; every expected value was worked out by hand with a
calendar (2023-08-30 is a Wednesday in ISO week 35).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.nlp.parsed import Parsed
from dateline.records import Cameo, Event, Plover, Span, Time
from dateline.time import add_times, date_events, find_times
from dateline.time.extract import document_anchor

PUBLISHED = "2023-08-30"  # a Wednesday
TODAY = date(2026, 11, 28)


def one(text: str, published: str | None = PUBLISHED, today: date = TODAY) -> Time:
    """The single time expression of ``text``."""
    times = find_times(text, published, today=today)
    assert len(times) == 1, times
    return times[0]


def reading(text: str, published: str | None = PUBLISHED) -> tuple[str, str, str | None, str]:
    found = one(text, published)
    return found.text, found.type, found.value, found.precision


# ---- explicit dates ----------------------------------------------------------

@pytest.mark.parametrize("sentence, expression", [
    ("The talks ended on August 30, 2023 in Geneva.", "August 30, 2023"),
    ("The talks ended on 30 August 2023 in Geneva.", "30 August 2023"),
    ("The talks ended on 2023-08-30 in Geneva.", "2023-08-30"),
    ("The talks ended on 8/30/2023 in Geneva.", "8/30/2023"),
])
def test_explicit_full_dates(sentence, expression):
    assert reading(sentence, None) == (expression, "date", "2023-08-30", "day")


def test_month_day_without_year_takes_the_anchor_year():
    assert reading("The vote was held on Aug. 12 after a delay.") == (
        "Aug. 12", "date", "2023-08-12", "day")
    assert reading("Rebels seized the town on 3 July.") == ("3 July", "date", "2023-07-03", "day")


def test_month_day_far_ahead_of_anchor_is_last_year():
    # Seven months after the anchor: a report about last November.
    assert one("Fighting broke out on Nov. 6 near the border.", "2023-04-10").value == "2022-11-06"


def test_month_name_may_needs_a_date_cue():
    assert find_times("Officials said they May reconsider.", PUBLISHED) == []
    assert reading("The treaty was signed in May.") == ("May", "date", "2023-05", "month")


# ---- weekdays ----------------------------------------------------------------

def test_bare_weekday_is_the_latest_such_day_on_or_before_the_anchor():
    assert reading("The minister resigned on Monday.") == ("Monday", "date", "2023-08-28", "day")
    assert one("The minister resigned on Wednesday.").value == "2023-08-30"
    assert one("The minister resigned on Thursday.").value == "2023-08-24"


def test_next_and_last_weekday():
    assert reading("Talks resume next Wednesday.") == ("next Wednesday", "date", "2023-09-06", "day")
    assert one("Talks ended last Wednesday.").value == "2023-08-23"


def test_weekday_after_a_future_cue_is_ahead():
    assert one("The envoy will arrive on Friday.").value == "2023-09-01"


def test_weekday_with_part_of_day_is_a_time():
    assert reading("Shelling resumed on Tuesday night.") == (
        "Tuesday night", "time", "2023-08-29TNI", "time")


# ---- relative expressions ----------------------------------------------------

@pytest.mark.parametrize("sentence, expression, value, precision", [
    ("Protesters gathered today.", "today", "2023-08-30", "day"),
    ("Protesters gathered yesterday.", "yesterday", "2023-08-29", "day"),
    ("Protesters will gather tomorrow.", "tomorrow", "2023-08-31", "day"),
    ("The army withdrew last week.", "last week", "2023-W34", "week"),
    ("The army withdrew this week.", "this week", "2023-W35", "week"),
    ("The army withdrew two days ago.", "two days ago", "2023-08-28", "day"),
    ("The army withdrew three months ago.", "three months ago", "2023-05", "month"),
    ("The army withdrew earlier this month.", "earlier this month", "2023-08", "month"),
    ("The army withdrew last year.", "last year", "2022", "year"),
    ("The army will withdraw next month.", "next month", "2023-09", "month"),
    ("The army withdrew last summer.", "last summer", "2022-SU", "month"),
    ("The army will withdraw next summer.", "next summer", "2024-SU", "month"),
    ("The army withdrew in mid-August.", "mid-August", "2023-08", "month"),
    ("The army withdrew at the end of the year.", "the end of the year", "2023", "year"),
])
def test_relative_expressions(sentence, expression, value, precision):
    assert reading(sentence) == (expression, "date", value, precision)


def test_years_and_decades():
    assert reading("The dam was built in 2019.") == ("2019", "date", "2019", "year")
    assert reading("The dam was built in the 1990s.") == ("the 1990s", "date", "199", "decade")
    assert reading("The dam was built in March 2020.") == ("March 2020", "date", "2020-03", "month")


def test_quarters_and_the_year_before_them():
    times = find_times("Profit rose in the third quarter, up from $4 million a year earlier.",
                       "2023-11-02")
    assert [(t.text, t.value) for t in times] == [("the third quarter", "2023-Q3"),
                                                  ("a year earlier", "2022-Q3")]


def test_holidays_spelled_years_and_seasons_of_a_year():
    # Seen from 10 January, Christmas is the one just past.
    found = one("Shops closed on Christmas Day.", "2024-01-10")
    assert (found.text, found.value, found.precision) == ("Christmas Day", "2023-12-25", "day")
    # US Thanksgiving: the fourth Thursday of November (2022-11-24).
    assert one("Prices rose after last Thanksgiving.").value == "2022-11-24"
    assert reading("It was founded in nineteen ninety-six.") == (
        "nineteen ninety-six", "date", "1996", "year")
    assert one("The drought of the winter of 1994 was severe.").value == "1994-WI"
    assert one("Elections were held in June last year.").value == "2022-06"


def test_quarter_phrases_of_business_news():
    published = "2023-11-02"
    assert one("Sales fell in the year-ago quarter.", published).value == "2022-Q3"
    assert one("Profit doubled in the latest quarter.", published).value == "2023-Q3"
    assert one("Profit doubled in next year's first quarter.", published).value == "2024-Q1"


def test_as_soon_as_is_not_a_time_reference():
    assert find_times("They left as soon as they could.", PUBLISHED) == []


def test_a_capitalised_day_word_inside_a_name_is_not_a_date():
    assert find_times("He spoke on the network's Today programme.", PUBLISHED) == []
    assert one("Today the council votes.").value == PUBLISHED


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "On", "Monday", "Aug.", "30", ",", "2023", "last", "week", "two", "days", "ago", "in",
    "mid-August", "the", "1990s", "more", "than", "18", "months", "every", "recently",
    "May", "quarter", "third", "a", "year", "earlier", "10:35", "a.m.", "-", "/", "'s",
    "Christmas", "nineteen", "ninety-six", "now", "\n", "."]), max_size=30),
    st.sampled_from([PUBLISHED, None]))
def test_any_text_gives_expressions_whose_offsets_match(words, published):
    text = " ".join(words)
    times = find_times(text, published, today=TODAY)
    for time in times:
        assert text[time.start:time.end] == time.text
        assert time.type in ("date", "time", "duration", "set")
        assert time.precision in ("day", "month", "year", "week", "decade", "time", "none")
    spans = sorted((t.start, t.end) for t in times)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))


def test_vague_references():
    assert reading("Shoigu recently visited the capital.") == (
        "recently", "date", "PAST_REF", "none")
    assert one("Talks are now under way.").value == "PRESENT_REF"
    assert one("Troops are currently deployed.").value == "PRESENT_REF"


# ---- durations and sets ------------------------------------------------------

def test_durations():
    assert reading("The siege lasted more than 18 months.") == (
        "more than 18 months", "duration", "P18M", "none")
    assert reading("He served three years in prison.") == ("three years", "duration", "P3Y", "none")
    assert one("They signed a two-year truce.").value == "P2Y"
    assert one("The talks took five hours.").value == "PT5H"


def test_an_age_is_not_a_duration():
    assert find_times("A 30-year-old man was arrested.", PUBLISHED) == []


def test_sets():
    assert reading("Envoys meet every week.") == ("every week", "set", "P1W", "none")
    assert reading("Inspectors report daily.") == ("daily", "set", "P1D", "none")
    assert one("The council meets each Monday.").value == "XXXX-WXX-1"


# ---- anchors -------------------------------------------------------------------

INFERRED = ("The meeting took place on Wednesday, August 30, in the capital. "
            "The ministry made a flight in mid-August, and officials met yesterday.")


def test_weekday_with_date_fixes_the_year_and_anchors_the_document():
    values = [(t.text, t.value) for t in find_times(INFERRED, None, today=TODAY)]
    # 2028 would also fit but lies after "today"; 2023 is the latest past fit.
    assert values == [("Wednesday, August 30", "2023-08-30"), ("mid-August", "2023-08"),
                      ("yesterday", "2023-08-29")]


def test_weekday_year_inference_depends_on_today():
    # The day before 2023-08-30, the latest past Wednesday-August-30 was in 2017.
    assert find_times(INFERRED, None, today=date(2023, 8, 29))[0].value == "2017-08-30"


def test_no_anchor_leaves_relative_expressions_without_value():
    times = find_times("The army withdrew last week and returned on Monday; in 2019 it left.",
                       None, today=TODAY)
    assert [(t.text, t.value, t.precision) for t in times] == [
        ("last week", None, "none"), ("Monday", None, "none"), ("2019", "2019", "year")]


def test_only_a_weekday_with_a_date_becomes_the_anchor():
    parsed = Parsed.from_rows(SAID_FLIGHT_LANDED)
    text = "Troops moved on Monday. " + parsed.text
    times = find_times(text, None, today=TODAY)
    # "Monday" is read against the inferred anchor but is not itself the anchor.
    assert [(t.text, t.value) for t in times] == [("Monday", "2023-08-28"),
                                                  ("Wednesday , August 30", "2023-08-30")]
    assert document_anchor(times, None) == (date(2023, 8, 30), False)
    assert document_anchor(times, "2023-09-01") == (date(2023, 9, 1), True)


def test_publication_date_beats_weekday_inference():
    assert one("It happened on Wednesday, August 30.", "2017-09-02").value == "2017-08-30"


def test_offsets_point_at_the_expression():
    text = ("On Monday, Aug. 28, officials said that talks held two days ago, in mid-August "
            "and in 2019 had failed; for more than 18 months, envoys met every week, now daily.")
    times = find_times(text, PUBLISHED)
    assert len(times) == 8
    for time in times:
        assert text[time.start:time.end] == time.text


def test_rule_data_file_has_a_header():
    path = Path(__file__).resolve().parent.parent / "src/dateline/data/time/time_words.tsv"
    assert path.read_text(encoding="utf-8").startswith("#")


# ---- dating events on hand-built parses ---------------------------------------

def make_event(parsed: Parsed, word: str) -> Event:
    start = parsed.text.index(word)
    return Event("e1", "doc", 0, parsed.text, Span(word, start, start + len(word)),
                 Plover("ASSAULT"), Cameo("190", "19", 4, -10.0))


def dated(rows, word: str, published: str | None = PUBLISHED):
    parsed = Parsed.from_rows(rows)
    event = make_event(parsed, word)
    times, [when] = add_times(parsed.text, parsed, [event], published)
    return when.date, when.precision, when.text, times


ATTACK_ON_MONDAY = [
    ("Russia", "Russia", "PROPN", "nsubj", 1),
    ("attacked", "attack", "VERB", "ROOT", 1),
    ("Kyiv", "Kyiv", "PROPN", "dobj", 1),
    ("on", "on", "ADP", "prep", 1),
    ("Monday", "Monday", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]


def test_event_takes_the_date_attached_to_its_trigger():
    assert dated(ATTACK_ON_MONDAY, "attacked")[:3] == ("2023-08-28", "day", "Monday")


# "Officials said on Friday that troops attacked on Monday ."
SAID_FRIDAY_ATTACKED_MONDAY = [
    ("Officials", "official", "NOUN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1),
    ("on", "on", "ADP", "prep", 1),
    ("Friday", "Friday", "PROPN", "pobj", 2),
    ("that", "that", "SCONJ", "mark", 6),
    ("troops", "troop", "NOUN", "nsubj", 6),
    ("attacked", "attack", "VERB", "ccomp", 1),
    ("on", "on", "ADP", "prep", 6),
    ("Monday", "Monday", "PROPN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 1),
]


def test_each_clause_keeps_its_own_date():
    assert dated(SAID_FRIDAY_ATTACKED_MONDAY, "said")[:3] == ("2023-08-25", "day", "Friday")
    assert dated(SAID_FRIDAY_ATTACKED_MONDAY, "attacked")[:3] == ("2023-08-28", "day", "Monday")


# "In mid-August , media reported that the ministry made a flight ."
REPORTED_IN_MID_AUGUST = [
    ("In", "in", "ADP", "prep", 4),
    ("mid-August", "mid-August", "PROPN", "pobj", 0),
    (",", ",", "PUNCT", "punct", 4),
    ("media", "media", "NOUN", "nsubj", 4),
    ("reported", "report", "VERB", "ROOT", 4),
    ("that", "that", "SCONJ", "mark", 8),
    ("the", "the", "DET", "det", 7),
    ("ministry", "ministry", "NOUN", "nsubj", 8),
    ("made", "make", "VERB", "ccomp", 4),
    ("a", "a", "DET", "det", 10),
    ("flight", "flight", "NOUN", "dobj", 8),
    (".", ".", "PUNCT", "punct", 4),
]


def test_date_of_a_higher_clause_dates_the_reported_event():
    assert dated(REPORTED_IN_MID_AUGUST, "flight")[:3] == ("2023-08", "month", "mid-August")


RECENTLY_VISITED = [
    ("Shoigu", "Shoigu", "PROPN", "nsubj", 2),
    ("recently", "recently", "ADV", "advmod", 2),
    ("visited", "visit", "VERB", "ROOT", 2),
    ("Pyongyang", "Pyongyang", "PROPN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]


def test_vague_expression_gives_no_date_but_keeps_its_words():
    assert dated(RECENTLY_VISITED, "visited")[:3] == (None, "none", "recently")


# "Putin fought for more than 18 months ."
FOUGHT_FOR_MONTHS = [
    ("Putin", "Putin", "PROPN", "nsubj", 1),
    ("fought", "fight", "VERB", "ROOT", 1),
    ("for", "for", "ADP", "prep", 1),
    ("more", "more", "ADJ", "amod", 5),
    ("than", "than", "ADP", "quantmod", 5),
    ("18", "18", "NUM", "nummod", 6),
    ("months", "month", "NOUN", "pobj", 2),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_duration_never_dates_an_event():
    date_value, precision, text, times = dated(FOUGHT_FOR_MONTHS, "fought")
    assert times[0].type == "duration"
    assert (date_value, precision, text) == ("2023-08-30", "day", None)


def test_without_any_anchor_an_undated_event_has_no_date():
    assert dated(FOUGHT_FOR_MONTHS, "fought", None)[:3] == (None, "none", None)


def test_relative_expression_without_anchor_keeps_its_words_only():
    assert dated(ATTACK_ON_MONDAY, "attacked", None)[:3] == (None, "none", "Monday")


# "Kirby said the flight landed on Wednesday , August 30 ."
SAID_FLIGHT_LANDED = [
    ("Kirby", "Kirby", "PROPN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3),
    ("flight", "flight", "NOUN", "nsubj", 4),
    ("landed", "land", "VERB", "ccomp", 1),
    ("on", "on", "ADP", "prep", 4),
    ("Wednesday", "Wednesday", "PROPN", "pobj", 5),
    (",", ",", "PUNCT", "punct", 6),
    ("August", "August", "PROPN", "appos", 6),
    ("30", "30", "NUM", "nummod", 8),
    (".", ".", "PUNCT", "punct", 1),
]


def test_inferred_anchor_dates_other_events_without_day_precision():
    parsed = Parsed.from_rows(SAID_FLIGHT_LANDED)
    landed, said = make_event(parsed, "landed"), make_event(parsed, "said")
    times = find_times(parsed.text, None, today=TODAY)
    landed_on, said_on = date_events([landed, said], times, parsed, None)
    assert (landed_on.date, landed_on.precision, landed_on.text) == (
        "2023-08-30", "day", "Wednesday , August 30")
    assert (said_on.date, said_on.precision, said_on.text) == ("2023-08-30", "none", None)


def test_week_value_dates_an_event_with_month_precision():
    rows = [("Russia", "Russia", "PROPN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
            ("last", "last", "ADJ", "amod", 3), ("week", "week", "NOUN", "npadvmod", 1)]
    assert dated(rows, "attacked")[:3] == ("2023-W34", "month", "last week")
