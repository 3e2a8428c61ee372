"""A bare title set after a name and a comma is that person's: "Deborah Arnott, chief executive of ASH, said"."""

from __future__ import annotations

from .records import Actor


def person_apposed_before(index, start: int) -> Actor | None:
    """The person named right before ``", "`` and a description without an article at
    ``start``: ``Deborah Arnott, chief executive of the charity
    Action on Smoking and Health (ASH) said`` is Arnott, not the last "chief" met
    before. A description with an article ("X, the minister") is read elsewhere.

    >>> from types import SimpleNamespace
    >>> from hrlesson.speech.records import Mention
    >>> text = "Deborah Arnott, chief executive of ASH said"
    >>> arnott = Actor("person", "Deborah Arnott")
    >>> m = Mention(0, 14, arnott, "name")
    >>> index = SimpleNamespace(text=text, mentions_in=lambda a, b: [m])
    >>> person_apposed_before(index, text.index("chief")).name
    'Deborah Arnott'
    """
    text = index.text
    if start < 3 or text[start - 2 : start] != ", ":
        return None
    if text[start : start + 4].lower().startswith(("the ", "a ", "an ")):
        return None
    for m in index.mentions_in(max(0, start - 80), start):
        if m.end == start - 2 and m.actor.kind == "person" and not m.in_quote:
            return m.actor
    return None


def other_person_named(index, words: list, actor: Actor) -> bool:
    """``words`` (a phrase before a comma) name a person other than ``actor`` (named after
    the comma): ``According to Amorim, President Lula has been informed``: Lula opens the
    clause Amorim reports, he is no apposition of Amorim. ``index`` is an actor index.

    >>> from types import SimpleNamespace
    >>> from hrlesson.speech.records import Mention
    >>> amorim, lula = Actor("person", "Celso Amorim"), Actor("person", "Lula")
    >>> index = SimpleNamespace(mentions_in=lambda a, b: [Mention(13, 19, amorim, "surname")])
    >>> words = [SimpleNamespace(start=13, end=19)]
    >>> other_person_named(index, words, lula), other_person_named(index, words, amorim)
    (True, False)
    """
    if not words:
        return False
    return any(
        m.actor.kind == "person" and m.actor is not actor and m.how in ("name", "surname")
        for m in index.mentions_in(words[0].start, words[-1].end)
    )
