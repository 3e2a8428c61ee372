"""A speaker known only as "the owner" is the one person the text gives that role in
apposition after the name: "The owner of a Limerick hair salon has vowed ..." ... "said
Niall Colgan, owner of Niall Colgan Hairdressing in Limerick" (data/words/business_roles.txt)."""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..actor_index import ActorIndex
from ..records import Actor

#: Nouns of the one who owns or keeps a business: data/words/business_roles.txt.
BUSINESS_ROLES = word_set("business_roles")

#: The evidence for a speaker placed by :func:`role_apposed_later`.
APPOSED_ROLE = "the one person the text names later with that role in apposition"

_THE_NOUN = re.compile(r"(?i)the\s+([a-z]+)")


def role_apposed_later(text: str, index: ActorIndex, label: str, after: int) -> Actor | None:
    """The one person named after ``after`` (outside quotations) with the business role of
    ``label`` ("the owner") set off by a comma right after the name, "the" or no article
    before it: ``"The owner of the sports bar said ..."`` ... ``"John Parker, owner and
    director of the Summerfield Terrace watering hole, announced"``: John Parker. None
    when no one or two people are so named.

    >>> from hrlesson.article import article_from_text
    >>> t = "The owner said so. Later, John Parker, owner of the bar, spoke."
    >>> index = ActorIndex(article_from_text(t, date="2024-01-05"), [])
    >>> role_apposed_later(t, index, "the owner", 10).name
    'John Parker'
    >>> role_apposed_later(t, index, "the manager", 10) is None
    True
    """
    m = _THE_NOUN.fullmatch(label.strip())
    if m is None or m.group(1).lower() not in BUSINESS_ROLES:
        return None
    apposed = re.compile(r",\s+(?:the\s+)?" + m.group(1).lower() + r"\b", re.IGNORECASE)
    found = {
        id(n.actor): n.actor
        for n in index.mentions_in(after, len(text))
        if n.actor.kind == "person" and not n.in_quote and apposed.match(text, n.end)
    }
    return next(iter(found.values())) if len(found) == 1 else None
