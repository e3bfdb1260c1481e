"""A small database for the explorer's tests, written through the store like `dateline code`
writes it, from records made by hand (no spaCy model needed).

Events (id: source -> target, type, quad class, Goldstein, date, place):
  war-1    RUS -> UKR  ASSAULT 190  q4 -10.0  2024-01-03  Kyiv UKR
  war-2    RUS -> UKR  ACCUSE  111  q3  -2.0  2024-01-04  Kyiv UKR   status reported, negated
  war-3    UKR -> RUS  CONSULT 040  q1   1.0  2024-01-10  (no place)
  deal-1   PRK -> RUS  AGREE   030  q1   4.0  2024-02     Pyongyang PRK (month precision)
  deal-2   RUS -> PRK  AID     070  q2   7.0  (undated)
  xss-1    an event in the hostile article
  copy-1   in story doc-orig, copy-2 in its copy doc-copy (story_id = doc-orig)
  page-00 .. page-29  FRA -> DEU  CONSULT 040  dates 2023-05-01 .. 2023-05-30, Goldstein 0.0 .. 2.9
"""

from __future__ import annotations

from dateline.records import (Actor, Attribution, Boilerplate, Cameo, Document, Event, Place,
                              Plover, Provenance, Quote, Result, Signal, Span)
from dateline.store import Store

HOSTILE_TEXT = ('Officials said <script>alert("x")</script> was found. '
                'A picture <img src=x onerror=alert(1)> and a <a href="javascript:alert(2)">link</a>.')
HOSTILE_TITLE = '<script>alert("title")</script> report'


def _actor(name: str, country: str | None, start: int = 0, end: int = 1, code: str | None = None,
           kind: str = "state") -> Actor:
    return Actor(name, name, start, end, country, None, code or country, kind)


def _event(doc_id: str, event_id: str, text: str, trigger: str, source: Actor | None,
           target: Actor | None, plover: str, cameo: tuple[str, int, float], date: str | None,
           place: Place | None = None, status: list[str] | None = None) -> Event:
    word, start = trigger, text.index(trigger)
    code, quad, goldstein = cameo
    return Event(id=event_id, doc_id=doc_id, sentence=0, text=text,
                 trigger=Span(word, start, start + len(word)), plover=Plover(plover),
                 cameo=Cameo(code, code[:2], quad, goldstein),
                 source=[source] if source else [], target=[target] if target else [],
                 date=date, date_precision="day" if date and len(date) == 10 else "month",
                 location=place, status=status or [])


KYIV = Place("Kyiv", "Kyiv", 0, 4, "UKR", 50.45, 30.52, 703448, "city")
PYONGYANG = Place("Pyongyang", "Pyongyang", 0, 9, "PRK", 39.03, 125.75, 1871859, "city")


def war() -> Result:
    text = "Russia attacked Ukraine near Kyiv. Russia accused Ukraine. Ukraine met Russia."
    rus, ukr = _actor("Russia", "RUS", 0, 6), _actor("Ukraine", "UKR", 16, 23)
    doc = Document(id="doc-war", text=text, url="http://example.org/war", outlet="Wire",
                   title="War news", published="2024-01-05")
    events = [
        _event("doc-war", "war-1", text, "attacked", rus, ukr, "ASSAULT", ("190", 4, -10.0),
               "2024-01-03", KYIV),
        _event("doc-war", "war-2", text, "accused", rus, ukr, "ACCUSE", ("111", 3, -2.0),
               "2024-01-04", KYIV, ["reported", "negated"]),
        _event("doc-war", "war-3", text, "met", ukr, rus, "CONSULT", ("040", 1, 1.0),
               "2024-01-10"),
    ]
    places = [Place("Kyiv", "Kyiv", 29, 33, "UKR", 50.45, 30.52, 703448, "city")]
    return Result(document=doc, actors=[rus, ukr], events=events, places=places)


