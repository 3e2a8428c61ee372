"""A word the text glosses is no speech: 'What he means by "this" is a roller coaster of sea
ice extent' names the word he used; it does not quote him again."""

from __future__ import annotations

import re

#: "means by", "meant by", "mean by" right before the opening mark (with an optional "the
#: word" or "the term" between).
_GLOSS = re.compile(
    r"\b(?:mean|means|meant)\s+by\s+(?:the\s+(?:word|term|phrase)\s+)?$", re.IGNORECASE
)


def glossed_word(text: str, open_mark: int) -> bool:
    """The quotation whose opening mark stands at ``open_mark`` is the word a gloss explains
    ("what he means by "this"").

    >>> text = 'What he means by "this" is a roller coaster.'
    >>> glossed_word(text, text.index('"'))
    True
    >>> text = 'He was accused by "the regime" of lying.'
    >>> glossed_word(text, text.index('"'))
    False
    """
    return _GLOSS.search(text[max(0, open_mark - 40) : open_mark]) is not None
