"""'X cited Y as saying': the one cited speaks, not the one who cites."""

from __future__ import annotations

from ..tokens import Token

#: The most words the one cited takes ("a source close to the Prime Minister").
MAX_CITED = 8

#: Quotation marks that may set off the description of the one cited.
_MARKS = frozenset("‘’“”'\"")

#: Forms after "as" that report what the one cited said.
_SAYING = frozenset({"saying", "having", "stating", "telling"})


def cited_object(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The span of the one cited after the verb ``tokens[k]`` ("cited", "quoted"), when "as
    saying" (or "as having said", "as stating") follows it in the sentence: ``the
    correspondent of Vestnik Kavkaza cited her as saying`` gives the span of "her"; a
    description set off by quotation marks counts, its marks left out (page
    trophy_ban_defra_spokesperson_shootingtimes: ``the Daily Telegraph quoted a ‘source close
    to the Prime Minister’ as saying``); None otherwise.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("The agency cited her as saying so.", [0])
    >>> cited_object(toks, 2)
    (17, 20)
    >>> toks = tokenize("The paper quoted a ‘source close to him’ as saying so.", [0])
    >>> cited_object(toks, 2)
    (17, 39)
    >>> cited_object(tokenize("He cited the report.", [0]), 1) is None
    True
    """
    words: list[Token] = []
    j = k + 1
    while j < len(tokens) and j <= k + 3 + MAX_CITED:
        t = tokens[j]
        j += 1
        if t.sent != tokens[k].sent:
            return None
        if t.text in _MARKS:
            continue
        if not t.text[0].isalnum() or len(words) > MAX_CITED:
            return None
        if t.lower == "as":
            break
        words.append(t)
    else:
        return None
    if not words or j >= len(tokens) or tokens[j].lower not in _SAYING:
        return None
    return words[0].start, unmarked_end(words[-1])


#: Forms of the verbs that quote or cite someone "as saying".
_QUOTING_FORMS = frozenset({"quoted", "quotes", "quote", "cited", "cites", "cite"})


def marked_cited_before(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The span of a description in quotation marks that a quoting verb cites before "as"
    and the participle ``tokens[k]`` ("saying"): the one quoted speaks, not the outlet
    (page trophy_ban_defra_spokesperson_shootingtimes: ``the Daily Telegraph quoted a
    ‘source close to the Prime Minister’ as saying``); None when no mark sets it off.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("The paper quoted a ‘source close to him’ as saying so.", [0])
    >>> marked_cited_before(toks, 10)
    (17, 39)
    >>> marked_cited_before(tokenize("The paper quoted him as saying so.", [0]), 5) is None
    True
    """
    for j in range(k - 2, max(-1, k - 5 - MAX_CITED), -1):
        if tokens[j].sent != tokens[k].sent:
            return None
        if tokens[j].lower in _QUOTING_FORMS:
            marked = any(t.text in _MARKS or t.text[-1] in _MARKS for t in tokens[j + 1 : k])
            cited = cited_object(tokens, j)
            return cited if marked and cited is not None and cited[1] < tokens[k].start else None
    return None


def unmarked_end(word: Token) -> int:
    """Where ``word`` ends without the closing quotation mark glued to it: "Minister’" of
    ``quoted a ‘source close to the Prime Minister’ as saying`` ends before the mark.

    >>> from ..tokens import tokenize
    >>> unmarked_end(tokenize("Minister’ as", [0])[0])
    8
    """
    return word.start + len(word.text.rstrip("".join(_MARKS)))


def according_to_source(tokens: list[Token], k: int) -> bool:
    """The one capitalised word ``tokens[k]`` right after "according to", closed by a comma
    or the sentence's end, is a source that speaks, even one the article names nowhere else:
    ``According to Care4Calais, the organisation is "now working ..."``; but not a longer
    name's first word nor a numbered text ("according to Article 5").

    >>> from ..tokens import tokenize
    >>> toks = tokenize("According to Oxfam, the group is busy.", [0])
    >>> according_to_source(toks, 2)
    True
    >>> according_to_source(tokenize("according to Article 5 of it", [0]), 2)
    False
    """
    if k < 2 or tokens[k - 1].lower != "to" or tokens[k - 2].lower != "according":
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or nxt.sent != tokens[k].sent or nxt.text in (",", ".", ";")
