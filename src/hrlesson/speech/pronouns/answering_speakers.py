"""A speaker who answers in a clause after ", but" leads the sentence for a later pronoun:
``Doocey had revealed the spending had only bought five beds, but Little said that's
incorrect. "Q," he told Breakfast``: "he" is Little, who has the last word, not Doocey, who
opens the sentence."""

from __future__ import annotations

from ..tokens import Token

#: The words that open a main clause answering the one before it.
ANSWERING_WORDS = frozenset(["but"])


def answers_after_but(tokens: list[Token], k: int) -> bool:
    """The subject whose first token is ``tokens[k]`` opens a main clause after a comma and
    "but" (", but Little said"): the speaker answers the one the sentence opens with.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Doocey had revealed it, but Little said that is wrong.", [0])
    >>> answers_after_but(toks, 6), answers_after_but(toks, 0)
    (True, False)
    >>> toks = tokenize("Doocey revealed it but Little said so.", [0])
    >>> answers_after_but(toks, 4)
    False
    """
    if k < 2 or tokens[k - 1].lower not in ANSWERING_WORDS:
        return False
    return tokens[k - 2].text == "," and tokens[k - 2].sent == tokens[k].sent


def speaker_answers(att, pos: int) -> bool:
    """The speaker the :class:`PronounResolver` ``att`` found at ``pos`` (a cue's position,
    or its subject's) :func:`answers_after_but`: it leads its sentence for a later pronoun,
    not the speaker the sentence opens with."""
    cue = att.cue_starting(pos)
    start = cue.subject.start if cue is not None and cue.subject is not None else pos
    return answers_after_but(att.tokens, att.index.token_index(start))
