"""Direct or partial: the rules that say what kind of quote a quotation is.

A quotation that is someone's speech, whole ("“We will win,” she said.") is direct; a
phrase quoted inside the reporter's own sentence ("called the plan “a start”") is
partial. :data:`KINDS` decides from the words around the quotation marks: the first
rule that decides wins, and a quotation no rule calls direct is partial.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ..rules import RuleSet
from .spans import QUOTE_MARKS, QuoteSpan
from ..tables import word_class

# Words after which a quotation, even a whole sentence, continues the reporter's own clause:
# complementizers and subordinators ("tweeted that, “...”", "a problem because, “...”") and
# "such as", "like", "including" introducing an example of what was said.
EMBEDDING_WORDS = word_class("embedding words")
# "“A,” he said, but “b”": conjunctions that resume a speech after its cue.
RESUMING_CONJUNCTIONS = frozenset({"but", "and"})
# A lowercase quote right after a speech verb must have this many words to be its whole clause.
MIN_CLAUSE_WORDS = 3
# "“A,” said the former minister of defence, “B”": how far (in characters) B may start after
# A's closing mark and still continue it; room for a cue and a named, titled speaker.
MAX_CUE_GAP = 90


@dataclass(frozen=True)
class Around:
    """A quotation and the text around it, as the kind rules read them."""

    text: str
    span: QuoteSpan
    paragraph_start: int
    previous: QuoteSpan | None  # the quotation before it, if any
    after_cue: bool  # a speech verb stands right before the opening mark
    previous_direct: bool  # the quotation before it was direct

    @property
    def last(self) -> int:
        """Position of the last character before the opening mark (spaces skipped)."""
        j = self.span.open_mark - 1
        while j >= self.paragraph_start and self.text[j].isspace():  # no-break spaces too
            j -= 1
        return j

    @property
    def before(self) -> str:
        """The character before the opening mark ("" at a paragraph's start)."""
        j = self.last
        return self.text[j] if j >= self.paragraph_start else ""

    @property
    def content(self) -> str:
        return self.text[self.span.start:self.span.end]

    def word_before(self, j: int) -> str:
        """The lowercased word that ends just before position ``j``."""
        return word_before(self.text, j, self.paragraph_start)


@dataclass(frozen=True)
class KindDraft:
    """The kind decided so far (None: undecided)."""

    kind: str | None = None


DIRECT, PARTIAL = KindDraft("direct"), KindDraft("partial")
KINDS: RuleSet[KindDraft] = RuleSet("quotes.kind")


def kind_of(around: Around) -> str:
    """direct or partial (see the module docstring)."""
    return KINDS.apply(KindDraft(), around).draft.kind or "partial"


def _decide(rule_id: str, reason: str, kind: KindDraft):
    """Register a test as a rule that decides ``kind`` when it holds."""
    def register(test):
        @KINDS.rule(rule_id, reason)
        def rule(draft: KindDraft, around: Around) -> KindDraft:
            return draft if draft.kind is not None or not test(around) else dataclasses.replace(kind)
        return test
    return register


@_decide("embedded", "after \"that,\" or \"because,\" a quotation continues the reporter's clause", PARTIAL)
def _embedded(a: Around) -> bool:
    return a.before in ",:" and a.word_before(a.last) in EMBEDDING_WORDS


@_decide("opens-sentence", "a quotation opening a paragraph or sentence, or after another "
                           "(unless it carries on a list of phrases), is speech", DIRECT)
def _opens_sentence(a: Around) -> bool:
    before = a.before
    return before == "" or before in ":.!?" or (before in QUOTE_MARKS and not continues_phrases(a.content))


@_decide("complement-of-cue", "a speech verb introduces a quotation that is its whole complement", DIRECT)
def _complement_of_cue(a: Around) -> bool:
    # "she says, “Don't,”", "he declared “We will win.”", "she says “we worked hard.”"
    content = a.content
    return a.after_cue and (a.before == "," or content[:1].isupper() and _long_or_ended(content)
                            or len(content.split()) >= MIN_CLAUSE_WORDS and ends_sentence(a.text, a.span))


@_decide("sentence-after-comma", "a capitalised full sentence after a comma or dash is speech "
                                 "(a word or two is a name: “Crossfire.”)", DIRECT)
def _sentence_after_comma(a: Around) -> bool:
    content = a.content
    full = content[:1].isupper() and _long_or_ended(content) and len(content.split()) >= MIN_CLAUSE_WORDS
    return a.before in ",;—–-(" and full


@_decide("resumed-after-cue", "“A,” he said, “b ...”: the speech resumes after its cue", DIRECT)
def _resumed_after_cue(a: Around) -> bool:
    previous = a.previous
    return (a.before in ",:" and previous is not None and a.paragraph_start <= previous.outer_end
            and a.last - previous.outer_end <= MAX_CUE_GAP and ends_with_continuation(a.text, previous))


@_decide("resumed-after-conjunction", "“A,” he said, but “b ...”: the reporter's conjunction "
                                      "between two halves of one speech", DIRECT)
def _resumed_after_conjunction(a: Around) -> bool:
    previous, text, j = a.previous, a.text, a.last
    conjunction = a.word_before(j + 1)
    if conjunction not in RESUMING_CONJUNCTIONS or previous is None or not a.previous_direct \
            or a.paragraph_start > previous.outer_end:
        return False
    k = j + 1 - len(conjunction) - 1
    while k >= a.paragraph_start and text[k].isspace():
        k -= 1
    return (k >= a.paragraph_start and text[k] == "," and k - previous.outer_end <= MAX_CUE_GAP
            and ends_with_continuation(text, previous))


def _long_or_ended(content: str) -> bool:
    return len(content.split()) >= 6 or content.rstrip(",”\"'")[-1:] in ".!?"


def continues_phrases(content: str) -> bool:
    """True for a quote that opens in lowercase: the rest of a sentence, not a new one."""
    first = content.lstrip(" .…'\"‘“")[:1]
    return first.islower()


def ends_sentence(text: str, span: QuoteSpan) -> bool:
    """True when the sentence ends with the quote (inside or right after the closing mark)."""
    if text[span.start:span.end].rstrip()[-1:] in ".!?":
        return True
    after = text[span.outer_end:span.outer_end + 3].lstrip(" \t")
    return after[:1] in ("", ".", "!", "?", "\n")


def ends_with_continuation(text: str, previous: QuoteSpan) -> bool:
    """True when the quote before closed on a comma, "?" or "!" ("“A,” he said, “b ...”")."""
    return text[previous.start:previous.end].rstrip()[-1:] in (",", "?", "!")


def word_before(text: str, j: int, paragraph_start: int) -> str:
    """The lowercased word that ends just before position ``j`` (a comma or colon)."""
    k = j
    while k > paragraph_start and text[k - 1].isspace():
        k -= 1
    start = k
    while start > paragraph_start and (text[start - 1].isalpha() or text[start - 1] in "'’"):
        start -= 1
    return text[start:k].lower()
