"""A regulator described, not named: "the financial services regulator said" is the one
regulating body the article names ("the U.K.'s Financial Conduct Authority")."""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..records import Actor, sole_actor

#: Nouns that describe a regulating body: data/words/regulator_nouns.txt.
REGULATOR_NOUNS = word_set("regulator_nouns")

#: Words in the names of regulating bodies: data/words/regulator_name_words.txt.
REGULATOR_NAME_WORDS = word_set("regulator_name_words")

#: The evidence for a speaker placed by :func:`regulating_body`.
REGULATING_BODY = "the one regulating body the article names"

_NOUN_BEFORE = re.compile(r"\b(?i:" + "|".join(sorted(REGULATOR_NOUNS)) + r")\s+$")


def regulates(text: str, mention) -> bool:
    """The body of ``mention`` is a regulator: its name has a regulator's word, capitalised
    ("Financial Conduct Authority", not "the Trump administration"), or a regulator noun
    introduces it ("communications watchdog Roskomnadzor").

    >>> m = type("M", (), {"actor": Actor("organisation", "Roskomnadzor"), "start": 33})()
    >>> regulates("Russia's communications watchdog Roskomnadzor said", m)
    True
    >>> m.actor = Actor("organisation", "Twitter")
    >>> regulates("the social network Twitter said", m)
    False
    >>> m.actor = Actor("group", "Trump administration")
    >>> regulates("the Trump administration said", m)
    False
    """
    words = {w.lower() for w in mention.actor.name.split() if w[:1].isupper()}
    return bool(words & REGULATOR_NAME_WORDS) or bool(
        _NOUN_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
    )


def regulating_body(index, text: str, content: list[str], start: int) -> Actor | None:
    """``the U.K.'s Financial Conduct Authority ... "Q," the financial services regulator
    said``: a description whose head (``content[-1]``) is a regulator noun is the one
    regulating body (:func:`regulates`) named outside quotations before ``start``, or, for
    a headline's "top UK regulator warns", the one named after it; None when there are
    none or two. ``index`` is the article's actor index.
    """
    if not content or content[-1] not in REGULATOR_NOUNS:
        return None
    bodies = [
        m
        for m in index.mentions
        if not m.in_quote and m.actor.kind == "organisation" and regulates(text, m)
    ]
    before = [m.actor for m in bodies if m.end <= start]
    return sole_actor(before or [m.actor for m in bodies if m.start >= start])
