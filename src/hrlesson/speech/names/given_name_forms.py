"""A person named by the given names of one person named in full is that person.

Malay, Arabic and South Asian names often run to three words whose first two are the given
names; the article writes the full name once, then the given names alone: "Livescape Group
chief executive officer Muhammad Iqbal Ameer said ..." ... "Muhammad Iqbal said the
perception ..." (fmfa_deaths_in_the_dark_iqbal_thestar); "Mohammad Hafiz Kadir" ...
"Mohammad Hafiz said" (sarawak_illegal_logging_gof_arrests_mohammad_hafiz_malaymail).
"""

from __future__ import annotations

from functools import lru_cache

from ..records import Actor, name_words
from ..vocabulary import unaccented


def unaccented_words(actor: Actor) -> tuple[str, ...]:
    """The actor's name words, lower case and without accents, read once per name
    (names/variants.py compares them too).

    >>> unaccented_words(Actor("person", "Muhammad Iqbal Ameer"))
    ('muhammad', 'iqbal', 'ameer')
    """
    return _unaccented_name_words(actor.name)


@lru_cache(maxsize=4096)
def _unaccented_name_words(name: str) -> tuple[str, ...]:
    return tuple(unaccented(w) for w in name_words(name))


def surname_alone(actor: Actor) -> bool:
    """The text writes the person's last name word alone ("Musk" for "Elon Musk").

    >>> surname_alone(Actor("person", "Elon Musk", forms=["Elon Musk", "Musk"]))
    True
    """
    last = actor.name.split()[-1]
    return any(form == last for form in actor.forms)


def given_names_persons(actors: list[Actor]) -> list[tuple[Actor, Actor]]:
    """(given, full) pairs: a person named by two words that open the name of the one
    person named earlier in full with three words or more ("Muhammad Iqbal" after
    "Muhammad Iqbal Ameer"), when no other person's name opens with them and the two-word
    form has no title of its own that the full name lacks; not when the text names the
    two-word person by its last word alone, a surname ("Elon Musk" ... "Musk tweeted" is
    no part of a headline's run "Elon Musk Shut Down", starship_license_musk_faa_dailybeast).

    >>> full = Actor("person", "Muhammad Iqbal Ameer", first=(0, 20))
    >>> given = Actor("person", "Muhammad Iqbal", first=(90, 104))
    >>> [(a.name, b.name) for a, b in given_names_persons([full, given])]
    [('Muhammad Iqbal', 'Muhammad Iqbal Ameer')]
    >>> given_names_persons([full, given, Actor("person", "Muhammad Iqbal Khan")])
    []
    >>> given.forms = ["Muhammad Iqbal", "Iqbal"]
    >>> given_names_persons([full, given])
    []
    """
    persons = [a for a in actors if a.kind == "person"]
    words = {id(p): unaccented_words(p) for p in persons}
    pairs = []
    for one in persons:
        own = words[id(one)]
        if len(own) != 2 or surname_alone(one):
            continue
        fulls = [p for p in persons if len(words[id(p)]) >= 3 and words[id(p)][:2] == own]
        if len(fulls) != 1:
            continue
        full = fulls[0]
        if full.first < one.first and one.role in (None, full.role):
            pairs.append((one, full))
    return pairs
