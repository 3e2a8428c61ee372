"""A description that echoes the words of a body's spelled-out name is that body: ``a
report released by the Regional Cooperation Agreement on Combating Piracy and Armed Robbery
against Ships in Asia, or ReCAAP, said`` ... ``"Q," Asia's regional body on combating
piracy and robbery said``: ReCAAP (malacca_singapore_robbery_rise_recaap_poandpo). A writer
who glosses a short name with its long one ("X, or ACRONYM", "X (ACRONYM)") later describes
the body in the long name's own words."""

from __future__ import annotations

import re

from ..records import Actor

#: The evidence for a body read this way.
ECHOED_NAME = "the body whose spelled-out name the description's words echo"

#: The spelled-out name right before a short name it glosses: capitalised words and the
#: small words inside a name, then ", or " or "(" ("Agreement on Combating Piracy ... in
#: Asia, or ").
_GLOSSED_NAME = re.compile(
    r"((?:[A-Z][\w’'-]*|of|on|and|for|against|in|the|to)"
    r"(?:\s+(?:[A-Z][\w’'-]*|of|on|and|for|against|in|the|to))+)\s*(?:,\s*or\s+|\(\s*)$"
)

#: Words of a description that echo a name: letters only, four or more.
_WORD = re.compile(r"[A-Za-z]{4,}")

#: At least this many of the description's words must stand in the spelled-out name.
MIN_SHARED_WORDS = 3


def name_words(text: str) -> set[str]:
    """The lower-case words of four letters or more in ``text``, a possessive's "s" off.

    >>> sorted(name_words("Asia's regional body on combating piracy"))
    ['asia', 'body', 'combating', 'piracy', 'regional']
    """
    return {w.lower() for w in _WORD.findall(text.replace("’s", "").replace("'s", ""))}


def glossed_name(text: str, start: int) -> str | None:
    """The spelled-out name a short name at ``start`` glosses, else None.

    >>> s = "the Regional Cooperation Agreement on Combating Piracy in Asia, or ReCAAP, said"
    >>> glossed_name(s, s.index("ReCAAP"))
    'the Regional Cooperation Agreement on Combating Piracy in Asia'
    >>> glossed_name("a report by ReCAAP said", 12) is None
    True
    """
    m = _GLOSSED_NAME.search(text, max(0, start - 200), start)
    return m.group(1) if m is not None else None


#: The rest of a description's clause after it: up to a comma, a stop or a quotation mark.
_CLAUSE_REST = re.compile(r"[^,.;:\"“”‘’\n]{0,60}")


def described_words(text: str, span: tuple[int, int]) -> set[str]:
    """The words (:func:`name_words`) of the description at ``span`` and of what follows it
    in its clause, where a postmodifier the description's span leaves out stands.

    >>> s = '"Q," Asia\\'s regional body on combating piracy and robbery said.'
    >>> sorted(described_words(s, (5, 25)))
    ['asia', 'body', 'combating', 'piracy', 'regional', 'robbery', 'said']
    """
    rest = _CLAUSE_REST.match(text, span[1])
    return name_words(text[span[0] : rest.end() if rest else span[1]])


def echoed_body(index, span: tuple[int, int], text: str) -> Actor | None:
    """The one organisation named before the description at ``span`` whose spelled-out
    name (:func:`glossed_name`) holds at least :data:`MIN_SHARED_WORDS` of the description's
    words (:func:`described_words`), the most of all; None when none or two tie.
    ``index`` is the article's actor index."""
    words = described_words(text, span)
    best: dict[int, tuple[int, Actor]] = {}
    for m in index.mentions_in(0, span[0]):
        if m.in_quote or m.actor.kind != "organisation":
            continue
        name = glossed_name(index.text, m.start)
        shared = len(words & name_words(name)) if name else 0
        if shared >= MIN_SHARED_WORDS and shared > best.get(id(m.actor), (0, None))[0]:
            best[id(m.actor)] = (shared, m.actor)
    if not best:
        return None
    ranked = sorted(best.values(), key=lambda x: -x[0])
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return ranked[0][1]
