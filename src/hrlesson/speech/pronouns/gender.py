"""A "he" or "she" whose gender no person near it has (part of pronoun resolution): the
paragraph's one speaker, or the body that spoke last."""

from __future__ import annotations

from ..descriptions.postmodifiers import head_word
from ..records import Actor
from ..relays import is_outlet
from ..vocabulary import GENDER_WORDS, is_group_word


def actor_gender(actor: Actor) -> str | None:
    """The gender of ``actor``: the one it was given, else, for one described by its tie to
    an owner ("her son", "Powell's sister"), the one the head noun gives (its last word, in
    lower case): ``Susan Powell, 51, had been standing with her son and granddaughter ...
    Powell, who was visiting her son ..., said ... "Q," she said``
    (national_zoo_panda_birth_bakermasson_apusa): "her son" is a man and never the "she",
    whoever the subject finder read as speaking before. A job's noun without an owner
    tells nothing: "A commission spokesman said ... She said"
    (wyre_forest_oak_thinning_forestry_commission_worcesternews).

    >>> actor_gender(Actor("person", "her son")), actor_gender(Actor("person", "Powell's sister"))
    ('m', 'f')
    >>> def gender_of(name, **kw):
    ...     return actor_gender(Actor("person", name, **kw))
    >>> gender_of("commission spokesman"), gender_of("her lawyer")
    (None, None)
    >>> gender_of("Tom Son"), gender_of("her son", gender="f")
    (None, 'f')
    """
    if actor.gender is not None:
        return actor.gender
    words = actor.name.split() if actor.name else []
    if len(words) < 2 or not (words[0].lower() in OWNER_PRONOUNS or words[0].endswith(OWNER_ENDS)):
        return None
    head = words[-1]
    return GENDER_WORDS.get(head) if head.isalpha() and head.islower() else None


def person_of_gender(actor: Actor, gender: str) -> bool:
    """``actor`` is a person a "he" (``gender`` "m") or a "she" ("f") may mean: no other
    gender given or described (:func:`actor_gender`).

    >>> son, susan = Actor("person", "her son"), Actor("person", "Susan Powell")
    >>> person_of_gender(son, "f"), person_of_gender(susan, "f")
    (False, True)
    """
    return actor.kind == "person" and actor_gender(actor) in (None, gender)


#: Possessive determiners and endings that name an owner before a described person.
OWNER_PRONOUNS = frozenset(["his", "her", "their"])
OWNER_ENDS = ("'s", "’s", "s'", "s’")


OTHER_GENDER = "no one of the pronoun's gender near: the one speaker of its paragraph (or of the one before its opening quotation)"


def speaker_of_other_gender(resolver, at: int, gender: str | None) -> Actor | None:
    """The one person who has spoken in the paragraph before ``at``, when the pronoun's gender
    is the other one and no person of the pronoun's gender (or of unknown gender) is named in
    the paragraph before it: ``European Commission President Ursula von der Leyen wrote
    online that ... "Q," he wrote.`` (a machine-reworded copy that lost the pronoun's
    gender): the nearest speaker wins over a man named paragraphs before. A paragraph that
    opens with the quotation the pronoun closes goes on with the paragraph before it
    (``Sviatlana Tsikhanouskaya ... said Roman Protasevich's ... had been arrested`` then
    ``"Q," he wrote``; see :func:`spoken_paragraphs`); an owner's name ("Protasevich's")
    is no candidate, nor, in the paragraph before, a person who neither speaks nor heads
    a clause there (``Moseley said the United Nations High Commissioner for Refugees had
    raised concerns`` then ``"Q," he said``). Nor when a person of the pronoun's gender
    heads a clause or speaks in the paragraph before, the topic the pronoun goes on with
    (``Former minister David Davis has accused ...`` then ``The senior figure – a key
    backer of Penny Mordaunt's campaign – claimed ... he had ever seen``: Davis).
    ``resolver`` is a :class:`PronounResolver`.
    """
    if gender is None:
        return None
    pars = spoken_paragraphs(resolver, at)
    own = resolver.par_of_sent[resolver.sent_of(at)]
    acting = set(resolver._subject_starts or []) | {pos for pos, *_ in resolver.timeline}

    def in_par(pos: int) -> bool:
        return pos < at and resolver.par_of_sent[resolver.sent_of(pos)] in pars

    for m in resolver.index.mentions:
        if m.start >= at:
            break
        par = resolver.par_of_sent[resolver.sent_of(m.start)]
        person = m.actor.kind == "person" and not m.in_quote
        person = person and (in_par(m.start) or (own - par == 1 and m.start in acting))
        near = par == own or m.start in acting
        if person and near and m.actor.gender in (None, gender) and not resolver._possessor(m):
            return None  # a candidate of the pronoun's gender is near
    speakers = {id(a): a for pos, a, *_ in resolver.timeline if in_par(pos) and a.kind == "person"}
    if len(speakers) != 1:
        return None
    (actor,) = speakers.values()
    return actor if actor.gender not in (None, gender) else None


