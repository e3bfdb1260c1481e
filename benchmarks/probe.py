"""Probes: does coding hold on sentences no rule was tuned on?

    python benchmarks/probe.py [--errors] [--spurious] [--half tune|check|all]

Codes the sentences of each probe file in benchmarks/data (our own sentences, each with
the event a careful coder would code: its CAMEO code and source and target countries)
and counts the sentences where an event of ours has the expected CAMEO root, where one
also has the expected source and target countries (a "-" side is not checked), and where
one has the exact expected code. The expectations are ours, not independent gold: the
figures say where coding breaks on sentences of the codebook's kinds and of wire news,
for reading with the gold figures of benchmarks/accuracy.py.

- codebook_probe.tsv: short sentences, one or more for every CAMEO code at the third
  level (written 2026-12-05; a development set by now).
- book_probe.tsv: one sentence per CAMEO code at the third and fourth level, in the style
  of codebook examples, set in 1995-2010 (written 2026-12-06).
- book_probe2.tsv: 250 sentences in the style of codebook examples of 1990-2008 with the wording
  varied (phrasal verbs, nominalisations, passives, attributed and subordinate events,
  possessive and prepositional targets), roots in the proportions of real news (written
  2026-12-07 by a helper who saw none of the code; measured first, with the code at the start
  of its session: 0.756 / 0.676 / 0.488).
- book_probe3.tsv: 300 sentences in the style of the short examples a coding manual gives for
  each code, set in 1985-2008: every CAMEO code at the third level and the common fourth-level
  ones, a third of the rows on the codes most common in news, 40% in varied wording (written
  2026-12-08 by a helper who saw none of the code; measured first, with the code at the start
  of its session: 0.743 / 0.640 / 0.567).
- news_probe.tsv: 200 lead sentences in the style of wire news (written 2026-12-06).
- news_body_probe.tsv: 200 sentences from the body of wire stories of 2022-2023, with
  attribution, quotes, denials and comments; a third of them statements (CAMEO 01x), as in
  real news (written 2026-12-06, by a helper who saw none of the code).
- mixed_news_probe.tsv: 200 single sentences in the style of real news of 2005-2026 from many
  outlets, half leads and half body sentences, 35% statements (written 2026-12-07 by a helper
  who saw none of the code; measured first, with the code at the start of its session:
  0.880 / 0.720 / 0.705).

- article_probe/: 24 short stories in the style of wire copy (2021-2023, with datelines,
  pronouns, role words and short names), each coded whole, and expected.tsv: the events a
  careful coder finds in them, each named by a snippet of its sentence (written
  2026-12-06 by a helper who saw none of the code). An expected event is found when an
  event of the snippet's sentence has its root (then its countries, then its code); a
  story is in one half by the hash of its text.
- article_probe2/: 24 more such stories, set in early 2023, and 123 expected events
  (written 2026-12-06 by another helper who saw none of the code; a visit may be listed
  as the visitor's 042 and the host's 043, a joint act from each side).
- article_probe3/: 24 more, set in mid-2024 across Africa, the Middle East, Europe, Asia and
  Latin America, and 141 expected events (written 2026-12-06 by a third helper who saw
  none of the code; coded as of 2024-07-15).
- article_probe4/: 24 more, set between October 2024 and June 2025, and 160 expected events
  (written 2026-12-06 by a fourth helper who saw none of the code; coded as of 2025-06-15;
  measured first with the code as it stood: root / countries / exact 0.838 / 0.594 / 0.631).
- article_probe5/: 24 more, set in 2019-2021 in the style of Voice of America copy, and 158
  expected events (written 2026-12-06 by a fifth helper who saw none of the code; coded as of
  2021-12-15; measured first, with the code at the start of its session and at the time it
  arrived: 0.791 / 0.544 / 0.601 and 0.791 / 0.570 / 0.601).
- article_probe6/: 24 more, set between January 2022 and October 2026 in the style of
  Reuters, AP and AFP copy, a third of the events statements (01x), and 170 expected events
  (written 2026-12-07 by a sixth helper who saw none of the code; coded as of 2026-10-31;
  measured first with the code at the start of its session: 0.771 / 0.506 / 0.606).
- article_probe7/: 24 more, set between 2010 and 2018 in the style of AFP, Xinhua, Reuters and
  AP copy, over diplomacy, trade, elections, courts, strikes and migration more than war, and
  180 expected events, a third statements (written 2026-12-07 by a seventh helper who saw none
  of the code; coded as of 2018-12-31; measured first: 0.817 / 0.628 / 0.628).
- article_probe8/: 24 more, set between mid-2023 and November 2026 in the style of BBC, Al
  Jazeera, VOA and DW copy, half of them without a dateline, mostly domestic politics, and 179
  expected events, a third statements (written 2026-12-07 by an eighth helper who saw none of
  the code; coded as of 2026-11-30; measured first: 0.788 / 0.598 / 0.631).
- article_probe9/: 24 more, set between 2019 and mid-2022 in the style of regional papers and
  wires in Latin America, South and Southeast Asia and sub-Saharan Africa, half without a
  dateline, and 190 expected events listing every codable event, a third statements (written
  2026-12-07 by a ninth helper who saw none of the code; coded as of 2022-06-30; measured
  first, with the code at the start of its session: 0.726 / 0.642 / 0.558, precision 0.653).
- article_probe10/: 24 more, set between 2000 and 2009 in the style of the wire copy ICEWS and
  GDELT were built from (Balkans, Caucasus, Middle East, Central Asia, the Koreas, Horn and West
  Africa), and 190 expected events listing every codable event, a third statements (written
  2026-12-07 by a tenth helper who saw none of the code; coded as of 2009-12-31; measured first:
  0.768 / 0.558 / 0.532, precision 0.690).
- article_probe11/: 24 more, set between 2011 and 2016 in the style of AP, Reuters, AFP,
  Xinhua, Anadolu and Kyodo copy (the Arab uprisings, Ukraine and Crimea, the China seas, the
  Iran talks, Colombia, the Sahel, Myanmar, migration to Europe, Venezuela), half without a
  dateline, and 198 expected events, a third statements (written 2026-12-07 by an eleventh
  helper who saw none of the code; coded as of 2016-12-31; measured first, with two of its
  session's rules in, neither read off it: 0.823 / 0.687 / 0.596, precision 0.740).
- article_probe12/: 24 more, set between 2017 and 2020 in the style of Reuters, AP, AFP, BBC, Al
  Jazeera, DW, Yonhap and ANI copy (the Gulf crisis, Yemen, Syria, Hong Kong, the Korean summits,
  India-Pakistan and India-China, Venezuela, Bolivia, Karabakh, Tigray, Belarus, Brexit, the trade
  war, COVID-19), half without a dateline, and 206 expected events, a third statements (written
  2026-12-07 by a twelfth helper who saw none of the code; its Hong Kong actors recoded from CHN
  to HKG, the code the coder gives them, before any run; coded as of 2020-12-31; measured first:
  0.728 / 0.568 / 0.626, precision 0.683).
- article_probe13/: 24 more, set between 2023 and 2025 in the style of AP and Voice of America
  copy (East Africa and the Great Lakes, the Sahel juntas and ECOWAS, Central America, Mexico
  and Haiti, the Caucasus, Central Asia, Afghanistan and Pakistan, the Philippines, Taiwan,
  North Korea, Serbia and Kosovo, Moldova, the Baltics, Israel and Lebanon, Iraq, Iran, the Red
  Sea, Libya, Tunisia), half without a dateline, and 209 expected events, a third statements
  (written 2026-12-07 by a thirteenth helper who saw none of the code; coded as of 2026-11-30;
  measured first, with the code at the start of its session: 0.789 / 0.656 / 0.603,
  precision 0.706).
- article_probe14/: 24 more, set between 1995 and 2012 in the style of Reuters, AFP, Xinhua,
  Anadolu, PTI and Kyodo copy (the second intifada, Kosovo, Chechnya, East Timor, the Congo
  wars, Sierra Leone, Sri Lanka, Nepal, Kashmir, Iraq's inspectors, Afghanistan, Somali pirates,
  Darfur, Zimbabwe, Georgia, the gas disputes, the Six-Party Talks, Thailand, Kyrgyzstan, the
  Arab uprisings, Cyprus, Northern Ireland), half without a dateline, and 204 expected events, a
  third statements (written 2026-12-07 by a fourteenth helper who saw none of the code; coded
  as of 2012-12-31; measured first, with the code at the start of its session: 0.824 / 0.676 /
  0.623, precision 0.804).
- article_probe15/: 24 more, set between February 2024 and 2026 in the style of Reuters, AFP, AP
  and Xinhua copy (South America, Papua New Guinea, mainland South-East Asia, Sri Lanka and
  Nepal, West, East and Central Africa, the Caucasus, Serbia, the EU's east, Central Asia), half
  without a dateline, every CAMEO root represented and a third of the events coercion or
  disapproval, and 194 expected events (written 2026-12-07 by a fifteenth helper who saw none of
  the code; coded as of 2026-10-31; measured first, with the code at the start of its session:
  0.861 / 0.706 / 0.639, precision 0.810).
- article_probe16/: 24 analysis and feature pieces of 2023-2025 in the style of the BBC, the
  Guardian, the New York Times, the Economist, Al Jazeera, The Hindu, the Nation and Dawn, where
  a few acts done now sit among background, habits, conditions, others' wishes, predictions and
  evaluations (about 150 of 416 sentences), and 184 expected events: a probe of precision above
  all (written 2026-12-07 by a sixteenth helper who saw none of the code; coded as of 2026-11-30;
  measured first, with the code at the start of its session: 0.755 / 0.614 / 0.587, precision
  0.532).
- article_probe17/: 24 stories in the style of VOA, AP, Reuters and AFP copy of 2008-2016 (16
  with a dateline, 10 with a headline) over conflict, mediation, sanctions, protests, disputed
  elections, courts, aid, releases and trade, each with background, history, predictions,
  conditions and habits not to be coded, and 137 expected events (written 2026-12-08 by a
  seventeenth helper who saw none of the code; coded as of 2016-12-31; measured first, with the
  code at the start of its session: 0.869 / 0.679 / 0.701, precision 0.699).

Each file is split into a tuning half and a check half by the same hash of the sentence
as the gold sets (dateline.evaluate.halves); rules are read off the tuning half only.
A file's "# published: YYYY-MM-DD" line is the date its sentences are coded as of (the
office holders they name), else 2025-06-02. Writes benchmarks/results/probe.md;
``--errors`` prints each sentence missed (of the half asked for, default all).

The article probes list every codable event of their stories, so they also measure
precision: the share of our events (of any status) whose sentence has an expected event with
the same CAMEO root. ``--spurious`` prints the others.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
PROBES = ("codebook_probe.tsv", "book_probe.tsv", "book_probe2.tsv", "book_probe3.tsv", "news_probe.tsv",
          "news_body_probe.tsv", "mixed_news_probe.tsv")
ARTICLE_PROBES = ("article_probe", "article_probe2", "article_probe3", "article_probe4", "article_probe5",
                  "article_probe6", "article_probe7", "article_probe8", "article_probe9", "article_probe10",
                  "article_probe11", "article_probe12", "article_probe13", "article_probe14", "article_probe15",
                  "article_probe16", "article_probe17")
RESULTS = ROOT / "benchmarks" / "results" / "probe.md"
DEFAULT_PUBLISHED = "2025-06-02"
PUBLISHED = re.compile(r"^# published: (\d{4}-\d\d-\d\d)\s*$", re.MULTILINE)


class Row:
    """One probe sentence and the event expected of it."""

    def __init__(self, fields: list[str]) -> None:
        self.code, self.source, self.target, self.text = fields[:4]


def load(name: str) -> tuple[list[Row], str]:
    """The rows of a probe file (after its column-name row) and its publication date."""
    text = (DATA / name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    found = PUBLISHED.search(text)
    return [Row(r) for r in rows[1:]], found.group(1) if found else DEFAULT_PUBLISHED


def judge(row: Row, events) -> tuple[bool, bool, bool]:
    """(an event has the expected root, one also has the expected countries, one has the
    exact expected code)."""
    coded = [(e.cameo.code, {a.country for a in e.source}, {a.country for a in e.target}) for e in events]
    roots = [c for c in coded if c[0][:2] == row.code[:2]]
    sides = [c for c in roots if (row.source == "-" or row.source in c[1])
             and (row.target == "-" or row.target in c[2])]
    return bool(roots), bool(sides), any(c[0] == row.code for c in coded)


class Story:
    """One story of the article probe and the events expected of it."""

    def __init__(self, name: str, text: str) -> None:
        self.name, self.text, self.rows = name, text, []


def load_stories(directory: str) -> tuple[list[Story], str]:
    """The stories of an article probe, each with its expected rows (a Row whose text is
    the snippet of the sentence it is in), and the probe's publication date."""
    folder = DATA / directory
    expected = (folder / "expected.tsv").read_text(encoding="utf-8")
    stories: dict[str, Story] = {}
    lines = [line.split("\t") for line in expected.splitlines() if line.strip() and not line.startswith("#")]
    for name, snippet, code, source, target in (row for row in lines if row[2] != "cameo"):  # not the header
        if name not in stories:
            stories[name] = Story(name, (folder / name).read_text(encoding="utf-8"))
        stories[name].rows.append(Row([code, source, target, snippet]))
    found = PUBLISHED.search(expected)
    return list(stories.values()), found.group(1) if found else DEFAULT_PUBLISHED


