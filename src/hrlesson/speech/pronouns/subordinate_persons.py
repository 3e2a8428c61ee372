"""A person named as the subject of a subordinate clause, in a sentence that a "he" or
"she" leads, is not whom the passage is about: the pronoun that leads the sentence goes on
with an earlier person, and so does the next "he said".

``But apparently, he wasn't too sorry because he brought up the issue again when Rev.
Jesse Jackson attended the trial. "Q," he said``: "he" is the lawyer the paragraphs before
were about, not Jackson, named in the "when" clause.
"""

from __future__ import annotations

import bisect

from ..clause_words import SUBORDINATORS, TEMPORAL_SUBORDINATORS
from ..tokens import Token

_LEADING_PRONOUNS = frozenset(["he", "she"])

#: The evidence of a pronoun that passed over such a person.
SUBORDINATE_PERSON = "over a person named in a clause a pronoun's sentence subordinates"


def in_pronoun_led_clause(tokens: list[Token], k: int) -> bool:
    """The name whose first token is ``tokens[k]`` opens a subordinate clause (after
    "when", "because", "after" ..., with nothing but capitalised words and full stops
    between) in a sentence where a "he" or "she" comes before that subordinator.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("He raised it again when Rev. Jesse Jackson attended the trial.", [0])
    >>> in_pronoun_led_clause(toks, 7)
    True
    >>> toks = tokenize("The issue came up again when Rev. Jesse Jackson attended.", [0])
    >>> in_pronoun_led_clause(toks, 7)
    False
    """
    j = k - 1
    while j >= 0 and tokens[j].sent == tokens[k].sent and (tokens[j].cap or tokens[j].text == "."):
        j -= 1
    if j < 0 or tokens[j].sent != tokens[k].sent:
        return False
    if tokens[j].lower not in SUBORDINATORS and tokens[j].lower not in TEMPORAL_SUBORDINATORS:
        return False
    return any(t.lower in _LEADING_PRONOUNS for t in tokens[:j] if t.sent == tokens[k].sent)


def passed_subordinate(resolver, at: int, ok, actor) -> bool:
    """The last person before ``at`` whom ``ok`` fits is not ``actor`` (the antecedent the
    :class:`PronounResolver` ``resolver`` chose) and was passed over as named in a clause a
    "he" leads (:func:`in_pronoun_led_clause`): for the evidence."""
    index = resolver.index
    k = bisect.bisect_left(index.mention_starts, at)
    last = next((m for m in reversed(index.mentions[:k]) if not m.in_quote and ok(m.actor)), None)
    if last is None or last.actor is actor:
        return False
    return in_pronoun_led_clause(resolver.tokens, index.token_index(last.start))