def deal() -> Result:
    text = 'North Korea agreed to sell shells to Russia, Kirby said. "It is desperation," he added.'
    prk, rus = _actor("North Korea", "PRK", 0, 11), _actor("Russia", "RUS", 37, 43)
    kirby = Actor("Kirby", "John Kirby", 45, 50, "USA", "GOV", "USAGOV", "person")
    quoted = text.index('"It')
    doc = Document(id="doc-deal", text=text, outlet="Buna Times", title="Arms deal",
                   provenance=Provenance(author="David Wyatt", republished_from="Korrespondent",
                                         reported_by=["Voice of America"],
                                         signals=[Signal("syndicated_copy", "Source: korrespondent")]),
                   boilerplate=[Boilerplate("promo", "Subscribe to our channel")])
    agree = _event("doc-deal", "deal-1", text, "agreed", prk, rus, "AGREE", ("030", 1, 4.0),
                   "2024-02", PYONGYANG)
    agree.attribution = Attribution(speaker=kirby, cue="say", according_to="US intelligence")
    aid = _event("doc-deal", "deal-2", text, "sell", rus, prk, "AID", ("070", 2, 7.0), None)
    quotes = [Quote("q-1", "doc-deal", '"It is desperation,"', "direct", quoted, quoted + 20, speaker=kirby,
                    cue="add", reported_by=["Voice of America"])]
    return Result(document=doc, actors=[prk, rus, kirby], events=[agree, aid], quotes=quotes)


def hostile() -> Result:
    text = HOSTILE_TEXT
    evil = Actor('<b onmouseover="alert(3)">Officials</b>', "<i>Officials</i>", 0, 9, "XSS",
                 None, "XSS", "group")
    doc = Document(id="doc-xss", text=text, title=HOSTILE_TITLE, outlet='<img src=x onerror="alert(4)">',
                   url="javascript:alert(5)",
                   boilerplate=[Boilerplate("promo", "<script>alert(6)</script>")])
    event = _event("doc-xss", "xss-1", text, "found", evil, None, "ACCUSE",
                   ("111", 3, -2.0), "2024-03-01")
    quoted = text.index("<script>")
    quote = Quote("q-xss", "doc-xss", '<script>alert("x")</script>', "direct", quoted, quoted + 27,
                  speaker=evil, cue="say")
    return Result(document=doc, actors=[evil], events=[event], quotes=[quote])


def story(doc_id: str, event_id: str) -> Result:
    text = "Egypt signed a deal with France."
    egy, fra = _actor("Egypt", "EGY", 0, 5), _actor("France", "FRA", 25, 31)
    doc = Document(id=doc_id, text=text, title=f"Deal ({doc_id})", outlet=doc_id.upper())
    event = _event(doc_id, event_id, text, "signed", egy, fra, "AGREE", ("057", 1, 8.0),
                   "2024-04-01")
    return Result(document=doc, actors=[egy, fra], events=[event])


def pages() -> Result:
    text = "France met Germany."
    fra, deu = _actor("France", "FRA", 0, 6), _actor("Germany", "DEU", 11, 18)
    doc = Document(id="doc-pages", text=text, title="Many meetings")
    events = [_event("doc-pages", f"page-{n:02d}", text, "met", fra, deu, "CONSULT",
                     ("040", 1, n / 10), f"2023-05-{n + 1:02d}") for n in range(30)]
    return Result(document=doc, actors=[fra, deu], events=events)


def build(path: str) -> str:
    """Write the test database at ``path``; the copy's story is the original's id."""
    with Store(path) as store:
        for result in (war(), deal(), hostile(), story("doc-orig", "copy-1"),
                       story("doc-copy", "copy-2"), pages()):
            store.write(result)
        store.con.execute("UPDATE documents SET story_id = 'doc-orig' WHERE id = 'doc-copy'")
    return path


TOTAL_EVENTS = 3 + 2 + 1 + 2 + 30
