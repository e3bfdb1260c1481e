"""The lexicon's coverage report (docs/coverage.md): generated, current, and without gaps."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dateline.errors import DatelineError
from dateline.events import EventCoder
from dateline.events.codes import load_cameo_codes, load_plover_types
from dateline.events.coverage import (NO_MODE, code_coverage, effective_mode, load_scope,
                                      plover_coverage, render)
from dateline.events.lexicon import NO_EVENT, LexiconEntry, load_lexicon, parse_lexicon
from dateline.events.verbdict import NO_EVENT as DICTIONARY_NO_EVENT
from dateline.nlp.parsed import Parsed
from dateline.records import Actor, Document

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "docs" / "coverage.md"
HEADER = "id\tpos\tpattern\tcameo\tplover\tmode\tnote\n"


def test_report_matches_the_script():
    assert REPORT.read_text(encoding="utf-8") == render(), \
        "docs/coverage.md is stale: run .venv/bin/python -m dateline.events.coverage > docs/coverage.md"


def test_the_command_prints_the_report():
    done = subprocess.run([sys.executable, "-m", "dateline.events.coverage"], capture_output=True,
                          text=True, check=True, cwd=ROOT)
    assert done.stdout == REPORT.read_text(encoding="utf-8")


def test_every_cameo_code_has_entries_a_rule_or_a_reason():
    gaps = [item.code.code for item in code_coverage() if item.status == "gap" and len(item.code.code) > 2]
    assert gaps == []
    assert "0 gaps" in render()


def test_every_third_level_code_has_an_entry_of_its_own_unless_scoped():
    scope = load_scope()
    bare = [item.code.code for item in code_coverage()
            if len(item.code.code) == 3 and not item.entries and item.code.code not in scope
            and not item.rules]
    assert bare == []


def test_a_reason_is_never_given_for_a_code_that_has_entries():
    stale = [item.code.code for item in code_coverage() if item.entries and item.out_of_scope]
    assert stale == []


def test_every_plover_mode_has_entries_or_a_reason():
    scope = load_scope()
    missing = [f"{name}/{mode}" for name, by_mode in plover_coverage().items()
               for mode, members in by_mode.items()
               if mode != NO_MODE and not members and f"{name}/{mode}" not in scope]
    assert missing == []
    # and every type is given by some entry
    assert all(any(by_mode.values()) for by_mode in plover_coverage().values())


def test_report_lists_each_entry_under_its_code():
    text = render()
    for entry in load_lexicon():
        if entry.cameo != NO_EVENT:
            assert f"`{entry.id}`" in text
    section = text.split("- **0214**", 1)[1].split("\n- **", 1)[0]
    assert "appeal.seek.v11" in section


def test_effective_mode_falls_back_to_the_codes_mode():
    assert load_cameo_codes()["182"].plover_mode == "beat"
    bare = _entry("assault.beat", cameo="182")
    assert effective_mode(bare) == "beat"
    # an entry's own mode wins; a type other than the code's gets none from the code
    assert effective_mode(LexiconEntry("x", "V", ("stab",), True, (), (), (), False, "182", "ASSAULT",
                                       "primitive", "")) == "primitive"
    assert effective_mode(_entry("x", cameo="182", plover="COERCE")) == ""


def test_scope_file_items_are_checked():
    modes = {f"{n}/{m}" for n, t in load_plover_types().items() for m in t.modes}
    assert set(load_scope()) <= set(load_cameo_codes()) | modes


# --- no-event rows ------------------------------------------------------------------------


def test_no_event_code_is_the_verb_dictionaries_one():
    assert NO_EVENT == DICTIONARY_NO_EVENT


def test_no_event_row_parses_and_refuses_a_type():
    [entry] = parse_lexicon(HEADER + "none.fight.v1\tV\tfight =poverty\t---\t\t\tfights poverty\n")
    assert entry.cameo == NO_EVENT and entry.objects == ("poverty",)
    with pytest.raises(DatelineError) as caught:
        parse_lexicon(HEADER + "none.fight.v1\tV\tfight =poverty\t---\tASSAULT\t\tfights poverty\n")
    assert "no-event row" in str(caught.value)


def _entry(id, objects=(), cameo="190", plover="ASSAULT"):
    return LexiconEntry(id, "V", ("fight",), True, (), (), tuple(objects), False, cameo, plover, "", "")


def test_a_no_event_row_silences_the_word_it_matches_best():
    parsed = Parsed.from_rows([("Chad", "Chad", "PROPN", "nsubj", 1), ("fought", "fight", "VERB", "ROOT", 1),
                               ("poverty", "poverty", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)])
    actors = [Actor("Chad", "Chad", 0, 4, "TCD", "GOV", "TCDGOV", "state")]
    doc = Document(id="d", text=parsed.text)
    attack = _entry("assault.fight")
    assert [e.cameo.code for e in EventCoder([attack]).code(doc, parsed, actors)] == ["190"]
    silenced = EventCoder([attack, _entry("none.fight", ("poverty",), NO_EVENT, "")])
    assert silenced.code(doc, parsed, actors) == []
