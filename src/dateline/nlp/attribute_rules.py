"""The same matches as spaCy's attribute ruler, found with dictionaries instead of a Matcher.

spaCy's English pipelines map each fine-grained tag to its part of speech and
morphology with an ``attribute_ruler``: some 180 patterns, nearly all of one token
comparing TAG, LOWER or DEP with a value. spaCy's Matcher tries every pattern on every
token, which took about a tenth of the parse on BBC news
(``benchmarks/results/parse_components.md``). Here each one-token pattern of plain
values is looked up by its TAG or LOWER value instead; the others (several tokens,
operators) still go through a Matcher that holds only them. The matches, hence every token attribute, are the same: the
ruler's own code applies them (``tests/test_attribute_rules.py`` compares the parses).
"""

from __future__ import annotations

import re
from typing import Any

# Token attributes a one-token pattern may compare by value: spaCy stores the text ones
# as string hashes and the flags as 0 or 1, all read at once with ``Doc.to_array``.
_TEXT_ATTRS = ("TAG", "LOWER", "ORTH", "NORM", "DEP")
_FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT")
# Attributes to index patterns by, most selective first.
_INDEX_BY = ("TAG", "LOWER", "ORTH")


class _Check:
    """One attribute's constraint in a one-token pattern, on the values a Doc stores."""

    __slots__ = ("attr", "values", "negated", "regex")

    def __init__(self, attr: str, values: frozenset = frozenset(), negated: bool = False,
                 regex: Any = None) -> None:
        self.attr, self.values, self.negated, self.regex = attr, values, negated, regex

    def accepts(self, value: int, strings: Any) -> bool:
        if self.regex is not None:  # spaCy's REGEX predicate searches the attribute's text
            return bool(self.regex.search(strings[value]))
        return (value in self.values) != self.negated


def _check(attr: str, value: Any, strings: Any) -> _Check | None:
    """A constraint as a _Check, or None when it is not one this module evaluates."""
    if attr in _FLAG_ATTRS:
        return _Check(attr, frozenset([int(value)])) if isinstance(value, bool) else None
    if attr not in _TEXT_ATTRS:
        return None
    if isinstance(value, str):
        return _Check(attr, frozenset([strings.add(value)]))
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (operator, operand), = value.items()
    if operator in ("IN", "NOT_IN") and isinstance(operand, list) and all(
            isinstance(v, str) for v in operand):
        return _Check(attr, frozenset(strings.add(v) for v in operand), negated=operator == "NOT_IN")
    if operator == "REGEX" and isinstance(operand, str):
        return _Check(attr, regex=re.compile(operand))
    return None


def _compile(token_pattern: dict, strings: Any) -> list[_Check] | None:
    """A one-token pattern as its checks, or None if it needs a Matcher."""
    checks = [_check(attr, value, strings) for attr, value in token_pattern.items()]
    if not checks or any(c is None for c in checks):
        return None
    return checks  # type: ignore[return-value]


