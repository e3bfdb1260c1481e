"""The lexicon's coverage of the codebooks: which trigger patterns code each CAMEO code
and each PLOVER type and mode.

    python -m dateline.events.coverage > docs/coverage.md

For every CAMEO code of ``data/events/cameo_codes.tsv`` the report lists the lexicon
entries that code it, the rules that reach it from other entries (an announced act is an
intention or a threat, ``intent.tsv`` and ``intent_subcodes.tsv``; a refusal to act is a
rejection, ``intent.tsv``'s refusal column), or the reason it is left out
(``data/events/coverage_scope.tsv``). A code with none of these is a gap. For every PLOVER
type and mode it lists the entries whose events get that type and mode. A test checks the
checked-in report against this output, so the two never drift apart.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..tables import raise_if
from .codes import (CameoCode, cameo_info, load_cameo_codes, load_intent_subcodes, load_plover_types,
                    read_data, table_rows)
from .lexicon import NO_EVENT, LexiconEntry, load_lexicon

SCOPE_FILE = "coverage_scope.tsv"
SCOPE_COLUMNS = ("item", "reason")
INTENT_FILE = "intent.tsv"
INTENT_COLUMNS = ("plover_type", "cameo", "plover", "refusal")
NO_MODE = "(no mode)"


@dataclass
class CodeCoverage:
    """What codes one CAMEO code: entries, rules that reach it, or why nothing does."""

    code: CameoCode
    entries: list[LexiconEntry] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    out_of_scope: str = ""

    @property
    def status(self) -> str:
        """entries, rule, out of scope, or gap."""
        if self.entries:
            return "entries"
        if self.rules:
            return "rule"
        return "out of scope" if self.out_of_scope else "gap"


def load_scope() -> dict[str, str]:
    """CAMEO code, or PLOVER "TYPE/mode" -> the reason it has no entry (coverage_scope.tsv)."""
    errors: list[str] = []
    codes = load_cameo_codes()
    modes = {f"{name}/{mode}" for name, ptype in load_plover_types().items() for mode in ptype.modes}
    scope: dict[str, str] = {}
    for number, (item, reason) in table_rows(read_data(SCOPE_FILE), SCOPE_FILE, SCOPE_COLUMNS, errors):
        if item not in codes and item not in modes:
            errors.append(f"{SCOPE_FILE}:{number}: {item} is neither a code of cameo_codes.tsv "
                          "nor a TYPE/mode of plover_types.tsv")
        elif not reason:
            errors.append(f"{SCOPE_FILE}:{number}: {item} has no reason")
        else:
            scope[item] = reason
    raise_if(errors, SCOPE_FILE)
    return scope


def _rules(entries: list[LexiconEntry]) -> dict[str, list[str]]:
    """CAMEO code -> how the coder's rules reach it from the entries of other codes."""
    by_type: dict[str, int] = defaultdict(int)
    for entry in entries:
        by_type[entry.plover] += 1
    reached: dict[str, list[str]] = defaultdict(list)
    errors: list[str] = []
    for _, (ptype, cameo, _plover, refusal) in table_rows(read_data(INTENT_FILE), INTENT_FILE,
                                                           INTENT_COLUMNS, errors):
        count = by_type.get(ptype, 0)
        reached[cameo].append(f"announcing one of the {count} {ptype} entries' acts ({INTENT_FILE})")
        if refusal != "-":
            reached[refusal].append(f"refusing one of the {count} {ptype} entries' acts ({INTENT_FILE})")
    raise_if(errors, INTENT_FILE)
    for prefix, intent in load_intent_subcodes():
        count = sum(1 for entry in entries if entry.cameo.startswith(prefix))
        verb = "refusing" if intent.startswith("12") else "announcing"
        reached[intent].append(f"{verb} the act of one of the {count} entries coding {prefix}* "
                               f"(intent_subcodes.tsv)")
    return reached


def code_coverage(entries: list[LexiconEntry] | None = None) -> list[CodeCoverage]:
    """The coverage of every CAMEO code, in code order."""
    entries = load_lexicon() if entries is None else entries
    scope = load_scope()
    rules = _rules(entries)
    out = {code: CodeCoverage(info, rules=rules.get(code, []), out_of_scope=scope.get(code, ""))
           for code, info in load_cameo_codes().items()}
    for entry in entries:
        if entry.cameo != NO_EVENT:
            out[entry.cameo].entries.append(entry)
    return [out[code] for code in sorted(out)]


def effective_mode(entry: LexiconEntry) -> str:
    """The PLOVER mode an entry's events get: its own, else its code's when the types agree."""
    if entry.mode:
        return entry.mode
    info = cameo_info(entry.cameo)
    return info.plover_mode if info.plover_type == entry.plover else ""


