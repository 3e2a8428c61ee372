"""Repeated terms: a quoted noun compound of two or three lower-case words, or one hyphenated
word, that the article also writes without marks, outside every quotation, in a sentence that
reports nobody's words, is the writer's term for a thing, not anybody's words: 'claims
against a fourth officer of “gross misconduct”' ... 'faced a gross misconduct hearing',
'“open-source” artificial intelligence' ... 'open-source models', '“comfort women”' ...
'the issue of comfort women'. An evaluation stays speech however often it is repeated
('“hugely important”'), as do words the article only repeats inside a quotation or a
reported clause ('Joe Healy said the protest is a warning shot').
"""

from __future__ import annotations

import re

from ..vocabulary import AUXILIARIES, DETERMINERS, PREPOSITIONS, STOP_WORDS, WORD_RE
from .short_quotes import evaluative_quote

#: The word right after an occurrence, spaces only between.
_NEXT = re.compile(r"[ \t]+([A-Za-z]+)\b")
#: Quotation marks next to an occurrence: then it is quoted again, not written plainly.
_MARKS = "\"'“”‘’«»"


def term_core(quote: str) -> str:
    """The quoted words without the spaces and the closing punctuation around them.

    >>> term_core(" no-fault, ")
    'no-fault'
    """
    return quote.strip().rstrip(",.;:")


def term_shaped(quote: str) -> bool:
    """A lower-case compound of two or three words, or one hyphenated word, with no stop
    inside, no determiner first and no evaluation (:func:`.short_quotes.evaluative_quote`).

    >>> [term_shaped(t) for t in ("gross misconduct", "open-source", "no-fault,")]
    [True, True, True]
    >>> [term_shaped(t) for t in ("crisis", "hugely important", "a betrayal", "Big Six")]
    [False, False, False, False]
    """
    core = term_core(quote)
    words = WORD_RE.findall(core)
    if not 0 < len(words) <= 3 or not core[:1].islower() or re.search(r"[.!?;:,]", core):
        return False
    if len(words) == 1 and "-" not in core.strip("-"):
        return False
    return words[0].lower() not in DETERMINERS and not evaluative_quote(core)


def unquoted_uses(quote: str, text: str, quoted: list[tuple[int, int]]) -> list[int]:
    """Where ``text`` writes ``quote``'s words again, in any case, with no quotation mark
    next to them and outside every quotation (the ``quoted`` spans of marks), modifying a
    noun (:func:`modifies_noun`).

    >>> text = 'a “booking fee” which helps. The booking fee rules apply.'
    >>> unquoted_uses("booking fee", text, [(2, 14)])
    [33]
    >>> text = 'a “booking fee”. He said: “The booking fee is fair.”'
    >>> unquoted_uses("booking fee", text, [(2, 14), (26, 51)])
    []
    """
    core = term_core(quote)
    uses = []
    for m in re.finditer(r"(?<![\w-])" + re.escape(core) + r"(?![\w-])", text, re.IGNORECASE):
        if any(a <= m.start() <= b for a, b in quoted):
            continue
        around = text[max(0, m.start() - 1) : m.start()] + text[m.end() : m.end() + 1]
        if not any(c in _MARKS for c in around) and modifies_noun(text, m.end()):
            uses.append(m.start())
    return uses


def modifies_noun(text: str, end: int) -> bool:
    """The words ending at ``end`` stand before a noun they modify, as a fixed term does
    ('a gross misconduct hearing', 'open-source AI'), not before a preposition, an article or
    a verb of the clause ('a warning shot for', 'shut down the').

    >>> [modifies_noun(t, 11) for t in ("open-source AI models", "open-source of")]
    [True, False]
    >>> modifies_noun("gross misconduct hearing", 16), modifies_noun("warning shot for", 12)
    (True, False)
    """
    m = _NEXT.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    low = word.lower()
    if not (word.islower() or word.isupper()):
        return False
    return not (
        low in STOP_WORDS or low in PREPOSITIONS or low in DETERMINERS or low in AUXILIARIES
    )
