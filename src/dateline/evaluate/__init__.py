"""Evaluation: gold-data readers, scorers, and the task runner behind ``dateline evaluate``.

- readers (``readers/``, one module per format) yield typed gold records
  (``gold.py``): :func:`read_petrarch`, :func:`read_conflibert_classes`,
  :func:`read_conflibert_ner`, :func:`read_plover_jsonl`, :func:`read_polnear`,
  :func:`read_timeml`, :func:`read_geowebnews`, :func:`read_actor_tests`;
- scorers are pure functions (gold records, our records by item id) -> :class:`Report`;
- :func:`evaluate` runs a task end to end (``dateline evaluate``), on the whole
  set or one half of it; :func:`evaluate_halves` codes the set once and scores its
  tuning half, its check half and the whole (``halves.py``; ``benchmarks/accuracy.py``);
  :func:`write_errors` writes a report's errors as JSON lines.
"""

from __future__ import annotations

from .gold import (ActorTest, ArgumentSentence, AttributionDocument, CodedSentence,
                   GoldAttribution, GoldCoding, GoldEntity, GoldTimex, GoldToponym,
                   LabelledSentence, PloverDocument, PloverGoldEvent, TimexDocument,
                   ToponymDocument)
from .halves import HALVES, half_of, in_half
from .readers import (LABELS, read_actor_tests, read_conflibert_classes, read_conflibert_ner,
                      read_geowebnews, read_petrarch, read_plover_jsonl, read_polnear,
                      read_timeml)
from .report import ErrorRecord, Figure, Rate, Report, Score, write_errors
from .runner import TASK_HELP, TASKS, evaluate, evaluate_halves
from .score_actors import score_actor_tests
from .score_events import (actor_key, code_key, main_event, predicted_class, score_events,
                           score_plover, score_quad)
from .score_quotes import score_quotes
from .score_spans import score_arguments, score_dates, score_places

__all__ = [
    "evaluate", "evaluate_halves", "write_errors", "TASKS", "TASK_HELP", "LABELS",
    "HALVES", "half_of", "in_half",
    "read_petrarch", "read_conflibert_classes", "read_conflibert_ner", "read_plover_jsonl",
    "read_polnear", "read_timeml", "read_geowebnews", "read_actor_tests",
    "score_events", "score_quad", "score_plover", "score_arguments", "score_quotes",
    "score_dates", "score_places", "score_actor_tests", "actor_key", "code_key", "main_event",
    "predicted_class",
    "Report", "Score", "Rate", "Figure", "ErrorRecord",
    "CodedSentence", "GoldCoding", "LabelledSentence", "ArgumentSentence", "PloverDocument",
    "PloverGoldEvent", "GoldEntity", "AttributionDocument", "GoldAttribution", "TimexDocument",
    "GoldTimex", "ToponymDocument", "GoldToponym", "ActorTest",
]
