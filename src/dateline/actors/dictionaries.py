"""Reading user dictionaries in the PETRARCH / Phoenix (TABARI) format.

Actor entries::

    NAME_WITH_UNDERSCORES  [CODE]          # comment
    +SYNONYM
    +ANOTHER_SYNONYM
        [CODE >YYMMDD]                     # from that day on
        [CODE <YYMMDD]                     # until that day
        [CODE YYMMDD-YYMMDD]               # between the two days

Agent entries (sector words)::

    WORD {PLURAL} [~MIL]                   # a sector suffix (``[NGO~]``: a prefix)
    WORD [~MIL]                            # no braces: the regular plural is implied
    WORD {} [~MIL]                         # empty braces: no plural
    !PERSON! = MAN, MEN, WOMAN, WOMEN      # substitution set used as !PERSON! in words

A code may name several actors at once (``[ELR/GAL]``); it is kept whole.

Names are matched as whole words, case-insensitively when written capitalised. The
stem matching of TABARI (an entry without a final ``_`` also matching longer words)
is not reproduced: entries match exactly.
"""

from __future__ import annotations

import re
from pathlib import Path

from dateline.actors.knowledge import INTERNATIONAL, Entry, Knowledge, Office, SectorTerm
from dateline.tables import word_class

_COMMENT_BLOCK = re.compile(r"<!--.*?-->", re.S)
_CODE = re.compile(r"\[([^\]]*)\]")
_DATE_RANGE = re.compile(r"^(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8})$")
_DATE_BOUND = re.compile(r"^([<>])\s*(\d{6}|\d{8})$")
_SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
_PLURALS = re.compile(r"\{([^}]*)\}")
# Two-digit years at or below this are 20xx, above it 19xx (TABARI's dictionaries
# date from the 1990s on, so a pivot in the middle is safe for both ends).
_CENTURY_PIVOT = 50


def read_dictionary(path: Path, knowledge: Knowledge) -> int:
    """Add the actor and agent entries of one dictionary file; returns how many."""
    text = _COMMENT_BLOCK.sub("", path.read_text(encoding="utf-8", errors="replace"))
    return read_dictionary_text(text, knowledge)


def read_dictionary_text(text: str, knowledge: Knowledge) -> int:
    """Add the entries of dictionary text (see the module docstring for the format)."""
    text = _COMMENT_BLOCK.sub("", text)
    substitutions: dict[str, list[str]] = {}
    names: list[str] = []
    offices: list[Office] = []
    added = 0

    def flush() -> None:
        nonlocal added, names, offices
        if names and offices:
            kind = _kind_of(offices)
            entry = Entry(_display(names[0]), "dictionary", kind, list(offices))
            for name in names:
                if not _adds_nothing(knowledge, _display(name), entry):
                    knowledge.add_name(_display(name), entry, fold=True)
            added += 1
        names, offices = [], []

    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("<!"):
            continue
        sub = _SUBSTITUTION.match(line.strip())
        if sub:
            substitutions[sub.group(1)] = [w.strip() for w in sub.group(2).split(",") if w.strip()]
            continue
        codes = _CODE.findall(line)
        if any(_is_agent(code) for code in codes):
            flush()
            added += _add_agent(line, codes, substitutions, knowledge)
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            names.append(stripped[1:].strip())
            continue
        if line[:1].isspace() or stripped.startswith("["):
            offices.extend(filter(None, (_office(code) for code in codes)))
            continue
        flush()
        names = [_CODE.sub("", stripped).strip()]
        offices = [o for o in (_office(code) for code in codes) if o]
    flush()
    return added


def _adds_nothing(knowledge: Knowledge, name: str, entry: Entry) -> bool:
    """A bare country code for a name we already place in that country ("KABUL_ [AFG]")
    would only lose what we know (that Kabul is the capital): keep ours."""
    known = knowledge.lookup(name)
    office = entry.offices[0]
    return (known is not None and len(entry.offices) == 1 and office.sector is None
            and office.start is None and office.end is None and known.offices
            and known.offices[0].country == office.country)


def _is_agent(code: str) -> bool:
    code = code.strip()
    return code.startswith("~") or code.endswith("~")


