"""A word the text glosses is no speech: 'What he means by "this" is a roller coaster of sea
ice extent' names the word he used; it does not quote him again. Nor does a term the writer
explains right after it: 'its bones "articulated" — or, fossilized in the same order',
'he usually hires a "custom cutter," a contracted harvesting team'."""

from __future__ import annotations

import re

from ..cues import CUE_FORMS
from ..vocabulary import WORD_RE

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


#: After a quotation: a dash or bracket and "or" that opens the writer's gloss of it
#: (' — or, fossilized in the same order').
_OR_GLOSS = re.compile(r"[,.\"”’']*\s*(?:—|–|--|\()\s*or\b")

#: Before a quotation: an indefinite article ('hires a ').
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$")

#: After a quotation: a comma and an indefinite noun phrase in apposition (', a contracted
#: harvesting team to bring in'), read up to the next stop.
_APPOSITION_AFTER = re.compile(r"[\"”’']?,?[\"”’']?\s+(?:a|an)\s+([^.;:!?\"“”]*)")


def explained_term(text: str, open_mark: int, close_mark: int, quote: str) -> bool:
    """The quotation is a term the writer explains right after it: a dash or bracket and
    "or" ('its bones "articulated" — or, fossilized in the same order'), or a short term
    after "a" that a comma and an indefinite noun phrase gloss ('he usually hires a "custom
    cutter," a contracted harvesting team to bring in his bushels'); not when a reporting
    verb follows the noun phrase ('"malicious," a cabinet minister said').

    >>> s = 'its bones "articulated" — or, fossilized in the same order'
    >>> explained_term(s, 10, 22, "articulated")
    True
    >>> s = 'he hires a "custom cutter," a contracted harvesting team to bring in his bushels.'
    >>> explained_term(s, 11, 26, "custom cutter,")
    True
    >>> s = 'it was a "disaster," a cabinet minister said on Wednesday.'
    >>> explained_term(s, 9, 19, "disaster,")
    False
    """
    if _OR_GLOSS.match(text, close_mark + 1):
        return True
    words = WORD_RE.findall(quote)
    if not words or len(words) > 3 or not words[0].islower():
        return False
    if _INDEFINITE_BEFORE.search(text[max(0, open_mark - 5) : open_mark]) is None:
        return False
    comma = quote.rstrip().endswith(",") or text[close_mark + 1 : close_mark + 2] == ","
    m = _APPOSITION_AFTER.match(text, close_mark + 1)
    if m is None or not comma:
        return False
    return not any(w in CUE_FORMS for w in WORD_RE.findall(m.group(1).lower())[:6])