def paragraph_first_sentence(resolver, s: int) -> int:
    """The index of the first sentence of the paragraph that holds sentence ``s``."""
    par = resolver.par_of_sent[s]
    while s > 0 and resolver.par_of_sent[s - 1] == par:
        s -= 1
    return s


def spoken_paragraphs(resolver, at: int) -> set[int]:
    """The paragraph of the pronoun at ``at``, and the one before it when the pronoun's
    paragraph opens with a quotation that ends right before the pronoun (``"Q," he
    wrote``): nothing in its own paragraph introduced the speaker."""
    s = paragraph_first_sentence(resolver, resolver.sent_of(at))
    par = resolver.par_of_sent[s]
    start = resolver._next_nonspace(resolver.sentences[s][3])
    q = resolver.quote_at(start)
    if s == 0 or q is None or q.open != start or q.close >= at:
        return {par}
    if len(resolver.text[q.close + 1 : at].split()) > 1:
        return {par}  # words between the quotation and the pronoun (``at`` may be its end)
    return {par, resolver.par_of_sent[s - 1]}


NAMED_HERE = "a person of the pronoun's gender named in its paragraph, over a speaker before it"


def gendered_person_here(resolver, at: int, gender: str | None, found: Actor | None, unfit=()):
    """The last person of the pronoun's gender named (outside quotes) in the pronoun's
    paragraph before ``at``, when the antecedent ``found`` was of no known gender and
    was named in an earlier paragraph only: ``"Soldiers ripped out their hearts,"
    recalled one survivor.`` then ``Now, the eyes of the world were on Judge Barrios and
    her colleagues. ... "Q," she said``: "she" is Barrios, a woman named just before, not
    the survivor of the paragraph before. When ``found`` is named in the paragraph too, only
    a person of the pronoun's gender who spoke there: ``She told reporters that ... But
    Peiris conducted a point-by-point rebuttal of her report``: "her" is the woman who
    spoke, not Peiris, of whom nothing tells the gender. Not one of ``unfit`` (ids of persons the pronoun
    cannot be); never over ``found`` when it spoke in this paragraph, however described
    (see :func:`spoke_here`). ``resolver`` is a :class:`PronounResolver`."""
    if gender is None or found is None or found.gender is not None:
        return None
    s = paragraph_first_sentence(resolver, resolver.sent_of(at))
    start = resolver.sentences[s][3]
    if spoke_here(resolver.timeline, found, start, at):
        return None
    if any(start <= pos < at for pos, _ in named_spans(resolver, found)):
        here = [a for pos, a, *_ in resolver.timeline if start <= pos < at and a.kind == "person"]
    else:
        here = [m.actor for m in resolver.index.mentions_in(start, at) if not m.in_quote]
    here = [a for a in here if a.kind == "person" and a.gender == gender and id(a) not in unfit]
    return here[-1] if here else None


def spoke_here(timeline: list, found: Actor, start: int, at: int) -> bool:
    """``found`` spoke between ``start`` (its paragraph's start) and ``at``, by whatever
    words: ``"Q," the minister said. This is the "commitment" of Prime Minister Narendra
    Modi, he said``: the minister spoke in this paragraph, so "he" stays the minister
    (named by name only paragraphs before), not the man named in his clause.
    ``timeline`` holds (position, actor, salient) speakers.

    >>> minister = Actor("person", "Kailash Choudhary")
    >>> spoke_here([(120, minister, True)], minister, 100, 200)
    True
    >>> spoke_here([(50, minister, True)], minister, 100, 200)
    False
    """
    return any(start <= pos < at and a is found for pos, a, *_ in timeline)