def plover_coverage(entries: list[LexiconEntry] | None = None) -> dict[str, dict[str, list[LexiconEntry]]]:
    """PLOVER type -> mode (``NO_MODE`` for none) -> the entries whose events get them."""
    entries = load_lexicon() if entries is None else entries
    out: dict[str, dict[str, list[LexiconEntry]]] = {}
    for name, ptype in load_plover_types().items():
        out[name] = {mode: [] for mode in (NO_MODE, *ptype.modes)}
    for entry in entries:
        if entry.plover:
            out[entry.plover].setdefault(effective_mode(entry) or NO_MODE, []).append(entry)
    return out


def _entry_line(entry: LexiconEntry) -> str:
    return f"  - `{entry.id}` ({entry.pos}) `{_pattern(entry)}`"


def _pattern(entry: LexiconEntry) -> str:
    """The entry's pattern, rebuilt from its parts (the order the lexicon writes them)."""
    parts = ["|".join(entry.lemmas)]
    if entry.target_direct:
        parts.append("{T}")
    parts += ["+" + "|".join(group) for group in entry.required_groups()
              if not set(group) <= set(entry.target_preps)]
    if entry.objects:
        parts.append("=" + "|".join(entry.objects))
    if entry.target_preps:
        parts.append("|".join(entry.target_preps) + " {T}")
    parts += [marker for marker, on in ((">", entry.needs_complement), ("<", entry.converse),
                                         ("~", entry.evaluative)) if on]
    return " ".join(parts)


def _code_lines(item: CodeCoverage) -> list[str]:
    info = item.code
    plover = info.plover_type + (f" {info.plover_mode}" if info.plover_mode else "") if info.plover_type \
        else "no PLOVER type"
    head = f"- **{info.code}** {info.label} ({plover})"
    if item.status == "entries":
        lines = [f"{head}: {len(item.entries)} entr{'y' if len(item.entries) == 1 else 'ies'}"]
        lines += [_entry_line(entry) for entry in item.entries]
    elif item.status == "rule":
        lines = [f"{head}: reached by rule only"]
    elif item.status == "out of scope":
        lines = [f"{head}: out of scope: {item.out_of_scope}"]
    else:
        lines = [f"{head}: **GAP** (no entry, no rule, no reason in {SCOPE_FILE})"]
    lines += [f"  - by rule: {rule}" for rule in item.rules]
    return lines


def render() -> str:
    """The markdown coverage report."""
    entries = load_lexicon()
    coverage = code_coverage(entries)
    plover = plover_coverage(entries)
    counts = defaultdict(int)
    for item in coverage:
        if len(item.code.code) > 2:
            counts[item.status] += 1
    modes = [(t, m) for t, by_mode in plover.items() for m in by_mode if m != NO_MODE]
    empty_modes = [f"{t} {m}" for t, m in modes if not plover[t][m]]
    mode_gaps = [f"{t}/{m}" for t, m in modes if not plover[t][m] and f"{t}/{m}" not in load_scope()]
    lines = [
        "# Lexicon coverage of the CAMEO and PLOVER codebooks", "",
        "Generated by `python -m dateline.events.coverage` from `src/dateline/data/events/` "
        "(lexicon.tsv, cameo_codes.tsv, plover_types.tsv, intent.tsv, intent_subcodes.tsv, "
        f"{SCOPE_FILE}); do not edit by hand.", "",
        f"{len(entries)} trigger patterns. Of the {sum(counts.values())} CAMEO codes below the roots: "
        f"{counts['entries']} coded by entries of their own, {counts['rule']} reached only by rules "
        f"from other entries, {counts['out of scope']} out of scope (with the reason), "
        f"{counts['gap']} gaps. PLOVER: {len(modes) - len(empty_modes)} of {len(modes)} modes have "
        "entries" + (f" (none for {', '.join(empty_modes)})" if empty_modes else "")
        + f", {len(mode_gaps)} gaps.", "",
        "Patterns are written as in `lexicon.tsv` (its header explains the items): `{T}` the "
        "target, `+word` a required word, `=noun` a required object, `>` a required clause, "
        "`<` a receiving verb, `~` a judgement word.", "",
        "## CAMEO codes", ""]
    for item in coverage:
        if len(item.code.code) == 2:
            lines += ["", f"### {item.code.code} {item.code.label}", ""]
        else:
            lines += _code_lines(item)
    lines += ["", "## Uses that are no event", "",
              f"Rows coded `{NO_EVENT}`: when one is the best match of a word, the word codes nothing.", ""]
    lines += [_entry_line(entry)[2:] for entry in entries if entry.cameo == NO_EVENT] or ["- none"]
    lines += ["", "## PLOVER types and modes", "",
              "The entries whose events get each type and mode (an entry's own mode, else its "
              "CAMEO code's).", ""]
    scope = load_scope()
    for name, by_mode in plover.items():
        lines += ["", f"### {name}", ""]
        for mode, members in by_mode.items():
            ids = ", ".join(f"`{entry.id}`" for entry in members)
            if not members:
                reason = scope.get(f"{name}/{mode}")
                ids = f"out of scope: {reason}" if reason else ("none" if mode == NO_MODE else "**GAP**")
            lines.append(f"- **{mode}** ({len(members)}): {ids}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render(), end="")
