"""Tokens: words and punctuation with their offsets, the unit every speech rule reads."""

from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}(?:['’]s)?"  # initialisms: U.N., U.S.
    r"|[A-Z]{1,4}&[A-Z]{1,4}\b(?:['’]s\b)?"  # capitals joined by "&": AT&T, PG&E's
    r"|\d+(?:[.,]\d+)*(?:-\w+)*"  # numbers: 4,644, 2.5, 101-page
    r"|[A-Z][a-z]{1,3}- [a-z]{2,4}\b(?![-'’])"  # a given name's hyphen broken by a space: Ki- moon
    r"|\w+(?:[-'’.]\w+)*(?:['’](?:s\b|(?=\s|$)))?"  # words; Belarus's; countries'
    r"|[^\w\s]"  # punctuation, one character
)

#: A name word that starts with a lower-case particle: "el-Sayed", "al-Hussein", "bin-Zayed"
#: (Arabic names keep the article in lower case inside a name).
PARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|an|at|az|ash|bin|ibn|abu|ben)-[A-Z]")


#: A possessive written apart from its word: "Sudan 's".
DETACHED_POSSESSIVE = re.compile(r"(?<=\w) (['’]s)\b")


def joined_possessive(name: str) -> str:
    """A name with a detached possessive written as one word.

    >>> joined_possessive("Sudan 's Justice Minister")
    "Sudan's Justice Minister"
    """
    return DETACHED_POSSESSIVE.sub(r"\1", name)


@dataclass(slots=True)
class Token:
    """A word or punctuation token with its offsets."""

    start: int
    end: int
    text: str
    base: str  # without a possessive 's
    lower: str  # base in lower case
    cap: bool  # starts with a capital letter
    poss: bool  # ends with a possessive 's or '
    sent: int  # index of the sentence (into the article's sentence tuples)


def plain_capitalised(word: str) -> bool:
    """``word`` is letters only, written with a capital and then lower case, as a given name
    or a surname is ("Powell"; not "MP", "McCain", "S.J.").

    >>> [plain_capitalised(w) for w in ("Powell", "MP", "McCain", "S.J.", "powell")]
    [True, False, False, False, False]
    """
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


def tokenize(text: str, sentence_starts: list[int]) -> list[Token]:
    """Split ``text`` into :class:`Token` objects (words, numbers, punctuation).

    ``sentence_starts`` are the start offsets of the sentences, in order. A syllable of a
    hyphenated given name broken off by a space stays in its word (somalia_parliament_ban_
    security_council_people), a longer word and its participle do not ("Birla Group- led"):

    >>> [t.text for t in tokenize("Ban Ki- moon and Birla Group- led", [0])]
    ['Ban', 'Ki- moon', 'and', 'Birla', 'Group', '-', 'led']
    """
    tokens: list[Token] = []
    append = tokens.append
    n = len(sentence_starts)
    si = 0
    nxt = sentence_starts[1] if n > 1 else len(text) + 1
    for m in TOKEN_RE.finditer(text):
        start, end = m.span()
        while start >= nxt:
            si += 1
            nxt = sentence_starts[si + 1] if si + 1 < n else len(text) + 1
        word = m.group()
        base = word
        poss = False
        if word[-1] in "s'’" and len(word) > 1:
            if word[-2] in "'’" and len(word) > 2:
                base, poss = word[:-2], True  # Belarus's
            elif word[-1] != "s" and word[-2] in "sS":
                base, poss = word[:-1], True  # countries'
        elif word in _POSSESSIVE_PIECES and detached_possessive(text, tokens, start, end):
            tokens[-1].poss = True
            continue
        cap = word[0].isupper() or ("-" in word and PARTICLE_NAME.match(word) is not None)
        append(Token(start, end, word, base, base.lower(), cap, poss, si))
    return tokens


#: The only tokens :func:`detached_possessive` can take for a possessive's apostrophe or "s".
_POSSESSIVE_PIECES = frozenset(["'", "’", "s"])