def _add_agent(line: str, codes: list[str], substitutions: dict[str, list[str]],
               knowledge: Knowledge) -> int:
    code = codes[0].strip().strip("~").strip()
    sector = code[:3].upper()
    if not sector:
        return 0
    head = _CODE.sub("", line)
    groups = _PLURALS.findall(head)
    plurals = [p for group in groups for p in group.split(",") if p.strip()]
    word = _PLURALS.sub("", head).strip()
    if not groups and "!" not in word:
        # TABARI convention: a regular plural is implied unless {} lists the forms.
        plurals = [_regular_plural(word)]
    added = 0
    for form in [word, *plurals]:
        for expanded in _expand(form.strip(), substitutions):
            term = _display(expanded).lower()
            knowledge.add_sector(SectorTerm(term, sector, sector, _agent_kind(term)))
            added += 1
    return added


def _regular_plural(word: str) -> str:
    """CONGRESS -> CONGRESSES, MILITIA -> MILITIAS, AUTHORITY -> AUTHORITIES (last word)."""
    lower = word.lower()
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return word + "ES"
    if lower.endswith("y") and lower[-2:-1] not in "aeiou":
        return word[:-1] + "IES"
    return word + "S"


def _expand(word: str, substitutions: dict[str, list[str]]) -> list[str]:
    """Spell out !SET! markers: CONGRESS!PERSON! -> CONGRESSMAN, CONGRESSMEN, ..."""
    for marker, values in substitutions.items():
        if marker in word:
            return [w for value in values for w in _expand(word.replace(marker, value, 1), substitutions)]
    return [word]


def _agent_kind(term: str) -> str:
    last = term.split(" ")[-1]
    person_endings = ("er", "or", "ist", "ian", "man", "men", "woman", "ant", "ent", "ee")
    return "person" if last.endswith(person_endings) else "organization"


# Words written in lower case inside names ("Prince of Dol Amroth", "Bank of the North").
NAME_PARTICLES = word_class("dictionary name particles")


def _display(name: str) -> str:
    """DICTIONARY_NAME_ -> Dictionary Name (words joined by spaces, capitalised; inner
    particles such as "of" and "the" in lower case, as names are written)."""
    words = name.replace("_", " ").split()
    return " ".join(w if any(c.isdigit() for c in w)
                    else w.lower() if n and w.lower() in NAME_PARTICLES
                    else w[:1].upper() + w[1:].lower() for n, w in enumerate(words))


def _kind_of(offices: list[Office]) -> str:
    if any(o.start or o.end for o in offices):
        return "person"
    first = offices[0]
    if first.sector is None and first.country and first.country not in INTERNATIONAL:
        return "state"
    return "organization"


def _office(cell: str) -> Office | None:
    """One bracketed code, with its date restriction, as an Office."""
    parts = cell.strip().split(None, 1)
    if not parts:
        return None
    code = parts[0].upper()
    # "ELR/GAL": a code naming several actors at once is kept whole; its first
    # three letters give the country slot, as for any code.
    if not re.fullmatch(r"[A-Z-]{3,}(/[A-Z-]{3,})*", code):
        return None
    start = end = None
    if len(parts) == 2:
        when = parts[1].strip()
        bound = _DATE_BOUND.match(when)
        span = _DATE_RANGE.match(when)
        if bound:
            day = _iso(bound.group(2))
            start, end = (day, None) if bound.group(1) == ">" else (None, day)
        elif span:
            start, end = _iso(span.group(1)), _iso(span.group(2))
    country, sector = split_code(code)
    return Office(country, sector, "", start, end, code)


def split_code(code: str) -> tuple[str | None, str | None]:
    """A CAMEO code as (country, sector): USAGOV -> (USA, GOV), IGOUNOKID -> (UNO, IGO)."""
    first, rest = code[:3], code[3:6]
    if first in INTERNATIONAL:
        return (rest or first), first
    country = None if first == "---" else first
    return country, (rest or None)


def _iso(digits: str) -> str:
    if len(digits) == 6:
        year = int(digits[:2])
        century = 2000 if year <= _CENTURY_PIVOT else 1900
        digits = f"{century + year}{digits[2:]}"
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"
