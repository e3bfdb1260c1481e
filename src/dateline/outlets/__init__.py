"""News outlets: the table of known outlets and agencies, and how a text cites them.

Shared knowledge, not a stage: the clean stage uses it for a document's provenance,
the quotes stage for the outlets that report a quote.
"""

from __future__ import annotations

from .citations import reporters_in
from .table import Outlet, find_outlets, load_outlets, outlet_named

__all__ = ["Outlet", "find_outlets", "load_outlets", "outlet_named", "reporters_in"]
