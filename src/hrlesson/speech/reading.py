"""What a document or a sign "reads": 'A statement from Qatar 2022 read: "Q"', 'a sign reading "Q"',
'The statement made available to journalists on Sunday reads, "Q"'.

"read" reports a wording only after something written: a document ('the statement read')
or a display ('a sign reading'), also when the document's phrase closes the frame after the
quotation ('"Q," a statement by the USADA read.'). The cue finder asks
:func:`document_reads` for the forms it cannot place by the word right before them.
"""

from __future__ import annotations

import re

from ..wordlists import word_set
from .tokens import Token
from .vocabulary import DETERMINERS, DOCUMENT_NOUNS, WORD_RE

#: Things that display words ("a sign reading "Q""): data/words/display_nouns.txt.
DISPLAY_NOUNS = word_set("display_nouns")

#: Words a crowd chants or shouts before a quotation: data/words/chant_words.txt.
CHANT_WORDS = word_set("chant_words")
#: Words that give the wording on a display ("reading", "saying", "written", "calling to").
_WORDING_WORDS = frozenset(
    ["reading", "read", "saying", "written", "bearing", "proclaiming", "to", "slogan"]
)

#: A quotation inside a lead-in ('written: "NO MORE POO", "FISHES NOT FAECES!" and').
_QUOTED = re.compile(r"[“\"‘][^”\"’]*[”\"’]")
#: Verbs that give a display's wording only right after its noun ("Their signs said").
_DISPLAY_SAYS = frozenset(["said", "say", "says"])

#: Most words between a document noun and its "read:" ('A statement from Qatar 2022 read:').
_DOCUMENT_REACH = 5


def displayed_words(lead_in: list[str]) -> bool:
    """``a truck with a sign reading "NO to the Pandemic Treaty"``: a quote read off a
    sign, a banner or a placard (the lower-case words before it) is nobody's speech.

    >>> displayed_words(["a", "truck", "with", "a", "sign", "reading"])
    True
    >>> displayed_words(["placards", "that", "read"]), displayed_words(["he", "said"])
    (True, False)
    """
    tail = lead_in[-3:]
    if not tail or tail[-1] not in ("reading", "read", "saying", "proclaiming"):
        return False
    return any(w in DISPLAY_NOUNS for w in tail[:-1])


def carried_words(lead_in: list[str]) -> bool:
    """The quotation is words a crowd carries or chants (``lead_in``: the lower-case words
    of its sentence before it): a display noun among the last twelve words and a word that
    gives its wording last ('Several students carried signs voicing their concern ... and
    calling to "Layoff Yudof."', 'Families circulated fliers reading, "No heavy
    machinery"'), or a chant verb last ('Students chanted, "Education is a right!"', 'with
    chants of "Where were you?"').

    >>> carried_words("families circulated fliers reading".split())
    True
    >>> carried_words("protestors held signs on the beach and in the water written".split())
    True
    >>> carried_words("rescuers cheered and chanted".split()), carried_words("with chants of".split())
    (True, True)
    >>> carried_words("he said".split()), carried_words("signs of a slowdown the ceo said".split())
    (False, False)
    >>> carried_words("their signs said".split())
    True

    A display that quotes someone "as saying" relays that person's words (page
    wyre_forest_oak_thinning_forestry_commission_worcesternews):

    >>> carried_words("one of the posters quotes a local resident as saying".split())
    False
    """
    if not lead_in:
        return False
    if lead_in[-1] in CHANT_WORDS or (
        len(lead_in) > 1 and lead_in[-2:][0] in CHANT_WORDS and lead_in[-1] == "of"
    ):
        return True
    tail = lead_in[-12:]
    if quotes_as_saying(tail):
        return False
    if len(tail) > 1 and tail[-1] in _DISPLAY_SAYS and tail[-2] in DISPLAY_NOUNS:
        return True  # 'Their signs said, "Hep C Criminal," and "Gilead Kills"'
    return tail[-1] in _WORDING_WORDS and any(w in DISPLAY_NOUNS for w in tail[:-1])


#: Forms of the verbs that quote someone "as saying" ("quotes a local resident as saying").
_QUOTING_FORMS = frozenset({"quote", "quotes", "quoted", "quoting", "cite", "cites", "cited"})


def quotes_as_saying(words: list[str]) -> bool:
    """The lower-case ``words`` before a quotation end "as saying" after a verb that quotes
    or cites someone: the words are the one quoted's, whoever carries them.

    >>> quotes_as_saying("the poster quotes a local resident as saying".split())
    True
    >>> quotes_as_saying("a sign saying".split())
    False
    """
    return words[-2:] == ["as", "saying"] and any(w in _QUOTING_FORMS for w in words[:-2])


def display_lead_in(lead_in: str) -> list[str]:
    """The lower-case words of the text before a quotation (``lead_in``) as
    :func:`carried_words` reads them: quotations listed before it left out, and the "and"
    or "or" that joins it to them ('written: "NO MORE POO", "FISHES NOT FAECES!" and').

    >>> display_lead_in('Their signs said, "Wanted," "Hep C Criminal," and ')
    ['their', 'signs', 'said']
    """
    words = WORD_RE.findall(_QUOTED.sub(" ", lead_in.lower()))
    while words and words[-1] in ("and", "or"):
        words.pop()
    return words