def precision(story: Story, events) -> tuple[int, list]:
    """(how many of our events in the story's sentences match an expected root in their
    sentence, the events that match none): the expected rows of an article probe list every
    codable event, so an event of ours that matches none is one a careful coder would not code."""
    spurious = [e for e in events
                if not any(row.text in e.text and row.code[:2] == e.cameo.code[:2] for row in story.rows)]
    return len(events) - len(spurious), spurious


def _brief(event) -> tuple:
    return event.cameo.code, [a.country for a in event.source], [a.country for a in event.target]


def _share(hits: int, total: int) -> str:
    return f"{hits} ({hits / total:.3f})" if total else "-"


def main(argv: list[str]) -> int:
    from dateline.evaluate.halves import CHECK, TUNE, in_half
    from dateline.pipeline import Pipeline
    from dateline.records import Document

    shown = argv[argv.index("--half") + 1] if "--half" in argv else "all"
    pipeline = Pipeline()
    table, missed_roots = [], Counter()
    started = time.monotonic()
    for name in PROBES + ARTICLE_PROBES:
        # a sentence probe is a story of one sentence whose expected row names the whole text
        if name in ARTICLE_PROBES:
            stories, published = load_stories(name)
        else:
            rows, published = load(name)
            stories = [Story(name, row.text) for row in rows]
            for story, row in zip(stories, rows):
                story.rows.append(row)
        tuning = {id(s) for s in in_half(stories, TUNE)}
        counts = {half: Counter() for half in (TUNE, CHECK, "all")}
        docs = [Document(id=f"probe-{i}", text=s.text, published=published) for i, s in enumerate(stories)]
        for story, result in zip(stories, pipeline.code_documents(docs)):
            half = TUNE if id(story) in tuning else CHECK
            for row in story.rows:
                events = [e for e in result.events if row.text in e.text] if name in ARTICLE_PROBES \
                    else result.events
                root, both, exact = judge(row, events)
                for key in (half, "all"):
                    counts[key].update(n=1, root=root, both=both, exact=exact)
                if not root:
                    missed_roots[row.code[:2]] += 1
                if "--errors" in argv and not both and shown in (half, "all"):
                    print(("root " if root else "none ") + "\t".join((row.code, row.source, row.target)),
                          f"{story.name}: {row.text}" if name in ARTICLE_PROBES else row.text,
                          [_brief(e) for e in events], sep="\n  ")
            if name in ARTICLE_PROBES:
                right, spurious = precision(story, result.events)
                for key in (half, "all"):
                    counts[key].update(ours=len(result.events), right=right)
                if "--spurious" in argv and shown in (half, "all"):
                    for e in spurious:
                        print(f"spur {story.name}: {_brief(e)} {e.status}", e.text, sep="\n  ")
        for half in (TUNE, CHECK, "all"):
            c = counts[half]
            table.append(f"| {name} | {half} | {c['n']} | {_share(c['root'], c['n'])} | "
                         f"{_share(c['both'], c['n'])} | {_share(c['exact'], c['n'])} | "
                         f"{_share(c['right'], c['ours'])} |")
    seconds = round(time.monotonic() - started, 1)
    lines = ["# Probes", "",
             "`python benchmarks/probe.py` on the probe files of benchmarks/data (our own sentences "
             "and expectations, not independent gold; see the script's docstring).", "",
             "| probe | half | expected events | expected CAMEO root found | root with source and target countries "
             "| exact code | our events with an expected root in their sentence |",
             "|---|---|---|---|---|---|---|", *table, "",
             f"All probes coded in {seconds} s. Roots missed most: "
             + (", ".join(f"{r} ({n})" for r, n in missed_roots.most_common(8)) or "none"), ""]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
