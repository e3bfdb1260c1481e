"""Ingest: every bad input is a Rejection naming it and the reason; the rest goes on."""

import io
import json
import sys

from dateline.config import Config
from dateline.ingest import read_inputs
from dateline.records import Document


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_text_file_becomes_one_document(tmp_path):
    path = _write(tmp_path, "a.txt", "Troops crossed the border.\r\nSecond line.".encode())
    [doc] = list(read_inputs([path]))
    assert isinstance(doc, Document)
    assert doc.text == "Troops crossed the border.\nSecond line."
    assert doc.source_path == path


def test_bad_inputs_are_rejected_with_reasons_and_good_ones_kept(tmp_path):
    good = _write(tmp_path, "good.txt", b"Police arrested two men.")
    binary = _write(tmp_path, "bin.txt", b"\x00\x01\x02abc")
    empty = _write(tmp_path, "empty.txt", b"  \n ")
    latin = _write(tmp_path, "latin.txt", "caf\xe9".encode("latin-1"))
    missing = str(tmp_path / "nope.txt")
    items = list(read_inputs([good, binary, empty, latin, missing]))
    assert [type(i).__name__ for i in items] == ["Document", "Rejection", "Rejection", "Rejection", "Rejection"]
    codes = [i.code for i in items[1:]]
    assert codes == ["E102", "E103", "E104", "E101"]
    for item, path in zip(items[1:], [binary, empty, latin, missing]):
        assert path in item.detail


def test_directories_are_walked_recursively_and_sorted(tmp_path):
    (tmp_path / "sub").mkdir()
    _write(tmp_path, "b.txt", b"B text.")
    _write(tmp_path / "sub", "a.txt", b"A text.")
    _write(tmp_path, "notes.expected.json", b"{}")
    _write(tmp_path, ".hidden.txt", b"hidden")
    docs = list(read_inputs([str(tmp_path)]))
    assert [d.text for d in docs] == ["B text.", "A text."]


def test_jsonl_keeps_ids_and_rejects_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "row-7", "url": "http://x/1", "title": "T", "published": "2024-01-02",
                    "outlet": "Wire", "text": "Rebels attacked a convoy."}),
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"id": "row-9", "text": ""}),
        "",
        json.dumps({"text": "No id here."}),
    ]
    path = _write(tmp_path, "in.jsonl", "\n".join(lines).encode())
    items = list(read_inputs([path]))
    assert isinstance(items[0], Document)
    assert (items[0].id, items[0].url, items[0].published, items[0].outlet) == ("row-7", "http://x/1", "2024-01-02", "Wire")
    assert [i.code for i in items[1:4]] == ["E105", "E108", "E106"]
    assert "line 2" in items[1].detail and path in items[1].detail
    assert isinstance(items[4], Document) and len(items[4].id) == 16


def test_jsonl_field_names_are_configurable(tmp_path):
    path = _write(tmp_path, "in.jsonl", json.dumps({"doc": "A1", "body": "Talks resumed."}).encode())
    config = Config.from_mapping({"text_field": "body", "id_field": "doc"})
    [doc] = list(read_inputs([path], config))
    assert (doc.id, doc.text) == ("A1", "Talks resumed.")


def test_stdin_is_read_as_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Ministers met in Oslo.")))
    [doc] = list(read_inputs(["-"]))
    assert doc.text == "Ministers met in Oslo." and doc.source_path == "<stdin>"
