"""A body named by its place and a lower-case body noun ("Nassau County police said",
"Munich police say", "The Cass County sheriff's office said"): the place stays in the
speaker's label as the article writes it, not the bare noun ("police") nor the place."""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token
from ..vocabulary import COUNTRIES, DEMONYMS, MONTHS, SETTLEMENT_NOUNS, TIME_WORDS, TITLE_HEADS

#: Body nouns written in lower case right after a place (data/words/placed_body_nouns.txt;
#: the words of a two-word noun joined by "_").
PLACED_BODY_NOUNS = word_set("placed_body_nouns")

#: How a rule placed the speaker, for the evidence.
PLACED_BODY = "a place written before a body noun"


def _body_noun_start(words: list[Token]) -> int | None:
    """Where a lower-case body noun of the list that ends ``words`` starts, else None."""
    for size in (2, 1):
        tail = words[-size:]
        if len(words) <= size or not all(t.text.islower() for t in tail):
            continue
        if "_".join(t.text.replace("’", "'") for t in tail) in PLACED_BODY_NOUNS:
            return len(words) - size
    return None


def _place_run(run: list[Token], opens_sentence: bool, proper: set[str]) -> bool:
    """``run`` is a place's name: capitalised words, no possessive, no time or title word;
    a country or demonym, a name ending in a settlement noun ("Nassau County", "City"), or
    a name the text writes with its capital inside a sentence too ("Munich")."""
    if not 1 <= len(run) <= 3 or any(not t.cap or t.poss for t in run):
        return False
    if any(t.lower in TIME_WORDS or t.lower in MONTHS or t.lower in TITLE_HEADS for t in run):
        return False
    name = " ".join(t.text for t in run).lower()
    if name in COUNTRIES or name in DEMONYMS or run[-1].lower in SETTLEMENT_NOUNS:
        return True
    return not opens_sentence or run[0].text in proper


def placed_body(
    words: list[Token], sentence_start: int, proper: set[str]
) -> tuple[int, int] | None:
    """The span of ``[the] <place> <body noun>`` when ``words`` are just that, else None;
    ``proper`` holds the words the text writes capitalised inside a sentence.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("The Cass County sheriff's office", [0])
    >>> span = placed_body(toks, 0, set())
    >>> "The Cass County sheriff's office"[span[0]:span[1]]
    "Cass County sheriff's office"
    >>> placed_body(tokenize("Munich police", [0]), 0, {"Munich"})
    (0, 13)
    >>> placed_body(tokenize("Three police", [0]), 0, set()) is None
    True
    """
    k = _body_noun_start(words)
    if k is None:
        return None
    first = 1 if words[0].lower == "the" else 0
    run = words[first:k]
    opens = run[:1] != [] and run[0].start == sentence_start
    if not run or not _place_run(run, opens, proper):
        return None
    return run[0].start, words[-1].end


def inner_capitals(tokens: list[Token], sent_starts: list[int]) -> set[str]:
    """The capitalised words the text writes inside a sentence, after its first word (a
    name's capital, not the sentence's: "..., Munich police clarified").

    >>> from ..tokens import tokenize
    >>> sorted(inner_capitals(tokenize("Police said. Then Munich police said", [0, 13]), [0, 13]))
    ['Munich']
    """
    return {
        t.text for t in tokens if t.cap and t.text[0].isalpha() and t.start != sent_starts[t.sent]
    }
