"""A stored HTTP response (a WARC response record's block) taken apart: status, media
type, charset, and the body with its transfer and content encodings undone."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from email.message import Message

# Bodies inflated from gzip or deflate are cut off past this size (a compressed bomb
# must not fill memory); the page is then skipped as too large.
MAX_INFLATED = 32 * 1024 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class HttpResponse:
    """What a page reader needs of an HTTP response."""

    status: int
    media_type: str | None
    charset: str | None
    body: bytes
    problem: str | None = None  # why the body cannot be used, if it cannot

    @property
    def is_html(self) -> bool:
        return self.media_type in HTML_TYPES


def content_type(value: str | None) -> tuple[str | None, str | None]:
    """(media type, charset) of a Content-Type header value."""
    if not value:
        return None, None
    message = Message()
    message["content-type"] = value
    charset = message.get_param("charset")
    return message.get_content_type(), charset if isinstance(charset, str) else None


def parse_response(block: bytes) -> HttpResponse | None:
    """The response in a record block, or None when it is not an HTTP response."""
    head, sep, body = block.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = block.partition(b"\n\n")
    lines = head.decode("latin-1").splitlines()
    if not lines or not lines[0].startswith("HTTP/"):
        return None
    parts = lines[0].split(None, 2)
    if len(parts) < 2 or not parts[1].isdigit():
        return None
    headers = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if colon:
            headers[name.strip().lower()] = value.strip()
    media_type, charset = content_type(headers.get("content-type"))
    response = HttpResponse(int(parts[1]), media_type, charset, body)
    _decode_body(response, headers)
    return response


def _decode_body(response: HttpResponse, headers: dict[str, str]) -> None:
    if "chunked" in headers.get("transfer-encoding", "").lower():
        response.body = _dechunk(response.body)
    encoding = headers.get("content-encoding", "").lower().strip()
    if encoding in ("gzip", "x-gzip", "deflate"):
        try:
            inflater = zlib.decompressobj(47 if encoding != "deflate" else 15)
            response.body = inflater.decompress(response.body, MAX_INFLATED)
            if inflater.unconsumed_tail:
                response.problem = "too large"
        except zlib.error:
            response.problem = f"body not valid {encoding}"
    elif encoding not in ("", "identity"):
        response.problem = f"unsupported content encoding {encoding}"


def _dechunk(body: bytes) -> bytes:
    """The body of a chunked transfer (as much as is there); a body that is not chunked
    after all (a crawler that stored it decoded) is returned as it is."""
    out, position = bytearray(), 0
    while True:
        end = body.find(b"\r\n", position)
        size_text = body[position:end].split(b";")[0].strip() if end >= 0 else b""
        try:
            size = int(size_text, 16)
        except ValueError:
            return body if position == 0 else bytes(out)
        if size == 0:
            return bytes(out)
        out += body[end + 2:end + 2 + size]
        position = end + 2 + size + 2
