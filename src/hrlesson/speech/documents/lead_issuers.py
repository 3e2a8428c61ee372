"""The document an article is about: the lead brings it in with its issuer ("The city of
Spur has released a statement about ..."), and "the statement" paragraphs later, with no
issuer named nearer, is still that one (the issuer's words, not the last speaker's)."""

from __future__ import annotations

from dataclasses import replace

from ...wordlists import word_set
from ..records import SpeakerRef
from ..tokens import Token
from .authors import document_name_start
from .subject_issuers import subject_issued_it

#: Nouns of one public statement, any of which may name it again ("signed a joint
#: declaration" ... "the statement says"): data/words/public_statement_nouns.txt.
PUBLIC_STATEMENT_NOUNS = word_set("public_statement_nouns")

#: How the evidence says the lead's document was found.
LEAD_ISSUER = "issued the document the article opens with"


def same_document_noun(earlier: str, later: str) -> bool:
    """``later`` can name again the document ``earlier`` named: the same noun, or two
    nouns of one public statement ("declaration", then "statement").

    >>> same_document_noun("declaration", "statement"), same_document_noun("report", "statement")
    (True, False)
    >>> same_document_noun("reports", "report")
    True
    """
    a, b = earlier.lower().rstrip("s"), later.lower().rstrip("s")
    return a == b or (a in PUBLIC_STATEMENT_NOUNS and b in PUBLIC_STATEMENT_NOUNS)


def lead_issuer(att, noun: Token) -> SpeakerRef | None:
    """``The city of Spur has released a statement about the firing of Chief ...`` (the
    article's first body sentence) then, three paragraphs on, ``"Q," the statement
    continued``; ``An increasing number of Christian pastors and community leaders have
    signed a joint declaration ...`` then ``"Q," the statement says``: a definite document
    ``noun`` ("the statement") nobody is named as issuing is the one the lead brings in
    with "a/an" right after a verb that issued it, named by the same noun or another noun
    of a public statement; its issuer is that verb's subject. Not when another document
    of the kind is brought in with "a/an" between (a second statement). ``att`` is an
    :class:`Attributor`."""
    k = att.index.token_index(noun.start)
    if k == 0 or att.tokens[k - 1].lower != "the":
        return None
    lead = next((s for s, row in enumerate(att.sentences) if row[2] == "body"), None)
    if lead is None or noun.sent <= lead:
        return None
    words = [
        w
        for w in att.toks_between(att.sentences[lead][3], att.sentences[lead][4])
        if w.text[0].isalnum() and att.quote_at(w.start) is None
    ]
    i = next((i for i, w in enumerate(words) if same_document_noun(w.lower, noun.lower)), None)
    if i is None or _another_brought_in(att, words[i].end, noun):
        return None
    ref = subject_issued_it(att, words[: i + 1], document_name_start(words, i))
    return replace(ref, how=LEAD_ISSUER) if ref is not None else None


def _another_brought_in(att, start: int, noun: Token) -> bool:
    """Another document of ``noun``'s kind brought in with "a/an" between ``start`` and
    ``noun`` (outside quotations): "the statement" may be that one."""
    toks = [t for t in att.toks_between(start, noun.start) if t.text[0].isalnum()]
    for j, t in enumerate(toks):
        if j > 0 and same_document_noun(t.lower, noun.lower) and att.quote_at(t.start) is None:
            first = document_name_start(toks, j)
            if first > 0 and toks[first - 1].lower in ("a", "an"):
                return True
    return False
