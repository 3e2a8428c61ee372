"""The speaker of a reporting verb, for a later "he" or "she": the person named right before
the verb, when the subject finder gave the verb to another (it read the title before the name
as that other person's description).

``Deputy Vice Chancellor (Research) Professor Ned Pankhurst said the grants were ... "Q," he
said``: "he" is Pankhurst, not the Vice Chancellor named before; ``HarperCollins president and
c.e.o. Brian Murray said ... He said: "Q"``: Murray, not a chief executive named later; a name
set off by commas after the description counts (``The Director of Consumer affairs at AA
Ireland, Conor Faughnan, says ... "Q," he said``: Faughnan, not the body the description names).
"""

from __future__ import annotations

import bisect

from ..records import Actor
from ..vocabulary import PREPOSITIONS


def named_cue_subject(resolver, pos: int, actor: Actor) -> tuple[int, Actor]:
    """The speaker of the cue at ``pos`` as the timeline of the :class:`PronounResolver`
    ``resolver`` has it (``actor``, a person), unless another person's name ends right before
    that cue, neither an owner ("X's") nor after a preposition: then (its start, that person).
    """
    index, tokens = resolver.index, resolver.tokens
    k = bisect.bisect_left(index.mention_starts, pos) - 1
    if k < 0 or actor.kind != "person":
        return pos, actor
    m = index.mentions[k]
    if m.actor is actor or m.actor.kind != "person" or m.in_quote:
        return pos, actor
    a, b = index.token_index(m.start), index.token_index(m.end)
    if b < len(tokens) and apposed_before_cue(tokens, a, b, pos):
        return m.start, m.actor
    if b >= len(tokens) or tokens[b].start != pos or tokens[b - 1].poss:
        return pos, actor
    if a >= 1 and tokens[a - 1].lower in PREPOSITIONS:
        return pos, actor
    return m.start, m.actor


def apposed_before_cue(tokens: list, a: int, b: int, pos: int) -> bool:
    """The name of ``tokens[a:b]`` stands between two commas right before the cue at offset
    ``pos``, in the sentence it shares with them: the apposed name of the verb's subject
    (``The Director of Consumer affairs at AA Ireland, Conor Faughnan, says``).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("The head of X Group, Ann Lee, says it is late.", [0])
    >>> apposed_before_cue(toks, 6, 8, toks[9].start)
    True
    >>> apposed_before_cue(toks, 6, 8, toks[10].start)
    False
    """
    if a < 1 or b + 1 >= len(tokens) or tokens[b + 1].start != pos:
        return False
    if tokens[a - 1].text != "," or tokens[b].text != "," or tokens[b - 1].poss:
        return False
    return tokens[a - 1].sent == tokens[b + 1].sent
