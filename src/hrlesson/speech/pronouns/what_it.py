"""An "it" in "what it called" speaks for the subject of the verb whose object holds it:
'The UN's mission in the country, MONUSCO, condemned what it described as "the hostile acts
of M23"' is MONUSCO; 'Lime, which lost its Minneapolis license last year ..., blamed the city
for what it called "a lack of accountability"' is Lime, not a body named sentences before."""

from __future__ import annotations

from ...inflection import IRREGULAR_PASTS
from ..records import Actor
from ..tokens import Token

#: The evidence for a pronoun resolved by :func:`what_it_subject`.
WHAT_IT_SUBJECT = 'the subject of the verb whose object is "what it" says'

#: The most words between that verb and "what" ("criticized the Russian test as another
#: example of what it said was").
MAX_OBJECT_WORDS = 10


def names_own_clause(words: list[Token]) -> bool:
    """The words between a reporting verb and "what" hold a verb of their own, so "what"
    is in a clause with its own subject ("said the city made what it called"): a past
    form, or a modal or "to" before a verb.

    >>> from ..tokens import tokenize
    >>> names_own_clause(tokenize("the city made", [0]))
    True
    >>> names_own_clause(tokenize("the Russian test as another example of", [0]))
    False
    """
    for w in words:
        low = w.lower
        if low in IRREGULAR_PASTS or low in ("to", "will", "would", "may", "could", "that"):
            return True
        if low.endswith("ed") and w.text.islower() and len(low) > 4:
            return True
    return False


def what_it_subject(resolver, t: Token, ok) -> Actor | None:
    """The subject of the reporting verb that the "it" at ``t`` in "what it <cue>" closes
    the object of, in the same sentence, up to :data:`MAX_OBJECT_WORDS` words after that
    verb and with no verb of another clause between (:func:`names_own_clause`), when it
    is a body or group ``ok`` accepts or a name written as such: ``The State Department
    criticized the Russian test as another example of what it said was Russia's
    "dangerous and irresponsible behavior"``: the State Department.
    ``resolver`` is a :class:`PronounResolver`."""
    toks = resolver.tokens
    k = resolver.index.token_index(t.start)
    if t.lower != "it" or k < 1 or k + 1 >= len(toks) or toks[k - 1].lower != "what":
        return None
    if not resolver.cues_in(toks[k + 1].start, toks[k + 1].end):
        return None
    s_start = resolver.sentences[t.sent][3]
    before = [c for c in resolver.cues_in(s_start, toks[k - 1].start) if c.subject is not None]
    if not before:
        return None
    cue = before[-1]
    between = toks[cue.tok + 1 : k - 1]
    if len(between) > MAX_OBJECT_WORDS or names_own_clause(between):
        return None
    if any(resolver.quote_at(w.start) is not None for w in between):
        return None
    ref = cue.subject
    if ref.actor is None or not ok(ref.actor):
        return None
    return ref.actor
