"""A capitalised run read as a body's name, not a person's: the tests the name reader
asks of a run before it looks for a person in it."""

from __future__ import annotations

from ..bodies.municipal import city_of_place
from ..bodies.names import borders_name, names_organisation
from ..tokens import Token
from .non_names import capitals_after_lead_article
from .numbered_names import numbered_name_start
from .periodicals import periodical_outlet
from .place_bodies import place_opened_body
from .title_runs import titled_person_run


def reads_as_body(toks: list[Token], a: int, b: int, words: list[str]) -> bool:
    """The run ``a:b`` (its lower-case ``words``) names a body: an organisation's word
    ("Network Rail"), a name that borders another, a periodical, or a name opened by a
    number word ("Eight Mile Style", "First Great Western"), a place's name and one plain
    word ("Canada Post": :func:`place_bodies.place_opened_body`), or "City of" and a place
    ("the City of Cape Town": :func:`.bodies.municipal.city_of_place`); but a titled person's
    run ("Regent Eddie Island") stays a person, and a lead's word in capitals after "A" ("A
    UNION has warned") is read alone, as a common noun or an acronym
    (:func:`non_names.capitals_after_lead_article`).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Eight Mile Style asserts", [0])
    >>> reads_as_body(toks, 0, 3, ["eight", "mile", "style"])
    True
    """
    body = names_organisation(toks, a, b, words) or borders_name(toks, a, b)
    body = body or periodical_outlet(toks, a, b) or numbered_name_start(toks, a, b)
    body = body or place_opened_body(toks, a, b)  # "Canada Post said"
    body = body or city_of_place(toks, a, b)  # "the City of Cape Town said"
    lead_capitals = b - a == 1 and capitals_after_lead_article(toks, a)
    return body and not titled_person_run(toks, a, b) and not lead_capitals
