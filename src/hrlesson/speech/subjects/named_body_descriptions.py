"""A body described by a name and a lower-case noun for a body: "The NHS Black Country
integrated care board has warned the public to “avoid going out early”", "The Irish navy,
whose rescue boat Le Niamh was the first on the scene, said it expected “significant loss of
life”". The name (a place, a demonym, an acronym) says whose body it is and the noun what
public body (data/words/public_body_words.txt, state_force_words.txt; not "the Danish
company": a company the article named before, the resolver's part); when the resolver ties the
phrase to no actor, the body speaks as the article writes it, "the" dropped, rather than
a guess of the ranker, which can only pick someone else.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import DETERMINERS, STOP_WORDS

#: Last words of a public body's or a state's own institution ("board", "navy"), never a
#: company's: "the Danish company", "the Crown corporation" are a company named before.
_PUBLIC_BODY_HEADS = word_set("public_body_words") | word_set("state_force_words")

#: The most capitalised words of the name and lower-case words of the noun phrase.
_MAX_NAME_WORDS, _MAX_NOUN_WORDS = 4, 3

#: The rule, for the evidence column.
NAMED_BODY_DESCRIPTION = "a name and a noun for a body, no actor holds it, kept as written"


def named_body_words(words: list[Token]) -> list[Token] | None:
    """The words after "the" when ``words`` are "the", one to four capitalised words and
    one to three lower-case words, the last a noun for a public body; None otherwise.

    >>> from ..tokens import tokenize
    >>> def body(s):
    ...     found = named_body_words(tokenize(s, [0]))
    ...     return found and " ".join(t.text for t in found)
    >>> body("The NHS Black Country integrated care board")
    'NHS Black Country integrated care board'
    >>> body("The Irish navy")
    'Irish navy'
    >>> body("The navy") is None, body("Irish navy") is None, body("The Irish navy chief") is None
    (True, True, True)
    >>> body("The Danish company") is None  # a company named before, the resolver's part
    True
    """
    if len(words) < 3 or words[0].lower != "the":
        return None
    rest = words[1:]
    caps = 0
    while caps < len(rest) and rest[caps].cap:
        caps += 1
    nouns = rest[caps:]
    if not 1 <= caps <= _MAX_NAME_WORDS or not 1 <= len(nouns) <= _MAX_NOUN_WORDS:
        return None
    if any(not w.text.isalpha() or w.lower in STOP_WORDS for w in rest[:caps]):
        return None
    if any(not w.text.islower() or w.lower in DETERMINERS or w.lower in STOP_WORDS for w in nouns):
        return None
    return rest if nouns[-1].lower in _PUBLIC_BODY_HEADS else None


def named_body_description(text: str, words: list[Token]) -> SpeakerRef | None:
    """The body the subject ``words`` describe by a name and a noun for a body
    (:func:`named_body_words`), as written.

    >>> from ..tokens import tokenize
    >>> s = "The Irish navy"
    >>> named_body_description(s, tokenize(s, [0])).label
    'Irish navy'
    """
    found = named_body_words(words)
    if found is None:
        return None
    start, end = found[0].start, found[-1].end
    return SpeakerRef(None, text[start:end], start, end, False, NAMED_BODY_DESCRIPTION)
