"""A body's name joined by "and" inside its capitalised words is one name, and the page may
write it again without the joined part: "The Dundrod and District Club revealed" ... "the
Dundrod Club had held discussions" is one club, named in full as the first."""

from __future__ import annotations

from ..records import Actor


def without_joined_part(full: list[str], short: list[str]) -> bool:
    """``short`` is ``full`` with one "and" and the one word after it left out, the words
    before and after the part kept ("dundrod club" of "dundrod and district
    club").

    >>> without_joined_part("dundrod and district club".split(), "dundrod club".split())
    True
    >>> without_joined_part("dundrod and district club".split(), "district club".split())
    False
    """
    for k, word in enumerate(full[1:-1], start=1):
        if word != "and":
            continue
        if k + 2 < len(full) and full[:k] + full[k + 2 :] == short:
            return True
    return False


def joined_part_forms(actors: list[Actor]) -> list[tuple[Actor, Actor]]:
    """(short, full) pairs: a body of two words or more named again without the part an
    "and" joins inside its full name, when one body alone has that full name
    ("The Dundrod and District Club revealed" ... "Since November the Dundrod Club had
    held discussions": the Dundrod and District Club, the fullest form the page gives).

    ulster_gp_2020_called_off_dundrod_club_bbc:

    >>> full = Actor("organisation", "Dundrod and District Club")
    >>> short = Actor("organisation", "Dundrod Club")
    >>> [(a.name, b.name) for a, b in joined_part_forms([full, short])]
    [('Dundrod Club', 'Dundrod and District Club')]
    >>> joined_part_forms([Actor("organisation", "Trinidad and Tobago Club"), short])
    []
    """
    orgs = [a for a in actors if a.kind == "organisation" and len(a.name_tokens) >= 2]
    pairs = []
    for short in orgs:
        full = [
            a
            for a in orgs
            if a is not short and without_joined_part(a.name_tokens, short.name_tokens)
        ]
        if len(full) == 1:
            pairs.append((short, full[0]))
    return pairs
