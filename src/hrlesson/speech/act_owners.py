"""Who owns a speech act named by a noun: "X's claims that", "a call by X for", "X's effort to declare".

A quote inside the complement of a noun for something said belongs to the one who said
it, not to the subject of the verb whose object the noun is: ``Sudan has rejected a call by
UN experts for the deployment of an "independent and impartial force"`` (the experts'
words). An infinitive reporting verb after a possessed noun ("X's effort to declare") has
the possessor for its subject.
"""

from __future__ import annotations

import re

from ..wordlists import word_set
from .clause_words import ADJUNCT_OPENERS
from .records import SpeakerRef
from .tokens import Token

#: Nouns for something said ("claim", "call"): data/words/statement_nouns.txt.
STATEMENT_NOUNS = word_set("statement_nouns")

#: Nouns for a finding or a message, their complement "that" only ("the agency's
#: determination that", "word from Random House that"): data/words/finding_nouns.txt.
FINDING_NOUNS = word_set("finding_nouns")

#: A possessive ending: "Belarus's", "countries'".
POSSESSIVE_END = re.compile(r"['’]s?$")

#: The words that open a statement noun's complement: 'claims that', 'call for', 'bid to'.
_COMPLEMENT = ("that", "for", "to")

#: At most this many words in an owner after "by" / "of".
_MAX_OWNER = 8


def possessor_start(toks: list[Token], k: int) -> int:
    """The first word of the possessor ending at ``toks[k]`` (a possessive): the capitalised
    words before it, so the whole name ("OAS Secretary General Luis Almagro's").

    >>> from .tokens import tokenize
    >>> toks = tokenize("rejected OAS chief Luis Almagro's call", [0])
    >>> possessor_start(toks, 4)
    3
    >>> possessor_start(tokenize("citing the agency’s determination", [0]), 2)
    1
    """
    j = k
    while j > 0 and toks[j - 1].cap and not toks[j - 1].poss:
        j -= 1
    if j == k and j > 0 and toks[j - 1].lower == "the" and toks[k].text.islower():
        return j - 1  # "the agency's determination": the definite description
    return j


