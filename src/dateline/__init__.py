"""dateline: turn news into event data (who did what to whom, when, where, according to whom).

Public API::

    import dateline
    result = dateline.code_text("Russian troops shelled Ukrainian positions on Monday.")
    pipe = dateline.Pipeline()            # loads the model once
    for result in pipe.code_documents(dateline.read_inputs(["articles/"])):
        ...
"""

from __future__ import annotations

__version__ = "0.1.0"

from .config import Config
from .errors import DatelineError
from .ingest import read_inputs
from .records import Actor, Document, Event, Place, Quote, Rejection, Result, Time

__all__ = [
    "Actor", "Config", "DatelineError", "Document", "Event", "Pipeline", "Place", "Quote",
    "Rejection", "Result", "Time", "code_text", "read_inputs", "__version__",
]


def __getattr__(name: str):
    # The pipeline imports spaCy; load it only when asked for.
    if name in ("Pipeline", "code_text"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
