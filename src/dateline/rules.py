"""Rules as named units.

A stage that decides by rules (the actor, quote and event stages) keeps them in a
:class:`RuleSet`: small functions, each with a stable id and a one-line reason,
registered in the order they run. A rule takes a *draft* (an immutable record being
built) and the stage's context and returns the draft unchanged (it does not apply),
a changed copy (it fired), or None (the draft is dropped); a draft with a true
``final`` attribute is settled and no later rule sees it. The ids of the rules that
fired or dropped are the draft's typed provenance, so every record says which rules
made it what it is; each rule has a regression test of its own.

    steps = RuleSet("events.arguments")

    @steps.rule("passive-agent", "a passive verb's agent is its source")
    def passive_agent(draft, ctx):
        ...
        return dataclasses.replace(draft, sources=agents)

    draft, fired = steps.apply(draft, ctx)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

D = TypeVar("D")

# The rules that fired while a ``trace()`` block runs (None outside one: no cost).
_TRACE: ContextVar[list[str] | None] = ContextVar("dateline_rule_trace", default=None)


@contextmanager
def trace() -> Iterator[list[str]]:
    """Collect "set:rule" for every rule that fires (changes or drops a draft) in the
    block, e.g. to show that a regression sentence exercises the rule it tests."""
    fired: list[str] = []
    token = _TRACE.set(fired)
    try:
        yield fired
    finally:
        _TRACE.reset(token)


@dataclass(frozen=True)
class Rule(Generic[D]):
    """One named decision: ``id`` is stable (records and tests refer to it)."""

    id: str
    reason: str
    func: Callable[[D, Any], D | None]


@dataclass(frozen=True)
class Outcome(Generic[D]):
    """What a rule set did to a draft: the final draft (None: dropped) and the ids of
    the rules that changed or dropped it, in order."""

    draft: D | None
    fired: tuple[str, ...]


class RuleSet(Generic[D]):
    """Rules applied in registration order; ids unique within the set."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._rules: list[Rule[D]] = []

    def rule(self, rule_id: str, reason: str) -> Callable[[Callable[[D, Any], D | None]],
                                                         Callable[[D, Any], D | None]]:
        """Register the decorated function as the next rule of the set."""
        if any(r.id == rule_id for r in self._rules):
            raise ValueError(f"rule id {rule_id!r} is registered twice in {self.name}")

        def register(func: Callable[[D, Any], D | None]) -> Callable[[D, Any], D | None]:
            self._rules.append(Rule(rule_id, reason, func))
            return func
        return register

    def __iter__(self) -> Iterator[Rule[D]]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def ids(self) -> list[str]:
        return [r.id for r in self._rules]

    def apply(self, draft: D, ctx: Any) -> Outcome[D]:
        """Run every rule in order; stop at the first that drops the draft."""
        fired: list[str] = []
        result: D | None = draft
        for rule in self._rules:
            changed = rule.func(result, ctx)
            if changed is None:
                fired.append(rule.id)
                result = None
                break
            if changed is not result:
                fired.append(rule.id)
                result = changed
                if getattr(result, "final", False):  # the rule settled it: no later rule applies
                    break
        tracing = _TRACE.get()
        if tracing is not None:
            tracing.extend(f"{self.name}:{rule_id}" for rule_id in fired)
        return Outcome(result, tuple(fired))

    def full_ids(self) -> list[str]:
        """"set:rule" for every rule, as ``trace`` reports them."""
        return [f"{self.name}:{r.id}" for r in self._rules]
