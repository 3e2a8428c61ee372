"""An unnamed speaker's description keeps its postmodifier: "protesters in Tehran", "US envoy
to UN", "the Spanish presidency of the Council of the EU" (not "protesters", "US envoy")."""

from __future__ import annotations

from ..wordlists import word_set
from .description_heads import head_complement_end
from .tokens import Token

#: Prepositions that open a postmodifier ("of", "to", "in", "from", "for").
POSTMODIFIER_PREPOSITIONS = word_set("postmodifier_prepositions")

#: Nouns that make "in"/"for" an adverbial ("in turn", "in private"), no postmodifier.
ADVERBIAL_OBJECTS = word_set("adverbial_objects")


def postmodified_end(text: str, words: list[Token], k: int, end: int) -> int:
    """The end of a description whose head ends at ``end`` when ``words[k]``, right after
    the head, opens a postmodifier: the phrase runs on to the end of "of/to/in/for/from X"
    (see :func:`head_complement_end`: not past punctuation, a verb or a relative clause).

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "the Spanish presidency of the Council of the EU indicated"
    >>> toks = [t for t in tokenize(s, [0]) if t.text[0].isalnum()]
    >>> s[: postmodified_end(s, toks, 3, toks[2].end)]
    'the Spanish presidency of the Council of the EU'
    >>> s = "protesters in Tehran, who marched, said"
    >>> toks = [t for t in tokenize(s, [0]) if t.text[0].isalnum()]
    >>> s[: postmodified_end(s, toks, 1, toks[0].end)]
    'protesters in Tehran'
    >>> s = "the committee in turn announced"
    >>> toks = [t for t in tokenize(s, [0]) if t.text[0].isalnum()]
    >>> s[: postmodified_end(s, toks, 2, toks[1].end)]
    'the committee'
    """
    if k >= len(words) or words[k].lower not in POSTMODIFIER_PREPOSITIONS:
        return end
    if text[end : words[k].start].strip():
        return end  # "the group, in a statement": an aside
    if k + 1 < len(words) and words[k + 1].lower in ADVERBIAL_OBJECTS:
        return end  # "the committee in turn"
    return head_complement_end(text, words, k) or end


def plural_head(head: str) -> bool:
    """A plural title heads a group of unnamed people ("Foreign ministers of ASEAN"), whose
    postmodifier names them; a singular title may be a named holder's post.

    >>> plural_head("ministers"), plural_head("envoy"), plural_head("boss")
    (True, False, False)
    """
    return head.endswith("s") and not head.endswith("ss")


def head_word(name: str) -> str:
    """The last word of a name before its postmodifier: the word that says its number.

    >>> head_word("Foreign ministers from the Northern Union and Velmora")
    'ministers'
    >>> head_word("UN human rights experts"), head_word("Bank of England")
    ('experts', 'England')
    """
    words = name.split()
    cut = next((n for n, w in enumerate(words) if n and w in POSTMODIFIER_PREPOSITIONS), None)
    words = words[:cut] if cut is not None and words[cut - 1].islower() else words
    return words[-1] if words else ""
