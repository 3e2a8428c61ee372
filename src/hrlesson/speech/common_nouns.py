"""Common nouns capitalised only because they open a sentence, not names (part of the index)."""

from __future__ import annotations

import re

from .tokens import Token


def capitalised_common_noun(text: str, tokens: list[Token], k: int) -> bool:
    """Token ``k`` is a common noun written with a capital only at the head of its sentence
    (or after a dash or bracket that opens it), the article writing the same word in lower
    case elsewhere: ``(JNS) — Media reports that the court ruled ...`` and later "an
    avalanche of media reports": "Media" is no one's name.

    >>> from .tokens import tokenize
    >>> text = "Media reports are wrong, she said. Other media reports agree."
    >>> capitalised_common_noun(text, tokenize(text, [0, 35]), 0)
    True
    >>> text = "Haley said so. Nikki Haley agreed."
    >>> capitalised_common_noun(text, tokenize(text, [0, 15]), 0)
    False
    """
    tok = tokens[k]
    if not tok.text[0].isupper() or tok.text.isupper():
        return False
    prev = tokens[k - 1] if k else None
    opens = prev is None or prev.sent != tok.sent or prev.text in ("—", "–", "-", ")", ":")
    if not opens:
        return False
    return re.search(rf"(?<![\w'’-]){re.escape(tok.lower)}(?![\w'’-])", text) is not None