class IndexedRules:
    """Finds the attribute ruler's matches: ``match(doc)`` returns what the ruler's own
    ``match`` returns, sorted the same way."""

    # Token kinds remembered (a kind is its values of the compared attributes); news text
    # has some tens of thousands, so the table is emptied when it reaches this size.
    MAX_KINDS = 100_000

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self.strings = ruler.vocab.strings
        self.keys: list[int] = []
        self.rules: list[tuple[int, list[_Check]]] = []
        # The first tokens of the patterns left to the Matcher: it runs only on a Doc
        # where some token could start one of them.
        self.starts: list[list[_Check]] = []
        self.any_start = False
        self.others = Matcher(ruler.vocab, validate=False)
        for attr_id in range(len(ruler.attrs)):
            key = str(attr_id)
            self.keys.append(self.strings.add(key))
            leftover = []
            for pattern in ruler.matcher.get(key)[1]:
                rule = _compile(pattern[0], self.strings) if pattern else None
                if rule is not None and len(pattern) == 1:
                    self.rules.append((attr_id, rule))
                    continue
                leftover.append(pattern)
                if rule is None or "OP" in pattern[0]:
                    self.any_start = True
                else:
                    self.starts.append(rule)
            if leftover:
                self.others.add(key, leftover)
        self.columns = sorted({c.attr for rule in [r for _, r in self.rules] + self.starts
                               for c in rule})
        self.kinds: dict[tuple, tuple[list[int], bool]] = {}
        self.folds = self._foldable()
        # each rule filed under the values of the first attribute of _INDEX_BY it compares
        # exactly (a rule comparing none of them is tried on every kind)
        self.index: dict[tuple[str, int], list[tuple[int, list[_Check]]]] = {}
        self.unindexed: list[tuple[int, list[_Check]]] = []
        for attr_id, rule in self.rules:
            exact = {c.attr: c for c in rule if not c.negated and c.regex is None}
            first = next((attr for attr in _INDEX_BY if attr in exact), None)
            if first is None:
                self.unindexed.append((attr_id, rule))
                continue
            for value in exact[first].values:
                self.index.setdefault((first, value), []).append((attr_id, rule))

    def _foldable(self) -> list[tuple[int, frozenset, list, dict[int, int]]]:
        """The word-form columns whose values matter only when a rule names them: (column,
        the values rules list, the regexes they search, a memo). Any other value is folded
        to 0 in a token's kind, so "senators" and "shipyards" (both NNS) are one kind,
        looked at once; a column some rule compares with NOT_IN is never folded."""
        folds = []
        checks = [c for rule in [r for _, r in self.rules] + self.starts for c in rule]
        for at, attr in enumerate(self.columns):
            if attr not in ("LOWER", "ORTH", "NORM"):
                continue
            mine = [c for c in checks if c.attr == attr]
            if any(c.negated for c in mine):
                continue
            listed = frozenset(v for c in mine if c.regex is None for v in c.values)
            folds.append((at, listed, [c.regex for c in mine if c.regex is not None], {}))
        return folds

    def _folded(self, row: list[int]) -> tuple:
        for at, listed, regexes, memo in self.folds:
            value = row[at]
            folded = memo.get(value)
            if folded is None:
                keep = value in listed or any(r.search(self.strings[value]) for r in regexes)
                folded = memo[value] = value if keep else 0
            row[at] = folded
        return tuple(row)

    def _kind(self, kind: tuple) -> tuple[list[int], bool]:
        """The one-token rules a token of this kind matches, and whether it may start one
        of the other patterns."""
        values = dict(zip(self.columns, kind))
        candidates = list(self.unindexed)
        for attr in _INDEX_BY:
            if attr in values:
                candidates += self.index.get((attr, values[attr]), ())
        matched = sorted({attr_id for attr_id, rule in candidates if self._accepts(rule, values)})
        return matched, any(self._accepts(rule, values) for rule in self.starts)

    def _accepts(self, rule: list[_Check], values: dict[str, int]) -> bool:
        return all(c.accepts(values[c.attr], self.strings) for c in rule)

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        from spacy.attrs import IDS

        if not len(doc):
            return []
        if len(self.kinds) > self.MAX_KINDS:
            self.kinds = {}
        if any(len(memo) > self.MAX_KINDS for *_, memo in self.folds):
            self.folds = self._foldable()
        rows = doc.to_array([IDS[attr] for attr in self.columns]).reshape(len(doc), -1).tolist()
        positions: dict[int, list[int]] = {}
        may_start = self.any_start
        for i, kind in enumerate(map(self._folded, rows)):
            known = self.kinds.get(kind)
            if known is None:
                known = self.kinds[kind] = self._kind(kind)
            for attr_id in known[0]:
                positions.setdefault(attr_id, []).append(i)
            may_start = may_start or known[1]
        found = [(attr_id, self.keys[attr_id], i, i + 1)
                 for attr_id in sorted(positions) for i in positions[attr_id]]
        if len(self.others) and may_start:
            extra = {(int(self.strings[match_id]), match_id, start, end)
                     for match_id, start, end in self.others(doc, allow_missing=True, as_spans=False)}
            found = sorted(extra.union(found))
        return found


def index_attribute_ruler(nlp: Any) -> bool:
    """Make the pipeline's attribute ruler find its matches by lookup; False if it has none."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.match = IndexedRules(ruler).match
    return True
