"""In-document coreference: entity ids for mentions, and pronouns as Actors.

Deliberately simple rules a reader can check:

1. Names: a person mention whose words are a subset of an earlier person's name
   ("Kirby", "Mr. Putin" after "Vladimir Putin") is that person, and inherits the
   codes it lacks. States, organisations and groups with the same canonical name and
   country are one entity; a capital used as an actor is its state.
2. Role nouns without a name ("the minister", "the president") refer to the most
   recent person whose role words include the noun.
3. Pronouns: he/she/him/his/her go to a person, they/them/their/its to a state,
   organisation or group. A pronoun that is the subject of a speech verb prefers the
   last speaker; a sentence-initial subject pronoun prefers the previous sentence's
   subject person; otherwise the most recent compatible mention wins. "It" as the subject
   of a verb joined to one whose subject is a body ("Hamas said ..., and it accused X")
   is that body.
4. A bare "the group" ("the movement", "the faction"), with no word of its own naming
   it, is the last group named ("the Houthis said ... the group would keep striking").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.actors.knowledge import fold_case
from dateline.actors.resolved import Mention, cameo_code
from dateline.nlp import Parsed, Token
from dateline.records import Basis
from dateline.tables import word_class

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}
# The basis name of a mention resolved from a pronoun ("coref:pronoun").
PRONOUN = "pronoun"
GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves", "its"})
# Nouns that, bare after "the", refer back to the last group named; the basis name of such
# a mention ("coref:group-noun").
GROUP_NOUNS = frozenset({"group", "movement", "faction"})
GROUP_NOUN = "group-noun"
# What a bare "the group" may have beside its article: a possessive ending, punctuation.
BARE_DEPS = frozenset({"det", "case", "punct"})
# Determiners of a mention that is new to the story ("a spokesman", "another official").
INDEFINITE = frozenset({"a", "an", "another"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Phrases fronted before a clause's subject ("In a call with X, he ...", "After meeting X, she ...").
FRONTED_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod"})
# Objects of a verb, which a non-reflexive pronoun fills only for someone else than its subject.
OBJECT_DEPS = frozenset({"dobj", "obj", "iobj", "dative"})
# "it" refers to a body: a state, an organisation (a ministry, a company, a party) or a
# group named in the singular ("the militia said it would").
IT_KINDS = frozenset({"state", "organization", "group"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Verbs whose subject "it" is usually empty: "it is clear", "it seems", "it takes".
EMPTY_IT_VERBS = word_class("empty it verbs")
# What a body takes that makes "it" in "it took X" the body ("took control", "take measures").
TAKEN_ACTS = word_class("taken acts")
READY_WORDS = word_class("ready words")
COUNT_WORDS = word_class("count words") | {"some", "many", "most", "all", "few", "none", "half", "one"}
SPEECH_VERBS = word_class("statement verbs")
# Words of the role that may be left out when a role noun refers back ("the minister"
# for "Defense Minister Sergei Shoigu" matches on "minister").
GENERIC_ROLES = word_class("generic roles")


@dataclass
class Entity:
    """One participant of the document, as known so far."""

    id: int
    mention: Mention  # the most informative mention
    words: set[str] = field(default_factory=set)
    gender: str | None = None


@dataclass
class Resolved:
    """A mention with its entity id (pronouns are mentions made here)."""

    mention: Mention
    entity: int
    pronoun: bool = False


class Coreference:
    """Walks the mentions and pronouns of a document in order, assigning entities."""

    def __init__(self, parsed: Parsed) -> None:
        self.parsed = parsed
        self.entities: list[Entity] = []
        self.by_key: dict[tuple, Entity] = {}
        self.recent: list[tuple[int, Entity, Mention]] = []  # (token, entity, mention)
        self.last_speaker: Entity | None = None
        self.subjects: dict[int, Entity] = {}  # sentence -> first subject person
        self.body_subjects: dict[int, Entity] = {}  # sentence -> first subject state or body

    def resolve(self, mentions: list[Mention]) -> list[Resolved]:
        """Entity ids for ``mentions`` plus pronoun mentions, in text order."""
        out: list[Resolved] = []
        by_token = {m.start: m for m in mentions}
        covered = {i for m in mentions for i in range(m.start, m.end)}
        for tok in self.parsed.tokens:
            mention = by_token.get(tok.i)
            if mention is not None:
                entity = self._entity_for(mention, mentions)
                self._note(mention.head, entity, mention)
                out.append(Resolved(mention, entity.id))
                continue
            if tok.i in covered:
                continue
            word = tok.text.lower()
            resolved = None
            if tok.pos == "PRON" or word in PERSON_PRONOUNS or word in GROUP_PRONOUNS:
                resolved = self._pronoun(tok, word)
            elif word in GROUP_NOUNS and self._bare_definite(tok):
                resolved = self._anaphor(tok, next((e for _, e, m in reversed(self.recent) if m.kind == "group"),
                                                   None), GROUP_NOUN)
            if resolved is not None:
                out.append(resolved)
        return out

    def _bare_definite(self, tok: Token) -> bool:
        """Is ``tok`` a singular noun with "the" and no other word of its phrase?"""
        children = self.parsed.children(tok.i)
        return tok.tag == "NN" and any(c.dep == "det" and c.text.lower() == "the" for c in children) \
            and all(c.dep in BARE_DEPS for c in children)

    # -- named and nominal mentions ------------------------------------------------------

    def _entity_for(self, mention: Mention, mentions: list[Mention]) -> Entity:
        if mention.linked_to is not None and mention.linked_to < len(mentions):
            # Apposition ("the representative ..., John Kirby"): one entity.
            target = mentions[mention.linked_to]
            entity = self.by_key.get(("mention", id(target)))
            if entity is None:
                entity = self._entity_for(target, mentions)
            self.by_key[("mention", id(mention))] = entity
            return entity
        if ("mention", id(mention)) in self.by_key:
            return self.by_key[("mention", id(mention))]
        entity = None
        if mention.role_words and not mention.country and _bare_role(mention) and not self._indefinite(mention):
            entity = self._role_antecedent(mention)
        elif mention.kind == "person":
            entity = self._same_person(mention)
        else:
            entity = self.by_key.get(_key(mention))
        if entity is None:
            entity = Entity(len(self.entities), mention, _name_words(mention))
            self.entities.append(entity)
            self.by_key.setdefault(_key(mention), entity)
        else:
            _inherit(mention, entity.mention)
            if mention.kind == "person" and len(_name_words(mention)) > len(entity.words):
                entity.words = _name_words(mention)
        self.by_key[("mention", id(mention))] = entity
        return entity

    def _same_person(self, mention: Mention) -> Entity | None:
        words = _name_words(mention)
        if not words:
            return None
        for _, entity, _m in reversed(self.recent):
            if entity.mention.kind == "person" and entity.words and words <= entity.words:
                return entity
        if mention.basis and mention.basis[0].kind in ("people", "surname"):
            return self.by_key.get(("person", mention.name))
        return None

    def _indefinite(self, mention: Mention) -> bool:
        """"A spokesman", "another official": one not named before."""
        return any(c.dep == "det" and c.lemma.lower() in INDEFINITE for c in self.parsed.children(mention.head))

    def _role_antecedent(self, mention: Mention) -> Entity | None:
        role = set(mention.role_words)
        for _, entity, earlier in reversed(self.recent):
            if earlier.kind == "person" and earlier is not mention and role & set(earlier.role_words):
                return entity
        return None

    def _note(self, head: int, entity: Entity, mention: Mention) -> None:
        if mention.kind == "place":
            return  # a place where something happened is no antecedent of "they" or "it"
        self.recent.append((head, entity, mention))
        tok = self.parsed.tokens[head]
        if mention.kind != "person":
            if mention.kind in IT_KINDS and tok.dep == "nsubj" and tok.tag not in PLURAL_TAGS:
                self.body_subjects.setdefault(tok.sent, entity)
            return
        subject = tok.dep in SUBJECT_DEPS or (tok.dep == "appos" and self.parsed.tokens[tok.head].dep in SUBJECT_DEPS)
        if subject:
            self.subjects.setdefault(tok.sent, entity)
            verb = self.parsed.tokens[tok.head if tok.dep in SUBJECT_DEPS else self.parsed.tokens[tok.head].head]
            # "Obama called the talks a beginning but said ...": a verb of saying joined to the
            # subject's verb shares its subject
            joined = [c for c in self.parsed.children(verb.i) if c.dep == "conj" and not any(
                g.dep in SUBJECT_DEPS for g in self.parsed.children(c.i))]
            if any(v.lemma.lower() in SPEECH_VERBS for v in [verb, *joined]):
                self.last_speaker = entity

    # -- pronouns ------------------------------------------------------------------------

    def _pronoun(self, tok: Token, word: str) -> Resolved | None:
        entity: Entity | None = None
        if word in PERSON_PRONOUNS:
            gender = PERSON_PRONOUNS[word]
            entity = self._person_for_pronoun(tok, gender)
            if entity is not None and entity.gender is None:
                entity.gender = gender
        elif word in GROUP_PRONOUNS:
            entity, partners = self._speaking_group(tok), []
            if entity is None:
                entity, partners = self._group_for_pronoun(word, self._clause_subject(tok))
        elif word == "it" and self._referential_it(tok):
            entity = self._body_for_it(tok)
        elif word == "it":
            entity = self._body_opening(tok) or self._conjunct_body(tok)
        with_partners = f"with {', '.join(partners)}" if word in GROUP_PRONOUNS and partners else ""
        return self._anaphor(tok, entity, PRONOUN, with_partners)

    def _anaphor(self, tok: Token, entity: Entity | None, basis: str, note: str = "") -> Resolved | None:
        """The mention a pronoun or a bare noun at ``tok`` makes of ``entity`` (None: no antecedent)."""
        if entity is None:
            return None
        source = entity.mention
        mention = Mention(tok.i, tok.i + 1, tok.i, tok.text, source.name, source.country, source.sector,
                          source.code, source.kind, [Basis("coref", basis, note)], source.role_words)
        self._note(tok.i, entity, mention)
        return Resolved(mention, entity.id, pronoun=True)

    def _speaking_group(self, tok: Token) -> Entity | None:
        """"Rebels said they had taken the town": "they" opening what a group says is
        that group (a state or body named later in the clause is not who spoke)."""
        tokens = self.parsed.tokens
        verb = tokens[tok.head]
        if tok.dep not in SUBJECT_DEPS or verb.dep != "ccomp" or verb.head == verb.i:
            return None
        speech = tokens[verb.head]
        if speech.lemma.lower() not in SPEECH_VERBS:
            return None
        subject = next((c.i for c in self.parsed.children(speech.i) if c.dep in SUBJECT_DEPS), None)
        return next((entity for head, entity, mention in reversed(self.recent)
                     if head == subject and mention.kind != "person"), None)

    def _group_for_pronoun(self, word: str, subject: Entity | None = None) -> tuple[Entity | None, list[str]]:
        """"they" is the latest group, state or organisation, or the latest pair of
        coordinated persons ("Putin and Kim ... they agreed": the first, with the others);
        an object pronoun is not its own clause's subject ("the government accused them")."""
        heads = {head: (entity, mention) for head, entity, mention in self.recent}
        for head, entity, mention in reversed(self.recent):
            if subject is not None and entity is subject:
                continue
            if mention.kind != "person":
                return entity, []
            if word == "its":
                continue
            tok = self.parsed.tokens[head]
            first = tok
            while first.dep == "conj" and first.head != first.i and first.head in heads \
                    and heads[first.head][1].kind == "person":
                first = self.parsed.tokens[first.head]
            partners = [heads[c][1].name for c in range(len(self.parsed.tokens))
                        if c != first.i and c in heads and self.parsed.tokens[c].dep == "conj"
                        and self.parsed.tokens[c].head == first.i and heads[c][1].kind == "person"]
            if partners and first.i in heads:
                return heads[first.i][0], partners
        return None, []

    def _referential_it(self, tok: Token) -> bool:
        """"it" as the subject of what a body says it does ("Israel said it would free"),
        not the empty subject of "it is clear that", "it seems", nor the "it" of
        "look at it", which is rarely a state."""
        if tok.dep not in SUBJECT_DEPS or tok.head == tok.i:
            return False
        head = self.parsed.tokens[tok.head]
        if head.dep != "ccomp":
            return False
        # "Iran said it was ready to talk": a body's readiness, unlike "it was clear that"
        ready = any(c.dep == "acomp" and c.lemma.lower() in READY_WORDS for c in self.parsed.children(head.i))
        return ready or head.pos != "AUX" and not self._empty_it(head)

    def _empty_it(self, verb: Token) -> bool:
        """Is "it" as the verb's subject usually empty ("it seems", "it takes years"), not
        when what is taken is an act ("it would take countermeasures", "it took control")?"""
        return verb.lemma.lower() in EMPTY_IT_VERBS and not any(
            c.dep in ("dobj", "obj") and c.lemma.lower() in TAKEN_ACTS for c in self.parsed.children(verb.i))

    def _body_opening(self, tok: Token) -> Entity | None:
        """"Beijing said its coast guard acted lawfully. It urged Manila to ...": "it"
        opening a sentence as the subject of a verb of doing is the body the sentence
        before had as its subject (not "it is clear", "it seems", "it rained")."""
        head = self.parsed.tokens[tok.head]
        if tok.dep != "nsubj" or head.pos != "VERB" or self._empty_it(head) \
                or not self._first_in_sentence(tok):
            return None
        return self.body_subjects.get(tok.sent - 1)

    def _conjunct_body(self, tok: Token) -> Entity | None:
        """"Hamas said ..., and it accused X": "it" as the subject of a verb joined to one
        whose subject is a body is that body."""
        verb = self.parsed.tokens[tok.head]
        if tok.dep != "nsubj" or verb.dep != "conj" or verb.head == verb.i:
            return None
        subjects = {c.i for c in self.parsed.children(verb.head) if c.dep in SUBJECT_DEPS}
        return next((entity for head, entity, mention in reversed(self.recent) if head in subjects
                     and mention.kind in IT_KINDS and self.parsed.tokens[head].tag not in PLURAL_TAGS), None)

    def _body_for_it(self, tok: Token) -> Entity | None:
        """The state or organisation that is the subject of the verb whose content
        clause "it" opens ("Ethiopia said it deplored ...")."""
        clause = self.parsed.tokens[tok.head]
        main = self.parsed.tokens[clause.head]
        subjects = {c.i for c in self.parsed.children(main.i) if c.dep in SUBJECT_DEPS}
        # "the militant group al-Shabab said it ...": the name in apposition to the subject
        subjects |= {c.i for s in subjects for c in self.parsed.children(s) if c.dep == "appos"}
        for head, entity, mention in reversed(self.recent):
            if head in subjects or any(mention.start <= s < mention.end for s in subjects):
                ok = mention.kind in IT_KINDS and self.parsed.tokens[head].tag not in PLURAL_TAGS
                return entity if ok else None
        return None

    def _person_for_pronoun(self, tok: Token, gender: str) -> Entity | None:
        def fits(entity: Entity | None) -> bool:
            return entity is not None and entity.gender in (None, gender)

        if tok.dep in SUBJECT_DEPS:
            verb = self.parsed.tokens[tok.head]
            if verb.lemma.lower() in SPEECH_VERBS and fits(self.last_speaker):
                return self.last_speaker
            previous = self.subjects.get(tok.sent - 1)
            if (self._first_in_sentence(tok) or self._after_fronted_phrase(tok)) and fits(previous):
                return previous
        # "He urged him to ...": an object pronoun is not its own clause's subject
        subject = self._clause_subject(tok)
        for _, entity, mention in reversed(self.recent):
            if mention.kind == "person" and fits(entity) and entity is not subject:
                return entity
        return None

    def _clause_subject(self, tok: Token) -> Entity | None:
        """The entity of the subject of the verb an object pronoun hangs on, if noted ("18 of
        them" stands where its number does)."""
        of = self.parsed.tokens[tok.head] if tok.dep == "pobj" else None
        if of is not None and of.lemma.lower() == "of" and of.head != of.i:
            counted = self.parsed.tokens[of.head]
            tok = counted if counted.pos == "NUM" or counted.lemma.lower() in COUNT_WORDS else tok
        if tok.dep not in OBJECT_DEPS or tok.head == tok.i:
            return None
        subjects = {c.i for c in self.parsed.children(tok.head) if c.dep in SUBJECT_DEPS}
        return next((entity for head, entity, _ in reversed(self.recent) if head in subjects), None)

    def _after_fronted_phrase(self, tok: Token) -> bool:
        """"In a call with X, he asked ...": all before the subject is a phrase fronted on
        its verb, whose people are not the sentence's topic."""
        sentence = self.parsed.sentences[tok.sent] if tok.sent < len(self.parsed.sentences) else None
        fronted = [c for c in self.parsed.children(tok.head) if c.i < tok.i and c.dep in FRONTED_DEPS]
        inside = {i for c in fronted for i in self.parsed.subtree(c.i)}
        return sentence is not None and bool(fronted) and all(
            i in inside or self.parsed.tokens[i].pos in ("PUNCT", "SPACE") for i in range(sentence.start, tok.i))

    def _first_in_sentence(self, tok: Token) -> bool:
        sentence = self.parsed.sentences[tok.sent] if tok.sent < len(self.parsed.sentences) else None
        return sentence is not None and all(
            t.pos in ("PUNCT", "ADV", "CCONJ", "SPACE") for t in self.parsed.tokens[sentence.start:tok.i])


