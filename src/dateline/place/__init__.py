"""The place stage: toponyms resolved with a bundled gazetteer, and each event's location."""

from __future__ import annotations

from .find import find_places

__all__ = ["find_places"]
