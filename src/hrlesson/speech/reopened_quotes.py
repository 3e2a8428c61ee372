"""Quotations reopened inside their paragraph: two quoted paragraphs run together.

A page that lost the break between two quoted paragraphs keeps the mark that reopened the second
(``He said: “It’s a big decision ... he understood. “I spoke to him earlier ... with him.”``).
The reopening mark opens a new sentence after a stop and a space, with no closing mark before it;
the quotation runs on to the first closing mark of its type and holds the reopening mark, as
docs/test-pages.md reads a quotation over paragraphs. :mod:`.marks` tries this rule when a
paragraph ends with a quotation still open.
"""

from __future__ import annotations

import re

from .mark_pairs import Pair, QuotationMarks
from .mark_shapes import Mark
from .unclosed_quotes import SENTENCE_BREAKS, Paragraph

#: A stop and a space (or two) before a mark that reopens a quotation.
_REOPENING_BREAKS = (*SENTENCE_BREAKS, ".  ")

#: Marks shaped to open a quotation, which a page sets to reopen one.
_REOPENING_CHARS = ("“", "„", '"', "‘‘", "''", "«")


def reopening_mark(text: str, mark: Mark) -> bool:
    """``mark`` reopens the quotation open before it: an opening-shaped mark after a stop and
    a space, before a capital.

    >>> from hrlesson.speech.mark_shapes import find_marks
    >>> text = "“We lost. “It hurts,” he said."
    >>> [reopening_mark(text, m) for m in find_marks(text)]
    [False, True, False]
    """
    before = text[max(0, mark.pos - 3) : mark.pos]
    after = text[mark.pos + len(mark.char) : mark.pos + len(mark.char) + 1]
    return (
        mark.can_open
        and mark.char in _REOPENING_CHARS
        and before.endswith(_REOPENING_BREAKS)
        and after.isupper()
    )


def reopened_quotation(
    text: str, stack: list[list], paragraph: Paragraph, out: QuotationMarks
) -> Pair | None:
    """A quotation never closed whose marks of its type, up to the first that closes, all
    reopen it (:func:`reopening_mark`) runs to that closing mark; the pairs read inside it
    are one level less deep and those after it are dropped, to be paired afresh.

    >>> from hrlesson.speech.marks import pair_quotation_marks
    >>> text = "He said: “It’s big. “I thanked him.” He was “shocked”. The PM said: “Clearly so."
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 81)]).top]
    ['It’s big. “I thanked him.', 'shocked', 'Clearly so.']
    >>> text = "“We lapse. “In short, ‘recall’. “That’s it.” Another said: “No.”"
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 65)]).top]
    ['We lapse. “In short, ‘recall’. “That’s it.', 'No.']

    Not when a mark of its type that opens inside a sentence comes first (a stray opening
    mark, or a closing mark typed in the shape of an opening one):

    >>> text = "“We must help them. “The fires, started by “protesters” say police."
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 67)]).top]
    ['We must help them. ', 'protesters']
    """
    opener, continued = stack[0]
    later = [m for m in paragraph[2] if m.pos > opener.pos and m.family == opener.family]
    reopened = 0
    for mark in later:
        if reopening_mark(text, mark):
            reopened += 1
            continue
        if not (mark.can_close and reopened):
            return None
        if reopened == 1 and (split := twice_attributed(text, opener, later, mark)) is not None:
            out.nested[:] = [p for p in out.nested if p.open < split.pos]
            return Pair(opener.pos, split.pos - 1, opener.family, 0, opener.char, " ", continued)
        _drop_pairs_after(opener, mark, out)
        return Pair(opener.pos, mark.pos, opener.family, 0, opener.char, mark.char, continued)
    return None


#: A reporting clause closing a quotation: a pronoun or a capitalised name and its verb.
_CLOSING_ATTRIBUTION = re.compile(
    r"\s+(?:he|she|they|it|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\s+"
    r"(?:said|says|added|adds|told|explained|continued)\b"
)


def twice_attributed(text: str, opener: Mark, later: list[Mark], closer: Mark) -> Mark | None:
    """The reopening mark of a quotation reopened once in its paragraph, when a reporting
    clause ended with a colon introduces it and another follows its comma and closing mark: two
    attributions, two quotations, split at the reopening mark (foster_allowances_wales_butler_careappointments:
    ``Mrs Adams said: “I had one child who grew two inches in six months. ... start from
    scratch. “It sounds like a lot of money but it doesn’t take into account utility costs,”
    she said.``). None otherwise: one quotation, the reopening mark inside it.

    >>> from hrlesson.speech.marks import pair_quotation_marks
    >>> text = "Ms Adams said: “One grew. “It costs a lot,” she said."
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 53)]).top]
    ['One grew.', 'It costs a lot,']
    >>> text = "Ms Adams said: “One grew. “It costs a lot.” The fee rose."
    >>> [text[p.open + 1 : p.close] for p in pair_quotation_marks(text, [(0, 0, 0, 57)]).top]
    ['One grew. “It costs a lot.']
    """
    if (
        not text.endswith(": ", 0, opener.pos)
        or not text.endswith(",", 0, closer.pos)
        or not _CLOSING_ATTRIBUTION.match(text, closer.pos + len(closer.char))
    ):
        return None
    return next((m for m in later if m.pos < closer.pos and reopening_mark(text, m)), None)


def _drop_pairs_after(opener: Mark, closer: Mark, out: QuotationMarks) -> None:
    """Keep the pairs inside the quotation one level less deep; drop those after it."""
    kept = []
    for p in out.nested:
        if p.open < opener.pos:
            kept.append(p)
        elif p.close < closer.pos and p.family != opener.family:
            p.depth = max(1, p.depth - 1)
            kept.append(p)
    out.nested[:] = kept
