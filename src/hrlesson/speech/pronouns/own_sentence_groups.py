"""A "they" that points back to a bare plural group earlier in its own sentence, which names
no one before it: ``Scientists recently took to the skies ..., where they confirmed "Q"``
(the scientists), ``with police launching an investigation into what they describe as a
"deliberate" act`` (police: the force the article names)."""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import DETERMINERS, GROUP_NOUNS
from .plural import described_group, is_verb, plural_head

#: The evidence for a "they" placed by :func:`own_sentence_group`.
OWN_SENTENCE_GROUP = "the bare plural group earlier in its own sentence"


def bare_group_at(words: list[Token], k: int) -> bool:
    """``words[k]`` is a bare plural noun for people or a group, opening a clause as its
    subject: no determiner or other word of its phrase before it (the sentence's first
    word, or after a comma or "with"), and a verb or an "-ing" form after it.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("The camera broke, with police launching an inquiry", [0])
    >>> [bare_group_at(toks, k) for k in range(len(toks))].index(True)
    5
    >>> bare_group_at(tokenize("Scientists recently took", [0]), 0)
    True
    >>> bare_group_at(tokenize("The scientists took", [0]), 1)
    False
    """
    w = words[k]
    if not w.text.isalpha() or (k and not w.text.islower()):
        return False
    if not (plural_head(w.lower) or w.lower in GROUP_NOUNS) or w.lower in DETERMINERS:
        return False
    if k and words[k - 1].text != "," and words[k - 1].lower != "with":
        return False
    if k + 1 >= len(words):
        return False
    nxt = words[k + 1]
    return nxt.text.islower() and (is_verb(nxt) or nxt.lower.endswith(("ing", "ly", "ed")))


def own_sentence_group(resolver, t: Token):
    """The group "they" at ``t`` is when its own sentence, naming no one before it, opens a
    clause with a bare plural group (:func:`bare_group_at`): the last such noun before
    the pronoun, as the group named for it (a body the article names, for "police") or a
    new group ("Scientists"); None otherwise. ``resolver`` is a :class:`PronounResolver`."""
    if t.lower != "they":
        return None
    start = resolver.sentences[resolver.sent_of(t.start)][3]
    if any(not m.in_quote for m in resolver.index.mentions_in(start, t.start)):
        return None  # someone named before it in its sentence: the ordinary rules' business
    words = resolver.toks_between(start, t.start)
    k = next((k for k in reversed(range(len(words))) if bare_group_at(words, k)), None)
    if k is None:
        return None
    w = words[k]
    if w.lower in GROUP_NOUNS and not plural_head(w.lower):
        ref = resolver.resolve_span(w.start, w.end, w.start)  # "police": the force named
        return ref.actor if ref is not None else None
    return described_group(resolver, [w])
