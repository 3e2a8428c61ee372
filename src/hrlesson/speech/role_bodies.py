"""A description with a body's name picks, among later persons, one whose role names that body.

Headline ``Yellen's 'crucial' role ... shows 'multilateralism is back,' EU official says``
and then "Treasury Secretary Janet Yellen ..." and "Paolo Gentiloni, the European Union
commissioner for economy, said ...": the EU official is the one whose role is the EU's, not
the first person named. :func:`of_named_body` keeps those persons when there are any, named as a subject or not
("Per Italy's Reppublica, Paolo Gentiloni, ..., said").
"""

from __future__ import annotations

import re

from .named_later import GENERIC_TITLES
from .records import Actor
from .vocabulary import is_national, same_body


def role_names_body(role: str | None, aff: str) -> bool:
    """``role`` names the body ``aff``: its name, or a run of capitalised words whose
    initials spell it ("European Union commissioner" for "EU").

    >>> role_names_body("European Union commissioner", "EU")
    True
    >>> role_names_body("Treasury Secretary", "EU"), role_names_body(None, "EU")
    (False, False)
    >>> role_names_body("WHO Director-General", "WHO")
    True
    """
    if not role:
        return False
    if re.search(rf"(?<!\w){re.escape(aff)}(?!\w)", role):
        return True
    words = re.findall(r"[A-Za-z][\w’'-]*", role)
    for i in range(len(words)):
        run = []
        for w in words[i:]:
            if not w[0].isupper():
                break
            run.append(w)
            if same_body(" ".join(run), aff):
                return True
    return False


def of_named_body(later: list, head: str, aff: str | None, named: list) -> list:
    """For a generic title ``head`` ("official", "diplomat"; a post such as "envoy" is
    matched by its holder's role elsewhere), the person mentions of ``later`` (or, when none
    of them, of ``named``: every person named outside quotations after the description)
    whose role or affiliation names the supranational body ``aff`` ("EU", "UN"); ``later``
    itself when nobody's does. A country's description is matched by affiliation
    elsewhere."""
    if aff is None or is_national(aff) or head not in GENERIC_TITLES:
        return later

    def names(a: Actor) -> bool:
        return same_body(a.affiliation, aff) or role_names_body(a.role, aff)

    return (
        [m for m in later if names(m.actor)]
        or [m for m in named if m.actor.kind == "person" and not m.in_quote and names(m.actor)]
        or later
    )
