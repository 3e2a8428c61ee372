"""A person the sentence before a "he" or "she" brings in, and no one else, is whom the
pronoun goes on with, though an earlier subject or speaker is further up the resolver's list.

News text brings a new voice in with a sentence of narration that names only that person,
often in an object or after a preposition, and then quotes them: ``The roller coaster
reopened last month, provoking criticism from one of the crash victims, 20-year-old Vicky
Balch. "Q," she said`` (smiler_guilty_plea_paxton_gizmodo): "she" is Balch, not the park
named as a subject two paragraphs before. The sentence must name no other person, give no
subject or speaker before the new name, and its paragraph no "he"/"she" (``However, he
did not elaborate. ... The government made ... Riaz Raziuddin acting governor. ... he
said``: the minister goes on; pakistan_rupee_fall_dar_sbp_profit).
"""

from __future__ import annotations

from ..records import Actor
from ..tokens import Token
from ..vocabulary import AGE_WORD
from .described_subjects import narration_words, narrative_paragraphs_apart
from .gender import paragraph_first_sentence

#: The evidence of a pronoun resolved to such a person.
INTRODUCED_BEFORE = "the one person the sentence before brings in, no subject or speaker before"

_PERSONAL = frozenset(["he", "she"])


def narration_sentence_before(resolver, t: Token) -> int | None:
    """The index of the last sentence before the one of the pronoun at ``t`` that has words
    outside quotations (a quotation of several sentences before "he said" is skipped), in
    the same narrative paragraph or the one before; else None."""
    s = t.sent - 1
    while s >= 0 and not narration_words(resolver, s):
        s -= 1
    if s < 0 or narrative_paragraphs_apart(resolver, t.start, resolver.sentences[s][3]) > 1:
        return None
    return s


def spoken_before(resolver, start: int, end: int, ok, new: Actor) -> bool:
    """A subject or a speaker other than ``new`` whom ``ok`` fits stands between the
    positions ``start`` and ``end`` (the resolver's lists, see
    :meth:`PronounResolver.recent_at`)."""
    places = list(resolver._subjects or []) + [(p, a) for p, a, *_ in resolver.timeline]
    return any(start <= p < end and a is not new and ok(a) for p, a in places)


def introducing_span(resolver, t: Token) -> tuple[int | None, int]:
    """Where the person a "he"/"she" at ``t`` goes on with is brought in: the pronoun's own
    sentence before it when it names someone outside quotations and the pronoun does not
    follow a comma (``... Uong Maly, a claim he flatly denied``; not ``After the victory
    against Christopher Yoo, he made a statement``: the main clause's subject); else the
    narration sentence before (:func:`narration_sentence_before`); (None, 0) for neither."""
    own_start = resolver.sentences[t.sent][3]
    if any(not m.in_quote for m in resolver.index.mentions_in(own_start, t.start)):
        k = resolver.index.token_index(t.start)
        before = resolver.tokens[k - 1] if k else None
        if before is None or not (before.text.isalpha() and before.text.islower()):
            return None, 0
        return own_start, t.start
    s = narration_sentence_before(resolver, t)
    if s is None:
        return None, 0
    return resolver.sentences[s][3], resolver.sentences[s][4]


