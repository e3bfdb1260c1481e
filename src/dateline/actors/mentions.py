"""Finding actor mentions in a parse: units (names, sector words, persons) joined into
noun phrases ("Russian Defense Minister Sergei Shoigu") and resolved to codes.

A *unit* is a run of tokens the knowledge recognises (see ``units``). A *phrase* is a
head unit plus the units and modifier words to its left that belong to the same noun
phrase (see ``phrases``). Each phrase is resolved by the rules of ``resolve`` into one
mention; units never overlap, so mentions never do. Links between mentions (apposition,
"president of X") are made last (see ``links``).
"""

from __future__ import annotations

from dateline.actors.knowledge import Knowledge
from dateline.actors.links import link_phrases
from dateline.actors.phrases import PhraseBuilder
from dateline.actors.resolve import Context, resolve
from dateline.actors.resolved import Mention
from dateline.actors.units import Unit, UnitScanner
from dateline.nlp import Parsed


class MentionFinder:
    """Finds and resolves the phrases of one parsed document."""

    def __init__(self, parsed: Parsed, knowledge: Knowledge, published: str | None) -> None:
        self.parsed = parsed
        self.unit_at: dict[int, Unit] = {}
        self.phrase_at: dict[int, int] = {}
        self.scanner = UnitScanner(parsed, knowledge, published)
        self.builder = PhraseBuilder(parsed, self.unit_at)
        self.context = Context(parsed, knowledge, published, self.unit_at)

    def find(self) -> list[Mention]:
        """All resolved mentions of the document, in text order."""
        mentions: list[Mention] = []
        for sentence in self.parsed.sentences:
            units = self.scanner.units(sentence.start, sentence.end)
            for unit in units:
                for i in range(unit.start, unit.end):
                    self.unit_at[i] = unit
            for phrase in self.builder.phrases(units, sentence.start):
                mention = resolve(phrase, self.context)
                if mention is None:
                    continue
                for i in range(mention.start, mention.end):
                    self.phrase_at[i] = len(mentions)
                mentions.append(mention)
                if mention.kind == "person" and " " in mention.name:
                    self.scanner.surnames_seen.setdefault(mention.name.split()[-1], mention.name)
                    # and as the article spells it ("Arévalo" for the tables' "Arevalo")
                    self.scanner.surnames_seen.setdefault(self.parsed.tokens[phrase.head.end - 1].text, mention.name)
                    self.scanner.forenames_seen.setdefault(mention.name.split()[0], mention.name)
        link_phrases(self.parsed, mentions, self.phrase_at)
        return mentions
