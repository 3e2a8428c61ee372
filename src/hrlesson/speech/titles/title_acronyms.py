"""A title's acronym given in brackets between the title and its holder's name stands for
the holder: "said Superintendent of Police (SP) Vikas Kumar" ... "said the SP"."""

from __future__ import annotations

import re

from ..records import Actor
from ..vocabulary import TITLE_HEADS

_LINKS = ("of", "for", "and", "the")


def title_holder(index, bracket: re.Match) -> Actor | None:
    """The person named right after ``bracket`` (an acronym in brackets in the text of
    ``index``, an actor index) when the acronym
    spells the capitalised title written right before it, a title head among its words:
    "Superintendent of Police (SP) Vikas Kumar" → Vikas Kumar, so that "the SP" later is
    that person, not the body "Police" inside the title.

    >>> from types import SimpleNamespace as NS
    >>> s = "said Superintendent of Police (SP) Vikas Kumar, adding"
    >>> m = NS(start=35, end=46, actor=NS(kind="person"))
    >>> title_holder(NS(text=s, mentions=[m]), re.search(r"\\((SP)\\)", s)) is m.actor
    True
    >>> s = "the Socialist Party (SP) Vikas Kumar"
    >>> m = NS(start=25, end=36, actor=NS(kind="person"))
    >>> title_holder(NS(text=s, mentions=[m]), re.search(r"\\((SP)\\)", s)) is None
    True
    """
    text, mentions = index.text, index.mentions
    after = bracket.end() + 1
    if text[bracket.end() : after] != " ":
        return None
    holder = next((x for x in mentions if x.start == after and x.actor.kind == "person"), None)
    if holder is None:
        return None
    words = text[max(0, bracket.start() - 80) : bracket.start()].split()
    title: list[str] = []
    for w in reversed(words):
        if not (w[:1].isupper() or w in _LINKS):
            break
        title.insert(0, w)
    while title and title[0] in _LINKS:
        title.pop(0)
    initials = "".join(w[0] for w in title if w[:1].isupper())
    spelled = initials.endswith(bracket.group(1).upper()) and len(initials) >= 2
    titled = any(w.lower() in TITLE_HEADS for w in title)
    return holder.actor if spelled and titled else None
