"""Gold readers, one module per format; each yields the typed records of ``evaluate.gold``.

- PETRARCH validation XML -> :class:`CodedSentence` (:func:`read_petrarch`);
- ConfliBERT 5-class TSV -> :class:`LabelledSentence` (:func:`read_conflibert_classes`),
  ConfliBERT NER tokens -> :class:`ArgumentSentence` (:func:`read_conflibert_ner`);
- PLOVER JSON lines -> :class:`PloverDocument` (:func:`read_plover_jsonl`);
- PolNeAR brat folders -> :class:`AttributionDocument` (:func:`read_polnear`);
- TimeML -> :class:`TimexDocument` (:func:`read_timeml`);
- GeoWebNews XML -> :class:`ToponymDocument` (:func:`read_geowebnews`);
- actor-test TSV (NGEC) -> :class:`ActorTest` (:func:`read_actor_tests`).

Readers know file formats only: they never import a pipeline stage.
"""

from __future__ import annotations

from .actor_tests import read_actor_tests
from .conflibert import LABELS, ROOT_CLASSES, read_conflibert_classes, read_conflibert_ner
from .geowebnews import read_geowebnews
from .petrarch import parse_petrarch, read_petrarch
from .plover import read_plover_jsonl
from .polnear import attribution_kind, read_polnear
from .timeml import read_timeml

__all__ = ["LABELS", "ROOT_CLASSES", "attribution_kind", "parse_petrarch", "read_actor_tests",
           "read_conflibert_classes", "read_conflibert_ner", "read_geowebnews", "read_petrarch",
           "read_plover_jsonl", "read_polnear", "read_timeml"]
