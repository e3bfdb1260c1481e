"""HTML fragments (a feed entry's content or summary) as plain text, one paragraph a line."""

from __future__ import annotations

import html
import re

# Elements that start or end a paragraph: their tags become line breaks.
BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
          "section", "article", "figure", "figcaption", "pre", "ul", "ol", "table")
_DROPPED = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(r"</?(?:%s)\b[^>]*>" % "|".join(BLOCKS), re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (or of plain text): tags dropped, entities decoded,
    paragraphs on their own lines, blank lines removed."""
    if not fragment:
        return ""
    text = _DROPPED.sub(" ", fragment)
    text = _BLOCK_TAG.sub("\n", text)
    text = html.unescape(_TAG.sub(" ", text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
