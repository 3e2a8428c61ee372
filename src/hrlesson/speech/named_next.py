"""An indefinite spokesperson whom the next sentence names: "A spokesman for the UN refugee
agency said ... "Q," Ron Redmond told a press briefing"."""

from __future__ import annotations

from ..wordlists import word_set
from .records import Actor

#: Words for a person who speaks for a body: data/words/spokesperson_words.txt.
SPOKESPERSON_WORDS = word_set("spokesperson_words")

#: The evidence for a speaker placed by :func:`spokesperson_named_next`.
NAMED_NEXT = "a spokesperson named right after the quotation"


def spokesperson_named_next(index, sents, sent_of, speakerish, head: str, at: int) -> Actor | None:
    """The person an indefinite spokesperson turns out to be: ``A spokesman for the UN
    High Commissioner for Refugees said ... "Q," Ron Redmond told a press briefing.``
    The first person of the next two sentences who stands next to a reporting verb
    (``speakerish``), named there for the first time (not before the description), is the
    spokesman; in the description's own sentence only one right after a quotation.
    ``index`` is the article's actor index; ``sents`` and ``sent_of`` its
    sentences.
    """
    if head not in SPOKESPERSON_WORDS:
        return None
    s = sent_of(at)
    for k in range(s, min(s + 3, len(sents))):
        start, end = sents[k][3], sents[k][4]
        for m in index.mentions_in(max(start, at), end):
            if m.start not in speakerish or m.in_quote or m.actor.first[0] < at:
                continue
            if k == s and not after_quotation(index.text, m.start):
                continue  # "a spokesman said ... while Minister X said": another speaker
            return m.actor
    return None


def after_quotation(text: str, pos: int) -> bool:
    """A closing quotation mark right before ``pos`` ("...,” Ron Redmond told").

    >>> after_quotation('"We are worried," Ron Redmond told', 18)
    True
    >>> after_quotation("while Minister Ron Redmond said", 15)
    False
    """
    return text[:pos].rstrip().endswith(('"', "”", "’", "'"))
