"""PETRARCH/Phoenix dictionary files: which kind a file is.

Users load dictionaries of one format family with ``--dict``: actor and agent
dictionaries go to the actor stage's knowledge, verb dictionaries (files with
"--- NAME [code] ---" blocks) to the event coder. This is the one place that tells
them apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

VERB_BLOCK_HEADER = re.compile(r"^-{3}\s*(\S[^\[]*?)\s*\[([^\]]*)\]\s*-{3}")


def is_verb_dictionary(path: str | Path) -> bool:
    """True when the file has verb blocks ("--- NAME [code] ---")."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return any(VERB_BLOCK_HEADER.match(line.strip()) for line in handle)
    except OSError:
        return False


def split_dictionaries(paths: Iterable[str]) -> tuple[list[str], list[str]]:
    """(actor and agent dictionaries, verb dictionaries), each in the order given."""
    paths = list(paths)
    verbs = [p for p in paths if is_verb_dictionary(p)]
    return [p for p in paths if p not in verbs], verbs
