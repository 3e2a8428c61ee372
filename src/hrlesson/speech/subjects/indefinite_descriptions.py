"""An unnamed speaker brought in by "a"/"an"/"one" and lower-case words in a closing frame,
after the quotation's closing comma and right before the reporting verb: '"Q," a netizen said on Sina Weibo', '"Q," one former resident’s widow told
WPBN-TV', '"Q," one of the opinions said'. News writing brings in a new, unnamed voice so;
when no word list knows its noun, no other subject rule reads it, and the ranker then gave
the quotation to whoever spoke near it. The indefinite article says the speaker is someone
not met before: the description, as written, speaks.
"""

from __future__ import annotations

import re

from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import DETERMINERS, DOCUMENT_NOUNS, PREPOSITIONS

#: The most lower-case words after the opener ("one former resident’s widow").
_MAX_WORDS = 4

#: Words that bring in someone new.
_OPENERS = frozenset({"a", "an", "one"})

#: The determiners of the group a partitive "one of the ..." counts from.
_PARTITIVE_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our"})

#: A quotation closed with a comma (or "?"/"!") right before the subject: '"Q," a netizen'.
_CLOSED_QUOTE_BEFORE = re.compile(r"[,?!][”\"’']\s*$|[”\"’'],\s*$")
#: A finite verb right after the subject, no participle ("a sign reading", "a clause calling").
_FINITE_AFTER = re.compile(r"\s+(?:also\s+)?[a-z]+(?<!ing)\b")

#: The rule, for the evidence column.
INDEFINITE_DESCRIPTION = "an unnamed speaker the article brings in with an indefinite description"


def _lower_word(t: Token) -> bool:
    """A lower-case word of letters, hyphens and apostrophes ("former", "resident’s"), no
    preposition or determiner ("a man in the crowd" is for the postmodifier rules)."""
    word = t.text.replace("-", "").replace("’", "").replace("'", "")
    closed = t.lower in PREPOSITIONS or t.lower in DETERMINERS
    return word.isalpha() and t.text.islower() and not closed


def indefinite_description_words(words: list[Token]) -> bool:
    """Are the subject ``words`` "a"/"an"/"one" and one to four lower-case words, the last
    no possessive and no document's noun, or "one of" a determiner and a lower-case plural?

    >>> from ..tokens import tokenize
    >>> def ok(s):
    ...     return indefinite_description_words(tokenize(s, [0]))
    >>> ok("a netizen"), ok("one former resident’s widow"), ok("one of the opinions")
    (True, True, True)
    >>> ok("a statement"), ok("a Geneva lawyer"), ok("the museum"), ok("a man in the crowd")
    (False, False, False, False)
    """
    if len(words) < 2 or words[0].lower not in _OPENERS:
        return False
    rest = words[1:]
    if words[0].lower == "one" and rest[0].lower == "of":
        rest = rest[1:]
        if len(rest) != 2 or rest[0].lower not in _PARTITIVE_DETERMINERS:
            return False
        return _lower_word(rest[1]) and rest[1].lower.endswith("s") and not rest[1].poss
    if len(rest) > _MAX_WORDS or not all(_lower_word(t) for t in rest):
        return False
    return not rest[-1].poss and rest[-1].lower not in DOCUMENT_NOUNS


def closing_frame(text: str, words: list[Token]) -> bool:
    """Do the subject ``words`` stand in a closing frame: right after a quotation closed with
    a comma, "?" or "!", and right before a finite verb ('"Q," a netizen said'), not a
    participle ('with a sign reading')?

    >>> from ..tokens import tokenize
    >>> text = '"It was sad," a netizen said.'
    >>> closing_frame(text, tokenize(text, [0])[6:8])
    True
    >>> text = 'protesters with a sign reading "Q"'
    >>> closing_frame(text, tokenize(text, [0])[2:4])
    False
    """
    before = text[max(0, words[0].start - 3) : words[0].start]
    return bool(_CLOSED_QUOTE_BEFORE.search(before)) and bool(
        _FINITE_AFTER.match(text, words[-1].end)
    )


def indefinite_description(text: str, words: list[Token]) -> SpeakerRef | None:
    """The unnamed speaker the subject ``words`` bring in (:func:`indefinite_description_words`),
    labelled as written, its opener in lower case ('"Q," a netizen said': "a netizen");
    None for any other subject.

    >>> from ..tokens import tokenize
    >>> text = '"It is sad," one former resident’s widow told WPBN-TV.'
    >>> indefinite_description(text, tokenize(text, [0])[6:10]).label
    'one former resident’s widow'
    """
    if not indefinite_description_words(words) or not closing_frame(text, words):
        return None
    label = words[0].lower + text[words[0].end : words[-1].end]
    return SpeakerRef(None, label, words[0].start, words[-1].end, True, INDEFINITE_DESCRIPTION)
