"""The article view's pieces: highlighted segments, quote cues, the provenance chain."""

import web_fixtures as fx
from dateline.records import to_dict
from dateline.web.article import Mark, cue_forms, locate_cue, marks_of, provenance_chain, segments


def test_segments_cut_the_text_at_every_boundary_and_keep_overlaps():
    text = "Kirby said Russia attacked."
    marks = [Mark("quote", 11, 27, "q-1", "quote"), Mark("actor", 11, 17, "a-0", "actor: Russia"),
             Mark("trigger", 18, 26, "ev-1", "event 190")]
    pieces = segments(text, marks)
    assert "".join(p.text for p in pieces) == text
    assert [(p.text, p.kinds) for p in pieces] == [
        ("Kirby said ", []), ("Russia", ["actor", "quote"]), (" ", ["quote"]),
        ("attacked", ["quote", "trigger"]), (".", ["quote"])]
    assert pieces[1].starts == ["q-1", "a-0"] and pieces[3].starts == ["ev-1"]
    assert pieces[3].anchors == ["q-1", "ev-1"]


def test_marks_outside_the_text_are_dropped():
    result = to_dict(fx.war())
    result["places"].append({"text": "x", "name": "x", "start": 500, "end": 505})
    assert all(m.end <= len(result["document"]["text"]) for m in marks_of(result))


def test_every_record_kind_is_marked():
    kinds = {m.kind for m in marks_of(to_dict(fx.deal()))}
    assert kinds == {"actor", "trigger", "quote", "cue"}
    assert {m.kind for m in marks_of(to_dict(fx.war()))} >= {"actor", "trigger", "place"}


def test_cue_forms_cover_regular_and_irregular_verbs():
    assert {"says", "said", "saying"} <= cue_forms("say")
    assert {"emphasized", "emphasizes"} <= cue_forms("emphasize")
    assert {"denied", "denies"} <= cue_forms("deny")
    assert {"admitted"} <= cue_forms("admit")
    assert {"told"} <= cue_forms("tell")


def test_the_cue_nearest_the_quote_outside_it_is_found():
    text = 'He said it twice. "We said no," Kirby said on Monday.'
    quote = {"cue": "say", "start": text.index('"We'), "end": text.index('no,"') + 4}
    start, end = locate_cue(text, quote)
    assert (text[start:end], start) == ("said", text.rindex("said"))
    assert locate_cue(text, {"cue": "deny", "start": 18, "end": 31}) is None
    assert locate_cue(text, {"cue": None, "start": 18, "end": 31}) is None


def test_provenance_chain_runs_from_speaker_to_this_copy():
    chain = provenance_chain(to_dict(fx.deal()), copies=[{"id": "x"}])
    steps = [(s["role"], [n["name"] for n in s["names"]]) for s in chain["steps"]]
    assert steps == [("speaker", ["John Kirby"]), ("according_to", ["US intelligence"]),
                     ("reported_by", ["Voice of America"]), ("publisher", ["Korrespondent"]),
                     ("this_copy", ["Buna Times"])]
    assert chain["steps"][-1]["names"][0]["detail"] == "by David Wyatt"
    assert chain["copies"] == [{"id": "x"}] and chain["signals"][0]["name"] == "syndicated_copy"


def test_a_plain_article_has_only_itself_in_the_chain():
    chain = provenance_chain(to_dict(fx.war()), copies=[])
    assert [(s["role"], s["names"][0]["name"]) for s in chain["steps"]] == [("this_copy", "Wire")]
