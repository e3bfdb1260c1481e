"""Reader for PETRARCH validation records (``<Sentence>`` with ``<EventCoding>`` children).

The files in this style are not reliably well-formed XML: some write the
sentence as a self-closing ``<Sentence .../>`` followed by its children and a
stray ``</Sentence>``, some carry free text or pseudo-tags (``<PLEvent {...}>``)
outside comments. So the reader does not use an XML parser: it drops comments,
then takes each ``<Sentence`` opening tag as the start of a record that runs to
the next one, and reads the tags it knows inside that stretch.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

from ..gold import CodedSentence, GoldCoding

_COMMENT = re.compile(r"<!--.*?-->", re.S)
# "<Sentence" followed by space, "/" or ">" (so "<Sentences>" is not a record).
_SENTENCE = re.compile(r"<Sentence(?=[\s/>])([^>]*)>")
_END_OF_RECORDS = re.compile(r"</Sentences\s*>")
_CODING = re.compile(r"<EventCoding(\s[^>]*)>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_DYAD_CONFIG = re.compile(r'<Config\s+option="require_dyad"\s+value="(\w+)"', re.I)
_PARSE = re.compile(r"<Parse>(.*?)</Parse>", re.S)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_SPACES = re.compile(r"\s+")

# Event codes that mean "nothing here" rather than a CAMEO code.
_NULL_CODES = {"", "null", "none", "---", "0"}
# A gold actor field may list several actors; PETRARCH output uses one per
# coding, but user files may join them with these.
_ACTOR_SEPARATORS = re.compile(r"\s*[;,]\s*")


def attributes(tag_body: str) -> dict[str, str]:
    """The ``name="value"`` pairs of a tag, entities decoded."""
    return {m.group(1): html.unescape(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTRIBUTE.finditer(tag_body)}


def _iso_date(raw: str | None) -> str | None:
    """``20080804`` -> ``2008-08-04``; an ISO date passes through; anything else is dropped."""
    if not raw:
        return None
    raw = raw.strip()
    if re.fullmatch(r"\d{8}", raw):
        return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        return raw
    return None


def _true(value: str | None) -> bool:
    return (value or "").strip().lower() in {"true", "yes", "1"}


def _codings(body: str) -> tuple[list[GoldCoding], bool, str | None]:
    """The codings of a record, whether it says "no event", and an expected error."""
    codings: list[GoldCoding] = []
    no_event = False
    error = None
    for match in _CODING.finditer(body):
        attrs = {key.lower(): value for key, value in attributes(match.group(1)).items()}
        if _true(attrs.get("noevents")):
            no_event = True
            continue
        if "error" in attrs:
            error = attrs["error"]
            continue
        code = (attrs.get("eventcode") or "").strip()
        if code.lower() in _NULL_CODES:
            no_event = True
            continue
        sources = _ACTOR_SEPARATORS.split(attrs.get("sourcecode", "").strip()) or ["---"]
        targets = _ACTOR_SEPARATORS.split(attrs.get("targetcode", "").strip()) or ["---"]
        # A compound coding expands into every (source, target) pair, as PETRARCH does.
        for source in sources:
            for target in targets:
                codings.append(GoldCoding(source or "---", target or "---", code))
    if codings:
        no_event = False
    elif error is None:
        no_event = True
    return codings, no_event or error is not None, error


def conllu_text(parse: str) -> str:
    """The sentence a CoNLL-U parse spells (forms, spaced unless ``SpaceAfter=No``); "" if none."""
    words = []
    for line in parse.strip().splitlines():
        fields = line.split("\t")
        if len(fields) < 10 or not fields[0].isdigit():
            continue  # comments, multiword ranges (1-2), empty nodes (1.1), other formats
        words.append(fields[1] + ("" if "SpaceAfter=No" in fields[9] else " "))
    return "".join(words).strip()


def parse_petrarch(content: str, name: str = "") -> Iterator[CodedSentence]:
    """Yield the sentences of a PETRARCH records document given as a string."""
    content = _COMMENT.sub(" ", content)
    end = _END_OF_RECORDS.search(content)
    limit = end.start() if end else len(content)
    starts = [m for m in _SENTENCE.finditer(content, 0, limit)]
    # <Config option="require_dyad" value="..."> switches hold for the records after them.
    switches = [(m.start(), m.group(1).lower() == "true") for m in _DYAD_CONFIG.finditer(content, 0, limit)]
    for number, match in enumerate(starts):
        dyad = next((value for at, value in reversed(switches) if at < match.start()), None)
        body_end = starts[number + 1].start() if number + 1 < len(starts) else limit
        body = content[match.end():body_end]
        attrs = attributes(match.group(1))
        text_match = _TEXT.search(body)
        if text_match is None:
            continue
        text = _SPACES.sub(" ", html.unescape(text_match.group(1))).strip()
        codings, no_event, error = _codings(body)
        parse_match = _PARSE.search(body)
        if not text and parse_match:
            text = conllu_text(parse_match.group(1))
        yield CodedSentence(
            id=attrs.get("id") or f"{name or 'sentence'}-{number + 1}",
            text=text,
            codings=codings,
            date=_iso_date(attrs.get("date")),
            category=attrs.get("category"),
            no_event=no_event,
            expected_error=error,
            evaluate=attrs.get("evaluate", "true").strip().lower() != "false",
            parse=parse_match.group(1).strip("\n") if parse_match else None,
            attributes=attrs,
            require_dyad=dyad,
        )


def read_petrarch(path: str | Path) -> Iterator[CodedSentence]:
    """Yield the gold sentences of a PETRARCH validation XML file."""
    path = Path(path)
    yield from parse_petrarch(path.read_text(encoding="utf-8", errors="replace"), path.stem)