def written_reads(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]`` ("read", "reads", "reading") gives a written wording: a display's ('a
    sign reading "Q"'), or a document's before a colon, the document named by the subject
    ('A statement from Qatar 2022 read: "Q"').

    >>> from .tokens import tokenize
    >>> toks = tokenize('A statement from Qatar 2022 read: "We', [0])
    >>> written_reads(toks, 5)
    True
    >>> toks = tokenize("a truck with a sign reading", [0])
    >>> written_reads(toks, 5)
    True
    >>> written_reads(tokenize('A statement from the Velmoran Foreign Ministry read: "We', [0]), 7)
    True
    >>> written_reads(tokenize("He read: the", [0]), 1)
    False
    """
    tok = tokens[ti]
    before = [t for t in tokens[max(0, ti - 8) : ti] if t.sent == tok.sent and t.text[0].isalnum()]
    if displayed_words([t.lower for t in before] + [tok.lower]):
        return True
    colon = ti + 1 < len(tokens) and tokens[ti + 1].text == ":"
    if not colon or tok.lower not in ("read", "reads"):
        return False
    first = max(1, len(before) - _DOCUMENT_REACH - 1)
    return any(
        before[k].lower in DOCUMENT_NOUNS and before[k - 1].lower in DETERMINERS
        for k in range(first, len(before))
    )


def document_subject_reads(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]`` is a "reads"/"read" followed by a comma or a colon and a quotation
    mark, in a sentence whose subject opens with a determiner and a document noun within
    its first four words: the document's wording follows.

    >>> from .tokens import tokenize
    >>> toks = tokenize('The statement made available on Sunday reads, "Armed men attacked."', [0])
    >>> document_subject_reads(toks, 6)
    True
    >>> toks = tokenize('The minister reads, "Q."', [0])
    >>> document_subject_reads(toks, 2)
    False
    """
    tok = tokens[ti]
    if tok.lower not in ("reads", "read") or ti + 2 >= len(tokens):
        return False
    if tokens[ti + 1].text not in (",", ":") or tokens[ti + 2].text not in ('"', "“"):
        return False
    k = ti
    while k > 0 and tokens[k - 1].sent == tok.sent:
        k -= 1
    head = [t for t in tokens[k:ti] if t.text[0].isalnum()][:4]
    return (
        bool(head)
        and head[0].lower in DETERMINERS
        and any(t.lower in DOCUMENT_NOUNS for t in head[1:])
    )


#: The most words of a document's phrase between a quotation and its closing "read".
_CLOSING_PHRASE_WORDS = 8


def closing_document_reads(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]`` ("read", "reads") closes a quotation's frame whose subject is a
    document's phrase: a determiner and a document noun within its first three words, owner
    or adverb after it, right after the quotation, the verb ending the clause ('"Q," a
    statement by the USADA read.', page gil_roberts_supplement_ban_usada_sportsmole; '"Q," a
    statement from the SNA read, as translated', page
    cotopaxi_prison_riot_snai_guerrero_newsweek; '"Q," the statement further read.').

    >>> from .tokens import tokenize
    >>> toks = tokenize('"We act," a statement by the USADA read.', [0])
    >>> closing_document_reads(toks, 10)
    True
    >>> closing_document_reads(tokenize('"We act," he read the statement.', [0]), 6)
    False
    """
    tok = tokens[ti]
    if tok.lower not in ("read", "reads") or ti < 3:
        return False
    nxt = tokens[ti + 1] if ti + 1 < len(tokens) else None
    if nxt is not None and nxt.sent == tok.sent and nxt.text not in (".", ",", ";"):
        return False
    k = ti - 1
    while k >= 0 and tokens[k].sent == tok.sent and tokens[k].text not in _FRAME_STOPS:
        k -= 1
    words = tokens[k + 1 : ti]
    if k < 0 or tokens[k].sent != tok.sent or not 2 <= len(words) <= _CLOSING_PHRASE_WORDS:
        return False
    closes_quote = tokens[k].text in ('"', "”", "’", "'") or (
        k > 0 and tokens[k - 1].text in ('"', "”")
    )
    return (
        closes_quote
        and words[0].lower in DETERMINERS
        and any(w.lower in DOCUMENT_NOUNS for w in words[1:3])
    )


def closing_it_reads(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]`` ("read", "reads") after an "it" that stands right after a quotation's
    closing mark, the verb ending the clause: the "it" is a document whose wording the
    quotation gives, the one the sentence before brought in ('The statement called on the
    federal government to respect ... “Full implementation of the agreement is essential
    ...,” it read.', page cloud_of_war_tadesse_oneafrica); a person reads no "it" there.

    >>> from .tokens import tokenize
    >>> toks = tokenize('"We act," it read.', [0])
    >>> closing_it_reads(toks, 6)
    True
    >>> closing_it_reads(tokenize('"We act," it read out loud.', [0]), 6)
    False
    """
    tok = tokens[ti]
    if tok.lower not in ("read", "reads") or ti < 3 or tokens[ti - 1].lower != "it":
        return False
    nxt = tokens[ti + 1] if ti + 1 < len(tokens) else None
    if nxt is not None and nxt.sent == tok.sent and nxt.text not in (".", ",", ";"):
        return False
    mark, comma = tokens[ti - 2], tokens[ti - 3]
    return (
        mark.sent == tok.sent
        and mark.text in ('"', "”", "’", "'")
        and comma.text in (",", "?", "!")
    )


#: Tokens that end a phrase going back from its verb: a comma or a quotation mark.
_FRAME_STOPS = frozenset([",", '"', "“", "”", "‘", "’", ";", ":"])


def document_reads(tokens: list[Token], ti: int) -> bool:
    """``tokens[ti]`` ("read", "reads") gives a document's or a display's wording: before it
    (:func:`written_reads`, :func:`document_subject_reads`: 'A statement from Qatar 2022
    read: "Q"') or after it, closing the frame (:func:`closing_document_reads`: '"Q," a
    statement by the USADA read.')."""
    return (
        written_reads(tokens, ti)
        or closing_document_reads(tokens, ti)
        or closing_it_reads(tokens, ti)
        or document_subject_reads(tokens, ti)
    )
