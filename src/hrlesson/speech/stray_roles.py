"""A role read from the words after a name ends where the name's own phrase does: words
after a quotation mark that closes the quote the name ends (``... the entire former Roman
Empire," the spokesman said``) or after a relative phrase (``in the Palau de la
Generalitat, at which the spokesperson affirmed``) describe the next clause's subject,
not the name; read as the name's role, they made a place the holder of "the spokesman"."""

from __future__ import annotations

import re

from .records import Actor

#: A role that opens with a quotation mark, or with a relative word after an optional
#: preposition ("which", "at which", "in whom"): the words of another clause.
_STRAY_ROLE = re.compile(
    r"[\"“”„«»‘’‚‹›']|(?:(?:at|in|on|by|for|from|with|during|after|to)\s+)?(?:which|whom|who)\b",
    re.IGNORECASE,
)


def stray_role(role: str | None) -> bool:
    """``role`` is no role: it opens with a quotation mark or a relative phrase.

    >>> stray_role('" the spokesman'), stray_role("at which the spokesperson")
    (True, True)
    >>> stray_role("spokesperson for the Catalan government"), stray_role(None)
    (False, False)
    >>> stray_role("# KeepItOn Campaign Manager")
    False
    """
    return bool(role) and _STRAY_ROLE.match(role.strip()) is not None


def stray_roles_dropped(actors: list[Actor]) -> None:
    """A person's role that :func:`stray_role` rejects is dropped: ``"Q ... Roman
    Empire," the spokesman said``: "Roman Empire" holds no post of spokesman.

    >>> place = Actor("person", "Roman Empire")
    >>> place.role = '" the spokesman'
    >>> stray_roles_dropped([place]); place.role is None
    True
    """
    for actor in actors:
        if actor.kind == "person" and stray_role(actor.role):
            actor.role = None
