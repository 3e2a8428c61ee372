"""A pronoun's word written as a family name: the Chinese surname He after a given name.

News text writes Chinese names given name first for people it meets abroad ('"Q", says
Jiangchuan He, who comes from the area surrounding Shanghai'): "He" there, capitalised right
after a capitalised word of the same phrase, closes the name and is no pronoun; a "He" that
opens its sentence or phrase ('"Q," he said. He said ...') stays one.
"""

from __future__ import annotations

from ..tokens import Token

#: Pronouns that are also family names when written with a capital inside a name.
_SURNAME_PRONOUNS = frozenset(["He"])


def surname_pronoun(words: list[Token], i: int) -> bool:
    """``words[i]`` is a capitalised "He" right after a capitalised word of the same phrase
    and sentence, one space between: the surname closing a name, not a pronoun.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("says Jiangchuan He, who", [0])
    >>> surname_pronoun(toks[1:3], 1)
    True
    >>> toks = tokenize("He said", [0])
    >>> surname_pronoun(toks, 0)
    False
    """
    t = words[i]
    if t.text not in _SURNAME_PRONOUNS or i == 0:
        return False
    before = words[i - 1]
    return (
        before.sent == t.sent
        and before.text[:1].isupper()
        and before.text.isalpha()
        and t.start - before.end == 1
    )
