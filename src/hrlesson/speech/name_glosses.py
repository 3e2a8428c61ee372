"""A gloss in brackets inside a titled name: the bracket does not end the name.

News English puts a body's acronym or a title's portfolio in brackets and goes on with
the title and the person's name: "according to U.S. Consumer Product Safety Commission
(CPSC) Chairman Hal Stratton" (page toy_safety_recalled_products_stratton_claimsjournal),
"said Superintendent of Police (SP) Vikas Kumar" (balrampur_illegal_felling_forest_ranger_
arrested_newsdrum), "Deputy Vice Chancellor (Research) Professor Ned Pankhurst said"
(arc_research_grants_oconnor_griffith_eurekalert). The speaker is the person the
whole phrase ends with, not the body or the title before the bracket; the bracket and the
words in it are read past as a gloss.
"""

from __future__ import annotations

from .tokens import Token

#: The most words a gloss in brackets holds ("(World Health Organization)").
GLOSS_WORDS = 4


def gloss_end(toks: list[Token], n: int) -> int | None:
    """Where a gloss in brackets that opens at ``toks[n]`` ("(") ends: the index of the
    token after its ")", when a capitalised word stands right before the bracket and right
    after it, and the bracket holds one to four capitalised words (or an acronym) only;
    else None.

    >>> from .tokens import tokenize
    >>> toks = tokenize("Safety Commission (CPSC) Chairman Hal Stratton", [0])
    >>> gloss_end(toks, 2)
    5
    >>> gloss_end(tokenize("the Commission (CPSC) has ruled", [0]), 2) is None
    True
    >>> gloss_end(tokenize("Chancellor (research and teaching) Ned", [0]), 1) is None
    True
    """
    if n == 0 or toks[n].text != "(" or not toks[n - 1].cap:
        return None
    close = next(
        (k for k in range(n + 1, min(n + GLOSS_WORDS + 2, len(toks))) if toks[k].text == ")"), None
    )
    if close is None or close == n + 1 or close + 1 >= len(toks):
        return None
    inside = toks[n + 1 : close]
    if not all(t.text[0].isalnum() and t.cap for t in inside):
        return None
    after = toks[close + 1]
    return close + 1 if after.cap and after.text[0].isalpha() else None


def without_name_glosses(toks: list[Token]) -> list[Token]:
    """``toks`` without the glosses in brackets inside a titled name (:func:`gloss_end`),
    brackets and all.

    >>> from .tokens import tokenize
    >>> s = "Deputy Vice Chancellor (Research) Professor Ned Pankhurst"
    >>> " ".join(t.text for t in without_name_glosses(tokenize(s, [0])))
    'Deputy Vice Chancellor Professor Ned Pankhurst'
    >>> s = "Superintendent of Police (SP) Vikas Kumar, adding"
    >>> " ".join(t.text for t in without_name_glosses(tokenize(s, [0])))
    'Superintendent of Police Vikas Kumar , adding'
    """
    if not any(t.text == "(" for t in toks):
        return toks
    kept: list[Token] = []
    n = 0
    while n < len(toks):
        end = gloss_end(toks, n) if toks[n].text == "(" else None
        if end is None:
            kept.append(toks[n])
            n += 1
        else:
            n = end
    return kept


def name_words(toks: list[Token]) -> list[Token]:
    """The words of ``toks`` (no punctuation), a gloss inside a titled name left out.

    >>> from .tokens import tokenize
    >>> s = "U.S. Consumer Product Safety Commission (CPSC) Chairman Hal Stratton"
    >>> [t.text for t in name_words(tokenize(s, [0]))][-4:]
    ['Commission', 'Chairman', 'Hal', 'Stratton']
    """
    return [t for t in without_name_glosses(toks) if t.text[0].isalnum()]