def statement_owner(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The owner of the statement noun ``toks[k]`` (words only), as first and last word
    indices, when its complement opens after it (:func:`complement_words`): a possessive
    before the noun (``opponents' claims that``) or an owner after "by" (``a call by UN
    experts for``), "from" (``word from Lantern Books that``) or "of", capitalised
    (``the statements of Foreign Minister Ararat Mirzoyan that``; not ``claims of abuse
    that``).

    >>> from .tokens import tokenize
    >>> def owner(text):
    ...     toks = tokenize(text, [0])
    ...     k = next(i for i, t in enumerate(toks) if complement_words(t.lower))
    ...     span = statement_owner(toks, k)
    ...     return span and " ".join(t.text for t in toks[span[0] : span[1] + 1])
    >>> owner("Sudan rejected a call by UN experts for the deployment")
    'UN experts'
    >>> owner("Du rejected opponents’ claims that the project")
    'opponents’'
    >>> owner("He denied claims of abuse that")
    >>> owner("This statement by Mendoni comes as reports emerged that")
    >>> owner("she received word from Lantern Books that the release")
    'Lantern Books'
    """
    complement = complement_words(toks[k].lower)
    if not complement or k + 1 >= len(toks):
        return None
    if k > 0 and toks[k - 1].poss:
        if toks[k + 1].lower not in complement:
            return None
        return possessor_start(toks, k - 1), k - 1
    if toks[k + 1].lower not in ("by", "of", "from"):
        return None
    for e in range(k + 2, min(len(toks), k + 3 + _MAX_OWNER)):
        if toks[e].lower in complement:
            owner = toks[k + 2 : e]
            if not owner or (toks[k + 1].lower != "by" and not any(t.cap for t in owner)):
                return None
            return k + 2, e - 1
        if not toks[e].text[0].isalnum() or toks[e].lower in ADJUNCT_OPENERS:
            return None  # "the statement by Mendoni comes as reports emerged ... that"
    return None


def complement_words(noun: str) -> tuple[str, ...]:
    """The words that may open the complement of ``noun`` when it names something said:
    "that", "for" or "to" after a statement noun ("claims that", "a call for"), "that" only
    after a noun of a finding or a message passed on (:data:`FINDING_NOUNS`: "the agency's
    determination that", not "his determination to win"); none after another word.

    >>> complement_words("call"), complement_words("determination"), complement_words("dog")
    (('that', 'for', 'to'), ('that',), ())
    """
    if noun in STATEMENT_NOUNS:
        return _COMPLEMENT
    return ("that",) if noun in FINDING_NOUNS else ()


def last_statement_owner(toks: list[Token]) -> tuple[int, int] | None:
    """The owner (:func:`statement_owner`) of the last statement noun of ``toks`` (the
    words before a quote) that has one; none when a possessed noun nearer the quote opens
    no complement ("Almagro's call, "Q"").

    >>> from .tokens import tokenize
    >>> last_statement_owner(tokenize("rejected a call by UN experts for the", [0]))
    (4, 5)

    The noun may open the sentence (dogs_trust_mirror_puppy_ban_tfn):

    >>> last_statement_owner(tokenize("Claims by the Mirror that campaigners", [0]))
    (2, 3)
    """
    for k in range(len(toks) - 2, -1, -1):
        if complement_words(toks[k].lower):
            if (owner := statement_owner(toks, k)) is not None:
                return owner
            if k > 0 and toks[k - 1].poss:
                return None
    return None


def named_by(toks: list[Token], owner: tuple[int, int]) -> bool:
    """The statement's owner ``toks[owner[0]:owner[1] + 1]`` is named after "by" (or
    "from": ``word from Lantern Books that``) with a capital: ``Claims by the Mirror
    that campaigners "Q"`` (dogs_trust_mirror_puppy_ban_tfn)
    names who made the claims, a paper or a body, even one the article knows no actor for.

    >>> from .tokens import tokenize
    >>> toks = tokenize("Claims by the Mirror that campaigners", [0])
    >>> named_by(toks, last_statement_owner(toks))
    True
    """
    first, last = owner
    return first > 0 and toks[first - 1].lower in ("by", "from") and toks[last].cap


#: Nouns of an attempt or intention whose possessor does what the infinitive after them
#: says: data/words/intention_nouns.txt ("effort", "bid", "attempt").
INTENTION_NOUNS = word_set("intention_nouns")


def infinitive_possessor(tokens: list[Token], ti: int) -> tuple[int, int] | None:
    """The possessor, as first and last token indices, of the noun that governs the
    infinitive verb ``tokens[ti]``: ``The IWC did not support Antigua-Barbuda's effort to
    declare whaling as "Q"`` (Antigua-Barbuda declares, not the IWC); the noun is a
    statement or an intention noun, the possessor no pronoun.

    >>> from .tokens import tokenize
    >>> toks = tokenize("The IWC did not support Antigua-Barbuda's effort to declare whaling", [0])
    >>> infinitive_possessor(toks, 8)
    (5, 5)
    >>> infinitive_possessor(tokenize("The IWC did not support its effort to declare it", [0]), 8)
    """
    if ti < 3 or tokens[ti - 1].lower != "to":
        return None
    noun, poss = tokens[ti - 2], tokens[ti - 3]
    if noun.lower not in INTENTION_NOUNS and noun.lower not in STATEMENT_NOUNS:
        return None
    if not poss.poss or poss.sent != tokens[ti].sent:
        return None
    return possessor_start(tokens, ti - 3), ti - 3


def possessor_ref(att, words: list[Token]) -> SpeakerRef | None:
    """The speaker that the owner ``words`` names, for ``att`` (the attributor): the actor
    they resolve to; else, for a capitalised name the article knows no actor for
    ("Antigua-Barbuda's") or one plural noun ("opponents'"), that phrase without its
    possessive ending; a capitalised name may open with "the" ("claims by the Mirror
    that", dogs_trust_mirror_puppy_ban_tfn)."""
    start, end = words[0].start, words[-1].end
    if (ref := att.resolve_span(start, end, start)) is not None:
        return ref
    bare = start + len(POSSESSIVE_END.sub("", att.text[start:end]))
    if words[0].lower == "the" and (ref := att.resolve_span(start, bare, start)) is not None:
        return ref  # "the agency's": the body the description names
    named = words[1:] if len(words) > 1 and words[0].lower == "the" else words
    plural = len(words) == 1 and words[0].lower.rstrip("'’").endswith("s")
    if not plural and not all(t.cap for t in named):
        return None
    name = POSSESSIVE_END.sub("", att.text[start:end])
    return SpeakerRef(None, name, start, start + len(name), described=not words[0].cap)
