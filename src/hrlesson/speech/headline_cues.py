"""Reporting verbs in title-case headlines: "Iran Rejects UN Chief’s “Biased” Report".

A headline in title case capitalises its verb, so the rule that a capitalised cue form inside
a sentence is a name ("the Human Rights Report") does not hold there. A capitalised cue form
is a verb in a title or heading when a capitalised subject (or an adverb after one) stands
right before it, a capitalised word or a quotation mark right after it, and a quotation
follows later in the headline.
"""

from __future__ import annotations

from .records import Cue
from .tokens import Token
from .vocabulary import DETERMINERS, PREPOSITIONS

#: Sentence kinds whose words are in title case.
HEADLINE_KINDS = ("title", "heading")

#: Opening quotation marks.
_OPENERS = "\"“‘'«"
#: Closing quotation marks.
_CLOSERS = "\"”’'»"


def headline_verb(tokens: list[Token], ti: int, forms: dict[str, str]) -> bool:
    """``tokens[ti]`` is a capitalised reporting verb (a key of ``forms``) of a title-case
    headline (the caller checks the sentence kind).

    >>> from .tokens import tokenize
    >>> toks = tokenize("Delegates Broadly Condemn Russia’s ‘Dangerous Rhetoric’", [0])
    >>> headline_verb(toks, 2, {"condemn": "condemn"})
    True
    >>> toks = tokenize("UN Report Says Abuses ‘Widespread’", [0])
    >>> headline_verb(toks, 1, {"report": "report", "says": "say"})
    False
    """
    tok = tokens[ti]
    words = [t for t in tokens if t.sent == tok.sent]
    k = words.index(tok)
    if after_quotation(words, k, forms):
        return True
    before = [t for t in words[:k] if t.text[0].isalnum()]
    if not before or not tok.text[:1].isupper() or tok.lower not in forms:
        return False
    prev = before[-1]
    if prev.lower.endswith("ly") and len(before) > 1:
        prev = before[-2]  # "Delegates Broadly Condemn"
    after = words[k + 1 :]
    if not after or not prev.text[:1].isupper() or prev.lower in DETERMINERS:
        return False
    nxt = after[0]
    if nxt.lower in forms or prev.lower in PREPOSITIONS:
        return False  # "UN Report Says": the noun before the verb
    opens = nxt.text[:1].isupper() or nxt.text in _OPENERS
    return opens and any(t.text in _OPENERS for t in after)


def after_quotation(words: list[Token], k: int, forms: dict[str, str]) -> bool:
    """``words[k]``, a capitalised reporting verb, follows the headline's quotation right
    after its closing mark and a capitalised name follows it: the inverted frame
    ``'We Are Afraid Again,' Says Junior Yanomami about ...``.

    >>> from .tokens import tokenize
    >>> toks = tokenize("'We Are Afraid Again,' Says Junior Yanomami", [0])
    >>> after_quotation(toks, 7, {"says": "say"})
    True
    >>> toks = tokenize("'Landmark' Report Says Pay Is Low", [0])
    >>> after_quotation(toks, 4, {"says": "say"})
    False
    """
    tok = words[k]
    if k == 0 or k + 1 >= len(words) or not tok.text[:1].isupper() or tok.lower not in forms:
        return False
    return words[k - 1].text in _CLOSERS and words[k + 1].text[:1].isupper()


def cue_in_signature(cues: list[Cue], start: int, end: int) -> Cue | None:
    """The reporting verb inside a headline's signature ``text[start:end]`` ("'Q': says OPEC
    secretary general"): the quotation's cue, as a verb before it would be.

    >>> says = Cue(31, 35, "says", "say", 0, 6)
    >>> cue_in_signature([says], 31, 60) is says, cue_in_signature([says], 36, 60)
    (True, None)
    """
    return next((c for c in cues if start <= c.start < end and c.lemma), None)
