"""Events an event implies: the other side of a joint act, the guests of a hosting."""

from __future__ import annotations

import dataclasses

from ..records import Cameo, Event
from .codes import cameo_info
from .draft import Draft, rule_note

HOST_CODE = "043"
VISIT_CODE = "042"


def implied_events(event: Event, draft: Draft) -> list[Event]:
    """The events ``event`` implies (each with the rule that implied it in its basis)."""
    implied = []
    if draft.mirrored:
        # "X met Y and Z": Y and Z each meet X, as X meets them
        implied.append(dataclasses.replace(event, source=event.target, target=event.source,
                                           basis=event.basis + [rule_note("mirrored", "joint act")]))
    if event.cameo.code == HOST_CODE and event.source and event.target:
        implied.append(guests_visit(event))
    return implied


def guests_visit(hosting: Event) -> Event:
    """The visit that a hosting implies, from the guests to the host: CAMEO codes the
    two sides of one visit as 043 (host) and 042 (visit)."""
    info = cameo_info(VISIT_CODE)
    return dataclasses.replace(
        hosting, source=hosting.target, target=hosting.source,
        cameo=Cameo(code=VISIT_CODE, root=VISIT_CODE[:2], quad_class=info.quad_class,
                    goldstein=info.goldstein),
        basis=hosting.basis + [rule_note("guests-visit", f"{HOST_CODE} implies {VISIT_CODE}")])
