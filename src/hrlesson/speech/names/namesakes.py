"""Persons who share a family name: which of them a surname written alone stands for.

"Arreaza" after the one "Jorge Arreaza" is him; "Kim said" after "Kim Yo Jong" and
"Kim Jong Un" is the one named as a subject; "said Mrs Barnes" after "Rebecca and Brian
Barnes" is Rebecca, not Brian: a courtesy title's gender rules out a namesake of the
other gender (part of the index)."""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import GENDER_WORDS, first_name_gender, unaccented
from .parts import without_particles

#: Possessive words before a relative's noun that name no one ("his wife Nikki").
_KIN_OWNERS = frozenset({"his", "her", "their"})


def surname_only_persons(actors: list) -> list[tuple]:
    """(one, full) pairs: a person named by a title and a surname alone ("Foreign Minister
    Arreaza accused ...") and the one person named in full with that surname elsewhere in
    the article ("Foreign Minister Jorge Arreaza wrote"): one person, the full name shown.

    >>> from ..records import Actor
    >>> one, full = Actor("person", "Arreaza"), Actor("person", "Jorge Arreaza")
    >>> [(a.name, b.name) for a, b in surname_only_persons([one, full])]
    [('Arreaza', 'Jorge Arreaza')]
    """
    persons = [a for a in actors if a.kind == "person"]
    pairs = []
    for one in persons:
        if len(one.name_tokens) != 1:
            continue
        word = unaccented(one.name_tokens[0])
        full = [
            p for p in persons if len(p.name_tokens) > 1 and unaccented(p.name_tokens[-1]) == word
        ]
        if len(full) == 1:
            pairs.append((one, full[0]))
    return pairs


def ranked_namesakes(cands: list, word: str, subjects: set[int]) -> list:
    """The persons a single name word may stand for, best first: one whose surname it is,
    then one named as a subject (``Kim said`` after "Kim Yo Jong, the sister of leader Kim
    Jong Un, warned": the family name written first fits both), then the one named most
    recently. ``subjects`` holds the ``id`` of the actors named as subjects."""
    return sorted(
        cands,
        key=lambda p: (
            unaccented(without_particles(p.name_tokens)[-1]) != unaccented(word),
            id(p) not in subjects,
            -p.first[0],
        ),
    )


def courtesy_gender(toks: list[Token], k: int) -> str | None:
    """The gender the courtesy title right before ``toks[k]`` gives ("Mrs Barnes": "f";
    "Mr. Rao": "m"), None without one.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("said Mrs Barnes and Mr. Rao", [0])
    >>> courtesy_gender(toks, 2), courtesy_gender(toks, 6), courtesy_gender(toks, 3)
    ('f', 'm', None)
    """
    h = k - 2 if k >= 2 and toks[k - 1].text == "." else k - 1
    if h < 0 or toks[h].text[:1].islower() or toks[h].lower not in ("mr", "mrs", "ms", "miss"):
        return None
    return GENDER_WORDS.get(toks[h].lower)


def namesake_given_name(toks: list[Token], surname: str, gender: str, cands: list) -> str | None:
    """The given name the text gives the namesake of ``gender`` that none of ``cands`` is:
    the other first name of a couple sharing the surname ("Rebecca and Brian Barnes"), or a
    name right after a relative's noun of that gender owned by "his"/"her"/"their" ("Russell
    Stearman ... was there with his wife Nikki"); None when there is none, or two.

    >>> from ..records import Actor
    >>> from ..tokens import tokenize
    >>> toks = tokenize("residents Rebecca and Brian Barnes appeal", [0])
    >>> namesake_given_name(toks, "barnes", "f", [Actor("person", "Brian Barnes")])
    'Rebecca'
    >>> toks = tokenize("Russell Stearman was there with his wife Nikki and", [0])
    >>> namesake_given_name(toks, "stearman", "f", [Actor("person", "Russell Stearman")])
    'Nikki'
    """
    taken = {unaccented(c.name_tokens[0]) for c in cands}
    found = set()
    for i in range(1, len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        couple = (
            t.lower == "and"
            and i + 2 < len(toks)
            and unaccented(toks[i + 2].lower) == surname
            and unaccented(nxt.lower) in taken
        )
        if couple and toks[i - 1].cap and toks[i - 1].text.isalpha():
            found.add(toks[i - 1].text)  # "Rebecca and Brian Barnes"
        kin = GENDER_WORDS.get(t.lower) == gender and toks[i - 1].lower in _KIN_OWNERS
        if kin and t.lower not in ("mr", "mrs", "ms", "miss") and nxt.cap and nxt.text.isalpha():
            found.add(nxt.text)  # "his wife Nikki"
    found = {f for f in found if first_name_gender(f.lower()) in (None, gender)}
    return found.pop() if len(found) == 1 else None


def titled_namesake(index, name_idx: list[int], actor):
    """``Mrs Stearman said`` after "Russell Stearman ... his wife Nikki": a surname alone
    (``name_idx``, one token) after a courtesy title whose gender rules out ``actor``, the
    namesake it was linked to, is the namesake of its gender, or else the person the text
    names by a given name of that gender (:func:`namesake_given_name`): Nikki Stearman,
    created in ``index`` (the :class:`~hrlesson.speech.actor_index.ActorIndex`). Returns
    ``actor`` when the title says nothing against it or no such person is found."""
    toks, k = index.tokens, name_idx[0]
    gender = courtesy_gender(toks, k) if len(name_idx) == 1 and actor.gender else None
    if gender is None or actor.gender == gender:
        return actor
    cands = namesakes_of(index.actors, actor)
    fitting = [c for c in cands if c.gender in (None, gender)]
    if fitting:
        return fitting[0]
    given = namesake_given_name(toks, unaccented(toks[k].lower), gender, cands)
    if given is None:
        return actor
    full = f"{given} {toks[k].base}"
    key = "person:" + unaccented(full.lower())
    found = index.actors_by_key.get(key) or index.new_actor("person", full, key)
    found.gender = gender
    found.name_source = (
        f"not {actor.name}: the courtesy title's gender; given name {given} from the text"
    )
    return found


def namesakes_of(actors: list, first) -> list:
    """``first`` and then every other person in ``actors`` whose name ends in the same word
    ("Brian Barnes", then "Rebecca Barnes")."""
    last = unaccented(first.name_tokens[-1])
    return [first] + [
        a
        for a in actors
        if a.kind == "person" and a is not first and unaccented(a.name_tokens[-1]) == last
    ]