def introduced_person_before(resolver, t: Token, ok, actor: Actor | None) -> Actor | None:
    """The person (``ok``) that the narration sentence before the "he"/"she" at ``t`` (or
    its own sentence before it: :func:`introducing_span`) names as the only person, shown as
    a person (:func:`shown_as_person`), not as an owner nor in a speaker's phrase before a
    reporting verb, with no subject or speaker before the name and no "he"/"she" in its
    paragraph up to the pronoun; None when that is ``actor`` (the resolver's choice) anyway.
    ``... provoking criticism from one of the crash victims, 20-year-old Vicky
    Balch. "I understand it's a business," she said`` (smiler_guilty_plea_paxton_gizmodo):
    Vicky Balch; ``A local news report said the wood belonged to the wife of district police
    chief Uong Maly, a claim he flatly denied yesterday. "She has nothing to do with it," he
    said`` (cambodia_timber_raids_arrests_leang_seng_phnompenhpost): Uong Maly, not the
    district governor quoted the paragraph before."""
    if actor is None or t.lower not in _PERSONAL:
        return None
    start, end = introducing_span(resolver, t)
    if start is None:
        return None
    named = [m for m in resolver.index.mentions_in(start, end) if not m.in_quote]
    persons = [m for m in named if m.actor.kind == "person"]
    if not persons or any(m.actor is not persons[0].actor for m in persons):
        return None
    m, new = persons[0], persons[0].actor
    if new is actor or not ok(new) or resolver._possessor(m) or not shown_as_person(resolver, m):
        return None
    if joined_to_name(resolver.tokens, resolver.index.token_index(m.start), m.end):
        return None  # "the Interim coaches Saqlain Mushtaq and Abdul Razzaq": two brought in
    if personal_pronoun_in(resolver, paragraph_start(resolver, start), end):
        return None  # "However, he did not elaborate. ... Riaz Raziuddin, acting governor"
    if resolver.cues_in(m.end, end):
        return None  # "King Charles younger son told the Guardian": a speaker's phrase
    return None if spoken_before(resolver, start, m.start, ok, new) else new


def lead_or_introduced(resolver, t: Token, ok, lead: Actor | None) -> tuple:
    """The antecedent of the "he"/"she" at ``t`` as (actor, evidence): the person the
    sentence before brings in (:func:`introduced_person_before`), with
    :data:`INTRODUCED_BEFORE`, else ``lead`` (the resolver's sentence lead) with None."""
    new = introduced_person_before(resolver, t, ok, lead)
    return (new, INTRODUCED_BEFORE) if new is not None else (lead, None)


def shown_as_person(resolver, m) -> bool:
    """Something besides a capitalised name shows the person of mention ``m`` is one: a
    gender, a role the text writes in lower case ("district police chief Uong Maly",
    "councilor Henderson") or an age right before the name ("20-year-old Vicky Balch"); not
    a body or a place read as a person ("has led NHS England to update its guidance", "in the
    General Emergency Zone")."""
    actor = m.actor
    if actor.gender is not None or (actor.role and actor.role.islower()):
        return True
    k = resolver.index.token_index(m.start)
    return k > 0 and AGE_WORD.match(resolver.tokens[k - 1].lower) is not None


def paragraph_start(resolver, pos: int) -> int:
    """Where the paragraph of the sentence at ``pos`` starts (its first sentence's start)."""
    return resolver.sentences[paragraph_first_sentence(resolver, resolver.sent_of(pos))][3]


def personal_pronoun_in(resolver, start: int, end: int) -> bool:
    """A "he" or "she" outside quotations stands between ``start`` and ``end``: the
    narration still goes on with someone (``In a joint conference with Serbian Interior
    Minister Ivica Dacic, he asked``)."""
    words = resolver.toks_between(start, end)
    return any(w.lower in _PERSONAL and resolver.quote_at(w.start) is None for w in words)


def joined_to_name(tokens: list[Token], k: int, end: int) -> bool:
    """The name from ``tokens[k]`` to offset ``end`` is joined by "and" to another
    capitalised name: the sentence brings in two people, so a "he" after it goes on with
    neither alone (``Interestingly, the Interim coaches Saqlain Mushtaq and Abdul Razzaq
    also participated in the meeting. "Q," he added``: the chairman quoted before;
    pcb_players_meeting_focus_on_cricket_ramiz_raja_dailytimes).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("coaches Saqlain Mushtaq and Abdul Razzaq also took part", [0])
    >>> joined_to_name(toks, 4, toks[5].end), joined_to_name(toks, 1, toks[2].end)
    (True, True)
    >>> toks = tokenize("victims, 20-year-old Vicky Balch and her son.", [0])
    >>> joined_to_name(toks, 3, toks[4].end)
    False
    """
    j = k
    while j < len(tokens) and tokens[j].start < end:
        j += 1
    after = j + 1 < len(tokens) and tokens[j].lower == "and" and tokens[j + 1].cap
    before = k >= 2 and tokens[k - 1].lower == "and" and tokens[k - 2].cap
    same = lambda i: 0 <= i < len(tokens) and tokens[i].sent == tokens[k].sent
    return (after and same(j + 1)) or (before and same(k - 2))