def detached_possessive(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """The token ``text[start:end]`` is the apostrophe or the "s" of a possessive written
    apart from its capitalised word (a copy that put a space before it): ``Sudan 's Justice
    Minister`` is Sudan's minister. The word before is then the possessive.

    >>> toks = tokenize("Sudan 's Justice Minister", [0])
    >>> [(t.text, t.poss) for t in toks]
    [('Sudan', True), ('Justice', False), ('Minister', False)]
    """
    if not tokens:
        return False
    prev = tokens[-1]
    piece = text[start:end]
    if piece in ("'", "’"):
        return (
            prev.cap
            and not prev.poss
            and prev.text[0].isalpha()
            and text[prev.end : start] == " "
            and text[end : end + 2].startswith("s")
            and (end + 1 == len(text) or not text[end + 1].isalnum())
        )
    return piece == "s" and text[start - 1] in "'’" and prev.poss and prev.end == start - 2


def word_tokens(toks: list[Token]) -> list[Token]:
    """The tokens of ``toks`` that are words or numbers, not punctuation.

    >>> [t.text for t in word_tokens(tokenize("Hedden, dealer at LCG (2024).", [0]))]
    ['Hedden', 'dealer', 'at', 'LCG', '2024']
    """
    return [t for t in toks if t.text[0].isalnum()]


def last_index_of(words: list[Token], lowers) -> int | None:
    """The index of the last of ``words`` whose lower case is one of ``lowers``, or None.

    >>> last_index_of(tokenize("with them, with us", [0]), ("with",))
    3
    >>> last_index_of(tokenize("them", [0]), ("with",)) is None
    True
    """
    return next((k for k in range(len(words) - 1, -1, -1) if words[k].lower in lowers), None)


def written_in_lower_case(text: str, word: str) -> bool:
    """The lower-case ``word`` stands in ``text`` as a whole word written in lower case (not
    inside a longer word, a hyphenated compound or after an apostrophe): the test that tells a
    capitalised common noun ("Media reports" ... "media reports") from a name.

    >>> written_in_lower_case("an avalanche of media reports", "media")
    True
    >>> written_in_lower_case("Media reports; multimedia, social-media", "media")
    False

    Nor inside an e-mail or web address or a handle, which write a name in lower case
    (hullo_ferry_weekend_cancellation_hullo_ctvnews: "Hullo has cancelled all of its
    sailings" ... "by emailing support@hullo.com"):

    >>> written_in_lower_case("by emailing support@hullo.com or www.hullo.ca.", "hullo")
    False
    """
    if not word:
        return re.search(r"(?<![\w'’-])(?![\w'’-])", text) is not None
    size = len(word)
    at = text.find(word)
    while at != -1:  # the regex (?<![\w'’-])word(?![\w'’-]), without compiling one per word
        before, after = text[at - 1 : at], text[at + size : at + size + 2]
        joined = _joins_word(before) or _joins_word(after[:1])
        if not joined and not in_address(before, after):
            return True
        at = text.find(word, at + 1)
    return False


def in_address(before: str, after: str) -> bool:
    """Do the character ``before`` a word and the two ``after`` it put it inside an e-mail
    or web address or a social-media handle ("support@hullo.com", "www.hullo.com";
    target_pride_backlash_moses_meaws: ""@target leadership are cowards"")?

    >>> in_address("@", ".c"), in_address(".", ".c"), in_address(" ", ". "), in_address(" ", ".")
    (True, True, False, False)
    """
    return before in ("@", "/") or (after[:1] == "." and after[1:2].isalnum())


def _joins_word(char: str) -> bool:
    """``char`` (one character, or "" at the text's edge) is a regex word character (\\w:
    a letter, a digit or "_"), an apostrophe or a hyphen: a word does not end before it."""
    return bool(char) and (char.isalnum() or char in "_'’-")