def named_spans(resolver, actor: Actor) -> list[tuple[int, int]]:
    """Where the text names ``actor``: its mentions, and the descriptions the resolver read
    as that actor ("Barker's lawyer said ... He added": the lawyer is met in the pronoun's
    paragraph, so "he" is the lawyer, not Barker named in it)."""
    return actor.mentions + resolver.extra.get(id(actor), [])


BODY_FOR_PRONOUN = "no person of the pronoun's gender named before: the body that spoke last"


def body_no_person_fits(resolver, at: int, gender: str | None) -> Actor | None:
    """The body that spoke last, in the pronoun's paragraph or the one before, when every
    person named before ``at`` is of the other gender: ``The Mexican Foreign Ministry
    highlighted the performance of María Teresa Mercado ... In the same way, he pointed out
    that "Q"`` (a text translated with "he" for the ministry): "he" is no woman, and no man
    is named, so the ministry speaks. A news agency that reported is no antecedent
    (``Agence France-Presse reported ... He said``). ``resolver`` is a
    :class:`PronounResolver`."""
    if gender is None:
        return None
    for m in resolver.index.mentions:
        if m.start >= at:
            break
        if m.actor.kind == "person" and m.actor.gender in (None, gender):
            return None
    if (last := last_speaker_before(resolver.timeline, at)) is None:
        return None
    pos, actor = last
    par_of = lambda p: resolver.par_of_sent[resolver.sent_of(p)]
    if par_of(at) - par_of(pos) > 1 or actor.kind not in ("organisation", "state"):
        return None
    if is_outlet(actor):
        return None
    return actor


#: The evidence for a speaker placed by :func:`body_for_personal_pronoun`.
ONE_BODY_SPOKE = "no person named before: the one body that has spoken"


def body_for_personal_pronoun(resolver, at: int) -> Actor | None:
    """``In its World Report, HRW expressed concern ... the organization stated ... He
    also questioned the trials``: a text translated with "he" or "she" for a body. When
    no person is named before the pronoun and one body alone has spoken, at least twice
    (the last time in this paragraph or the two before), the pronoun is that body (a
    news agency that "reported" once is no antecedent). ``resolver`` is a
    :class:`PronounResolver`."""
    if any(a.kind == "person" and a.first and a.first[0] < at for a in resolver.index.actors):
        return None
    spoke = [(p, a) for p, a, *_ in resolver.timeline if p < at]
    if len(spoke) < 2 or len({id(a) for _, a in spoke}) != 1:
        return None
    pos, actor = spoke[-1]
    ranks = resolver._narrative_rank()
    now = ranks[resolver.par_of_sent[resolver.sent_of(at)]]
    if now - ranks[resolver.par_of_sent[resolver.sent_of(pos)]] > 2:
        return None
    ok = actor.kind in ("organisation", "group", "state") and not plural_group(actor)
    return actor if ok else None


def plural_group(actor: Actor) -> bool:
    """``the 15 judges``, ``Palestinian officials``, ``Activists`` (capitalised only to open
    its sentence): a group described by a plural noun is "they", never "it" ("Hamas", a
    name, may be either).

    >>> plural_group(Actor("group", "15 judges")), plural_group(Actor("group", "Hamas"))
    (True, False)
    >>> plural_group(Actor("group", "Activists"))
    True
    """
    words = actor.name.split()
    last = head_word(actor.name)  # "protesters in Tehran": "protesters"
    if len(words) == 1 and last[:1].isupper() and is_group_word(last.lower()):
        last = last.lower()  # a plural noun that opens its sentence
    return actor.kind == "group" and last.islower() and last.endswith("s")


def last_speaker_before(timeline: list, at: int) -> tuple[int, Actor] | None:
    """The (position, actor) of the last speaker in ``timeline`` (a resolver's (position,
    actor, salient) speakers, in reading order) placed before offset ``at``, else None.

    >>> a, b = Actor("person", "Ann Lee"), Actor("organisation", "Unite")
    >>> last_speaker_before([(5, a, True), (40, b, True)], 30) == (5, a)
    True
    >>> last_speaker_before([(5, a, True)], 5) is None
    True
    """
    return next(((pos, a) for pos, a, *_ in reversed(timeline) if pos < at), None)
