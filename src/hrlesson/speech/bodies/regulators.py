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


#: The evidence for a speaker placed by :func:`regulator_named_after`.
REGULATOR_NAMED_AFTER = "the body named right after its regulator noun"


def regulator_named_after(index, text: str, content: list[str], end: int) -> Actor | None:
    """``State-run regulator Uganda Broadcast Council said``: a description whose head
    (``content[-1]``) is a regulator noun, ending at ``end``, right before a body's name
    (one space between, the name outside quotations) is that body, the name the noun
    introduces; not the one regulating body named elsewhere ("media watchdog Committee to
    Protect Journalists"). ``index`` is the article's actor index.

    >>> council = Actor("organisation", "Uganda Broadcast Council")
    >>> m = type("M", (), {"actor": council, "in_quote": False})()
    >>> index = type("I", (), {"mention_starting": lambda self, pos: m if pos == 20 else None})()
    >>> text = "State-run regulator Uganda Broadcast Council said"
    >>> regulator_named_after(index, text, ["regulator"], 19).name
    'Uganda Broadcast Council'
    >>> regulator_named_after(index, text, ["council"], 19) is None
    True
    """
    if not content or content[-1] not in REGULATOR_NOUNS or text[end : end + 1] != " ":
        return None
    m = index.mention_starting(end + 1)
    if m is None or m.in_quote or m.actor.kind not in ("organisation", "group"):
        return None
    return m.actor


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
    actor = sole_actor(before or [m.actor for m in bodies if m.start >= start])
    if actor is not None and modifiers_name_another(index, text, content[-1], start, actor):
        return None
    return actor


def modifiers_name_another(index, text: str, noun: str, start: int, regulator: Actor) -> bool:
    """``Britain's Environment Agency`` ... ``water regulator Ofwat`` ... ``"Q," the
    environment watchdog said``: the lower-case words that modify the description's head
    ``noun`` (written from ``start``) are all words of another body named before, none of
    them the regulator's: that body is meant, not the one regulator ("the communications
    watchdog" stays Roskomnadzor, whose name holds no such word, when no other body's name
    does).

    >>> agency, ofwat = Actor("organisation", "Environment Agency"), Actor("organisation", "Ofwat")
    >>> m = type("M", (), {"actor": agency, "start": 0, "end": 18, "in_quote": False})()
    >>> index = type("I", (), {"mentions_in": lambda self, a, b: [m]})()
    >>> modifiers_name_another(index, "the environment watchdog said", "watchdog", 0, ofwat)
    True
    >>> modifiers_name_another(index, "the water watchdog said", "watchdog", 0, ofwat)
    False
    """
    lead = re.match(rf"((?:[a-z][a-z-]*\s+){{1,4}}?){re.escape(noun)}\b", text[start : start + 80])
    mods = set(lead.group(1).split()) - {"the", "a", "an"} if lead else set()
    if not mods or mods & set(regulator.name_tokens):
        return False
    return any(
        m.actor is not regulator
        and m.actor.kind == "organisation"
        and mods <= set(m.actor.name_tokens)
        for m in index.mentions_in(0, start)
        if not m.in_quote
    )