def _key(mention: Mention) -> tuple:
    if mention.kind == "person":
        return ("person", mention.name)
    if mention.kind == "state":
        return ("state", mention.country or mention.name)
    if mention.basis and mention.basis[0].kind == "ner-org":
        return ("ner-org", mention.name.lower())  # a body no table knows is its name, however described
    return (mention.kind, mention.name.lower(), mention.country, mention.sector)


def _name_words(mention: Mention) -> set[str]:
    if mention.kind != "person":
        return set()
    # without diacritics: "Arévalo" is "Bernardo Arevalo" named before
    return {fold_case(w.strip(".,")) for w in mention.name.replace("-", " ").split() if w.strip(".,")}


def _bare_role(mention: Mention) -> bool:
    """True for "the minister", not for "Russian officials" or "John Kirby"."""
    return mention.kind == "person" and bool(mention.basis) and mention.basis[0].kind == "sector"


def _inherit(mention: Mention, source: Mention) -> None:
    """A later, shorter mention takes the codes it lacks from its antecedent."""
    changed = False
    if mention.country is None and source.country is not None:
        mention.country, changed = source.country, True
    if mention.sector is None and source.sector is not None:
        mention.sector, changed = source.sector, True
    if changed:
        mention.code = source.code if (mention.country, mention.sector) == (source.country, source.sector) \
            else cameo_code(mention.country, mention.sector)
        mention.basis.append(Basis("coref", source.name))
    if mention.kind == "person" and len(mention.name) < len(source.name):
        mention.name = source.name
