"""A person's record from the words around the name: role, affiliation, the full name.

Helpers of :class:`~hrlesson.speech.names.finder.NameFinder` (part of the index).
"""

from __future__ import annotations

from ..records import Actor
from ..tokens import Token
from ..vocabulary import FIRST_NAMES, RELATION_TITLES, TITLE_HEADS, role_has, tidy_role


def honorific_title(toks: list[Token], h: int) -> list[str]:
    """``Foreign Affairs Cabinet Secretary Dr. Daniel Kiprotich``: the capitalised title
    before the honorific at ``h`` is the person's role (empty when it has no title head)."""
    t0 = h
    while t0 > 0 and toks[t0 - 1].sent == toks[h].sent and toks[t0 - 1].cap:
        t0 -= 1
    title = [toks[k].base for k in range(t0, h)]
    return title if any(w.lower() in TITLE_HEADS for w in title) else []


def own_role(role: str) -> str:
    """The title of the second of two titled persons joined by "and" is the words after the
    "and", not the first person's title and name ("host Prime Minister Theresa May and
    Commonwealth Secretary-General Patricia Scotland": Scotland is no Prime Minister); the
    words before it name a person when they end in a known first name and a word, or in a
    title head and a name. A title of two parts stays whole ("BYD CEO and President",
    "Minister of Promotion of Virtue and Suppression of Vice").

    >>> own_role("Prime Minister Theresa May and Commonwealth Secretary-General")
    'Commonwealth Secretary-General'
    >>> own_role("President Biden and Chinese President")
    'Chinese President'
    >>> own_role("BYD CEO and President"), own_role("Health and Human Services Secretary")
    ('BYD CEO and President', 'Health and Human Services Secretary')
    """
    before, mark, after = role.rpartition(" and ")
    words = before.split()
    if not mark or len(words) < 2 or not after[:1].isupper():
        return role
    last, prev = words[-1], words[-2]
    named = last[:1].isupper() and last.lower() not in TITLE_HEADS
    titled = any(w.lower() in TITLE_HEADS for w in words[:-1])
    if named and titled and (prev.lower() in FIRST_NAMES or prev.lower() in TITLE_HEADS):
        return after
    return role


def fill_person(actor: Actor, role, affiliation, appositive) -> None:
    """Record what the words around a name say: role, affiliation, apposition."""
    if role and not actor.role:
        actor.role = own_role(tidy_role(role))
    if affiliation and not actor.affiliation:
        actor.affiliation = affiliation
    if appositive:
        app_role, app_aff = appositive
        if app_role and app_role.lower() in RELATION_TITLES:
            app_role = None
        if app_role and not actor.role:
            actor.role = app_role
        if app_aff and not actor.affiliation:
            actor.affiliation = app_aff


def longer_name(
    actors: list[Actor], actors_by_key: dict, key: str, role_words: list[str]
) -> Actor | None:
    """``Torres Vega`` after ``Ana Lucía Torres Vega``: the end of a person's full name
    (double surnames, surname-first names) is that person, not a new one. ``Ambassador
    Kim`` after ``U.N. Ambassador Kim Song`` and ``negotiator Kim Myong Gil``: a
    family name written first, with a title, is the one person of that name and title; so
    is ``President Lula`` after ``President Luiz Inácio Lula da Silva`` (a word inside the
    full name, with the same title)."""
    words = key.removeprefix("person:")
    persons = [a for a in actors if a.kind == "person"]
    found = [a for a in persons if a.key.endswith(" " + words)]
    if not found and " " not in words:
        heads = [w.lower() for w in role_words if w.lower() in TITLE_HEADS]
        found = [
            a
            for a in persons
            if words in a.key.removeprefix("person:").split()[:-1]  # first or inner word
            and a.role
            and any(role_has(a.role, h) for h in heads)
        ]
        found = found if len(found) == 1 else []
    if found:
        actors_by_key[key] = found[0]
        return found[0]
    return None
