"""A name met in passing is no pronoun's antecedent (part of pronoun resolution).

When neither a subject nor a speaker fits a pronoun, the resolver falls back on the last
name before it. News text names many bodies in passing, and a later "it" or "they" does
not go back to them:

- a name that modifies the noun after it: ``During a Facebook livestream, Fain ...``,
  ``the U.S. mediation board``: the noun is what the phrase names, not the body;
- a name that heads the relative clause the pronoun stands in: ``Landlords are boycotting
  B&Q over their support for homeless charity Shelter, which they say is taking part``:
  "they" are the landlords, and "which" is Shelter;
- a news outlet, named as a relay or as the one spoken to: ``CBS affiliate WTTV-TV
  reports``, ``told The Indianapolis Star``: a later ``"Q," it said`` is not the outlet.

:func:`named_in_passing` tells such a name.
"""

from __future__ import annotations

from ...inflection import verb_forms
from ...wordlists import word_table
from ..cues import CUE_FORMS
from ..records import Actor
from ..relays import is_outlet
from ..tokens import Token
from ..vocabulary import (
    ADVERBS,
    AUXILIARIES,
    COMMON_VERBS,
    CONJUNCTIONS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    is_head_word,
)

#: The evidence for a pronoun resolved past a name met in passing.
PASSED_OVER = "past a name met in passing (a noun's modifier, the head of the pronoun's relative clause, a news outlet)"

#: Lower-case words after a name that are no noun it modifies.
_NOT_NOUNS = (
    ADVERBS
    | AUXILIARIES
    | COMMON_VERBS
    | CONJUNCTIONS
    | PREPOSITIONS
    | RELATIVE_PRONOUNS
    | frozenset(PRONOUNS)
    | frozenset(CUE_FORMS)
    | frozenset(f for row in word_table("irregular_verbs") for f in verb_forms(row["verb"]))
)


def modifies_next_noun(tokens: list[Token], first: int, last: int) -> bool:
    """The name over tokens ``first``..``last`` stands between a determiner and a lower-case
    noun it modifies: ``During a Facebook livestream``, ``the U.S. mediation board``. Not
    an owner (``the Government's latest consultation``: the resolver reads owners), nor a
    title or group noun, whose holder speaks for the body (``A Downing Street spokesperson
    said``), nor a verb (``students from the Fees Must Fall Movement came``).

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("During a Facebook livestream Wednesday, Fain informed members.", [0])
    >>> modifies_next_noun(toks, 2, 2)
    True
    >>> toks = tokenize("The union said the FAA approved the plan.", [0])
    >>> modifies_next_noun(toks, 4, 4)
    False
    >>> toks = tokenize("A Downing Street spokesperson said.", [0])
    >>> modifies_next_noun(toks, 1, 2)
    False
    """
    if first < 1 or last + 1 >= len(tokens) or tokens[last].poss:
        return False
    before, after = tokens[first - 1], tokens[last + 1]
    if before.lower not in DETERMINERS or after.sent != tokens[last].sent:
        return False
    word = after.text
    if not (word.isalpha() and word.islower()) or word in _NOT_NOUNS or is_head_word(word):
        return False
    return not word.endswith(("ed", "s", "ly"))


def heads_relative(tokens: list[Token], last: int, pronoun: int) -> bool:
    """The name ending at token ``last`` heads the relative clause whose subject is the
    pronoun at token ``pronoun``: ``homeless charity Shelter, which they say is``: "which"
    is Shelter, so "they" is someone else.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("They back homeless charity Shelter, which they say is biased.", [0])
    >>> heads_relative(toks, 4, 7)
    True
    >>> toks = tokenize("They warned Shelter that they would act.", [0])
    >>> heads_relative(toks, 2, 4)
    False
    """
    between = [t.lower for t in tokens[last + 1 : pronoun] if t.text != ","]
    return len(between) == 1 and between[0] in ("which", "who", "whom")


def named_in_passing(
    tokens: list[Token], first: int, last: int, pronoun: int, actor: Actor
) -> bool:
    """The name of ``actor`` over tokens ``first``..``last`` is met in passing for the
    pronoun at token ``pronoun`` (see the module's docstring): it modifies the noun after
    it, heads the pronoun's relative clause, or is a news outlet."""
    return (
        is_outlet(actor)
        or modifies_next_noun(tokens, first, last)
        or heads_relative(tokens, last, pronoun)
    )


def passed_over(index, tokens: list[Token], m, pronoun: Token | None, noted: set[int]) -> bool:
    """For a ``pronoun`` (not a description), the mention ``m`` is met in passing (see
    :func:`named_in_passing`): the resolver's last resort passes over it, and the pronoun's
    start goes into ``noted`` (the resolver's record, for the evidence). ``index`` is the
    article's :class:`ActorIndex`, ``tokens`` its tokens."""
    if pronoun is None:
        return False
    first, last = index.token_index(m.start), index.token_index(m.end) - 1
    if not named_in_passing(tokens, first, last, index.token_index(pronoun.start), m.actor):
        return False
    noted.add(pronoun.start)
    return True
