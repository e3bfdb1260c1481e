"""Outlets a text cites as its sources: "according to Reuters", "VOA reports", wire
credits ("KYIV (Reuters) -"), and outlets our table does not know, by a media word in
their name ("the Harbour Times reported")."""

from __future__ import annotations

import re

from .table import find_outlets, outlet_named

# Words that follow a reporting outlet's name: "VOA reports", "The Post has learned".
_REPORTING_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:has\s+|have\s+|had\s+)?(?:reports|reported|reporting|writes|wrote|says|said|"
    r"learned|learnt|quoted|cited|informs|informed|notes|noted|broadcast|published|revealed)\b")
# Words that come before it: "according to Reuters", "told the BBC".
_REPORTING_BEFORE = re.compile(
    r"\b(?:according\s+to|reported\s+by|told|in\s+an?\s+interview\s+(?:with|to)|speaking\s+to|"
    r"talking\s+to|quoted\s+by|cited\s+by|reports?\s+(?:by|from|in))\s+(?:the\s+)?$", re.IGNORECASE)
# Wire credits: "KYIV (Reuters) -", "(AP) —", "... - AFP".
_CREDIT_OPEN = re.compile(r"\(\s*$")
_CREDIT_CLOSE = re.compile(r"^\s*\)")
_CREDIT_DASH_BEFORE = re.compile(r"[-–—]\s*$")

# Outlets that are not in our table, recognised by a media word in their name.
_MEDIA_WORDS = (r"Times|Post|News|Journal|Herald|Tribune|Gazette|Telegraph|Radio|TV|Television|"
                r"Agency|Daily|Press|Channel|Broadcasting|Network|Media|Magazine|Weekly|Chronicle|"
                r"Observer|Standard|Express|Mirror|Pravda|Vedomosti|Izvestia")
_UNKNOWN_OUTLET = re.compile(
    rf"\b((?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){{0,4}}(?:{_MEDIA_WORDS})(?:\s+[A-Z][\w.&'’-]*){{0,2}})"
    r"(?=\s*,?\s*(?:has\s+|have\s+)?(?:reports|reported|writes|wrote|learned|revealed)\b)")

def reporters_in(body: str) -> tuple[list[str], list[str]]:
    """(outlets cited as reporters in the body, wire credits) in order of first mention."""
    reporters: list[str] = []
    credits: list[str] = []
    for outlet, start, end in find_outlets(body):
        before, after = body[max(0, start - 40):start], body[end:end + 40]
        if _CREDIT_OPEN.search(before) and _CREDIT_CLOSE.search(after):
            credits.append(outlet.name)
        elif _CREDIT_DASH_BEFORE.search(before) and (end == len(body) or body[end] == "\n"):
            credits.append(outlet.name)
        elif _REPORTING_AFTER.search(after) or _REPORTING_BEFORE.search(before):
            reporters.append(outlet.name)
    for match in _UNKNOWN_OUTLET.finditer(body):
        name = match.group(1)
        known = outlet_named(name)
        reporters.append(known.name if known else re.sub(r"^The\s+", "", name))
    return _unique(reporters + credits), _unique(credits)


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))
