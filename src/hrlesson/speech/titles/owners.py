"""Whether a title description's owners agree with those of a role a person holds: the
capitalised words that say whose post it is ("KNP's head of department": KNP; "the
Argentine Pontiff": Argentine), compared country with country and body with body."""

from __future__ import annotations

from ..vocabulary import COUNTRIES, DEMONYMS, same_body, same_place


def same_owner(a: str, b: str) -> bool:
    """Two owner words name the same body or place: "KNP" and "KNP", "BCC" and "British
    Chambers of Commerce", "Argentine" and "Argentina".

    >>> same_owner("Argentine", "Argentina"), same_owner("L.A.", "LA"), same_owner("KNP", "BCC")
    (True, True, False)
    """
    x, y = a.lower().replace(".", ""), b.lower().replace(".", "")
    return (
        x == y or same_body(a, b) or same_place(x, y) or country_named(a) == country_named(b) != ""
    )


def country_named(word: str) -> str:
    """The country a word names or is the demonym of ("Argentine": Argentina), else "".

    >>> country_named("Argentine"), country_named("KNP")
    ('Argentina', '')
    """
    low = word.lower()
    return COUNTRIES.get(low) or DEMONYMS.get(low) or ""


def owners_fit(described: list[str], held: list[str]) -> bool:
    """The owners of a description and of a person's role do not contradict each other:
    countries are compared with countries, bodies with bodies, and either may be unknown
    ("the Argentine Pontiff" may be a pope the text ties to Vatican Radio).

    >>> owners_fit(["KNP"], ["KNP"]), owners_fit(["BCC"], ["Bank", "England"])
    (True, False)
    >>> owners_fit(["Argentine"], ["Vatican Radio"]), owners_fit(["France"], ["Egypt"])
    (True, False)
    """
    for same_kind in (bool, lambda w: not w):
        d = [w for w in described if same_kind(country_named(w))]
        h = [w for w in held if same_kind(country_named(w))]
        if d and h and not any(same_owner(x, y) for x in d for y in h):
            return False
    return True


def body_names(actors) -> dict[str, str]:
    """Each other form the text writes a body's name in (lower case) → the body's name:
    "FIDE" and "Federation" for "The International Chess Federation (FIDE) ... the head of
    the Federation Kirsan Ilyumzhinov". Only bodies written in more than one form; no
    country's name or demonym (those compare as countries, :func:`same_owner`).

    >>> from ..records import Actor
    >>> fide = Actor("organisation", "International Chess Federation")
    >>> fide.forms = ["International Chess Federation", "FIDE", "Federation"]
    >>> body_names([fide])["fide"]
    'International Chess Federation'
    """
    return {
        form.lower(): actor.name
        for actor in actors
        if actor.kind == "organisation" and len(actor.forms) > 1
        for form in actor.forms
        if not country_named(form)
    }


def as_bodies(owners: tuple[str, ...], names: dict[str, str]) -> tuple[str, ...]:
    """Owner words with each form of a body (:func:`body_names`) written as the body's
    name, so two forms of one body are one owner: "the head of FIDE" (page
    winter_olympics_rapid_chess_ilyumzhinov_kirsantoday) is a head of the Federation.

    >>> names = {"fide": "International Chess Federation", "federation": "International Chess Federation"}
    >>> as_bodies(("FIDE",), names) == as_bodies(("Federation",), names)
    True
    >>> as_bodies(("KNP",), names)
    ('KNP',)
    """
    return tuple(names.get(w.lower(), w) for w in owners)
